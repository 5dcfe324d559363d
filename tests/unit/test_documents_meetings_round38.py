"""Round 38 (issue 14, blind set 30 as dev): status and meeting placement. A memorandum of
obligations still to be drafted, in a report of an earlier summit, stays at that summit (not the
signing summit its kind implies); a Japanese or Korean status verb right after its object's
particle is that title's; a state the article says was admitted places a venue declaration at
the summit of its joining year; Vietnamese and Korean ordinals and Korean dates read for
documents; a speaker's or an ally's city is no meeting place; a state's approval of a memorandum
whose place of conclusion stands before its name is the SCO's signing there; a memorandum signed
on a weekday before the meeting's days is outside the session. Every text here is written for
these tests by the scowatch developers (modelled on real reports), none is copied from the
sets."""

from __future__ import annotations

from datetime import date

from pipeline.documents import find_documents
from pipeline.documents.meetings import document_ordinal_in


def _one(body: str, published: date | None, key_word: str, title: str = ""):
    found = [m for m in find_documents(title, body, published) if key_word in m.name]
    assert len(found) == 1, found
    return found[0]


def test_a_planned_memorandum_stays_at_the_summit_that_decided_it() -> None:
    body = (
        "The Council of Heads of State of the Shanghai Cooperation Organisation, meeting for its "
        "21st summit in Dushanbe on 17 September 2021, agreed in principle to admit Iran.\n"
        "Under the procedure, work will begin on a draft memorandum on Iran's obligations to "
        "obtain the status of an SCO member state, and Iran will then ratify the SCO treaties."
    )
    found = _one(body, date(2021, 9, 24), "Obligations")
    assert found.status == "planned"
    assert found.meeting.id == "hsc-2021-dushanbe"


def test_the_signing_summit_still_previewed_keeps_its_year() -> None:
    # a preview of the signing summit itself: the summit its kind implies is the article's
    body = (
        "The SCO summit will be held in Samarkand on 15-16 September 2022. Iran is expected to "
        "sign a memorandum on its obligations to obtain the status of an SCO member state."
    )
    found = _one(body, date(2022, 9, 10), "Obligations")
    assert found.status == "planned"
    assert found.meeting.id == "hsc-2022-samarkand"


_JA = (
    "上海協力機構元首理事会の第8回会議が28日、タジキスタンの首都ドゥシャンベで行われた。"
    "首脳らは「上海協力機構加盟国元首ドシャンベ宣言」など重要文書に署名し、"
    "「上海協力機構加盟国元首理事会会議共同コミュニケ」を発表した。"
)


def test_a_japanese_verb_after_its_object_is_that_titles() -> None:
    found = find_documents("", _JA, date(2008, 8, 29))
    communique = [m for m in found if m.type == "communique"]
    declaration = [m for m in found if m.type == "declaration"]
    assert [m.status for m in communique] == ["adopted"]
    assert [m.status for m in declaration] == ["signed"]


_ADMITTED_JA = (
    "上海協力機構の首脳会議がカザフスタンの首都アスタナで開催され、{state}の加盟が承認されました。"
    "首脳会議は国際問題への対応策を明記した「アスタナ宣言」を採択して閉幕しました。"
)


def test_an_admitted_state_places_the_declaration_at_its_joining_summit() -> None:
    belarus = _one(_ADMITTED_JA.format(state="ベラルーシ"), None, "Astana")
    assert belarus.meeting.id == "hsc-2024-astana"
    india = _one(_ADMITTED_JA.format(state="インド"), None, "Astana")
    assert india.meeting.id == "hsc-2017-astana"


def test_no_admitted_state_leaves_the_declaration_unresolved() -> None:
    body = (
        "上海協力機構の首脳会議がカザフスタンの首都アスタナで開催されました。"
        "首脳会議は「アスタナ宣言」を採択して閉幕しました。"
    )
    assert _one(body, None, "Astana").meeting.id is None


def test_vietnamese_and_korean_ordinals() -> None:
    assert document_ordinal_in("các nhà lãnh đạo tham gia phiên họp thứ 24 tại Astana") == 24
    assert document_ordinal_in("hội nghị thượng đỉnh lần thứ 22 tại Samarkand") == 22
    assert document_ordinal_in("제24차 상하이협력기구 정상회의") == 24
    assert document_ordinal_in("제2차 세계대전 승리 기념") is None


def test_a_korean_day_places_an_undated_preview() -> None:
    body = (
        "우즈베키스탄 대통령은 9월 17일 열리는 상하이 협력기구(SCO) 정상회의에 참여하기 위해 "
        "두샨베에 도착했다.\n또한 정상회담 이후에 두샨베 선언이 채택될 예정이다."
    )
    found = _one(body, None, "Dushanbe")
    assert found.status == "planned"
    assert found.meeting.id == "hsc-2021-dushanbe"


def test_an_allys_capital_is_no_meeting_place() -> None:
    body = (
        "L'Iran deviendra membre de l'Organisation de coopération de Shanghai (OCS) lors de la "
        "prochaine réunion du Conseil des chefs d'Etat, prévue le 4 juillet, a indiqué vendredi "
        "Sergueï Lavrov.\nLors de cette réunion sera également signé un mémorandum sur les "
        "obligations du Bélarus, allié de Moscou, qui va lancer sa procédure d'adhésion."
    )
    found = _one(body, None, "Belarus")
    assert found.meeting.venue != "Moscow"
    assert found.meeting.id == "hsc-2023-new-delhi"


def test_a_state_approving_a_memorandum_concluded_at_a_summit_is_its_signing() -> None:
    body = (
        "Қазақстан Республикасы Президентінің Жарлығы.\n"
        "1. 2023 жылғы 4 шілдеде Нью-Делиде жасалған Беларусь Республикасының Шанхай "
        "ынтымақтастық ұйымына мүше мемлекет мәртебесін алу мақсатындағы міндеттемелері туралы "
        "меморандум бекітілсін."
    )
    found = _one(body, date(2024, 2, 12), "Belarus")
    assert found.status == "signed"
    assert found.meeting.id == "hsc-2023-new-delhi"


def test_a_memorandum_signed_on_the_eve_is_outside_the_session() -> None:
    body = (
        "وصل رئيس الجمهورية إلى سمرقند للمشاركة في قمة منظمة شنغهاي للتعاون.\n"
        "ووقّع وزير الخارجية والأمين العام لمنظمة شنغهاي مساء الأربعاء في سمرقند على مذكرة "
        "تعهدات العضوية الدائمة لإيران في المنظمة."
    )
    found = _one(body, date(2022, 9, 16), "Obligations")
    assert found.status == "signed"
    assert found.meeting.id is None
    assert found.meeting.venue == "Samarkand"
    assert found.meeting.date == date(2022, 9, 14)


def test_a_weekday_of_the_report_is_not_the_signings() -> None:
    body = (
        "Saudi Arabia's king approved the memorandum granting the kingdom the status of SCO "
        "dialogue partner, a document signed in September 2022 at the SCO summit in Samarkand, "
        "the Saudi Press Agency reported on Wednesday."
    )
    found = _one(body, date(2023, 3, 29), "Saudi")
    assert found.meeting.id == "hsc-2022-samarkand"
