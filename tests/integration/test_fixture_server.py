"""The loopback fixture server: path mapping, content types, origin rewriting, overrides, stop."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from pipeline.fixture_server import ServedSite, demo_site_path, rewrite_origin, serve_site

SITE = demo_site_path("astanatimes")
ORIGIN = "https://astanatimes.com"
SEED_PATH = (
    "/2020/11/sco-leaders-sign-moscow-declaration-"
    "consolidate-efforts-to-overcome-covid-19-consequences/"
)


def fetch(url: str) -> tuple[int, str, bytes]:
    """Status, Content-Type and body of one GET, HTTP errors included."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


@pytest.fixture(scope="module")
def site():
    with serve_site(SITE, ORIGIN) as served:
        yield served


def test_binds_loopback_on_a_free_port(site: ServedSite) -> None:
    assert site.base_url.startswith("http://127.0.0.1:")
    assert site.base_url.endswith("/")
    assert not site.base_url.endswith(":0/")


def test_article_path_maps_to_index_html_and_rewrites_canonical(site: ServedSite) -> None:
    status, content_type, body = fetch(site.url(SEED_PATH))
    assert status == 200
    assert content_type.startswith("text/html")
    text = body.decode("utf-8")
    assert "SCO Leaders Sign Moscow Declaration" in text
    assert f'<link rel="canonical" href="{site.server_origin}{SEED_PATH}">' in text
    assert ORIGIN not in text


def test_path_without_trailing_slash_serves_the_same_page(site: ServedSite) -> None:
    with_slash = fetch(site.url("/all/page/2/"))
    without = fetch(site.url("/all/page/2"))
    assert with_slash[0] == without[0] == 200
    assert with_slash[2] == without[2]


def test_feed_is_rss_with_links_on_the_mirror(site: ServedSite) -> None:
    status, content_type, body = fetch(site.url("/feed/"))
    assert status == 200
    assert content_type.startswith("application/rss+xml")
    text = body.decode("utf-8")
    assert text.count("<item>") == 8
    assert f"<link>{site.server_origin}/2024/" in text
    assert ORIGIN not in text


def test_robots_txt_is_served_as_text(site: ServedSite) -> None:
    status, content_type, body = fetch(site.url("/robots.txt"))
    assert status == 200
    assert content_type.startswith("text/plain")
    assert b"User-agent: *" in body


def test_missing_page_and_path_traversal_are_404(site: ServedSite) -> None:
    assert fetch(site.url("/2099/01/no-such-article/"))[0] == 404
    assert fetch(site.url("/../../../etc/passwd"))[0] == 404
    assert fetch(site.url("/%2e%2e/%2e%2e/pyproject.toml"))[0] == 404


def test_override_injects_a_fault_then_can_be_removed(site: ServedSite) -> None:
    site.overrides["/feed/"] = (503, {"Retry-After": "1"}, "down for maintenance")
    try:
        status, _, body = fetch(site.url("/feed/"))
        assert status == 503
        assert body == b"down for maintenance"
    finally:
        del site.overrides["/feed/"]
    assert fetch(site.url("/feed/"))[0] == 200


def test_hits_are_counted_per_path(site: ServedSite) -> None:
    before = site.hits["/robots.txt"]
    fetch(site.url("/robots.txt?x=1"))
    fetch(site.url("/robots.txt"))
    assert site.hits["/robots.txt"] == before + 2


def test_stop_frees_the_port_and_start_stop_are_idempotent(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<a href='https://example.org/x'>x</a>", encoding="utf-8")
    served = ServedSite(tmp_path, "https://example.org").start()
    assert served.start() is served
    url = served.base_url
    status, _, body = fetch(url)
    assert status == 200
    assert body == f"<a href='{served.server_origin}/x'>x</a>".encode()
    served.stop()
    served.stop()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)


def test_rewrite_origin_handles_json_escaped_slashes() -> None:
    body = b'{"url":"https:\\/\\/astanatimes.com\\/2024\\/"} https://astanatimes.com/x'
    out = rewrite_origin(body, ORIGIN, "http://127.0.0.1:8000")
    assert out == b'{"url":"http:\\/\\/127.0.0.1:8000\\/2024\\/"} http://127.0.0.1:8000/x'
