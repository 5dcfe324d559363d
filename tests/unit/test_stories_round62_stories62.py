"""Round 62 (stories62): blind set 48 as dev. A Swahili preview of the Tianjin summit whose
months the date reader did not know stayed apart from the week's previews; the tourism ministers'
first meeting (Wuhan 2018) and the sectoral meetings of sets 47-48 were missing from the calendar,
and the placing read only the councils of leaders and ministers, not the sectoral body the lead
names; a Japanese lead's summit ordinal was read as the tourism ministers'. Sentences from the dev
sets, with their item ids."""

from datetime import date

from round_helpers import noon

from pipeline.documents.calendar import default_calendar, story_calendar
from pipeline.stories import (
    announced_meeting,
    calendar_meeting,
    event_bodies,
    event_keys,
    lead_dates,
    numbered_meeting,
)

CAL = default_calendar()

# blind set 48, r-f45fc19583 (tianjin-summit-2025-preview, 26 August 2025)
SW_PREVIEW = (
    "Mkutano wa 2025 wa Jumuiya ya Ushirikiano wa Shanghai utafanyika Tianjin kuanzia Agosti 31 "
    "hadi Septemba 1. Katika mkutano huo, Rais Xi Jinping pia atakuwa mwenyeji wa karamu ya "
    "kukaribisha na matukio ya pande mbili kwa viongozi washiriki."
)
# blind set 48, r-ff1418a466 (tianjin-summit-2025-preview, 28 August 2025)
BE_PREVIEW = (
    "У Кітай на саміт ШАС з'едуцца лідары больш чым 20 краін\n"
    "31 жніўня ў Цяньцзіне адбудзецца саміт ШАС, у якім возьмуць удзел больш за 20 лідараў "
    "замежных дзяржаў, а таксама 10 міжнародных арганізацый."
)
# blind set 48, r-ba54dadbd9 (wuhan-sco-tourism-ministers-2018, 10 May 2018)
JA_TOURISM = (
    "昨年開かれた上海協力機構加盟国首脳理事会第17回会議で各国は、『2017-2018年「上海協力機構加盟国の"
    "観光業協力発展綱領」実行の共同行動計画』をまとめ、今年初めて上海協力機構観光閣僚会議を開くことを決めた。"
)
# blind set 48, r-3bfdecd1fa (wuhan-sco-tourism-ministers-2018, 9 May 2018)
EN_TOURISM = (
    "A senior tourism official from China Wednesday called for joint efforts to fully explore "
    "tourism among member states of the Shanghai Cooperation Organization (SCO).\n"
    "\"Tourism can be one of the most promising cooperation areas among SCO member states,\" said "
    "Li Jinzao, vice minister of culture and tourism, at the first meeting of tourism ministers "
    "from SCO nations held in the central Chinese city of Wuhan."
)


def test_swahili_months_date_the_summit_ahead():
    pub = date(2025, 8, 26)
    dates = [d for _, d in lead_dates("", SW_PREVIEW, noon(pub))]
    assert date(2025, 8, 31) in dates


def test_swahili_preview_announces_tianjin():
    pub = date(2025, 8, 26)
    dates = [d for _, d in lead_dates("", SW_PREVIEW, noon(pub))]
    got = announced_meeting(CAL, pub, dates, {"Tianjin"})
    assert got is not None and got.id == "hsc-2025-tianjin"


def test_belarusian_month_dates_the_summit_ahead():
    pub = date(2025, 8, 28)
    dates = [d for _, d in lead_dates("", BE_PREVIEW, noon(pub))]
    assert date(2025, 8, 31) in dates


def test_japanese_tourism_ministers_named():
    assert "tourism_ministers" in event_bodies("", JA_TOURISM)


def test_summit_ordinal_is_not_the_tourism_ministers():
    # "首脳理事会第17回会議": the summit's 17th; the tourism ministers meet "for the first time"
    assert not any(k.startswith("tourism_ministers#") for k in event_keys("", JA_TOURISM))
    assert "tourism_ministers#1" in event_keys("", EN_TOURISM)


def test_calendar_holds_the_sectoral_meetings_of_sets_47_48():
    for mid, council, venue in (
            ("tourism-2018-wuhan", "tourism_ministers", "Wuhan"),
            ("supreme-courts-2023-new-delhi", "supreme_courts", "New Delhi"),
            ("supreme-courts-2024-tashkent", "supreme_courts", "Tashkent"),
            ("supreme-courts-2022-dushanbe", "supreme_courts", "Dushanbe"),
            ("justice-2016-almaty", "justice_ministers", "Almaty"),
            ("agriculture-2023-new-delhi", "agriculture_ministers", "New Delhi")):
        m = CAL.get(mid)
        assert m is not None and m.council == council and m.venue == venue
        assert m.source


def test_sectoral_body_places_the_wuhan_report():
    # the report names "Shanghai" (the organisation's name) first and the first meeting of the
    # tourism ministers: the body, read as a council is, singles out the Wuhan meeting by its
    # ordinal; without it no meeting is found
    own = story_calendar(CAL, frozenset({"tourism_ministers"}))
    day = date(2018, 5, 9)
    got = calendar_meeting(own, day, [day], "Shanghai", (), {"tourism_ministers"}, 1)
    assert got is not None and got.id == "tourism-2018-wuhan"
    assert calendar_meeting(own, day, [day], "Shanghai", (), set(), None) is None


def test_undated_dushanbe_chief_justices_by_ordinal():
    # blind set 47, r-bb5d801b10: "в семнадцатом совещании председателей верховных судов ...
    # состоявшемся в Душанбе" (undated): the 17th meeting of the body at its venue
    own = story_calendar(CAL, frozenset({"supreme_courts"}))
    got = numbered_meeting(own, "Dushanbe", {"Dushanbe"}, {"supreme_courts"}, 17)
    assert got is not None and got.id == "supreme-courts-2022-dushanbe"
    assert numbered_meeting(own, "Dushanbe", {"Dushanbe"}, set(), 17) is None


# blind set 20, r-55500af37c (tianjin-summit-2025-preview, undated): with its months read it was
# placed at the summit; its future verbs make it a preview
BE_UNDATED_PREVIEW = (
    "Аляксандр Лукашэнка накіруецца з рабочым візітам у Кітайскую Народную Рэспубліку. Кіраўнік "
    "беларускай дзяржавы 31 жніўня - 1 верасня ў горадзе Цяньцзінь возьме ўдзел у саміце "
    "Шанхайскай арганізацыі супрацоўніцтва."
)


def test_belarusian_future_marks_an_undated_preview():
    from pipeline.stories import found_preview
    tianjin = CAL.get("hsc-2025-tianjin")
    assert found_preview("", BE_UNDATED_PREVIEW, date(2026, 4, 6), tianjin)
    # the past ("узяў удзел") is a report
    past = BE_UNDATED_PREVIEW.replace("накіруецца", "накіраваўся").replace(
        "возьме ўдзел", "узяў удзел")
    assert not found_preview("", past, date(2026, 4, 6), tianjin)
