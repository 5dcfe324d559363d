"""Undated pages found by one crawl are not one story for being found together (issue 15, "never
merges two unrelated stories"): a first crawl of outlets' archives finds reports of three
Dushanbe summits (2008, 2014, 2021) with no publication day, on the same day. Articles are
processed in arrival order on a fresh SQLite database with the tags processing stores
(scripts/eval_dedup.py run_stories), the undated ones seen on the crawl's day.

Every text here is written by the scowatch developers for this test (not real reports); the real
sets' figure is `scripts/eval_dedup.py real --archive` (docs/dedup.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import eval_dedup  # noqa: E402

CRAWL = "2026-12-03T06:00:00+00:00"


def page(aid: str, body: str, story: str, published: str | None = None) -> dict[str, Any]:
    return {"id": aid, "source": aid.split("-")[0], "title": "", "body": body, "lang": "en",
            "published": published, "seen": CRAWL, "story": story}


ARCHIVE = [
    page("alpha-2008", "Leaders of the Shanghai Cooperation Organisation met in Dushanbe and "
         "signed the Dushanbe Declaration. Chinese President Hu Jintao and Russian President "
         "Dmitry Medvedev attended the summit of the SCO in Dushanbe in August 2008.", "s2008"),
    page("beta-2014", "The SCO summit in Dushanbe ended with the signing of the Dushanbe "
         "Declaration. Chinese President Xi Jinping and Russian President Vladimir Putin "
         "attended the summit of the Shanghai Cooperation Organisation in September 2014.",
         "s2014"),
    page("gamma-2021", "Leaders of the Shanghai Cooperation Organisation gathered in Dushanbe "
         "for the summit marking the SCO's 20th anniversary in September 2021 and signed the "
         "Dushanbe Declaration. Russian President Vladimir Putin joined by video.", "s2021"),
    page("delta-2014", "At the SCO summit in Dushanbe in September 2014 the leaders of the "
         "Shanghai Cooperation Organisation signed the Dushanbe Declaration and an agreement on "
         "road transport. Xi Jinping and Vladimir Putin attended.", "s2014b"),
]


def test_undated_archive_pages_of_three_summits_found_together_stay_apart() -> None:
    pred = eval_dedup.run_stories(ARCHIVE, eval_dedup.StoryParams(), eval_dedup.tagger())
    # before: one story of all four (the same city, the same people, found on the same day).
    # The three summits stay apart; the two pages of the 2014 summit, each writing that one
    # year in its lead, are one story since round 46 (a venue of several meetings placed by
    # the one year its lead writes)
    assert len({pred["alpha-2008"], pred["beta-2014"], pred["gamma-2021"]}) == 3, pred
    assert pred["beta-2014"] == pred["delta-2014"], pred


def test_dated_reports_still_join_and_an_undated_page_does_not_join_them_by_the_crawl_day(
) -> None:
    dated = [
        page("wire-1", "DUSHANBE, December 2. Leaders of the Shanghai Cooperation Organisation "
             "met in Dushanbe on Wednesday and signed the Dushanbe Declaration. Vladimir Putin "
             "and Xi Jinping attended the summit.", "now", "2026-12-02T10:00:00+00:00"),
        page("agency-2", "DUSHANBE, December 2. The SCO summit in Dushanbe adopted the Dushanbe "
             "Declaration on Wednesday, with Vladimir Putin and Xi Jinping attending the "
             "meeting of the Shanghai Cooperation Organisation.", "now",
             "2026-12-02T12:00:00+00:00"),
    ]
    pred = eval_dedup.run_stories([*dated, ARCHIVE[1]], eval_dedup.StoryParams(),
                                  eval_dedup.tagger())
    assert pred["wire-1"] == pred["agency-2"]
    # the 2014 page found on the day after a Dushanbe meeting not in the calendar is not joined
    # to it on the crawl's day alone
    assert pred["beta-2014"] != pred["wire-1"]
