"""Item pipelines: thin adapters from Scrapy to pipeline.store, one concern each."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from twisted.internet.defer import Deferred, DeferredLock, succeed
from twisted.internet.task import LoopingCall
from twisted.internet.threads import deferToThread
from twisted.python.failure import Failure

from pipeline.article import Article
from pipeline.config import Settings, process_settings
from pipeline.db import Database, DatabaseError, shared_database
from pipeline.store import ensure_source, save_article, save_articles

DEFAULT_BATCH = 25
# Seconds an article may wait for its batch to fill before it is stored anyway: a slow crawl
# killed after a minute must not lose a minute of articles.
DEFAULT_MAX_WAIT = 2.0
LOG = logging.getLogger(__name__)


def settings_from_crawler(crawler: Crawler) -> Settings:
    """scowatch Settings for a crawl: the config file named by the SCOWATCH_CONFIG setting/env."""
    return process_settings(crawler.settings.get("SCOWATCH_CONFIG") or None)


class StorePipeline:
    """Upserts Articles into the database in small batches; counts new, updated, unchanged.

    One transaction per batch, in a worker thread, keeps storage from slowing the crawl. A batch
    is stored when it is full, and what is pending every SCOWATCH_STORE_MAX_WAIT seconds, so a
    crawl killed mid-batch loses at most those seconds of unsaved articles, and since the crawl
    state only knows stored URLs, the next crawl fetches those pages again: nothing is lost.
    """

    def __init__(self, crawler: Crawler, settings: Settings, batch_size: int,
                 max_wait: float = DEFAULT_MAX_WAIT) -> None:
        self.crawler = crawler
        self.settings = settings
        self.batch_size = max(1, batch_size)
        self.max_wait = max_wait
        self.timer: LoopingCall | None = None
        self.pending: list[Article] = []
        self.db: Database | None = None
        self.lock = DeferredLock()  # batches are stored one after another, in order

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        if not crawler.settings.getbool("SCOWATCH_STORE_ENABLED", True):
            raise NotConfigured("storage switched off (SCOWATCH_STORE_ENABLED=0)")
        return cls(crawler, settings_from_crawler(crawler),
                   crawler.settings.getint("SCOWATCH_STORE_BATCH", DEFAULT_BATCH),
                   crawler.settings.getfloat("SCOWATCH_STORE_MAX_WAIT", DEFAULT_MAX_WAIT))

    def open_spider(self, spider: Any = None) -> None:
        # the process's one Database: a `scrapy crawlgroup` process runs many crawlers
        self.db = shared_database(self.settings.database_url)
        name = getattr(self.crawler.spider, "source_name", None) or self.crawler.spider.name
        with self.db.session() as session:
            ensure_source(session, name, self.crawler.spider.name)
        if self.max_wait > 0:
            self.timer = LoopingCall(self.flush)
            self.timer.start(self.max_wait, now=False)

    def close_spider(self, spider: Any = None) -> Deferred[None]:
        """Store what is left and wait for every batch before the crawl ends."""
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        self.flush()
        done: Deferred[None] = self.lock.run(lambda: succeed(None))
        done.addBoth(self._dispose)
        return done

    def _dispose(self, result: Any) -> Any:
        # the shared Database stays open for the other crawlers of this process
        return result

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, Article):
            raise DropItem(f"not an Article: {type(item).__name__}")
        if not item.url or not (item.title or item.body):
            raise DropItem(f"{item.url}: neither title nor body")
        self.pending.append(item)
        if len(self.pending) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        """Hand the pending articles to a worker thread, one batch at a time, so that a database
        commit never holds up the downloads."""
        batch, self.pending = self.pending, []
        if not batch or self.db is None:
            return
        stored = self.lock.run(deferToThread, self.store, batch)
        stored.addCallbacks(self._count, self._failed, errbackArgs=(batch,))

    def store(self, batch: list[Article]) -> tuple[list[str], int]:
        """Store a batch in one transaction (one by one if that fails); runs in a thread."""
        assert self.db is not None
        try:
            with self.db.session() as session:
                return [outcome.value for outcome in save_articles(session, batch)], 0
        except DatabaseError:
            raise
        except Exception:  # one bad article must not cost the batch: retry them one by one
            LOG.exception("batch of %d articles failed; storing them one by one", len(batch))
        outcomes, errors = [], 0
        for article in batch:
            try:
                with self.db.session() as session:
                    outcomes.append(save_article(session, article).value)
            except DatabaseError:
                raise
            except Exception:
                LOG.exception("could not store %s", article.url)
                errors += 1
        return outcomes, errors

    def _count(self, result: tuple[list[str], int]) -> None:
        outcomes, errors = result
        stats = self.crawler.stats
        for outcome in outcomes:
            stats.inc_value(f"scowatch/stored/{outcome}")
        if errors:
            stats.inc_value("scowatch/store_errors", errors)

    def _failed(self, failure: Failure, batch: list[Article]) -> None:
        LOG.error("could not store %d articles: %s", len(batch), failure.getErrorMessage())
        self.crawler.stats.inc_value("scowatch/store_errors", len(batch))
