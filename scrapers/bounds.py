"""Every crawl ends: a wall-clock bound per crawl, a graceful stop that drains within seconds, and
a forced exit when the graceful one does not come.

`CrawlBounds` (an extension) watches the crawl from a thread of its own, so that it works even when
the reactor is stuck:

- at SCOWATCH_TIME_BOUND seconds after the engine started, it closes the spider with the reason
  `time_bound`;
- when the process that started the crawl is gone (SCOWATCH_PARENT_PID no longer its parent: the
  CLI or the Airflow task was killed), it stops the crawl as SIGTERM would;
- once the crawl is stopping for one of those reasons, or SIGTERM or SIGINT, it defers what
  waits in the downloader's queues (behind a site's delay or a `Retry-After` hold) to the next
  run, so that the crawl closes with only the downloads already in flight;
- if the crawl has still not closed SCOWATCH_STOP_GRACE seconds later (a stalled download, a
  reactor that does not answer), it writes the stats file itself, marked `scowatch/forced_exit`,
  and gives the crawl up; once every crawl of the process (`scrapy crawlgroup` runs many) has
  closed or been given up, it ends the process. Articles not yet stored (at most
  SCOWATCH_STORE_MAX_WAIT seconds' worth) are not lost: they are not known as stored, so the
  next crawl fetches them again.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from scrapers.extensions import write_stats

LOG = logging.getLogger(__name__)
# The clock of Scrapy 2.19's downloader (Slot.lastseen, the delay between a slot's downloads).
# Never the wall clock: a hold computed on time.time() once froze a site for decades.
downloader_clock: Callable[[], float] = time.monotonic
POLL_SECONDS = 0.25
# Exit status of a crawl ended by force after its grace period (EX_TEMPFAIL: try again later).
FORCED_EXIT_STATUS = 75


def crawl_stopping(crawler: Crawler | Any) -> bool:
    """Whether the crawl has started to stop: its spider is closing or its engine was stopped."""
    engine = getattr(crawler, "engine", None)
    slot = getattr(engine, "_slot", None)  # Scrapy keeps the open spider's state here
    if engine is None or slot is None:
        return False
    return getattr(slot, "closing", None) is not None or not getattr(engine, "running", True)


def engine_stopped(crawler: Crawler | Any) -> bool:
    """Whether the crawl's engine was told to stop (SIGTERM, SIGINT): not a spider that closes
    because it has finished, which may take long in a busy process and is left alone."""
    engine = getattr(crawler, "engine", None)
    return (engine is not None and getattr(engine, "_slot", None) is not None
            and not getattr(engine, "running", True))


def bounds_of(crawler: Crawler | Any) -> CrawlBounds | None:
    """The crawl's CrawlBounds extension, when it is enabled."""
    manager = getattr(crawler, "extensions", None)
    for extension in getattr(manager, "middlewares", ()):
        if isinstance(extension, CrawlBounds):
            return extension
    return None


def time_left(crawler: Crawler | Any) -> float | None:
    """Seconds until the crawl's time bound; None when it has none (or has not started)."""
    bounds = bounds_of(crawler)
    return bounds.time_left() if bounds is not None else None


def parent_gone(expected: int | None, current: int) -> bool:
    """Whether the process that started the crawl has died (the crawl was re-parented)."""
    return expected is not None and expected > 0 and current != expected


class CrawlBounds:
    """The time bound, the parent watch, the drain on stopping and the forced exit."""

    def __init__(self, crawler: Crawler, bound: float, grace: float,
                 parent_pid: int | None, stats_file: Path | None,
                 exit_process: Callable[[int], None] = os._exit) -> None:
        self.crawler = crawler
        self.bound = bound
        self.grace = grace
        self.parent_pid = parent_pid
        self.stats_file = stats_file
        self.exit_process = exit_process
        self.started: float | None = None
        self.stopping_since: float | None = None
        self.reason = ""
        self.closed = threading.Event()
        self.abandoned = False
        # every crawl of this process: the process ends by force only when none is left running
        self.peers = CrawlBounds._in_process
        self.peers.append(self)

    # the crawls of this process and the one watchdog thread that looks after them all
    _in_process: list[CrawlBounds] = []
    _watchdog: threading.Thread | None = None
    _watchdog_lock = threading.Lock()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlBounds:
        settings = crawler.settings
        stats = settings.get("SCOWATCH_STATS_FILE")
        extension = cls(crawler, bound=settings.getfloat("SCOWATCH_TIME_BOUND", 0.0),
                        grace=settings.getfloat("SCOWATCH_STOP_GRACE", 10.0),
                        parent_pid=settings.getint("SCOWATCH_PARENT_PID", 0) or None,
                        stats_file=Path(stats) if stats else None)
        crawler.signals.connect(extension.engine_started, signal=signals.engine_started)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def time_left(self) -> float | None:
        """Seconds until the time bound (None: no bound, or the crawl has not started)."""
        if self.bound <= 0 or self.started is None:
            return None
        return max(0.0, self.bound - (time.monotonic() - self.started))

    def engine_started(self) -> None:
        self.started = time.monotonic()
        with CrawlBounds._watchdog_lock:
            if CrawlBounds._watchdog is None or not CrawlBounds._watchdog.is_alive():
                CrawlBounds._watchdog = threading.Thread(
                    target=self.watch, args=(self.peers,), name="scowatch-bounds", daemon=True)
                CrawlBounds._watchdog.start()

    def spider_closed(self, spider: Any = None, reason: str = "") -> None:
        self.closed.set()

    def watch(self, peers: list[CrawlBounds]) -> None:
        """The watchdog loop (one thread for every crawl of the process): start each crawl's
        stop, give up on the ones that do not close, and end the process when only given-up
        crawls are left."""
        while True:
            time.sleep(POLL_SECONDS)
            now, ppid = time.monotonic(), os.getppid()
            running = [peer for peer in list(peers) if not peer.closed.is_set()]
            for peer in running:
                if not peer.abandoned and peer.started is not None:
                    peer.check(now, ppid)
            if running and all(peer.abandoned for peer in running):
                time.sleep(1.0)  # the last crawl to close: let its close handlers finish
                self.exit_process(FORCED_EXIT_STATUS)
                return
            if not running and all(peer.started is not None for peer in peers):
                return

    def check(self, now: float, ppid: int) -> None:
        """One look at the crawl: what the watchdog does at time `now` (monotonic)."""
        if self.stopping_since is not None:
            if now - self.stopping_since >= self.grace:
                self.give_up()
            return
        assert self.started is not None
        if self.bound > 0 and now - self.started >= self.bound:
            self.begin_stop(now, "time_bound", f"time bound of {self.bound:.0f} s reached")
        elif parent_gone(self.parent_pid, ppid):
            self.begin_stop(now, "parent_gone", "the process that started the crawl is gone")
        elif engine_stopped(self.crawler):  # SIGTERM, SIGINT: Scrapy's graceful stop
            self.begin_stop(now, "", "")

    def begin_stop(self, now: float, reason: str, why: str) -> None:
        """Note that the crawl is stopping; close it when this watchdog is the one stopping it."""
        from twisted.internet import reactor

        self.stopping_since, self.reason = now, reason
        if why:
            LOG.warning("%s: stopping the crawl", why)
        if self.crawler.stats is not None and reason:
            self.crawler.stats.set_value(f"scowatch/stopped/{reason}", 1)
        reactor.callFromThread(self.stop_in_reactor, reason)  # type: ignore[attr-defined]

    def stop_in_reactor(self, reason: str) -> None:
        """In the reactor thread: close the spider (time bound) or stop the crawler (parent
        gone), then let what is queued drain at once."""
        from scrapy.utils.defer import deferred_from_coro

        engine = self.crawler.engine
        if reason == "time_bound" and engine is not None and not crawl_stopping(self.crawler):
            deferred_from_coro(engine.close_spider_async(reason="time_bound"))
        elif reason == "parent_gone":
            deferred_from_coro(self.crawler.stop_async())
        self.drain()

    def drain(self) -> None:
        """Defer what waits in the downloader's queues (behind a site's delay or a retry's hold):
        a stopping crawl ends with the downloads in flight, not with everything it had queued.
        Each deferred page fails with IgnoreRequest (counted `scowatch/deferred`), so its spider
        saves no feed validators and the next crawl fetches it."""
        from scrapy.exceptions import IgnoreRequest

        downloader = getattr(self.crawler.engine, "downloader", None)
        deferred = 0
        for slot in list(getattr(downloader, "slots", {}).values()):
            while slot.queue:
                request, waiting = slot.queue.popleft()
                deferred += 1
                waiting.errback(IgnoreRequest(f"the crawl is stopping: {request.url} deferred "
                                              "to the next run"))
        if deferred and self.crawler.stats is not None:
            self.crawler.stats.inc_value("scowatch/deferred", deferred)
            LOG.warning("%d queued requests deferred to the next run", deferred)

    def give_up(self) -> None:
        """Write the stats as they are and abandon the crawl (its graceful stop took too long)."""
        self.write_forced_stats()
        self.abandoned = True  # watch() ends the process once every peer is closed or given up

    def write_forced_stats(self) -> None:
        """The stats file of a crawl given up, marked `scowatch/forced_exit`."""
        reason = self.reason or "shutdown"
        message = (f"the crawl did not stop within {self.grace:.0f} s of being asked "
                   f"({reason}): ending it now")
        try:
            sys.stderr.write(f"scowatch: {message}\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        if self.stats_file is not None and self.crawler.stats is not None:
            for _ in range(5):  # the reactor thread may be changing the stats as we copy them
                try:
                    stats = dict(self.crawler.stats.get_stats())
                    break
                except RuntimeError:
                    time.sleep(0.01)
            else:
                stats = {}
            stats["scowatch/forced_exit"] = 1
            try:
                write_stats(self.stats_file, stats, reason)
            except OSError:
                pass
