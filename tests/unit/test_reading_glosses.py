"""Pinyin glosses of a converted Chinese page ("會(huì)議") are no words of its text: the store,
the tagger and near-duplicate shingling drop them (pipeline.text.without_reading_glosses).
The texts are written for these tests, in the form such pages take (blind set 27 and others)."""

from __future__ import annotations

from pipeline import neardup
from pipeline.tagging import analyse, load_gazetteer
from pipeline.text import clean_whitespace, without_reading_glosses

GLOSSED = ("上海合作組織成員國(guó)最高法院院長(zhǎng)會(huì )議在上海舉行,"
           "各方簽署了聯(lián)合聲明。")
PLAIN = "上海合作組織成員國最高法院院長會議在上海舉行,各方簽署了聯合聲明。"


def test_glosses_are_dropped_and_nothing_else() -> None:
    assert without_reading_glosses(GLOSSED) == PLAIN
    # full-width brackets too
    assert without_reading_glosses("會（huì）議") == "會議"
    # an abbreviation, an English word or a year in brackets stays: no tone mark
    for kept in ("上海協力機構(SCO)の会議", "上海合作组织(sco)峰会", "峰會(summit)", "會議(2025)"):
        assert without_reading_glosses(kept) == kept
    # a toned word in brackets after a Latin word is no gloss of a character
    assert without_reading_glosses("Beijing (Běijīng) hosted") == "Beijing (Běijīng) hosted"


def test_the_store_keeps_the_text_without_glosses() -> None:
    assert clean_whitespace(GLOSSED) == PLAIN


def test_the_tagger_reads_the_glossed_page_as_the_plain_one() -> None:
    gaz = load_gazetteer()
    glossed, plain = analyse(gaz, "", GLOSSED), analyse(gaz, "", PLAIN)
    assert glossed.text == plain.text
    assert [m.entry.ref for m in glossed.matches] == [m.entry.ref for m in plain.matches]


def test_near_duplicate_shingles_ignore_glosses() -> None:
    assert neardup.fold_spelling(GLOSSED) == neardup.fold_spelling(PLAIN)
