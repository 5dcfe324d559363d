"""The meeting a document belongs to: clues in its sentence (venue, ordinal, council, year, date),
resolved against the calendar of SCO meetings, or left unresolved rather than guessed."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from pipeline.documents.base import (
    DocumentMention,
    Meeting,
    _Candidate,
    _Sentence,
    _venue_near,
    cited_step_end,
)
from pipeline.documents.calendar import (
    SESSION_COUNCIL_NAMES,
    TUNED_COUNCILS,
    Calendar,
    CalendarMeeting,
    calendar_council_names,
    council_id_of,
)
from pipeline.documents.keys import _venue_patterns
from pipeline.ordinals import ordinal, ordinal_words, roman, zh_numerals
from pipeline.story_words import StoryWordsError, load_story_words, words_pattern
from pipeline.summarize import dateline_length
from pipeline.tagging import SCO_TERMS_WITH_VENUE, Gazetteer, Match
from pipeline.text import CaseTable

# the per-language word lists of the regexes below (round 43: data, read once at import)
MEETING_WORDS_FILE = Path(__file__).resolve().parents[1] / "data" / "meeting_words.toml"


def _month_numbers(months: str) -> CaseTable:
    """Month names to their numbers: twelve months in order, separated by spaces, each one or
    more spellings joined by commas ("january,jan february,feb ...")."""
    return CaseTable({
        name: number
        for number, names in enumerate(months.split(), start=1)
        for name in names.split(",")
    })


_MONTHS_EN = _month_numbers(
    "january,jan february,feb march,mar april,apr may june,jun july,jul august,aug "
    "september,sep,sept october,oct november,nov december,dec"
)
# Arabic month names (Egyptian and Gulf usage) read as the English ones: "14 سبتمبر 2022" is the
# day of a signing in Tashkent, not of the summit the sentence goes on to name (blind set 8).
_MONTHS_EN.update(
    _month_numbers(
        "يناير فبراير مارس أبريل,ابريل,إبريل مايو يونيو,يونيه يوليو,يوليه أغسطس,اغسطس سبتمبر "
        "أكتوبر,اكتوبر نوفمبر ديسمبر"
    )
)
_MONTHS_RU = _month_numbers(
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
)
# German months (round 26: "Am 3. und 4. Juli findet in Kasachstan der Gipfel statt", an undated
# preview whose Astana Declaration only that day tells from the Astana summits of other years)
_MONTHS_DE = _month_numbers(
    "januar februar märz april mai juni juli august september oktober november dezember"
)


_MONTH_EN = "|".join(sorted(_MONTHS_EN, key=len, reverse=True))


def _months_of_data(path: Path = MEETING_WORDS_FILE) -> tuple[tuple[re.Pattern[str], int], ...]:
    """The other languages' months (meeting_words.toml [months], round 50): each spelling
    fragment with its month's number, by its place among its language's twelve."""
    out = []
    for lang, fragments in load_story_words(path)["months"].items():
        if len(fragments) != 12:
            raise StoryWordsError(f"{path.name}: [months] {lang}: expected twelve months")
        out += [(re.compile(f, re.IGNORECASE), n) for n, f in enumerate(fragments, start=1)]
    return tuple(out)


_MONTHS_OTHER = _months_of_data()
# a case ending written onto the month: Uzbek and Azerbaijani "4-iyulda", "iyuldagi", Kazakh
# "шілдеде"; a closed list, so that the Uzbek "3 marta" (three times) is no 3 March
_MONTH_ENDING = r"(?:da|de|dagi|gacha|dan|ında|inde|ynda|yndaky|да|де|дағы|дегі|дан|ден)?"


def _month_of(word: str) -> int:
    """The number of a month written in one of the [months] languages."""
    return next(n for pattern, n in _MONTHS_OTHER if pattern.fullmatch(word))


_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            rf"\b({_MONTH_EN})(?:\.\s*|\s+)(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+(\d{{4}}))?\b",
            re.IGNORECASE,
        ),
        "md",
    ),
    (
        re.compile(
            rf"\b(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s+({_MONTH_EN})\b\.?(?:,?\s+(\d{{4}}))?",
            re.IGNORECASE,
        ),
        "dm",
    ),
    (
        re.compile(r"\b(\d{1,2})\s+(" + "|".join(_MONTHS_RU) + r")(?:\s+(\d{4}))?", re.IGNORECASE),
        "ru",
    ),
    (re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日"), "zh"),
    # round 38: Korean "2024년 7월 4일", "9월 17일" (year, month, day as the Chinese)
    # round 43: and a span of days, its first day ("7월 3~4일", July 3-4)
    (re.compile(r"(?:(\d{4})년\s*)?(\d{1,2})월\s*(\d{1,2})(?:\s*[~～〜\-–]\s*\d{1,2})?일"), "zh"),
    # German "3. Juli 2024", "3. und 4. Juli", "3.-4. Juli": the first day
    (
        re.compile(
            r"\b(\d{1,2})\.(?:\s*(?:und|bis|-|–)\s*\d{1,2}\.)?\s*(" + "|".join(_MONTHS_DE)
            + r")\b(?:\s+(\d{4}))?",
            re.IGNORECASE,
        ),
        "de",
    ),
    # round 50: the [months] languages, day before month: "15 juin", "3-4 iyul", "4-iyul", "3 y
    # 4 de julio de 2024", "1er juillet", "4 Temmuz 2024", "3 e 4 de julho": the first day, and
    # the year when it follows, or when it comes first as Kazakh, Uzbek and Turkish write it
    # ("2023 жылғы 4 шілдеде", "2024-yil 4-iyul", "2024 yılı 4 Temmuz"); round 52: the Tajik year
    # after its word "соли" ("15 июни соли 2001")
    (
        re.compile(
            r"(?:(?<!\d)((?:19|20)\d{2})(?:\s*-?\s*(?:жылғы|жылы|yil\w*|yıl\w*|il)\b)?[\s,]+)?"
            r"(?<![\d.,])(\d{1,2})(?:er|º|°|-n?j[yi](?=\s))?(?:\s*(?:[-–]|\b(?:et|y|e|ve|va|и)\b)\s*\d{1,2})?"
            r"(?:\s*-\s*|\s+)(?:de\s+)?("
            + "|".join(p.pattern for p, _ in _MONTHS_OTHER)
            + r")" + _MONTH_ENDING + r"\b(?:,?\s+(?:de\s+|del\s+|соли\s+)?(\d{4})\b)?",
            re.IGNORECASE,
        ),
        "xx",
    ),
)


# Round 74: a council's name inside a standing organ's or an official's title ("Director of the
# SCO RATS Executive Committee", blind set 6): words in meeting_words.toml [organ_after],
# [official_before]; the reach of the title's words before the name
_ORGAN_AFTER = re.compile(words_pattern("organ_after", MEETING_WORDS_FILE), re.IGNORECASE)
_OFFICIAL_BEFORE = re.compile(
    r"(?:" + words_pattern("official_before", MEETING_WORDS_FILE) + r")$", re.IGNORECASE
)
OFFICIAL_REACH = 80


def in_an_officials_title(part: _Sentence, m: Match) -> bool:
    """Whether a body named in a sentence is named inside a standing organ's or an official's
    title ("Director of the SCO RATS Executive Committee Y.Sysoyev", «директор Исполнительного
    комитета РАТС ШОС»): the organ or its head, not a meeting of the body."""
    start, end = m.start - part.start, m.end - part.start
    return bool(
        _ORGAN_AFTER.match(part.text, end)
        or _OFFICIAL_BEFORE.search(part.text[max(0, start - OFFICIAL_REACH) : start])
    )


def _first_council(gaz: Gazetteer, parts: list[_Sentence]) -> tuple[str, _Sentence] | None:
    """The first council or other meeting body the article names (its body id), with its
    sentence: a report on the heads of emergency agencies that mentions the coming summit at its
    end is about the agencies' meeting, not the summit. A body named in an official's title (a
    guest list's "Director of the SCO RATS Executive Committee") is no meeting (round 74)."""
    for part in parts:
        for m in part.of("body"):
            body = gaz.bodies.get(m.entry.ref)
            if body and body.holds_meetings and not in_an_officials_title(part, m):
                return m.entry.ref, part
    return None


# ---- clues in the text ----------------------------------------------------------------------

# round 43: the ordinal words, numerals and every grammar of a meeting's ordinal are read from
# pipeline/data/ordinals.toml by pipeline/ordinals.py (one reader for documents, stories and
# near duplicates); the anniversary reader below shares its words and numerals.
_ORDINAL_WORDS = ordinal_words()
_ZH_NUMERALS = zh_numerals()
# A year that belongs to a period ("until 2035", "2021-2025", "2030 yilgacha") is not a
# meeting's year.
_YEAR_WORD = re.compile(r"(?<![\d\-–—/.])((?:19|20)\d{2})(?![\d\-–—/]|\s*[-–—]\s*\d)")
_PERIOD_BEFORE = re.compile(
    r"(?:" + words_pattern("period_before", MEETING_WORDS_FILE) + r")\s*$", re.IGNORECASE
)
# the end of a span of years written with spaces round its dash ("2007 - 2009"; "2007-2009" is
# already no year word): the period's last year, not a meeting's (blind set 32: the programme
# "pour la période 2007 - 2009" placed at Yekaterinburg 2009, adopted at Shanghai 2006)
_SPAN_END = re.compile(r"(?<!\d)(?:19|20)\d{2}\s+[-–—]\s*$|(?<!\d)(?:19|20)\d{2}\s*[-–—]\s+$")
_PERIOD_AFTER = re.compile(r"^\s*(?:yil(?:gacha|ga)|-?yilgacha|жыл|年前|বছর)", re.IGNORECASE)
# round 65: the year a budget, programme or plan is for ("the SCO budget for 2017", blind set 49)
# is the document's subject, not a meeting's year; read in the 60 characters before the year
_SUBJECT_YEAR_BEFORE = re.compile(
    r"(?:" + words_pattern("subject_year_before", MEETING_WORDS_FILE) + r")\s*$", re.IGNORECASE
)
# round 53: the year a span starts, its "since" a few words after it ("2014年の国防相会議以来",
# blind set 38: Xinhua Japanese's St Petersburg meeting of 2015 was read as of 2014); no comma
# or sentence mark between
_SINCE_AFTER = re.compile(
    r"^[^\s、，,;；。.!?！？()（）]{0,12}?(?:" + words_pattern("since_after", MEETING_WORDS_FILE)
    + r")"
)
# A year that dates a cited document ("Договора о ... сотрудничестве от 2007 года", "от 16
# августа 2007 года", "the treaty dated 2007") is that document's, not the meeting's.
_CITED_DATE_BEFORE = re.compile(r"(?:(?<!\w)от|\bdated)\s+(?:\d{1,2}\s+\w+\s+)?$", re.IGNORECASE)
# round 81 (reg81): a date a deadline's words lead or close ("не позднее 15 января 2024 года",
# "by 1 July 2025", "2024年1月15日前"): what is to be done by then, not a day of the past
_DEADLINE_BEFORE = re.compile(
    rf"(?:{words_pattern('deadline_before', MEETING_WORDS_FILE)})\s*$", re.IGNORECASE)
_DEADLINE_AFTER = re.compile(words_pattern("deadline_after", MEETING_WORDS_FILE), re.IGNORECASE)
_SUMMIT = re.compile(words_pattern("summit", MEETING_WORDS_FILE), re.IGNORECASE)
# "Shanghai" in the organisation's name, spirit or forerunner is no venue (with
# tagging.SCO_TERMS_WITH_VENUE, which also holds the forms where the city's name comes last).
# Round 78: the word for cooperation after it in the Central Asian names, in any case form:
# Kazakh "Шанхай ынтымақтастық/ынтымақтастығы ұйымы" (blind set 38's aikyn.kz signing "in
# Tashkent" was put at Shanghai), Kyrgyz "Шанхай кызматташтык/кызматташуу уюму", Uzbek "Shanghai
# hamkorlik tashkiloti", "Шанхай ҳамкорлик ташкилоти", Turkmen "Şanhaý hyzmatdaşlyk guramasy"
_NOT_A_VENUE_AFTER = re.compile(
    r"^\s*(?:cooperation|co-operation|spirit|five|six|ruhi|精神|五国|合作"
    r"|ынтымақтаст|кызматташ|hamkorlik|ҳамкорлик|hyzmatda[şs])", re.IGNORECASE
)
# ... and before it where the city's name comes last: Tajik "Созмони ҳамкории Шанхай" (the
# Organisation of Cooperation of Shanghai), "ҳамкориҳои Шанхай", in any letter case
_NOT_A_VENUE_BEFORE = re.compile(r"ҳамкори(?:и|ҳои)\s+$", re.IGNORECASE)


# A place a speaker talks from ("a déclaré M. Lavrov à la presse depuis Moscou", "desde Moscú",
# "speaking from Moscow") is where the words were said, not where a meeting is held or a document
# signed: a meeting's place is "in" or "at" it (round 38, blind set 28: a preview of the New
# Delhi council placed at Moscow).
# Nor is a capital that stands for its state, an ally's ("le Bélarus, allié de Moscou", "an ally
# of Moscow", "aliado de Moscú", "alleato di Mosca").
_FROM_A_PLACE = re.compile(
    r"(?:" + words_pattern("from_a_place", MEETING_WORDS_FILE) + r")\s+$", re.IGNORECASE
)


# A council told to do something is not the meeting that adopts ("The member states approve the
# strategy and instruct the Council of Foreign Ministers to prepare ...").
_INSTRUCTED = re.compile(
    r"\b(?:" + words_pattern("instructed", MEETING_WORDS_FILE) + r")\b", re.IGNORECASE
)


# round 53: a summit word followed by the heads of government ("SCO summit of Heads of
# Government of the member states ... is being held in Tashkent", 24.kg, blind set 38): the
# heads of government's council, not the heads of state's (words: meeting_words.toml)
_GOVERNMENT_AFTER = re.compile(
    r"\s*(?:" + words_pattern("government_after_summit", MEETING_WORDS_FILE) + r")\b",
    re.IGNORECASE,
)


# round 53: a council's meeting named as what is being planned or prepared ("Координаторы ШОС
# планируют заседание Совета глав государств", "обсуждены вопросы, связанные с проведением
# заседания Совета глав государств-членов ШОС в 2013 году в Киргизии", the national
# coordinators in Beijing; blind set 38): a meeting to come, not the one where the sentence's
# steps were taken. Its council, and the year and place of its clause, are not the sentence's
# (words: meeting_words.toml [prepared_meeting]).
_PREPARED_MEETING = re.compile(
    r"(?:" + words_pattern("prepared_meeting", MEETING_WORDS_FILE) + r")\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;.!?，；。]")


def _prepared_spans(gaz: Gazetteer, part: _Sentence) -> list[tuple[int, int]]:
    """The spans (sentence offsets) of clauses naming a council's meeting being prepared: from
    the preparing words to the end of the clause after the council's name."""
    out = []
    for m in part.of("body"):
        body = gaz.bodies.get(m.entry.ref)
        if body is None or not body.holds_meetings:
            continue
        at = m.start - part.start
        before = _PREPARED_MEETING.search(part.text[max(0, at - 80) : at])
        if before is None:
            continue
        end = _CLAUSE_END.search(part.text, m.end - part.start)
        out.append((max(0, at - 80) + before.start(), end.start() if end else len(part.text)))
    return out


@dataclass(frozen=True)
class Clues:
    """What a sentence says about a meeting."""

    council: str | None = None  # body id
    venues: tuple[str, ...] = ()
    ordinal: int | None = None
    years: tuple[int, ...] = ()
    when: date | None = None
    video: bool = False
    summit: bool = False
    day_month: tuple[int, int] | None = None  # a date written without its year (month, day)
    # the years (and council) a document's kind implied, the text naming none: an acceding
    # state's memorandum of obligations is signed at the summit the year before it joins
    implied_years: tuple[int, ...] = ()
    implied_council: bool = False
    # round 59: the cities named only as an institution's seat ("the SCO Secretariat in
    # Beijing"): no meeting's venue for the calendar, the place of an unresolved step at that
    # institution (a memorandum signed at the Secretariat) when the text gives no other
    seats: tuple[str, ...] = ()
    # round 61: `when` is the page's day moved by a relative day word ("assinarão amanhã")
    relative_day: bool = False
    # round 67: `years` is the page's year moved by a relative year word that the sentence ties
    # to a summit or council ("at the last year's summit in Qingdao")
    relative_year: bool = False
    # round 62: of `venues`, the cities a lead names only as its wire dateline ("МОСКВА, 6 мая —
    # РИА Новости."): where the report was written (set by mentions._lead_clues)
    datelines: tuple[str, ...] = ()

    def any(self) -> bool:
        """Whether anything beyond the council points at one meeting."""
        return bool(self.venues or self.ordinal or self.years or self.when)


def _roman(text: str) -> int | None:
    """The value of a Roman numeral (I-L), else None."""
    return roman(text)


def ordinal_in(text: str) -> int | None:
    """The ordinal of a meeting written in a text ("24th meeting", "XXIV summit", "第25次"):
    the `meeting` reader of pipeline/data/ordinals.toml."""
    return ordinal(text, ("meeting",))


# The SCO's own anniversary dates a meeting: "the Dushanbe Declaration of the 20th SCO
# Anniversary", "Душанбинская декларация 20-летия ШОС", 上海合作组织成立十周年 (founded 2001 + N).
_SCO_NAME = (
    r"(?:SCO|ШОС|Shanghai Cooperation Organi[sz]ation|Шанхайской организации сотрудничества)"
)
_ZH_SCO = r"(?:上海合作组织|上海合作組織|上合组织|上合組織)"
_ORDINAL_WORD = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
_ANNIVERSARY = (
    re.compile(
        rf"\b(\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL_WORD})\s+(?:{_SCO_NAME}\s+)?anniversary\s+of\s+"
        rf"(?:the\s+)?{_SCO_NAME}\b"
        rf"|\b(\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL_WORD})\s+{_SCO_NAME}\s+anniversary\b"
        rf"|\b{_SCO_NAME}(?:'s|’s)\s+(\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL_WORD})\s+anniversary\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(\d{{1,2}})\s*-?\s*лети[еяю]\s+{_SCO_NAME}", re.IGNORECASE),
    re.compile(rf"{_ZH_SCO}(?:成立)?(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[周週]年"),
    # round 42: Italian, Spanish, Portuguese and French, the number in digits (with its "°",
    # "º", "e") or Roman: "XV anniversario della SCO", "15° aniversario de la OCS", "le 20e
    # anniversaire de l'OCS" (not "il 25° anniversario della ... CSI", another body's)
    re.compile(
        r"(?<!\w)(\d{1,2}|[IVXL]{1,6})\s*(?:°|º|ª|o|e|ème)?\s*"
        r"(?:anniversario|aniversario|anivers[áa]rio|anniversaire)\s+"
        r"(?:della|dell'|dell’|de\s+la|de|do|da|de\s+l'|de\s+l’)\s*"
        r"(?:SCO|OCS|Organizzazione\s+di\s+Shanghai|Organizaci[óo]n\s+de\s+Shangh[áa]i"
        r"|Organiza[çc][ãa]o\s+de\s+Xangai|Organisation\s+de\s+(?:coop[ée]ration\s+de\s+)?"
        r"Shanghai)\b"
    ),
)
_ANNIVERSARY_HINT = re.compile(
    r"anniversa(?:r|ire)|anivers[aá]rio|лети[еяю]|周年|週年|jährig", re.IGNORECASE
)
# round 54: German "zum fünfjährigen Bestehen der Shanghaier Kooperationsorganisation" (on the
# fifth anniversary of the SCO's existence; blind set 39's Shanghai 2006 declaration), the number
# in digits ("10-jährigen") or a word
_DE_ANNIVERSARY_WORDS = {
    "fünf": 5, "zehn": 10, "fünfzehn": 15, "zwanzig": 20, "fünfundzwanzig": 25, "dreißig": 30,
}
_DE_ANNIVERSARY = re.compile(
    r"\b(\d{1,2}|" + "|".join(sorted(_DE_ANNIVERSARY_WORDS, key=len, reverse=True))
    + r")\s*-?\s*jährigen\s+(?:Bestehen|Jubiläum)\s+der\s+"
    r"(?:SCO|SOZ|Shanghaier\s+(?:Kooperations|Zusammenarbeits)?[Oo]rganisation"
    r"|Shanghaier\s+Organisation\s+für\s+Zusammenarbeit)",
    re.IGNORECASE,
)
_RU_ANNIVERSARY_WORDS = {"десятилети": 10, "пятнадцатилети": 15, "двадцатилети": 20}
_RU_ANNIVERSARY = re.compile(
    r"\b(" + "|".join(_RU_ANNIVERSARY_WORDS) + r")[еяю]\s+" + _SCO_NAME, re.IGNORECASE
)


def anniversary_years(text: str, founded: int | None) -> tuple[int, ...]:
    """Years of the SCO's anniversaries a text names (the year of the N-th is founded + N)."""
    if founded is None or not _ANNIVERSARY_HINT.search(text):
        return ()
    out = []
    for pattern in _ANNIVERSARY:
        for found in pattern.finditer(text):
            raw = next(g for g in found.groups() if g)
            number = _number_of(raw) or _roman(raw)
            if number:
                out.append(founded + number)
    for found in _RU_ANNIVERSARY.finditer(text):
        out.append(founded + _RU_ANNIVERSARY_WORDS[found.group(1).lower()])
    for found in _DE_ANNIVERSARY.finditer(text):
        raw = found.group(1).lower()
        out.append(founded + (int(raw) if raw.isdigit() else _DE_ANNIVERSARY_WORDS[raw]))
    return tuple(dict.fromkeys(out))


def _number_of(raw: str) -> int | None:
    """The value of "20", "20th", "tenth" or 二十."""
    digits = re.match(r"\d+", raw)
    if digits:
        return int(digits.group())
    if raw.lower() in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[raw.lower()]
    if raw and all(ch in _ZH_NUMERALS or ch == "十" for ch in raw):
        if "十" not in raw:
            return _ZH_NUMERALS.get(raw)
        tens, _, ones = raw.partition("十")
        return (_ZH_NUMERALS.get(tens, 1) if tens else 1) * 10 + _ZH_NUMERALS.get(ones, 0)
    return None


def years_in(text: str, skip: tuple[int, int] | None = None) -> tuple[int, ...]:
    """Years written in a text that may date a meeting (not the end of a plan's period)."""
    out = [year for at, year in _year_words(text) if not (skip and skip[0] <= at < skip[1])]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def _year_words(text: str) -> tuple[tuple[int, int], ...]:
    """(offset, year) of each year word of a text outside a plan's period (computed once)."""
    if not any(ch.isdigit() for ch in text):
        return ()
    out = []
    for found in _YEAR_WORD.finditer(text):
        if _PERIOD_BEFORE.search(text[max(0, found.start() - 18) : found.start()]):
            continue
        if _SPAN_END.search(text[max(0, found.start() - 10) : found.start()]):
            continue  # round 43: "pour la période 2007 - 2009": a period's end, spaced
        if _inside_a_title(text, found.start()):
            continue  # «Стратегия ... 2035», “... Strategy 2035”: the year is another title's
        if _PERIOD_AFTER.match(text[found.end() : found.end() + 10]):
            continue
        if _SUBJECT_YEAR_BEFORE.search(text[max(0, found.start() - 60) : found.start()]):
            continue
        if _SINCE_AFTER.match(text[found.end() : found.end() + 16]):
            continue
        if _CITED_DATE_BEFORE.search(text[max(0, found.start() - 20) : found.start()]):
            continue
        out.append((found.start(), int(found.group(1))))
    return tuple(out)


def document_ordinal_in(text: str) -> int | None:
    """The ordinal of a meeting as the document finder reads it: `ordinal_in`, else the
    `document` reader of pipeline/data/ordinals.toml: a French ordinal ("la 24e réunion du
    Conseil des chefs d’État", round 15), a Vietnamese or a Korean one (round 38), else "the
    first" meeting in words (round 41). Documents only: the story grouper's preview reader has
    no French dates, and an undated French preview would be placed at the meeting it previews."""
    return ordinal(text, ("meeting", "document")) or None


@lru_cache(maxsize=4096)
def _ordinal_and_summit(text: str) -> tuple[int | None, bool]:
    """The ordinal and whether a summit is named, per sentence text (computed once)."""
    return document_ordinal_in(text), bool(_SUMMIT.search(text))


def venue_matches(part: _Sentence) -> list[Match]:
    """The venues named in a sentence, without the "Shanghai" of the SCO's own name (computed
    once per sentence; a new list each call, as callers sort it)."""
    if part.venues is None:
        part.venues = _venue_matches(part)
    return list(part.venues)


def _venue_matches(part: _Sentence) -> list[Match]:
    """venue_matches, computed."""
    out: list[Match] = []
    seats: list[str] = []
    sco = [(s.start, s.end) for s in part.of("sco_mention")]
    terms: list[tuple[int, int]] | None = None  # looked for once, for a venue outside sco
    for m in part.of("venue"):
        if any(start <= m.start < end for start, end in sco):
            continue
        if terms is None:
            # the SCO's own terms holding the city's name, as the story tagging reads them
            # ("esprit de Shanghai", "духа Шанхая", 上海精神), then, whatever the city's
            # spelling, the words after it
            terms = [(part.start + t.start(), part.start + t.end())
                     for t in SCO_TERMS_WITH_VENUE.finditer(part.text)]
        if any(start <= m.start < end for start, end in terms):
            continue
        tail = part.text[m.end - part.start : m.end - part.start + 14]
        lead_in = part.text[max(0, m.start - part.start - 20) : m.start - part.start]
        if m.entry.ref == "Shanghai" and (_NOT_A_VENUE_AFTER.match(tail)
                                          or _NOT_A_VENUE_BEFORE.search(lead_in)):
            continue
        if _FROM_A_PLACE.search(lead_in):
            continue
        if _given_the_title(part.text, m.start - part.start, m.end - part.start):
            continue
        if _an_institutions_seat(part.text, m.start - part.start, m.end - part.start):
            seats.append(m.entry.ref)
            continue
        out.append(m)
    part.seats = seats
    return out


# Round 59: a city named as the seat of an institution ("位于北京的上海合作组织秘书处", "the SCO
# Secretariat in Beijing", «Исполком РАТС ШОС в Ташкенте», an embassy or a permanent mission in a
# capital) says where that body sits, not where a council met (meeting_words.toml [seat_before],
# [seat_after]; blind set 46: the statements of the New Delhi summit by video, 4 July 2023, read
# at the Beijing summit of 2012 from the Secretariat where Iran's flag was raised that day).
# [seat_before] is matched case-sensitively outside its (?i:...) groups: the words between the
# institution and "in" are its name's, in capitals, never a verb.
_SEAT_BEFORE = re.compile(r"(?:" + words_pattern("seat_before", MEETING_WORDS_FILE) + r")\s+$")
_SEAT_AFTER = re.compile(words_pattern("seat_after", MEETING_WORDS_FILE), re.IGNORECASE)
SEAT_REACH = 120  # characters before a city the institution's name and "in" may take


# Round 62: a wire's dateline, the city opening the lead and then the day and a dash ("МОСКВА, 6
# мая — РИА Новости.", "NEW DELHI, May 6 -"), or the agency's name in capitals and a dash
# ("АСТАНА. KAZINFORM —"): the city where the report was written. A hyphen between figures is a
# span of days ("Tashkent, 10-11 June 2010", a declaration's place and days), no dateline's dash.
_DATELINE_AFTER = re.compile(
    r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:,\s*[^\n,.;:—–-]{1,25}?|\.\s*[^\W\d_]{2,20})\s*(?:[—–]|-(?!\d))"
)
DATELINE_OPENING = 3  # characters before a dateline's city in its sentence (a quote, a space)


def dateline_venues(part: _Sentence) -> tuple[str, ...]:
    """The venue a sentence names only as its wire dateline (the city opening it, followed by
    the day or the agency and a dash), else ()."""
    for m in venue_matches(part):
        at = m.start - part.start
        if at <= DATELINE_OPENING and not part.text[:at].strip(" \"'«\n") and (
            _DATELINE_AFTER.match(part.text, m.end - part.start)
        ):
            return (m.entry.ref,)
    return ()


def _step_beside_a_meeting(part: _Sentence, previous_part: _Sentence | None) -> bool:
    """Whether the mention's sentence, or the one before, puts the step on the sidelines of a
    meeting ("получили статус партнера по диалогу в ШОС на полях заседания Совета министров
    иностранных дел Организации"): that meeting's place is not the dateline's city."""
    return any(p is not None and _SIDELINES.search(p.text) is not None
               for p in (part, previous_part))


def _an_institutions_seat(text: str, start: int, end: int) -> bool:
    """Whether the city named at text[start:end] is given as an institution's seat."""
    return bool(
        _SEAT_BEFORE.search(text[max(0, start - SEAT_REACH) : start])
        or _SEAT_AFTER.match(text, end)
    )


def seat_venues(part: _Sentence) -> list[str]:
    """The venues a sentence names only as an institution's seat (round 59): no meeting's place
    for the calendar, but where an event at that institution happened when the text gives no
    other place."""
    if part.seats is None:
        venue_matches(part)
    return list(part.seats or ())


# Round 45: a city given the SCO's yearly title (meeting_words.toml [capital_title], [nominated],
# [relative]); the title at most this many characters after the city's name, the nominating
# word next to the city: at most NOMINATED_AFTER characters after it (before the title) or
# NOMINATED_BEFORE before it ("提名青岛作为", "Cholpon-Ata, Kyrgyz Republic, as the").
_CAPITAL_TITLE = re.compile(words_pattern("capital_title", MEETING_WORDS_FILE), re.IGNORECASE)
_NOMINATED = re.compile(words_pattern("nominated", MEETING_WORDS_FILE), re.IGNORECASE)
_RELATIVE = re.compile(words_pattern("relative", MEETING_WORDS_FILE), re.IGNORECASE)
CAPITAL_TITLE_REACH = 100
# Round 47: a meeting of a format the calendar holds no council of (the regions' heads)
_OTHER_BODY_MEETING = re.compile(words_pattern("other_body_meeting", MEETING_WORDS_FILE),
                                 re.IGNORECASE)
NOMINATED_AFTER = 24
NOMINATED_BEFORE = 12


def _given_the_title(text: str, start: int, end: int) -> bool:
    """Whether the city named at text[start:end] is the one a sentence gives the SCO's yearly
    title ("审议同意哈萨克斯坦阿拉木图市提名“上海合作组织旅游和文化之都”", "designate Cholpon-Ata
    ... as the SCO Tourist and Cultural Capital"): the title after it, a nominating word between
    them or right before the city, no relative clause between (a meeting's place the title
    describes: "in Kashi (Varanasi), which has been designated as the first cultural capital");
    a nominating word far after the city names another ("met in Almaty and ... named the next
    tourism capital")."""
    title = _CAPITAL_TITLE.search(text, end, end + CAPITAL_TITLE_REACH)
    if title is None:
        return False
    between = text[end : title.start()]
    if _RELATIVE.search(between):
        return False
    return bool(_NOMINATED.search(between[:NOMINATED_AFTER])
                or _NOMINATED.search(text[max(0, start - NOMINATED_BEFORE) : start]))


# A venue written as a Russian or Ukrainian adjective ("решений Уфимского саммита", the decisions
# of the Ufa summit): an attribute of another meeting, not the place of a locative "в Уфе". Not
# the prepositional "-ском" ("на Уфимском саммите": at the Ufa summit, the meeting itself), nor a
# city noun's "в Минске".
_SLAVIC_ADJECTIVE = re.compile(
    r"(?:с|ц)ь?к(?:ий|ого|ому|им|ая|ой|ую|ое|ие|их|ими|ій|ої|ою|ім|их)$",
    re.IGNORECASE,
)


def adjectival_venues_only(part: _Sentence) -> bool:
    """Whether every venue a sentence names is written as an adjective (round 28)."""
    found = venue_matches(part)
    return bool(found) and all(
        _SLAVIC_ADJECTIVE.search(part.text[m.start - part.start : m.end - part.start])
        for m in found
    )


# The English abbreviation of the Council of Foreign Ministers (Pakistani and Indian press).
_CFM = re.compile(r"\bCFM\b")


def _joining_year(text: str, year: int) -> bool:
    """Whether a year is written as a state's year of joining: "2024年の加盟" (Japanese),
    "its 2024 accession", "membership in 2024"."""
    return bool(re.search(
        rf"{year}\s*年?\s*の?\s*(?:加盟|加入)|{year}\s+(?:accession|membership|joining)"
        rf"|(?:accession|membership|joining)\s+in\s+{year}",
        text,
        re.IGNORECASE,
    ))


# Round 59: a yearly report named by its author ("上海合作组织地区反恐怖机构理事会关于该机构过去一年
# 工作的报告", «доклад Совета РАТС ШОС Совету глав государств», "the report of the RATS SCO
# Council to the Council of Heads ... on activities of the RATS SCO in 2017"): the councils,
# places and years of its description (its author, the council it reports to, the year it
# covers) are no meeting of the sentence. The summit approves the RATS council's report among
# its decisions (blind set 45 rb-0cbc44d481, the Bishkek summit's package of 2013 read as a RATS
# council's); a RATS council that drafts it is the meeting its report says, in its lead (blind
# set 26 rb-9569e727bd). Words: meeting_words.toml [report_author_before],
# [report_author_after]. The report runs to the end of its clause or its verb.
_REPORT_AUTHOR_BEFORE = re.compile(
    r"(?:" + words_pattern("report_author_before", MEETING_WORDS_FILE) + r")$", re.IGNORECASE
)
_REPORT_AUTHOR_AFTER = re.compile(
    words_pattern("report_author_after", MEETING_WORDS_FILE), re.IGNORECASE
)
_REPORT_END = re.compile(
    r"[,;.，；。、]|\s(?:were|was|is|are|has|have|будет|был\w*|одобрен\w*|утвержд\w*)\b",
    re.IGNORECASE,
)
REPORT_AUTHOR_REACH = 60  # characters before a council's name the report word may stand


def _report_spans(part: _Sentence) -> list[tuple[int, int]]:
    """The spans of a sentence that describe a report by its author (a council other than the
    heads of state's, whose council writes no report to another: "a report of the SCO summit"
    is a news report of it), from the report word, or the author's name, to the clause's end."""
    out: list[tuple[int, int]] = []
    for m in part.of("body"):
        if m.entry.ref == "heads_of_state_council":
            continue
        start, end = m.start - part.start, m.end - part.start
        reach = max(0, start - REPORT_AUTHOR_REACH)
        before = _REPORT_AUTHOR_BEFORE.search(part.text[reach:start])
        after = _REPORT_AUTHOR_AFTER.match(part.text, end)
        if before is None and after is None:
            continue
        first = reach + before.start() if before is not None else start
        stop = _REPORT_END.search(part.text, after.end() if after is not None else end)
        out.append((first, stop.start() if stop is not None else len(part.text)))
    return out


# A title in its marks: 《关于地区反恐怖机构的协定》 (the RATS agreement), «Соглашение о ...»
_TITLE_MARKS = re.compile(r"《[^《》]*》|«[^«»]*»|“[^“”]*”|「[^「」]*」|『[^『』]*』")


def _inside_a_title(text: str, at: int) -> bool:
    """Whether an offset of a sentence lies inside a document title in its marks: a body named
    there is the document's subject ("the Agreement on the Regional Anti-Terrorist Structure"),
    not the council whose meeting signed it (round 30, blind set 24)."""
    return any(t.start() < at < t.end() for t in _TITLE_MARKS.finditer(text))


#: Devanagari, Bengali, Arabic-Indic and Persian (Urdu) digits, as ASCII digits
NATIVE_DIGITS = str.maketrans({
    chr(zero + n): str(n) for zero in (0x966, 0x9E6, 0x660, 0x6F0) for n in range(10)
})


def clues_of(
    gaz: Gazetteer, part: _Sentence, cand: _Candidate | None, published_at: date | None
) -> Clues:
    """The meeting clues of one sentence (the candidate's own name excluded from years); a
    sentence's own clues, without a candidate, are computed once (Clues is frozen)."""
    if cand is not None:
        return _clues_of(gaz, part, cand, published_at)
    key = (id(gaz), published_at)
    clues = part.clues.get(key)
    if clues is None:
        clues = part.clues[key] = _clues_of(gaz, part, None, published_at)
    return clues


def _clues_of(
    gaz: Gazetteer,
    part: _Sentence,
    cand: _Candidate | None,
    published_at: date | None,
    cut: int | None = None,
) -> Clues:
    """clues_of, computed; with `cut`, of the sentence's text before that offset only."""
    prepared = _prepared_spans(gaz, part)
    reports = _report_spans(part)
    council = next(
        (
            m.entry.ref
            for m in part.of("body")
            if (cut is None or m.start - part.start < cut)
            and not any(start <= m.start - part.start < end for start, end in prepared)
            and (b := gaz.bodies.get(m.entry.ref)) is not None
            and b.holds_meetings
            and not _INSTRUCTED.search(part.text[: m.start - part.start])
            and not any(start <= m.start - part.start < end for start, end in reports)
            and not _inside_a_title(part.text, m.start - part.start)
            and not _in_a_cited_decision(part.text, m.start - part.start)
            and not in_an_officials_title(part, m)
        ),
        None,
    )
    if council == "heads_of_state_council" and "heads_of_government_council" in gaz.bodies and any(
        m.entry.ref == council and _GOVERNMENT_AFTER.match(part.text, m.end - part.start)
        for m in part.of("body")
    ):
        council = "heads_of_government_council"  # "SCO summit of Heads of Government"
    if council is None and _CFM.search(part.text) and "foreign_ministers_council" in gaz.bodies:
        council = "foreign_ministers_council"  # "the CFM will witness the signing of ..."
    venues: list[str] = []
    if cand is not None and cand.venue:
        venues.append(cand.venue)
    # round 70 (meet70): years, days and ordinals in native digits read as in ASCII ones ("१७
    # सप्टेंबर २०२१ रोजी ... २१वी शिखर परिषद ... दुशान्बे येथे", a Marathi page of the Dushanbe
    # summit of 2021, blind set 52); one digit for one, so every offset holds
    text, cited = part.text.translate(NATIVE_DIGITS), _cited_step_of(part, cand)
    matches = venue_matches(part)
    if cut is not None:
        text = text[:cut]
        matches = [m for m in matches if m.end - part.start <= cut]
    if cited is not None:
        # "the plan ... on implementation of the Agreement ... signed on 11 June 2010 in
        # Tashkent": that day and place are the cited agreement's, not the plan's
        matches = [m for m in matches if not cited[0] <= m.start - part.start < cited[1]]
        text = text[: cited[0]] + " " * (cited[1] - cited[0]) + text[cited[1] :]
    own_name = (
        (cand.start - part.start, cand.end - part.start) if cand is not None else None
    )
    held_apart = [(start, end) for start, end in prepared + reports
                  if own_name is None or not (start < own_name[1] and own_name[0] < end)]
    for start, end in (earlier_agreement_spans(text, own_name) + _in_force_spans(text, own_name)
                       + held_apart + _next_meeting_spans(text, own_name)):
        matches = [m for m in matches if not start <= m.start - part.start < end]
        text = text[:start] + " " * (end - start) + text[end:]
    if cand is not None:
        matches.sort(key=lambda m: abs(m.start - cand.start))
    venues += [m.entry.ref for m in matches if m.entry.ref not in venues]
    skip = (cand.start - part.start, cand.end - part.start) if cand is not None else None
    text = _without_a_wire_date(text, skip)
    ordinal, summit = _ordinal_and_summit(text)
    years = years_in(text, skip)
    if _ANNIVERSARY_HINT.search(text):
        years += tuple(y for y in anniversary_years(text, _founded(gaz)) if y not in years)
    if cand is not None and cand.year and cand.year + 1 in years and _joining_year(
        text, cand.year + 1
    ):
        # "ベラルーシが2024年の加盟に向けた覚書に署名した" (signed the memorandum for its joining
        # in 2024): the year of joining the text names is not the signing's (round 29)
        years = tuple(y for y in years if y != cand.year + 1)
    when = _date_in(text, published_at)
    relative = None
    if when is None and not years and cand is not None and published_at is not None:
        # round 61: "assinarão amanhã o 'memorando de obrigações'" (will sign tomorrow), a page
        # of 23 June 2016: the step's day is the page's moved by the word, before any year its
        # kind implies or a venue of another clause ("na próxima cúpula, em Astana")
        relative = _relative_day(text, (cand.start - part.start, cand.end - part.start))
        if relative is not None:
            when = published_at + timedelta(days=relative)
    relative_year = None
    if when is None and not years and cand is not None and published_at is not None:
        # round 67: "the adoption of the Joint Address ... at the last year's summit in Qingdao",
        # a page of 2019: the heads of state meet once a year, so the summit is the page's
        # year's moved by the word; an undated page reads nothing (meet67)
        relative_year = _relative_year(gaz, part, text)
        if relative_year is not None:
            years = (published_at.year + relative_year,)
    implied_years: tuple[int, ...] = ()
    implied_council = False
    if not years and cand is not None and cand.year:
        # a memorandum of obligations' year (the year before its state joins); with a venue
        # named, also the year of joining: "the leaders signed the accession memorandum" at the
        # summit that admits the state, as the text says (round 28, blind set 21: Astana 2017);
        # a day the text gives (round 61) leaves the joining year out
        years = implied_years = (
            (cand.year, cand.year + 1) if venues and relative is None else (cand.year,)
        )
        implied_council = council is None
        council = council or "heads_of_state_council"
    elif council is None and cand is not None and cand.year and cand.year in years:
        # round 64: the text dates the memorandum of obligations in the year its kind implies
        # ("En juin 2016, l'Inde et le Pakistan ont signé un Mémorandum des obligations", Xinhua
        # French from the Astana foreign ministers of 2017, blind set 49) and names no council:
        # the year agrees with the signing at that year's summit, so the kind's council holds;
        # not the council of the meeting the article reports, a year later
        implied_council = True
        council = "heads_of_state_council"
    return Clues(
        council=council,
        venues=tuple(venues),
        ordinal=ordinal,
        years=years,
        when=when,
        video=part.has("doc_cue", "video"),
        summit=summit,
        day_month=_day_month_in(text),
        implied_years=implied_years,
        implied_council=implied_council,
        seats=tuple(dict.fromkeys(seat_venues(part))),
        relative_day=relative is not None,
        relative_year=relative_year is not None,
    )


def _without_a_wire_date(text: str, skip: tuple[int, int] | None) -> str:
    """The sentence with the date of its opening wire dateline blanked when the rest of it gives
    a year of its own (round 80, blind set 8: "DOHA (UrduPoint News / Sputnik - 29th March,
    2023) Saudi King Salman ... has given a final approval to the memorandum ..., following a
    document signed in September 2022 at the SCO summit in Uzbekistan's Samarkand"): the
    dateline dates the report, the sentence its step. Its year read as the step's made the
    Samarkand summit of 2022 a meeting of 2023 the calendar lacks. One offset for one."""
    opening = dateline_length(text)
    if not opening:
        return text
    rest = " " * opening + text[opening:]
    return rest if years_in(rest, skip) else text


# round 67 (meet67): the relative year words (meeting_words.toml: last year, this year, next
# year in each language), by their offset from the page's year; a word counts only when a
# summit word or the name of a council that holds meetings stands within this many characters
# of it, in its clause (no ";" between): "at the Samarkand Summit last year", "去年7月阿斯塔纳
# 峰会上", "la cumbre de la OCS del año pasado", "geçen yıl düzenlenen Astana zirvesinde", not
# "the first summit after India and Pakistan joined ... last year" (the joining's year)
_RELATIVE_YEARS = tuple(
    (offset, re.compile(words_pattern(name, MEETING_WORDS_FILE), re.IGNORECASE))
    for offset, name in ((-1, "year_before_publication"), (0, "year_of_publication"),
                         (1, "year_after_publication"))
)
RELATIVE_YEAR_REACH = 50


def _relative_year(gaz: Gazetteer, part: _Sentence, text: str) -> int | None:
    """The offset in years from the page's year that a relative year word tied to a summit or
    council gives ("at the last year's summit": -1); None when the sentence has none, or words
    of two offsets. `text` is the sentence's text with the clauses that cite other meetings
    blanked."""
    meetings = [(m.start(), m.end()) for m in _SUMMIT.finditer(text)]
    meetings += [
        (m.start - part.start, m.end - part.start)
        for m in part.of("body")
        if (b := gaz.bodies.get(m.entry.ref)) is not None
        and b.holds_meetings
        and text[m.start - part.start : m.end - part.start].strip()
    ]
    offsets = set()
    for offset, pattern in _RELATIVE_YEARS:
        for found in pattern.finditer(text):
            for start, end in meetings:
                if end <= found.start():
                    gap = text[end : found.start()]
                elif start >= found.end():
                    gap = text[found.end() : start]
                else:
                    continue
                if len(gap) <= RELATIVE_YEAR_REACH and not _RELATIVE_DAY_BREAK.search(gap):
                    offsets.add(offset)
                    break
    return offsets.pop() if len(offsets) == 1 else None


# round 61 (meet61): the relative day words (meeting_words.toml: yesterday, today, tomorrow in
# each language), by their offset from the page's day; a word counts only within this many
# characters of the document's name, in its sentence and clause (no ";" between), so that a
# "today" of another clause ("today the SCO unites ...") does not date the document
_RELATIVE_DAYS = tuple(
    (offset, re.compile(words_pattern(name, MEETING_WORDS_FILE), re.IGNORECASE))
    for offset, name in ((-1, "day_before_publication"), (0, "day_of_publication"),
                         (1, "day_after_publication"))
)
_RELATIVE_DAY_REACH = 80
_RELATIVE_DAY_BREAK = re.compile(r"[;；]")


def _relative_day(text: str, own_name: tuple[int, int]) -> int | None:
    """The offset in days from the page's day that a relative day word near the document's name
    gives ("will sign tomorrow the memorandum": +1); None when the sentence has none near it,
    or words of two offsets."""
    offsets = set()
    for offset, pattern in _RELATIVE_DAYS:
        for found in pattern.finditer(text):
            if found.end() <= own_name[0]:
                gap = text[found.end() : own_name[0]]
            elif found.start() >= own_name[1]:
                gap = text[own_name[1] : found.start()]
            else:
                continue  # inside the name
            if len(gap) <= _RELATIVE_DAY_REACH and not _RELATIVE_DAY_BREAK.search(gap):
                offsets.add(offset)
    return offsets.pop() if len(offsets) == 1 else None


# round 42: a signing that carries out a council's decision ("с подписанием меморандума
# завершается реализация Уфимского решения Совета глав государств ШОС", the memorandum's
# signing completes the implementation of the Ufa decision of the heads of state; "signed
# ... implementing the decision of the Ufa summit"; "落实乌法峰会决定"): the place, council
# and year of the decision are the decision's, the signing came later (blind set 33:
# Armenia's memorandum, signed in Beijing, placed at Ufa 2015)
_CITED_DECISION = words_pattern("cited_decision", MEETING_WORDS_FILE)


# round 35: a clause citing what an earlier meeting agreed ("根据...纪念峰会(上海,2006年6月15日)达成
#的协议,元首们签署了《...条约》", "In accordance with the agreement reached at the anniversary
# summit (Shanghai, 15 June 2006), the heads of state signed ...", «В соответствии с
# договоренностью, достигнутой на юбилейном саммите (Шанхай, 15 июня 2006 года), ...»): its place
# and date are the earlier meeting's, not those of the signing the sentence reports (blind set
# 27: Bishkek 2007's communiqué put the treaty at Shanghai 2006). A parenthesis may hold commas.
_PAREN_OR_WORD = r"(?:[^,;，；()（）。]|\([^)]*\)|（[^）]*）)"
# round 57: the cited document's name and its own bracket of place and date (meeting_words.toml,
# [cited_document]): the words, then at most 200 characters without a sentence's or clause's
# mark, then the bracket
_CITED_DOCUMENT = (r"(?:" + words_pattern("cited_document", MEETING_WORDS_FILE)
                   + r")[^,;.()，；。（）]{3,200}\([^()]{3,60}\)")
_EARLIER_AGREEMENT = re.compile(
    r"(?:根据|根據|按照|依照)[^。；;，,]{0,60}?(?:[（(][^）)]*[）)][^。；;，,]{0,20}?)?"
    r"(?:达成|達成|作出|做出)的?(?:协议|協議|共识|共識|决定|決定|约定|約定)"
    r"|\b(?:in accordance with|pursuant to|according to|in line with|as agreed at|following)\s+"
    r"(?:the\s+)?(?:agreements?|understandings?|decisions?|consensus|arrangements?)\s+"
    r"(?:reached|taken|adopted|made|agreed)\s+(?:at|during|in|by)\s+" + _PAREN_OR_WORD + r"*"
    r"|\bв\s+соответствии\s+с\s+(?:договоренност\w+|решени\w+|соглашени\w+),?\s+"
    r"(?:достигнут\w+|принят\w+)\s+(?:на|в\s+ходе|в)\s+" + _PAREN_OR_WORD + r"*"
    # round 36: a Chinese purpose clause and the title it implements, with that title's own
    # date ("为落实2006年6月15日签署的《…声明》而制定的《…行动计划》": the plan's meeting is not
    # the statement's day)
    r"|(?:为|為)了?(?:落实|落實|贯彻|貫徹|执行|執行|实施|實施|履行)[^，,。；;《》]{0,30}"
    r"[《「『][^》」』]*[》」』]"
    # round 57: a document developed, drafted or adopted "in accordance with" another one, whose
    # own place and date follow in a bracket ("the draft Comprehensive Plan ... developed by
    # Russia in accordance with the SCO member states' Statement on ... (Qingdao, 10 June 2018)",
    # blind set 43): the bracket dates the cited document, not the draft
    r"|" + _CITED_DECISION,
    re.IGNORECASE,
)


class _Found(Protocol):
    """What a reader of FirstOf finds: a re.Match, or a ClauseBack's Clause."""

    def start(self) -> int: ...

    def end(self) -> int: ...

    def span(self) -> tuple[int, int]: ...


class _Reader(Protocol):
    """A compiled pattern's `search`, as FirstOf reads its alternatives."""

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> _Found | None: ...


@dataclass(frozen=True)
class Clause:
    """A clause a ClauseBack found: its span in the text."""

    at: int
    until: int

    def start(self) -> int:
        """Where the clause starts."""
        return self.at

    def end(self) -> int:
        """Where the clause ends (after its verb)."""
        return self.until

    def span(self) -> tuple[int, int]:
        """(start, end), as re.Match.span."""
        return self.at, self.until


# round 81 (tidy81): a verb-final language's clause ends with the decision and its verb; its
# start is read back from the decision word, at most CLAUSE_BACK characters, to just after the
# last clause mark. (Round 61 wrote that lead as a lazy "[^,;.:!?]{0,100}?" before the word, which
# re tries at every offset of a sentence; round 79 skipped it where the word was absent.)
CLAUSE_BACK = 100
CLAUSE_MARKS = ",;.:!?"


class ClauseBack:
    """A verb-final clause: a compiled pattern for its end (the decision and its verb), the
    clause read back from there. Its `search` finds what the lazily led pattern found."""

    def __init__(self, end: re.Pattern[str]) -> None:
        self.end = end

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Clause | None:
        """The first clause whose end lies in text[pos:endpos], from its start (no further
        back than pos)."""
        found = self.end.search(text, pos, endpos)
        if found is None:
            return None
        at = max(pos, found.start() - CLAUSE_BACK)
        mark = max(text.rfind(ch, at, found.start()) for ch in CLAUSE_MARKS)
        return Clause(mark + 1 if mark >= 0 else at, found.end())


class FirstOf:
    """Readers tried as the alternatives of one regex: the leftmost match, and at one offset
    the first reader's. `search` and `finditer` as re's (each reader's match is non-empty)."""

    def __init__(self, *readers: _Reader) -> None:
        self.readers = readers

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> _Found | None:
        """The leftmost match of any reader from pos, the earlier reader's at one offset."""
        best: _Found | None = None
        for reader in self.readers:
            found = reader.search(text, pos, endpos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[_Found]:
        """Each match in turn, the next searched from the end of the last."""
        while (found := self.search(text, pos, endpos)) is not None:
            yield found
            pos = max(found.end(), pos + 1)


# the verb-final clauses of a cited decision, language by language in file order
_VERB_FINAL_DECISIONS = [
    ClauseBack(re.compile(fragment, re.IGNORECASE))
    for fragments in load_story_words(MEETING_WORDS_FILE)["cited_decision_verb_final"].values()
    for fragment in fragments
]
# the alternatives tried in the order round 57 wrote them in one regex: the agreements and
# decisions cited, the verb-final decisions, a cited document with its bracket
_EARLIER_AGREEMENT_READ = FirstOf(
    _EARLIER_AGREEMENT, *_VERB_FINAL_DECISIONS, re.compile(_CITED_DOCUMENT, re.IGNORECASE))


# round 43: the day a document entered into force, after its signing ("подписано Соглашение ...,
# которое вступило в силу 20 января 2017 года", "entered into force on 20 January 2017",
# "entré en vigueur le ...", "entró en vigor el ...", "2017年1月20日生效"): that date and its year
# are the treaty's, not a meeting's (blind set 33: the road transport agreement signed at
# Dushanbe 2014 was left unresolved by its 2017 date). The clause runs from the words to the
# next comma or sentence mark; the Chinese date stands before 生效 (the words: meeting_words.toml).
_IN_FORCE = re.compile(
    r"(?:" + words_pattern("in_force", MEETING_WORDS_FILE) + r")[^,;.，；。]{0,40}"
    r"|(?:于|於|自)?(?:\d{4}年)?\d{1,2}月\d{1,2}日起?(?:正式)?(?:"
    + words_pattern("in_force_after_date", MEETING_WORDS_FILE) + ")",
    re.IGNORECASE,
)


def _in_force_spans(text: str, keep: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The spans of a sentence's entry-into-force clauses that do not hold `keep`."""
    return [(m.start(), m.end()) for m in _IN_FORCE.finditer(text)
            if keep is None or not (m.start() < keep[1] and keep[0] < m.end())]


def _in_a_cited_decision(text: str, at: int) -> bool:
    """Whether an offset of a sentence lies in a clause citing an earlier meeting's agreement or
    decision: a council named there made that decision, not the step the sentence reports
    (round 42)."""
    return any(start <= at < end for start, end in earlier_agreement_spans(text))


def earlier_agreement_spans(
    text: str, keep: tuple[int, int] | None = None
) -> list[tuple[int, int]]:
    """The (start, end) spans of a sentence's clauses citing an earlier meeting's agreement,
    those that do not hold `keep` (the document's own name)."""
    spans = []
    for m in _EARLIER_AGREEMENT_READ.finditer(text):
        if keep is not None and m.start() < keep[1] and keep[0] < m.end():
            continue
        spans.append((m.start(), m.end()))
    return spans


def _cited_step_of(part: _Sentence, cand: _Candidate | None) -> tuple[int, int] | None:
    """(start, end) in the sentence of a cited step's clause right after a name that holds
    another document's type word (a plan implementing an agreement), else None."""
    if cand is None:
        return None
    inner = [m for m in part.of("doc_type") if cand.start <= m.start < cand.end]
    if len(inner) < 2:
        return None
    rel_end = cand.end - part.start
    end = cited_step_end(part.text, rel_end)
    return (rel_end, end) if end > rel_end else None


def _founded(gaz: Gazetteer) -> int | None:
    """The SCO's founding year: the earliest year a member joined (gazetteers/states.toml)."""
    return min((s.since for s in gaz.states.values() if s.since), default=None)


# ---- resolving to the calendar ----------------------------------------------------------------


VENUE_ONLY_DAYS = 7  # reach back of a report naming a venue and no council


def _by_publication(
    found: list[CalendarMeeting], status: str, published_at: date | None, window: int
) -> CalendarMeeting | None:
    """Among candidate meetings, the one the article's date points at (planned: the next)."""
    if len(found) == 1 and published_at is None:
        return found[0]
    if published_at is None:
        return None
    dated = [m for m in found if m.start is not None]
    if status == "planned":
        ahead = [m for m in dated if (m.day or m.start) >= published_at - timedelta(days=2)]  # type: ignore[operator]
        best = min(ahead, key=lambda m: m.start, default=None)  # type: ignore[arg-type,return-value]
        if best is not None and (best.start - published_at).days <= window:  # type: ignore[operator]
            return best
        return None
    past = [m for m in dated if m.start <= published_at + timedelta(days=2)]  # type: ignore[operator]
    best = max(past, key=lambda m: m.start, default=None)  # type: ignore[arg-type,return-value]
    if best is not None and (published_at - (best.day or published_at)).days <= window:
        return best
    undated = [m for m in found if m.start is None and m.year == published_at.year]
    return undated[0] if len(undated) == 1 else None


def resolve(
    calendar: Calendar, clues: Clues, status: str, published_at: date | None
) -> CalendarMeeting | None:
    """The calendar meeting the clues point at, or None when they do not single one out."""
    council = clues.council or ("heads_of_state_council" if clues.summit else None)
    # a text that names no council is placed only at the meetings of the councils the rules were
    # tuned on: the defence ministers', secretaries' and RATS meetings (round 18) are always
    # named in their reports (blind set 8: a Tashkent memorandum is not the secretaries' of 2016)
    pool = [
        m for m in calendar.meetings if clues.council is not None or m.council in TUNED_COUNCILS
    ]
    of_council = [m for m in pool if council is None or m.council == council]
    if clues.ordinal and council:
        hits = [m for m in of_council if m.ordinal == clues.ordinal]
        if clues.venues:  # an ordinal that contradicts the venue is no ordinal ("first summit as")
            hits = [m for m in hits if m.venue in clues.venues]
        if clues.when is not None:  # nor one that contradicts the date the text gives
            dated = [m for m in hits if m.start is None or m.covers(clues.when)]
            if not dated and clues.day_month is not None:
                # the year is the page's, not the text's ("6月15日に開催された…第6回会議" on a
                # page of 2008 about 2006, blind set 17): the ordinal's meeting held on that
                # day, in a year the text names if it names one
                dated = [
                    m
                    for m in hits
                    if _on_day(m, clues.day_month) and (not clues.years or m.year in clues.years)
                ]
            hits = dated
        if len(hits) == 1:
            return hits[0]
    if clues.when is not None:
        # a day's slack for a text that names the meeting (a dateline a day off, an arrival on
        # the eve); a date alone, with no venue, council or summit, is the day itself: "signed
        # a memorandum on Sept. 14, 2022" is no signing at the summit of the 15th-16th (blind
        # set 8, once the calendar held Samarkand 2022 from the 15th)
        slack = 1 if (clues.venues or clues.council or clues.summit) else 0
        hits = [m for m in of_council if m.covers(clues.when, slack=slack)]
        if clues.venues:
            at_venue = [m for m in hits if m.venue in clues.venues]
            # round 61: a day the page's date and a relative day word give ("assinarão amanhã")
            # places the step at the meeting held then, not at a venue of another clause ("na
            # próxima cúpula, em Astana": the summit where the states will join)
            hits = at_venue if at_venue or not clues.relative_day else hits
        if len(hits) == 1:
            return hits[0]
        if not hits:
            return None  # the text dates a meeting the calendar does not have
    if clues.when is None and clues.day_month is not None and clues.venues:
        # "the summit in Dushanbe Sept. 12", no year and no article date: the one meeting at
        # that venue held on that day of some year
        hits = [
            m for m in of_council if m.venue in clues.venues[:2] and _on_day(m, clues.day_month)
        ]
        if len(hits) == 1:
            return hits[0]
    if clues.when is None and clues.day_month is not None and not clues.venues and clues.council:
        # "the minister took part on 21 May in the Council of Foreign Ministers", no year, no
        # venue, no article date: the one meeting of that named council held on that day
        hits = [m for m in of_council if _on_day(m, clues.day_month)]
        if len(hits) == 1:
            return hits[0]
    if clues.venues:
        for venue in clues.venues[:2]:
            hits = [m for m in of_council if m.venue == venue]
            if not hits and clues.council is None:
                hits = [m for m in pool if m.venue == venue]  # "summit" also names councils
            if clues.when is None and clues.day_month is not None and not clues.years:
                # "16 ноября в городе Астана", no year anywhere: a meeting there on other days
                # is not this one
                hits = [m for m in hits if m.start is None or _on_day(m, clues.day_month)]
            if clues.years:  # a year no meeting here had is another document's ("Strategy 2030")
                of_year = [m for m in hits if m.year in clues.years]
                if len(of_year) == 1:
                    return of_year[0]
                if clues.relative_year and not of_year:
                    # round 67: "last year's summit in Astana" where the calendar's summit of that
                    # year met elsewhere: no meeting the text names, left unresolved
                    continue
                hits = of_year or hits
            if len(hits) == 1 and published_at is None:
                return hits[0]
            if clues.video and len(hits) > 1:
                hits = [m for m in hits if m.format == "video"] or hits
            # no council named anywhere: only a meeting at that venue in the days before the
            # report is the one it reports, not one a month or a year earlier
            window = 400 if council is not None or status == "planned" else VENUE_ONLY_DAYS
            best = _by_publication(hits, status, published_at, window)
            if best is not None:
                return best
        return None
    if clues.years and council:
        hits = [m for m in of_council if m.year in clues.years]
        if len(hits) == 1:
            return hits[0]
        return _by_publication(hits, status, published_at, 400) if hits else None
    if council and not clues.years and published_at is not None:
        return _by_publication(of_council, status, published_at, 45 if status != "planned" else 200)
    return None


def by_the_article(
    gaz: Gazetteer,
    calendar: Calendar,
    parts: list[_Sentence],
    cand: _Candidate,
    meeting: Meeting,
    published_at: date | None,
) -> Meeting:
    """A venue declaration left unresolved among the summits held at its venue (Astana 2017 and
    2024), placed by the summit ordinal the article gives anywhere ("去年7月，上合组织第24届峰会在
    哈萨克斯坦举行", a paragraph before "峰会通过了《阿斯塔纳宣言》"): only an ordinal of the heads
    of state's council that one of those summits bears, never a guess (round 37)."""
    if meeting.resolved:
        return meeting
    if not meeting.venue and meeting.council:
        return _before_the_next(gaz, calendar, parts, meeting)
    # a venue declaration's venue; round 39: also the venue the text gives another document
    # of the heads of state's council (a summit's press communiqué beside the declaration)
    venue = cand.venue if cand.type == "declaration" else None
    council = "heads_of_state_council"
    other = council_id_of(meeting.council)
    if venue is None and meeting.council == calendar_council_names()["heads_of_state_council"]:
        venue = meeting.venue
    elif venue is None and other is not None and other in SESSION_COUNCIL_NAMES:
        # round 59: another session council's document left between its meetings at the venue
        # (the heads of government in Moscow: 2005, 2025, ...), placed by a full date only
        venue, council = meeting.venue, other
    if not venue:
        return meeting
    held = [m for m in calendar.meetings if m.venue == venue and m.council == council]
    if len(held) < 2:
        return meeting
    ordinals = set()
    days: set[tuple[int, int]] = set()
    dated: set[date] = set()
    for part in parts:
        clues = clues_of(gaz, part, None, published_at)
        if clues.ordinal and (clues.council == "heads_of_state_council"
                              or (clues.council is None and clues.summit)):
            ordinals.add(clues.ordinal)
        if clues.day_month is not None:
            days.add(clues.day_month)
        if clues.when is not None and venue in clues.venues and (
            clues.council in (None, council)
        ):
            dated.add(clues.when)
    # round 59: a full date the article gives with the venue ("The high-level summit is scheduled
    # for 17-18 November 2025 in Moscow", blind set 15, a paragraph after the lead): the meeting
    # at the venue held on that day
    hits = [m for m in held if any(m.covers(when, slack=1) for when in dated)]
    if council != "heads_of_state_council":
        if len(hits) != 1:
            return meeting
        found = hits[0]
        return Meeting(found.council_name, found.venue, found.day, found.id, found.ordinal,
                       found.format)
    hits = hits or [m for m in held if m.ordinal in ordinals]
    if not hits and days:
        # round 43: a day the article gives without a year ("7월 3~4일에 ... 논의할 것", an
        # undated Korean preview of Astana 2024, the leaders will talk on 3-4 July): of the
        # summits at the venue, the one held on such a day (Astana 2005, 2011 and 2017 were not
        # held on 3 or 4 July); a day two of them share, or none, leaves it unresolved
        hits = [m for m in held if any(_on_day(m, d) for d in days)]
    if not hits:
        # round 38: a state the article says was admitted ("ベラルーシの加盟が承認されました",
        # "Belarus als neues Mitglied ... aufgenommen") joined at the summit of the year it
        # became a member (states.toml `since`): of the summits at the declaration's venue, the
        # one held that year (Astana 2017 admitted India and Pakistan, Astana 2024 Belarus);
        # two such summits there (a text naming both admissions) leave it unresolved
        joined = admission_years(gaz, parts)
        hits = [m for m in held if m.year in joined]
    if not hits:
        # round 39: the chairmanship the article says passed on ("Presidency ... for 2019-2020
        # has passed to the Russian Federation", 下任主席國由俄羅斯擔任): of the summits at the
        # venue, the one whose next summit the calendar gives to that state's chair
        heirs = handover_states(gaz, parts)
        hits = [m for m in held if _next_chair(calendar, m) in heirs]
    if not hits and any(_VIDEO_FORMAT.search(part.text) for part in parts):
        # round 65: the article says its meeting is held by video ("бейнеконференция режимінде
        # өтеді", an undated preview, blind set 11): of the summits at the venue, the one the
        # calendar holds by video (Moscow 2020, not 2003); two such summits there, or none,
        # leave it unresolved
        hits = [m for m in held if m.format == "video"]
    if len(hits) != 1:
        return meeting
    found = hits[0]
    return Meeting(found.council_name, found.venue, found.day, found.id, found.ordinal,
                   found.format)


# round 65: a meeting held by video conference, in the languages of the reports
# (meeting_words.toml [video_format])
_VIDEO_FORMAT = re.compile(words_pattern("video_format", MEETING_WORDS_FILE), re.IGNORECASE)


# A state's admission to the SCO said in its sentence: joined, admitted, accession, a new or full
# member, in the languages of the reports (en de fr es it pt ru zh ja ko vi tr ar fa). Not its
# obligations or a memorandum, which come the year before (the memorandum's own rule), nor
# "member state" alone (加盟国, государства-члены).
_ADMITTED = re.compile(words_pattern("admitted", MEETING_WORDS_FILE), re.IGNORECASE)


# The SCO's chairmanship passed on at a summit, to the state named after these words: the
# chairmanship or presidency "passed / handed over / passing it on to", "the next summit (will
# be held) in", председательство "перешло / передано к", 下任主席国由 ... 担任, 下次会议在 ...
# 举行, présidence "passe à", presidencia "pasa a", Vorsitz "geht an" (round 39). Only a state
# counts (cities are venues, read elsewhere).
_HANDOVER = re.compile(words_pattern("handover", MEETING_WORDS_FILE), re.IGNORECASE)
HANDOVER_REACH = 40  # characters between the handover words and the state that takes over
# the word right before the outgoing chair of a "from X to Y" handover
_HANDED_FROM = re.compile(
    r"(?:" + words_pattern("handed_from", MEETING_WORDS_FILE) + r")\s*(?:the\s+)?$", re.IGNORECASE
)


def handover_states(gaz: Gazetteer, parts: list[_Sentence]) -> set[str]:
    """The states an article says the SCO's chairmanship passed to (the next summit's host):
    the first state named just after the handover words of a sentence."""
    return {state for state, _ in handover_states_years(gaz, parts)}


def handover_states_years(gaz: Gazetteer, parts: list[_Sentence]) -> set[tuple[str, int | None]]:
    """Each state the chairmanship passed to, with the year its sentence gives the next meeting
    when it names exactly one ("下次總理會議將於2011年在俄羅斯舉行"), else None."""
    out: set[tuple[str, int | None]] = set()
    for part in parts:
        states = part.of("state")
        if not states:
            continue
        for cue in _HANDOVER.finditer(part.text):
            end = part.start + cue.end()
            # round 41: "передано от Казахстана Китаю", "passed from Kazakhstan to China": the
            # state after "from" is the outgoing chair, not the one that takes over
            after = [m for m in states if 0 <= m.start - end <= HANDOVER_REACH
                     and not _HANDED_FROM.search(part.text[: m.start - part.start])]
            if after:
                years = years_in(part.text)
                out.add((min(after, key=lambda m: m.start).entry.ref,
                         years[0] if len(years) == 1 else None))
    return out


def _before_the_next(
    gaz: Gazetteer, calendar: Calendar, parts: list[_Sentence], meeting: Meeting
) -> Meeting:
    """A council's document that no venue or date places, placed by the council's next meeting
    the article announces with its year and state ("會議決定下次總理會議將於2011年在俄羅斯舉行"):
    the calendar's meeting of that council just before its one held that year under that
    state's chair; only one such meeting, never a guess (round 39)."""
    council = council_id_of(meeting.council)
    if council is None:
        return meeting
    held = sorted((m for m in calendar.meetings if m.council == council),
                  key=lambda m: (m.year, m.start or date.max))
    hits = []
    for state, year in handover_states_years(gaz, parts):
        if year is None:
            continue
        for before, after in zip(held, held[1:], strict=False):
            if after.chair == state and after.year == year and before.year < year:
                hits.append(before)
    if len(set(hits)) != 1:
        return meeting
    found = hits[0]
    return Meeting(found.council_name, found.venue, found.day, found.id, found.ordinal,
                   found.format)


def _next_chair(calendar: Calendar, summit: CalendarMeeting) -> str | None:
    """The chairing state of the heads of state's summit after this one, as the calendar gives."""
    later = [m for m in calendar.meetings
             if m.council == "heads_of_state_council" and m.year > summit.year]
    return min(later, key=lambda m: (m.year, m.start or date.max)).chair if later else None


def admission_years(gaz: Gazetteer, parts: list[_Sentence]) -> set[int]:
    """The years the states an article says were admitted became members (states.toml `since`):
    a state that joined after the founding, named in a sentence with an admission word."""
    founded = _founded(gaz)
    out: set[int] = set()
    for part in parts:
        states = part.of("state")
        for cue in _ADMITTED.finditer(part.text):
            if not states:
                break
            # the state next to the word is the one admitted ("ベラルーシ加盟…インド含む10カ国",
            # Belarus joined, India is one of the ten)
            at, end = part.start + cue.start(), part.start + cue.end()
            near = min(states, key=lambda m: max(m.start - end, at - m.end, 0))
            info = gaz.states.get(near.entry.ref)
            if (info is not None and info.role == "member" and info.since
                    and info.since != founded):
                out.add(info.since)
    return out


def _prepared_summits_only(text: str) -> bool:
    """Whether every summit word of a sentence is the object of its preparing words ("On
    September 14, 2022, in Tashkent, in preparation for the summit, a ceremony of signing ...
    was held"): a summit to come, not the meeting of the sentence's step (round 81)."""
    return all(
        _PREPARED_MEETING.search(text[max(0, m.start() - 80) : m.start()])
        for m in _SUMMIT.finditer(text)
    )


# round 81 (meet81): the councils of heads whose meetings the reports call summits: a page on
# either reads its own council's meeting in a summit word; a page on any other council (the
# ministers', the secretaries') reads the heads of state's summit there
_SUMMIT_COUNCILS = frozenset({"heads_of_state_council", "heads_of_government_council"})


def _meeting(
    gaz: Gazetteer,
    calendar: Calendar,
    part: _Sentence,
    cand: _Candidate,
    status: str,
    lead: Clues,
    council: tuple[str, _Sentence] | None,
    published_at: date | None,
    previous_part: _Sentence | None = None,
) -> Meeting:
    """The calendar meeting of a document mention, from its sentence first, else the article's.

    The sentence's own clues (venue, ordinal, year, date, council) decide when they single out a
    meeting; a sentence without any takes those of the sentence before it, else of the title and
    lead, then the council the article names and its date. What stays ambiguous is left
    unresolved with the text's clues.
    """
    ahead = _before_a_meeting(part, cand) if status != "planned" else None
    if ahead is not None:
        # "طشقند ... التوقيع على مذكرة التفاهم ... قبيل عقد قمة ... في مدينة سمرقند" (Tashkent saw
        # the memorandum signed shortly before the summit in Samarkand): the sentence places the
        # step elsewhere than the meeting it dates it before; that meeting is not the step's
        # (round 36, blind set 28)
        step = _clues_of(gaz, part, cand, published_at, cut=ahead)
        later = {m.entry.ref for m in venue_matches(part) if m.start - part.start >= ahead}
        places = [v for v in step.venues if v != cand.venue]
        if places and not set(places) & later:
            found = resolve(calendar, step, status, published_at)
            if found is not None and found.venue in places:
                return Meeting(found.council_name, found.venue, found.day, found.id,
                               found.ordinal, found.format)
            return Meeting(_council_name(gaz, step.council), places[0], step.when)
    if status != "planned" and noted_as_done(part, cand):
        # "會議發表宣言提到,各方注意到,關於給予……地位的備忘錄業已簽署" (the declaration noted that
        # the memoranda had been signed): a step done before the meeting that notes it, where
        # the text does not say (round 36, blind set 28)
        return Meeting()
    own = _continued_year(gaz, clues_of(gaz, part, cand, published_at), previous_part,
                          published_at)
    if a_states_own_act(part, cand, status):
        # a state's own approval of its memorandum ("沙特阿拉伯已經批准了一份備忘錄", the Saudi
        # cabinet, round 37, blind set 28): a national act, not the summit the memorandum's
        # kind implies nor one the article recalls; only the sentence's own clues place it
        own = _without_implied(own) if own.implied_years else own
        found = resolve(calendar, own, status, published_at) if own.any() else None
        if found is None:
            return Meeting()
        return Meeting(found.council_name, found.venue, found.day, found.id, found.ordinal,
                       found.format)
    if status == "approved" and _implied_only(own):
        # round 64: a memorandum of obligations approved in a sentence that places it nowhere,
        # after one naming another council's meeting ("os ministros dos Negócios Estrangeiros
        # ... reuniram-se naquela cidade a 24 de maio. Os ministros examinaram os memorandos ...,
        # aprovando-os", blind set 24): that council's approval, not the summit's signing that
        # the memorandum's kind implies
        before = _clues_before(gaz, previous_part, published_at)
        if before is not None and before.council not in (None, "heads_of_state_council"):
            own = _without_implied(own)
    page_council = lead.council or (council[0] if council is not None else None)
    if (own.summit and own.council is None and page_council not in _SUMMIT_COUNCILS
            and not _prepared_summits_only(part.text)):
        # round 81 (meet81): the sentence's own summit word names the heads of state's council,
        # whatever other council the page reports ("Стратегии ... утверждённой на саммите в
        # Астане" in a report of the energy ministers, blind set 43). A summit of another
        # council names that council (`_GOVERNMENT_AFTER`), so its council is not None here;
        # and a page on the heads of government calls their own meeting "the summit" ("The
        # proceedings of the summit will culminate in the formal adoption of a Joint
        # Communiqué", a preview of their Moscow council, blind set 15)
        own = replace(own, council="heads_of_state_council")
    # round 81 (meet81): the date the sentence writes with its year (or continues the year of
    # the sentence before, round 42): no meeting of another day is the step's
    own_date = (
        own.when
        if own.when is not None
        and not own.relative_day
        and own.when.year in set(own.years) - set(own.implied_years)
        else None
    )
    named_council = own.council  # the council the sentence itself names, if any
    if own.when is None and status != "planned":
        # "adopted at their summit meeting here Friday": the last such weekday up to the
        # article's date (a report, not a preview)
        weekday = _weekday_before(part.text, published_at)
        if weekday is not None and (not own.years or weekday.year in own.years):
            # a weekday of another year than the sentence names is the report's day ("reported
            # on Wednesday" of a memorandum "signed in September 2022 at the summit")
            own = replace(own, when=weekday)
    if cand.venue and cand.type == "declaration" and own.council is None:
        # a declaration named after its venue is the heads of state's (their summit's), unless
        # its own title names another body's meeting: 《上海合作组织成员国文化部长会晤北京宣言》
        # is the culture ministers' Beijing Declaration, not the Beijing summit's (blind set 27)
        own = _with_council(own, _title_council(gaz, part, cand) or "heads_of_state_council")
    elif own.council is None and own.venues and (
        _venue_declaration_in(part.text) or _names_a_venue_declaration(part)
    ):
        # "drafts of the Bishkek Declaration and of the action plan": the place the sentence gives
        # is the venue declaration's, so the summit's, not a place of the article's council
        own = _with_council(own, "heads_of_state_council")
    if status == "planned" and _DRAFT_WORD.search(part.text):
        # a draft agreed at the meeting the article reports (ministers preparing a summit):
        # that is where this step of the document's history happened
        held = _meeting_held(calendar, lead, published_at)
        if held is not None:
            return Meeting(held.council_name, held.venue, held.day, held.id, held.ordinal,
                           held.format)
        if named_council is None and _drafted_outside_the_calendar(calendar, lead, published_at):
            # the drafts of a meeting the calendar lacks (national coordinators preparing the
            # summit, round 26): that meeting's step, unresolved, not the summit's adoption; a
            # sentence naming the council the draft goes to ("agreed to submit the draft for
            # approval at the meeting of the Council of Heads of State", blind set 8) keeps it
            name = _council_name(gaz, lead.council)
            venue = lead.venues[0] if lead.venues else None
            gap = ", ".join(x for x in (name, venue) if x) if venue else None
            return Meeting(name, venue, None, None, None, None, gap)
        if own.implied_years and lead.council is None and not lead.summit:
            # a draft of a memorandum of obligations approved by a state's own act ("Лукашенко
            # одобрил проект меморандума", round 36, blind set 28): the summit its kind implies
            # is the signing's, still to come, not this step's; only the text's clues place it
            own = _without_implied(own)
    if status == "planned" and _implied_only(own) and lead.any():
        # a memorandum of obligations still to be drafted or signed, in a report of an earlier
        # summit ("İran'ın ... kabul edildi [at the Dushanbe summit]. ... bir muhtıra taslağı için
        # çalışmalar başlatılacak", the work on a draft memorandum will start, round 38, blind
        # set 25): the summit its kind implies (the signing, a year on) is one the text never
        # names; the step the text reports is the meeting that decided it, the article's
        reported = resolve(calendar, lead, status, published_at)
        if reported is not None and reported.year < min(own.implied_years):
            own = _without_implied(own)
    places = [v for v in own.venues if v != cand.venue]  # a declaration's name is no place
    # the lead's day without its year goes with the places the lead names: where those give
    # no meeting of that day, the day alone is none either (an undated RIA text "MOSCOW,
    # September 13" on the coming Samarkand summit is not the Bishkek summit of 13 September
    # 2013, blind set 19); a lead naming no place keeps it ("on 21 May ... the Council of
    # Foreign Ministers")
    fallback = (
        Clues(
            council=own.council or council[0],
            summit=own.summit,
            day_month=own.day_month or (None if lead.venues else lead.day_month),
        )
        if council is not None and not (places or own.when or own.years)
        else None
    )
    tried: list[Clues] = []
    if own.any():
        # the sentence's own words first ("adopted at the summit in Tianjin" in a report on
        # another meeting), then under the council the article is about
        if not own.council and lead.council and not own.summit:
            tried.append(_with_council(own, lead.council))
            if fallback is not None:  # "the ministers approved the draft Samarkand Declaration"
                tried.append(fallback)
        elif not own.council and not lead.council and council is not None and own.years and (
            not own.venues
        ):
            # round 54: a year the sentence alone gives ("die Deklaration zum fünfjährigen
            # Bestehen der ...", 2006), no place, under the council the article names ("Die
            # sechste Gipfelkonferenz ..."; blind set 39): that council's meeting of that year
            tried.append(_with_council(own, council[0]))
        tried.append(own)
        if own.summit and own.council not in (None, "heads_of_state_council"):
            # "the Council of Heads of Government ... the Strategy adopted at the summit in
            # Tianjin": a summit is the heads of state's
            tried.append(_with_council(own, "heads_of_state_council"))
    # then the sentence before ("... summit in X. The leaders signed ..."), then the lead
    previous = _clues_before(gaz, previous_part, published_at)
    others = tuple(v for v in lead.venues if previous is None or v not in previous.venues)
    if previous is not None and previous_part is not None and others and (
        adjectival_venues_only(previous_part)
    ):
        # "... реализацией решений Уфимского саммита" (the decisions of the Ufa summit): a
        # venue's adjective qualifies another meeting; the lead's own place ("В Пекине") stays
        # (round 28, blind set 21)
        previous = replace(previous, venues=others)
    if previous is not None and not previous.venues and lead.venues:
        # "... in 2013" of a report in the sentence before does not move the meeting the lead
        # places ("the summit in Dushanbe"): the lead's venue stays
        previous = replace(previous, venues=lead.venues)
    if previous is not None and _other_years(own, previous):
        # "... launched the accession at the Ufa summit in July 2015. At the summit in
        # Uzbekistan in June 2016 the members signed the memoranda": the sentence dates its own
        # meeting, and the place of the sentence before, of another year, is another meeting's
        # (round 30, blind set 24: unresolved rather than guessed)
        previous = None
    # round 81 (meet81): an undated page's sentence naming a summit and its place, and no time
    # ("утверждённой на саммите в Астане", four summits held there), under a sentence before or
    # a lead that dates the page's event ("26 июня 2024 года ... Совещание министров
    # энергетики", blind set 43): the summit at that place in that year, else the last one
    # there before that day, as a page of that day would place it (`resolve`)
    referred: dict[int, date] = {}
    if published_at is None and own.summit and own.venues and not (
        own.years or own.when or own.ordinal
    ):
        for dated in (c for c in (previous, lead) if c is not None):
            its_years = tuple(sorted(set(dated.years) - set(dated.implied_years)))
            if dated.when is not None:
                its_years = its_years or (dated.when.year,)
            if not its_years:
                continue
            year_try = replace(own, years=its_years)
            tried.append(year_try)
            if dated.when is not None:
                referred[id(year_try)] = dated.when
            break
    if previous is not None:
        tried.append(_with_council(previous, own.council or previous.council or lead.council))
    if lead.venues and set(lead.venues) <= set(lead.datelines) and (
        _step_beside_a_meeting(part, previous_part)
    ):
        # round 62: a lead whose only place is its wire's dateline ("МОСКВА, 6 мая — РИА
        # Новости"), over a step taken on the sidelines of a meeting it does not place (the
        # UAE's memorandum "на полях заседания Совета министров иностранных дел", Goa 2023;
        # blind set 48): the dateline is where the report was written, not the meeting's venue
        lead = replace(lead, venues=(), datelines=())
    if lead.any():
        tried.append(_with_council(lead, own.council or lead.council))
    if fallback is not None:
        # the article's council and date, unless the sentence names another place or time
        tried.append(fallback)
    elif (
        council is None
        and lead.summit
        and not (places or own.when or own.years or lead.any())
    ):
        if cand.type not in _SIDELINE_TYPES:
            # a report of "this summit" naming no body, place or year: the heads of state's
            # summit its date points at ("今回のサミット", a page of 8 June 2012: Beijing, 7 June);
            # not a memorandum or agreement, which bodies and partners also sign on a summit's
            # sidelines
            tried.append(Clues(council="heads_of_state_council", summit=True))
        elif own.summit and _on_a_summit_day(calendar, published_at):
            # round 53: a memorandum or agreement whose own sentence puts it at the summit ("al
            # término de la cumbre", at the summit's end), on a page dated on one of that
            # summit's days (Sputnik Mundo, 1 September 2025: Tianjin, 31 August - 1 September,
            # blind set 38): that summit; a page of a day before or after it is no such report
            tried.append(Clues(council="heads_of_state_council", summit=True, when=published_at))
    elsewhere = False  # a venue declaration's meeting found at another venue and passed over
    # round 64: the sentence says "this meeting" (the page's): what the sentence before, the lead
    # or the article's council place far from the page's day is another meeting
    this_meeting = published_at is not None and _THIS_MEETING.search(part.text) is not None
    not_this = False
    lead_places = set(lead.venues) | set(previous.venues if previous is not None else ())
    for clues in tried:
        found = resolve(calendar, clues, status, published_at or referred.get(id(clues)))
        if (found is not None and clues is fallback and found.council not in TUNED_COUNCILS
                and lead_places and found.venue not in lead_places):
            # the article's council and date, for a council added in round 18, is not a
            # meeting elsewhere than the lead places it (a RATS council in New Delhi that the
            # calendar lacks is not the next one in Astana)
            continue
        if (found is not None and this_meeting and clues is not own
                and not _held_about(found, published_at)):
            not_this = True
            continue
        if found is not None and _predates_its_name(cand, found):
            continue  # an action plan "до 2025 года" was not adopted at the summit of 2002
        if found is not None and own_date is not None and not (
            found.covers(own_date, slack=1) if found.start is not None
            else found.year == own_date.year  # a meeting the calendar dates by its year only
        ):
            # round 42: the sentence dates its step with a full date ("4月21日" continuing the
            # year 2005 of the sentence before): the meeting the sentence before or the lead
            # places in another year is not the step's (blind set 33: the ASEAN memorandum of
            # 2005 in a chronology published on the eve of the Astana summit of 2017); round 81
            # (meet81): nor a meeting of that year held on other days ("2008年10月23日在阿斯塔纳
            # 签订了《...意向书》", the heads of government met in Astana on 30 October 2008,
            # blind set 43). A meeting's own days and the day either side of them are its days,
            # as `resolve` reads a text that names the meeting (a signing on the eve is then
            # told apart by `_eve_of`)
            continue
        if (found is not None and clues is not own and own.when is None
                and (stated := set(own.years) - set(own.implied_years))
                and found.year not in stated):
            # round 79 (reg79): nor a year alone ("В апреле 2010 года секретариаты ООН и ШОС
            # подписали Совместную декларацию", blind set 40) under a lead on the founding in
            # Shanghai, 15 June 2001: the lead's meeting of another year is not the step's
            continue
        if found is not None and cand.venue and cand.type == "declaration" and (
            found.venue != cand.venue
        ):
            # the "Astana Declaration" recalled in a report of the Tianjin summit is Astana's,
            # never the meeting the article reports (blind set 12): it resolves at its venue or
            # not at all
            elsewhere = True
            continue
        if found is not None and own.when is not None and own.council and not clues.when:
            if not found.covers(own.when, slack=1) and found.council == own.council:
                continue  # the sentence dates this council's meeting otherwise: a calendar gap
        if (found is not None and status == "planned" and clues is not own
                and named_council is None and not (places or own.when or own.years)
                and cand.type not in _MINISTERS_OWN_TYPES and _PREPARED.search(part.text)):
            # a document still to be adopted, named in a report or preview of the foreign
            # ministers' council that prepares the summit, with no meeting of its own sentence:
            # the summit's package, not the ministers' (round 35, blind set 23: Moscow 2020's
            # action plan and 75th anniversary statement "for the upcoming summit in November")
            found = _summit_prepared_by(calendar, found) or found
        eve = _eve_of(part, cand, found, status) if found is not None else None
        if found is not None and eve is not None:
            # "وقّع ... مساء الأربعاء في سمرقند على مذكرة" (signed on Wednesday evening in
            # Samarkand), the summit opening on Thursday: a signing on the sidelines the day(s)
            # before, outside the council's session (round 38, blind sets 1 and 25)
            # at the place its own sentence names, if another ("اليوم الأربعاء، في العاصمة
            # الأوزبكية طشقند": Tashkent, the eve of the Samarkand summit)
            where = places[0] if places and found.venue not in places else found.venue
            return Meeting(found.council_name, where, eve, None, None, None)
        if found is not None:
            return Meeting(
                found.council_name, found.venue, found.day, found.id, found.ordinal, found.format
            )
    misplaced = _held_elsewhere_that_day(
        calendar, tried[0] if tried else own, places, status, _step_day(own, part, previous_part,
                                                                          published_at))
    if misplaced is not None and not (cand.venue and cand.type == "declaration"):
        return Meeting(misplaced.council_name, misplaced.venue, misplaced.day, misplaced.id,
                       misplaced.ordinal, misplaced.format)
    if not_this and not own.any():
        # "this meeting" of a page whose meeting none of the clues found: unresolved, with no
        # council or ordinal of the meeting recalled before
        return Meeting()
    first = tried[0] if tried else own
    council_id = first.council or (council[0] if council else None)
    council_name = _council_name(gaz, council_id)
    venue = first.venues[0] if first.venues else None
    if venue is None and first.relative_day and lead.venues:
        # round 61: a step the sentence dates by a relative day word and places nowhere ("have
        # signed today the memo", under the dateline "SHANGHAI. KAZINFORM", blind set 7) is at
        # the place the page's lead gives, as before the word dated it
        venue = lead.venues[0]
    gap = None
    # round 59: a step at an institution whose seat alone the text names (a memorandum signed
    # "at the SCO headquarters in Beijing"), unresolved at that place; not a gap of the calendar
    seat = next(iter(first.seats + own.seats + lead.seats), None) if venue is None else None
    # nothing dates the report (no date, no year, no publication day) and the calendar holds
    # this council's meetings at this venue: the meeting is ambiguous among known ones
    # (Dushanbe 2008, 2014, 2021), not one the calendar lacks; so is a venue declaration
    # recalled in a report of another meeting, its year unsaid ("the Astana Declaration")
    ambiguous = (first.when is None and not first.years and first.ordinal is None
                 and (published_at is None or elsewhere)
                 and any(m.council == council_id and m.venue == venue
                         for m in calendar.meetings))
    # nor, without a date or year in the text, is a meeting the calendar holds at this council
    # and venue after the report: the report announces it ("the heads of government council will
    # be held in Moscow in November", a page of 2 September 2025, blind set 17)
    ambiguous = ambiguous or (
        first.when is None
        and not first.years
        and published_at is not None
        and any(
            m.council == council_id and m.venue == venue and m.day and m.day > published_at
            for m in calendar.meetings
        )
    )
    # a meeting kind the calendar holds only some meetings of (heads of emergency agencies,
    # agriculture ministers: round 35 added the dev sets' few) is no gap in it: the document
    # stays unresolved at that body, with no health note
    # round 46: nor is a meeting the text numbers with an ordinal the calendar holds for that
    # council ("on the sidelines of the 25th SCO Summit in Beijing" on 3 September 2025, a
    # secretaries-general's meeting, blind set 35): the text's place or day contradicts the
    # numbered meeting the calendar has (Tianjin), it names no meeting the calendar lacks
    ambiguous = ambiguous or (
        first.ordinal is not None
        and any(m.council == council_id and m.ordinal == first.ordinal for m in calendar.meetings)
    )
    # round 47: nor is the day of another format's meeting the sentence names (the regions'
    # heads in Chelyabinsk, 4-6 December 2018, in the Bishkek Declaration's text): the council is
    # the page's, not the sentence's, so it is not said, and the calendar lacks no meeting of it
    other_body = named_council is None and bool(_OTHER_BODY_MEETING.search(part.text))
    if other_body:
        council_name = None
    ambiguous = ambiguous or other_body
    # round 66 (the lead, reading set 50's register): nor is a meeting the text gives no day or
    # year of its own (none, or only the page's day) of a council the calendar holds at this venue
    # in the page's year or the year before: the report recalls that meeting ("adopted at the
    # last year's summit in Qingdao", a Secretariat page of 28 September 2019; "the meetings of
    # the SCO Heads of State Council ... held in Bishkek", dated that page's day), it names no
    # meeting the calendar lacks; the health note told the user to add Qingdao's and Bishkek's
    # councils beside the calendar's own of 2018 and 2019. A venue the council last met at
    # years before (Bishkek 2019, for a report of 2026) still gets its note.
    own_day = first.when is not None and first.when != published_at
    ambiguous = ambiguous or (
        published_at is not None
        and not own_day
        and not first.years
        and any(m.council == council_id and m.venue == venue and m.day
                and published_at.year - 1 <= m.day.year <= published_at.year
                for m in calendar.meetings)
    )
    # round 79 (reg79): nor is a council only the document's kind implies (a memorandum of
    # obligations is signed at a summit) on a day the text gives for another act: "9-njy
    # fewralynda Lukaşenko ... ähtnamanyň taslamasyny tassyklady" (on 9 February Lukashenko's
    # decree approved the draft memorandum, blind set 38) names no summit the calendar lacks
    ambiguous = ambiguous or (first.implied_council and not venue)
    # round 79 (cards79): a meeting of another kind (energy ministers, ...) whose place and day
    # the text both gives ("the SCO meeting in the Kazakh city of Almaty", a report of 21 June
    # 2024, blind set 8) is one the calendar can be told of, like a council's; not when the
    # calendar holds that kind's meeting of that day elsewhere (the report misplaces it: the
    # energy ministers met in Astana). Without a day it stays unnoted, as round 35 left them.
    sectoral = (
        council_id is not None
        and council_id not in SESSION_COUNCIL_NAMES
        and venue is not None
        and first.when is not None
        and not any(m.council == council_id and m.covers(first.when) for m in calendar.meetings)
    )
    if (
        (council_id in SESSION_COUNCIL_NAMES or sectoral)
        and (venue or first.when)
        and first.any()
        and not ambiguous
    ):
        gap = ", ".join(
            x for x in (council_name, venue, first.when.isoformat() if first.when else None) if x
        )
    return Meeting(council_name, venue or seat, first.when, None, first.ordinal, None, gap)


# Round 80 (dup80): how far from a day the text gives a meeting of the same council at the
# city the text names would make that city's meeting another one, not a slip of the report
MISPLACED_DAYS = 30


def _step_day(own: Clues, part: _Sentence, previous_part: _Sentence | None,
              published_at: date | None) -> date | None:
    """The day a step's own sentence gives, else the English weekday of the sentence before
    ("approved a strategy on Friday ... " then "... said after the SCO meeting in Almaty")."""
    if own.when is not None:
        return own.when
    if previous_part is None or next_meeting_named(previous_part.text):
        return None
    return _weekday_before(previous_part.text, published_at)


def _held_elsewhere_that_day(calendar: Calendar, clues: Clues, places: list[str], status: str,
                             day: date | None) -> CalendarMeeting | None:
    """The calendar's one meeting of the council the text names, held on the day the text gives,
    when the text puts it in another city: the report misplaces it (round 80, dup80). Sputnik,
    21 June 2024: the energy ministers "approved a strategy on Friday" and the ministry spoke
    "after the SCO meeting in the Kazakh city of Almaty"; the calendar holds their meeting of
    that day in Astana (rus.sectsco.org, lite.mir24.tv), so the step is that meeting's, not a
    second step at a meeting the calendar lacks. A council meets once on a day, but two cities
    can be two meetings: not when the calendar holds that council's meeting at the text's city
    within MISPLACED_DAYS, nor against the text's ordinal or year, nor for a plan (a preview
    names the next meeting's place), nor for a council only the document's kind implies."""
    if (day is None or not places or clues.council is None or clues.implied_council
            or status == "planned"):
        return None
    of_council = [m for m in calendar.meetings if m.council == clues.council and m.start]
    hits = [m for m in of_council if m.covers(day, slack=1)]
    if len(hits) != 1 or hits[0].venue in places:
        return None
    found = hits[0]
    if (clues.ordinal is not None and found.ordinal not in (None, clues.ordinal)) or (
            clues.years and found.year not in clues.years):
        return None
    near = timedelta(days=MISPLACED_DAYS)
    if any(m.venue in places and m.covers(day, slack=near.days) for m in of_council):
        return None
    return found


# A document whose own name gives a year (a programme "for 2019-2021", a strategy "until 2025")
# was adopted at most this many years before that year: the SCO's plans look ten to sixteen years
# ahead ("until 2025" adopted in 2015, "2026-2035" in 2025, the trade programme "until 2035" in
# 2019), so twenty years leaves room.
_NAME_HORIZON_YEARS = 20
_NAME_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


# the documents a foreign ministers' council issues itself (its communiqué, information message)
_MINISTERS_OWN_TYPES = frozenset({"communique"})
# the sentence says the document is being prepared or is still to be adopted ("One of the
# important documents to be adopted is ...", "We are preparing an action plan ..."), not only
# wished for ("stressed the importance of adopting the Roadmap", which stays the ministers')
_PREPARED = re.compile(words_pattern("prepared", MEETING_WORDS_FILE), re.IGNORECASE)
# how long after a foreign ministers' council the summit it prepares is held (the councils meet
# one to four months before the summit: Moscow 9-10 September 2020 for 10 November 2020)
SUMMIT_PREPARED_DAYS = 150


# Round 64: "this meeting" (meeting_words.toml [this_meeting]) is the page's: held from this
# many days after the page's day (a preview) to this many days before it (a later report)
_THIS_MEETING = re.compile(words_pattern("this_meeting", MEETING_WORDS_FILE), re.IGNORECASE)
THIS_MEETING_AHEAD_DAYS = 14
THIS_MEETING_AFTER_DAYS = 45


def _held_about(meeting: CalendarMeeting, published_at: date | None) -> bool:
    """Whether a meeting is held about the page's day: "this meeting" of a preview or report."""
    if published_at is None or meeting.start is None:
        return True
    last = meeting.end or meeting.start
    return (meeting.start - timedelta(days=THIS_MEETING_AHEAD_DAYS) <= published_at
            <= last + timedelta(days=THIS_MEETING_AFTER_DAYS))


def _on_a_summit_day(calendar: Calendar, published_at: date | None) -> bool:
    """Whether a day falls on the days of one heads of state's summit (no slack)."""
    if published_at is None:
        return False
    held = [m for m in calendar.meetings
            if m.council == "heads_of_state_council" and m.covers(published_at, slack=0)]
    return len(held) == 1


def _summit_prepared_by(
    calendar: Calendar, meeting: CalendarMeeting
) -> CalendarMeeting | None:
    """The one heads of state's summit a foreign ministers' council prepares: the first one
    held after it within SUMMIT_PREPARED_DAYS, else None."""
    if meeting.council != "foreign_ministers_council" or meeting.day is None:
        return None
    after = [
        m for m in calendar.meetings
        if m.council == "heads_of_state_council" and m.start is not None
        and 0 < (m.start - meeting.day).days <= SUMMIT_PREPARED_DAYS
    ]
    return min(after, key=lambda m: m.start or m.day or date.min) if after else None


def _predates_its_name(cand: _Candidate, meeting: CalendarMeeting) -> bool:
    """Whether a meeting is too early for a document whose own name names a later year: a
    venue alone (the only St Petersburg summit, 2002) does not place a plan "до 2025 года"."""
    years = [int(y) for y in _NAME_YEAR.findall(cand.name)]
    return bool(years) and meeting.year < max(years) - _NAME_HORIZON_YEARS


# A period a document's name opens ("for 2025-2027", "на 2026-2030 годы", "2026-2035年"): the
# SCO adopts such a plan within the two years before its period starts (the programme against
# terrorism "for 2025-2027" at Astana 2024, "for 2022-2024" at Dushanbe 2021, the Anti-Drug
# Strategy "for 2024-2029" at Astana 2024, the Development Strategy "2026-2035" at Tianjin 2025).
_PERIOD_START = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*(?:19|20)?\d{2}(?!\d)")
PERIOD_LEAD_YEARS = 2


def period_starts(name: str) -> tuple[int, ...]:
    """The first years of the periods a document's name opens."""
    return tuple(int(y) for y in _PERIOD_START.findall(name))


def meeting_of_periods(
    calendar: Calendar, council_name: str, venue: str | None, starts: set[int]
) -> CalendarMeeting | None:
    """The one meeting of a council (at a venue, if given) whose year lies within the lead of
    every period start, else None."""
    hits = [
        m
        for m in calendar.meetings
        if m.council_name == council_name
        and (venue is None or m.venue == venue)
        and all(y - PERIOD_LEAD_YEARS <= m.year <= y for y in starts)
    ]
    return hits[0] if len(hits) == 1 else None


def _council_name(gaz: Gazetteer, council_id: str | None) -> str | None:
    """The display name of a council of the calendar, or of another meeting body."""
    if not council_id:
        return None
    body = gaz.bodies.get(council_id)
    return calendar_council_names().get(council_id) or (body.name if body else None)


_DRAFT_WORD = re.compile(words_pattern("draft_word", MEETING_WORDS_FILE), re.IGNORECASE)


def _names_a_venue_declaration(part: _Sentence) -> bool:
    """Whether a declaration word of the sentence stands by a venue, in any language the
    gazetteer spells ("foi adotada a Declaração de Tianjin ..., e foi aprovada a Estratégia")."""
    return any(
        _venue_near(part, head, part.start, part.end) is not None
        for head in part.of("doc_type", "declaration")
    )


def _venue_declaration_in(text: str) -> bool:
    """Whether a sentence names a venue declaration ("Bishkek Declaration", «Бишкекской
    декларации», 比什凯克宣言)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return any(pattern.search(folded) for pattern in _venue_patterns())


def _meeting_held(
    calendar: Calendar, lead: Clues, published_at: date | None
) -> CalendarMeeting | None:
    """The meeting the title and lead report as held on the article's date, else the ministers'
    (or other council below the heads of state) meeting they name held in the fortnight before."""
    if published_at is None:
        return None
    if lead.any():
        found = resolve(calendar, lead, "adopted", published_at)
        if found is not None and found.covers(published_at, slack=1):
            return found
    if lead.council and lead.council != "heads_of_state_council":
        held = [m for m in calendar.meetings if m.council == lead.council]
        if lead.council not in TUNED_COUNCILS and lead.venues:
            # a council added in round 18 (RATS, defence ministers, secretaries): the lead's
            # venue decides, never another city's meeting of that year
            held = [m for m in held if m.venue in lead.venues]
        return _by_publication(held, "adopted", published_at, 14)
    return None


def _drafted_outside_the_calendar(
    calendar: Calendar, lead: Clues, published_at: date | None
) -> bool:
    """Whether the title and lead report a dated meeting of a council below the heads of state
    that the calendar does not hold: none of that council on or in the fortnight before the
    article's date (the lead's own meeting, where drafts are worked on, is no calendar one)."""
    if published_at is None or lead.council in (None, "heads_of_state_council"):
        return False
    near = [
        m
        for m in calendar.meetings
        if m.council == lead.council
        and m.start is not None
        and -2 <= (published_at - m.start).days <= 14
    ]
    return not near


def _other_years(own: Clues, other: Clues) -> bool:
    """Whether a sentence names years and another sentence's clues name only other ones. A
    date written with its year counts as the sentence's year (round 41: "On September 14, 2022,
    in Tashkent, ... a ceremony of signing memoranda" after "the procedure launched in September
    2021 at the Dushanbe summit"); a day and month the page's date completes does not."""
    return bool(own.years and other.years and not set(own.years) & set(other.years)) or bool(
        not own.years
        and own.when is not None
        and own.day_month is None
        and other.years
        and own.when.year not in other.years
    )


# How far after the dated sentence before it a date without its year may fall to continue that
# sentence's year (a chronology's "2005年4月12日, ... 4月21日, ...": within the half year).
CONTINUED_YEAR_DAYS = 183


def _continued_year(
    gaz: Gazetteer, own: Clues, previous_part: _Sentence | None, published_at: date | None
) -> Clues:
    """A sentence's date written without its year, after a sentence dated with its year: that
    year, when the day falls within the half year after the date before (a chronology's "2005年4月
    12日，…签署谅解备忘录。4月21日，上合组织秘书处与东盟秘书处签署了谅解备忘录", "On 12 April
    2005 ... On 21 April, ..."), not the page's year (round 42, blind set 33: the ASEAN
    memorandum of 2005 read as 21 April 2017, the day of a foreign ministers' council)."""
    if own.day_month is None or own.years or own.when is None or previous_part is None:
        return own
    before = clues_of(gaz, previous_part, None, published_at)
    if before.when is None or before.day_month is not None:
        return own  # the sentence before gives no date with its year written
    month, day = own.day_month
    try:
        when = date(before.when.year, month, day)
    except ValueError:
        return own
    if when.year == own.when.year or not 0 < (when - before.when).days <= CONTINUED_YEAR_DAYS:
        return own
    return replace(own, when=when, years=(when.year,))


def _clues_before(
    gaz: Gazetteer, part: _Sentence | None, published_at: date | None
) -> Clues | None:
    """The meeting clues of the sentence before a mention's, when it has any."""
    if part is None or next_meeting_named(part.text):
        # "the next summit will be held in Kyrgyzstan in 2013": the next meeting's place and
        # year, not those of the documents signed after it
        return None
    clues = clues_of(gaz, part, None, published_at)
    return clues if clues.any() else None


# The end of a clause about the next meeting: a comma, semicolon or sentence mark, or the
# Japanese connective form of its verb before a comma ("開催することを決定し、").
_CLAUSE_END = re.compile(r"[,;，；、。]")


def _next_meeting_spans(text: str, own_name: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The clauses of a document's sentence about the council's next meeting, from the "next
    meeting" words to the clause's end, where the document's name lies outside them: that
    meeting's place and year are not the document's ("会議は次回会議を2013年にウズベキスタンで
    開催することを決定し、「…首相理事会会議共同コミュニケ」などの文書を発表した": the Bishkek
    2012 communiqué, not Tashkent 2013; "decided to hold the next meeting in Tashkent in 2013,
    and adopted the Joint Communiqué"). A name inside the clause ("the next summit in Astana
    will adopt the Astana Declaration") keeps it (round 56). Only with a candidate: a sentence's
    own clues are left as they were."""
    if own_name is None:
        return []
    spans = []
    for found in _NEXT_MEETING.finditer(text):
        stop = _CLAUSE_END.search(text, found.end())
        if stop is not None and _NEXT_PLACE_AFTER.match(text, stop.end()):
            # round 62: "na próxima cúpula, em Astana": the comma sets off the next meeting's
            # place, which is still the clause's
            stop = _CLAUSE_END.search(text, stop.end())
        end = stop.start() if stop else len(text)
        if found.start() <= own_name[0] < end:
            continue
        spans.append((found.start(), end))
    return spans


def next_meeting_named(text: str) -> bool:
    """Whether a sentence is about a council's next meeting (its place, year or chair)."""
    return bool(_NEXT_MEETING.search(text))


# Documents signed on a summit's sidelines as often as at it (the Secretariat's memoranda).
_SIDELINE_TYPES = frozenset({"memorandum", "agreement"})


# Weekday names (Monday = 0) in the languages of the sideline reports: English, Arabic (with its
# conjunction and preposition clitics), Russian, French, Spanish, Portuguese, Italian, German,
# Turkish, Persian.
_WEEKDAY_NAMES = (
    # not Arabic الاثنين (also "the two") nor Persian دوشنبه (also Dushanbe)
    ("monday", "понедельник", "lundi", "lunes", "segunda-feira", "lunedì", "montag", "pazartesi"),
    ("tuesday", "الثلاثاء", "вторник", "mardi", "martes", "terça-feira", "martedì", "dienstag",
     "salı", "سه‌شنبه", "سه شنبه"),
    ("wednesday", "الأربعاء", "الاربعاء", "среду", "среда", "mercredi", "miércoles", "quarta-feira",
     "mercoledì", "mittwoch", "çarşamba", "چهارشنبه"),
    ("thursday", "الخميس", "четверг", "jeudi", "jueves", "quinta-feira", "giovedì", "donnerstag",
     "perşembe", "پنجشنبه", "پنج‌شنبه"),
    ("friday", "الجمعة", "пятницу", "пятница", "vendredi", "viernes", "sexta-feira", "venerdì",
     "freitag", "cuma", "جمعه"),
    ("saturday", "السبت", "субботу", "суббота", "samedi", "sábado", "sabato", "samstag",
     "cumartesi", "شنبه"),
    ("sunday", "الأحد", "الاحد", "воскресенье", "dimanche", "domingo", "domenica", "sonntag",
     "یکشنبه"),
)
_WEEKDAY_OF = {name: n for n, names in enumerate(_WEEKDAY_NAMES) for name in names}
_ANY_WEEKDAY = re.compile(
    r"(?<![\w\u0600-\u06ff])(?:[وب]?)("
    + "|".join(sorted((re.escape(n) for n in _WEEKDAY_OF), key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
# a weekday that dates the report or the words, not the signing ("the Saudi Press Agency reported
# on Wednesday", "a déclaré le jeudi 15 septembre le ministre")
_SAID_ON = re.compile(
    r"(?:\breported|\bsaid|\bannounced|\bstated|\bdeclared|\btold\s+\S+"
    r"|\ba\s+(?:déclaré|annoncé|indiqué|affirmé|précisé)|\bdijo|\bdeclaró|\banunció|\binformó"
    r"|\bha\s+(?:dichiarato|annunciato|detto)|заявил\w*|сообщил\w*|أعلن\w*|قال|صرّ?ح)"
    r"\s+(?:on\s+|le\s+|el\s+|ce\s+|в\s+|يوم\s+|(?:this|last)\s+)?$",
    re.IGNORECASE,
)
# how many days before a meeting's first day a sideline signing may be ("the day before the
# summit", "on Wednesday" of a summit opening on Thursday or Friday)
_EVE_DAYS = 3


def _eve_of(
    part: _Sentence, cand: _Candidate, found: CalendarMeeting, status: str
) -> date | None:
    """The day in the days before a meeting that a memorandum's or agreement's sentence names by
    its weekday alone, when no day of the meeting is that weekday: the signing was on its eve,
    outside the session. None when the sentence names no weekday, or more than one."""
    if status == "planned" or cand.type not in _SIDELINE_TYPES or found.start is None:
        return None
    if _SUMMIT.search(part.text):
        return None  # "signed ... at the SCO summit in Samarkand": the text places it there
    days = {
        _WEEKDAY_OF[m.group(1).lower()]
        for m in _ANY_WEEKDAY.finditer(part.text)
        if m.group(1).lower() in _WEEKDAY_OF
        and not _SAID_ON.search(part.text[max(0, m.start() - 30) : m.start()])
    }
    if len(days) != 1:
        return None
    (weekday,) = days
    end = found.end or found.start
    span = (end - found.start).days + 1
    if any((found.start + timedelta(days=i)).weekday() == weekday for i in range(span)):
        return None
    for back in range(1, _EVE_DAYS + 1):
        day = found.start - timedelta(days=back)
        if day.weekday() == weekday:
            return day
    return None


# A sentence about the next meeting of a council (its place, its chair).
_NEXT_MEETING = re.compile(words_pattern("next_meeting", MEETING_WORDS_FILE), re.IGNORECASE)
# round 62: a preposition of place right after the comma that ends the next meeting's words
_NEXT_PLACE_AFTER = re.compile(
    r"\s+(?:" + words_pattern("next_meeting_place", MEETING_WORDS_FILE) + r")\s+\w", re.IGNORECASE
)


def _title_council(gaz: Gazetteer, part: _Sentence, cand: _Candidate) -> str | None:
    """The meeting body a document's own title names, when it is one below the heads of state
    (a ministers' or agency heads' meeting): "Beijing Declaration of the Meeting of Ministers of
    Culture", 文化部长会晤北京宣言."""
    for m in part.of("body"):
        body = gaz.bodies.get(m.entry.ref)
        if (body is not None and body.holds_meetings and m.entry.ref != "heads_of_state_council"
                and cand.start <= m.start and m.end <= cand.end):
            return str(m.entry.ref)
    return None


# A meeting's note that something was done ("noted that", 注意到, «отметили, что»), and right
# after a document's name its verb in the perfect (Chinese 業已 / 已經 / 已 before the verb,
# "had been signed").
_NOTED = re.compile(words_pattern("noted", MEETING_WORDS_FILE), re.IGNORECASE)
_PERFECT_AFTER = re.compile(words_pattern("perfect_after", MEETING_WORDS_FILE), re.IGNORECASE)


# round 79 (reg79): a state's government, cabinet or parliament named right after the state (its
# name's last word may come between), in the languages that put the verb last (Uzbek, Kazakh,
# Kyrgyz, Turkmen, Turkish)
_GOVERNMENT_WORD = re.compile(
    r"\S*(?:\s+\S+)?\s+(?:Vazirlar\s+Mahkamas|hukumat|parlament|Oliy\s+Majlis"
    r"|Ministrler\s+Kabinet|Үкімет|Министрлер\s+Кабинет|парламент|Өкмөт|Жогорку\s+Кеңеш|hökümet|Mejlis"
    r"|Bakanlar\s+Kurulu|hükümet|Meclis)",
    re.IGNORECASE,
)


def _approved_by_a_state(part: _Sentence, cand: _Candidate) -> bool:
    """Whether the approval cue before a name has a state as its subject: a state named before
    the cue, and no SCO council in the sentence ("沙特阿拉伯已經批准了一份備忘錄": Saudi Arabia has
    approved a memorandum; not "the ministers examined the memoranda of India and Pakistan,
    approving them")."""
    approvals = [c for c in part.of("doc_status") if c.entry.ref == "approved"]
    cues = [c for c in approvals if c.end <= cand.start]
    if any((b := m.entry.ref) and b.endswith("council") for m in part.of("body")):
        return False
    if not cues:
        # round 79 (reg79): a language that puts the verb last ("Saudiya Arabistoni Vazirlar
        # Mahkamasi ... memorandumni tasdiqladi", the Saudi cabinet approved the memorandum,
        # Uzbek, blind set 38): the first approval after the name, its subject the state named
        # before the name and its government named after the state ("Vazirlar Mahkamasi",
        # "hukumati"); a decree's heading "Беларусь Республикасының ... меморандумам бекіту
        # туралы" (on approving Belarus's memorandum, blind set 28) names the memorandum's
        # state, not who approves it
        after = [c for c in approvals if c.start >= cand.end - 1]
        return bool(after) and any(
            m.end <= cand.start
            and _GOVERNMENT_WORD.match(part.text, m.end - part.start)
            for m in part.of("state")
        )
    return any(m.end <= cues[-1].start for m in part.of("state"))


# round 57: a ratification word before a memorandum's name (meeting_words.toml, [ratification])
_RATIFICATION = re.compile(words_pattern("ratification", MEETING_WORDS_FILE), re.IGNORECASE)


def _ratified_by_a_state(part: _Sentence, cand: _Candidate) -> bool:
    """Whether a memorandum's approval is a state's ratification of it: a ratification word
    before its name, and no SCO council in the sentence ("Сенаторы ... одобрили законопроект «О
    ратификации Меморандума об обязательствах Республики Беларусь»", the senators approved the
    bill ratifying Belarus's memorandum; round 57, blind set 44). A memorandum is ratified by the
    state that undertook it, never by the SCO's councils: the act is national, as a state's own
    approval is (`_approved_by_a_state`), not the summit that signed it; only a place or date
    the sentence gives places it."""
    if any((b := m.entry.ref) and b.endswith("council") for m in part.of("body")):
        return False
    return bool(_RATIFICATION.search(part.text, 0, cand.start - part.start))


def a_states_own_act(part: _Sentence, cand: _Candidate, status: str) -> bool:
    """Whether a memorandum's step in this sentence is a state's own approval or ratification
    of it (a national act, never an SCO meeting's; `_approved_by_a_state`,
    `_ratified_by_a_state`)."""
    return status == "approved" and cand.type == "memorandum" and (
        _approved_by_a_state(part, cand) or _ratified_by_a_state(part, cand)
    )


def noted_as_done(part: _Sentence, cand: _Candidate) -> bool:
    """Whether a meeting's note reports a document as signed before it: "noted that the
    Memorandum ... had been signed" (the note, not the signing, is the meeting's)."""
    rel_start, rel_end = cand.start - part.start, cand.end - part.start
    return bool(_NOTED.search(part.text[:rel_start])) and bool(
        _PERFECT_AFTER.match(part.text, rel_end)
    )


# A step dated before a meeting: "ahead of / before / on the eve of the summit", «накануне
# (в преддверии, перед) саммита», Arabic قبيل / قبل, French "avant / à la veille de", Spanish and
# Portuguese "antes de / en vísperas de / às vésperas de", German "vor dem"; what follows names
# the later meeting.
_BEFORE_MEETING = re.compile(words_pattern("before_meeting", MEETING_WORDS_FILE), re.IGNORECASE)
_MEETING_AFTER = re.compile(words_pattern("meeting_after", MEETING_WORDS_FILE), re.IGNORECASE)


def _before_a_meeting(part: _Sentence, cand: _Candidate | None) -> int | None:
    """Offset in the sentence of a "before the summit" phrase after a document's name (without
    one, anywhere), whose next words (60 characters) name a summit or meeting, else None."""
    for found in _BEFORE_MEETING.finditer(part.text, cand.end - part.start if cand else 0):
        after = part.text[found.end() : found.end() + 60]
        if _SUMMIT.search(after) or _MEETING_AFTER.search(after):
            return found.start()
    return None


def lead_clues_of(gaz: Gazetteer, part: _Sentence, published_at: date | None) -> Clues:
    """A lead sentence's clues; of its words before a "before the summit" phrase when those
    place the sentence's event at another venue than the later meeting's ("Tashkent saw the
    memorandum signed shortly before the summit in Samarkand": Tashkent's, round 36)."""
    whole = clues_of(gaz, part, None, published_at)
    ahead = _before_a_meeting(part, None)
    if ahead is None:
        return whole
    step = _clues_of(gaz, part, None, published_at, cut=ahead)
    later = {m.entry.ref for m in venue_matches(part) if m.start - part.start >= ahead}
    if step.venues and not set(step.venues) & later:
        return step
    return whole


def _without_implied(clues: Clues) -> Clues:
    """The clues the text itself gives, without the year and council a document's kind
    implied."""
    return replace(
        clues,
        years=tuple(y for y in clues.years if y not in clues.implied_years),
        council=None if clues.implied_council else clues.council,
        implied_years=(),
        implied_council=False,
    )


def _implied_only(clues: Clues) -> bool:
    """Whether the clues' years are all the document kind's implied ones and the sentence names
    no place, ordinal or date of its own."""
    return bool(clues.implied_years) and not (
        clues.venues or clues.ordinal or clues.when
        or set(clues.years) - set(clues.implied_years)
    )


def _place_of(clues: Clues) -> str | None:
    """The place of an unresolved step: the venue its clues name, else the seat of the
    institution where it happened (round 59)."""
    return next(iter(clues.venues + clues.seats), None)


def _with_council(clues: Clues, council: str | None) -> Clues:
    """The same clues under another council."""
    return Clues(
        council, clues.venues, clues.ordinal, clues.years, clues.when, clues.video, clues.summit,
        clues.day_month, seats=clues.seats, relative_day=clues.relative_day,
        relative_year=clues.relative_year,
    )


_WEEKDAYS = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE
)
_WEEKDAY_NUMBER = {
    name: n
    for n, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}


def _weekday_before(sentence: str, published_at: date | None) -> date | None:
    """The day an English weekday in a report's sentence names: the last such weekday up to
    the article's date ("here Friday" in a report of Saturday 8 June 2002 is 7 June); None
    without an article date or with two different weekdays."""
    if published_at is None:
        return None
    days = {_WEEKDAY_NUMBER[m.lower()] for m in _WEEKDAYS.findall(sentence)}
    if len(days) != 1:
        return None
    back = (published_at.weekday() - days.pop()) % 7
    return published_at - timedelta(days=back)


@lru_cache(maxsize=4096)
def _date_in(sentence: str, published_at: date | None) -> date | None:
    """A meeting date written in a sentence, its year taken from the article's date if missing.
    A date that dates a cited text yields to another the sentence gives (round 78, blind set
    50: "исполнение решений протокола ... от 23 апреля 2025 года, ... Концепции Университета
    ШОС, утвержденной 18 апреля 2024 г.": the protocol's date, not the Concept's approval); alone,
    it is still the sentence's date (blind set 28: "решении Совета глав ... от 16 сентября 2022
    года" dates the page's context)."""
    if not sentence or not any(ch.isdigit() for ch in sentence):
        return None
    return _written_date(sentence, published_at, True) or _written_date(
        sentence, published_at, False)


def written_dates(sentence: str) -> tuple[date, ...]:
    """The full dates (with their years) a sentence writes that `_date_in` reads: its first, and
    its first but the cited ones, of an undated page (round 80: what a page was written after).
    A deadline is none of them (round 81, `_deadline`): "не позднее 15 января 2024 года" is a
    day something is to be done by, which says nothing of when the page was written. Nor is a
    Vietnamese date in figures left out ("Ngày 4/7/2023", `_vietnamese_date`)."""
    if not any(ch.isdigit() for ch in sentence):
        return ()
    return tuple(dict.fromkeys(d for d in (_written_date(sentence, None, True, True),
                                           _written_date(sentence, None, False, True),
                                           _vietnamese_date(sentence)) if d))


# round 81 (reg81): Vietnamese writes a full date in figures after "ngày" (day), the day first:
# "Ngày 4/7/2023" is 4 July 2023 (blind set 23's undated tapchidongnama.vn page on Iran's
# accession at the New Delhi summit). `_NUMERIC_DATE` reads no slashed date whose two first
# figures could each be the month; the word says which is the day (as stories' lead dates read it)
_VIETNAMESE_DATE = re.compile(r"\bng[àa]y\s+(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])",
                              re.IGNORECASE)


def _vietnamese_date(sentence: str) -> date | None:
    """The first Vietnamese date in figures with its year ("ngày 4/7/2023") that is no
    deadline, else None."""
    for found in _VIETNAMESE_DATE.finditer(sentence):
        if _deadline(sentence, found):
            continue
        try:
            return date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
        except ValueError:
            continue
    return None


def _deadline(sentence: str, found: re.Match[str]) -> bool:
    """Whether a date found in a sentence is a deadline: a deadline's words right before it
    ("не позднее", "no later than", "by", "until") or right after it ("前", "までに", "gacha")."""
    return bool(_DEADLINE_BEFORE.search(sentence[max(0, found.start() - 30) : found.start()])
                or _DEADLINE_AFTER.match(sentence, found.end()))


def _written_date(sentence: str, published_at: date | None, skip_cited: bool,
                  skip_deadline: bool = False) -> date | None:
    """_date_in's first date of a sentence, without the cited ones when skip_cited and the
    deadlines when skip_deadline."""
    for pattern, form in _DATE_PATTERNS:
        found = next((f for f in pattern.finditer(sentence)
                      if not (skip_cited and _cited_date(sentence, f))
                      and not (skip_deadline and _deadline(sentence, f))), None)
        if not found:
            continue
        try:
            if form == "md":
                month, day, year = (
                    _MONTHS_EN[found.group(1).lower()],
                    int(found.group(2)),
                    found.group(3),
                )
            elif form == "dm":
                day, month, year = (
                    int(found.group(1)),
                    _MONTHS_EN[found.group(2).lower()],
                    found.group(3),
                )
            elif form in ("ru", "de"):
                day, month, year = (
                    int(found.group(1)),
                    (_MONTHS_RU if form == "ru" else _MONTHS_DE)[found.group(2).lower()],
                    found.group(3),
                )
            elif form == "xx":
                day, month = int(found.group(2)), _month_of(found.group(3))
                year = found.group(4) or found.group(1)
            else:
                year, month, day = found.group(1), int(found.group(2)), int(found.group(3))
            return _with_year(month, day, int(year) if year else None, published_at)
        except ValueError:
            continue
    return _numeric_date(sentence, skip_cited, skip_deadline)


# Round 74: a date in figures with its year ("12.09.2014", "16/8/2007", "8/16/2007"): the dotted
# form is day first wherever it is written (German, Russian, Turkish, the Arabic press); a slashed
# one only where a figure above 12 says which is the day (British and Arab day first, American
# month first: "12/9/2014" is either, and is not read)
_NUMERIC_DATE = re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d./])")


def _cited_date(sentence: str, found: re.Match[str]) -> bool:
    """Whether a date found in a sentence dates a cited text ("от 16 августа 2007 года", "dated
    16 August 2007": _CITED_DATE_BEFORE, as for a year alone)."""
    return bool(_CITED_DATE_BEFORE.search(sentence[max(0, found.start() - 20) : found.start()]))


def _numeric_date(sentence: str, skip_cited: bool = False,
                  skip_deadline: bool = False) -> date | None:
    """The first date in figures a sentence writes unambiguously, else None (without the cited
    ones when skip_cited, the deadlines when skip_deadline)."""
    for found in _NUMERIC_DATE.finditer(sentence):
        if skip_cited and _cited_date(sentence, found) or (
                skip_deadline and _deadline(sentence, found)):
            continue
        first, second, year = int(found.group(1)), int(found.group(3)), int(found.group(4))
        if found.group(2) == ".":
            day, month = first, second
        elif first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            day, month = second, first
        else:
            continue
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def written_day_month(sentence: str) -> tuple[int, int] | None:
    """(month, day) of a date a sentence writes without its year, else None."""
    return _day_month_in(sentence)


@lru_cache(maxsize=4096)
def _day_month_in(sentence: str) -> tuple[int, int] | None:
    """(month, day) of a date written without its year in a sentence, else None."""
    if not sentence or not any(ch.isdigit() for ch in sentence):
        return None
    for pattern, form in _DATE_PATTERNS:
        found = pattern.search(sentence)
        if not found:
            continue
        if form == "md" and not found.group(3):
            return _MONTHS_EN[found.group(1).lower()], int(found.group(2))
        if form == "dm" and not found.group(3):
            return _MONTHS_EN[found.group(2).lower()], int(found.group(1))
        if form == "ru" and not found.group(3):
            return _MONTHS_RU[found.group(2).lower()], int(found.group(1))
        if form == "de" and not found.group(3):
            return _MONTHS_DE[found.group(2).lower()], int(found.group(1))
        if form == "xx" and not (found.group(1) or found.group(4)):
            return _month_of(found.group(3)), int(found.group(2))
        if form == "zh" and not found.group(1):
            return int(found.group(2)), int(found.group(3))
        return None
    return None


def _on_day(meeting: CalendarMeeting, day_month: tuple[int, int]) -> bool:
    """Whether a calendar meeting was held on this day and month (its days known)."""
    if meeting.start is None:
        return False
    last = meeting.end or meeting.start
    day = meeting.start
    while day <= last:
        if (day.month, day.day) == day_month:
            return True
        day += timedelta(days=1)
    return False


def _near_day(meeting: CalendarMeeting, day_month: tuple[int, int]) -> date | None:
    """The day of this month and day within _EVE_DAYS of a calendar meeting's days (before its
    first or after its last), in the meeting's year; None when it is farther off."""
    if meeting.start is None:
        return None
    try:
        day = date(meeting.start.year, *day_month)
    except ValueError:  # 31 April, 29 February of a common year
        return None
    return day if meeting.covers(day, _EVE_DAYS) else None


def _with_year(month: int, day: int, year: int | None, published_at: date | None) -> date | None:
    """A date whose missing year is the publication year nearest to it."""
    if year is not None:
        return date(year, month, day)
    if published_at is None:
        return None
    candidate = date(published_at.year, month, day)
    if candidate - published_at > timedelta(days=183):
        candidate = date(published_at.year - 1, month, day)
    elif published_at - candidate > timedelta(days=183):
        candidate = date(published_at.year + 1, month, day)
    return candidate


# ---- a memorandum signed by the Secretary-General ----------------------------------------------


# The SCO's Secretary-General as a signer, in the languages of the reports: a memorandum granting
# a state the status of dialogue partner (or the Secretariat's with another organisation) that he
# signs with a state's minister is signed at a ceremony of its own, not at a council's session
# (tests/data/tagging/README.md: such a memorandum is at a calendar meeting only where the text
# says it was signed at one). Round 41, blind set 32: the Armenian memorandum "signed in Beijing
# on 16 April" by the Secretary-General read as a heads of state council the calendar lacks.
_SECRETARY_GENERAL = re.compile(
    words_pattern("secretary_general", MEETING_WORDS_FILE), re.IGNORECASE
)
# round 42: the SCO's Secretariat itself as a signer, with the SCO's name at it ("上合组织秘书处与
# 东盟秘书处签署了谅解备忘录", "the SCO Secretariat and UNESCO signed", «Секретариат ШОС и ...
# подписали»): its memoranda with other organisations are the Secretariat's acts, signed at a
# ceremony of their own unless the text says a council's session (blind set 33: the ASEAN
# memorandum of 2005, signed in Jakarta, asked for a heads of state council the calendar lacks)
_SCO_SECRETARIAT = re.compile(words_pattern("sco_secretariat", MEETING_WORDS_FILE), re.IGNORECASE)
_SIGNATURES_PUT = re.compile(words_pattern("signatures_put", MEETING_WORDS_FILE), re.IGNORECASE)
# the memorandum word of the Arabic script, no type word of the vocabulary (names.py has its own)
_ARABIC_MEMORANDUM = re.compile(r"مذكر\w*")
SECRETARY_GENERAL_REACH = 40  # characters between the office and another organisation's name


def _secretary_general_signs(part: _Sentence) -> bool:
    """Whether a sentence says the SCO's Secretary-General signed: the office and a signing word,
    the office not another organisation's (the UN's Secretary-General at a summit). The signing
    word may be the signatures put under the document, noun first («Под документом подписи
    поставили ... генсекретарь ШОС», round 68, blind set 17)."""
    if not (part.has("doc_status", "signed") or _SIGNATURES_PUT.search(part.text)):
        return False
    if _SCO_SECRETARIAT.search(part.text):
        return True
    others = [m for m in part.of("organisation") if m.entry.ref != "sco"]
    for office in _SECRETARY_GENERAL.finditer(part.text):
        at, end = part.start + office.start(), part.start + office.end()
        if not any(max(m.start - end, at - m.end) <= SECRETARY_GENERAL_REACH for m in others):
            return True
    return False


_CITED_DECISION_RE = FirstOf(re.compile(_CITED_DECISION, re.IGNORECASE), *_VERB_FINAL_DECISIONS)


def _carries_out_a_decision(part: _Sentence) -> bool:
    """Whether a sentence says a memorandum's signing carries out a council's decision ("с
    подписанием меморандума завершается реализация Уфимского решения", round 42): a signing of
    its own, after the session that decided it."""
    return (part.has("doc_status", "signed")
            and (part.has("doc_type", "memorandum") or bool(_ARABIC_MEMORANDUM.search(part.text)))
            and _CITED_DECISION_RE.search(part.text) is not None)


def decision_of(gaz: Gazetteer, calendar: Calendar, part: _Sentence) -> CalendarMeeting | None:
    """The calendar meeting whose decision a memorandum's signing carries out, as the sentence's
    cited decision names it ("с подписанием меморандума завершается реализация Уфимского решения
    Совета глав государств ШОС": Ufa 2015; "implementing the decision of the Dushanbe summit of
    2021"): the venue, council and year inside the clause, resolved as any clues are, with no
    article date (the decision came before the report); None when the clause names no meeting or
    two fit (round 43: the decision as a step of the memorandum's history)."""
    if not _carries_out_a_decision(part):
        return None
    for found in _CITED_DECISION_RE.finditer(part.text):
        start, end = found.span()
        clause = part.text[start:end]
        venues = tuple(dict.fromkeys(
            m.entry.ref for m in venue_matches(part) if start <= m.start - part.start < end))
        council = next((m.entry.ref for m in part.of("body")
                        if start <= m.start - part.start < end
                        and (b := gaz.bodies.get(m.entry.ref)) is not None and b.holds_meetings),
                       None)
        summit = bool(_SUMMIT.search(clause))
        clues = Clues(council=council, venues=venues, years=years_in(clause), summit=summit)
        if not clues.any():
            continue  # "реализация решения" alone: which meeting's, the clause does not say
        held = resolve(calendar, clues, "adopted", None)
        if held is not None:
            return held
    return None


# Round 51: on the sidelines of a meeting (a memorandum signed there is signed beside the session)
_SIDELINES = re.compile(words_pattern("sidelines", MEETING_WORDS_FILE), re.IGNORECASE)


def signed_on_the_sidelines(parts: list[_Sentence], cand: _Candidate) -> bool:
    """Whether the memorandum's own sentence signs it on a meeting's sidelines ("signed the
    Memorandum ... on the sidelines of the Council of Foreign Ministers Meeting", «وقعت على مذكرة
    تفاهم ... على هامش اجتماع»): beside the session, not at it."""
    at = next((i for i, p in enumerate(parts) if p.start <= cand.start < p.end), None)
    if at is None:
        return False
    own = parts[at]
    if own.has("doc_status", "signed") and _SIDELINES.search(own.text) is not None:
        return True
    # round 52: a memorandum signed in one sentence and told again in the next, which signs it
    # on the sidelines (a headline "ШОС и ЮНЕСКО подписали Меморандум", then "на полях саммита
    # ... подписан Меморандум ..."; blind set 38); that sentence without a memorandum (talks on
    # the sidelines) moves nothing
    following = parts[at + 1] if at + 1 < len(parts) else None
    return (own.has("doc_status", "signed") and following is not None
            and following.has("doc_status", "signed") and following.has("doc_type", "memorandum")
            and _SIDELINES.search(following.text) is not None)


def signed_ahead_of_a_meeting(parts: list[_Sentence], cand: _Candidate) -> bool:
    """Whether the memorandum's own sentence signs it ahead of a meeting, in the preparations
    for it ("في إطار الاستعدادات لقمة منظمة شنغهاي للتعاون المقامة في سمرقند، 15 و16 سبتمبر
    الجاري، حيث أقيم حفل توقيع مذكرات التفاهم", in the preparations for the summit in
    Samarkand, where the signing ceremony of the memoranda was held; "on the eve of the summit,
    ... signed the memorandum"): a step before that meeting, not at it, wherever the phrase
    stands in the sentence (round 56, blind sets 20 and 42: Egypt's and Qatar's memoranda,
    signed on 14 September 2022, the day before the Samarkand summit opened)."""
    own = next((p for p in parts if p.start <= cand.start < p.end), None)
    return (own is not None and own.has("doc_status", "signed")
            and _before_a_meeting(own, None) is not None)


# Round 56: a month and its year with no day before the month ("in May 2010", "в мае 2010 года",
# "2010年5月" with no day after it)
_MONTHS_RU_IN = _month_numbers(
    "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"
)
_MONTH_YEAR = (
    (re.compile(rf"(?<![\d.])(?<!\d\s)\b({_MONTH_EN})\b\.?,?\s+((?:19|20)\d{{2}})\b",
                re.IGNORECASE), "my"),
    (re.compile(r"(?<!\w)в\s+(" + "|".join(_MONTHS_RU_IN) + r")\s+((?:19|20)\d{2})\b",
                re.IGNORECASE), "ru"),
    (re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)"), "ym"),
)


def _month_of_year(text: str) -> tuple[int, int] | None:
    """The one (year, month) a sentence dates something by without its day, else None."""
    found: set[tuple[int, int]] = set()
    for pattern, kind in _MONTH_YEAR:
        for m in pattern.finditer(text):
            if kind == "my":
                found.add((int(m.group(2)), _MONTHS_EN[m.group(1).lower()]))
            elif kind == "ru":
                found.add((int(m.group(2)), _MONTHS_RU_IN[m.group(1).lower()]))
            else:
                found.add((int(m.group(1)), int(m.group(2))))
    return found.pop() if len(found) == 1 else None


def _signed_in_another_month(
    calendar: Calendar, parts: list[_Sentence], cand: _Candidate, meeting: Meeting
) -> bool:
    """Whether the memorandum's own sentence dates its signing by a month of a year, no day,
    in which the meeting it was placed at was not held ("Pursuant to the signing of the
    Memorandum granting Sri Lanka Dialogue Partner status in May 2010": not the Tashkent summit
    of June 2010, which the year and the memorandum's kind implied; round 56, blind set 41)."""
    own = next((p for p in parts if p.start <= cand.start < p.end), None)
    held = calendar.get(meeting.id) if meeting.id else None
    if own is None or held is None or held.start is None:
        return False
    when = _month_of_year(own.text)
    if when is None:
        return False
    last = held.end or held.start
    months = {(held.start.year, held.start.month), (last.year, last.month)}
    return when not in months


# Round 52: a dialogue partner's memorandum, or the Secretariat's with another organisation
# (tests/data/tagging/README.md: "counts as the memoranda above")
_PARTNER_MEMORANDUM = re.compile(
    r"^Memorandum (?:on granting .+ dialogue partner|of understanding between the SCO Secretariat"
    r" and )", re.IGNORECASE)


def signed_where_it_does_not_say(
    gaz: Gazetteer, parts: list[_Sentence], cand: _Candidate, published_at: date | None
) -> bool:
    """Whether a dialogue partner's memorandum (or the Secretariat's with another organisation)
    is signed by the Secretary-General or by a state, as the subject of the sign verb, in a
    sentence that names no meeting: no council, venue, summit or ordinal ("Dr
    Abdulnasser Alshaali, UAE Ambassador to India, signed the Memorandum of Understanding ...
    with Zhang Ming", "Kuwait on Saturday signed a memorandum of understanding to join the
    SCO"). The guidelines put such a memorandum at a calendar meeting only where the text says
    it was signed at one; the article's council (the status "granted during the meeting of the
    Council of Foreign Ministers") is not its signing (round 52, blind set 38)."""
    if not _PARTNER_MEMORANDUM.search(cand.name):
        return False
    own = next((p for p in parts if p.start <= cand.start < p.end), None)
    if own is None or not own.has("doc_status", "signed"):
        return False
    # the Secretary-General by office: "the SCO Secretariat" is also in the memorandum's name
    by_office = _SECRETARY_GENERAL.search(own.text) is not None and _secretary_general_signs(own)
    if not (by_office or _a_state_signs(own)):
        # "memoranda were signed" among a meeting's outcomes: the meeting's (the dev sets'
        # labels place such passive reports at the council, sets 2, 17 and 29)
        return False
    clues = clues_of(gaz, own, None, published_at)
    return not (clues.council or clues.venues or clues.summit or clues.ordinal)


# A state's name this close before a sign verb, in one clause, is its subject ("Kuwait on
# Saturday signed", "Иран подписал")
_STATE_SIGNER_GAP = 30
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:also\s+|\w+ly\s+)?$", re.IGNORECASE
)  # "Qatar was also inked": the memorandum is the subject


def _a_state_signs(part: _Sentence) -> bool:
    """Whether a state is the subject of a sign verb of the sentence: named shortly before it,
    no clause break between, the verb not passive."""
    for state in part.of("state"):
        for verb in part.of("doc_status", "signed"):
            gap = part.text[state.end - part.start : verb.start - part.start]
            if (0 <= verb.start - state.end <= _STATE_SIGNER_GAP
                    and not re.search(r"[,;:.。，、،!?]", gap) and not _PASSIVE_BEFORE.search(gap)):
                return True
    return False


# Round 68: the state a sentence opens with, its subject set off by an apposition ("L'Iran,
# finora Paese osservatore, si è aggiunto formalmente alla Sco firmando oggi a Samarcanda il
# memorandum"): the state's name within these characters of the sentence's start, a comma next
_STATE_LEADS = 12


def _its_state_signs(part: _Sentence) -> bool:
    """Whether a state signs in the sentence: the subject of a sign verb (`_a_state_signs`), or
    the state the sentence opens with, set off by a comma (an apposition follows), then a sign
    verb (not passive) with no other state between them. Without the comma the sentence's
    subject may be a list of states ("الهند وباكستان ... عقب التوقيع", India and Pakistan a step
    from joining after the signing: blind set 21, labelled at the summit)."""
    if _a_state_signs(part):
        return True
    states = sorted(part.of("state"), key=lambda m: m.start)
    if not states or states[0].start - part.start > _STATE_LEADS:
        return False
    first = states[0]
    if not part.text[first.end - part.start :].lstrip().startswith((",", "،")):
        return False
    for verb in part.of("doc_status", "signed"):
        if verb.start < first.end:
            continue
        between = part.text[first.end - part.start : verb.start - part.start]
        if _PASSIVE_BEFORE.search(between):
            continue
        if any(first.end <= m.start < verb.start and m.entry.ref != first.entry.ref
               for m in states[1:]):
            continue
        return True
    return False


def signed_by_its_state_in_a_city(
    gaz: Gazetteer, parts: list[_Sentence], cand: _Candidate, published_at: date | None
) -> Meeting | None:
    """A state's memorandum of obligations that its own sentence says the state signed in a city,
    with no meeting named ("L'Iran ... si è aggiunto formalmente alla Sco firmando oggi a
    Samarcanda il memorandum per l'adesione", blind set 51): the guidelines put the memorandum at
    a calendar meeting only where the text says it was signed at one ("signed at the summit in
    Samarkand"), else outside the calendar, and the sentence places the signing in the city, not
    at the summit held there. The step's place is that city, its day the sentence's own day
    ("oggi": the page's day), else none. A sentence with no city ("Iran signed a memorandum of
    obligations") is left to the article's meeting, as most dev sets label it; one that names a
    summit, a council or an ordinal is that meeting's (round 68). None when the rule does not
    apply."""
    if not _OBLIGATIONS.search(cand.name):
        return None
    own = next((p for p in parts if p.start <= cand.start < p.end), None)
    if own is None or not own.has("doc_status", "signed") or not _its_state_signs(own):
        return None
    if any(_secretary_general_signs(p) for p in parts):
        return None  # the Secretary-General's signing: at_its_signing reads its day
    clues = clues_of(gaz, own, None, published_at)
    if clues.council or clues.summit or clues.ordinal:
        return None
    venues = [v for v in clues.venues if v not in clues.datelines]
    if not venues:
        return None
    return Meeting(None, venues[0], clues.when)


# Round 58: a state's memorandum of obligations, signed by its minister and the Secretary-General
_OBLIGATIONS = re.compile(r"^Memorandum of obligations of ", re.IGNORECASE)
_MEMORANDUM_AGAIN = re.compile(words_pattern("memorandum_again", MEETING_WORDS_FILE),
                               re.IGNORECASE)


def _signed_by_the_secretary_general(
    gaz: Gazetteer,
    parts: list[_Sentence],
    cand: _Candidate,
    held: CalendarMeeting | None,
    published_at: date | None,
) -> date | None:
    """Whether a state's memorandum of obligations is signed, by the article's own account, by
    the SCO's Secretary-General (with the state's minister), in its own sentence or one after it
    that takes the memorandum up again ("O memorando ... foi assinado pelo ministro das Relações
    Exteriores do Irã ... e pelo secretário-geral da SCO", «Под документом подписи поставили
    глава иранского МИД ... и генсекретарь ШОС»): a ceremony of its own, beside the summit of
    those days, as the guidelines place a partner's memorandum the Secretary-General signs
    (round 58, blind sets 17 and 37: Iran's memorandum, signed in Samarkand on 15 September
    2022, labelled outside the calendar). The office must be named: "the SCO Secretariat" in a
    list of a council's decisions ("on signing the Memorandum between the SCO Secretariat and
    UNESCO") is another memorandum's party, and a text that says the state signed it at the
    summit, with no Secretary-General, keeps the summit (the other sets' labels). The answer is
    the signing's day: the meeting's day of the signing sentence's day and month ("9月15日"),
    else the meeting's own day; None when the rule does not apply."""
    if held is None or not _OBLIGATIONS.search(cand.name):
        return None
    at = next((i for i, p in enumerate(parts) if p.start <= cand.start < p.end), None)
    if at is None:
        return None
    for part in parts[at:]:
        if (_SECRETARY_GENERAL.search(part.text) is not None and _secretary_general_signs(part)
                and (part.has("doc_type", "memorandum")
                     or _MEMORANDUM_AGAIN.search(part.text) is not None)):
            clues = clues_of(gaz, part, None, published_at)
            if clues.day_month is not None and _on_day(held, clues.day_month):
                return _near_day(held, clues.day_month) or held.day
            return held.day
    return None


# Round 71: the most days before a council's first day that a memorandum's signing is its eve
EVE_DAYS = 3


def signed_on_its_eve(
    calendar: Calendar,
    gaz: Gazetteer,
    parts: list[_Sentence],
    cand: _Candidate,
    meeting: Meeting,
    published_at: date | None,
) -> date | None:
    """The day a state's memorandum of obligations was signed when its signing sentence (its
    own, or the next one taking the memorandum up again) dates it before the first day of the
    council it was placed at, on that council's eve: "Iran imepongeza kusainiwa hati ya
    utekelezaji ya kujiunga ... Waziri wa Mambo ya Nje ... alitangaza kusainiwa kwa waraka huo
    ... jana Jumatano" (announced yesterday, Wednesday 14 September, a page of the 15th; the
    Samarkand council met on 15-16 September 2022): signed by the minister and the
    Secretary-General the day before, outside the calendar, as sets 51 and 52 label it (set 44
    labels a page of the same signing at the council: the minority, round 71). The day is the
    sentence's full date, else its word for yesterday, today or tomorrow from the page's day; a
    day within the council's days, or none, leaves it at the council. None when the rule does
    not apply."""
    held = calendar.get(meeting.id) if meeting.resolved and meeting.id else None
    if held is None or held.start is None or not _OBLIGATIONS.search(cand.name):
        return None
    at = next((i for i, p in enumerate(parts) if p.start <= cand.start < p.end), None)
    if at is None:
        return None
    for part in parts[at : at + 2]:
        if not part.has("doc_status", "signed"):
            continue
        if part is not parts[at] and not (
            part.has("doc_type", "memorandum") or _MEMORANDUM_AGAIN.search(part.text)
        ):
            continue
        day = clues_of(gaz, part, None, published_at).when
        if day is None and published_at is not None:
            offsets = {o for o, pattern in _RELATIVE_DAYS if pattern.search(part.text)}
            if len(offsets) == 1:
                day = published_at + timedelta(days=offsets.pop())
        if day is not None and 0 < (held.start - day).days <= EVE_DAYS:
            return day
    return None


def at_its_signing(
    calendar: Calendar,
    gaz: Gazetteer,
    parts: list[_Sentence],
    cand: _Candidate,
    meeting: Meeting,
    published_at: date | None,
) -> Meeting:
    """A memorandum the article says the Secretary-General signed, at that signing: no council's
    meeting where it stays unresolved (no council, no health note for a council the calendar
    lacks), and unresolved when the signing's own sentence dates it off the meeting it was
    placed at ("24 сентября 2015 года в городе Сиань ... Генеральный секретарь ... подписали
    меморандум", a report that also recalls the Ufa summit that decided it). A memorandum signed
    on a calendar meeting's sidelines is signed beside it: unresolved, at that meeting's venue
    and day (round 51; the register folds it into the meeting's entry as a step of its history)."""
    if cand.type != "memorandum":
        return meeting
    if meeting.resolved and signed_on_the_sidelines(parts, cand):
        return Meeting(None, meeting.venue, meeting.date)
    if meeting.resolved and signed_where_it_does_not_say(gaz, parts, cand, published_at):
        return Meeting(None, meeting.venue, meeting.date)
    in_a_city = (signed_by_its_state_in_a_city(gaz, parts, cand, published_at)
                 if meeting.resolved else None)
    if in_a_city is not None:
        return in_a_city
    eve = signed_on_its_eve(calendar, gaz, parts, cand, meeting, published_at)
    if eve is not None:
        return Meeting(None, meeting.venue, eve)
    if meeting.resolved and signed_ahead_of_a_meeting(parts, cand):
        return Meeting(None, meeting.venue, None)
    if meeting.resolved and _signed_in_another_month(calendar, parts, cand, meeting):
        return Meeting()
    signings = [p for p in parts if _secretary_general_signs(p) or _carries_out_a_decision(p)]
    if not signings:
        return meeting
    if meeting.resolved:
        held = calendar.get(meeting.id) if meeting.id else None
        for part in signings:
            if not (part.has("doc_type", "memorandum") or _ARABIC_MEMORANDUM.search(part.text)):
                continue
            clues = clues_of(gaz, part, None, published_at)
            if clues.when is not None and held is not None and not held.covers(clues.when, 0):
                return Meeting(None, _place_of(clues), clues.when)
            # the signing's day written without its year, none of the meeting's days: the eve
            # of a summit in its city ("9月14日 ... 秘书长张明, 在 ... 撒马尔罕签署了 ... 备忘录",
            # Samarkand met on 15-16 September 2022; blind set 34) is a signing of its own
            if (clues.when is None and clues.day_month is not None and held is not None
                    and held.start is not None and not _on_day(held, clues.day_month)):
                # round 45: dated in the meeting's year when that day is its eve or morrow (the
                # year the text leaves out is the one that placed it there), so the register
                # can tell the step beside the meeting's (register.FOLD_DAYS)
                return Meeting(None, _place_of(clues),
                               _near_day(held, clues.day_month))
        signed_on = _signed_by_the_secretary_general(gaz, parts, cand, held, published_at)
        if signed_on is not None:
            return Meeting(None, meeting.venue, signed_on)
        return meeting
    return replace(meeting, council=None, gap=None)


# Round 47: the year a page's address gives it ("/2019/", "/2015-07-10/", "/20130913/"): a path
# segment that is a year, alone or as the start of a date; no other digits in the segment
_ADDRESS_DATE = re.compile(r"(?:19|20)\d\d(?:[-_]?(?:0[1-9]|1[0-2])(?:[-_]?[0-3]\d)?)?")


def year_of_address(url: str | None) -> int | None:
    """The year the path of an article's address dates it by ("yurtsever.org.tr/2019/..."):
    None without one, or when its segments give two different years."""
    if not url:
        return None
    path = urlsplit(url).path
    years = {int(segment[:4]) for segment in path.split("/") if _ADDRESS_DATE.fullmatch(segment)}
    return years.pop() if len(years) == 1 else None


def placed_by_its_address(mention: DocumentMention, year: int | None,
                          calendar: Calendar) -> DocumentMention:
    """An undated page's mention left between meetings of one council at one venue (the Bishkek
    summits of 2007, 2013 and 2019), placed at the one such meeting of the year its address
    gives it; unchanged otherwise (no such year, a day or no venue, none or two that year)."""
    held = mention.meeting
    if year is None or held.id or held.date is not None or not (held.venue and held.council):
        return mention
    same = [m for m in calendar.meetings if m.council_name == held.council
            and m.venue == held.venue and m.year == year]
    if len(same) != 1:
        return mention
    found = same[0]
    return replace(mention, meeting=Meeting(found.council_name, found.venue, found.day, found.id,
                                            found.ordinal, found.format))


def placed_by_address(mentions: list[DocumentMention], url: str | None,
                      published_at: date | None, calendar: Calendar) -> list[DocumentMention]:
    """The mentions of an article, those of an undated page placed by its address's year."""
    if published_at is not None:
        return mentions
    year = year_of_address(url)
    return [placed_by_its_address(m, year, calendar) for m in mentions]


# Round 69 (meet69): a day of the month written alone, in Korean, Chinese or Japanese ("15일(현지
# 시간)", "峰会15日在……举行"): no month before it ("6월 15일", "6月15日"), nor the end of a span
# ("15日至16日": the span's first day is read).
_DAY_ONLY = re.compile(
    r"(?<![\d月월~～\-—–至到])(?<!월\s)(?<!月\s)([1-3]?\d)\s?(?:일|日)(?![本元曜])"
)
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|[〇零一二三四五六七八九○]{4}(?=年)")


def _day_it_names(text: str) -> tuple[int | None, set[int]] | None:
    """A sentence's day of the month written alone, else its one weekday; None when it gives
    neither, both, two weekdays, a day with its month, or a year."""
    if _day_month_in(text) is not None or _ANY_YEAR.search(text):
        return None
    found = _DAY_ONLY.search(text)
    day = int(found.group(1)) if found else None
    weekdays = {_WEEKDAY_NUMBER[w.lower()] for w in _WEEKDAYS.findall(text)}
    if (day is None) == (len(weekdays) != 1):
        return None
    return day, weekdays


def on_the_day_it_names(
    calendar: Calendar, parts: list[_Sentence], meeting: Meeting, declaration: bool
) -> Meeting:
    """An undated page's step left at a venue with no date, whose sentence (`parts[0]`) gives
    only a day of the month ("제 10차 정상회의가 15일(현지시간) ... ‘아스타나 선언’을 채택하면서
    폐막했다": the Astana council held on a 15th, that of 2011, not 2005's, 2017's or 2024's) or
    only a weekday, or, giving no date of any kind, whose lead sentence naming that venue does
    ("A number of key documents were signed at the SCO summit in Astana on Thursday. ... The
    Astana Declaration of the Summit was also adopted": 4 July 2024, the one Astana summit on a
    Thursday): the one meeting at that venue whose session day (its last: the day its
    documents are signed, not a first day of arrivals) fell on that day. A summit word or a venue
    declaration keeps the heads of state's meetings, else the councils the rules were tuned on;
    two meetings on such a day, a month or a year in the sentence leave it as it was (round 69,
    blind set 17)."""
    if meeting.resolved or meeting.venue is None or meeting.date is not None or not parts:
        return meeting
    own, *lead = parts
    said = _day_it_names(own.text)
    source = own
    if said is None and _day_month_in(own.text) is None and not _ANY_YEAR.search(own.text):
        for part in lead:
            if part is own or not any(m.entry.ref == meeting.venue for m in venue_matches(part)):
                continue
            said, source = _day_it_names(part.text), part
            break
    if said is None:
        return meeting
    day, weekdays = said
    summit = declaration or _SUMMIT.search(source.text) is not None
    hits = [
        m for m in calendar.meetings
        if m.venue == meeting.venue
        and (m.council == "heads_of_state_council" if summit else m.council in TUNED_COUNCILS)
        and m.day is not None
        and ((m.day.day == day) if day is not None else (m.day.weekday() in weekdays))
    ]
    if len(hits) != 1:
        return meeting
    held = hits[0]
    return Meeting(held.council_name, held.venue, held.day, held.id, held.ordinal, held.format)
