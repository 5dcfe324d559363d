"""A page in decomposed Unicode (NFD: tone marks and accents as combining characters, Korean in
conjoining jamo) is tagged, stored and shown as the same text in composed form (NFC). Before,
a decomposed Vietnamese report matched none of the SCO's names (relevance 0.02 against 0.90).

The texts are written by the lead for these tests (no real report copied).
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import pytest

from pipeline.article import Article
from pipeline.store import article_values
from pipeline.tagging import tag_article
from pipeline.text import body_hash, clean_whitespace

VI = ("Hội nghị thượng đỉnh Tổ chức Hợp tác Thượng Hải (SCO) đã thông qua Tuyên bố Samarkand. "
      "Các nhà lãnh đạo SCO đã ký văn kiện tại Uzbekistan.")
KO = "상하이협력기구(SCO) 정상회의가 사마르칸트에서 열렸다. 정상들은 사마르칸트 선언을 채택했다."



@pytest.mark.parametrize("text", [VI, KO])
def test_a_decomposed_page_is_tagged_as_the_composed_one(gaz, text):
    composed = tag_article(gaz, "", unicodedata.normalize("NFC", text))
    decomposed = tag_article(gaz, "", unicodedata.normalize("NFD", text))
    assert unicodedata.normalize("NFD", text) != text  # the test text really decomposes
    assert composed.relevance >= 0.5
    assert decomposed.relevance == composed.relevance
    assert decomposed.states == composed.states


def test_stored_text_is_composed():
    body = unicodedata.normalize("NFD", VI)
    assert clean_whitespace(body) == unicodedata.normalize("NFC", VI)
    art = Article(url="https://example.org/vi/1", source="example.org",
                  title=unicodedata.normalize("NFD", "Tuyên bố Samarkand"), body=body)
    values = article_values(art, datetime(2026, 12, 5, tzinfo=UTC))
    assert values["body"] == unicodedata.normalize("NFC", VI)
    assert values["title"] == "Tuyên bố Samarkand"
    # the exact-duplicate fingerprint is the one the composed text had before (it was NFKC)
    assert values["body_hash"] == body_hash(VI)
