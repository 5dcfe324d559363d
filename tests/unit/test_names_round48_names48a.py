"""Round 48 (names48a): Spanish and Portuguese futures of debating a document are planned; the
Russian verbs of joining make a memorandum an accession's; a lower-case Russian statement of the
council's heads on a subject is a council's statement; a council's press communiqué keys as its
meeting's Joint Communiqué.

The sentences marked "blind set NN" are quoted from real published reports
(tests/data/real-blindNN); the others are written by names48a for these tests.
"""

from __future__ import annotations

from round_helpers import GAZ, tagged_names

from pipeline.documents import document_key, tag_and_find


def _keys(body: str) -> dict[str, str]:
    return {document_key(d.name): d.status for d in tag_and_find(GAZ, "", body, None)[1]}


def test_documents_to_be_debated_are_planned() -> None:
    found = tagged_names(
        "Durante las reuniones de la OCS, se debatirán proyectos de resoluciones clave, "
        "incluidas la Declaración de Tianjin y la Estrategia de Desarrollo de la OCS hasta 2035."
    )  # blind set 31, the SCO's name added
    assert found.get("Tianjin Declaration") == "planned"
    assert found.get("SCO Development Strategy until 2035") == "planned"


def test_a_debate_in_the_past_is_no_cue_of_a_plan() -> None:
    # written by names48a: "debatieron" (they debated) is no future
    found = tagged_names("Los líderes de la OCS debatieron y firmaron la Declaración de Tianjin.")
    assert found.get("Tianjin Declaration") == "signed"


def test_a_memorandum_of_a_states_intent_to_join_is_its_memorandum_of_obligations() -> None:
    found = tagged_names(
        "Белоруссия является наблюдателем в ШОС. Также государства—члены организации в ходе "
        "саммита официально оформят меморандум о намерениях Белоруссии присоединиться к "
        "организации."
    )  # blind set 32
    assert found.get("Memorandum of Obligations of the Republic of Belarus") == "planned"


def test_a_memorandum_without_joining_is_no_accession() -> None:
    # written by names48a: a memorandum of a founding state's intent to cooperate
    found = tagged_names(
        "Казахстан подписал меморандум о намерениях сотрудничать с Секретариатом ШОС.")
    assert not any(name.startswith("Memorandum of Obligations") for name in found)


def test_a_lower_case_statement_of_the_heads_of_state_is_the_councils() -> None:
    keys = _keys(
        "\"Принятие на предстоящем в Астане саммите ШОС 8-9 июня заявления глав государств о "
        "совместном противодействии международному терроризму и Конвенции по противодействию "
        "экстремизму усилят координацию сотрудничества стран региона в сфере безопасности\", — "
        "сказал Василенко."
    )  # blind set 32
    label = ("Statement of the Heads of State of the SCO Member States on Joint Counteraction "
             "to International Terrorism")
    assert document_key(label) in keys


def test_a_persons_statement_is_no_document() -> None:
    # written by names48a: the minister's statement, and a statement with no subject
    assert tagged_names("На саммите ШОС глава МИД сделал заявление о ситуации в Афганистане.") == {}
    assert tagged_names("На саммите ШОС приняли заявление глав государств.") == {}


def test_a_councils_press_communique_is_its_joint_communique() -> None:
    joint = document_key("Joint Communiqué")
    long_title = "Press Communiqué of the Meeting of the SCO Heads of State Council"
    assert document_key(long_title) == joint
    assert document_key("上海合作組織成員國政府總理第一次會晤新聞公報") == joint  # blind set 31
    assert document_key("上海合作组织十周年成员国元首理事会会议新闻公报") == joint  # blind set 31


def test_a_ministers_communique_on_a_subject_keeps_its_subject() -> None:
    # written by names48a
    assert document_key("Press Communiqué on Education Cooperation") != document_key(
        "Joint Communiqué"
    )
    assert document_key("Joint Communiqué of the Ministers of Education") != document_key(
        "Joint Communiqué"
    )
