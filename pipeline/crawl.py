"""Runs one source's crawl as a `scrapy crawl` subprocess and turns its stats into a health
record."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from pipeline.config import Settings, Source, check_spiders
from pipeline.db import Database
from pipeline.health import HealthPolicy, judge_crawl, run_found_nothing
from pipeline.models import ArticleRow, CrawlRun, HttpValidator, utcnow
from pipeline.urls import same_site

SCRAPY_SETTINGS_MODULE = "scrapers.settings"
ESSENTIAL_FIELDS = ("title", "body", "published_at", "author")
# Crawl stats that count a fault of the source, and the error kind each is reported as.
STAT_ERROR_KINDS = (
    ("scowatch/parse_errors", "parse_error"),
    ("scowatch/feed_errors", "feed_error"),
    ("scowatch/sitemap_errors", "sitemap_error"),
    ("scowatch/store_errors", "store_error"),
    # pages robots.txt forbids: a source whose articles are all forbidden fails with a reason
    ("robotstxt/forbidden", "robots_forbidden"),
    # redirects scrapers.middlewares.SiteBoundMiddleware refused (e.g. an outlet that moved)
    ("scowatch/offsite_redirects", "offsite_redirect"),
    ("scowatch/redirect_loops", "redirect_loop"),
    ("scowatch/redirect_limit", "redirect_limit"),
    # pages whose HTTP charset the bytes refuted, decoded by the one that fits: nothing was lost
    ("scowatch/charset_corrected", "charset_corrected"),
    # feed entries and sitemap <loc>s whose URL is no http(s) URL: skipped, the rest read
    ("scowatch/skipped/bad_url", "bad_url"),
    # pages not fetched in this run (a Retry-After past the crawl's bound, a stop): the next run's
    ("scowatch/deferred", "deferred"),
)
# Kinds reported for the operator that are not errors (not in CrawlResult.errors).
NOTICE_KINDS = frozenset({"charset_corrected", "bad_url", "deferred"})
# How long a stopping crawl may take to close before it is ended by force (scrapers.bounds), and
# how much longer the caller waits before it kills the process itself.
STOP_GRACE_SECONDS = 10.0
KILL_AFTER_SECONDS = 5.0
# Why a crawl's process ended early, by the finish reason its stats give.
STOP_MESSAGES = {
    "time_bound": "stopped at its time bound of {bound} s ([crawl] timeout_seconds)",
    "shutdown": "stopped before it finished (asked to stop: SIGTERM or Ctrl-C)",
    "parent_gone": "stopped: the process that started it went away",
}
STOPPED_TAIL = "; what it fetched is stored, the next crawl fetches the rest"


@dataclass(frozen=True)
class CrawlResult:
    """What one crawl of one source did."""

    source: str
    ok: bool
    pages: int = 0
    articles: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)
    missing: dict[str, int] = field(default_factory=dict)
    message: str = ""
    seconds: float = 0.0
    # What the crawl chose not to fetch: feeds answered 304, entries already stored, teasers the
    # prefilter judged not about the SCO, and listings it stopped paging (at stored articles).
    not_modified: int = 0
    known_skipped: int = 0
    prefilter_skipped: int = 0
    stopped_at_known: int = 0
    # Entries the feeds and listings named (fetched, already stored or skipped): 0 with no 304
    # means the crawl found nothing at all, whatever was new. Article pages without title or body.
    entries: int = 0
    empty_pages: int = 0

    def as_dict(self) -> dict[str, Any]:
        """A small JSON-able summary (an Airflow XCom, a CLI line)."""
        return asdict(self)

    def summary(self) -> str:
        """One human line: counts, and the reason when it failed."""
        state = "ok" if self.ok else "FAILED"
        line = (f"{self.source}: {state}, {self.pages} pages, {self.articles} articles "
                f"({self.new} new, {self.updated} updated), {self.errors} errors")
        if self.missing:
            line += ", missing " + ", ".join(f"{k} {v}" for k, v in sorted(self.missing.items()))
        if self.skips():
            line += "; " + self.skips()
        return line + (f": {self.message}" if self.message else "")

    def skips(self) -> str:
        """What the crawl did not fetch and why, e.g. "feed not modified (304) x1"; may be empty."""
        parts = []
        if self.not_modified:
            parts.append(f"not modified (304) x{self.not_modified}")
        if self.known_skipped:
            parts.append(f"{self.known_skipped} already stored")
        if self.prefilter_skipped:
            parts.append(f"{self.prefilter_skipped} skipped by prefilter")
        if self.stopped_at_known:
            parts.append("stopped paging at stored articles")
        if self.error_kinds.get("deferred"):
            parts.append(f"{self.error_kinds['deferred']} deferred to the next run")
        return ", ".join(parts)


def crawl_arguments(source: Source, settings: Settings, stats_file: Path,
                    since: date | None = None,
                    stop_at_stored: bool = True) -> tuple[dict[str, str], dict[str, str]]:
    """One source's spider arguments and Scrapy settings (no secrets: those go by env).
    stop_at_stored=False: page on past listing pages whose articles are all stored."""
    crawl = settings.crawl
    args = {"source": source.name, "start_urls": ",".join(source.start_urls),
            "allowed_domains": ",".join(source.domains())}
    values: dict[str, str] = {
        "SCOWATCH_STATS_FILE": str(stats_file),
        "USER_AGENT": crawl.user_agent,
        "ROBOTSTXT_OBEY": str(crawl.obey_robots),
        "AUTOTHROTTLE_ENABLED": str(crawl.autothrottle),
        "CONCURRENT_REQUESTS_PER_DOMAIN": str(crawl.concurrency_per_domain),
        "DOWNLOAD_DELAY": str(crawl.download_delay),
        "DOWNLOAD_TIMEOUT": str(source.download_timeout or crawl.download_timeout),
        "RETRY_TIMES": str(crawl.retry_times),
        "SCOWATCH_RETRY_BACKOFF": str(crawl.retry_backoff),
        "SCOWATCH_TIME_BOUND": str(crawl.timeout_seconds),
        "SCOWATCH_STOP_GRACE": str(STOP_GRACE_SECONDS),
        "SCOWATCH_PARENT_PID": str(os.getpid()),
        "SCOWATCH_MAX_PAGES": str(source.max_pages or crawl.max_pages),
    }
    if settings.config_path:
        values["SCOWATCH_CONFIG"] = str(settings.config_path)
    if crawl.close_after_items:
        values["CLOSESPIDER_ITEMCOUNT"] = str(crawl.close_after_items)
    if since:
        args["since"] = since.isoformat()
    if not stop_at_stored:
        values["SCOWATCH_STOP_AT_STORED"] = "False"
    return args, values


def crawl_command(source: Source, settings: Settings, stats_file: Path,
                  since: date | None = None, python: str = sys.executable,
                  stop_at_stored: bool = True) -> list[str]:
    """The `scrapy crawl` command line for one source on its own (no secrets on it)."""
    args, values = crawl_arguments(source, settings, stats_file, since, stop_at_stored)
    cmd = [python, "-m", "scrapy", "crawl", source.spider]
    for key, value in args.items():
        cmd += ["-a", f"{key}={value}"]
    for key, value in values.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def group_command(plan: Path, python: str = sys.executable) -> list[str]:
    """The `scrapy crawlgroup` command line: every source of a plan in one process."""
    return [python, "-m", "scrapy", "crawlgroup", str(plan)]


def source_groups(names: Sequence[str], size: int) -> list[list[str]]:
    """Sources split into groups of at most `size`, in order, as evenly as that allows."""
    names = list(names)
    if not names:
        return []
    count = -(-len(names) // max(1, size))
    base, extra = divmod(len(names), count)
    groups, start = [], 0
    for i in range(count):
        end = start + base + (1 if i < extra else 0)
        groups.append(names[start:end])
        start = end
    return groups


def crawl_env(settings: Settings, base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The subprocess environment: the caller's, plus where to find settings and the database."""
    env = dict(os.environ if base is None else base)
    env["SCRAPY_SETTINGS_MODULE"] = SCRAPY_SETTINGS_MODULE
    env["SCOWATCH_DATABASE_URL"] = settings.database_url
    if settings.config_path:
        env["SCOWATCH_CONFIG"] = str(settings.config_path)
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def failure_reason(kinds: Mapping[str, int], examples: Mapping[str, str]) -> str:
    """What an operator reads for a crawl that fetched nothing: "cannot resolve astanatimes.com",
    "connection refused by 127.0.0.1:9", "the server answered 500 (3 times)"."""
    parts = []
    for kind in sorted(kinds, key=lambda k: (-kinds[k], k)):
        host = examples.get(kind, "the site")
        low = kind.lower()
        if "dns" in low or "resolve" in low:
            parts.append(f"cannot resolve {host}")
        elif "refused" in low:
            parts.append(f"connection refused by {host}")
        elif "timeout" in low:
            parts.append(f"no answer from {host} in time")
        elif "tls" in low or "ssl" in low or "certificate" in low:
            parts.append(f"secure connection to {host} failed")
        elif "noroute" in low or "unreachable" in low:
            parts.append(f"no route to {host}")
        elif kind.startswith("http_"):
            parts.append(f"{host} answered {kind[5:]}")
        elif "dataloss" in low or "connectionlost" in low or "connectiondone" in low:
            parts.append(f"{host} broke off the connection")
        else:
            continue
        parts[-1] += f" ({kinds[kind]} times)" if kinds[kind] > 1 else ""
    return "; ".join(parts)


def stop_message(reason: str, bound: int | None) -> str | None:
    """The message for a crawl that ended early, by its finish reason; None for a normal end."""
    template = STOP_MESSAGES.get(reason)
    if template is None:
        return None
    return template.format(bound=bound if bound is not None else "?") + STOPPED_TAIL


def result_from_stats(source: str, returncode: int | None, stats: Mapping[str, Any] | None,
                      seconds: float = 0.0, tail: str = "",
                      bound: int | None = None) -> CrawlResult:
    """Judge a finished crawl from its exit code and Scrapy stats (scrapy exits 0 on failures)."""
    if stats is None:
        why = "timed out" if returncode is None else f"exited with {returncode} and no stats"
        return CrawlResult(source, False, message=f"crawl {why}{_tail(tail)}", seconds=seconds)
    kinds: dict[str, int] = {}
    for key, value in stats.items():
        if key.startswith("downloader/exception_type_count/"):
            kind = key.rsplit("/", 1)[1].rsplit(".", 1)[-1]
            # A request a middleware chose to drop (robots.txt, off the site) is counted by
            # that middleware's own stat below, not as a download error.
            if kind != "IgnoreRequest":
                kinds[kind] = int(value)
        elif key.startswith("spider_exceptions/"):
            kinds["spider:" + key.split("/", 1)[1]] = int(value)
        elif key.startswith("downloader/response_status_count/") and key[-3] in "45":
            # A missing robots.txt (404) is normal, not an error of the crawl.
            robots = int(stats.get(f"robotstxt/response_status_count/{key[-3:]}", 0))
            if int(value) - robots > 0:
                kinds["http_" + key[-3:]] = int(value) - robots
    for stat, kind in STAT_ERROR_KINDS:
        if stats.get(stat):
            kinds[kind] = int(stats[stat])
    missing = {f: int(stats.get(f"scowatch/missing/{f}", 0)) for f in ESSENTIAL_FIELDS}
    missing = {k: v for k, v in missing.items() if v}
    articles = int(stats.get("item_scraped_count", 0))
    empty_pages = int(stats.get("scowatch/skipped/empty", 0))
    entries = (int(stats.get("scowatch/articles", articles)) + empty_pages
               + sum(int(stats.get(k, 0)) for k in ("scowatch/known/skipped",
                                                    "scowatch/prefilter/skipped",
                                                    "scowatch/since/skipped")))
    pages = int(stats.get("response_received_count", 0))
    errors = sum(v for k, v in kinds.items() if k not in NOTICE_KINDS)
    reason = str(stats.get("finish_reason", ""))
    examples = {key.rsplit("/", 1)[1]: str(value) for key, value in stats.items()
                if key.startswith("scowatch/failed_at/")}
    stopped = stop_message(reason, bound)
    message, ok = "", True
    if stopped is not None:
        ok, message = False, stopped
    elif returncode not in (0, None):
        ok, message = False, f"scrapy exited with {returncode}{_tail(tail)}"
    elif returncode is None:
        ok, message = False, "crawl timed out and was stopped"
    elif reason not in ("finished", "closespider_itemcount", "closespider_pagecount"):
        ok, message = False, f"crawl ended with {reason or 'no reason'}"
    elif articles == 0 and pages == 0:
        why = failure_reason(kinds, examples)
        ok, message = False, "no page could be fetched" + (
            f" ({', '.join(sorted(kinds))})" if kinds else "") + (f": {why}" if why else "")
    elif articles == 0 and errors:
        why = failure_reason(kinds, examples)
        ok, message = False, (f"no articles and {errors} errors ({', '.join(sorted(kinds))})"
                              + (f": {why}" if why else ""))
    return CrawlResult(
        source=source, ok=ok, pages=pages, articles=articles,
        new=int(stats.get("scowatch/stored/new", 0)),
        updated=int(stats.get("scowatch/stored/updated", 0)),
        unchanged=int(stats.get("scowatch/stored/unchanged", 0)),
        errors=errors, error_kinds=kinds, missing=missing, message=message, seconds=seconds,
        not_modified=int(stats.get("scowatch/not_modified", 0)),
        known_skipped=int(stats.get("scowatch/known/skipped", 0)),
        prefilter_skipped=int(stats.get("scowatch/prefilter/skipped", 0)),
        stopped_at_known=int(stats.get("scowatch/pagination/stopped_known", 0)),
        entries=entries, empty_pages=empty_pages)


def _tail(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return (": " + lines[-1][-300:]) if lines else ""


# How long after its timeout a crawl still "running" must have died: run_crawl stops a crawl at
# its timeout, waits 30 s for it to end, then records the run.
ABANDONED_AFTER_TIMEOUT = timedelta(minutes=2)
ABANDONED_MESSAGE = ("the crawl ended without recording a result (its process was killed or its "
                     "machine stopped); what it stored is kept, the next crawl fetches the rest")


def close_abandoned_runs(session: Any, source: str, timeout_seconds: int, now: datetime) -> int:
    """Mark the source's runs still "running" long past any crawl's timeout as failed (their
    process died before recording a result); returns how many."""
    cutoff = now - timedelta(seconds=timeout_seconds) - ABANDONED_AFTER_TIMEOUT
    closed = session.execute(
        update(CrawlRun).where(CrawlRun.source == source, CrawlRun.status == "running",
                               CrawlRun.started_at < cutoff)
        .values(status="failed", finished_at=now, message=ABANDONED_MESSAGE)
        .execution_options(synchronize_session=False))
    return int(closed.rowcount or 0)


def forget_validators(session: Any, source: Source) -> int:
    """Drop the remembered ETag/Last-Modified of the source's feeds and sitemaps, so that the
    next crawl reads them whole: after articles could not be stored, a 304 would hide them."""
    rows = [v for v in session.scalars(select(HttpValidator))
            if same_site(v.url, source.domains())]
    for row in rows:
        session.delete(row)
    return len(rows)


def known_spiders() -> frozenset[str]:
    """The names of the project's Scrapy spiders (SPIDER_MODULES of scrapers.settings), read
    afresh each time (milliseconds once imported): a long-lived worker sees a spider added since."""
    from scrapy.settings import Settings as ScrapySettings
    from scrapy.spiderloader import get_spider_loader

    scrapy_settings = ScrapySettings()
    scrapy_settings.setmodule(SCRAPY_SETTINGS_MODULE, priority="project")
    return frozenset(get_spider_loader(scrapy_settings).list())


class StopRequest:
    """A request to stop the crawls a command started (SIGTERM, Ctrl-C), shared by its threads."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.why = ""

    def set(self, why: str) -> None:
        """Ask every crawl watching this request to stop, saying why."""
        self.why = self.why or why
        self._event.set()

    def is_set(self) -> bool:
        """Whether a stop was asked for."""
        return self._event.is_set()


def interrupt_name(exc: BaseException) -> str:
    """How an interruption is named in a crawl's record: "Ctrl-C", "SIGTERM", "timeout", ..."""
    if isinstance(exc, KeyboardInterrupt):
        return "Ctrl-C (SIGINT)"
    name = type(exc).__name__
    if "Terminat" in name:
        return "SIGTERM"
    if "Timeout" in name:
        return "the task's timeout"
    return name


def end_process(proc: subprocess.Popen[bytes], grace: float = STOP_GRACE_SECONDS,
                kill_after: float = KILL_AFTER_SECONDS) -> int:
    """Stop a crawl process: SIGTERM (Scrapy's graceful stop, which scrapers.bounds ends by force
    after `grace` seconds), then SIGKILL if it is still there `kill_after` seconds later."""
    if proc.poll() is None:
        try:
            proc.send_signal(signal.SIGTERM)
        except ProcessLookupError:
            pass
    try:
        return proc.wait(timeout=grace + kill_after)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait()


def supervise(proc: subprocess.Popen[bytes], limit: float, stop: StopRequest | None,
              poll: float = 0.5) -> tuple[int | None, str]:
    """Wait for a crawl process; end it when `stop` is set or after `limit` seconds (it should
    have ended itself at its time bound). Returns (exit status or None if it was ended by us, why
    it was ended: "" when it ended by itself)."""
    deadline = time.monotonic() + limit
    while True:
        try:
            return proc.wait(timeout=poll), ""
        except subprocess.TimeoutExpired:
            pass
        if stop is not None and stop.is_set():
            end_process(proc)
            return None, stop.why or "a stop request"
        if time.monotonic() >= deadline:
            end_process(proc)
            return None, "its time bound (the process did not end by itself)"


def run_crawl(settings: Settings, source_name: str, db: Database | None = None,
              since: date | None = None, log: Callable[[str], None] = print,
              stop: StopRequest | None = None) -> CrawlResult:
    """Crawl one configured source in a subprocess, record the run and return its result (see
    run_group, of which this is the one-source case)."""
    return run_group(settings, [source_name], db, since, log, stop)[0]


def group_log_name(names: Sequence[str]) -> str:
    """The log file of a crawl process: the source's name, or the first one's and a count."""
    return names[0] if len(names) == 1 else f"{names[0]}-and-{len(names) - 1}-more"


def run_group(settings: Settings, names: Sequence[str], db: Database | None = None,
              since: date | None = None, log: Callable[[str], None] = print,
              stop: StopRequest | None = None) -> list[CrawlResult]:
    """Crawl some configured sources in one `scrapy crawlgroup` subprocess (one Crawler per
    source: its own spider, settings, stats and time bound), record each source's run and
    return their results in order.

    Each crawl ends by itself at `[crawl] timeout_seconds` (scrapers.bounds), and this function
    kills the process if it has not shortly after. When `stop` is set, or when this thread is
    interrupted (Ctrl-C, an Airflow task's SIGTERM or timeout), the crawls are stopped within
    seconds, recorded as failed with the reason, and the interruption is raised again.

    A source naming a spider that does not exist is a ConfigError (file, line, setting), raised
    before anything is recorded."""
    sources = [settings.source(name) for name in names]
    check_spiders(settings, known_spiders(), tuple(s.name for s in sources))
    db = db or Database(settings.database_url)
    run_ids: dict[str, int] = {}
    resume: dict[str, bool] = {}
    with db.session() as session:
        for source in sources:
            close_abandoned_runs(session, source.name, settings.crawl.timeout_seconds, utcnow())
            last = session.scalar(select(CrawlRun.status).where(CrawlRun.source == source.name)
                                  .order_by(CrawlRun.id.desc()).limit(1))
            run = CrawlRun(source=source.name, started_at=utcnow(), status="running")
            session.add(run)
            session.flush()
            run_ids[source.name] = run.id
            # The last crawl failed or never recorded its end (killed, database locked or
            # down): it may have stored a listing's newer articles and not its older ones, which
            # paging that stops at stored articles would never reach again.
            resume[source.name] = last is not None and last != "ok"
    log_dir = settings.var_dir / "crawls"
    log_dir.mkdir(parents=True, exist_ok=True)
    bound = settings.crawl.timeout_seconds
    interrupted: BaseException | None = None
    with tempfile.TemporaryDirectory(prefix="scowatch-crawl-") as tmp:
        stats_files = {s.name: Path(tmp) / f"{s.name}.json" for s in sources}
        plan = {"crawls": []}  # type: dict[str, list[dict[str, Any]]]
        for source in sources:
            args, values = crawl_arguments(source, settings, stats_files[source.name], since,
                                           stop_at_stored=not resume[source.name])
            plan["crawls"].append({"source": source.name, "spider": source.spider,
                                   "args": args, "settings": values})
        # beside the log: an operator can rerun the same process by hand (`scrapy crawlgroup`)
        log_path = log_dir / f"{group_log_name(names)}.log"
        plan_file = log_path.with_suffix(".plan.json")
        plan_file.write_text(json.dumps(plan, indent=1), "utf-8")
        for source in sources:
            log(f"{source.name}: crawling {', '.join(source.start_urls)} (log: {log_path})"
                + ("; the last crawl did not end well: paging past stored articles"
                   if resume[source.name] else ""))
        started = time.monotonic()
        returncode: int | None
        ended_by = ""
        with open(log_path, "w", encoding="utf-8") as logfile:
            # A session of its own: a terminal's Ctrl-C reaches this process only, which then
            # stops the crawl once, gracefully (a second signal would make Scrapy drop its stats).
            proc = subprocess.Popen(group_command(plan_file), env=crawl_env(settings),
                                    stdout=logfile, stderr=subprocess.STDOUT,
                                    cwd=settings.base_dir, start_new_session=True)
            try:
                returncode, ended_by = supervise(
                    proc, bound + STOP_GRACE_SECONDS + KILL_AFTER_SECONDS + 5, stop)
            except BaseException as exc:  # Ctrl-C, SIGTERM, an Airflow timeout: stop the crawl
                interrupted = exc
                end_process(proc)
                returncode, ended_by = None, interrupt_name(exc)
        seconds = time.monotonic() - started
        tail = log_path.read_text("utf-8", errors="replace")[-2000:]
        results = []
        for source in sources:
            path = stats_files[source.name]
            stats = json.loads(path.read_text("utf-8")) if path.exists() else None
            # the process's exit status speaks for a source only when it wrote no stats of its own
            code = returncode if stats is None or returncode in (0, None) else 0
            if stats is not None and stats.get("scowatch/forced_exit"):
                code = 0  # its stats say why it ended; the forced exit is not scrapy failing
            results.append(crawl_result(settings, db, source, run_ids[source.name],
                                        result_from_stats(source.name, code, stats, seconds,
                                                          tail, bound=bound),
                                        ended_by, log_path, log))
    if interrupted is not None:
        raise interrupted
    return results


def crawl_result(settings: Settings, db: Database, source: Source, run_id: int,
                 result: CrawlResult, ended_by: str, log_path: Path,
                 log: Callable[[str], None]) -> CrawlResult:
    """Finish one source's result (how the crawl was ended, articles not stored), record it and
    log its summary line."""
    if ended_by:
        result = replace(result, ok=False, message=f"stopped by {ended_by} before it finished"
                         + STOPPED_TAIL)
    unstored = result.error_kinds.get("store_error", 0)
    if unstored and result.ok:
        # the pages were fetched but not kept (database locked or down): not a healthy crawl
        result = replace(result, ok=False, message=(
            f"{unstored} articles could not be stored (database error, see {log_path}); the "
            "next crawl fetches them again"))
    result = record_run(settings, db, source, run_id, result, forget=bool(unstored))
    log(result.summary())
    return result


def record_run(settings: Settings, db: Database, source: Source, run_id: int,
               result: CrawlResult, forget: bool = False) -> CrawlResult:
    """Judge a finished crawl by the health rule and write its crawl_runs row; the judged result.
    forget: drop the source's feed validators (articles were fetched but not stored)."""
    with db.session() as session:
        if forget:
            forget_validators(session, source)
        earlier = list(session.scalars(
            select(CrawlRun).where(CrawlRun.source == source.name, CrawlRun.id != run_id,
                                   CrawlRun.status != "running")
            .order_by(CrawlRun.id.desc()).limit(settings.crawl.stale_after_runs)))
        has_yielded = session.scalar(
            select(ArticleRow.id).where(ArticleRow.source == source.name).limit(1)) is not None
        verdict = judge_crawl(result, [run_found_nothing(r) for r in earlier], has_yielded,
                              HealthPolicy(stale_after_runs=settings.crawl.stale_after_runs))
        result = replace(result, ok=verdict.ok, message=verdict.message)
        run = session.get(CrawlRun, run_id)
        assert run is not None
        run.finished_at = utcnow()
        run.status = "ok" if result.ok else "failed"
        run.pages, run.articles, run.new_articles = result.pages, result.articles, result.new
        run.errors, run.error_kinds = result.errors, result.error_kinds
        run.missing = dict(result.missing)
        run.entries, run.found_nothing = result.entries, verdict.found_nothing
        # A healthy run's message says what it skipped, for `scowatch sources`.
        run.message = result.message or result.skips() or None
    return result


def group_outcome(results: Sequence[CrawlResult]) -> dict[str, Any]:
    """A group's crawl as a task returns it: summed counts, the failed sources, and a message
    naming each failed source with its reason."""
    failed = [r for r in results if not r.ok]
    totals: dict[str, Any] = {k: sum(getattr(r, k) for r in results)
                              for k in ("pages", "entries", "articles", "new", "updated", "errors",
                                        "known_skipped", "not_modified")}
    totals["sources"] = [r.source for r in results]
    totals["failed"] = [r.source for r in failed]
    totals["message"] = (f"{len(failed)} of {len(results)} sources failed: "
                         + "; ".join(r.summary() for r in failed)) if failed else ""
    return totals


def runs_since(db: Database, since: datetime) -> dict[str, int]:
    """What the crawls started since `since` did: sources ok and failed, articles, new ones, and
    `to_process`: the articles stored (new or changed) since then that await processing."""
    with db.session() as session:
        rows = list(session.scalars(select(CrawlRun).where(CrawlRun.started_at >= since)))
        # from the rows themselves, not the crawls' stats: a crawl killed before it reported still
        # stored its batches (updated_at is set on insert and on every change of the text)
        to_process = session.scalar(
            select(func.count()).select_from(ArticleRow)
            .where(ArticleRow.processed_at.is_(None), ArticleRow.updated_at >= since)) or 0
    return {"sources_ok": sum(r.status == "ok" for r in rows),
            "sources_failed": sum(r.status == "failed" for r in rows),
            "articles": sum(r.articles or 0 for r in rows),
            "new": sum(r.new_articles or 0 for r in rows),
            "to_process": int(to_process)}


def source_health(db: Database, names: list[str], last: int = 5) -> dict[str, list[CrawlRun]]:
    """The last few crawl runs of each source, newest first."""
    out: dict[str, list[CrawlRun]] = {}
    with db.session() as session:
        for name in names:
            out[name] = list(session.scalars(
                select(CrawlRun).where(CrawlRun.source == name)
                .order_by(CrawlRun.id.desc()).limit(last)))
    return out
