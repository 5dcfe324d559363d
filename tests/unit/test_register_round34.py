"""Round 34: a lower council's approval of a draft and the heads' adoption are one register entry.

Every mention here is written by the scowatch developers for these tests (not real reports).
"""

from __future__ import annotations

from datetime import date

from pipeline.documents import document_key
from pipeline.documents.base import DocumentMention, Meeting
from pipeline.documents.register import Entry, place

RATS = "SCO Regional Anti-Terrorist Structure (RATS)"
HEADS = "SCO Heads of State Council"
DEFENCE = "SCO Defence Ministers' Meeting"


def _mention(name: str, kind: str, status: str, council: str, meeting_id: str,
             day: date) -> DocumentMention:
    return DocumentMention(name=name, key=document_key(name), type=kind, status=status,
                           meeting=Meeting(council=council, venue="X", date=day, id=meeting_id))


PROGRAMME_EN = ("Programme of cooperation of the member states against terrorism, separatism "
                "and extremism for 2031-2033")
PROGRAMME_AR = "برنامج التعاون (2031-2033) لمكافحة الإرهاب والانفصالية والتطرف"


def test_a_programme_approved_by_the_rats_council_and_adopted_at_the_summit_is_one_entry() -> None:
    rats = Entry(1, "rats-x", date(2031, 4, 5), "approved", RATS)
    adoption = _mention(PROGRAMME_AR, "programme", "approved", HEADS, "hsc-x", date(2031, 6, 10))
    assert place(adoption, [rats]).entry_id == 1
    assert place(adoption, [rats]).move_to_meeting
    # told the other way round: the RATS report arriving after the summit's joins it, unmoved
    summit = Entry(2, "hsc-x", date(2031, 6, 10), "approved", HEADS)
    draft = _mention(PROGRAMME_EN, "programme", "approved", RATS, "rats-x", date(2031, 4, 5))
    found = place(draft, [summit])
    assert found.entry_id == 2 and not found.move_to_meeting


def test_a_meetings_own_communique_and_a_far_or_unrelated_adoption_stay_apart() -> None:
    # the defence ministers' joint communiqué is not the summit's, two months later
    defence = Entry(1, "dmm-x", date(2031, 4, 24), "adopted", DEFENCE)
    communique = _mention("Joint Communiqué", "communique", "adopted", HEADS, "hsc-x",
                          date(2031, 6, 10))
    assert place(communique, [defence]).entry_id is None
    # an approval more than the history's span before the summit is another step of another cycle
    old = Entry(1, "rats-x", date(2029, 4, 5), "approved", RATS)
    late = _mention(PROGRAMME_EN, "programme", "approved", HEADS, "hsc-x", date(2031, 6, 10))
    assert place(late, [old]).entry_id is None
    # a lower council's approval joins only the heads' adoption, not another lower council's
    other = Entry(1, "fmc-x", date(2031, 5, 20), "approved", "SCO Council of Foreign Ministers")
    draft = _mention(PROGRAMME_EN, "programme", "approved", RATS, "rats-x", date(2031, 4, 5))
    assert place(draft, [other]).entry_id is None
    # the heads' own adoption after another heads' adoption is not a draft's history
    earlier = Entry(1, "hsc-w", date(2030, 9, 1), "approved", HEADS)
    assert place(late, [earlier]).entry_id is None


def test_an_entrys_council_is_read_from_the_calendar_when_not_given() -> None:
    # the bundled calendar's RATS council of April 2018 and the Qingdao summit of June 2018
    rats = Entry(1, "rats-2018-tashkent", date(2018, 4, 5), "approved")
    adoption = _mention(PROGRAMME_AR.replace("2031-2033", "2019-2021"), "programme", "approved",
                        HEADS, "hsc-2018-qingdao", date(2018, 6, 10))
    assert place(adoption, [rats]).entry_id == 1
