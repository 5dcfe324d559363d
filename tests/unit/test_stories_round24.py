"""Round 24 of story grouping (blind set 19 as dev): an undated page found after the meeting it
resolves to stays a preview (`found_preview`) when its lead says the meeting is to come in the
French future or conditional ("représentera", "devrait délibérer"), the Spanish infinitive of
what is to come ("a celebrarse") or Chinese words of eager expectation ("热切期待"); a report's
lead telling the future of the chairmanship passing on or of the next meeting is no preview of
the meeting reported (`next_meeting_blanked`); and ordinals written before the organisation's
full name, or in the Hindi and Urdu masculine, number the meeting (`ordinal_in`). Every text here
is written by the developers (round 24), after the shapes of blind sets 6, 14 and 19; none is
copied from a set."""

from __future__ import annotations

from datetime import date

import pytest
from round_helpers import meeting_of

from pipeline.documents.meetings import ordinal_in
from pipeline.stories import found_preview, next_meeting_blanked

SEEN = date(2023, 11, 20)  # a crawl day long after the 2021 and 2022 summits


@pytest.mark.parametrize("text, mid", [
    # written by the developers: French "the minister will represent the country at the
    # summit", "the summit should deliberate later this week"
    ("Le ministre représentera son pays au sommet de l'OCS à Douchanbé.", "hsc-2021-dushanbe"),
    ("Le sommet de l'OCS à Douchanbé devrait délibérer sur l'adhésion de nouveaux membres.",
     "hsc-2021-dushanbe"),
    ("Les dirigeants participeront au sommet qui se déroulera à Douchanbé.",
     "hsc-2021-dushanbe"),
    # written by the developers: Spanish "the summit, to be held on 15 and 16 September", "the
    # leaders get ready for the summit", "the president will take part"
    ("La cumbre de la OCS, a celebrarse el 15 y 16 de septiembre en Samarcanda, tratará la "
     "cooperación.", "hsc-2022-samarkand"),
    ("Los líderes se preparan para la cumbre de la OCS en Samarcanda.", "hsc-2022-samarkand"),
    ("El presidente participará en la cumbre de la OCS en Samarcanda.", "hsc-2022-samarkand"),
    # written by the developers: Chinese "the summit in Samarkand, which all circles eagerly
    # await" (no future word)
    ("9月15日至16日,上海合作组织峰会在撒马尔罕举行,各方热切期待。", "hsc-2022-samarkand"),
])
def test_undated_previews_round24(text: str, mid: str) -> None:
    assert found_preview("", text, SEEN, meeting_of(mid))


@pytest.mark.parametrize("text, mid", [
    # written by the developers: reports of the meeting, in the past or present
    ("Le sommet de l'OCS s'est tenu à Douchanbé le 17 septembre.", "hsc-2021-dushanbe"),
    ("La cumbre de la OCS se celebró en Samarcanda el 16 de septiembre.", "hsc-2022-samarkand"),
    ("9月16日,上海合作组织峰会在撒马尔罕举行。", "hsc-2022-samarkand"),
    # written by the developers: a report whose lead tells the chairmanship's future and the
    # next meeting's ("the chairmanship passes to Kyrgyzstan and will run under a motto"; "the
    # next meeting will be held in 2023 in India")
    ("Председательство в ШОС переходит к Индии и пройдет под девизом единства.\nСаммит "
     "состоялся 16 сентября в Самарканде.", "hsc-2022-samarkand"),
    ("上海合作组织峰会16日在撒马尔罕举行。下次峰会将于2023年在印度举行。", "hsc-2022-samarkand"),
    ("The summit ended in Samarkand. The next summit will be held in India in 2023.",
     "hsc-2022-samarkand"),
])
def test_reports_not_previews_round24(text: str, mid: str) -> None:
    assert not found_preview("", text, SEEN, meeting_of(mid))


def test_next_meeting_blanked_keeps_length_and_this_year() -> None:
    # written by the developers
    lead = "Саммит пройдёт в 2022 году в Самарканде. Следующий пройдёт в 2023 году."
    out = next_meeting_blanked(lead, 2022)
    assert len(out) == len(lead)
    assert out.startswith("Саммит пройдёт в 2022 году")
    assert "2023" not in out
    # a year ending a span ("a strategy until 2035", "2023-2027") is kept
    plan = "Лидеры примут стратегию до 2035 года и план на 2023-2027 годы."
    assert next_meeting_blanked(plan, 2022) == plan


@pytest.mark.parametrize("text, n", [
    # written by the developers
    ("The 21st Shanghai Cooperation Organisation (SCO) summit opened", 21),
    ("परिषद का 22 वां शिखर सम्मेलन समरकंद में", 22),
    ("تنظیم کا 23 واں سربراہی اجلاس", 23),
])
def test_ordinals_round24(text: str, n: int) -> None:
    assert ordinal_in(text) == n
