"""Helpers shared by the round test files (`test_*_round*.py`).

Each round's tests used to define their own copy of the same few lines: run the document finder
(or the tagger) on a text and return what the test compares, fetch a calendar meeting, and so
on. This module holds one documented version of every such helper that was written more than
twice; the round files import it instead. The helpers change nothing of what the copies did:
same calls, same arguments, same returned shapes.

Two kinds of document helpers stand here, as they did in the round files:
- those that take the gazetteer as their first argument (the `gaz` fixture of conftest.py);
- those that use the finder's own default gazetteer (`find_documents` with no `gaz`) or the
  module's `GAZ` (`tag_and_find`), loaded as the round files loaded it.
"""

from __future__ import annotations

import json
import tomllib
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from support import store_tagged_article

from pipeline.db import Database
from pipeline.documents import DocumentMention, find_documents, tag_and_find
from pipeline.documents.calendar import default_calendar
from pipeline.tagging import Gazetteer, load_gazetteer

if TYPE_CHECKING:
    from pipeline.stories import Features

#: The labelled sets (tests/data/real, tests/data/real-blindN).
DATA = Path(__file__).resolve().parents[1] / "data"

#: The shipped gazetteers, loaded the way the round files loaded them (the bundled directory
#: named again as the extra directory).
GAZ = load_gazetteer(Path(__file__).resolve().parents[2] / "pipeline" / "data" / "gazetteers")


# ---- the tagger's single pass (tag_and_find with GAZ) ------------------------------------------


def tagged_names(body: str, published: date | None = None) -> dict[str, str]:
    """Name -> status of the documents `tag_and_find` finds in a body (no title)."""
    return {d.name: d.status for d in tag_and_find(GAZ, "", body, published)[1]}


def tagged_keys(body: str, published: date | None = None) -> dict[str, str]:
    """Key -> status of the documents `tag_and_find` finds in a body (no title)."""
    return {d.key: d.status for d in tag_and_find(GAZ, "", body, published)[1]}


# ---- the document finder with its default gazetteer --------------------------------------------


def found_keys(body: str, published: date | None = None) -> dict[str, str]:
    """Key -> status of the documents `find_documents` finds in a body (no title)."""
    return {m.key: m.status for m in find_documents("", body, published)}


def found_names(body: str, published: date | None = None) -> dict[str, str]:
    """Name -> status of the documents `find_documents` finds in a body (no title)."""
    return {m.name: m.status for m in find_documents("", body, published)}


# ---- the document finder with a given gazetteer (the `gaz` fixture) ----------------------------


def gaz_docs(gaz: Gazetteer, body: str, published: date | None = None,
             title: str = "") -> list[DocumentMention]:
    """The documents `find_documents` finds in a title and body, as it returns them."""
    return find_documents(title, body, published_at=published, gaz=gaz)


def gaz_names(gaz: Gazetteer, body: str, published: date | None = None,
              title: str = "") -> dict[str, str]:
    """Name -> status of the documents found in a title and body."""
    return {d.name: d.status for d in gaz_docs(gaz, body, published, title)}


def gaz_mentions(gaz: Gazetteer, body: str, published: date | None = None,
                 title: str = "") -> dict[str, DocumentMention]:
    """Name -> the whole mention, for each document found in a title and body."""
    return {d.name: d for d in gaz_docs(gaz, body, published, title)}


def gaz_placed(gaz: Gazetteer, body: str,
               published: date | None = None) -> dict[str, tuple[str, str | None]]:
    """Name -> (status, calendar meeting id) of the documents found in a body."""
    return {d.name: (d.status, d.meeting.id) for d in gaz_docs(gaz, body, published)}


# ---- small things ------------------------------------------------------------------------------


def by_name(mentions: list[DocumentMention]) -> dict[str, DocumentMention]:
    """The mentions of a list keyed by document name."""
    return {m.name: m for m in mentions}


def meeting_of(meeting_id: str):  # type: ignore[no-untyped-def]
    """The bundled calendar's meeting of that id; fails the test if the calendar lacks it."""
    meeting = default_calendar().get(meeting_id)
    assert meeting is not None
    return meeting


def noon(day: date) -> datetime:
    """Noon UTC of a day (a report's publication time where only the day matters)."""
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def set_item(labelled_set: str, item_id: str) -> dict[str, str]:
    """One item of a labelled set (`real-blind23`), as its items.jsonl holds it."""
    for line in (DATA / labelled_set / "items.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] == item_id:
            return item
    raise KeyError(item_id)


def documents_body(set_name: str, item_id: str) -> str:
    """The body of one article of a labelled set's documents.toml (tests/data/<set_name>)."""
    data = tomllib.loads((DATA / set_name / "documents.toml").read_text(encoding="utf-8"))
    return next(a["body"] for a in data["article"] if a["id"] == item_id)


def set_stories(items: list[dict[str, str]]) -> tuple[list[Features], list[int | None]]:
    """Items of a labelled set (set_item) stored and tagged in order, each published at noon UTC
    of its day, and put in a story (assign_story) on a fresh in-memory database: their story
    features and story ids, in the items' order."""
    from pipeline.stories import assign_story, features_for

    gazetteer = load_gazetteer()
    db = Database("sqlite://")
    db.ensure_schema()
    with db.session() as s:
        rows, stories = [], []
        for item in items:
            when = datetime.fromisoformat(f"{item['published']}T12:00:00+00:00").astimezone(UTC)
            row = store_tagged_article(
                s, gazetteer, item["text"], language=item["lang"].split("-")[0], topics=False,
                source=item["outlet"], canonical_url=f"https://example.org/{item['id']}",
                url=f"https://example.org/{item['id']}", published_at=when, first_seen_at=when,
                updated_at=when)
            rows.append(row)
            stories.append(assign_story(s, row.id, now=when))
        feats = features_for(s, rows)
    db.dispose()
    return feats, stories
