"""Round 13: the SCO's names and abbreviations missed in blind set 12's reports (pipeline.tagging,
pipeline/data/gazetteers/sco.toml).

Every text here was written by the lead for these tests, in the constructions of the set's
reports (no real report copied).
"""

from __future__ import annotations

from pipeline.tagging import analyse, tag_article


def relevant(gaz, body: str, language: str) -> bool:
    return tag_article(gaz, "", body, language=language).sco_relevant


def test_an_abbreviation_written_against_another_script_is_a_word(gaz) -> None:
    """Japanese writes "SCO外相会合" with no space: the script change is the word's edge, as
    after the letters ("SCOની"), and the meeting word after it marks the SCO reading."""
    assert relevant(gaz, "中国やロシアなどSCO外相会合が天津で開かれ、共同声明で一致した。", "ja")
    assert relevant(gaz, "各国领导人出席在天津举行的SCO峰会并发表讲话。", "zh")
    # the letters of a company's name, with no context word: not the SCO
    assert not relevant(gaz, "東京のSCO社は新しい製品を発表した。", "ja")
    # a digit before the letters is no script change that opens a word
    assert not [m for m in analyse(gaz, "", "型番2SCO外相").matches
                if m.entry.kind == "sco_ambiguous"]


def test_the_bengali_name_with_songothon_and_its_case_ending(gaz) -> None:
    assert relevant(gaz, "চীনে সাংহাই সহযোগিতা সংগঠনের শীর্ষ সম্মেলনে যোগ দিলেন প্রধানমন্ত্রী।",
                    "bn")


def test_a_misspelt_organisation_counts_once_as_the_name(gaz) -> None:
    """"Shanghai Cooperation Organziation (SCO)" (an outlet's typo) is the SCO; a correctly spelt
    name, matched by the name and by the misspelling's stem, still counts once."""
    assert relevant(gaz, "BEIJING: The meeting of the Shanghai Cooperation Organziation (SCO) "
                         "foreign ministers opened in Tianjin on Tuesday.", "en")
    text = "Leaders of the Shanghai Cooperation Organisation met on Friday."
    names = [m for m in analyse(gaz, "", text).matches if m.entry.kind == "sco"]
    assert len(names) == 1
