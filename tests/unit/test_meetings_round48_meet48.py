"""Round 48 (meet48): the Spanish and Portuguese "Ufá" is a venue for the document finder only
(venues.toml `document_names`), so that a document signed there is at Ufa 2015 while the
tagging the stories and relevance read keeps a BRICS report from Ufá apart; the Spanish status
cue "rubricar" is a signing.

Every text here is written by the scowatch developers for these tests (the Spanish one after a
real report's sentence in blind set 35, reworded).
"""

from __future__ import annotations

from datetime import date

from pipeline.documents import find_documents
from pipeline.documents.base import document_venue_matches
from pipeline.documents.mentions import default_gazetteer
from pipeline.tagging import analyse, tags_from_analysis

SIGNED_ES = ("MOSCÚ.— Los jefes de Estado de la Organización de Cooperación de Shanghái "
             "rubricaron en la ciudad rusa de Ufá la Declaración de Ufá y la estrategia de "
             "desarrollo de la organización hasta el 2025.")
BRICS_PT = ("A presidente chegou nesta quarta-feira a Ufá, na Rússia, para participar da cúpula "
            "do BRICS, grupo de países emergentes.")


def test_a_document_signed_in_ufa_written_with_its_accent_is_at_the_ufa_summit() -> None:
    found = {m.type: m for m in find_documents("", SIGNED_ES, date(2015, 7, 10))}
    assert set(found) == {"declaration", "strategy"}
    assert found["declaration"].name == "Ufa Declaration"
    for mention in found.values():
        assert mention.status == "signed"  # "rubricaron"
        assert mention.meeting.id == "hsc-2015-ufa"  # not the Moscow of the dateline


def test_the_accented_spelling_is_no_venue_for_the_tagging_stories_read() -> None:
    gaz = default_gazetteer()
    tags = tags_from_analysis(gaz, analyse(gaz, "", BRICS_PT), "pt")
    assert "Ufa" not in tags.venues
    assert find_documents("", BRICS_PT, date(2015, 7, 8)) == []


def test_a_document_only_spelling_is_added_once_and_as_a_whole_word() -> None:
    gaz = default_gazetteer()
    analysis = analyse(gaz, "", "Cumbre de Ufá; los ufános no cuentan. UFÁ.")
    extra = document_venue_matches(analysis.text, list(analysis.matches))
    assert [(analysis.text[m.start:m.end], m.entry.ref) for m in extra] == [
        ("Ufá", "Ufa"), ("UFÁ", "Ufa")]
    plain = analyse(gaz, "", "la cumbre de Ufa")  # the gazetteer's own spelling: nothing added
    assert document_venue_matches(plain.text, list(plain.matches)) == []
