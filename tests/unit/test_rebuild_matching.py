"""Which old register entry each rebuilt entry continues (pipeline/register_rebuild.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.documents.keys import document_key
from pipeline.register_rebuild import _Old, _same, _successors

WHEN = datetime(2024, 7, 4, tzinfo=UTC)


def test_an_article_reporting_two_documents_links_each_to_its_own_entry() -> None:
    """Old 1 (a declaration) and old 2 (a strategy) were both reported by articles 10 and 11;
    the rebuild happens to register the strategy first. Shared articles alone would hand the
    declaration's id to the strategy."""
    old = {1: _Old(document_key("Astana Declaration"), "Astana Declaration", "declaration",
                   "hsc-2024-astana", WHEN),
           2: _Old(document_key("SCO Energy Strategy until 2030"),
                   "SCO Energy Strategy until 2030", "strategy", "hsc-2024-astana", WHEN)}
    new = {1: {"key": document_key("SCO Energy Strategy until 2030"), "type": "strategy"},
           2: {"key": document_key("Astana Declaration"), "type": "declaration"}}
    articles = {1: {10, 11}, 2: {10, 11}}
    keeps, grew_from, successor = _successors(articles, {1: {10, 11}, 2: {10, 11}},
                                              lambda o, n: _same(old[o], new[n]))
    assert keeps == {1: 2, 2: 1}
    assert grew_from == {1: [2], 2: [1]}
    assert successor == {1: 2, 2: 1}
    # what shared articles alone would do
    blind, _, _ = _successors(articles, {1: {10, 11}, 2: {10, 11}}, lambda o, n: True)
    assert blind == {1: 1, 2: 2}


def test_entries_of_one_document_join_and_the_most_shared_keeps_its_id() -> None:
    """Two old entries of one document (an old key and the one today's rules give) become one:
    it keeps the id of the entry it shares most reports with, and grew from both."""
    name = "Astana Declaration"
    old = {5: _Old("an old rules' key", name, "declaration", "", WHEN),
           7: _Old(document_key(name), name, "declaration", "hsc-2024-astana", WHEN)}
    new = {1: {"key": document_key(name), "type": "declaration"}}
    keeps, grew_from, successor = _successors({1: {1, 2, 3}}, {5: {1}, 7: {2, 3}},
                                              lambda o, n: _same(old[o], new[n]))
    assert keeps == {1: 7} and grew_from == {1: [5, 7]} and successor == {5: 1, 7: 1}


def test_another_type_is_another_document() -> None:
    old = _Old(document_key("Astana Declaration"), "Astana Declaration", "declaration", "", WHEN)
    assert not _same(old, {"key": old.key, "type": "statement"})
    assert _same(old, {"key": old.key, "type": "declaration"})
