"""`scowatch new-spider`: files rendered from the template, refusals, the config entry, and (slow)
the whole path a contributor takes in a copy of the repository."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from pipeline.config import load_settings
from pipeline.fixture_server import resolve_file
from pipeline.newspider import (
    NewSpiderError,
    add_source,
    create_spider,
    main,
    source_snippet,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A skeleton checkout: the folders new-spider writes into and one existing spider."""
    root = tmp_path / "repo"
    (root / "scrapers" / "spiders").mkdir(parents=True)
    (root / "tests" / "unit").mkdir(parents=True)
    (root / "pipeline" / "demo_site").mkdir(parents=True)
    (root / "scrapers" / "spiders" / "oldoutlet.py").write_text(
        'class OldSpider:\n    name = "oldoutlet"\n', "utf-8"
    )
    return root


def files_under(root: Path) -> set[Path]:
    """Every file below a folder."""
    return {p for p in root.rglob("*") if p.is_file()}


def test_writes_spider_test_and_fixture_folder(checkout: Path) -> None:
    paths = create_spider("uza", "https://uza.uz/en/posts", checkout)
    site = checkout / "pipeline" / "demo_site" / "uza"
    article_file = site / "en" / "placeholder-article-replace-with-a-saved-page" / "index.html"
    assert paths == [
        checkout / "scrapers" / "spiders" / "uza.py",
        checkout / "tests" / "unit" / "test_spider_uza.py",
        site / "pages.toml",
        article_file,
        site / "en" / "posts" / "index.html",
    ]
    spider = (checkout / "scrapers" / "spiders" / "uza.py").read_text("utf-8")
    tree = ast.parse(spider)
    (cls,) = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    assert cls.name == "UzaSpider"
    assert 'name = "uza"' in spider
    assert 'default_start_urls = (\n        "https://uza.uz/en/posts",\n    )' in spider
    test = (checkout / "tests" / "unit" / "test_spider_uza.py").read_text("utf-8")
    ast.parse(test)
    assert "from scrapers.spiders.uza import UzaSpider" in test
    pages = tomllib.loads((site / "pages.toml").read_text("utf-8"))
    assert pages["origin"] == "https://uza.uz"
    (page,) = pages["articles"]
    assert page["placeholder"] is True
    assert page["path"] == "/en/placeholder-article-replace-with-a-saved-page/"
    # The fixture server finds both pages at their URL paths.
    assert resolve_file(site.resolve(), page["path"]) == article_file.resolve()
    assert resolve_file(site.resolve(), "/en/posts") == (site / "en/posts/index.html").resolve()
    article = article_file.read_text("utf-8")
    assert article.startswith("<!-- PLACEHOLDER written by `scowatch new-spider`")
    assert 'href="/en/placeholder-article-replace-with-a-saved-page/"' in (
        site / "en" / "posts" / "index.html"
    ).read_text("utf-8")


@pytest.mark.parametrize(
    ("url", "start_file", "article_path"),
    [
        ("https://example.org/feed/", "feed/index.xml", "/feed/"),
        ("https://example.org/rss.xml", "rss.xml", "/"),
        ("http://example.org", "index.html", "/"),
        ("https://example.org/world/index.htm", "world/index.htm", "/world/"),
    ],
)
def test_start_page_placeholder_matches_the_url(
    checkout: Path, url: str, start_file: str, article_path: str
) -> None:
    create_spider("outlet", url, checkout)
    site = checkout / "pipeline" / "demo_site" / "outlet"
    start = site / start_file
    assert start.is_file()
    article = article_path + "placeholder-article-replace-with-a-saved-page/"
    assert f"{article}<" in start.read_text("utf-8") or f'"{article}"' in start.read_text("utf-8")
    if start.suffix == ".xml":
        assert start.read_text("utf-8").startswith("<?xml")


@pytest.mark.parametrize(
    "name",
    ["Uza", "1uza", "uza-news", "", "class", "feed", "sitemap", "base", "test_x", "x" * 25,
     "oldoutlet"],
)  # fmt: skip
def test_refuses_bad_or_taken_names_and_writes_nothing(checkout: Path, name: str) -> None:
    before = files_under(checkout)
    with pytest.raises(NewSpiderError):
        create_spider(name, "https://uza.uz/en/posts", checkout)
    assert files_under(checkout) == before


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://uza.uz/", "not an http"),
        ("uza.uz/en/posts", "not an http"),
        ("javascript:alert(1)", "not an http"),
        ("https://", "not an http"),
        ('https://uza.uz/"+__import__("os")+"', "plain URL"),
        ("https://uza.uz/en posts", "plain URL"),
        ("https://user:secret@uza.uz/", "plain URL"),
        ("https://uza.uz/en/posts#top", "plain URL"),
        ("https://uza.uz/en/sco-summit-adopts-astana-declaration/", "looks like an article"),
        ("https://uza.uz/en/posts/12345.html", "looks like an article"),
    ],
)
def test_refuses_urls_that_are_not_a_listing_page(checkout: Path, url: str, reason: str) -> None:
    before = files_under(checkout)
    with pytest.raises(NewSpiderError, match=reason):
        create_spider("uza", url, checkout)
    assert files_under(checkout) == before


def test_refuses_to_overwrite_and_names_what_exists(checkout: Path) -> None:
    (checkout / "pipeline" / "demo_site" / "uza").mkdir()
    with pytest.raises(NewSpiderError, match="refusing to overwrite: .*demo_site/uza"):
        create_spider("uza", "https://uza.uz/en/posts", checkout)
    assert not (checkout / "scrapers" / "spiders" / "uza.py").exists()


def test_refuses_a_folder_that_is_not_a_checkout(tmp_path: Path) -> None:
    with pytest.raises(NewSpiderError, match="not a scowatch checkout"):
        create_spider("uza", "https://uza.uz/en/posts", tmp_path)


def test_adds_the_source_to_a_config_file_once(checkout: Path, tmp_path: Path) -> None:
    config = tmp_path / "scowatch.toml"
    config.write_text('[crawl]\nmax_pages = 2\n\n[[sources]]\nname = "old"\nspider = "feed"\n'
                      'start_urls = ["https://old.test/rss"]\n', "utf-8")
    paths = create_spider("uza", "https://www.uza.uz/en/posts", checkout, config=config)
    assert paths[-1] == config
    settings = load_settings(config, env={})
    source = settings.source("uza")
    assert (source.spider, source.start_urls) == ("uza", ("https://www.uza.uz/en/posts",))
    assert source.allowed_domains == ("uza.uz",) and source.enabled
    assert [s.name for s in settings.enabled_sources()] == ["old", "uza"]
    assert add_source(config, "uza", "https://www.uza.uz/en/posts") is False
    assert config.read_text("utf-8").count("[[sources]]") == 2


def test_a_missing_config_file_stops_before_writing(checkout: Path, tmp_path: Path) -> None:
    before = files_under(checkout)
    with pytest.raises(NewSpiderError, match="not found"):
        create_spider("uza", "https://uza.uz/en/posts", checkout, config=tmp_path / "none.toml")
    assert files_under(checkout) == before


def test_a_failed_write_removes_what_was_written(
    checkout: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = files_under(checkout)
    real_write = Path.write_text
    calls = []

    def failing_write(self: Path, *args: object, **kwargs: object) -> int:
        calls.append(self)
        if len(calls) == 3:
            raise OSError("disk full")
        return real_write(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", failing_write)
    with pytest.raises(OSError, match="disk full"):
        create_spider("uza", "https://uza.uz/en/posts", checkout)
    assert files_under(checkout) == before


def test_source_snippet_is_a_valid_source_entry(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(source_snippet("uza", "https://uza.uz/en/posts"), "utf-8")
    assert load_settings(config, env={}).source("uza").start_urls == ("https://uza.uz/en/posts",)


def test_main_prints_the_files_and_the_snippet(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["uza", " https://uza.uz/en/posts ", "--root", str(checkout)]) == 0
    out = capsys.readouterr().out
    assert f"wrote {checkout / 'scrapers' / 'spiders' / 'uza.py'}" in out
    assert 'start_urls = ["https://uza.uz/en/posts"]' in out
    assert main(["uza", "https://uza.uz/en/posts", "--root", str(checkout)]) == 2
    assert "a spider called 'uza' already exists" in capsys.readouterr().err


@pytest.mark.slow
def test_a_new_spider_is_listed_tested_and_scheduled_in_a_copy_of_the_repo(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "scowatch"
    for part in ("pipeline", "scrapers", "tests"):
        shutil.copytree(ROOT / part, copy / part,
                        ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    for part in ("pyproject.toml", "scrapy.cfg", "scowatch.toml"):
        shutil.copy2(ROOT / part, copy / part)
    written = create_spider("uza", "https://uza.uz/en/posts", copy, config=copy / "scowatch.toml")
    assert copy / "scowatch.toml" in written
    enabled = load_settings(copy / "scowatch.toml", env={}).enabled_sources()
    assert "uza" in [source.name for source in enabled]  # what the sco_scrape DAG maps over
    # The copy's packages must win over the editable install of the original checkout.
    path = os.pathsep.join([str(copy), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path, "SCRAPY_SETTINGS_MODULE": "scrapers.settings"}
    listed = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=copy, env=env,
                            capture_output=True, text=True, timeout=300)
    assert listed.returncode == 0, listed.stderr[-2000:]
    assert "uza" in listed.stdout.split()
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
         "tests/unit/test_spider_uza.py", "tests/integration/test_conformance.py", "-k", "uza"],
        cwd=copy, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert "5 passed, 1 skipped" in tests.stdout, tests.stdout[-3000:]
    assert "is the placeholder page that `scowatch new-spider` wrote" in tests.stdout


def test_generated_code_passes_the_linter_even_with_a_long_name_and_url(checkout: Path) -> None:
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        pytest.skip(f"ruff not installed next to {sys.executable}")
    name = "a_rather_long_name_24_ch"
    url = "https://news.example-outlet-with-a-long-host-name.org/en/sections/politics/regional?page=1"
    paths = create_spider(name, url, checkout)
    code = [str(p) for p in paths if p.suffix == ".py"]
    # Linted inside the checkout with the modules it imports, so that they count as first-party.
    shutil.copy2(ROOT / "pyproject.toml", checkout / "pyproject.toml")
    imported = ("scrapers/spiders/base.py", "pipeline/article.py", "tests/fixtures/responses.py")
    for module in imported:
        (checkout / module).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / module, checkout / module)
    done = subprocess.run([str(ruff), "check", *code], cwd=checkout,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    for path in code:
        compile(Path(path).read_text("utf-8"), path, "exec")
