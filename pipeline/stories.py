"""Stories: articles from different outlets about one event, grouped incrementally by text
similarity (TF-IDF over the recent pool), shared names, tags and documents, and dates."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pipeline.models import ArticleRow, DocumentMention, Story, Tag, utcnow
from pipeline.text import normalize_text

# Whose headline a story carries: the SCO Secretariat, then wire agencies, then everyone else.
SOURCE_AUTHORITY: dict[str, int] = {
    "sectsco": 0,
    **dict.fromkeys(("xinhua", "tass", "kazinform", "ria", "interfax", "reuters", "afp", "ap",
                     "trend", "akipress", "belta", "uza", "kabar", "khovar", "irna", "app", "pti",
                     "ani", "apa", "azertac", "chinanews"), 1),
}
OTHER_AUTHORITY = 2

_STOPWORDS = frozenset("""
a about after against all also an and any are as at be because been before being between both
but by can could did do does during each few for from further had has have having he her here
him his how i if in into is it its itself just more most my no nor not of off on once only or
other our out over own same she should so some such than that the their them then there these
they this those through to too under until up very was we were what when where which while who
whom why will with would you your said says told new one two three first last year years week
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне
было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него
до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы
тебя их чем была сам чтобы без будто чего раз тоже себе под будет ж тогда кто этот того потому
этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда
можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая много
разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда
конечно всю между года году также заявил сообщает
""".split())
_WORD = re.compile(r"[\w’'-]+")
_MONTHS = {m: i + 1 for i, names in enumerate((
    "jan january января", "feb february февраля", "mar march марта", "apr april апреля",
    "may мая", "jun june июня", "jul july июля", "aug august августа",
    "sep sept september сентября", "oct october октября", "nov november ноября",
    "dec december декабря")) for m in names.split()}
_WEEKDAYS = {d: i for i, names in enumerate((
    "monday понедельник", "tuesday вторник", "wednesday среду среда", "thursday четверг",
    "friday пятницу пятница", "saturday субботу суббота", "sunday воскресенье"))
    for d in names.split()}
_MONTH_WORD = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    ("md", re.compile(r"\b" + _MONTH_WORD + r"\s+(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\b", re.I)),
    ("dm", re.compile(r"\b(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s+" + _MONTH_WORD + r"(?!\w)", re.I)),
    ("zh", re.compile(r"(\d{1,2})月(\d{1,2})日")),
    ("wd", re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)),
)
LEAD_CHARS = 400  # the dateline and first sentence say when the event happened


@dataclass(frozen=True)
class StoryParams:
    """The knobs of story grouping, tuned on the dev split of tests/data/dedup/stories.toml."""

    threshold: float = 0.15  # score needed to join a story
    window: timedelta = timedelta(days=3)  # how far apart two reports of one event may be
    next_day_factor: float = 0.5  # score kept when the two events are one day apart
    name_weight: float = 2.0  # extra weight of capitalised names over other words
    title_weight: float = 2.0  # words of the headline count this many times
    entity_weight: float = 0.3  # share of the score from shared tags and documents
    linkage: str = "max"  # story score: best member ("max") or mean over members ("mean")
    pool_limit: int = 400  # most recent candidate articles looked at


@dataclass
class Features:
    """What story grouping compares: weighted terms, entities (tags, documents) and a date."""

    article_id: int
    terms: dict[str, float]
    entities: frozenset[str]
    when: datetime
    story_id: int | None = None
    day: date | None = None  # the event's date as the lead gives it, else the publication date
    vector: dict[str, float] = field(default_factory=dict)


def content_terms(title: str, body: str, params: StoryParams = StoryParams()) -> dict[str, float]:
    """Term weights of an article: headline words and names weighted up, stopwords out."""
    terms: dict[str, float] = {}
    for text, weight in ((title, params.title_weight), (body, 1.0)):
        for word in normalize_text(text).split():
            if len(word) > 2 and not word.isdigit() and word not in _STOPWORDS:
                terms[word] = terms.get(word, 0.0) + weight
        for name in capitalised_words(text or ""):
            word = normalize_text(name)
            if word and word not in _STOPWORDS:
                terms[word] = terms.get(word, 0.0) + weight * (params.name_weight - 1.0)
    return terms


def capitalised_words(text: str) -> list[str]:
    """Words written with a capital inside a sentence: names of people, places and bodies."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        if not word[0].isupper():
            continue
        i = m.start() - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        if i >= 0 and text[i] not in ".!?:\n\"“«":
            out.append(word)
    return out


def tfidf_vectors(features: Sequence[Features]) -> None:
    """Fill each feature's unit-length TF-IDF vector, document frequencies from this pool."""
    df: Counter[str] = Counter()
    for f in features:
        df.update(f.terms.keys())
    n = len(features)
    for f in features:
        vec = {t: (1.0 + math.log(c)) * (math.log((n + 1) / (df[t] + 1)) + 1.0)
               for t, c in f.terms.items() if c > 0}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        f.vector = {t: v / norm for t, v in vec.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two unit-length sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def event_date(title: str, body: str, published: datetime) -> date:
    """The day the reported event happened: the first date in the dateline or lead that is not
    after publication ("ASTANA, July 4", "on 4 July", "on Thursday", "7月4日"), else the day of
    publication."""
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    pub = published.date()
    found: list[tuple[int, date]] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(lead):
            day = _resolve(kind, m.groups(), pub)
            if day is not None and pub - timedelta(days=7) <= day <= pub:
                found.append((m.start(), day))
    return min(found)[1] if found else pub


def _resolve(kind: str, groups: tuple[str | None, ...], pub: date) -> date | None:
    try:
        if kind == "wd":
            back = (pub.weekday() - _WEEKDAYS[(groups[0] or "").lower()]) % 7
            return pub - timedelta(days=back)
        if kind == "md":
            month, day = _MONTHS[(groups[0] or "").lower()], int(groups[2] or groups[1] or 0)
        elif kind == "dm":
            month, day = _MONTHS[(groups[2] or "").lower()], int(groups[1] or groups[0] or 0)
        else:
            month, day = int(groups[0] or 0), int(groups[1] or 0)
        found = date(pub.year, month, day)
        return found if found <= pub + timedelta(days=1) else date(pub.year - 1, month, day)
    except (KeyError, ValueError):
        return None


def date_factor(a: Features, b: Features, params: StoryParams = StoryParams()) -> float:
    """1 for reports of events on the same day, less a day apart, 0 beyond."""
    if abs(a.when - b.when) > params.window:
        return 0.0
    gap = abs(((a.day or a.when.date()) - (b.day or b.when.date())).days)
    return 1.0 if gap == 0 else params.next_day_factor if gap == 1 else 0.0


def pair_score(a: Features, b: Features, params: StoryParams = StoryParams()) -> float:
    """How likely two articles report the same event (0..1)."""
    factor = date_factor(a, b, params)
    if factor == 0.0:
        return 0.0
    text = cosine(a.vector, b.vector)
    if a.entities and b.entities:
        shared = len(a.entities & b.entities) / len(a.entities | b.entities)
        text = (1 - params.entity_weight) * text + params.entity_weight * shared
    return text * factor


def best_story(new: Features, pool: Sequence[Features],
               params: StoryParams = StoryParams()) -> tuple[int | None, float]:
    """The story in the pool the new article fits best, and its score (None if no story)."""
    by_story: dict[int, list[float]] = {}
    for other in pool:
        if other.story_id is not None and other.article_id != new.article_id:
            by_story.setdefault(other.story_id, []).append(pair_score(new, other, params))
    best: tuple[int | None, float] = (None, 0.0)
    for story_id, scores in by_story.items():
        score = max(scores) if params.linkage == "max" else sum(scores) / len(scores)
        if score > best[1] or (score == best[1] and best[0] is not None and story_id < best[0]):
            best = (story_id, score)
    return best


def authority(source: str) -> int:
    """0 for the SCO Secretariat, 1 for wire agencies, 2 for other outlets."""
    return SOURCE_AUTHORITY.get(source, OTHER_AUTHORITY)


def _when(row: ArticleRow) -> datetime:
    return row.published_at or row.first_seen_at


def _entities(session: Session, ids: Iterable[int]) -> dict[int, set[str]]:
    ids = list(ids)
    out: dict[int, set[str]] = {i: set() for i in ids}
    if not ids:
        return out
    for aid, kind, value in session.execute(
            select(Tag.article_id, Tag.kind, Tag.value)
            .where(Tag.article_id.in_(ids), Tag.kind.in_(("state", "person", "body")))):
        out[aid].add(f"{kind}:{value}")
    for aid, doc in session.execute(select(DocumentMention.article_id, DocumentMention.document_id)
                                    .where(DocumentMention.article_id.in_(ids))):
        out[aid].add(f"doc:{doc}")
    return out


def features_for(session: Session, rows: Sequence[ArticleRow],
                 params: StoryParams = StoryParams()) -> list[Features]:
    """Features of stored articles, with TF-IDF weights computed over these rows together."""
    ents = _entities(session, (r.id for r in rows))
    feats = [Features(r.id, content_terms(r.title or "", r.body or "", params),
                      frozenset(ents[r.id]), _when(r), r.story_id,
                      day=event_date(r.title or "", r.body or "", _when(r))) for r in rows]
    tfidf_vectors(feats)
    return feats


def assign_story(session: Session, article_id: int, params: StoryParams = StoryParams(),
                 now: datetime | None = None) -> int | None:
    """Put an article in the story of the earlier reports of its event, or start a new story;
    a copy joins its original's story, an article already in a story stays there. Returns the
    story id (None if the article is gone)."""
    row = session.get(ArticleRow, article_id)
    if row is None:
        return None
    now = now or utcnow()
    if row.story_id is not None and session.get(Story, row.story_id) is not None:
        # a new version of an article stays in its story: moving it would reshuffle what
        # readers were already sent
        refresh_story(session, row.story_id, now)
        return row.story_id
    story_id = None
    if row.duplicate_of_id is not None:
        story_id = session.scalar(select(ArticleRow.story_id)
                                  .where(ArticleRow.id == row.duplicate_of_id))
    if story_id is None:
        when = _when(row)
        stamp = func.coalesce(ArticleRow.published_at, ArticleRow.first_seen_at)
        pool_rows = list(session.scalars(
            select(ArticleRow).where(ArticleRow.story_id.is_not(None), ArticleRow.id != row.id,
                                     stamp >= when - params.window, stamp <= when + params.window)
            .order_by(ArticleRow.id.desc()).limit(params.pool_limit)))
        feats = features_for(session, [row, *pool_rows], params)
        story_id, score = best_story(feats[0], feats[1:], params)
        if story_id is None or score < params.threshold:
            story_id = None
    if story_id is None:
        story = Story(headline=row.title, headline_article_id=row.id, articles=0,
                      first_seen_at=now, last_seen_at=now)
        session.add(story)
        session.flush()
        story_id = story.id
    row.story_id = story_id
    session.flush()
    refresh_story(session, story_id, now)
    return story_id


def headline_article(members: Sequence[ArticleRow]) -> ArticleRow:
    """The member whose title heads the story: most authoritative source, then earliest."""
    return min(members, key=lambda a: (authority(a.source), _when(a), a.id))


def refresh_story(session: Session, story_id: int, now: datetime | None = None) -> None:
    """Recompute a story's headline, size and dates from its articles."""
    story = session.get(Story, story_id)
    if story is None:
        return
    members = list(session.scalars(select(ArticleRow).where(ArticleRow.story_id == story_id)))
    if not members:
        return
    head = headline_article(members)
    story.headline, story.headline_article_id = head.title, head.id
    story.articles = len(members)
    story.last_seen_at = now or utcnow()
    dates = [a.published_at for a in members if a.published_at is not None]
    story.published_from = min(dates) if dates else None
    story.published_to = max(dates) if dates else None


def merge_stories(session: Session, keep: int, drop: int) -> None:
    """Move every article of one story into another (an operator's or a later pass's fix)."""
    session.execute(update(ArticleRow).where(ArticleRow.story_id == drop).values(story_id=keep))
    story = session.get(Story, drop)
    if story is not None:
        session.delete(story)
    session.flush()
    refresh_story(session, keep)
