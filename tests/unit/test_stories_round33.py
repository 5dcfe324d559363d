"""Round 33 of story grouping (blind sets 24-26 as dev): an undated Italian or Portuguese page
telling its meeting in the future ("si terrà", "avrà luogo", "será realizada") is the meeting's
preview, not its report (found_preview), unless its lead says the meeting is today ("oggi",
"hoje"). Every text here is written by the developers (round 33) after the shapes of the sets'
pages; none is copied from a set."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents.calendar import default_calendar
from pipeline.stories import found_preview

SEEN = date(2026, 4, 7)  # an archive crawl, years after the meeting


def _qingdao():
    meeting = default_calendar().get("hsc-2018-qingdao")  # 9-10 June 2018
    assert meeting is not None
    return meeting


@pytest.mark.parametrize("text", [
    # written for this test: "the summit will be held in Qingdao on 9-10 June"
    "Il vertice dei capi di Stato della SCO si terrà a Qingdao il 9 e 10 giugno.",
    "Dal 9 al 10 giugno si terranno a Qingdao i lavori del vertice della SCO.",
    "Il vertice della SCO avrà luogo a Qingdao; il presidente cinese presiederà i lavori.",
    "A Qingdao si svolgerà il diciottesimo vertice della SCO, che ospiterà otto leader.",
    "I leader della SCO si incontreranno a Qingdao per il loro diciottesimo vertice.",
    # written for this test: Portuguese, "will be held", "will take place"
    "A cimeira da OCX será realizada em Qingdao nos dias 9 e 10 de junho.",
    "A 18.ª cúpula da OCX terá lugar em Qingdao, onde acontecerá a reunião dos líderes.",
])
def test_an_undated_future_of_the_meeting_is_its_preview(text: str) -> None:
    assert found_preview("", text, SEEN, _qingdao())


@pytest.mark.parametrize("text", [
    # written for this test: the meeting held ("si è svolto", "ha avuto luogo", "foi realizada")
    "Il vertice della SCO si è svolto a Qingdao il 9 e 10 giugno.",
    "Il diciottesimo vertice della SCO ha avuto luogo a Qingdao.",
    "A cimeira da OCX foi realizada em Qingdao nos dias 9 e 10 de junho.",
    # written for this test: the meeting's own day, whose programme is told in the future
    "Si apre oggi a Qingdao il vertice della SCO, che si terrà per due giorni.",
    "Começa hoje em Qingdao a cimeira da OCX, que terá lugar até amanhã.",
])
def test_a_report_or_the_meetings_day_is_no_preview(text: str) -> None:
    assert not found_preview("", text, SEEN, _qingdao())


def test_the_italian_future_is_a_whole_word() -> None:
    # written for this test: "terrazza" (a terrace) is no future; "parteciperanno" is
    assert not found_preview("", "Sulla terrazza di Qingdao i leader della SCO.", SEEN, _qingdao())
    assert found_preview("", "I leader parteciperanno al vertice della SCO.", SEEN, _qingdao())
