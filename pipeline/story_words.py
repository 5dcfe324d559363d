"""The story grouper's per-language word lists (pipeline/data/stories_words.toml), read once and
joined into the regex alternations pipeline/stories.py compiles."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

STORY_WORDS_FILE = Path(__file__).parent / "data" / "stories_words.toml"

WordLists = dict[str, dict[str, tuple[str, ...]]]  # list name -> language code -> fragments


class StoryWordsError(ValueError):
    """A word list file that cannot be used: not a table of languages, or a bad fragment."""


@cache
def load_story_words(path: Path = STORY_WORDS_FILE) -> WordLists:
    """Read and check a word list file: every list a table of language codes, each holding
    a list of regex fragments that compile on their own (read once per path)."""
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return {name: _checked_list(path, name, languages) for name, languages in data.items()}


def _checked_list(path: Path, name: str, languages: object) -> dict[str, tuple[str, ...]]:
    """One list's languages and fragments, or StoryWordsError naming the list and language."""
    if not isinstance(languages, dict):
        raise StoryWordsError(f"{Path(path).name}: [{name}] is not a table of languages")
    out: dict[str, tuple[str, ...]] = {}
    for lang, fragments in languages.items():
        where = f"{Path(path).name}: [{name}] {lang}"
        if not isinstance(fragments, list) or not fragments:
            raise StoryWordsError(f"{where}: expected a non-empty list of regex fragments")
        for fragment in fragments:
            if not isinstance(fragment, str) or not fragment:
                raise StoryWordsError(f"{where}: empty or non-string entry {fragment!r}")
            try:
                re.compile(fragment)
            except re.error as err:
                raise StoryWordsError(f"{where}: bad regex {fragment!r}: {err}") from err
        out[lang] = tuple(fragments)
    return out


def words_pattern(name: str, path: Path = STORY_WORDS_FILE) -> str:
    """A list's regex source: the alternation of its fragments, language by language in file
    order, each fragment as written."""
    lists = load_story_words(path)
    if name not in lists:
        raise StoryWordsError(f"{Path(path).name}: no list [{name}]")
    return "|".join(f for fragments in lists[name].values() for f in fragments)
