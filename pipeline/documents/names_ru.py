"""Russian document titles: the type word, its adjectives and genitive tail, in the nominative."""

from __future__ import annotations

import re

from pipeline.documents.base import (
    _RU_CLAUSE_STOP,
    _RU_LOWER,
    _RU_PAST,
    _RU_WORD,
    _WORD,
    _Candidate,
    _Sentence,
)
from pipeline.documents.names_latin import _head_words, _is_period
from pipeline.tagging import (
    Match,
)

# Russian type words in the nominative, with their gender (for agreeing adjectives).
_RU_HEAD_NOMINATIVE = [
    (r"декларац\w*", "декларация", "f"),
    (r"заявлени\w*", "заявление", "n"),
    (r"коммюнике", "коммюнике", "n"),
    (r"стратеги\w*", "стратегия", "f"),
    (r"концепци\w*", "концепция", "f"),
    (r"программ\w*", "программа", "f"),
    (r"праграм\w*", "праграма", "f"),  # Belarusian
    (r"план\w*", "план", "m"),
    (r"соглашени\w*", "соглашение", "n"),
    (r"конвенци\w*", "конвенция", "f"),
    (r"договор\w*", "договор", "m"),
    (r"меморандум\w*", "меморандум", "m"),
    (r"решени\w*", "решение", "n"),
    (r"карт\w*", "карта", "f"),
]


_DASHES = frozenset("-–—")
_RU_LOWER_WORD = re.compile(r"[а-яё][а-яё-]*")
_RU_PREPOSITIONS = frozenset("до на с со по от в во к ко о об за для при из".split())

# A status cue that is a finite verb in the present or future ("утвердят", "подпишут", "примет")
# ends a title's genitive tail: the predicate begins (a noun such as «об утверждении» does not).
# round 40: a verb of the third person plural in -ят after a title is its sentence's predicate
# ("Принятие … Конвенции по противодействию экстремизму усилят координацию": will strengthen);
# not -ют, which ends nouns of titles ("национальных валют", of national currencies)
_RU_THEY_WILL = re.compile(r"\w{3,}ят(?:ся)?")
_RU_FINITE = re.compile(r"\w+(?:ят|ют|ут|ат|ит|ет)(?:ся)?")
# A participle of purpose opening a title's tail: "направленный на реализацию" (aimed at
# implementing), "направленного на выполнение".
_RU_AIMED_AT = re.compile(
    r"направленн\w+ на (?:реализацию|выполнение|осуществление)", re.IGNORECASE
)


# A short passive participle, the predicate of a step ("утвержден", "подписана", "одобрены"):
# no word of a title's genitive tail (round 16)
_RU_SHORT_PASSIVE = re.compile(r"\w+(?:ен|ена|ено|ены|ан|ана|ано|аны|ят|ята|ято|яты)")


_RU_ADJ_ENDINGS = tuple("ого ому ыми ую ой ая ым ом ые ых ое ый ий ей его ему".split())
# soft and hushing stems ("Рабочего плана": the work plan, blind set 13) take these in the
# nominative ("рабочий", "рабочая", "рабочее")
_RU_SOFT_ENDINGS = frozenset({"его", "ему", "ий"})


def _soft_nominative(stem: str, gender: str) -> str:
    """The nominative ending of an adjective whose stem takes "-ий" ("рабоч-ий", "русск-ий",
    "син-ий"): "-ая"/"-ое" after к г х, "-ая"/"-ее" after ч ш щ ж, else "-яя"/"-ее"."""
    last = stem[-1:].lower()
    if gender == "m":
        return "ий"
    if last in "кгх":
        return "ая" if gender == "f" else "ое"
    if last in "чшщж":
        return "ая" if gender == "f" else "ее"
    return "яя" if gender == "f" else "ее"


_RU_ADJ_NOMINATIVE = {"m": "ый", "f": "ая", "n": "ое"}

# Words with an adjective's ending that open no title: "new", "this", possessives and pronouns
# ("своего плана": its own plan; "его", "всего" end like the soft adjectives' "-его").
_RU_NOT_TITLE_ADJ = frozenset(
    "новый новую новой этот эту свою своего своей нашего вашего его всего него чего этого "
    "того".split()
)


# round 72 (names72): a document named in lower case as the framework of a body or act ("в рамках
# соглашения о создании благоприятных условий для международных автомобильных перевозок",
# within the framework of the agreement on ..., Khabar-i Khush, blind set 52): the preposition
# points at one document, whose subject follows "о"/"об" right after the type word.
_RU_WITHIN_FRAMEWORK = re.compile(
    r"(?:(?<!\w)в\s+рамках|(?<!\w)в\s+соответствии\s+с(?:о)?)\s+$", re.IGNORECASE
)
_RU_ABOUT_NEXT = re.compile(r"\s+об?\s+[а-яё]")


def ru_within_framework(text: str, start: int, end: int) -> bool:
    """The lower-case type word at `text[start:end]` follows "в рамках" (within the framework
    of) or "в соответствии с" (in accordance with) and opens its subject with "о"/"об"."""
    return bool(
        _RU_WITHIN_FRAMEWORK.search(text, max(0, start - 30), start)
        and _RU_ABOUT_NEXT.match(text, end)
    )


def _russian_name(part: _Sentence, head: Match, kind: str) -> _Candidate | None:
    """A Russian document title: adjectives, the type word, and its genitive tail."""
    found = _head_words(part, head)
    if found is None:
        return None
    first, last, words = found
    if _decision_to_do(words, last):
        return None
    tokens = part.tokens
    heads_at = part.token_index("doc_type")
    status_at = part.token_index("doc_status")
    left = first
    while (
        left > 0
        and first - left < 2
        and words[left - 1].lower().endswith(_RU_ADJ_ENDINGS)
        and _RU_WORD.fullmatch(words[left - 1])
        and words[left - 1].lower()
        not in _RU_NOT_TITLE_ADJ
    ):
        left -= 1
    # a capital at the sentence's start says nothing; a capitalised type word after it does
    # ("2. Совместное Коммюнике по итогам заседания ...", a list item)
    titled = words[left][:1].isupper() and (left > 0 or (last > left and words[last][:1].isupper()))
    right = last
    period = False
    i = last + 1
    while i < len(words) and i - last <= 25:
        word = words[i]
        low = word.lower()
        if word == "," and _ru_list_continues(words, i):
            i += 1
            continue
        if word == "," and period and _RU_AIMED_AT.fullmatch(" ".join(words[i + 1 : i + 4])):
            # "плана мероприятий на 2026-2030 годы, направленного на реализацию программы ...":
            # a dated plan's participle of purpose is part of its title (round 16)
            i += 1
            continue
        if word == "(" and (bracket := _bracketed_period(words, i)):
            # "Рабочего плана (2021-2023 годы) по реализации ...": the period in brackets is
            # part of the title, which goes on after it (blind set 13)
            period, right = True, i + bracket - 1
            i += bracket
            continue
        if word in _DASHES and i + 1 < len(words) and words[i + 1].lower().startswith("член"):
            # "государств-членов", also written "государств — членов"
            i += 1
            continue
        if (
            word in _DASHES
            and i + 1 < len(words)
            and _RU_LOWER_WORD.fullmatch(words[i + 1])
            and words[i + 1] not in _RU_PREPOSITIONS
        ):
            # round 55 (names55): a spaced dash before a word in lower case opens an apposition
            # that describes the document ("подписали Хартию - основной уставной документ
            # Шанхайской организации сотрудничества", blind set 41): the title ends before it;
            # not before a preposition, which goes on with the title's period ("стратегию
            # развития ШОС на предстоящие 10 лет - до 2035 года", blind set 37)
            break
        if not (_WORD.fullmatch(word) or _is_period(word)) or low in _RU_CLAUSE_STOP:
            break
        if low in _AND and (_closes_period(words, i) or _ru_new_item(words, i, heads_at)):
            break
        if _RU_PAST.fullmatch(low) and len(low) > 4:
            break
        if _RU_THEY_WILL.fullmatch(low):
            break  # round 40: "… Конвенции по противодействию экстремизму | усилят координацию"
        if i in status_at and _RU_FINITE.fullmatch(low):
            break  # "Стратегию развития ШОС до 2025 года | утвердят на Саммите в Уфе" (set 13)
        if i in status_at and _RU_SHORT_PASSIVE.fullmatch(low):
            break  # "... сбалансированного экономического роста | и утвержден Протокол" (set 15)
        period = period or _is_period(word)
        right = i
        if _is_period(word) and _ends_an_until(words, i):
            # round 46: a period "until" a year closes the title ("Стратегияи рушди ... то соли
            # 2030 | таваҷҷуҳ зоҳир гардид", Tajik, blind set 19): only the year's word may follow
            if i + 1 < len(words) and words[i + 1].lower().rstrip(".") in _RU_YEARS:
                right = i + 1
            break
        i += 1
    while right > last and words[right].lower() in _TRAILING_LINKS:
        right -= 1
    founding = _FOUNDING_DECLARATION.match(part.text, tokens[first].start())
    if founding and not words[first][:1].isupper() and _RECALL_OPENING.match(part.text):
        founding = None
    if founding:
        # the SCO's name closes the title: a verb-final clause's verb comes next ("баёния дар
        # бораи таъсиси СҲШ | имзо карда шуд", Tajik)
        right = max(j for j in range(first, len(tokens)) if tokens[j].end() <= founding.end())
    if titled and _opens_a_quoted_sentence(words, left, right):
        titled = last > left and words[last][:1].isupper()
    titled = titled or _council_statement(words, last, right) or bool(founding)
    if left == first and ru_within_framework(
        part.text, tokens[first].start(), tokens[first].end()
    ):
        titled = True
    if not (titled or period):
        return None
    if left == last == right and not words[last].lower().startswith("харти"):
        return None  # a bare «Стратегии» refers back to a document; only a charter is so named
    text = part.text
    name = (
        _russian_nominative(words[left : last + 1]) + text[tokens[last].end() : tokens[right].end()]
    )
    name = _sco_spelt(re.sub(r"\s+", " ", name).strip())
    start, end = part.start + tokens[left].start(), part.start + tokens[right].end()
    return _Candidate(start, end, name[:1].upper() + name[1:], kind)


# round 66 (names66): a quotation that opens the sentence and goes on past the name is a quoted
# sentence, whose capital says nothing, as a sentence's own start does not («Решение о
# полноправном членстве Республики Беларусь в ШОС | принято», - сказал ... Токаев: a decision
# taken, from a speech, blind set 50 rb-884913f632); a quotation that closes on the name is its
# title.
_OPENING_QUOTES = frozenset("«\"„“")
_CLOSING_QUOTES = frozenset("»\"“”")


def _opens_a_quoted_sentence(words: list[str], left: int, right: int) -> bool:
    """Whether the name's first word opens a quotation that opens the sentence and runs on."""
    if left != 1 or words[0] not in _OPENING_QUOTES:
        return False
    return right + 1 < len(words) and words[right + 1] not in _CLOSING_QUOTES


# round 51 (names51b): a title's SCO written with one slip of a letter («государств-членов
# Шахнайской организации сотрудничества», blind set 37; «Шанхаской», blind set 3's text) is
# the SCO: "organisation of cooperation" after it leaves no other reading, so one swapped,
# dropped, added or wrong letter of «шанхайск-» is forgiven there and nowhere else.
_RU_ORGANISATION_OF_COOPERATION = re.compile(
    r"(?<!\w)(\w+)(ой|ая|ую|ого|ому|ом)(\s+организаци\w*\s+сотрудничества)(?!\w)", re.IGNORECASE
)
_RU_SHANGHAI_STEM = "шанхайск"


def _one_slip(word: str, target: str) -> bool:
    """Whether `word` is `target` with one letter swapped with its neighbour, dropped, added or
    wrong (an edit distance of one, transpositions counted as one)."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == target[diff[1]]
            and word[diff[1]] == target[diff[0]]
        )
    short, long_ = sorted((word, target), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _sco_spelt(name: str) -> str:
    """A Russian title with a slip in the SCO's adjective written with the SCO's own."""

    def spelt(found: re.Match[str]) -> str:
        stem = found[1]
        if not _one_slip(stem.lower(), _RU_SHANGHAI_STEM):
            return found[0]
        right = "Ш" + _RU_SHANGHAI_STEM[1:] if stem[:1].isupper() else _RU_SHANGHAI_STEM
        return right + found[2] + found[3]

    return _RU_ORGANISATION_OF_COOPERATION.sub(spelt, name)


# round 51 (names51b): a declaration on the SCO's founding is one document, whose subject names
# it even in lower case: Russian "декларация о создании ШОС", Tajik "баёния дар бораи таъсиси
# СҲШ" (Khovar, blind set 37), as the English "a declaration on the establishment of the SCO"
_FOUNDING_DECLARATION = re.compile(
    r"(?:деклараци|эъломи|баёни)\w*\s+(?:о|об|дар\s+бораи)\s+(?:создани|учреждени|таъсис)\w*\s+"
    r"(?:шос|сҳш|шанхайск\w*\s+организаци\w*\s+сотрудничества|созмони\s+ҳамкории\s+шанха\w*)"
    r"(?!\w)",
    re.IGNORECASE,
)


# A sentence that recalls background (Russian "Напомним, ...", Ukrainian "Нагадаємо", Belarusian
# "Нагадаем": let us recall): an untitled founding declaration there is history ("Напомним,
# декларация о создании ШОС была подписана в Шанхае в июне 2001 года", in a report of the
# Tashkent summit, blind set 16: cited, not counted); a title keeps its usual reading.
_RECALL_OPENING = re.compile(r"\s*(?:напомним|нагадаємо|нагадаем)(?!\w)", re.IGNORECASE)


def founding_declaration_at(text: str, head_start: int) -> bool:
    """Whether a lower-case type word at `head_start` of the sentence `text` opens a declaration
    on the founding of the SCO, outside a recall of background: a name to read, although
    untitled and undated."""
    return not _RECALL_OPENING.match(text) and bool(_FOUNDING_DECLARATION.match(text, head_start))


# round 48 (names48a): a statement in lower case is a council's document when its own tail
# names the council's heads as its authors and then its subject ("принятие ... заявления глав
# государств о совместном противодействии международному терроризму", "заявление Совета глав
# государств-членов ШОС об обеспечении глобальной продовольственной безопасности", blind set
# 32), as the English "the SCO Heads of State's Statement on ..." (round 42). A statement of a
# person ("заявление главы МИД") or with no subject says nothing of a document.
_RU_HEADS = re.compile(r"глав(?:ы|ами)?")
_RU_COUNCIL_OF = re.compile(r"(?:государств|правительств)[\w-]*")
_RU_ABOUT = frozenset({"о", "об", "по"})


# The authors right after the statement word, before the words are looked at one by one.
_RU_COUNCIL_TAIL = re.compile(
    r"\s+(?:Совета\s+)?глав\s+(?:государств|правительств)", re.IGNORECASE
)


def council_statement_follows(text: str, head_start: int, head_end: int) -> bool:
    """Whether a lower-case «заявление» (offsets in `text`) is followed by its council's heads
    ("заявления глав государств о ..."): a name to read, although untitled and undated."""
    return text[head_start:head_end].lower().startswith("заявлени") and bool(
        _RU_COUNCIL_TAIL.match(text, head_end)
    )


def _council_statement(words: list[str], head: int, right: int) -> bool:
    """Whether a lower-case «заявление» is a council's statement: "heads of state / government"
    in its tail, then "о / об / по" with at least two words of subject before the tail's end."""
    if not words[head].lower().startswith("заявлени"):
        return False
    tail = [w.lower() for w in words[head + 1 : right + 1]]
    for i in range(len(tail) - 1):
        if _RU_HEADS.fullmatch(tail[i]) and _RU_COUNCIL_OF.fullmatch(tail[i + 1]):
            about = next((j for j in range(i + 2, len(tail)) if tail[j] in _RU_ABOUT), None)
            return about is not None and len(tail) - about - 1 >= 2
    return False


# Uzbek (Cyrillic) is head-final: "ШҲТнинг 2035 йилгача ривожланиш стратегияси" (the SCO's
# development strategy until 2035), the type word in its possessive "-си" after its words, the
# owner's genitive "-нинг" opening the name.
_UZ_POSSESSIVE = re.compile(r"\w+(?:си|сидир|сини|сига|сида)", re.IGNORECASE)
_UZ_GENITIVE = re.compile(r"\w+нинг", re.IGNORECASE)


def uzbek_name(part: _Sentence, head: Match, kind: str) -> _Candidate | None:
    """An Uzbek head-final name: back from the possessive type word to the owner's genitive,
    with a year in between (the period identifies it); else None."""
    found = _head_words(part, head)
    if found is None:
        return None
    first, last, words = found
    if first != last or not _UZ_POSSESSIVE.fullmatch(words[last]):
        return None
    left = last
    while left > 0 and last - left < 6:
        word = words[left - 1]
        if not (_WORD.fullmatch(word) or word.isdigit()):
            break
        left -= 1
        if _UZ_GENITIVE.fullmatch(word):
            break
    if not _UZ_GENITIVE.fullmatch(words[left]) or not any(
        re.fullmatch(r"(?:19|20)\d{2}", w) for w in words[left:last]
    ):
        return None
    tokens = part.tokens
    start, end = part.start + tokens[left].start(), part.start + tokens[last].end()
    name = re.sub(r"\s+", " ", part.text[tokens[left].start() : tokens[last].end()])
    return _Candidate(start, end, name, kind)


# A Russian infinitive (not a noun's genitive in "-ости"): "провести", "создать", "принять".
_RU_INFINITIVE = re.compile(r"(?!\w*ости$)\w+(?:[аеиоуыя]ть|сти|зти|чь)(?:ся)?")


def _decision_to_do(words: list[str], head: int) -> bool:
    """Whether a decision word goes on to an infinitive ("принято решение провести учение": it
    was decided to hold an exercise), which is no decision's title ("Решение о ...")."""
    nxt = words[head + 1] if head + 1 < len(words) else ""
    return words[head].lower().startswith("решени") and bool(_RU_INFINITIVE.fullmatch(nxt))


_RU_YEARS = frozenset("год года году годы годов годах гг г".split())


def _bracketed_period(words: list[str], at: int) -> int:
    """The number of tokens of a period in brackets opening at `at` ("(2021-2023 годы)",
    "(2021-2023 гг.)"), else 0."""
    j = at + 1
    if j >= len(words) or not _is_period(words[j]):
        return 0
    j += 1
    if j < len(words) and words[j].lower().rstrip(".") in _RU_YEARS:
        j += 1
    if j < len(words) and words[j] == ".":
        j += 1
    return j - at + 1 if j < len(words) and words[j] == ")" else 0


# round 46: Russian «до» and Tajik «то» (until), Tajik «то соли» (until the year) before a year.
_UNTIL_WORDS = frozenset({"до", "то"})


def _ends_an_until(words: list[str], at: int) -> bool:
    """Whether the year at `at` is a title's end date: «до 2025», Tajik «то соли 2030»."""
    before = [w.lower() for w in words[max(0, at - 2) : at]]
    return bool(before) and (
        before[-1] in _UNTIL_WORDS or (before == ["то", "соли"])
    )


def _closes_period(words: list[str], at: int) -> bool:
    """Whether the "и" at `at` follows a title's closing period ("Программа ... на 2019-2021
    годы и доклада ...": the report is another item)."""
    before = words[at - 1].lower() if at > 0 else ""
    return before.rstrip(".") in _RU_YEARS or _is_period(words[at - 1] if at > 0 else "")


# round 66 (names66): a verb's form after the comma opens a clause, not a title's next item: an
# adverbial participle or an infinitive ("подписать ... Соглашение об учреждении и
# функционировании Университета Шанхайской организации сотрудничества, | разрешив вносить
# изменения и дополнения", blind set 50 rb-d507b6c8ee). Nouns so ending are few and not a title's
# items after a comma ("устав", "состав").
_RU_GERUND = re.compile(
    r"(?!(?:устав|состав|архив|актив|мотив|коллектив)$)\w{2,}(?:[аиыя]в|вши)(?:сь)?"
    r"|\w{3,}[аеиоуыя]ть(?:ся)?"
)


def _ru_list_continues(words: list[str], comma: int) -> bool:
    """Whether a comma separates items inside a Russian title ("добрососедстве, дружбе и ...")."""
    j = comma + 1
    while j < len(words) and j - comma < 5:
        if words[j].lower() in _AND:
            return True
        if not _RU_LOWER.fullmatch(words[j]):
            return False
        if _RU_GERUND.fullmatch(words[j]):
            return False
        j += 1
    return False


def _ru_new_item(words: list[str], at: int, heads_at: set[int]) -> bool:
    """Whether the words after "и" start a new item (a verb, a type word, a capitalised name)."""
    nxt = words[at + 1] if at + 1 < len(words) else ""
    if nxt.lower() in _RU_OTHERS:
        return True  # "... на 2022-2023 годы и другие": the list goes on, not the title
    if nxt.lower().startswith(_RU_DOCUMENT_NOUNS):
        # round 38: "... дружбе и сотрудничестве государств-членов ШОС и документ об утверждении
        # ...": a generic document word (document, decision, resolution) opens another item
        return True
    if nxt.lower().startswith("проект") and at + 2 < len(words):
        # "План ... в сфере энергетики и проекта Программы ...": a draft of another document
        after = words[at + 2]
        if after[:1].isupper() or (at + 2) in heads_at:
            return True
    return nxt[:1].isupper() or bool(_RU_PAST.fullmatch(nxt.lower())) or (at + 1) in heads_at


_RU_DOCUMENT_NOUNS = ("документ", "решени", "решений", "постановлени", "распоряжени")
_RU_OTHERS = frozenset("другие других другими иные иных прочие прочих др іншыя іншых".split())
_AND = frozenset({"и", "і"})  # Russian, Belarusian
_TRAILING_LINKS = frozenset("и в на по о с до і ў па".split())


def _russian_nominative(words: list[str]) -> str:
    """Adjectives and type word of a Russian title put into the nominative. The type word is the
    first that is one ("плана действий": the plan, whose genitive complement stays as it is)."""
    at, nominative, gender = len(words) - 1, words[-1], "m"
    for i, word in enumerate(words):
        found = next(((w, g) for pattern, w, g in _RU_HEAD_NOMINATIVE
                      if re.fullmatch(pattern, word.lower())), None)
        if found is not None:
            at, (nominative, gender) = i, found
            break
    out = []
    for adj in words[:at]:
        low = adj.lower()
        for ending in sorted(_RU_ADJ_ENDINGS, key=len, reverse=True):
            if low.endswith(ending):
                stem = adj[: len(adj) - len(ending)]
                if ending in _RU_SOFT_ENDINGS:
                    adj = stem + _soft_nominative(stem, gender)
                else:
                    adj = stem + _RU_ADJ_NOMINATIVE[gender]
                break
        out.append(adj)
    out.append(nominative)
    out.extend(words[at + 1:])
    return " ".join(out)
