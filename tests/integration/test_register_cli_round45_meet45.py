"""Round 45 (meet45): Iran's memorandum signed on the eve of the Samarkand summit in its city and
reported at the summit is one register entry with both steps, shown by `scowatch documents` as
text and JSON.

The Chinese text is a real published report (blind set 34, m.ccschy.com); the English one is
written by the scowatch developers for this test.
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

SUMMIT = (
    "Iran signs SCO memorandum at Samarkand summit",
    "Iran signed the memorandum of obligations of the Islamic Republic of Iran at the SCO "
    "summit in Samarkand on 16 September 2022, the heads of state said.",
)
EVE = ("当地时间9月14日晚,伊朗外交部长侯赛因·阿米尔-阿卜杜拉希扬和上海合作组织(上合组织)秘书长张明,"
       "在乌兹别克斯坦撒马尔罕签署了伊朗加入上合组织的备忘录。这是上合组织成员国去年同意接纳伊朗成为"
       "新成员后,伊朗正式加入程序中的又一关键进展。")


# both orders: the eve's report stored (and processed) after the summit's, and before it (the
# stored entry then carries the eve's venue, which the summit's report needs to find it)
@pytest.mark.parametrize("eve_first", [False, True], ids=["summit-first", "eve-first"])
def test_the_eves_signing_and_the_summits_are_one_entry(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        eve_first: bool) -> None:
    settings = make_settings(tmp_path)
    db = Database(settings.database_url)
    summit = Article(url="https://news.example/iran-samarkand", source="news",
                     title=SUMMIT[0], body=SUMMIT[1],
                     published_at=datetime(2022, 9, 16, 12, tzinfo=UTC), language="en")
    eve = Article(url="http://zh.example/180231.html", source="zh.example",
                  title="", body=EVE, published_at=None, language="zh")
    with db.session() as s:
        for article in ([eve, summit] if eve_first else [summit, eve]):
            save_article(s, article)
    process_new(settings, db, log=lambda _line: None)
    with db.session() as s:
        memos = s.scalars(select(Document).where(Document.type == "memorandum")).all()
        assert [d.meeting_id for d in memos] == ["hsc-2022-samarkand"]
    monkeypatch.setattr(cli, "_settings", lambda _args: settings)
    assert cli.main(["documents", "--json"]) == 0
    rows = [r for r in json.loads(capsys.readouterr().out) if r["type"] == "memorandum"]
    assert len(rows) == 1 and rows[0]["meeting_resolved"]
    assert len(rows[0]["articles"]) == 2
    steps = [(h["status"], h["meeting_id"], h["venue"], h["date"]) for h in rows[0]["history"]]
    assert ("signed", None, "Samarkand", "2022-09-14") in steps
    assert ("signed", "hsc-2022-samarkand", "Samarkand", "2022-09-16") in steps
    assert cli.main(["documents"]) == 0
    text = capsys.readouterr().out
    assert ("history: signed (Samarkand, 2022-09-14); signed (SCO Heads of State Council, "
            "Samarkand, 2022-09-16)") in text
    assert "meeting unresolved (the text says: Samarkand" not in text
