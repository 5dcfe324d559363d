"""Crawl throughput: our `astanatimes` spider with StorePipeline against a bare Scrapy spider.

Both run as real `scrapy crawl` subprocesses, politeness off, on a generated loopback mirror of N
article pages; see docs/benchmarks.md ("Crawl throughput") for the method and the figures.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import pstats
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import scrapy
from scrapy.http import Response

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRIPTS_DIR = Path(__file__).resolve().parent
# Measure the checkout this script sits in, also when the venv's editable install points elsewhere.
sys.path.insert(0, str(REPO_ROOT))

from pipeline.config import Settings, load_settings  # noqa: E402
from pipeline.crawl import crawl_command, crawl_env  # noqa: E402
from pipeline.fixture_server import ServedSite, demo_site_path, serve_site  # noqa: E402

DEFAULT_LOG_DIR = REPO_ROOT / "var" / "bench-crawl"
ORIGIN = "https://astanatimes.com"
TEMPLATE_SITE = demo_site_path("astanatimes")
MARK = (
    "<!-- Fixture written by the scowatch developers, modelled on The Astana Times's markup;"
    " not a real page -->"
)
TEASERS_PER_PAGE = 10
FEED_ITEMS = 10
ARTICLES_PER_DAY = 3
NEWEST_DAY = date(2024, 10, 18)
CONCURRENCY = 16
TARGET_RATIO = 0.5
BARE_SPIDER = "bench_bare"
# Stats that say a request or a page failed, kept per run to explain a failed check.
ERROR_STATS = (
    "log_count/ERROR", "log_count/WARNING", "spider_exceptions/", "scowatch/parse_errors",
    "downloader/exception_type_count/", "retry/", "scowatch/retry/",
    "downloader/response_status_count/4", "downloader/response_status_count/5",
)
# Lines of an article template that hold one body paragraph (the "longread" layout wraps each
# in a <section>); the sign-up call in <strong> is the outlet's boilerplate and stays as it is.
BODY_LINE = re.compile(
    r'^(?P<pre>\s*(?:<section class="longread-chapter">)?<p>)(?!<strong>)(?P<text>.*?)'
    r"(?P<post></p>(?:</section>)?)\s*$"
)
BYLINE_DAY = re.compile(r"( on )\d{1,2} [A-Z][a-z]+ \d{4}(</div>)")
DESCRIPTION = re.compile(
    r'(<meta (?:name="description"|property="og:description") content=")[^"]*(")'
)
# Functions whose cumulative time says where a crawl of ours spends it (path fragment, name).
PROFILE_SPOTS = (
    ("scrapers/spiders/", "parse_article"),
    ("scrapers/spiders/", "select_fields"),
    ("scrapers/spiders/", "build_article"),
    ("scrapers/spiders/", "json_ld_fields"),
    ("scrapers/spiders/", "meta_fields"),
    ("scrapers/spiders/", "generic_fields"),
    ("scrapers/spiders/", "detect_language"),
    ("scrapers/spiders/", "parse_listing"),
    ("scrapers/pipelines.py", "process_item"),
    ("pipeline/store.py", "save_articles"),
    ("pipeline/db.py", "session"),
    ("sqlalchemy/orm/session.py", "commit"),
    ("scrapy/utils/asyncio.py", "_parallel_asyncio"),
)


@dataclass(frozen=True)
class Template:
    """One bundled fixture article page, taken apart where the mirror varies it."""

    path: str
    html: str
    title: str
    day: date
    paragraphs: tuple[str, ...]
    author: str
    section: str


@dataclass(frozen=True)
class MirrorArticle:
    """One generated article of the mirror."""

    path: str
    title: str
    day: date
    section: str
    author: str
    excerpt: str


@dataclass
class RunResult:
    """One crawl of the benchmark and what it cost."""

    kind: str
    round: int
    pages: int
    responses: int
    crawl_seconds: float
    wall_seconds: float
    crawler_cpu_seconds: float
    crawl_cpu_seconds: float
    server_cpu_seconds: float
    finish_reason: str
    errors: int
    article_hits_ok: bool
    error_kinds: dict[str, int] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    log_file: str = ""
    load_1min: float = 0.0  # the machine's load average when the crawl ended

    @property
    def pages_per_second(self) -> float:
        """Article pages per second of crawl time (spider open to spider close)."""
        return self.pages / self.crawl_seconds if self.crawl_seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        """A JSON-able record, with the derived rates."""
        out = asdict(self)
        out["pages_per_second"] = round(self.pages_per_second, 2)
        out["cpu_ms_per_page"] = round(1000 * self.crawl_cpu_seconds / max(self.pages, 1), 3)
        out["wall_pages_per_second"] = round(self.pages / self.wall_seconds, 2)
        out["crawler_cpu_share"] = round(self.crawler_cpu_seconds / self.wall_seconds, 3)
        out["server_cpu_share"] = round(self.server_cpu_seconds / self.wall_seconds, 3)
        return out


class CrawlClock:
    """Extension: CPU seconds the crawl process spends between spider open and close, in stats.

    Wall-clock rates swing with other jobs on a shared machine; the crawl's own CPU time per page
    does much less, and it excludes interpreter start-up and imports.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler, self.started = crawler, 0.0

    @classmethod
    def from_crawler(cls, crawler: Any) -> CrawlClock:
        clock = cls(crawler)
        crawler.signals.connect(clock.opened, signal=scrapy.signals.spider_opened)
        crawler.signals.connect(clock.closed, signal=scrapy.signals.spider_closed)
        return clock

    def opened(self, spider: Any) -> None:
        self.started = time.process_time()

    def closed(self, spider: Any, reason: str) -> None:
        self.crawler.stats.set_value("bench/cpu_seconds", time.process_time() - self.started)


class BareSpider(scrapy.Spider):
    """Downloads the article URLs listed in a file and does nothing with the responses."""

    name = BARE_SPIDER

    def __init__(self, *args: Any, urls_file: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.urls = Path(urls_file).read_text("utf-8").split() if urls_file else []

    async def start(self) -> Any:
        """One request per listed URL."""
        for url in self.urls:
            yield scrapy.Request(url, callback=self.parse)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """Nothing: the bare spider only measures downloading."""
        return iter(())


def first_match(pattern: str, text: str, default: str = "") -> str:
    """Group 1 of the first match of `pattern` in `text`, else `default`."""
    match = re.search(pattern, text, re.S)
    return match.group(1) if match else default


def load_template(file: Path, root: Path) -> Template:
    """A fixture article page with its title, day, body paragraphs, author and section."""
    page = file.read_text("utf-8")
    iso_day = first_match(r'article:published_time" content="(\d{4}-\d{2}-\d{2})', page)
    paragraphs = tuple(
        m.group("text") for m in map(BODY_LINE.match, page.splitlines()) if m is not None
    )
    return Template(
        path="/" + str(file.parent.relative_to(root)) + "/",
        html=page,
        title=first_match(r'<h1 class="entry-title">(.*?)</h1>', page),
        day=date.fromisoformat(iso_day),
        paragraphs=paragraphs,
        author=first_match(r'rel="author">(.*?)</a>', page, "The Astana Times"),
        section=first_match(r'rel="category tag">(.*?)</a>', page, "Nation"),
    )


def is_standard_layout(template: Template) -> bool:
    """Whether the outlet's own selectors find every field (no fallback layout)."""
    return (
        'class="entry-content"' in template.html
        and BYLINE_DAY.search(template.html) is not None
        and len(template.paragraphs) >= 2
    )


def load_templates(root: Path = TEMPLATE_SITE, all_layouts: bool = False) -> list[Template]:
    """The fixture site's article pages; by default only those in the outlet's usual layout."""
    files = sorted(root.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"))
    templates = [load_template(f, root) for f in files]
    return [t for t in templates if all_layouts or is_standard_layout(t)]


def paragraph_pool(templates: Iterable[Template]) -> list[str]:
    """Every body paragraph but the datelined first ones, each once."""
    return list(dict.fromkeys(p for t in templates for p in t.paragraphs[1:]))


def slugify(text: str) -> str:
    """A WordPress-like slug: lower-case words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", html.unescape(text).lower()).strip("-")


def excerpt_of(paragraph: str, words: int = 30) -> str:
    """The first words of a paragraph (tags stripped), with an ellipsis when cut."""
    plain = html.unescape(re.sub(r"<[^>]+>", "", paragraph)).split()
    cut = " ".join(plain[:words])
    return cut + ("…" if len(plain) > words else "")


def mirror_article(template: Template, index: int) -> MirrorArticle:
    """The index-th generated article (0 is the newest), modelled on `template`."""
    day = NEWEST_DAY - timedelta(days=index // ARTICLES_PER_DAY)
    title = f"{html.unescape(template.title)}: Report No. {index + 1}"
    path = f"/{day:%Y/%m}/{slugify(title)}/"
    return MirrorArticle(path, title, day, template.section, template.author,
                         excerpt_of(template.paragraphs[0]))


def body_lines_replaced(page: str, paragraphs: list[str]) -> str:
    """The page with its body paragraph lines replaced by `paragraphs` (same markup)."""
    lines = page.splitlines()
    slots = [i for i, line in enumerate(lines) if BODY_LINE.match(line)]
    if not slots:
        return page
    match = BODY_LINE.match(lines[slots[0]])
    assert match is not None
    pre, post = match.group("pre"), match.group("post")
    new_lines = [pre + text + post for text in paragraphs]
    kept = [line for i, line in enumerate(lines) if i not in set(slots[1:])]
    at = slots[0]
    return "\n".join(kept[:at] + new_lines + kept[at + 1:]) + "\n"


def render_article(template: Template, article: MirrorArticle, body: list[str]) -> str:
    """A mirror article page: the template with its path, title, day, body and excerpt varied."""
    page = template.html.replace(template.path, article.path)
    page = page.replace(template.title, html.escape(article.title, quote=False))
    page = page.replace(template.day.isoformat(), article.day.isoformat())
    page = BYLINE_DAY.sub(rf"\g<1>{article.day.day} {article.day:%B %Y}\g<2>", page)
    page = DESCRIPTION.sub(
        lambda m: m.group(1) + html.escape(article.excerpt) + m.group(2), page)
    return body_lines_replaced(page, body)


def article_body(template: Template, pool: list[str], rng: random.Random) -> list[str]:
    """The template's dateline paragraph, then 4 to 9 paragraphs recombined from the pool."""
    count = min(len(pool), rng.randint(4, 9))
    return [template.paragraphs[0], *rng.sample(pool, count)]


def page_head(title: str, canonical: str) -> str:
    """Head and site header of a listing page, in the outlet's markup."""
    return f"""{MARK}
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{html.escape(title)} - The Astana Times</title>
<link rel="canonical" href="{ORIGIN}{canonical}">
<link rel="alternate" type="application/rss+xml" href="/feed/"
      title="The Astana Times &raquo; Feed">
</head>
<body class="archive page-template-all">
<header id="masthead" class="site-header">
  <nav id="site-navigation" class="main-navigation"><ul class="menu">
    <li><a href="/all/">All news</a></li><li><a href="/category/nation/">Nation</a></li>
    <li><a href="/category/business/">Business</a></li><li><a href="/about-us/">About us</a></li>
  </ul></nav>
</header>
<div id="content" class="site-content">
  <main id="main" class="site-main">
    <h1 class="page-title">All news</h1>
"""


def teaser(article: MirrorArticle) -> str:
    """One teaser of a listing page."""
    title = html.escape(article.title)
    return f"""    <article class="post teaser category-{slugify(article.section)}">
      <a class="teaser-thumb" href="{article.path}"><img src="/wp-content/uploads/{article.day:%Y/%m}/thumb.jpg" alt=""></a>
      <h2 class="entry-title"><a href="{article.path}" rel="bookmark">{title}</a></h2>
      <div class="entry-meta"><span class="posted-on">{article.day.day} {article.day:%B %Y}</span></div>
      <p class="excerpt">{html.escape(article.excerpt)}</p>
    </article>
"""  # noqa: E501 (markup kept on one line as the outlet writes it)


def listing_path(number: int) -> str:
    """URL path of listing page `number` (1 is /all/)."""
    return "/all/" if number == 1 else f"/all/page/{number}/"


def render_listing(articles: list[MirrorArticle], number: int, last: int) -> str:
    """Listing page `number` of `last`: its teasers and a "Next page" link but on the last."""
    nav = f' <span class="page-numbers current">{number}</span>'
    if number < last:
        nav += f' <a class="next page-numbers" href="{listing_path(number + 1)}">Next page</a>'
    return (
        page_head("All news", listing_path(number))
        + "".join(teaser(a) for a in articles)
        + f'    <nav class="navigation pagination"><div class="nav-links">{nav}</div></nav>\n'
        + "  </main>\n</div>\n</body>\n</html>\n"
    )


def render_feed(articles: list[MirrorArticle]) -> str:
    """RSS 2.0 feed of the newest articles, with absolute links as WordPress writes them."""
    items = "".join(
        f"""	<item>
		<title>{html.escape(a.title)}</title>
		<link>{ORIGIN}{a.path}</link>
		<dc:creator><![CDATA[{a.author}]]></dc:creator>
		<pubDate>{a.day:%a, %d %b %Y} 06:00:00 +0000</pubDate>
		<category><![CDATA[{a.section}]]></category>
		<description><![CDATA[{a.excerpt}]]></description>
	</item>
"""
        for a in articles
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{MARK}
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
	<title>The Astana Times</title>
	<link>{ORIGIN}</link>
	<description>News and information from Kazakhstan and around the world</description>
	<language>en-US</language>
{items}</channel>
</rss>
"""


def write_page(root: Path, url_path: str, text: str, name: str = "index.html") -> None:
    """Write a page where the fixture server maps `url_path` to."""
    folder = root / url_path.strip("/")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, "utf-8")


def build_mirror(root: Path, pages: int, seed: int = 2024, all_layouts: bool = False) -> list[str]:
    """Write a mirror of `pages` articles, listing pages and a feed; return the article paths."""
    templates = load_templates(all_layouts=all_layouts)
    pool = paragraph_pool(templates)
    rng = random.Random(seed)
    articles = []
    for index in range(pages):
        template = templates[index % len(templates)]
        article = mirror_article(template, index)
        write_page(root, article.path, render_article(template, article,
                                                      article_body(template, pool, rng)))
        articles.append(article)
    last = max(1, -(-pages // TEASERS_PER_PAGE))
    for number in range(1, last + 1):
        chunk = articles[(number - 1) * TEASERS_PER_PAGE:number * TEASERS_PER_PAGE]
        write_page(root, listing_path(number), render_listing(chunk, number, last))
    write_page(root, "/feed/", render_feed(articles[:FEED_ITEMS]), "index.xml")
    (root / "robots.txt").write_bytes((TEMPLATE_SITE / "robots.txt").read_bytes())
    return [a.path for a in articles]


def politeness_off(extra: Iterable[str] = ()) -> list[str]:
    """The `-s` options every crawl shares: no robots.txt, no delay, no throttle, 16 at once."""
    from scrapers import settings as project

    extensions = {**getattr(project, "EXTENSIONS", {}), f"{Path(__file__).stem}.CrawlClock": 0}
    settings = {
        "EXTENSIONS": json.dumps(extensions),
        "ROBOTSTXT_OBEY": "False",
        "AUTOTHROTTLE_ENABLED": "False",
        "DOWNLOAD_DELAY": "0",
        "CONCURRENT_REQUESTS": str(CONCURRENCY),
        "CONCURRENT_REQUESTS_PER_DOMAIN": str(CONCURRENCY),
        "LOG_LEVEL": "INFO",
        "LOG_FILE_APPEND": "False",
    }
    settings.update(item.split("=", 1) for item in extra)  # type: ignore[misc]
    return [arg for key, value in settings.items() for arg in ("-s", f"{key}={value}")]


def write_config(folder: Path, site_url: str, database_url: str, pages: int) -> Path:
    """A scowatch.toml for the benchmark: the mirror as the source, politeness off."""
    path = folder / "scowatch.toml"
    path.write_text(
        f"""[scowatch]
database_url = "{database_url}"
outbox = "outbox"

[crawl]
obey_robots = false
autothrottle = false
concurrency_per_domain = {CONCURRENCY}
download_delay = 0.0
max_pages = {pages // TEASERS_PER_PAGE + 2}

[[sources]]
name = "astanatimes"
spider = "astanatimes"
start_urls = ["{site_url}feed/", "{site_url}all/"]
""",
        "utf-8",
    )
    return path


def ours_command(settings: Settings, stats_file: Path, log_file: Path, store: bool = True,
                 extra: Iterable[str] = ()) -> list[str]:
    """The production `scrapy crawl astanatimes` command line, plus the shared benchmark options."""
    cmd = crawl_command(settings.source("astanatimes"), settings, stats_file)
    cmd += [] if store else ["-s", "SCOWATCH_STORE_ENABLED=False"]
    return cmd + politeness_off(extra) + ["-s", f"LOG_FILE={log_file}"]


def bare_command(urls_file: Path, stats_file: Path, log_file: Path,
                 extra: Iterable[str] = ()) -> list[str]:
    """`scrapy crawl bench_bare` over the same URLs, with the same settings and no storage."""
    return [
        sys.executable, "-m", "scrapy", "crawl", BARE_SPIDER,
        "-a", f"urls_file={urls_file}",
        "-s", f"SPIDER_MODULES=scrapers.spiders,{Path(__file__).stem}",
        "-s", "SCOWATCH_STORE_ENABLED=False",
        "-s", f"SCOWATCH_STATS_FILE={stats_file}",
        "-s", f"LOG_FILE={log_file}",
    ] + politeness_off(extra)  # fmt: skip


def bench_env(settings: Settings) -> dict[str, str]:
    """The crawl environment, with this script importable (bare spider, CrawlClock)."""
    env = crawl_env(settings)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(SCRIPTS_DIR), env.get("PYTHONPATH", "")) if p)
    return env


def cpu_seconds(who: int) -> float:
    """User plus system CPU time of this process or of its waited-for children."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def count_rows(database_url: str) -> dict[str, int]:
    """Stored articles: rows, distinct canonical URLs, titles and body hashes."""
    from sqlalchemy import text

    from pipeline.db import Database

    db = Database(database_url)
    try:
        with db.session() as session:
            row = session.execute(text(
                "SELECT count(*), count(DISTINCT canonical_url), count(DISTINCT title),"
                " count(DISTINCT body_hash) FROM articles")).one()
    finally:
        db.dispose()
    return dict(zip(("rows", "urls", "titles", "bodies"), map(int, row), strict=True))


def run_one(kind: str, round_no: int, cmd: list[str], env: dict[str, str], site: ServedSite,
            article_paths: list[str], stats_file: Path, database_url: str | None,
            log_file: str = "") -> RunResult:
    """Run one crawl subprocess and measure it: crawl time from its stats, CPU from rusage."""
    site.hits.clear()
    stats_file.unlink(missing_ok=True)
    server_before, child_before = cpu_seconds(resource.RUSAGE_SELF), cpu_seconds(
        resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=REPO_ROOT, capture_output=True, text=True,
                          timeout=3600)
    wall = time.perf_counter() - started
    server_cpu = cpu_seconds(resource.RUSAGE_SELF) - server_before
    child_cpu = cpu_seconds(resource.RUSAGE_CHILDREN) - child_before
    if done.returncode != 0 or not stats_file.exists():
        raise RuntimeError(f"{kind} crawl failed ({done.returncode}): {done.stderr[-2000:]}")
    stats = json.loads(stats_file.read_text("utf-8"))
    pages = int(stats.get("scowatch/articles", 0) if kind.startswith("ours")
                else stats.get("response_received_count", 0))
    error_kinds = {k: int(v) for k, v in stats.items() if k.startswith(ERROR_STATS)}
    errors = int(stats.get("log_count/ERROR", 0)) + int(stats.get("scowatch/parse_errors", 0))
    return RunResult(
        kind=kind, round=round_no, pages=pages,
        responses=int(stats.get("response_received_count", 0)),
        crawl_seconds=float(stats.get("elapsed_time_seconds", wall)), wall_seconds=wall,
        crawler_cpu_seconds=child_cpu, server_cpu_seconds=server_cpu,
        crawl_cpu_seconds=float(stats.get("bench/cpu_seconds", 0.0)),
        finish_reason=str(stats.get("finish_reason", "")), errors=errors,
        article_hits_ok=all(site.hits[p] == 1 for p in article_paths), error_kinds=error_kinds,
        rows=count_rows(database_url) if database_url else {}, log_file=log_file,
        load_1min=round(os.getloadavg()[0], 2),
    )


@contextmanager
def fresh_postgres(admin_url: str) -> Iterator[str]:
    """A new, empty database on the server of `admin_url`, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"scowatch_bench_{uuid.uuid4().hex[:10]}"
    url = make_url(admin_url)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def database_for(kind: str, folder: Path, postgres_url: str | None) -> Iterator[str | None]:
    """A fresh database for one run of ours (SQLite file or PostgreSQL), None for the bare one."""
    if kind == "ours-postgresql":
        assert postgres_url is not None
        with fresh_postgres(postgres_url) as url:
            yield url
    elif kind == "ours-sqlite":
        yield f"sqlite:///{folder / f'bench-{uuid.uuid4().hex[:8]}.db'}"
    else:
        yield None


def rotated(items: list[str], by: int) -> list[str]:
    """`items` rotated left by `by` places, so each kind takes each position in turn."""
    by %= len(items)
    return items[by:] + items[:by]


def command_for(kind: str, settings: Settings, urls_file: Path, stats_file: Path, log_file: Path,
                extra: Iterable[str]) -> tuple[list[str], dict[str, str]]:
    """Command line and environment of one kind of crawl."""
    if kind == "bare":
        return bare_command(urls_file, stats_file, log_file, extra), bench_env(settings)
    cmd = ours_command(settings, stats_file, log_file, kind != "ours-nostore", extra)
    return cmd, bench_env(settings)


def run_benchmark(pages: int, rounds: int, postgres_url: str | None = None,
                  all_layouts: bool = False, profile: Path | None = None,
                  decompose: bool = False, extra: Iterable[str] = (),
                  log_dir: Path = DEFAULT_LOG_DIR, log: Any = print) -> dict[str, Any]:
    """Build the mirror, crawl it with both spiders `rounds` times, and summarise."""
    extra = list(extra)
    kinds = (["bare"] + (["ours-nostore"] if decompose else []) + ["ours-sqlite"]
             + (["ours-postgresql"] if postgres_url else []))
    load_before = os.getloadavg()
    log_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="scowatch-bench-") as tmp_name:
        tmp = Path(tmp_name)
        built = time.perf_counter()
        paths = build_mirror(tmp / "site", pages, all_layouts=all_layouts)
        log(f"mirror: {pages} articles, {-(-pages // TEASERS_PER_PAGE)} listing pages, "
            f"{sum(f.stat().st_size for f in (tmp / 'site').rglob('*.html')) / 2**20:.1f} MiB, "
            f"built in {time.perf_counter() - built:.1f}s")
        runs: list[RunResult] = []
        with serve_site(tmp / "site", ORIGIN) as site:
            urls_file = tmp / "urls.txt"
            urls_file.write_text("\n".join(site.url(p) for p in paths), "utf-8")
            for round_no in range(rounds):
                for kind in rotated(kinds, round_no):
                    with database_for(kind, tmp, postgres_url) as db_url:
                        settings = load_settings(
                            write_config(tmp, site.base_url, db_url or "sqlite:///unused.db",
                                         pages), env={})
                        stats_file = tmp / "stats.json"
                        log_file = log_dir / f"{kind}-{round_no + 1}.log"
                        cmd, env = command_for(kind, settings, urls_file, stats_file, log_file,
                                               extra)
                        result = run_one(kind, round_no + 1, cmd, env, site, paths, stats_file,
                                         db_url, str(log_file))
                    runs.append(result)
                    log(f"round {round_no + 1} {kind:16} {result.pages:5} pages "
                        f"{result.pages_per_second:7.1f}/s  "
                        f"{1000 * result.crawl_cpu_seconds / max(result.pages, 1):5.2f} CPU ms/page"
                        f"  crawler CPU "
                        f"{result.crawler_cpu_seconds / result.wall_seconds:4.0%}  server CPU "
                        f"{result.server_cpu_seconds / result.wall_seconds:4.0%}  load "
                        f"{result.load_1min:.1f}")
            profile_report = (run_profile(tmp, site, pages, profile, extra, log)
                              if profile is not None else None)
    summary = summarise(runs, pages, kinds)
    summary.update(pages=pages, rounds=rounds, concurrency=CONCURRENCY, extra_settings=extra,
                   code=code_identity(), log_dir=str(log_dir),
                   all_layouts=all_layouts, cpus=os.cpu_count(),
                   load_before=[round(x, 2) for x in load_before],
                   load_after=[round(x, 2) for x in os.getloadavg()],
                   runs=[r.as_dict() for r in runs], profile=profile_report)
    return summary


def code_identity() -> dict[str, Any]:
    """The commit measured and the crawl-relevant files that differ from it."""
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=REPO_ROOT, capture_output=True, text=True)
        return done.stdout.rstrip("\n") if done.returncode == 0 else ""

    changed = git("status", "--porcelain", "--", "scrapers", "pipeline", "scripts")
    return {"commit": git("rev-parse", "HEAD") or "not a git checkout",
            "root": str(REPO_ROOT),
            "uncommitted": [line[3:] for line in changed.splitlines()]}


def checks_of(run: RunResult, pages: int) -> list[str]:
    """What went wrong in one run: pages missed, errors, rows not stored exactly once."""
    problems = []
    if run.pages != pages or not run.article_hits_ok:
        problems.append(f"{run.kind} round {run.round}: {run.pages} of {pages} pages"
                        f"{'' if run.article_hits_ok else ', an article not fetched exactly once'}")
    if run.errors or run.finish_reason != "finished":
        problems.append(f"{run.kind} round {run.round}: {run.errors} errors, "
                        f"finish reason {run.finish_reason!r} ({run.error_kinds}; log in "
                        f"{run.log_file})")
    if run.rows and set(run.rows.values()) != {pages}:
        problems.append(f"{run.kind} round {run.round}: stored {run.rows}, expected {pages} each")
    return problems


def summarise(runs: list[RunResult], pages: int, kinds: list[str]) -> dict[str, Any]:
    """Median pages/s per kind, ratios of ours to bare, and the sanity checks."""
    medians = {
        kind: round(statistics.median(r.pages_per_second for r in runs if r.kind == kind), 2)
        for kind in kinds
    }
    cpu = {
        kind: round(statistics.median(1000 * r.crawl_cpu_seconds / max(r.pages, 1)
                                      for r in runs if r.kind == kind), 3)
        for kind in kinds
    }
    bare, bare_cpu = medians["bare"], cpu["bare"]
    ratios = {kind: round(medians[kind] / bare, 3) for kind in kinds if kind != "bare" and bare}
    cpu_ratios = {kind: round(bare_cpu / cpu[kind], 3) for kind in kinds
                  if kind != "bare" and cpu[kind]}
    problems = [p for r in runs for p in checks_of(r, pages)]
    return {"median_pages_per_second": medians, "ratio_to_bare": ratios,
            "median_cpu_ms_per_page": cpu, "cpu_ratio_to_bare": cpu_ratios,
            "target_ratio": TARGET_RATIO, "problems": problems}


def run_profile(tmp: Path, site: ServedSite, pages: int, out: Path, extra: Iterable[str],
                log: Any) -> dict[str, Any]:
    """One more crawl of ours under cProfile; cumulative seconds of the functions that matter."""
    db_url = f"sqlite:///{tmp / 'profile.db'}"
    settings = load_settings(write_config(tmp, site.base_url, db_url, pages), env={})
    stats_file = tmp / "stats.json"
    cmd = ours_command(settings, stats_file, tmp / "profile.log", extra=extra)
    cmd[1:1] = ["-m", "cProfile", "-o", str(out)]
    site.hits.clear()
    subprocess.run(cmd, env=bench_env(settings), cwd=REPO_ROOT, check=True,
                   capture_output=True, timeout=3600)
    report = profile_spots(out)
    log(f"profile written to {out}; cumulative seconds:")
    for name, seconds in report["cumulative"].items():
        log(f"  {seconds:8.2f}  {name}")
    log("  top own time: " + ", ".join(f"{n} {s:.2f}" for n, s in report["own_top"].items()))
    return report


def profile_spots(path: Path, top: int = 12) -> dict[str, Any]:
    """Cumulative time of PROFILE_SPOTS and the functions with the most own time."""
    stats = pstats.Stats(str(path))
    table: dict[tuple[str, int, str], Any] = stats.stats  # type: ignore[attr-defined]
    cumulative: dict[str, float] = {}
    for fragment, func in PROFILE_SPOTS:
        seconds = sum(v[3] for (file, _, name), v in table.items()
                      if name == func and fragment in file)
        cumulative[f"{fragment}:{func}"] = round(seconds, 2)
    cumulative["total (incl. start-up)"] = round(stats.total_tt, 2)  # type: ignore[attr-defined]
    own = sorted(table.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    own_top = {f"{Path(f).name}:{line}:{name}": round(v[2], 2) for (f, line, name), v in own}
    return {"cumulative": cumulative, "own_top": own_top}


def per_page_ms(seconds: float, count: int) -> float:
    """Milliseconds per page, rounded."""
    return round(1000 * seconds / count, 3)


def cpu_timed(func: Any, items: list[Any]) -> tuple[list[Any], float]:
    """`func` applied to every item, and the CPU seconds it took (this process, all threads)."""
    started = time.process_time()
    out = [func(item) for item in items]
    return out, time.process_time() - started


def store_seconds(articles: list[Any], database_url: str, batch: int) -> float:
    """CPU seconds to save `articles` into a fresh database, `batch` of them per transaction."""
    from pipeline.db import Database
    from pipeline.store import save_articles

    db = Database(database_url)
    db.ensure_schema()
    started = time.process_time()
    for start in range(0, len(articles), batch):
        with db.session() as session:  # as StorePipeline stores a batch
            save_articles(session, articles[start:start + batch])
    seconds = time.process_time() - started
    db.dispose()
    return seconds


def stage_timings(pages: int, log: Any = print) -> dict[str, float]:
    """CPU milliseconds per article page of each step of ours, run in-process on mirror pages
    (no engine, no downloads): what the spider and storage add to what bare Scrapy does."""
    import py3langid
    from scrapy.http import HtmlResponse, Request

    from pipeline.crawlstate import DatabaseCrawlState
    from pipeline.language import language_identifier
    from scrapers.spiders.astanatimes import AstanaTimesSpider
    from scrapers.spiders.base import detect_language

    def response(path: str, root: Path) -> HtmlResponse:
        body = (root / path.strip("/") / "index.html").read_bytes()
        return HtmlResponse(ORIGIN + path, body=body, request=Request(ORIGIN + path))

    with tempfile.TemporaryDirectory(prefix="scowatch-stages-") as tmp_name:
        tmp = Path(tmp_name)
        paths = build_mirror(tmp / "site", pages)
        listings = [listing_path(n) for n in range(1, -(-pages // TEASERS_PER_PAGE) + 1)]
        spider = AstanaTimesSpider(source="astanatimes")
        started = time.process_time()
        language_identifier()  # py3langid's model: once per crawl process
        model_s = time.process_time() - started
        spider.build_article(response(paths[0], tmp / "site"), {})  # warm-up
        lists = [response(p, tmp / "site") for p in listings]
        spider.crawl_state = DatabaseCrawlState(f"sqlite:///{tmp / 'state.db'}")
        spider.crawl_state.known([ORIGIN + "/"])  # the schema, made once
        _, listing_state_s = cpu_timed(lambda r: list(spider.parse_listing(r)), lists)
        spider.crawl_state = None
        lists = [response(p, tmp / "site") for p in listings]
        _, listing_s = cpu_timed(lambda r: list(spider.parse_listing(r)), lists)
        responses = [response(p, tmp / "site") for p in paths]
        _, parse_s = cpu_timed(lambda r: r.selector, responses)
        selected, select_s = cpu_timed(spider.select_fields, responses)
        articles, build_s = cpu_timed(lambda rs: spider.build_article(*rs),
                                      list(zip(responses, selected, strict=True)))
        texts = [a.body for a in articles]
        _, langid_s = cpu_timed(detect_language, texts)
        _, langid_head_s = cpu_timed(lambda t: py3langid.classify(t[:1000]), texts)
        per_item = store_seconds(articles, f"sqlite:///{tmp / 'item.db'}", 1)
        batched = store_seconds(articles, f"sqlite:///{tmp / 'batch.db'}", 25)
    n = len(paths)
    out = {
        "page parse (lxml, via response.selector)": per_page_ms(parse_s, n),
        "select_fields (the page parsed)": per_page_ms(select_s, n),
        "build_article (JSON-LD, meta, langid)": per_page_ms(build_s, n),
        "  of which detect_language (first 400 characters)": per_page_ms(langid_s, n),
        "  langid on the first 1000 characters": per_page_ms(langid_head_s, n),
        "py3langid model load, once, spread over the pages": per_page_ms(model_s, n),
        "parse_listing, no crawl state": per_page_ms(listing_s, n),
        "parse_listing with stored-URL lookups (SQLite)": per_page_ms(listing_state_s, n),
        "save_article, one transaction per item": per_page_ms(per_item, n),
        "save_articles, 25 items per transaction (StorePipeline)": per_page_ms(batched, n),
    }
    for name, ms in out.items():
        log(f"  {ms:7.2f} ms/page  {name}")
    return out


def table(summary: dict[str, Any]) -> str:
    """The summary as a plain-text table."""
    medians, ratios = summary["median_pages_per_second"], summary["ratio_to_bare"]
    cpu, cpu_ratios = summary["median_cpu_ms_per_page"], summary["cpu_ratio_to_bare"]
    lines = [f"{'crawl':18} {'median pages/s':>15} {'ratio to bare':>14} "
             f"{'CPU ms/page':>12} {'CPU ratio':>10}"]
    for kind, rate in medians.items():
        ratio = f"{ratios[kind]:.2f}" if kind in ratios else "-"
        cpu_ratio = f"{cpu_ratios[kind]:.2f}" if kind in cpu_ratios else "-"
        lines.append(f"{kind:18} {rate:15.1f} {ratio:>14} {cpu[kind]:12.2f} {cpu_ratio:>10}")
    verdict = all(r >= summary["target_ratio"] for r in ratios.values())
    lines.append(f"target ratio >= {summary['target_ratio']}: {'met' if verdict else 'NOT met'}; "
                 f"{summary['pages']} pages x {summary['rounds']} rounds, "
                 f"concurrency {summary['concurrency']}, {summary['cpus']} CPUs, load "
                 f"{summary['load_before'][0]} -> {summary['load_after'][0]}")
    lines += [f"PROBLEM: {p}" for p in summary["problems"]] or ["checks: every page fetched "
                                                                "once, every article stored once"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: build, crawl, print the table (or JSON); exit 1 when a check failed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=2000, help="article pages in the mirror")
    parser.add_argument("--rounds", type=int, default=3, help="crawls of each kind")
    parser.add_argument("--database-url", help="also run ours against this PostgreSQL server "
                        "(a fresh database is created on it and dropped)")
    parser.add_argument("--all-layouts", action="store_true",
                        help="also use the fixture pages that need fallback extraction")
    parser.add_argument("--profile", type=Path,
                        help="after the rounds, crawl once more under cProfile into this file")
    parser.add_argument("--decompose", action="store_true",
                        help="also crawl with our spider but StorePipeline off (ours-nostore)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="an extra Scrapy setting for every crawl, e.g. CONCURRENT_ITEMS=16")
    parser.add_argument("--stages", action="store_true",
                        help="instead of crawling, time each step of ours in-process (CPU ms/page)")
    parser.add_argument("--log-dir", type=Path, default=DEFAULT_LOG_DIR,
                        help="where each crawl's Scrapy log is kept (default: var/bench-crawl)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    if args.pages < 1 or args.rounds < 1:
        parser.error("--pages and --rounds must be at least 1")
    log = (lambda line: print(line, file=sys.stderr)) if args.json else print
    if args.stages:
        stages = stage_timings(args.pages, log)
        if args.json:
            print(json.dumps(stages, indent=2))
        return 0
    if any("=" not in item for item in args.set):
        parser.error("--set takes NAME=VALUE")
    summary = run_benchmark(args.pages, args.rounds, args.database_url, args.all_layouts,
                            args.profile, args.decompose, args.set, args.log_dir, log)
    print(json.dumps(summary, indent=2) if args.json else table(summary))
    return 1 if summary["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
