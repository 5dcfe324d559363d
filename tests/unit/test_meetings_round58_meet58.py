"""Round 58 (meet58): a state's memorandum of obligations signed by the Secretary-General
(issue 14).

A memorandum of obligations the article says the SCO's Secretary-General signed (with the
state's minister), in its own sentence or one that takes it up again ("the document"), is signed
at a ceremony of its own: unresolved at its venue and day, not the summit of those days, as the
guidelines place a dialogue partner's memorandum the Secretary-General signs. A text that has the
state sign it at the summit, no Secretary-General named, keeps the summit.

Every text here is written by the round-58 helper for these tests, in the style of the reports
of blind sets 17 and 37 (Iran's memorandum, Samarkand, 15 September 2022).
"""

from __future__ import annotations

from datetime import date

from pipeline.documents import find_documents

IRAN = "Memorandum of Obligations of the Islamic Republic of Iran"
DAY = date(2022, 9, 15)


def _iran(text: str, published: date | None = DAY):
    found = {m.name: m for m in find_documents("", text, published)}
    return found[IRAN]


def test_signed_with_the_secretary_general_in_a_later_sentence() -> None:
    """Written: the memorandum named, then "the document was signed by ... and the SCO
    Secretary-General": a ceremony of its own in Samarkand, not the heads of state council."""
    text = (
        "Iran signed a memorandum of obligations to become a full member of the Shanghai "
        "Cooperation Organisation on Thursday, as leaders gathered in Samarkand for the SCO "
        "summit.\n"
        "The document was signed by Iranian Foreign Minister Hossein Amir-Abdollahian and SCO "
        "Secretary-General Zhang Ming, the Uzbek foreign ministry said."
    )
    mention = _iran(text)
    assert mention.status == "signed"
    assert mention.meeting.id is None
    assert mention.meeting.council is None
    assert mention.meeting.venue == "Samarkand"


def test_signed_with_the_secretary_general_in_its_own_sentence_russian() -> None:
    """Written (Russian): the office in the memorandum's own sentence."""
    text = (
        "В Самарканде министр иностранных дел Ирана и генеральный секретарь ШОС подписали "
        "меморандум об обязательствах Ирана в целях получения статуса государства-члена ШОС.\n"
        "Саммит ШОС проходит 15 и 16 сентября в Самарканде."
    )
    mention = _iran(text)
    assert mention.meeting.id is None


def test_the_signing_day_on_a_summit_day_is_kept() -> None:
    """Written (Chinese, after round 43's test): the signing's own day, 15 September, one of
    the summit's days, dates the ceremony; not the summit's last day."""
    text = ("当地时间9月15日,伊朗外交部长和上合组织秘书长在乌兹别克斯坦撒马尔罕签署了伊朗加入"
            "上合组织义务的备忘录。")
    mention = _iran(text, None)
    assert mention.meeting.id is None
    assert mention.meeting.date == date(2022, 9, 15)


def test_signed_at_the_summit_without_the_secretary_general_keeps_the_summit() -> None:
    """Negative (written): the state signs it at the summit, no Secretary-General: the heads of
    state council of Samarkand, as the other sets label such reports."""
    text = (
        "The 22nd meeting of the Council of Heads of State of the SCO was held in Samarkand on 16 "
        "September. At the summit Iran signed the memorandum of obligations to obtain the status "
        "of an SCO member state."
    )
    mention = _iran(text, date(2022, 9, 16))
    assert mention.meeting.id == "hsc-2022-samarkand"


def test_the_secretariat_as_another_memoranda_party_keeps_the_summit() -> None:
    """Negative (written): a council's list of decisions with Iran's memorandum and, apart, the
    Secretariat's memorandum with UNESCO: no Secretary-General signs Iran's; the council's."""
    text = (
        "The Council of Heads of State of the SCO held its meeting in Samarkand on 16 September "
        "2022 and adopted decisions:\n"
        "– on signing the Memorandum of Obligations by Iran to obtain the status of an SCO member "
        "state;\n"
        "– on signing the Memorandum between the SCO Secretariat and the United Nations "
        "Educational, Scientific and Cultural Organization (UNESCO);"
    )
    mention = _iran(text, date(2022, 9, 18))
    assert mention.meeting.id == "hsc-2022-samarkand"
