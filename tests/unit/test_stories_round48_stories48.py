"""Round 48 of story grouping (blind sets 31-35 as dev): the Persian "council of the heads of
(member) states" names the heads of state's council. Every sentence here is written for these
tests by the round-48 helper (after the shapes of Persian agencies' summit departures), none
copied from a set."""

from __future__ import annotations

import pytest

from pipeline.stories import lead_councils

HSC = "heads_of_state_council"
HGC = "heads_of_government_council"


@pytest.mark.parametrize("lead, councils", [
    # the council of the heads of member states: the summit
    ("نشست شورای سران کشورهای عضو سازمان همکاری شانگهای در بیشکک برگزار شد.", {HSC}),
    ("رئیس جمهور برای شرکت در نوزدهمین اجلاس شورای سران کشورهای عضو سازمان شانگهای سفر کرد.",
     {HSC}),
    # the summit of the heads of member states, also in Arabic letters (ي, ك)
    ("اجلاس سران کشورهای عضو سازمان همکاری شانگهای امروز آغاز شد.", {HSC}),
    ("اجلاس سران كشورهاي عضو سازمان همكاري شانگهاي امروز آغاز شد.", {HSC}),
    # the heads of government's council stays theirs
    ("نشست شورای سران دولت‌های عضو سازمان همکاری شانگهای در مسکو برگزار شد.", {HGC}),
    # another organisation's summit of the heads of member states (ECO) is no SCO council
    ("اجلاس سران کشورهای عضو سازمان همکاری اقتصادی (اکو) در اسلام آباد آغاز شد.", set()),
])
def test_persian_heads_of_state_council(lead: str, councils: set[str]) -> None:
    assert lead_councils("", lead) == councils
