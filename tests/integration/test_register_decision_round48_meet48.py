"""`scowatch documents` reads each stored report once per call for the memoranda's "decided"
steps (round 48): one report of two memoranda gives both entries the deciding summit, as the
per-entry reading did, and is analysed once.

Every article text here is written by the scowatch developers for this test (not real reports).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from support import make_settings

from pipeline import cli
from pipeline.article import Article
from pipeline.db import Database
from pipeline.documents import mentions
from pipeline.models import ArticleRow, Document, DocumentMention
from pipeline.process import process_new
from pipeline.store import save_article

TWO = (
    "SCO chief signs memoranda with Armenia and Azerbaijan",
    "The Secretary-General of the Shanghai Cooperation Organisation signed the memorandum on "
    "granting Armenia the status of SCO dialogue partner in Beijing. He also signed the "
    "memorandum on granting Azerbaijan the status of SCO dialogue partner. With the signing of "
    "the memoranda, the implementation of the decision of the Ufa summit is complete, the "
    "Secretary-General said.",
)


def test_one_report_of_two_memoranda_is_read_once_and_gives_both_the_decided_step(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = make_settings(tmp_path)
    db = Database(settings.database_url)
    with db.session() as s:
        save_article(s, Article(url="https://news.example/two-memos", source="news",
                                title=TWO[0], body=TWO[1],
                                published_at=datetime(2016, 4, 16, 12, tzinfo=UTC),
                                language="en"))
    process_new(settings, db, log=lambda _line: None)
    with db.session() as s:
        memos = s.scalars(select(Document).where(Document.type == "memorandum")).all()
        assert len(memos) == 2
        # what the per-entry reading of round 43 gave each entry
        expected = {d.name: cli.decision_steps(s.scalars(
            select(ArticleRow.body).join(DocumentMention)
            .where(DocumentMention.document_id == d.id)).all()) for d in memos}
    assert all(steps and steps[0]["meeting_id"] == "hsc-2015-ufa" for steps in expected.values())

    calls: list[str] = []
    real = mentions.decided_at

    def counted(text: str, *args: object, **kwargs: object) -> object:
        calls.append(text)
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(mentions, "decided_at", counted)
    monkeypatch.setattr(cli, "_settings", lambda _args: settings)
    assert cli.main(["documents", "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)
            if r["type"] == "memorandum"}
    assert len(calls) == 1  # one report, read once for both entries
    for name, steps in expected.items():
        assert [h for h in rows[name]["history"] if h["status"] == "decided"] == steps
    assert cli.main(["documents"]) == 0
    text = capsys.readouterr().out
    assert text.count("decided (SCO Heads of State Council, Ufa, 2015-07-10)") == 2
