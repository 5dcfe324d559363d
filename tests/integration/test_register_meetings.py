"""The document register per (document, meeting), with a history, on a real database.

Every article text here is written by the scowatch developers for this test (not real reports).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from support import make_settings

from pipeline.article import Article
from pipeline.cli import documents_text
from pipeline.db import Database
from pipeline.models import Document, DocumentEvent
from pipeline.process import process_new
from pipeline.store import save_article


def _store(db: Database, items: list[tuple[str, str, str, datetime]]) -> None:
    with db.session() as s:
        for slug, title, body, when in items:
            save_article(s, Article(url=f"https://news.example/{slug}", source="news",
                                    title=title, body=body, published_at=when, language="en"))


def test_same_name_two_summits_and_a_draft_adopted_later(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    db = Database(settings.database_url)
    _store(db, [
        ("a2017", "SCO summit in Astana ends",
         "The heads of state of the Shanghai Cooperation Organisation signed the Astana "
         "Declaration at the SCO summit in Astana on Friday. India and Pakistan joined the SCO.",
         datetime(2017, 6, 9, 15, tzinfo=UTC)),
        ("fm2024", "SCO foreign ministers meet in Astana",
         "The SCO Council of Foreign Ministers met in Astana on May 21 and approved the draft "
         "Astana Declaration for the summit of the Shanghai Cooperation Organisation.",
         datetime(2024, 5, 21, 12, tzinfo=UTC)),
        ("a2024", "SCO summit adopts Astana Declaration",
         "The leaders of the Shanghai Cooperation Organisation signed the Astana Declaration at "
         "the 24th meeting of the Council of Heads of State in Astana.",
         datetime(2024, 7, 4, 16, tzinfo=UTC)),
    ])
    process_new(settings, db, log=lambda _line: None)
    with db.session() as s:
        docs = s.scalars(select(Document).order_by(Document.meeting_date)).all()
        entries = [(d.name, d.meeting_id, d.status) for d in docs]
        assert entries == [
            ("Astana Declaration", "hsc-2017-astana", "signed"),
            ("Astana Declaration", "hsc-2024-astana", "signed"),
        ]
        history = s.scalars(select(DocumentEvent).where(DocumentEvent.document_id == docs[1].id)
                            .order_by(DocumentEvent.meeting_date)).all()
        assert [(e.status, e.meeting_id) for e in history] == [
            ("planned", "cfm-2024-astana"), ("signed", "hsc-2024-astana")]


def test_cli_text_shows_unresolved_and_the_calendar_gap() -> None:
    rows = [{"name": "Moscow Declaration", "type": "declaration", "status": "signed",
             "meeting": "SCO Heads of State Council", "venue": "Moscow", "date": "2020-12-28",
             "meeting_id": None, "meeting_resolved": False, "meeting_format": None,
             "meeting_ordinal": None,
             "meeting_note": "SCO Heads of State Council, Moscow, 2020-12-28",
             "history": [], "first_seen_at": "2021-01-04T00:00:00",
             "articles": [{"source": "tass", "url": "u1"}, {"source": "tass", "url": "u2"}]}]
    text = "\n".join(documents_text(json.loads(json.dumps(rows))))
    assert "meeting unresolved (the text says: SCO Heads of State Council, Moscow, 2020-12-28)" \
        in text
    assert "reported by 2 article(s): tass (2)" in text
    assert "calendar lacks: SCO Heads of State Council, Moscow, 2020-12-28" in text
