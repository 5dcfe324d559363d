"""Round 39 hygiene: the calendar reads gazetteers/bodies.toml on first use, not at import; the
shared test helper that stores a tagged article row. The texts here are written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime

from support import ROOT, store_tagged_article

from pipeline.db import Database
from pipeline.documents.calendar import BODIES_FILE, calendar_council_names, meeting_bodies
from pipeline.models import Tag
from pipeline.tagging import load_gazetteer

# Runs in a fresh interpreter: records every file opened (the `open` audit event) while the
# modules that use the calendar's council names are imported, then on first use.
_OPENS = """
import json, sys
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0]))
                 if event == "open" and args and isinstance(args[0], str) else None)
import pipeline.documents.calendar
import pipeline.documents.meetings
import pipeline.stories
at_import = list(opened)
names = pipeline.documents.calendar.calendar_council_names()
pipeline.documents.calendar.meeting_bodies()
pipeline.documents.calendar.calendar_council_names()
print(json.dumps({"at_import": at_import, "after_use": opened[len(at_import):],
                  "health": names["health_ministers"]}))
"""


def _opened() -> dict[str, object]:
    proc = subprocess.run([sys.executable, "-c", _OPENS], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_importing_the_calendar_reads_no_bodies_file() -> None:
    opened = _opened()
    assert str(BODIES_FILE) not in opened["at_import"]  # type: ignore[operator]
    # the first use reads it, once, for both the council names and the meeting bodies
    assert opened["after_use"].count(str(BODIES_FILE)) == 1  # type: ignore[union-attr]
    assert opened["health"] == "SCO Meeting of Health Ministers"


def test_the_council_names_are_read_only_and_cached() -> None:
    names = calendar_council_names()
    assert names is calendar_council_names()
    assert names["foreign_ministers_council"] == "SCO Council of Foreign Ministers"
    assert set(names) <= meeting_bodies()
    try:
        names["made_up_council"] = "x"  # type: ignore[index]
    except TypeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("the cached council names could be changed")


def test_store_tagged_article_stores_the_row_with_its_tags() -> None:
    # written for this test
    body = ("ASTANA, July 4. The SCO Heads of State Council met in Astana; Kassym-Jomart "
            "Tokayev chaired the summit, which discussed trade, investment and the economy.")
    when = datetime(2024, 7, 4, 12, tzinfo=UTC)
    db = Database("sqlite://")
    db.ensure_schema()
    gazetteer = load_gazetteer()
    with db.session() as s:
        with_topics = store_tagged_article(
            s, gazetteer, body, canonical_url="https://a.example/1", url="https://a.example/1",
            source="a.example", published_at=when, first_seen_at=when, updated_at=when)
        without = store_tagged_article(
            s, gazetteer, body, topics=False, canonical_url="https://a.example/2",
            url="https://a.example/2", source="a.example", published_at=when,
            first_seen_at=when, updated_at=when)
        assert with_topics.id is not None and without.id is not None
        assert with_topics.title == "" and with_topics.language == "en"
        assert with_topics.evidence

        def kinds(row_id: int) -> dict[str, set[str]]:
            out: dict[str, set[str]] = {}
            for tag in s.query(Tag).filter_by(article_id=row_id):
                out.setdefault(tag.kind, set()).add(tag.value)
            return out

        first, second = kinds(with_topics.id), kinds(without.id)
        assert "Astana" in first["venue"]
        assert "topic" in first and "topic" not in second
        assert {k: v for k, v in first.items() if k != "topic"} == second
    db.dispose()
