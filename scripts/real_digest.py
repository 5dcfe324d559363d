"""Build the digest and the register a reader would get from one of the real sets, to read them.

Each item of a real set (`tests/data/real*/items.jsonl`: excerpts of real published reports)
is stored as an article of its outlet, processed, and one subscriber's digest is delivered to the
outbox; the script writes what the reader gets next to it:

    var/real-digest/<set>/digest.html   the HTML part of the mail, as sent
    var/real-digest/<set>/digest.txt    its plain-text part
    var/real-digest/<set>/documents.txt `scowatch documents` on that database
    var/real-digest/<set>/set.txt       the set's folder (its labels, for the reading checks)
    var/real-digest/<set>/languages.txt the reader's languages (for the reading checks)
    var/real-digest/<set>/digest.png    a headless Chromium screenshot (when Chromium is found)

    .venv/bin/python scripts/real_digest.py --set tests/data/real-blind3

The sets keep a page's text, not its headline; the headline a crawl would give a reader is
stood in for by the text itself (`stand_in_title`): the first line that reads as a headline, past
lines a page puts before it (a date and time, a translator's credit, a dateline, a speech's
salutation), or else the text's first sentence. It is a stand-in: a crawled article has the
outlet's own headline.

It is a reading aid, not a score: the figures are in `make eval`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.article import Article  # noqa: E402
from pipeline.config import Subscriber, load_settings  # noqa: E402
from pipeline.db import Database  # noqa: E402
from pipeline.digest import run_digest  # noqa: E402
from pipeline.page_form import chrome_line, menu_run, trail_headline  # noqa: E402
from pipeline.process import process_new  # noqa: E402
from pipeline.store import save_article  # noqa: E402
from pipeline.summarize import (  # noqa: E402
    ENDS_SENTENCE,
    dateline_length,
    is_cjk_text,
    is_initial,
)

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--hide-scrollbars"]


# a sentence that is only a dateline: a place in capitals, a day, or an agency's mark
# (a country may follow the place: "BISHKEK, Kyrgyzstan, July 4.")
_DATELINE = re.compile(r"(?:[A-Z][A-Z .'/-]+(?:/[^/]{1,20}/)?(?:,\s*[A-Z][a-z]+)?,?\s*)?"
                       r"(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)?\s*\."
                       r"|/[A-Z]{2,8}/\.|[A-Z][A-Z .'/-]+\."
                       # a place and a day joined to its month by a hyphen, Uzbek's way:
                       # "Ostona, 9-iyun." (blind set 33's recall headed by it)
                       r"|[A-Z][\w‘’'-]+,\s*\d{1,2}-[^\W\d]+\.")


def _first_sentence(text: str, limit: int = 150) -> str:
    """The text's first sentence as a stand-in headline, cut at a word with "…" past `limit`
    characters (a name cut mid-word would otherwise read as a whole one). A dateline standing
    as a sentence of its own ("MOSCOW, November 18.", "QINGDAO /China/, June 25. /TASS/.") is
    skipped: three TASS stories of blind set 18's digest were headed by their dateline; so is a
    one-word sentence, an outlet's name standing first (blind set 23's "UrduPoint.")."""
    # a Latin full stop ends a sentence only before a space ("UrduPoint.com" is one word)
    # the danda and the Urdu full stop end sentences too: a Hindi or Urdu stand-in was its
    # text's first 150 characters, which the summary then told again (blind sets 32, 35)
    dateline = dateline_length(text)  # "АСТАНА, 25 мая — РИА новости." (blind set 32)
    pieces = [s for s in re.split(r"(?<=[.!?।॥۔؟])\s+|(?<=[。！？])\s*", text[dateline:]) if s]
    sentences: list[str] = []
    for piece in pieces:
        # an initial's full stop ends no sentence ("विदेश मंत्री एस." was blind set 29's stand-in)
        if sentences and sentences[-1].endswith(".") and is_initial(
                sentences[-1].rsplit(None, 1)[-1].rstrip(".")):
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    # a dateline ending at its dash leaves the agency after it; one that takes in the agency
    # (TASS's "MOSCOW, November 18. /TASS/.", round 55) leaves the text's first sentence, which
    # may be short ("China is ready.")
    at_dash = text[:dateline].rstrip()[-1:] in ("-", "–", "—")
    if len(sentences) > 1 and len(sentences[0].split()) <= 3 and (
            (dateline and at_dash) or sentences[0].endswith("।")):
        # the agency after the dateline's dash ("РИА новости."), or a Hindi dateline, a place
        # ended by the danda ("नई दिल्ली।", "नई दिल्ली/ ताशकंद।": blind set 32)
        sentences.pop(0)
    while len(sentences) > 1 and (_DATELINE.fullmatch(sentences[0]) or _credit(sentences[0])
                                  or (len(sentences[0].split()) < 2
                                      and not is_cjk_text(sentences[0]))):
        # a dateline, a credit, or one word: an outlet's name ("UrduPoint."); a Chinese or
        # Japanese sentence is one "word" and was skipped to the credit ending blind set 35's
        # Japanese text, "(翻訳:藍)"
        sentences.pop(0)
    first = sentences[0] if sentences else text
    if len(first) <= limit:
        return first
    cut = first[:limit]
    if " " in cut and first[limit : limit + 1].isalnum():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + " …"


# a line standing before a page's headline, not one: a date and time ("08 خرداد 1397 - 12:31",
# "O‘zbekiston | 14:51 / 24.06.2016"), a credit in brackets ("(翻訳:藍)"), a dateline alone, a
# speech's salutation
_DATE_TOKEN = re.compile(r"[\d:./-]+|[-–—|,/]")
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}\b")
# (Portuguese and Spanish put "de" between day, month and year: "sábado, 6 de julho de 2024",
# the blog date that headed blind set 37's story)
_DAY_AND_YEAR = re.compile(r",\s*\d{1,2}\.?\s+(?:de\s+)?\S+\s+(?:de\s+)?(?:19|20)\d{2}$")
# a photo's caption: a sentence and its credit in brackets ("…の出席者。(ビシケク=新華社記者)")
_CAPTION = re.compile(r"[.。!?！？]\s*[(（][^()（）]{1,40}[)）]$")


# round 63: a photo's caption that places a person in the picture ("Iranian President Hassan
# Rohani (left) is welcomed at Bishkek's Manas Airport ...", RFE/RL's under its chrome)
_POSITIONED = re.compile(r"\((?:(?:second|far|top|bottom|centre|center)\s+)?"
                         r"(?:left|right|centre|center|l|r|c)\)", re.IGNORECASE)


def _positioned_caption(line: str) -> bool:
    """Whether a line is a photo's caption that places a person in it ("(left)", "(R)")."""
    return bool(_POSITIONED.search(line)) and bool(ENDS_SENTENCE.search(line))


def _credit(line: str) -> bool:
    """Whether a line is only a bracketed credit or note ("(翻訳:藍)", "[Photo: Xinhua]")."""
    return bool(re.fullmatch(r"[(（\[【][^()（）\[\]【】]{1,40}[)）\]】]\.?", line.strip()))


# an English day alone: "August 30, 2025" over a Uyghur page's text (blind set 38)
# (a section's one word may follow it: "December 8, 2022   SCO" over a declaration's text,
# blind set 36)
_MONTH_DAY_YEAR = re.compile(r"[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d{2}(?:\s+\S+)?")
# a day in figures: "2012-01-29", "24.06.2016"
_NUMERIC_DAY = re.compile(r"\b(?:(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}"
                          r"|\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2})\b")


def _date_line(line: str) -> bool:
    """Whether a line only dates the page: at most one word that is not a number, or a time
    of day among at most eight words ("تاریخ انتشار: ۵ آذر ۱۳۹۲ - ۲۰:۵۵"), or a row of the
    page's fields between bars with a day and a time ("Source: ... |Editor: ...| Posted:
    2012-01-29 14:38", the Uyghur credit line that headed blind set 38's story)."""
    tokens = line.split()
    return (sum(not _DATE_TOKEN.fullmatch(t) for t in tokens) <= 1 < len(tokens)
            or (bool(_TIME_OF_DAY.search(line)) and len(tokens) <= 8)
            or bool(_MONTH_DAY_YEAR.fullmatch(line))
            or ("|" in line and bool(_TIME_OF_DAY.search(line))
                and bool(_NUMERIC_DAY.search(line)))
            # a place and a day ending in its year: "मॉस्को (रूस), 18 नवंबर 2025" (blind set 29)
            or (len(tokens) <= 6 and bool(_DAY_AND_YEAR.search(line))))


def _dateline_alone(line: str) -> bool:
    """Whether a line is a dateline and nothing else ("ДУШАНБЕ, 26.06.2024 /НИАТ «Ховар»/.")."""
    # the summary's patterns want the text that follows a dateline: one word is put after it
    return bool(_DATELINE.fullmatch(line)) or dateline_length(line + " x") == len(line) + 1


def _salutation(line: str, following: str = "") -> bool:
    """Whether a line is a line of a speech's address ("Your Excellency Mr. Ismail Karimov,",
    "Leaders of the Members States of Shanghai Cooperation Organization;"). A line the next one
    carries on in lower case is a document's preamble, its subject before the clauses ("The
    Member States of the Shanghai Cooperation Organisation (SCO)," over "noting the impact
    ...,", blind set 27), not an address."""
    return (len(line.split()) <= 12 and line.endswith((",", ";", "،"))
            and not following[:1].islower())


# a word a headline does not end on: the line of a page broken at a fixed width runs on into
# the next ("Council of" / "Heads of SCO Member States meets in" / "Shanghai |", blind set 27)
_OPEN_ENDS = frozenset("""
    of in on at to for from with by and or the a an into about over under between
    и в во на по с со о об для из к от при между
    """.split())
_SEPARATOR_END = re.compile(r"\s*[|•·]\s*$")


def _joined_head(lines: list[str], start: int) -> tuple[str, int]:
    """The line at `start` with the lines it runs on into (while a line ends on a word a
    headline does not end on, up to 25 words) and the index of the line after them; a page's
    separator ending it (" |") is left off."""
    line, after = lines[start], start + 1
    while (after < len(lines) and line.split()[-1].lower() in _OPEN_ENDS
           and len(line.split()) + len(lines[after].split()) <= 25):
        line, after = f"{line} {lines[after]}", after + 1
    if after > start + 1:
        line = _SEPARATOR_END.sub("", line)
    return line, after


def _reads_as_headline(line: str) -> bool:
    """Whether a line reads as a headline: a phrase of 4 to 25 words (of 8 to 60 characters in
    a script written without spaces) that ends as no sentence or clause does ("?", "!" and ":"
    may end a headline), and is no photo's caption."""
    if re.search(r"[.。,，;；।॥۔،]$", line) or _CAPTION.search(line) or _date_line(line):
        return False
    if is_cjk_text(line):
        return 8 <= len(line) <= 60
    return 4 <= len(line.split()) <= 25


def _label(line: str) -> bool:
    """Whether a line is a short label (one to three words, no sentence end): a section's
    name or a byline over a headline ("Brasil", "China ABC"), or a line of an address
    ("Invited Leaders", "Ladies and Gentlemen")."""
    return (not is_cjk_text(line) and len(line.split()) < 4
            and not ENDS_SENTENCE.search(line))


def stand_in_title(text: str) -> tuple[str, str]:
    """A stand-in for the headline a crawl would give a page of the set, and the text under
    it: the first line that reads as a headline past the lines a page sets before one (a date,
    a credit, a dateline, a salutation, a label over the headline); else the text's first
    sentence, read from past those lines."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    # round 67: a menu's links set one a line, the site's date of today among them (BelTA's
    # "Projekte / Staatsorgane / flag Donnerstag, 21 November 2024 / ...", blind set 50)
    start = menu_run(lines)
    address, chrome = False, start > 0
    while start < len(lines) - 1:
        tail = trail_headline(lines[start])
        if tail and _reads_as_headline(tail):
            # a trail from the site's home to the page's headline ("Home / India News / ...")
            return tail, "\n".join(lines[start + 1:])
        if chrome_line(lines[start], after_chrome=chrome) or (
                chrome and _positioned_caption(lines[start])
                and _reads_as_headline(lines[start + 1])):
            # the site's chrome over the headline (round 63: RFE/RL's "Accessibility links",
            # "Breaking News"; a breadcrumb; the photo's caption under them)
            chrome, start = True, start + 1
            continue
        line, after = _joined_head(lines, start)
        if after >= len(lines):
            break
        if _salutation(line, lines[after]) or (address and _label(line)):
            address = True  # the lines of an address run on to its speech
        elif not (_date_line(line) or _credit(line) or _dateline_alone(line)
                  # a label over the headline, or over the page's date ("کد خبر 266515")
                  or (_label(line) and after < len(lines) - 1
                      and (_reads_as_headline(lines[after]) or _date_line(lines[after])))):
            break
        start = after
    if start < len(lines) - 1:
        line, after = _joined_head(lines, start)
        # a dateline opening the headline's line ("新华社阿斯塔纳6月7日电 新闻背景:...")
        head = line[dateline_length(line):]
        # joined lines the next one still carries on, in lower case, are a hard-wrapped
        # paragraph, not a headline ("... called on member countries of the" / "Shanghai
        # Cooperation Organization (SCO) to ... the bloc's" / "economic ties ...", blind set 6)
        runs_on = after > start + 1 and lines[after][:1].islower()
        if after < len(lines) and _reads_as_headline(head) and not runs_on:
            return head, "\n".join(lines[after:])
    return _first_sentence("\n".join(lines[start:])), text.strip()


def articles(folder: Path) -> list[Article]:
    """The set's items as articles, each with a stand-in headline (`stand_in_title`)."""
    out = []
    with (folder / "items.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            title, body = stand_in_title(item["text"])
            published = (datetime.fromisoformat(item["published"]).replace(hour=12, tzinfo=UTC)
                         if item.get("published") else None)
            out.append(Article(url=item["url"], source=item["outlet"], title=title, body=body,
                               language=item.get("lang"), published_at=published))
    return out


def entries_and_events(html: str, folder: Path) -> tuple[int, int]:
    """How many entries the digest shows (document cards, stories) and how many labelled
    events (the set's story labels) the articles it links to belong to: what a reader would
    count as separate events, beside what the digest counts."""
    import lxml.html

    page = lxml.html.fromstring(html)
    # a story is a cell with its headline; the "Left out" line shares the cell style
    stories = [cell for cell in page.find_class("it") if cell.find_class("h")]
    entries = len(page.find_class("doc")) + len(stories)
    links = {a.get("href") for a in page.iter("a")}
    with (folder / "items.jsonl").open(encoding="utf-8") as lines:
        labels = {item["story"] for item in map(json.loads, lines) if item["url"] in links}
    return entries, len(labels)


def mixed_entries(html: str, folder: Path) -> list[tuple[str, list[str]]]:
    """The entries (document entries, stories) whose linked articles belong to more than one
    labelled event, with those events: what a reader would find told as one though it is two.
    Articles of no label (outside the set's stories) are not counted."""
    import lxml.html

    page = lxml.html.fromstring(html)
    with (folder / "items.jsonl").open(encoding="utf-8") as lines:
        label = {item["url"]: item["story"] for item in map(json.loads, lines)}
    entries = [*page.find_class("doc"),
               *(cell for cell in page.find_class("it") if cell.find_class("h"))]
    out = []
    for entry in entries:
        # the reports of other meetings a card lists as recalling its documents are told apart
        recalled = {a.get("href") for line in entry.find_class("rc") for a in line.iter("a")}
        events = sorted({label[a.get("href")] for a in entry.iter("a")
                         if a.get("href") in label and a.get("href") not in recalled})
        if len(events) > 1:
            heading = " ".join(entry.text_content().split())[:70]
            out.append((heading, events))
    return out


def scowatch_command(root: Path, env: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """The `scowatch` command running this checkout's code, and its environment.

    The virtual environment's `scowatch` script imports the package its editable install
    points at, which is whichever checkout last ran `pip install -e` (worktrees share one
    environment): a build's documents.txt was then written by another checkout's code while the
    digest was this one's. The command is this interpreter running `pipeline.cli` with this
    checkout first on PYTHONPATH."""
    paths = [str(root), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    paths = list(dict.fromkeys(paths))
    return ([sys.executable, "-m", "pipeline.cli"],
            {**env, "PYTHONPATH": os.pathsep.join(paths)})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=ROOT / "tests/data/real-blind3",
                        help="a folder holding items.jsonl (default: tests/data/real-blind3)")
    parser.add_argument("--dir", type=Path, help="output folder (default: var/real-digest/<set>)")
    parser.add_argument("--languages", default="",
                        help="the reader's languages, comma-separated: a filter (default: all)")
    args = parser.parse_args(argv)
    folder = args.set.resolve()
    if not (folder / "items.jsonl").is_file():
        parser.error(f"{folder}: no items.jsonl")
    out = (args.dir or ROOT / "var" / "real-digest" / folder.name).resolve()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    env = {"SCOWATCH_DATABASE_URL": f"sqlite:///{out}/scowatch.db",
           "SCOWATCH_OUTBOX": str(out / "outbox")}
    config = out / "scowatch.toml"  # the configuration `scowatch init` writes, unchanged
    scowatch, cli_env = scowatch_command(ROOT, {**os.environ, **env})
    subprocess.run([*scowatch, "init", "--config", str(config)], env=cli_env,
                   check=True, capture_output=True)
    settings = load_settings(config, env=env)
    reader = Subscriber("reader@example.org", timezone="UTC",
                        languages=tuple(filter(None, args.languages.split(","))))
    settings = replace(settings, subscribers=(reader,))
    db = Database(settings.database_url)
    db.ensure_schema()
    items = articles(folder)
    with db.session() as session:
        for article in items:
            save_article(session, article)
    print(f"{folder.name}: {len(items)} articles stored", flush=True)
    print(process_new(settings, db, log=lambda _line: None).summary(), flush=True)
    latest = max((a.published_at for a in items if a.published_at), default=datetime.now(UTC))
    run_digest(settings, db, now=lambda: latest + timedelta(days=1), log=print)
    [mail_path] = sorted((out / "outbox").rglob("*.eml"))
    mail = BytesParser(policy=policy.default).parsebytes(mail_path.read_bytes())
    print(f"subject: {mail['Subject']}")
    html = mail.get_body(("html",)).get_content()  # type: ignore[union-attr]
    (out / "digest.html").write_text(html, encoding="utf-8")
    entries, events = entries_and_events(html, folder)
    print(f"the digest has {entries} entries (document cards and stories) for {events} labelled "
          f"events among the articles it shows")
    for heading, labels in mixed_entries(html, folder):
        print(f"an entry telling {len(labels)} labelled events as one: {heading} "
              f"({', '.join(labels)})")
    (out / "digest.txt").write_text(
        mail.get_body(("plain",)).get_content(), encoding="utf-8")  # type: ignore[union-attr]
    register = subprocess.run([*scowatch, "documents", "--config", str(config)],
                              env=cli_env, capture_output=True, text=True, check=False)
    (out / "documents.txt").write_text(register.stdout + register.stderr, encoding="utf-8")
    (out / "set.txt").write_text(f"{folder}\n", encoding="utf-8")  # for digest_reading_checks
    # the reader's languages (empty: all), for digest_reading_checks' "unmarked language"
    (out / "languages.txt").write_text(f"{','.join(reader.languages)}\n", encoding="utf-8")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        subprocess.run([chromium, *CHROMIUM_FLAGS, f"--screenshot={out / 'digest.png'}",
                        "--window-size=900,5000", (out / "digest.html").as_uri()],
                       capture_output=True, check=False, timeout=120)
    print(f"written to {out}: digest.html, digest.txt, documents.txt"
          + (", digest.png" if (out / "digest.png").exists() else " (no Chromium: no screenshot)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
