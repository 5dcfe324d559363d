"""Writes the crawl's stats to a JSON file, so that the process that started the crawl can
read them."""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class StatsFile:
    """On spider close, write the crawler stats to SCOWATCH_STATS_FILE (atomically)."""

    def __init__(self, crawler: Crawler, path: Path) -> None:
        self.crawler, self.path = crawler, path

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatsFile:
        path = crawler.settings.get("SCOWATCH_STATS_FILE")
        if not path:
            raise NotConfigured("no SCOWATCH_STATS_FILE")
        ext = cls(crawler, Path(path))
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider: Any, reason: str) -> None:
        write_stats(self.path, dict(self.crawler.stats.get_stats()), reason)


def write_stats(path: Path, stats: dict[str, Any], reason: str) -> None:
    """Write a crawl's stats and finish reason as JSON, atomically."""
    stats = {**stats, "finish_reason": reason}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(stats, default=_jsonable, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)
