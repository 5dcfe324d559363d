"""pipeline.page_form: the one predicate for pages that describe rather than report, read by
relevance (pipeline.tagging) and by stories (pipeline.stories). Every text here was written for
the test, in the style of the pages the rounds found (encyclopedia entries, wiki pages, explainers
and reports); none is quoted from a set."""

import pytest

from pipeline.page_form import describes, forms
from pipeline.stories import _describes
from pipeline.tagging import RELEVANCE_THRESHOLD, analyse, load_gazetteer

REPORT = ("SCO leaders adopt declaration in Astana\n\n"
          "ASTANA, July 4 - Leaders of the Shanghai Cooperation Organization adopted the Astana "
          "Declaration on Thursday at the end of their summit.")
DEFINITION = ("The Shanghai Cooperation Organization is a permanent intergovernmental "
              "international organisation founded in Shanghai on 15 June 2001. Its summit of 2024 "
              "was held in Astana, where the heads of state adopted the Astana Declaration.")
ENTRY = ("The 2024 SCO summit was held in Astana on 3-4 July.[1] The heads of state adopted the "
         "Astana Declaration.[2]")
WIKI = "= 2024 Astana SCO summit =\n\nThe summit was held in Astana on 3-4 July 2024."
NAMED = ("China-SCO Local Economic and Trade Cooperation Demonstration Area\n\n"
         "The China-SCO Local Economic and Trade Cooperation Demonstration Area (SCODA) was "
         "announced at the Qingdao summit in June 2018.")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _forms(gaz, title: str, body: str) -> tuple[str, ...]:
    a = analyse(gaz, title, body)
    return forms(title, body, a.sco, a.text, a.body_start)


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("", ENTRY, ("reference entry",)),
    ("", WIKI, ("wiki page",)),
    ("", NAMED, ("named page",)),
    ("", DEFINITION, ("definition",)),
    ("SCO summit", REPORT, ()),
])
def test_each_form_is_read(gaz, title: str, body: str, expected: tuple[str, ...]) -> None:
    assert _forms(gaz, title, body) == expected
    assert describes(title, body) is bool(set(expected) - {"definition"})


def test_the_definition_form_needs_the_sco_names() -> None:
    # without the analysed text, the opening definition is not read (relevance passes it)
    assert forms("", DEFINITION) == ()


def test_an_opening_definition_that_dates_an_event_is_a_report(gaz) -> None:
    # a dated lead (a day of a year after 2001) makes the page an event's, as relevance has it
    body = ("The Shanghai Cooperation Organization is a permanent intergovernmental "
            "organisation; its summit opens in Astana on 3 July 2024.")
    assert "definition" not in _forms(gaz, "", body)


def test_stories_read_every_form_the_definition_included() -> None:
    # round 58: stories placed no undated reference entry, wiki page or named page at a meeting;
    # now an undated explainer opening with the SCO's definition is placed at none either
    for body in (ENTRY, WIKI, NAMED, DEFINITION):
        assert _describes("", body), body[:40]
    assert not _describes("SCO summit", REPORT)


def test_relevance_drops_an_opening_definition_only(gaz) -> None:
    # relevance reads only the definition form: an entry or a wiki page on a summit stays an SCO
    # page there (it is background for stories, not for relevance)
    assert analyse(gaz, "", DEFINITION).relevance < RELEVANCE_THRESHOLD
    for body in (ENTRY, WIKI):
        assert analyse(gaz, "", body).relevance >= RELEVANCE_THRESHOLD
