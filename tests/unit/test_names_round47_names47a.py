"""Round 47 (names47a): a list of statement subjects ends at an item that names a document of
its own; the ICRC as a memorandum's counterpart; the French examination of a document still to
come; Arabic conventions and intergovernmental agreements named by their subjects; Arabic
Astana and Dushanbe after the summit word.

The sentences marked "blind set 35" are quoted from real published reports
(tests/data/real-blind35); the others are written by names47a for these tests.
"""

from __future__ import annotations

from datetime import date

from round_helpers import GAZ, tagged_names

from pipeline.documents import document_key, tag_and_find
from pipeline.tagging import analyse

ASTANA_LIST = (
    "Moreover, the leaders of the SCO countries signed a convention on counteracting the "
    "extremism, a joint action plan on cooperation in tourism for 2017-2018, a statement on fight "
    "against terrorism, a memorandum of understanding between the SCO Secretariat and the "
    "International Committee of the Red Cross, and the Astana declaration."
)  # blind set 35


def test_a_statement_subject_list_stops_at_a_listed_memorandum() -> None:
    found = tagged_names(ASTANA_LIST)
    assert "Statement on fight against terrorism" in found
    assert not any(name.startswith("Statement on a memorandum") for name in found)


def test_the_icrc_is_the_counterpart_of_the_secretariats_memorandum() -> None:
    found = tagged_names(ASTANA_LIST)
    name = ("Memorandum of Understanding between the SCO Secretariat and the International "
            "Committee of the Red Cross")
    assert found.get(name) == "signed"


def test_statements_on_subjects_still_split_on_commas_and_and() -> None:
    # written by names47a
    found = tagged_names("The SCO leaders adopted the Tianjin Declaration and statements on food "
                         "security, energy security and climate change.")
    assert {"Statement on food security", "Statement on energy security",
            "Statement on climate change"} <= set(found)


def test_a_french_examination_of_a_declaration_is_planned() -> None:
    found = tagged_names(
        "L'enjeu principal de cette rencontre des ministres de l'OCS est l'examen de la "
        "déclaration de Douchanbé, censée refléter les positions des membres de l'OCS."
    )  # blind set 35, shortened
    assert found.get("Dushanbe Declaration") == "planned"


def test_a_declaration_without_a_step_is_still_not_a_document() -> None:
    # written by names47a: no verb of a step, no examination: nothing reported
    assert "Dushanbe Declaration" not in tagged_names(
        "Les ministres de l'OCS ont cité la déclaration de Douchanbé dans leur discours."
    )


def test_an_arabic_treaty_on_countering_extremism_is_the_convention() -> None:
    # blind set 35 (Xinhua Arabic)
    found = tagged_names(
        "كانت 8 دول وقعت على معاهدة منظمة شانغهاي للتعاون لمكافحة التطرف خلال قمة أستانة "
        "بقازاقستان التي عقدت في يونيو."
    )
    assert found.get("SCO Convention on Countering Extremism") == "signed"


def test_an_arabic_convention_keeps_subjects_joined_by_and_but_not_a_second_verb() -> None:
    # blind set 35 (Al-Binaa), with its shadda
    found = tagged_names("كما وقّع زعماء «شنغهاي» على وثائق أخرى، بينها ميثاق المنظمة حول التصدّي "
                         "للتطرف ومحاربة الإرهاب وبيان أستانة.")
    assert "SCO Convention on Countering Extremism" in found
    # written by names47a: the three subjects of the Shanghai Convention, in the text's order
    found = tagged_names("ووقع رؤساء دول منظمة شنغهاي للتعاون على اتفاقية شنغهاي لمكافحة الإرهاب "
                         "والانفصالية والتطرف.")
    # round 54 (names54): its key now joins the Shanghai Convention's known name (the SCO's one
    # convention on all three subjects)
    assert "Shanghai Convention on Combating Terrorism, Separatism and Extremism" in found


def test_an_arabic_agreement_without_a_subject_of_countering_is_no_convention() -> None:
    # written by names47a: a trade agreement with China, and the UN Charter
    found = tagged_names("ووقع رؤساء دول منظمة شنغهاي للتعاون على اتفاقية تجارية مع الصين، وفق "
                         "ميثاق الأمم المتحدة.")
    assert not any("Convention" in name for name in found)


def test_an_arabic_intergovernmental_agreement_is_named_by_its_subject() -> None:
    # blind set 35 (Kassioun)
    found = tagged_names(
        "وتم أيضاً في قمة منظمة شنغهاي للتعاون التوقيع على اتفاق حكومي دولي بشأن تهيئة "
        "الظروف المواتية للنقل البري الدولي.")
    name = "اتفاق حكومي دولي بشأن تهيئة الظروف المواتية للنقل البري الدولي"
    english = ("Agreement between the Governments of the SCO Member States on creating "
               "favourable conditions for international road transport")
    assert document_key(name) == document_key(english)
    # round 72 (lead): the agreement is a known document, found under its English title
    known = ("Agreement between the Governments of the SCO Member States on the Facilitation of "
             "International Road Transport")
    assert known in found and document_key(known) == document_key(name)


def test_an_arabic_intergovernmental_agreement_ends_at_a_relative_pronoun() -> None:
    # written by names47a
    found = tagged_names("ووقع قادة منظمة شنغهاي للتعاون على اتفاق حكومي دولي بشأن النقل البري "
                         "الذي سيعطي زخما للتعاون.")
    assert "اتفاق حكومي دولي بشأن النقل البري" in found


def test_arabic_astana_with_the_ta_marbuta_after_the_summit_word_places_the_convention() -> None:
    # blind set 35 (Xinhua Arabic): a heads of government report recalls the Astana signing
    docs = tag_and_find(GAZ, "", (
        "كانت 8 دول وقعت على معاهدة منظمة شانغهاي للتعاون لمكافحة التطرف خلال قمة أستانة "
        "بقازاقستان التي عقدت في يونيو."), date(2017, 12, 1))[1]
    assert [(d.meeting.venue, d.meeting.id) for d in docs] == [("Astana", "hsc-2017-astana")]


def _venues(body: str) -> list[str]:
    found = analyse(GAZ, "", body)
    return [m.entry.ref for m in found.matches if m.entry.kind == "venue"]


def test_persian_threshold_is_still_no_astana() -> None:
    # written by names47a: "در آستانه اجلاس" (on the eve of the summit) names no venue, while the
    # Arabic summit word before "أستانة" does
    assert _venues("رئیس جمهور در آستانه اجلاس سازمان همکاری شانگهای سخنرانی کرد.") == []
    assert _venues("وقعت الدول خلال قمة أستانة بقازاقستان.") == ["Astana"]
    assert _venues("على خلفية نتائج القمة في دوشنبه وقعت الدول.") == ["Dushanbe"]
