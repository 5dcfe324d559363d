"""Body extraction through the whole crawl path, scored against `extract_page` alone.

Serves the Zyte benchmark pages on loopback with a sitemap, crawls them with the `sitemap` source
under the settings `scowatch init` writes (politeness lowered only through `[crawl]` settings a
user could set), reads the bodies back with `scowatch export`, and scores them with the metric of
scripts/eval_extraction.py. `extract_page` on the same bytes and the same URL is scored beside it,
and every page where the two bodies differ is listed. Figures: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "scripts"))

from eval_extraction import (  # noqa: E402
    DEFAULT_DATASET,
    PageScore,
    benchmark_means,
    harmonic_mean,
    load_benchmark,
    page_precision,
    page_recall,
    shingle_counts,
)

from pipeline.extract import extract_page  # noqa: E402
from pipeline.fixture_server import ServedSite  # noqa: E402
from pipeline.text import clean_whitespace  # noqa: E402

SOURCE = "zyte"
SITEMAP_PATH = "/sitemap.xml"
# `[crawl]` lines of the starter config and what this run sets them to: only politeness, which
# a user may lower the same way for a mirror of their own.
POLITENESS = {
    "autothrottle": "false",
    "download_delay": "0",
    "concurrency_per_domain": "8",
}


@dataclass(frozen=True)
class BenchPage:
    """One benchmark page as served: where, its bytes, its truth."""

    page_id: str
    path: str  # path and query on the loopback server
    original_url: str
    html: bytes
    truth: str


def served_path(url: str) -> str:
    """The page's own path and query, so that relative links resolve as on its site."""
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def load_pages(dataset: Path) -> list[BenchPage]:
    """Every benchmark page with its bytes (gunzipped), one served path each."""
    pages, seen = [], set()
    for page_id, truth in sorted(load_benchmark(dataset).items()):
        path = served_path(truth["url"])
        if path in seen:  # two sites' pages at one path: keep both apart
            path = f"/{page_id}{path}"
        seen.add(path)
        html = gzip.decompress((dataset / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append(BenchPage(page_id, path, truth["url"], html, truth.get("articleBody", "")))
    return pages


def sitemap_xml(urls: list[str]) -> bytes:
    """A plain sitemap listing `urls`."""
    locs = "".join(f"<url><loc>{escape(u)}</loc></url>" for u in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
            ).encode()


class BenchmarkSite(ServedSite):
    """The benchmark pages by path and query, plus /sitemap.xml naming all of them."""

    def __init__(self, folder: Path, pages: list[BenchPage], content_type: str) -> None:
        super().__init__(folder, origin="http://benchmark.invalid")
        self.pages = {p.path: p for p in pages}
        self.content_type = content_type

    def respond(self, raw_path: str) -> tuple[int, dict[str, str], bytes]:
        """The page at `raw_path` (query included), the sitemap, or 404."""
        self.hits[raw_path] += 1
        if urlsplit(raw_path).path == SITEMAP_PATH:
            urls = [self.url(path) for path in self.pages]
            return 200, {"Content-Type": "application/xml"}, sitemap_xml(urls)
        page = self.pages.get(raw_path)
        if page is None:
            return 404, {"Content-Type": "text/html; charset=utf-8"}, b"<h1>Not found</h1>"
        return 200, {"Content-Type": self.content_type}, page.html


def write_config(folder: Path, sitemap_url: str) -> Path:
    """`scowatch init`'s starter config, politeness lowered, one sitemap source in place of its
    example source; the database (the default, SQLite beside the file) is created by init."""
    config = folder / "scowatch.toml"
    scowatch(["init", "--config", str(config)])
    text = config.read_text(encoding="utf-8")
    for name, value in POLITENESS.items():
        text, n = re.subn(rf"(?m)^{name} = .*$", f"{name} = {value}", text)
        if n != 1:
            raise SystemExit(f"`scowatch init` no longer writes one `{name} =` line: update "
                             f"{Path(__file__).name}")
    source = (f'[[sources]]\nname = "{SOURCE}"\nspider = "sitemap"\n'
              f'start_urls = ["{sitemap_url}"]\n\n')
    text, n = re.subn(r"(?ms)^\[\[sources\]\].*?(?=^\[\[subscribers\]\])", source, text)
    if n != 1:
        raise SystemExit(f"`scowatch init` no longer writes one [[sources]]: update {__file__}")
    config.write_text(text, encoding="utf-8")
    return config


def scowatch(args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run the `scowatch` command line of this environment."""
    command = [str(Path(sys.executable).parent / "scowatch"), *args]
    done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}:\n"
                         f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done


def crawl_and_export(folder: Path, site: BenchmarkSite) -> tuple[dict[str, dict[str, Any]], str]:
    """Crawl the site through the CLI, export; the records by URL and the crawl's summary."""
    config = write_config(folder, site.url(SITEMAP_PATH))
    crawled = scowatch(["crawl", SOURCE, "--config", str(config)])
    out = folder / "export.jsonl"
    scowatch(["export", "--config", str(config), "-o", str(out)])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {r["url"]: r for r in records}, crawled.stdout.strip()


def score(page: BenchPage, body: str | None) -> PageScore:
    """The benchmark's scores of one body (no timing here)."""
    counts = shingle_counts(page.truth, body)
    p, r = page_precision(counts), page_recall(counts)
    return PageScore(page.page_id, page.original_url, p, r, harmonic_mean(p, r), p is None,
                     0.0, 0.0)


def why_different(alone: str | None, exported: str | None,
                  record: dict[str, Any] | None) -> str:
    """The kind of difference between extract_page's body and the exported one."""
    if record is None:
        return "not exported"
    lines = (clean_whitespace(alone) or "").split("\n")
    if record.get("title") and lines[0] == record["title"] and "\n".join(lines[1:]) == exported:
        return "headline dropped"  # ScowatchSpider.tidy_body: the title repeated as first paragraph
    return "other"


def compare(pages: list[BenchPage], site: BenchmarkSite,
            records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Scores of the crawl path and of extract_page (given the same bytes, URL and Content-Type,
    and given the page's original URL as scripts/eval_extraction.py does), and the pages where
    the exported body differs from extract_page's."""
    crawl_scores, alone_scores, original_scores, differ = [], [], [], []
    for page in pages:
        url = site.url(page.path)
        record = records.get(url)
        exported = record["body"] if record else None
        alone = extract_page(page.html, url, content_type=site.content_type).body
        original = extract_page(page.html, page.original_url).body
        crawl_scores.append(score(page, exported))
        alone_scores.append(score(page, alone))
        original_scores.append(score(page, original))
        if clean_whitespace(alone) != exported:
            differ.append({
                "page_id": page.page_id, "url": url, "stored": record is not None,
                "why": why_different(alone, exported, record),
                "f1_crawl": crawl_scores[-1].f1, "f1_alone": alone_scores[-1].f1,
                "chars_crawl": len(exported or ""), "chars_alone": len(alone or ""),
            })
    return {
        "pages": len(pages),
        "exported": sum(url in records for url in (site.url(p.path) for p in pages)),
        "crawl_path": benchmark_means(crawl_scores),
        "extract_page_same_url": benchmark_means(alone_scores),
        "extract_page_original_url": benchmark_means(original_scores),
        "bodies_differ": differ,
    }


def run(dataset: Path, content_type: str) -> dict[str, Any]:
    """Serve, crawl, export and score; the report."""
    pages = load_pages(dataset)
    with tempfile.TemporaryDirectory(prefix="scowatch-crawl-eval-") as tmp_name:
        tmp = Path(tmp_name)
        with BenchmarkSite(tmp, pages, content_type) as site:
            records, summary = crawl_and_export(tmp, site)
            report = compare(pages, site, records)
            report["fetched_twice"] = sorted(p for p, n in site.hits.items() if n > 1)
    report["crawl_summary"] = summary
    report["content_type"] = content_type
    return report


def print_report(report: dict[str, Any]) -> None:
    """The figures and the differing pages, for a human."""
    print(f"crawl: {report['crawl_summary']}")
    print(f"pages served {report['pages']}, exported {report['exported']}; "
          f"Content-Type {report['content_type']!r}")
    print(f"{'':34} {'P':>6} {'R':>6} {'F1':>6}")
    for key, label in (("crawl_path", "crawl path (sitemap -> export)"),
                       ("extract_page_same_url", "extract_page, same bytes and URL"),
                       ("extract_page_original_url", "extract_page, original URL")):
        m = report[key]
        print(f"{label:34} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}")
    differ = report["bodies_differ"]
    print(f"\nbodies that differ from extract_page's: {len(differ)}")
    for d in sorted(differ, key=lambda d: d["f1_crawl"] - d["f1_alone"]):
        print(f"  {d['page_id'][:12]} F1 {d['f1_crawl']:.3f} vs {d['f1_alone']:.3f}, chars "
              f"{d['chars_crawl']} vs {d['chars_alone']}, {d['why']}  {d['url']}")
    if report["fetched_twice"]:
        print(f"fetched more than once: {report['fetched_twice']}")


def main(argv: list[str] | None = None) -> int:
    """Command line: 0 on success, 2 when the benchmark data is missing."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dataset", type=Path, default=DEFAULT_DATASET,
                        help="folder with ground-truth.json and html/ (default: %(default)s)")
    parser.add_argument("--content-type", default="text/html; charset=utf-8",
                        help="Content-Type the pages are served with (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    if not (args.dataset / "ground-truth.json").is_file():
        print(f"Zyte benchmark not found at {args.dataset}; pass --dataset PATH.", file=sys.stderr)
        return 2
    report = run(args.dataset, args.content_type)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
