"""Round 32 (issue 14, blind sets 21-25 as dev): the document register a reader can trust. Every
text here is written for these tests (by the scowatch developers), none is copied from the sets."""

from __future__ import annotations

import pytest

from pipeline.documents import find_documents
from pipeline.documents.meetings import years_in


def _names(gaz, body, published=None):
    return {d.name: d for d in find_documents("", body, published, gaz=gaz)}


@pytest.mark.parametrize(
    "text",
    [
        # written for this test: German, French, Italian, Portuguese periods
        "Die Staaten billigten Programme der Organisation bis 2035.",
        "Die Staaten billigten Programme der Organisation bis zum Jahr 2035.",
        "Les États ont approuvé des programmes jusqu'en 2035.",
        "Les États ont approuvé des programmes d’ici 2035.",
        "Gli Stati hanno approvato programmi fino al 2035.",
        "Os Estados aprovaram programas até 2035.",
        # written for this test: a year inside another document's title in its marks
        "Лидеры одобрили «Стратегию развития 2035» на встрече.",
    ],
)
def test_a_period_or_a_title_year_is_no_meeting_year(text):
    assert 2035 not in years_in(text)


def test_a_meeting_year_stays():
    # written for this test: "im Jahr 2024" dates the meeting
    assert years_in("Der Gipfel fand im Jahr 2024 statt, bis dahin ohne Erklärung.") == (2024,)


def test_an_undated_report_with_a_plan_period_raises_no_calendar_gap(gaz):
    # written for this test: an undated German report of an Astana summit whose sentence names
    # another plan's period ("bis 2030"): the summit is one of the calendar's Astana summits,
    # ambiguous, not a meeting the calendar lacks
    body = (
        "Die Staatschefs der Shanghaier Organisation für Zusammenarbeit (SCO) trafen sich in "
        "Astana. Dort wurde die Astana-Erklärung des Rates der Staatschefs verabschiedet, "
        "ebenso Beschlüsse über Programme der Organisation bis 2030."
    )
    found = _names(gaz, body)
    assert "Astana Declaration" in found
    assert found["Astana Declaration"].meeting.gap is None


@pytest.mark.parametrize(
    "body",
    [
        # written for this test: Russian, English and Chinese calls to observe a convention
        "Главы государств ШОС подписали декларацию на саммите в Самарканде. Они также призвали "
        "к соблюдению Конвенции о запрещении разработки и накопления бактериологического оружия.",
        "The SCO leaders signed the Samarkand Declaration and called for strict compliance with "
        "the Convention on the Prohibition of Biological Weapons.",
        "上合组织成员国元首签署了《撒马尔罕宣言》，呼吁遵守《禁止生物武器公约》。",
    ],
)
def test_a_convention_the_states_call_to_observe_is_no_sco_document(gaz, body):
    found = _names(gaz, body)
    assert not any(
        "onvention" in n or "Конвенц" in n or "公约" in n for n in found
    ), found


def test_an_sco_convention_signed_stays(gaz):
    # written for this test: no word of observing before the name
    body = "The SCO leaders signed the Convention on Countering Extremism at the Astana summit."
    assert any("Countering Extremism" in n for n in _names(gaz, body))
