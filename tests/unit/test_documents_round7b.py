"""Unit tests of round 7b's document-name rules (pipeline.documents): lists whose status is
given once, German and Japanese document vocabulary.

Every text here is written by the scowatch developers for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import document_key, find_documents
from pipeline.tagging import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _found(gaz, body: str, published: date | None) -> dict[str, str]:
    """Key -> status of the documents found in a body."""
    return {d.key: d.status for d in find_documents("", body, published_at=published, gaz=gaz)}


# ---- a list whose status the sentence before gives --------------------------------------------


@pytest.mark.parametrize(
    "names",
    [
        "The three documents are the Charter of the SCO, the Tianjin Declaration and a plan.",
        "These documents include the Charter of the SCO and the Tianjin Declaration.",
        "Эти документы - Хартия ШОС и Тяньцзиньская декларация.",
    ],
)
def test_a_sentence_naming_the_documents_counted_before_takes_their_status(gaz, names):
    body = (
        "The Shanghai Cooperation Organisation (SCO) summit closed in Tianjin on Monday. "
        "The leaders of the SCO member states signed three documents at the summit. " + names
    )
    found = _found(gaz, body, date(2025, 9, 1))
    assert found.get(document_key("SCO Charter")) == "signed"


def test_documents_named_after_a_sentence_without_a_status_get_none(gaz):
    body = (
        "The Shanghai Cooperation Organisation (SCO) summit closed in Tianjin on Monday. "
        "The leaders of the SCO member states discussed three documents at the summit. "
        "The three documents are the Charter of the SCO and the Tianjin Declaration."
    )
    assert _found(gaz, body, date(2025, 9, 1)) == {}


# ---- Japanese -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("上海協力機構加盟国首相理事会会議共同コミュニケ", "Joint Communiqué"),
        ("上海協力機構憲章", "SCO Charter"),
        ("上海協力機構開発戦略", "SCO Development Strategy"),
    ],
)
def test_a_japanese_title_keys_as_in_english(name, english):
    assert document_key(name) == document_key(english)


def test_a_japanese_title_in_brackets_with_its_status_is_found(gaz):
    body = (
        "第11回上海協力機構首相会議が12月5日に行われた。会議は「上海協力機構加盟国首相理事会会議"
        "共同コミュニケ」などの文書を発表した。"
    )
    found = _found(gaz, body, date(2012, 12, 6))
    assert found == {document_key("Joint Communiqué"): "adopted"}


def test_a_japanese_quoted_speech_naming_a_document_inside_is_no_title(gaz):
    body = (
        "第11回上海協力機構首相会議が12月5日に行われた。首相は「共同コミュニケを発表したことを"
        "歓迎する」と述べた。"
    )
    assert _found(gaz, body, date(2012, 12, 6)) == {}
