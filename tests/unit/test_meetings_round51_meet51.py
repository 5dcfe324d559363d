"""Round 51 (meet51): a memorandum signed on a calendar meeting's sidelines is signed beside the
session, not at it (tests/data/tagging/README.md: a dialogue partner's memorandum is at a calendar
meeting only where the text says it was signed at one): the mention stays unresolved at that
meeting's venue and day, and the register still shows the signing beside the meeting.

The sentences quoted from a real report name its set and item; the counter-examples are written
by the scowatch developers for these tests.
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.documents import document_key, find_documents
from pipeline.documents.base import DocumentMention, Meeting
from pipeline.documents.meetings import _SIDELINES
from pipeline.documents.register import Entry, place

# blind set 37, rb-82308708f5 (ECNS, 8 May 2023): the UAE's memorandum signed by its ambassador
# and the Secretary-General on the sidelines of the Goa foreign ministers' council
UAE_EN = (
    "(ECNS) -- The United Arab Emirates (UAE) has been granted the status of a dialogue partner in "
    "the Shanghai Cooperation Organization (SCO), the UAE’s Ministry of Foreign Affairs announced "
    "Saturday.\nAbdulnasser Alshaali, UAE ambassador to India, signed the Memorandum of "
    "Understanding (MoU) concerning its accession to the SCO as a Dialogue Partner with Zhang "
    "Ming, secretary general of the SCO, on the sidelines of the Council of Foreign Ministers "
    "Meeting of the SCO, which took place in Goa, India, on May 4 to 5."
)
# blind set 37, rb-4797022f7c (alrasheedmedia.com, 6 May 2023): Kuwait's memorandum signed on the
# sidelines of the foreign ministers' council in Panaji, Goa
KUWAIT_AR = (
    "أعلنت دولة الكويت، اليوم السبت، الانضمام إلى منظمة شنغهاي للتعاون بصفتها \"شريك حوار\".\n"
    "وقالت وكالة الأنباء الكويتية الرسمية (كونا)، إن الكويت وقعت على مذكرة تفاهم للانضمام إلى "
    "المنظمة، وذلك على هامش اجتماع مجلس وزراء خارجية منظمة شنغهاى للتعاون في مدينة باناجي بولاية "
    "غوا غربي الهند."
)
MEMO = "Memorandum on granting the United Arab Emirates the status of SCO dialogue partner"


def _memoranda(title: str, text: str, published: date | None) -> list[DocumentMention]:
    return [m for m in find_documents(title, text, published) if m.type == "memorandum"]


def test_an_english_memorandum_signed_on_the_councils_sidelines_is_beside_it() -> None:
    (mention,) = _memoranda("", UAE_EN, date(2023, 5, 8))
    assert "United Arab Emirates" in mention.name
    assert mention.meeting.id is None  # was cfm-2023-goa
    assert (mention.meeting.venue, mention.meeting.date) == ("Goa", date(2023, 5, 5))
    assert mention.meeting.council is None


def test_an_arabic_memorandum_signed_on_the_councils_sidelines_is_beside_it() -> None:
    (mention,) = _memoranda("", KUWAIT_AR, date(2023, 5, 6))
    assert "Kuwait" in mention.name
    assert mention.meeting.id is None
    assert mention.meeting.venue == "Goa"


def test_a_memorandum_signed_at_the_council_stays_at_the_council() -> None:
    # counter-example: the same signing said to be at the council's meeting, not its sidelines
    text = UAE_EN.replace("on the sidelines of the Council", "at the Council")
    (mention,) = _memoranda("", text, date(2023, 5, 8))
    assert mention.meeting.id == "cfm-2023-goa"
    arabic = KUWAIT_AR.replace("على هامش اجتماع", "خلال اجتماع")
    (mention,) = _memoranda("", arabic, date(2023, 5, 6))
    assert mention.meeting.id == "cfm-2023-goa"


def test_sidelines_elsewhere_in_the_article_do_not_move_the_memorandum() -> None:
    # counter-example: talks on the sidelines in another sentence; the memorandum's own sentence
    # signs it at the council
    text = (UAE_EN.replace("on the sidelines of the Council", "at the Council")
            + "\nOn the sidelines of the meeting, the ministers of India and China held talks.")
    (mention,) = _memoranda("", text, date(2023, 5, 8))
    assert mention.meeting.id == "cfm-2023-goa"


def test_the_sidelines_words() -> None:
    for said in ("on the sidelines of the summit", "in the margins of the meeting",
                 "على هامش اجتماع", "на полях саммита", "в кулуарах саммита",
                 "en marge du sommet", "al margen de la cumbre", "à margem da cúpula",
                 "a margine del vertice", "am Rande des Gipfels", "در حاشیه نشست",
                 "峰会间隙"):
        assert _SIDELINES.search(said), said
    for said in ("the sideline", "a profit margin of 5%", "на поле боя", "marginal"):
        assert not _SIDELINES.search(said), said
    assert not re.search(_SIDELINES.pattern, "Randgebiet", re.IGNORECASE)


def test_the_register_shows_the_sideline_signing_beside_the_councils_entry() -> None:
    # a report placing the memorandum at the council, then the sidelines' report: one entry, the
    # signing a step of its history (round 45's fold, FOLD_DAYS)
    council = Entry(5, "cfm-2023-goa", date(2023, 5, 5), "signed", "SCO Council of Foreign "
                    "Ministers")
    beside = DocumentMention(MEMO, document_key(MEMO), "memorandum", "signed",
                             Meeting(None, "Goa", date(2023, 5, 5)))
    found = place(beside, [council])
    assert found.entry_id == 5 and not found.move_to_meeting
