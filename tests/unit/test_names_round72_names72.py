"""Round 72 (names72): document names round 71 left (issue 14).

- Urdu statements named head-final by their subjects ("... 80 ویں سالگرہ پر بیان", "کثیر الجہتی
  تجارتی نظام کی حمایت پر بیان", CRI Urdu, blind set 32) and the plural "جاری کی گئیں" (were
  issued).
- Korean "특별 성명" (a special statement) after the UN's 80th anniversary in its clause (blind set
  32).
- Hindi "दो विषय अनुसार वक्तव्य" (two statements by subject) named in the next sentence, "एक ...
  और दूसरा ..." (blind set 44).
- A Russian agreement in lower case after "в рамках" (within the framework of), whose signing the
  next sentence tells (blind set 52).
- "until 2035" with the year's word or article in more languages (keys).
"""

from __future__ import annotations

from datetime import date

from round_helpers import found_names

from pipeline.documents.keys import document_key, same_document

UN80 = ("Statement on the 80th Anniversary of the Victory in World War II and the Founding of the "
        "United Nations")
TRADE = "Statement on Supporting the Multilateral Trading System"

_URDU = (
    "یکم ستمبر کو شنگھائی تعاون تنظیم کے سربراہان مملکت کی کونسل کا 25 واں اجلاس چین کے شہر "
    "تھیانجن میں منعقد ہوا۔شنگھائی تعاون تنظیم کے رکن ممالک کے سربراہان مملکت نے شنگھائی تعاون "
    "تنظیم کے سربراہان مملکت کی کونسل کے تھیانجن اعلامیے پر دستخط کئے اور اسے جاری کیا۔ "
    "دوسری جنگ عظیم میں فتح اور اقوام متحدہ کے قیام کی 80 ویں سالگرہ پر بیان ، کثیر الجہتی تجارتی "
    "نظام کی حمایت پر بیان اور سیکیورٹی، معیشت، ثقافتی تعاون اور تنظیمی تعمیر کو مضبوط بنانے "
    "سمیت24 نتائج پر مبنی دستاویزات جاری کی گئیں۔"
)


def test_urdu_statements_named_by_their_subjects_are_adopted() -> None:
    found = found_names(_URDU, date(2025, 9, 1))
    assert found.get(UN80) == "adopted"
    assert found.get(TRADE) == "adopted"
    assert found.get("Tianjin Declaration") == "signed"


def test_urdu_support_of_another_thing_names_no_statement() -> None:
    body = _URDU.replace("کثیر الجہتی تجارتی نظام کی حمایت", "ترقی پذیر ممالک کی حمایت")
    found = found_names(body, date(2025, 9, 1))
    assert TRADE not in found
    assert found.get(UN80) == "adopted"


def test_urdu_anniversary_statement_of_another_body_is_no_un_statement() -> None:
    body = _URDU.replace("اقوام متحدہ کے قیام کی 80 ویں", "تنظیم کے قیام کی 25 ویں")
    assert UN80 not in found_names(body, date(2025, 9, 1))


_KOREAN = (
    "(중국 톈진=신화통신) 1일 '상하이협력기구(SCO) 톈진(天津) 정상회의'가 "
    '끝날 무렵 왕이(王毅) 중국공산당 중앙정치국 위원이자 외교부장이 정상회의 미디어'
    '센터에서 누를란 예르멕바예프 SCO 사무총장과 공동 기자회견을 가지고 중국 내외'
    '신 기자들의 질문에 답했다.\n둘, 제2차 세계대전 승리 성과를 수호하자는 정의로'
    '운 목소리를 냈다. 제2차 세계대전 승리와 유엔(UN) 창설 80주년이라는 중요'
    '한 시점에 개최된 만큼 정상회의는 특별 성명을 발표해 국제사회가 역사를 거울 삼'
    '고 올바른 2차 세계대전 역사관을 견지하면서 UN을 중심으로 한 국제 체계를 수'
    '호할 것을 촉구했다.'
)


def test_korean_special_statement_after_the_un_anniversary_is_the_un80_statement() -> None:
    assert found_names(_KOREAN, date(2025, 9, 2)).get(UN80) == "adopted"


def test_korean_special_statement_without_the_anniversary_names_nothing() -> None:
    body = _KOREAN.replace("제2차 세계대전 승리와 유엔(UN) 창설 80주년이라는", "이번이라는")
    assert UN80 not in found_names(body, date(2025, 9, 2))


_HINDI = (
    "नई दिल्ली, 04 जुलाई । शंघाई सहयोग संगठन (एससीयू) की शिखर वार्ता भारत की अध्यक्षता में "
    "मंगलवार को वर्चुअल माध्यम से संपन्न हुई।\n"
    "शिखर वार्ता के बाद विदेश सचिव विनय मोहन क्वात्रा ने जानकारी दी कि निष्कर्ष के तौर पर नेताओं "
    "ने न्यू दिल्ली डिक्लेरेशन और दो विषय अनुसार वक्तव्य अपनाएं। एक आतंकवाद, चरमपंथ और अलगाववाद "
    "की ओर ले जाने वाली कट्टरता से निपटने में सहयोग और दूसरा डिजिटल ट्रांसफॉर्मेशन में सहयोग।"
)
RADICAL = ("Statement on Cooperation in Countering Radicalisation Leading to Terrorism, Separatism "
           "and Extremism")
DIGITAL = "Statement on Cooperation in Digital Transformation"


def test_hindi_two_statements_named_in_the_next_sentence_are_adopted() -> None:
    found = found_names(_HINDI, date(2023, 7, 4))
    assert found.get(RADICAL) == "adopted"
    assert found.get(DIGITAL) == "adopted"
    assert found.get("New Delhi Declaration") == "adopted"


def test_hindi_unknown_subject_names_neither_statement() -> None:
    body = _HINDI.replace("डिजिटल ट्रांसफॉर्मेशन में सहयोग", "पर्यटन में सहयोग")
    found = found_names(body, date(2023, 7, 4))
    assert RADICAL not in found and DIGITAL not in found


def test_hindi_statement_labels_key_as_the_names() -> None:
    assert same_document(document_key(DIGITAL),
                         document_key("Statement on cooperation in digital transformation"))


_RUSSIAN = (
    "Премьер-министр Таджикистана Кохир Расулзода предложил активизировать усилия для скорейшего "
    "запуска шести маршрутов для автомобильных перевозок на пространстве Шанхайской организации "
    "сотрудничества (ШОС).\n\n"
    "«Считаем необходимым поручить транспортным ведомствам и совместной комиссии, сформированной в "
    "рамках соглашения о создании благоприятных условий для международных автомобильных "
    "перевозок, активизировать усилия по скорейшему запуску шести автомобильных маршрутов», — "
    "сказал он, выступая на заседании Совета глав правительств стран ШОС, проходящем в Бишкеке.\n\n"
    "Соглашение было подписано в Душанбе в 2014 году и вступило в силу в январе 2017 года."
)
# round 72 (lead): a known document since, so found under its English title
ROAD = ("Agreement between the Governments of the SCO Member States on the Facilitation of "
        "International Road Transport")


def test_russian_agreement_in_lower_case_within_the_framework_is_signed() -> None:
    assert found_names(_RUSSIAN, date(2023, 10, 26)).get(ROAD) == "signed"


def test_russian_lower_case_agreement_without_the_framework_is_no_name() -> None:
    body = _RUSSIAN.replace("в рамках соглашения", "для соглашения")
    assert ROAD not in found_names(body, date(2023, 10, 26))


def test_until_2035_with_its_article_or_year_word_keys_as_the_strategy() -> None:
    label = document_key("SCO Development Strategy until 2035")
    for name in ("la Estrategia hasta 2035", "Estrategia hasta el año 2035",
                 "Estratégia até ao ano 2035", "Strategie bis zum Jahr 2035",
                 "Strategia di sviluppo fino a 2035", "Estratègia fins al 2035",
                 "Strategia rozwoju SZOW do 2035 roku", "Strategia do roku 2035"):
        assert same_document(document_key(name), label), name


def test_portuguese_of_the_year_is_no_until() -> None:
    assert "until" not in document_key("Plano do 2035")
