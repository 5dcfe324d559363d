"""Round 25 of story grouping (blind set 19 as dev): an undated report naming the SCO's summit (or
a council) and a venue that holds one meeting in the whole calendar resolves to that meeting
whatever the crawl day (`venue_meeting`), unless its lead names another of the calendar's
venues, a year other than the meeting's, a next or future meeting, a future of any verb, or
another organisation. Every text here is written by the developers (round 25), after the shapes
of blind set 19's Samarkand reports; none is copied from a set."""

from __future__ import annotations

import pytest

from pipeline.documents.calendar import default_calendar
from pipeline.stories import _ANY_FUTURE, venue_meeting


def _resolve(text: str, venue: str, councils: tuple[str, ...] = (), summit: bool = True,
             title: str = "") -> str | None:
    meeting = venue_meeting(default_calendar(), venue, councils, summit, title, text)
    return meeting.id if meeting else None


@pytest.mark.parametrize("text, venue, councils, summit, mid", [
    # written by the developers: German "the presidents met in Samarkand on Thursday; the
    # occasion was the summit of the Shanghai Organisation"
    ("Die Präsidenten trafen sich am Donnerstag in Samarkand. Anlass war der Gipfel der "
     "Shanghaier Organisation für Zusammenarbeit.", "Samarkand", (), True, "hsc-2022-samarkand"),
    # written by the developers: Spanish, a summit report naming no council
    ("Los presidentes se reunieron en Samarcanda durante la cumbre de la OCS.", "Samarkand", (),
     True, "hsc-2022-samarkand"),
    # written by the developers: the foreign ministers' council named, at the one meeting in Goa
    ("The SCO foreign ministers met in Goa and discussed regional security.", "Goa",
     ("foreign_ministers_council",), False, "cfm-2023-goa"),
    # a year that is the meeting's, and a span of years, contradict nothing
    ("The SCO summit in Samarkand in 2022 adopted a plan for 2023-2027.", "Samarkand", (), True,
     "hsc-2022-samarkand"),
])
def test_one_meeting_at_the_venue_resolves(text: str, venue: str, councils: tuple[str, ...],
                                           summit: bool, mid: str) -> None:
    assert _resolve(text, venue, councils, summit) == mid


@pytest.mark.parametrize("text, venue, councils, summit", [
    # several meetings at the venue: Astana, Tashkent; Qingdao holds a summit and a defence
    # ministers' meeting, which reports also call a "summit"
    ("The SCO summit in Astana brought the leaders together.", "Astana", (), True),
    ("The SCO summit in Tashkent brought the leaders together.", "Tashkent", (), True),
    ("At the SCO summit in Qingdao the defence ministers signed nothing.", "Qingdao", (), True),
    # the one meeting at the venue is of a council the report does not name
    ("The SCO leaders met in Goa.", "Goa", ("heads_of_state_council",), True),
    # neither a council nor the summit named
    ("Tourists crowded the old town of Samarkand.", "Samarkand", (), False),
    # a year other than the meeting's: a later background piece
    ("In 2024 the leaders recalled the SCO summit in Samarkand.", "Samarkand", (), True),
    # a next meeting, a future, another of the calendar's venues, another organisation
    ("The next SCO summit is in Samarkand.", "Samarkand", (), True),
    ("The leaders will gather at the SCO summit in Samarkand.", "Samarkand", (), True),
    ("After the SCO summit in Samarkand, New Delhi took the chair.", "Samarkand", (), True),
    ("The Organization of Turkic States held its summit in Samarkand.", "Samarkand", (), True),
    # the venue not in the lead at all (named first only further down)
    ("The SCO summit adopted a declaration." + " Background." * 60 + " Samarkand.", "Samarkand",
     (), True),
])
def test_otherwise_nothing_resolves(text: str, venue: str, councils: tuple[str, ...],
                                    summit: bool) -> None:
    assert _resolve(text, venue, councils, summit) is None


@pytest.mark.parametrize("text", [
    # written by the developers: previews in the languages whose futures found_preview misses
    # (Korean "is scheduled to attend", Azerbaijani "to be held", Mongolian "will take part",
    # Vietnamese "will", Uzbek Cyrillic "will meet")
    "시 주석은 사마르칸트에서 열리는 상하이협력기구 정상회의에 참석할 예정이다.",
    "Səmərqənddə keçiriləcək Şanxay Əməkdaşlıq Təşkilatının sammiti vacibdir.",
    "Ерөнхийлөгч Самарканд хотноо ШХАБ-ын дээд түвшний уулзалтад оролцоно.",
    "Các nhà lãnh đạo sẽ dự hội nghị thượng đỉnh SCO tại Samarkand.",
    "Путин ва Си Цзиньпин ШҲТ саммити доирасида Самарқандда учрашади.",
])
def test_a_future_of_any_verb_resolves_nothing(text: str) -> None:
    assert _ANY_FUTURE.search(text)
    assert _resolve(text, "Samarkand") is None


def test_future_members_are_no_future_meeting() -> None:
    # written by the developers: "future members" tells of no meeting to come
    text = "The SCO summit in Samarkand gathered members, observers and future members."
    assert _resolve(text, "Samarkand") == "hsc-2022-samarkand"


def test_the_lead_venues_are_read_among_the_tagged_ones() -> None:
    # written by the developers: "Shanghai" of the organisation's name is no venue tagging keeps
    text = "The Samarkand summit of the Shanghai Cooperation Organisation ended."
    calendar = default_calendar()
    assert venue_meeting(calendar, "Samarkand", (), True, "", text) is None
    meeting = venue_meeting(calendar, "Samarkand", (), True, "", text, venues={"Samarkand"})
    assert meeting is not None and meeting.id == "hsc-2022-samarkand"


@pytest.mark.parametrize("text", [
    # written by the lead: reports written in a meeting's preparations or on its eve, with no
    # verb in the future (Arabic "in the preparations for holding the summit in Samarkand",
    # English, Russian "on the eve of the summit")
    "وقعت مصر مذكرة في إطار الاستعدادات لعقد قمة منظمة شنغهاي للتعاون في سمرقند.",
    "Egypt signed a memorandum in preparation for the SCO summit in Samarkand.",
    "Накануне саммита ШОС в Самарканде Египет подписал меморандум.",
])
def test_a_report_of_the_preparations_or_the_eve_resolves_nothing(text: str) -> None:
    assert _ANY_FUTURE.search(text)
    assert _resolve(text, "Samarkand") is None
