"""The lead's round 48 fixes from reading blind set 36's digest (after its one run): a Chinese
title a page writes with spaces beside its figures, and a card titled only by its type in
another script. Texts are written by the scowatch developers after the sentences of real pages
(163.com's report of the Moscow heads of government, November 2025)."""

from __future__ import annotations

import pytest

from pipeline.digest import card_name
from pipeline.documents import find_documents
from pipeline.documents.names_zh import _unspaced


def test_a_spaced_chinese_title_is_the_known_strategy() -> None:
    body = "会议以天津峰会批准的《上合组织未来 10 年(2026-2035 年)发展战略》为行动蓝图。"
    found = find_documents("上合十国在莫斯科", body, None)
    assert [(m.name, m.status) for m in found] == [
        ("SCO Development Strategy for 2026-2035", "approved")]


@pytest.mark.parametrize("title,unspaced", [
    ("上合组织未来 10 年(2026-2035 年)发展战略", "上合组织未来10年(2026-2035年)发展战略"),
    ("上合组织 SCO Plus 宣言", "上合组织 SCO Plus 宣言"),  # Latin words keep their spaces
])
def test_spaces_beside_chinese_characters_only(title: str, unspaced: str) -> None:
    assert _unspaced(title) == unspaced


@pytest.mark.parametrize("name,languages,shown", [
    ("联合公报", ("en",), "Joint Communiqué"),
    ("Совместное коммюнике", ("fr",), "Joint Communiqué"),
    ("联合公报", ("zh",), "联合公报"),  # a reader of its script reads it
    # round 72: a reader of a third script (Russian) reads the English digest around it; a
    # bare type of their own script stays theirs
    ("联合声明", ("ru",), "Joint Statement"),
    ("Совместное коммюнике", ("ru",), "Совместное коммюнике"),
    ("上海合作组织成员国元首理事会会议联合公报", ("en",), "Joint Communiqué"),
    ("天津宣言", ("en",), "天津宣言"),  # a name that is more than its type is shown as stored
])
def test_a_bare_type_name_of_another_script(name: str, languages: tuple[str, ...],
                                            shown: str) -> None:
    assert card_name(name, languages) == shown


def test_the_register_text_glosses_a_bare_type_name() -> None:
    from pipeline.cli import documents_text

    row = {"name": "联合公报", "type": "communique", "status": "adopted",
           "meeting": "SCO Heads of Government Council", "venue": "Moscow",
           "date": "2025-11-18", "meeting_resolved": True, "meeting_format": None,
           "history": [], "articles": [{"source": "www.163.com", "url": "https://x.example/1"}],
           "meeting_note": None, "meeting_id": "hog-2025-moscow", "meeting_ordinal": 24}
    lines = documents_text([row])
    assert lines[0] == "联合公报 (Joint Communiqué)  [communique, adopted]"
    assert documents_text([{**row, "name": "Tianjin Declaration"}])[0].startswith(
        "Tianjin Declaration  [")


def test_a_japanese_titles_space_after_its_issuer_stays() -> None:
    title = "上海協力機構加盟国 テロリズム・分裂主義・過激主義取り締まり構想"
    assert _unspaced(title) == title
