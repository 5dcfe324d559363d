"""Canonical URLs and the normalised-body fingerprint (dedup v1)."""

from __future__ import annotations

import pytest

from pipeline.text import body_hash, normalize_text
from pipeline.urls import canonical_url, same_site

SEED = "https://astanatimes.com/2020/11/sco-leaders-sign-moscow-declaration"


@pytest.mark.parametrize("variant", [
    "https://astanatimes.com/2020/11/sco-leaders-sign-moscow-declaration/",
    "http://astanatimes.com/2020/11/sco-leaders-sign-moscow-declaration/",
    "HTTPS://WWW.AstanaTimes.com/2020/11/sco-leaders-sign-moscow-declaration/",
    "https://astanatimes.com/2020/11/sco-leaders-sign-moscow-declaration/#comments",
    "https://astanatimes.com/2020/11/sco-leaders-sign-moscow-declaration/?utm_source=twitter"
    "&utm_medium=social&fbclid=abc",
    "https://astanatimes.com/2020/11/sco-leaders-sign-moscow-declaration/amp/",
    "https://amp.astanatimes.com/2020/11/sco-leaders-sign-moscow-declaration/",
    "https://m.astanatimes.com/2020/11/sco-leaders-sign-moscow-declaration",
    "https://astanatimes.com:443/2020/11//sco-leaders-sign-moscow-declaration/",
])
def test_variants_share_one_canonical_url(variant: str) -> None:
    assert canonical_url(variant) == SEED


def test_content_parameters_are_kept_and_sorted() -> None:
    assert canonical_url("https://tass.com/news?id=5&page=2&utm_campaign=x") == \
        "https://tass.com/news?id=5&page=2"
    assert canonical_url("https://x.org/a?b=1&a=2") == canonical_url("https://x.org/a?a=2&b=1")
    assert canonical_url("https://x.org/a?id=1") != canonical_url("https://x.org/a?id=2")


def test_other_ports_and_paths_stay_distinct() -> None:
    assert canonical_url("http://127.0.0.1:8080/a/") == "https://127.0.0.1:8080/a"
    assert canonical_url("https://x.org/a") != canonical_url("https://x.org/b")


def test_non_http_urls_are_left_alone() -> None:
    assert canonical_url("mailto:a@b.c") == "mailto:a@b.c"


def test_same_site() -> None:
    assert same_site("https://www.astanatimes.com/x", ("astanatimes.com",))
    assert not same_site("https://evil-astanatimes.com/x", ("astanatimes.com",))


def test_normalised_hash_ignores_case_punctuation_and_spacing() -> None:
    a = "NUR-SULTAN – The Heads of the SCO   signed a Moscow declaration."
    b = "nur sultan the heads of the sco signed a moscow declaration"
    assert normalize_text(a) == b
    assert body_hash(a) == body_hash(b.upper() + "  ")
    assert body_hash(a) != body_hash(a + " And more.")
    assert body_hash("") is None and body_hash("  ...  ") is None


def test_normalisation_keeps_cyrillic_and_chinese() -> None:
    assert normalize_text("ШОС, «Московская декларация»!") == "шос московская декларация"
    assert normalize_text("上合组织，莫斯科宣言。") == "上合组织 莫斯科宣言"
