"""Round 13: in Arabic script a letter written against a number is parted from it before
shingling (neardup.fold_spelling), as one outlet writes "حداقل۲۴" and "سال۲۰۲۴" where its copy
writes "حداقل ۲۴" and "سال ۲۰۲۴". The texts are short ones written by the scowatch developers."""

from __future__ import annotations

from pipeline.neardup import signature, tokens


def test_a_letter_against_a_number_is_parted_from_it() -> None:
    assert tokens("حداقل۲۴ درصد تا سال۲۰۲۴") == tokens("حداقل ۲۴ درصد تا سال ۲۰۲۴")
    assert tokens("حداقل۲۴ درصد") == ["حداقل", "24", "درصد"]


def test_the_two_spellings_give_one_signature() -> None:
    glued = "سازمان همکاری شانگهای حداقل۲۴ درصد از کل مساحت جهان را تا سال۲۰۲۴ تشکیل میدهد."
    spaced = "سازمان همکاری شانگهای حداقل ۲۴ درصد از کل مساحت جهان را تا سال ۲۰۲۴ تشکیل میدهد."
    assert signature(glued) == signature(spaced)


def test_other_scripts_keep_their_numbers_as_written() -> None:
    assert tokens("G20 and the 25th summit") == ["g20", "and", "the", "25th", "summit"]
