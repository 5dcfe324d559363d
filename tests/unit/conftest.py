"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from pipeline.tagging import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    """The shipped gazetteer, loaded once per test module (as each module used to load it)."""
    return load_gazetteer()
