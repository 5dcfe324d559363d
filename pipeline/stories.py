"""Stories: articles from different outlets about one event, grouped incrementally by text
similarity (TF-IDF over the recent pool), and by what needs no translation: the meeting venue and
day, shared tags (states, people, bodies), documents and numbers."""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache, lru_cache

import jdatetime
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pipeline.documents.calendar import (
    COUNCIL_NAMES,
    Calendar,
    CalendarMeeting,
    calendar_council_names,
    default_calendar,
    story_calendar,
)
from pipeline.documents.meetings import ordinal_in
from pipeline.models import ArticleRow, Document, DocumentMention, Story, Tag, utcnow
from pipeline.ordinals import load_ordinals, ordinal, ordinal_at, ordinals_placed
from pipeline.page_form import HEADLINE_CHARS, describes
from pipeline.page_form import chronology as page_chronology
from pipeline.story_words import load_story_words, words_pattern
from pipeline.tagging import LOOK_ALIKE_ORGANISATIONS, Gazetteer, analyse, load_gazetteer
from pipeline.text import (
    CaseTable,
    first_sentence,
    normalize_text,
    sentence_ends,
    words_of,
)

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
# Month names, one line per month, in the languages the gazetteers cover (nominative and the
# genitive that follows a day number): news dates the event it reports ("4 июля", "3-4 Temmuz",
# "31 अगस्त", "1er septembre"), and these need no translation to compare. Round 27: Tagalog
# ("ika-10 ng Hunyo"; its Enero, Abril, Mayo and Agosto are the Spanish names). Round 41: Thai,
# the names and their abbreviations, with or without the last dot ("31 สิงหาคม",
# "16 ก.ย ที่ผ่านมา"), added to each month below (_THAI_MONTHS). Round 69: the Czech and Slovak
# genitives ("17. června večer skončil ... festival", "1. septembra", Serbian and Bosnian too).
_THAI_MONTHS = (
    "มกราคม ม.ค. ม.ค", "กุมภาพันธ์ ก.พ. ก.พ", "มีนาคม มี.ค. มี.ค", "เมษายน เม.ย. เม.ย",
    "พฤษภาคม พ.ค. พ.ค", "มิถุนายน มิ.ย. มิ.ย", "กรกฎาคม ก.ค. ก.ค", "สิงหาคม ส.ค. ส.ค",
    "กันยายน ก.ย. ก.ย", "ตุลาคม ต.ค. ต.ค", "พฤศจิกายน พ.ย. พ.ย", "ธันวาคม ธ.ค. ธ.ค",
)
# Round 73: Bengali ("১৪ সেপ্টেম্বর উজবেকিস্তানের সমরখন্দে পৌঁছাবেন", will arrive in Samarkand
# on 14 September), in both spellings of the long vowel and of য় (one letter, or য with its
# nukta). Not May ("মে"), which also opens other words after a number ("২০ মেগাওয়াট", twenty
# megawatts): a month name here takes a suffix ("সেপ্টেম্বরে", in September), so no word end
# guards it.
_BENGALI_MONTHS = (
    "জানুয়ারি জানুয়ারি জানুয়ারী জানুয়ারী",
    "ফেব্রুয়ারি ফেব্রুয়ারি ফেব্রুয়ারী ফেব্রুয়ারী", "মার্চ", "এপ্রিল", "", "জুন", "জুলাই",
    "আগস্ট আগষ্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
)
_MONTH_NAMES = (
    "jan january января январь janvier enero janeiro januar januari stycznia ocak yanvar қаңтар "
    "януари студзеня "
    "जनवरी جنوری يناير ژانویه gennaio ledna januára",
    "feb february февраля февраль février febrero fevereiro februar februari lutego şubat "
    "fevral ақпан лютага "
    "февруари फ़रवरी फरवरी فروری فبراير فوریه febbraio pebrero února februára",
    "mar march марта март mars marzo março märz marca mart maret наурыз मार्च مارچ مارس marso "
    "machi сакавіка března",
    "apr april апреля апрель avril abril kwietnia nisan aprel сәуір април अप्रैल اپریل أبريل "
    "آوریل aprile aprili красавіка dubna apríla",
    "may мая май mai mayo maio maja mayıs mei мамыр मई مئی مايو maggio května mája",
    "jun june июня июнь juin junio junho juni czerwca haziran iyun маусым юни जून جون يونيو "
    "ژوئن giugno hunyo чэрвеня června júna",
    "jul july июля июль juillet julio julho juli lipca temmuz iyul шілде юли जुलाई جولائی يوليو "
    "ژوئیه luglio hulyo julai ліпеня července júla",
    "aug august agustus августа август août agosto sierpnia ağustos avgust avqust "
    "тамыз अगस्त اگست "
    "أغسطس اوت agosti жніўня srpna augusta",
    "sep sept september сентября сентябрь septembre septiembre setembro września eylül sentabr "
    "sentyabr қыркүйек септември सितंबर सितम्बर ستمبر سبتمبر سپتامبر settembre "
    "setyembre septemba верасня září septembra",
    "oct october октября октябрь octobre octubre outubro oktober października ekim oktabr "
    "oktyabr қазан октомври अक्टूबर اکتوبر أكتوبر اکتبر ottobre oktubre oktoba "
    "кастрычніка října októbra",
    "nov november ноября ноябрь novembre noviembre novembro listopada kasım noyabr қараша "
    "ноември नवंबर नवम्बर نومبر نوفمبر نوامبر nobyembre novemba лістапада listopadu novembra",
    "dec december декабря декабрь décembre diciembre dezembro dezember desember grudnia aralık "
    "dekabr "
    "желтоқсан декември दिसंबर दिसम्बर دسمبر ديسمبر دسامبر dicembre disyembre desemba снежня "
    "prosince decembra",
)
_MONTHS = CaseTable({m: i + 1 for i, names in enumerate(_MONTH_NAMES) for m in names.split()})
_MONTHS.update({m: i + 1 for i, names in enumerate(_THAI_MONTHS) for m in names.split()})
_MONTHS.update({m: i + 1 for i, names in enumerate(_BENGALI_MONTHS) for m in names.split()})
# Russian abbreviations of wire datelines ("ТОШКЕНТ, 15 сен - Sputnik"), a whole word only
_MONTH_ABBR = CaseTable({m: i + 1 for i, m in enumerate(
    "янв фев мар апр май июн июл авг сен окт ноя дек".split())})
_MONTHS_FIRST = {m: n for m, n in _MONTHS.items() if m.isascii()}  # "July 4", "Sept. 1"
_WEEKDAYS = CaseTable({d: i for i, names in enumerate((
    "monday понедельник montag lundi lunes pazartesi الاثنين الإثنين सोमवार",
    "tuesday вторник dienstag mardi martes salı الثلاثاء मंगलवार",
    "wednesday среду среда mittwoch mercredi miércoles çarşamba الأربعاء الاربعاء बुधवार",
    "thursday четверг donnerstag jeudi jueves perşembe الخميس गुरुवार",
    "friday пятницу пятница freitag vendredi viernes cuma الجمعة शुक्रवार",
    "saturday субботу суббота samstag samedi sábado cumartesi السبت शनिवार",
    "sunday воскресенье sonntag dimanche domingo pazar الأحد الاحد रविवार"))
    for d in names.split()})


# Round 74: the months of the Solar Hijri calendar, as Iran's press dates its reports ("عصر
# امروز چهارشنبه ۱۲ شهریور", this Wednesday evening, 12 Shahrivar), as regex fragments in their
# order (the Arabic yeh as some pages write it); read through jdatetime, not as a Gregorian
# month: a Solar Hijri month straddles two Gregorian ones
_SOLAR_HIJRI_MONTHS = ("فرورد[یي]ن", "ارد[یي]بهشت", "خرداد", "ت[یي]ر", "مرداد", "شهر[یي]ور",
                       "مهر", "آبان", "آذر", "د[یي]", "بهمن", "اسفند")
_SOLAR_HIJRI_MONTH = [re.compile(f"{m}$") for m in _SOLAR_HIJRI_MONTHS]
SOLAR_HIJRI_YEARS = (1300, 1500)  # a year written with such a date is of this calendar


def _alternation(words: Iterable[str]) -> str:
    return r"(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")"


# The per-language word lists (words_pattern(...), here and below) are data:
# pipeline/data/stories_words.toml, one table per list, one key per language.
# "yesterday" (not Hindi "कल", which is also tomorrow)
_YESTERDAY = re.compile(words_pattern("yesterday"), re.I)
# "tomorrow" (round 28): a date after publication, read where such dates count (lead_dates)
_TOMORROW = re.compile(words_pattern("tomorrow"), re.I)
# round 73: and the Bengali ordinal endings ("১লা", "২রা", "৪ঠা", "১৫ই", "২১শে": the 1st, 2nd,
# 4th, 15th, 21st)
_DAY = r"(\d{1,2})(?:er|\.|-?го|ই|লা|রা|ঠা|শে)?"
# "16-17", "16–17", "16 −17" (a minus sign), "16—17"; "December 4 to 6", "с 4 по 6 декабря",
# "du 4 au 6 décembre", "del 4 al 6 de diciembre", Tagalog "ika-9 hanggang ika-10 ng Hunyo"
_RANGE = r"(?:\s*[-–—−]\s*|\s+(?:to|till|until|through|по|au|al)\s+|\s+hanggang\s+(?:ika-)?)"
_DATE_PATTERNS = (
    ("md", re.compile(r"\b" + _alternation(_MONTHS_FIRST) + r"\.?\s+(\d{1,2})"
                      r"(?:" + _RANGE + r"(\d{1,2}))?\b", re.I)),
    # a Latin month name ends the word ("5 janitors" is no date); others may take a suffix, as
    # Kazakh, Turkish and Urdu write them ("3-4 шілдеде", "3-4 Temmuz'da")
    ("dm", re.compile(r"\b" + _DAY + r"(?:" + _RANGE + _DAY + r")?\s*(?:de\s+|ng\s+)?(?:"
                      + _alternation(m for m in _MONTHS if m.isascii()) + r"(?!\w)|"
                      + _alternation(m for m in _MONTHS if not m.isascii()) + r"|"
                      + _alternation(_MONTH_ABBR) + r"(?!\w))", re.I)),
    # "12月14日至15日", "6月9日-10日": a range's end day in the third group
    # ... and Korean writes the same with 월 and 일 ("8월 31일", "6월 9일~10일")
    ("zh", re.compile(r"(\d{1,2})\s*[月월]\s*(\d{1,2})(?:[日일]?\s*(?:至|到|[-–—~～])\s*"
                      r"(\d{1,2})[日일]|[日일])")),
    ("wd", re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)),
    # a day of the month alone, as Chinese and Japanese leads write it ("李克强15日上午在郑州",
    # "15日昼"): this month's, or last month's when later than tomorrow (not a range's end)
    # round 40: Korean writes it with 일 ("(베이징=신화통신) 4일 ... 회의에서", on the 4th),
    # not a span of days ("3일간", "3일 동안", "10일째"), nor the end of one ("25일까지", until
    # the 25th: an exercise under way, no day still to come), nor the day of a month already
    # read ("8월 31일")
    ("d", re.compile(r"(?<![\d月至到~～\-–—월])(?<![月월]\s)(\d{1,2})"
                     r"(?:日|일(?!\s?(?:간|동안|째|만|까지)))")),
    # "yesterday": the day before publication ("idinaos kahapon sa Moscow", "held yesterday")
    ("y", _YESTERDAY),
    # "tomorrow": the day after publication ("yarın Gebele şehrine gidecek"); never an event
    # day of the report (event_days keeps days up to publication), a day a preview announces
    ("t", _TOMORROW),
    # round 31: Vietnamese writes day and month in figures, the day first: "ngày 4/7" (the day
    # 4/7), "ngày 3-4/7", "ngày 4/7/2024", a range with its year "3-4/7/2024"; read after "ngày"
    # or as such a range, where no month-first reading is possible (groups: day, end day,
    # month); a bare "4/7" is not read (English writes April 7 so)
    ("vi", re.compile(r"\bngày\s+(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?/(\d{1,2})"
                      r"(?:/(?:19|20)\d\d)?(?![\d/])"
                      r"|\b(\d{1,2})\s*[-–]\s*(\d{1,2})/(\d{1,2})/(?:19|20)\d\d(?!\d)",
                      re.I)),
    # round 74: Persian dates of the Solar Hijri calendar ("چهارشنبه ۱۲ شهریور", Wednesday 12
    # Shahrivar: 3 September 2025; "۹ تا ۱۰ شهریور ۱۴۰۴"), read by _solar_hijri (groups: day,
    # end day, month, year); last, so that the others keep their places
    ("fa", re.compile(r"(?<!\d)(\d{1,2})(?:\s*(?:[-–—]|تا)\s*(\d{1,2}))?\s*("
                      + "|".join(_SOLAR_HIJRI_MONTHS) + r")(?:\s*\u200c?ماه)?"
                      r"(?![\u0600-\u06FF])(?:\s*(?:سال\s*)?(\d{4})(?!\d))?")),
)
LEAD_CHARS = 400  # the dateline and first sentence say when the event happened
WEEKDAY_REACH = 3  # days back a bare weekday name may point to
# A report of a calendar meeting appears on its days or the day after (the next morning's
# papers); one published before its first day is a preview, a story of its own.
MEETING_DAYS_AFTER = 1
# ... a later report naming the meeting counts when its lead dates its events to the meeting's
# days (a wire text reposted, a magazine piece), up to this many days after; one naming the
# meeting's council and venue first, undated, within a week of the main day
LATE_REACH_DAYS = 183
# ... or, dating no day but the meeting's month in its year ("in June"), within that year's
# reach (round 47: a year's review in December)
YEAR_REACH_DAYS = 366
WEEK_AFTER_DAYS = 7
# how far a council's ordinal is read when the lead gives none and names another city first
# (calendar_meeting's `ordinal_below`): the dateline paragraph and the one after it
ORDINAL_CHARS = 600
_COUNCIL_IDS = {name: body for body, name in COUNCIL_NAMES.items()}  # body tag -> council id


@cache
def _calendar_ids() -> dict[str, str]:
    """Body tag -> council id of every council the calendar holds (story_calendar: those a
    report names); built on first use, as calendar_council_names is."""
    return {name: body for body, name in calendar_council_names().items()}


@dataclass(frozen=True)
class StoryParams:
    """The knobs of story grouping, tuned on the dev split of tests/data/dedup/stories.toml."""

    threshold: float = 0.15  # score needed to join a story
    window: timedelta = timedelta(days=3)  # how far apart two reports of one event may be
    next_day_factor: float = 0.35  # score kept when the two events are one day apart
    name_weight: float = 2.0  # extra weight of capitalised names over other words
    title_weight: float = 2.0  # words of the headline count this many times
    entity_weight: float = 0.3  # share of the score from shared tags and documents
    linkage: str = "max"  # story score: best member ("max") or mean over members ("mean")
    pool_limit: int = 400  # most recent candidate articles looked at
    venue_weight: float = 0.5  # language-free score of two reports naming one meeting venue
    number_weight: float = 0.2  # ... added for the share of numbers they both give
    min_terms: int = 8  # fewer content words (a headline), no tags, no venue: attracts no one
    merge_threshold: float = 0.45  # a report this close to two stories' members joins them


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
    venues: frozenset[str] = frozenset()  # meeting venues named, by their English names
    lead_venues: frozenset[str] = frozenset()  # ... named in the headline or lead
    venue: str | None = None  # the venue named first (the dateline's, the lead's)
    numbers: frozenset[str] = frozenset()  # numbers of two digits or more, in ASCII digits
    days: frozenset[date] = frozenset()  # days up to publication the lead dates events to
    # about a meeting, not only set where one is: it names a participant, an SCO body or a
    # document, or its lead dates what it reports (a city profile of the summit day does none)
    about: bool = True
    councils: frozenset[str] = frozenset()  # SCO councils named (body ids of bodies.toml)
    meeting: str | None = None  # the calendar meeting it reports (calendar_meeting), by id
    meeting_venue: str | None = None  # ... and that meeting's venue, which then is its venue
    # its lead dates only what is still to come (is_preview) or it announces a calendar
    # meeting, and it reports none: no preview joins the reports of what it announced
    preview: bool = False
    # it reports its calendar meeting days after (late_report): it joins that meeting's reports
    # through the calendar only, never the same city's news of its own day by venue
    late: bool = False
    announces: str | None = None  # the calendar meeting it announces (announced_meeting)
    # ... published this many days before that meeting's first day: an announcement a week or
    # more ahead is a story of its own, apart from the week's previews (calendar_score)
    announce_lead: int | None = None
    # a side event of a meeting's eve (side_event): no meeting evidence, it joins by text only
    eve: bool = False
    # no publication day: `when` is the day a crawl found it, which says nothing of an archive
    # page's event (comparable_in_time)
    undated: bool = False
    # talks between two delegations reported after the meeting's main day, dated to none of its
    # days (talks_after): the visit's own event, no meeting evidence, it joins by text only
    talks: bool = False
    # a joint meeting of the SCO with another organisation (joint_meeting): an event of its
    # own, compared only with reports of such a meeting
    joint: bool = False
    # the recurring events its headline or lead names with their ordinal or year (event_keys):
    # "body#17", "body@2012"; a key names one event in any language and script
    keys: frozenset[str] = frozenset()
    ahead: bool = False  # its headline or lead dates a day after its publication (lead_dates)
    tomorrow: bool = False  # ... "tomorrow" (round 28: preview_apart)
    # round 9, events outside the calendar: the SCO bodies its headline or lead names
    # (event_bodies), where it says their meeting was held (its venues, or "video" for a
    # meeting by video conference), what its lead says of the event (event_phase) and the days
    # of any age its lead dates what it reports to (lead_dates, up to publication)
    bodies: frozenset[str] = frozenset()
    online: bool = False
    phase: str | None = None  # "ahead" (to come), "opened", "held" (over), or None
    dated: frozenset[date] = frozenset()
    # a spokesperson's statement at a briefing (reaction): news of the briefing's own day
    reaction: bool = False
    sco_lead: bool = False  # its headline or lead names the SCO (names_sco_in_lead)
    # round 15: it reports its calendar meeting but its lead dates only days before the
    # meeting's first day (the arrival on the eve, recalled): announced_and_held
    eve_only: bool = False
    # round 39: the day its time stamp line says it was written, when it was written before
    # the meeting it would report and tells it to come (written_before): a preview of the eve
    written: date | None = None
    # round 42: of another organisation's meeting (other_organisation): never compared with
    # a report about the SCO's business, which shares its states and leaders, not its event
    other_org: bool = False
    # round 57: of a festival (festival_report; a late report's lead naming a festival and no
    # council: festival_recalling): no calendar meeting, no venue evidence with other reports
    festival: bool = False
    # round 59: its lead gives its event a span begun but not ended at publication
    # (current_span): the event is under way, whatever future its lead writes (_to_come)
    under_way: bool = False
    # round 66: the days of that span (current_span; an exercise named with its year, up to
    # EVENT_REACH_DAYS): its first day is the event's, before which a report is its preview
    span: frozenset[date] = frozenset()
    # round 78: the other organisation whose meeting it reports (meeting_organisation: "brics",
    # "ots"), by its id in any language; None for a report about the SCO's business
    organisation: str | None = None
    # round 79: its headline or lead's opening names "today" (todays_programme): a future
    # written of the day of publication is the programme of the meeting's day
    today: bool = False
    # round 79: the venues of its `_places` named only in sentences telling what is to come
    # (venues_to_come: "Minsk will host the Eurasian Intergovernmental Council at the end of
    # September", the next meeting's city below a report of the council in Cholpon-Ata)
    places_to_come: frozenset[str] = frozenset()
    # round 79: its opening tells the meeting beginning on its day (begins_today: "The leaders
    # of BRICS countries are arriving in Kazan to participate in the organization's summit on
    # Tuesday", read on Tuesday): a report published before that day is of the eve
    begins_today: bool = False
    # round 80: the days to come its headline or lead dates when they name a festival and the
    # SCO (festival_announced: "上合组织国家电影节将于6月13日至17日在青岛举行", read in April): the
    # festival it announces, whose announcements weeks apart are one story
    festival_ahead: frozenset[date] = frozenset()
    # round 81: its meeting was placed by year_dated_report (the meeting's day with its year
    # written, read months or years on): it reaches the meeting's other late reports
    year_dated: bool = False

    @property
    def place(self) -> str | None:
        """The venue of the meeting it reports: its calendar meeting's, else the one it names
        first (a Sputnik Uzbekistan dateline, "TASHKENT, 18 Nov", above a Moscow meeting)."""
        return self.meeting_venue or self.venue

    def thin(self, params: StoryParams) -> bool:
        """Too little text to go on (a headline alone, a teaser): the article may join a story,
        but no later article joins one through it and it never joins two stories."""
        return len(self.terms) < params.min_terms


def content_terms(title: str, body: str, params: StoryParams = StoryParams()) -> dict[str, float]:
    """Term weights of an article: headline words and names weighted up, stopwords out."""
    terms: dict[str, float] = {}
    for text, weight in ((title, params.title_weight), (body, 1.0)):
        for word in words_of(text):
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


_NUMBER = re.compile(r"\d[\d.,]*\d")


def numbers_in(text: str) -> frozenset[str]:
    """The numbers of two digits or more a text gives, in ASCII digits whatever the script
    ("۲۰۲۴", "२०२४" and "2024" are one number), separators dropped."""
    ascii_text = "".join(str(unicodedata.decimal(ch, ch)) if ch.isdigit() else ch
                         for ch in text)
    return frozenset(re.sub(r"[.,]", "", m.group(0)) for m in _NUMBER.finditer(ascii_text))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|A∩B| / |A∪B|, 0 for two empty sets."""
    return len(a & b) / len(a | b) if a or b else 0.0


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two unit-length sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def event_date(title: str, body: str, published: datetime) -> date:
    """The day the reported event happened: the first date in the dateline or lead that is not
    after publication ("ASTANA, July 4", "on 4 July", "on Thursday", "اليوم الجمعة",
    "7月4日"), else the day of publication."""
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    pub = published.date()
    found: list[tuple[int, date]] = []
    written: list[tuple[int, date]] = []  # dates with a month's name or figure, not "yesterday"
    for n, (kind, pattern) in enumerate(_DATE_PATTERNS):
        for m in pattern.finditer(lead):
            day = _resolve(kind, m.groups(), pub)
            if day is not None and pub - timedelta(days=7) <= day <= pub:
                found.append((m.start(), day))
                if n < 3 or kind == "fa":
                    written.append((m.start(), day))
    # round 49: a wire's plain dateline dates its filing; another day the lead writes with its
    # month after it is the event's ("Tashkent, Sep 16: ... on Wednesday (September 14) granted
    # ..."); a relative day ("who met yesterday") is read from the dateline's, not from it
    line = _PLAIN_DATELINE.match(body or "")
    if line is not None:
        start = len(title) + 1 + line.end()
        dateline = [f for f in found if start <= f[0] <= start + 24]
        after = [f for f in written if f[0] > start + 24]
        if dateline and after and min(dateline)[1] not in {d for _, d in after}:
            return min(after)[1]
    return min(found)[1] if found else pub


def names_sco_in_lead(title: str, body: str, evidence: Iterable[str]) -> bool:
    """Whether the headline or lead names the SCO as tagging found it named (articles.evidence,
    e.g. "ШОС", "上合组织"): the report is about the organisation's business, not only set in
    a city on a day."""
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    return any(name and name in lead for name in evidence)


# "On the eve of the meeting" in the languages of the gazetteers (not Persian "در آستانه",
# which is also Astana)
_EVE = re.compile(words_pattern("eve"), re.I)


# Other organisations the SCO meets jointly with (the CSTO, BRICS, the EAEU, the CIS, ASEAN)
_OTHER_ORGS = words_pattern("other_orgs")
# "a joint meeting / summit" in the languages of the gazetteers, or "an SCO-CSTO meeting" (one
# meeting: "the BRICS/SCO summits in Ufa" were two)
_ONE_MEETING = r"(?:meeting|summit|session|заседани[ея]|саммит|встреч[аи])\b"
_JOINT = re.compile(words_pattern("joint") + "|"
                    r"\b(?:SCO|ШОС)\s*[-–]\s*(?:" + _OTHER_ORGS + r")\s+" + _ONE_MEETING + "|"
                    r"\b(?:" + _OTHER_ORGS + r")\s*[-–]\s*(?:SCO|ШОС)\s+" + _ONE_MEETING, re.I)
# round 42: a Chinese name is bounded by nothing ("金砖国家领导人", the BRICS leaders: no word
# boundary between Han characters), the others by non-word characters; round 55: a Japanese
# one neither ("BRICSサミット": its entries say what may follow)
_UNBOUNDED_LANGUAGES = ("zh", "ja")
_OTHER_ORG = re.compile(r"(?<!\w)(?:" + "|".join(
    f for lang, fragments in load_story_words()["other_orgs"].items()
    if lang not in _UNBOUNDED_LANGUAGES for f in fragments) + r")(?!\w)|" + "|".join(
    f for lang in _UNBOUNDED_LANGUAGES for f in load_story_words()["other_orgs"][lang]))
# the SCO's own meeting named in a lead: its summit or a council's session ("SCO summit",
# "Council of Heads of State", "саммит ШОС", "元首理事会", "成员国峰会")
_OWN_MEETING = re.compile(words_pattern("own_meeting"), re.I)


# The heads of government's meeting named by its participants rather than as the council
# ("the 11th Prime Ministers' Meeting of the SCO", "Council meeting of Heads of Government of the
# SCO", "上海合作组织成员国总理第六次会议", "上海協力機構首相会議", "совет премьеров ШОС") with the
# SCO's name right after or before it: "the 17th regular China-Russia prime ministers' meeting"
# names no SCO council.
_SCO_WORD = (r"(?:(?<!\w)(?:SCO|ШОС|ШКУ|ШЫҰ)(?!\w)|Shanghai Co-?operation|Шанхайск\w* "
             r"организаци\w* сотрудничества|Шанхай кызматташтык уюм|Шанхай ынтымақтастық ұйым|"
             r"上海合作组织|上海合作組織|上合组织|上合組織|上海協力機構|"
             r"cooperazione di Shanghai|"
             # round 35: the French, Spanish and Portuguese names and their OCS
             r"coopération de Shangha[iï]|Cooperaci[óo]n de Shangh[aá]i|"
             r"Coopera[çc][ãa]o de (?:Xangai|Shanghai)|(?<!\w)OCS(?!\w))")
_PM_MEETING = (r"(?:prime\s+ministers?['’]?\s+meeting|meeting\s+of\s+(?:the\s+)?"
               r"(?:prime\s+ministers|heads\s+of\s+government)|council\s+meeting\s+of\s+(?:the\s+)?"
               r"heads\s+of\s+government|PMs['’]?\s+meeting|"
               r"(?:совет\w*|заседани\w*|встреч\w*)\s+(?:глав\s+правительств|премьер(?:-министр)?\w*)|"
               r"总理(?:第[一二三四五六七八九十\d]{1,3}次)?会议|總理(?:第[一二三四五六七八九十\d]{1,3}次)?會議|"
               r"首相(?:第\d{1,2}回)?会議|өкмөт\s+башчылар\w*\s+кеңеш\w*|"
               r"үкімет\s+басшылар\w*\s+кеңес\w*|"
               # Italian (round 16): "la 21ma riunione del Consiglio dei capi di governo"
               r"consiglio\s+dei\s+capi\s+di\s+governo|"
               # round 35 (blind set 26 as dev): the meeting of the heads of government in
               # Italian, Spanish, French and Portuguese ("la riunione dei capi di governo
               # dell'Organizzazione di cooperazione di Shanghai", Sochi 2017)
               r"riunione\s+dei\s+capi\s+di\s+governo|"
               r"reuni[óo]n\s+de\s+(?:los\s+)?jefes\s+de\s+gobierno|"
               r"r[ée]union\s+des\s+chefs\s+de\s+gouvernement|"
               r"reuni[ãa]o\s+dos\s+chefes\s+de\s+governo)")
_HEADS_OF_GOVERNMENT = re.compile(
    r"\b" + _PM_MEETING + r"(?:(?!\n)[^.。!?]){0,30}?" + _SCO_WORD
    + "|" + _SCO_WORD + r"(?:(?!\n)[^.。!?,，、]){0,12}?" + _PM_MEETING, re.I)


def heads_of_government_named(title: str, body: str) -> bool:
    """Whether the headline or lead names the SCO heads of government's meeting by its
    participants (_HEADS_OF_GOVERNMENT), as many reports do instead of naming the council: the
    report then names the meeting (a council, with its ordinal), as one naming the council
    does."""
    return bool(_HEADS_OF_GOVERNMENT.search(f"{title}\n{(body or '')[:LEAD_CHARS]}"))


# A session of the SCO named with no council (round 15): Persian "اجلاس شانگهای" ("the Shanghai
# session") and "اجلاس سازمان همکاری شانگهای" are said of the summit ("پیش از عزیمت به چین برای
# حضور در اجلاس شانگهای", Pezeshkian leaving for Tianjin) and of the foreign ministers' meeting
# alike (Lavrov "شرکت در اجلاس شانگهای", blind set 5): the meeting named, not which one
# round 43: Urdu writes it the other way round, "شنگھائی تعاون تنظیم کا اجلاس" (the SCO's
# session; "ایس سی او کا اجلاس", the abbreviation in parentheses or alone), said of the summit
# and of the ministers' meetings alike
# round 70 (stories70, blind set 52): and in the oblique case, with the participants between
# ("شنگھائی تعاون تنظیم کے سربراہان مملکت کے اجلاس میں", in the session of the SCO's heads of
# state; "شنگھائی تعاون تنظیم کے اجلاس میں شرکت کریں گے", will attend the SCO's session)
# round 74 (stories74, blind set 20): and Persian's short form, "اجلاس همکاری شانگهای" (the
# session of Shanghai cooperation: "پس از بازگشت از سفر چین و حضور در اجلاس همکاری شانگهای",
# after returning from China and the SCO's session)
_SCO_SESSION = re.compile(r"اجلاس\s+(?:(?:سازمان\s+)?همکاری\s+)?شانگها[یي]"
                          r"|(?:شنگھائی\s+تعاون\s+تنظیم|ایس\s*سی\s*او)\s*"
                          r"(?:\(\s*ایس\s*سی\s*او\s*\)\s*)?(?:کا|کے)\s+"
                          r"(?:[^\s.۔،]+\s+){0,3}?اجلاس(?!\w)")


SESSION_NAME_CHARS = 40  # round 74: a session's name begun in the lead is read to its end


def sco_session_named(title: str, body: str) -> bool:
    """Whether the headline or lead names a session of the SCO without its council (Persian
    "اجلاس شانگهای", Urdu "شنگھائی تعاون تنظیم کا اجلاس"), or, in Urdu, with its participants
    between (round 70: "… کے سربراہان مملکت کے اجلاس", whatever council the tagger reads): it
    names the meeting of its days
    for calendar_meeting, which then needs the venue or the host state to tell which meeting
    that is. Round 74: a name begun in the lead counts, read up to SESSION_NAME_CHARS past it
    (blind set 20: a Persian report of Tianjin's welcome banquet names "اجلاس سازمان همکاری
    شانگهای" from character 380 to 407)."""
    lead = f"{title}\n"
    return any(m.start() < len(lead) + LEAD_CHARS for m in _SCO_SESSION.finditer(
        lead + (body or "")[:LEAD_CHARS + SESSION_NAME_CHARS]))


def sco_summit_named(title: str, body: str, sco_named: bool) -> bool:
    """Whether the headline or lead names the SCO's summit with no council (round 32: "Zu
    Beginn des Gipfeltreffens in Astana", the Shanghai organisation named before it, in a report
    below the relevance threshold whose council names are not tagged): it names the meeting of
    its days for calendar_meeting, as a Persian "session of Shanghai" does; not when the lead
    names another organisation (the BRICS summit in the same city)."""
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    return sco_named and bool(_SUMMIT_WORD.search(lead)) and not _OTHER_ORG.search(lead)


def joint_meeting(title: str, body: str) -> bool:
    """Whether the report is of a joint meeting of the SCO with another organisation (the
    SCO-CSTO meeting on Afghanistan in Dushanbe, a BRICS-SCO summit): its headline or lead
    names a joint meeting and another organisation before it names the SCO's own summit or
    council session. Such a meeting is an event of its own, even held in the summit's city on
    its day with the same leaders; a summit report naming the joint meeting after the summit
    ("出席元首理事会第二十一次会议、上合组织和集体安全条约组织...联合峰会") stays the summit's."""
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    joint = _JOINT.search(lead)
    if joint is None or not _OTHER_ORG.search(lead):
        return False
    own = [m for m in _OWN_MEETING.finditer(lead)
           if not joint.start() <= m.start() < joint.end()]
    return not any(m.start() < joint.start() for m in own)


OTHER_ORG_PAIR_CHARS = 12  # "BRICS-SCO", "BRICS and the SCO", "БРИКС и ШОС": named as a pair
# round 46: another organisation named anywhere in a text, the organisations the SCO meets
# jointly with (_OTHER_ORG) and those whose meetings a lead may name instead of the SCO's
# (other_meeting: CICA, the Turkic States, the G20), read case-sensitively as names
_SUBJECT_ORG = re.compile(_OTHER_ORG.pattern + "|" + words_pattern("other_meeting"))
# ... counted as its meeting named when a summit or meeting word (summit_word, _ONE_MEETING) is
# this close to it, in the same sentence ("the CICA summit's agenda", "саммит СВМДА")
OTHER_MEETING_CHARS = 30
_MEETING_WORD = re.compile(words_pattern("summit_word") + "|" + _ONE_MEETING, re.I)
# ... and two names of the SCO this close count as one mention ("SCO (Shanghai Cooperation
# Organization)", "ШОС — Шанхайской организации сотрудничества")
SCO_NAME_GAP_CHARS = 4


def other_organisation(title: str, body: str, evidence: Iterable[str],
                       councils: Iterable[str] = ()) -> bool:
    """Whether the headline or lead names another organisation (other_orgs: BRIC(S), the CSTO,
    the EAEU ...) and neither the SCO (as tagging found it named) nor an SCO council (round 30):
    the report is of that organisation's meeting ("The Meeting of BRIC Leaders Is Held in
    Yekaterinburg", the day after the SCO summit there), not about an SCO meeting, however
    near in days and venue. A report naming both ("the SCO and BRIC summits in Yekaterinburg")
    stays about the SCO's. Round 42: nor is a report about an SCO meeting whose headline or
    lead names the other organisation before the SCO, with no SCO council named: the other
    organisation's meeting is its subject and the SCO's members are its guests ("The BRICS
    leaders met the heads of guest states, members of the SCO and the EAEU", in Ufa on the eve
    of the SCO summit there, had joined the summit's story by venue and day)."""
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    if any(councils):
        return False
    other = _OTHER_ORG.search(lead)
    if other is None:
        # round 59: a report naming the SCO nowhere, another organisation's meeting in its lead
        return other_organisation_below(title, body, evidence) or (
            not sco_mentions(f"{title}\n{body or ''}", evidence)
            and other_meeting_lead(title, body))
    sco = [lead.find(name) for name in evidence if name and name in lead]
    # round 46: or as the story grouper names the SCO (_SCO_WORD: "les Brics et l'OCS", the
    # French OCS that tagging does not take alone)
    sco += [m.start() for m in re.finditer(_SCO_WORD, lead, re.I)]
    # both named as one pair ("the BRICS-SCO summit", "BRICS and SCO summits"): both may be
    # its subject, and the SCO's stays
    return not sco or other.end() + OTHER_ORG_PAIR_CHARS < min(sco)


def sco_mentions(text: str, evidence: Iterable[str]) -> list[int]:
    """Where the text names the SCO as tagging found it named (articles.evidence), a name and
    its spelled-out form or abbreviation right after it (SCO_NAME_GAP_CHARS) counted once."""
    names = sorted({name for name in evidence if name}, key=len, reverse=True)
    if not names:
        return []
    starts: list[int] = []
    end = -SCO_NAME_GAP_CHARS - 1
    for m in re.finditer("|".join(re.escape(name) for name in names), text):
        if m.start() - end > SCO_NAME_GAP_CHARS:
            starts.append(m.start())
        end = m.end()
    return starts


def other_organisation_below(title: str, body: str, evidence: Iterable[str]) -> bool:
    """Whether a report whose headline and lead name neither the SCO nor another organisation
    is another organisation's (round 46): its text names another organisation (_SUBJECT_ORG:
    CICA, the CSTO, the CIS, BRICS ...) before it first names the SCO, and at least as often.
    TASS on the CICA summit in Dushanbe ("The summit will be attended by delegations from 27
    member nations ... CICA summits were initiated by Nazarbayev ... the CICA summit's agenda
    will be largely similar to that of the SCO summit that was held in Bishkek on June 14")
    names the SCO once, as a comparison, below its subject; it had been placed at the Bishkek
    summit by that clause's venue and day. A report naming the SCO first, or more often than
    any other organisation, stays about the SCO's business."""
    text = f"{title}\n{body or ''}"
    sco = sco_mentions(text, evidence)
    if not sco:  # naming no SCO at all: round 30's reading of the lead only
        return False
    others = [m.start() for m in _SUBJECT_ORG.finditer(text)
              if _names_meeting(text, m.start(), m.end())]
    return bool(others) and others[0] < sco[0] and len(others) >= len(sco)


def other_meeting_lead(title: str, body: str) -> bool:
    """Whether a report naming the SCO nowhere (neither as tagging found it nor as _SCO_WORD
    does) names another organisation's meeting in its headline or lead (_SUBJECT_ORG with a
    summit or meeting word beside it, _names_meeting): that meeting is its subject (round 59,
    blind set 45 as dev: Kabar's "Шестой саммит ... (СВМДА) пройдет в 2022 году", the CICA
    summit's declaration in Dushanbe under a "Бишкек, 15.06.19" dateline, was placed at the
    Bishkek SCO summit of the day before by that dateline and joined its reports). Round 30
    read only the organisations the SCO meets jointly with (_OTHER_ORG); CICA, the Turkic
    States and the G20 are named with their meeting here."""
    text = f"{title}\n{body or ''}"
    if re.search(_SCO_WORD, text, re.I):
        return False
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    return any(_names_meeting(lead, m.start(), m.end()) for m in _SUBJECT_ORG.finditer(lead))


def _names_meeting(text: str, start: int, end: int) -> bool:
    """Whether a summit or meeting word stands within OTHER_MEETING_CHARS of text[start:end],
    with no sentence end between them: the organisation's meeting is named."""
    before = re.split(r"[.!?。！？\n]", text[max(0, start - OTHER_MEETING_CHARS):start])[-1]
    after = re.split(r"[.!?。！？\n]", text[end:end + OTHER_MEETING_CHARS])[0]
    return bool(_MEETING_WORD.search(before) or _MEETING_WORD.search(after))


def side_event(title: str, body: str, entities: Iterable[str]) -> bool:
    """Whether the report is of a side event on a meeting's eve: its headline or lead says what
    it reports happened "on the eve of" the meeting ("накануне", "前夕"), and it names none of
    the meeting's participants (no `person` tag). A business forum or an exhibition on the eve
    is news of its own; participants arriving or meeting on the eve are the meeting's coverage."""
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    return bool(_EVE.search(lead)) and not any(e.startswith("person:") for e in entities)


# Talks between two delegations in the languages of the gazetteers: "held talks", "met his
# counterpart", "переговоры", "встретился с", "会见", "会谈" (not the summit's own 小范围会谈 /
# 大范围会谈, the restricted and extended sessions), "görüştü", "دیدار", "التقى", "मुलाकात"
_TALKS = re.compile(words_pattern("talks"), re.I)


# round 34 (Indic, Urdu, Arabic, Armenian stops) and round 58 (an ordinal's period): where a
# sentence ends is pipeline/text.py's sentence_ends since round 59 (one rule for stories, relevance
# and page forms)


def talks_after(title: str, body: str, published: date, meeting: CalendarMeeting | None,
                days: Iterable[date]) -> bool:
    """Whether the report is of talks between two delegations held after the meeting it would
    resolve to: published after the meeting's main day, its headline or first sentence
    reporting talks ("Lavrov and his Chinese counterpart are holding a press conference
    following talks"), its lead dating none of its events to the meeting's days. The visit goes
    on after the meeting; its talks are news of their own day. Talks on the meeting's days
    ("Modi meets Putin" on the summit day), and a report of the meeting adding talks further
    down ("... at the 24th SCO meeting in Moscow. Dar also held bilateral meetings on the
    sidelines"), stay the meeting's coverage."""
    span = meeting_days(meeting)
    if span is None or published <= span[1]:
        return False
    if any(span[0] <= d <= span[1] for d in days):
        return False
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    if _YESTERDAY.search(lead) and span[0] <= published - timedelta(days=1) <= span[1]:
        return False  # "held talks yesterday", on the meeting's day
    first = first_sentence(body or "")[:LEAD_CHARS]
    return bool(_TALKS.search(f"{title}\n{first}"))


def found_preview(title: str, body: str, seen: date, meeting: CalendarMeeting) -> bool:
    """Whether an undated page, found on `seen` after the meeting it resolves to, is a preview
    of it: its lead says the meeting is to come (event_phase "ahead": "yapılacak", "will be
    held"). Its dates are the meeting's days, as a late report's are, but it was written before
    them (round 10: a Turkish preview of the Tianjin summit found in an archive crawl)."""
    span = meeting_days(meeting)
    if span is None or seen <= span[1] + timedelta(days=MEETING_DAYS_AFTER):
        return False
    # round 24: what the lead says of the chairmanship passing on or of the next meeting is not
    # the future of this one
    full = body
    title = next_meeting_blanked(title or "", span[0].year)
    body = next_meeting_blanked((body or "")[:EVENT_PHASE_CHARS], span[0].year)
    if event_phase(title, body) == "ahead":
        return True
    lead = _ARABIC_MARKS.sub("", f"{title}\n{body}")
    if _TODAY.search(lead):
        return False
    # round 61: a phrase of what is to come that begins inside the opening's window and runs
    # past it is read whole (to the end of its sentence, within LEAD_CHARS): "Der Gipfel in
    # Tianjin im August 2025 soll ..." begins at character 286 of an undated opinion piece
    # written before the summit. A phrase beginning after the window is not read: the lists are
    # of the opening (blind set 16's "у Путина также запланирован целый ряд ... разговоров",
    # talks planned on the summit's day, at character 342 of its report)
    whole = _ARABIC_MARKS.sub("", next_meeting_blanked(
        sentence_through(full or "", EVENT_PHASE_CHARS, LEAD_CHARS), span[0].year))
    to_come = _TO_COME_UNDATED.search(f"{title}\n{whole}")
    return ((to_come is not None and to_come.start() < len(title) + 1 + EVENT_PHASE_CHARS)
            or headline_to_come(title, body) or numbered_to_come(full, meeting)
            or tomorrow_to_come(full, meeting))


def sentence_through(text: str, at: int, limit: int) -> str:
    """The text's first `at` characters and the rest of the sentence running at `at` (to its
    full stop or line end, _LEAD_SENTENCE), never more than `limit` characters (round 61)."""
    if len(text) <= at:
        return text
    end = _LEAD_SENTENCE.search(text, at)
    return text[:min(end.start() if end else len(text), limit)]


def numbered_to_come(body: str, meeting: CalendarMeeting) -> bool:
    """Whether a sentence of the body's first ORDINAL_CHARS that numbers the meeting (its
    ordinal, lead_ordinal) says it is to come (event_phase "ahead"), naming no "today" (round
    51): an undated page opening on a quote or a presentation and numbering the meeting below
    its opening ("The 18th session of the Council of the Heads of State ... will be held on June
    9-10 in Qingdao") is its preview. A sentence numbering the meeting as held, or numbering
    another (the last one recalled), says nothing of this meeting's time."""
    if meeting.ordinal is None:
        return False
    text = next_meeting_blanked((body or "")[:ORDINAL_CHARS], meeting.year)
    for sentence in _LEAD_SENTENCE.split(text):
        sentence = _ARABIC_MARKS.sub("", sentence)
        if (lead_ordinal(sentence) == meeting.ordinal and event_phase("", sentence) == "ahead"
                and not _TODAY.search(sentence)):
            return True
    return False


def tomorrow_to_come(body: str, meeting: CalendarMeeting) -> bool:
    """Whether a sentence beginning in the body's first ORDINAL_CHARS tells what is to come
    (to_come, to_come_undated) "tomorrow" (round 76), and the opening names no "today": an
    undated page saying so was written the day before, on the eve, whatever day it dates its
    own news to ("روز سه‌شنبه ۲۴ تیر ۱۴۰۴ در بدو ورود به چین ... این اجلاس فردا (چهارشنبه) در شهر
    تیانجین ... برگزار میشود": the minister's words on arrival, the meeting held tomorrow; blind
    set 12's preview, dated by its Solar Hijri date to the council's day). Tomorrow is read
    through the whole opening, not the lead's window alone: it fixes the day of writing as no
    other future does. A page naming tomorrow as a day of the meeting after its first ("16
    Eylül Cuma (yarın) başlayacak zirve", the summit's session on the 16th of a meeting of 15-16
    September) was written on the meeting's days and reports it."""
    span = meeting_days(meeting)
    if span is None:
        return False
    text = _ARABIC_MARKS.sub("", next_meeting_blanked(
        sentence_through(body or "", ORDINAL_CHARS, ORDINAL_CHARS + LEAD_CHARS), meeting.year))
    if _TODAY.search(text):
        return False
    told = False
    for sentence in _LEAD_SENTENCE.split(text):
        if not _TOMORROW.search(sentence):
            continue
        for month, day, year in month_days("", sentence):
            try:
                when = date(year or span[0].year, month, day)
            except ValueError:
                continue
            if span[0] < when <= span[1]:
                return False  # tomorrow is the meeting's second day: written on its first
        told = told or bool(_TO_COME.search(sentence) or _TO_COME_UNDATED.search(sentence))
    return told


# round 39: a time stamp line of the text ("24 ноября 2010, 23:55 ВЗГЛЯД /", "13:05, November
# 08, 2011", "2011年11月08日 13:46:25"): a short line holding a clock time and a date
_CLOCK = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):[0-5]\d(?![\d])")
STAMP_LINE_CHARS = 60


def written_day(title: str, body: str, published: datetime) -> date | None:
    """The day the text says it was written: the date of a time stamp line of its headline or
    lead (a short line giving a clock time and a date, as an outlet prints above or below its
    headline), in the year nearest publication and at most a week before it; None without one.
    An archive's publication day may be the next one (a text stamped 23:55 on the eve, filed
    under the meeting's day)."""
    pub = published.date()
    lines = f"{title}\n{(body or '')[:LEAD_CHARS]}".split("\n")
    for line in (ln.strip() for ln in lines):
        if not line or len(line) > STAMP_LINE_CHARS or not _CLOCK.search(line):
            continue
        for kind, pattern in _DATE_PATTERNS[:3]:
            m = pattern.search(line)
            day = _near(kind, m.groups(), pub, 7) if m else None
            if day is not None and day <= pub:
                return day
    return None


def eve_written_day(title: str, body: str, published: datetime, meeting: CalendarMeeting,
                    days: Iterable[date] = ()) -> date | None:
    """The day a report says it was written, when that is before the meeting's first day: its
    time stamp line's (written_day), else (round 51) the last of the days its lead dates its
    events to (`days`, event_days: a wire's dateline "QINGDAO, 8 jun (Xinhua) --" above a text
    filed under the summit's first day) when every one of them is before that day."""
    span = meeting_days(meeting)
    if span is None:
        return None
    written = written_day(title, body, published)
    if written is None:
        days = list(days)
        written = max(days) if days and max(days) < span[0] else None
    return written if written is not None and written < span[0] else None


def written_before(title: str, body: str, published: datetime,
                   meeting: CalendarMeeting, days: Iterable[date] = ()) -> bool:
    """Whether a report of a meeting's days was written before the meeting and tells it still
    to come (round 39): its time stamp line (written_day), else its lead's days (round 51,
    eve_written_day), date it before the meeting's first day and its lead's opening says the
    meeting is to come (event_phase "ahead": "где в четверг примет участие в заседании", "will
    attend"), naming no "today". The sets label a text of the
    eve as the meeting's preview, whatever day its archive files it under ("Путин прибыл в
    Душанбе", stamped 23:55 on the eve, published on the council's day)."""
    span = meeting_days(meeting)
    if span is None or eve_written_day(title, body, published, meeting, days) is None:
        return False
    year = span[0].year
    title = next_meeting_blanked(title or "", year)
    lead = next_meeting_blanked((body or "")[:EVENT_PHASE_CHARS], year)
    return (event_phase(title, lead) == "ahead"
            and not _TODAY.search(_ARABIC_MARKS.sub("", f"{title}\n{lead}")))


# round 57: a Chinese wire's dateline ("中評社天津8月31日電（記者 陳思遠）", "新华社北京5月22日电")
# and the date the lead opens on right after it ("8月30日上午，")
_ZH_WIRE_OPENING = re.compile(r"(\d{1,2})月(\d{1,2})日[电電]\s*(?:[（(][^）)\n]{0,30}[）)])?\s*"
                              r"(\d{1,2})月(\d{1,2})日")


def wire_eve_day(title: str, body: str, published: datetime,
                 meeting: CalendarMeeting) -> date | None:
    """The eve's day a Chinese wire text filed on one of the meeting's days reports (round 57):
    its lead opens, right after the dateline, on a day before the meeting's first day, and dates
    none of the meeting's days but the dateline's own ("中評社天津8月31日電（記者 陳思遠）8月30日
    上午，在2025年上海合作組織天津峰會新聞中心，生態環境部副部長郭芳在吹風會上...", the eve's
    briefing filed on the summit's first day). The dateline's day is the filing's; the day the
    lead opens on is the event's, the eve's, which the sets label as the meeting's preview, as
    they do a report of the eve published on the eve. None otherwise: a lead opening on a
    meeting's day ("9月2日電 ... 2025年9月1日,...元首理事會第二十四次會議") reports it."""
    span = meeting_days(meeting)
    m = _ZH_WIRE_OPENING.search(f"{title}\n{(body or '')[:LEAD_CHARS]}")
    if span is None or m is None:
        return None
    pub = published.date()
    filed = _near("zh", (m.group(1), m.group(2), None), pub, 7)
    opening = _near("zh", (m.group(3), m.group(4), None), pub, 7)
    if filed is None or opening is None or not span[0] <= filed <= span[1] or opening >= span[0]:
        return None
    others = [d for _, d in lead_dates(title, body, published)
              if span[0] <= d <= span[1] and d != filed]
    return None if others else opening


def dated_eve(meeting: CalendarMeeting, dates: Iterable[tuple[int, int, int | None]]) -> bool:
    """Whether an undated page's lead dates its event only to the days just before the meeting
    it resolves to (round 29): the eve's arrivals ("Le 2 juillet, le président est arrivé à
    Astana pour assister à la 24e réunion du Conseil", the summit on 3-4 July), which the sets
    label as the meeting's preview. `dates`: month_days' (month, day, year), read in the
    meeting's year unless written; each falls in the week before the meeting's first day."""
    return _every_date_in(meeting, dates, 0, lambda when, first, _last: (
        first - timedelta(days=PREVIEW_REACH_DAYS) <= when < first))


def opened_on_eve(meeting: CalendarMeeting, title: str, body: str) -> bool:
    """Whether an undated page's lead opens on a date of the week before the meeting it
    resolves to and its other dates are of that week or the meeting's own days (round 57): what
    it reports was said or done on the eve, of the meeting to come, which it dates ("Ngày 12/9,
    Tổng thống Uzbekistan Shavkat Mirziyoyev cho biết hội nghị thượng đỉnh ... ngày 15-16/9 tại
    Samarkand chào đón lãnh đạo của 14 quốc gia", on 12 September the host said the summit of
    15-16 September welcomes 14 leaders). The sets label it the meeting's preview, as they do a
    page dating only the eve (dated_eve). A lead opening on one of the meeting's days ("On 16
    September the summit ... ; on the 12th the host had said ...") reports the meeting."""
    span = meeting_days(meeting)
    if span is None:
        return False
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    first: tuple[int, date] | None = None
    for kind, pattern in _DATE_PATTERNS:
        if kind not in ("md", "dm", "zh", "vi", "fa"):
            continue
        m = pattern.search(lead)
        day = _near(kind, m.groups(), span[0], 200) if m else None
        if m is not None and day is not None and (first is None or m.start() < first[0]):
            first = (m.start(), day)
    if first is None or not (span[0] - timedelta(days=PREVIEW_REACH_DAYS) <= first[1] < span[0]):
        return False
    dates = month_days(title, body)
    if not _every_date_in(meeting, dates, 0, lambda when, start, last: (
            start - timedelta(days=PREVIEW_REACH_DAYS) <= when <= last)):
        return False
    # the meeting's days named as its span, first and last day ("ngày 15-16/9"), as a preview
    # names them; one of them alone is an event of that day ("ngày 3/7 thông báo Tổng thống Nga
    # Vladimir Putin đã tới Astana", Putin arrived on the summit's first day, under a caption
    # dating Xi's arrival on the 2nd: blind set 25's undated report of Astana 2024)
    held = {(month, day) for month, day, year in dates
            if span[0] <= date(year or span[0].year, month, day) <= span[1]}
    return not held or {(span[0].month, span[0].day), (span[1].month, span[1].day)} <= held


def dated_before(meeting: CalendarMeeting, dates: Iterable[tuple[int, int, int | None]]) -> bool:
    """Whether an undated page's lead dates its event only to days before the week ahead of
    the meeting it resolves to, within LATE_REACH_DAYS of it (round 49): an earlier event, not
    the meeting's report (a Russian page of Iran's admission "Во вторник, 4 июля", at the New
    Delhi summit, naming the Samarkand memorandum of September 2022 first: 4 July read in
    2022 is two months before Samarkand). `dates` as dated_eve reads them."""
    return _every_date_in(meeting, dates, 0, lambda when, first, _last: (
        first - timedelta(days=LATE_REACH_DAYS) <= when < first - timedelta(
            days=PREVIEW_REACH_DAYS)))


def _every_date_in(meeting: CalendarMeeting, dates: Iterable[tuple[int, int, int | None]],
                   year_of: int, inside: Callable[[date, date, date], bool]) -> bool:
    """Whether a lead has dates and each, read in the year of the meeting's first (`year_of`
    0) or last (1) day unless written, is a real day that `inside(day, first, last)` accepts."""
    span = meeting_days(meeting)
    dates = list(dates)
    if span is None or not dates:
        return False
    for month, day, year in dates:
        try:
            when = date(year or span[year_of].year, month, day)
        except ValueError:
            return False
        if not inside(when, span[0], span[1]):
            return False
    return True


LATER_EVENT_DAYS = 30  # an undated lead dated a month after the meeting dates another event


def dated_later(meeting: CalendarMeeting, dates: Iterable[tuple[int, int, int | None]]) -> bool:
    """Whether an undated page's lead dates its event only to days more than LATER_EVENT_DAYS
    after the meeting it resolves to, and within LATE_REACH_DAYS (round 43): a later event that
    recalls the meeting ("當地時間11月27日，伊朗議會高票通過..." recalling the memorandum signed at
    the September summit), not the meeting's report. `dates`: month_days' (month, day, year),
    read in the meeting's year unless written, as dated_eve reads them. A follow-up about the
    meeting dated within a month of it stays the meeting's (the sets' rule: however late, a
    follow-up about the meeting carries its label; those the sets hold are of its week)."""
    return _every_date_in(meeting, dates, 1, lambda when, _first, last: (
        last + timedelta(days=LATER_EVENT_DAYS) < when <= last + timedelta(days=LATE_REACH_DAYS)))


def dated_own_day_later(meeting: CalendarMeeting, lead: str, dates: Iterable[date],
                        published: date) -> bool:
    """Whether a dated report opens on a wire dateline (_dateline_city) of a city other than
    the venue of the meeting it resolves to, and its lead dates an event more than
    LATER_EVENT_DAYS after that meeting, up to publication (round 67): a later event of its
    own place and day recalling the meeting, as dated_later reads an undated page, though its
    lead dates the meeting's day too ("BEIJING, Oct 23 (APP): Ambassador of the Kyrgyz
    Republic ... on Thursday outlined the country's priorities as it assumed the 2025-2026
    Chairmanship of the SCO following the 25th Anniversary Summit held in Tianjin on September
    1, 2025": a briefing at the Secretariat seven weeks on, naming the summit's documents). A
    late report retelling the meeting dates no later day of its own (a magazine piece two
    months on, "the 18th meeting ... was held in Qingdao on 9-10 June"); a page of the
    meeting's declaration stamped months later ("December 8, 2022   SCO / The Samarkand
    Declaration ...") or a wire filed from the meeting's own city has no dateline of another
    place. `lead`: the body's first LEAD_CHARS; `dates`: lead_dates' days."""
    span = meeting_days(meeting)
    if span is None or not any(
            span[1] + timedelta(days=LATER_EVENT_DAYS) < d <= published for d in dates):
        return False
    city = _dateline_city(lead)
    return city is not None and meeting.venue not in _lead_venues("", city)


# round 56: a meeting named with "held in" its month and year, as a noun's modifier, not a
# finite "was held in" (English)
_HELD_IN_MONTH = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\bheld\s+in\s+("
                            + "|".join(sorted(map(re.escape, _MONTHS_FIRST), key=len, reverse=True))
                            + r")\s*,?\s*((?:19|20)\d\d)(?!\d)", re.I)


def recalled_by_month(meeting: CalendarMeeting, lead: str,
                      dates: Iterable[tuple[int, int, int | None]]) -> bool:
    """Whether an undated page's lead names the meeting it resolves to as the one "held in" its
    month and year, and gives no day at all (round 56: "At the Astana Summit of the SCO held
    in June 2017, Chinese President Xi Jinping put forward five proposals", the editor's note
    of a women's forum page a year on): the meeting, qualified by when it was held, is
    recalled by a page telling of something else. A page reporting it ("the summit was held
    in June 2017", "attended the summit in September 2014") is not read so. English only.
    `dates`: month_days'."""
    span = meeting_days(meeting)
    if span is None or list(dates):
        return False
    return any(int(m.group(2)) == span[1].year
               and _MONTHS[m.group(1).lower()] in (span[0].month, span[1].month)
               for m in _HELD_IN_MONTH.finditer(lead))


def headline_to_come(title: str, body: str) -> bool:
    """Whether the headline (the title, else the body's first line) is an English infinitive of
    what is to come: "Jaishankar to lead Indian team at SCO Summit", "PM Modi drops out,
    Jaishankar to lead ...", not "Putin Arrives in Astana to Take Part in SCO Summit" (round
    23). Read only for undated pages (found_preview): a dated report's headline may be older
    than its text."""
    headline = (title or "").strip() or (body or "").strip().split("\n", 1)[0]
    m = _HEADLINE_TO.search(headline) if len(headline) <= HEADLINE_CHARS else None
    if m is None:
        return False
    subject = [w.strip("'\"‘’“”()")
               for w in _HEADLINE_CLAUSE.split(headline[:m.start()])[-1].split()]
    # a verb: of the list, any "-ed" but "United", a lowercase "-ing" ("citing", not "Jinping")
    return 0 < len(subject) <= 7 and not any(
        (_HEADLINE_VERB.match(w) and w.lower() != "united") or (w.islower() and w.endswith("ing"))
        for w in subject)


def dated_lead(title: str, body: str, published: datetime) -> bool:
    """Whether the headline or lead gives a date within a week of publication (either way): the
    report says when what it reports happens, rather than only appearing on that day."""
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    pub = published.date()
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(lead):
            day = _resolve(kind, m.groups(), pub)
            if day is not None and abs((day - pub).days) <= 7:
                return True
    return False


def event_days(title: str, body: str, published: datetime) -> frozenset[date]:
    """The days up to publication that the headline and lead date the reported events to
    (ranges included: "31 August - 1 September", "3-4 July"), with the day of the event_date;
    later days (what a preview announces) are left out."""
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    pub = published.date()
    days = {event_date(title, body, published)}
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(lead):
            day = _resolve(kind, m.groups(), pub)
            first = _resolve(kind, _range_start(kind, m.groups()), pub) if kind != "wd" else None
            for d in (day, first):
                if d is not None and pub - timedelta(days=7) <= d <= pub:
                    days.add(d)
            if day and first and first < day and (day - first).days <= 7:
                days.update(d for d in (first + timedelta(days=i)
                                        for i in range((day - first).days))
                            if pub - timedelta(days=7) <= d <= pub)
    return frozenset(days)


def lead_dates(title: str, body: str, published: datetime,
               reach: int = 183) -> list[tuple[int, date]]:
    """Every date the headline and lead give (ranges with both ends), each in the year that puts
    it nearest publication (at most `reach` days either way), with its position: unlike
    event_days, dates after publication (what a preview announces) and dates weeks back (a
    magazine piece on a meeting two months ago) are kept."""
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    pub = published.date()
    found: list[tuple[int, date]] = []
    for kind, pattern in _DATE_PATTERNS:
        if kind == "wd":  # a bare weekday says nothing of future or weeks-old dates
            continue
        for m in pattern.finditer(lead):
            groups = m.groups()
            written = _written_year(lead, kind, m)
            for g in {groups, _range_start(kind, groups)}:
                day = _near(kind, g, pub, reach)
                # round 72: a date written with another year is of that year, neither ahead
                # nor the report's ("2023年12月15日上映的《三大队》", a film's release recalled
                # in the lead of the 2025 festival's closing, is no 15 December 2025)
                if day is not None and (written is None or written == day.year):
                    found.append((m.start(), day))
    return sorted(set(found))


def _written_year(text: str, kind: str, m: re.Match[str]) -> int | None:
    """The year written with the date matched at m (after it, before it in Chinese, Japanese
    and Korean, inside a Vietnamese date in figures), as _placed_dates_with_year reads it;
    None if none is written."""
    if kind not in ("md", "dm", "zh", "vi"):
        return None
    year = _YEAR_AFTER.match(text, m.end())
    before = _YEAR_BEFORE.search(text, max(0, m.start() - 8), m.start())
    written = year or before or _YEAR_INSIDE.search(m.group(0))
    if written is None or not 1990 <= int(written.group(1)) <= 2100:
        return None
    return int(written.group(1))


WEEKDAY_AHEAD = 2  # days ahead a bare weekday name may point to, read for an announcement


def weekdays_ahead(title: str, body: str, published: datetime) -> list[date]:
    """The days of the next WEEKDAY_AHEAD that the lead names by their bare weekday (round 64):
    what is to come, which makes a report placed at no meeting a preview (Features.preview),
    kept apart from the reports of the days after it (preview_apart). The eve's page of the
    Tianjin summit (blind set 49, Saturday 30 August 2025: EFE's "la cumbre ... que comenzará
    este domingo") dated the summit's days only by weekday, which _resolve reads as past days
    up to WEEKDAY_REACH back and else as none: it was no preview, and the summit's first report
    joined it by their shared words. A weekday five or six days back is more often the coming
    one ("domingo" on a Saturday is tomorrow). A bare weekday places nothing at a calendar
    meeting (announced_meeting reads dated days only: the real set's German opinion piece of the
    eve, "am Sonntag und Montag in ... Tianjin", labelled apart from the week's previews, stays
    apart); lead_dates leaves weekdays out, and event_days keeps its reading. Round 65: the
    sentence running at the lead's end is read to its end (sentence_through, at most
    ORDINAL_CHARS): L'Orient-Le Jour's page of that eve (set 49) names the summit "programmé
    dimanche et lundi" at character 510, in the sentence begun at 330; a weekday of that
    sentence told past still makes none ahead."""
    lead = f"{title}\n{sentence_through(body or '', LEAD_CHARS, ORDINAL_CHARS)}"
    pub = published.date()
    backs = [(pub.weekday() - _WEEKDAYS[(m.group(1) or "").lower()]) % 7
             for m in _DATE_PATTERNS[3][1].finditer(lead)]
    if (any(0 < back <= WEEKDAY_REACH for back in backs)
            or any(d < pub for _, d in lead_dates(title, body, published))):
        # a lead dating what it reports before publication tells a past weekday ("drill at
        # the Matybulak range ... on Sept 15, 2010 ... began on Friday", read on Thursday 16th)
        return []
    return [pub + timedelta(days=7 - back) for back in backs if 7 - back <= WEEKDAY_AHEAD]


# a year written with a date: after it ("9-10 June 2018", "November 2, 2007", "16 de septiembre
# de 2022", "4 Temmuz 2023"), or before it in Chinese, Japanese and Korean ("2018年6月10日",
# "2011년 6월 15일")
_YEAR_AFTER = re.compile(r"\s*,?\s*(?:de\s+|del\s+|of\s+)?(\d{4})(?!\d)")
_YEAR_BEFORE = re.compile(r"(\d{4})\s*[年년]\s*$")
# ... or inside it, as a Vietnamese date in figures ends ("ngày 4/7/2024", "3-4/7/2024")
_YEAR_INSIDE = re.compile(r"/(\d{4})$")


def year_dates(title: str, body: str) -> frozenset[date]:
    """The dates the headline and lead give with their year written (ranges with both ends):
    what an undated page says of its event's days whatever day a crawl found it ("On 9-10 June
    2018, Qingdao hosted a meeting of the Council of Heads of State"). A date without its year
    says nothing here: the crawl day is no publication day to place it by."""
    return _dates_with_year(f"{title}\n{(body or '')[:LEAD_CHARS]}")


def _dates_with_year(text: str) -> frozenset[date]:
    """The dates a text gives with their year written (year_dates, on any stretch of text)."""
    return frozenset(day for _at, day in _placed_dates_with_year(text))


def _placed_dates_with_year(text: str) -> list[tuple[int, date]]:
    """The dates a text gives with their year written, each with where it stands."""
    lead = text
    found: list[tuple[int, date]] = []
    for kind, pattern in _DATE_PATTERNS:
        if kind == "fa":  # round 74: a Solar Hijri date with its year written
            found.extend((m.start(), day) for m in pattern.finditer(lead)
                         for g in {m.groups(), _range_start(kind, m.groups())}
                         if (day := _solar_hijri_written(g)) is not None)
        if kind not in ("md", "dm", "zh", "vi"):
            continue
        for m in pattern.finditer(lead):
            written = _written_year(lead, kind, m)
            if written is None:
                continue
            groups = m.groups()
            for g in {groups, _range_start(kind, groups)}:
                day = _near(kind, g, date(written, 7, 1), 200)
                if day is None:
                    continue
                try:
                    found.append((m.start(), day.replace(year=written)))
                except ValueError:  # 29 February of another year
                    continue
    return found


# Round 60: a chronology of the SCO's past meetings tells each with its full date, one a year
# ("2002年6月7日 ... 圣彼得堡举行第二次会晤", "2003年5月29日 ... 在莫斯科举行", ...); a report tells
# its own event and recalls one or two past days at most (the founding, a state's admission).
# Round 61: the predicate is page_form.chronology, which documents read too.
CHRONOLOGY_YEARS = 3


def past_chronology(title: str, body: str, published: date | None) -> bool:
    """Whether a page is a chronology of past events rather than a report of its day's
    (page_form.chronology): its text gives full dates (day, month and year written) of
    CHRONOLOGY_YEARS different years or more before the year it was published in (an undated
    page: before the latest year it dates, its own time: blind set 5's undated Moscow
    declaration of 29 May 2003 recalls the founding of 2001 and the Charter of 2002, two past
    years), the list opening in the headline or lead (blind set 47's Xinhua background page on
    the SCO's summits, "背景资料:上海合作组织历次峰会", filed in Shanghai on the 2006 summit's
    day, had joined the summit's report by its dateline). A lead that dates what is to come
    without its year is a report with a background section below (blind set 7's "新闻背景"
    under a preview of the Tianshan-1 exercise, "将于8月24日至26日"): news."""
    text = f"{title}\n{body or ''}"
    found = page_chronology(
        ((at, day.year) for at, day in _placed_dates_with_year(text)),
        published.year if published is not None else None,
        least=CHRONOLOGY_YEARS,
        distinct_years=True,
        opens_before=len(title) + 1 + LEAD_CHARS,
    )
    return found is not None and not (
        published is not None and _yearless_ahead(title, body, published))


def _yearless_ahead(title: str, body: str, published: date) -> bool:
    """Whether the headline and lead give a date without its year after publication (in the
    year nearest it): an event still to come ("将于8月24日至26日", "将于8日至9日")."""
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    for kind, pattern in _DATE_PATTERNS:
        if kind not in ("md", "dm", "zh", "vi", "d", "fa"):
            continue
        for m in pattern.finditer(lead):
            if kind == "fa" and _solar_hijri_written(m.groups()) is not None:
                continue
            if (_YEAR_AFTER.match(lead, m.end())
                    or _YEAR_BEFORE.search(lead, max(0, m.start() - 8), m.start())
                    or _YEAR_INSIDE.search(m.group(0))):
                continue
            day = _near(kind, m.groups(), published, 200)
            if day is not None and day > published:
                return True
    return False


def month_days(title: str, body: str) -> frozenset[tuple[int, int, int | None]]:
    """The dates the headline and lead give as (month, day, year), the year None where none is
    written with it (ranges with both ends): "3 и 4 июля", "July 3-4", "31 août 2025". A lead
    dating its own event in a sentence in the past or present and another in a sentence in the
    future (_ANY_FUTURE) gives only the first (round 27: "Bişkek, 7 Haziran. ... koordinatörler
    toplantısı Astana'da düzenlendi. Heyetler, 8 Haziran'da Astana'da gerçekleştirilecek zirvenin
    ..." is the coordinators' meeting, not the summit of the 8th); a lead dating only what is to
    come ("16 Eylül Cuma (yarın) başlayacak zirve", on the eve) keeps it."""
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    found: set[tuple[int, int, int | None]] = set()
    ahead: set[tuple[int, int, int | None]] = set()
    ends = [0, *(e.end() for e in _LEAD_SENTENCE.finditer(lead)), len(lead)]
    for kind, pattern in _DATE_PATTERNS:
        if kind not in ("md", "dm", "zh", "vi", "fa"):
            continue
        for m in pattern.finditer(lead):
            at = bisect_right(ends, m.start())  # the sentence holding the date
            future = bool(_ANY_FUTURE.search(_ARABIC_MARKS.sub("", lead[ends[at - 1]:ends[at]])))
            if kind == "fa":
                # round 74: a Solar Hijri date only with its year (without it, its Gregorian
                # day shifts by one from year to year)
                for g in {m.groups(), _range_start(kind, m.groups())}:
                    if (day := _solar_hijri_written(g)) is not None:
                        (ahead if future else found).add((day.month, day.day, day.year))
                continue
            after = _YEAR_AFTER.match(lead, m.end())
            before = _YEAR_BEFORE.search(lead, max(0, m.start() - 8), m.start())
            written = after or before or _YEAR_INSIDE.search(m.group(0))
            year = int(written.group(1)) if written else None
            if year is not None and not 1990 <= year <= 2100:
                year = None
            groups = m.groups()
            for g in {groups, _range_start(kind, groups)}:
                # a leap year, so that 29 February reads; 200 days reach every month
                day = _near(kind, g, date(2000, 7, 1), 200)
                if day is not None:
                    (ahead if future else found).add((day.month, day.day, year))
    return frozenset(found or ahead)


def _solar_hijri_days(groups: tuple[str | None, ...], around: date) -> list[date]:
    """The Gregorian days a Solar Hijri date ("fa": day, end day, month, year) may be: in its
    written year, else in each Solar Hijri year from the one before `around`'s to the one after
    (jdatetime converts); a date no such year has (31 Esfand) gives none."""
    try:
        day = int(groups[1] or groups[0] or 0)
        month = next(n for n, m in enumerate(_SOLAR_HIJRI_MONTH, 1) if m.match(groups[2] or ""))
        written = int(groups[3]) if groups[3] else None
    except (StopIteration, ValueError):
        return []
    if written is not None and SOLAR_HIJRI_YEARS[0] <= written <= SOLAR_HIJRI_YEARS[1]:
        years = [written]
    else:
        this = jdatetime.date.fromgregorian(date=around).year
        years = [this - 1, this, this + 1]
    days = []
    for year in years:
        try:
            days.append(jdatetime.date(year, month, day).togregorian())
        except ValueError:
            continue
    return days


def _solar_hijri_written(groups: tuple[str | None, ...]) -> date | None:
    """The Gregorian day of a Solar Hijri date written with its year (its end day, for a
    range), else None."""
    if not groups[3] or not SOLAR_HIJRI_YEARS[0] <= int(groups[3]) <= SOLAR_HIJRI_YEARS[1]:
        return None
    days = _solar_hijri_days(groups, date.min)
    return days[0] if days else None


def _near(kind: str, groups: tuple[str | None, ...], pub: date, reach: int) -> date | None:
    """A day-and-month date in the year nearest `pub`, None beyond `reach` days."""
    if kind == "fa":
        best = min(_solar_hijri_days(groups, pub), key=lambda d: abs((d - pub).days),
                   default=None)
        return best if best is not None and abs((best - pub).days) <= reach else None
    kind, groups = _day_first(kind, groups)
    if kind in ("y", "t"):
        return pub + timedelta(days=-1 if kind == "y" else 1)
    try:
        if kind == "md":
            month, day = _MONTHS[(groups[0] or "").lower()], int(groups[2] or groups[1] or 0)
        elif kind == "dm":
            name = (groups[2] or groups[3] or groups[4] or "").lower()
            month, day = _MONTHS.get(name) or _MONTH_ABBR[name], int(groups[1] or groups[0] or 0)
        elif kind == "d":
            options = []
            for shift in (-1, 0, 1):
                year, month = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
                try:
                    options.append(date(year, month + 1, int(groups[0] or 0)))
                except ValueError:
                    continue
            best = min(options, key=lambda d: abs((d - pub).days), default=None)
            return best if best is not None and abs((best - pub).days) <= reach else None
        else:
            month, day = int(groups[0] or 0), int(groups[2] or groups[1] or 0)
        options = []
        for year in (pub.year - 1, pub.year, pub.year + 1):
            try:
                options.append(date(year, month, day))
            except ValueError:
                continue
    except (KeyError, ValueError):
        return None
    best = min(options, key=lambda d: abs((d - pub).days), default=None)
    return best if best is not None and abs((best - pub).days) <= reach else None


SPAN_DAYS = 7  # the longest span current_span reads of a meeting


def current_span(title: str, body: str, published: datetime,
                 longest: int = SPAN_DAYS) -> frozenset[date]:
    """The days of a span the lead gives that has begun but not ended at publication ("the
    meeting, set to take place from June 25-26", read on the 25th): the event under way, so a
    report of its first day shares its later days with their reports. Spans of a week at most
    (`longest`: an exercise named with its year runs up to EVENT_REACH_DAYS, round 66)."""
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    pub = published.date()
    out: set[date] = set()
    # round 59: and the Chinese range ("8月22日至29日", read on the 22nd)
    for kind, pattern in _DATE_PATTERNS[:3]:
        for m in pattern.finditer(lead):
            groups = m.groups()
            first = _near(kind, _range_start(kind, groups), pub, 31)
            last = _near(kind, groups, pub, 31)
            if (first is None or last is None or not first <= pub < last
                    or (last - first).days > longest):
                continue
            out.update(first + timedelta(days=i) for i in range((last - first).days + 1))
    return frozenset(out)


def is_preview(title: str, body: str, published: datetime) -> bool:
    """Whether the lead dates only what is still to come: it gives a date after publication and
    none on or before it ("will lead the delegation at the meeting to be held from June 25 to
    26", read on the 24th). A report with a dateline or a past day ("TASHKENT, 15 Sep ... will
    attend the summit on the 16th", "on Wednesday landed in Qingdao") is not one."""
    pub = published.date()
    days = [d for _, d in lead_dates(title, body, published)]
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    past_weekday = any(_resolve("wd", m.groups(), pub) is not None
                       for m in _DATE_PATTERNS[3][1].finditer(lead))
    return (any(d > pub for d in days) and not any(d <= pub for d in days)
            and not past_weekday)


def _range_start(kind: str, groups: tuple[str | None, ...]) -> tuple[str | None, ...]:
    """The groups of a matched range with its end day dropped ("3-4 July" -> "3 July")."""
    if kind == "md":
        return (groups[0], groups[1], None)
    if kind in ("dm", "fa"):
        return (groups[0], None, *groups[2:])
    if kind == "zh":
        return (groups[0], groups[1], None)
    if kind == "vi":
        _, (month, day, _end) = _day_first(kind, groups)
        return (day, None, month, None, None, None)
    return groups


def _day_first(kind: str, groups: tuple[str | None, ...]
               ) -> tuple[str, tuple[str | None, ...]]:
    """A Vietnamese figures date ("vi": day, end day, month, in either of its two forms) as
    the month-first groups of a Chinese one ("zh": month, day, end day); others unchanged."""
    if kind != "vi":
        return kind, groups
    day, end, month = groups[:3] if groups[2] else groups[3:6]
    return "zh", (month, day, end)


def _resolve(kind: str, groups: tuple[str | None, ...], pub: date) -> date | None:
    if kind == "fa":  # the latest such day up to tomorrow, as a month's name is read below
        return max((d for d in _solar_hijri_days(groups, pub) if d <= pub + timedelta(days=1)),
                   default=None)
    kind, groups = _day_first(kind, groups)
    if kind in ("y", "t"):
        return pub + timedelta(days=-1 if kind == "y" else 1)
    try:
        if kind == "wd":
            back = (pub.weekday() - _WEEKDAYS[(groups[0] or "").lower()]) % 7
            # "on Monday" in a report is this week's past Monday; further back it is more often
            # the coming one, as a preview writes it ("am Sonntag und Montag")
            return pub - timedelta(days=back) if back <= WEEKDAY_REACH else None
        if kind == "md":
            month, day = _MONTHS[(groups[0] or "").lower()], int(groups[2] or groups[1] or 0)
        elif kind == "dm":
            name = (groups[2] or groups[3] or groups[4] or "").lower()
            month, day = _MONTHS.get(name) or _MONTH_ABBR[name], int(groups[1] or groups[0] or 0)
        elif kind == "d":
            day, tomorrow = int(groups[0] or 0), pub + timedelta(days=1)
            if day == tomorrow.day:
                return tomorrow
            last = pub.replace(day=1) - timedelta(days=1)
            return pub.replace(day=day) if day <= pub.day else last.replace(day=day)
        else:
            month, day = int(groups[0] or 0), int(groups[2] or groups[1] or 0)
        found = date(pub.year, month, day)
        return found if found <= pub + timedelta(days=1) else date(pub.year - 1, month, day)
    except (KeyError, ValueError):
        return None


# round 47: a month named with no day beside it ("hosted the 18th summit ... in June", "June
# 2018"): whole names only (an ASCII one of four letters or more: "may" and "mar" are words too),
# no figure of a day before it or after it; a year may follow (group 2)
_MONTH_ALONE = re.compile(
    r"(?<!\w)(?<!\d[\s.-])(?<!\d[\s.-]{2})("
    + "|".join(sorted((re.escape(m) for m in _MONTHS
                       if (len(m) >= 4 or not m.isascii()) and "." not in m),
                      key=len, reverse=True))
    + r")(?!\w)(?!\s*\d{1,2}(?!\d))(?:\s*,?\s*((?:19|20)\d\d)(?!\d))?", re.I)


def months_alone(title: str, body: str) -> frozenset[tuple[int, int | None]]:
    """The months the headline and lead name with no day, as (month, year written or None)."""
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    return frozenset((_MONTHS[m.group(1).lower()], int(m.group(2)) if m.group(2) else None)
                     for m in _MONTH_ALONE.finditer(lead))


def meeting_days(meeting: CalendarMeeting | None) -> tuple[date, date] | None:
    """The first and last day of a calendar meeting (None when the calendar has no days)."""
    if meeting is None or meeting.start is None:
        return None
    return meeting.start, meeting.end or meeting.start


def reports_meeting(meeting: CalendarMeeting, published: date, days: Iterable[date],
                    names_meeting: bool = False, under_way: Iterable[date] = ()) -> bool:
    """Whether a report published on `published`, its lead dating events to `days`, can be a
    report of the meeting. The main day is the last (the council's session, the day its
    documents bear): a report of it appears on it or the day after, or dates its events to it
    (an analysis a week later: "in Astana on 4 July"). The days before it in a multi-day
    meeting are also those of arrivals, state visits and forums in the host city: a report of
    one counts only when it names the meeting itself (`names_meeting`: a council, the
    meeting's ordinal, a document). A report published before the first day is a preview,
    unless its lead gives the meeting a span under way at publication (`under_way`, from
    current_span: "On September 16-17 the capital hosts the SCO summit", read on the 16th,
    when the calendar has the session on the 17th) and names the meeting: the event has begun
    for its reporter, the leaders are arriving, as on an opening day."""
    span = meeting_days(meeting)
    if span is None:
        return False
    first, last = span
    under_way = set(under_way)
    if published < first:
        return names_meeting and published in under_way and first in under_way
    if published <= last + timedelta(days=MEETING_DAYS_AFTER) and (
            published >= last or names_meeting):
        return True
    dated = [d for d in days if first <= d <= last]
    return last in dated or (names_meeting and bool(dated))


def late_report(meeting: CalendarMeeting, published: date, earlier: Iterable[date],
                names_meeting: bool, councils: Iterable[str], venue: str | None,
                summit_named: bool = False, online: bool = False,
                states: Iterable[str] = (), months: Iterable[tuple[int, int | None]] = (),
                ordinal: int | None = None) -> bool:
    """Whether a report published after the days reports_meeting allows can still be one of
    the meeting: it names the meeting (a council, its ordinal, a document) and its lead dates
    its events to the meeting's days, up to LATE_REACH_DAYS later (a reposted wire text, a
    magazine piece two months on: "the 18th meeting ... was held in Qingdao on 9-10 June"); or
    within a week of the main day it names the meeting's own council and the meeting's venue
    first (the chair's press conference "on the results of the summit", published days
    later), or, naming no venue at all, the meeting's host state among `states` (round 41: an
    Indonesian comment three days on, "KTT Organisasi Kerjasama Shanghai ... di China").
    Or, its lead dating no day at all, it names the meeting, its venue first and the meeting's
    month in the meeting's year (`months`: months_alone; a month with no year written is read
    in the year of publication), up to YEAR_REACH_DAYS later (round 47: CGTN's "2018 in review:
    SCO Qingdao Summit ... Qingdao ... hosted the 18th summit of the SCO in June", 200 days on).
    The council meets once a year, so its venue and month in that year name one meeting; a
    later event recalling it dates its own day (dated_later) or names its own city first.
    Round 56: within a week of the main day, naming the meeting's council and numbering it
    (`ordinal`: lead_ordinal's), whatever city it names or none: council and ordinal name one
    meeting ("تایید عضویت ایران روز جمعه ... در بیست و یکمین نشست سران سازمان همکاری شانگهای",
    Iran's membership approved on Friday at the 21st meeting of the heads, three days on)."""
    span = meeting_days(meeting)
    if span is None:
        return False
    first, last = span
    after = (published - last).days
    if after <= MEETING_DAYS_AFTER:
        return False
    earlier = list(earlier)
    if (names_meeting and after <= LATE_REACH_DAYS
            and any(first <= d <= last for d in earlier)):
        return True
    if (names_meeting and not earlier and venue == meeting.venue and after <= YEAR_REACH_DAYS
            and any(month in (first.month, last.month)
                    and (year or published.year) == last.year for month, year in months)):
        return True
    # round 32: naming no council but the SCO's summit (`summit_named`: "(OCS CÚPULA TIANJIN)
    # Comentário", three days on) names the heads of state's council for that week
    councils = set(councils)
    if (after <= WEEK_AFTER_DAYS and ordinal is not None and ordinal == meeting.ordinal
            and meeting.council in councils):
        return True
    summit = summit_named and not councils and meeting.council == "heads_of_state_council"
    # round 38: a report saying the meeting was held by video (`online`: held_online) names
    # the place of a video meeting (Korean and Portuguese reports of the Moscow 2020 and New
    # Delhi 2023 video summits, two and three days on, naming no city)
    return (after <= WEEK_AFTER_DAYS and (meeting.council in councils or summit)
            and (venue == meeting.venue or (online and meeting.format == "video")
                 or (venue is None and meeting.chair is not None
                     and meeting.chair in set(states))))


def recalled_from_today(lead: str) -> bool:
    """Whether a lead dates its own event to the day of publication ("today": "Senin (9/9) hari
    ini mengadakan briefing pers ... setelah KTT Astana SCO yang diselenggarakan pada bulan Juli
    lalu berakhir", a briefing today after the July summit ended): a meeting it names only by
    its month is recalled by a report of another event, not reported late (round 54; late_report
    reads the month only for a lead dating no day of its own, as CGTN's year in review)."""
    return bool(_TODAY.search(_ARABIC_MARKS.sub("", lead)))


def calendar_meeting(calendar: Calendar, published: date, days: Iterable[date],
                     venue: str | None, lead_venues: Iterable[str] = (),
                     councils: Iterable[str] = (), ordinal: int | None = None,
                     documents: bool = False, *, earlier: Iterable[date] = (),
                     states: Iterable[str] = (), sco_named: bool = False,
                     document_names: Iterable[str] = (), under_way: Iterable[date] = (),
                     undated: bool = False,
                     ordinal_below: int | None = None,
                     session_named: bool = False,
                     online: bool = False, summit_named: bool = False,
                     months: Iterable[tuple[int, int | None]] = ()) -> CalendarMeeting | None:
    """The calendar meeting a report is about, from what needs no translation, among the
    meetings it can report by its dates (reports_meeting):

    1. the one at the venue it names first, else at the only venue of its headline or lead that
       is such a meeting ("TASHKENT, 31 Aug - ... the summit in Tianjin"); a council it names
       picks among meetings at one venue;
    2. else the meeting its lead numbers, of a council it names ("24th meeting of the Council
       of Heads of State", "第二十四次会议");
    3. with no venue named at all, the only meeting of the councils it names.

    None when nothing singles out one meeting: a report naming only another city, or two of the
    day's meetings in its lead. An ordinal pointing at a meeting not of the report's days
    (last year's summit in a background piece) resolves nothing.

    Later reports count too (late_report: `earlier`, the lead's dates before publication of
    any age). And a report naming no venue at all (rg.ru on the Samarkand summit: "chaired by
    the President of Uzbekistan") resolves to the only one of them whose host (its chair) it
    names as a state, when it names that meeting's council or, naming no council, the SCO in
    its lead (`sco_named`). A report naming another city first is left alone: a background
    piece on last year's host names this year's host too. `under_way`: the days of a span its
    lead gives that has begun at publication (reports_meeting). A report published days after
    a meeting whose lead dates its event to the meeting's day and names its council but another
    city (the host's capital receiving the ministers) is that meeting's, when it is the only
    one of that council; not for an `undated` page, whose `published` is only the crawl's day.
    `ordinal_below`: the ordinal of the paragraph after the lead (ORDINAL_CHARS), read only
    for a report naming another city first and none of its days' venues, when its lead numbers
    nothing (round 15: "BEIJING, Sept. 17 (Xinhua) -- Xi ... on Friday stressed ... / Xi made
    the remarks while addressing the 21st meeting of the Council of Heads of State of the SCO
    via video link"). `session_named`: its lead names a session of the SCO without its council
    (sco_session_named): it names the meeting, as a council does, for the days before the main
    day (Persian reports of the president leaving for the Tianjin summit on its first day,
    resolved by the host state they name). `online`: its lead says the meeting was held by
    video conference (held_online): the city it names first is a delegation's seat, not the
    meeting's, and the only video meeting of its days of a council it names is its meeting
    (round 16: "1 ноября 2022 года в г.Ташкенте делегация Узбекистана ... приняла участие в
    заседании Совета глав правительств ... в формате видеоконференции", chaired from Beijing).
    `summit_named`: its lead names the SCO's summit with no council (sco_summit_named), read
    by late_report for the week after the meeting; round 74: so is a session of the SCO
    (`session_named`): in the week after a summit, the session a report names with the host
    state or the venue is the summit's (blind set 20: Pezeshkian "پس از بازگشت از سفر چین و
    حضور در اجلاس همکاری شانگهای", back from China and the SCO's session, two days on).
    `months`: the months its lead names with no day (months_alone), read by late_report."""
    days, under_way, states = list(days), frozenset(under_way), frozenset(states)
    earlier, months = list(earlier), frozenset(months)
    named = set(councils)
    names_meeting = bool(named) or ordinal is not None or documents or session_named
    open_ = [m for m in calendar.meetings
             if reports_meeting(m, published, days, names_meeting, under_way)
             or late_report(m, published, earlier, names_meeting, named, venue,
                            summit_named or session_named, online, states, months, ordinal)]
    if not open_:
        return None
    at = {m.venue for m in open_}
    hosts = [m for m in open_ if m.chair and m.chair in set(states)
             and (m.council in named if named else sco_named)]
    host = hosts[0] if len(hosts) == 1 else None
    if venue is not None and venue not in at:
        lead = set(lead_venues) & at
        venue = next(iter(lead)) if len(lead) == 1 else None
        number = ordinal if ordinal is not None else ordinal_below
        if venue is None and number is not None:
            hits = [m for m in open_ if m.council in named and m.ordinal == number]
            return hits[0] if len(hits) == 1 else None
        if venue is None and online:
            # round 38: naming no council but the SCO's summit or the SCO in its lead, the
            # only video meeting of its days of either council of leaders (an Indonesian
            # report of the Moscow 2020 video summit under Putin's Sochi dateline)
            leaders = named or ({"heads_of_state_council", "heads_of_government_council"}
                                if summit_named or sco_named else set())
            video = [m for m in open_ if m.council in leaders and m.format == "video"]
            if len(video) == 1:
                return video[0]
        if venue is None:
            # the only meeting of its days whose venue names a document it names ("the
            # Astana Declaration", 《阿斯塔纳宣言》 registered so), of a council it names if any
            titled = [m for m in open_ if (not named or m.council in named)
                      and any(_names_venue(n, m.venue) for n in document_names)]
            if titled:
                return titled[0] if len(titled) == 1 else None
            # else, for a report published days after, the only meeting of a council it names
            # that its lead dates its event to: a wire text reposted a week on, of the head of
            # state receiving in his capital the ministers who came for their council
            # ("7月15日上午,习近平在北京...集体会见来华出席上海合作组织成员国外长理事会会议的外长")
            hits = [m for m in open_ if not undated and m.council in named and m.day is not None
                    and published > m.day + timedelta(days=MEETING_DAYS_AFTER)
                    and late_report(m, published, earlier, names_meeting, named, None)]
            return hits[0] if len(hits) == 1 else None
    if venue is None:
        hits = [m for m in open_ if m.council in named
                and (ordinal is None or m.ordinal == ordinal)]
        if not hits and not named and ordinal is None and summit_named and host is None:
            # round 36: naming no venue and no council but the SCO's summit in its lead ("в
            # кулуарах саммита ШОС", on the sidelines of the SCO summit, on its first day), the
            # only summit of its days, of either council of leaders (round 29: a heads of
            # government meeting is a "summit" in its host's press)
            hits = [m for m in open_ if m.council in {"heads_of_state_council",
                                                      "heads_of_government_council"}]
        if not hits and not named and ordinal is None:
            return host
    else:
        hits = [m for m in open_ if m.venue == venue]
        if len(hits) > 1 and named:
            hits = [m for m in hits if m.council in named]
        if len(hits) == 1 and superseded(calendar, hits[0], published, named):
            return None
    return hits[0] if len(hits) == 1 else None


def superseded(calendar: Calendar, meeting: CalendarMeeting, published: date,
               councils: Iterable[str]) -> bool:
    """Whether a report published after a meeting's days, naming not its council, appeared while
    another meeting of the calendar was under way at its venue (round 27): the venue and the
    day then point at two meetings. A German report of 8 June 2017 from Astana ("Zu Beginn des
    Gipfeltreffens in Astana"), the summit's first day, had been placed at the defence
    ministers' meeting of the 7th, the day before, and joined its Turkish report."""
    span = meeting_days(meeting)
    if span is None or published <= span[1] or meeting.council in set(councils):
        return False
    return any(m.id != meeting.id and m.venue == meeting.venue and (days := meeting_days(m))
               and days[0] <= published <= days[1] for m in calendar.meetings)


def numbered_meeting(calendar: Calendar, venue: str | None, lead_venues: Iterable[str],
                     councils: Iterable[str], ordinal: int | None,
                     venues: Iterable[str] = (), years: Iterable[int] = ()
                     ) -> CalendarMeeting | None:
    """The calendar meeting an undated page names in full, whatever day a crawl found it: the
    council's meeting its lead numbers ("the 24th meeting of the Council of Heads of State",
    "19th SCO Summit", "第二十三次会议") at the venue it names first, or, naming another city
    first (a dateline), at the only venue of its headline or lead. Council, ordinal and venue
    together name one meeting of the calendar in any year; a council and venue alone do not
    (Astana hosted the summit in 2005, 2011, 2017 and 2024). Previews and encyclopedia entries
    are left out afterwards, as for any undated page (found_preview, page_form.describes).
    Round 32: a lead naming another venue first and in its lead (the last summit's, "tenu en
    juillet dernier dans la capitale") names the numbered meeting's venue further down
    (`venues`, the whole text's): council and ordinal name one meeting, and the venue the text
    names confirms it."""
    if ordinal is None:
        return None
    named = set(councils)
    hits = [m for m in calendar.meetings if m.council in named and m.ordinal == ordinal]
    places = {venue} if venue is not None else set()
    if not any(m.venue in places for m in hits):
        places = {m.venue for m in hits} & set(lead_venues)
    if not places and len(hits) == 1:
        places = {hits[0].venue} & set(venues)
    if (not places and len(hits) == 1 and venue is None and not set(venues)
            and set(years) <= {hits[0].year}):
        # round 46: a page naming no city at all ("上海合作組織成員國元首理事會第二十四次會議正式
        # 接收白羅斯為成員國", Belarus admitted by the council's 24th meeting) and writing in its
        # headline or lead (`years`) no year but the meeting's: council and ordinal name one
        # meeting, and no venue or date tells of another (a page dated "Nov. 19, 2025" naming
        # "the 24th Meeting of the Council of Heads of State" misnames the heads of
        # government's council that met then)
        return hits[0]
    if not places and len(hits) == 1 and hits[0].format == "video":
        # round 40: a meeting held by video has no venue a report need name (its chair's
        # capital): council and ordinal name it ("정상 이사회 제23차 회의", the 23rd, from New
        # Delhi, in a Korean report recalling last year's Samarkand summit)
        return hits[0]
    hits = [m for m in hits if m.venue in places]
    return hits[0] if len(hits) == 1 else None


def dated_meeting(calendar: Calendar, venue: str | None, lead_venues: Iterable[str],
                  councils: Iterable[str], dates: Iterable[date]) -> CalendarMeeting | None:
    """The calendar meeting an undated page dates with its year (round 14): a meeting of a
    council it names on whose days its lead dates its event with the year written (year_dates:
    "On 9-10 June 2018, Qingdao, PRC, hosted a meeting of the Council of Heads of State"; "was
    held on November 2, 2007 in Tashkent"), at the venue it names first or, naming another
    city first (a dateline), at the only venue of its headline or lead that is one of them.
    Council, day and venue name one meeting; a day without its year does not (the crawl day
    says nothing of an archive page's year), nor a council and venue alone. Previews and
    encyclopedia entries are left out afterwards, as for any undated page."""
    named, days = set(councils), set(dates)
    hits = [m for m in calendar.meetings if m.council in named and (span := meeting_days(m))
            and any(span[0] <= d <= span[1] for d in days)]
    places = {venue} if venue is not None else set()
    if not any(m.venue in places for m in hits):
        places = {m.venue for m in hits} & set(lead_venues)
    hits = [m for m in hits if m.venue in places]
    return hits[0] if len(hits) == 1 else None


_YEARS_SINCE = re.compile(words_pattern("years_since"), re.I)


def year_dated_report(calendar: Calendar, published: date, venue: str | None,
                      councils: Iterable[str], dates: Iterable[date],
                      title: str = "", body: str = "") -> CalendarMeeting | None:
    """The calendar meeting a dated report published after it dates with its year written, at
    any age (round 81): the meeting of a council it names on whose days its headline or lead
    dates the event with the year (year_dates), at the venue it names first, as dated_meeting
    reads an undated page ("Il 15 giugno 2011 ad Astana si è tenuta la riunione del Consiglio
    dei capi di stato-membro dell'OSC", an Italian page of January 2012; "(Astana, July 05,
    2005) ... a meeting of the Council of heads of SCO member states", the declaration reposted
    a year on). late_report reads dates only up to LATE_REACH_DAYS after publication's year
    guess; a date with its year written needs no guess. Naming another city first (a dateline:
    an anniversary event in Tashkent recalling the founding summit in Shanghai) places
    nothing: council, written day and venue first name one meeting, a recalled one does not.
    Nor does a lead dating an event of its own more than LATER_EVENT_DAYS after the meeting,
    up to publication (own_later_dates: "沙特阿拉伯政府29日同意加入上海合作組織", the Saudi
    cabinet's decision of 29 March 2023, recalling the memorandum of the Samarkand summit of
    16 September 2022 with its full date): a later event recalling the meeting, as
    dated_own_day_later reads one under another city's dateline. Nor a lead writing another
    year than the meeting's (a background of the council's meetings: "2003年9月23日 ... 上海合作
    組織2001年6月成立。同年9月 ... 在阿拉木圖舉行首次會晤", the first and second meetings of the
    heads of government, on a page of October 2008), or counting the years since (`years_since`:
    "On June 10, 2018, ... Xi Jinping delivered a speech at the 18th Meeting ... in Qingdao ... /
    Six years on, the ... Demonstration Area has grown ...": what came of the meeting, read to
    the paragraph after the lead, ORDINAL_CHARS). Time stamp lines are no part of what the lead
    tells (unstamped)."""
    if venue is None:
        return None
    meeting = dated_meeting(calendar, venue, (), councils, dates)
    span = meeting_days(meeting)
    if meeting is None or span is None:
        return None
    if published <= span[1] + timedelta(days=MEETING_DAYS_AFTER):
        return None
    told = unstamped(f"{title}\n{body[:LEAD_CHARS]}")
    later = span[1] + timedelta(days=LATER_EVENT_DAYS)
    if any(later < d <= published
           for _, d in lead_dates("", told, datetime.combine(published, time(12)))):
        return None
    if any(int(y.group(1)) != span[1].year for y in _YEAR_IN_TEXT.finditer(told)):
        return None
    return None if _YEARS_SINCE.search(f"{title}\n{body[:ORDINAL_CHARS]}") else meeting


def unstamped(lead: str) -> str:
    """A lead without its time stamp lines (a short line with a clock time, as written_day
    reads them: "Дата публикации: Jan 19, 2012 1:59:6 PM" dates the page, not an event)."""
    return "\n".join(line for line in lead.split("\n")
                     if len(line.strip()) > STAMP_LINE_CHARS or not _CLOCK.search(line))


def day_month_meeting(calendar: Calendar, venue: str | None, lead_venues: Iterable[str],
                      councils: Iterable[str], sco_named: bool,
                      dates: Iterable[tuple[int, int, int | None]]) -> CalendarMeeting | None:
    """The calendar meeting an undated page dates by day and month (round 18): the only one at
    the venue it names first (or, naming another city first, at the only venue of its headline
    or lead that is one of them) on whose days its lead dates its event, in any year unless the
    year is written ("Путин начал переговоры с Токаевым ... саммита ШОС, который проходит в
    Астане, 3 июля"). A venue and a day of the year name one meeting: no council met twice at
    one venue on the same days of two years, bar the calendar's two exceptions (Shanghai on 15
    June 2001 and 2006, Tashkent on 2 November 2007 and 2019), which stay unresolved. Of a
    council it names, or, naming none, of any council when its headline or lead names the SCO
    (`sco_named`: "саммит ШОС" is tagged as no council). Previews and encyclopedia entries are
    left out afterwards, as for any undated page (found_preview, page_form.describes)."""
    named, dates = set(councils), list(dates)
    if not named and not sco_named:
        return None

    def on(m: CalendarMeeting) -> bool:
        span = meeting_days(m)
        if span is None:
            return False
        days = [span[0] + timedelta(days=i) for i in range((span[1] - span[0]).days + 1)]
        return any((d.month, d.day) == (month, day) and year in (None, d.year)
                   for d in days for month, day, year in dates)

    hits = [m for m in calendar.meetings if (m.council in named or not named) and on(m)]
    places = {venue} if venue is not None else set()
    if not any(m.venue in places for m in hits):
        places = {m.venue for m in hits} & set(lead_venues)
    hits = [m for m in hits if m.venue in places]
    return hits[0] if len(hits) == 1 else None


# Round 25: an undated report naming the SCO's summit with no council ("SCO summit in
# Samarkand", "Gipfel der Shanghaier Organisation", "상하이협력기구 정상회의")
_SUMMIT_WORD = re.compile(words_pattern("summit_word"), re.I)
# ... and a lead telling of a next or future meeting, or of another organisation's (the Turkic
# States' summit at Samarkand, November 2022): no such report is resolved by its venue alone
_NEXT_OR_FUTURE = re.compile(words_pattern("next_or_future"), re.I)
# ... or a lead in a future of any verb: an undated page named only by its council and venue
# may be a preview that found_preview's meeting verbs miss ("will be recorded in a
# declaration", "참석할 예정이다", "keçiriləcək", "оролцоно", "sẽ"); so is one written in the
# preparations for the meeting or on its eve (blind set 20: an Arabic report of memoranda signed
# in Tashkent "في إطار الاستعدادات لعقد قمة ... في سمرقند", the day before the summit)
_ANY_FUTURE = re.compile(words_pattern("any_future"), re.I)
# ... and ministers named in a lead: a ministers' meeting that reports call a "summit" too
# (round 33, venue_meeting)
_MINISTERS = re.compile(words_pattern("ministers"), re.I)
_HEAD_OF_GOVERNMENT = re.compile(words_pattern("head_of_government"), re.I)
_OTHER_MEETING = re.compile(
    r"(?<!\w)(?:" + _OTHER_ORGS + r")(?!\w)|" + words_pattern("other_meeting"), re.I)
# round 57: an organisation the SCO is compared with (NATO), read with a meeting word beside it
_OTHER_BLOC = re.compile(words_pattern("other_bloc"), re.I)


def other_bloc_meeting(lead: str) -> bool:
    """Whether a lead names the meeting of an organisation the SCO is compared with (round 57):
    NATO with a summit or meeting word beside it in one sentence (_names_meeting: "against the
    backdrop of the recent NATO summit in The Hague", below the defence ministers convened in
    Qingdao in 2025). Its summit is not the SCO's: an undated page naming it is not placed at a
    summit by its venue alone. NATO named in passing ("un bloque que ... se presenta como
    contrapeso de la OTAN", an undated report of the Tianjin summit) names no meeting."""
    return any(_names_meeting(lead, m.start(), m.end()) for m in _OTHER_BLOC.finditer(lead))


def venue_meeting(calendar: Calendar, venue: str | None, councils: Iterable[str],
                  summit_named: bool, title: str, body: str,
                  venues: Iterable[str] | None = None) -> CalendarMeeting | None:
    """The calendar meeting an undated report names by its council and venue alone (round 25),
    whatever day a crawl found it: the venue it names first, in its headline or lead, holds
    one meeting in the whole calendar (`calendar`, every council's), and that meeting is of a
    council it names or, naming no council but the SCO's summit (`summit_named`), a summit
    ("Putin in Samarkand: Gipfeltreffen der Schanghaier Organisation"). A venue where any
    councils met more than once (Astana, Tashkent, Bishkek, Dushanbe, Beijing, Moscow, and
    Qingdao and Tianjin, each host of a summit and of a ministers' meeting that reports also
    call a "summit") resolves nothing, nor does a lead naming another of the calendar's venues,
    a year other than the meeting's (not one ending or starting a span: a background piece of a
    later year), a next or future meeting ("the next summit will be held in ..."), a verb's
    future of any kind (_ANY_FUTURE: a preview found_preview's meeting verbs miss) or another
    organisation (the Turkic States' summit at Samarkand in November 2022). `venues`: the
    venues tagging found in the whole text (it leaves out "Shanghai" of the organisation's
    name); the lead's are read among them. Previews and encyclopedia entries are left out
    afterwards, as for any undated page."""
    # round 29: the heads of government's meeting is a "summit" in its host's press too (the
    # Urdu "سربراہ اجلاس" and English "23rd SCO summit" of Islamabad, 2024): a summit named with
    # no council is of either council of leaders, when the venue held one meeting in all
    named = set(councils) or ({"heads_of_state_council", "heads_of_government_council"}
                              if summit_named else set())
    if venue is None or not named:
        return None
    hits = [m for m in calendar.meetings if m.venue == venue]
    if len(hits) > 1 and not councils and summit_named and not _MINISTERS.search(
            _HEAD_OF_GOVERNMENT.sub(" ", f"{title}\n{(body or '')[:LEAD_CHARS]}")):
        # round 33: naming no council but the SCO's summit, and no ministers in its headline or
        # lead, a report at a venue of one summit and other meetings (Qingdao: the 2018 summit
        # and the 2025 defence ministers; Tianjin; New Delhi) is the summit's ("presidió el
        # domingo la cumbre anual de la OCS" at Qingdao); a venue of several summits (Astana,
        # Bishkek) still resolves nothing
        hits = [m for m in hits if m.council == "heads_of_state_council"]
        named = {"heads_of_state_council"}
    if len(hits) > 1 and councils:
        # round 26: a venue of several meetings (Qingdao: the 2018 summit and the 2025 defence
        # ministers; Tianjin: the 2025 summit and foreign ministers) resolves to the one of a
        # council the report names in so many words, when that council met there once and the
        # report's headline or lead calls a summit only if that council is the heads of state's
        # (a foreign ministers' meeting at Tianjin whose second paragraph names "SOZ Plus" and
        # the coming "SOZ-Gipfel" is no summit report)
        hits = [m for m in hits if m.council in named]
        # round 34: the heads of state council named in the headline or lead ("lors de la
        # réunion du Conseil des chefs d'Etat de l'organisation", Tianjin) calls the summit as
        # the word "summit" does
        summit = (bool(_SUMMIT_WORD.search(f"{title}\n{(body or '')[:LEAD_CHARS]}"))
                  or "heads_of_state_council" in lead_councils(title, body))
        if len(hits) == 1 and summit != (hits[0].council == "heads_of_state_council"):
            return None
    lead = f"{title}\n{(body or '')[:LEAD_CHARS]}"
    if len(hits) > 1:
        # round 46: a venue of several meetings of the council named, and a lead writing one
        # year, that of one of them ("нишасти Остона-2024", the Astana-2024 session; Astana
        # hosted the summit in 2005, 2011, 2017 and 2024): that one (the year checks below
        # then hold)
        years = {int(y.group(1)) for y in _YEAR_IN_TEXT.finditer(lead)}
        hits = [m for m in hits if len(years) == 1 and m.year in years]
    if len(hits) != 1 or hits[0].council not in named:
        return None
    meeting = hits[0]
    # the venue named in the headline or lead itself, and no other of the calendar's venues
    in_lead = _lead_venues(title or "", (body or "")[:LEAD_CHARS])
    if venues is not None:  # the venues tagging kept (not "Shanghai" of the organisation's name)
        in_lead &= frozenset(venues)
    if venue not in in_lead or in_lead & {m.venue for m in calendar.meetings} - {venue}:
        return None
    # round 47: the sentences on what comes after the meeting (the chairmanship passing on for
    # the next year: "ریاست دورهای سازمان ... برای سال 2019 به قرقیزستان رسید" after Qingdao
    # 2018) are not the report's event: their years are not read, and the venue must be named
    # outside them (a lead naming it only as next year's host resolves nothing)
    kept = next_meeting_blanked(lead, meeting.year)
    if venue not in _lead_venues("", kept):
        return None
    if any(int(y.group(1)) != meeting.year and not _SPAN_END.search(kept[:y.start()])
           and not _SPAN_START.match(kept, y.end()) for y in _YEAR_IN_TEXT.finditer(kept)):
        return None
    if (_NEXT_OR_FUTURE.search(lead) or _ANY_FUTURE.search(lead)
            or _OTHER_MEETING.search(lead) or other_bloc_meeting(lead)):
        return None
    return meeting


def lead_councils(title: str, body: str) -> frozenset[str]:
    """The calendar councils (body ids of bodies.toml) the headline and lead name by name,
    whatever the report's relevance (the tags name a council only in a relevant report)."""
    return _bundled_lead_councils(title or "", (body or "")[:LEAD_CHARS])


@lru_cache(maxsize=4096)
def _bundled_lead_councils(title: str, lead: str) -> frozenset[str]:
    """lead_councils with the bundled gazetteer, cached like _lead_venues."""
    return frozenset(m.entry.ref for m in analyse(_key_gazetteer(), title, lead).matches
                     if m.entry.kind == "body" and m.entry.ref in _COUNCIL_IDS.values())


@lru_cache(maxsize=4096)
def _calendar_venues(calendar: Calendar) -> frozenset[str]:
    """The venues of a calendar's meetings."""
    return frozenset(m.venue for m in calendar.meetings if m.venue)


def _lead_venues(title: str, lead: str) -> frozenset[str]:
    """The venues (gazetteer names) a headline and lead name."""
    return frozenset(m.entry.ref for m in analyse(_key_gazetteer(), title, lead).matches
                     if m.entry.kind == "venue")


# round 28: a Korean agency's dateline, "(모스크바=연합뉴스)", "【베이징=조창원 특파원】": the city
# where the correspondent files, not where the event is
_BUREAU_DATELINE = re.compile(r"[(【\[]([^=()【】\[\]\n]{1,12})=[^()【】\[\]\n]{1,20}[)】\]]")


# round 53 (stories53, blind set 38 as dev): the organisation misnamed in English, "the Shanghai
# Organisation Corporation (SCO)": the city's name, up to three capitalised words and the
# abbreviation in brackets is the SCO's name, whatever its words (tagging keeps only the
# correct names' "Shanghai" from the venues)
# round 59 (stories59, blind set 46 as dev): its words may stand on lines of their own, as a
# page broken into short lines prints it ("op de Shanghai\n\nCooperation Organisation
# (SCO)-top in Tianjin", a Dutch report of the Tianjin summit whose "Shanghai" tagging then
# took for the venue)
_MISNAMED_SCO = re.compile(r"\bShanghai(?:(?:[ -]+|\s*\n\s*)[A-Z][\w’'-]*){1,3}\s*\((?:SCO|ШОС)\)")
_SHANGHAI_WORD = re.compile(r"\bShanghai\b", re.I)


def misnamed_sco_only(title: str, body: str) -> bool:
    """Whether every "Shanghai" of a headline and body is in the SCO's name spelt wrongly or
    rightly with its abbreviation after it (_MISNAMED_SCO): the text then names no Shanghai
    venue, and its "Shanghai" found as one is the organisation's."""
    text = f"{title}\n{body}"
    spans = [m.span() for m in _MISNAMED_SCO.finditer(text)]
    return bool(spans) and all(any(a <= m.start() < b for a, b in spans)
                               for m in _SHANGHAI_WORD.finditer(text))


SHANGHAI_REACH_DAYS = 31  # how far from a meeting held in Shanghai its city is a venue


def shanghai_name_only(calendar: Calendar, published: date, sco_named: bool) -> bool:
    """Whether a dated report naming the SCO in its headline or lead (`sco_named`) and naming
    Shanghai first names the city only in the organisation's name: no meeting of the calendar
    was held in Shanghai within SHANGHAI_REACH_DAYS of publication (round 70, stories70, blind
    set 52: Pars Today's Swahili reports of the Samarkand and New Delhi summits, "Mkutano wa
    Wakuu Jumuiya ya Shanghai", the summit of the Shanghai organisation, a short name the
    gazetteers do not hold, were placed in Shanghai and stood apart from the summits' reports).
    The report's venue is then the next one it names. The SCO's meetings in Shanghai (2001,
    2006, a ministers' meeting of 2023) keep the city."""
    return sco_named and not any(
        m.venue == "Shanghai" and m.start is not None
        and abs((m.start - published).days) <= SHANGHAI_REACH_DAYS for m in calendar.meetings)


SCO_NAME_VENUE_CHARS = 80  # how far past the organisation's name its meeting's place is read


def venue_after_sco_name(title: str, body: str, venues: Iterable[str]) -> str | None:
    """The one venue of `venues` (gazetteer names) the sentence of the SCO's misnamed name
    (_MISNAMED_SCO) names right after it, within SCO_NAME_VENUE_CHARS and before the sentence
    ends: the place of the organisation's meeting that sentence names (round 59: "op de Shanghai
    Cooperation Organisation (SCO)-top in Tianjin", broken over lines, whose "Shanghai" tagging
    took for the venue named first). None otherwise: a sentence naming no place after the name
    ("to join the Shanghai Organisation Corporation (SCO) as Dialogue Partners.", set 38, whose
    lead names the next summit's city further on) leaves the report with no venue first, as
    round 53 has it."""
    text = f"{title}\n{body}"
    allowed = frozenset(venues)
    for m in _MISNAMED_SCO.finditer(text):
        rest = re.split(r"[.!?。！？]", text[m.end():m.end() + SCO_NAME_VENUE_CHARS])[0]
        named = _lead_venues("", rest) & allowed
        if len(named) == 1:
            return next(iter(named))
    return None


# round 64: a column's name in brackets opening a Chinese headline, "(上合天津峰會)" (the SCO
# Tianjin summit), under which a news service files every page of the summit's weeks: the
# section, not the page's event (not a Korean or Japanese bureau's "(city=agency)" dateline)
_COLUMN_TAG = re.compile(r"\A\s*[(（【\[]([^()（）【】\[\]\n=＝]{1,20})[)）】\]]")


def _first_venue(text: str, allowed: frozenset[str]) -> str | None:
    """The venue of `allowed` (gazetteer names) a text names first, None if it names none."""
    matches = [m for m in analyse(_key_gazetteer(), "", text).matches
               if m.entry.kind == "venue" and m.entry.ref in allowed]
    return min(matches, key=lambda m: m.start).entry.ref if matches else None


def past_column_tag(title: str, body: str, venue: str, venues: frozenset[str],
                    lead_venues: frozenset[str]
                    ) -> tuple[str | None, frozenset[str], frozenset[str]]:
    """The venue a report names first, its venues and its lead's, past a column's name opening
    its headline (_COLUMN_TAG) that names a meeting (a summit word) at `venue`, when the page
    names that venue nowhere else (round 64: blind set 49's China News Service page on the SCO
    film week in Qingdao, "(上合天津峰會)光影樂舞交織:上合組織文化合作續新章 / 中新社北京8月30日
    電 ... 在青島", whose only Tianjin is the column's, joined the eve's pages of the Tianjin
    summit by that venue and day). The venue is then the first of its other venues (`venues`,
    the whole text's) that the rest of the lead names, else none.
    A page of the column that names the meeting's city again (blind set 40's "(上合天津峰会)"
    analysis of the summit) keeps it. Else unchanged."""
    headed = bool((title or "").strip())  # else the body's first line is its headline
    head = title if headed else body or ""
    tag = _COLUMN_TAG.match(head)
    if tag is None or not _SUMMIT_WORD.search(tag.group(1)):
        return venue, venues, lead_venues
    if _lead_venues("", tag.group(1)) != {venue}:
        return venue, venues, lead_venues
    rest = f"{head[tag.end():]}\n{body or ''}" if headed else head[tag.end():]
    if venue in _lead_venues("", rest):
        return venue, venues, lead_venues
    others = venues - {venue}
    return _first_venue(rest[:LEAD_CHARS], others), others, lead_venues - {venue}


def _past_dateline(title: str, body: str, venue: str, lead_venues: frozenset[str]
                   ) -> tuple[str, frozenset[str]]:
    """The venue a report names first and its lead's venues, past a Korean agency's dateline
    (_BUREAU_DATELINE): a lead whose first venue is the dateline's city and that names one other
    venue is that venue's report (round 28: "(모스크바=연합뉴스) ... 9일(현지시간) 카자흐스탄
    아스타나에서 정상회의를 개최", a Yonhap report of the Astana summit filed from Moscow);
    else unchanged."""
    lead = (body or "")[:LEAD_CHARS]
    line = _BUREAU_DATELINE.search(f"{title}\n{lead}")
    if line is None or _lead_venues("", line.group(1)) != {venue}:
        return venue, lead_venues
    others = _lead_venues(title, lead) - {venue}
    if len(others) != 1:
        return venue, lead_venues
    return next(iter(others)), (lead_venues - {venue}) | others


# round 68 (stories68, blind set 51): a venue named in a clause with "last year" (the
# last_year words) is where an earlier meeting was held: "формат «ШОС плюс», запущенный в прошлом
# году в Астане" in Kazpravda's report of Tokayev at the Tianjin "SCO Plus" meeting, whose only
# venue it was; the report was placed at no meeting and stood apart from the summit's reports
_LAST_YEAR = re.compile(words_pattern("last_year"), re.I)
RECALLED_VENUE_CHARS = 40  # how far from the venue's name its clause's "last year" is read
_CLAUSE_END = re.compile(r"[.!?;:。！？；\n]")
_PHRASE_END = re.compile(r"[.!?;:。！？；\n,，、]")  # round 70: a clause or a comma


def _earlier_year(text: str, year: int | None) -> bool:
    """Whether a text gives a year before `year` (round 70)."""
    return year is not None and any(int(y.group(1)) < year for y in _YEAR_IN_TEXT.finditer(text))


def recalled_venue(title: str, body: str, venue: str, year: int | None = None) -> bool:
    """Whether every mention of `venue` (a gazetteer name) in a headline and body has "last
    year" (_LAST_YEAR) within RECALLED_VENUE_CHARS before or after it, with no clause end
    between: the text names the place only as an earlier meeting's (round 68). Round 70
    (stories70, blind set 52): or a year before `year` (the caller's: the year LATE_REACH_DAYS
    before publication, so that a late report dating its meeting in full keeps its venue)
    ("Документ был подписан в рамках саммита ШОС в Душанбе в 2014 году", in
    Asia-Plus's report of Rahmon at the Astana summit of 2024, whose only venue it was: the
    report stood apart from the summit's reports in Belarusian and Tajik)."""
    found = analyse(_key_gazetteer(), title, body)
    spans = [(m.start, m.end) for m in found.matches
             if m.entry.kind == "venue" and m.entry.ref == venue]
    if not spans:
        return False
    text = found.text
    for start, end in spans:
        before = _CLAUSE_END.split(text[max(0, start - RECALLED_VENUE_CHARS):start])[-1]
        after = _CLAUSE_END.split(text[end:end + RECALLED_VENUE_CHARS])[0]
        # a year is read within the venue's phrase (no comma between): "2018年,在上海合作组织
        # 青岛峰会上,中方承诺支持在青岛建设上合示范区" recalls the Qingdao summit, not the zone
        # built in Qingdao that the report's trade fair is held in (blind set 43)
        if not (_LAST_YEAR.search(before) or _LAST_YEAR.search(after)
                or _earlier_year(_PHRASE_END.split(before)[-1], year)
                or _earlier_year(_PHRASE_END.split(after)[0], year)):
            return False
    return True


def past_recalled_venue(title: str, body: str, venue: str, venues: frozenset[str],
                        lead_venues: frozenset[str], year: int | None = None
                        ) -> tuple[str | None, frozenset[str], frozenset[str]]:
    """The venue a report names first, its venues and its lead's venues, without a venue it
    names only as last year's or an earlier year's (recalled_venue; `year`: the years before
    it are earlier ones, None for an undated page): the report's first venue is then the next one it
    names, or none. Else unchanged."""
    if not recalled_venue(title, body, venue, year):
        return venue, venues, lead_venues
    rest = venues - {venue}
    return (_first_venue(f"{title}\n{body}", rest) if rest else None), rest, lead_venues - {venue}


# round 41: a wire agency's plain dateline opening the body, the city and the day ("New Delhi,
# 1 सितंबर .", "NEW DELHI, Sept 1 (IANS)"): the city where the agency files; round 69: below a
# line holding only the page's address, as RIA's pages are copied ("https://ria.ru/...\n\n
# ПЕКИН, 28 авг — РИА Новости. На предстоящем саммите ... в Тяньцзине")
_PLAIN_DATELINE = re.compile(r"\A\s*(?:https?://\S+[ \t]*\n\s*)?([^\W\d_][^\n,.()]{1,24}),\s*"
                             r"(?=\d{1,2}\s*\S|[^\W\d_]+\.?\s+\d)")


def _past_plain_dateline(title: str, body: str, venue: str, lead_venues: frozenset[str],
                         calendar: Calendar, published: date,
                         venues: Iterable[str] | None = None) -> tuple[str, frozenset[str]]:
    """The venue a report names first and its lead's venues, past a wire agency's plain
    dateline (_PLAIN_DATELINE, read with a date of the lead right after it): a lead whose first
    venue is the dateline's city and that names one other venue is that venue's report, as
    with a Korean agency's dateline (_past_dateline), when no meeting of the calendar was held
    at the dateline's city within a day of publication (there the dateline is the meeting's
    own: "ASTANA, July 4 - ... the next summit in ..."). An IANS Hindi report of the Tianjin
    summit's day under a "New Delhi, 1 सितंबर" dateline, naming Tianjin in its lead, had New
    Delhi as its venue and was placed at no meeting. `venues`: the venues tagging found in the
    whole text (not "Shanghai" of the organisation's name); the lead's other venue is read
    among them. Not for an undated page, whose day is only the crawl's. Else unchanged."""
    others = _dateline_others(title, body, venue, calendar, published, venues)
    if others is None or len(others) != 1:
        return venue, lead_venues
    return next(iter(others)), (lead_venues - {venue}) | others


def _dateline_others(title: str, body: str, venue: str, calendar: Calendar, published: date,
                     venues: Iterable[str] | None = None) -> frozenset[str] | None:
    """The other venues of a lead whose first venue is only a wire dateline's city
    (_dateline_city) where no meeting of the calendar was held within a day of publication;
    None when the venue is no such dateline's."""
    lead = (body or "")[:LEAD_CHARS]
    city = _dateline_city(lead)
    if city is None or _lead_venues("", city) != {venue}:
        return None
    if any(m.venue == venue and m.covers(published) for m in calendar.meetings):
        return None
    others = _lead_venues(title, lead) - {venue}
    if venues is not None:
        others &= frozenset(venues)
    if others and _dateline_named_again(lead, city, venue, others):
        return None
    return others


def _hanja_gloss(found: re.Match[str]) -> bool:
    """Whether an _AGENCY_DATELINE match is a Korean word glossed in Chinese characters rather
    than a city and its agency: the word before the parentheses ends in Hangul and they hold
    only ideographs (round 81, lead, blind set 43: "중국 중앙방송총국과 청도시(靑島市) 인민정부가
    공동 주최한 ...", China Media Group and the Qingdao city government co-hosted ..., read as
    Qingdao's dateline, made the film week's own city only where the agency files, and the page
    a report of the day's Tianjin summit in China). A Korean agency's dateline has its "="
    (_BUREAU_DATELINE); Xinhua's "新华社北京7月15日电(记者 ...)" has no Hangul."""
    inside = found.group(0).rstrip()[:-1].rsplit("(", 1)[-1].strip()
    head = found.group(1).rstrip()
    return (bool(head) and "\uac00" <= head[-1] <= "\ud7a3" and bool(inside)
            and all("\u4e00" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in inside))


def _dateline_named_again(lead: str, city: str, venue: str, others: frozenset[str]) -> bool:
    """Whether the lead's first sentence after its dateline names the dateline's city again
    and none of the lead's other venues: the event's own place, not only where the agency
    files (round 49: "Tashkent, Sep 16: ... granted SCO dialogue partner status to Egypt and
    Qatar at a ceremony hosted in Tashkent, Uzbekistan.", the summit in Samarkand named only in
    the next paragraph)."""
    at = lead.find(city)
    rest = lead[at + len(city):] if at >= 0 else lead
    sentence = first_sentence(rest)
    named = _lead_venues("", sentence)
    return venue in named and not named & others


# round 45: a dateline on the line after a line holding only the day ("June 13, 2019\nनयी
# दिल्ली,प्रधानमंत्री ...", UNI in Hindi), and a city with its agency in parentheses at a line's
# start ("بیجنگ: (دنیا نیوز) ...", "اسلام آباد(اے این این)"), in the body's first lines
_LINE_DATELINE = re.compile(r"\s*([^\W\d_][^\n,.()।:]{1,24}?)\s*[,:।]")
_AGENCY_DATELINE = re.compile(r"\s*([^\W\d_][^\n,.()।:]{1,24}?)\s*[:,]?\s*"
                              r"\([^\W\d_][^()\n\d]{0,20}\)")
# round 46, taken out at its merge and back in round 47 with dateline_only's guard for a city
# that is a named state's own: a newspaper's dateline, the city in capitals and a dash ("MOSCÚ.—
# Los presidentes ...", "ISLAMABAD - The SCO member states ..."), at a line's start; round 50:
# with the agency's name in capitals after the city's full stop ("АСТАНА. KAZINFORM — Мемлекет
# басшысы ...", "BISHKEK. KAZINFORM - The 19-th session ..."); round 59: or a colon, as
# Pakistan's, India's and Malaysia's English papers write it ("NEW DELHI: The much awaited ...
# Foreign Ministers' meeting kickstarted in Goa", "ISLAMABAD: Prime Minister Shehbaz Sharif
# ...", "BEIJING: Prime Minister Datuk Seri Anwar Ibrahim will participate ...")
#
# round 71 (stories71): a letter of the city may carry a combining mark, as every Indic
# script's vowel signs and viramas are (unicodedata categories Mn and Mc: "नई दिल्ली:",
# "டெல்லி:", "ইসলামাবাদ:"), which `[^\W\d_]` does not match; the city was not read at all
_MARK_CHARS = "".join(chr(cp) for cp in range(0x0300, 0x3000)
                      if unicodedata.category(chr(cp)) in ("Mn", "Mc"))
_CITY_LETTER = rf"(?:[^\W\d_]|[{re.escape(_MARK_CHARS)}])"
_CAPS_DATELINE = re.compile(rf"\s*([^\W\d_]{_CITY_LETTER}*(?:[ -]{_CITY_LETTER}+){{0,2}})"
                            r"\s*(?:(?:\.\s*([^\W\d_]{2,20})\s*|\.?\s*)[—–-]+|:)\s")
_DATE_LINE_REST = re.compile(r"[\W\d_]*")
DATELINE_LINES = 3  # a dateline is read in the body's first lines (a headline, a day line)


def _date_line(line: str) -> bool:
    """Whether a line holds only a day: a month's name and the day ("June 13, 2019",
    "13 июня 2019 г"), with figures and marks around it."""
    found = next((m for _, p in _DATE_PATTERNS[:2] for m in p.finditer(line)), None)
    if found is None:
        return False
    rest = line[:found.start()] + line[found.end():]
    return bool(_DATE_LINE_REST.fullmatch(rest))


def _caseless(text: str) -> bool:
    """Whether a text has letters and none of them has a case (Arabic, Devanagari, Chinese)."""
    return any(c.isalpha() for c in text) and not any(c.isupper() or c.islower() for c in text)


def _dateline_city(lead: str) -> str | None:
    """The city of a wire agency's dateline opening a body: "New Delhi, 1 सितंबर" (the city and
    the day, _PLAIN_DATELINE), or, in the first lines, the city and its agency in parentheses
    (_AGENCY_DATELINE) or the city alone after a line holding only the day (_LINE_DATELINE),
    or the city in capitals before a dash (_CAPS_DATELINE; round 46, taken out at its merge, back
    in round 47 with dateline_only's guard), with the agency's name in capitals between them
    (round 50: "АСТАНА. KAZINFORM —"); round 70 (stories70, blind set 52): in a script with
    no capitals, the city before a colon ("اسلام آباد: وزیر خارجہ بلاول بھٹو زرداری بھارت کے شہر
    گووا روانہ ہو گئے", Bilawal left for Goa, filed from Islamabad), as Pakistan's Urdu papers
    write it; the caller checks the city is a venue."""
    line = _PLAIN_DATELINE.match(lead)
    if line is not None and any(m.start() == line.end() for _, p in _DATE_PATTERNS[:2]
                                for m in p.finditer(lead, line.end(), line.end() + 24)):
        return line.group(1)
    lines = lead.split("\n")[:DATELINE_LINES]
    for n, text in enumerate(lines):
        found = _AGENCY_DATELINE.match(text)
        if found is not None and _hanja_gloss(found):
            found = None
        if found is None and n and _date_line(lines[n - 1]):
            found = _LINE_DATELINE.match(text)
        if found is None:
            caps = _CAPS_DATELINE.match(text)
            found = (caps if caps is not None and (caps.group(1).isupper() or (
                _caseless(caps.group(1)) and caps.group(0).rstrip().endswith(":")))
                     and (caps.group(2) or "A").isupper() else None)
        if found is not None:
            return found.group(1)
    return None


def dateline_only(title: str, body: str, venue: str | None, calendar: Calendar,
                  published: date, venues: Iterable[str] | None = None,
                  states: Iterable[str] = ()) -> bool:
    """Whether the venue a report names first is only its wire dateline's city, where no
    meeting was held, and its lead names no other venue (round 45): the city where the agency
    files, no place of the event. An IANS Hindi report of the Tianjin summit's last day under a
    "नई दिल्ली, 1 सितंबर" dateline, naming the host state only ("चीन की मेजबानी में", hosted by
    China), and a Dunya News Urdu report of the Qingdao summit's first day under a Beijing
    dateline ("اجلاس آج سے چین میں شروع ہورہا ہے", the session begins in China today): the
    calendar reads them as naming no venue, and places them by the host state they name. Only
    when it names, among `states`, the host (chair) of a meeting held within a day of
    publication: a report from a member's capital of its own reaction ("MINSK, July 4. Belarus
    welcomed ... the decision of the Council of Heads of State") keeps its city, its own event.
    So does a report from a city where another state it names chaired the calendar's meetings
    (round 47: "ASTANA – Kazakhstan has assumed the chairmanship ..., taking over from India
    after the virtual summit on July 4": Astana is Kazakhstan's seat, India the day's host); the
    host's own cities ("MOSCÚ.— Los presidentes de la OCS rubricaron la Declaración de Ufá",
    Russia the host) stay a wire's dateline."""
    states = set(states)
    hosts = {m.chair for m in calendar.meetings if m.chair in states and m.covers(published)}
    if venue is None or not hosts:
        return False
    seat_of = {m.chair for m in calendar.meetings if m.venue == venue and m.chair is not None}
    if seat_of & states - hosts:
        return False
    others = _dateline_others(title, body, venue, calendar, published, venues)
    return others is not None and not others


ANNOUNCE_REACH_DAYS = 31  # how far ahead of a meeting an announcement of it is looked for
# ... and a preview naming the meeting's council and venue but no date of its days
PREVIEW_REACH_DAYS = 7


def announced_meeting(calendar: Calendar, published: date, ahead: Iterable[date],
                      venues: Iterable[str], councils: Iterable[str] = (),
                      states: Iterable[str] = ()) -> CalendarMeeting | None:
    """The calendar meeting a report announces: one starting after publication (within
    ANNOUNCE_REACH_DAYS) whose venue its headline or lead names and on whose days it dates
    what is to come ("will chair the summit in Qingdao on June 9-10", "将于6月9日至10日在青岛
    举行"); or one starting within PREVIEW_REACH_DAYS whose venue and council (`councils`, the
    report's) it names, with no date at all: published before the meeting's first day, a report
    naming the council's meeting at its venue can only tell what is to come ("Wang Yi will
    attend the meeting of the SCO Council of Foreign Ministers in Russia", the day before).
    Two announcements of one meeting, in any languages, are one story; never the meeting's.
    A report naming no venue in its headline or lead may name the host state instead ("will take
    part in the meeting of the council of heads of government on 4-5 December in Kyrgyzstan"):
    with the meeting's council (`councils`) and a date of its days, the meeting chaired by one of
    `states` is the one announced."""
    given = list(ahead)
    ahead, venues, councils = [d for d in given if d > published], set(venues), set(councils)
    states = set(states)
    # "with no date at all": a lead dating what it reports to the day of publication or before
    # ("met President Xi at the Great Hall on April 23") tells what happened, not what is to come
    undated = not any(d <= published for d in given)
    hits = []
    for m in calendar.meetings:
        span = meeting_days(m)
        by_host = (not venues and m.chair in states and m.council in councils
                   and any(span[0] <= d <= span[1] for d in ahead) if span else False)
        if (span is None or (m.venue not in venues and not by_host)
                or not 0 < (span[0] - published).days <= ANNOUNCE_REACH_DAYS):
            continue
        if (any(span[0] <= d <= span[1] for d in ahead)
                or (undated and m.council in councils
                    and (span[0] - published).days <= PREVIEW_REACH_DAYS)):
            hits.append(m)
    return hits[0] if len(hits) == 1 else None


# A recurring event named with its number or year in the headline or lead: the "17th meeting
# of the Security Council Secretaries", "10-е совещание руководителей ведомств ... ЧС", "الـ 17",
# "Peace Mission 2010", "Мирная миссия-2012", "和平使命—2014", "Misión de Paz de 2012". The body
# comes from the gazetteer (bodies.toml: names in several languages), the number in any script.
KEY_LEAD_CHARS = 600  # how much of the body the keys are read from, after the headline
KEY_REACH_DAYS = 3  # days apart two reports of one numbered event may date it (the window)
_KEY_BEFORE_CHARS = 160  # how far before a body's name its ordinal is looked for
# round 53: also after a colon ("the SCO Exercise Peaceful Mission: 2021")
_KEY_YEAR = re.compile(r"[\s\-–—━\"'“”«»„:]{0,3}(?:(?:de|of|del)\s+)?(\d{4})(?!\d)")


# round 71 (stories71): an encyclopedia entry's opening, its subject's name glossed in other
# languages with their labels (stories_words.toml [language_label])
_LANGUAGE_LABEL = re.compile(words_pattern("language_label"), re.I)
_GLOSS = re.compile(r"\(([^()\n]{1,400})\)")
GLOSS_CHARS = 200  # how far into the body the gloss's parenthesis opens (after the name)


def glossed_entry(body: str) -> bool:
    """Whether a page opens as an encyclopedia entry does: a parenthesis opening within the
    body's first GLOSS_CHARS that gives its subject's name in two or more other languages, each
    with its label ("Астанинский саммит Шанхайской организации сотрудничества—2024 (каз. ...,
    англ. Astana Summit of the Shanghai Cooperation Organization—2024, кит. упр. ...) —
    ежегодное заседание Совета глав государств-членов организации, которое прошло ... 3—4 июля
    2024 года в ... Астане", the real set's Russian wiki page). Such an entry names its meeting's
    venue and days as a report does, but it is no news of the event: an undated one is placed at
    no meeting, as a reference entry with citation marks is not (_describes). A report glosses a
    name in one language at most ("(SOZ, englisch Shanghai Cooperation Organisation, SCO)")."""
    text = body or ""
    for m in _GLOSS.finditer(text, 0, GLOSS_CHARS + 402):
        if m.start() >= GLOSS_CHARS:
            break
        labels = {label.group(0).lower() for label in _LANGUAGE_LABEL.finditer(m.group(1))}
        if len(labels) >= 2:
            return True
    return False


def _describes(title: str, body: str) -> bool:
    """Whether an undated page describes a thing rather than reports an event, in any form
    pipeline.page_form reads, the SCO's opening definition included (as relevance reads it)."""
    a = analyse(_key_gazetteer(), title, body)
    return describes(title, body, a.sco, a.text, a.body_start)


def _key_gazetteer() -> Gazetteer:
    """The bundled gazetteer for the bodies event_keys reads (load_gazetteer keeps its build)."""
    return load_gazetteer()


def _names_month(text: str, start: int, end: int) -> bool:
    """Whether the ordinal written at text[start:end] is a day of a date: a month's name right
    before or after it ("22nd Aug", "19-го августа"; before it only as English writes it:
    "August 19th")."""
    after = _WORD.findall(text[end:end + 12])
    before = _WORD.findall(text[max(0, start - 12):start])
    return (any(w.lower().rstrip(".") in _MONTHS or w.lower().rstrip(".") in _MONTH_ABBR
                for w in after[:1])
            or any(w.lower().rstrip(".") in _MONTHS_FIRST for w in before[-1:]))


def _key_ordinal(window: str) -> int | None:
    """The meeting ordinal written last in a window before a body's name (the `key` reader of
    pipeline/data/ordinals.toml: digits of any script, "17th", "10-е", "الـ 17", "第9次"), else
    a written one ordinal_in reads."""
    found = [value for start, end, value in ordinals_placed(window, "key")
             if not _names_month(window, start, end)]
    if found:
        return found[-1] or None
    return ordinal_in(window)


def lead_ordinal(text: str) -> int | None:
    """The ordinal of a meeting a text writes: ordinal_in's, else the first one the `lead`
    reader of pipeline/data/ordinals.toml finds (French "lors de la 23e réunion du Conseil des
    chefs de gouvernement", round 29; Vietnamese "lần thứ N", Thai "ครั้งที่ N", round 31;
    Spanish, Portuguese, Italian "24.ª reunión", round 33; "23º. encontro", Korean 제N차,
    round 38); else an ordinal in words of the `lead_words` reader (Arabic "الاجتماع الخامس
    والعشرين", round 49)."""
    return ordinal(text, ("meeting", "lead", "lead_words"))


def event_keys(title: str, body: str, gazetteer: Gazetteer | None = None) -> frozenset[str]:
    """The numbered recurring events the headline and lead name: an SCO body outside the
    calendar of councils (bodies.toml) with the ordinal written just before its name in the
    same sentence ("body#17"), or with a year right after it ("body@2012": an exercise's
    name). Language-free: two reports in any scripts give the same key. The calendar's
    councils and the Secretariat give none (the calendar resolves the councils' meetings)."""
    if gazetteer is None:
        return _bundled_event_keys(title or "", (body or "")[:KEY_LEAD_CHARS])
    return _event_keys(gazetteer, title or "", (body or "")[:KEY_LEAD_CHARS])


@lru_cache(maxsize=8192)
def _bundled_event_keys(title: str, lead: str) -> frozenset[str]:
    """event_keys with the bundled gazetteer, cached: each assignment reads the keys of the
    whole candidate pool again."""
    return _event_keys(_key_gazetteer(), title, lead)


def _event_keys(gaz: Gazetteer, title: str, lead: str) -> frozenset[str]:
    """event_keys of a headline and the start of a body."""
    analysis = analyse(gaz, title, lead)
    text = analysis.text
    keys = set()
    for m in analysis.matches:
        if m.entry.kind != "body" or m.entry.ref in _COUNCIL_IDS.values() or (
                m.entry.ref == "secretariat"):
            continue
        start = max(0, m.start - _KEY_BEFORE_CHARS)
        window = text[start:m.end]
        cut = max((e.end() for e in sentence_ends(window, 0, m.start - start)),
                  default=0)
        # round 62: another body named between the ordinal and this one holds the ordinal,
        # with the one written right after its name ("首脳理事会第17回会議で ... 今年初めて上海
        # 協力機構観光閣僚会議を開く": the summit's 17th meeting, the tourism ministers' first)
        for other in analysis.matches:
            if (other.entry.kind == "body" and other.entry.ref != m.entry.ref
                    and start <= other.start and other.end <= m.start):
                readers = load_ordinals().leftmost
                after = (readers["key_after"].match(text, other.end)
                         or readers["key"].match(text, other.end))
                cut = max(cut, (after.end() if after else other.end) - start)
        ordinal = _key_ordinal(window[cut:])
        # Chinese writes the ordinal after the body's name: "成员国交通部长第十二次会议"
        if ordinal is None:
            ordinal = ordinal_at(text, m.end, "key_after")
        if ordinal is not None:
            keys.add(f"{m.entry.ref}#{ordinal}")
        year = _KEY_YEAR.match(text, m.end)
        if year and 1990 <= int(year.group(1)) <= 2100:
            keys.add(f"{m.entry.ref}@{int(year.group(1))}")
    return frozenset(keys)


# What a lead says of the event it names (event_phase), in the gazetteers' main languages. To
# come: the meeting verbs in the future ("will be held", "состоится", "соберутся", "将于",
# "即将"), not any "will" ("approved a strategy that will drive cooperation" reports the
# meeting). Opened: the event began and goes on ("began", "начались", "开幕", "басталды"). Held:
# it took place or ended ("was held", "took place", "concluded", "состоялось", "завершились",
# "落下帷幕", "举行了").
_TO_COME = re.compile(words_pattern("to_come"), re.I)
# Round 18: more words of what is to come, read only for an undated page found after the
# meeting it resolves to (found_preview), and only when its lead names no "today": a future
# with "today" ("وزیراعظم آج ... خطاب کریں گے", "Бүгін ... кеңесі өтеді", "bugün başlıyor")
# is the programme of the meeting's day, which the sets label as the meeting. Not in
# event_phase: dated reports of talks on a summit's day say "se reunirá", "görüşecek" too.
_TO_COME_UNDATED = re.compile(words_pattern("to_come_undated"), re.I)
# Round 24: a report's lead may tell the future of what comes after the meeting it reports: the
# chairmanship passing to the next host ("Председательство в ШОС переходит к Кыргызской
# Республике и пройдет под лозунгом ..."), the next meeting ("下次...会议将于2008年在哈萨克斯坦
# 举行", "next year"). found_preview reads no future in such a sentence.
_NEXT_MEETING = re.compile(words_pattern("next_meeting"), re.I)
_YEAR_IN_TEXT = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?!\d)")
# a year that ends or starts a span ("до 2035 года", "2025-2027", "until 2030", "至2025年") is
# no date of a next meeting
_SPAN_END = re.compile(r"(?:\bдо|\buntil|\btill|\bthrough|\bbis|\bhasta|\bjusqu[’']?(?:à|en)|"
                       r"至|到|\d\s*[-–—/])\s*$", re.I)
_SPAN_START = re.compile(r"\s*[-–—/]\s*\d")
# round 37: the Urdu and Hindi full stops (۔ and ।) and the Arabic question mark end a sentence
# too, so that a sentence about the next meeting ("اگلا اجلاس روس میں ہوگا") is blanked alone
_LEAD_SENTENCE = re.compile(r"(?<=[.!?۔।؟])\s+|(?<=[。！？；])|\n")


def next_meeting_blanked(lead: str, year: int) -> str:
    """The lead with its sentences about what comes after the meeting of `year` blanked (same
    length, so the characters read stay those of the lead): the chairmanship passing on, the
    next meeting or year ("next year", "下次"), a year after the meeting's not ending a span."""
    out, at = [], 0
    for m in [*_LEAD_SENTENCE.finditer(lead), None]:
        end = m.end() if m else len(lead)
        part = lead[at:end]
        later = any(int(y.group(1)) > year and not _SPAN_END.search(part[:y.start()])
                    and not _SPAN_START.match(part, y.end())
                    for y in _YEAR_IN_TEXT.finditer(part))
        out.append(" " * len(part) if later or _NEXT_MEETING.search(part) else part)
        at = end
    return "".join(out)
# Round 23: an English headline's infinitive of what is to come ("Jaishankar to lead Indian team
# at SCO Summit", "Lavrov to attend SCO meeting in Goa", "India to host"): the subject (the
# words after the headline's last colon or comma before "to") is a few words with no verb, for an
# arrival headline says the same infinitive ("Putin Arrives in Astana to Take Part in SCO Summit")
_HEADLINE_TO = re.compile(r"\bto\s+(?:lead|head|attend|host|chair|visit|participate|"
                          r"take\s+part|address|meet)\b", re.I)
_HEADLINE_VERB = re.compile(
    r"^(?:arriv\w*|lands?|landing|reach(?:es|ing)?|fl(?:y|ies|ying|ew)|travel\w*|heads?|"
    r"heading|leaves?|leaving|left|depart\w*|comes?|coming|came|go(?:es|ing)?|went|gathers?|"
    r"gathering|meets?|meeting|met|is|are|was|were|be|been|has|have|had|ready|pleased|happy|"
    r"glad|honou?r\w*|invites?|\w+ed)$", re.I)
_HEADLINE_CLAUSE = re.compile(r"[:,;|–—]|\s-\s")
_TODAY = re.compile(words_pattern("today"), re.I)
_OPENED = re.compile(words_pattern("opened"), re.I)
_HELD = re.compile(words_pattern("held"), re.I)
# ... but troops arriving or preparations beginning open no event: such a report comes before it
# ("troops began arriving for the exercise", "подготовка к учениям началась", "陆续抵达")
_BEFORE_OPENING = re.compile(words_pattern("before_opening"), re.I)
# a meeting held by video conference: its venue for event_score is none, for body_score "video"
# a meeting held by video conference ("took place via videoconference", "was held virtually",
# "в режиме видеоконференции", "以视频方式"), not one delegation joining it so ("only Pakistan
# participated in the meet virtually"): its place for body_score is "video"
_ONLINE = re.compile(words_pattern("online"), re.I)
# a spokesperson of a ministry at a briefing ("Foreign Ministry Spokesperson Mao Ning said during
# a regular press conference", "официальный представитель МИД", "外交部发言人")
_SPOKESPERSON = re.compile(words_pattern("spokesperson"), re.I)
EVENT_PHASE_CHARS = 300  # what the headline and lead's opening say of the event
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0640]")


def event_phase(title: str, body: str) -> str | None:
    """What the headline and the lead's opening say of the event they name: "ahead" (it is to
    come: "will be held", "соберутся", "将于"), "opened" (it began and goes on: "began",
    "начались", "开幕"), "held" (it took place or ended: "was held", "состоялось", "落下帷幕"),
    or None. To come wins: a preview may recall a past round."""
    # Arabic short vowels and tatweel are written or not ("ستُعقد" is "ستعقد", round 14)
    lead = _ARABIC_MARKS.sub("", f"{title}\n{(body or '')[:EVENT_PHASE_CHARS]}")
    if _TO_COME.search(lead):
        return "ahead"
    if _OPENED.search(lead) and not _BEFORE_OPENING.search(lead):
        return "opened"
    return "held" if _HELD.search(lead) else None


def held_online(title: str, body: str) -> bool:
    """Whether the headline or lead says the meeting was held by video conference."""
    return bool(_ONLINE.search(f"{title}\n{(body or '')[:KEY_LEAD_CHARS]}"))


def reaction(title: str, body: str, published: datetime) -> bool:
    """Whether the report is a ministry spokesperson's statement at a briefing (its headline or
    first sentence names a spokesperson) that announces nothing (no date after publication): a
    comment on an event is news of the briefing's day, not more coverage of the event reported
    the day before ("China congratulates Saudi Arabia on joining the SCO, Spokesperson Mao Ning
    said"). Spokespersons announcing a meeting (a date ahead) are its previews."""
    first = first_sentence(body or "")[:LEAD_CHARS]
    if not _SPOKESPERSON.search(f"{title}\n{first}"):
        return False
    pub = published.date()
    return not any(d > pub for _, d in lead_dates(title, body, published))


# round 57: a festival named (festival_report, festival_recalling)
_FESTIVAL = re.compile(words_pattern("festival"), re.I)


def festival_report(title: str, body: str) -> bool:
    """Whether the headline or first sentence names a festival (round 57): the report is of a
    film or arts festival of the SCO states, an event of its own, not of a council's meeting,
    even when it is held in the summit's city days after the summit and recalls it ("First SCO
    film festival opens in Qingdao ... As a major cultural exchange activity following the latest
    SCO summit in Qingdao"; "Qingdao sedia festival de cinema da OCS"). Blind set 43 had joined
    the festival's previews and reports to the Qingdao summit of 9-10 June 2018 through the
    calendar. A summit report naming a festival further down (a list of the year's cultural
    events) is the summit's."""
    first = first_sentence(body or "")[:LEAD_CHARS]
    return bool(_FESTIVAL.search(f"{title}\n{first}"))


def festival_announced(title: str, body: str, published: datetime | None,
                       sco_named: bool) -> frozenset[date]:
    """The days to come a dated page's headline and lead (LEAD_CHARS) date when they name a
    festival and the SCO (round 80): the span of the festival it announces ("由国家电影局、山东
    省政府主办,青岛市政府承办的上合组织国家电影节将在青岛西海岸新区举行", "6月13日至17日", read on
    11 May). Empty for an undated page (its crawl day says nothing of what is to come), a page
    naming no festival or no SCO in its lead, or one dating nothing ahead."""
    if published is None or not sco_named:
        return frozenset()
    if not _FESTIVAL.search(f"{title}\n{(body or '')[:LEAD_CHARS]}"):
        return frozenset()
    pub = published.date()
    return frozenset(d for _, d in lead_dates(title, body, published) if d > pub)


def festival_recalling(title: str, body: str, councils: Iterable[str]) -> bool:
    """Whether the opening (ORDINAL_CHARS: the lead and the paragraph after it) of a report
    naming no SCO council names a festival (round 57): read for a report
    published days after the meeting it would resolve to (a late report), whose news is then
    the festival and the meeting only recalled ("Der diesjährige Gipfel der SCO ist erst wenige
    Tage her ... ein Aspekt des Gipfeltreffens ist bisher weniger erwähnt worden: Das Shanghai
    Cooperation Organization Film Festival", ten days on). Before the meeting a lead naming the
    festival that follows it is the meeting's preview ("本届峰会结束后,首届上合组织国家电影节将
    在青岛举办"), and one naming a council reports the council."""
    if set(councils):
        return False
    return bool(_FESTIVAL.search(f"{title}\n{(body or '')[:ORDINAL_CHARS]}"))


def event_bodies(title: str, body: str) -> frozenset[str]:
    """The SCO bodies outside the calendar of councils (bodies.toml; not the Secretariat) that
    the headline and lead name, with or without an ordinal: the transport ministers, the
    prosecutors general. Language-free, as event_keys."""
    return _bundled_event_bodies(title or "", (body or "")[:KEY_LEAD_CHARS])


@lru_cache(maxsize=8192)
def _bundled_event_bodies(title: str, lead: str) -> frozenset[str]:
    """event_bodies with the bundled gazetteer, cached like _bundled_event_keys."""
    return frozenset(m.entry.ref for m in analyse(_key_gazetteer(), title, lead).matches
                     if m.entry.kind == "body" and m.entry.ref not in _COUNCIL_IDS.values()
                     and m.entry.ref != "secretariat")


WEEK_HELD_DAYS = 7  # a numbered meeting reported as held: its reports of the week after it
# An event reported as opened goes on: its later reports (an exercise's closing, two weeks on)
# are of it. The longest SCO exercises ran two and a half weeks (9-25 September 2010).
EVENT_REACH_DAYS = 21


def _event_days(f: Features) -> frozenset[date]:
    """The days a report dates its event to, with its event day and publication day."""
    return f.days | {f.day or f.when.date(), f.when.date()}


def _gap(a: Features, b: Features) -> int:
    """Days between the nearest of the two reports' event days (days and day, as dated)."""
    return min(abs((x - y).days) for x in a.days | {a.day or a.when.date()}
               for y in b.days | {b.day or b.when.date()})


def _late_dated(early: Features, late: Features) -> bool:
    """The later report's lead dates what it reports (any age, up to publication) to a day the
    earlier one reports: a report days or months on of that day's event ("met in Xi'an on
    November 8", a caption "el 14 de junio de 2012")."""
    return bool(late.dated & _event_days(early)) and (
        late.when - early.when).days <= LATE_REACH_DAYS


def _to_come(f: Features) -> bool:
    """Its lead dates a day still to come or says the event is to come (event_phase), and
    gives the event no span begun at publication (round 59, `under_way`: "8月22日至29日,
    “和平使命-2018”...将在俄罗斯举行", the Peace Mission exercise of 22-29 August "will be held",
    read on the 22nd, is a report of its first day, as the labels have it with the opening
    ceremony's report of the 24th), nor says the future is today's (round 79, todays_programme:
    "Toplantısı ... bugün İstanbul'da düzenlenecek", the ministers' meeting to be held today in
    Istanbul, is the programme of the meeting's day, which the sets label as the meeting)."""
    return (f.ahead or (f.phase == "ahead" and not todays_programme(f))) and not f.under_way


def names_today(title: str, body: str, published: datetime | None) -> bool:
    """Whether the headline or the lead's opening (EVENT_PHASE_CHARS) names the day of
    publication: "today" ("bugün", "сегодня", "今天"), or the weekday of a dated report's day
    ("summit in Kazan ... on Tuesday", read on Tuesday 22 October 2024)."""
    opening = _ARABIC_MARKS.sub("", f"{title}\n{(body or '')[:EVENT_PHASE_CHARS]}")
    if _TODAY.search(opening):
        return True
    if published is None:
        return False
    weekday = published.date().weekday()
    return any(_WEEKDAYS[(m.group(1) or "").lower()] == weekday
               for m in _DATE_PATTERNS[3][1].finditer(opening))


def begins_today(title: str, body: str, published: datetime | None) -> bool:
    """Whether the headline and the lead's opening (EVENT_PHASE_CHARS) tell the meeting begins
    on the day of publication (round 79): they name that day (names_today) and no later one
    ("tomorrow", a day dated ahead), and tell the meeting to come or the delegations arriving
    for it (event_phase "ahead", _BEFORE_OPENING) and nothing of it opened or held ("Putin
    opened a 10-member meeting ... Later on Wednesday ... will be joined" is the programme of a
    later day of the summit)."""
    if published is None or not names_today(title, body, published):
        return False
    opening = _ARABIC_MARKS.sub("", f"{title}\n{(body or '')[:EVENT_PHASE_CHARS]}")
    if (_TOMORROW.search(opening) or _OPENED.search(opening) or _HELD.search(opening)
            or any(d > published.date() for _, d in lead_dates(title, body, published))):
        return False
    return bool(_TO_COME.search(opening) or _BEFORE_OPENING.search(opening))


def todays_programme(f: Features) -> bool:
    """Whether its lead's future is the day of publication's (round 79): its headline or lead's
    opening names that day (`today`, names_today), and neither "tomorrow" nor a later day
    (`ahead`) stand in its lead. As written_before and numbered_to_come read a calendar
    meeting's page."""
    return f.today and not f.tomorrow and not f.ahead


def before_opening(a: Features, b: Features) -> bool:
    """One report gives its event a span under way at its publication (`span`) and the other
    was published before that span's first day: the other tells of the event before it began
    (round 66: troops arriving on 15 August for "Peace Mission-2018 drills ... on August
    22-29"), a preview, never a report of the exercise. A report published on the first day
    (the troops' arrival the day before, read on the opening day) is one of it."""
    return any(late.span and early.when.date() < min(late.span)
               for early, late in ((a, b), (b, a)))


def key_reach(a: Features, b: Features, key: str) -> int:
    """How many days apart two reports of one event key may date it, from what their texts say:
    KEY_REACH_DAYS (the story window); a week when the later one reports a numbered meeting as
    held (a rewrite of the Secretariat's release six days on); EVENT_REACH_DAYS when the earlier
    one reports the event opened (an exercise's opening and its closing two weeks later); a week
    for an event named with its year (an exercise: one a year under that name)."""
    early, late = sorted((a, b), key=lambda f: (f.when, f.article_id))
    reach = KEY_REACH_DAYS
    if late.phase == "held" and "#" in key:
        reach = max(reach, WEEK_HELD_DAYS)
    if "@" in key:
        # round 38: an event named with its year ("Peace Mission 2021", "Sahand 2025") is one
        # exercise of that year, held over one to two weeks: its reports of the days it runs
        # link a week apart whatever phase each names (a chain of them spans the exercise); not
        # further, or an announcement and the week's previews join the exercise (set 7: "Peace
        # Mission 2007" announced on 17 July, "all set" on 25 July, held from 9 August)
        reach = max(reach, WEEK_HELD_DAYS)
    if early.phase == "opened":
        reach = max(reach, EVENT_REACH_DAYS)
    return reach


def key_score(a: Features, b: Features, params: StoryParams = StoryParams(),
              shared_entities: float = 0.0) -> float:
    """Evidence of one numbered recurring event outside the calendar: both reports are about a
    meeting, name one event key (event_keys) and date one day or days at most key_reach apart
    (or the later one's lead dates the earlier one's day: _late_dated), and neither dates a
    day still to come or says the event is to come (a preview of the event, which by
    convention is a story of its own; two previews published within the window link); 0
    otherwise. The same exercise name every two years and the same body every year give other
    keys."""
    keys = a.keys & b.keys
    if not (keys and a.about and b.about):
        return 0.0
    if _to_come(a) and _to_come(b):
        # two previews of one numbered event published within the window announce it together
        # (a preview of the week before and one of the eve); an announcement weeks ahead stays
        # a story of its own
        return (evidence_score(a, b, params, shared_entities)
                if abs((a.when.date() - b.when.date()).days) <= KEY_REACH_DAYS else 0.0)
    if _to_come(a) or _to_come(b):
        return 0.0
    if before_opening(a, b):
        return 0.0
    early, late = sorted((a, b), key=lambda f: (f.when, f.article_id))
    if not shares_day(a, b, params) and not _late_dated(early, late) and _gap(a, b) > max(
            key_reach(a, b, k) for k in keys):
        return 0.0
    return evidence_score(a, b, params, shared_entities)


def _places(f: Features) -> frozenset[str]:
    """Where a report says its meeting was held: "video" for a video conference, else the
    venues of its headline and lead and the one it names first; of a report not itself to come,
    less those it names only to tell what is to come (round 79, `places_to_come`: the next
    meeting's city)."""
    if f.online:
        return frozenset({"video"})
    places = f.lead_venues | ({f.place} if f.place else set())
    # the calendar meeting's venue is its place whatever sentence names it
    return places if _to_come(f) else places - (f.places_to_come - {f.meeting_venue})


VENUES_TO_COME_CHARS = 1200  # the opening read for the sentences naming a report's venues


@lru_cache(maxsize=8192)
def venues_to_come(title: str, body: str, venues: frozenset[str], year: int) -> frozenset[str]:
    """Those of `venues` that the headline and the body's first VENUES_TO_COME_CHARS name only in
    sentences telling what is to come (event_phase "ahead", or blanked by next_meeting_blanked
    for a report of `year`: the chairmanship passing on, the next year): "Minsk will host the
    Eurasian Intergovernmental Council at the end of September", the last line of a report of
    the council in Cholpon-Ata (blind set 23), names the next meeting's city. A venue named in
    any other sentence, or in none of them, stays."""
    wanted = venues
    if not wanted:
        return frozenset()
    text = _ARABIC_MARKS.sub("", f"{title or ''}\n{(body or '')[:VENUES_TO_COME_CHARS]}")
    blanked = next_meeting_blanked(text, year)
    told: dict[str, bool] = {}  # venue -> named only in sentences of what is to come so far
    at = 0
    for m in [*_LEAD_SENTENCE.finditer(text), None]:
        end = m.end() if m else len(text)
        sentence = text[at:end]
        at = end
        named = _lead_venues("", sentence) & wanted if sentence.strip() else frozenset()
        if not named:
            continue
        ahead = not blanked[at - len(sentence):at].strip() or event_phase("", sentence) == "ahead"
        for venue in named:
            told[venue] = told.get(venue, True) and ahead
    return frozenset(v for v, only in told.items() if only)


def _one_place_and_days(a: Features, b: Features, params: StoryParams,
                        shared_entities: float) -> float:
    """The evidence of two reports of one meeting outside the calendar (`body_score`,
    `organisation_score`) once its body or organisation agrees: neither says the meeting is to
    come (_to_come) unless both do, published a day apart at most (two previews of it), no two
    places that differ, the earlier not published before the day the later one says the
    meeting begins (round 79, `begins_today`), events at most a day apart (or the later one's
    lead dates the earlier one's day: _late_dated; two previews need not), then
    `evidence_score`; 0 otherwise."""
    previews = _to_come(a) and _to_come(b)
    if (_to_come(a) or _to_come(b)) and not (
            previews and abs((a.when.date() - b.when.date()).days) <= 1):
        return 0.0
    pa, pb = _places(a), _places(b)
    if pa and pb and not pa & pb:
        return 0.0
    early, late = sorted((a, b), key=lambda f: (f.when, f.article_id))
    if late.begins_today and early.when.date() < late.when.date():
        return 0.0  # the meeting begins on the later one's day: the earlier one is of its eve
    near = previews or min(abs((x - y).days) for x in _event_days(a) for y in _event_days(b)) <= 1
    if not (near or _late_dated(early, late)):
        return 0.0
    return evidence_score(a, b, params, shared_entities)


def body_score(a: Features, b: Features, params: StoryParams = StoryParams(),
               shared_entities: float = 0.0) -> float:
    """Evidence of one meeting of an SCO body outside the calendar named without its ordinal
    (round 9): both reports name the SCO and one such body (event_bodies) in their headline
    or lead, date their events at most a day apart (or the later one's lead dates the earlier
    one's day: _late_dated), name no two places (venues, or a video conference) that differ,
    give no two ordinals of that body that differ, and neither says the meeting is to come (or
    both do, published a day apart at most: two previews of it); 0 otherwise. Two meetings of
    one body are held in two places or in two years."""
    if not (a.about and b.about and a.sco_lead and b.sco_lead):
        return 0.0

    def ordinals(f: Features, body: str) -> set[str]:
        return {k for k in f.keys if k.startswith(f"{body}#")}

    bodies = {body for body in a.bodies & b.bodies
              if not (ordinals(a, body) and ordinals(b, body)
                      and not ordinals(a, body) & ordinals(b, body))}
    if not bodies:
        return 0.0
    return _one_place_and_days(a, b, params, shared_entities)


FESTIVAL_REACH_DAYS = 7  # a festival runs five days to a week: its reports of one city that long


def festival_score(a: Features, b: Features, params: StoryParams = StoryParams(),
                   shared_entities: float = 0.0) -> float:
    """Evidence of one festival outside the calendar (round 72): both reports name a festival
    (festival_report, festival_recalling) and the SCO in their lead (the Shanghai International
    Film Festival's report, "제21회 상하이국제영화제가 16일 저녁 개막했다", names no SCO), neither
    is a preview of it (_to_come, a preview of an event is a story of its own), they name no
    two places that differ, the earlier one was not published before every day the later one
    dates, and either they name one place and date their events at most FESTIVAL_REACH_DAYS
    apart (an SCO film festival runs five days: its opening, its closing and the report of the
    week after, in any language), or they date their events at most a day apart (one names no
    city: "首届上合电影节闭幕"), or the later one's lead dates the earlier one's day
    (_late_dated: "7月6日晚 ... 电影节闭幕式" beside "7月3日至7日 ... 电影节"). A festival of
    the same city a year on is a year apart; of another city the same week, of another
    place. 0 otherwise."""
    if (not (a.festival and b.festival and a.sco_lead and b.sco_lead) or _to_come(a)
            or _to_come(b)):
        return 0.0
    pa, pb = _places(a), _places(b)
    if pa and pb and not pa & pb:
        return 0.0
    early, late = sorted((a, b), key=lambda f: (f.when, f.article_id))
    if late.dated and early.when.date() < min(late.dated):
        # the earlier one was published before every day the later one dates: it tells of
        # the festival's eve (the organisers' meeting of 11 June, read beside the closing's
        # report "自6月13日电影节开幕以来"), a preview by convention
        return 0.0
    gap = min(abs((x - y).days) for x in _event_days(a) for y in _event_days(b))
    if not (gap <= 1 or (pa & pb and gap <= FESTIVAL_REACH_DAYS) or _late_dated(early, late)):
        return 0.0
    return evidence_score(a, b, params, shared_entities)


FESTIVAL_ANNOUNCE_DAYS = 92  # how far ahead of a festival's first day it is announced


def festival_announcement_score(a: Features, b: Features, params: StoryParams = StoryParams(),
                                shared_entities: float = 0.0) -> float:
    """Evidence of one festival announced (round 80): both leads name a festival and the SCO
    and date what is to come (`festival_ahead`, _to_come) from one first day (the festival's:
    "6月13日至17日" in a Xinhua release of 18 April and in a youth daily's piece of 11 May),
    they name no two places that differ, and both were published a week or more before that
    day (PREVIEW_REACH_DAYS) or both within that week, as week_apart reads a calendar
    meeting's announcements: the early announcements are one story, the week's previews
    another (blind set 43's "-announced" and "-preview" labels of the Qingdao festival). Two
    festivals of one city begin on two days; 0 otherwise."""
    if not (a.festival_ahead and b.festival_ahead and _to_come(a) and _to_come(b)):
        return 0.0
    first = min(a.festival_ahead)
    if first != min(b.festival_ahead):
        return 0.0
    pa, pb = _places(a), _places(b)
    if pa and pb and not pa & pb:
        return 0.0
    if ((first - a.when.date()).days > PREVIEW_REACH_DAYS) != (
            (first - b.when.date()).days > PREVIEW_REACH_DAYS):
        return 0.0
    return evidence_score(a, b, params, shared_entities)


def outside_score(a: Features, b: Features, params: StoryParams = StoryParams(),
                  shared_entities: float = 0.0) -> float:
    """The evidence of one event outside the calendar: its key (key_score), its body
    (body_score), its festival (festival_score) or the festival's announcements
    (festival_announcement_score), or another organisation's meeting (organisation_score)."""
    return max(key_score(a, b, params, shared_entities),
               body_score(a, b, params, shared_entities),
               festival_score(a, b, params, shared_entities),
               festival_announcement_score(a, b, params, shared_entities),
               organisation_score(a, b, params, shared_entities))


# round 78: the organisations whose meetings a report may be of instead of the SCO's: tagging's
# look-alikes (BRICS, the CIS, the CSTO, CICA, the EAEU, the Turkic States, China-Central Asia)
# and ASEAN, whose summits the SCO's observers and partners attend
_MEETING_ORGANISATIONS = LOOK_ALIKE_ORGANISATIONS | {"asean"}


def meeting_organisation(title: str, body: str) -> str | None:
    """The other organisation the headline and lead name first (_MEETING_ORGANISATIONS, by the
    organisations gazetteer's names in every language it holds: "BRICS", "БРИКС", "金砖"), as
    its id; None when they name none. Language-free, as event_keys."""
    return _bundled_meeting_organisation(title or "", (body or "")[:LEAD_CHARS])


@lru_cache(maxsize=8192)
def _bundled_meeting_organisation(title: str, lead: str) -> str | None:
    """meeting_organisation with the bundled gazetteer, cached like _bundled_event_keys."""
    found = [m for m in analyse(_key_gazetteer(), title, lead).matches
             if m.entry.kind == "organisation" and m.entry.ref in _MEETING_ORGANISATIONS]
    return min(found, key=lambda m: m.start).entry.ref if found else None


def organisation_score(a: Features, b: Features, params: StoryParams = StoryParams(),
                       shared_entities: float = 0.0) -> float:
    """Evidence of one meeting of another organisation (round 78), which the calendar of SCO
    meetings does not hold: both reports are of one organisation's meeting (`organisation`,
    the same id whatever their languages: the BRICS foreign ministers in Nizhny Novgorod in
    English and in Russian, blind set 23), name no two places that differ, date their events
    at most a day apart (or the later one's lead dates the earlier one's day: _late_dated),
    and neither says the meeting is to come unless both do, published a day apart at most; 0
    otherwise. Two meetings of one organisation are held in two places or on days further
    apart; a report about the SCO's business has no organisation and never joins by it."""
    if a.organisation is None or a.organisation != b.organisation:
        return 0.0
    return _one_place_and_days(a, b, params, shared_entities)


def date_factor(a: Features, b: Features, params: StoryParams = StoryParams()) -> float:
    """1 for reports of events on the same day, less a day apart, 0 beyond."""
    if abs(a.when - b.when) > params.window:
        return 0.0
    gap = abs(((a.day or a.when.date()) - (b.day or b.when.date())).days)
    if gap and (a.reaction or b.reaction):
        return 0.0  # a spokesperson's comment is news of its day (reaction)
    return 1.0 if gap == 0 else params.next_day_factor if gap == 1 else 0.0


def text_score(a: Features, b: Features, params: StoryParams = StoryParams()) -> float:
    """The text part of pair_score: TF-IDF cosine (with tags) times the date factor."""
    factor = date_factor(a, b, params)
    if factor == 0.0:
        return 0.0
    text = cosine(a.vector, b.vector)
    if a.entities and b.entities:
        shared = jaccard(a.entities, b.entities)
        text = (1 - params.entity_weight) * text + params.entity_weight * shared
    return text * factor


def pair_score(a: Features, b: Features, params: StoryParams = StoryParams()) -> float:
    """How likely two articles report the same event (0..1): their text similarity times how
    near their event days are, or their language-free evidence when they date one day or
    report one calendar meeting."""
    factor = date_factor(a, b, params)
    # a venue names a meeting only with its day: the eve-of-summit visit, the business forum the
    # day before and the parade after happen in the same city. Reports of a two-day meeting
    # share a day when one of them names the span ("31 August - 1 September"), and an analysis
    # a week later when it names the meeting's date ("in Astana on 4 July").
    same_day = factor == 1.0 or bool(a.days & b.days)
    shared = jaccard(a.entities, b.entities) if a.entities and b.entities else 0.0
    calendar = max(calendar_score(a, b, params, shared), outside_score(a, b, params, shared))
    if factor == 0.0 and not same_day:
        return calendar
    text = cosine(a.vector, b.vector)
    if a.entities and b.entities:
        text = (1 - params.entity_weight) * text + params.entity_weight * shared
    event = event_score(a, b, params, shared) if same_day else 0.0
    return max(text * factor, event, calendar)


def shares_day(a: Features, b: Features, params: StoryParams = StoryParams()) -> bool:
    """The two reports date one event day (the same day, or a day one of them names)."""
    return date_factor(a, b, params) == 1.0 or bool(a.days & b.days)


def preview_apart(a: Features, b: Features) -> bool:
    """Whether one of the two is a preview (its lead dates only days to come) and the other
    reports only events after the preview appeared: the announced meeting's own reports, which
    by convention are a story apart from its previews (a preview of Tuesday and a report of
    Monday's announcement both date Monday and may still join). Round 28: nor does a preview
    join a report whose events all came before the first day the preview announces (a Turkish
    preview "yarın ... gidecek", tomorrow, dated the summit's day by its archive, and that
    day's reports of the summit held): what it announces is not what they report. Only for
    "tomorrow": a span written with its days ("del 22 al 24 de octubre", read on the 21st)
    belongs to the eve's arrivals too."""
    def after(p: Features, r: Features) -> bool:
        days = r.days | {r.day or r.when.date()}
        # round 39: a preview stamped on the eve and filed under the meeting's day was written
        # on the eve (Features.written)
        return (p.preview and not r.preview
                and (min(days) > (p.written or p.when.date())
                     or (p.tomorrow and not r.ahead and max(days) <= p.when.date())))
    return after(a, b) or after(b, a)


def kept_apart(a: Features, b: Features) -> bool:
    """Whether two reports are never compared: a preview and a report of what came after it
    (preview_apart), or a report of a joint meeting with another organisation and one of the
    SCO's own (the joint SCO-CSTO meeting held in the summit's city on its day, with the same
    leaders, is not the summit)."""
    return (preview_apart(a, b) or a.joint != b.joint or other_councils(a, b)
            or another_organisations(a, b))


def another_organisations(a: Features, b: Features) -> bool:
    """Whether one of the two reports another organisation's meeting (other_organisation) and
    the other is about the SCO's business (round 42): the BRICS leaders' meeting with their SCO
    guests in Ufa and a Pakistani preview of the SCO summit there the same day share eleven
    states (0.3 of the Jaccard of tags, 0.21, joined them by "text" across two languages), not
    an event. A report naming no SCO business (a city profile; a CSTO report naming that
    organisation in full, which other_orgs lacks) may join either."""
    def sco_business(f: Features) -> bool:
        return f.about and (f.sco_lead or bool(f.councils) or f.meeting is not None
                            or f.announces is not None)
    return (a.other_org and not b.other_org and sco_business(b)) or (
        b.other_org and not a.other_org and sco_business(a))


def other_councils(a: Features, b: Features) -> bool:
    """Whether one of the two is a preview and they name SCO councils, none in common (round
    16): the defence ministers' meeting in New Delhi and the foreign ministers' in Goa,
    previewed on one day in one country with the same states and a PTI "New Delhi" dateline,
    are two meetings; their previews share words and tags, not an event."""
    return ((a.preview or b.preview) and bool(a.councils) and bool(b.councils)
            and not a.councils & b.councils)


def event_link(a: Features, b: Features, params: StoryParams = StoryParams()) -> float:
    """The language-free part of pair_score alone: one meeting venue on a shared day, or one
    calendar meeting."""
    shared = jaccard(a.entities, b.entities) if a.entities and b.entities else 0.0
    calendar = max(calendar_score(a, b, params, shared), outside_score(a, b, params, shared))
    if not shares_day(a, b, params):
        return calendar
    return max(event_score(a, b, params, shared), calendar)


def evidence_score(a: Features, b: Features, params: StoryParams,
                   shared_entities: float) -> float:
    """The weight of two reports of one meeting: the venue's, plus their shared tags and
    documents and their shared numbers."""
    numbers = jaccard(a.numbers, b.numbers) if a.numbers and b.numbers else 0.0
    return min(1.0, params.venue_weight + params.entity_weight * shared_entities
               + params.number_weight * numbers)


def week_apart(a: Features, b: Features) -> bool:
    """Whether of two announcements of one meeting one came a week or more before it
    (PREVIEW_REACH_DAYS) and the other within that week: the early announcement (a foreign
    ministry's briefing nine days ahead) is a story of its own, the week's previews another
    (round 10: a Japanese preview whose caption dates a photo three days back had reached the
    Tianjin summit's announcement)."""
    if a.announce_lead is None or b.announce_lead is None:
        return False
    return (a.announce_lead > PREVIEW_REACH_DAYS) != (b.announce_lead > PREVIEW_REACH_DAYS)


def calendar_score(a: Features, b: Features, params: StoryParams = StoryParams(),
                   shared_entities: float = 0.0) -> float:
    """Evidence from the calendar of SCO meetings: both reports resolve to one meeting
    (calendar_meeting; whichever of its days they appeared on); 0 otherwise."""
    if not (a.about and b.about):
        return 0.0
    if (a.meeting is None or a.meeting != b.meeting) and (
            a.announces is None or a.announces != b.announces or week_apart(a, b)):
        return 0.0
    return evidence_score(a, b, params, shared_entities)


def event_score(a: Features, b: Features, params: StoryParams = StoryParams(),
                shared_entities: float = 0.0, venue: str | None = None) -> float:
    """Evidence that needs no translation: both name one meeting venue (on near days, which
    date_factor checks) and are about a meeting, with tags and numbers in common adding to it;
    0 without a venue. `venue` is a's venue when resolved against the day's meetings
    (meeting_venue), else the one a names first."""
    # the venue each names first: a report may mention last year's venue ("the Astana
    # Declaration") or the next one, and a page naming two meetings links neither
    venue = venue or a.place
    if (venue is None or venue != b.place or not (a.about and b.about) or a.late or b.late
            or a.eve or b.eve or a.talks or b.talks or announced_and_held(a, b)
            or a.festival != b.festival):
        return 0.0
    return evidence_score(a, b, params, shared_entities)


def announced_and_held(a: Features, b: Features) -> bool:
    """Whether one report announces the calendar meeting the other reports, which dates only
    the days before the meeting (round 15, `eve_only`): a report of the first day whose lead
    recalls the arrival on the eve ("30 тамызда ... Тяньцзинь қаласына барған болатын", read on
    the 31st) shares that day and the venue with the eve's announcements, which are no
    evidence of one event: an announcement is never the meeting's story. A report dating the
    meeting's own days too ("took place in Dushanbe on October 11-12", when the calendar has
    the 12th) keeps its evidence with the arrivals of the 11th, as the labels have them."""
    def held(r: Features, p: Features) -> bool:
        return r.eve_only and r.meeting is not None and r.meeting == p.announces
    return held(a, b) or held(b, a)


def _story_majority(pool: Sequence[Features], value: Callable[[Features], str | None],
                    params: StoryParams) -> dict[int, str]:
    """Per story, the value its members about a meeting give most often (ties: none)."""
    counts: dict[int, Counter[str]] = {}
    for f in pool:
        v = value(f)
        if f.story_id is not None and v and f.about and not f.thin(params):
            counts.setdefault(f.story_id, Counter())[v] += 1
    out = {}
    for sid, c in counts.items():
        top = c.most_common(2)
        if len(top) == 1 or top[0][1] > top[1][1]:
            out[sid] = top[0][0]
    return out


def story_venues(pool: Sequence[Features], params: StoryParams = StoryParams()
                 ) -> dict[int, str]:
    """Each story's meeting venue: the venue its members about a meeting name first most
    often (ties: none). A member naming another venue first (next year's host, a photo
    caption's city) gives no meeting evidence for the story."""
    return _story_majority(pool, lambda f: f.place, params)


def story_meetings(pool: Sequence[Features], params: StoryParams = StoryParams()
                   ) -> dict[int, str]:
    """Each story's calendar meeting: the one its members resolve to most often (ties: none);
    like story_venues, a member resolved to another meeting draws no reports of that one in."""
    return _story_majority(pool, lambda f: f.meeting, params)


def meeting_venue(new: Features, pool: Sequence[Features], venues: dict[int, str],
                  params: StoryParams = StoryParams()) -> str | None:
    """The meeting a report is about, by venue: the one it names first when that is a meeting
    of its days in the pool; else, when exactly one of the venues its headline or lead names is
    the venue of a story of its days, that one (a report leading with next year's host, or with a
    caption's city). None when it names no venue; its first venue when it names several of the
    day's meetings or none of them. A report resolved to a calendar meeting is about that one."""
    if new.meeting_venue is not None:
        return new.meeting_venue
    day_venues = {venues[f.story_id] for f in pool
                  if f.story_id in venues and shares_day(new, f, params)}
    if new.venue is None or new.venue in day_venues:
        return new.venue
    named = (new.lead_venues | {new.venue}) & day_venues
    return next(iter(named)) if len(named) == 1 else new.venue


def meeting_evidence(new: Features, other: Features, params: StoryParams,
                     venue: str | None, story_venue: str | None,
                     story_meeting: str | None = None) -> float:
    """The meeting part of a pair's score within a story: the new report's meeting venue is
    the story's and this member's, on a day they share; or the new report's calendar meeting
    is the story's and this member's."""
    shared = jaccard(new.entities, other.entities) if new.entities and other.entities else 0.0
    calendar = (calendar_score(new, other, params, shared)
                if (new.meeting is not None and new.meeting == story_meeting)
                or new.announces is not None else 0.0)
    calendar = max(calendar, outside_score(new, other, params, shared))
    if venue is None or venue != story_venue or not shares_day(new, other, params):
        return calendar
    return max(event_score(new, other, params, shared, venue), calendar)


def story_scores(new: Features, pool: Sequence[Features], params: StoryParams = StoryParams(),
                 score: Callable[[Features, Features, StoryParams], float] = pair_score
                 ) -> dict[int, float]:
    """Each story of the pool with the new article's score against it (for event_link: the
    meeting evidence alone, against the story's own venue)."""
    venues = story_venues(pool, params)
    meetings = story_meetings(pool, params)
    venue = meeting_venue(new, pool, venues, params)
    by_story: dict[int, list[float]] = {}
    for other in pool:
        if (other.story_id is not None and other.article_id != new.article_id
                and not other.thin(params) and not kept_apart(new, other)):
            if score is event_link:
                value = meeting_evidence(new, other, params, venue, venues.get(other.story_id),
                                         meetings.get(other.story_id))
            else:
                value = score(new, other, params)
            by_story.setdefault(other.story_id, []).append(value)
    return {sid: max(scores) if params.linkage == "max" else sum(scores) / len(scores)
            for sid, scores in by_story.items()}


def best_story(new: Features, pool: Sequence[Features],
               params: StoryParams = StoryParams()) -> tuple[int | None, float]:
    """The story in the pool the new article fits best, and its score (None if no story):
    text × date factor, or the meeting evidence against the story's venue."""
    venues = story_venues(pool, params)
    meetings = story_meetings(pool, params)
    venue = meeting_venue(new, pool, venues, params)
    by_story: dict[int, list[float]] = {}
    for other in pool:
        if (other.story_id is not None and other.article_id != new.article_id
                and not other.thin(params) and not kept_apart(new, other)):
            text = text_score(new, other, params)
            event = meeting_evidence(new, other, params, venue, venues.get(other.story_id),
                                     meetings.get(other.story_id))
            by_story.setdefault(other.story_id, []).append(max(text, event))
    best: tuple[int | None, float] = (None, 0.0)
    for story_id, scores in by_story.items():
        score = max(scores) if params.linkage == "max" else sum(scores) / len(scores)
        if score > best[1] or (score == best[1] and best[0] is not None and story_id < best[0]):
            best = (story_id, score)
    return best


def comparable_in_time(a: Features, b: Features) -> bool:
    """Whether two articles may be compared as reports of one event. An article without a
    publication day is dated only by when a crawl found it: a first crawl of an outlet's archive
    finds a 2014 summit report and a 2021 one on the same day. Such an article joins a story
    only as a copy (by its original) or through the calendar: the meeting its text and the day
    it was found resolve to is the other article's. Two undated pages found together about one
    city are not one event on that evidence (the archive pages of blind set 3, crawled in one
    go, had made one story of three summits)."""
    if not (a.undated or b.undated):
        return True
    return a.meeting is not None and a.meeting == b.meeting


def authority(source: str) -> int:
    """0 for the SCO Secretariat, 1 for wire agencies, 2 for other outlets."""
    return SOURCE_AUTHORITY.get(source, OTHER_AUTHORITY)


def _when(row: ArticleRow) -> datetime:
    return row.published_at or row.first_seen_at


def _entities(session: Session, ids: Iterable[int]) -> dict[int, set[str]]:
    """Each article's tags and documents as "kind:value" strings (venues as "venue:...")."""
    ids = list(ids)
    out: dict[int, set[str]] = {i: set() for i in ids}
    if not ids:
        return out
    for aid, kind, value, detail in session.execute(
            select(Tag.article_id, Tag.kind, Tag.value, Tag.detail)
            .where(Tag.article_id.in_(ids),
                   Tag.kind.in_(("state", "person", "body", "venue")))):
        out[aid].add(f"{kind}:{value}")
        if kind == "venue" and detail == "first":
            out[aid].add(f"first-venue:{value}")
        if kind == "venue" and detail in ("first", "lead"):
            out[aid].add(f"lead-venue:{value}")
    for aid, doc in session.execute(select(DocumentMention.article_id, DocumentMention.document_id)
                                    .where(DocumentMention.article_id.in_(ids))):
        out[aid].add(f"doc:{doc}")
    return out


def _document_names(session: Session, ids: Iterable[int]) -> dict[int, set[str]]:
    """The registered names of each article's documents ("Astana Declaration")."""
    out: dict[int, set[str]] = {}
    for aid, name in session.execute(
            select(DocumentMention.article_id, Document.name)
            .join(Document, Document.id == DocumentMention.document_id)
            .where(DocumentMention.article_id.in_(list(ids)))):
        out.setdefault(aid, set()).add(name)
    return out


def _names_venue(document: str, venue: str | None) -> bool:
    """Whether a document's name holds a venue's name ("Astana Declaration": Astana). The name,
    not the meeting the document finder placed it at: a background piece on the day of the next
    summit recalling last year's declaration has it placed at the day's meeting."""
    return bool(venue) and re.search(rf"(?<!\w){re.escape(venue or '')}(?!\w)", document,
                                     re.I) is not None


def features_for(session: Session, rows: Sequence[ArticleRow],
                 params: StoryParams = StoryParams(),
                 calendar: Calendar | None = None) -> list[Features]:
    """Features of stored articles, with TF-IDF weights computed over these rows together and
    each report's calendar meeting (the bundled calendar unless one is given): among the
    meetings of TUNED_COUNCILS and of the other calendar councils the report names, else (round
    22), for a report none of those takes, among every council's meetings."""
    full = calendar or default_calendar()
    wide = story_calendar(full, frozenset(calendar_council_names()))  # every council's meetings
    calendar_ids = _calendar_ids()
    ents = _entities(session, (r.id for r in rows))
    doc_names = _document_names(session, (r.id for r in rows))
    feats = []
    for r in rows:
        tags = frozenset(e for e in ents[r.id]
                         if not e.startswith(("venue:", "first-venue:", "lead-venue:")))
        lead_venues = frozenset(e.removeprefix("lead-venue:") for e in ents[r.id]
                                if e.startswith("lead-venue:"))
        venues = frozenset(e.removeprefix("venue:") for e in ents[r.id] if e.startswith("venue:"))
        first = [e.removeprefix("first-venue:") for e in ents[r.id]
                 if e.startswith("first-venue:")]
        about = (any(e.startswith(("person:", "body:", "doc:")) for e in tags)
                 or names_sco_in_lead(r.title or "", r.body or "", r.evidence or [])
                 or dated_lead(r.title or "", r.body or "", _when(r)))
        councils = frozenset(_COUNCIL_IDS[e.removeprefix("body:")] for e in tags
                             if e.removeprefix("body:") in _COUNCIL_IDS)
        if heads_of_government_named(r.title or "", r.body or ""):
            councils |= {"heads_of_government_council"}
        # round 30: a report of another organisation's meeting is about no SCO meeting
        other_org = other_organisation(r.title or "", r.body or "", r.evidence or [], councils)
        # round 60: nor is a chronology of the SCO's past meetings
        about = about and not other_org and not past_chronology(
            r.title or "", r.body or "", r.published_at.date() if r.published_at else None)
        # round 62: the sectoral bodies its headline or lead names (event_bodies: the tourism
        # ministers, the supreme courts' presidents) whose meetings the calendar holds place it
        # as a council it names does; its `councils` stay the councils of leaders and ministers
        # (other_councils, festival_recalling read those)
        sectoral = frozenset(b for b in event_bodies(r.title or "", r.body or "")
                             if b in calendar_council_names())
        placing = councils | sectoral
        # the calendar's other councils are candidates only when the report names them
        own = story_calendar(full, frozenset(
            calendar_ids[e.removeprefix("body:")] for e in tags
            if e.removeprefix("body:") in calendar_ids) | sectoral)
        days = event_days(r.title or "", r.body or "", _when(r))
        span = current_span(r.title or "", r.body or "", _when(r))
        keys = event_keys(r.title or "", r.body or "")
        # round 66: an exercise named with its year runs two weeks ("The drill is being held
        # in Orenburg from Sept. 11 to 25", read on the 13th): under way, no preview
        exercise = (current_span(r.title or "", r.body or "", _when(r), EVENT_REACH_DAYS)
                    if any("@" in k for k in keys) else frozenset())
        venue = first[0] if first else None
        if "Shanghai" in {venue, *venues, *lead_venues} and misnamed_sco_only(
                r.title or "", r.body or ""):
            # round 53: the city of a misnamed organisation's name is no venue: the report
            # names none first; round 59: nor is it one of the venues of a report naming
            # another city first ("NEW DELHI: The much awaited Shanghai Corporation
            # Organisation (SCO) Foreign Ministers' meeting kickstarted in Goa", whose lead
            # then named two cities past its dateline, Goa and Shanghai, and was placed at none)
            venues, lead_venues = venues - {"Shanghai"}, lead_venues - {"Shanghai"}
            if venue == "Shanghai":
                # round 59: the place its sentence names right after the name, if any (the
                # Dutch report's "(SCO)-top in Tianjin", on the line after "Shanghai")
                venue = venue_after_sco_name(r.title or "", r.body or "", venues)
        if venue == "Shanghai" and r.published_at is not None and shanghai_name_only(
                full, _when(r).date(), names_sco_in_lead(r.title or "", r.body or "",
                                                         r.evidence or [])):
            # round 70: the city of the organisation's short name in a language the
            # gazetteers know only the full name of ("Jumuiya ya Shanghai")
            venues, lead_venues = venues - {"Shanghai"}, lead_venues - {"Shanghai"}
            venue = _first_venue(f"{r.title or ''}\n{r.body or ''}", venues) if venues else None
        if venue is not None:
            venue, venues, lead_venues = past_column_tag(r.title or "", r.body or "", venue,
                                                         venues, lead_venues)
        if venue is not None:
            venue, venues, lead_venues = past_recalled_venue(
                r.title or "", r.body or "", venue, venues, lead_venues,
                # a year before the one LATE_REACH_DAYS back: never a late report's meeting
                (_when(r) - timedelta(days=LATE_REACH_DAYS)).year
                if r.published_at is not None else None)
        if venue is not None:
            venue, lead_venues = _past_dateline(r.title or "", r.body or "", venue, lead_venues)
            if r.published_at is not None:
                venue, lead_venues = _past_plain_dateline(r.title or "", r.body or "", venue,
                                                          lead_venues, full, _when(r).date(),
                                                          venues)
        lead = f"{r.title or ''}\n{(r.body or '')[:LEAD_CHARS]}"
        pub = _when(r).date()
        eve = side_event(r.title or "", r.body or "", tags)
        joint = joint_meeting(r.title or "", r.body or "")
        dates = [d for _, d in lead_dates(r.title or "", r.body or "", _when(r))]
        ahead_days = (weekdays_ahead(r.title or "", r.body or "", _when(r))
                      if r.published_at is not None else [])
        written = None
        announced: CalendarMeeting | None = None

        title, body = r.title or "", r.body or ""
        sco_named = names_sco_in_lead(title, body, r.evidence or [])
        states = [e.removeprefix("state:") for e in tags if e.startswith("state:")]
        summit_named = sco_summit_named(title, body, sco_named)
        ordinal = lead_ordinal(lead) if councils else None
        ordinal_below = (lead_ordinal(f"{title}\n{body[:ORDINAL_CHARS]}") if councils else None)
        festival = festival_report(title, body)
        placeable = about and not eve and not joint and not festival
        # round 22: a report that none of the meetings of the tuned councils and of those it
        # names takes (no meeting, no announcement, no sideline talks) is placed among every
        # council's meetings: a defence ministers' meeting by its venue and days (a second pass
        # only when every council's meetings are more than those it was placed among)
        # round 36: a city the calendar holds no meeting at, named first only below the lead
        # (LEAD_CHARS) and not in the headline, is no place of the report's event but a
        # state's capital named for the state ("أعلن توكاييف قبول مينسك في المنظمة", Tokayev
        # announced Minsk's admission, the last line of an Astana summit report): the calendar
        # reads the report as naming no venue
        placed = venue
        if (venue is not None and venue not in _calendar_venues(full)
                and venue not in _lead_venues(title, body[:LEAD_CHARS])):
            placed = None
        if r.published_at is not None and dateline_only(title, body, venue, full, pub, venues,
                                                        states):
            placed = None
        for calendar in (own, wide) if len(own.meetings) < len(wide.meetings) else (own,):
            meeting, year_dated = None, False
            # round 62: the councils it names first, as before; only when they place it at no
            # meeting, the sectoral bodies its lead names too (a report placed by its councils,
            # or by its host with none named, keeps that meeting)
            for named in (councils, placing) if placing != councils else (councils,):
                if meeting is not None or not placeable:
                    break
                number = ordinal if named is councils else lead_ordinal(lead)
                below = (ordinal_below if named is councils
                         else lead_ordinal(f"{title}\n{body[:ORDINAL_CHARS]}"))
                meeting = calendar_meeting(calendar, pub, days, placed, lead_venues, named,
                                           number, any(e.startswith("doc:") for e in tags),
                                           earlier=[d for d in dates if d <= pub],
                                           states=states, sco_named=sco_named,
                                           document_names=doc_names.get(r.id, ()),
                                           under_way=span, undated=r.published_at is None,
                                           ordinal_below=below,
                                           session_named=(sco_session_named(title, body)
                                                          or summit_named),
                                           summit_named=summit_named,
                                           online=held_online(title, body),
                                           months=(months_alone(title, body)
                                                   if r.published_at is not None
                                                   and not recalled_from_today(lead) else ()))
                if meeting is None and r.published_at is not None:
                    meeting = year_dated_report(calendar, pub, placed, named,
                                                year_dates(title, body), title, body)
                    year_dated = meeting is not None
                if meeting is None and r.published_at is None:
                    meeting = (numbered_meeting(calendar, venue, lead_venues, named, number,
                                                venues, {int(y.group(1))
                                                         for y in _YEAR_IN_TEXT.finditer(lead)})
                               or dated_meeting(calendar, venue, lead_venues, named,
                                                year_dates(title, body))
                               or day_month_meeting(calendar, venue, lead_venues, named,
                                                    sco_named, month_days(title, body))
                               or venue_meeting(full, venue, named,
                                                sco_named and bool(_SUMMIT_WORD.search(lead)),
                                                title, body, venues))
            if (meeting is not None and r.published_at is None
                    and (found_preview(title, body, pub, meeting)
                         or _describes(title, body)
                         or glossed_entry(body)
                         or recalled_by_month(meeting, f"{title}\n{body[:LEAD_CHARS]}",
                                              month_days(title, body))
                         or dated_eve(meeting, month_days(title, body))
                         or opened_on_eve(meeting, title, body)
                         or dated_before(meeting, month_days(title, body))
                         or dated_later(meeting, month_days(title, body)))):
                meeting = None
            talks = talks_after(title, body, pub,
                                calendar.get(meeting.id) if meeting else None, days)
            if talks:
                meeting = None
            if (meeting is not None and r.published_at is not None
                    and dated_own_day_later(meeting, body[:LEAD_CHARS], dates, pub)):
                # round 67: a later event of its own day recalling the meeting
                meeting = None
            if (meeting is not None and r.published_at is not None
                    and written_before(title, body, _when(r), meeting, days)):
                # round 39: written on the eve, it announces the meeting it would report
                announced, meeting = meeting, None
                written = eve_written_day(title, body, _when(r), announced, days)
                break
            if meeting is not None and r.published_at is not None:
                # round 57: a wire's report of the eve filed on the meeting's first day
                written = wire_eve_day(title, body, _when(r), meeting)
                if written is not None:
                    announced, meeting = meeting, None
                    break
            if (meeting is not None and pub > (meeting.day or pub) + timedelta(
                    days=MEETING_DAYS_AFTER) and festival_recalling(title, body, councils)):
                # round 57: days after the meeting, the festival's news recalling it
                meeting, festival = None, True
            announced = ((announced_meeting(calendar, pub, dates, {*lead_venues, *first[:1]},
                                            councils, states=states)
                          or (announced_meeting(calendar, pub, dates,
                                                {*lead_venues, *first[:1]}, placing,
                                                states=states) if placing != councils else None))
                         if meeting is None and not joint and not festival else None)
            if meeting is not None or announced is not None or talks:
                break
        feats.append(Features(r.id, content_terms(r.title or "", r.body or "", params), tags,
                              _when(r), r.story_id,
                              day=event_date(r.title or "", r.body or "", _when(r)),
                              venues=venues, venue=venue, lead_venues=lead_venues,
                              numbers=numbers_in(f"{r.title or ''}\n{r.body or ''}"),
                              days=days | span, about=about,
                              # round 76: a preview announcing a calendar meeting is of its
                              # council, whatever other council it names (other_councils: the
                              # heads of state whose summit the ministers prepare)
                              councils=councils | ({announced.council}
                                                   if announced is not None and about
                                                   else frozenset()),
                              meeting=meeting.id if meeting else None,
                              # an announcement is about the meeting it announces, not a
                              # meeting of its dateline's city that day (round 16)
                              meeting_venue=(meeting.venue if meeting else announced.venue
                                             if announced and about else None),
                              preview=(meeting is None and (
                                  announced is not None or bool(ahead_days)
                                  or is_preview(r.title or "", r.body or "", _when(r)))),
                              late=meeting is not None and pub > (meeting.day or pub) + timedelta(
                                  days=MEETING_DAYS_AFTER), eve=eve, joint=joint, talks=talks,
                              announces=announced.id if announced and about else None,
                              announce_lead=((announced.start - pub).days
                                             if announced and announced.start else None),
                              undated=r.published_at is None,
                              keys=keys,
                              ahead=any(d > pub for d in dates),
                              tomorrow=bool(_TOMORROW.search(lead)),
                              bodies=event_bodies(r.title or "", r.body or "")
                              if not _OTHER_ORG.search(lead) else frozenset(),
                              online=held_online(r.title or "", r.body or ""),
                              phase=event_phase(r.title or "", r.body or ""),
                              dated=frozenset(d for d in dates if d <= pub),
                              reaction=reaction(r.title or "", r.body or "", _when(r)),
                              sco_lead=names_sco_in_lead(r.title or "", r.body or "",
                                                         r.evidence or []),
                              written=written, other_org=other_org, festival=festival,
                              today=names_today(title, body, _when(r)
                                                if r.published_at is not None else None),
                              begins_today=begins_today(title, body, _when(r)
                                                        if r.published_at is not None else None),
                              festival_ahead=festival_announced(
                                  title, body, r.published_at and _when(r), sco_named),
                              places_to_come=venues_to_come(
                                  title, body, lead_venues | ({venue} if venue else frozenset()),
                                  _when(r).year),
                              organisation=(meeting_organisation(r.title or "", r.body or "")
                                            if other_org or not names_sco_in_lead(
                                                r.title or "", r.body or "", r.evidence or [])
                                            else None),
                              under_way=bool(span or exercise), span=span | exercise,
                              year_dated=meeting is not None and year_dated,
                              eve_only=(meeting is not None and meeting.start is not None
                                        and all(d < meeting.start for d in days | span))))
    tfidf_vectors(feats)
    return feats


def assign_story(session: Session, article_id: int, params: StoryParams = StoryParams(),
                 now: datetime | None = None, calendar: Calendar | None = None) -> int | None:
    """Put an article in the story of the earlier reports of its event, or start a new story;
    a copy joins its original's story, an article already in a story stays there. Returns the
    story id (None if the article is gone). `calendar`: the SCO meetings (default: bundled)."""
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
        # reach back to the earliest day the article dates an event to (a week at most)
        dated = min(event_days(row.title or "", row.body or "", when))
        since = min(when, datetime.combine(dated, when.timetz())) - params.window
        stamp = func.coalesce(ArticleRow.published_at, ArticleRow.first_seen_at)
        pool_rows = list(session.scalars(
            select(ArticleRow).where(ArticleRow.story_id.is_not(None), ArticleRow.id != row.id,
                                     stamp >= since, stamp <= when + params.window)
            .order_by(ArticleRow.id.desc()).limit(params.pool_limit)))

        def widen(lo: datetime, hi: datetime, *, upto: bool = False) -> None:
            """Add to the pool the stored reports of a story stamped from `lo` to before `hi`
            (to `hi` itself when `upto`) that it does not hold yet."""
            seen = {r.id for r in pool_rows}
            upper = stamp <= hi if upto else stamp < hi
            pool_rows.extend(r for r in session.scalars(
                select(ArticleRow).where(ArticleRow.story_id.is_not(None),
                                         ArticleRow.id != row.id, stamp >= lo, upper)
                .order_by(ArticleRow.id.desc()).limit(params.pool_limit)) if r.id not in seen)

        # a late report of a calendar meeting (late_report) reaches back to the meeting's days
        calendar = calendar or default_calendar()
        own = features_for(session, [row], params, calendar)[0]
        span = meeting_days(calendar.get(own.meeting)) if own.meeting else None
        if span is None and own.announces:
            # a preview of a calendar meeting in the week before it reaches back to that week's
            # first day: the foreign minister's arrival joins the chair's announcement of five
            # days before, beyond the three-day window. Not further: an announcement a week or
            # more ahead is a story of its own (the real sets' "-announced" labels)
            ahead = meeting_days(calendar.get(own.announces))
            week = (datetime.combine(ahead[0] - timedelta(days=PREVIEW_REACH_DAYS - 1),
                                     time(0), tzinfo=when.tzinfo) if ahead else None)
            if week is not None and week <= when and week < since:
                widen(week, since)
        # a report of an event outside the calendar reaches as far as key_reach and
        # _late_dated allow: an exercise opened up to EVENT_REACH_DAYS before (or, when a first
        # crawl of archives brings the reports in no order, its closing up to as many days
        # after), the day its lead dates the event to
        if (own.keys or own.bodies) and not _to_come(own):
            reach = timedelta(days=EVENT_REACH_DAYS if own.keys else 1)
            back, forth = when - reach, when + reach
            if own.dated:
                back = min(back, datetime.combine(min(own.dated), time(0), tzinfo=when.tzinfo)
                           - timedelta(days=1))
            for lo, hi in ((back, since), (when + params.window, forth)):
                if lo < hi:
                    widen(lo, hi)
        if own.festival_ahead and _to_come(own):
            # round 80: a festival's announcement reaches back to its earlier announcements
            # (festival_announcement_score), weeks before
            back = datetime.combine(min(own.festival_ahead), time(0), tzinfo=when.tzinfo
                                    ) - timedelta(days=FESTIVAL_ANNOUNCE_DAYS)
            if back < since:
                widen(back, since)
        if span is not None:
            start = datetime.combine(span[0], when.timetz()) - timedelta(days=1)
            end = datetime.combine(span[1], when.timetz()) + timedelta(
                days=MEETING_DAYS_AFTER + 1)
            if start < since:
                # round 81: a report placed by the meeting's day with its year written
                # (year_dated_report) reaches the meeting's other late reports too (the
                # summit's declaration reposted a year on joins the analysis of ten days on);
                # not any late report: the Secretariat's briefing of nine days on, recalling
                # the foreign ministers' council, would reach the council's late reports
                widen(start, since if own.year_dated else min(end, since), upto=True)
        feats = features_for(session, [row, *pool_rows], params, calendar)
        feats = [feats[0], *(f for f in feats[1:] if comparable_in_time(feats[0], f))]
        story_id, score = best_story(feats[0], feats[1:], params)
        if story_id is None or score < params.threshold:
            story_id = None
        elif not feats[0].thin(params):
            # a report naming the meeting's span ("31 August - 1 September") is close to the
            # stories of both its days: they were one meeting, split by the order reports came
            # (on the meeting evidence alone: text shared with two stories is no proof of one)
            links = story_scores(feats[0], feats[1:], params, event_link)
            if links.get(story_id, 0.0) >= params.merge_threshold:
                for other, link in links.items():
                    if other != story_id and link >= params.merge_threshold:
                        merge_stories(session, story_id, other)
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
