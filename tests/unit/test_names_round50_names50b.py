"""Round 50 (names50b): the Russian "put their signatures under", the Kazakh "Мәскеу" and "intend
to approve", an Arabic declaration's own text ("issued by" its council, "the following
declaration"), the Bulgarian memorandum of obligations ("document of commitments"), the Persian
law "passed" on a memorandum, and a headline's verb giving way to the body's.

The sentences marked with a set and an item id are quoted from real published reports
(tests/data/real-blindN); the others are written by names50b for these tests.
"""

from __future__ import annotations

from datetime import date

from round_helpers import tagged_names


def test_russian_put_their_signatures_under() -> None:
    # blind set 2, rb-7ef3161576
    text = (
        "Главы стран ШОС поставили подписи под Уфимской декларацией и Стратегией развития "
        "Шанхайской организации сотрудничества до 2025 года."
    )
    assert tagged_names(text) == {
        "Ufa Declaration": "signed",
        "SCO Development Strategy until 2025": "signed",
    }


def test_russian_signatures_without_the_idiom_are_no_step() -> None:
    # written by names50b: "сбор подписей" (collecting signatures) signs nothing
    text = "Активисты начали сбор подписей под обращением к саммиту ШОС об Уфимской декларации."
    assert tagged_names(text) == {}


def test_kazakh_moscow_declaration_intended_to_approve() -> None:
    # blind set 11, rb-efecd6409c
    text = (
        "Шанхай Ынтымақтастық Ұйымына қатысушы елдер басшылары кеңесі отырысының нәтижелері "
        "бойынша тараптар Мәскеу декларациясын, сондай-ақ бірнеше өзге де келісімдерді бекітуге "
        "ниетті."
    )
    assert tagged_names(text, date(2020, 11, 9)) == {"Moscow Declaration": "planned"}


def test_kazakh_approved_stays_approved() -> None:
    # written by names50b: the past "бекітті" (approved) is no intention
    text = "Шанхай Ынтымақтастық Ұйымына мүше елдер басшылары Мәскеу декларациясын бекітті."
    assert tagged_names(text, date(2020, 11, 10)) == {"Moscow Declaration": "approved"}


_ARABIC_TITLE = "إعلان تيانجين الصادر عن قادة دول مجلس منظمة شنغهاي للتعاون"


def test_arabic_declaration_own_text() -> None:
    # blind set 12, rb-3edca004a9: the declaration's own text under its title line
    text = (
        _ARABIC_TITLE + "\n\n"
        "عقد قادة منظمة شنغهاي للتعاون (يشار إليها فيما يلي باسم “منظمة شنغهاي للتعاون” أو "
        "“المنظمة”) اجتماعًا لمجلس رؤساء الدول في تيانجين بالصين، وأصدروا الإعلان التالي:\n\n"
        "أولاً"
    )
    assert tagged_names(text) == {"Tianjin Declaration": "adopted"}


def test_arabic_title_line_without_its_opening_is_no_text() -> None:
    # written by names50b: a title line over a news item is no declaration's own page
    text = _ARABIC_TITLE + "\n\nقال الرئيس إن القمة كانت ناجحة."
    assert tagged_names(text) == {}


def test_bulgarian_document_of_commitments() -> None:
    # blind set 36, rb-f4f9d1dc1b
    text = (
        "Иран подписа предварителен документ за ангажименти за статута на членка на ШОС още на "
        "миналогодишната среща на върха в Самарканд."
    )
    assert tagged_names(text, date(2023, 7, 4)) == {
        "Memorandum of Obligations of the Islamic Republic of Iran": "signed"
    }


def test_bulgarian_memorandum_of_obligations() -> None:
    # written by names50b
    text = "Иран подписа меморандум за задълженията за статута на членка на ШОС."
    assert tagged_names(text, date(2022, 9, 16)) == {
        "Memorandum of Obligations of the Islamic Republic of Iran": "signed"
    }


def test_bulgarian_document_of_cooperation_is_no_memorandum() -> None:
    # written by names50b: a document without commitments is none of obligations
    text = "Иран подписа документ за сътрудничество с ШОС."
    assert tagged_names(text, date(2023, 7, 4)) == {}


def test_persian_law_passed_on_the_memorandum() -> None:
    # blind set 32, rb-8fddcd8271
    text = (
        "مطابق اصل یکصد و بیست و سوم (۱۲۳) قانون اساسی جمهوری اسلامی ایران «قانون یادداشت تعهدات "
        "جمهوری اسلامی ایران در راستای کسب جایگاه دولت عضو در سازمان همکاری شانگهای» مصوب "
        "۱۴۰۱/۱۱/۱۸ مجلس شورای اسلامی بهشرح پیوست ابلاغ می شود."
    )
    assert tagged_names(text, date(2023, 2, 19)) == {
        "Memorandum of Obligations of the Islamic Republic of Iran": "approved"
    }


def test_persian_resolutions_are_no_approval() -> None:
    # written by names50b: "مصوبات" (resolutions) is no step
    text = "مصوبات نشست سران سازمان همکاری شانگهای درباره یادداشت تعهدات ایران"
    assert tagged_names(text) == {}


def test_headline_verb_gives_way_to_the_lead() -> None:
    # blind set 36, rb-9d1d316857: the headline "signed", the lead "adopted"
    text = (
        "Лидеры стран ШОС подписали Тяньцзиньскую декларацию\n"
        "Главы государств – членов Шанхайской организации сотрудничества (ШОС) приняли "
        "Тяньцзиньскую декларацию по итогам саммита в КНР, который стартовал 31 августа."
    )
    assert tagged_names(text, date(2025, 9, 1)) == {"Tianjin Declaration": "adopted"}


def test_two_sentences_keep_the_more_specific_step() -> None:
    # written by names50b: a first line that is a sentence (closing stop) is no headline
    text = (
        "Лидеры стран ШОС подписали Тяньцзиньскую декларацию.\n"
        "Главы государств – членов Шанхайской организации сотрудничества (ШОС) приняли "
        "Тяньцзиньскую декларацию по итогам саммита в КНР, который стартовал 31 августа."
    )
    assert tagged_names(text, date(2025, 9, 1)) == {"Tianjin Declaration": "signed"}


def test_headline_signed_against_the_lead_approved_stays_signed() -> None:
    # tests/data/real, r-9bdf2a680e: labelled signed, as its headline says
    text = (
        "Путин и другие лидеры стран ШОС подписали итоговую Астанинскую декларацию\n"
        "Астана, 4 июля, 2024, 11:07 — ИА Регнум. Лидеры стран — участниц Шанхайской организации "
        "сотрудничества (ШОС) утвердили итоговую декларацию по итогам заседания в Астане."
    )
    assert tagged_names(text, date(2024, 7, 4)) == {"Astana Declaration": "signed"}
