"""Round 52 (names52c): document names in Hausa, Uyghur, Turkmen, Mongolian, Azerbaijani,
Swahili and Kyrgyz (pipeline/documents/names_<lang>.py and
pipeline/data/gazetteers/documents_more_languages.toml). The sentences were written for these
tests in each language's grammar, after the dev texts of blind sets 2, 17, 32, 33, 37 and 38;
each negative is a sentence that must name no document (or not that one)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.documents import find_documents

FOUNDING = "Declaration on the Establishment of the Shanghai Cooperation Organisation"
EXTREMISM = "SCO Convention on Countering Extremism"
SHANGHAI_CONVENTION = "Shanghai Convention on Combating Terrorism, Separatism and Extremism"


def found(body: str, published: dt.date | None = None) -> list[tuple[str, str, str]]:
    return [(m.name, m.type, m.status) for m in find_documents("", body, published)]


# ---- Hausa ---------------------------------------------------------------------------------


def test_hausa_founding_declaration_signed() -> None:
    body = ("A ranar 15 ga watan Yuni na shekara ta 2001, shugabannin kasashen shida sun daddale "
            "'sanarwar kafa kungiyar hadin kai ta Shanghai' a birnin Shanghai.")
    assert found(body) == [(FOUNDING, "declaration", "signed")]


def test_hausa_announcement_is_no_declaration() -> None:
    # "sanarwa" (an announcement) of founding something else, and a plain announcement
    body = ("Kungiyar hadin kai ta Shanghai ta fitar da wata sanarwa a birnin Beijing. Shugabannin "
            "sun daddale sanarwar kafa wani sabon asusu na bankin raya kasa.")
    assert found(body) == []


# ---- Uyghur (Arabic script) ----------------------------------------------------------------


def test_uyghur_founding_declaration_signed() -> None:
    body = ("2001-يىلى 15-ئىيۇن ئالتە دۆلەتنىڭ باشلىقلىرى شاڭخەيدە «شاڭخەي ھەمكارلىق تەشكىلاتى "
            "قۇرۇش خىتابنامىسى»نى ئىمزالىغان.")
    assert found(body) == [(FOUNDING, "declaration", "signed")]


def test_uyghur_convention_proposed_is_planned() -> None:
    body = ("شاڭخەي ھەمكارلىق تەشكىلاتىنىڭ ئالىي دەرىجىلىكلەر يىغىنىدا «ئاشقۇنلۇققا قارشى تۇرۇش "
            "ئەھدىنامىسى» تۈزۈش تەكلىپى بېرىلگەن.")
    assert found(body) == [(EXTREMISM, "agreement", "planned")]


def test_uyghur_unquoted_declaration_word_names_nothing() -> None:
    # a declaration word without a title in «» is no name
    body = "شاڭخەي ھەمكارلىق تەشكىلاتى يىغىنىدا بىر خىتابنامە ئىمزالاندى."
    assert found(body) == []


# ---- Turkmen -------------------------------------------------------------------------------


def test_turkmen_venue_declaration_draft_is_planned() -> None:
    body = ("Mejlisiň dowamynda Şanhaý Hyzmatdaşlyk Guramasyna agza ýurtlaryň Baştutanlary "
            "Nýu-Deli Jarnamasynyň taslamasy barada pikir alyşdylar.")
    assert found(body) == [("New Delhi Declaration", "declaration", "planned")]


def test_turkmen_declaration_will_be_the_main_document() -> None:
    body = ("Şanhaý Hyzmatdaşlyk Guramasynyň Geňeşiniň mejlisiniň esasy resminamasy Deli "
            "jarnamasy bolar.")
    assert found(body) == [("New Delhi Declaration", "declaration", "planned")]


def test_turkmen_declaration_word_without_a_venue_names_nothing() -> None:
    # "Bu jarnama" (this declaration), "Türkmenistanyň jarnamasy" (a state's own): no SCO venue
    body = ("Şanhaý Hyzmatdaşlyk Guramasynyň sammitinde bu jarnama kabul edildi. "
            "Türkmenistanyň Bitaraplyk jarnamasy kabul edildi.")
    assert found(body) == []


# ---- Mongolian, Azerbaijani, Swahili -------------------------------------------------------


def test_mongolian_founding_declaration_and_shanghai_convention() -> None:
    body = ("2001 оны зургадугаар сард ШХАБ-ыг үүсгэн байгуулах тухай Тунхаглал болон Шанхайн "
            "конвенцид гарын үсэг зуржээ.")
    names = {name for name, _, _ in found(body)}
    assert names == {FOUNDING, SHANGHAI_CONVENTION}
    assert {status for _, _, status in found(body)} == {"signed"}


def test_mongolian_other_declaration_is_not_the_founding_one() -> None:
    body = "ШХАБ-ын гишүүн орнууд хамтын ажиллагааны тухай тунхаглалд гарын үсэг зурав."
    assert FOUNDING not in {name for name, _, _ in found(body)}


def test_azerbaijani_founding_declaration_signed() -> None:
    body = ("ŞƏT-in yaradılması haqqında bəyannamə 2001-ci ilin iyun ayında Şanxayda altı dövlət "
            "tərəfindən imzalanıb.")
    assert found(body) == [(FOUNDING, "declaration", "signed")]


def test_azerbaijani_declaration_on_something_else_is_not_the_founding_one() -> None:
    body = "ŞƏT-in sammitində terrorizmə qarşı mübarizə haqqında bəyannamə imzalanıb."
    assert FOUNDING not in {name for name, _, _ in found(body)}


def test_swahili_founding_declaration_signed() -> None:
    body = ("Mwaka 2001 marais wa nchi sita walikutana huko Shanghai na kusaini \u201cTaarifa ya "
            "kuanzishwa kwa Jumuiya ya Ushirikiano ya Shanghai\u201d.")
    assert found(body) == [(FOUNDING, "declaration", "signed")]


def test_swahili_report_is_no_declaration() -> None:
    # "taarifa" (a report, a statement) of the founding of something else
    body = ("Jumuiya ya Ushirikiano ya Shanghai ilitoa taarifa. Walisaini taarifa ya kuanzishwa "
            "kwa benki mpya.")
    assert found(body) == []


# ---- Kyrgyz --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Шанхай кызматташтык уюмунун (ШКУ) саммити Астанада өтөт. Астана саммитинде ШКУнун "
         "экстремизмге каршы күрөшүү конвенциясы кабыл алынат.",
         [(EXTREMISM, "agreement", "planned")]),
        ("Шанхай кызматташтык уюмунун (ШКУ) саммити өтөт. Саммиттин негизги документи ШКУнун "
         "2035-жылга чейинки өнүгүү стратегиясын кабыл алуу болот.",
         [("SCO Development Strategy until 2035", "strategy", "planned")]),
    ],
)
def test_kyrgyz_names_before_the_type_word(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(body) == expected


def test_kyrgyz_convention_of_two_subjects_is_not_the_extremism_one() -> None:
    body = ("Шанхай кызматташтык уюмунун (ШКУ) саммити өтөт. ШКУнун терроризм жана "
            "экстремизмге каршы күрөшүү конвенциясы кабыл алынат.")
    assert EXTREMISM not in {name for name, _, _ in found(body)}
