"""Round 29 (blind set 23 as dev, names and meetings): French programme and energy strategy keyed
as the English titles, the SCO's only energy strategy until 2030 and its action plan until 2025,
an ordinal inside an English title, Vietnamese and Arabic memoranda of obligations, a Japanese
year of joining that is no year of signing. Every text here is written for these tests, none is
copied from the sets."""

from __future__ import annotations

from datetime import date

from round_helpers import gaz_mentions

from pipeline.documents import document_key

BELARUS = "Memorandum of Obligations of the Republic of Belarus"
IRAN = "Memorandum of Obligations of the Islamic Republic of Iran"


def test_french_programme_keys_as_the_english_title():
    # written for this test
    french = (
        "Programme de coopération pour lutter contre le terrorisme, le séparatisme et "
        "l'extrémisme pour la période 2025-2027"
    )
    english = (
        "Programme of Cooperation in Combating Terrorism, Separatism and Extremism for 2025-2027"
    )
    assert document_key(french) == document_key(english)


def test_french_energy_strategy_is_the_known_one(gaz):
    # written for this test: "The heads of state of the SCO adopted the energy cooperation
    # strategy until 2030."
    body = (
        "Les chefs d'État de l'Organisation de coopération de Shanghai ont adopté la Stratégie "
        "de coopération énergétique jusqu'en 2030."
    )
    assert "SCO Energy Cooperation Development Strategy until 2030" in gaz_mentions(gaz, body)


def test_action_plan_on_the_sco_strategy_until_2025(gaz):
    # written for this test: the SCO's only strategy until 2025 is its development strategy
    body = (
        "The SCO foreign ministers are preparing an action plan on implementing the SCO "
        "strategy until 2025."
    )
    found = gaz_mentions(gaz, body)
    name = "Action Plan for the Implementation of the SCO Development Strategy until 2025"
    assert name in found
    assert found[name].status == "planned"


def test_ordinal_inside_an_english_title(gaz):
    # written for this test
    body = (
        "The SCO summit is to adopt the Statement on the 80th Anniversary of the Founding of the "
        "Organisation, the ministers said."
    )
    assert any("80th Anniversary" in name for name in gaz_mentions(gaz, body))


def test_lower_case_ordinal_ends_no_title(gaz):
    # written for this test: "the 80th anniversary" in lower case is no part of a title
    body = "The SCO summit is to adopt the Statement on the 80th anniversary of the victory."
    assert not any("80th" in name for name in gaz_mentions(gaz, body))


# written for this test: "The SCO summit opened online. India welcomed that Iran joins the SCO
# and that Belarus signs a memorandum on becoming a member of the organisation."
_VIETNAMESE = (
    "Hội nghị thượng đỉnh SCO khai mạc theo hình thức trực tuyến.\n\n"
    "Ấn Độ hoan nghênh việc Iran gia nhập SCO và việc Belarus ký một bản ghi nhớ về ý định "
    "trở thành thành viên của tổ chức."
)


def test_vietnamese_memorandum_on_becoming_a_member(gaz):
    found = gaz_mentions(gaz, _VIETNAMESE)
    assert BELARUS in found
    assert found[BELARUS].status == "signed"


def test_vietnamese_state_with_its_own_verb_signs_no_memorandum(gaz):
    # Iran "gia nhập" (joins) in its own clause: the memorandum is Belarus's alone
    assert IRAN not in gaz_mentions(gaz, _VIETNAMESE)


def test_arabic_memorandum_of_obligation_singular(gaz):
    # written for this test: "Iran signed a memorandum of obligation to obtain the status of a
    # member state of the Shanghai Cooperation Organisation."
    body = "وقعت إيران مذكرة التزام بالحصول على صفة دولة عضو في منظمة شنغهاي للتعاون."
    assert IRAN in gaz_mentions(gaz, body)


def test_arabic_memorandum_of_membership(gaz):
    # written for this test: "Iran signed the memorandum of its obtaining full membership of the
    # Shanghai Cooperation Organisation."
    body = "وقعت إيران مذكرة حصولها على العضوية الكاملة في منظمة شنغهاي للتعاون."
    assert IRAN in gaz_mentions(gaz, body)


def test_japanese_year_of_joining_is_no_year_of_signing(gaz):
    # written for this test: "The SCO summit was held online on the 4th. Belarus signed the
    # memorandum for its joining in 2024 on the 4th."
    body = (
        "上海協力機構(SCO)の首脳会議がオンラインで開かれた。\n\n"
        "4日にベラルーシが2024年の加盟に向けた覚書に署名した。"
    )
    found = gaz_mentions(gaz, body, date(2023, 7, 10))
    assert BELARUS in found
    assert found[BELARUS].meeting.date == date(2023, 7, 4)


def test_a_meetings_ordinal_is_no_part_of_a_title(gaz):
    # written for this test: the declaration of the 30th meeting is its place's declaration
    body = (
        "Declaration of the 30th Meeting of the Council of Heads of State of the SCO Member "
        "States\n\nTashkent, 10 June 2010\n\nThe heads of state of the Shanghai Cooperation "
        "Organisation met in Tashkent."
    )
    assert not any("30th" in name for name in gaz_mentions(gaz, body, date(2010, 6, 11)))


def test_icelandic_venue_declaration_planned(gaz):
    # written for this test: "The SCO summit will be held in Qingdao. The leaders will sign the
    # 'Qingdao Declaration' there."
    body = (
        "Leiðtogafundur Samstarfsstofnunar Sjanghæ verður haldinn í Qingdao.\n\n"
        "Leiðtogarnir munu undirrita „Qingdao-yfirlýsinguna“ þar."
    )
    found = gaz_mentions(gaz, body, date(2018, 6, 5))
    assert "Qingdao Declaration" in found
    assert found["Qingdao Declaration"].status == "planned"
