"""Fixtures shared by the unit tests."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pipeline import tagging
from pipeline.tagging import Gazetteer

# Round 79 (speed79): the unit tests built the shipped gazetteer (its two automata, about half a
# second) hundreds of times: in each module's fixture, in module constants and in tests and
# helpers that call load_gazetteer() once per case (56 builds for 297 tests of
# test_documents_round1*/test_stories_round1*, half their time). A Gazetteer is frozen, and no
# test nor the pipeline changes one, so the bundled one is built once per test process and
# shared; the product's load_gazetteer still builds a fresh one each call outside the tests. A
# test that loads another directory (a temporary gazetteer) still gets its own build. This module
# is imported before the test modules, so their `from pipeline.tagging import load_gazetteer`
# reads this. The patch holds for the whole pytest process: where `make test` collects the
# integration tests beside the unit tests, pipeline code they call in-process (the register
# rebuild, processing) gets the shared bundled gazetteer too; their subprocesses (the CLI,
# crawls) load their own.
_load_gazetteer = tagging.load_gazetteer
_BUNDLED = tagging.GAZETTEER_DIR.resolve()


@cache
def _bundled_gazetteer(merged_twice: bool) -> Gazetteer:
    """The bundled gazetteer, alone or merged with itself (a test passing the bundled
    directory as `extra_dir`), built once."""
    return _load_gazetteer(_BUNDLED if merged_twice else None)


def shared_load_gazetteer(extra_dir: Path | None = None) -> Gazetteer:
    """load_gazetteer for the tests: the bundled gazetteer from the cache, any other directory
    loaded fresh."""
    if extra_dir is None:
        return _bundled_gazetteer(False)
    if Path(extra_dir).resolve() == _BUNDLED:
        return _bundled_gazetteer(True)
    return _load_gazetteer(extra_dir)


tagging.load_gazetteer = shared_load_gazetteer  # type: ignore[assignment]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    """The shipped gazetteer (shared by the whole run since round 79)."""
    return tagging.load_gazetteer()
