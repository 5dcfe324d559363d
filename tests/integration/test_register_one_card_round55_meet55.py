"""Round 55 (meet55): an agreement signed at the Ufa summit and a page that names no meeting of it
are one register entry at Ufa, whichever report is stored first, as `scowatch documents` shows it
(text and JSON: the page's step "also mentioned without its meeting") and as a rebuild keeps it.

Both texts are written by the scowatch developers for this test (not real reports), after blind
set 39's border defence agreement (its own published text, no meeting named). Round 69
(meet69): meeting_documents.toml now records that agreement at Ufa 2015, so a page naming no
meeting of it is placed there; the test keeps its purpose (an unresolved step folded into the
entry) with an agreement the record does not hold, written for the test.
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

SIGNING = ("ufa", "SCO summit in Ufa",
           "At their summit in Ufa on 10 July 2015, the leaders of the SCO member states signed "
           "the Agreement on Cooperation in Physical Culture and Sports of the SCO Member States.",
           datetime(2015, 7, 10, 18, tzinfo=UTC))
UNDATED = ("text", "Sports cooperation",
           "The Agreement on Cooperation in Physical Culture and Sports of the SCO Member "
           "States, signed by the "
           "member states, entered into force after its ratification.", None)


def _agreements(db: Database) -> list[str]:
    with db.session() as s:
        return [d.meeting_id for d in s.scalars(select(Document)
                                                .where(Document.type == "agreement"))]


@pytest.mark.parametrize("signing_first", [True, False], ids=["signing-first", "undated-first"])
def test_an_agreement_and_a_page_naming_no_meeting_of_it_are_one_card(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        signing_first: bool) -> None:
    settings = make_settings(tmp_path)
    db = Database(settings.database_url)
    for slug, title, body, when in ([SIGNING, UNDATED] if signing_first else [UNDATED, SIGNING]):
        with db.session() as s:
            save_article(s, Article(url=f"https://news.example/{slug}", source="news",
                                    title=title, body=body, published_at=when, language="en"))
        process_new(settings, db, log=lambda _line: None)  # one at a time: the order matters
    assert _agreements(db) == ["hsc-2015-ufa"]
    monkeypatch.setattr(cli, "_settings", lambda _args: settings)
    assert cli.main(["documents", "--json"]) == 0
    rows = [r for r in json.loads(capsys.readouterr().out) if r["type"] == "agreement"]
    assert len(rows) == 1 and rows[0]["meeting_id"] == "hsc-2015-ufa"
    assert len(rows[0]["articles"]) == 2
    assert {h["meeting_id"] for h in rows[0]["history"]} == {"hsc-2015-ufa", None}
    assert cli.main(["documents"]) == 0
    text = capsys.readouterr().out
    assert "SCO Heads of State Council, Ufa, 2015-07-10" in text
    assert "signed (also mentioned without its meeting)" in text
    assert "meeting unresolved" not in text
    # a rebuild runs the articles again in their stored order and keeps the one entry
    rebuild_register(settings, db, log=lambda _line: None)
    assert _agreements(db) == ["hsc-2015-ufa"]


def test_a_venue_declaration_named_without_its_meeting_stays_apart(tmp_path: Path) -> None:
    """Astana adopted a declaration in 2005, 2011, 2017 and 2024: a page naming none of them is
    not joined to the one the register holds."""
    settings = make_settings(tmp_path)
    db = Database(settings.database_url)
    reports = [("astana", "SCO summit in Astana",
                "The leaders of the SCO member states adopted the Astana Declaration at their "
                "summit in Astana on 4 July 2024.", datetime(2024, 7, 4, 18, tzinfo=UTC)),
               ("page", "The SCO's declarations",
                "The heads of state of the Shanghai Cooperation Organisation (SCO) adopted the "
                "Astana Declaration, which calls for a just world order.", None)]
    for slug, title, body, when in reports:
        with db.session() as s:
            save_article(s, Article(url=f"https://news.example/{slug}", source="news",
                                    title=title, body=body, published_at=when, language="en"))
        process_new(settings, db, log=lambda _line: None)
    with db.session() as s:
        held = sorted(d.meeting_id for d in s.scalars(select(Document)
                                                      .where(Document.type == "declaration")))
    assert held == ["", "hsc-2024-astana"]
