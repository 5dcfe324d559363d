"""The calendar of SCO meetings (pipeline/data/meetings.toml plus a user's file), as data."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

CALENDAR_FILE = Path(__file__).resolve().parents[1] / "data" / "meetings.toml"
BODIES_FILE = Path(__file__).resolve().parents[1] / "data" / "gazetteers" / "bodies.toml"
# Documents the public record places at one calendar meeting (round 66)
RECORDED_DOCUMENTS_FILE = Path(__file__).resolve().parents[1] / "data" / "meeting_documents.toml"

# Councils by body id (gazetteers/bodies.toml), with the display name the register shows.
COUNCIL_NAMES = {
    "heads_of_state_council": "SCO Heads of State Council",
    "heads_of_government_council": "SCO Heads of Government Council",
    "foreign_ministers_council": "SCO Council of Foreign Ministers",
    "national_coordinators_council": "SCO Council of National Coordinators",
    "defence_ministers_council": "SCO Defence Ministers' Meeting",
    "rats": "SCO Regional Anti-Terrorist Structure (RATS)",
}
# ... and every council the calendar holds (round 18 added the security council secretaries, a
# `meets` body for story grouping, which keys their events by the body rather than the calendar)
SESSION_COUNCIL_NAMES = COUNCIL_NAMES | {
    "security_council_secretaries": "SCO Meeting of Security Council Secretaries",
}


@cache
def _bodies() -> tuple[dict[str, Any], ...]:
    """The bodies of gazetteers/bodies.toml, read once per process on first use (never at
    import)."""
    data = tomllib.loads(BODIES_FILE.read_text(encoding="utf-8"))
    return tuple(data.get("body", []))


def _meeting_kind_names() -> dict[str, str]:
    """The SCO's other meeting kinds (round 35): every `meets = true` body of
    gazetteers/bodies.toml (the sectoral ministers', the prosecutors general, the supreme courts'
    presidents ...), by id, with its display name. Data, not code: a contributor adds a kind of
    ministers' meeting, with its names per language, to bodies.toml, and its meetings to the
    calendar under that id."""
    return {
        str(b["id"]): str(b.get("name") or b["id"])
        for b in _bodies()
        if b.get("meets") and not b.get("council")
    }


@cache
def calendar_council_names() -> Mapping[str, str]:
    """Every council the calendar holds, by body id, with its display name: SESSION_COUNCIL_NAMES
    and the other meeting kinds of bodies.toml (built on first use, round 39: importing this
    module reads no file)."""
    return MappingProxyType(SESSION_COUNCIL_NAMES | {
        k: v for k, v in _meeting_kind_names().items() if k not in SESSION_COUNCIL_NAMES
    })


def council_id_of(name: str | None) -> str | None:
    """The body id of a council's display name (a Meeting's `council`), else None (round 43:
    one lookup, not a scan of every council per mention)."""
    return _council_ids().get(name) if name else None


@cache
def _council_ids() -> Mapping[str, str]:
    """Display name -> body id, the inverse of calendar_council_names (first id of a name)."""
    out: dict[str, str] = {}
    for k, v in calendar_council_names().items():
        out.setdefault(v, k)
    return MappingProxyType(out)


# The councils the calendar held when the rules of story grouping and of the document finder's
# fallbacks were tuned on the blind sets (rounds 1-17). Story grouping places reports at their
# meetings only; the defence ministers', secretaries' and RATS meetings added in round 18 are
# not used there, and the finder's fallbacks for them never contradict the article's venue.
TUNED_COUNCILS = frozenset(
    {"heads_of_state_council", "heads_of_government_council", "foreign_ministers_council"}
)


@dataclass(frozen=True)
class CalendarMeeting:
    """One meeting of an SCO council, as the calendar records it."""

    id: str
    council: str  # body id
    venue: str
    year: int
    ordinal: int | None = None
    chair: str | None = None
    start: date | None = None
    end: date | None = None
    format: str = "in person"
    source: str = ""
    checked: str = ""

    @property
    def council_name(self) -> str:
        """The council's display name."""
        return calendar_council_names().get(self.council, self.council)

    @property
    def day(self) -> date | None:
        """The day its documents are dated: the last day of the meeting."""
        return self.end or self.start

    def covers(self, when: date, slack: int = 1) -> bool:
        """Whether a date falls on the meeting's days (give or take `slack` days)."""
        if self.start is None:
            return False
        last = self.end or self.start
        return (self.start - when).days <= slack and (when - last).days <= slack

    def label(self) -> str:
        """'SCO Heads of State Council, Astana, 2024-07-04' (the format when by video)."""
        venue = self.venue + (" (video conference)" if self.format == "video" else "")
        when = self.day.isoformat() if self.day else str(self.year)
        return f"{self.council_name}, {venue}, {when}"


@dataclass(frozen=True)
class Calendar:
    """All known meetings, oldest first."""

    meetings: tuple[CalendarMeeting, ...]

    def get(self, meeting_id: str | None) -> CalendarMeeting | None:
        """The meeting with this id, if any."""
        return next((m for m in self.meetings if m.id == meeting_id), None)


def _meeting(raw: dict[str, Any]) -> CalendarMeeting:
    """One calendar entry from its TOML table (dates as TOML dates or ISO strings)."""

    def day(value: Any) -> date | None:
        if value in (None, ""):
            return None
        return value if isinstance(value, date) else date.fromisoformat(str(value))

    start = day(raw.get("start"))
    end = day(raw.get("end"))
    year = int(raw.get("year") or (start.year if start else 0))
    if not raw.get("id") or not raw.get("council") or not raw.get("venue") or not year:
        raise ValueError(f"calendar entry needs id, council, venue and year (or start): {raw}")
    if str(raw["council"]) not in meeting_bodies():
        raise ValueError(
            f"calendar entry {raw['id']!r}: unknown council {raw['council']!r} (a body id of "
            f"gazetteers/bodies.toml whose meetings adopt documents: "
            f"{', '.join(sorted(meeting_bodies()))})"
        )
    if end is not None and (start is None or end < start):
        raise ValueError(
            f"calendar entry {raw['id']!r}: end {end} without a start or before start {start}"
        )
    return CalendarMeeting(
        id=str(raw["id"]),
        council=str(raw["council"]),
        venue=str(raw["venue"]),
        year=year,
        ordinal=int(raw["ordinal"]) if raw.get("ordinal") else None,
        chair=raw.get("chair") or None,
        start=start,
        end=end,
        format=str(raw.get("format") or "in person"),
        source=str(raw.get("source") or ""),
        checked=str(raw.get("checked") or ""),
    )


@lru_cache(maxsize=1)
def meeting_bodies() -> frozenset[str]:
    """The body ids of gazetteers/bodies.toml whose meetings adopt documents (`council` or
    `meets`): the councils a calendar entry may name."""
    return frozenset(
        str(b["id"]) for b in _bodies() if b.get("council") or b.get("meets")
    ) | frozenset(calendar_council_names())


def load_calendar(extra: Iterable[Path] = ()) -> Calendar:
    """The bundled calendar, then each extra file (an entry with the same id replaces one)."""
    by_id: dict[str, CalendarMeeting] = {}
    for path in (CALENDAR_FILE, *extra):
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        for raw in data.get("meeting", []):
            meeting = _meeting(raw)
            by_id[meeting.id] = meeting
    ordered = sorted(by_id.values(), key=lambda m: (m.start or date(m.year, 1, 1), m.id))
    return Calendar(tuple(ordered))


@lru_cache(maxsize=1)
def default_calendar() -> Calendar:
    """The bundled calendar, loaded once per process."""
    return load_calendar()


@lru_cache(maxsize=64)
def story_calendar(calendar: Calendar, named: frozenset[str] = frozenset()) -> Calendar:
    """The meetings of a calendar that story grouping places one report among: those of
    TUNED_COUNCILS, and (round 22) those of the other calendar councils the report names
    (`named`, body ids): a defence ministers' meeting is a candidate only for a report naming
    the defence ministers' council, so a foreign ministers' report of the same day and city
    (Beijing, 24 April 2018) still singles out its own meeting."""
    return Calendar(tuple(m for m in calendar.meetings
                          if m.council in TUNED_COUNCILS or m.council in named))


@dataclass(frozen=True)
class RecordedDocument:
    """A document the public record places at one calendar meeting (meeting_documents.toml)."""

    name: str
    aliases: tuple[str, ...]
    meeting: str  # a calendar id
    source: str


@cache
def recorded_documents(path: Path = RECORDED_DOCUMENTS_FILE) -> tuple[RecordedDocument, ...]:
    """The documents of meeting_documents.toml, read once per process on first use; an entry
    without a name, a source or a meeting the bundled calendar holds is refused (round 66)."""
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for raw in data.get("document", []):
        if not raw.get("name") or not raw.get("source") or not raw.get("meeting"):
            raise ValueError(f"recorded document needs name, meeting and source: {raw}")
        if default_calendar().get(str(raw["meeting"])) is None:
            raise ValueError(f"recorded document {raw['name']!r}: no calendar meeting "
                             f"{raw['meeting']!r}")
        out.append(RecordedDocument(str(raw["name"]), tuple(raw.get("aliases", [])),
                                    str(raw["meeting"]), str(raw["source"])))
    return tuple(out)
