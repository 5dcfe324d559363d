"""Document keys and display names: the same document from five outlets gets one key."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pipeline.documents.base import _CJK, _CYRILLIC
from pipeline.tagging import (
    Gazetteer,
)

# Words left out of a document key: they vary between outlets without changing the document.
_EN_STOPWORDS = frozenset(
    "the of on for to in and a an between its with at by sco member members states state "
    "countries s organization organisation from within".split()
)


_RU_STOPWORDS = frozenset(
    "и в на по о об с со до для года годы год между государств государства государств-членов "
    "членов член шос гг".split()
)


_ZH_DROP = ("上海合作组织", "上海合作組織", "上合组织", "上合組織", "成员国", "成員國", "上合")


_SCO_NAMES = re.compile(
    r"shanghai cooperation organi[sz]ation(?:'s|’s)?|шанхайск\w* организаци\w* сотрудничества"
    r"|\bsco(?:'s|’s)?\b|\bшос\b|上海合作组织|上海合作組織|上合组织|上合組織",
)


@dataclass(frozen=True)
class _Vocabulary:
    """What the document finder derives once from a gazetteer's data."""

    known: dict[str, str]  # key of an alias -> canonical name


@lru_cache(maxsize=16384)
def document_key(name: str) -> str:
    """Normalised lookup key of a document name: same document, same key, across outlets."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"[‐‑‒–—―－]", "-", text)
    text = re.sub(r"[«»“”\"《》()（）\[\]]", " ", text)
    text = _SCO_NAMES.sub(" sco ", text)
    text = re.sub(r"\bmous?\b", "memorandum of understanding", text)
    text = re.sub(r"\bmemorand(?:um|a|ums)\b", "memorandum", text)
    text = re.sub(r"\b(?:until|through|till|up to|to|by|through to)\s+(\d{4})\b", r"until \1", text)
    text = re.sub(r"\bfor the period (?:up )?(?:until|to) (\d{4})", r"until \1", text)
    text = re.sub(
        r"\b(?:for )?the implementation of\b|\bimplementing\b|\bimplementation\b",
        " implement ",
        text,
    )
    text = re.sub(r"\bprogrammes?\b|\bprograms\b", "program", text)
    text = re.sub(r"\borganisation", "organization", text)
    text = re.sub(r"\bдо (\d{4}) года", r" until \1 ", text)
    text = re.sub(r"(\d{4})\s*-\s*(\d{4})\s*(?:годы|гг\.?|годов)", r"\1-\2", text)
    text = re.sub(r"至(\d{4})年", r" until \1 ", text)
    text = re.sub(r"(\d{4})\s*-\s*(\d{4})年", r" \1-\2 ", text)
    text = re.sub(r"(\d{4})\s*-\s*(\d{4})", r"\1-\2", text)
    for drop in _ZH_DROP:
        text = text.replace(drop, " ")
    tokens = []
    for token in re.findall(r"\d{4}-\d{4}|[^\W_]+(?:-[^\W_]+)*", text):
        tokens.extend(_key_tokens(token))
    return " ".join(sorted(set(tokens)))


def _key_tokens(token: str) -> list[str]:
    """Normalised key tokens of one raw token."""
    if re.fullmatch(r"\d{4}-\d{4}", token):
        return [token]
    if _CJK.search(token):
        return [token.replace("的", "").replace("关于", "")] if token.strip("的") else []
    if _CYRILLIC.search(token):
        parts = [p for p in token.split("-") if p and p not in _RU_STOPWORDS]
        return [p[:6] for p in parts]
    parts = [p for p in token.split("-") if p]
    out = []
    for part in parts:
        part = re.sub(r"['’]s$", "", part)
        if part in _EN_STOPWORDS:
            continue
        if len(part) > 3 and part.endswith("s") and not part.endswith("ss"):
            part = part[:-1]
        out.append(part)
    return out


def _vocabulary(gaz: Gazetteer) -> _Vocabulary:
    """Derive (once per gazetteer) the finder's lookup tables from the gazetteer's data."""
    cached = _VOCABULARIES.get(id(gaz))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    known: dict[str, str] = {}
    for item in gaz.data.get("known_document", []):
        for alias in [item["name"], *item.get("aliases", [])]:
            known[document_key(alias)] = item["name"]
    vocab = _Vocabulary(known=known)
    _VOCABULARIES[id(gaz)] = (gaz, vocab)
    return vocab


_VOCABULARIES: dict[int, tuple[Gazetteer, _Vocabulary]] = {}


def _normalise_name(vocab: _Vocabulary, name: str) -> str:
    """A document's display name: a known document's canonical name, else the cleaned title."""
    name = re.sub(r"^(?:the|a|an|draft)\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"\s+", " ", name).strip(" ,.;:")
    known = vocab.known.get(document_key(name))
    if known:
        return known
    return name[:1].upper() + name[1:]
