"""`scrapy crawlgroup PLAN.json`: crawl many sources in one process, one Crawler per source.

Scrapy is built to run many crawlers in one reactor. A group of sources shares one process (the
imports, the language model, the database connections: the fixed cost paid once), while each
source keeps its own Crawler: its spider, its settings (time bound, download timeout, page limit),
its stats file (its health record), its CrawlBounds. The plan is written by pipeline.crawl:

    {"crawls": [{"source": "kg24", "spider": "feed",
                 "args": {"source": "kg24", "start_urls": "...", ...},
                 "settings": {"SCOWATCH_STATS_FILE": "...", "DOWNLOAD_TIMEOUT": 30, ...}}]}

A source whose spider cannot be loaded or whose crawler fails to start is written to its stats
file as such; the others crawl on.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError

from scrapers.extensions import write_stats

LOG = logging.getLogger(__name__)


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "PLAN.json"

    def short_desc(self) -> str:
        return "Crawl the sources of a plan written by scowatch, one crawler each, in one process"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give one plan file")
        plan = json.loads(Path(args[0]).read_text("utf-8"))
        process = self.crawler_process
        assert process is not None and self.settings is not None
        started = 0
        for entry in plan["crawls"]:
            settings = self.settings.copy()
            for key, value in entry.get("settings", {}).items():
                settings.set(key, value, priority="cmdline")
            try:
                spidercls = process.spider_loader.load(entry["spider"])
                crawler = Crawler(spidercls, settings)
                process.crawl(crawler, **entry.get("args", {}))
            except Exception as exc:  # one source's bad start must not cost the group
                LOG.exception("%s: the crawl could not start", entry.get("source"))
                stats_file = entry.get("settings", {}).get("SCOWATCH_STATS_FILE")
                if stats_file:
                    write_stats(Path(stats_file), {"scowatch/start_error": str(exc)[:300]},
                                "start_error")
                continue
            started += 1
        LOG.info("crawling %d sources in one process", started)
        if started:
            process.start()
        if getattr(process, "bootstrap_failed", False):
            self.exitcode = 1

