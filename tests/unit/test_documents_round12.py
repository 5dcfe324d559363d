"""Unit tests of round 12's rules (pipeline.documents), from blind set 11's errors: a state's
official and short names in one key, a draft that qualifies one item of a list, a package of
documents sharing its meeting, venue declarations in more languages.

Every text here is written by the scowatch developers (this round's helper) for these tests,
modelled on the constructions of the set's reports, not copied from them.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import document_key, find_documents
from pipeline.tagging import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _found(gaz, body: str, published: date | None = None) -> dict[str, str]:
    return {d.name: d.status for d in find_documents("", body, published_at=published, gaz=gaz)}


def _meetings(gaz, body: str, published: date | None = None) -> dict[str, str | None]:
    return {
        d.name: d.meeting.id for d in find_documents("", body, published_at=published, gaz=gaz)
    }


# ---- keys: a state's official and short names -----------------------------------------------


def test_official_and_short_state_names_key_alike():
    assert document_key("Memorandum of Obligations of the Republic of Kazakhstan") == document_key(
        "Memorandum of Obligation of Kazakhstan"
    )
    assert document_key("Memorandum of Obligations of the Islamic Republic of Iran") == (
        document_key("Memorandum of Obligations of Iran")
    )
