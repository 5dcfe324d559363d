"""Evaluate pipeline.extract on the Zyte article-extraction benchmark and on the real gold pages.

Body scoring follows the benchmark's own evaluate.py; see docs/benchmarks.md for the details.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import UTC
from functools import partial
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from pipeline.extract import BODY_OPTIONS, ExtractedPage, extract_page  # noqa: E402

DEFAULT_DATASET = REPO_ROOT.parent / "shared" / "datasets" / "zyte-article-extraction"
DEFAULT_REAL_PAGES = REPO_ROOT.parent / "shared" / "datasets" / "real-pages"
FIXTURE_REAL_PAGES = REPO_ROOT / "tests" / "fixtures" / "real-pages"
SHINGLE_SIZE = 4
# The benchmark's tokeniser: runs of Unicode word characters, case kept, punctuation dropped.
TOKEN_RE = re.compile(r"\w+")
# Loads the language model and lazy imports once, so page timings show the steady state.
WARMUP_PAGE = (
    b"<html><head><title>Warm-up</title></head><body><article><p>"
    + b"This paragraph only makes the extractor load its language model. " * 5
    + b"</p></article></body></html>"
)


@dataclass(frozen=True)
class Counts:
    """Shingle true/false positives and false negatives of one page, as fractions of their sum."""

    tp: float
    fp: float
    fn: float


@dataclass(frozen=True)
class PageScore:
    """Body scores and extraction time of one benchmark page."""

    page_id: str
    url: str
    precision: float | None
    recall: float | None
    f1: float
    empty_output: bool
    seconds: float
    cpu_seconds: float


def tokenize(text: str | None) -> list[str]:
    """Split text into the benchmark's tokens."""
    return TOKEN_RE.findall(text or "")


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of word n-grams; a text shorter than n is one shorter shingle."""
    tokens = tokenize(text)
    count = max(1, len(tokens) - size + 1)
    return Counter(tuple(tokens[i : i + size]) for i in range(count) if tokens[i : i + size])


def shingle_counts(true: str | None, pred: str | None) -> Counts:
    """Matched, extra and missed shingles, normalised so each page weighs the same."""
    expected, predicted = shingles(true), shingles(pred)
    tp = sum((expected & predicted).values())
    fp = sum((predicted - expected).values())
    fn = sum((expected - predicted).values())
    total = tp + fp + fn
    return Counts(tp / total, fp / total, fn / total) if total else Counts(0.0, 0.0, 0.0)


def page_precision(c: Counts) -> float | None:
    """Precision of one page; None when the extractor returned nothing (not averaged)."""
    if c.tp + c.fp == 0:
        return None
    return 1.0 if c.fp == c.fn == 0 else c.tp / (c.tp + c.fp)


def page_recall(c: Counts) -> float | None:
    """Recall of one page; None when the ground truth is empty (not averaged)."""
    if c.tp + c.fn == 0:
        return None
    return 1.0 if c.fp == c.fn == 0 else c.tp / (c.tp + c.fn)


def harmonic_mean(p: float | None, r: float | None) -> float:
    """F1 of a precision and a recall; 0 when either is missing or both are 0."""
    if not p or not r:
        return 0.0
    return 2 * p * r / (p + r)


def benchmark_means(scores: list[PageScore]) -> dict[str, float]:
    """The benchmark's summary: mean precision, mean recall, F1 of those two means."""
    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": harmonic_mean(precision, recall),
        "mean_page_f1": statistics.fmean(s.f1 for s in scores) if scores else 0.0,
    }


def timing_summary(seconds: list[float]) -> dict[str, float]:
    """Mean, median and 95th percentile of per-page extraction times."""
    if not seconds:
        return {"mean_s": 0.0, "median_s": 0.0, "p95_s": 0.0, "total_s": 0.0}
    ordered = sorted(seconds)
    return {
        "mean_s": statistics.fmean(ordered),
        "median_s": statistics.median(ordered),
        "p95_s": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
        "total_s": sum(ordered),
    }


def load_benchmark(dataset: Path) -> dict[str, dict[str, str]]:
    """The benchmark's ground truth, keyed by page id."""
    return json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))


def timed(
    extract: Callable[[bytes, str | None], ExtractedPage], raw: bytes, url: str | None
) -> tuple[ExtractedPage, float, float]:
    """Run the extractor once; return its result, wall time and CPU time of this process."""
    wall, cpu = time.perf_counter(), time.process_time()
    page = extract(raw, url)
    return page, time.perf_counter() - wall, time.process_time() - cpu


def score_benchmark(
    dataset: Path, extract: Callable[[bytes, str | None], ExtractedPage] = extract_page
) -> list[PageScore]:
    """Extract every benchmark page from its raw bytes and score the body."""
    scores = []
    for page_id, truth in sorted(load_benchmark(dataset).items()):
        raw = gzip.decompress((dataset / "html" / f"{page_id}.html.gz").read_bytes())
        page, seconds, cpu_seconds = timed(extract, raw, truth.get("url"))
        counts = shingle_counts(truth.get("articleBody", ""), page.body)
        p, r = page_precision(counts), page_recall(counts)
        scores.append(
            PageScore(
                page_id,
                truth.get("url", ""),
                p,
                r,
                harmonic_mean(p, r),
                p is None,
                seconds,
                cpu_seconds,
            )
        )
    return scores


def check_real_page(gold: dict[str, Any], page: ExtractedPage) -> dict[str, Any]:
    """Compare one real page's extraction with its gold record, field by field."""
    body = page.body or ""
    # The gold dates come from htmldate's Media Cloud set, which records the UTC day.
    utc_day = page.published_at.astimezone(UTC).date().isoformat() if page.published_at else None
    checks: dict[str, Any] = {
        "date": utc_day == gold["gold_date"],
        "language": page.language == gold.get("lang"),
    }
    if "gold_title" in gold:
        checks["title"] = page.title == gold["gold_title"]
    if "gold_author" in gold:
        checks["author"] = page.author == gold["gold_author"]
    if "must_contain" in gold:
        checks["must_contain"] = all(s in body for s in gold["must_contain"])
    if "must_not_contain" in gold:
        checks["must_not_contain"] = not any(s in body for s in gold["must_not_contain"])
    return {
        "checks": checks,
        "found": {
            "date": page.published_at.isoformat() if page.published_at else None,
            "utc_day": utc_day,
            "title": page.title,
            "author": page.author,
            "language": page.language,
        },
    }


def evaluate_real_pages(folder: Path) -> dict[str, dict[str, Any]]:
    """Run the extractor on each page of a real-pages folder and check it against gold.json."""
    gold_records = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    results = {}
    for name, gold in gold_records.items():
        page, seconds, _ = timed(extract_page, (folder / name).read_bytes(), gold.get("url"))
        results[name] = check_real_page(gold, page) | {"seconds": seconds}
    return results


def real_pages_summary(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Accuracy of each checked field over the real pages."""
    per_field: dict[str, list[bool]] = {}
    for result in results.values():
        for field, ok in result["checks"].items():
            per_field.setdefault(field, []).append(bool(ok))
    return {field: f"{sum(oks)}/{len(oks)}" for field, oks in per_field.items()}


def fmt(value: float | None) -> str:
    """A score with three decimals, or a dash when it is undefined."""
    return "  -  " if value is None else f"{value:.3f}"


def print_benchmark_table(scores: Iterable[PageScore]) -> None:
    """One line per benchmark page, worst F1 first."""
    print(f"{'page':<14} {'P':>6} {'R':>6} {'F1':>6} {'ms':>7}  url")
    for s in sorted(scores, key=lambda s: s.f1):
        url = s.url if len(s.url) <= 70 else s.url[:67] + "..."
        print(
            f"{s.page_id[:12]:<14} {fmt(s.precision):>6} {fmt(s.recall):>6} {fmt(s.f1):>6} "
            f"{s.seconds * 1000:7.1f}  {url}"
        )


def print_report(report: dict[str, Any], scores: list[PageScore]) -> None:
    """The human-readable report: per-page table, means, timing, real-page checks."""
    print_benchmark_table(scores)
    m, t = report["benchmark"]["means"], report["benchmark"]["timing"]
    print()
    print(
        f"Zyte benchmark: {report['benchmark']['pages']} pages, "
        f"{report['benchmark']['empty_outputs']} with empty output"
    )
    print(
        f"  precision {m['precision']:.4f}  recall {m['recall']:.4f}  F1 {m['f1']:.4f}"
        f"  (mean of per-page F1 {m['mean_page_f1']:.4f})"
    )
    cpu = report["benchmark"]["cpu_timing"]
    print(
        f"  time per page: mean {t['mean_s'] * 1000:.1f} ms, median {t['median_s'] * 1000:.1f} ms,"
        f" p95 {t['p95_s'] * 1000:.1f} ms, total {t['total_s']:.1f} s wall clock;"
        f" CPU mean {cpu['mean_s'] * 1000:.1f} ms, median {cpu['median_s'] * 1000:.1f} ms"
    )
    print(f"  first call (loads the models, not counted above): {report['warmup_s'] * 1000:.0f} ms")
    real = report.get("real_pages")
    if real:
        print(f"\nReal pages ({real['folder']}):")
        for name, result in real["pages"].items():
            failed = [f for f, ok in result["checks"].items() if not ok]
            status = "ok" if not failed else "FAILED " + ", ".join(failed)
            print(f"  {name}: {status}; found {result['found']}")
        print("  accuracy: " + ", ".join(f"{k} {v}" for k, v in real["summary"].items()))


def real_pages_folder(requested: Path | None) -> Path | None:
    """The real-pages folder to use: the one asked for, the shared one, or the test copy."""
    for folder in (requested,) if requested else (DEFAULT_REAL_PAGES, FIXTURE_REAL_PAGES):
        if folder and (folder / "gold.json").is_file():
            return folder
    return None


def build_report(
    dataset: Path, real_folder: Path | None, body_options: dict[str, Any] | None = None
) -> tuple[dict[str, Any], list[PageScore]]:
    """Run both evaluations and gather the figures."""
    _, warmup, _ = timed(extract_page, WARMUP_PAGE, None)
    scores = score_benchmark(dataset, partial(extract_page, body_options=body_options))
    report: dict[str, Any] = {
        "body_options": body_options or BODY_OPTIONS,
        "warmup_s": warmup,
        "benchmark": {
            "dataset": str(dataset),
            "pages": len(scores),
            "empty_outputs": sum(s.empty_output for s in scores),
            "means": benchmark_means(scores),
            "timing": timing_summary([s.seconds for s in scores]),
            "cpu_timing": timing_summary([s.cpu_seconds for s in scores]),
            "per_page": [asdict(s) for s in scores],
        },
    }
    if real_folder is not None:
        pages = evaluate_real_pages(real_folder)
        report["real_pages"] = {
            "folder": str(real_folder),
            "pages": pages,
            "summary": real_pages_summary(pages),
        }
    return report, scores


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--dataset",
        type=Path,
        default=DEFAULT_DATASET,
        help="folder with ground-truth.json and html/*.html.gz (default: %(default)s)",
    )
    parser.add_argument(
        "--real-pages",
        type=Path,
        default=None,
        help="folder with gold.json and the real pages (default: ../shared/datasets/real-pages, "
        "else tests/fixtures/real-pages)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--body-options",
        type=json.loads,
        default=None,
        metavar="JSON",
        help="trafilatura options replacing pipeline.extract.BODY_OPTIONS, for comparisons, "
        'e.g. \'{"favor_recall": true, "include_comments": false}\'',
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point: 0 on success, 2 when the benchmark data is missing."""
    args = parse_args(argv)
    if not (args.dataset / "ground-truth.json").is_file():
        print(
            f"Zyte benchmark not found at {args.dataset} (expected ground-truth.json and html/).\n"
            "It is the MIT-licensed scrapinghub/article-extraction-benchmark data; put it there "
            "or pass --dataset PATH.",
            file=sys.stderr,
        )
        return 2
    real_folder = real_pages_folder(args.real_pages)
    if args.real_pages and real_folder is None:
        print(f"No gold.json in {args.real_pages}", file=sys.stderr)
        return 2
    report, scores = build_report(args.dataset, real_folder, args.body_options)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_report(report, scores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
