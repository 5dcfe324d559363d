"""Item pipelines: thin adapters from Scrapy to pipeline.store, one concern each."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from pipeline.article import Article
from pipeline.config import Settings, load_settings
from pipeline.db import Database, DatabaseError
from pipeline.store import ensure_source, save_article

DEFAULT_BATCH = 25


def settings_from_crawler(crawler: Crawler) -> Settings:
    """scowatch Settings for a crawl: the config file named by the SCOWATCH_CONFIG setting/env."""
    return load_settings(crawler.settings.get("SCOWATCH_CONFIG") or None)


class StorePipeline:
    """Upserts Articles into the database in small batches; counts new, updated, unchanged.

    One transaction per batch rather than per item keeps storage from slowing the crawl. A crawl
    killed mid-batch loses at most one batch of unsaved articles, and since the crawl state only
    knows stored URLs, the next crawl fetches those pages again: nothing is lost for good.
    """

    def __init__(self, crawler: Crawler, settings: Settings, batch_size: int) -> None:
        self.crawler = crawler
        self.settings = settings
        self.batch_size = max(1, batch_size)
        self.pending: list[Article] = []
        self.db: Database | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        if not crawler.settings.getbool("SCOWATCH_STORE_ENABLED", True):
            raise NotConfigured("storage switched off (SCOWATCH_STORE_ENABLED=0)")
        return cls(crawler, settings_from_crawler(crawler),
                   crawler.settings.getint("SCOWATCH_STORE_BATCH", DEFAULT_BATCH))

    def open_spider(self, spider: Any = None) -> None:
        self.db = Database(self.settings.database_url)
        name = getattr(self.crawler.spider, "source_name", None) or self.crawler.spider.name
        with self.db.session() as session:
            ensure_source(session, name, self.crawler.spider.name)

    def close_spider(self, spider: Any = None) -> None:
        try:
            self.flush()
        finally:
            if self.db is not None:
                self.db.dispose()

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
        """Store the pending articles in one transaction (one by one if that fails)."""
        batch, self.pending = self.pending, []
        if not batch or self.db is None:
            return
        stats = self.crawler.stats
        try:
            with self.db.session() as session:
                outcomes = [save_article(session, article) for article in batch]
        except DatabaseError:
            raise
        except Exception:  # one bad article must not cost the batch: retry them one by one
            self.crawler.spider.logger.exception("batch of %d articles failed; retrying singly",
                                                 len(batch))
            outcomes = []
            for article in batch:
                try:
                    with self.db.session() as session:
                        outcomes.append(save_article(session, article))
                except DatabaseError:
                    raise
                except Exception:
                    self.crawler.spider.logger.exception("could not store %s", article.url)
                    stats.inc_value("scowatch/store_errors")
        for outcome in outcomes:
            stats.inc_value(f"scowatch/stored/{outcome.value}")
