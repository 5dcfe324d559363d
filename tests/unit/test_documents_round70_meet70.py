"""Round 70 (meet70): the Indic danda and Urdu's full stop end a sentence for the document
finder, a dateline's mark excepted; venue declarations whose text the page reports as what
"reflects" the meeting's outcome or quotes after a verb of saying; the Hindi participle "issued
today" and the Marathi past of adopting. Excerpts from blind sets 3, 13, 31, 32, 41, 44, 49, 52
(shortened)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import find_documents, sentences
from tests.unit.round_helpers import found_names


def _split(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentences(text)]


def _statuses(body: str, day: date | None = None) -> dict[str, str]:
    return {d.name: d.status for d in find_documents("", body, day)}


# ---- the danda and Urdu's full stop -------------------------------------------------------------


def test_danda_ends_a_hindi_sentence():
    text = "तियानजिन घोषणा पत्र में आतंकवाद की निंदा की गई। इसमें भारत के योगदान को स्वीकार किया गया।"
    assert _split(text) == [
        "तियानजिन घोषणा पत्र में आतंकवाद की निंदा की गई।",
        "इसमें भारत के योगदान को स्वीकार किया गया।",
    ]


def test_urdu_full_stop_ends_a_sentence_glued_to_the_next():
    text = "وزیر خارجہ ماسکو روانہ ہوگئے۔وزیر خارجہ اجلاس میں شرکت کریں گے۔"
    assert _split(text) == ["وزیر خارجہ ماسکو روانہ ہوگئے۔", "وزیر خارجہ اجلاس میں شرکت کریں گے۔"]


@pytest.mark.parametrize("dateline", [
    "नई दिल्ली, 25 अक्टूबर (हि.स.)।",
    "SCO Tianjin Declaration: नई दिल्ली/तियानजिन ।",
    "بیجنگ ۔",
])
def test_a_datelines_mark_stays_inside_the_sentence(dateline):
    text = f"{dateline} चीन में तियानजिन शहर में एससीओ की बैठक में घोषणापत्र जारी किया गया।"
    assert _split(text) == [text]


def test_a_short_sentence_after_another_on_its_line_is_no_dateline():
    # the mark after "बैठक हुई।" ends a sentence: one ended before it on the same line
    text = "एससीओ के नेता सोमवार को तियानजिन पहुंचे। बैठक हुई। घोषणापत्र जारी किया गया।"
    assert len(_split(text)) == 3


def test_a_long_opening_line_is_no_dateline():
    text = ("शंघाई सहयोग संगठन के नेताओं ने आज तियानजिन में एक लंबी बैठक की। घोषणापत्र जारी "
            "किया गया।")
    assert len(_split(text)) == 2


def test_urdu_strategy_no_longer_takes_the_declarations_verb():
    # blind set 32 (CRI Urdu): the declaration "signed and issued", then the strategy "approved"
    body = (
        "یکم ستمبر کو شنگھائی تعاون تنظیم کے سربراہان مملکت کی کونسل کا 25 واں اجلاس چین کے شہر "
        "تھیانجن میں منعقد ہوا۔شنگھائی تعاون تنظیم کے رکن ممالک کے سربراہان مملکت نے شنگھائی تعاون "
        "تنظیم کے سربراہان مملکت کی کونسل کے تھیانجن اعلامیے پر دستخط کئے اور اسے جاری کیا۔"
        " شنگھائی تعاون تنظیم (ایس سی او) کی آئندہ 10 سال (2026-2035) کی ترقیاتی"
        " حکمت عملی کی منظوری دی گئی۔"
    )
    assert _statuses(body, date(2025, 9, 1)) == {
        "Tianjin Declaration": "signed", "SCO Development Strategy for 2026-2035": "approved"}


def test_hindi_dateline_keeps_the_declaration_with_its_verb():
    # blind set 49 (a Hindi wire copy under the headline's English label)
    body = (
        "SCO Tianjin Declaration: नई दिल्ली/तियानजिन । चीन में तियानजिन शहर में सोमवार को "
        "आयोजित शंघाई सहयोग संगठन (SCO) की बैठक में एससीओ नेताओं ने सर्वसम्मति से घोषणापत्र "
        "जारी किया।"
    )
    assert found_names(body, date(2025, 9, 1)) == {"Tianjin Declaration": "adopted"}


# ---- Hindi "issued today" and Marathi "adopted" -------------------------------------------------


def test_hindi_issued_today_after_the_summit():
    # blind set 49: "in the Tianjin Declaration issued today after the summit"
    body = (
        "शंघाई सहयोग संगठन (एससीओ) का शिखर सम्मेलन हुआ।\nचीन में, शंघाई सहयोग संगठन के "
        "शासनाध्यक्षों के शिखर सम्मेलन के बाद आज जारी तियानजिन घोषणा पत्र में आतंकवाद के खिलाफ "
        "स्पष्ट और एकजुट संदेश दिया गया।"
    )
    assert found_names(body, date(2025, 9, 1)) == {"Tianjin Declaration": "adopted"}


def test_hindi_ongoing_today_is_no_issuing():
    # "जारी" alone is also "ongoing": "the talks on the declaration go on today"
    body = "शंघाई सहयोग संगठन (एससीओ) का शिखर सम्मेलन।\nतियानजिन घोषणा पत्र पर बातचीत आज जारी रही।"
    assert found_names(body, date(2025, 8, 31)) == {}


def test_marathi_adopted():
    # blind set 52 (a Marathi current-affairs page)
    body = (
        "१७ सप्टेंबर २०२१ रोजी शांघाय सहकार्य परिषदेच्या राष्ट्र प्रमुखांची २१वी शिखर परिषद "
        "तझाकिस्तानच्या दुशान्बे येथे पार पडली.\nया बैठकीदरम्यान एससीओ सदस्य देशांनी "
        "अफगाणिस्तानातील दहशतवाद आणि स्थिरतेला प्रोत्साहन देण्यासाठी दुशान्बे घोषणापत्र स्वीकारले."
    )
    assert found_names(body) == {"Dushanbe Declaration": "adopted"}


def test_marathi_page_without_the_verb_names_nothing():
    body = (
        "शांघाय सहकार्य परिषदेच्या राष्ट्र प्रमुखांची २१वी शिखर परिषद दुशान्बे येथे पार पडली.\n"
        "दुशान्बे घोषणापत्राची चर्चा झाली."
    )
    assert found_names(body) == {}


# ---- venue declarations whose content the page reports ------------------------------------------


@pytest.mark.parametrize(("body", "day", "name"), [
    # blind set 41 (Kotz, English)
    ("The SCO summit in Tianjin ended on Monday. The outcomes of China's chairmanship are "
     "reflected in the Tianjin Declaration.", date(2025, 9, 2), "Tianjin Declaration"),
    # blind set 3
    ("The SCO summit was held in Bishkek. The joint positions of the participants were "
     "reflected in the so-called \"Bishkek Declaration.", date(2013, 9, 14), "Bishkek Declaration"),
    # blind set 13
    ("Саммит ШОС прошел в Тяньцзине. Итоги китайского председательства в ШОС отражены в "
     "Тяньцзиньской декларации.", date(2025, 9, 2), "Tianjin Declaration"),
    # blind set 31
    ("上海合作組織比什凱克峰會閉幕。各方的一致立場體現在《比什凱克宣言》中。", date(2019, 6, 15),
     "Bishkek Declaration"),
])
def test_what_the_declaration_reflects(body, day, name):
    assert _statuses(body, day).get(name) == "adopted"


def test_reflected_in_a_declaration_of_no_venue_names_nothing():
    body = ("The SCO summit ended on Monday. The outcomes of China's chairmanship are reflected "
            "in the final declaration.")
    assert _statuses(body, date(2025, 9, 2)) == {}


def test_french_verb_of_saying_opening_a_quotation():
    # blind set 44 (French, from Reuters)
    body = (
        "La décision a été annoncée par l'OCS, à l'occasion de son sommet qui se tient ce jeudi "
        "4 juillet à Astana (Kazakhstan). La déclaration d'Astana « souligne l'engagement de tous "
        "les participants de l'Organisation de coopération de Shanghai en faveur de la formation "
        "d'un ordre mondial multipolaire équitable », a assuré Vladimir Putin."
    )
    assert _statuses(body, date(2024, 7, 5)) == {"Astana Declaration": "adopted"}


def test_a_quotation_without_a_verb_of_saying_names_nothing():
    body = (
        "Le sommet de l'OCS se tient ce jeudi 4 juillet à Astana (Kazakhstan). La déclaration "
        "d'Astana « un ordre mondial multipolaire équitable », a dit Vladimir Putin."
    )
    assert _statuses(body, date(2024, 7, 5)) == {}


# ---- native digits in meeting clues --------------------------------------------------------------

_MARATHI_DUSHANBE = (
    "  • १७ सप्टेंबर २०२१ रोजी शांघाय सहकार्य परिषदेच्या राष्ट्र प्रमुखांची शिखर परिषद "
    "तझाकिस्तानच्या दुशान्बे येथे पार पडली.\n  • या बैठकीदरम्यान एससीओ सदस्य देशांनी "
    "दुशान्बे घोषणापत्र स्वीकारले."
)


def test_devanagari_year_places_the_declaration():
    # blind set 52: Dushanbe hosted the summits of 2008, 2014 and 2021; the year tells them apart
    found = find_documents("", _MARATHI_DUSHANBE, None)
    assert [(d.name, d.meeting.id) for d in found] == [
        ("Dushanbe Declaration", "hsc-2021-dushanbe")]


def test_without_the_year_dushanbe_stays_unresolved():
    body = _MARATHI_DUSHANBE.replace("१७ सप्टेंबर २०२१ रोजी ", "")
    found = find_documents("", body, None)
    assert [(d.name, d.meeting.id) for d in found] == [("Dushanbe Declaration", None)]
