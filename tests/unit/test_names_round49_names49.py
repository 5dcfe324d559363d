"""Round 49 (names49): Ukrainian venue adjectives and approving verbs, the Arabic "was adopted"
with its shadda, the Russian "drawn up following" a summit, the Turkish "ŞİT", a Turkish
development strategy named by its period before it, the Uzbek "deklarasiya".

The sentences marked "blind set 36" are quoted from real published reports
(tests/data/real-blind36); the others are written by names49 for these tests.
"""

from __future__ import annotations

from round_helpers import tagged_names

from pipeline.documents import document_key


def test_ukrainian_venue_adjective_and_approving_verb() -> None:
    text = (
        "Рада глав держав Шанхайської організації співробітництва (ШОС) 1 вересня за підсумками "
        "саміту в Китаї схвалила Тяньцзіньську декларацію."
    )  # blind set 36
    assert tagged_names(text) == {"Tianjin Declaration": "approved"}


def test_ukrainian_adopting_verb() -> None:
    # written by names49
    text = "Лідери Шанхайської організації співробітництва (ШОС) ухвалили Астанинську декларацію."
    assert tagged_names(text) == {"Astana Declaration": "adopted"}


def test_russian_declaration_drawn_up_following_the_summit_is_adopted() -> None:
    text = (
        "Иран официально стал полноправным членом Шанхайской организации сотрудничества (ШОС). "
        "Об этом сообщается в Нью-Делийской декларации, составленной по итогам саммита "
        "организации."
    )  # blind set 36
    assert tagged_names(text) == {"New Delhi Declaration": "adopted"}


def test_russian_drawn_up_alone_gives_no_status() -> None:
    # written by names49: a text drawn up (in two languages) is no step of the declaration
    text = "Нью-Делийская декларация ШОС составлена на русском и китайском языках."
    assert tagged_names(text) == {}


def test_arabic_was_adopted_with_its_shadda() -> None:
    text = (
        "انضمت إيران إلى منظمة شنغهاي للتعاون.\n\n"
        "ووفقاً لإعلان نيودلهي، الذي تمّ تبنّيه في نهاية قمة منظمة شنغهاي للتعاون التي عقدت "
        "اليوم، فقد شدّدت الدول الأعضاء على الأهمية التاريخية لقبول إيران."
    )  # blind set 36
    assert tagged_names(text) == {"New Delhi Declaration": "adopted"}


def test_turkish_sit_is_the_sco_and_a_wrapped_preview_is_planned() -> None:
    text = (
        "Kazakistan, Şanghay İşbirliği Teşkilatı başkanlığı\n"
        "kapsamında 100'ün üzerinde büyük etkinliğin düzenlenmesine öncülük etti. Ana\n"
        "hedefi, Teşkilat’a üye ülkelerin karşılıklı ilişkilerini güncel eğilimlere\n"
        "uygun olarak geliştirmektir. Bu konular üzerinde bir takım\n"
        "etkinlikler düzenlenmiş ve onların sonucunda çeşitli anlaşmalara varılmıştır. Astana\n"
        "ŞİT Zirvesi’nde de üye ülkelerin kendi aralarında somut çözümler getirilmesi "
        "bekleniyor.\n"
        "- Zirvede önemli belgelerin imzalanması\n"
        "bekleniyor. Öncelikle Astana Deklarasyonu kabul edilecek.\n"
    )  # blind set 36, shortened
    assert tagged_names(text) == {"Astana Declaration": "planned"}


def test_turkish_development_strategy_by_its_period_before_it() -> None:
    text = (
        "Shanghai İşbirliği Örgütü bu yıl en büyük zirvesini düzenledi.\n\n"
        "Wang, zirve sırasında onaylanan, örgütün 2026-2035 dönemine yönelik kalkınma "
        "stratejisinin, önümüzdeki on yılda örgütün nasıl ve ne yönde büyüyeceğini ortaya "
        "koyduğunu söyledi."
    )  # blind set 36, shortened
    found = tagged_names(text)
    assert len(found) == 1
    name, status = next(iter(found.items()))
    assert document_key(name) == document_key("SCO Development Strategy until 2035")
    assert status == "approved"


def test_turkish_development_strategy_without_a_period_is_no_name() -> None:
    # written by names49
    text = "Şanghay İşbirliği Örgütü zirvesinde bir kalkınma stratejisi onaylandı."
    assert tagged_names(text) == {}


def test_turkish_until_year_keys_as_until() -> None:
    assert document_key("2035 yılına kadar kalkınma stratejisi") == document_key(
        "SCO Development Strategy until 2035"
    )


def test_uzbek_latin_declaration_without_t() -> None:
    text = (
        "Shavkat Mirziyoev Shanxay hamkorlik tashkiloti Davlat rahbarlari kengashining navbatdagi "
        "majlisida ishtirok etish uchun Ostona shahrida bo`ladi.\n\n"
        "Yig`ilish yakunida Ostona deklarasiyasi hamda boshqa hujjatlar qabul qilinishi "
        "rejalashtirilgan."
    )  # blind set 36, shortened
    assert tagged_names(text) == {"Astana Declaration": "planned"}
