"""Storage on a real database (SQLite and PostgreSQL): upserts on the canonical URL, versions,
tz-aware dates, concurrent writers."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import event, func, select

from pipeline.article import Article
from pipeline.db import Database
from pipeline.models import ArticleRow
from pipeline.store import Outcome, save_article, save_articles

ALMATY = timezone(timedelta(hours=5))


def article(url: str = "https://astanatimes.com/2020/11/sco-leaders/", **kw: object) -> Article:
    fields: dict[str, object] = {
        "source": "astanatimes", "title": "SCO Leaders Sign Moscow Declaration",
        "body": "NUR-SULTAN – The Heads of the SCO member states signed a Moscow declaration.",
        "published_at": datetime(2020, 11, 10, 18, 0, tzinfo=ALMATY), "author": "Aidana",
    }
    fields.update(kw)
    return Article(url=url, **fields)  # type: ignore[arg-type]


def count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(ArticleRow)) or 0)


def test_upsert_is_idempotent_across_url_variants(any_db_url: str) -> None:
    db = Database(any_db_url)
    outcomes = []
    for url in ("https://astanatimes.com/2020/11/sco-leaders/",
                "http://www.astanatimes.com/2020/11/sco-leaders?utm_source=x",
                "https://astanatimes.com/2020/11/sco-leaders/amp/"):
        with db.session() as s:
            outcomes.append(save_article(s, article(url)))
    assert outcomes == [Outcome.NEW, Outcome.UNCHANGED, Outcome.UNCHANGED]
    assert count(db) == 1
    with db.session() as s:
        row = s.scalars(select(ArticleRow)).one()
        assert row.canonical_url == "https://astanatimes.com/2020/11/sco-leaders"
        assert row.published_at == datetime(2020, 11, 10, 13, 0, tzinfo=UTC)
        assert row.published_at.tzinfo is not None
    db.dispose()


def test_changed_text_is_a_new_version_not_a_new_article(any_db_url: str) -> None:
    db = Database(any_db_url)
    with db.session() as s:
        save_article(s, article())
    with db.session() as s:
        row = s.scalars(select(ArticleRow)).one()
        row.processed_at = datetime.now(UTC)
    with db.session() as s:
        outcome = save_article(s, article(body="NUR-SULTAN – Updated: the SCO adopted a plan."))
    assert outcome is Outcome.UPDATED
    with db.session() as s:
        row = s.scalars(select(ArticleRow)).one()
        assert row.version == 2 and row.processed_at is None
        assert "Updated" in (row.body or "")
    assert count(db) == 1
    db.dispose()


def test_a_later_fetch_fills_missing_fields_without_losing_any(any_db_url: str) -> None:
    db = Database(any_db_url)
    with db.session() as s:
        save_article(s, article(author=None, published_at=None))
    with db.session() as s:
        assert save_article(s, article(title=None)) is Outcome.UNCHANGED
    with db.session() as s:
        row = s.scalars(select(ArticleRow)).one()
        assert row.author == "Aidana" and row.published_at is not None
        assert row.title == "SCO Leaders Sign Moscow Declaration"
    db.dispose()


def test_page_canonical_is_used_only_on_the_same_site(any_db_url: str) -> None:
    db = Database(any_db_url)
    with db.session() as s:
        save_article(s, article("https://astanatimes.com/?p=123",
                                page_canonical_url="https://astanatimes.com/2020/11/x/"))
        save_article(s, article("https://copycat.example/sco/",
                                page_canonical_url="https://astanatimes.com/2020/11/y/"))
    with db.session() as s:
        keys = set(s.scalars(select(ArticleRow.canonical_url)))
    assert keys == {"https://astanatimes.com/2020/11/x", "https://copycat.example/sco"}
    db.dispose()


def test_concurrent_writers_store_each_article_once(any_db_url: str) -> None:
    Database(any_db_url).ensure_schema()
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        db = Database(any_db_url)
        try:
            for i in range(20):
                with db.session() as s:
                    save_article(s, article(f"https://astanatimes.com/2024/07/story-{i}/",
                                            body=f"Story {i} about the SCO summit."))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert count(Database(any_db_url)) == 20


def test_a_read_does_not_wait_for_a_writer_on_sqlite(tmp_path: object) -> None:
    """A crawl looks up stored URLs while its storing thread holds SQLite's write lock: the
    lookup (Database.reading) must not queue behind it, while a writing session does."""
    import sqlite3
    from pathlib import Path

    from pipeline.db import DatabaseError

    path = Path(str(tmp_path)) / "lock.db"
    db = Database(f"sqlite:///{path}?timeout=0.5")
    with db.session() as s:
        save_article(s, article())
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer, mid-transaction
    try:
        with db.reading() as s:  # would give up with "database is locked" after 0.5 s
            assert s.scalar(select(func.count()).select_from(ArticleRow)) == 1
        try:  # control: a writing session waits for the lock and gives up after the timeout
            with db.session() as s:
                s.scalar(select(func.count()).select_from(ArticleRow))
        except DatabaseError as exc:
            assert "locked" in str(exc)
        else:
            raise AssertionError("a writing session got past another writer's lock")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        db.dispose()


def batch_rounds() -> list[list[Article]]:
    """Three crawls' batches, written by the scowatch developers to cover each path of storing:
    new articles, the same article twice in one batch (URL variants, a same-site canonical),
    re-saved unchanged, changed text, fields filled later, an article without a body."""
    def story(i: int, **kw: object) -> Article:
        fields: dict[str, object] = {
            "title": f"Story {i}",
            "body": f"ASTANA – Story {i} about the SCO summit, told plainly."}
        return article(f"https://astanatimes.com/2024/07/story-{i}/", **{**fields, **kw})
    first = [story(i, author=None if i % 3 else "Aidana", section=None) for i in range(12)]
    first += [
        article("http://www.astanatimes.com/2024/07/story-3?utm_source=x", title="Story 3",
                body="ASTANA – Story 3 about the SCO summit, told plainly."),  # a variant of 3
        article("https://astanatimes.com/?p=77", title="Story 77", body="ASTANA – Story 77.",
                page_canonical_url="https://astanatimes.com/2024/07/story-5/"),  # names 5
        article("https://astanatimes.com/2024/07/headline-only/", body=None, title="Brief"),
        story(12, language="en", description="What happened."),
    ]
    second = [story(i, section="Nation") for i in range(0, 12, 2)]  # unchanged, fields filled
    second += [article(f"https://astanatimes.com/2024/07/story-{i}/", title=f"Story {i}",
                       body=f"ASTANA – Story {i}, updated: the SCO adopted a plan.")
               for i in (1, 3)]  # changed text
    second += [story(20 + i) for i in range(5)]  # new
    second += [story(1, author="Later"), story(21, body="ASTANA – Story 21, revised.")]
    third = [story(3), story(3, title="Story 3, again"), story(30),
             article("https://astanatimes.com/2024/07/headline-only/", body="Now a body.",
                     title="Brief"), story(30, body="ASTANA – Story 30, changed at once.")]
    return [first, second, third]


def stored_rows(db: Database) -> list[tuple[object, ...]]:
    columns = list(ArticleRow.__table__.columns)
    with db.session() as s:
        return [tuple(row) for row in s.execute(select(*columns).order_by(ArticleRow.id))]


def test_a_batch_stores_what_saving_its_articles_one_by_one_stores(
        any_db_url: str, tmp_path: object) -> None:
    """Same outcomes and byte-identical rows (ids included) as one save_article per article."""
    from pathlib import Path

    if any_db_url.startswith("sqlite"):
        one_url = f"sqlite:///{Path(str(tmp_path)) / 'one-by-one.db'}"
    else:  # a second fresh database on the same server
        one_url = any_db_url.rsplit("/", 1)[0] + "/" + any_db_url.rsplit("/", 1)[1] + "_one"
        _create_database(any_db_url, one_url)
    batched, one_by_one = Database(any_db_url), Database(one_url)
    try:
        for day, batch in enumerate(batch_rounds(), start=1):
            now = datetime(2024, 7, day, 6, 0, tzinfo=UTC)
            with batched.session() as s:
                got = save_articles(s, batch, now)
            with one_by_one.session() as s:
                expected = [save_article(s, a, now) for a in batch]
            assert got == expected
        assert set(expected) == {Outcome.NEW, Outcome.UPDATED, Outcome.UNCHANGED}
        assert stored_rows(batched) == stored_rows(one_by_one)
    finally:
        batched.dispose()
        one_by_one.dispose()
        if not any_db_url.startswith("sqlite"):
            _drop_database(any_db_url, one_url)


def test_a_batch_of_new_articles_is_one_insert(any_db_url: str) -> None:
    db = Database(any_db_url)
    db.ensure_schema()
    inserts: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO ARTICLES"):
            inserts.append(statement)
    batch = [article(f"https://astanatimes.com/2024/08/item-{i}/", body=f"Item {i}.")
             for i in range(25)]
    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.session() as s:
            assert save_articles(s, batch) == [Outcome.NEW] * 25
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
        db.dispose()
    assert len(inserts) == 1
    assert count(Database(any_db_url)) == 25


def _admin(url: str) -> object:
    from sqlalchemy import create_engine

    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1),
                         isolation_level="AUTOCOMMIT")


def _create_database(server_url: str, url: str) -> None:
    from sqlalchemy import text

    admin = _admin(server_url)
    with admin.connect() as conn:  # type: ignore[attr-defined]
        conn.execute(text(f'CREATE DATABASE "{url.rsplit("/", 1)[1]}"'))
    admin.dispose()  # type: ignore[attr-defined]


def _drop_database(server_url: str, url: str) -> None:
    from sqlalchemy import text

    admin = _admin(server_url)
    with admin.connect() as conn:  # type: ignore[attr-defined]
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()  # type: ignore[attr-defined]
