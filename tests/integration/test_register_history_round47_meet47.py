"""Round 47 (meet47): the Development Strategy until 2025, planned at the Bishkek summit of 2013
and approved at Ufa in 2015, is one register entry with both steps, whichever report is stored
first, as `scowatch documents` shows it (text and JSON) and as a rebuild of the register keeps it.

Both texts are written by the scowatch developers for this test (not real reports).
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
from pipeline.register_rebuild import rebuild_register
from pipeline.store import save_article

PLAN = ("plan", "SCO leaders meet in Bishkek",
        "The heads of state of the SCO met in Bishkek on 13 September 2013. The leaders agreed to "
        "draft the SCO Development Strategy until 2025, to be adopted at a later summit.",
        datetime(2013, 9, 13, 12, tzinfo=UTC))
ADOPTION = ("ufa", "SCO summit in Ufa approves strategy",
            "The leaders of the SCO approved the SCO Development Strategy until 2025 at their "
            "summit in Ufa on 10 July 2015.", datetime(2015, 7, 10, 18, tzinfo=UTC))


def _strategies(db: Database) -> list[str]:
    with db.session() as s:
        return [d.meeting_id for d in s.scalars(select(Document)
                                                .where(Document.type == "strategy"))]


@pytest.mark.parametrize("plan_first", [True, False], ids=["plan-first", "adoption-first"])
def test_a_strategy_planned_at_one_summit_and_approved_at_another_is_one_entry(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        plan_first: bool) -> None:
    settings = make_settings(tmp_path)
    db = Database(settings.database_url)
    for slug, title, body, when in ([PLAN, ADOPTION] if plan_first else [ADOPTION, PLAN]):
        with db.session() as s:
            save_article(s, Article(url=f"https://news.example/{slug}", source="news",
                                    title=title, body=body, published_at=when, language="en"))
        process_new(settings, db, log=lambda _line: None)  # one at a time: the order matters
    assert _strategies(db) == ["hsc-2015-ufa"]
    monkeypatch.setattr(cli, "_settings", lambda _args: settings)
    assert cli.main(["documents", "--json"]) == 0
    rows = [r for r in json.loads(capsys.readouterr().out) if r["type"] == "strategy"]
    assert len(rows) == 1 and rows[0]["status"] == "approved"
    steps = {(h["status"], h["meeting_id"]) for h in rows[0]["history"]}
    assert steps == {("planned", "hsc-2013-bishkek"), ("approved", "hsc-2015-ufa")}
    assert cli.main(["documents"]) == 0
    text = capsys.readouterr().out
    assert "SCO Heads of State Council, Ufa, 2015-07-10" in text
    assert "planned (SCO Heads of State Council, Bishkek, 2013-09-13)" in text
    # a rebuild runs the articles again in their stored order and keeps the one entry
    rebuild_register(settings, db, log=lambda _line: None)
    assert _strategies(db) == ["hsc-2015-ufa"]


def test_an_undated_pages_address_year_places_its_entry_and_a_rebuild_keeps_it(
        tmp_path: Path) -> None:
    """Bishkek held the summit in 2007, 2013 and 2019; the undated page's text names no year,
    its address does (a Turkish text written for this test after blind set 33's page)."""
    settings = make_settings(tmp_path)
    db = Database(settings.database_url)
    body = ("Şanghay İşbirliği Örgütü üye devletlerinin liderleri Bişkek Deklarasyonu'nu "
            "imzaladı.")
    with db.session() as s:
        save_article(s, Article(url="https://haber.example/2019/sanghay-deklarasyon-271236/amp",
                                source="haber", title="Bişkek Deklarasyonu imzalandı", body=body,
                                published_at=None, language="tr"))
        save_article(s, Article(url="https://haber.example/sanghay-deklarasyon-2/amp",
                                source="haber", title="Bişkek Deklarasyonu", body=body + " (2)",
                                published_at=None, language="tr"))
    process_new(settings, db, log=lambda _line: None)

    def declarations() -> list[str]:
        with db.session() as s:
            return sorted(d.meeting_id for d in s.scalars(
                select(Document).where(Document.type == "declaration")))

    # the page without a year in its address stays unresolved
    assert declarations() == ["", "hsc-2019-bishkek"]
    rebuild_register(settings, db, log=lambda _line: None)
    assert declarations() == ["", "hsc-2019-bishkek"]
