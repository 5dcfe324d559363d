"""Download handlers: Scrapy's HTTP/1.1 handler, with a site's delay shared across crawlers.

`scrapy crawlgroup` runs one crawler per source in one process, and each crawler spaces its own
requests to a site by DOWNLOAD_DELAY in its download slot. Two sources on one host would still
reach it twice as often. SharedSiteDelayHandler makes each download wait, right before it goes
out (after the crawler's own slot has let it through), until DOWNLOAD_DELAY has passed since
another crawler of the process last sent a request to that host.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.asyncio import sleep
from scrapy.utils.httpobj import urlparse_cached

from scrapers.bounds import crawl_stopping, downloader_clock

# Host -> (downloader-clock time of its last request, the crawler that sent it), for every crawler
# of this process.
_SITE_LAST_REQUEST: dict[str, tuple[float, int]] = {}


def wait_needed(last: tuple[float, int] | None, me: int, delay: float, now: float) -> float:
    """Seconds a request of crawler `me` must still wait for its host (0: it may go)."""
    if last is None or last[1] == me or delay <= 0:
        return 0.0
    return max(0.0, delay - (now - last[0]))


class SharedSiteDelayHandler(HTTP11DownloadHandler):
    """HTTP11DownloadHandler that first waits for the host's turn among the process's crawlers."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._crawler = crawler
        self.delay = crawler.settings.getfloat("DOWNLOAD_DELAY", 0.0)

    async def download_request(self, request: Request) -> Response:
        host = (urlparse_cached(request).hostname or "").lower()
        me = id(self._crawler)
        while not crawl_stopping(self._crawler):
            wait = wait_needed(_SITE_LAST_REQUEST.get(host), me, self.delay, downloader_clock())
            if wait <= 0:
                break
            await sleep(min(wait, 0.25))
        _SITE_LAST_REQUEST[host] = (downloader_clock(), me)
        return await super().download_request(request)
