"""`scowatch demo`: the whole pipeline offline, against the bundled fixture sites on loopback."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.config import ConfigError, Source, load_settings
from pipeline.fixture_server import DEMO_SITES, demo_site_path, serve_site

DEMO_ORIGIN = "https://astanatimes.com"
PROJECT_CONFIG = Path(__file__).resolve().parents[1] / "scowatch.toml"
FALLBACK = Source("astanatimes", "astanatimes", (f"{DEMO_ORIGIN}/feed/", f"{DEMO_ORIGIN}/all/"))


def origin_of(url: str) -> str:
    """scheme://host[:port] of a URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def demo_sources(names: Sequence[str] = ()) -> list[Source]:
    """The configured sources that have a bundled fixture site (all, or the named ones)."""
    try:
        configured = list(load_settings(PROJECT_CONFIG, env={}).sources)
    except ConfigError:
        configured = []
    sources = [s for s in configured if (DEMO_SITES / s.name).is_dir()] or [FALLBACK]
    if names:
        known = {s.name: s for s in sources}
        missing = [n for n in names if n not in known]
        if missing:
            raise ConfigError(f"no fixture site for {', '.join(missing)} "
                              f"(available: {', '.join(sorted(known))})")
        sources = [known[n] for n in names]
    return sources


def source_table(source: Source, base_url: str) -> str:
    """A `[[sources]]` entry for `source` with its start URLs moved onto `base_url`."""
    origin, base = origin_of(source.start_urls[0]), base_url.rstrip("/")
    urls = [u.replace(origin, base, 1) for u in source.start_urls]
    lines = ["[[sources]]", f"name = {json.dumps(source.name)}",
             f"spider = {json.dumps(source.spider)}", f"start_urls = {json.dumps(urls)}"]
    if source.prefilter:
        lines.append("prefilter = true")
    if source.selectors:
        pairs = ", ".join(f"{k} = {json.dumps(v)}" for k, v in source.selectors.items())
        lines.append(f"selectors = {{ {pairs} }}")
    return "\n".join(lines) + "\n"


def demo_config(base_url: str, folder: Path, sources: Sequence[tuple[Source, str]] = ()) -> str:
    """A configuration for the demo: each source moved onto its loopback server.

    With only `base_url`, the one source is The Astana Times served there.
    """
    tables = [source_table(s, url) for s, url in sources] or [source_table(FALLBACK, base_url)]
    return f"""\
# Written by `scowatch demo`: bundled fixture copies of the outlets, served on loopback.
[scowatch]
database_url = "sqlite:///{(folder / 'scowatch.db').resolve()}"
outbox = "{(folder / 'outbox').resolve()}"
sender = "scowatch demo <scowatch@localhost>"

[crawl]
autothrottle = false
download_delay = 0
concurrency_per_domain = 8
max_pages = 5
parallel = 4

{chr(10).join(tables)}
[[subscribers]]
email = "demo@example.org"
schedule = "daily"
timezone = "Asia/Almaty"
"""


def run_demo(folder: Path, fresh: bool = False, names: Sequence[str] = (),
             log: Callable[[str], None] = print) -> int:
    """Serve the fixture sites, run crawl, process and digest once, and say where the mail went."""
    from pipeline.cli import run_once

    folder = folder.resolve()
    sources = demo_sources(names)
    if fresh and folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "scowatch.toml"
    with ExitStack() as stack:
        served = []
        for src in sources:
            site = stack.enter_context(
                serve_site(demo_site_path(src.name), origin_of(src.start_urls[0])))
            served.append((src, site))
            log(f"serving the fixture copy of {src.name} at {site.base_url}")
        config.write_text(demo_config("", folder, [(s, site.base_url) for s, site in served]),
                          encoding="utf-8")
        # the demo's own config wins over a SCOWATCH_CONFIG/DATABASE_URL/OUTBOX in the shell;
        # SCOWATCH_SMTP_URL is still honoured, to watch the demo's mail arrive in a real server
        env = {k: v for k, v in os.environ.items()
               if k not in ("SCOWATCH_DATABASE_URL", "SCOWATCH_OUTBOX", "SCOWATCH_CONFIG")}
        settings = load_settings(config, env)
        status = run_once(settings, [])
        log(f"fixture servers answered {sum(sum(s.hits.values()) for _, s in served)} requests")
    if settings.smtp_url:
        log("digest sent by SMTP (SCOWATCH_SMTP_URL)")
    else:
        mails = sorted(settings.outbox.glob("*.html"))
        if mails:
            log(f"open the digest in a browser: {mails[-1]}")
    log(f"look inside: scowatch documents --config {config}   (or export, sources, subscribers)")
    return status
