"""Digests and alerts: what each subscriber has not yet received, rendered and queued for
delivery."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from email import message_from_string
from email.message import EmailMessage
from email.policy import SMTP
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, selectinload

from pipeline.config import ConfigError, Settings, Subscriber
from pipeline.db import Database, insert_for
from pipeline.delivery import (
    compose,
    flush_pending,
    make_transport,
    new_message_id,
    pending_messages,
    queue_message,
    reserved_items,
    unsubscribe_header,
    unsubscribe_mailto,
)
from pipeline.documents import default_gazetteer, sentences
from pipeline.documents.base import _DRAFT_AFTER, _DRAFT_BEFORE
from pipeline.documents.calendar import CalendarMeeting, default_calendar
from pipeline.documents.keys import document_key, same_document, shown_kind
from pipeline.documents.meetings import next_meeting_named, written_dates, written_day_month
from pipeline.documents.mentions import AMENDING
from pipeline.language import CLEAR_WINNER, top_language
from pipeline.models import (
    ArticleRow,
    ArticleVersion,
    Delivery,
    Document,
    DocumentMention,
    Message,
    Story,
    SubscriberRow,
    utcnow,
)
from pipeline.neardup import drop_bracketed_readings
from pipeline.render import (
    UNRESOLVED,
    Digest,
    DigestDocument,
    DigestItem,
    DigestStory,
    RenderedDigest,
    render_alert,
    render_digest,
    type_label,
)
from pipeline.stories import Features, authority, features_for, lead_dates
from pipeline.summarize import (
    ENDS_SENTENCE,
    is_boilerplate,
    split_sentences,
    strip_dateline,
    summarize,
)
from pipeline.tagging import find_matches
from pipeline.text import letter_script

DUE_AFTER = {"daily": timedelta(hours=20), "weekly": timedelta(days=6, hours=20)}


TYPE_RANK = {t: i for i, t in enumerate((
    "declaration", "joint_statement", "communique", "strategy", "programme", "action_plan",
    "concept", "agreement", "decision", "memorandum"))}


@dataclass
class Selection:
    """What a subscriber will receive, and what was left out and why."""

    documents: list[tuple[Document, list[ArticleRow]]] = field(default_factory=list)
    stories: list[list[ArticleRow]] = field(default_factory=list)
    filtered: dict[str, int] = field(default_factory=dict)
    # story id -> the story's headline and the article it comes from
    headlines: dict[int, tuple[str, int | None]] = field(default_factory=dict)
    # document id -> articles of the same story that do not name it ("also covered by")
    related: dict[int, list[ArticleRow]] = field(default_factory=dict)
    # article id -> its newest materially changed version (told again once, as an update)
    versions: dict[int, int] = field(default_factory=dict)
    # articles the reader already had, here again because their text changed materially
    retold: set[int] = field(default_factory=set)
    # document id -> its reports that report another meeting, recalling the document (a
    # November report of the Moscow heads of government recalling the Tianjin Declaration)
    recalls: dict[int, list[ArticleRow]] = field(default_factory=dict)
    # ids of the recalls that report no other meeting: later looks back at the document's own
    # (a history page years on), called "later reports", not "reports of other meetings"
    look_backs: set[int] = field(default_factory=set)
    # ids of the recalls placed at no other meeting and not known to be later (undated):
    # "other reports", neither "later" nor "of other meetings"
    unplaced: set[int] = field(default_factory=set)
    # document id -> the names of the register's other entries of its key and kind (the same
    # document at another meeting, or unresolved): where an English name may come from
    namesakes: dict[int, list[str]] = field(default_factory=dict)
    # unresolved document id -> the meetings (with their year) of the register's entries of its
    # key and kind placed at a calendar meeting (`placed_namesakes`)
    placed: dict[int, list[str]] = field(default_factory=dict)

    def items(self) -> list[tuple[str, int]]:
        """Every (item_type, id) this selection delivers: documents, articles, their versions."""
        out = [("document", d.id) for d, _ in self.documents]
        arts = {a.id for _, arts in self.documents for a in arts}
        arts |= {a.id for story in self.stories for a in story}
        arts |= {a.id for related in self.related.values() for a in related}
        arts |= {a.id for recalls in self.recalls.values() for a in recalls}
        out += [("article", i) for i in sorted(arts)]
        return out + [("version", self.versions[i]) for i in sorted(arts) if i in self.versions]

    def document_count(self) -> int:
        """How many documents (not meetings) this selection holds."""
        return len(self.documents)

    def is_empty(self) -> bool:
        """Nothing new for this subscriber."""
        return not self.documents and not self.stories


@dataclass(frozen=True)
class DigestReport:
    """What one digest run did, per subscriber."""

    queued: int = 0
    sent: int = 0
    deferred: int = 0
    failed: int = 0
    skipped: tuple[str, ...] = ()
    lines: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """A small JSON-able summary."""
        return {"queued": self.queued, "sent": self.sent, "deferred": self.deferred,
                "failed": self.failed, "skipped": list(self.skipped)}


def sync_subscribers(session: Session, subscribers: Iterable[Subscriber]) -> dict[str, int]:
    """Upsert the configured subscribers; keep the unsubscribed ones unsubscribed."""
    ids: dict[str, int] = {}
    for sub in subscribers:
        email = sub.email.lower()
        filters = {"states": list(sub.states), "topics": list(sub.topics),
                   "languages": list(sub.languages), "documents_only": sub.documents_only,
                   "max_age_days": sub.max_age_days, "notify_empty": sub.notify_empty}
        session.execute(insert_for(session)(SubscriberRow).values(
            email=email, schedule=sub.schedule, timezone=sub.timezone, filters=filters,
            active=True, created_at=utcnow()).on_conflict_do_nothing(index_elements=["email"]))
        row = session.execute(
            select(SubscriberRow).where(SubscriberRow.email == email)).scalar_one()
        row.schedule, row.timezone, row.filters = sub.schedule, sub.timezone, filters
        ids[email] = row.id
    return ids


def last_sent(session: Session, subscriber_id: int, kind: str) -> datetime | None:
    """When the subscriber's last accepted message of this kind was composed."""
    return session.scalar(select(func.max(Message.created_at)).where(
        Message.subscriber_id == subscriber_id, Message.kind == kind, Message.status == "sent"))


def is_due(schedule: str, previous: datetime | None, now: datetime) -> bool:
    """Whether a scheduled digest is due, given when the previous one went out."""
    if schedule not in DUE_AFTER:
        return False
    return previous is None or now - previous >= DUE_AFTER[schedule]


def select_for(session: Session, sub: Subscriber, subscriber_id: int, now: datetime,
               since: datetime | None) -> Selection:
    """The new documents and stories this subscriber should get, after their filters.

    Every relevant article not yet delivered is a candidate, however long ago it was
    collected, so that nothing is missed; `since` (the previous digest) only bounds the
    counts of what was left out.
    """
    reserved = reserved_items(session, subscriber_id)
    delivered = select(Delivery.item_id).where(Delivery.subscriber_id == subscriber_id,
                                               Delivery.item_type == "article")
    versions = material_versions(session)
    retell = [a for a, v in versions.items() if ("version", v) not in reserved]
    query = (select(ArticleRow)
             .where(ArticleRow.processed_at.is_not(None), ArticleRow.sco_relevant.is_(True),
                    ArticleRow.duplicate_of_id.is_(None),
                    or_(ArticleRow.id.not_in(delivered), ArticleRow.id.in_(retell)))
             .options(selectinload(ArticleRow.tags),
                      selectinload(ArticleRow.mentions).selectinload(DocumentMention.document)
                      .selectinload(Document.events))
             .order_by(ArticleRow.published_at.desc().nulls_last(), ArticleRow.id))
    filtered = left_out_counts(session, since)
    wanted: list[ArticleRow] = []
    # `languages` is a preference for documents: a document reported only in other languages is
    # still the reader's news (its card is in the first language that has a report); for the
    # stories it is a filter
    any_language = replace(sub, languages=())
    reporting: list[ArticleRow] = []
    archived: list[ArticleRow] = []
    for art in session.scalars(query):
        if ("article", art.id) in reserved and art.id not in retell:
            continue
        if sub.max_age_days and _age(art, now) > timedelta(days=sub.max_age_days):
            filtered["older than your limit"] = filtered.get("older than your limit", 0) + 1
        elif undated_archive_page(art, now):
            if art.mentions and passes_filters(art, any_language):
                archived.append(art)  # a report of a document another report brings
            else:
                key = "undated, about earlier years"
                filtered[key] = filtered.get(key, 0) + 1
        elif not passes_filters(art, sub):
            if art.mentions and passes_filters(art, any_language) and any(
                    ("document", m.document.id) not in reserved for m in art.mentions):
                reporting.append(art)  # for its documents only
            else:
                filtered["outside your filters"] = filtered.get("outside your filters", 0) + 1
        else:
            wanted.append(art)
    sel = Selection(versions={a.id: versions[a.id] for a in wanted if a.id in versions},
                    retold={a.id for a in wanted if ("article", a.id) in reserved})
    docs: dict[int, tuple[Document, list[ArticleRow]]] = {}
    for art in wanted + reporting:
        for mention in art.mentions:
            doc = mention.document
            if ("document", doc.id) not in reserved:
                docs.setdefault(doc.id, (doc, []))[1].append(art)
    add_other_reports(session, docs, archived, filtered)
    sel.recalls = split_recalls(session, docs, sel.look_backs, sel.unplaced)
    sel.documents = sorted(docs.values(), key=lambda d: document_order(*d))
    sel.namesakes = namesakes(session, [doc for doc, _ in sel.documents])
    sel.placed = placed_namesakes(session, [doc for doc, _ in sel.documents])
    shown = {a.id for _, arts in sel.documents for a in arts}
    # a card with no report of its own is made of its recalls: one that only looks back at the
    # document's meeting (a history page, `look_backs`) is the card's blurb and link already,
    # and is not told again as a story (blind set 42's 2002 inosmi.ru page recalling the
    # Shanghai Convention, a Russian reader's card and fourth story); a recall reporting
    # another meeting is that meeting's news and stays a story too (round 36)
    shown |= {a.id for doc, arts in sel.documents if not arts
              for a in sel.recalls.get(doc.id, []) if a.id in sel.look_backs}
    if not sub.documents_only:
        # a story some of whose articles report a document is told under that document
        doc_stories: dict[int, list[int]] = {}
        for doc, arts in sel.documents:
            for story_id in dict.fromkeys(a.story_id for a in arts if a.story_id is not None):
                doc_stories.setdefault(story_id, []).append(doc.id)
        stories: dict[object, list[ArticleRow]] = {}
        for art in wanted:
            if art.id in shown:
                continue
            if art.story_id in doc_stories:
                for doc_id in doc_stories[art.story_id]:
                    sel.related.setdefault(doc_id, []).append(art)
            else:
                stories.setdefault(art.story_id or f"a{art.id}", []).append(art)
        # a story none of whose articles names a document, reporting the meeting of a document
        # entry (blind set 23: Astana 2024 as an entry and again as a story), is told under it
        for story_key, doc_id in stories_at_meetings(session, stories, sel.documents).items():
            sel.related.setdefault(doc_id, []).extend(stories.pop(story_key))
        sel.stories = list(stories.values())
        sel.headlines = story_headlines(
            session, {a.story_id for s in sel.stories for a in s if a.story_id is not None})
    sel.filtered = {k: v for k, v in filtered.items() if v}
    return sel


# the kinds of document a meeting adopts one of (a summit's declaration, a council's
# communiqué); joint statements and memoranda come several to a meeting
ONE_PER_MEETING = frozenset({"declaration", "communique"})


def placed_namesakes(session: Session, docs: list[Document]) -> dict[int, list[str]]:
    """For each document the register could not place at a calendar meeting, the meetings of
    its entries of the same key and kind that it did place, oldest first ("SCO Heads of State
    Council, Bishkek 2013"). A card of an unresolved mention of a document the register has at
    a meeting is not put at that meeting (a guess: blind set 33's undated al-binaa.com preview
    of "the Bishkek Declaration" could be of 2007's, 2013's or 2019's) nor dropped; it names
    those meetings, so the reader sees why the name is in the digest twice (round 72)."""
    loose = [d for d in docs if not d.meeting_id]
    if not loose:
        return {}
    rows = session.execute(
        select(Document.key, Document.type, Document.meeting, Document.venue,
               Document.meeting_date)
        .where(Document.key.in_({d.key for d in loose}), Document.meeting_id != "")
        .order_by(Document.meeting_date)).all()
    out: dict[int, list[str]] = {}
    for doc in loose:
        found = [f"{', '.join(p for p in (meeting, venue) if p)} {(day or '')[:4]}".strip()
                 for key, kind, meeting, venue, day in rows
                 if key == doc.key and kind == doc.type and (meeting or venue)]
        if found:
            out[doc.id] = list(dict.fromkeys(found))
    return out


def namesakes(session: Session, docs: list[Document]) -> dict[int, list[str]]:
    """For each document, the names of the register's other entries of its key and kind, in
    the order they were first seen, and the only other entry of its kind at its calendar meeting
    when its kind is one a meeting adopts once (`ONE_PER_MEETING`)."""
    if not docs:
        return {}
    meetings = {d.meeting_id for d in docs if d.meeting_id and d.type in ONE_PER_MEETING}
    rows = session.execute(
        select(Document.id, Document.key, Document.type, Document.name, Document.meeting_id)
        .where(or_(Document.key.in_({d.key for d in docs}), Document.meeting_id.in_(meetings)))
        .order_by(Document.first_seen_at)).all()
    out: dict[int, list[str]] = {}
    for doc in docs:
        names = [name for other, key, kind, name, _ in rows
                 if other != doc.id and key == doc.key and kind == doc.type and name != doc.name]
        # a meeting adopts one declaration, one communiqué: the register's only other entry of
        # that kind at the same calendar meeting is the same document under another name (a
        # Bengali report's declaration beside an English one of the same summit)
        same_meeting = [name for other, _, kind, name, meeting in rows
                        if other != doc.id and kind == doc.type and doc.meeting_id
                        and meeting == doc.meeting_id and doc.type in ONE_PER_MEETING]
        if len(same_meeting) == 1:
            names.append(same_meeting[0])
        if names:
            out[doc.id] = list(dict.fromkeys(names))
    return out


def add_other_reports(session: Session, docs: dict[int, tuple[Document, list[ArticleRow]]],
                      archived: list[ArticleRow], filtered: dict[str, int]) -> None:
    """A card's outlets are the register entry's: the reports of a document the digest brings
    that it would otherwise leave out join its card. An outlet's archive page without a date
    (`undated_archive_page`) is no news of its own, but a report of a document a dated report
    brings; a near-duplicate copy of a report (left out as a story) is the copying outlet's
    report of the document all the same. Blind set 27's card of the supreme courts' joint
    statement named 1 outlet while the register held 5 reports: 3 copies and an archive page.
    Each joined report leaves the "left out" counts; an archive page of a document no other
    report brings stays left out there."""
    for art in archived:
        joined = False
        for mention in art.mentions:
            if mention.document.id in docs:
                docs[mention.document.id][1].append(art)
                joined = True
        if not joined:
            key = "undated, about earlier years"
            filtered[key] = filtered.get(key, 0) + 1
    if not docs:
        return
    copies = session.scalars(
        select(ArticleRow).join(DocumentMention, DocumentMention.article_id == ArticleRow.id)
        .where(DocumentMention.document_id.in_(docs), ArticleRow.processed_at.is_not(None),
               ArticleRow.sco_relevant.is_(True), ArticleRow.duplicate_of_id.is_not(None))
        .options(selectinload(ArticleRow.tags),
                 selectinload(ArticleRow.mentions).selectinload(DocumentMention.document))
        .order_by(ArticleRow.id)).unique()
    counted = 0
    for art in copies:
        listed = False
        for mention in art.mentions:
            arts = docs.get(mention.document_id, (None, []))[1]
            if mention.document_id in docs and all(a.id != art.id for a in arts):
                arts.append(art)
                listed = True
        counted += listed
    if counted and filtered.get("duplicates"):
        filtered["duplicates"] = max(0, filtered["duplicates"] - counted)


def split_recalls(session: Session, docs: dict[int, tuple[Document, list[ArticleRow]]],
                  look_backs: set[int] | None = None,
                  unplaced: set[int] | None = None) -> dict[int, list[ArticleRow]]:
    """Document id -> its reports that report another meeting, taken out of its reports.

    A card's reports are reports of its document at its meeting: a report placed at another
    calendar meeting (story grouping's `calendar_meeting`), or, placed at none, whose lead is
    set at other venues than the document's meeting and dates nothing to its days, recalls the
    document ("the Tianjin Declaration and the SCO Development Strategy to 2035, which was
    adopted at September's SCO Summit", a report of the Moscow heads of government council of
    November, blind set 27). A report published before the meeting, of a step of the document's
    history (its draft approved by a lower council), or announcing its meeting, is the
    document's own. A report published a year or more after the document's meeting and placed
    at none of its meetings recalls it too (`late_report`: blind set 33's 2020 report of the
    "green corridors" naming the road transport agreement signed at Dushanbe in 2014); alerts
    and digests alike list it as a recall with its link (round 52: an alert that dropped the
    recalls showed a card with no report, tests/integration/test_injection_e2e.py); a
    document of an unresolved meeting is judged by lateness alone, by its day when the register
    knows one (set 33's 2005 memorandum with ASEAN, "reported" by a 2017 chronology of the
    SCO that the 2001 declaration's card listed as a recall), and keeps every report
    otherwise (no meeting to judge by).

    `look_backs`, when given, gains the ids of the recalls placed at no other calendar meeting
    (neither they nor their story's articles; announcing none): later reports looking back
    (blind set 38's 2012 history page of the 2001 founding, set 37's Tajik "20 years ago on
    this day"), which a card does not call "reports of other meetings"; `unplaced`, when given,
    the ids of the recalls placed at no other meeting either but not known to be later (undated:
    blind set 40's undated Minsk and Moscow reports of Belarus's ratifying its memorandum of
    obligations, whose leads are set at other venues than New Delhi), which report no other
    meeting a reader could be told of."""
    calendar = default_calendar()
    out: dict[int, list[ArticleRow]] = {}
    for doc, arts in docs.values():
        if doc.meeting_id and calendar.get(doc.meeting_id) is not None or not doc.meeting_date:
            continue
        day = date.fromisoformat(doc.meeting_date)
        if late := [a for a in arts if late_report(a, day)]:
            out[doc.id] = late
            if look_backs is not None:
                look_backs.update(a.id for a in late)
            arts[:] = [a for a in arts if a not in late]
    judged = {doc.id: (doc, arts) for doc, arts in docs.values()
              if doc.meeting_id and calendar.get(doc.meeting_id) is not None}
    if not judged:
        return out
    rows = list({a.id: a for _, arts in judged.values() for a in arts}.values())
    # the reports and their stories' other articles, whose features are computed once: the
    # placements used here do not depend on which rows are weighed together
    mates = story_mates(session, {a.story_id for a in rows if a.story_id is not None})
    every = list({a.id: a for a in [*rows, *mates]}.values())
    features = {f.article_id: f for f in features_for(session, every)}
    placed = story_placements(mates, features)
    for doc_id, (doc, arts) in judged.items():
        meeting = calendar.get(doc.meeting_id)
        assert meeting is not None
        own = {doc.meeting_id} | {e.meeting_id for e in doc.events if e.meeting_id}
        last = meeting.end or meeting.start
        # a report from before the meeting tells its preparation (a draft approved at home:
        # blind set 28's "Лукашенко одобрил проект меморандума"), never recalls it
        recalls = [a for a in arts if a.id in features
                   and not (meeting.start and (local := a.published_local())
                            and local.date() < meeting.start)
                   and (reports_other_meeting(features[a.id], meeting, own)
                        or (a.story_id in placed and after_meeting(a, meeting)
                            and story_at_other_meeting(placed[a.story_id], own))
                        or (last is not None and late_report(a, last)
                            and features[a.id].meeting not in own)
                        or undated_look_ahead(a, features[a.id], meeting, doc.id)
                        or later_event(a, features[a.id], meeting))]
        if recalls:
            out[doc_id] = recalls
            arts[:] = [a for a in arts if a not in recalls]
            # a meeting is named as another only when the report is placed at one (or
            # announces one), itself or through its story; a lead set elsewhere (a
            # dateline's city) or lateness alone makes it a later report, and an undated
            # page is not known to be later: an unplaced one
            elsewhere = [a for a in recalls
                         if not (features[a.id].meeting or features[a.id].announces)
                         and not (a.story_id in placed
                                  and story_at_other_meeting(placed[a.story_id], own))]
            # an undated page recalled only as a later event of the meeting's city (round 80)
            # is known to be later; one whose lead is set elsewhere stays another report, as
            # round 54 has it (blind set 40's undated Minsk reports of Belarus's ratifying)
            later = [a for a in elsewhere if after_meeting(a, meeting) or (
                later_event(a, features[a.id], meeting)
                and not reports_other_meeting(features[a.id], meeting, own))]
            if look_backs is not None:
                look_backs.update(a.id for a in later)
            if unplaced is not None:
                unplaced.update(a.id for a in elsewhere if a not in later)
    return out


def undated_look_ahead(art: ArticleRow, f: Features, meeting: CalendarMeeting,
                       document_id: int) -> bool:
    """Whether an undated report recalls a document it tells done: its lead tells only what is
    still to come (story grouping's phase "ahead"), placed at no calendar meeting and naming no
    venue of the document's, while its sentence tells the document's step done (signed,
    adopted, approved). It was written after that step, about what follows it, and no date
    says when: not a report of the step, an unplaced recall (round 73, blind set 52: Ittefaq's
    undated Bengali page leading on Iran's accession "to be completed by July", a report of
    2023 that recalls Raisi signing at Samarkand in 2022, was listed under the Samarkand
    memorandum's "Reported by")."""
    if art.published_at is not None or f.phase != "ahead" or f.meeting:
        return False
    if meeting.venue in f.lead_venues:
        return False
    return any(m.document_id == document_id and m.status not in (None, "planned")
               for m in art.mentions)


# a report of a meeting is published within days of it, a look back from a later year's
# news; a year also leaves a document's later steps reported at its own meetings (`own`) alone
LATE_REPORT_DAYS = 365


def late_report(art: ArticleRow, day: date) -> bool:
    """Published a year or more after the document's day: a recall of it, not its news."""
    local = art.published_local()
    return bool(local and (local.date() - day).days >= LATE_REPORT_DAYS)


def story_mates(session: Session, story_ids: set[int]) -> list[ArticleRow]:
    """The processed SCO articles of these stories."""
    if not story_ids:
        return []
    return list(session.scalars(
        select(ArticleRow).where(ArticleRow.story_id.in_(story_ids),
                                 ArticleRow.processed_at.is_not(None),
                                 ArticleRow.sco_relevant.is_(True))
        .options(selectinload(ArticleRow.tags))))


def story_placements(mates: list[ArticleRow], features: dict[int, Features]
                     ) -> dict[int, set[str | None]]:
    """Story id -> the calendar meetings its articles are placed at (story grouping's
    `calendar_meeting`; None for an article placed at none)."""
    out: dict[int, set[str | None]] = {}
    for art in mates:
        if art.story_id is not None and art.id in features:
            out.setdefault(art.story_id, set()).add(features[art.id].meeting)
    return out


def after_meeting(art: ArticleRow, meeting: CalendarMeeting) -> bool:
    """Published more than a day after the meeting's last day."""
    local = art.published_local()
    last = meeting.end or meeting.start
    return bool(local and last and (local.date() - last).days > 1)


def story_at_other_meeting(placements: set[str | None], own: set[str]) -> bool:
    """Whether a story's articles are placed at another calendar meeting and none at the
    document's own meetings: a report of it published after the document's meeting recalls the
    document, whatever its own lead names (blind set 29: an Italian report of Li Qiang at the
    Moscow heads of government council of November 2025 named the strategy "approved at the
    Tianjin summit" in its lead; its story of 16 Moscow reports was told under the Tianjin
    card as "also covered by")."""
    others = {m for m in placements if m is not None}
    return bool(others) and not others & own


def reports_other_meeting(f: Features, meeting: CalendarMeeting, own: set[str]) -> bool:
    """Whether a report of a document of `meeting` reports another meeting (see split_recalls);
    `own` holds the meetings of the document's history."""
    if f.meeting or f.announces:
        return (f.meeting or f.announces) not in own
    if any(meeting.covers(day, slack=1) for day in f.days | f.dated):
        return False
    return bool(f.lead_venues) and meeting.venue not in f.lead_venues


def later_event(art: ArticleRow, f: Features, meeting: CalendarMeeting) -> bool:
    """Whether an undated page reports a later event than the document's meeting, in any city:
    it was written after the meeting (`written_after`), and its lead dates its event to no day
    of the year of the meeting's (round 80, dup80; blind set 50, oshsu.kg: "В Москве 3 декабря
    состоялось заседание совета ректоров Сетевого университета ШОС", a rectors' council citing a
    protocol of 23 April 2025, under the education ministers' Moscow meeting of 18 April 2024
    that approved the concept; blind set 8, pressarabia.qa's undated background piece on Qatar
    "joined ... in 2023", citing the cabinet's meeting "held on March 1, 2023", under the
    Samarkand summit of 2022). The lead's day alone says nothing of the order: an undated preview
    of the consultations on a draft (blind set 8, sak-info.com) stays the document's."""
    if not f.undated or meeting.start is None:
        return False
    return not any(_on_its_days(meeting, day) for day in f.dated) and written_after(art, meeting)


def _on_its_days(meeting: CalendarMeeting, day: date) -> bool:
    """Whether a day of the year (its year unknown) is one of a meeting's, give or take one."""
    start = meeting.start
    assert start is not None
    for year in (start.year - 1, start.year, start.year + 1):
        try:
            if meeting.covers(day.replace(year=year), slack=1):
                return True
        except ValueError:  # 29 February
            continue
    return False


def written_after(art: ArticleRow, meeting: CalendarMeeting) -> bool:
    """Whether an undated page was written after a meeting: its text gives a full date (with
    its year) after the meeting's last day (round 80, blind set 50: oshsu.kg's undated report of
    a rectors' council cites "протокола ... от 23 апреля 2025 года", a year after the education
    ministers' meeting of 18 April 2024): a later report, not one of unknown time. More than a
    day after (a report of the meeting may tell the next day's departures), and not the next
    meeting's date ("the next summit will be held on ...")."""
    last = meeting.end or meeting.start
    if art.published_at is not None or last is None or not art.body:
        return False
    return any((when - last).days > 1 for start, end in sentences(art.body)
               if not next_meeting_named(art.body[start:end])
               for when in written_dates(art.body[start:end])) or dates_next_meeting(art, meeting)


def dates_next_meeting(art: ArticleRow, meeting: CalendarMeeting) -> bool:
    """Whether a page gives the day of its council's next meeting after `meeting`: a sentence on
    the next meeting (`next_meeting_named`) dates it, its year written or not, to a day of the
    calendar's next meeting of that council (round 81, blind set 23: alkhaleejtrend.com's undated
    «من المقرر أن تعقد القمة المقبلة في 4 يوليو», the next summit on 4 July, the New Delhi
    summit of 2023, on a page recalling Iran's signing at Samarkand in 2022). That day is set
    after `meeting`, so the page was written after it. A sentence naming a next meeting with no
    day, or a day that is not that meeting's, says nothing of when (a report of a summit names
    the next one's host and year)."""
    last = meeting.end or meeting.start
    following = next((m for m in default_calendar().meetings
                      if m.council == meeting.council and m.start and last
                      and m.start > last), None)
    if following is None or following.start is None:
        return False
    span = (following.end or following.start) - following.start
    days = {(d.month, d.day) for d in (following.start + timedelta(days=n)
                                       for n in range(span.days + 1))}
    body = art.body or ""
    return any(day in days for start, end in sentences(body)
               if next_meeting_named(body[start:end])
               and (day := written_day_month(body[start:end])) is not None)


def stories_at_meetings(session: Session, stories: dict[object, list[ArticleRow]],
                        documents: list[tuple[Document, list[ArticleRow]]]) -> dict[object, int]:
    """Story key -> id of the document whose entry's meeting the story reports.

    Only an entry that reports the meeting held (a document of it adopted, signed or approved,
    or a report published from the meeting's first day on) is that meeting's entry. A story
    reports its meeting when its articles are placed at that meeting (story grouping's
    `calendar_meeting`) and at no other, or, none being placed, when one of them about a
    meeting names the meeting's council, or its venue and the SCO in its lead (and no other
    council), and its lead dates what it reports to the days of that one meeting. A story some
    of whose articles are placed at another meeting, or that only
    previews one, stays a story of its own: two events are never told as one."""
    calendar = default_calendar()
    at: dict[str, tuple[CalendarMeeting, int]] = {}
    for doc, arts in documents:
        meeting = calendar.get(doc.meeting_id) if doc.meeting_id else None
        if meeting is None or meeting.start is None:
            continue
        # an entry told only by previews of its meeting (its documents planned, its reports
        # published before the meeting or undated) is the preview's news: a report of the
        # meeting held is another event (blind sets 9, 13 and 18, every language's reader)
        held = doc.status not in (None, "planned") or any(
            (local := a.published_local()) and local.date() >= meeting.start for a in arts)
        if held:
            at.setdefault(meeting.id, (meeting, doc.id))
    if not at or not stories:
        return {}
    rows = [a for arts in stories.values() for a in arts]
    features = {f.article_id: f for f in features_for(session, rows)}
    out: dict[object, int] = {}
    for key, arts in stories.items():
        feats = [features[a.id] for a in arts if a.id in features]
        placed = {f.meeting for f in feats if f.meeting}
        if placed:
            if len(placed) == 1 and (meeting_id := placed.pop()) in at:
                out[key] = at[meeting_id][1]
            continue
        days = [doc_id for meeting, doc_id in at.values()
                if any(reports_meeting_day(f, meeting) for f in feats)]
        if len(days) == 1:
            out[key] = days[0]
    return out


def reports_meeting_day(f: Features, meeting: CalendarMeeting) -> bool:
    """Whether an article not placed at a calendar meeting reports this one: about a meeting,
    not a preview, a side event, talks after it or a joint meeting with another organisation,
    naming the meeting's council, or its venue with the SCO in its lead (and no other council),
    its lead dating what it reports to the meeting's days (a dateline's city may be another:
    "BISHKEK, July 4. ... the SCO Summit is taking place on July 4, 2024, in ... Astana")."""
    if not f.about or f.preview or f.eve or f.talks or f.joint or f.announces:
        return False
    if f.councils - {meeting.council}:
        return False
    # the venue alone is the city's: the SCO must be named in the headline or lead with it
    if meeting.council not in f.councils and not (meeting.venue in f.venues and f.sco_lead):
        return False
    return any(meeting.covers(day, slack=0) for day in f.days | f.dated)


def material_versions(session: Session) -> dict[int, int]:
    """Article id -> id of its newest version whose change was material (a reason to retell)."""
    rows = session.execute(select(ArticleVersion.article_id, func.max(ArticleVersion.id))
                           .where(ArticleVersion.material.is_(True))
                           .group_by(ArticleVersion.article_id))
    return {article_id: version_id for article_id, version_id in rows}


def story_headlines(session: Session, story_ids: set[int]) -> dict[int, tuple[str, int | None]]:
    """The headline each story carries in the stories table, with its article (where it has one)."""
    if not story_ids:
        return {}
    rows = session.execute(select(Story.id, Story.headline, Story.headline_article_id)
                           .where(Story.id.in_(story_ids)))
    return {sid: (headline, art) for sid, headline, art in rows if headline and headline.strip()}


def document_order(doc: Document, articles: Iterable[ArticleRow] = ()) -> tuple[int, int, int]:
    """Newest meeting first (a document without a meeting date counts from its latest report,
    undated ones last); within a meeting declarations first."""
    day = date.fromisoformat(doc.meeting_date) if doc.meeting_date else None
    if day is None:
        reported = [local.date() for a in articles if (local := a.published_local())]
        day = max(reported, default=None)
    return (-day.toordinal() if day else 0, TYPE_RANK.get(doc.type, len(TYPE_RANK)), doc.id)


def left_out_counts(session: Session, since: datetime | None) -> dict[str, int]:
    """How many articles processed since the previous digest were not about the SCO or copies."""
    window: list[ColumnElement[bool]] = [ArticleRow.processed_at.is_not(None)]
    if since is not None:
        window.append(ArticleRow.processed_at > since)
    irrelevant = session.scalar(select(func.count()).select_from(ArticleRow).where(
        *window, ArticleRow.sco_relevant.is_not(True))) or 0
    copies = session.scalar(select(func.count()).select_from(ArticleRow).where(
        *window, ArticleRow.sco_relevant.is_(True), ArticleRow.duplicate_of_id.is_not(None))) or 0
    return {"not about the SCO": irrelevant, "duplicates": copies}


_YEAR_IN_TEXT = re.compile(r"(?<![\d.,/-])(?:199\d|20[0-4]\d)(?![\d.,/-]?\d)")


def undated_archive_page(art: ArticleRow, now: datetime) -> bool:
    """An article without a publication day whose text names years, all before last year: an
    outlet's archive page that a crawl found (a 2006 summit report found in 2025), not news.
    It stays in the archive and the register, and the digest counts it under "left out" rather
    than telling it as a new story (blind set 4's digest told 29 such pages as stories)."""
    if art.published_at is not None:
        return False
    years = [int(y) for y in _YEAR_IN_TEXT.findall(f"{art.title or ''}\n{art.body or ''}")]
    return bool(years) and max(years) < now.year - 1


def _age(art: ArticleRow, now: datetime) -> timedelta:
    return now - (art.published_at or art.first_seen_at)


def passes_filters(art: ArticleRow, sub: Subscriber) -> bool:
    """Whether an article matches a subscriber's state, topic and language filters."""
    tags = {(t.kind, t.value) for t in art.tags}
    if sub.states and not any(("state", s) in tags for s in sub.states):
        return False
    if sub.topics and not any(("topic", t) in tags for t in sub.topics):
        return False
    return not (sub.languages and (art.language or "") not in sub.languages)


def _authority(art: ArticleRow) -> tuple[int, datetime, int]:
    """Whose text speaks for a document or story: the SCO's own site, wire agencies, others;
    then the earliest published report (a later republication comes after its original)."""
    return (authority(art.source), art.published_at or art.first_seen_at, art.id)


# an emoji's variation selector (or joiner) left alone where a scraper dropped the emoji it
# followed: at the text's start or after a space it modifies nothing and shows as a broken glyph
# (blind set 41's Portuguese "\ufe0fO Conselho dos Chefes de Estado ..." headline and blurb);
# one after a character ("\u2764\ufe0f", "\u203c\ufe0f") is the emoji's own and stays
_ORPHAN_SELECTOR = re.compile(r"(?:^|(?<=\s))[\ufe00-\ufe0f\u200d]+")


def reader_text(text: str) -> str:
    """Scraped text as a reader should see it: without the bracketed pinyin or script variant
    some sites' converters leave after every Han character ("會(huì)議" -> "會議"), which made
    whole blurbs of a Hong Kong reprint unreadable, nor an emoji's variation selector whose emoji
    is gone (`_ORPHAN_SELECTOR`)."""
    return _ORPHAN_SELECTOR.sub("", drop_bracketed_readings(text)) if text else text


# an outlet named by its host written with the root's dot ("eadaily.com.", a link's host
# "https://eadaily.com./ru/news/..." in blind set 42): the dot reads as a typo in "Also covered
# by: eadaily.com., news.myseldon.com"
_HOST_ROOT_DOT = re.compile(r"^(?=[^\s]*\.[^\s.])([^\s]+?)\.$")


def outlet_name(source: str) -> str:
    """An outlet's name as a reader gets it: a host name without the root's trailing dot."""
    return _HOST_ROOT_DOT.sub(r"\1", source) if source else source


def digest_item(art: ArticleRow) -> DigestItem:
    """The view of one article in a digest."""
    return DigestItem(
        title=reader_text(art.title or "") or art.url, url=art.url,
        source=outlet_name(art.source),
        # the day the outlet printed, not shifted into the reader's zone
        published_at=local.date() if (local := art.published_local()) else None,
        summary=reader_text(summarize(art.body, art.language, title=art.title) if art.body
                            else (art.description or "")),
        language=art.language,
        states=sorted(t.value for t in art.tags if t.kind == "state"),
        topics=sorted(t.value for t in art.tags if t.kind == "topic"))


def build_digest(sel: Selection, email: str, period_start: datetime | None,
                 now: datetime, *, unsubscribe_url: str | None = None,
                 languages: tuple[str, ...] = ("en",)) -> Digest:
    """The view model of a digest from a selection; document cards in the first of `languages`
    that has a report."""
    views: dict[int, DigestItem] = {}

    def view(art: ArticleRow) -> DigestItem:
        # an article reporting several documents is summarised once
        if art.id not in views:
            item = digest_item(art)
            if art.id in sel.retold:
                item = replace(item, title=f"Updated: {item.title}")
            if item.summary:
                item = replace(item, summary_in=unread_language(item.language, languages))
            views[art.id] = item
        return views[art.id]

    documents = []
    for doc, arts in sel.documents:
        meeting_date = date.fromisoformat(doc.meeting_date) if doc.meeting_date else None
        # reports of the meeting itself lead, a preview of the drafts after them; among each,
        # reports in the reader's languages first (an English reader's card listed a Chinese
        # reprint above the English page of the communique's text, blind set 6)
        items = sorted((view(a) for a in sorted(arts, key=_authority)),
                       key=lambda item: (bool(meeting_date and item.published_at
                                              and item.published_at < meeting_date),
                                         _language_rank(item.language, languages)))
        related = [view(a) for a in sorted(sel.related.get(doc.id, []),
                                           key=lambda a: (_language_rank(a.language, languages),
                                                          *_authority(a)))]
        recalled = sorted(sel.recalls.get(doc.id, []),
                          key=lambda a: (_language_rank(a.language, languages), *_authority(a)))
        recalls = [view(a) for a in recalled]
        # a document only recalled by reports of other meetings is blurbed by what they say of it;
        # with reports of its own, a recall's sentence that the step was done is a candidate
        # below the fitting ones (card_blurb)
        blurb = card_blurb(doc, arts or recalled, languages, recalls=recalled if arts else ())
        naming = (doc.name, languages,
                  english_name(doc.name, doc.type, sel.namesakes.get(doc.id, ())),
                  english_gloss(doc),
                  name_language(doc.name, [(a.language, m.evidence) for a in [*arts, *recalled]
                                           for m in a.mentions if m.document_id == doc.id]))
        documents.append(DigestDocument(
            name=card_name(*naming), listed_name=card_name(*naming, listed=True),
            type=shown_kind(doc.type, doc.name), status=blurb.status or doc.status,
            meeting=_meeting(doc), said_meeting=said_meeting(doc),
            date=meeting_date, summary=items[0].summary if items else "", sources=items,
            related=related, blurb=blurb.text, blurb_language=blurb.language,
            blurb_preview=blurb.preview,
            blurb_recall=view(blurb.recall) if blurb.recall else None,
            blurb_own_text=blurb.own_text,
            blurb_in=unread_language(blurb.language, languages) if blurb.text else "",
            blurb_alone=reports_unread([*items, *recalls], languages) if blurb.text else "",
            resolved=bool(doc.meeting_id), placed=tuple(sel.placed.get(doc.id, ())),
            recalls=recalls,
            look_backs=frozenset(view(a).url for a in recalled if a.id in sel.look_backs),
            unplaced=frozenset(view(a).url for a in recalled if a.id in sel.unplaced),
            planned_before=frozenset(
                view(a).url for a in arts
                if _told_before(view(a).published_at, meeting_date, doc.status)
                and all(m.status == "planned" and not draft_step(m, a, doc)
                        for m in a.mentions if m.document_id == doc.id))))
    stories = []
    for arts in sel.stories:
        story_id = arts[0].story_id
        headline, head_id = sel.headlines.get(story_id, ("", None)) if story_id else ("", None)
        # a report in the reader's language leads (the story's own headline article first if
        # it is one), so an English reader is not given a Chinese headline when an English
        # report of the story is in the digest
        ordered = sorted(arts, key=lambda a: (_language_rank(a.language, languages),
                                              a.id != head_id, *_authority(a)))
        items = [view(a) for a in ordered]
        if ordered[0].id != head_id or not headline:
            headline = items[0].title
        stories.append(DigestStory(headline=reader_text(headline), items=items))
    return Digest(subscriber_email=email, period_start=period_start, period_end=now,
                  documents=documents, stories=stories, filtered_counts=sel.filtered,
                  unsubscribe_url=unsubscribe_url, generated_at=now)


def _told_before(day: date | None, meeting_date: date | None, status: str | None) -> bool:
    """Whether a report telling a document only as planned is a preview of its meeting: published
    before the meeting's day, or undated on a card of a step done (round 72, blind set 51:
    de.azvision.az's undated "... ein Memorandum über die Verpflichtungen der iranischen Seite
    ... unterzeichnen" was listed among the reports of the signed memorandum at Samarkand
    2022). An undated report of a planned card is its report (the card says planned)."""
    if not meeting_date:
        return False
    if day is None:
        return status not in (None, "planned")
    return day < meeting_date


# A name that is only its type ("联合公报", "共同コミュニケ", "Совместное коммюнике": the joint
# communiqué of the card's meeting, which the card's heading names) tells a reader of another
# script nothing they cannot read in English; blind set 36's Moscow heads of government card was
# titled "联合公报" for an English reader. Only these bare names, by their key (any script), and
# only for a reader of the Latin script; every other name is shown as stored.
_BARE_TYPE_NAMES = {"communiqué joint": "Joint Communiqué", "joint statement": "Joint Statement"}


def bare_type_in_english(name: str) -> str | None:
    """The English of a name that is only its type written in a script other than Latin
    ("联合公报" -> "Joint Communiqué"); None for any other name."""
    english = _BARE_TYPE_NAMES.get(document_key(name))
    return english if english and text_script(name) not in (None, "latin") else None


def card_name(name: str, languages: tuple[str, ...], english: str | None = None,
              gloss: str | None = None, language: str | None = None, *,
              listed: bool = False) -> str:
    """A document card's title as the reader gets it (`reader_text`), a bare type name of another
    script in English for a reader of the Latin script; for such a reader, a name the reader
    cannot read (another script, or clearly another language) with its English name first and
    the stored name beside it, when one is known (`english_name`), else, when the name is in
    another script, with what the pipeline knows of it in English first (`english_gloss`: its
    type and meeting, never a translation of its words) and the stored name after the language
    it is reported in (`name_language`): "Agreement, SCO Heads of State Council, Ufa 2015 — title
    in Chinese: 上海合作组织成员国边防合作协定". `listed`: the name as a line of a group card,
    under the heading naming its meeting and beside its type ("(Agreement, adopted)"), which the
    gloss would only repeat: the language the name is reported in leads it alone ("Title in
    Chinese: 上海合作组织成员国边防合作协定"). A reader of another script than the Latin gets a
    name of their script or the Latin as stored, and one of a third script as a reader of
    English does (round 72)."""
    bare = bare_type_in_english(name)
    script = reader_script(languages)
    if script != "latin":
        # (a reader whose script is not known, a Chinese one, reads the name as stored)
        if script is None or text_script(name) in (None, "latin", script):
            return reader_text(name)
        # a name in a third script is told as to an English reader: the digest around it (its
        # headings, types, steps and the other cards' names) is English, which that reader
        # reads; a Russian reader's card was titled "上合組織未來十年發展戰略" in blind set 20
        # (round 72; round 55 kept the stored name)
        languages = ("en",)
    if bare:
        return bare
    if english and english != name and not reads_as(name, languages):
        return english_with_title(english, name, title_language(name, language, languages),
                                  listed=listed)
    return glossed_name(name, gloss, language, listed=listed) or reader_text(name)


def english_with_title(english: str, name: str, language: str | None = None, *,
                       listed: bool = False) -> str:
    """A known English name with the stored one beside it, in brackets: "English (stored)",
    and, for a name in the Latin script whose language is known (`title_language`), that
    language named ("Roadmap for the implementation of the SCO Energy Cooperation Development
    Strategy until 2030 (title in Spanish: Hoja De Ruta para la implementación ...)"): blind
    set 51's Italian reader got the Spanish title bare in brackets, read as a part of the name
    (round 73, as round 56 names the language of a title in another script). `listed`: the
    name as a line of a group card, which its type and step follow in brackets ("(Action plan,
    approved)"): the stored name after a dash, its language named in any script ("Dushanbe
    Declaration — title in Japanese: 上海協力機構加盟国元首ドシャンベ宣言"), as a name with
    no English one is listed (`glossed_name`); two brackets in a row, "... hasta 2030) (Action
    plan, approved)", read as one aside closed and another opened (blind sets 51 and 30;
    round 74)."""
    if listed:
        named = language_name(language)
        said = f"title in {named}" if named else "title as reported"
        return f"{english} — {said}: {reader_text(name)}"
    named = language_name(language) if text_script(name) in (None, "latin") else None
    said = f"title in {named}: " if named else ""
    return f"{english} ({said}{reader_text(name)})"


def title_language(name: str, language: str | None, languages: tuple[str, ...]) -> str | None:
    """The language a name the reader does not read is written in: that of its reports
    (`name_language`), else the one language identification clearly gives the name; None when
    neither is known or it is one of the reader's `languages`."""
    if not language:
        found, probability = top_language(name)
        language = found if probability >= CLEAR_WINNER else None
    if not language or language.split("-")[0] in {x.split("-")[0] for x in languages}:
        return None
    return language


def glossed_name(name: str, gloss: str | None, language: str | None = None, *,
                 listed: bool = False) -> str | None:
    """A name in a script other than the Latin, for a reader of the Latin script with no English
    name of it known, led by what the pipeline knows of it (`gloss`: `english_gloss`) and the
    language it is reported in (`card_name`, which calls it last; `scowatch documents`); None
    for a name in the Latin script or with no gloss."""
    if not gloss or text_script(name) in (None, "latin"):
        return None
    named = f"title in {LANGUAGE_NAMES[language]}" if language in LANGUAGE_NAMES else (
        "title as reported")
    # the stored name last, after a dash, not in brackets: a bracket closing a right-to-left
    # name showed mirrored in Chromium ("Declaration (title in Persian: (بیانیه ...")
    if listed:
        return f"{named[0].upper()}{named[1:]}: {reader_text(name)}"
    return f"{gloss} — {named}: {reader_text(name)}"


# the English names of the languages a register name is reported in (the sets' languages written
# in a script other than the Latin); another language's name is not given ("as reported")
LANGUAGE_NAMES = {
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ru": "Russian", "uk": "Ukrainian",
    "be": "Belarusian", "bg": "Bulgarian", "sr": "Serbian", "mk": "Macedonian", "kk": "Kazakh",
    "ky": "Kyrgyz", "tg": "Tajik", "mn": "Mongolian", "uz": "Uzbek", "ar": "Arabic",
    "fa": "Persian", "ur": "Urdu", "ps": "Pashto", "ug": "Uyghur", "sd": "Sindhi", "hi": "Hindi",
    "bn": "Bengali", "ne": "Nepali", "mr": "Marathi", "ta": "Tamil", "te": "Telugu",
    "ml": "Malayalam", "kn": "Kannada", "gu": "Gujarati", "pa": "Punjabi", "si": "Sinhala",
    "th": "Thai", "lo": "Lao", "km": "Khmer", "my": "Burmese", "ka": "Georgian",
    "hy": "Armenian", "el": "Greek", "he": "Hebrew",
}


# the names of the sets' languages written in the Latin script, for the line over a blurb in a
# language the reader does not read ("In Swahili:", `unread_language`) and a name's title
# ("title in Spanish: ...", `card_name`)
LANGUAGE_NAMES.update({
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "id": "Indonesian", "ms": "Malay", "sw": "Swahili", "ha": "Hausa",
    "tr": "Turkish", "az": "Azerbaijani", "tk": "Turkmen", "vi": "Vietnamese", "tl": "Tagalog",
    "pl": "Polish", "ro": "Romanian", "nl": "Dutch", "hu": "Hungarian", "cs": "Czech",
    "sk": "Slovak", "sl": "Slovenian", "hr": "Croatian", "bs": "Bosnian", "sq": "Albanian",
    "lt": "Lithuanian", "et": "Estonian", "fi": "Finnish", "da": "Danish", "no": "Norwegian",
    "is": "Icelandic", "kaa": "Karakalpak", "am": "Amharic",
})


def language_name(language: str | None) -> str | None:
    """The English name of a language by its code ("sw" -> "Swahili"; a script's variant is
    its language's: "uz-Cyrl" -> "Uzbek"); None when not known."""
    return LANGUAGE_NAMES.get(language.split("-")[0]) if language else None


def unread_language(language: str | None, languages: tuple[str, ...]) -> str:
    """The name of a blurb's language when the reader reads none of `languages` in it, for
    the line over the blurb ("Swahili": blind set 52's Iran memorandum card, blurbed in
    Swahili for an English reader, no report of the signing in English being in the set);
    "another language" when its name is not known; "" when the reader reads it (a script's
    variant is its language: "zh-Hant" for a reader of "zh") or the language is unknown."""
    if not language or language.split("-")[0] in {x.split("-")[0] for x in languages}:
        return ""
    return language_name(language) or "another language"


def reports_unread(items: Iterable[DigestItem], languages: tuple[str, ...]) -> str:
    """What a card's reports (and recalls) are when the reader reads none of their languages, to
    say beside a blurb in another language: "the card's only report" (set 8's Roscongress
    memorandum, reported once, in Arabic), "no report in English" (in the reader's first
    language, "English or French" for two); "" when one of them is in the reader's languages or
    the card has none. A reader shown a foreign sentence learns there is no report to read
    instead, rather than taking the sentence for the card's summary."""
    items = list(items)
    if not items or not languages:
        return ""
    if any(not unread_language(item.language or languages[0], languages) for item in items):
        return ""  # a report in the reader's language (or one of unknown language: not said)
    if len(items) == 1:
        return "the card's only report"
    names = [language_name(x) or x for x in dict.fromkeys(x.split("-")[0] for x in languages)]
    said = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    return f"no report in {said}"


def name_language(name: str, mentions: Iterable[tuple[str | None, str | None]]) -> str | None:
    """The language a register name is reported in: that of the reports whose sentence naming
    the document is in the name's script, when they agree (`mentions`: each report's language
    and sentence); None when they do not, or none is. The name itself is too short for language
    identification (blind set 41's Persian "بیانیه چینگ دائو" reads as Uzbek, 0.91)."""
    script = text_script(name)
    # a script's variant is its language's ("zh-Hant": Chinese)
    found = {language.split("-")[0] for language, evidence in mentions
             if language and evidence and text_script(evidence) == script}
    return found.pop() if len(found) == 1 else None


def english_gloss(doc: Document) -> str:
    """What an English reader can be told of a document whose name is in another script and has
    no known English name (`card_name`): its type and, when the register names it, its meeting
    and, placed at a calendar meeting, its year ("Agreement, SCO Heads of State Council, Ufa
    2015"). Nothing is translated: the type and the meeting are the register's (unresolved, the
    meeting the report names, as the card's "meeting unresolved (...)" says)."""
    parts = [type_label(shown_kind(doc.type, doc.name))]
    where = ", ".join(p for p in (doc.meeting, doc.venue) if p)
    if where:
        year = doc.meeting_date[:4] if doc.meeting_id and doc.meeting_date else ""
        parts.append(f"{where} {year}".strip())
    return ", ".join(parts)


def reads_as(name: str, languages: tuple[str, ...]) -> bool:
    """Whether a reader of `languages` reads a name: it is in their script and not clearly in
    another language ("Programa de cooperação 2019-2021 ..." is Portuguese, language
    identification says with 0.93; "Tianjin Declaration" is too short to say, and read)."""
    if text_script(name) not in (None, reader_script(languages)):
        return False
    found, probability = top_language(name)
    return found is None or found in languages or probability < CLEAR_WINNER


def english_name(name: str, kind: str, namesakes: Iterable[str] = ()) -> str | None:
    """An English name of a register entry named otherwise: the documents gazetteer's name of
    its kind whose key is the name's (or the only one naming the same document,
    `keys.same_document`: "Договор о долгосрочном добрососедстве ... Шахнайской ..." with a
    misspelt word is the Treaty on Long-Term Good-Neighbourliness, blind set 37), else the name
    of another register entry of its key and kind (`namesakes`) that an English reader reads;
    None when neither is known or the name is English already."""
    if reads_as(name, ("en",)):
        return None
    key = document_key(name)
    known = known_names(kind)
    if key in known:
        return known[key]
    alike = {english for other, english in known.items() if same_document(key, other)}
    if len(alike) == 1:
        return alike.pop()
    # among them, one that language identification does not even lean to another language for
    # ("Programa de cooperación 2019-2021": Spanish, though not clearly)
    readable = [other for other in namesakes if reads_as(other, ("en",))]
    return min(readable, key=lambda other: top_language(other)[0] not in (None, "en"),
               default=None)


@lru_cache(maxsize=32)
def known_names(kind: str) -> dict[str, str]:
    """The documents gazetteer's known documents of one kind: each name's and alias's key ->
    its English name."""
    out: dict[str, str] = {}
    for item in default_gazetteer().data.get("known_document", []):
        if item.get("type") == kind:
            for alias in [item["name"], *item.get("aliases", [])]:
                out.setdefault(document_key(alias), item["name"])
    return out


def _language_rank(language: str | None, languages: tuple[str, ...]) -> int:
    """0 for the reader's first language, 1 for the next, ...; the others after them."""
    return languages.index(language) if language in languages else len(languages)


def said_meeting(doc: Document) -> str:
    """The meeting the reports of a document the register could not place at a calendar meeting
    name ("SCO Heads of State Council, Samarkand"), as its card's "meeting unresolved (...)"
    gives it; "" for a placed document or when they name none."""
    if doc.meeting_id:
        return ""
    return ", ".join(p for p in (doc.meeting, doc.venue) if p)


def _meeting(doc: Document) -> str | None:
    """ "SCO Heads of State Council, Moscow (video conference)"; "meeting unresolved" when the
    register could not place the document at a calendar meeting."""
    venue = doc.venue
    if venue and doc.meeting_format == "video":
        venue = f"{venue} (video conference)"
    parts = [p for p in (doc.meeting, venue) if p]
    if not doc.meeting_id and parts:
        return f"{UNRESOLVED} ({', '.join(parts)})"
    return ", ".join(parts) or None


BLURB_MAX_CHARS = 400
# a blurb candidate that ends like this is a sentence; without it, a heading or a page title.
# summarize's sentence end: the danda of the Indic scripts, the Urdu full stop and the Arabic
# question mark end sentences too (set 33's Hindi report of the Bishkek Declaration, ending
# "... निंदा की।", ranked as a heading)
_SENTENCE_END = ENDS_SENTENCE


@dataclass(frozen=True)
class Blurb:
    """A card's blurb: the sentence, its language, and whether it is a preview of the meeting
    standing for a card of a step done there (told to the reader as a preview)."""

    text: str = ""
    language: str | None = None
    preview: bool = False
    # the report of another meeting the sentence comes from, when it is a recall's
    # (`recall_tells_step`): the card names its outlet with the blurb
    recall: ArticleRow | None = None
    # the step done the sentence tells of the document when it is not the register's ("was
    # signed" under a card "approved", blind set 38): the card shows it, so the two agree
    status: str | None = None
    # the sentence is the opening of the document's own text, not a report of it (a page
    # carrying a strategy's text): told to the reader as the document's own words
    own_text: bool = False


def document_blurb(doc: Document, articles: Iterable[ArticleRow],
                   languages: tuple[str, ...]) -> tuple[str, str | None]:
    """The blurb's sentence and language (`card_blurb`)."""
    blurb = card_blurb(doc, articles, languages)
    return blurb.text, blurb.language


def card_blurb(doc: Document, articles: Iterable[ArticleRow],
               languages: tuple[str, ...], *, recalls: Iterable[ArticleRow] = ()) -> Blurb:
    """The sentence that reports a document (what it is, who adopted it, where, when), from the
    articles that mention it. A candidate *fits* the card when it reports the card's kind of
    step (done or planned) and, for a done card, was published from the meeting on: a preview
    of the meeting is not a report of the adoption, in whatever language. In order: a fitting
    report in the first of the reader's languages that has one, then one in another language
    of the reader's script (a French report of the adoption for an English reader), then a
    report in the reader's languages that does not fit (a preview: its blurb is marked as one,
    `Blurb.preview`), then a fitting report in another script, then the others; among equals,
    one in the reader's script, a report of the entry's own status (the adoption, not the
    draft), the report's own sentence rather than a quotation (`opens_on_quote`), a sentence
    naming the document, a sentence rather than a heading, then the most authoritative outlet.
    A candidate that is only the document's name (the title of a page carrying the text itself)
    tells the reader nothing the card's heading does not: it is never the blurb, and without
    another candidate the card has none (its report's summary stands in). A photo's caption is
    no report: the article's sentence naming the document stands for it, or the article gives no
    candidate. `recalls` (reports of other meetings recalling the document) give a candidate
    only by a sentence that names the document and tells the card's step done, published after
    the meeting (`recall_tells_step`); it ranks below the card's own fitting reports
    (`_blurb_tier`)."""
    name_key = document_key(doc.name)
    name_tokens = set(name_key.split())
    script = reader_script(languages)
    # a report of the entry's kind of step fits (a done step for a done entry, a plan for
    # a planned one: an Indonesian preview's "akan menghasilkan Deklarasi Samarkand" misinforms
    # as the blurb of a signed declaration whatever its script, blind set 13; an English
    # preview's "An Astana declaration is expected to be passed" as the blurb of a card marked
    # adopted, set 34 before round 43), and among those a report of the entry's own status (its
    # adoption, not the draft of its history). Each mention keeps the step its report tells;
    # rows stored before it did fall back on the history, which names the first report of
    # each step.
    planned = doc.status == "planned"
    event_status = {e.article_id: e.status for e in doc.events if e.article_id}
    # a report from before the meeting is of the draft; the meeting's own day counts (datelines)
    held = date.fromisoformat(doc.meeting_date) - timedelta(days=1) if doc.meeting_date else None
    best: tuple[tuple[int, ...], Blurb] | None = None
    candidates = [(art, False) for art in sorted(articles, key=_authority)]
    candidates += [(art, True) for art in sorted(recalls, key=_authority)]
    for rank, (art, recalled) in enumerate(candidates):
        for mention in art.mentions:
            if mention.document_id != doc.id or not mention.evidence:
                continue
            own = False
            if recalled and not recall_tells_step(doc, mention, art, held):
                continue
            text = list_item(reader_text(whole_sentence(" ".join(mention.evidence.split()),
                                                        art.body, art.language)))
            if is_boilerplate(text):
                # a photo's caption over the report ("...签署了《...备忘录》 拍摄:赵祎", blind set
                # 32): the report's own sentence naming the document says it, if there is one
                text = sentence_naming(name_tokens, art.body, art.language)
                if not text:
                    continue
            # a wire's dateline opening the sentence ("NUR-SULTAN – The Heads of the SCO member
            # states have signed a Moscow declaration ...", blind set 30) names where the report
            # was written, which a card under its meeting's heading reads as where the document
            # was signed: the blurb is the sentence after it (round 74)
            text = with_list_lead(strip_dateline(text), art.body)
            # round 61: a sentence or heading about another document that names this one in its
            # title ("关于修改……《上海合作组织宪章》的议定书", the protocol amending the Charter,
            # blind set 47) is no blurb of this one: the page's own text under the name is, if
            # it carries it, or the page gives no candidate
            another = titles_another_document(text, doc.name, doc.type)
            if another or document_key(text) == name_key or _heads_page(text, art):
                # the page carries the document's text under its name: its opening sentence
                # says who met where and when (an English page of a communique's text gave an
                # English reader a Chinese report's sentence, blind set 6). The name may be
                # written in another language than the card's, after a dateline ("新华社北京4月
                # 25日电 上海合作组织成员国国防部长会议联合公报" over the defence ministers' Joint
                # Communiqué, blind set 26): a title line opening the page is a name all the same.
                # The opening is the page's first sentence, its wire's dateline too ("ASTANA, 4.
                # Juli (BelTA) – Die Staatschefs ...", blind set 50): left off, as a report's
                # (round 77)
                text = reader_text(strip_dateline(
                    opening_after_name(name_key, art.body, art.language)
                    or ("" if another else opening_after_title(text, art.body, art.language))))
                if not text:
                    continue
                # a communiqué opens on who met where; a strategy on its own subject ("The SCO
                # has established itself as ...", blind set 38): that is the document's words
                own = not tells_meeting(text)
            text = with_what_it_leads(text, art.body, art.language, doc.type, doc.name)
            if len(text) > BLURB_MAX_CHARS:
                text = _window_naming(text, doc.type)
            text = marked_if_cut(text, art.body)
            language = sentence_language(text, art.language)
            preference = languages.index(language) if language in languages else len(languages)
            readers = preference < len(languages)
            # no report in the reader's languages: one in the reader's script reads better than
            # one in another (blind set 12: a French sentence, not a Chinese one, for English)
            foreign_script = int(not readers and script is not None
                                 and text_script(text) != script)
            names_it = bool(name_tokens) and name_tokens <= set(document_key(text).split())
            before = bool(held and art.published_at and art.published_at.date() < held)
            heading = not _SENTENCE_END.search(text)
            # a report of another status or a preview misinforms whatever its language
            status = mention.status or event_status.get(art.id)
            # round 81: the draft approved at the meeting is the meeting's step, told as it is
            drafted = not recalled and draft_step(mention, art, doc)
            if drafted:
                status = DRAFT_APPROVED
            other_kind = status is not None and (status == "planned") != planned
            # round 80 (dup80): a sentence that puts the card's meeting in another city
            # misinforms as a preview does ("... after the SCO meeting in the Kazakh city of
            # Almaty" under a card headed Astana, blind set 8): any report agreeing with the
            # heading comes first in its language, and among the rest
            misplaces = misplaces_meeting(text, doc.venue)
            fits = not other_kind and (planned or not before) and not misplaces
            # the step the sentence itself tells, when it is another done step than the card's:
            # a sentence that agrees with the card comes first among equals, and a blurb that
            # does not gives the card its step, if it reports the meeting (published within a
            # month of it): a member's decree approving a memorandum months on (blind set 38's
            # Kazakh "... меморандум бекітілсін" of Iran's, signed at Samarkand) tells a later
            # step of its own
            told = None if planned else DRAFT_APPROVED if drafted else told_status(text, doc.type)
            told = told if told not in (None, "planned", doc.status) else None
            of_meeting = bool(held and art.published_at
                              and 0 <= (art.published_at.date() - held).days <= _MEETING_NEWS_DAYS)
            key = (_blurb_tier(fits, readers, bool(foreign_script or script is None), recalled,
                               own),
                   int(misplaces), preference, int(other_kind), int(told is not None), int(before),
                   foreign_script, int(status != doc.status), int(opens_on_quote(text)),
                   0 if names_it else 1, int(heading), rank)
            if best is None or key < best[0]:
                best = (key, Blurb(text, language, not planned and status == "planned",
                                   art if recalled else None,
                                   told if of_meeting or drafted else None, own))
    return best[1] if best else Blurb()


# a text opening on a quotation mark: a speaker's words
_QUOTE_OPENING = re.compile(r"^[\s(]*[«“„\"‘‚「『‹]")


def opens_on_quote(text: str) -> bool:
    """Whether a blurb candidate opens on a quotation: a speaker's words (a speech that names
    the document in passing), not the report's own sentence of what the document is, who signed
    it, where and when. Among candidates otherwise equal it comes after one that does not (blind
    set 52's road transport agreement was blurbed by a 2023 speech, «Считаем необходимым
    поручить транспортным ведомствам и совместной комиссии, сформированной в рамках
    соглашения ...», — сказал он, cut, over Asia-Plus's "... присоединиться к Соглашению ...
    Документ был подписан в рамках саммита ШОС в Душанбе в 2014 году", round 73)."""
    return bool(_QUOTE_OPENING.match(text))


# Round 61: words that make a name the name of ANOTHER document of the one it names (an
# amendment, a protocol to it, the plan of its implementation): meeting_words.toml's [amending],
# compiled once in pipeline/documents/mentions.py, which the register reads too


def titles_another_document(text: str, name: str, kind: str | None = None) -> bool:
    """Whether a sentence or heading names a document only inside the title of another one: each
    word of the document's kind (`kind`, the card's; any kind when None) stands in a clause
    that holds a word of an amendment, a protocol to it or its implementation plan ("关于修改
    二〇〇二年六月七日在圣彼得堡(俄罗斯联邦)签署的《上海合作组织宪章》的议定书", the
    protocol amending the Charter, set 47; "Protocol on amendments to the Charter of ...").
    Its subject is that other document. A document whose own name is such a title (the
    protocol's own card) is named by it; a clause of its own about the amendment ("The
    Charter, amended in 2010, ...") leaves the name its own."""
    if not text or AMENDING.search(name):
        return False
    types = [m for m in find_matches(default_gazetteer(), text)
             if m.entry.kind == "doc_type" and (kind is None or m.entry.ref == kind)]
    if not types:
        return False
    for m in types:
        start = max((b.end() for b in _CLAUSE_BREAK.finditer(text, 0, m.start)), default=0)
        after = _CLAUSE_BREAK.search(text, m.end)
        end = after.start() if after else len(text)
        if not AMENDING.search(text, start, end):
            return False
    return True


# a report of a meeting is published within a month of it (the day before counts: datelines)
_MEETING_NEWS_DAYS = 31


# where a clause of a sentence ends: a comma, a semicolon, a colon, or a conjunction joining
# two clauses ("25 documents were approved and the Astana Declaration ... was signed")
_CLAUSE_BREAK = re.compile(
    r"[,;:，；、：]|\s(?:and|but|while|whereas|as well as|и|а|а также|но|y|e|et|und|ve|va|ва|و)\s",
    re.I)


# a comma opening a relative clause about what precedes it (English, Russian, French, Spanish,
# Portuguese, Italian, German)
_RELATIVE = re.compile(r"[,，]\s*(?:which|that|котор\w+|qui|que|lequel|laquelle|la cual|el cual"
                       r"|che|la quale|il quale|die|der|das|welche\w*)\b", re.I)


def told_status(sentence: str, kind: str) -> str | None:
    """The step ("signed", "approved", "adopted", "planned") a sentence tells of a document of
    this kind: the only status word of the clause naming the kind ("... and the Astana
    Declaration ... was signed": signed, though "approved" comes first in the sentence), a
    relative clause after a comma its own ("the Astana Declaration, which was signed"); None
    when the clause holds none or several, or the sentence names no document of the kind."""
    steps = told_steps(sentence, kind)
    return steps.pop() if len(steps) == 1 else None


def told_steps(sentence: str, kind: str) -> set[str]:
    """Every step word of the clause naming a document of this kind (`told_status`)."""
    matches = find_matches(default_gazetteer(), sentence)
    named = next((m for m in matches if m.entry.kind == "doc_type" and m.entry.ref == kind), None)
    if named is None:
        return set()
    breaks = list(_CLAUSE_BREAK.finditer(sentence, 0, named.start))
    start = breaks[-1].end() if breaks else 0
    # two verbs joined by a conjunction share the object: "ont signé et publié la Déclaration"
    # tells both steps, so the clause takes in the verb before "et" when a verb follows it too
    # ("25 documents were approved and the Astana Declaration ... was signed" is two clauses)
    # (the older tests' French "signed and published" read as published only, round 78)
    verbs = [m for m in matches if m.entry.kind == "doc_status"]
    if breaks and breaks[-1].group().strip().isalpha() and any(
            m.start == breaks[-1].end() for m in verbs):
        verb = next((m for m in verbs if m.end <= breaks[-1].start()
                     and not sentence[m.end:breaks[-1].start()].strip()), None)
        start = verb.start if verb else start
    after = _CLAUSE_BREAK.search(sentence, named.end)
    # a relative clause after the comma tells of the document: "the Astana Declaration, which
    # was signed ..." (round 53), up to the clause's own end
    while after and (relative := _RELATIVE.match(sentence, after.start())):
        after = _CLAUSE_BREAK.search(sentence, relative.end())
    end = after.start() if after else len(sentence)
    return {m.entry.ref for m in matches
            if m.entry.kind == "doc_status" and m.start >= start and m.end <= end}


# round 81 (reg81): the step of a draft approved at the meeting, which a card shows as it is told
DRAFT_APPROVED = "approved as a draft"


def approves_draft(sentence: str, kind: str) -> bool:
    """Whether a sentence tells a document's draft approved: "approved" is the one done step its
    clause tells (`told_steps`) and a draft's word qualifies the kind's name ("approved the
    draft strategy", «одобрили проект стратегии», "草案"; base's _DRAFT_BEFORE and _DRAFT_AFTER,
    which make the finder's mention planned; the draft's word is itself a plan's word)."""
    if told_steps(sentence, kind) - {"planned"} != {"approved"}:
        return False
    named = next((m for m in find_matches(default_gazetteer(), sentence)
                  if m.entry.kind == "doc_type" and m.entry.ref == kind), None)
    return named is not None and bool(
        _DRAFT_BEFORE.search(sentence, 0, named.start) or _DRAFT_AFTER.match(sentence, named.end))


def dated_on_its_days(sentence: str, meeting: CalendarMeeting | None) -> bool:
    """Whether a sentence dates what it tells to a day of the meeting, its year written or not: a
    range of days counts when it holds one ("during a June 20-21 meeting", the energy ministers'
    meeting of 21 June 2024: a two-day meeting's first day is the meeting too; stories'
    `lead_dates` reads both ends of a range)."""
    if meeting is None or meeting.start is None:
        return False
    near = datetime(meeting.start.year, meeting.start.month, meeting.start.day, tzinfo=UTC)
    return any(meeting.covers(day, slack=0) for _, day in lead_dates("", sentence, near))


def draft_step(mention: DocumentMention, art: ArticleRow, doc: Document) -> bool:
    """Whether a report tells the card's meeting's step as the approval of its draft: the
    mention is planned (the finder reads a draft as a plan) on a card of a step done, its
    sentence tells the draft approved (`approves_draft`), and either the sentence dates it to
    the meeting's days or the report was published within a month of the meeting (round 81,
    blind set 8: 4vlastinfo.kz's undated "The SCO Energy Ministers approved the draft strategy
    ... during a June 20-21 meeting in the Kazakh capital" was told as a preview, "Told before
    the meeting" and "Told before it was approved:", under the ministers' meeting of 21 June
    2024 that it reports). A draft approved at home before the meeting (a head of state's
    decree) is dated before it, and stays a preview."""
    if mention.status != "planned" or doc.status in (None, "planned") or not mention.evidence:
        return False
    text = whole_sentence(" ".join(mention.evidence.split()), art.body, art.language)
    if not approves_draft(text, doc.type):
        return False
    meeting = default_calendar().get(doc.meeting_id) if doc.meeting_id else None
    if meeting is None:
        return False
    day = art.published_at.date() if art.published_at else None
    start = meeting.start
    return dated_on_its_days(text, meeting) or bool(
        day and start and 0 <= (day - start).days <= _MEETING_NEWS_DAYS)


def _blurb_tier(fits: bool, readers: bool, other_script: bool, recalled: bool = False,
                own_text: bool = False) -> int:
    """A blurb candidate's tier (`card_blurb`): 0 a fitting report in the reader's languages,
    1 one in another language of the reader's script, 2 a recall (`recall_tells_step`) in the
    reader's languages or script, 3 a report in the reader's languages that does not fit (a
    preview, marked), 4 a fitting report in another script, 5 a recall in another script, 6
    the others. A recall says the step was done, as the card does, which a preview of the
    drafts does not; but it reports another meeting, so the card's own fitting reports come
    first in the same script. 7: the opening of the document's own text that tells no meeting
    (a strategy's first sentence): the document's words, not a report of it, so any report
    comes first."""
    if own_text:
        return 7
    if recalled:
        return 5 if other_script and not readers else 2
    if fits:
        return 0 if readers else 4 if other_script else 1
    return 3 if readers else 6


def recall_tells_step(doc: Document, mention: DocumentMention, art: ArticleRow,
                      held: date | None) -> bool:
    """Whether a recall's sentence may blurb a card of a step done: it tells that very step
    (its status is the card's, so no plan and no draft: "Both the countries signed Memorandum of
    Obligations ... last year", blind set 35), the report was published after the meeting (so
    the step is told as past), and the sentence names the document (most of its name's words:
    a recall of the meeting that names another of its documents is not this card's)."""
    if doc.status in (None, "planned") or mention.status != doc.status or held is None:
        return False
    if art.published_at is None or art.published_at.date() <= held:
        return False
    name_tokens = set(document_key(doc.name).split())
    said = name_tokens & set(document_key(mention.evidence or "").split())
    return 2 * len(said) > len(name_tokens)


def sentence_naming(name_tokens: set[str], body: str | None, language: str | None) -> str:
    """The first sentence of a text that names a document (every word of its name's key), its
    lines of captions and credits left out (a page's lines without a full stop are joined into
    one sentence: cri.cn's caption ran on into the lead); "" when there is none."""
    if not body or not name_tokens:
        return ""
    prose = "\n".join(line for line in body.splitlines() if not is_boilerplate(line.strip()))
    for sentence in split_sentences(prose, language):
        if (_SENTENCE_END.search(sentence) and not is_boilerplate(sentence)
                and name_tokens <= set(document_key(sentence).split())):
            return sentence
    return ""


def marked_if_cut(text: str, body: str | None) -> str:
    """A blurb that is the end of a text cut off mid-sentence (an outlet's excerpt, a page
    saved in part: "... approved a new version of the regulations of the SCO Secretariat and a
    cooperation pr", blind set 27) marked "…", as a cut the digest makes is: without the mark it
    reads as a whole sentence that stops."""
    if not text or not body or _SENTENCE_END.search(text) or text.endswith(("…", ":")):
        return text
    tail = _squeezed(body)[-len(_squeezed(text)):]
    return f"{text} …" if tail == _squeezed(text) else text


# how much of a long text before the word naming the document's kind its blurb keeps
_WINDOW_BEFORE = 160
# where a clause of a run-on text begins: after a bullet's dash, a note mark "[4]", a semicolon
_CLAUSE_START = re.compile(r"(?:\[\d{1,2}\])*\s*[-–—•]\s|(?:\[\d{1,2}\])+\s*|[;；]\s*")


def _window_naming(text: str, kind: str) -> str:
    """A text longer than BLURB_MAX_CHARS cut to the part that names the document: from its
    start when the word naming the document's kind (statement, 声明, ...) falls inside the
    first BLURB_MAX_CHARS, else from the start of that word's clause. A run-on line of a
    preview's bullet points (blind set 25: 624 characters without a full stop, the statement
    named near its end) blurbed its card with the summit's date and guests; "…" marks a cut."""
    kinds = [m for m in find_matches(default_gazetteer(), text)
             if m.entry.kind == "doc_type" and m.entry.ref == kind]
    start, end = 0, len(text)
    if kinds and kinds[0].end > BLURB_MAX_CHARS - 20:
        at = kinds[0].start
        clauses = [m.end() for m in _CLAUSE_START.finditer(text, max(0, at - _WINDOW_BEFORE), at)]
        start = clauses[-1] if clauses else text.rfind(" ", 0, at - _WINDOW_BEFORE) + 1
        # ... to the end of its clause
        after = _CLAUSE_START.search(text, kinds[0].end)
        end = after.start() if after else end
    piece = text[start:end].strip()
    if len(piece) > BLURB_MAX_CHARS:
        piece = piece[:BLURB_MAX_CHARS].rsplit(" ", 1)[0] + " …"
    return ("… " if start else "") + piece + (" …" if start and end < len(text) else "")


# the script each language is written in, for a reader of it (a reader's first language
# decides); a language written in several (Uzbek, Azerbaijani) has the script its outlets use
# most. A reader of another language has no script the digest can match other languages by.
_SCRIPT_LANGUAGES = {
    "latin": "en fr es pt de it nl pl tr id ms tl sq cs sk ro hu sv da no fi az uz lt lv et hr "
             "bs sl vi",
    "cyrillic": "ru uk be bg sr mk kk ky tg mn",
    "arabic": "ar fa ur ps ug sd",
}
_LANGUAGE_SCRIPT = {language: script for script, names in _SCRIPT_LANGUAGES.items()
                    for language in names.split()}


def reader_script(languages: tuple[str, ...]) -> str | None:
    """The script a reader reads ("latin", "cyrillic", "arabic"), by their first language;
    None when it is not known."""
    return _LANGUAGE_SCRIPT.get(languages[0].split("-")[0]) if languages else None


def text_script(text: str) -> str | None:
    """The script most of a text's letters are written in ("latin", "cyrillic", "arabic", or
    the first word of the Unicode name of another: "cjk", "hangul", ...); None without
    letters."""
    counts: dict[str, int] = {}
    for c in text:
        if c.isalpha():
            name = letter_script(c).lower()
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


# languages never written in the Latin script: a Latin sentence on a page in one of them is in
# another language (Uzbek, Kazakh, Azerbaijani, Turkmen, Uyghur and Serbian are written in both)
_NOT_LATIN = frozenset(
    "ru uk be bg mk ky tg mn ar fa ur ps zh ja ko hi mr ne bn ta te th ka hy he el".split())


def sentence_language(text: str, language: str | None) -> str | None:
    """The language a blurb's sentence is written in: its report's, unless the sentence is in
    the Latin script on a page in a language never written in it (a bilingual page: tjxz.cc's
    Chinese page of the SCO Development Strategy with its English text, blind set 38; the
    Qingdao Declaration's English opening on a Chinese page, set 17, both marked "in Chinese"
    over English); then the language one identification gives clearly, when it is a language of
    the Latin script."""
    if not language or language.split("-")[0] not in _NOT_LATIN or text_script(text) != "latin":
        return language
    code, probability = top_language(text)
    if code and probability >= CLEAR_WINNER and _LANGUAGE_SCRIPT.get(code) == "latin":
        return code
    return language


_MARK = r"(?:[-–—•·*]|\d{1,2}[.)])"  # a bullet or an item's number
_LIST_MARK = re.compile(rf"^{_MARK}\s+")
# a list mark alone on its line, its item on the next (a page's bullets as their own lines)
_MARK_ALONE = re.compile(rf"^{_MARK}$")
_LIST_END = re.compile(r"\s*[;,]$")


def list_item(text: str) -> str:
    """A sentence without the bullet or number opening a list item and the ";" closing it
    ("- On approval of the program ...;", the real set's card of a programme)."""
    return _LIST_END.sub("", _LIST_MARK.sub("", text))


OPENING_MIN_CHARS = 40
_LIST_LEAD_REACH = 12  # how many list items above a name its list's lead line may be


def with_list_lead(item: str, body: str | None) -> str:
    """A document's name that is an item of a list, with the line that leads the list: "1.
    Тяньцзиньскую декларацию Совета глав государств — членов ШОС." alone says only the card's
    heading again; after "По итогам саммита главы стран подписали и приняли следующие
    документы:" it says who did what (blind set 11). Only a lead of a sentence's length
    (OPENING_MIN_CHARS) counts ("They signed:" says little); the nearest lead is taken, and
    an item not in a list, or a list without such a lead, stays as it is."""
    if not body or not item:
        return item
    lines = [line.strip() for line in body.splitlines()]
    core = item.rstrip(".;, ")
    for at, line in enumerate(lines):
        if core not in line or not (_LIST_MARK.match(line)
                                    or at and _MARK_ALONE.match(lines[at - 1])):
            continue
        first = max(0, at - _LIST_LEAD_REACH)
        for n in range(at - 1, first - 1, -1):
            above = lines[n]
            if above.endswith(":"):
                lead = list_item(above)
                if len(lead) >= OPENING_MIN_CHARS:
                    return f"{lead} {core}."
                # a short lead ("Среди них:", "Among them:") says who did what only with the
                # sentence before it (blind set 14: "... был утвержден ряд ключевых документов,
                # ... Среди них: - Тяньцзиньская декларация ...")
                before = lines[n - 1] if n else ""
                if (len(before) >= OPENING_MIN_CHARS and not _LIST_MARK.match(before)
                        and _SENTENCE_END.search(before)):
                    return f"{before} {lead} {core}."
                return item
            if above and not _LIST_MARK.match(above) and not _MARK_ALONE.match(above):
                # a paragraph whose last sentence runs on into the list, its colon lost: "...
                # have been adopted – 44 documents in total. Including" over "– on signing the
                # Memorandum of Obligations by Iran ...;" (blind set 32) leads it all the same
                if (len(above) >= OPENING_MIN_CHARS and not _OPENING_END.search(above)
                        and _SENTENCE_END.search(split_sentences(above, None)[0])):
                    return f"{above}: {core}."
                return item  # a paragraph between: the item's list has no lead
        return item
    return item
_NAME_AMONG_FIRST = 4  # the document's name heads its page: among its first lines

# a bullet or dash opening the line a lead-in leads, a quotation's mark after it or not
# ('-"The settlement of ...', blind set 48)
_LED_MARK = re.compile(r"^(?:[-–—•·*]|\d{1,2}[.)])\s*(?=\S)")


def with_what_it_leads(text: str, body: str | None, language: str | None,
                       kind: str | None = None, name: str = "") -> str:
    """A lead-in ending on a colon, with the sentence it leads: "From the Bishkek Declaration
    on Syria:" over the declaration's words (a live blog, blind set 48), a decree's "Правительство
    Республики Казахстан ПОСТАНОВЛЯЕТ:" over "1. Одобрить прилагаемый проект Соглашения ..."
    (blind set 50) say nothing of the document until what they lead follows; round 77. A lead-in
    that tells the meeting or the step itself ("... having gathered in Astana on 5 July 2005, state
    the following:", a communiqué's opening; the document's own name aside: "Bishkek" of the
    Bishkek Declaration is no meeting told) is a blurb as it is; so is one whose
    sentence the body does not hold or holds last, or holds before a line in another script."""
    if not body or not text.endswith((":", "：")):
        return text
    unnamed = re.sub(re.escape(name), " ", text, flags=re.I) if name else text
    if tells_meeting(unnamed) or (kind is not None and told_status(text, kind) is not None):
        return text
    sentences = [s for s in split_sentences(body, language) if not _MARK_ALONE.match(s.strip())]
    squeezed = _squeezed(text)
    for at, sentence in enumerate(sentences[:-1]):
        if _squeezed(list_item(sentence)) != squeezed and not _squeezed(sentence).endswith(
                squeezed):
            continue
        following = _LED_MARK.sub("", sentences[at + 1].strip())
        # a bilingual page's next line may be the lead-in's translation ("... 聲明如下:" over
        # "Heads of Governments (Prime Ministers) ...", blind set 31): no sentence it leads
        if (not _SENTENCE_END.search(following) or is_boilerplate(following)
                or text_script(following) != text_script(text)):
            return text
        return f"{text} {following}"
    return text


def opening_after_name(name_key: str, body: str | None, language: str | None) -> str:
    """The first sentence after the document's name when the name heads the page (the page
    carries the document's text: "Joint Communique ... / 2007-11-21 / A regular meeting of the
    Council ... was held on 2 November 2007 in Tashkent."), else "". Dates, headings and list
    items between them are passed over."""
    if not body:
        return ""
    sentences = split_sentences(body, language)
    for at, sentence in enumerate(sentences[:_NAME_AMONG_FIRST]):
        if document_key(list_item(sentence)) != name_key:
            continue
        return _first_opening(sentences[at + 1 : at + 1 + _NAME_AMONG_FIRST], _SENTENCE_END)
    return ""


def misplaces_meeting(sentence: str, venue: str | None) -> bool:
    """Whether a sentence names a city as a meeting's venue but not the card's meeting venue:
    Sputnik's "... it said after the SCO meeting in the Kazakh city of Almaty" of the energy
    ministers' meeting the calendar holds in Astana (round 80, blind set 8). A city inside a
    name ("Shanghai" of the Shanghai Cooperation Organisation) is no venue; an unresolved card
    (no venue given) is never misplaced."""
    if not venue:
        return False
    matches = find_matches(default_gazetteer(), sentence)
    names = [(m.start, m.end) for m in matches if m.entry.kind not in ("venue", "doc_status")]
    cities = {m.entry.ref for m in matches if m.entry.kind == "venue"
              and not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
                          for s, e in names)}
    return bool(cities) and venue not in cities


def tells_meeting(sentence: str) -> bool:
    """Whether the opening of a document's text tells the meeting or the step (a venue, a
    council, a status word: "A regular meeting of the Council ... was held ... in Tashkent"),
    as a report would; a strategy's opening on its subject does not."""
    matches = find_matches(default_gazetteer(), sentence)
    # a city inside a name is no venue ("Shanghai" of the Shanghai Cooperation Organization)
    names = [(m.start, m.end) for m in matches if m.entry.kind not in ("venue", "doc_status")]
    return any(m.entry.kind in ("body", "doc_status")
               or (m.entry.kind == "venue"
                   and not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
                               for s, e in names))
               for m in matches)


def _first_opening(sentences: list[str], end: re.Pattern[str]) -> str:
    """The first of the sentences that can open a document's text: long enough, ending as `end`
    says, no list item and no fragment; "" when none can."""
    for following in sentences:
        if (len(following) >= OPENING_MIN_CHARS and end.search(following)
                and not _LIST_MARK.match(following) and not is_fragment(following)):
            return following
    return ""


def _squeezed(text: str) -> str:
    """A text's words as the reader sees them (`reader_text` drops an orphan selector), to
    compare a blurb with the page's lines."""
    return " ".join(_ORPHAN_SELECTOR.sub("", text).split())


_TITLE_MAX_CHARS = 200  # longer, a line without a full stop is a run-on text, not a title


def _heads_page(text: str, art: ArticleRow) -> bool:
    """Whether a candidate is the page's title line (a dateline before it or not): a line
    without a sentence's end that is the article's title or that its body begins with."""
    title = _squeezed(strip_dateline(text))
    if not art.body or not title or _SENTENCE_END.search(title) or len(title) > _TITLE_MAX_CHARS:
        return False
    first = next((line for line in art.body.splitlines() if line.strip()), "")
    # the title with its dateline or without (a dateline read since round 77: "新華社比什凱克6月
    # 14日電 ...新聞公報全文如下:", the Bishkek press communiqué's page in the blind set)
    return title in (_squeezed(strip_dateline(first.strip())), _squeezed(art.title or ""),
                     _squeezed(strip_dateline(art.title or "")))


# the opening of a document's text may end in a colon ("... having gathered in Astana on
# 5 July 2005, state the following:")
_OPENING_END = re.compile(_SENTENCE_END.pattern + "|:$")


def opening_after_title(title: str, body: str | None, language: str | None) -> str:
    """The first sentence after the page's title line (`_heads_page`), as opening_after_name
    takes it after the document's name; "" when there is none."""
    if not body:
        return ""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if lines and _squeezed(strip_dateline(lines[0])) == _squeezed(strip_dateline(title)):
        lines = lines[1:]
    return _first_opening(split_sentences("\n".join(lines), language)[:_NAME_AMONG_FIRST],
                          _OPENING_END)


_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"), ("「", "」"), ("(", ")"))


def is_fragment(text: str) -> bool:
    """Whether a sentence is a piece of one: it opens in lower case, or closes a quotation it
    never opened (a quote split at its inner full stops)."""
    if text[:1].islower() or text.count('"') % 2:
        return True
    return any(text.count(close) > text.count(open_) for open_, close in _QUOTE_PAIRS
               if open_ != close)


def whole_sentence(evidence: str, body: str | None, language: str | None) -> str:
    """A fragment of a sentence as the whole sentence of the article it comes from: the
    register's evidence was "organisation's one-day summit, President Hu Jintao ... signed the
    Declaration" from a page broken every 70 characters, and "The adoption of the Astana
    Declaration is planned too," said the President." from a three-sentence quote (blind sets
    4 and 6). Page furniture before a " | " separator is left out; a sentence not found in the
    body stays as it is."""
    if not body or not is_fragment(evidence):
        return evidence
    for sentence in split_sentences(body, language):
        at = sentence.find(evidence)
        if at >= 0:
            cut = sentence.rfind(" | ", 0, at)
            return sentence[cut + 3 :] if cut >= 0 else sentence
    return evidence


def reader_languages(sub: Subscriber, settings: Settings) -> tuple[str, ...]:
    """The languages a reader prefers, best first: theirs, else the configuration's."""
    return sub.languages or (settings.language,)


def lock_subscriber(session: Session, subscriber_id: int) -> SubscriberRow | None:
    """The subscriber's row, locked until the transaction ends, so that two runs at once choose
    and queue one subscriber's mail one after the other (SQLite: BEGIN IMMEDIATE already
    serialises writers; PostgreSQL: SELECT ... FOR UPDATE)."""
    return session.scalars(select(SubscriberRow).where(SubscriberRow.id == subscriber_id)
                           .with_for_update().execution_options(populate_existing=True)).first()


def run_digest(settings: Settings, db: Database | None = None, *, dry_run: bool = False,
               to_file: Path | None = None, only: str | None = None,
               respect_schedule: bool = False, now: Callable[[], datetime] = utcnow,
               log: Callable[[str], None] = print) -> DigestReport:
    """Render each due subscriber's digest, queue it, then send everything pending.

    Choosing a subscriber's items and queueing the message happen in one transaction with the
    subscriber's row locked, and no second digest is queued while one is pending: two runs at
    the same time never send one subscriber two digests.
    """
    db = db or Database(settings.database_url)
    queued, skipped, lines = 0, [], []
    when = now()
    subs = [s for s in settings.subscribers if s.schedule in DUE_AFTER]
    if only:
        subs = [s for s in subs if s.email.lower() == only.lower()]
        if not subs:
            raise ConfigError(f"no daily or weekly subscriber {only!r}", settings.config_path)
    with db.session() as session:
        ids = sync_subscribers(session, settings.subscribers)
    for sub in subs:
        with db.session() as session:
            row = lock_subscriber(session, ids[sub.email.lower()])
            assert row is not None
            if not row.active:
                skipped.append(f"{sub.email}: unsubscribed")
                continue
            if pending_messages(session, row.id, "digest"):
                skipped.append(f"{sub.email}: a digest is already waiting to be sent")
                if dry_run:  # what goes out next is the waiting one: show that
                    waiting = waiting_message(session, row.id, "digest")
                    lines.append(f"{sub.email}: {waiting.subject} (waiting to be sent)")
                    log(lines[-1])
                    if to_file:
                        write_preview(to_file, rendered_from_raw(waiting.raw),
                                      waiting.raw.encode("utf-8"))
                        log(f"wrote {to_file}")
                continue
            previous = last_sent(session, row.id, "digest")
            due = is_due(sub.schedule, previous, when)
            if respect_schedule and not due:
                last = f", last {previous:%Y-%m-%d %H:%M}" if previous else ""
                skipped.append(f"{sub.email}: not due ({sub.schedule}{last})")
                continue
            sel = select_for(session, sub, row.id, when, previous)
            # a "nothing new" notice goes out at most once per schedule period
            if sel.is_empty() and not (sub.notify_empty and due):
                skipped.append(f"{sub.email}: nothing new")
                continue
            unsubscribe = unsubscribe_mailto(settings.sender, sub.email)
            rendered = render_digest(build_digest(sel, sub.email, previous, when,
                                                  languages=reader_languages(sub, settings),
                                                  unsubscribe_url=unsubscribe),
                                     ZoneInfo(sub.timezone))
            message = compose(settings.sender, sub.email, rendered.subject, rendered.text,
                              rendered.html, new_message_id(settings.sender),
                              unsubscribe_header(settings.sender, sub.email), when)
            line = (f"{sub.email}: {rendered.subject} ({sel.document_count()} documents, "
                    f"{len(sel.stories)} stories)")
            lines.append(line)
            log(line)
            if dry_run:
                if to_file:
                    write_preview(to_file, rendered, message.as_bytes())
                    log(f"wrote {to_file}")
                continue
            queue_message(session, row, "digest", message, sel.items(), when)
            queued += 1
    if dry_run:
        return DigestReport(skipped=tuple(skipped), lines=tuple(lines))
    flush = flush_pending(db, make_transport(settings.smtp_url, settings.outbox), now, log)
    for s in skipped:
        log(s)
    return DigestReport(queued, flush.sent, flush.deferred, flush.failed, tuple(skipped),
                        tuple(lines))


def waiting_message(session: Session, subscriber_id: int, kind: str) -> Message:
    """The oldest message of this kind waiting to be sent to the subscriber (one must exist)."""
    return session.scalars(select(Message).where(
        Message.subscriber_id == subscriber_id, Message.kind == kind,
        Message.status == "pending").order_by(Message.id).limit(1)).one()


def rendered_from_raw(raw: str) -> RenderedDigest:
    """The subject and parts of a composed message, read back from its bytes."""
    message = message_from_string(raw, _class=EmailMessage, policy=SMTP)
    html, text = message.get_body(("html",)), message.get_body(("plain",))
    return RenderedDigest(str(message["Subject"] or ""),
                          html.get_content() if isinstance(html, EmailMessage) else "",
                          text.get_content() if isinstance(text, EmailMessage) else "")


def write_preview(path: Path, rendered: RenderedDigest, raw: bytes) -> None:
    """A dry run's output: HTML for .html paths, the text part for .txt, else the whole .eml."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() in (".html", ".htm"):
        path.write_text(rendered.html, encoding="utf-8")
    elif path.suffix.lower() == ".txt":
        path.write_text(rendered.text, encoding="utf-8")
    else:
        path.write_bytes(raw)


def run_alerts(settings: Settings, db: Database | None = None, *,
               now: Callable[[], datetime] = utcnow,
               log: Callable[[str], None] = print) -> DigestReport:
    """Mail each `immediate` subscriber one message listing the documents new to them.

    A document waiting in a pending alert or already delivered is never listed again.
    """
    db = db or Database(settings.database_url)
    when = now()
    queued, lines = 0, []
    with db.session() as session:
        ids = sync_subscribers(session, settings.subscribers)
    for sub in (s for s in settings.subscribers if s.schedule == "immediate"):
        with db.session() as session:
            row = lock_subscriber(session, ids[sub.email.lower()])
            assert row is not None
            if not row.active:
                continue
            sel = select_for(session, sub, row.id, when, None)
            if not sel.documents:
                continue
            # an alert's cards are a digest's: a report that recalls the document (another
            # meeting's, or a year late) is listed as a recall with its link, never dropped
            digest = build_digest(Selection(documents=sel.documents, recalls=sel.recalls,
                                            look_backs=sel.look_backs,
                                            unplaced=sel.unplaced,
                                            namesakes=sel.namesakes), sub.email, None, when,
                                  languages=reader_languages(sub, settings))
            rendered = render_alert(digest.documents, sub.email, when, tz=ZoneInfo(sub.timezone),
                                    unsubscribe_url=unsubscribe_mailto(settings.sender, sub.email))
            message = compose(settings.sender, sub.email, rendered.subject, rendered.text,
                              rendered.html, new_message_id(settings.sender),
                              unsubscribe_header(settings.sender, sub.email), when)
            items = [("document", d.id) for d, _ in sel.documents]
            queue_message(session, row, "alert", message, items, when)
            queued += 1
            lines.append(f"{sub.email}: {rendered.subject}")
    flush = flush_pending(db, make_transport(settings.smtp_url, settings.outbox), now, log)
    return DigestReport(queued, flush.sent, flush.deferred, flush.failed, (), tuple(lines))
