"""An article updated at the same URL: a new version, re-fetched while young, and told to the
reader again only when the change is material (a document appears)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

from sqlalchemy import func, select
from support import make_settings

from pipeline.article import Article
from pipeline.config import Subscriber
from pipeline.crawlstate import Refresh, known_urls
from pipeline.db import Database
from pipeline.digest import run_digest
from pipeline.models import ArticleRow, ArticleVersion
from pipeline.process import process_new
from pipeline.store import save_article

URL = "https://astanatimes.com/2024/07/sco-ministers-meet-in-astana/"
V1 = ("ASTANA – The foreign ministers of the Shanghai Cooperation Organization (SCO) met in "
      "Astana on Thursday to prepare the summit of the SCO Heads of State Council. The ministers "
      "discussed regional security, trade and transport links between the member states, and "
      "the agenda of the coming summit, Kazakh Foreign Minister Murat Nurtleu said.")
SMALL_EDIT = V1.replace("on Thursday", "on Thursday morning")
V2 = V1 + (" The ministers also approved the draft Astana Declaration and the SCO Development "
           "Strategy until 2035, which the heads of state are expected to sign at the summit.")


def article(body: str) -> Article:
    return Article(url=URL, source="astanatimes", title="SCO Ministers Meet in Astana", body=body,
                   published_at=datetime(2024, 7, 2, tzinfo=UTC), author="Staff")


def test_only_a_material_update_is_told_again(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, subscribers=(Subscriber("reader@example.org"),))
    db = Database(settings.database_url)
    with db.session() as s:
        save_article(s, article(V1))
    process_new(settings, db, log=lambda _: None)
    assert run_digest(settings, db, log=lambda _: None).sent == 1

    with db.session() as s:
        save_article(s, article(SMALL_EDIT))  # a new version with nothing to tell
    process_new(settings, db, log=lambda _: None)
    assert run_digest(settings, db, log=lambda _: None).sent == 0

    with db.session() as s:
        save_article(s, article(V2))  # two documents appear: material
    process_new(settings, db, log=lambda _: None)
    report = run_digest(settings, db, log=lambda _: None)
    assert report.sent == 1
    mails = sorted(settings.outbox.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
    assert len(mails) == 2
    message = message_from_bytes(mails[-1].read_bytes(), _class=EmailMessage,
                                 policy=default_policy)
    latest = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Updated: SCO Ministers Meet in Astana" in latest
    assert "Astana Declaration" in latest

    with db.session() as s:
        versions = list(s.execute(select(ArticleVersion.version, ArticleVersion.material)
                                  .order_by(ArticleVersion.version)))
        assert versions == [(1, None), (2, False), (3, True)]
        assert s.scalar(select(func.count()).select_from(ArticleRow)) == 1
    # told once: another run sends nothing
    assert run_digest(settings, db, log=lambda _: None).sent == 0


def test_young_articles_are_fetched_again_every_few_hours(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path}/x.db")
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    with db.session() as s:
        save_article(s, article(V1), now=t0)
    policy = Refresh(window=timedelta(days=2), interval=timedelta(hours=6))
    with db.session() as s:
        assert known_urls(s, [URL], now=t0 + timedelta(hours=1), refresh=policy) == {URL}
        assert known_urls(s, [URL], now=t0 + timedelta(hours=7), refresh=policy) == set()
        assert known_urls(s, [URL], now=t0 + timedelta(days=3), refresh=policy) == {URL}
    with db.session() as s:  # a re-fetch at 7h resets the clock
        save_article(s, article(V1), now=t0 + timedelta(hours=7))
    with db.session() as s:
        assert known_urls(s, [URL], now=t0 + timedelta(hours=8), refresh=policy) == {URL}
        assert known_urls(s, [URL], now=t0 + timedelta(hours=14), refresh=policy) == set()
