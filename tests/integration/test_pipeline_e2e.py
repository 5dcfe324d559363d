"""The whole pipeline from a fresh database: crawl the fixture site on loopback, process, deliver
a digest to a real SMTP server; run again and nothing is sent or stored twice."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select
from support import ROOT, SmtpSink, astanatimes_source, make_settings

from pipeline.cli import run_once
from pipeline.config import CrawlSettings, Source, Subscriber
from pipeline.db import Database
from pipeline.export import iter_records
from pipeline.models import ArticleRow, Document

pytestmark = pytest.mark.slow
FAST_CRAWL = CrawlSettings(autothrottle=False, download_delay=0, concurrency_per_domain=8,
                           timeout_seconds=120)


def article_count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(ArticleRow)) or 0)


def test_run_twice_delivers_once(tmp_path: Path, astanatimes_site: object,
                                 smtp_sink: SmtpSink, any_db_url: str) -> None:
    settings = make_settings(
        tmp_path, database_url=any_db_url, smtp_url=smtp_sink.url, crawl=FAST_CRAWL,
        sources=(astanatimes_source(astanatimes_site.base_url),),  # type: ignore[attr-defined]
        subscribers=(Subscriber("reader@example.org", timezone="Asia/Almaty"),))
    assert run_once(settings, []) == 0
    db = Database(settings.database_url)
    stored = article_count(db)
    assert stored == 12
    assert len(smtp_sink.messages) == 1
    mail = smtp_sink.messages[0]
    assert mail["To"] == "reader@example.org"
    assert "document" in mail["Subject"]
    text = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    assert "Moscow Declaration" in text and "Moscow Declaration" in html
    # documents come first, then stories, then what was left out
    sections = [text.index(h) for h in ("NEW DOCUMENTS", "STORIES", "LEFT OUT") if h in text]
    assert sections == sorted(sections) and text.index("NEW DOCUMENTS") == sections[0]
    assert sections[0] < text.index("Moscow Declaration") < sections[1]
    assert "not about the SCO" in text  # the non-SCO fixture articles are counted, not listed
    with db.session() as s:
        names = set(s.scalars(select(Document.name)))
    assert "Moscow Declaration" in names

    assert run_once(settings, []) == 0
    assert article_count(db) == stored
    assert len(smtp_sink.messages) == 1, "the second run sent mail although nothing was new"

    with db.session() as s:
        records = list(iter_records(s))
    assert len(records) == stored
    seed = next(r for r in records if "moscow-declaration" in r["url"])
    assert seed["sco_relevant"] is True
    assert {"name": "Moscow Declaration", "type": "declaration",
            "meeting": "hsc-2020-moscow"} in seed["documents"]
    assert {"KZ", "RU", "CN", "IN"} <= set(seed["states"])
    # the outlet's own day and offset survive storage in UTC
    assert seed["published_at"] == "2020-11-10T00:00:00+06:00"
    db.dispose()


def test_a_source_that_is_down_does_not_stop_the_others(tmp_path: Path, astanatimes_site: object,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from support import free_port

    dead = Source("deadoutlet", "astanatimes", (f"http://127.0.0.1:{free_port()}/feed/",))
    settings = make_settings(
        tmp_path, crawl=FAST_CRAWL,
        sources=(dead, astanatimes_source(astanatimes_site.base_url)),  # type: ignore[attr-defined]
        subscribers=(Subscriber("reader@example.org"),))
    assert run_once(settings, []) == 1  # a failure is reported ...
    out = capsys.readouterr().out
    assert "deadoutlet: FAILED" in out and "no page could be fetched" in out
    assert article_count(Database(settings.database_url)) == 12  # ... and the rest was done
    assert list(settings.outbox.glob("*.eml")), "the digest was not written to the outbox"


def test_export_cli_writes_the_documented_record(tmp_path: Path, astanatimes_site: object) -> None:
    settings = make_settings(
        tmp_path, crawl=FAST_CRAWL,
        sources=(astanatimes_source(astanatimes_site.base_url),))  # type: ignore[attr-defined]
    run_once(settings, [])
    config = tmp_path / "scowatch.toml"
    config.write_text(f'[scowatch]\ndatabase_url = "{settings.database_url}"\n')
    out = subprocess.run([sys.executable, "-m", "pipeline.cli", "export", "--config", str(config),
                          "--format", "jsonl"], capture_output=True, text=True, cwd=ROOT,
                         check=True).stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 12
    documented = {"url", "canonical_url", "source", "title", "published_at", "author", "language",
                  "body", "sco_relevant", "relevance", "states", "people", "bodies", "topics",
                  "documents", "duplicate_of", "story_id"}
    for rec in records:
        assert documented <= set(rec)
    copies = [r for r in records if r["duplicate_of"]]
    assert all(c["duplicate_of"] != c["canonical_url"] for c in copies)


def test_demo_writes_a_digest_to_the_outbox(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "demo", "astanatimes", "sectsco",
                           "--dir", str(tmp_path / "demo")], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    htmls = list((tmp_path / "demo" / "outbox").glob("*.html"))
    emls = list((tmp_path / "demo" / "outbox").glob("*.eml"))
    assert len(htmls) == 1 and len(emls) == 1
    assert "Moscow Declaration" in htmls[0].read_text()
    assert "open the digest in a browser" in proc.stdout
    assert "astanatimes: ok" in proc.stdout and "sectsco: ok" in proc.stdout


def test_dry_run_renders_without_sending(tmp_path: Path, astanatimes_site: object) -> None:
    from pipeline.crawl import run_crawl
    from pipeline.digest import run_digest
    from pipeline.process import process_new

    settings = make_settings(
        tmp_path, crawl=FAST_CRAWL, subscribers=(Subscriber("reader@example.org"),),
        sources=(astanatimes_source(astanatimes_site.base_url),))  # type: ignore[attr-defined]
    db = Database(settings.database_url)
    run_crawl(settings, "astanatimes", db)
    process_new(settings, db)
    out = tmp_path / "preview.html"
    report = run_digest(settings, db, dry_run=True, to_file=out)
    assert out.exists() and "Moscow Declaration" in out.read_text()
    assert report.sent == 0 and not list(settings.outbox.glob("*"))
    # nothing was recorded, so a real run still delivers everything
    assert run_digest(settings, db).sent == 1


def test_settings_replace_keeps_it_frozen(tmp_path: Path) -> None:
    s = make_settings(tmp_path)
    with pytest.raises(AttributeError):
        s.outbox = tmp_path  # type: ignore[misc]
    assert replace(s, sender="x").sender == "x"
