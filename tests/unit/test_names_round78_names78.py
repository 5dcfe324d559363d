"""Round 78 (names78): document-name recall on the lowest real sets (issue 14).

- blind set 32 (rb-0218ad6555, CRI Italian): "★Approvare il \"Programma attuativo per il
  Trattato ... (2018-2022)\"", the Italian infinitive heading a result, and the Italian words of
  the Qingdao 2018 titles (the treaty's implementing programme, the concept on drug abuse);
- blind set 2 (rb-8adfadd403, Kazinform): a list of documents signed, led by "These are:", whose
  items open on their type word ("- Program on development of the SCO member states' cooperation
  in tourism;"), the decisions approving a report procedural;
- blind set 25 (rb-079e040fa5, Epoch Times German): the "Gemeinsame Erklärung über die
  Zusammenarbeit zwischen den UN- und SCO-Sekretariaten", the secretariats' Joint Declaration;
- blind set 15 (rb-89fbe04dbb, Spanish): "se aprobaron 14 documentos. Entre los más destacados
  están la Declaración de Nueva Delhi".
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from round_helpers import found_keys

from pipeline.documents import document_key

DATA = Path(__file__).resolve().parents[1] / "data"


def _article(folder: str, article_id: str) -> dict:
    articles = tomllib.loads((DATA / folder / "documents.toml").read_text(encoding="utf-8"))
    return next(a for a in articles["article"] if a["id"] == article_id)


def _keys_of(folder: str, article_id: str) -> dict[str, str]:
    article = _article(folder, article_id)
    published = article.get("published")
    return found_keys(article["body"], published if isinstance(published, date) else None)


def test_italian_titles_of_qingdao_2018_key_as_the_english() -> None:
    assert document_key(
        "Programma attuativo per il Trattato di buon vicinato e cooperazione amichevole a lungo "
        "termine tra gli Stati membri della SCO (2018-2022)"
    ) == document_key(
        "Implementation Programme for 2018-2022 of the Treaty on Long-Term "
        "Good-Neighbourliness, Friendship and Cooperation"
    )
    assert document_key(
        "Concezione della SCO circa la prevenzione dell'abuso di droghe narcotiche e psicoattive"
    ) == document_key("Concept on Preventing the Abuse of Narcotic and Psychotropic Drugs")


def test_italian_results_list_approves_its_titles() -> None:
    # blind set 32, rb-0218ad6555, the whole excerpt
    keys = _keys_of("real-blind32", "rb-0218ad6555")
    for name in (
        "Action Plan for 2018-2022 for the Implementation of the Treaty on Long-Term "
        "Good-Neighbourliness, Friendship and Cooperation of the SCO Member States",
        "SCO Anti-Drug Strategy for 2018-2023",
        "Concept of the SCO on Preventing the Abuse of Narcotic Drugs and Psychotropic Substances",
    ):
        assert keys.get(document_key(name)) == "approved", name
    # the treaty itself is only named inside its programme's title
    assert document_key("Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation") \
        not in keys


def test_italian_written_bullet_approves() -> None:
    # written for the test: the infinitive heading a result, as CRI's list writes it
    keys = found_keys(
        "I risultati del vertice della SCO a Qingdao\n"
        "Il 10 giugno si è tenuta a Qingdao la riunione del Consiglio dei capi di Stato della "
        "SCO.\n★Approvare la \"Strategia antinarcotici 2018-2023 degli Stati membri della SCO\"\n",
        date(2018, 6, 10),
    )
    assert keys.get(document_key("SCO Anti-Drug Strategy for 2018-2023")) == "approved"


def test_these_are_list_items_take_the_leads_status() -> None:
    # blind set 2, rb-8adfadd403, the whole excerpt
    keys = _keys_of("real-blind2", "rb-8adfadd403")
    assert keys.get(document_key("Tashkent Declaration")) == "signed"
    assert keys.get(document_key("Programme for the Development of Cooperation in Tourism")) \
        == "signed"
    assert keys.get(document_key(
        "Action Plan for 2016-2020 on the Implementation of the SCO Development Strategy until "
        "2025")) == "approved"
    # the decisions approving the Secretary General's and RATS's reports are procedural, and so
    # is the one on the terms of meetings
    assert not [k for k in keys if "report" in k.split() or "holding" in k.split()]


def test_written_these_are_list() -> None:
    # written for the test
    keys = found_keys(
        "Several documents were signed at the SCO summit in Astana.\n"
        "These are:\n"
        "- Astana Declaration;\n"
        "- Program on development of the SCO member states’ cooperation in tourism;\n"
        "- Decision of the SCO Heads of State Council on approval of a report of the SCO RATS "
        "Council on its activity in 2016;\n",
        date(2017, 6, 9),
    )
    assert keys == {
        document_key("Astana Declaration"): "signed",
        document_key("Programme for the Development of Cooperation in Tourism"): "signed",
    }


def test_german_joint_declaration_of_the_secretariats() -> None:
    assert document_key(
        "Gemeinsame Erklärung über die Zusammenarbeit zwischen den UN- und SCO-Sekretariaten"
    ) == document_key("Joint Declaration on SCO-UN Secretariat Cooperation")
    keys = _keys_of("real-blind25", "rb-079e040fa5")
    assert keys == {document_key("Joint Declaration on SCO-UN Secretariat Cooperation"): "signed"}


def test_german_joint_plan_keeps_its_name() -> None:
    # blind set 45, rb-27e81c251c: "einen gemeinsamen Anti-Terror-Plan für 2019 bis 2021"
    keys = _keys_of("real-blind45", "rb-27e81c251c")
    assert document_key("Anti-Terror-Plan für 2019 bis 2021") in keys


def test_a_signing_told_apart_from_the_name_stays_cited() -> None:
    # written for the test: the name is not the passive's subject, the signing years back
    assert found_keys(
        "The ministers spoke of the Agreement on Cooperation in Education, saying that it had "
        "been signed in 2006 in Shanghai.",
        date(2016, 6, 21),
    ) == {}


def test_spanish_among_them_names_the_list() -> None:
    assert document_key("Declaración de Nueva Delhi") == document_key("New Delhi Declaration")
    keys = _keys_of("real-blind15", "rb-89fbe04dbb")
    assert keys.get(document_key("New Delhi Declaration")) == "approved"
    # written for the test
    assert found_keys(
        "El pasado 4 de julio se celebró la reunión de Jefes de Estado de los países miembros "
        "del OCS, en la que se aprobaron 14 documentos. Entre ellos están la Declaración de "
        "Nueva Delhi y una declaración conjunta.",
        date(2023, 7, 27),
    ).get(document_key("New Delhi Declaration")) == "approved"
