"""Project middlewares: retries that wait, as a polite crawler should; a crawl that stays on its
sites; pages decoded by the charset that fits them.

Scrapy 2.19's RetryMiddleware retries at once and ignores `Retry-After` (scrapy/scrapy#3849).
`BackoffRetryMiddleware` replaces it: a retryable answer (429, 503, ...) or a network error is
retried after the delay the server asked for in `Retry-After` (seconds or an HTTP date), else after
an exponential backoff with jitter. While it waits, the site's download slot is held back too, so
that the other requests to that site wait as well. A server asking for longer than
SCOWATCH_RETRY_AFTER_MAX, or for longer than the crawl's time bound leaves (SCOWATCH_TIME_BOUND),
gets no retry in this run: the page is counted as deferred (`scowatch/deferred`) and the next
scheduled crawl fetches it. A wait is abandoned the moment the crawl starts to stop (its time bound,
SIGTERM, Ctrl-C): the request is deferred, and the site's held slot released.

Scrapy's OffsiteMiddleware lets through every request marked `dont_filter` (start URLs, feeds),
and a redirect keeps that mark: a feed redirected to another host was fetched there.
`SiteBoundMiddleware` replaces it: a redirect must land on the allowed sites whatever its marks,
a site given with a port in the start URLs (a mirror, a test server) is that port only, and
redirect loops and over-long chains are refused. Each refusal is counted for the crawl's health.

`PageEncodingMiddleware` decodes an HTML page as pipeline.extract does (the declaration that fits
its bytes), where Scrapy would believe a wrong HTTP charset and store mojibake.
"""

from __future__ import annotations

import codecs
import random
from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.settings import BaseSettings
from scrapy.utils.asyncio import sleep
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message

from pipeline.extract import page_encoding, usable_codec
from scrapers.bounds import crawl_stopping, downloader_clock, time_left

RETRY_AFTER_STATUSES = frozenset({429, 503})
DEFAULT_PORTS = {"http": 80, "https": 443}


def retry_after_seconds(value: str | bytes | None, now: datetime) -> float | None:
    """Seconds to wait that a `Retry-After` header asks for (delta-seconds or HTTP date)."""
    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def backoff_seconds(attempt: int, base: float, cap: float, jitter: float = 0.0) -> float:
    """Exponential backoff for the `attempt`-th retry (1-based): base·2^(attempt-1), capped,
    then spread by ±`jitter` (a fraction) so that parallel crawlers do not retry in step."""
    delay = min(cap, base * 2 ** max(0, attempt - 1))
    return max(0.0, delay * (1 + jitter))


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware that waits before each retry: `Retry-After` when given, else backoff."""

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("SCOWATCH_RETRY_BACKOFF", 2.0)
        self.cap = settings.getfloat("SCOWATCH_RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("SCOWATCH_RETRY_AFTER_MAX", 300.0)
        # slots this middleware held back: key -> the downloader-clock time the hold ends
        self.held: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        return middleware

    def count(self, key: str, amount: int = 1) -> None:
        """Increment a crawl stat."""
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key, amount)

    def defer(self, request: Request, why: str) -> None:
        """Count a page left for the next run, and say why."""
        self.count("scowatch/deferred")
        self.crawler.spider.logger.warning(  # type: ignore[union-attr]
            "%s: %s; deferred to the next run", request.url, why)

    async def process_response(  # type: ignore[override]  # Scrapy awaits coroutine methods
            self, request: Request, response: Response) -> Request | Response:
        """Retry a retryable status after the delay the server asked for, or after backoff."""
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        attempt = request.meta.get("retry_times", 0) + 1
        asked = None
        if response.status in RETRY_AFTER_STATUSES:
            asked = retry_after_seconds(response.headers.get("Retry-After"), datetime.now(UTC))
        if asked is not None and asked > self.retry_after_max:
            self.count("scowatch/retry/refused_retry_after")
            self.defer(request, f"the server asks to wait {asked:.0f} s "
                                f"(more than {self.retry_after_max:.0f} s)")
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        delay = asked if asked is not None else self.backoff(attempt)
        if asked is not None:
            self.count("scowatch/retry/retry_after")
        if not await self.wait(request, delay):
            return response
        return retry

    async def process_exception(  # type: ignore[override]
            self, request: Request, exception: Exception) -> Request | Response | None:
        """Retry a network error after backoff."""
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get(
                "dont_retry", False):
            return None
        retry = self._retry(request, exception)
        if retry is None:
            return None
        if not await self.wait(request, self.backoff(request.meta.get("retry_times", 0) + 1)):
            return None
        return retry

    def backoff(self, attempt: int) -> float:
        """This middleware's backoff for an attempt, with ±25% jitter."""
        return backoff_seconds(attempt, self.base, self.cap, random.uniform(-0.25, 0.25))  # noqa: S311

    async def wait(self, request: Request, seconds: float) -> bool:
        """Wait before retrying, holding back the site's download slot for as long. False (the
        request is deferred to the next run) when the wait would outlast the crawl's time bound,
        or when the crawl starts to stop during it."""
        if seconds <= 0:
            return not crawl_stopping(self.crawler)
        left = time_left(self.crawler)
        if left is not None and seconds >= left:
            self.defer(request, f"a retry in {seconds:.0f} s would outlast the crawl's time "
                                f"bound ({left:.0f} s left)")
            return False
        self.count("scowatch/retry/waited_ms", round(seconds * 1000))
        key = self.hold_slot(request, seconds)
        end = downloader_clock() + seconds
        while (remaining := end - downloader_clock()) > 0:
            if crawl_stopping(self.crawler):
                self.release_slots()
                self.defer(request, "the crawl is stopping")
                return False
            await sleep(min(0.25, remaining))
        if key is not None and self.held.get(key, 0) <= downloader_clock():
            self.held.pop(key, None)
        return True

    def _slot(self, request: Request) -> tuple[str | None, Any]:
        engine = getattr(self.crawler, "engine", None)
        downloader = getattr(engine, "downloader", None)
        slots: dict[str, Any] = getattr(downloader, "slots", {})
        key = request.meta.get("download_slot")
        if key is None and downloader is not None:
            key = downloader.get_slot_key(request)
        return key, (slots.get(key) if key is not None else None)

    def hold_slot(self, request: Request, seconds: float) -> str | None:
        """Delay the next download from the request's slot (the site) by `seconds`; returns the
        slot's key when it was held.

        Scrapy spaces a slot's downloads by its delay after `lastseen`, a reading of the
        downloader's clock (time.monotonic in Scrapy 2.19, not the wall clock: mixing the two once
        froze a site for decades); moving `lastseen` forward pauses the site without changing the
        delay AutoThrottle manages. With no delay at all (politeness switched off) Scrapy does not
        wait per slot and only this request waits.
        """
        key, slot = self._slot(request)
        delay = float(getattr(slot, "delay", 0.0) or 0.0)
        if slot is None or key is None or delay <= 0:
            return None
        until = downloader_clock() + seconds
        slot.lastseen = max(slot.lastseen, until - delay)
        self.held[key] = max(self.held.get(key, 0.0), until)
        return key

    def release_slots(self) -> None:
        """Undo every hold (the crawl is stopping: what is queued should drain, not wait)."""
        engine = getattr(self.crawler, "engine", None)
        slots: dict[str, Any] = getattr(getattr(engine, "downloader", None), "slots", {})
        now = downloader_clock()
        for key in list(self.held):
            slot = slots.get(key)
            if slot is not None:
                slot.lastseen = min(slot.lastseen, now - float(slot.delay or 0.0))
            del self.held[key]


class FailureNotesMiddleware:
    """Remember, per kind of failure, the first host that failed that way (stat
    `scowatch/failed_at/KIND`), so that a crawl that fetched nothing says "cannot resolve
    astanatimes.com" rather than "DNSLookupError". Sits below the retry middleware: it sees only
    what retries did not mend."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FailureNotesMiddleware:
        return cls(crawler)

    def note(self, kind: str, request: Request) -> None:
        """Record the request's host for this kind of failure, unless one is recorded."""
        stats = self.crawler.stats
        if stats is not None:
            netloc = urlparse_cached(request).netloc or request.url
            stats.set_value(f"scowatch/failed_at/{kind}",
                            stats.get_value(f"scowatch/failed_at/{kind}") or netloc)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status >= 400 and not request.meta.get("dont_obey_robotstxt"):
            self.note(f"http_{response.status}", request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        if not isinstance(exception, IgnoreRequest):
            self.note(type(exception).__name__, request)


def effective_port(scheme: str, port: int | None) -> int | None:
    """A URL's port, the scheme's default when none is written."""
    return port if port is not None else DEFAULT_PORTS.get(scheme.lower())


def pinned_ports(start_urls: Iterable[str]) -> dict[str, set[int | None]]:
    """Host → the ports a crawl may use there, for the start URLs' hosts written with a port other
    than the scheme's default (elsewhere any port is allowed, as in Scrapy)."""
    ports: dict[str, set[int | None]] = {}
    explicit: set[str] = set()
    for url in start_urls:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        try:
            port = effective_port(parts.scheme, parts.port)
        except ValueError:  # a port out of range: Scrapy will refuse the URL itself
            continue
        ports.setdefault(host, set()).add(port)
        if port != DEFAULT_PORTS.get(parts.scheme.lower()):
            explicit.add(host)
    return {host: allowed for host, allowed in ports.items() if host in explicit}


class SiteBoundMiddleware(OffsiteMiddleware):
    """OffsiteMiddleware that also holds redirects (and `dont_filter` ones) to the allowed sites,
    pins ports given in the start URLs, and refuses redirect loops and over-long chains."""

    def __init__(self, stats: Any, max_redirects: int = 20) -> None:
        super().__init__(stats)
        self.max_redirects = max_redirects
        self._ports: dict[str, set[int | None]] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteBoundMiddleware:
        middleware = super().from_crawler(crawler)
        middleware.max_redirects = crawler.settings.getint("REDIRECT_MAX_TIMES", 20)
        return middleware

    def refuse(self, request: Request, stat: str, why: str) -> None:
        """Count a refused request and drop it."""
        self.stats.inc_value(stat)
        spider = self.crawler.spider
        if spider is not None:
            spider.logger.warning("%s: %s, not followed", request.url, why)
        raise IgnoreRequest(f"{why}: {request.url}")

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        """Drop a request off the crawl's sites; a redirect is checked whatever its marks."""
        chain = request.meta.get("redirect_urls")
        if not chain:
            super().process_request(request)
            return
        assert self.crawler.spider is not None
        if not self.should_follow(request, self.crawler.spider):
            self.stats.inc_value("offsite/filtered")
            self.refuse(request, "scowatch/offsite_redirects",
                        f"redirect from {chain[0]} leaves the allowed sites")
        if request.url in chain:
            self.refuse(request, "scowatch/redirect_loops", f"redirect loop from {chain[0]}")
        if len(chain) >= self.max_redirects:
            self.refuse(request, "scowatch/redirect_limit",
                        f"{len(chain)} redirects in a row from {chain[0]}")

    def should_follow(self, request: Request, spider: Spider) -> bool:
        """Scrapy's domain rule, and on a host the start URLs give with a port, that port."""
        if not super().should_follow(request, spider):
            return False
        if self._ports is None:
            self._ports = pinned_ports(getattr(spider, "start_urls", None) or [])
        parts = urlparse_cached(request)
        allowed = self._ports.get((parts.hostname or "").lower())
        if allowed is None:
            return True
        try:
            return effective_port(parts.scheme, parts.port) in allowed
        except ValueError:
            return False


class PageEncodingMiddleware:
    """Give an HTML response the encoding pipeline.extract.page_encoding picks for it, when that
    differs from Scrapy's (which trusts the HTTP charset even where the bytes refute it)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageEncodingMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        """The response itself, or a copy decoded by the charset that fits its bytes."""
        if not isinstance(response, HtmlResponse):
            return response
        # ASCII reads the same in every charset a page may declare: nothing to correct, unless
        # the label names a codec that decodes no page at all (idna, undefined), on which
        # Scrapy's response.text would raise.
        if response.body.isascii() and usable_codec(response.encoding):
            return response
        chosen = page_encoding(response.body, response.headers.get("Content-Type"))
        if same_codec(chosen, response.encoding):
            return response
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("scowatch/charset_corrected")
        self.crawler.spider.logger.info(  # type: ignore[union-attr]
            "%s: decoded as %s, not %s as Scrapy would", response.url, chosen, response.encoding)
        return response.replace(encoding=chosen)


def same_codec(a: str, b: str) -> bool:
    """Whether two encoding names denote the same Python codec."""
    try:
        return codecs.lookup(a).name == codecs.lookup(b).name
    except LookupError:
        return a.lower() == b.lower()
