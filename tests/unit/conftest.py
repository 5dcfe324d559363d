"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from pipeline import tagging
from pipeline.tagging import Gazetteer

# Round 81 (tidy81): the round-79 patch of tagging.load_gazetteer that shared one build of the
# bundled gazetteer across the test process is gone: load_gazetteer keeps its builds itself
# (keyed on the directories, checked against their files' modification times), for the tests as
# for a long-lived pipeline process.


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    """The shipped gazetteer (one build for the whole process: load_gazetteer keeps it)."""
    return tagging.load_gazetteer()
