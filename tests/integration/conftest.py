"""Fixtures of the integration suites."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from pipeline.fixture_server import ServedSite


@pytest.fixture
def served() -> Iterator[Callable[[ServedSite], ServedSite]]:
    """Start sites for a test and stop them all at its end."""
    sites: list[ServedSite] = []

    def start(site: ServedSite) -> ServedSite:
        sites.append(site.start())
        return site

    yield start
    for site in sites:
        site.stop()
