"""The document register's rules: which entry a mention joins, one per (document, meeting).

Pure: the caller (pipeline.process) reads the entries of a key from the database and writes the
outcome. A document planned or approved as a draft at one meeting and adopted at a later one is
one entry, at the adopting meeting, with both steps in its history (a strategy or programme
the heads planned summits before they adopted it too, round 47); so is a step the calendar
holds no meeting for, told at a calendar meeting's venue in the days around it (round 45), and,
for a document adopted once, a report that names no meeting of it while the register holds it at
one meeting (round 55: one card per document, the report "also mentioned without its meeting").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.documents.base import DocumentMention
from pipeline.documents.calendar import COUNCIL_NAMES, default_calendar

STATUS_ORDER = ("signed", "approved", "adopted", "planned")
# How far apart a draft's meeting and its adoption may be to count as one document's history.
HISTORY_DAYS = 400
# The councils whose adoption ends a document's history: the heads of state and of government.
HEADS_COUNCILS = frozenset({COUNCIL_NAMES["heads_of_state_council"],
                            COUNCIL_NAMES["heads_of_government_council"]})
# Kinds of document a lower council (RATS, ministers) prepares and approves for the heads to
# adopt: its approval is a draft's, even when the report says only "approved" (the RATS council
# "approved the projects of the Cooperation Program ... for 2019-2021", adopted at Qingdao two
# months later). A declaration, communiqué or statement is the meeting's own text: the defence
# ministers' Joint Communiqué and the summit's are two documents.
PREPARED_KINDS = frozenset({"programme", "strategy", "concept", "action_plan", "agreement"})
# How far apart a plan of a prepared kind and its adoption by the heads may be (round 47, blind
# set 35): the heads decide to draft a strategy or convention at one summit and adopt it one to
# three summits later (the Development Strategy until 2025: planned at Bishkek in September
# 2013, approved at Ufa in July 2015, 665 days). Only a plan and an adoption by the heads join
# over that span; a declaration, communiqué or statement is its meeting's own text and keeps
# HISTORY_DAYS (the Astana Declarations of 2017 and 2024, both adopted, stay two entries).
DRAFTING_DAYS = 3 * 366
# How many days before a calendar meeting's first day or after its last a step of the same
# document at the meeting's venue, at no meeting of the calendar, is a step of that meeting's
# entry (round 45, blind set 34: Iran's memorandum of obligations signed in Samarkand by its
# foreign minister and the Secretary-General on 14 September 2022, the eve of the summit that
# adopted it, was an "unresolved" entry beside the summit's). Astana 2017 and 2024 stay apart:
# both are calendar meetings, and a step years off is no step of either.
FOLD_DAYS = 3


# A year in a document's name: the period it covers ("2019-2020年落实…联合行动计划", "Development
# Strategy until 2035", "Programme of Cooperation ... for 2019-2021") names one document, adopted
# once (round 55); the next period's plan is another name.
_YEAR_IN_NAME = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# Round 78: a memorandum that gives one state its status, named by the state: "Memorandum of
# Obligations of <state>" (for membership) or "Memorandum on granting <state> the status of SCO
# dialogue partner" (pipeline/documents/names.py builds both names). A state obtains a status
# once, so its memorandum is signed once.
_STATUS_MEMORANDUM = re.compile(r"^Memorandum (?:of obligations of |on granting .+ the status of )",
                                re.IGNORECASE)


def adopted_once(name: str, kind: str) -> bool:
    """Whether a document by this name is adopted (signed) once, at one meeting, so that a report
    naming no meeting of it is about the one the register holds: an agreement, convention or
    treaty (concluded once; its amendments and protocols carry titles of their own), a document
    whose name carries its period, or a state's status memorandum (round 78). Not a venue
    declaration (Astana 2005, 2011, 2017 and 2024 each adopted an "Astana Declaration"), a
    communiqué (one per meeting), a programme, strategy or concept named by its subject only (the
    Programme of Multilateral Trade and Economic Cooperation of 2003 and of 2019), nor another
    memorandum (the Secretariat's memoranda of understanding with a body are renewed under the
    same title) (round 55).

    A status memorandum is signed by the state's minister and the Secretary-General apart from
    the summit that decided it (round 45 kept such a signing elsewhere its own entry): Egypt's and
    Qatar's were signed in Tashkent on 14 September 2022, two days before the Samarkand summit
    that the other reports place them at (blind sets 8 and 38). That is one document with a
    history: the signing joins the summit's entry as a step with its own place and day, the
    entry's meeting unchanged, and no meeting is guessed for the signing (round 78)."""
    if kind == "agreement" or (kind == "memorandum" and _STATUS_MEMORANDUM.match(name)):
        return True
    return kind not in ("declaration", "communique", "memorandum") and bool(
        _YEAR_IN_NAME.search(name))


@dataclass(frozen=True)
class Entry:
    """What the rules need to know of an existing register entry."""

    id: int
    meeting_id: str  # '' while unresolved
    meeting_date: date | None
    status: str | None
    council: str | None = None  # display name; looked up by meeting_id when not given
    venue: str | None = None  # the meeting's venue (the text's, while unresolved); looked up too


@dataclass(frozen=True)
class Placement:
    """Where a mention goes: an existing entry (moved to the mention's meeting or not) or new."""

    entry_id: int | None
    move_to_meeting: bool = False


def more_specific(a: str | None, b: str | None) -> str | None:
    """The more specific of two statuses (signed > approved > adopted > planned)."""
    if a is None or b is None:
        return a or b
    return a if STATUS_ORDER.index(a) <= STATUS_ORDER.index(b) else b


def _venue(entry: Entry) -> str | None:
    """The venue of an entry's meeting: as given, else the bundled calendar's."""
    if entry.venue is not None or not entry.meeting_id:
        return entry.venue
    meeting = default_calendar().get(entry.meeting_id)
    return meeting.venue if meeting else None


def _council(entry: Entry) -> str | None:
    """The council of an entry's meeting: as given, else the bundled calendar's."""
    if entry.council is not None or not entry.meeting_id:
        return entry.council
    meeting = default_calendar().get(entry.meeting_id)
    return meeting.council_name if meeting else None


def _days(meeting_id: str, venue: str | None, when: date | None
          ) -> tuple[str, date, date] | None:
    """The venue and first and last days of a meeting: the bundled calendar's for a calendar
    meeting it holds, else the venue and day given; None when either is unknown."""
    held = default_calendar().get(meeting_id) if meeting_id else None
    if held is not None and held.start is not None:
        return held.venue, held.start, held.end or held.start
    if venue is None or when is None:
        return None
    return venue, when, when


def beside(step: tuple[str | None, date | None], meeting_id: str, venue: str | None,
           when: date | None) -> bool:
    """Whether a step at no calendar meeting (its venue and day) was taken at a calendar
    meeting's venue within FOLD_DAYS of its days: a step of the same document's history there,
    not an entry of its own."""
    at = _days("", *step)
    held = _days(meeting_id, venue, when)
    if at is None or held is None or not meeting_id or at[0] != held[0]:
        return False
    return (held[1] - at[1]).days <= FOLD_DAYS and (at[1] - held[2]).days <= FOLD_DAYS


def _prepares(council: str | None, status: str | None, kind: str) -> bool:
    """Whether a step is a lower council's approval of a draft the heads are to adopt."""
    return (kind in PREPARED_KINDS and council is not None and council not in HEADS_COUNCILS
            and status in ("approved", "planned"))


def _one_history(earlier: date, later: date, kind: str, adopted_by_heads: bool) -> bool:
    """Whether a plan on the earlier day and a step on the later one can be one document's
    history: within HISTORY_DAYS, or DRAFTING_DAYS for a prepared kind the heads adopt."""
    gap = (later - earlier).days
    return 0 <= gap <= HISTORY_DAYS or (
        adopted_by_heads and kind in PREPARED_KINDS and 0 <= gap <= DRAFTING_DAYS)


def _the_one_meeting(mention: DocumentMention, entries: list[Entry]) -> Entry | None:
    """The entry of a document adopted once that the register holds at one calendar meeting
    only, for a report that names no meeting of it: the report joins it as "also mentioned
    without its meeting" (its step in the entry's history with no meeting), the entry's meeting
    unchanged. A document held at two meetings, or not adopted once, keeps the report apart:
    the register never guesses its meeting (issue 14, round 55)."""
    if not adopted_once(mention.name, mention.type):
        return None
    held = {e.meeting_id for e in entries if e.meeting_id}
    if len(held) != 1 and mention.meeting.venue:
        # round 80 (dup80): the one meeting of them at the place the report gives. Blind set
        # 35, al-binaa.com (undated): the headline's «ميثاق حول التصدّي للتطرف والإرهاب» (the
        # charter on countering extremism and terrorism), placed only "in Astana", names the
        # Astana convention of 2017 as well as the Shanghai Convention of 2001 by its words;
        # the report's Astana is the one of the two held there
        held = {e.meeting_id for e in entries
                if e.meeting_id and _venue(e) == mention.meeting.venue}
    if len(held) != 1:
        return None
    return next(e for e in entries if e.meeting_id in held)


def place(mention: DocumentMention, entries: list[Entry]) -> Placement:
    """The entry a mention of a document belongs to, among the entries of its key."""
    meeting_id = mention.meeting.id or ""
    step = (mention.meeting.venue, mention.meeting.date)
    if not meeting_id:
        # a step at no calendar meeting, in the days around a calendar meeting of this document
        # at its venue: that meeting's entry, with the step in its history (only one such)
        near = [e for e in entries if beside(step, e.meeting_id, _venue(e), e.meeting_date)]
        if len(near) == 1:
            return Placement(near[0].id)
        held = _the_one_meeting(mention, entries)
        if held is not None:
            return Placement(held.id)
    for entry in entries:
        if entry.meeting_id == meeting_id:
            return Placement(entry.id)
    if meeting_id:
        # ... and the other way round: the calendar meeting's report after the step's
        near = [e for e in entries if not e.meeting_id and beside(
            (e.venue, e.meeting_date), meeting_id, mention.meeting.venue, mention.meeting.date)]
        if len(near) == 1:
            return Placement(near[0].id, move_to_meeting=True)
        # a document adopted once, held so far only without its meeting: this report gives the
        # meeting, and the entry moves there (as it would be had this report come first)
        if adopted_once(mention.name, mention.type) and not any(e.meeting_id for e in entries):
            unresolved = [e for e in entries if not e.meeting_id]
            if len(unresolved) == 1:
                return Placement(unresolved[0].id, move_to_meeting=True)
    when = mention.meeting.date
    if not meeting_id or when is None:
        return Placement(None)
    dated = [e for e in entries if e.meeting_id and e.meeting_date is not None]
    # round 80 (dup80): a document whose name carries its period is adopted once, so its plans
    # at two heads' summits are one history whichever report comes first (blind set 35: the
    # Development Strategy until 2025 planned at Bishkek in September 2013 and, in a preview,
    # for Ufa in July 2015, where it was signed; with the preview first, the Bishkek plan made
    # an entry of its own, because the Ufa entry was not yet adopted)
    once = adopted_once(mention.name, mention.type)
    if mention.status == "planned" or _prepares(mention.meeting.council, mention.status,
                                                mention.type):
        later = [e for e in dated if _one_history(
                     when, e.meeting_date, mention.type,  # type: ignore[arg-type]
                     _council(e) in HEADS_COUNCILS and (
                         e.status not in (None, "planned") or once))
                 and (mention.status == "planned" or _council(e) in HEADS_COUNCILS)]
        if later:
            return Placement(min(later, key=lambda e: e.meeting_date).id)  # type: ignore[arg-type,return-value]
        if once and mention.status == "planned" and (
                mention.meeting.council in HEADS_COUNCILS):
            # ... and the other way round: the later summit's plan moves the earlier plan's
            # entry to the summit that is to adopt it
            earlier = [e for e in dated if e.status == "planned"
                       and _council(e) in HEADS_COUNCILS
                       and _one_history(e.meeting_date, when, mention.type, True)]  # type: ignore[arg-type]
            if earlier:
                return Placement(max(earlier, key=lambda e: e.meeting_date).id,  # type: ignore[arg-type,return-value]
                                 move_to_meeting=True)
        return Placement(None)
    heads = mention.meeting.council in HEADS_COUNCILS
    drafts = [
        e
        for e in dated
        if (e.status == "planned" or (heads and _prepares(_council(e), e.status, mention.type)))
        and _one_history(e.meeting_date, when, mention.type,  # type: ignore[arg-type]
                         heads and e.status == "planned")
    ]
    if drafts:
        return Placement(max(drafts, key=lambda e: e.meeting_date).id, move_to_meeting=True)  # type: ignore[arg-type,return-value]
    return Placement(None)



def one_step(stored: tuple[str | None, date | None], told: tuple[str | None, date | None],
             page_days: tuple[date | None, date | None] = (None, None)
             ) -> tuple[str | None, date | None] | None:
    """The step at no calendar meeting that two reports of one document's same status tell
    between them (round 80), or None when they do not complete each other. The register keeps
    one such step per status; one report may give its place and the other its day (blind set 8:
    Qatar's memorandum "signed Wednesday in Tashkent", and "signed ... on Sept. 14, 2022"). They
    are one step when neither contradicts the other. A day that is its report's own publication
    day (`page_days`: the stored report's, then this one's) may be the page's day standing in
    for the step's, which the text does not give: it completes no other report's step."""
    if any(a is not None and b is not None and a != b for a, b in zip(stored, told, strict=True)):
        return None
    stored_day = None if stored[1] is not None and stored[1] == page_days[0] else stored[1]
    told_day = None if told[1] is not None and told[1] == page_days[1] else told[1]
    merged = (stored[0] or told[0], stored[1] or told_day)
    if merged == stored or merged[0] is None or merged[1] is None or (
            stored[0] is None and stored_day is None):
        return None
    return merged
