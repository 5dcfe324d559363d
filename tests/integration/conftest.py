"""Fixtures of the integration suites."""

from __future__ import annotations

import socket
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


@pytest.fixture
def refused_port() -> Iterator[int]:
    """A loopback port that refuses connections for the whole test: bound but not listening,
    so no other server (another test's, in another worker) can take it meanwhile."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        yield int(probe.getsockname()[1])
