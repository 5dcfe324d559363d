"""Round 81 (tidy81): code health, no figure moved.

1. tagging.load_gazetteer keeps one build per set of directories, checked against each file's
   modification time and size (the unit tests' conftest patch that did this is gone): the same
   object for the same files, a new one once a file changes, and a user directory never mixed up
   with the bundled gazetteer.
2. The verb-final cited decisions of meeting_words.toml ([cited_decision_verb_final]: Uzbek,
   Kazakh, Turkish) are the decision and its verb; meetings.ClauseBack reads the clause back from
   the decision word, where round 61 led each fragment with a lazy "[^,;.:!?]{0,100}?" (and round
   79's LazyLeadFiltered skipped those where the word was absent). The readers find exactly the
   spans the lazily led alternation found.
"""

from __future__ import annotations

import json
import os
import re
import shutil

import pytest
from round_helpers import DATA, documents_body, set_item

from pipeline import tagging
from pipeline.documents import meetings
from pipeline.documents.base import sentences
from pipeline.documents.meetings import ClauseBack, FirstOf, earlier_agreement_spans
from pipeline.story_words import load_story_words
from pipeline.tagging import load_gazetteer, tag_article

# blind set 7, rb-9df8cc1cee (Russian): the colonel who leads Tajikistan's group at "Peace
# Mission 2016"; the bundled gazetteer does not list him
COLONEL = "Джахонгир Назаралиев"
# a user's gazetteer file naming him (text written for this test)
USER_PERSON = (
    '[[person]]\nname = "Jahongir Nazaraliev"\nrole = "Colonel"\n'
    f'names.ru = ["{COLONEL}"]\n'
)


def _body() -> str:
    body = documents_body("real-blind7", "rb-9df8cc1cee")
    assert COLONEL in body
    return body


def test_the_bundled_gazetteer_is_built_once_while_its_files_stay_the_same():
    shared = load_gazetteer()
    assert load_gazetteer() is shared
    assert load_gazetteer(None) is shared
    # what is kept is what a fresh build of the same files gives
    fresh = tagging.build_gazetteer(tagging._read_dir(tagging.GAZETTEER_DIR))
    assert fresh is not shared
    assert fresh.data == shared.data and fresh.states == shared.states
    assert fresh.bodies == shared.bodies and fresh.ambiguous == shared.ambiguous
    body = _body()
    assert tag_article(fresh, "", body) == tag_article(shared, "", body)


def test_a_changed_file_is_read_afresh(tmp_path, monkeypatch):
    bundled = load_gazetteer()
    copy = tmp_path / "gazetteers"
    shutil.copytree(tagging.GAZETTEER_DIR, copy)
    monkeypatch.setattr(tagging, "GAZETTEER_DIR", copy)
    first = load_gazetteer()
    assert first is not bundled  # the same files in another directory: a build of their own
    assert load_gazetteer() is first
    people = copy / "people.toml"
    assert people.is_file()
    # touched: a new modification time, the same text, a new build of equal content
    stat = people.stat()
    os.utime(people, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    touched = load_gazetteer()
    assert touched is not first and touched.data == first.data
    assert load_gazetteer() is touched
    # edited: the colonel added to the file is found by the next load, not by the earlier builds
    people.write_text(people.read_text(encoding="utf-8") + "\n" + USER_PERSON, encoding="utf-8")
    edited = load_gazetteer()
    assert edited is not touched
    assert "Jahongir Nazaraliev" in tag_article(edited, "", _body()).people
    assert "Jahongir Nazaraliev" not in tag_article(touched, "", _body()).people


def test_a_new_file_in_the_directory_is_read_afresh(tmp_path, monkeypatch):
    copy = tmp_path / "gazetteers"
    shutil.copytree(tagging.GAZETTEER_DIR, copy)
    monkeypatch.setattr(tagging, "GAZETTEER_DIR", copy)
    before = load_gazetteer()
    (copy / "notes.txt").write_text("not a gazetteer file", encoding="utf-8")
    assert load_gazetteer() is before  # a file _read_dir does not read changes nothing
    (copy / "zz_local.toml").write_text(USER_PERSON, encoding="utf-8")
    after = load_gazetteer()
    assert after is not before
    assert "Jahongir Nazaraliev" in tag_article(after, "", _body()).people


def test_a_user_directory_is_not_mixed_up_with_the_bundled_gazetteer(tmp_path):
    bundled = load_gazetteer()
    (tmp_path / "local.toml").write_text(USER_PERSON, encoding="utf-8")
    own = load_gazetteer(tmp_path)
    assert own is not bundled
    assert load_gazetteer(tmp_path) is own  # kept too, while its file stays the same
    assert load_gazetteer() is bundled  # the user's build is not handed out for the bundled one
    body = _body()
    assert "Jahongir Nazaraliev" in tag_article(own, "", body).people
    # counter-case: the bundled gazetteer does not know him, before or after the user's load
    assert "Jahongir Nazaraliev" not in tag_article(bundled, "", body).people
    assert "Jahongir Nazaraliev" not in tag_article(load_gazetteer(), "", body).people
    # another user directory with other words gets its own build
    other = tmp_path / "other"
    other.mkdir()
    (other / "local.toml").write_text('[[state]]\ncode = "KZ"\nnames.en = ["Qazaqstan"]\n',
                                      encoding="utf-8")
    theirs = load_gazetteer(other)
    assert theirs is not own and theirs is not bundled
    assert "Jahongir Nazaraliev" not in tag_article(theirs, "", body).people


def test_the_bundled_directory_named_as_a_user_directory_is_a_build_of_its_own():
    """round_helpers.GAZ passes the bundled directory again as the extra one: merged with
    itself, kept apart from the bundled build, with the same content."""
    bundled = load_gazetteer()
    twice = load_gazetteer(tagging.GAZETTEER_DIR)
    assert twice is not bundled and load_gazetteer(tagging.GAZETTEER_DIR) is twice
    assert twice.states == bundled.states and twice.people == bundled.people


def test_a_missing_user_directory_is_still_reported(tmp_path):
    with pytest.raises(FileNotFoundError, match="gazetteer directory"):
        load_gazetteer(tmp_path / "nope")


def test_the_cache_keeps_a_bounded_number_of_builds(tmp_path, monkeypatch):
    # a one-state gazetteer stands for the bundled one, to build quickly (text written for
    # this test)
    small = tmp_path / "small"
    small.mkdir()
    (small / "states.toml").write_text(
        '[[state]]\ncode = "KZ"\nname = "Kazakhstan"\nrole = "member"\n'
        'names.en = ["Kazakhstan"]\n', encoding="utf-8")
    monkeypatch.setattr(tagging, "GAZETTEER_DIR", small)
    first = load_gazetteer()
    users = []
    for n in range(tagging.GAZETTEER_CACHE_SIZE + 2):
        users.append(tmp_path / f"user{n}")
        users[-1].mkdir()
        load_gazetteer(users[-1])
        assert load_gazetteer() is first  # the most used build stays while others come and go
    assert len(tagging._BUILDS) <= tagging.GAZETTEER_CACHE_SIZE
    assert load_gazetteer(users[-1]) is load_gazetteer(users[-1])
    assert tag_article(first, "", "Kazakhstan hosts the summit.").states == [("KZ", "member")]


# ---- 2. the verb-final cited decisions, read back from the decision word ----------------------

# round 61's lead of each verb-final fragment, kept here as the reference the readers must match
LAZY_LEAD = "[^,;.:!?]{0,100}?"
VERB_FINAL = [f for fragments in load_story_words(meetings.MEETING_WORDS_FILE)[
    "cited_decision_verb_final"].values() for f in fragments]
# the round-57 alternation as one regex, with the lazily led fragments where they stood
OLD_EARLIER_AGREEMENT = re.compile(
    meetings._EARLIER_AGREEMENT.pattern + "|" + "|".join(LAZY_LEAD + f for f in VERB_FINAL)
    + "|" + meetings._CITED_DOCUMENT, re.IGNORECASE)
OLD_CITED_DECISION = re.compile(
    meetings._CITED_DECISION + "|" + "|".join(LAZY_LEAD + f for f in VERB_FINAL), re.IGNORECASE)


def _sentence(labelled_set: str, item_id: str, words: str) -> str:
    text = set_item(labelled_set, item_id)["text"]
    return next(text[s:e] for s, e in sentences(text) if words in text[s:e])


def _spans(reader: re.Pattern[str] | FirstOf, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in reader.finditer(text)]


def test_no_fragment_of_the_words_file_is_led_by_a_lazy_run():
    words = load_story_words(meetings.MEETING_WORDS_FILE)
    lazy_lead = re.compile(r"^\[\^[^\]]*\]\{0,\d+\}\?")
    assert len(VERB_FINAL) == 3  # uz, kk, tr
    for name, languages in words.items():
        for fragments in languages.values():
            assert not any(lazy_lead.match(f) for f in fragments), name


def test_the_uzbek_clause_runs_back_to_the_comma_before_it():
    """Set 45 r-27edf5ffc5: "... within implementing the decision of the heads of state council
    in Ufa": the clause from "ШҲТга" (after the comma) to the verb, as round 61 read it."""
    sentence = _sentence("real-blind45", "r-27edf5ffc5", "қарорини амалга ошириш")
    spans = earlier_agreement_spans(sentence)
    assert spans == _spans(OLD_EARLIER_AGREEMENT, sentence) != []
    clause = sentence[slice(*spans[0])]
    assert clause.lstrip().startswith("ШҲТга") and clause.endswith("амалга ошириш")
    assert "," in sentence[:spans[0][0]]
    found = meetings._CITED_DECISION_RE.search(sentence)
    plain = OLD_CITED_DECISION.search(sentence)
    assert found is not None and plain is not None and found.span() == plain.span()


def test_a_long_latin_uzbek_clause_is_read_back_at_most_100_characters():
    """Set 35 r-675d10c9eb and r-fae2f53f90: "... ShHT MATT Kengashi qarorlari ijrosi", the
    decisions' execution, with no clause mark in the 100 characters before "qarorlari"."""
    for item_id in ("r-675d10c9eb", "r-fae2f53f90"):
        sentence = _sentence("real-blind35", item_id, "qarorlari ijrosi")
        spans = earlier_agreement_spans(sentence)
        assert spans == _spans(OLD_EARLIER_AGREEMENT, sentence) != []
        start, end = spans[-1]
        word = sentence.index("qarorlari ijrosi")
        assert word - start == meetings.CLAUSE_BACK
        assert not any(mark in sentence[start:word] for mark in meetings.CLAUSE_MARKS)


def test_a_decision_word_without_a_verb_of_carrying_out_is_no_clause():
    """Counter-cases, real: a decision called historic (set 16, Kazakh), decisions adopted (set
    15, Uzbek), decisions expected to be adopted (set 18, Turkish)."""
    for labelled_set, item_id, words in (
        ("real-blind16", "r-a2bfce1377", "тарихи шешім"),
        ("real-blind15", "r-b6cbb263f5", "қарорлари қабул"),
        ("real-blind18", "r-3217de1552", "kararların kabul"),
    ):
        sentence = _sentence(labelled_set, item_id, words)
        assert all(reader.search(sentence) is None for reader in meetings._VERB_FINAL_DECISIONS)
        assert earlier_agreement_spans(sentence) == _spans(OLD_EARLIER_AGREEMENT, sentence)
        assert meetings._CITED_DECISION_RE.search(sentence) is None
        assert OLD_CITED_DECISION.search(sentence) is None


def test_every_sentence_of_the_sets_with_cited_clauses_reads_as_before():
    """Sets 27, 33, 35, 43 and 45 hold the Chinese, English, Russian and Uzbek clauses the rule
    reads (the whole of every real set was compared when the change was made: docs/tagging.md)."""
    read = with_clause = 0
    for name in ("real-blind27", "real-blind33", "real-blind35", "real-blind43", "real-blind45"):
        for line in (DATA / name / "items.jsonl").read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            for start, end in sentences(text):
                sentence = text[start:end]
                spans = earlier_agreement_spans(sentence)
                assert spans == _spans(OLD_EARLIER_AGREEMENT, sentence), sentence
                assert (_spans(meetings._CITED_DECISION_RE, sentence)
                        == _spans(OLD_CITED_DECISION, sentence)), sentence
                read += 1
                with_clause += bool(spans)
    assert read > 1000 and with_clause >= 5


def test_at_one_offset_the_earlier_alternative_wins_as_in_a_regex():
    """FirstOf reads its readers as a regex reads its alternatives: the leftmost match, and at
    one offset the earlier one's (texts written for this test)."""
    first = re.compile(r"karar\w*")
    clause = ClauseBack(re.compile(r"karar\w*\s+uygulan\w*", re.IGNORECASE))
    text = "yeni karar uygulandı"
    # the clause starts before the other alternative's word: it is the leftmost
    assert FirstOf(first, clause).search(text).span() == (0, 20)
    # both start at the word: the earlier alternative's match
    assert FirstOf(first, clause).search(text, 5).span() == (5, 10)
    assert FirstOf(clause, first).search(text, 5).span() == (5, 20)
    assert [m.span() for m in FirstOf(first, clause).finditer(text)] == [
        m.span() for m in re.finditer(r"karar\w*|[^,;.:!?]{0,100}?karar\w*\s+uygulan\w*", text)]
    assert [m.span() for m in FirstOf(clause, first).finditer(text)] == [
        m.span() for m in re.finditer(r"[^,;.:!?]{0,100}?karar\w*\s+uygulan\w*|karar\w*", text)]
    # a clause mark right before the word: the clause starts at the word
    assert clause.search("yeni, karar uygulandı").span() == (5, 21)
    assert [m.span() for m in re.finditer(LAZY_LEAD + r"karar\w*\s+uygulan\w*",
                                          "yeni, karar uygulandı")] == [(5, 21)]
    # the search's start bounds the clause too
    assert clause.search(text, 3).span() == (3, 20)
    assert clause.search(text, 6) is None
