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
