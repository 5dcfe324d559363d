"""Round 34: a lower council's approval and the heads' adoption are one register entry; a title
line is no card blurb.

Every mention here is written by the scowatch developers for these tests (not real reports).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

from pipeline.digest import document_blurb
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


def _card_article(evidence: str, body: str, language: str, title: str = "") -> Any:
    when = datetime(2031, 4, 25, 12, tzinfo=UTC)
    mention = SimpleNamespace(document_id=1, evidence=evidence, status="adopted")
    return SimpleNamespace(id=1, source="example.org", language=language, published_at=when,
                           first_seen_at=when, mentions=[mention], body=body, title=title)


def test_a_title_line_in_another_language_after_a_dateline_is_no_blurb() -> None:
    """The card is named in English; its only report is a page carrying the communiqué's text
    under a dateline and its Russian title: the blurb is the page's opening sentence."""
    doc = SimpleNamespace(id=1, name="Joint Communiqué", type="communique", status="adopted",
                          venue=None, meeting_date="2031-04-24", events=[])
    title = "МОСКВА, 25 апреля. /ТАСС/. Совместное коммюнике совещания министров обороны"
    opening = ("Совещание министров обороны государств - членов ШОС состоялось 24 апреля "
               "2031 года в Москве.")
    page = _card_article(title, f"{title}\n{opening}\nМинистры обсудили ситуацию.", "ru")
    assert document_blurb(doc, [page], ("en",)) == (opening, "ru")
    # a report's sentence that opens a page is no title line: it stays the blurb
    said = "Министры обороны приняли совместное коммюнике в Москве 24 апреля."
    report = _card_article(said, f"{said}\nОни обсудили ситуацию в регионе.", "ru")
    assert document_blurb(doc, [report], ("en",)) == (said, "ru")
    # a title line that is not the page's first line is left to the other rules
    inner = _card_article(title, f"{opening}\n{title}", "ru")
    assert document_blurb(doc, [inner], ("en",))[0] != opening


def test_the_articles_title_naming_the_document_is_no_blurb_its_texts_opening_is() -> None:
    """A page carrying a declaration's text under a title that names it otherwise than the card
    ('Declaration of the Heads of Member States' over the card 'Tashkent Declaration'): the
    opening of the text, though it ends in a colon, says who met where and when."""
    doc = SimpleNamespace(id=1, name="Tashkent Declaration", type="declaration", status="signed",
                          venue=None, meeting_date="2031-04-24", events=[])
    title = "Declaration of the Heads of Member States of the SCO"
    opening = ("The heads of the member states, having gathered at the meeting of the Council "
               "of Heads of State in Tashkent on 24 April 2031, state the following:")
    page = _card_article(title, f"(Tashkent, 24 April 2031)\n{opening}\n1. Peace.", "en",
                         title=title)
    assert document_blurb(doc, [page], ("en",)) == (opening, "en")


def test_a_long_run_on_text_is_cut_to_the_clause_naming_the_documents_kind() -> None:
    """A preview's bullet points on one line, without a full stop, name the statement only near
    the end: the blurb is that clause, marked as cut, not the line's first 400 characters."""
    doc = SimpleNamespace(id=1, name="Statement on the 90th Anniversary of the Founding of the "
                          "United Nations", status="planned", venue=None, meeting_date="2035-09-01",
                          type="joint_statement", events=[])
    filler = " - ".join(f"第{n}项合作成果继续推进各领域务实合作取得新进展[{n}]"
                        for n in range(1, 17))
    clause = "峰会将发表关于联合国成立90周年的声明 提出维护国际秩序的新方法"
    text = f"{filler} - {clause}[17] 未来发展导向 - 着力推进合作[18]"
    assert len(filler) > 400
    page = _card_article(text, text, "zh")
    blurb, _ = document_blurb(doc, [page], ("en",))
    assert blurb == f"… {clause} …"
    # a long text naming the kind early is cut from its start, as before
    early = f"{clause} - {filler}"
    blurb, _ = document_blurb(doc, [_card_article(early, early, "zh")], ("en",))
    assert blurb.startswith(clause) and blurb.endswith(" …")
