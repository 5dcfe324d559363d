"""Round 11 of undated pages: an encyclopedia entry on a meeting, found undated in an archive
crawl, names the meeting's venue and days as a report does but is no news of it: it stays a
story of its own (reference_page), while an undated report of the meeting still joins its
dated reports. The texts are short ones written by the scowatch developers in the style of
such pages, not taken from any evaluation set."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from support import store_tagged_article

from pipeline.db import Database
from pipeline.stories import assign_story
from pipeline.tagging import load_gazetteer

REPORT = ("TIANJIN, September 1. The SCO Heads of State Council adopted the Tianjin Declaration "
          "today at the summit in Tianjin, China, chaired by Xi Jinping.")
UNDATED_REPORT = ("Leaders of the SCO member states adopted the Tianjin Declaration on 1 "
                  "September at the SCO Heads of State Council summit in Tianjin, China.")
ENTRY = ("The 2025 SCO Tianjin summit was the 25th meeting of the SCO Heads of State Council, "
         "held in Tianjin, China, from 31 August to 1 September 2025.[1] It was the largest "
         "summit in the history of the organisation.[2] The Tianjin Declaration was adopted.[3]")


def _stories(pages: list[tuple[str, str, datetime | None]], seen: datetime) -> dict[str, int]:
    """Store and tag the pages in order, as processing does, and assign each its story."""
    gazetteer = load_gazetteer()
    db = Database("sqlite://")
    db.ensure_schema()
    story: dict[str, int] = {}
    with db.session() as s:
        for name, body, published in pages:
            row = store_tagged_article(s, gazetteer, body, topics=False,
                                       canonical_url=f"https://example.org/{name}",
                                       url=f"https://example.org/{name}", source=name,
                                       published_at=published, first_seen_at=seen,
                                       updated_at=seen)
            sid = assign_story(s, row.id, now=seen)
            assert sid is not None
            story[name] = sid
    db.dispose()
    return story


def test_an_undated_encyclopedia_entry_found_after_the_meeting_stays_apart() -> None:
    # an archive crawl a month after the summit finds both undated pages
    seen = datetime(2025, 10, 2, 6, tzinfo=UTC)
    story = _stories([("report", REPORT, datetime(2025, 9, 1, 12, tzinfo=UTC)),
                      ("undated", UNDATED_REPORT, None), ("entry", ENTRY, None)], seen)
    assert story["undated"] == story["report"]
    assert story["entry"] != story["report"]


@pytest.mark.parametrize(("body", "entry"), [
    (ENTRY, True),
    ("2025年上海合作组织天津峰会于2025年8月31日至9月1日在天津举行［1］,"
     "是规模最大的一次［2］。", True),
    (UNDATED_REPORT, False),
    # one mark is a quotation's or a footnote's, not an entry's apparatus
    ("The declaration [1] was adopted in Tianjin on 1 September.", False),
    # a year in brackets is no citation mark
    ("The summit [2025] and the next one [2026] were announced.", False),
])
def test_an_entry_is_told_by_its_numbered_citation_marks(body: str, entry: bool) -> None:
    from pipeline.page_form import reference_page
    assert reference_page(body) is entry
