"""Round 58 of relevance (relev58, every dev set): a lead whose sentence names the SCO and its
summit or one of its meetings counts once more (a leader's arrival for the summit, the SCO named
once under a headline that does not name it); the Sindhi letters with the Arabic yeh; the
Romance "secretary-general" and the Belarusian locative "саміце" as context words of the
letters. Every text below was written by us (the round-58 helper) in the style of the reports;
none is quoted from a set. A real set's figure is asserted only as a floor the code meets."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import REAL_RELEVANCE_GROUP, real_relevance

from pipeline.tagging import RELEVANCE_THRESHOLD, analyse

ROOT = Path(__file__).resolve().parents[2]


def kept(gaz, title: str, body: str) -> bool:
    return analyse(gaz, title, body).relevance >= RELEVANCE_THRESHOLD


def found(gaz, title: str, body: str) -> list[str]:
    analysis = analyse(gaz, title, body)
    return [analysis.text[m.start : m.end] for m in analysis.sco]


# ---- the SCO's summit or meeting named in the lead -------------------------------------------

_FILLER = (
    "Havalimanında resmi törenle karşılanan Cumhurbaşkanı, akşam saatlerinde ev sahibi ülkenin "
    "lideriyle bir araya gelecek. Görüşmede ikili ticaret, enerji ve ulaştırma konularının ele "
    "alınması bekleniyor. Heyette Dışişleri Bakanı ve diğer bakanlar da yer alıyor. Ziyaret "
    "kapsamında iş dünyasının temsilcileriyle de bir toplantı düzenlenecek; yatırımcılar, "
    "yeni ulaştırma hatları ve liman projeleri hakkında bilgi alacak. Cumhurbaşkanının "
    "programı salı günü tamamlanacak ve heyet aynı gün yurda dönecek. Yetkililer, ziyaretin "
    "iki ülke arasındaki ticaret hacmini artırmaya yönelik yeni anlaşmalara zemin "
    "hazırlayacağını belirtti.")


@pytest.mark.parametrize("title, body", [
    # Turkish: an arrival, the SCO once, its summit in the same sentence (a dative ending on it)
    ("CUMHURBAŞKANI ÇİN'DE",
     "Cumhurbaşkanı Erdoğan, Şanghay İşbirliği Örgütü Zirvesi'ne katılmak üzere dün akşam "
     "Tianjin'e ulaştı. " + _FILLER),
    # an ordinal's full stop is no sentence's end: "25. Devlet Başkanları Konseyi Zirvesi"
    ("CUMHURBAŞKANI ÇİN'DE",
     "Cumhurbaşkanı Erdoğan, Şanghay İşbirliği Örgütü'nün 25. Devlet Başkanları Konseyi "
     "Zirvesi'ne katılmak üzere Tianjin'e ulaştı. " + _FILLER),
    # French: the summit before the name
    ("Le président arrive à Astana",
     "Le président a atterri ce matin à Astana, où doit se tenir jeudi un sommet de "
     "l'Organisation de coopération de Shanghai. Il sera reçu par son homologue kazakh dans "
     "l'après-midi, avant un dîner officiel. La délégation compte plusieurs ministres et des "
     "chefs d'entreprise, selon le service de presse de la présidence. Le programme prévoit "
     "aussi une visite d'un parc industriel et une rencontre avec des étudiants, puis des "
     "entretiens sur l'énergie, les transports et les investissements. Le retour est "
     "attendu vendredi soir, après une conférence de presse à l'aéroport."),
    # Chinese: the prime ministers' meeting
    ("新华社塔什干电",
     "上海合作组织成员国总理第七次会议2日在塔什干举行。各国总理就经贸、交通和能源合作交换了意见,"
     "并听取了各国代表团团长的发言。会议期间,中方代表团还同东道国举行了双边会谈,双方就农业和"
     "人文交流达成多项共识。"),
])
def test_a_lead_naming_the_sco_meeting_is_kept(gaz, title, body):
    assert kept(gaz, title, body)


@pytest.mark.parametrize("title, body", [
    # the SCO once in the lead, no summit or meeting in its sentence
    ("CUMHURBAŞKANI ÇİN'DE",
     "Cumhurbaşkanı Erdoğan, Şanghay İşbirliği Örgütü üyesi ülkelerle ticaretin arttığını "
     "söyledi. " + _FILLER),
    # the summit word in the lead, but in another sentence than the SCO's
    ("CUMHURBAŞKANI ÇİN'DE",
     "Zirve öncesinde liderler bir araya geldi. Cumhurbaşkanı Erdoğan, Şanghay İşbirliği "
     "Örgütü üyesi ülkelerle ticaretin arttığını söyledi. " + _FILLER),
])
def test_the_sco_once_without_its_meeting_stays_under(gaz, title, body):
    assert not kept(gaz, title, body)


def test_another_organisations_headline_still_sets_the_page_aside(gaz):
    # a BRICS summit's report that names the SCO's summit in its lead stays the BRICS's
    title = "BRICS summit opens in Kazan"
    body = ("The BRICS summit opened in Kazan on Tuesday, a year after the Shanghai Cooperation "
            "Organisation summit in Astana. BRICS leaders discussed payments and trade; BRICS "
            "ministers will meet again in spring.")
    assert not kept(gaz, title, body)


def test_a_look_alike_named_as_often_takes_the_summit(gaz):
    # the headline names no organisation; the lead's summit may be the look-alike's
    filler = ("Delegations discussed payments, grain and transport corridors. Officials said "
              "talks on a new payment system would go on in the spring, and several ministers "
              "are expected to sign trade papers on the last day. The host city prepared new "
              "hotels, a media centre and extra flights for the guests, local officials said. ")
    body = ("Leaders arrived in Kazan on Tuesday for the summit, a year after the Shanghai "
            "Cooperation Organisation summit in Astana. The BRICS chair welcomed them, and BRICS "
            "ministers met in the evening. " + filler)
    assert not kept(gaz, "Leaders gather in Kazan", body)
    # without the look-alike, the lead's sentence names the SCO's summit
    plain = body.replace("The BRICS chair welcomed them, and BRICS ministers met in the evening. ",
                         "")
    assert kept(gaz, "Leaders gather in Kazan", plain)


# ---- letters -------------------------------------------------------------------------------

def test_sindhi_letters_with_the_arabic_yeh(gaz):
    body = "وزيراعظم ايس سي او پلس اجلاس ۾ شرڪت ڪندو"
    assert found(gaz, "", body) == ["ايس سي او"]


@pytest.mark.parametrize("text", [
    "Le secrétaire général de l'OCS a reçu hier l'ambassadeur.",
    "El secretario general de la OCS visitó Dusambé.",
    "Il segretario generale della SCO ha incontrato il ministro.",
])
def test_romance_secretary_general_confirms_the_letters(gaz, text):
    assert found(gaz, "", text)


def test_the_romance_general_alone_confirms_nothing(gaz):
    assert not found(gaz, "", "En general, la OCS del canal fue un éxito.")


def test_belarusian_locative_of_the_summit(gaz):
    assert found(gaz, "", "Беларусь чакае ўступлення ў ШАС на саміце ў Астане.")
    # the Israeli party of the Russian press meets no Belarusian word
    assert not found(gaz, "", "Партия ШАС покинула коалицию в Иерусалиме.")


# ---- real sets: floors ---------------------------------------------------------------------

@REAL_RELEVANCE_GROUP
def test_real_sets_floor():
    kept_all = total = 0
    for r in real_relevance().values():
        kept_all += r["kept"]
        total += r["items"]
    assert total >= 3917
    assert kept_all >= 3855
