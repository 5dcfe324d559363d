"""Round 33 (tagging speed, behaviour-neutral): the faster forms of two patterns give what the
slower ones gave, and work done lazily or once per sentence gives what it gave. Every text here
was written for this test."""

from __future__ import annotations

import re
from datetime import date

from pipeline.documents.base import _SENTENCE_END, _Sentence, fold_lookalikes
from pipeline.documents.keys import _normalise_name, _vocabulary
from pipeline.documents.meetings import clues_of, venue_matches
from pipeline.tagging import Entry, Match, analyse, load_gazetteer, tag_article

# the patterns as they were before round 33, the reference the new ones must equal
_OLD_SENTENCE_END = re.compile(
    r"\n+|[。！？；]|[.!?](?=[\s\"'”»)]*(?:\s|$))|(?<=[a-zа-я])[.!?](?=[\"“«][A-ZА-Я])"
    r"|(?<=[a-zа-яё]{3})[.!?](?=[A-ZА-ЯЁ][a-zа-яё])"
)
_OLD_MIXED_WORD = re.compile(r"[^\W\d_]*[\u0400-\u04ff][^\W\d_]*")
_LOOKALIKES = str.maketrans("aceopxyACEHKMOPTXYB", "асеорхуАСЕНКМОРТХУВ")

# written for this test
_TEXTS = [
    "The ministers met in Astana.They signed a plan.\n\nA second paragraph! Is it? Yes.",
    'He said "we agree."As the outcome, a declaration was adopted. Mr.Xi and the U.S.Army.',
    "Министры встретились в Астане.Подписан план «о сотрудничестве». Далее… конец",
    "Стороны подписали cоглашение (с латинской c) и дoговор; word Latin only, 2024 год.",
    "上海合作组织成员国签署了宣言。会议在青岛举行！下一次会议？",
    "Nov. 10 was the day, No. 5 the item; am 7. Juni und 25. Devlet Başkanları Zirvesi.",
    "а҃б mixed҃word Кирилл-ица and naïve café résumé — ends.",
    "",
]


def test_the_sco_terms_still_part_a_venue_when_looked_for_late() -> None:
    # the SCO's own terms are looked for only once a venue lies outside the SCO's name
    gaz = load_gazetteer()
    for text, venues in [
        ("The Shanghai Spirit was praised at the Shanghai Cooperation Organisation summit.", []),
        ("The SCO summit in Tianjin praised the Shanghai Spirit.", ["Tianjin"]),
        ("The Shanghai Cooperation Organisation met in Astana.", ["Astana"]),
        ("Leaders met in Shanghai.", ["Shanghai"]),
    ]:
        assert tag_article(gaz, "Title", text).venues == venues, text
        part = _Sentence(0, len(text), text, {})
        analysis = analyse(gaz, "", text)
        for m in [*analysis.matches, *analysis.sco]:
            kind = "sco_mention" if m in analysis.sco else m.entry.kind
            part.matches.setdefault(kind, []).append(m)
        assert [m.entry.ref for m in venue_matches(part)] == venues, text


def test_the_sentence_ends_are_those_of_the_old_pattern() -> None:
    for text in _TEXTS:
        old = [(m.span(), m.group()) for m in _OLD_SENTENCE_END.finditer(text)]
        assert [(m.span(), m.group()) for m in _SENTENCE_END.finditer(text)] == old


def test_lookalikes_fold_as_before() -> None:
    for text in _TEXTS:
        old = (_OLD_MIXED_WORD.sub(lambda m: m[0].translate(_LOOKALIKES), text)
               if re.search(r"[\u0400-\u04ff]", text) else text)
        assert fold_lookalikes(text) == old
    assert fold_lookalikes("cоглашение") == "соглашение"  # a Latin "c" in a Cyrillic word


def test_venue_matches_are_computed_once_and_handed_out_as_new_lists() -> None:
    text = "Leaders met in Astana and in Tianjin."
    venue = [Match(15, 21, Entry("venue", "Astana", False, False, False)),
             Match(29, 36, Entry("venue", "Tianjin", False, False, False))]
    part = _Sentence(0, len(text), text, {"venue": venue})
    first = venue_matches(part)
    assert [m.entry.ref for m in first] == ["Astana", "Tianjin"]
    first.reverse()  # a caller sorting its copy does not change the next caller's
    assert [m.entry.ref for m in venue_matches(part)] == ["Astana", "Tianjin"]
    assert venue_matches(_Sentence(0, 4, "None", {})) == []


def test_a_sentences_own_clues_are_computed_once() -> None:
    gaz = load_gazetteer()
    text = "The leaders met in Astana on 4 July 2024."
    part = _Sentence(0, len(text), text, {})
    analysis = analyse(gaz, "", text)
    for m in analysis.matches:
        part.matches.setdefault(m.entry.kind, []).append(m)
    first = clues_of(gaz, part, None, date(2024, 7, 5))
    assert first.venues == ("Astana",) and first.when == date(2024, 7, 4)
    assert clues_of(gaz, part, None, date(2024, 7, 5)) is first
    # another publication date is another question
    assert clues_of(gaz, part, None, None) is not first


def test_display_names_are_those_computed_afresh() -> None:
    gaz = load_gazetteer()
    vocab = _vocabulary(gaz)
    for name in ["the Astana Declaration", "draft  Charter of the SCO ,", "JOINT COMMUNIQUÉ"]:
        first = _normalise_name(vocab, name)
        _normalise_name.cache_clear()
        assert _normalise_name(vocab, name) == first
