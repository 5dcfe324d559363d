"""Which sentence a document card's blurb is: pure functions of a document and its reports.

Every text here is written by the scowatch developers for this test (not real reports).
"""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from pipeline.digest import document_blurb, is_fragment

WHEN = datetime(2016, 11, 3, 12, tzinfo=UTC)
NAME = "Joint Communique of the Meeting of the Council of Heads of Government"


def _doc() -> Any:
    return SimpleNamespace(id=1, name=NAME, status="adopted", meeting_date="2016-11-03",
                           events=[])


def _article(art_id: int, source: str, evidence: str, language: str = "en",
             body: str = "") -> Any:
    mention = SimpleNamespace(document_id=1, evidence=evidence)
    return SimpleNamespace(id=art_id, source=source, language=language, published_at=WHEN,
                           first_seen_at=WHEN, mentions=[mention], body=body)


def test_the_documents_own_name_is_never_its_blurb() -> None:
    """Blind sets 5 and 6: the card of a communique whose page carries its text was 'blurbed'
    by the communique's title, the card's own heading again."""
    own_page = _article(1, "sectsco.org", NAME)
    report = _article(2, "example.org", "The prime ministers adopted the Joint Communique of the "
                      "Meeting of the Council of Heads of Government in Bishkek on Thursday.")
    blurb, language = document_blurb(_doc(), [own_page, report], ("en",))
    assert blurb.startswith("The prime ministers adopted") and language == "en"
    assert document_blurb(_doc(), [own_page], ("en",)) == ("", None)


def test_a_sentence_naming_the_document_comes_before_a_heading_naming_it() -> None:
    """A page title naming the document ('Full text: ...') says less than a report's sentence
    that names it and tells who adopted it, however authoritative the page's outlet."""
    heading = _article(1, "sectsco.org", f"Full text: {NAME} in Bishkek")
    sentence = _article(2, "example.org", f"The prime ministers signed the {NAME} on Thursday.")
    blurb, _ = document_blurb(_doc(), [heading, sentence], ("en",))
    assert blurb == f"The prime ministers signed the {NAME} on Thursday."
    # a heading still serves when nothing else names the document
    assert document_blurb(_doc(), [heading], ("en",))[0] == f"Full text: {NAME} in Bishkek"


def test_a_fragment_of_a_sentence_is_blurbed_as_the_whole_sentence() -> None:
    """A page broken every 70 characters gave the evidence "organisation's one-day summit, ...
    signed the ..." (blind set 4); the card shows the sentence it comes from, without the
    page furniture before a " | " separator."""
    body = ("Leaders pose for a photo at the summit. [Photo agency]\n|\nAt the conclusion of the\n"
            "organisation's one-day meeting, the prime ministers signed the Joint Communique\n"
            "of the Meeting of the Council of Heads of Government, the paper says.\n")
    evidence = ("organisation's one-day meeting, the prime ministers signed the Joint Communique "
                "of the Meeting of the Council of Heads of Government, the paper says.")
    art = _article(1, "example.org", evidence, body=body)
    blurb, _ = document_blurb(_doc(), [art], ("en",))
    assert blurb == "At the conclusion of the " + evidence


def test_a_quote_split_at_its_full_stops_is_blurbed_whole() -> None:
    """Blind set 6: 'The adoption of the Astana Declaration is planned too," said the
    President.' opened no quote: the card shows the President's whole quotation."""
    body = ('"Cooperation is crucial. The adoption of the Joint Communique of the Meeting of the '
            'Council of Heads of Government is planned too," said the President. He left.')
    evidence = ('The adoption of the Joint Communique of the Meeting of the Council of Heads of '
                'Government is planned too," said the President.')
    blurb, _ = document_blurb(_doc(), [_article(1, "example.org", evidence, body=body)], ("en",))
    assert blurb.startswith('"Cooperation is crucial. The adoption')
    assert blurb.endswith("said the President.")
    assert is_fragment(evidence) and not is_fragment(blurb)
    assert not is_fragment("The SCO signed «the declaration» today.")
