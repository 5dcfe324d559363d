"""Round 12 of story grouping (blind set 11 as dev): an undated page naming a council's meeting
with its ordinal and venue resolves to that meeting whatever day a crawl found it
(numbered_meeting), "begin talks" reads as talks, and the Shanghai of the Shanghai Convention is
no venue. The texts are short ones written by the scowatch developers, modelled on the
constructions of real reports (a numbered summit in a headline, an Arabic "the 24th meeting of
the council", a dateline city other than the venue), not taken from any evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline import process
from pipeline.documents.calendar import default_calendar
from pipeline.documents.meetings import ordinal_in
from pipeline.stories import (
    COUNCIL_NAMES,
    LEAD_CHARS,
    found_preview,
    numbered_meeting,
    talks_after,
)
from pipeline.tagging import tag_article

_COUNCILS = {name: body for body, name in COUNCIL_NAMES.items()}



def _resolve(gaz, text: str, lang: str):
    """What features_for gives numbered_meeting for an undated page: the first venue, the
    lead's venues, the councils named and the lead's ordinal."""
    rows = process.tag_rows(tag_article(gaz, "", text, lang))
    first = [v for k, v, *d in rows if k == "venue" and d and d[0] == "first"]
    lead = [v for k, v, *d in rows if k == "venue" and d and d[0] == "lead"]
    councils = {_COUNCILS[v] for k, v, *_ in rows if k == "body" and v in _COUNCILS}
    ordinal = ordinal_in("\n" + text[:LEAD_CHARS]) if councils else None
    return numbered_meeting(default_calendar(), first[0] if first else None, lead, councils,
                            ordinal)


# (language, undated text, the calendar meeting it names)
NUMBERED = [
    ("en", "19th SCO Summit held in Bishkek amid regional tensions\n\nLeaders of the member "
           "states met in the Kyrgyz capital.", "hsc-2019-bishkek"),
    ("es", "Los miembros de la Organización de Cooperación de Shanghái (OCS) firmaron una "
           "declaración tras la 24ª reunión del Consejo de Jefes de Estado de la OCS, celebrada "
           "en Astaná.", "hsc-2024-astana"),
    # a dateline city first, the venue in the lead (a spokesperson's briefing on the meeting)
    ("zh", "新华社北京10月17日电 外交部发言人表示,上海合作组织成员国政府首脑(总理)理事会第二十三次"
           "会议在伊斯兰堡成功举行。", "hgc-2024-islamabad"),
]


@pytest.mark.parametrize(("lang", "text", "meeting"), NUMBERED)
def test_an_undated_page_naming_council_ordinal_and_venue_resolves(gaz, lang, text,
                                                                   meeting) -> None:
    found = _resolve(gaz, text, lang)
    assert found is not None and found.id == meeting


NOT_NUMBERED = [
    # a council and venue without an ordinal: Astana hosted several summits
    ("en", "The SCO Council of Heads of State met in Astana to admit a new member."),
    # an ordinal of another venue's meeting
    ("en", "The 19th SCO Summit was held in Astana, officials said."),
    # an ordinal with no council named
    ("en", "The 24th meeting in Astana drew leaders from Asia."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_NUMBERED)
def test_no_meeting_without_the_full_name(gaz, lang, text) -> None:
    assert _resolve(gaz, text, lang) is None


def test_an_undated_numbered_preview_is_still_left_out(gaz) -> None:
    text = ("The 19th SCO Summit will be held in Bishkek, where leaders of the member states "
            "are expected to sign a declaration.")
    meeting = _resolve(gaz, text, "en")
    assert meeting is not None  # the name resolves; found_preview then drops it
    assert found_preview("", text, date(2025, 12, 1), meeting)


def test_talks_begun_are_talks() -> None:
    meeting = default_calendar().get("hsc-2024-astana")
    text = "Putin and Xi begin talks on the sidelines of the SCO summit.\n\nThe leaders met."
    assert talks_after("", text, date(2025, 12, 1), meeting, [])
    assert not talks_after("", "The SCO summit begins in Astana.", date(2025, 12, 1), meeting,
                           [])
