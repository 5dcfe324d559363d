"""Round 13 of story grouping (blind set 12 as dev): an Indonesian or Malay lead saying the
meeting is to come ("akan" and a meeting verb) reads as a preview's (event_phase "ahead"), so an
undated preview found after the meeting stays apart from the meeting's reports (found_preview).
The texts are short ones written by the scowatch developers, modelled on the constructions of
real reports, not taken from any evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents.calendar import default_calendar
from pipeline.stories import event_phase, found_preview

AHEAD = [
    "Presiden akan menghadiri KTT SCO pada 15-16 Juni di Astana, kata juru bicara.",
    "KTT Organisasi Kerja Sama Shanghai akan digelar di Bishkek pekan depan.",
    "Sidang Kemuncak SCO akan berlangsung di Tianjin pada 31 Ogos hingga 1 September.",
    "Para menteri luar negeri akan bertemu di Astana untuk membahas keamanan kawasan.",
]


@pytest.mark.parametrize("text", AHEAD)
def test_indonesian_and_malay_to_come_is_ahead(text) -> None:
    assert event_phase("", text) == "ahead"


def test_a_report_of_the_meeting_is_not_ahead() -> None:
    # "akan" before a word that names no meeting's doing is no preview's lead
    text = ("KTT SCO di Astana ditutup dengan penandatanganan deklarasi. Indonesia akan terus "
            "memantau kerja sama kawasan.")
    assert event_phase("", text) != "ahead"


def test_an_undated_indonesian_preview_found_after_the_summit_is_left_out() -> None:
    meeting = default_calendar().get("hsc-2024-astana")
    text = ("Kementerian Luar Negeri mengumumkan para pemimpin akan menghadiri KTT SCO di "
            "Astana pada 3-4 Juli 2024.")
    assert found_preview("", text, date(2024, 12, 1), meeting)
