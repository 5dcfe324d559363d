"""The digest's HTML part in a real browser: headless Chromium renders it, screenshots it on a
phone-sized window, and its DOM shows that injected script never ran.

Skips when Chromium is absent, unless SCOWATCH_REQUIRE_BROWSER=1 (then it fails).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.render import Digest, DigestDocument, DigestItem, DigestStory, render_digest
from pipeline.summarize import summarize

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SCREENSHOTS = ROOT / "var" / "screenshots"
PHONE = (414, 1600)
DESKTOP = (1024, 1400)
UTC = dt.UTC
UNSUBSCRIBE = "mailto:digest@scowatch.example?subject=unsubscribe%20reader%40example.org"
PWN_SCRIPT = "<script>document.body.setAttribute('data-pwned','script')</script>"
PWN_IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"


def _chromium() -> str:
    """Path of the Chromium binary, or skip (fail when SCOWATCH_REQUIRE_BROWSER=1)."""
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    message = (
        "headless Chromium not found (/usr/bin/chromium): install it, e.g. "
        "`apt-get install chromium`, to run the browser check of the digest"
    )
    if os.environ.get("SCOWATCH_REQUIRE_BROWSER") == "1":
        pytest.fail(message + " (required: SCOWATCH_REQUIRE_BROWSER=1)")
    pytest.skip(message)


def _run_chromium(page: Path, tmp_path: Path, size: tuple[int, int], *extra: str) -> str:
    """Run headless Chromium on a local file with no network; returns its stdout."""
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    args = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--window-size={size[0]},{size[1]}",
        *extra,
        page.as_uri(),
    ]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, f"chromium failed ({done.returncode}): {done.stderr[-2000:]}"
    return done.stdout


class _Dom(HTMLParser):
    """The start tags of a dumped DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _dom_tags(dom: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Dom()
    parser.feed(dom)
    return parser.tags


def _body_attrs(dom: str) -> dict[str, str | None]:
    return next(attrs for tag, attrs in _dom_tags(dom) if tag == "body")


def _png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def _item(path: str, title: str, url: str, source: str, lang: str, states: list[str]) -> DigestItem:
    text = (FIXTURES / path).read_text("utf-8")
    return DigestItem(
        title=title,
        url=url,
        source=source,
        published_at=dt.datetime(2020, 11, 10, 9, 30, tzinfo=UTC),
        summary=summarize(text, lang, title=title),
        language=lang,
        states=states,
    )


def _digest(evil: bool = True) -> Digest:
    """A digest like a real one: the seed meeting's documents as one entry, a single document,
    a story told by three outlets, Russian and Chinese stories, and an attack."""
    seed_title = (FIXTURES / "seed" / "000_9abfdcff137a48cb.txt").read_text("utf-8").split("\n")[0]
    seed = _item(
        "seed/000_9abfdcff137a48cb.txt",
        seed_title,
        "https://astanatimes.com/2020/11/sco-leaders-sign-moscow-declaration/",
        "The Astana Times",
        "en",
        ["KZ", "RU", "CN", "IN"],
    )
    ru = _item(
        "summarize/ru_tass_8836033.txt",
        "Движение по пятому участку ЦКАД открывается в понедельник",
        "https://tass.ru/moskva/8836033",
        "TASS",
        "ru",
        ["RU"],
    )
    zh = _item(
        "summarize/zh_xinhua_c_1125597921.txt",
        "武汉的声音：有英勇的你，才有英雄的城！",
        "http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm",
        "Xinhua",
        "zh",
        ["CN"],
    )
    ru_seed = DigestItem(
        title="Лидеры ШОС подписали Московскую декларацию",
        url="https://www.inform.kz/ru/lidery-shos-podpisali-moskovskuyu-deklaraciyu_a1",
        source="Kazinform",
        published_at=dt.datetime(2020, 11, 10, 12, 0, tzinfo=UTC),
        summary="Главы государств – членов ШОС подписали Московскую декларацию.",
        language="ru",
        states=["KZ", "RU"],
    )
    related = dataclasses.replace(
        ru_seed, url="https://tass.ru/politika/1", source="TASS", title="Саммит ШОС завершился"
    )
    meeting = "SCO Heads of State Council, video conference"
    package = [
        ("Moscow Declaration", "declaration", "signed"),
        ("Action Plan for 2021-2025 to implement the SCO Development Strategy", "action_plan",
         "adopted"),
        ("Comprehensive Plan of Joint Measures to Counter Epidemic Threats in the Region",
         "action_plan", "signed"),
        ("Memorandum of Understanding between the SCO Secretariat and UN ESCAP", "memorandum",
         "planned"),
    ]
    documents = [
        DigestDocument(name, kind, status, meeting, dt.date(2020, 11, 10), seed.summary,
                       [seed, ru_seed], [related])
        for name, kind, status in package
    ]
    documents.append(
        DigestDocument(
            name="Plan of cooperation between the defence ministries for 2025-2026",
            type="action_plan",
            status="approved",
            meeting=None,
            date=None,
            summary="Defence ministers met in Astana and approved a plan of cooperation.",
            sources=[dataclasses.replace(seed, url="https://astanatimes.com/2024/04/defence/",
                                         title="SCO Defence Ministers Meet in Astana")],
        )
    )
    chair = dataclasses.replace(
        seed,
        title="Tajikistan takes over the SCO chair",
        url="https://www.dawn.com/news/sco-chair-tajikistan",
        source="Dawn",
        summary="Russia handed the chairmanship of the organisation to Tajikistan at the close "
        "of the online summit. Dushanbe will host the next meeting of the heads of state.",
    )
    wire = [
        dataclasses.replace(chair, url=f"https://{host}/sco-chair", source=name)
        for host, name in (("xinhua.example", "Xinhua"), ("tass.example", "TASS"))
    ]
    stories = [
        DigestStory("Russia hands the SCO chair to Tajikistan", [chair, *wire]),
        DigestStory(ru.title, [ru]),
        DigestStory(zh.title, [zh]),
    ]
    if evil:
        attack = DigestItem(
            title=f"{PWN_SCRIPT}{PWN_IMG} Breaking\r\nBcc: victim@example.org",
            url="javascript:document.body.setAttribute('data-pwned','link')",
            source=f"evil{PWN_IMG}",
            published_at=None,
            summary=f"Scraped text with markup: {PWN_SCRIPT} and {PWN_IMG}.",
            language="en",
        )
        stories.append(DigestStory(attack.title, [attack]))
    return Digest(
        subscriber_email="reader@example.org",
        period_start=dt.datetime(2020, 11, 9, 6, 0, tzinfo=UTC),
        period_end=dt.datetime(2020, 11, 10, 6, 0, tzinfo=UTC),
        documents=documents,
        stories=stories,
        filtered_counts={"duplicates": 3, "not about the SCO": 17},
        unsubscribe_url=UNSUBSCRIBE,
        generated_at=dt.datetime(2020, 11, 10, 6, 0, tzinfo=UTC),
    )


def _write(tmp_path: Path, name: str, html: str) -> Path:
    page = tmp_path / name
    page.write_text(html, "utf-8")
    return page


def test_browser_runs_script_in_a_plain_page(tmp_path: Path) -> None:
    """Control: in this very setup a raw script does change the DOM, so the check below can fail."""
    page = _write(
        tmp_path, "control.html", f"<!DOCTYPE html><html><body>{PWN_SCRIPT}</body></html>"
    )
    dom = _run_chromium(page, tmp_path, PHONE, "--dump-dom")
    assert _body_attrs(dom).get("data-pwned") == "script"


def test_injected_script_does_not_run(tmp_path: Path) -> None:
    page = _write(tmp_path, "digest.html", render_digest(_digest(evil=True)).html)
    dom = _run_chromium(page, tmp_path, PHONE, "--dump-dom", "--virtual-time-budget=2000")
    assert "data-pwned" not in _body_attrs(dom)
    tags = _dom_tags(dom)
    assert not [t for t, _ in tags if t in {"script", "img"}]
    hrefs = [attrs.get("href") or "" for tag, attrs in tags if tag == "a"]
    # web links, and our own unsubscribe mailto: nothing scraped became a script link
    assert hrefs and all(re.match(r"https?://", h) for h in hrefs[:-1]), hrefs
    assert hrefs[-1] == UNSUBSCRIBE
    # the attack is shown as text instead
    assert "&lt;script&gt;document.body.setAttribute" in dom


@pytest.mark.parametrize("width", [360, PHONE[0]])
def test_phone_layout_has_no_horizontal_scroll(tmp_path: Path, width: int) -> None:
    """On a phone-wide screen the digest needs no sideways scrolling (measured in the browser).

    Headless Chromium will not make its own window narrower than 500px, so the digest is
    loaded in an iframe of the phone's width and reports its scroll width to the outer page.
    """
    d = _digest(evil=True)
    long_word = "https://www.example.kz/" + "very-long-unbroken-slug-" * 8
    wide = DigestItem(long_word, long_word, "Example", None, long_word + ".", "en", ["KZ"] * 6)
    d = dataclasses.replace(d, stories=[*d.stories, DigestStory(long_word, [wide])])
    html = render_digest(d).html
    # The probe script is ours, added to a test copy only: the mail itself has no script.
    probe = (
        "<script>parent.postMessage(document.documentElement.scrollWidth + ' '"
        " + document.documentElement.clientWidth, '*')</script></body>"
    )
    _write(tmp_path, "probe.html", html.replace("</body>", probe, 1))
    frame = _write(
        tmp_path,
        "frame.html",
        "<!DOCTYPE html><html><body style='margin:0'>"
        "<script>addEventListener('message', e => document.body.dataset.widths = e.data)</script>"
        f"<iframe src='probe.html' style='width:{width}px;height:1600px;border:0'></iframe>"
        "</body></html>",
    )
    dom = _run_chromium(frame, tmp_path, DESKTOP, "--dump-dom", "--virtual-time-budget=3000")
    widths = _body_attrs(dom).get("data-widths")
    assert widths, "the probe did not report"
    scroll_width, client_width = map(int, widths.split())
    assert client_width == width
    assert scroll_width <= width, f"digest is {scroll_width}px wide on a {width}px screen"


def test_the_meeting_is_one_entry_in_the_browser(tmp_path: Path) -> None:
    """What the reader's browser shows: the four documents of the meeting under one heading,
    their shared summary once, and the single document as its own entry."""
    page = _write(tmp_path, "digest.html", render_digest(_digest(evil=False)).html)
    dom = _run_chromium(page, tmp_path, PHONE, "--dump-dom")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", dom))
    assert text.count("4 documents · 10 Nov 2020") == 1
    assert text.count("SCO Heads of State Council, video conference") == 1
    assert text.count("signed a Moscow declaration and a package of documents") == 1
    assert "Reported by 2 outlets" in text and "Also covered by: TASS" in text
    assert len(re.findall(r'<td class="doc"', dom)) == 2


@pytest.mark.parametrize(("label", "size"), [("phone", PHONE), ("desktop", DESKTOP),
                                             ("phone-full", (PHONE[0], 3200))])
def test_screenshot(tmp_path: Path, label: str, size: tuple[int, int]) -> None:
    page = _write(tmp_path, "digest.html", render_digest(_digest(evil=True)).html)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / f"digest-{label}.png"
    shot.unlink(missing_ok=True)
    _run_chromium(page, tmp_path, size, f"--screenshot={shot}")
    print(f"screenshot saved: {shot}")
    assert shot.exists(), "chromium wrote no screenshot"
    assert _png_size(shot) == size
    # a blank page of this size compresses to a few KB; a rendered digest is far larger
    assert shot.stat().st_size > 20_000, f"screenshot looks blank ({shot.stat().st_size} bytes)"
