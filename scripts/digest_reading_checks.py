"""Count what a reader of a digest trips over, in the parts `scripts/real_digest.py` wrote.

    .venv/bin/python scripts/digest_reading_checks.py var/real-digest/real-blind8 [more folders]

For each folder's digest.txt and digest.html:

    wide lines        text-part lines wider than 72 columns (a CJK character takes two)
    line-start punct  text-part lines opening with closing CJK punctuation (。，、」)
    headline again    stories whose summary opens with their headline's words
    card = entry      cards whose "Reported by" line only repeats the entry's single list
    one-word summary  stories whose summary is a single word or two ("Sputnik.")
    dateline opening  summaries opening with an all-capitals place and a date or agency
    title blurb       document cards whose blurb is a line without a sentence's end (a title
                      or a dateline and a title, not what the document is or who adopted it)

It is a reading aid, as the digest script is: counts to compare before and after a change.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import lxml.html

_CLOSING = "。，、．！？：；」』）》"
_DATELINE = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ\-]{2,}(?:[ ,.]|$)")
# a sentence's end, or the mark of a blurb cut short
_BLURB_END = re.compile(r"(?:[.!?…。！？:]|…)[\"'”’»)）」』]*$")


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def checks(folder: Path) -> dict[str, int]:
    """The counts for one digest."""
    text = (folder / "digest.txt").read_text(encoding="utf-8")
    page = lxml.html.fromstring((folder / "digest.html").read_text(encoding="utf-8"))
    lines = [line for line in text.splitlines() if "://" not in line and "mailto:" not in line]
    out = {"wide lines": sum(_columns(line) > 72 for line in lines),
           "line-start punct": sum(line.strip()[:1] in _CLOSING for line in lines if line.strip())}
    again = short = dateline = 0
    for cell in page.find_class("it"):
        heads = cell.find_class("h")
        summaries = cell.find_class("s")
        if not heads or not summaries:
            continue
        head = _words(heads[0].text_content().rstrip("… "))
        summary = summaries[0].text_content().strip()
        again += bool(head) and _words(summary).startswith(head)
        short += len(summary.split()) <= 2 and not re.search(r"[\u3400-\u9fff]", summary)
        dateline += bool(_DATELINE.match(summary))
    cards = 0
    for entry in page.find_class("doc"):
        lists = [d.text_content() for d in entry.find_class("co")]
        outlets = [s for s in entry.find_class("rb")]
        if lists and outlets and "1 outlet" in outlets[0].text_content() and len(set(lists)) == 1:
            cards += len(lists)
    titles = 0
    for entry in page.find_class("doc"):
        for card in entry.find_class("card"):
            for blurb in card.find_class("s"):
                said = blurb.text_content().strip()
                titles += bool(said) and not _BLURB_END.search(said)
    out.update({"headline again": again, "card = entry": cards, "one-word summary": short,
                "dateline opening": dateline, "title blurb": titles})
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    for name in argv:
        counts = checks(Path(name))
        print(f"{Path(name).name:22} " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
