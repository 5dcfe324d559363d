"""Round 30 of story grouping (blind sets 1-24 as dev): a report of another organisation's
meeting (BRIC in Yekaterinburg the day after the SCO summit there) is about no SCO meeting, and
the SCO summit named in German, Serbian and Japanese (bodies.toml). Every text here is written
by the developers (round 30) after the shapes of blind set 24's reports; none is copied from a
set."""

from __future__ import annotations

import pytest

from pipeline.stories import _OTHER_ORG, other_organisation
from pipeline.tagging import tag_article


@pytest.mark.parametrize("title, body, evidence, councils, other", [
    # written for this test: the BRIC leaders' meeting, the SCO nowhere in the lead
    ("BRIC leaders meet in Yekaterinburg",
     "The leaders of Brazil, Russia, India and China met in Yekaterinburg on Tuesday.",
     (), (), True),
    ("", "La prima reuniune a liderilor BRIC a avut loc marţi la Ekaterinburg.", (), (), True),
    ("", "Medvédev inauguró la primera cumbre del BRIC en Yekaterimburgo.", (), (), True),
    ("", "Лидеры БРИКС собрались в Уфе.", (), (), True),
    # both organisations named: the SCO's meeting may be the subject
    ("", "The SCO summit and the first BRIC meeting are held in Yekaterinburg this week.",
     ("SCO",), (), False),
    # an SCO council named, the SCO's name not found by tagging in the lead
    ("", "The Heads of State Council met in Ufa after the BRICS summit.", (),
     ("heads_of_state_council",), False),
    # no other organisation: an SCO report
    ("", "The SCO summit opened in Yekaterinburg on Monday.", ("SCO",), (), False),
    # a word containing "BRIC" is no name of the group
    ("", "Workers laid the brickwork of the new hall in Yekaterinburg.", (), (), False),
])
def test_a_report_of_another_organisations_meeting(title: str, body: str, evidence: tuple,
                                                    councils: tuple, other: bool) -> None:
    assert other_organisation(title, body, evidence, councils) is other


def test_bric_and_brics_are_other_organisations() -> None:
    assert _OTHER_ORG.search("the BRIC summit") and _OTHER_ORG.search("the BRICS summit")
    assert _OTHER_ORG.search("саммит БРИК") and _OTHER_ORG.search("саммит БРИКС")
    assert not _OTHER_ORG.search("BRICK")


@pytest.mark.parametrize("lang, text", [
    # written for this test
    ("de", "Mitte Juni trafen sich die Staatschefs zum Gipfel der Shanghai-Organisation in "
     "Schanghai. Die Shanghaier Organisation für Zusammenarbeit (SOZ) wurde 2001 gegründet."),
    ("de", "Der Präsident nimmt am ShOZ-Gipfel teil. Die Shanghaier Organisation für "
     "Zusammenarbeit (SOZ) tagt in Jekaterinburg."),
    ("sr", "Samit šefova država Šangajske organizacije za saradnju održan je u Biškeku. "
     "Šangajska organizacija za saradnju okuplja šest zemalja."),
    ("ja", "各加盟国首脳が記念写真を撮った。上海協力機構は創設10年を迎えた。"),
])
def test_the_summit_named_in_german_and_serbian(gaz, lang: str, text: str) -> None:
    assert "SCO Heads of State Council" in tag_article(gaz, "", text, lang).bodies


def test_a_german_summit_of_another_organisation_is_no_sco_summit(gaz) -> None:
    # written for this test: the G8 summit, with the SCO named elsewhere in the text
    text = ("Der Gipfel der G8 begann in Heiligendamm. Die Shanghaier Organisation für "
            "Zusammenarbeit (SOZ) war nicht vertreten.")
    assert "SCO Heads of State Council" not in tag_article(gaz, "", text, "de").bodies
