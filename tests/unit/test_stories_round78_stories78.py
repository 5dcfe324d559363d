"""Round 78 (stories78, blind sets 20 and 23): reports of another organisation's meeting in two
languages link by that organisation's id (meeting_organisation, from the organisations gazetteer's
names in every language it holds) with days at most one apart and no two places that differ
(organisation_score); a report about the SCO's business gets no organisation. Sentences marked
"written" were written for the test; the others are read from the sets' items.jsonl."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from round_helpers import DATA, set_item, set_stories

from pipeline.stories import (
    Features,
    meeting_organisation,
    organisation_score,
)

# --- the organisation's id, in any language ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "organisation"),
    [
        # written: the same organisation by its names in four languages and three scripts
        ("BRICS foreign ministers met in the city on Monday.", "brics"),
        ("Министры иностранных дел стран БРИКС встретились в понедельник.", "brics"),
        ("Туркий Давлатлар Ташкилоти ташқи ишлар вазирлари йиғилиши бўлиб ўтди.", "ots"),
        ("Türk Dövlətləri Təşkilatının zirvə görüşü keçirildi.", "ots"),
        ("Евразия өкмөттөр аралык кеңешинин жыйыны башталды.", "eaeu"),
        ("Die Außenminister der Organisation des Vertrages über kollektive Sicherheit tagten.",
         "csto"),
        ("การประชุมรัฐมนตรีต่างประเทศอาเซียนจัดขึ้นวันนี้", "asean"),
        # written: no other organisation named, none
        ("The foreign ministers met in the city on Monday.", None),
    ],
)
def test_meeting_organisation_reads_the_names_of_every_language(body: str, organisation: str):
    assert meeting_organisation("", body) == organisation


def test_the_first_organisation_named_is_the_meetings():
    # written: the CSTO named first, BRICS after it
    assert meeting_organisation("", "The CSTO summit opened; BRICS leaders meet next month.") == (
        "csto")


# --- the score: one organisation, near days, one place ------------------------------------------


def feature(organisation: str | None, day: date, *, venue: str | None = None,
            phase: str | None = None, article_id: int = 1) -> Features:
    """A report of `organisation`'s meeting published and dated `day` (written for the test)."""
    return Features(article_id, {}, frozenset(),
                    datetime(day.year, day.month, day.day, 12, tzinfo=UTC), day=day,
                    venue=venue, organisation=organisation, phase=phase, about=False,
                    other_org=True)


def test_one_organisation_a_day_apart_links():
    a, b = feature("brics", date(2024, 6, 11)), feature("brics", date(2024, 6, 12), article_id=2)
    assert organisation_score(a, b) > 0.15


@pytest.mark.parametrize(
    "other",
    [
        feature("brics", date(2024, 6, 20), article_id=2),  # another meeting, days apart
        feature("csto", date(2024, 6, 11), article_id=2),  # another organisation
        feature(None, date(2024, 6, 11), article_id=2),  # about the SCO's business
        feature("brics", date(2024, 6, 11), venue="Kazan", article_id=2),  # another place
        feature("brics", date(2024, 6, 11), phase="ahead", article_id=2),  # its preview
    ],
)
def test_other_meetings_and_previews_do_not_link(other: Features):
    a = feature("brics", date(2024, 6, 11), venue="Moscow")
    assert organisation_score(a, other) == 0.0


def test_reports_of_a_meetings_days_a_day_apart_link():
    # set 20's shape (written): the opening of the 26th and a report of the 27th, published on
    # the 28th, of one summit of 26-28 October
    opening = feature("asean", date(2025, 10, 26))
    later = feature("asean", date(2025, 10, 28), article_id=2)
    later.dated = frozenset({date(2025, 10, 27)})
    later.days = frozenset({date(2025, 10, 27)})
    assert organisation_score(opening, later) > 0.15


# --- the real pair: the BRICS foreign ministers in Nizhny Novgorod in English and Russian -------


def test_brics_foreign_ministers_in_two_languages_are_one_story():
    # set 23: dailynewsegypt.com (11 June 2024) and ritmeurasia.ru (12 June), one label
    english = set_item("real-blind23", "r-b5a576e1fb")
    russian = set_item("real-blind23", "r-8f73b5c614")
    feats, stories = set_stories([english, russian])
    assert [f.organisation for f in feats] == ["brics", "brics"]
    assert stories[0] == stories[1]


def test_sco_report_gets_no_organisation():
    # set 23's first item of the Tianjin summit names the SCO in its lead: no organisation, so
    # no BRICS or CSTO report joins it by this evidence
    sco = next(json.loads(line) for line in
               (DATA / "real-blind23" / "items.jsonl").read_text(encoding="utf-8").splitlines()
               if json.loads(line)["story"] == "tianjin-summit-2025"
               and json.loads(line)["published"])
    feats, _ = set_stories([sco])
    assert feats[0].organisation is None
