"""The story grouper's word lists as data (pipeline/data/stories_words.toml, round 26): the file
loads, each list holds the languages docs/dedup.md documents, stories.py compiles exactly what the
data give, and a malformed entry is refused naming its list and language."""

import re
from pathlib import Path

import pytest

from pipeline import stories
from pipeline.story_words import (
    STORY_WORDS_FILE,
    StoryWordsError,
    load_story_words,
    words_pattern,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "dedup.md"

# stories.py's regex for each list: those built from the list alone, and those that add
# structural parts of their own after (joint) or before (other_meeting) the list's words
WHOLE = {
    "to_come": "_TO_COME", "to_come_undated": "_TO_COME_UNDATED", "any_future": "_ANY_FUTURE",
    "next_or_future": "_NEXT_OR_FUTURE", "next_meeting": "_NEXT_MEETING", "eve": "_EVE",
    "opened": "_OPENED", "held": "_HELD", "today": "_TODAY", "yesterday": "_YESTERDAY",
    "summit_word": "_SUMMIT_WORD", "own_meeting": "_OWN_MEETING",
    "before_opening": "_BEFORE_OPENING", "online": "_ONLINE", "spokesperson": "_SPOKESPERSON",
    "talks": "_TALKS", "tomorrow": "_TOMORROW", "ministers": "_MINISTERS",
    "head_of_government": "_HEAD_OF_GOVERNMENT", "festival": "_FESTIVAL",
    "other_bloc": "_OTHER_BLOC", "last_year": "_LAST_YEAR",
    "language_label": "_LANGUAGE_LABEL", "years_since": "_YEARS_SINCE",
}


def _documented_languages() -> dict[str, list[str]]:
    """The languages column of docs/dedup.md's "Story words as data" table, by list."""
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("### Story words as data", 1)[1].split("\n### ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \|.*\| ([a-z, ]+) \|$", section, re.M)
    return {name: [lang.strip() for lang in langs.split(",")] for name, langs in rows}


def test_the_bundled_file_loads_with_lists_of_languages():
    lists = load_story_words()
    # round 59's month_before_day is read by pipeline/text.py (sentence_ends), not stories.py
    assert set(WHOLE) | {"joint", "other_meeting", "other_orgs", "month_before_day"} == set(lists)
    for name, languages in lists.items():
        assert "en" in languages or "ru" in languages, name
        for lang, fragments in languages.items():
            assert re.fullmatch(r"[a-z]{2,3}", lang), (name, lang)
            assert fragments and all(isinstance(f, str) and f for f in fragments), (name, lang)


def test_each_list_has_the_languages_docs_document():
    documented = _documented_languages()
    assert set(documented) == set(load_story_words())
    for name, languages in load_story_words().items():
        assert list(languages) == documented[name], name


def test_stories_compiles_exactly_what_the_data_give():
    for name, var in WHOLE.items():
        rx = getattr(stories, var)
        assert rx.pattern == words_pattern(name), name
        assert rx.flags == re.compile("", re.I).flags, name
    assert stories._JOINT.pattern.startswith(words_pattern("joint") + "|")
    assert stories._JOINT.flags & re.I
    assert stories._OTHER_MEETING.pattern.endswith("|" + words_pattern("other_meeting"))
    assert stories._OTHER_MEETING.flags & re.I
    # round 28: the other organisations' names, bounded and read case-sensitively alone
    assert stories._OTHER_ORGS == words_pattern("other_orgs")
    # round 42: the Chinese names unbounded (no word boundary between Han characters)
    lists = load_story_words()["other_orgs"]
    # round 55: the Japanese ones too (their entries say what may follow)
    bounded = "|".join(f for lang, fs in lists.items() if lang not in ("zh", "ja") for f in fs)
    assert stories._OTHER_ORG.pattern == (r"(?<!\w)(?:" + bounded + r")(?!\w)|"
                                          + "|".join(lists["zh"] + lists["ja"]))
    assert not stories._OTHER_ORG.flags & re.I


def test_a_list_joins_its_languages_in_file_order(tmp_path):
    path = tmp_path / "words.toml"
    path.write_text("[eve]\nen = ['\\bon the eve of\\b', 'ahead']\nru = ['\\bнакануне\\b']\n",
                    encoding="utf-8")
    assert words_pattern("eve", path) == r"\bon the eve of\b|ahead|\bнакануне\b"


def test_a_bad_regex_is_refused_naming_list_and_language(tmp_path):
    path = tmp_path / "words.toml"
    path.write_text("[today]\nen = ['\\btoday\\b']\nfr = ['\\baujourd(hui']\n", encoding="utf-8")
    with pytest.raises(StoryWordsError, match=r"\[today\] fr: bad regex"):
        load_story_words(path)


@pytest.mark.parametrize("body", [
    "today = '\\btoday\\b'\n",  # a list not a table of languages
    "[today]\nen = []\n",  # a language with no entries
    "[today]\nen = ['']\n",  # an empty entry would match everywhere
])
def test_malformed_lists_are_refused(tmp_path, body):
    path = tmp_path / "words.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(StoryWordsError, match=r"\[today\]"):
        load_story_words(path)


def test_an_unknown_list_is_named():
    with pytest.raises(StoryWordsError, match=r"no list \[day_after_tomorrow\]"):
        words_pattern("day_after_tomorrow", STORY_WORDS_FILE)
