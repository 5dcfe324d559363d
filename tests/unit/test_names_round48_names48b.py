"""Round 48 (names48b): Persian states that became members by signing a memorandum (their
memoranda of obligations); Arabic documents put forward for a summit's agenda are planned, and
"these documents" after such a package gives its step.

The sentences marked "blind set 33" or "blind set 35" are quoted from real published reports
(tests/data/real-blind33, tests/data/real-blind35); the others are written by names48b for
these tests.
"""

from __future__ import annotations

from round_helpers import tagged_names

from pipeline.documents import document_key

FA_JOINED = (
    "دو کشور هند و پاکستان با امضای یاداشت تفاهم سازمان همکاری شانگهای، به عضویت دائم این "
    "سازمان درآمدند.\n"
    "ممنون حسین رئیس جمهور پاکستان به عنوان نماینده این کشور در این اجلاس شرکت داشت."
)  # blind set 35


def test_persian_states_that_joined_by_signing_a_memorandum_signed_their_obligations() -> None:
    found = tagged_names(FA_JOINED)
    assert found.get("Memorandum of Obligations of the Republic of India") == "signed"
    assert found.get("Memorandum of Obligations of the Islamic Republic of Pakistan") == "signed"


def test_persian_membership_without_the_signing_that_brought_it_names_no_memorandum() -> None:
    # written by names48b: a membership application beside a memorandum of another subject
    text = (
        "هند و پاکستان یادداشت تفاهم همکاری گمرکی را امضا کردند و درخواست عضویت دائم در سازمان "
        "همکاری شانگهای را ارائه کردند."
    )
    assert not any(name.startswith("Memorandum of Obligations") for name in tagged_names(text))


def test_persian_membership_by_signing_needs_the_joining_verb() -> None:
    # written by names48b: "by signing the memorandum they applied for membership": no joining
    text = (
        "هند و پاکستان با امضای یادداشت تفاهم سازمان همکاری شانگهای، برای عضویت دائم درخواست "
        "دادند."
    )
    assert not any(name.startswith("Memorandum of Obligations") for name in tagged_names(text))


AR_AGENDA = (
    "وقال نوروف للصحافيين: وافق وزراء الخارجيّة للدول الأعضاء في منظمة شنغهاي للتعاون على حزمة "
    "كبيرة من الوثائق التي ستطرح لإدراجها على جدول أعمال قمة رؤساء الدول، في المجموع أكثر من 20 "
    "وثيقة .\n"
    "ولفت نوروف إلى أن أهم هذه الوثائق هو إعلان بشكيك لمجلس رؤساء دول منظمة شنغهاي للتعاون ."
)  # blind set 33


def test_arabic_documents_put_forward_for_the_agenda_are_planned() -> None:
    assert tagged_names(AR_AGENDA).get("Bishkek Declaration") == "planned"


def test_arabic_signed_declaration_keeps_its_step() -> None:
    # written by names48b: a signing with no agenda word
    text = "وقّع قادة دول منظمة شنغهاي للتعاون على إعلان بشكيك خلال القمة."
    assert tagged_names(text).get("Bishkek Declaration") == "signed"


AR_ASTANA = (
    "كما وقّع زعماء «شنغهاي» على وثائق أخرى، بينها ميثاق المنظمة حول التصدّي للتطرف ومحاربة "
    "الإرهاب وبيان أستانة."
)  # blind set 35


def test_arabic_declaration_word_before_astana_is_the_astana_declaration() -> None:
    assert tagged_names(AR_ASTANA).get("Astana Declaration") == "signed"


def test_persian_statement_word_before_threshold_names_no_venue() -> None:
    # written by names48b: Persian بیان (expression) before آستانه (threshold)
    text = (
        "رهبران سازمان همکاری شانگهای در بیان آستانه تحمل خود سخن گفتند و سندی را امضا کردند."
    )
    assert not any(name.endswith("Declaration") for name in tagged_names(text))


FR_LEAD = (
    "Le Kazakhstan participe au 15ième sommet de l’Organisation de Coopération de Shanghai, qui "
    "se tient en Russie dans la ville d’Oufa.\n\n"
)  # written by names48b, after blind set 35's report
FR_STRATEGY = (
    "Une Stratégie de développement à l’horizon 2025 devrait selon toute logique être définie "
    "durant les rencontres des chefs d’états et des représentants officiels."
)  # blind set 35


def test_french_passive_infinitive_after_a_modal_is_planned() -> None:
    found = tagged_names(FR_LEAD + FR_STRATEGY)
    assert found.get("SCO Development Strategy until 2025") == "planned"


def test_french_done_passive_stays_done() -> None:
    # written by names48b: "a été adoptée" is no infinitive
    text = FR_LEAD + (
        "Une Stratégie de développement à l’horizon 2025 a été adoptée durant les rencontres des "
        "chefs d’états."
    )
    assert tagged_names(text).get("SCO Development Strategy until 2025") == "adopted"


def test_the_french_indefinite_article_is_no_part_of_the_key() -> None:
    assert document_key("Une Stratégie de développement à l’horizon 2025") == document_key(
        "SCO Development Strategy until 2025"
    )


VI_UFA = (
    "Ngày 10/7, tại Ufa, Liên bang Nga, đã bế mạc Hội nghị thượng đỉnh Tổ chức hợp tác Thượng "
    "Hải (SCO).\n"
    "Nguyên thủ các nước thành viên SCO đã thông qua Tuyên bố Ufa, Chiến lược phát triển Tổ chức "
    "hợp tác Thượng Hải đến năm 2025 và nhiều văn kiện khác."
)  # blind set 33


def test_vietnamese_title_runs_in_lower_case_to_its_period() -> None:
    found = tagged_names(VI_UFA)
    assert found.get("SCO Development Strategy until 2025") == "adopted"
    assert found.get("Ufa Declaration") == "adopted"


def test_vietnamese_until_the_year_and_the_sco_name_key_as_english() -> None:
    assert document_key("Chiến lược phát triển Tổ chức hợp tác Thượng Hải đến năm 2025") == (
        document_key("SCO Development Strategy until 2025")
    )


def test_vietnamese_lower_case_strategy_word_is_no_title() -> None:
    # written by names48b: "a development strategy until 2030" in lower case, no title
    text = VI_UFA.split("\n")[0] + (
        "\nCác nhà lãnh đạo đã thông qua chiến lược phát triển kinh tế đến năm 2030."
    )
    assert not any("2030" in name for name in tagged_names(text))
