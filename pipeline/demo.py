"""`scowatch demo`: the whole pipeline offline, against the bundled fixture site on loopback."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from pipeline.fixture_server import demo_site_path, serve_site

DEMO_ORIGIN = "https://astanatimes.com"


def demo_config(base_url: str, folder: Path) -> str:
    """A configuration whose one source is the fixture site served at `base_url`."""
    base = base_url.rstrip("/")
    return f"""\
# Written by `scowatch demo`: The Astana Times' fixture copy served on {base}.
[scowatch]
database_url = "sqlite:///{(folder / 'scowatch.db').resolve()}"
outbox = "{(folder / 'outbox').resolve()}"
sender = "scowatch demo <scowatch@localhost>"

[crawl]
autothrottle = false
download_delay = 0
concurrency_per_domain = 8
max_pages = 5

[[sources]]
name = "astanatimes"
spider = "astanatimes"
start_urls = ["{base}/feed/", "{base}/all/"]

[[subscribers]]
email = "demo@example.org"
schedule = "daily"
timezone = "Asia/Almaty"
"""


def run_demo(folder: Path, fresh: bool = False, log: Callable[[str], None] = print) -> int:
    """Serve the fixture site, run crawl, process and digest once, and say where the mail went."""
    from pipeline.cli import run_once
    from pipeline.config import load_settings

    folder = folder.resolve()
    if fresh and folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with serve_site(demo_site_path("astanatimes"), DEMO_ORIGIN) as site:
        log(f"serving the fixture copy of The Astana Times at {site.base_url}")
        config = folder / "scowatch.toml"
        config.write_text(demo_config(site.base_url, folder), encoding="utf-8")
        # the demo's own config wins over a SCOWATCH_CONFIG/DATABASE_URL/OUTBOX in the shell;
        # SCOWATCH_SMTP_URL is still honoured, to watch the demo's mail arrive in a real server
        env = {k: v for k, v in os.environ.items()
               if k not in ("SCOWATCH_DATABASE_URL", "SCOWATCH_OUTBOX", "SCOWATCH_CONFIG")}
        settings = load_settings(config, env)
        status = run_once(settings, [])
        log(f"fixture server answered {sum(site.hits.values())} requests")
    if settings.smtp_url:
        log("digest sent by SMTP (SCOWATCH_SMTP_URL)")
    else:
        mails = sorted(settings.outbox.glob("*.html"))
        if mails:
            log(f"open the digest in a browser: {mails[-1]}")
    log(f"look inside: scowatch documents --config {config}   (or export, sources, subscribers)")
    return status
