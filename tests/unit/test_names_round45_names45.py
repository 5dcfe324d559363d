"""Round 45 (names45): a decision list's lower-case "– on the <Type> ...;" items read to the
item's end; Romance regulations (règlement, regolamento, reglamento) typed decision, their title
by subject up to the SCO's name."""

from round_helpers import found_keys

from pipeline.documents.keys import document_key
from pipeline.documents.mentions import find_documents

# blind set 32, rb-858aba80d0 (the Samarkand summit's list)
_SAMARKAND = (
    "On September 16, Samarkand hosted a meeting of the Council of Heads of State of the Shanghai "
    "Cooperation Organization.\n"
    "A record number of agreements, concepts, programs and other decisions have been adopted – "
    "44 documents in total. Including\n"
    "– on the Comprehensive Action Plan for 2023-2027 for the implementation of the provisions of "
    "the Treaty on Long-Term Good Neighborliness, Friendship and Cooperation of the SCO Member "
    "States;\n"
    "– on the Concept of the SCO member states on the development of connectivity and the "
    "creation of efficient transport corridors;\n"
    "– on the Action Plan for the gradual increase in the share of national currencies in mutual "
    "settlements of the SCO member states;\n"
)

# blind set 32, rb-67421290e8 (the Shanghai summit of 2006)
_SHANGHAI_2006 = (
    "Plusieurs documents ont été signés à l’issue de la réunion du Conseil des chefs d’Etat de "
    "l’Organisation de coopération de Shanghai (OCS).\n"
    "Les leaders de l’OCS ont notamment signé une Déclaration sur les cinq années d’activité de "
    "l’OCS, ont adopté une décision sur le Secrétaire général de l’organisation et approuvé le "
    "Règlement sur le Secrétariat de l’OCS.\n"
)


def test_lower_case_decision_item_runs_to_the_items_end() -> None:
    found = found_keys(_SAMARKAND)
    concept = document_key(
        "Concept of the SCO member states on the development of connectivity and the creation "
        "of efficient transport corridors"
    )
    assert found.get(concept) == "adopted"


def test_decision_item_with_a_two_word_type_and_a_long_subject() -> None:
    found = found_keys(_SAMARKAND)
    plan = document_key(
        "Action Plan for the gradual increase in the share of national currencies in mutual "
        "settlements of the SCO member states"
    )
    assert found.get(plan) == "adopted"


def test_decision_item_with_another_type_word_keeps_its_title_run() -> None:
    found = found_keys(_SAMARKAND)
    plan = document_key(
        "Comprehensive Action Plan for 2023-2027 for the implementation of the provisions of the "
        "Treaty on Long-Term Good Neighborliness, Friendship and Cooperation of the SCO"
    )
    assert plan in found


def test_decision_item_cut_by_a_comma_is_no_longer_name() -> None:
    body = _SAMARKAND.replace(
        "– on the Concept of the SCO member states on the development of connectivity and the "
        "creation of efficient transport corridors;",
        "– on the Concept of the SCO, which the ministers discussed at length in May;",
    )
    names = [m.name for m in find_documents("", body) if m.type == "concept"]
    assert all("ministers" not in n for n in names)


def test_french_regulation_by_subject_up_to_the_sco() -> None:
    found = found_keys(_SHANGHAI_2006)
    assert found.get(document_key("Regulations on the SCO Secretariat")) == "approved"


def test_romance_regulation_keys_as_english() -> None:
    assert document_key("Règlement sur le Secrétariat de l’OCS") == document_key(
        "Regulations on the SCO Secretariat"
    )


def test_lower_case_french_reglement_names_nothing() -> None:
    body = (
        "Les chefs d'Etat de l'OCS ont approuvé un règlement pacifique de la crise, a déclaré "
        "le ministre."
    )
    assert found_keys(body) == {}
