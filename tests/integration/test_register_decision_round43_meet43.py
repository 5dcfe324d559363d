"""A dialogue partner's memorandum in the register: the summit that decided the status is a step
of the entry's history, the Secretary-General's signing another, one entry (round 43), shown by
`scowatch documents` as text and JSON.

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
from pipeline.models import Document
from pipeline.process import process_new
from pipeline.store import save_article

SIGNED = (
    "SCO chief signs memorandum with Armenia",
    "The Secretary-General of the Shanghai Cooperation Organisation and the foreign minister of "
    "Armenia signed the memorandum on granting Armenia the status of SCO dialogue partner in "
    "Beijing. With the signing of the memorandum, the implementation of the decision of the Ufa "
    "summit is complete, the Secretary-General said.",
)


def _register(tmp_path: Path) -> object:
    settings = make_settings(tmp_path)
    db = Database(settings.database_url)
    with db.session() as s:
        save_article(s, Article(url="https://news.example/armenia-memo", source="news",
                                title=SIGNED[0], body=SIGNED[1],
                                published_at=datetime(2016, 4, 16, 12, tzinfo=UTC),
                                language="en"))
    process_new(settings, db, log=lambda _line: None)
    return settings


def test_the_deciding_summit_is_a_step_of_the_one_entry(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = _register(tmp_path)
    db = Database(settings.database_url)  # type: ignore[attr-defined]
    with db.session() as s:
        docs = s.scalars(select(Document).where(Document.type == "memorandum")).all()
        assert len(docs) == 1  # one entry: the decision is no entry of its own
        assert docs[0].meeting_id == ""  # placed at its signing, which is no council's meeting
    monkeypatch.setattr(cli, "_settings", lambda _args: settings)
    assert cli.main(["documents", "--json"]) == 0
    rows = [r for r in json.loads(capsys.readouterr().out) if r["type"] == "memorandum"]
    assert len(rows) == 1
    steps = [(h["status"], h["meeting_id"]) for h in rows[0]["history"]]
    assert steps[0] == ("decided", "hsc-2015-ufa")
    assert ("signed", None) in steps
    assert cli.main(["documents"]) == 0
    text = capsys.readouterr().out
    # round 80: a step whose reports give no day (the signing in Beijing; the page's own day does
    # not date it) is listed apart, after the dated ones, with its place
    assert "history: decided (SCO Heads of State Council, Ufa, 2015-07-10)\n" in text
    assert "and on a day its reports do not give: signed (Beijing)" in text


def test_a_signing_that_names_no_deciding_meeting_has_no_decided_step() -> None:
    evidence = ["The Secretary-General of the SCO signed the memorandum on granting Armenia the "
                "status of SCO dialogue partner in Beijing."]
    assert cli.decision_steps(evidence) == []


def test_history_text_orders_the_decision_before_the_signing() -> None:
    steps = cli.history_steps([
        {"status": "decided", "meeting": "SCO Heads of State Council", "venue": "Dushanbe",
         "date": "2021-09-17"},
        {"status": "signed", "meeting": None, "venue": "Samarkand", "date": "2022-09-14"},
    ])
    assert steps == ["decided (SCO Heads of State Council, Dushanbe, 2021-09-17)",
                     "signed (Samarkand, 2022-09-14)"]
