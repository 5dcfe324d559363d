"""Project middlewares: retries that wait, as a polite crawler should.

Scrapy 2.19's RetryMiddleware retries at once and ignores `Retry-After` (scrapy/scrapy#3849).
`BackoffRetryMiddleware` replaces it: a retryable answer (429, 503, ...) or a network error is
retried after the delay the server asked for in `Retry-After` (seconds or an HTTP date), else after
an exponential backoff with jitter. While it waits, the site's download slot is held back too, so
that the other requests to that site wait as well. A server asking for longer than
SCOWATCH_RETRY_AFTER_MAX gets no retry in this run: the next scheduled crawl will come.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.utils.asyncio import sleep
from scrapy.utils.response import response_status_message

RETRY_AFTER_STATUSES = frozenset({429, 503})


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

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        return middleware

    def count(self, key: str, amount: int = 1) -> None:
        """Increment a crawl stat."""
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key, amount)

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
            self.crawler.spider.logger.warning(  # type: ignore[union-attr]
                "%s asks to wait %.0fs (more than %.0fs): not retried in this run",
                request.url, asked, self.retry_after_max)
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        delay = asked if asked is not None else self.backoff(attempt)
        if asked is not None:
            self.count("scowatch/retry/retry_after")
        await self.wait(request, delay)
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
        await self.wait(request, self.backoff(request.meta.get("retry_times", 0) + 1))
        return retry

    def backoff(self, attempt: int) -> float:
        """This middleware's backoff for an attempt, with ±25% jitter."""
        return backoff_seconds(attempt, self.base, self.cap, random.uniform(-0.25, 0.25))  # noqa: S311

    async def wait(self, request: Request, seconds: float) -> None:
        """Wait before retrying, holding back the site's download slot for as long."""
        if seconds <= 0:
            return
        self.count("scowatch/retry/waited_ms", round(seconds * 1000))
        self.hold_slot(request, seconds)
        await sleep(seconds)

    def hold_slot(self, request: Request, seconds: float) -> None:
        """Delay the next download from the request's slot (the site) by `seconds`.

        Scrapy spaces a slot's downloads by its delay after `lastseen`; moving `lastseen` forward
        pauses the site without changing the delay AutoThrottle manages. With no delay at all
        (politeness switched off) Scrapy does not wait per slot and only this request waits.
        """
        engine = getattr(self.crawler, "engine", None)
        downloader = getattr(engine, "downloader", None)
        slots: dict[str, Any] = getattr(downloader, "slots", {})
        key = request.meta.get("download_slot")
        if key is None and downloader is not None:
            key = downloader.get_slot_key(request)
        slot = slots.get(key) if key is not None else None
        delay = float(getattr(slot, "delay", 0.0) or 0.0)
        if slot is not None and delay > 0:
            slot.lastseen = max(slot.lastseen, time.time() + seconds - delay)
