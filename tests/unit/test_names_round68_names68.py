"""Round 68 (names68): blind set 51's document names (recall 0.619 at its one run).

- a Russian plan verb with the infinitive of the act ("планируется утвердить") is planned;
- "речь идет о ..." names the documents the sentence before counted (RIA Novosti);
- a year glued to the next sentence's capitalised word ends the sentence ("hasta 2030.Se");
- German memorandum words: "Memoranden", "Partnerschaftsmemoranden über den Dialog mit ...",
  "Verpflichtungserklärung", "Verpflichtungsdokument", and the adjective "iranisch";
- the German future passive with its auxiliary first ("... werden unterzeichnet") is planned;
- "обновленная Стратегия" keys as the strategy its period names.
"""

from __future__ import annotations

from datetime import date

from pipeline.documents.base import sentences
from pipeline.documents.keys import document_key
from tests.unit.round_helpers import found_names

IRAN = "Memorandum of Obligations of the Islamic Republic of Iran"
STRATEGY_2035 = "SCO Development Strategy until 2035"


def _partner(state: str) -> str:
    return f"Memorandum on granting {state} the status of SCO dialogue partner"


def test_russian_plan_with_infinitive_is_planned() -> None:
    for verb in ("планируется подписать", "планируется утвердить", "предстоит принять"):
        body = f"На саммите ШОС в Тяньцзине {verb} Тяньцзиньскую декларацию."
        assert found_names(body, date(2025, 8, 28)) == {"Tianjin Declaration": "planned"}


def test_rech_idet_o_names_the_counted_documents() -> None:
    body = (
        "ПЕКИН, 28 авг — РИА Новости. На предстоящем саммите Шанхайской организации "
        "сотрудничества в Тяньцзине планируется утвердить около 20 документов, заявил посол "
        "России в КНР Игорь Моргулов. Ключевые тезисы:\"Прежде всего речь идет о Тяньцзиньской "
        "декларации и обновленной Стратегии развития ШОС до 2035 года, которые станут своего "
        "рода дорожной картой сотрудничества\"."
    )
    found = {document_key(n): s for n, s in found_names(body, date(2025, 8, 28)).items()}
    assert found == {
        document_key("Tianjin Declaration"): "planned",
        document_key(STRATEGY_2035): "planned",
    }


def test_rech_idet_o_without_a_counted_lead_names_nothing() -> None:
    # no sentence before counts documents to approve: the phrase alone gives no status
    body = "Прежде всего речь идет о Тяньцзиньской декларации, сказал посол."
    assert found_names(body, date(2025, 8, 28)) == {}


def test_updated_strategy_keys_as_the_strategy() -> None:
    assert document_key("Обновленная стратегия развития ШОС до 2035 года") == document_key(
        STRATEGY_2035
    )


def test_year_glued_to_the_next_sentence_ends_it() -> None:
    text = "aprobaron la hoja de ruta hasta 2030.Se precisa que no."
    assert [text[a:b].strip() for a, b in sentences(text)] == [
        "aprobaron la hoja de ruta hasta 2030.",
        "Se precisa que no.",
    ]
    # a version number or a decimal is no year
    assert len(sentences("la versión 1.2030.Se usa")) == 1


def test_spanish_roadmap_before_a_glued_sentence() -> None:
    body = (
        "Los líderes de la Organización de Cooperación de Shanghái (OCS) aprobaron la hoja de "
        "ruta para la implementación de la Estrategia de Cooperación Energética hasta 2030.Se "
        "precisa que \"los Estados miembros apoyan la ampliación de la cooperación\"."
    )
    found = found_names(body)
    assert any(n.lower().startswith("hoja de ruta") and n.endswith("2030") for n in found), found
    assert set(found.values()) == {"approved"}


def test_german_commitment_declaration_signed_by_iran() -> None:
    body = (
        "Iran hat am Donnerstag eine Verpflichtungserklärung unterzeichnet – damit ist das Land "
        "in eine neue Phase der Integration in die Schanghaier Organisation für Zusammenarbeit "
        "(SOZ) eingetreten."
    )
    assert found_names(body) == {IRAN: "signed"}


def test_german_commitment_document_of_full_membership() -> None:
    body = (
        "Der iranische Außenminister erklärte, dass er das Verpflichtungsdokument bezüglich der "
        "Vollmitgliedschaft des Iran in der Schanghaier Organisation für Zusammenarbeit mit dem "
        "Generalsekretär in Samarkand unterzeichnet habe."
    )
    assert found_names(body) == {IRAN: "signed"}


def test_german_obligations_of_the_iranian_side() -> None:
    body = (
        "Die Führer der Schanghaier Organisation für Zusammenarbeit werden ein Memorandum über "
        "die Verpflichtungen der iranischen Seite zum Beitritt zur SCO unterzeichnen."
    )
    assert found_names(body) == {IRAN: "planned"}


def test_german_partnership_memoranda_on_the_dialogue() -> None:
    body = (
        "Auf dem Gipfel der Schanghaier Organisation für Zusammenarbeit wird das Verfahren für "
        "Belarus beginnen, und Partnerschaftsmemoranden über den Dialog mit Ägypten, Katar und "
        "Saudi-Arabien werden unterzeichnet."
    )
    assert found_names(body) == {
        _partner("the Arab Republic of Egypt"): "planned",
        _partner("the State of Qatar"): "planned",
        _partner("the Kingdom of Saudi Arabia"): "planned",
    }


def test_german_past_passive_stays_signed() -> None:
    body = (
        "In Samarkand wurden Memoranden über den Status eines Dialogpartners der Schanghaier "
        "Organisation für Zusammenarbeit mit Ägypten und Katar unterzeichnet."
    )
    assert set(found_names(body).values()) == {"signed"}
