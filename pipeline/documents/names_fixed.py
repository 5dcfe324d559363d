"""Document names fixed by the words around their type word (data/fixed_document_names.toml).

Some languages name a known document in words the general title rules of names*.py do not read:
Hausa and Swahili say "the declaration of the founding of the SCO" after the type word;
Azerbaijani, Mongolian and Amharic put the modifiers or the genitive before it. Each such wording
is one rule of data (the document's kind, the type word, the words after or before it, and the
known document's English name) rather than a module of code; `fixed_name` tries them in order.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.documents.base import _Candidate, _Sentence
from pipeline.tagging import Match

FIXED_NAMES_FILE = Path(__file__).resolve().parents[1] / "data" / "fixed_document_names.toml"

_FIELDS = {"language", "kind", "name", "type_word", "after", "before", "window"}
_REQUIRED = ("language", "kind", "name")


class FixedNamesError(ValueError):
    """A rule of the fixed-names file that cannot be used, with the rule's place and name."""


@dataclass(frozen=True)
class FixedName:
    """One rule: at a type word of `kind` (matching `type_word` when given), the words `after`
    it or `before` it name the document `name`."""

    language: str
    kind: str
    name: str
    type_word: re.Pattern[str] | None
    after: re.Pattern[str] | None
    before: re.Pattern[str] | None
    window: int | None

    def at(self, part: _Sentence, head: Match) -> _Candidate | None:
        """This rule's candidate at the type word `head` of the sentence `part`, else None."""
        text = part.text
        rel, rel_end = head.start - part.start, head.end - part.start
        if self.type_word is not None and not self.type_word.fullmatch(text, rel, rel_end):
            return None
        if self.after is not None:
            found = self.after.match(text, rel)
            if found is None:
                return None
            return _Candidate(head.start, part.start + found.end(), self.name, self.kind)
        assert self.before is not None
        low = 0 if self.window is None else max(0, rel - self.window)
        found = self.before.search(text, low, rel)
        if found is None:
            return None
        return _Candidate(part.start + found.start(), head.end, self.name, self.kind)


def _compile(where: str, field: str, pattern: object) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise FixedNamesError(f"{where}: `{field}` must be a non-empty string")
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise FixedNamesError(f"{where}: `{field}` is not a valid regex ({exc})") from exc


def parse_rules(data: dict, source: str = "fixed_document_names.toml") -> tuple[FixedName, ...]:
    """The rules of a loaded fixed-names file, each checked; a FixedNamesError names the first
    rule that cannot be used and why."""
    rules = data.get("rule", [])
    unknown_top = set(data) - {"rule"}
    if unknown_top or not isinstance(rules, list):
        raise FixedNamesError(f"{source}: only [[rule]] tables are allowed, found {sorted(data)}")
    parsed = []
    for number, rule in enumerate(rules, 1):
        where = f"{source}, rule {number} ({rule.get('language', '?')}: {rule.get('name', '?')})"
        if unknown := set(rule) - _FIELDS:
            raise FixedNamesError(f"{where}: unknown field(s) {sorted(unknown)}")
        for field in _REQUIRED:
            if not isinstance(rule.get(field), str) or not rule[field].strip():
                raise FixedNamesError(f"{where}: `{field}` is required")
        if ("after" in rule) == ("before" in rule):
            raise FixedNamesError(f"{where}: give exactly one of `after` and `before`")
        if "before" in rule and not str(rule["before"]).endswith("$"):
            raise FixedNamesError(
                f"{where}: `before` must end with `$` (the words stand right before the type word)"
            )
        window = rule.get("window")
        if window is not None and (
            "before" not in rule
            or not isinstance(window, int)
            or isinstance(window, bool)
            or window <= 0
        ):
            raise FixedNamesError(
                f"{where}: `window` is a positive number of characters, with `before` only"
            )
        parsed.append(
            FixedName(
                language=rule["language"],
                kind=rule["kind"],
                name=rule["name"],
                type_word=_compile(where, "type_word", rule["type_word"])
                if "type_word" in rule
                else None,
                after=_compile(where, "after", rule["after"]) if "after" in rule else None,
                before=_compile(where, "before", rule["before"]) if "before" in rule else None,
                window=window,
            )
        )
    return tuple(parsed)


@cache
def fixed_rules(path: Path = FIXED_NAMES_FILE) -> tuple[FixedName, ...]:
    """The rules of `path`, read and checked once."""
    with path.open("rb") as handle:
        return parse_rules(tomllib.load(handle), path.name)


def fixed_name(part: _Sentence, head: Match, kind: str) -> _Candidate | None:
    """The first fixed rule's document at the type word `head` of kind `kind`, else None."""
    for rule in fixed_rules():
        if rule.kind == kind:
            found = rule.at(part, head)
            if found is not None:
                return found
    return None
