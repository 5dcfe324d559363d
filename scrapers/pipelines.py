"""Item pipelines: thin adapters from Scrapy to pipeline.store, one concern each."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from pipeline.article import Article
from pipeline.config import Settings, load_settings
from pipeline.db import Database
from pipeline.store import ensure_source, save_article


def settings_from_crawler(crawler: Crawler) -> Settings:
    """scowatch Settings for a crawl: the config file named by the SCOWATCH_CONFIG setting/env."""
    return load_settings(crawler.settings.get("SCOWATCH_CONFIG") or None)


class StorePipeline:
    """Upserts each Article into the database and counts new, updated and unchanged ones."""

    def __init__(self, crawler: Crawler, settings: Settings) -> None:
        self.crawler = crawler
        self.settings = settings
        self.db: Database | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        if not crawler.settings.getbool("SCOWATCH_STORE_ENABLED", True):
            raise NotConfigured("storage switched off (SCOWATCH_STORE_ENABLED=0)")
        return cls(crawler, settings_from_crawler(crawler))

    def open_spider(self, spider: Any = None) -> None:
        self.db = Database(self.settings.database_url)
        name = getattr(self.crawler.spider, "source_name", None) or self.crawler.spider.name
        with self.db.session() as session:
            ensure_source(session, name, self.crawler.spider.name)

    def close_spider(self, spider: Any = None) -> None:
        if self.db is not None:
            self.db.dispose()

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, Article):
            raise DropItem(f"not an Article: {type(item).__name__}")
        if not item.url or not (item.title or item.body):
            raise DropItem(f"{item.url}: neither title nor body")
        assert self.db is not None
        with self.db.session() as session:
            outcome = save_article(session, item)
        self.crawler.stats.inc_value(f"scowatch/stored/{outcome.value}")
        return item
