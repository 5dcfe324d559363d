"""Round 56 (meet56): statuses and meetings from blind sets 39-42 (issue 14).

- a memorandum signed in the preparations for a meeting, or ahead of it, is not signed at it;
- a memorandum whose sentence dates its signing by a month that is not its meeting's is not at
  that meeting;
- the next meeting's place and year in a document's sentence are not the document's; the
  Japanese prime ministers' meeting (首相会合, 首相会議) is the heads of government council;
- "This is primarily the Qingdao Declaration" names the first of the documents the sentence
  before reported;
- the Korean "예고" (advance notice) of a document's issuing is a preview: planned.

The sentences quoted from a real report name their set and item; the others are written by the
scowatch developers for these tests (marked "written").
"""

from __future__ import annotations

from datetime import date

from pipeline.documents import find_documents
from pipeline.documents.base import DocumentMention
from pipeline.documents.meetings import _month_of_year, _next_meeting_spans

EGYPT = "Memorandum on granting the Arab Republic of Egypt the status of SCO dialogue partner"
QATAR = "Memorandum on granting the State of Qatar the status of SCO dialogue partner"
SRI_LANKA = (
    "Memorandum on granting the Democratic Socialist Republic of Sri Lanka the status of SCO "
    "dialogue partner"
)

# blind set 42, rb-2920b0a6b2 (Arab Observer, undated), shortened
EGYPT_QATAR_AR = (
    "حصلت مصر وقطر اليوم الأربعاء، على صفة شريك الحوار مع منظمة شنغهاي للتعاون.\n\n"
    "يأتي ذلك في إطار الاستعدادات لقمة منظمة شنغهاي للتعاون المقامة في سمرقند، 15 و16 سبتمبر "
    "الجاري، حيث أقيم حفل توقيع مذكرات التفاهم بشأن منح جمهورية مصر العربية ودولة قطر صفة "
    "“شركاء الحوار” بمنظمة شنغهاي للتعاون."
)
# blind set 41, rb-4921fd44e5 (a Sri Lankan analyst's blog, undated), shortened
SRI_LANKA_EN = (
    "In 2009 the country entered into partnership with the Shanghai Cooperation Organization "
    "(SCO).\nPursuant to the signing of the Memorandum granting Sri Lanka Dialogue Partner status "
    "in May 2010, Russia observed that its implementation would lead to a strengthening of "
    "international connectivity."
)
# blind set 6, rb-acebaed08b (People's Daily Japanese, 6 December 2012), shortened
BISHKEK_2012_JA = (
    "第11回上海協力機構首相会議が12月5日、キルギスの首都ビシュケクで行われた。"
    "会議は次回会議を2013年にウズベキスタンで開催することを決定し、「上海協力機構加盟国首相理事会会議"
    "共同コミュニケ」などの文書を発表した。"
)
# blind set 39, rb-ee3f452527 (CRI Japanese, 25 November 2010), shortened
DUSHANBE_2010_JA = (
    "上海協力機構の加盟国による第9回首相会合が25日、タジキスタンの首都ドゥシャンベで開かれ、中国の温家宝首相"
    "と上海協力機構のほかの五つの加盟国の首相がこれに出席しました。そして会合の後、各国首相による『共同声明』"
    "が発表されます。"
)
# blind set 40, rb-a4e99c0ec3 (the SCO Secretariat's site, 12 October 2018), shortened
QINGDAO_PRIMARILY = (
    "Let me recall that in Qingdao the leaders of the SCO member states not only identified the "
    "main areas for cooperation in the economy and cultural and humanitarian ties but also "
    "adopted many important documents in this sphere, which expand cooperation. This is "
    "primarily the Qingdao Declaration of the Council of Heads of State (CHS)."
)
# blind set 41, rb-e2762b3778 (a Korean blog, undated), shortened
TIANJIN_NOTICE_KO = (
    "러시아 블라디미르 푸틴 대통령이 상하이협력기구(SCO) 정상회의 참석을 위해 "
    "중국 톈진에 도착했습니다.\n"
    "📌 중국의 ‘톈진 선언’ 발표 예고\n"
    "- 내용: 미국을 견제하는 다자주의 확대 강조"
)


def _one(found: list[DocumentMention], name: str) -> DocumentMention:
    hits = [m for m in found if m.name == name]
    assert len(hits) == 1, [m.name for m in found]
    return hits[0]


# --- a memorandum signed in the preparations for a meeting ---------------------------------


def test_memoranda_signed_in_the_preparations_for_a_summit_are_not_at_it() -> None:
    found = find_documents("", EGYPT_QATAR_AR)
    for name in (EGYPT, QATAR):
        mention = _one(found, name)
        assert mention.status == "signed"
        assert mention.meeting.id is None


def test_memoranda_signed_ahead_of_the_summit_are_not_at_it() -> None:
    text = (  # written
        "Ahead of the summit in Samarkand, Egypt and Qatar signed memoranda granting them the "
        "status of SCO dialogue partner."
    )
    found = find_documents("", text, date(2022, 9, 14))
    assert _one(found, EGYPT).meeting.id is None


def test_memoranda_signed_at_the_summit_stay_at_it() -> None:
    text = (  # written
        "On 16 September 2022, at the summit in Samarkand, Egypt and Qatar signed memoranda "
        "granting them the status of SCO dialogue partner."
    )
    found = find_documents("", text, date(2022, 9, 16))
    assert _one(found, EGYPT).meeting.id == "hsc-2022-samarkand"
    assert _one(found, QATAR).meeting.id == "hsc-2022-samarkand"


# --- a signing dated by a month that is not the meeting's ----------------------------------


def test_a_memorandum_signed_in_another_month_is_not_at_that_years_summit() -> None:
    found = find_documents("", SRI_LANKA_EN)
    mention = _one(found, SRI_LANKA)
    assert mention.status == "signed"
    assert mention.meeting.id is None


def test_a_memorandum_signed_in_the_summits_month_stays_at_it() -> None:
    text = (  # written
        "At the SCO summit in Tashkent in June 2010, the leaders signed the Memorandum granting "
        "Sri Lanka Dialogue Partner status."
    )
    found = find_documents("", text, date(2010, 6, 12))
    assert _one(found, SRI_LANKA).meeting.id == "hsc-2010-tashkent"


def test_month_of_year_reads_a_month_without_its_day_only() -> None:
    assert _month_of_year("signed in May 2010, Russia observed") == (2010, 5)
    assert _month_of_year("подписан в мае 2010 года") == (2010, 5)
    assert _month_of_year("2010年5月签署") == (2010, 5)
    # written: a full date is no month alone
    assert _month_of_year("signed on 16 May 2010") is None
    assert _month_of_year("2010年5月16日签署") is None
    # written: two months, no one month
    assert _month_of_year("between May 2010 and June 2011") is None


# --- the next meeting's place and year ------------------------------------------------------


def test_the_next_meetings_place_and_year_are_not_the_communiques() -> None:
    found = find_documents("", BISHKEK_2012_JA, date(2012, 12, 6))
    assert len(found) == 1
    assert found[0].status == "adopted"
    assert found[0].meeting.id == "hgc-2012-bishkek"


def test_the_japanese_prime_ministers_meeting_is_the_heads_of_government_council() -> None:
    found = find_documents("", DUSHANBE_2010_JA, date(2010, 11, 25))
    assert len(found) == 1
    assert found[0].status == "planned"
    assert found[0].meeting.id == "hgc-2010-dushanbe"


def test_a_name_inside_the_next_meetings_clause_keeps_that_clause() -> None:
    text = "The next summit in Astana in 2024 will adopt the Astana Declaration."  # written
    at = text.index("Astana Declaration")
    assert _next_meeting_spans(text, (at, at + len("Astana Declaration"))) == []
    # written: the clause ends at the comma; the name after it is outside
    other = "They agreed to hold the next meeting in Tashkent in 2013, and adopted the Communiqué."
    start = other.index("Communiqué")
    assert _next_meeting_spans(other, (start, start + 10)) == [
        (other.index("next meeting"), other.index(","))
    ]
    # without a document's name, the sentence's own clues keep it
    assert _next_meeting_spans(other, None) == []


# --- "This is primarily ..." -----------------------------------------------------------------


def test_this_is_primarily_names_the_first_of_the_documents_before() -> None:
    found = find_documents("", QINGDAO_PRIMARILY, date(2018, 10, 12))
    mention = _one(found, "Qingdao Declaration")
    assert mention.status == "adopted"
    assert mention.meeting.id == "hsc-2018-qingdao"


def test_this_is_primarily_after_no_list_gives_no_status() -> None:
    text = (  # written
        "The leaders discussed regional security at length. This is primarily the Qingdao "
        "Declaration's subject, the chair said."
    )
    found = find_documents("", text, date(2018, 6, 10))
    assert not [m for m in found if m.name == "Qingdao Declaration"]


# --- the Korean advance notice ------------------------------------------------------------


def test_a_korean_advance_notice_of_a_declaration_is_planned() -> None:
    found = find_documents("", TIANJIN_NOTICE_KO)
    assert _one(found, "Tianjin Declaration").status == "planned"


def test_a_korean_issued_declaration_stays_adopted() -> None:
    text = (  # written
        "상하이협력기구(SCO) 정상회의가 중국 톈진에서 열렸습니다.\n"
        "정상들은 ‘톈진 선언’을 발표했습니다."
    )
    found = find_documents("", text, date(2025, 9, 1))
    assert _one(found, "Tianjin Declaration").status == "adopted"
