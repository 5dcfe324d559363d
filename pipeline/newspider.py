"""`scowatch new-spider NAME URL`: a dedicated spider, its fixture folder and its unit test,
rendered from pipeline/spider_template/, and the `[[sources]]` entry for the crawl schedule."""

from __future__ import annotations

import argparse
import json
import keyword
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

from pipeline.config import GENERIC_SPIDERS, NAME_RE

TEMPLATE_DIR = Path(__file__).parent / "spider_template"
# Path of the placeholder article page, under the start URL's folder.
PLACEHOLDER_SLUG = "placeholder-article-replace-with-a-saved-page"
# The generated spider's default article URL shape (a long slug, or a .html file not an index).
DEFAULT_ARTICLE_PATTERN = r"/[a-z0-9]+(?:-[a-z0-9]+){3,}/?$|(?<!/index)\.html?$"
RESERVED_NAMES = frozenset({*GENERIC_SPIDERS, "base", "spiders", "scrapy", "pipeline"})
MAX_NAME_LENGTH = 24  # keeps the generated code within the line length
LINE_LENGTH = 100
FEED_HINTS = re.compile(r"(?:^|/)(?:feed|feeds|rss|atom)(?:/|$)|\.(?:xml|rss|atom)$", re.I)
URL_CHARS = re.compile(r"^[!#-&(-;=?-\[\]-~]+$")  # printable ASCII minus quotes, <, >, \, `


class NewSpiderError(ValueError):
    """Why a spider cannot be created, in words for the person who asked."""


@dataclass(frozen=True)
class SpiderPlan:
    """Everything the templates need for one new spider."""

    name: str
    url: str
    root: Path

    @property
    def parts(self) -> tuple[str, str, str]:
        """Origin, host and start path of the URL."""
        split = urlsplit(self.url)
        return f"{split.scheme}://{split.netloc}", split.hostname or "", split.path or "/"

    @property
    def class_name(self) -> str:
        """`times_ca` → `TimesCaSpider`."""
        return "".join(part.capitalize() for part in self.name.split("_") if part) + "Spider"

    @property
    def is_feed(self) -> bool:
        """Whether the start URL looks like an RSS/Atom feed rather than an HTML page."""
        return bool(FEED_HINTS.search(self.parts[2]))

    @property
    def start_file(self) -> Path:
        """Where in the fixture folder the start URL's placeholder lives (what the server maps)."""
        path = self.parts[2].strip("/")
        if Path(path).suffix:
            return Path(path)
        return Path(path) / ("index.xml" if self.is_feed else "index.html")

    @property
    def article_path(self) -> str:
        """URL path of the placeholder article, next to the start page."""
        folder = self.parts[2] if self.parts[2].endswith("/") else self.parts[2].rsplit("/", 1)[0]
        return folder.rstrip("/") + f"/{PLACEHOLDER_SLUG}/"

    def paths(self) -> dict[str, Path]:
        """The files to write, by template."""
        site = self.root / "pipeline" / "demo_site" / self.name
        return {
            "spider.py.j2": self.root / "scrapers" / "spiders" / f"{self.name}.py",
            "test_spider.py.j2": self.root / "tests" / "unit" / f"test_spider_{self.name}.py",
            "pages.toml.j2": site / "pages.toml",
            "placeholder_article.html.j2": site / self.article_path.strip("/") / "index.html",
            ("placeholder_feed.xml.j2" if self.is_feed else "placeholder_listing.html.j2"):
                site / self.start_file,
        }

    def values(self) -> dict[str, str]:
        """Template variables."""
        origin, host, start_path = self.parts
        return {
            "name": self.name, "class_name": self.class_name, "url": self.url,
            "origin": origin, "host": host, "domain": host.removeprefix("www."),
            "start_path": start_path, "article_path": self.article_path,
            "article_pattern": DEFAULT_ARTICLE_PATTERN,
        }  # fmt: skip


def check_name(name: str, root: Path) -> None:
    """Refuse names that are not a spider name, are reserved, or are taken by another spider."""
    if not NAME_RE.match(name) or len(name) > MAX_NAME_LENGTH:
        raise NewSpiderError(
            f"{name!r} is not a valid spider name: use lower-case letters, digits and _, starting"
            f" with a letter, at most {MAX_NAME_LENGTH} characters (e.g. kunuz or times_ca)"
        )
    if keyword.iskeyword(name) or name in RESERVED_NAMES or name.startswith("test"):
        raise NewSpiderError(f"{name!r} is reserved; choose another name")
    spiders = root / "scrapers" / "spiders"
    declared = re.compile(r"^\s+name\s*=\s*[\"']" + re.escape(name) + r"[\"']", re.M)
    for module in sorted(spiders.glob("*.py")):
        if declared.search(module.read_text("utf-8")):
            raise NewSpiderError(f"a spider called {name!r} already exists in {module}")


def check_url(url: str) -> str:
    """The start URL, stripped; refuses anything but a plain http(s) URL."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise NewSpiderError(
            f"{url!r} is not an http(s) URL; give the outlet's feed, section or listing page,"
            " e.g. https://example.org/news/"
        )
    if not URL_CHARS.match(url) or parts.username or parts.password or parts.fragment:
        raise NewSpiderError(
            f"{url!r}: use a plain URL without quotes, spaces, credentials or a #fragment"
            " (percent-encode other characters)"
        )
    if re.search(DEFAULT_ARTICLE_PATTERN, parts.path or "/"):
        raise NewSpiderError(
            f"{url!r} looks like an article page; give the page that lists the outlet's articles"
            " (a feed, a section or a tag page)"
        )
    return url


def source_snippet(name: str, url: str) -> str:
    """The `[[sources]]` entry that adds the spider to the crawl schedule."""
    domain = (urlsplit(url).hostname or "").removeprefix("www.")
    return (
        "[[sources]]\n"
        f"name = {json.dumps(name)}\n"
        f"spider = {json.dumps(name)}\n"
        f"start_urls = [{json.dumps(url)}]\n"
        f"allowed_domains = [{json.dumps(domain)}]\n"
    )


def configured_names(text: str) -> set[str]:
    """Source names a configuration text already has."""
    return {str(s.get("name")) for s in tomllib.loads(text).get("sources", [])}


def add_source(config: Path, name: str, url: str) -> bool:
    """Append the spider's `[[sources]]` entry to a configuration file; False if it has one."""
    text = config.read_text("utf-8")
    try:
        if name in configured_names(text):
            return False
    except tomllib.TOMLDecodeError as exc:
        raise NewSpiderError(f"{config} is not valid TOML ({exc}); fix it first") from None
    separator = "\n" if text.endswith("\n") or not text else "\n\n"
    if text.endswith("\n\n") or not text:
        separator = ""
    config.write_text(text + separator + source_snippet(name, url), "utf-8")
    return True


def fits_line(line: str) -> str:
    """A generated line of code, marked for the linter when a long URL makes it overlong."""
    return line + "  # noqa: E501" if len(line) > LINE_LENGTH else line


def render_files(plan: SpiderPlan) -> dict[Path, str]:
    """Each file of the new spider with its rendered text."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2", "xml.j2")),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    # Double-quoted literals as the code base writes them; the values are checked ASCII text.
    env.filters["pyrepr"] = json.dumps
    env.filters["pyraw"] = lambda text: f'r"{text}"'
    env.filters["tomlstr"] = json.dumps
    env.globals["fits"] = fits_line
    values = plan.values()
    return {path: env.get_template(name).render(**values) for name, path in plan.paths().items()}


def create_spider(name: str, url: str, root: Path, config: Path | None = None) -> list[Path]:
    """Write a spider, its fixture folder and its unit test under `root`; return the paths.

    With `config`, also append the `[[sources]]` entry (see source_snippet) to that file unless it
    already names the source; the file is then among the returned paths. Raises NewSpiderError
    (nothing written) for a bad name or URL, or when one of the files or the folder exists.
    """
    root = Path(root)
    if not (root / "scrapers" / "spiders").is_dir():
        raise NewSpiderError(f"{root} is not a scowatch checkout (no scrapers/spiders/ folder)")
    check_name(name, root)
    plan = SpiderPlan(name, check_url(url), root)
    files = render_files(plan)
    site = root / "pipeline" / "demo_site" / name
    taken = [path for path in (*files, site) if path.exists()]
    if taken:
        raise NewSpiderError("refusing to overwrite: " + ", ".join(str(p) for p in taken))
    if config is not None and not Path(config).is_file():
        raise NewSpiderError(f"configuration file {config} not found")
    written: list[Path] = []
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8")
            written.append(path)
        if config is not None and add_source(Path(config), name, plan.url):
            written.append(Path(config))
    except Exception:
        for path in written:
            if path != config:
                path.unlink(missing_ok=True)
        raise
    return written


def main(argv: list[str] | None = None) -> int:
    """`python -m pipeline.newspider NAME URL [--root DIR] [--config FILE]`."""
    parser = argparse.ArgumentParser(description=create_spider.__doc__)
    parser.add_argument("name")
    parser.add_argument("url")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="scowatch checkout")
    parser.add_argument("--config", type=Path, help="scowatch.toml to add the source to")
    args = parser.parse_args(argv)
    try:
        paths = create_spider(args.name, args.url, args.root, args.config)
    except NewSpiderError as exc:
        print(f"new-spider: {exc}", file=sys.stderr)
        return 2
    for path in paths:
        print(f"wrote {path}")
    if args.config is None:
        print("\nAdd this source to your scowatch.toml to crawl it on schedule:\n")
        print(source_snippet(args.name, args.url.strip()))
    elif Path(args.config) not in paths:
        print(f"{args.config} already has a source named {args.name!r}; left it as it was")
    return 0


if __name__ == "__main__":
    sys.exit(main())
