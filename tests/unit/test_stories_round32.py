"""Round 32 of story grouping (blind sets 21-25 as dev): an undated page numbering a council's
meeting whose lead names the last summit's city first finds the numbered meeting by the venue
it names further down (numbered_meeting, `venues`), and the defence ministers' meeting named
in Japanese (bodies.toml); a lead naming the SCO's summit with no council (sco_summit_named);
Turkish and Azerbaijani state names (states.toml). Every text here is written by the developers
(round 32) after the shapes of blind sets 21-25's reports; none is copied from a set."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline import process
from pipeline.documents.calendar import default_calendar
from pipeline.stories import (
    COUNCIL_NAMES,
    LEAD_CHARS,
    calendar_meeting,
    late_report,
    lead_ordinal,
    numbered_meeting,
    sco_summit_named,
    story_calendar,
    venue_meeting,
)
from pipeline.tagging import tag_article

_COUNCILS = {name: body for body, name in COUNCIL_NAMES.items()}


def _clues(gaz, text: str, lang: str):
    """What features_for gives the undated resolvers: the first venue, the lead's venues, the
    whole text's venues, the councils named and the lead's ordinal."""
    rows = process.tag_rows(tag_article(gaz, "", text, lang))
    first = [v for k, v, *d in rows if k == "venue" and d and d[0] == "first"]
    lead = [v for k, v, *d in rows if k == "venue" and d and d[0] in ("first", "lead")]
    venues = [v for k, v, *_ in rows if k == "venue"]
    councils = {_COUNCILS[v] for k, v, *_ in rows if k == "body" and v in _COUNCILS}
    ordinal = lead_ordinal(f"\n{text[:LEAD_CHARS]}") if councils else None
    return (first[0] if first else None), lead, venues, councils, ordinal


# written for this test: the lead recalls the last summit's city (Astana) before the venue of
# the numbered meeting, which the text names further down
NUMBERED_FURTHER_DOWN = (
    "Le Premier ministre chinois a pris la parole lors de la 23e réunion du Conseil des chefs "
    "de gouvernement des États membres de l'Organisation de coopération de Shanghai (OCS). "
    "Il a rappelé le sommet tenu l'été dernier à "
    "Astana et les décisions qui y furent prises. " + "Les délégations ont parlé d'économie. " * 8
    + "La réunion s'est tenue à Islamabad.")


def test_a_numbered_meeting_is_found_by_the_venue_named_further_down(gaz) -> None:
    first, lead, venues, councils, ordinal = _clues(gaz, NUMBERED_FURTHER_DOWN, "fr")
    assert first == "Astana" and ordinal == 23
    assert "Islamabad" not in lead and "Islamabad" in venues
    found = numbered_meeting(default_calendar(), first, lead, councils, ordinal, venues)
    assert found is not None and found.id == "hgc-2024-islamabad"


def test_a_numbered_meeting_needs_its_venue_somewhere_in_the_text(gaz) -> None:
    # written for this test: the same lead with no word of Islamabad resolves nothing
    text = NUMBERED_FURTHER_DOWN.replace("La réunion s'est tenue à Islamabad.", "")
    first, lead, venues, councils, ordinal = _clues(gaz, text, "fr")
    assert numbered_meeting(default_calendar(), first, lead, councils, ordinal, venues) is None


def test_the_defence_ministers_meeting_in_japanese(gaz) -> None:
    # written for this test
    text = ("【ニューデリー共同】インド政府は28日、上海協力機構の国防相会合をニューデリーで開いたと"
            "発表した。各国の国防相が参加した。")
    tags = tag_article(gaz, "", text, "ja")
    assert "SCO Defence Ministers' Meeting" in tags.bodies
    first, lead, venues, councils, _ = _clues(gaz, text, "ja")
    found = venue_meeting(default_calendar(), first, councils, False, "", text, venues)
    assert found is not None and found.id == "dmm-2023-new-delhi"


# written for this test: a German wire report of a summit's first day whose tagging finds the
# SCO below the relevance threshold (no council tagged); the plenary is on the second day
FIRST_DAY = ("Astana (dpa) - Die Shanghaier Organisation für Zusammenarbeit ist am Donnerstag "
             "zusammengekommen. Zu Beginn des Gipfeltreffens in Astana empfing der Gastgeber "
             "die Gäste aus Indien und Pakistan.")


def test_the_sco_summit_named_without_a_council() -> None:
    assert sco_summit_named("", FIRST_DAY, sco_named=True)
    assert not sco_summit_named("", FIRST_DAY, sco_named=False)
    # written for this test: another organisation's summit in the lead
    brics = ("Ufa (dpa) - Zu Beginn des BRICS-Gipfels in Ufa trafen sich die Staatschefs; die "
             "Shanghaier Organisation für Zusammenarbeit tagt danach.")
    assert not sco_summit_named("", brics, sco_named=True)


def test_a_summit_named_so_is_reported_on_its_first_day() -> None:
    # the meetings story grouping places such a report among (no other council named)
    cal = story_calendar(default_calendar(), frozenset())
    day = date(2017, 6, 8)
    args = dict(days=[day], venue="Astana", lead_venues=["Astana"], sco_named=True)
    found = calendar_meeting(cal, day, session_named=sco_summit_named("", FIRST_DAY, True),
                             **args)
    assert found is not None and found.id == "hsc-2017-astana"
    # without the summit named, the first day's report may be of the host city's other events
    assert calendar_meeting(cal, day, session_named=False, **args) is None


@pytest.mark.parametrize("lang, text, states", [
    # written for this test
    ("az", "Çində keçirilən sammitdə Rusiya və Qazaxıstan liderləri çıxış etdi.",
     {"CN", "RU", "KZ"}),
    ("tr", "Çin'in ev sahipliğindeki zirvede Özbekistan ve Kırgızistan liderleri konuştu.",
     {"CN", "UZ", "KG"}),
    ("tr", "Azerbaycan ve Türkiye heyetleri İran ile görüştü.", {"AZ", "TR", "IR"}),
    # Turkish words that start as "Çin" does are no state
    ("tr", "Duvarlar çini ile kaplıydı ve çinko çatıyla örtülüydü.", set()),
])
def test_turkish_and_azerbaijani_state_names(gaz, lang: str, text: str, states: set[str]) -> None:
    assert {code for code, _ in tag_article(gaz, "", text, lang).states} == states


def test_a_summit_named_a_few_days_on_at_its_venue_is_a_late_report() -> None:
    # written for this test: "(SCO SUMMIT TIANJIN) Commentary", three days after the summit
    lead = "(CÚPULA DA OCS TIANJIN) Comentário: a OCS quer um papel maior na governança"
    summit = sco_summit_named("", lead, sco_named=True)
    assert summit
    cal = default_calendar()
    tianjin = next(m for m in cal.meetings if m.id == "hsc-2025-tianjin")
    ministers = next(m for m in cal.meetings if m.id == "cfm-2025-tianjin")
    on = date(2025, 9, 4)
    assert late_report(tianjin, on, [], True, (), "Tianjin", summit_named=summit)
    # not without the summit named, not the ministers' meeting, not at another venue
    assert not late_report(tianjin, on, [], True, (), "Tianjin")
    assert not late_report(ministers, date(2025, 7, 18), [], True, (), "Tianjin",
                           summit_named=summit)
    assert not late_report(tianjin, on, [], True, (), "Beijing", summit_named=summit)
    # nor two weeks on
    assert not late_report(tianjin, date(2025, 9, 15), [], True, (), "Tianjin",
                           summit_named=summit)
