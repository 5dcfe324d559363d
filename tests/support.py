"""Helpers shared by the tests (not fixtures): paths, settings, the SMTP sink, free ports, a
tagged article row."""

from __future__ import annotations

import functools
import importlib.util
import os
import socket
import sys
from dataclasses import replace
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest

from pipeline.config import Settings, Source, load_settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pipeline.models import ArticleRow
    from pipeline.tagging import Gazetteer

ROOT = Path(__file__).resolve().parents[1]
DAGS = ROOT / "dags"
SHARED = ROOT.parent / "shared"
POSTGRES_URL = os.environ.get("SCOWATCH_TEST_POSTGRES_URL",
                              "postgresql://postgres@127.0.0.1:5432/test")


def load_script(name: str) -> ModuleType:
    """A script of scripts/ imported as a module (they are no package), once per test run."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# Four tests read the relevance of every real set (floors in two rounds' tests, the script's
# table, the dev-set floors); scoring them takes a minute, so one worker process scores each set
# once and the tests share it. The tests carry `xdist_group("real_relevance")` so one worker runs
# them all.
REAL_RELEVANCE_GROUP = pytest.mark.xdist_group("real_relevance")


@functools.cache
def real_relevance() -> dict[str, dict]:
    """`eval_relevance_real.score_set` of every default real set, by folder name (read-only)."""
    from pipeline.tagging import load_gazetteer

    script = load_script("eval_relevance_real")
    gaz = load_gazetteer()
    return {folder.name: script.score_set(gaz, folder) for folder in script.default_sets()}


def shared_dataset(*parts: str) -> Path:
    """A path under ../shared/datasets, or skip the test with a clear message."""
    path = SHARED.joinpath("datasets", *parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (a fresh clone has no ../shared); skipping")
    return path


def make_settings(tmp: Path, database_url: str | None = None, **overrides: object) -> Settings:
    """Settings on a throw-away SQLite file (or the given URL) with the outbox under `tmp`."""
    settings = load_settings(None, env={})
    base = replace(settings, config_path=None, base_dir=tmp,
                   database_url=database_url or f"sqlite:///{tmp}/scowatch.db",
                   outbox=tmp / "outbox")
    return replace(base, **overrides)  # type: ignore[arg-type]


def astanatimes_source(base_url: str) -> Source:
    """The astanatimes source pointed at a served fixture site."""
    base = base_url.rstrip("/")
    return Source(name="astanatimes", spider="astanatimes",
                  start_urls=(f"{base}/feed/", f"{base}/all/"))


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SmtpSink:
    """A real SMTP server (aiosmtpd) on loopback that keeps what it accepted."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        data = envelope.content  # type: ignore[attr-defined]
        msg = message_from_bytes(data if isinstance(data, bytes) else data.encode(),
                                 _class=EmailMessage, policy=default_policy)
        self.messages.append(msg)  # type: ignore[arg-type]
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))  # type: ignore[attr-defined]
        return "250 OK"

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"


def store_tagged_article(session: Session, gazetteer: Gazetteer, body: str, *,
                         language: str = "en", topics: bool = True,
                         **columns: Any) -> ArticleRow:
    """Store one article row (`columns` are its other ArticleRow fields) with the evidence and
    the tags that tagging its body gives, as processing stores them; `topics=False` leaves the
    topic tags out. The row and its tags are flushed, so the row has its id."""
    from pipeline import process
    from pipeline.models import ArticleRow, Tag
    from pipeline.tagging import tag_article

    row = ArticleRow(title="", body=body, language=language, **columns)
    session.add(row)
    session.flush()
    tags = tag_article(gazetteer, "", body, language)
    row.evidence = list(tags.evidence)
    for kind, value, *detail in process.tag_rows(tags):
        if topics or kind != "topic":
            session.add(Tag(article_id=row.id, kind=kind, value=value,
                            detail=detail[0] if detail else None))
    session.flush()
    return row
