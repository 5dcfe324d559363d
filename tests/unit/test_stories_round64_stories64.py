"""Round 64 (stories64): blind set 49 as dev. The eve's pages of the Tianjin summit dated the
summit's days only by a weekday to come ("este domingo"), which the date reader took for no day,
so they announced nothing and the summit's first reports joined them; a China News Service page
on the SCO film week in Qingdao took its venue from its column's name "(上合天津峰會)". Sentences
from the dev sets, with their item ids."""

from datetime import date

from round_helpers import noon

from pipeline.documents.calendar import default_calendar
from pipeline.stories import announced_meeting, lead_dates, past_column_tag, weekdays_ahead

CAL = default_calendar()

# blind set 49, r-2d79094d38 (tianjin-summit-2025-preview, Saturday 30 August 2025)
ES_EVE = (
    "Tianjin ultima preparativos para cumbre de la OCS, con líderes como Xi, Putin y Modi\n\n"
    "Tianjin (China), 30 ago (EFE).- La ciudad china de Tianjin (noreste) anunció que ha "
    "completado los preparativos para la cumbre de la 25ª cumbre de la Organización de "
    "Cooperación de Shanghái (OCS), que comenzará este domingo y en la que coincidirán líderes "
    "como el presidente chino, Xi Jinping, su homólogo ruso, Vladímir Putin, o el primer "
    "ministro indio, Narendra Modi."
)
# blind set 7, r-0001eaf43f (peace-mission-2010, Thursday 16 September 2010)
EN_DRILL = (
    "The SCO members' soldiers conduct joint anti-terror millitary drill at the Matybulak "
    "training range in Kazakhstan on Sept 15, 2010\nThe \"Peace Mission 2010,\" a "
    "multi-national anti-terror drill, began on Friday in Kazakhstan."
)
# blind set 49, r-c9de49b01b (qingdao-sco-film-week-2025, 30 August 2025)
ZH_FILM_WEEK = (
    "(上合天津峰會)光影樂舞交織:上合組織文化合作續(xù)新章\n"
    "中新社北京8月30日電 (記者 高凱)8月22日,當中俄兩國聯(lián)合打造的影片《紅絲綢》在青島憑借深厚"
    "情感內(nèi)核吸引觀眾目光,“上合組織國家優(yōu)秀影視作品展映周”的“光影互鑒·和合共生”主題更加可感可知。"
)
# blind set 40, r-ead5d2ba06 (tianjin-summit-2025, 2 September 2025)
ZH_SUMMIT_COLUMN = (
    "(上合天津峰会)10年与80年,两条时间轴为上合组织发展刻下新坐标\n"
    "中新社天津9月2日电 题:10年与80年,两条时间轴为上合组织发展刻下新坐标 中新社记者 曾玥 "
    "2025年上海合作组织峰会8月31日至9月1日在天津举行。"
)


def test_weekday_to_come_is_read_ahead():
    assert weekdays_ahead("", ES_EVE, noon(date(2025, 8, 30))) == [date(2025, 8, 31)]


def test_weekday_days_back_is_not_ahead():
    # read on Tuesday 2 September, "domingo" is two days back: no day to come
    assert weekdays_ahead("", ES_EVE, noon(date(2025, 9, 2))) == []


def test_weekday_of_a_lead_dating_past_days_is_past():
    # "began on Friday" under a caption of the 15th: the drill's past Friday, no day to come
    assert weekdays_ahead("", EN_DRILL, noon(date(2010, 9, 16))) == []


def test_bare_weekday_places_no_meeting():
    # the weekday makes a preview of the page, not an announcement of a calendar meeting
    pub = date(2025, 8, 30)
    dates = [d for _, d in lead_dates("", ES_EVE, noon(pub))]
    assert date(2025, 8, 31) not in dates
    assert announced_meeting(CAL, pub, dates, {"Tianjin"}) is None


def test_column_name_is_no_venue_of_the_page():
    venue, venues, lead = past_column_tag("", ZH_FILM_WEEK, "Tianjin",
                                          frozenset({"Tianjin", "Qingdao"}),
                                          frozenset({"Tianjin", "Qingdao"}))
    assert venue == "Qingdao"
    assert "Tianjin" not in venues and "Tianjin" not in lead


def test_column_page_naming_the_city_again_keeps_it():
    got = past_column_tag("", ZH_SUMMIT_COLUMN, "Tianjin", frozenset({"Tianjin"}),
                          frozenset({"Tianjin"}))
    assert got == ("Tianjin", frozenset({"Tianjin"}), frozenset({"Tianjin"}))
