"""Crawl health: the rule that fails a source's crawl, the per-run lines of `scowatch sources`,
and the short health summary mailed to the operator with the daily digest run."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import func, select

from pipeline.config import Settings
from pipeline.db import Database, insert_for
from pipeline.delivery import compose, flush_pending, make_transport, new_message_id, queue_message
from pipeline.models import CrawlRun, Document, Message, SubscriberRow, utcnow

# The fields whose loss on most article pages means the outlet changed its markup.
WATCHED_FIELDS = ("published_at", "body")
HEALTH_KIND = "health"
OPERATOR_SCHEDULE = "operator"  # the subscribers row the health mail is queued under
DAY = timedelta(hours=24)


@dataclass(frozen=True)
class HealthPolicy:
    """When a crawl that did not error still counts as failed."""

    stale_after_runs: int = 3  # runs in a row that found nothing, for a source that yields
    missing_share: float = 0.5  # a watched field missing on more than this share of articles...
    missing_min_articles: int = 3  # ...counted only from this many article pages


class CrawlOutcome(Protocol):
    """What the rule reads of a finished crawl (pipeline.crawl.CrawlResult has it all)."""

    @property
    def ok(self) -> bool: ...
    @property
    def message(self) -> str: ...
    @property
    def pages(self) -> int: ...
    @property
    def articles(self) -> int: ...
    @property
    def entries(self) -> int: ...
    @property
    def not_modified(self) -> int: ...
    @property
    def empty_pages(self) -> int: ...
    @property
    def missing(self) -> Mapping[str, int]: ...


class RunRecord(Protocol):
    """What the summaries read of a crawl_runs row (pipeline.models.CrawlRun)."""

    source: str
    started_at: datetime
    finished_at: datetime | None
    status: str
    pages: int
    articles: int
    new_articles: int
    errors: int
    missing: dict[str, Any]
    message: str | None
    found_nothing: bool


@dataclass(frozen=True)
class Verdict:
    """The rule's judgement of one crawl."""

    ok: bool
    message: str
    found_nothing: bool = False


def listed_nothing(pages: int, entries: int, not_modified: int,
                   previous_found_nothing: bool = False) -> bool:
    """Whether a crawl found nothing at all: no page fetched, or feeds and listings that named no
    entry. Entries skipped as already stored count as found. A crawl whose only answers were 304s
    saw the same feeds as the run before, so it found what that run found."""
    if pages == 0:
        return True
    if entries:
        return False
    return previous_found_nothing if not_modified else True


def run_found_nothing(run: RunRecord) -> bool:
    """Whether a recorded run found nothing (no page fetched, or recorded as listing no entry)."""
    return run.pages == 0 or bool(run.found_nothing)


def empty_streak(found_nothing_now: bool, earlier: Sequence[bool]) -> int:
    """Runs in a row that found nothing, ending with this one; `earlier` is newest first."""
    if not found_nothing_now:
        return 0
    streak = 1
    for empty in earlier:
        if not empty:
            break
        streak += 1
    return streak


def lost_fields(articles: int, empty_pages: int, missing: Mapping[str, int],
                policy: HealthPolicy) -> dict[str, tuple[int, int]]:
    """Watched fields missing on more than the policy's share of article pages: field → (missing,
    pages). Pages without title and body (skipped by the spider) count as missing the body."""
    pages = articles + empty_pages
    if pages < policy.missing_min_articles:
        return {}
    out: dict[str, tuple[int, int]] = {}
    for name in WATCHED_FIELDS:
        lost = int(missing.get(name, 0)) + (empty_pages if name == "body" else 0)
        if lost > policy.missing_share * pages:
            out[name] = (lost, pages)
    return out


def judge_crawl(result: CrawlOutcome, earlier_found_nothing: Sequence[bool], has_yielded: bool,
                policy: HealthPolicy = HealthPolicy()) -> Verdict:
    """Fail a crawl that errored, that lost a watched field on most pages, or that found nothing
    for `stale_after_runs` runs in a row at a source that has yielded articles before.

    `earlier_found_nothing`: for the source's previous finished runs, newest first, whether each
    found nothing. Not-failing observations (an empty listing below the threshold) still go into
    the message, which `scowatch sources` shows.
    """
    reasons = [result.message] if not result.ok and result.message else []
    notes: list[str] = []
    ok = result.ok
    for name, (lost, pages) in lost_fields(result.articles, result.empty_pages, result.missing,
                                           policy).items():
        ok = False
        reasons.append(f"{name} missing on {lost} of {pages} article pages")
    previous = bool(earlier_found_nothing) and earlier_found_nothing[0]
    nothing = listed_nothing(result.pages, result.entries, result.not_modified, previous)
    streak = empty_streak(nothing, earlier_found_nothing)
    what = "feeds and listings named no entry" if result.pages else "nothing fetched"
    if nothing and has_yielded and streak >= policy.stale_after_runs:
        ok = False
        reasons.append(f"found nothing for {streak} runs in a row ({what} this time; the source "
                       "has stored articles before)")
    elif nothing and result.pages and not has_yielded:
        notes.append(f"{what} (the source has stored no article yet)")
    elif nothing and result.pages:
        notes.append(f"{what} ({streak} run{'s' if streak > 1 else ''} in a row; fails at "
                     f"{policy.stale_after_runs})")
    return Verdict(ok, "; ".join(reasons + notes), found_nothing=nothing)


def run_line(run: RunRecord) -> str:
    """One crawl run as `scowatch sources` prints it (without the leading indent)."""
    when = run.started_at.strftime("%Y-%m-%d %H:%M UTC")
    line = (f"{when}  {run.status:<7} {run.pages} pages, {run.articles} articles "
            f"({run.new_articles} new), {run.errors} errors")
    if run.missing:
        line += "; missing " + ", ".join(f"{k} {v}" for k, v in sorted(run.missing.items()))
    if run.message:
        line += f"; {run.message}"
    elif run.found_nothing:
        line += "; no entries listed"
    return line


@dataclass(frozen=True)
class SourceHealth:
    """One source's state for the operator: its last run and the last day."""

    name: str
    enabled: bool
    last: RunRecord | None = None
    failing_runs: int = 0  # the latest runs in a row that failed
    last_ok_at: datetime | None = None
    day_runs: int = 0
    day_failed: int = 0
    day_new: int = 0

    @property
    def status(self) -> str:
        """ok, FAILED, running, never crawled, or disabled."""
        if not self.enabled:
            return "disabled"
        if self.last is None:
            return "never crawled"
        return "FAILED" if self.last.status == "failed" else self.last.status


def summarize_source(name: str, enabled: bool, recent: Sequence[RunRecord], now: datetime,
                  last_ok_at: datetime | None = None) -> SourceHealth:
    """A source's health from its recent runs, newest first (at least the last day's)."""
    finished = [r for r in recent if r.status != "running"]
    failing = 0
    for run in finished:
        if run.status != "failed":
            break
        failing += 1
    day = [r for r in finished if r.started_at >= now - DAY]
    return SourceHealth(
        name=name, enabled=enabled, last=recent[0] if recent else None, failing_runs=failing,
        last_ok_at=last_ok_at, day_runs=len(day),
        day_failed=sum(1 for r in day if r.status == "failed"),
        day_new=sum(r.new_articles for r in day))


def source_lines(h: SourceHealth) -> list[str]:
    """A source's block in the health summary: status and last run, then the last day."""
    head = f"{h.name}: {h.status}"
    if h.last is None:
        return [head]
    run = h.last
    missing = dict(run.missing or {})
    head += (f", last crawl {run.started_at:%Y-%m-%d %H:%M} UTC: {run.articles} articles "
             f"({run.new_articles} new), {run.errors} errors")
    if missing:
        head += ", missing " + ", ".join(f"{k} {v}" for k, v in sorted(missing.items()))
    lines = [head]
    if run.message:
        lines.append(f"    {run.message}")
    day = (f"    last 24 h: {plural(h.day_runs, 'run')}, {h.day_failed} failed, "
           f"{plural(h.day_new, 'new article')}")
    if h.failing_runs:
        since = (f"; last success {h.last_ok_at:%Y-%m-%d %H:%M} UTC" if h.last_ok_at
                 else "; never succeeded")
        day += f"; failing for {plural(h.failing_runs, 'run')}{since}"
    lines.append(day)
    return lines


def plural(count: int, noun: str) -> str:
    """"1 run", "2 runs"."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def health_subject(rows: Sequence[SourceHealth]) -> str:
    """The summary's subject line: how many sources are fine and which failed."""
    failing = [h.name for h in rows if h.status == "FAILED"]
    enabled = [h for h in rows if h.enabled]
    ok = sum(1 for h in enabled if h.status == "ok")
    subject = f"scowatch health: {ok} of {len(enabled)} sources ok"
    if failing:
        subject += f", failing: {', '.join(failing)}"
    return subject


def health_text(rows: Sequence[SourceHealth], now: datetime,
                gaps: Sequence[tuple[str, int]] = ()) -> str:
    """The plain-text health summary, one block per source, failing sources first; then the
    meetings articles report that the calendar lacks (`gaps`: note, documents)."""
    order = sorted(rows, key=lambda h: (h.status != "FAILED", not h.enabled, h.name))
    out = [f"{health_subject(rows)} ({now:%Y-%m-%d %H:%M} UTC)", ""]
    for h in order:
        out.extend(source_lines(h))
    if not rows:
        out.append("no sources configured")
    if gaps:
        out += ["", "meetings that articles report and the calendar lacks (add them to a "
                "`meetings_file` and run `scowatch documents --rebuild`, docs/tagging.md; their "
                "documents show 'meeting unresolved' until then):"]
        out += [f"  {note}: {plural(n, 'document')}" for note, n in gaps]
    return "\n".join(out) + "\n"


def calendar_gaps(db: Database) -> list[tuple[str, int]]:
    """The meetings register entries name but the calendar lacks, with their document counts."""
    with db.session() as session:
        rows = session.execute(
            select(Document.meeting_note, func.count()).where(
                Document.meeting_id == "", Document.meeting_note.is_not(None))
            .group_by(Document.meeting_note).order_by(Document.meeting_note)).all()
    return [(note or "", count) for note, count in rows]


def collect_health(settings: Settings, db: Database, now: datetime,
                   window: int = 200) -> list[SourceHealth]:
    """Every configured source's health, read from its last `window` crawl runs."""
    rows = []
    with db.session() as session:
        for src in settings.sources:
            recent = list(session.scalars(
                select(CrawlRun).where(CrawlRun.source == src.name)
                .order_by(CrawlRun.id.desc()).limit(window)))
            last_ok = session.scalar(select(func.max(CrawlRun.started_at)).where(
                CrawlRun.source == src.name, CrawlRun.status == "ok"))
            rows.append(summarize_source(src.name, src.enabled, recent, now, last_ok))
    return rows


@dataclass(frozen=True)
class HealthReport:
    """What one health run did."""

    queued: int = 0
    sent: int = 0
    deferred: int = 0
    failed: int = 0
    skipped: str = ""
    failing: tuple[str, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        """A small JSON-able summary (an Airflow XCom)."""
        return {"queued": self.queued, "sent": self.sent, "deferred": self.deferred,
                "failed": self.failed, "skipped": self.skipped, "failing": list(self.failing)}


def operator_row(session: Any, email: str, when: datetime) -> SubscriberRow:
    """The subscribers row the operator's mail is queued under (created once, never changed)."""
    email = email.strip().lower()
    session.execute(insert_for(session)(SubscriberRow).values(
        email=email, schedule=OPERATOR_SCHEDULE, timezone="UTC", filters={}, active=True,
        created_at=when).on_conflict_do_nothing(index_elements=["email"]))
    return session.execute(select(SubscriberRow).where(SubscriberRow.email == email)).scalar_one()


def sent_today(session: Any, subscriber_id: int, now: datetime) -> bool:
    """Whether a health summary for this UTC day is already queued or sent (reruns add none)."""
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return session.scalar(select(func.count()).select_from(Message).where(
        Message.subscriber_id == subscriber_id, Message.kind == HEALTH_KIND,
        Message.status != "failed", Message.created_at >= start)) > 0


def send_health(settings: Settings, db: Database | None = None, *,
                now: Callable[[], datetime] = utcnow,
                log: Callable[[str], None] = print) -> HealthReport:
    """Mail the operator today's health summary (once per UTC day), then send what is pending."""
    db = db or Database(settings.database_url)
    when = now()
    rows = collect_health(settings, db, when)
    failing = tuple(h.name for h in rows if h.status == "FAILED")
    text = health_text(rows, when, calendar_gaps(db))
    for line in text.splitlines():
        log(line)
    if not settings.operator_email:
        return HealthReport(skipped="no operator_email configured", failing=failing)
    queued = 0
    with db.session() as session:
        row = operator_row(session, settings.operator_email, when)
        if sent_today(session, row.id, when):
            log(f"health summary for {when:%Y-%m-%d} already queued for {row.email}")
        else:
            message = compose(settings.sender, settings.operator_email, health_subject(rows),
                              text, None, new_message_id(settings.sender), when=when)
            queue_message(session, row, HEALTH_KIND, message, [], when)
            queued = 1
    flush = flush_pending(db, make_transport(settings.smtp_url, settings.outbox), now, log)
    return HealthReport(queued, flush.sent, flush.deferred, flush.failed, failing=failing)


def sources_text(settings: Settings, db: Database, runs_per_source: int = 3) -> Iterable[str]:
    """`scowatch sources`: each configured source with its last few runs."""
    if not settings.sources:
        yield "no sources configured"
    with db.session() as session:
        for src in settings.sources:
            state = "enabled" if src.enabled else "disabled"
            yield f"{src.name}  [{state}, spider {src.spider}]  {', '.join(src.start_urls)}"
            runs = list(session.scalars(
                select(CrawlRun).where(CrawlRun.source == src.name)
                .order_by(CrawlRun.id.desc()).limit(runs_per_source)))
            if not runs:
                yield "    never crawled"
            for run in runs:
                yield "    " + run_line(run)
