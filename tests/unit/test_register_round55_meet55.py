"""Round 55 (meet55): one card per document. A report that names no meeting of a document
adopted once (an agreement, or a document whose name carries its period) joins the entry the
register holds at its one meeting, as "also mentioned without its meeting", the entry's meeting
unchanged; a document held at two meetings, or one a meeting may adopt again (a venue
declaration, a communiqué, a memorandum signed apart from its summit), keeps it apart.

The names are those of blind set 39's real reports (tests/data/real-blind39: the border defence
agreement's own published text, the tourism action plan for 2019-2020) and of set 41's Development
Strategy until 2025; the mentions and their meetings are written for these tests.
"""

from __future__ import annotations

from datetime import date

from pipeline.cli import history_steps
from pipeline.documents import document_key
from pipeline.documents.base import DocumentMention, Meeting
from pipeline.documents.register import Entry, adopted_once, place

HEADS = "SCO Heads of State Council"
BORDER = "上海合作组织成员国边防合作协定"
PLAN = "2019-2020年落实上海合作组织成员国旅游合作发展纲要联合行动计划"
STRATEGY = "SCO Development Strategy until 2025"


def _mention(name: str, kind: str, meeting_id: str | None = None, venue: str | None = None,
             day: date | None = None, status: str = "adopted") -> DocumentMention:
    return DocumentMention(name=name, key=document_key(name), type=kind, status=status,
                           meeting=Meeting(council=HEADS if meeting_id else None, venue=venue,
                                           date=day, id=meeting_id))


def test_documents_adopted_once_are_agreements_and_names_with_their_period() -> None:
    assert adopted_once(BORDER, "agreement")
    assert adopted_once(PLAN, "action_plan")
    assert adopted_once(STRATEGY, "strategy")
    assert adopted_once("Program of Cooperation in countering terrorism for 2019-2021", "programme")
    # a meeting may adopt these again under the same name
    assert not adopted_once("Astana Declaration", "declaration")
    assert not adopted_once("Joint Communiqué", "communique")
    assert not adopted_once("Programme of Multilateral Trade and Economic Cooperation", "programme")
    assert not adopted_once("SCO Development Strategy", "strategy")
    # a memorandum the Secretariat may sign again under the same title (a state's status
    # memorandum is signed once since round 78: test_documents_round78_reg78.py)
    assert not adopted_once("Memorandum of Understanding between the SCO Secretariat and the "
                            "ASEAN Secretariat", "memorandum")
    # a year in a declaration's name is no period of it
    assert not adopted_once("Dushanbe Declaration 2014", "declaration")


def test_a_report_naming_no_meeting_joins_the_one_meeting_the_register_holds() -> None:
    ufa = Entry(5, "hsc-2015-ufa", date(2015, 7, 10), "signed", HEADS, "Ufa")
    found = place(_mention(BORDER, "agreement", status="signed"), [ufa])
    assert found.entry_id == 5 and not found.move_to_meeting  # the entry stays at Ufa
    # the register's own unresolved entry of it does not take it first
    apart = Entry(6, "", None, "signed")
    assert place(_mention(BORDER, "agreement", status="signed"), [apart, ufa]).entry_id == 5
    # a plan told with another day (the tourism ministers' meeting that drafted it)
    qingdao = Entry(9, "hsc-2018-qingdao", date(2018, 6, 10), "planned", HEADS, "Qingdao")
    drafted = _mention(PLAN, "action_plan", day=date(2018, 5, 9), status="planned")
    assert place(drafted, [qingdao]).entry_id == 9


def test_the_meetings_report_after_one_naming_none_moves_that_entry_to_the_meeting() -> None:
    unresolved = Entry(3, "", None, "approved")
    ufa = _mention(STRATEGY, "strategy", "hsc-2015-ufa", "Ufa", date(2015, 7, 10), "approved")
    found = place(ufa, [unresolved])
    assert found.entry_id == 3 and found.move_to_meeting


def test_two_meetings_or_a_document_adopted_again_keep_the_report_apart() -> None:
    ufa = Entry(5, "hsc-2015-ufa", date(2015, 7, 10), "signed", HEADS, "Ufa")
    bishkek = Entry(6, "hsc-2019-bishkek", date(2019, 6, 14), "signed", HEADS, "Bishkek")
    # held at two meetings: which one the report is of, the register does not guess
    assert place(_mention(BORDER, "agreement", status="signed"), [ufa, bishkek]).entry_id is None
    # a venue declaration: Astana adopted one in 2005, 2011, 2017 and 2024
    astana = Entry(7, "hsc-2024-astana", date(2024, 7, 4), "adopted", HEADS, "Astana")
    assert place(_mention("Astana Declaration", "declaration", venue="Astana"),
                 [astana]).entry_id is None
    # nor does a meeting's report join another meeting's entry of a declaration
    assert place(_mention("Astana Declaration", "declaration", "hsc-2017-astana", "Astana",
                          date(2017, 6, 9)), [Entry(8, "", None, "adopted")]).entry_id is None
    # a meeting's report with an entry held at another meeting already: its own entry
    tashkent = _mention(BORDER, "agreement", "hsc-2016-tashkent", "Tashkent", date(2016, 6, 24))
    assert place(tashkent, [ufa, Entry(8, "", None, "signed")]).entry_id is None


def test_the_history_calls_a_step_without_a_meeting_so_on_a_card_with_one() -> None:
    ufa = {"meeting": HEADS, "venue": "Ufa", "date": "2015-07-10"}
    bare = {"meeting": None, "venue": None, "date": None}
    events = [{"status": "signed", **ufa}, {"status": "signed", **bare}]
    assert history_steps(events, resolved=True) == [
        f"signed ({HEADS}, Ufa, 2015-07-10)", "signed (also mentioned without its meeting)"]
    # an unresolved card's own steps stay "meeting unresolved"
    assert history_steps([{"status": "signed", **bare}]) == ["signed (meeting unresolved)"]
