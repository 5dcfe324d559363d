"""Round 44 (names44): a summit's list of documents with one status verb, its later items
joined by the Arabic conjunction attached to the type word; Italian keys of the anti-drug
strategy and the programme against the three evils."""

from round_helpers import found_keys

from pipeline.documents.keys import document_key

_LEAD = "طشقند – عقد مجلس رؤساء الدول الأعضاء في منظمة شنغهاي للتعاون اجتماعه في القمة. "


def test_arabic_list_item_with_attached_conjunction_takes_the_heads_status() -> None:
    body = _LEAD + (
        "كما وافق القادة على برنامج التعاون لمكافحة الإرهاب والانفصالية والتطرف للأعوام "
        "2022 – 2024، واستراتيجية منظمة شنغهاي للتعاون لمكافحة المخدرات للأعوام 2018 – 2023."
    )
    found = found_keys(body)
    strategy = document_key("SCO Anti-Drug Strategy for 2018-2023")
    assert found.get(strategy) == "approved"


def test_arabic_strategy_with_conjunction_keys_as_the_strategy() -> None:
    assert document_key("واستراتيجية مكافحة المخدرات للأعوام 2018 – 2023") == document_key(
        "استراتيجية مكافحة المخدرات للأعوام 2018 – 2023"
    )


def test_arabic_conjunction_before_a_plain_word_names_nothing() -> None:
    body = _LEAD + "وناقش القادة والتعاون الاقتصادي والأمن الإقليمي في المنطقة."
    assert found_keys(body) == {}


def test_italian_anti_drug_strategy_keys_as_english() -> None:
    assert document_key("Strategia antinarcotici 2018-2023 degli Stati membri della SCO") == (
        document_key("SCO Anti-Drug Strategy for 2018-2023")
    )


def test_italian_list_with_one_verb_gives_each_strategy_its_status() -> None:
    body = (
        "Il 9 giugno si è tenuta a Qingdao la riunione del Consiglio dei capi di Stato della "
        "SCO. I leader hanno "
        'approvato la "Strategia antinarcotici 2018-2023 degli Stati membri della SCO" e '
        'la "Strategia di sviluppo della SCO per il 2025".'
    )
    found = found_keys(body)
    assert found.get(document_key("SCO Anti-Drug Strategy for 2018-2023")) == "approved"
    assert found.get(document_key("SCO Development Strategy until 2025")) == "approved"


def test_italian_programme_against_the_three_evils_keys_as_english() -> None:
    italian = (
        "Programma di cooperazione 2019-2021 tra gli Stati membri della SCO nella lotta al "
        "terrorismo, al separatismo e all'estremismo"
    )
    english = (
        "Programme of Cooperation in Combating Terrorism, Separatism and Extremism for 2019-2021"
    )
    assert document_key(italian) == document_key(english)
