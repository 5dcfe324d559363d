"""Round 46 of story grouping (blind set 35 as dev, sets 29-34): another organisation's meeting
named below a lead that names no organisation, the SCO as the story grouper names it beside
another organisation in a lead, a newspaper's capitals-and-dash dateline, an undated page's
council and ordinal with no city, a venue of several meetings by the one year a lead writes,
Hindi Qingdao and Hindi futures. The texts are written for these tests after the shapes of the
sets' pages (TASS, El Universal, HK01, Asia-Plus, PIB), not copied from them."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents.calendar import Calendar, CalendarMeeting
from pipeline.stories import (
    _ANY_FUTURE,
    _dateline_city,
    numbered_meeting,
    other_organisation,
    other_organisation_below,
    sco_mentions,
    venue_meeting,
)
from pipeline.tagging import load_gazetteer, tag_article

SCO = ["SCO", "Shanghai Cooperation Organization"]
HSC = "heads_of_state_council"

# the CICA summit the day after the SCO's, the SCO named once, as a comparison, below
PREVIEW = (
    "Delegations of thirty states and of ten observers will take part in the summit, the "
    "Kremlin said on Friday.\n\nThe president will also attend a dinner the host gives in honour "
    "of the guests.\n\nCICA summits were first proposed at the UN General Assembly in 1992; the "
    "forum seeks a pan-Asian dialogue on security. According to the aide, the CICA summit's "
    "agenda will be much like that of the SCO (Shanghai Cooperation Organization) summit that "
    "was held in Bishkek on Thursday.")


def test_another_organisation_s_meeting_named_below_the_lead() -> None:
    assert other_organisation_below("", PREVIEW, SCO)
    assert other_organisation("", PREVIEW, SCO)
    # an SCO council named anywhere keeps the report the SCO's
    assert not other_organisation("", PREVIEW, SCO, councils=[HSC])


@pytest.mark.parametrize("body", [
    # the SCO named first: its business, the other organisation's summit in passing
    ("The leaders arrived on Thursday for two days of talks.\n\nThe SCO summit opened with a "
     "closed session; the CICA summit follows in Dushanbe, and the CICA summit's host will "
     "speak there."),
    # the other organisation named before the SCO, but with no meeting word near it (the G7 as
    # a contrast, "the G7's divisions"), and the SCO as often
    ("While the leaders of the G7 quarrelled over trade, the presidents met at the coast.\n\n"
     "Leaders of the G7 were divided; the summit of the SCO opened on Saturday and the SCO "
     "admitted two members."),
    # naming no SCO at all: left to round 30's reading of the lead
    "The CICA summit opened in the capital on Saturday with thirty delegations.",
])
def test_not_another_organisation_s_below_the_lead(body: str) -> None:
    assert not other_organisation_below("", body, SCO)


def test_a_name_and_its_spelled_out_form_are_one_mention() -> None:
    text = "the SCO (Shanghai Cooperation Organization) met; the SCO then closed"
    assert len(sco_mentions(text, SCO)) == 2
    assert sco_mentions(text, []) == []


def test_the_sco_as_the_story_grouper_names_it_pairs_with_another_organisation() -> None:
    # the French OCS tagging does not take alone: named as a pair with the BRICS, both summits
    # are the report's subject, and the SCO's stays
    body = ("Le bilan du marathon politique terminé à Oufa. Deux organisations dont les Brics et "
            "l'OCS ont adopté des plans.")
    assert not other_organisation("", body, [])
    # the BRICS named alone in the lead, no SCO: another organisation's report (round 30)
    assert other_organisation("", "Les Brics ont adopté un plan à Oufa vendredi.", [])


@pytest.mark.parametrize("lead", [
    # not in capitals: a sentence, no dateline
    "Moscú — la capital — recibió a los líderes.",
    # in capitals but no dash after it
    "MOSCOW The presidents signed the declaration.",
    # (round 47: the capitals-and-dash dateline is read again, with dateline_only's guard;
    # tests/unit/test_stories_round47_stories47.py)
])
def test_no_capitals_and_dash_dateline(lead: str) -> None:
    assert _dateline_city(lead) is None


ASTANA_A = CalendarMeeting(id="hsc-test-astana-a", council=HSC, ordinal=30, venue="Astana",
                           year=2030, start=date(2030, 7, 3), end=date(2030, 7, 4))
ASTANA_B = CalendarMeeting(id="hsc-test-astana-b", council=HSC, ordinal=36, venue="Astana",
                           year=2036, start=date(2036, 7, 3), end=date(2036, 7, 4))
CALENDAR = Calendar(meetings=(ASTANA_A, ASTANA_B))


def test_an_undated_page_s_council_and_ordinal_with_no_city() -> None:
    assert numbered_meeting(CALENDAR, None, (), [HSC], 36) == ASTANA_B
    # the year the lead writes is the meeting's
    assert numbered_meeting(CALENDAR, None, (), [HSC], 36, years={2036}) == ASTANA_B
    # another year written: a later page misnaming another council's meeting
    assert numbered_meeting(CALENDAR, None, (), [HSC], 36, years={2037}) is None
    # a city named further down that is not the meeting's venue: no reading
    assert numbered_meeting(CALENDAR, None, (), [HSC], 36, venues={"Tashkent"}) is None
    # no council named: the ordinal alone names nothing
    assert numbered_meeting(CALENDAR, None, (), [], 36) is None


def test_a_venue_of_several_meetings_by_the_one_year_the_lead_writes() -> None:
    body = ("Belarus became a full member of the SCO at the Astana-2036 session of the Council of "
            "Heads of State, which the leaders held in the capital.")
    assert venue_meeting(CALENDAR, "Astana", [HSC], True, "", body, {"Astana"}) == ASTANA_B
    # no year written: Astana held two summits, nothing resolves
    plain = body.replace("Astana-2036", "Astana")
    assert venue_meeting(CALENDAR, "Astana", [HSC], True, "", plain, {"Astana"}) is None
    # two years written: no one of them
    both = body.replace("Astana-2036 session", "Astana-2036 session, as in 2030,")
    assert venue_meeting(CALENDAR, "Astana", [HSC], True, "", both, {"Astana"}) is None


@pytest.mark.parametrize("text, future", [
    # a leader's departure statement: "I will travel to Qingdao", before the danda
    ("मैं परिषद की बैठक में भाग लेने के लिए चीन की यात्रा करुंगा।", True),
    ("मैं चीन की यात्रा करूँगा और नेताओं से मिलूंगा", True),
    # the third person's future before the danda, which the old list missed
    ("शिखर सम्मेलन कल आयोजित होगा।", True),
    # a present and a past: no future
    ("मैं इस बैठक को लेकर उत्साहित हूं।", False),
    ("बैठक आयोजित हुई।", False),
])
def test_hindi_futures(text: str, future: bool) -> None:
    assert bool(_ANY_FUTURE.search(text)) is future


def test_hindi_qingdao_with_the_retroflex_d() -> None:
    gaz = load_gazetteer()
    text = "क्या: एससीओ बैठक | कहां: किंगडाओ | चीन के तटीय शहर किंगडाओ में बैठक आयोजित हुई।"
    assert tag_article(gaz, "", text, "hi").venues == ["Qingdao"]
