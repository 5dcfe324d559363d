"""Scraped attacks through the whole pipeline: a page whose title, metadata, author and text carry
<script>, event handlers, javascript: URLs (as links, og:url and rel=canonical) and CRLF header
injection is crawled from a loopback server, processed, and mailed as an alert and a digest to
the outbox. The HTML parts, opened in headless Chromium, run no script and hold no link that is
not http(s) or our own mailto; the messages carry no injected header.

The page is tests/fixtures/attack/article.html (written by us, marked so).
Skips without Chromium unless SCOWATCH_REQUIRE_BROWSER=1 (then it fails)."""

from __future__ import annotations

import email
import re
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from sqlalchemy import select
from support import ROOT, make_settings
from test_digest_browser import _body_attrs, _chromium, _dom_tags, _run_chromium

from pipeline.cli import run_once
from pipeline.config import CrawlSettings, Source, Subscriber
from pipeline.db import Database
from pipeline.fixture_server import ServedSite
from pipeline.models import ArticleRow

pytestmark = [pytest.mark.slow, pytest.mark.browser]

PAGE = ROOT / "tests" / "fixtures" / "attack" / "article.html"
FAST_CRAWL = CrawlSettings(autothrottle=False, download_delay=0, timeout_seconds=120)
MARK = "<!-- Fixture written by the scowatch developers for the security tests; not a real feed -->"


def attack_site(folder: Path) -> ServedSite:
    """A started site with an RSS feed (its entry title an attack too) listing the attack page."""
    site = ServedSite(folder, "https://evil-news.example").start()
    published = (datetime.now(UTC) - timedelta(hours=2)).replace(microsecond=0)
    page_path = "/2026/11/sco-summit-adopts-declaration/"
    page = PAGE.read_text("utf-8").replace("{published}", published.isoformat())
    site.overrides[page_path] = (200, {"Content-Type": "text/html; charset=utf-8"},
                                 page.encode("utf-8"))
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
{MARK}
<rss version="2.0"><channel><title>Evil news</title><link>{site.base_url}</link>
<description>news</description>
<item><title>SCO summit &lt;script&gt;document.body.setAttribute('data-pwned','feed')&lt;/script&gt;
</title><link>{site.url(page_path)}</link>
<description>&lt;img src=x onerror="document.body.setAttribute('data-pwned','summary')"&gt;
The SCO summit adopted the Astana Declaration.</description>
<pubDate>{email.utils.format_datetime(published)}</pubDate></item>
</channel></rss>"""
    site.overrides["/rss/"] = (200, {"Content-Type": "application/rss+xml"}, feed.encode())
    return site


def check_html(html_file: Path, tmp_path: Path) -> None:
    """Open one HTML part in Chromium: no script ran, no script or image element, no link that
    is not http(s) or mailto:, and the attack is shown as text."""
    dom = _run_chromium(html_file, tmp_path, (800, 1600), "--dump-dom",
                        "--virtual-time-budget=2000")
    assert "data-pwned" not in _body_attrs(dom), html_file.name
    tags = _dom_tags(dom)
    assert not [t for t, _ in tags if t in {"script", "img", "iframe", "object", "embed"}]
    assert not [a for _, attrs in tags for a in attrs if a.startswith("on")]  # no handlers
    hrefs = [attrs.get("href") or "" for tag, attrs in tags if tag == "a"]
    assert hrefs and all(re.match(r"(https?|mailto):", h) for h in hrefs), hrefs
    assert not any("javascript" in h.lower() for h in hrefs)
    assert "SCO summit adopts the Astana Declaration" in dom
    assert "&lt;img src=x onerror=" in dom  # the attack shown as the text it is


def test_scraped_attacks_run_no_script_and_inject_no_header(tmp_path: Path) -> None:
    _chromium()  # skip (or fail when required) before crawling
    site = attack_site(tmp_path / "site")
    origin = site.server_origin
    try:
        settings = make_settings(
            tmp_path, crawl=FAST_CRAWL,
            sources=(Source("evil", "feed", (site.url("/rss/"),)),),
            subscribers=(Subscriber("daily@example.org"),
                         Subscriber("now@example.org", schedule="immediate")))
        assert run_once(settings, []) == 0
    finally:
        site.stop()

    db = Database(settings.database_url)
    with db.session() as s:
        rows = list(s.scalars(select(ArticleRow)))
    db.dispose()
    assert len(rows) == 1 and rows[0].sco_relevant
    assert rows[0].url.startswith(origin + "/")  # neither og:url nor canonical taken
    assert "<img src=x onerror=" in (rows[0].title or "")  # stored as the text it is ...

    emls = sorted(settings.outbox.glob("*.eml"))
    htmls = sorted(settings.outbox.glob("*.html"))
    recipients = set()
    for eml in emls:
        raw = eml.read_bytes()
        msg = email.message_from_bytes(raw, policy=policy.default)
        recipients.add(msg["To"])
        # ... and no header came from it: each header one logical line, none injected
        assert msg["Bcc"] is None and msg["X-Injected"] is None
        assert not re.search(rb"^(Bcc|X-Injected):", raw, re.M | re.I)
        for name, value in msg.items():
            assert "\r" not in value and "\n" not in value, name
        html = msg.get_body(("html",)).get_content()
        assert "<script" not in html.lower() and "javascript:" not in html.lower()
        assert not re.search(r"<[a-z]+[^>]*\son[a-z]+\s*=", html, re.I)  # no event handler
        text = msg.get_body(("plain",)).get_content()
        assert "SCO summit adopts the Astana Declaration" in text
    assert recipients == {"daily@example.org", "now@example.org"}  # the alert and the digest
    assert len(htmls) == len(emls) >= 2
    for page in htmls:
        check_html(page, tmp_path)
