"""`scowatch documents --rebuild`: the register after a calendar edit (or an upgrade of the
naming rules) is what the stored articles give under today's rules, with nothing mailed twice.

Every article text here is written by the scowatch developers for this test (not real reports).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from support import make_settings

from pipeline.article import Article
from pipeline.cli import main
from pipeline.config import Settings, Subscriber
from pipeline.db import Database
from pipeline.digest import run_digest
from pipeline.documents import register as doc_register
from pipeline.models import ArticleVersion, Delivery, Document, DocumentMention, Message
from pipeline.process import process_new
from pipeline.register_rebuild import rebuild_register
from pipeline.store import save_article

SILENT = {"log": lambda _line: None}
# a meeting the bundled calendar does not hold (the test's own, not an SCO meeting)
EXTRA_MEETING = """
[[meeting]]
id = "hsc-2020-moscow-extra"
council = "heads_of_state_council"
venue = "Moscow"
chair = "RU"
year = 2020
start = 2020-12-28
format = "in person"
source = "written for this test"
checked = "2026-12-03"
"""
FIRST = ("first", "SCO leaders meet in Moscow",
         "The Council of Heads of State of the Shanghai Cooperation Organisation met in Moscow on "
         "December 28 and signed the Moscow Declaration.", datetime(2020, 12, 29, 9, tzinfo=UTC))
SECOND = ("second", "Moscow Declaration published",
          "The Moscow Declaration signed by the Council of Heads of State of the Shanghai "
          "Cooperation Organisation in Moscow on December 28 was published on Wednesday.",
          datetime(2020, 12, 30, 9, tzinfo=UTC))


def _store(db: Database, *items: tuple[str, str, str, datetime]) -> None:
    with db.session() as s:
        for slug, title, body, when in items:
            save_article(s, Article(url=f"https://news.example/{slug}", source="news",
                                    title=title, body=body, published_at=when, language="en"))


def _entries(db: Database) -> list[tuple[int, str, str]]:
    with db.session() as s:
        return [(d.id, d.name, d.meeting_id) for d in s.scalars(select(Document)
                                                                 .order_by(Document.id))]


def _settings(tmp_path: Path, database_url: str | None = None,
              with_meeting: bool = False) -> Settings:
    extra = tmp_path / "meetings.toml"
    extra.write_text(EXTRA_MEETING if with_meeting else "", encoding="utf-8")
    return make_settings(tmp_path, database_url, meetings_files=(extra,),
                         subscribers=(Subscriber(email="reader@example.org"),))


def _calendar_edit_then_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                database_url: str | None = None) -> None:
    settings = _settings(tmp_path, database_url)
    db = Database(settings.database_url)
    _store(db, FIRST)
    process_new(settings, db, **SILENT)
    [(old_id, _, meeting_id)] = _entries(db)
    assert meeting_id == ""  # the calendar lacks the meeting: unresolved
    now = datetime(2020, 12, 29, 12, tzinfo=UTC)
    assert run_digest(settings, db, now=lambda: now, **SILENT).sent == 1
    # the user adds the meeting to their meetings_file; the next report is placed at it. Since
    # round 45 the register folds the unresolved step at the meeting's venue and days into the
    # meeting's entry as it processes (test_the_next_report_after_a_calendar_edit_...); the
    # register here is written as a version without that fold wrote it, which --rebuild mends
    settings = _settings(tmp_path, database_url, with_meeting=True)
    _store(db, SECOND)
    with monkeypatch.context() as m:
        m.setattr(doc_register, "beside", lambda *_args: False)
        process_new(settings, db, **SILENT)
    assert [m for _, _, m in _entries(db)] == ["", "hsc-2020-moscow-extra"]  # two entries

    dry = rebuild_register(settings, db, dry_run=True, **SILENT)
    assert (dry.before, dry.after) == (2, 1)
    assert len(_entries(db)) == 2  # a dry run writes nothing

    report = rebuild_register(settings, db, **SILENT)
    assert (report.before, report.after, report.kept, report.new, report.gone) == (2, 1, 1, 0, 1)
    # one entry, placed at the meeting, under the id the subscriber was sent
    assert _entries(db) == [(old_id, "Moscow Declaration", "hsc-2020-moscow-extra")]
    with db.session() as s:
        assert len(s.scalars(select(DocumentMention)).all()) == 2
        assert [d.item_id for d in s.scalars(select(Delivery).where(
            Delivery.item_type == "document"))] == [old_id]
        # the articles' versions name the keys they have now: no false "documents changed"
        assert [v.documents for v in s.scalars(select(ArticleVersion))] == [
            ["declaration moscow"], ["declaration moscow"]]
        sent_before = {m.id for m in s.scalars(select(Message))}
    # the reader is not sent the document again (the second report is a story of its own)
    later = datetime(2020, 12, 31, 12, tzinfo=UTC)
    run_digest(settings, db, now=lambda: later, **SILENT)
    with db.session() as s:
        new = [m for m in s.scalars(select(Message)) if m.id not in sent_before]
        assert new and all(kind != "document" for m in new for kind, _ in m.items)
    # a second rebuild changes nothing
    again = rebuild_register(settings, db, **SILENT)
    assert (again.before, again.after, again.kept, again.new, again.gone) == (1, 1, 1, 0, 0)
    assert again.changed == []
    # processing goes on after a rebuild: a new entry gets an id of its own
    _store(db, ("third", "SCO leaders sign Tianjin Declaration",
                "The leaders of the Shanghai Cooperation Organisation signed the Tianjin "
                "Declaration at the SCO summit in Tianjin.", datetime(2025, 9, 1, 12, tzinfo=UTC)))
    process_new(settings, db, **SILENT)
    ids = [i for i, _, _ in _entries(db)]
    assert len(ids) == len(set(ids)) == 2
    db.dispose()


def test_a_calendar_edit_then_rebuild_gives_one_entry_and_no_second_mail(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _calendar_edit_then_rebuild(tmp_path, monkeypatch)


def test_rebuild_on_postgresql(postgres_url: str, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    _calendar_edit_then_rebuild(tmp_path, monkeypatch, postgres_url)


def test_the_next_report_after_a_calendar_edit_joins_the_unresolved_entry(
        tmp_path: Path) -> None:
    """Today's rules need no rebuild here: the unresolved entry (Moscow, December 28) is beside
    the meeting the user added, so the next report moves it there, under the id already sent."""
    settings = _settings(tmp_path)
    db = Database(settings.database_url)
    _store(db, FIRST)
    process_new(settings, db, **SILENT)
    [(old_id, _, meeting_id)] = _entries(db)
    assert meeting_id == ""
    settings = _settings(tmp_path, with_meeting=True)
    _store(db, SECOND)
    process_new(settings, db, **SILENT)
    assert _entries(db) == [(old_id, "Moscow Declaration", "hsc-2020-moscow-extra")]
    report = rebuild_register(settings, db, dry_run=True, **SILENT)
    assert (report.before, report.after, report.gone) == (1, 1, 0)
    db.dispose()


def test_the_cli_rebuilds_and_says_what_changed(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    settings = _settings(tmp_path)
    config = tmp_path / "scowatch.toml"
    config.write_text(f'[scowatch]\ndatabase_url = "{settings.database_url}"\n'
                      f'meetings_file = ["{tmp_path / "meetings.toml"}"]\n', encoding="utf-8")
    db = Database(settings.database_url)
    _store(db, FIRST)
    process_new(settings, db, **SILENT)
    (tmp_path / "meetings.toml").write_text(EXTRA_MEETING, encoding="utf-8")
    assert main(["--config", str(config), "documents", "--rebuild", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "dry run" in out and "1 entries before, 1 after" in out
    assert "changed: Moscow Declaration [meeting unresolved] -> Moscow Declaration " \
           "[hsc-2020-moscow-extra]" in out
    assert [m for _, _, m in _entries(db)] == [""]
    assert main(["--config", str(config), "documents", "--rebuild"]) == 0
    assert [m for _, _, m in _entries(db)] == ["hsc-2020-moscow-extra"]
    db.dispose()
