"""Round 40 (issue 14, blind sets 29-32 as dev): document names on unseen text. Keys by class:
the partners' official name forms and their Chinese names, a transliteration of Tianjin, an
Indonesian founding, French "en matière de", English "opposing", Korean spans and ranges, a
Chinese plan named after its strategy; finders: "will ink", Polish obligations, a capitals title
run on to its tail, a list's "Including" line, a concept named by its type word alone, the
Arabic passive of approval and its action plans, Chinese 及其《落实行动计划》 and 批準. Every
sentence here is written for these tests by the scowatch developers (modelled on the kinds of
reports the sets hold), none is copied from the sets; the titles are documents' names."""

from __future__ import annotations

import pytest
from round_helpers import found_keys

from pipeline.documents.keys import document_key


@pytest.mark.parametrize(
    ("variant", "label"),
    [
        # an official form of a partner's name is the state
        (
            "Memorandum on granting Nepal the status of SCO dialogue partner",
            "Memorandum on granting the Federal Democratic Republic of Nepal the status of SCO "
            "dialogue partner",
        ),
        (
            "Memorandum on granting Cambodia the status of SCO dialogue partner",
            "Memorandum on granting the Kingdom of Cambodia the status of SCO dialogue partner",
        ),
        (
            "Memorandum on granting Qatar the status of SCO dialogue partner",
            "Memorandum on granting the State of Qatar the status of SCO dialogue partner",
        ),
        (
            "Memorandum on granting Egypt the status of SCO dialogue partner",
            "Memorandum on granting the Arab Republic of Egypt the status of SCO dialogue partner",
        ),
        # the same memorandum in Chinese, both scripts
        (
            "关于给予柬埔寨上海合作组织对话伙伴国地位的备忘录",
            "Memorandum on granting the Kingdom of Cambodia the status of SCO dialogue partner",
        ),
        (
            "關於給予尼泊爾上海合作組織對話夥伴地位的備忘錄",
            "Memorandum on granting the Federal Democratic Republic of Nepal the status of SCO "
            "dialogue partner",
        ),
        # Тяньдзинская: Tianjin with дз for цз
        ("Тяньдзинская декларация", "Tianjin Declaration"),
        # Indonesian: the declaration of its founding
        (
            "Deklarasi Berdirinya Organisasi Kerja Sama Shanghai",
            "Declaration on the Establishment of the Shanghai Cooperation Organisation",
        ),
        # French "en matière de" says where
        (
            "Programme de coopération en matière de lutte contre le terrorisme, le séparatisme et "
            "l'extrémisme pour 2010-2012",
            "Programme of Cooperation in Combating Terrorism, Separatism and Extremism for "
            "2010-2012",
        ),
        # English "opposing" is combating
        (
            "Program of Cooperation in Opposing Terrorism, Separatism and Extremism for 2010-2012",
            "Programme of Cooperation in Combating Terrorism, Separatism and Extremism for "
            "2010-2012",
        ),
        # Korean: a range written 2026~2035년 is the strategy until its end year
        ("SCO 미래 10년(2026~2035년) 발전 전략", "SCO Development Strategy until 2035"),
        # Chinese: a plan named after the strategy it implements keeps its range
        (
            "2012-2017年上海合作组织成员国禁毒战略落实行动计划",
            "Action Plan for the Implementation of the SCO Anti-Drug Strategy 2012-2017",
        ),
        # the observer mission's regulation
        (
            "上海合作组织观察员团观察总统和(或)议会选举及全民公决条例",
            "Regulation on the SCO Observer Mission at Presidential and/or Parliamentary "
            "Elections and Referendums",
        ),
    ],
)
def test_variants_key_as_the_label(variant: str, label: str) -> None:
    assert document_key(variant) == document_key(label)


def test_other_official_words_stay() -> None:
    """'United Arab Emirates' keeps its words: only the official forms before a state go."""
    assert "arab" in document_key("Memorandum on granting the United Arab Emirates the status")


def test_korean_coming_years_are_no_topic() -> None:
    """향후 10년 (the coming ten years) is the span, as 미래 10년 is."""
    assert document_key("상하이협력기구 향후 10년 발전 전략") == "development strategy"


def test_will_ink_is_planned() -> None:
    """"Will ink" a memorandum of obligation: the two acceding states' memoranda, planned."""
    found = found_keys(
        "The SCO summit opened in Tashkent. India and Pakistan will ink a memorandum of "
        "obligation for obtaining the SCO member state status at the meeting."
    )
    assert found.get(document_key("Memorandum of Obligations of the Republic of India")) == (
        "planned"
    )
    assert found.get(
        document_key("Memorandum of Obligations of the Islamic Republic of Pakistan")
    ) == "planned"


def test_capitals_title_run_on_to_its_subject() -> None:
    """A page that is a declaration's text under its title in capitals, its subject after."""
    found = found_keys(
        "[Title] ASTANA DECLARATION On the Tenth Anniversary of the Shanghai Cooperation "
        "Organization\n[Place] Astana\n"
        "The heads of the member states of the Shanghai Cooperation Organization, meeting in "
        "Astana, hereby state the following:\n"
    )
    assert found.get(document_key("Astana Declaration")) == "adopted"


def test_a_list_goes_on_after_including() -> None:
    """'Including' on a line of its own between a list's lead and its dashed items; an item cut
    to its type word ("the Concept of the SCO" before its lower case) names no document."""
    found = found_keys(
        "The Council of Heads of State of the Shanghai Cooperation Organization met in Bishkek.\n"
        "Twenty documents in total have been adopted. Including\n"
        "– on the Action Plan for 2030-2034 for the implementation of the Treaty on Long-Term "
        "Good-Neighbourliness, Friendship and Cooperation;\n"
        "– on the Concept of the SCO member states on the development of river transport;\n"
    )
    plan = document_key(
        "Action Plan for 2030-2034 for the Implementation of the Treaty on Long-Term "
        "Good-Neighbourliness, Friendship and Cooperation"
    )
    assert plan in found
    assert "concept" not in found


def test_arabic_passive_approval_and_action_plan() -> None:
    """"تمت الموافقة على" (was approved) before a programme and an action plan with its article;
    the plan implementing a strategy is no strategy."""
    found = found_keys(
        "عقدت قمة منظمة شنغهاي للتعاون في بيشكيك.\n"
        "كما تمت الموافقة على برنامج تعاون لمكافحة الإرهاب والانفصالية والتطرف للأعوام 2031 – "
        "2033، وخطة العمل لتنفيذ استراتيجية التنمية الاقتصادية للمنظمة حتى عام 2040."
    )
    programme = document_key(
        "Programme of Cooperation in Combating Terrorism, Separatism and Extremism for 2031-2033"
    )
    plan = document_key(
        "Action Plan for the Implementation of the SCO Economic Development Strategy until 2040"
    )
    assert found.get(programme) == "approved"
    assert found.get(plan) == "approved"
    assert document_key("SCO Economic Development Strategy until 2040") not in found


def test_chinese_its_action_plan() -> None:
    """及其《落实行动计划》 (and its action plan) is the plan of the strategy named before it."""
    found = found_keys(
        "上海合作组织元首理事会会议批准了"
        "《2030-2035年上海合作组织成员国禁毒战略》及其《落实行动计划》。"
    )
    assert found.get(document_key("SCO Anti-Drug Strategy for 2030-2035")) == "approved"
    plan = document_key(
        "Action Plan for the Implementation of the SCO Anti-Drug Strategy 2030-2035"
    )
    assert found.get(plan) == "approved"
    assert document_key("落实行动计划") not in found


def test_traditional_approval() -> None:
    """批準, as a traditional-script page writes 批准."""
    found = found_keys(
        "上海合作組織外長理事會會議批準了"
        "《上海合作組織觀察員團觀察總統和(或)議會選舉及全民公決條例》。"
    )
    key = document_key(
        "Regulation on the SCO Observer Mission at Presidential and/or Parliamentary Elections "
        "and Referendums"
    )
    assert found.get(key) == "approved"


def test_russian_title_ends_before_its_predicate() -> None:
    """A verb in -ят after a title is the sentence's predicate, no word of the title."""
    found = found_keys(
        "Принятие на саммите ШОС в Бишкеке Конвенции по противодействию экстремизму усилят "
        "сотрудничество в сфере безопасности, считает министр."
    )
    assert document_key("SCO Convention on Countering Extremism") in found


def test_romance_title_ends_before_a_new_clause() -> None:
    """Spanish "y elaboraron" (and drafted) after a programme's subjects opens the next clause;
    "hasta el 2040" is until 2040; "al" (to the) is no word of a key."""
    found = found_keys(
        "La cumbre de la Organización de Cooperación de Shanghai (OCS) se celebró en Bishkek.\n"
        "Los líderes de la OCS firmaron la declaración de Bishkek. También aprobaron la "
        "estrategia de desarrollo de la organización hasta el 2040, un programa de cooperación "
        "2031-2033 para el combate al terrorismo, el separatismo y el extremismo y elaboraron un "
        "tratado."
    )
    programme = document_key(
        "Programme of Cooperation in Combating Terrorism, Separatism and Extremism for 2031-2033"
    )
    assert found.get(programme) == "approved"
    assert found.get(document_key("Development Strategy until 2040")) == "approved"
    assert document_key("Estrategia de desarrollo hasta el 2040") == document_key(
        "Development Strategy until 2040"
    )


def test_hindi_joining_is_accession() -> None:
    """Hindi "शामिल होने के लिए" (to join): the signer's memorandum of obligations."""
    found = found_keys(
        "बेलारूस ने शंघाई सहयोग संगठन में शामिल होने के लिए ज्ञापन पर हस्ताक्षर किए\n"
        "शंघाई सहयोग संगठन का शिखर सम्मेलन आज संपन्न हुआ।"
    )
    key = document_key("Memorandum of Obligations of the Republic of Belarus")
    assert found.get(key) == "signed"
