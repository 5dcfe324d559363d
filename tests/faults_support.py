"""Helpers for the fault suites (docs/reliability.md): a corpus that exercises every processing
step, snapshots of what processing produced, CLI subprocesses killed with SIGKILL, a slow fixture
site, a slow or killing SMTP sink, and a TCP proxy that can cut a database off."""

from __future__ import annotations

import gzip
import io
import json
import os
import selectors
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from support import ROOT, SmtpSink

from pipeline.article import Article
from pipeline.db import Database
from pipeline.fixture_server import ServedSite
from pipeline.models import ArticleRow, Document, DocumentMention, Tag
from pipeline.store import save_article

DEDUP_DATA = ROOT / "tests" / "data" / "dedup"
DEFAULT_SEED = 20240704


def seed_from_env() -> int:
    """The seed of the random kill points: SCOWATCH_FAULT_SEED, else a fixed one (reported)."""
    return int(os.environ.get("SCOWATCH_FAULT_SEED") or DEFAULT_SEED)


# --- a corpus that exercises dedup, stories, tags and the document register -------------------


def sco_corpus(zyte_texts: int = 150) -> list[Article]:
    """The 76 written SCO articles of tests/data/dedup/stories.toml (stories, documents, states)
    and real Zyte bodies with their generated reprints (near duplicates), as spiders yield them."""
    written = tomllib.loads((DEDUP_DATA / "stories.toml").read_text("utf-8"))["article"]
    articles = [Article(url=f"https://{a['source']}.example/{a['id']}", source=a["source"],
                        title=a["title"], body=a["body"].strip(),
                        published_at=datetime.fromisoformat(a["published"]),
                        language=a.get("lang")) for a in written]
    with gzip.open(DEDUP_DATA / "texts.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    zyte = [r for r in rows if r["id"].startswith("zyte/")][:zyte_texts]
    articles += [Article(url=f"https://zyte.example/{r['id'].split('/', 1)[1]}", source="zyte",
                         title=r["text"].split("\n", 1)[0][:90], body=r["text"]) for r in zyte]
    return articles


def store_corpus(db: Database, articles: list[Article]) -> None:
    """Store the articles as a crawl does (pipeline.store.save_article)."""
    with db.session() as session:
        for article in articles:
            save_article(session, article)


Snapshot = tuple[dict[str, "ArticleState"], set[tuple[Any, ...]]]


@dataclass(frozen=True)
class ArticleState:
    """What processing decided about one article, by natural keys (no database ids)."""

    processed: bool
    relevant: bool | None
    duplicate_of: str | None
    tags: tuple[tuple[str, str, str | None], ...]
    documents: tuple[str, ...]
    story: frozenset[str] | None  # the canonical URLs of its story's articles


def snapshot(url: str) -> Snapshot:
    """Every article's processing state by canonical URL, and the document register."""
    db = Database(url)
    try:
        with db.session() as s:
            rows = list(s.scalars(select(ArticleRow)))
            key = {r.id: r.canonical_url for r in rows}
            members: dict[int, set[str]] = {}
            for r in rows:
                if r.story_id is not None:
                    members.setdefault(r.story_id, set()).add(r.canonical_url)
            tags: dict[int, list[tuple[str, str, str | None]]] = {}
            for aid, kind, value, detail in s.execute(
                    select(Tag.article_id, Tag.kind, Tag.value, Tag.detail)):
                tags.setdefault(aid, []).append((kind, value, detail))
            docs: dict[int, list[str]] = {}
            for aid, doc_key in s.execute(select(DocumentMention.article_id, Document.key)
                                          .join(Document)):
                docs.setdefault(aid, []).append(doc_key)
            states = {r.canonical_url: ArticleState(
                processed=r.processed_at is not None, relevant=r.sco_relevant,
                duplicate_of=key.get(r.duplicate_of_id) if r.duplicate_of_id else None,
                tags=tuple(sorted(tags.get(r.id, []), key=str)),
                documents=tuple(sorted(docs.get(r.id, []))),
                story=frozenset(members[r.story_id]) if r.story_id is not None else None)
                for r in rows}
            register = {(d.key, d.name, d.type, d.status, d.meeting, d.venue, d.meeting_date)
                        for d in s.scalars(select(Document))}
        return states, register
    finally:
        db.dispose()


def corpus_config(folder: Path, subscribers: tuple[Any, ...] = ()) -> Path:
    """A config file with no sources and the given daily subscribers (config.Subscriber); the
    database comes from SCOWATCH_DATABASE_URL."""
    lines = ["[scowatch]", f'outbox = "{folder / "outbox"}"',
             'sender = "scowatch <scowatch@localhost>"', ""]
    for sub in subscribers:
        lines += ["[[subscribers]]", f'email = "{sub.email}"', 'schedule = "daily"']
        if sub.states:
            lines.append("states = [" + ", ".join(f'"{s}"' for s in sub.states) + "]")
        if sub.documents_only:
            lines.append("documents_only = true")
        lines.append("")
    path = folder / "scowatch.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def check_atomic(url: str, reference: Snapshot, label: str = "") -> int:
    """After an interrupted run: every processed article is processed exactly as in the
    reference (tags, duplicate, documents; its story a part of the reference's), and no
    unprocessed one carries tags or document mentions. Returns how many are processed."""
    states, _ = snapshot(url)
    done = 0
    for key, state in states.items():
        want = reference[0][key]
        if state.processed:
            done += 1
            assert (state.relevant, state.duplicate_of, state.tags, state.documents) == (
                want.relevant, want.duplicate_of, want.tags, want.documents), (
                f"{label}: {key} half processed")
            assert state.story is None or state.story <= (want.story or frozenset()), key
        else:
            assert not state.tags and not state.documents, f"{label}: {key}"
    return done


def processed_reference(url: str, corpus: list[Article]) -> Snapshot:
    """The corpus stored and processed in one undisturbed run on `url` (a fresh database): what
    every disturbed run must end with."""
    from pipeline.config import load_settings
    from pipeline.process import process_new

    db = Database(url)
    store_corpus(db, corpus)
    process_new(load_settings(None, env={"SCOWATCH_DATABASE_URL": url}), db, log=lambda _: None)
    db.dispose()
    return snapshot(url)


def expected_items(db: Database, readers: tuple[Any, ...]) -> dict[str, set[tuple[str, int]]]:
    """What each reader's (config.Subscriber) first digest holds, chosen before any mail."""
    from pipeline.digest import select_for, sync_subscribers
    from pipeline.models import utcnow

    now = utcnow()
    with db.session() as s:
        ids = sync_subscribers(s, readers)
        return {sub.email: set(select_for(s, sub, ids[sub.email], now, None).items())
                for sub in readers}


def report(title: str, lines: list[str]) -> None:
    """Print what a fault test did, for the log (pytest -s, or shown on failure)."""
    print(f"\n{title}:")
    for line in lines:
        print("  " + line)


# --- CLI subprocesses and SIGKILL ---------------------------------------------------------------


def cli(command: str, config: Path, *extra: str) -> list[str]:
    """The argv of `scowatch COMMAND --config FILE` as a fresh Python process."""
    return [sys.executable, "-m", "pipeline.cli", command, "--config", str(config), *extra]


def cli_env(**overrides: str) -> dict[str, str]:
    """The test process's environment (with the loopback guard) plus SCOWATCH_* overrides."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCOWATCH_")
           or k == "SCOWATCH_TEST_NETGUARD"}
    env.update(overrides)
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


@dataclass
class KillReport:
    """One run that was (meant to be) killed: when, and what the run had printed by then."""

    label: str
    killed: bool  # False: the run ended before the kill point
    after: float  # seconds from start to the kill (or to the end)
    returncode: int | None
    output: str = ""
    pid: int = 0  # the first process, also its process group's id
    notes: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        """One line for the test's report."""
        what = f"SIGKILL after {self.after:.2f}s (rc {self.returncode})" if self.killed else (
            f"ended by itself after {self.after:.2f}s (rc {self.returncode})")
        extra = ", ".join(f"{k}={v}" for k, v in self.notes.items())
        return f"{self.label}: {what}" + (f" [{extra}]" if extra else "")


def run_and_kill(argv: list[str], env: Mapping[str, str], label: str, *,
                 after: float | None = None, when: Callable[[], bool] | None = None,
                 when_output: Callable[[str], bool] | None = None,
                 target: str = "group", timeout: float = 300) -> KillReport:
    """Run a command in its own process group and SIGKILL it after `after` seconds, as soon as
    `when()` holds, or as soon as `when_output(output so far)` holds. target: "group" (the whole
    tree, as when a machine or container dies), "parent" (only the first process), or
    "children" (only its children, e.g. `scrapy crawl`)."""
    started = time.monotonic()
    out_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"scowatch-kill-{os.getpid()}-{id(argv)}"
    with open(out_path, "w+b") as out:
        proc = subprocess.Popen(argv, env=dict(env), cwd=ROOT, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
        killed = False
        while proc.poll() is None:
            elapsed = time.monotonic() - started
            if elapsed > timeout:
                _kill(proc, "group")
                raise AssertionError(f"{label}: still running after {timeout}s")
            due = ((after is not None and elapsed >= after) or (when is not None and when())
                   or (when_output is not None
                       and when_output(out_path.read_bytes().decode("utf-8", "replace"))))
            if due and (target != "children" or child_pids(proc.pid)):
                killed = _kill(proc, target)
                break
            time.sleep(0.005)
        proc.wait(timeout=120)
        if not killed:
            elapsed = time.monotonic() - started
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    out_path.unlink(missing_ok=True)
    return KillReport(label, killed, elapsed, proc.returncode, text, proc.pid)


def _kill(proc: subprocess.Popen[bytes], target: str) -> bool:
    """Send SIGKILL; False when the process had already ended."""
    try:
        if target == "group":
            os.killpg(proc.pid, signal.SIGKILL)
        elif target == "parent":
            os.kill(proc.pid, signal.SIGKILL)
        else:
            children = child_pids(proc.pid)
            if not children:
                return False
            for pid in children:
                os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return False
    return True


def child_pids(pid: int) -> list[int]:
    """The direct children of a process, started from any of its threads (Linux /proc)."""
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return children


def wait_for_group(pgid: int, timeout: float = 120) -> None:
    """Wait until no process of a process group is left (an orphaned crawl finishing)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    raise AssertionError(f"process group {pgid} still alive after {timeout}s")


def run_cli(argv: list[str], env: Mapping[str, str], timeout: float = 300
            ) -> subprocess.CompletedProcess[str]:
    """Run a command to its end, capturing its output."""
    return subprocess.run(argv, env=dict(env), cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


# --- slow servers ------------------------------------------------------------------------------


class SlowSite(ServedSite):
    """The fixture server taking `delay` seconds per article page, so a kill lands mid-crawl."""

    def __init__(self, folder: Path, origin: str, delay: float) -> None:
        super().__init__(folder, origin)
        self.delay = delay
        self.article_hits = 0
        self._lock = threading.Lock()

    def respond(self, raw_path: str) -> tuple[int, dict[str, str], bytes]:
        path = raw_path.split("?", 1)[0]
        if path.count("/") >= 4 and path.startswith("/20"):  # /2024/07/slug/
            with self._lock:  # counted on arrival: a killed crawl's requests count for it
                self.article_hits += 1
            time.sleep(self.delay)
        return super().respond(raw_path)


class CountingSink(SmtpSink):
    """An SMTP sink taking `delay` seconds per message; `hold_after` makes it keep the message
    and wait `hold` seconds before answering 250 (the sender may be killed meanwhile)."""

    def __init__(self, delay: float = 0.0) -> None:
        super().__init__()
        self.delay = delay
        self.hold_after: int | None = None
        self.hold = 0.0
        self.holding = threading.Event()

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        import asyncio

        await asyncio.sleep(self.delay)
        reply = await super().handle_DATA(server, session, envelope)
        if self.hold_after is not None and len(self.messages) == self.hold_after:
            self.holding.set()
            await asyncio.sleep(self.hold)
        return reply


# --- a TCP proxy that can cut a server off ------------------------------------------------------


class TcpProxy:
    """Forwards a loopback port to a server; cut() drops every connection and refuses new ones
    (a server restart, seen from the client), restore() listens again on the same port."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.port = 0
        self._listener: socket.socket | None = None
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connections = 0

    def __enter__(self) -> TcpProxy:
        self.restore()
        return self

    def __exit__(self, *exc: object) -> None:
        self.cut()

    def restore(self) -> None:
        """Listen (again) and forward."""
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(listener, self._stop),
                                        daemon=True, name="tcp-proxy")
        self._thread.start()

    def cut(self) -> None:
        """Drop every open connection and stop listening: clients see resets and refusals."""
        self._stop.set()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self._thread is not None:
            self._thread.join(5)
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for a, b in pairs:
            for s in (a, b):
                try:
                    # linger 0: close with a reset, as a server process that died
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    s.close()
                except OSError:
                    pass

    def _serve(self, listener: socket.socket, stop: threading.Event) -> None:
        sel = selectors.DefaultSelector()
        sel.register(listener, selectors.EVENT_READ)
        peers: dict[socket.socket, socket.socket] = {}
        try:
            while not stop.is_set():
                for key, _ in sel.select(timeout=0.05):
                    sock = key.fileobj
                    assert isinstance(sock, socket.socket)
                    if sock is listener:
                        try:
                            client, _ = listener.accept()
                            server = socket.create_connection(self.upstream, timeout=5)
                        except OSError:
                            continue
                        self.connections += 1
                        with self._lock:
                            self._pairs.append((client, server))
                        peers[client], peers[server] = server, client
                        sel.register(client, selectors.EVENT_READ)
                        sel.register(server, selectors.EVENT_READ)
                        continue
                    try:
                        data = sock.recv(65536)
                    except OSError:
                        data = b""
                    other = peers.get(sock)
                    if data and other is not None:
                        try:
                            other.sendall(data)
                            continue
                        except OSError:
                            pass
                    for s in (sock, other):
                        if s is not None and s in peers:
                            sel.unregister(s)
                            peers.pop(s, None)
                            s.close()
        except (OSError, ValueError):
            pass  # cut() closed a socket under us
        finally:
            sel.close()


# --- a misbehaving web server (the web fault suites) ----------------------------------------

@dataclass(frozen=True)
class Fault:
    """How FaultySite misbehaves on one path.

    hang: answer after `seconds`; reset: send a third of the body, then a TCP reset; truncate:
    promise 4 KB more than is sent, then close; huge / huge_unsized: the page padded to `size`
    bytes inside its article text, with / without Content-Length; flaky: `times` answers with
    `status` and `headers`, then the page.
    """

    kind: str
    seconds: float = 0.0
    size: int = 0
    status: int = 0
    headers: tuple[tuple[str, str], ...] = ()
    times: int = 1


class FaultySite(ServedSite):
    """The fixture server, misbehaving on the paths in `faults` (plus `overrides` for fixed
    answers such as a 500, a redirect or a robots.txt)."""

    def __init__(self, folder: Path, origin: str) -> None:
        super().__init__(folder, origin)
        self.faults: dict[str, Fault] = {}
        self.faulted: Counter[str] = Counter()  # faulty answers given, by path

    def reply(self, handler: BaseHTTPRequestHandler, with_body: bool) -> None:
        path = urlsplit(handler.path).path
        fault = self.faults.get(path)
        if fault is None or (fault.kind == "flaky" and self.faulted[path] >= fault.times):
            super().reply(handler, with_body)
            return
        self.faulted[path] += 1
        try:
            getattr(self, "_" + fault.kind)(handler, fault)
        except OSError:
            pass  # the crawler hung up first (a timeout, a cancelled download)

    def _hang(self, handler: BaseHTTPRequestHandler, fault: Fault) -> None:
        time.sleep(fault.seconds)
        super().reply(handler, True)

    def _flaky(self, handler: BaseHTTPRequestHandler, fault: Fault) -> None:
        self.hits[urlsplit(handler.path).path] += 1
        body = b"<h1>busy</h1>"
        handler.send_response(fault.status)
        for name, value in (("Content-Type", "text/html"), *fault.headers):
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def _reset(self, handler: BaseHTTPRequestHandler, fault: Fault) -> None:
        status, headers, body = self.respond(handler.path)
        self._head(handler, status, headers, len(body))
        handler.wfile.write(body[: len(body) // 3])
        handler.wfile.flush()
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.connection.close()
        handler.wfile = io.BytesIO()  # http.server flushes after us: into nothing
        handler.close_connection = True

    def _truncate(self, handler: BaseHTTPRequestHandler, fault: Fault) -> None:
        status, headers, body = self.respond(handler.path)
        self._head(handler, status, headers, len(body) + 4096)
        handler.wfile.write(body[: len(body) // 2])
        handler.close_connection = True

    def _huge(self, handler: BaseHTTPRequestHandler, fault: Fault, sized: bool = True) -> None:
        status, headers, body = self.respond(handler.path)
        cut = body.find(b'class="entry-content">')
        cut = cut + len(b'class="entry-content">') if cut >= 0 else body.find(b"</body>")
        paragraph = b"<p>" + b"The delegations met again to continue the talks. " * 40 + b"</p>\n"
        count = max(0, fault.size - len(body)) // len(paragraph)
        self._head(handler, status, headers,
                   len(body) + count * len(paragraph) if sized else None)
        handler.wfile.write(body[:cut])
        for _ in range(count):
            handler.wfile.write(paragraph)
        handler.wfile.write(body[cut:])
        handler.close_connection = True

    def _huge_unsized(self, handler: BaseHTTPRequestHandler, fault: Fault) -> None:
        self._huge(handler, fault, sized=False)

    @staticmethod
    def _head(handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str],
              length: int | None) -> None:
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        if length is not None:
            handler.send_header("Content-Length", str(length))
        handler.end_headers()


def redirect(location: str, status: int = 302) -> tuple[int, dict[str, str], bytes]:
    """An override answering with a redirect."""
    return status, {"Location": location}, b""


# --- processes -----------------------------------------------------------------------------------

def processes_mentioning(text: str) -> list[int]:
    """Live processes whose command line contains `text` (a test's own tmp folder)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if text in cmdline and state != "Z":
            pids.append(int(entry.name))
    return pids
