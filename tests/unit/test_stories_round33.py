"""Round 33 of story grouping (blind sets 24-26 as dev): an undated Italian or Portuguese page
telling its meeting in the future ("si terrà", "avrà luogo", "será realizada") is the meeting's
preview, not its report (found_preview), unless its lead says the meeting is today ("oggi",
"hoje"). The dated splits of set 26: the security council secretaries' meeting named as the
"meeting of national security chiefs", the defence ministers' as the organisation's "top defence
officials" (bodies.toml), the Spanish ordinal "24.ª". An undated report naming the
SCO's summit and no council nor ministers, at a venue of one summit and other meetings, is that
summit's (venue_meeting). Every text here is written by the developers (round 33) after the
shapes of the sets' pages; none is copied from a set."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline import process
from pipeline.documents.calendar import default_calendar
from pipeline.stories import (
    found_preview,
    lead_ordinal,
    venue_meeting,
)
from pipeline.tagging import load_gazetteer, tag_article

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


# --- step 2: the dated splits of set 26 -------------------------------------------------------

@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _bodies(gaz, text: str) -> set[str]:
    return {name for kind, name, *_ in process.tag_rows(tag_article(gaz, "", text, "en"))
            if kind == "body"}


@pytest.mark.parametrize("text", [
    # written for this test: the security council secretaries' meeting by its members' other title
    "The adviser was in Dushanbe for the SCO meeting of national security chiefs.",
    "The SCO NSAs' meeting in Dushanbe discussed terrorism and drug trafficking.",
])
def test_the_secretaries_meeting_named_by_national_security_chiefs(gaz, text: str) -> None:
    assert "SCO Meeting of Security Council Secretaries" in _bodies(gaz, text)


def test_the_national_security_adviser_alone_names_no_meeting(gaz) -> None:
    # written for this test: the title alone, which other organisations' meetings share
    text = ("The Shanghai Cooperation Organisation grew. National Security Adviser Ajit Doval "
            "spoke to the press in New Delhi.")
    assert "SCO Meeting of Security Council Secretaries" not in _bodies(gaz, text)


def test_the_defence_ministers_meeting_as_top_defence_officials(gaz) -> None:
    # written for this test
    text = ("The Shanghai Cooperation Organisation met in China. The Qingdao meeting of the "
            "organisation's top defence officials opened on Wednesday.")
    assert "SCO Defence Ministers' Meeting" in _bodies(gaz, text)


@pytest.mark.parametrize("text, ordinal", [
    # written for this test: the Spanish, Portuguese and Italian ordinal with its period
    ("La 24.ª reunión del Consejo de Jefes de Gobierno de la OCS aprobó el presupuesto.", 24),
    ("A 25.ª cimeira da OCX terminou em Tianjin.", 25),
    ("Il 18.º vertice della SCO si è chiuso.", 18),
    ("la 24.a reunión del consejo de jefes de gobierno", 24),
    # written for this test: a day of a month, a year, no meeting's word
    ("El 3.º día de la cumbre fue tranquilo.", None),
    ("En 2024. a reunión ...", None),
])
def test_the_romance_ordinal_with_its_period(text: str, ordinal: int | None) -> None:
    assert lead_ordinal(text) == ordinal


# --- step 3: an undated summit report at a venue of one summit and other meetings -------------

@pytest.mark.parametrize("body", [
    # written for this test: the summit named, no council, Qingdao in the lead
    "Qingdao / Agencias\nEl presidente chino presidió el domingo la cumbre anual de la OCS.",
    # written for this test: a prime minister at the summit is no ministers' meeting
    "Il primo ministro indiano era al vertice della SCO a Qingdao con gli altri leader.",
])
def test_an_undated_summit_at_a_venue_of_one_summit_is_that_summit(body: str) -> None:
    found = venue_meeting(default_calendar(), "Qingdao", (), True, "", body, ["Qingdao"])
    assert found is not None and found.id == "hsc-2018-qingdao"


@pytest.mark.parametrize("venue, body", [
    # written for this test: ministers in the lead (their meeting may be called a summit too)
    ("Qingdao", "Los ministros de Defensa de la OCS celebraron en Qingdao su cumbre anual."),
    ("Qingdao", "SCO defence ministers' summit in Qingdao ends with a joint communique."),
    # written for this test: Astana held several summits; no summit named at all
    ("Astana", "La cumbre anual de la OCS en Astana terminó con una declaración."),
    ("Qingdao", "Los líderes de la OCS se reunieron en Qingdao y firmaron una declaración."),
])
def test_ministers_or_a_venue_of_several_summits_resolve_nothing(venue: str, body: str) -> None:
    summit = "cumbre" in body or "summit" in body
    assert venue_meeting(default_calendar(), venue, (), summit, "", body, [venue]) is None
