"""Round 50 (digest50): a report a year after a document's day is a recall of it, and a wire's
dateline in title case and an Uzbek one in capitals open no summary. Each text is a line of a
real set's item (blind sets 33 to 36, item ids given) unless it says it was written for this
test."""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

from support import load_script

from pipeline.digest import late_report, split_recalls
from pipeline.summarize import strip_dateline


def _report(art_id: int, published: datetime | None) -> Any:
    return SimpleNamespace(id=art_id, published_local=lambda: published)


def _unresolved(meeting_date: str | None) -> Any:
    # set 33: the memorandum between the SCO and ASEAN secretariats, "meeting unresolved ·
    # 21 Apr 2005" in the register
    return SimpleNamespace(id=7, meeting_id="", meeting_date=meeting_date, events=[],
                           name="Memorandum of Understanding between the SCO Secretariat and "
                                "the ASEAN Secretariat")


# set 33, r-387c2da3c1: news.cn's "新闻背景:上海合作组织大事记" (7 June 2017), a chronology
CHRONOLOGY = datetime(2017, 6, 7, 12, tzinfo=UTC)


def test_a_chronology_years_later_recalls_a_document_of_an_unresolved_meeting() -> None:
    """Set 33's card of the 2005 memorandum listed the 2017 chronology under "Reported by",
    while the 2001 declaration's card listed the same page as a recall."""
    chronology = _report(1, CHRONOLOGY)
    # written for this test: a report on the day and one a month on stay the card's
    on_the_day = _report(2, datetime(2005, 4, 21, 12, tzinfo=UTC))
    month_on = _report(3, datetime(2005, 5, 21, 12, tzinfo=UTC))
    undated = _report(4, None)
    arts = [chronology, on_the_day, month_on, undated]
    docs = {7: (_unresolved("2005-04-21"), arts)}
    assert split_recalls(None, docs) == {7: [chronology]}  # type: ignore[arg-type]
    assert arts == [on_the_day, month_on, undated]


def test_a_document_of_no_known_day_keeps_every_report() -> None:
    chronology = _report(1, CHRONOLOGY)
    arts = [chronology]
    assert split_recalls(None, {7: (_unresolved(None), arts)}) == {}  # type: ignore[arg-type]
    assert arts == [chronology]


def test_late_means_a_year_or_more() -> None:
    day = date(2014, 9, 12)  # set 33: the Dushanbe summit of the road transport agreement
    # set 33, r-22e8735dc0: nbhuajunkj.com's 2020 report of the "green corridors"
    assert late_report(_report(1, datetime(2020, 12, 11, 12, tzinfo=UTC)), day)
    assert late_report(_report(1, datetime(2015, 9, 12, 12, tzinfo=UTC)), day)
    assert not late_report(_report(1, datetime(2015, 9, 10, 12, tzinfo=UTC)), day)
    assert not late_report(_report(1, None), day)


# set 34, r-dda813954f: latestly.com, an ANI wire
ANI = ("New Delhi [India], April 25 (ANI): India as the Chair of the Shanghai Cooperation "
       "Organisation (SCO) in 2023 will host the SCO Defence Ministers' Meeting in New Delhi on "
       "April 28.")
# set 36, r-f33d48c5e6: oz.sputniknews.uz, an Uzbek dateline in capitals
UZ = ("TOShKENT, 16 okt — Sputnik. O‘zbekiston prezidenti Shavkat Mirziyoyev Belarusning "
      "Shanxay hamkorlik tashkilotiga (ShHT) a’zo davlat maqomini olish bo‘yicha "
      "majburiyatlari to‘g‘risidagi memorandumni ta")


def test_a_wires_dateline_in_title_case_opens_no_summary() -> None:
    assert strip_dateline(ANI).startswith("India as the Chair of the Shanghai")
    # the sets' other wires: blind set 10 (UNI), set 12 (APP), set 26 (PTI)
    assert strip_dateline("Samarkand, Sep 17 (UNI) The Samarkand Declaration was signed at "
                          "the summit.").startswith("The Samarkand Declaration")
    assert strip_dateline("BEIJING, Oct 23 (APP): Ambassador of the Kyrgyz Republic to China "
                          "said.").startswith("Ambassador of")
    assert strip_dateline("Beijing, Mar 14 (PTI) Defence officials of the Shanghai Cooperation "
                          "Organisation met.").startswith("Defence officials")
    # written for this test: a sentence opening with a place and a bracket is no dateline
    for text in ("India and Pakistan, June 9 (2017) joined the SCO.",
                 "New Delhi, the capital, hosted the meeting (SCO) on Friday.",
                 "Shanghai Cooperation Organisation, June 15 (SCO Day) is marked."):
        assert strip_dateline(text) == text


def test_an_uzbek_dateline_in_capitals_keeps_its_digraphs_small() -> None:
    assert strip_dateline(UZ).startswith("O‘zbekiston prezidenti")
    # written for this test: a word that only opens with "Sh" is no place in capitals
    assert strip_dateline("Shanghai – the city hosted the SCO.") == (
        "Shanghai – the city hosted the SCO.")


def test_the_reading_check_counts_wire_datelines_and_not_acronyms() -> None:
    checks = load_script("digest_reading_checks")
    assert checks._DATELINE.match(ANI)
    assert checks._DATELINE.match("MOSCOW, 29 июня. /ТАСС/. Text")
    # set 32's acronyms opening a sentence (round 47) and a written sentence stay uncounted
    assert not checks._DATELINE.match("ШОС готова работать с партнёрами.")
    assert not checks._DATELINE.match("India and Pakistan, June 9 (2017) joined the SCO.")
