"""The `scowatch` command line: init, crawl, process, digest, run, sources, documents,
subscribers, export, new-spider, demo."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from pipeline.config import ConfigError, Settings, load_settings
from pipeline.db import Database, DatabaseError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A command was called with options that do not go together."""


class Terminated(BaseException):
    """The process was sent SIGTERM (a service manager, Airflow, `kill`): stop like Ctrl-C."""


def _raise_terminated(signum: int, frame: Any) -> None:
    raise Terminated()

EXAMPLE_CONFIG = """\
# scowatch configuration. Every setting can be overridden by environment variables:
# SCOWATCH_DATABASE_URL, SCOWATCH_SMTP_URL, SCOWATCH_OUTBOX (see README.md).

[scowatch]
# database_url = "sqlite:///var/scowatch.db"      # default; relative to this file
# database_url = "postgresql://user@127.0.0.1:5432/scowatch"
# smtp_url = "smtp://127.0.0.1:1025"              # unset: mails go to the outbox folder
outbox = "var/outbox"
sender = "scowatch <scowatch@localhost>"
# operator_email = "ops@example.org"              # failure mail and the daily health summary

[crawl]
# say who you are: sites block anonymous crawlers (put a contact address in the User-Agent)
user_agent = "scowatch/0.1 (+https://github.com/scowatch/scowatch)"
obey_robots = true
autothrottle = true
concurrency_per_domain = 2
download_delay = 1.0
max_pages = 3              # listing pages followed per crawl
timeout_seconds = 600      # a source's crawl is stopped after this long and marked failed
group_size = 50            # sources crawled together by one process
download_timeout = 30      # seconds one request may take
retry_times = 2            # retries of a failed request (5xx, 429, network errors) ...
retry_backoff = 2.0        # ... after 2 s, 4 s, ... or after the server's Retry-After
stale_after_runs = 3       # a source that finds nothing this many runs in a row fails

[[sources]]
name = "astanatimes"
spider = "astanatimes"
start_urls = ["https://astanatimes.com/feed/", "https://astanatimes.com/all/"]
allowed_domains = ["astanatimes.com"]

[[subscribers]]
email = "reader@example.org"
schedule = "daily"         # daily, weekly or immediate (alerts for new documents)
timezone = "Asia/Almaty"
"""


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-07-04") from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with a --help for every command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="FILE", type=Path,
                        help="configuration file (default: $SCOWATCH_CONFIG or ./scowatch.toml)")
    # a command's own --config defaults to nothing, so that `scowatch --config F COMMAND` keeps F
    # (a subcommand's default would otherwise overwrite the value given before it)
    command_common = argparse.ArgumentParser(add_help=False)
    command_common.add_argument("--config", metavar="FILE", type=Path, default=argparse.SUPPRESS,
                                help="configuration file (default: $SCOWATCH_CONFIG or "
                                     "./scowatch.toml)")
    parser = argparse.ArgumentParser(
        prog="scowatch", parents=[common],
        description="Watch the news about the Shanghai Cooperation Organisation (SCO): crawl "
                    "outlets, deduplicate and tag articles, and mail digests of what is new, "
                    "above all new SCO declarations and other documents.",
        epilog="Run `scowatch COMMAND --help` for a command's options. "
               "Start with `scowatch demo` to see everything work offline.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def cmd(name: str, help_: str, func: Callable[[argparse.Namespace], int],
            description: str | None = None) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[command_common], help=help_,
                           description=description or help_)
        p.set_defaults(func=func)
        return p

    p = cmd("init", "write a starter scowatch.toml and create the database", cmd_init)
    p.add_argument("--force", action="store_true", help="overwrite an existing config file")

    p = cmd("crawl", "crawl the configured sources (all enabled ones by default)", cmd_crawl,
            "Crawl the sources, [crawl] group_size of them per `scrapy crawlgroup` process (one "
            "Scrapy crawler, time bound and health record each), and store what they find. Exits "
            "1 when any source failed (the others still run), 130/143 when stopped by Ctrl-C or "
            "SIGTERM (the running crawls are stopped and recorded).")
    p.add_argument("sources", nargs="*", metavar="SOURCE", help="source names from the config")
    p.add_argument("--since", type=_parse_date, metavar="DATE",
                   help="backfill: follow listing pages back to this date (YYYY-MM-DD)")

    cmd("process", "deduplicate and tag new articles, update the document register",
        cmd_process)

    p = cmd("digest", "render and deliver digests to subscribers", cmd_digest,
            "Render each daily/weekly subscriber's digest of what they have not received yet "
            "and deliver it: by SMTP when SCOWATCH_SMTP_URL is set, else into the outbox folder.")
    p.add_argument("--dry-run", action="store_true", help="render only: send and record nothing")
    p.add_argument("--to", type=Path, metavar="FILE",
                   help="with --dry-run: write the digest to FILE (.html, .txt or .eml)")
    p.add_argument("--subscriber", metavar="EMAIL", help="only this subscriber")
    p.add_argument("--scheduled", action="store_true",
                   help="only subscribers whose daily/weekly digest is due (what Airflow runs)")

    p = cmd("run", "crawl, process and deliver digests once", cmd_run)
    p.add_argument("sources", nargs="*", metavar="SOURCE", help="source names (default: all)")

    cmd("standalone", "run Airflow standalone with the DAGs until Ctrl-C or SIGTERM, then stop "
        "every process it started", cmd_standalone,
        "Run `airflow standalone` (api-server, scheduler, dag-processor, triggerer) in a session "
        "of its own; when it ends or this command is stopped (Ctrl-C, SIGTERM), stop every "
        "process of the run: the components, the executor's workers, the task runners and "
        "crawls, by SIGINT, then SIGTERM, then SIGKILL. What `make run` runs.")

    cmd("sources", "list the configured sources with their crawl health", cmd_sources)

    p = cmd("documents", "list the SCO document register", cmd_documents)
    p.add_argument("--json", action="store_true", help="JSON output")
    p.add_argument("--rebuild", action="store_true",
                   help="after an upgrade or an edit of meetings_file: find the documents in "
                        "every stored article again under today's rules and calendar and replace "
                        "the register (entries keep their ids where they can; nothing already "
                        "mailed is mailed again)")
    p.add_argument("--dry-run", action="store_true",
                   help="with --rebuild: say what would change, write nothing")

    p = cmd("subscribers", "list subscribers and what each has received", cmd_subscribers)
    p.add_argument("--unsubscribe", metavar="EMAIL", help="stop all mail to EMAIL")
    p.add_argument("--resubscribe", metavar="EMAIL", help="undo --unsubscribe")

    p = cmd("export", "export stored articles with their tags", cmd_export,
            "Write every stored article with its tags, duplicate and documents, one record per "
            "article (fields documented in README.md).")
    p.add_argument("--since", type=_parse_date, metavar="DATE",
                   help="only articles first seen on or after DATE")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("--output", "-o", type=Path, metavar="FILE", help="default: standard output")

    p = cmd("new-spider", "write a spider for a new outlet, with a fixture folder and a test",
            cmd_new_spider,
            "Write scrapers/spiders/NAME.py from a template, a fixture folder "
            "pipeline/demo_site/NAME/ with placeholder pages to replace by saved real pages, and "
            "tests/unit/test_spider_NAME.py; add a [[sources]] entry to the config file when it "
            "exists (else print one). See docs/adding-a-source.md.")
    p.add_argument("name", metavar="NAME", help="spider and source name (lower-case, digits, _)")
    p.add_argument("url", metavar="URL", help="the outlet's feed, listing page or home page")
    p.add_argument("--root", type=Path, default=Path("."),
                   help="the project checkout to write into (default: the current folder)")

    p = cmd("demo", "run everything offline against the bundled fixture site", cmd_demo,
            "Serve the bundled fixture copies of the outlets on loopback ports, crawl them, "
            "process, and deliver a digest (to the outbox folder unless SCOWATCH_SMTP_URL is "
            "set). The fixture pages were written by the scowatch developers in each outlet's "
            "markup; one carries the real 2020 report of the Moscow Declaration.")
    p.add_argument("sources", nargs="*", metavar="SOURCE",
                   help="only these outlets (default: every configured outlet with a fixture site)")
    p.add_argument("--dir", type=Path, default=Path("var/demo"),
                   help="where the demo's database and outbox go (default: var/demo)")
    p.add_argument("--fresh", action="store_true", help="delete the demo's previous database")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(args.config)


def _log(text: str) -> None:
    print(text, flush=True)


def cmd_init(args: argparse.Namespace) -> int:
    path = args.config or Path("scowatch.toml")
    if path.exists() and not args.force:
        print(f"{path} exists; keeping it (use --force to overwrite)")
    else:
        path.write_text(EXAMPLE_CONFIG, encoding="utf-8")
        print(f"wrote {path}")
    settings = load_settings(path)
    Database(settings.database_url).ensure_schema()
    print(f"database ready: {_safe(settings.database_url)}")
    return EXIT_OK


def _safe(url: str) -> str:
    from pipeline.config import redact_url

    return redact_url(url)


def crawl_sources(settings: Settings, names: Sequence[str], db: Database,
                  since: date | None = None) -> bool:
    """Crawl the named (default: enabled) sources, `[crawl] group_size` sources per process and
    `[crawl] parallel` processes at once; True when all succeeded. A failing source never stops
    the others. Ctrl-C or SIGTERM stops the running crawls and records them before it returns."""
    from concurrent.futures import ThreadPoolExecutor

    from pipeline.config import spider_errors
    from pipeline.crawl import (
        StopRequest,
        interrupt_name,
        known_spiders,
        run_group,
        source_groups,
    )

    chosen = [settings.source(n) for n in names] if names else list(settings.enabled_sources())
    # Malformed [[sources]] entries and unknown spiders are named and left out; the rest crawl.
    problems = [] if names else list(settings.source_errors)
    unknown = spider_errors(settings, known_spiders(), tuple(s.name for s in chosen))
    problems += [error for _, error in unknown]
    chosen = [s for s in chosen if s.name not in {name for name, _ in unknown}]
    for error in problems:
        print(f"scowatch: config error: {error}; this source is skipped", file=sys.stderr)
    if not chosen:
        if problems:
            raise problems[0]
        print("no enabled sources in the configuration")
        return True
    groups = source_groups([s.name for s in chosen], settings.crawl.group_size)
    stop = StopRequest()

    def crawl(numbered: tuple[int, list[str]]) -> bool:
        i, group = numbered
        if stop.is_set():
            return False
        _log(f"[{i}/{len(groups)}] " + (", ".join(group) if len(group) <= 5 else
                                        f"{', '.join(group[:5])} and {len(group) - 5} more"))
        results = run_group(settings, group, db=db, since=since, log=_log, stop=stop)
        return all(r.ok for r in results)

    pool = ThreadPoolExecutor(max_workers=settings.crawl.parallel)
    try:
        results = list(pool.map(crawl, enumerate(groups, 1)))
    except BaseException as exc:  # Ctrl-C or SIGTERM: stop the running crawls, record them
        stop.set(interrupt_name(exc))
        _log(f"stopping: {stop.why}; the running crawls are stopped and recorded as failed")
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    if problems:
        _log(f"{len(problems)} sources skipped for configuration errors (named above)")
    return all(results) and not problems


def cmd_crawl(args: argparse.Namespace) -> int:
    settings = _settings(args)
    ok = crawl_sources(settings, args.sources, Database(settings.database_url), args.since)
    return EXIT_OK if ok else EXIT_FAILED


def cmd_process(args: argparse.Namespace) -> int:
    from pipeline.process import process_new

    settings = _settings(args)
    process_new(settings, Database(settings.database_url), log=_log)
    return EXIT_OK


def cmd_digest(args: argparse.Namespace) -> int:
    from pipeline.digest import run_digest

    if args.to and not args.dry_run:
        raise UsageError("--to needs --dry-run")
    settings = _settings(args)
    report = run_digest(settings, Database(settings.database_url), dry_run=args.dry_run,
                        to_file=args.to, only=args.subscriber,
                        respect_schedule=args.scheduled, log=_log)
    if not args.dry_run:
        _log(f"digests: {report.queued} queued, {report.sent} sent, {report.deferred} deferred, "
             f"{report.failed} failed")
    return EXIT_FAILED if report.failed or report.deferred else EXIT_OK


def run_once(settings: Settings, names: Sequence[str]) -> int:
    """Crawl, process, send alerts and digests; exit status 1 if any part failed."""
    from pipeline.digest import run_alerts, run_digest
    from pipeline.process import process_new

    db = Database(settings.database_url)
    crawled = crawl_sources(settings, names, db)
    process_new(settings, db, log=_log)
    alerts = run_alerts(settings, db, log=_log)
    report = run_digest(settings, db, log=_log)
    _log(f"digests: {report.queued} queued, {report.sent} sent, {report.deferred} deferred, "
         f"{report.failed} failed; alerts: {alerts.sent} sent")
    if report.sent == 0 and report.queued == 0:
        _log("nothing new to deliver")
    ok = crawled and not (report.failed or report.deferred or alerts.failed or alerts.deferred)
    return EXIT_OK if ok else EXIT_FAILED


def cmd_run(args: argparse.Namespace) -> int:
    return run_once(_settings(args), args.sources)


def cmd_standalone(args: argparse.Namespace) -> int:
    from pipeline.processes import supervise

    airflow = Path(sys.executable).parent / "airflow"
    return supervise([str(airflow) if airflow.exists() else "airflow", "standalone"], log=_log)


def cmd_sources(args: argparse.Namespace) -> int:
    from pipeline.health import sources_text

    settings = _settings(args)
    for error in settings.source_errors:
        print(f"skipped (config error): {error}")
    for line in sources_text(settings, Database(settings.database_url)):
        print(line)
    return EXIT_OK


def cmd_documents(args: argparse.Namespace) -> int:
    from pipeline.digest import (
        bare_type_in_english,
        english_gloss,
        english_name,
        glossed_name,
        name_language,
        namesakes,
        placed_namesakes,
        title_language,
    )
    from pipeline.documents.calendar import load_calendar
    from pipeline.documents.keys import shown_kind
    from pipeline.models import ArticleRow, Document, DocumentEvent, DocumentMention

    settings = _settings(args)
    db = Database(settings.database_url)
    if args.dry_run and not args.rebuild:
        print("--dry-run goes with --rebuild", file=sys.stderr)
        return EXIT_USAGE
    if args.rebuild:
        from pipeline.register_rebuild import rebuild_register

        report = rebuild_register(settings, db, dry_run=args.dry_run,
                                  log=lambda line: print(line, file=sys.stderr))
        for line in report.changed:
            print(line)
        print(("dry run, nothing written: " if args.dry_run else "") + report.summary())
        return EXIT_OK
    calendar = load_calendar(settings.meetings_files)
    rows: list[dict[str, Any]] = []
    with db.session() as session:
        docs = session.scalars(select(Document).order_by(
            Document.meeting_date.desc().nulls_last(), Document.first_seen_at.desc())).all()
        decided = _decisions_by_document(
            session, [d.id for d in docs if d.type in DECIDED_TYPES and d.status == "signed"],
            calendar)
        # the names of each entry's other entries of its key and kind (or its meeting's only
        # other declaration or communiqué), as a card has them
        others_of = namesakes(session, list(docs))
        placed_of = placed_namesakes(session, list(docs))
        for doc in docs:
            reports = session.execute(
                select(ArticleRow.source, ArticleRow.url, ArticleRow.language,
                       DocumentMention.evidence).join(DocumentMention)
                .where(DocumentMention.document_id == doc.id).order_by(ArticleRow.id)).all()
            arts = [(s, u) for s, u, _, _ in reports]
            events = session.scalars(select(DocumentEvent).where(
                DocumentEvent.document_id == doc.id).order_by(
                    DocumentEvent.meeting_date.nulls_last(), DocumentEvent.id)).all()
            known = calendar.get(doc.meeting_id) if doc.meeting_id else None
            history = [{"status": e.status, "meeting_id": e.meeting_id or None,
                        "meeting": e.meeting, "venue": e.venue, "date": e.meeting_date}
                       for e in events]
            history = decided.get(doc.id, []) + history
            # the English name a reader of the Latin script is shown beside a name of another
            # script or language, when one is known (digest.english_name); "name" stays stored
            others = others_of.get(doc.id, [])
            english = english_name(doc.name, doc.type, others)
            reported_in = name_language(doc.name, [(lang, ev) for _, _, lang, ev in reports])
            rows.append({
                "name": doc.name, "english_name": english,
                # the language of a name an English reader does not read, given with an English
                # name ("title in Spanish: ...", digest.english_with_title, round 73)
                "name_language": title_language(doc.name, reported_in, ("en",))
                if english else None,
                # with no English name, the title an English reader's digest card has: a name
                # of another script glossed by its type, meeting and reported language
                # (digest.glossed_name, as digest.card_name gives it); None for a name in the
                # Latin script, a bare type name (shown in English) or with an English name
                "english_gloss": None if english or bare_type_in_english(doc.name)
                else glossed_name(doc.name, english_gloss(doc), reported_in),
                "type": doc.type, "status": doc.status,
                # the kind a digest card shows ("treaty" for an agreement named a treaty,
                # keys.shown_kind, round 76); "type" stays the stored one
                "shown_type": shown_kind(doc.type, doc.name),
                "meeting": doc.meeting, "venue": doc.venue, "date": doc.meeting_date,
                "meeting_id": doc.meeting_id or None,
                "meeting_resolved": bool(doc.meeting_id),
                "meeting_format": doc.meeting_format,
                "meeting_ordinal": known.ordinal if known else None,
                "meeting_note": doc.meeting_note,
                # unresolved: the meetings of its namesakes the register placed (round 72)
                "placed_namesakes": placed_of.get(doc.id, []),
                "history": history,
                "first_seen_at": doc.first_seen_at.isoformat(),
                "articles": [{"source": s, "url": u} for s, u in arts]})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("the document register is empty (run `scowatch process` after a crawl)")
    for line in documents_text(rows):
        print(line)
    return EXIT_OK


def documents_text(rows: list[dict[str, Any]]) -> list[str]:
    """The register as text: each entry with its meeting (or "meeting unresolved") and its name
    (a known English name first when the stored one is not English, else a name of another
    script after the English gloss a digest card gives it), its history when it has
    more than one step, its outlets; then the meetings the calendar lacks."""
    from pipeline.digest import bare_type_in_english, english_with_title

    lines: list[str] = []
    gaps: dict[str, int] = {}
    for r in rows:
        # a name that is only its type in another script ("联合公报") with its English beside it,
        # as a digest card of an English reader is titled (the JSON keeps the stored name)
        english = bare_type_in_english(r["name"])
        name = f"{r['name']} ({english})" if english else r["name"]
        if not english and r.get("english_name"):
            # an English name the register's text can give (digest.card_name's order): the
            # stored name beside it
            name = english_with_title(r["english_name"], r["name"], r.get("name_language"))
        elif not english and r.get("english_gloss"):
            # with none, the English gloss a digest card of an English reader leads the name
            # with (its type, meeting and reported language: digest.card_name), round 56
            name = r["english_gloss"]
        kind = r.get("shown_type") or r["type"]
        lines.append(f"{name}  [{kind}, {r['status'] or 'status unknown'}]")
        venue = r["venue"]
        if venue and r["meeting_format"] == "video":
            venue += " (video conference)"
        meeting = ", ".join(x for x in (r["meeting"], venue, r["date"]) if x)
        if r["meeting_resolved"]:
            lines.append(f"    {meeting}")
        else:
            said = f" (the text says: {meeting})" if meeting else ""
            lines.append(f"    meeting unresolved{said}")
            if r.get("placed_namesakes"):
                # not joined to them (a guess), named so the name listed twice is explained
                lines.append(f"    this name placed at: {'; '.join(r['placed_namesakes'])}")
        lines += [f"    {line}" for line in history_lines(r["history"],
                                                            bool(r["meeting_resolved"]))]
        counts: dict[str, int] = {}
        for a in r["articles"]:
            counts[a["source"]] = counts.get(a["source"], 0) + 1
        lines.append(f"    reported by {len(r['articles'])} article(s): "
                     + ", ".join(f"{s} ({n})" if n > 1 else s for s, n in sorted(counts.items())))
        if r["meeting_note"] and not r["meeting_resolved"]:
            gaps[r["meeting_note"]] = gaps.get(r["meeting_note"], 0) + 1
    for note, n in sorted(gaps.items()):
        lines.append(f"health: articles report a meeting the calendar lacks: {note} "
                     f"({n} document(s)); add it to a `meetings_file`, then run "
                     f"`scowatch documents --rebuild` (docs/tagging.md)")
    return lines


_STEP_ORDER = ("signed", "approved", "adopted", "decided", "planned")
# The kinds of document whose signing may carry out an earlier meeting's decision: a dialogue
# partner's memorandum, decided at a summit (Ufa 2015, Dushanbe 2021) and signed later by the
# Secretary-General (round 43).
DECIDED_TYPES = frozenset({"memorandum"})


def decision_steps(texts: Iterable[str | None], calendar: Any = None) -> list[dict[str, Any]]:
    """The "decided" steps of a signed document's history: the meetings whose decision its
    reports say its signing carries out (documents.mentions.decided_at), once each, oldest
    first; read from the stored reports, so a register built before round 43 shows them too."""
    from pipeline.documents.mentions import decided_at

    return steps_of_decisions(decided_at(t, calendar=calendar) if t else None for t in texts)


def _decisions_by_document(session: Any, document_ids: list[int],
                           calendar: Any) -> dict[int, list[dict[str, Any]]]:
    """`decision_steps` of each listed document, with every stored report read once per call
    (round 48: a report of several memoranda was analysed once per entry before)."""
    from pipeline.documents.mentions import decided_at
    from pipeline.models import ArticleRow, DocumentMention

    if not document_ids:
        return {}
    rows = session.execute(
        select(DocumentMention.document_id, ArticleRow.id, ArticleRow.body)
        .join(ArticleRow, DocumentMention.article_id == ArticleRow.id)
        .where(DocumentMention.document_id.in_(document_ids))
        .order_by(DocumentMention.document_id, ArticleRow.id)).all()
    read: dict[int, Any] = {}
    by_document: dict[int, list[Any]] = {}
    for document_id, article_id, body in rows:
        if article_id not in read:
            read[article_id] = decided_at(body, calendar=calendar) if body else None
        by_document.setdefault(document_id, []).append(read[article_id])
    return {d: steps_of_decisions(meetings) for d, meetings in by_document.items()}


def steps_of_decisions(meetings: Iterable[Any]) -> list[dict[str, Any]]:
    """The "decided" history steps of the meetings given (None: a report naming none), once
    each, oldest first."""
    found: dict[str, dict[str, Any]] = {}
    for meeting in meetings:
        if meeting is not None and (meeting.id or "") not in found:
            found[meeting.id or ""] = {
                "status": "decided", "meeting_id": meeting.id, "meeting": meeting.council,
                "venue": meeting.venue,
                "date": meeting.date.isoformat() if meeting.date else None}
    return sorted(found.values(), key=lambda e: e["date"] or "")


def history_steps(events: list[dict[str, Any]], resolved: bool = False) -> list[str]:
    """A document's history, one step per meeting in the order of the events given: its statuses
    there ("signed, adopted"), "planned" only where nothing more happened at that meeting. On the
    card of a resolved entry, a report that named no meeting of the document (round 55: a
    document adopted once, joined to its one meeting's card) is "also mentioned without its
    meeting"."""
    return [step for step, _ in _steps(events, resolved)]


def history_lines(events: list[dict[str, Any]], resolved: bool = False) -> list[str]:
    """The register's lines of a document's history: its steps, then apart the steps its
    reports place (a city) but date neither by day nor by a meeting of the history (round 80,
    blind set 38: Qatar's memorandum "signed (Tashkent)" listed after the Samarkand summit of 16
    September 2022 read as signed after it; it was signed on the 14th, which no report gives).
    None when the history has one step only."""
    steps = _steps(events, resolved)
    if len(steps) < 2:
        return []
    dated = [step for step, undated in steps if not undated]
    undated = [step for step, undated in steps if undated]
    if not dated or not undated:
        return [f"history: {'; '.join(s for s, _ in steps)}"]
    return [f"history: {'; '.join(dated)}",
            f"  and on a day its reports do not give: {'; '.join(undated)}"]


def _steps(events: list[dict[str, Any]], resolved: bool) -> list[tuple[str, bool]]:
    """`history_steps` with, for each, whether it has a place but no day (nor a meeting)."""
    bare = "also mentioned without its meeting" if resolved else "meeting unresolved"
    steps: dict[str, list[str]] = {}
    undated: set[str] = set()
    for e in events:
        held = _held_at(e, events)
        where = ", ".join(x for x in (held["meeting"], held["venue"], held["date"]) if x)
        statuses = steps.setdefault(where or bare, [])
        if where and not held["date"] and not held["meeting"]:
            undated.add(where)
        if e["status"] not in statuses:
            statuses.append(e["status"])
    out = []
    for where, statuses in steps.items():
        done = sorted((x for x in statuses if x != "planned"), key=_STEP_ORDER.index) or statuses
        out.append((f"{', '.join(done)} ({where})", where in undated))
    return out


def _held_at(event: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """The step of a meeting an event at no meeting belongs to: a step at a venue only
    ("Samarkand"), undated or on the day of the one meeting of the history held at that venue,
    is that meeting's (round 71, blind set 51: Iran's memorandum of obligations listed "signed
    (SCO Heads of State Council, Samarkand, 2022-09-16); signed (Samarkand)", its signing twice;
    blind set 52: "...; signed (Samarkand, 2022-09-16)"). A step dated another day tells when it
    was taken (round 45: "signed (Samarkand, 2022-09-14)", the eve), and a venue of two meetings
    of the history (Astana 2017 and 2024) does not say which: both keep the step as told."""
    if event["meeting"] or not event["venue"]:
        return event
    meetings = {(e["meeting"], e["venue"], e["date"]) for e in events
                if e["meeting"] and e["date"] and e["venue"] == event["venue"]}
    if len(meetings) != 1:
        return event
    meeting, venue, day = next(iter(meetings))
    if event["date"] and str(event["date"]) != str(day):
        return event
    return {**event, "meeting": meeting, "venue": venue, "date": day}


SUBSCRIBER_RECENT_MESSAGES = 5  # the latest messages `scowatch subscribers` lists per reader


def cmd_subscribers(args: argparse.Namespace) -> int:
    from pipeline.digest import sync_subscribers
    from pipeline.models import Delivery, Message, SubscriberRow, utcnow

    settings = _settings(args)
    db = Database(settings.database_url)
    with db.session() as session:
        sync_subscribers(session, settings.subscribers)
        for flag, active in ((args.unsubscribe, False), (args.resubscribe, True)):
            if not flag:
                continue
            row = session.scalar(select(SubscriberRow).where(
                SubscriberRow.email == flag.strip().lower()))
            if row is None:
                print(f"no subscriber {flag}", file=sys.stderr)
                return EXIT_FAILED
            row.active = active
            row.unsubscribed_at = None if active else utcnow()
            print(f"{row.email}: {'resubscribed' if active else 'unsubscribed'}")
        configured = {s.email.lower() for s in settings.subscribers}
        for row in session.scalars(select(SubscriberRow).order_by(SubscriberRow.email)):
            sent = session.scalar(select(func.count()).select_from(Message).where(
                Message.subscriber_id == row.id, Message.status == "sent")) or 0
            pending = session.scalar(select(func.count()).select_from(Message).where(
                Message.subscriber_id == row.id, Message.status == "pending")) or 0
            items = session.execute(select(Delivery.item_type, func.count()).where(
                Delivery.subscriber_id == row.id).group_by(Delivery.item_type)).all()
            last = session.scalar(select(func.max(Message.sent_at)).where(
                Message.subscriber_id == row.id, Message.status == "sent"))
            state = "active" if row.active else "unsubscribed"
            if row.email not in configured:
                state += ", no longer in the config"
            got = ", ".join(f"{n} {t}s" for t, n in items) or "nothing yet"
            print(f"{row.email}  [{row.schedule}, {row.timezone}, {state}]")
            print(f"    {sent} messages sent ({got}), {pending} pending"
                  + (f", last {last:%Y-%m-%d %H:%M UTC}" if last else ""))
            recent = session.scalars(select(Message).where(Message.subscriber_id == row.id)
                                     .order_by(Message.created_at.desc(), Message.id.desc())
                                     .limit(SUBSCRIBER_RECENT_MESSAGES))
            for msg in recent:
                at = msg.sent_at or msg.created_at
                print(f"    {at:%Y-%m-%d %H:%M}  {msg.kind:<6} {msg.status:<7} {msg.subject}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from pipeline.export import iter_records, write_csv, write_jsonl

    settings = _settings(args)
    db = Database(settings.database_url)
    since = datetime.combine(args.since, datetime.min.time(), UTC) if args.since else None
    writer = write_jsonl if args.format == "jsonl" else write_csv
    with db.session() as session:
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                n = writer(iter_records(session, since), out)
            print(f"wrote {n} articles to {args.output}", file=sys.stderr)
        else:
            writer(iter_records(session, since), sys.stdout)
    return EXIT_OK


def cmd_new_spider(args: argparse.Namespace) -> int:
    from pipeline.config import default_config_path
    from pipeline.newspider import NewSpiderError, create_spider, source_snippet

    config = args.config or default_config_path(os.environ)
    if not (args.root / "scrapers" / "spiders").is_dir():
        raise UsageError(f"{args.root.resolve()} is not a scowatch checkout (no scrapers/spiders/)")
    try:
        written = create_spider(args.name, args.url, args.root,
                                config if config.exists() else None)
    except NewSpiderError as exc:
        raise UsageError(str(exc)) from None
    for path in written:
        print(f"wrote {path}")
    if not config.exists():
        print(f"add this to your scowatch.toml:\n\n{source_snippet(args.name, args.url)}")
    print(f"next: replace the placeholder pages in pipeline/demo_site/{args.name}/ with saved "
          f"real pages, then run .venv/bin/pytest tests/unit/test_spider_{args.name}.py "
          "tests/integration/test_conformance.py")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from pipeline.demo import run_demo

    return run_demo(args.dir, fresh=args.fresh, names=args.sources, log=_log)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `scowatch` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        return int(args.func(args))
    except ConfigError as exc:
        print(f"scowatch: config error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DatabaseError as exc:
        print(f"scowatch: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except UsageError as exc:
        print(f"scowatch: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("scowatch: interrupted", file=sys.stderr)
        return 130
    except Terminated:
        print("scowatch: stopped by SIGTERM", file=sys.stderr)
        return 143
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
