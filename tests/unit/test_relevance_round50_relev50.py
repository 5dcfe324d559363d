"""Round 50 of relevance (every dev blind set): a headline that names one of the SCO's look-alikes
first and the SCO after it as the look-alike's business is a look-alike; the SCO's names in Urdu
with Mehr News' spelling of Shanghai, in Armenian with the adjective "Shanghaian", Nepali's
शाङ्घाइ and Bengali's "Shanghai cooperation summit". Sentences marked "set N" are the sets' own,
cut short; the others were written by us (the round-50 helper) for these tests."""

from __future__ import annotations

import pytest

from pipeline.tagging import RELEVANCE_THRESHOLD, analyse, another_organisations


def kept(gaz, title: str, body: str) -> bool:
    return analyse(gaz, title, body).relevance >= RELEVANCE_THRESHOLD


def found(gaz, title: str, body: str) -> list[str]:
    analysis = analyse(gaz, title, body)
    return [analysis.text[m.start : m.end] for m in analysis.sco]


# ---- a look-alike named first in a headline that names the SCO --------------------------------

# set 22, r-7cf1a0e771 (x-cis-power-council-dushanbe-2025): a CIS council that discussed its
# cooperation with the SCO
CIS_COUNCIL_TITLE = ("На заседании Электроэнергетического совета СНГ обсудили перспективы "
                     "сотрудничества с ШОС")
CIS_COUNCIL_BODY = (
    "Выступая в Душанбе, замгенсека содружества Денис Трефилов отметил, что Электроэнергетический "
    "совет - это \"первый отраслевой орган, который на практике начинает выстраивать предметный "
    "диалог СНГ и ШОС\".\n\n"
    "ДУШАНБЕ, 20 ноября. /ТАСС/. Развитие взаимодействия Содружества Независимых государств (СНГ) "
    "и Шанхайской организации сотрудничества (ШОС) в области энергетики стало одной из основных "
    "тем обсуждения на 67-м заседании Электроэнергетического совета СНГ, которое прошло в "
    "Душанбе.\n\n"
    "В октябре главы государств СНГ приняли решение об учреждении формата сотрудничества "
    "\"СНГ плюс\" и предоставлении ШОС статуса наблюдателя при Содружестве. Выступая на заседании "
    "в Душанбе, замгенсека СНГ Денис Трефилов отметил, что Электроэнергетический совет - это "
    "\"первый отраслевой орган, который на практике начинает выстраивать предметный диалог СНГ и "
    "ШОС\"."
)

# set 22, r-83841a4dcd (x-cis-summit-dushanbe-2025): a first line that is a whole paragraph
CIS_SUMMIT_TITLE = (
    "Участники Совета глав государств стран СНГ по итогам встречи подписали 19 документов, "
    "предоставив Шанхайской организации сотрудничества статус наблюдателя при Содружестве, а "
    "также учредив новый формат «СНГ плюс». Об этом сообщила пресс-служба Кремля.")
CIS_SUMMIT_BODY = (
    "Среди других подписанных документов есть решение, утвердившее на новый трехлетний срок "
    "генерального секретаря СНГ Сергея Лебедева.\n\n"
    "Следующий саммит глав государств СНГ пройдет 9 октября 2026 года в Ашхабаде."
)


@pytest.mark.parametrize("title, body", [
    (CIS_COUNCIL_TITLE, CIS_COUNCIL_BODY),
    (CIS_SUMMIT_TITLE, CIS_SUMMIT_BODY),
])
def test_a_look_alike_first_with_the_sco_as_its_business_is_set_aside(gaz, title, body) -> None:
    analysis = analyse(gaz, title, body)
    assert analysis.sco and analysis.sco[0].start < analysis.title_end
    assert another_organisations(analysis.matches, analysis.sco, analysis.title_end,
                                 analysis.text)
    assert analysis.relevance < RELEVANCE_THRESHOLD


# set 8, r-1216895194 (prosecutors-dushanbe-2006-preview, an SCO event): the CIS and the SCO
# side by side, a twin meeting of both organisations' prosecutors
TWIN_TITLE = ("Душанбе. 21 августа. «Азия-Плюс»  - Генеральные прокуроры стран-участниц СНГ и "
              "Шанхайской организации сотрудничества (ШОС) прибывают сегодня в Душанбе для "
              "участия в очередном совещании Координационного совета генпрокуроров стран СНГ и "
              "заседания генпрокуроров стран-членов ШОС, которые состоятся в столице "
              "Таджикистана 22 августа.")
TWIN_BODY = ("По словам источника, в повестку дня совещания Координационного совета включено "
             "шесть основных вопросов, среди которых проект Соглашения о сотрудничестве органов "
             "прокуратуры государств-участников СНГ, в деятельности органов прокуратуры стран "
             "СНГ и другие вопросы.")


def test_a_look_alike_side_by_side_with_the_sco_leaves_it_kept(gaz) -> None:
    analysis = analyse(gaz, TWIN_TITLE, TWIN_BODY)
    assert not another_organisations(analysis.matches, analysis.sco, analysis.title_end,
                                     analysis.text)
    assert analysis.relevance >= RELEVANCE_THRESHOLD


def test_set_26_brics_and_the_sco_side_by_side_in_japanese_is_kept(gaz) -> None:
    # set 26, r-11c7a9af53 (ufa-summit-2015): "BRICSと上海協力機構" (BRICS and the SCO)
    title = ("「ウファには15の国の首脳が集まった。まさにこの多様性のなかにこそ、力が、BRICSと"
             "上海協力機構のふたつの巨大なポテンシャルが隠されていることは間違いない。」")
    body = ("ウファBRICSサミットを総括し、ウファ宣言が採択された。プーチン大統領はBRICSサミットの"
            "結果を総括した。")
    assert kept(gaz, title, body)


def test_the_sco_named_first_in_the_headline_is_kept(gaz) -> None:
    # written by us: the same CIS council text, headed by the SCO
    title = "ШОС и СНГ обсудили сотрудничество в энергетике"
    analysis = analyse(gaz, title, CIS_COUNCIL_BODY)
    assert not another_organisations(analysis.matches, analysis.sco, analysis.title_end,
                                     analysis.text)
    assert analysis.relevance >= RELEVANCE_THRESHOLD


def test_a_look_alike_named_no_more_often_than_the_sco_leaves_it_kept(gaz) -> None:
    # written by us: a CIS headline over a report that names the SCO as often as the CIS
    title = "На заседании совета СНГ обсудили сотрудничество с ШОС"
    body = ("Генсек ШОС выступил на саммите ШОС в Тяньцзине. Саммит ШОС принял декларацию.")
    assert kept(gaz, title, body)


# ---- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize("title, body, evidence", [
    # set 28, r-0541a9b9ca (ufa-summit-2015, Mehr News Urdu): شانگہائی with heh goal, and
    # شانگھائی with the aspirate's heh
    ("شانگہائی تعاون تنظیم نے اپنے ارکان میں مزید اضافہ کیا ہے۔",
     "روس کے صدر ولادی میر پیوٹن نے جمعہ کو پاکستان اور ہندوستان کے شانگھائی تعاون تنظیم میں "
     "شامل کرنے کا اعلان کیا۔",
     ["شانگہائی تعاون تنظیم", "شانگھائی تعاون تنظیم"]),
    # set 28, r-9a14fbc50d (ufa-summit-2015, Armenpress): the adjective Շանհայան
    ("Հայաստանը գործընկերոջ կարգավիճակով կմիանա Շանհայան համագործակցության "
     "կազմակերպությանը. Պուտին", "",
     ["Շանհայան համագործակցության կազմակերպությանը"]),
    # Naya Page (Nepali): शाङ्घाइ with the short final i
    ("के हो शाङ्घाइ सहयोग संगठन, किन छ महत्वपूर्ण ?", "", ["शाङ्घाइ सहयोग संगठन"]),
    # bangla.1nojor.com (Bengali): the cooperation summit, and অরগানাইজেশন
    ("সাংহাই সহযোগিতা সম্মেলন ও মোদির চাতুরী",
     "চীনের উদ্যোগে প্রতিষ্ঠিত হয়েছিল সাংহাই কোঅপারেশন অরগানাইজেশন (এসসিও)।",
     ["সাংহাই সহযোগিতা সম্মেলন", "সাংহাই কোঅপারেশন অরগানাইজেশন", "এসসিও"]),
])
def test_the_scos_names(gaz, title: str, body: str, evidence: list[str]) -> None:
    assert found(gaz, title, body) == evidence
    assert kept(gaz, title, body)


@pytest.mark.parametrize("title, body", [
    # written by us: the city alone, and its cooperation with another city, are no SCO
    ("شانگہائی میں تجارتی میلہ", "شانگھائی اور کراچی کے درمیان تعاون بڑھ رہا ہے۔"),
    ("Շանհայան ցուցահանդես", "Շանհայի քաղաքապետարանը հայտարարել է ցուցահանդեսի մասին։"),
    ("সাংহাই শহরে সম্মেলন", "সাংহাই শহরে একটি বাণিজ্য সম্মেলন অনুষ্ঠিত হয়েছে।"),
])
def test_the_city_alone_is_no_sco(gaz, title: str, body: str) -> None:
    assert found(gaz, title, body) == []
    assert not kept(gaz, title, body)
