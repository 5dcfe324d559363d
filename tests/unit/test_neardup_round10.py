"""Round 10: spelling variants folded before shingling (neardup.fold_spelling and
neardup.join_persian_affixes). Every text here is short and written by the scowatch developers
for these tests; none is taken from an article."""

from __future__ import annotations

import pytest

from pipeline import neardup
from pipeline.neardup import is_near_duplicate, signature, tokens

ZWNJ = "\u200c"

# Written by the scowatch developers: a short Persian report in one outlet's spelling (suffixes
# and verbal prefixes joined with a zero-width non-joiner, Persian yeh and keheh, Persian digits)...
PERSIAN_ZWNJ = (
    f"نشست سران سازمان همکاری شانگهای روز دوشنبه ۹ شهریور ۱۴۰۴ در تیانجین برگزار می{ZWNJ}شود.\n"
    f"رهبران کشور{ZWNJ}های عضو درباره همکاری{ZWNJ}های اقتصادی و امنیتی گفتگو می{ZWNJ}کنند.\n"
    f"این سازمان یکی از بزرگ{ZWNJ}ترین سازمان{ZWNJ}های منطقه{ZWNJ}ای است و ۱۰ عضو دارد.\n"
    f"وزیران خارجه پیش از این در ۲ نشست جداگانه متن بیانیه را آماده کرده{ZWNJ}اند."
)
# ... and the same report as another outlet prints it: the joiners dropped or replaced by a space,
# Arabic yeh and kaf, a tatweel, ASCII digits.
PERSIAN_SPACED = (
    "نشست سران سازمان همكاري شانگهاي روز دوشنبه 9 شهريور 1404 در تيانجين برگزار مي شود.\n"
    "رهبران کشورهای عضو درباره همکاری های اقتصادی و امنیتی گفتگو می کنند.\n"
    "اين سازمان يكي از بزرگ ترين سازمان هاي منطقه اي اسـت و 10 عضو دارد.\n"
    "وزیران خارجه پیش از این در 2 نشست جداگانه متن بیانیه را آماده کرده اند."
)


def test_persian_spellings_of_one_text_give_one_signature() -> None:
    assert tokens(PERSIAN_ZWNJ) == tokens(PERSIAN_SPACED)
    assert signature(PERSIAN_ZWNJ) == signature(PERSIAN_SPACED)
    assert is_near_duplicate(signature(PERSIAN_ZWNJ), signature(PERSIAN_SPACED))


@pytest.mark.parametrize("a, b", [
    ("سازمان\u200cهای منطقه\u200cای", "سازمان های منطقه ای"),  # plural, -i after a silent heh
    ("سازمانهای منطقهای", "سازمان های منطقه ای"),  # the joiner lost on a web page
    ("می\u200cشود نمی\u200cکند", "می شود نمی کند"),  # the continuous prefix
    ("بزرگ\u200cترین", "بزرگ ترین"),  # the superlative
    ("۳٫۴ میلیارد ۱۴۰۴", "3.4 ميليارد 1404"),  # Persian digits, Arabic yeh
    ("٢٠٢٥ كازاخستان", "2025 کازاخستان"),  # Arabic-Indic digits, Arabic kaf
    ("حداداً إحتضنت أستانا", "حدادا احتضنت استانا"),  # tanween, hamza seats
    ("شـــنغهاي على", "شنغهاي علی"),  # tatweel, alef maksura against yeh
    ("مدينة", "مدينه"),  # teh marbuta
    ("२०२५ शिखर", "2025 शिखर"),  # Devanagari digits
    ("Zusam\u00admen\u00adarbeit", "Zusammenarbeit"),  # soft hyphens
])
def test_spelling_variants_tokenise_alike(a: str, b: str) -> None:
    assert tokens(a) == tokens(b)


def test_a_word_is_not_cut_at_an_invisible_character_or_a_vowel_mark() -> None:
    assert len(tokens("مُحَمَّد")) == 1
    assert len(tokens("क्\u200dष")) == 1  # a zero-width joiner inside a Devanagari conjunct


def test_a_persian_compound_with_a_non_joiner_spells_as_with_a_space() -> None:
    # in Arabic script the non-joiner is a word boundary (Lucene's Persian analyser does so)
    assert tokens("رئیس\u200cجمهور") == tokens("رئیس جمهور")


@pytest.mark.parametrize("a, b", [
    ("کتاب ای", "کتابای"),  # -i is joined only after a silent heh
    ("کی", "کن"),  # different letters stay different
    ("café", "cafe"),  # Latin accents are kept
])
def test_other_differences_are_kept(a: str, b: str) -> None:
    assert tokens(a) != tokens(b)


def test_text_without_variants_shingles_as_before() -> None:
    text = "Leaders of the SCO met in Tianjin on 31 August 2025 and signed a declaration."
    assert tokens(text) == neardup.normalize_text(text).split()


@pytest.mark.parametrize("text, words", [
    ("शंघाई सहयोग संगठन", ["शंघाई", "सहयोग", "संगठन"]),  # vowel signs, anusvara
    ("সাংহাই সহযোগিতা সংস্থা", ["সাংহাই", "সহযোগিতা", "সংস্থা"]),  # and a virama
    ("ஷாங்காய் அமைப்பு", ["ஷாங்காய்", "அமைப்பு"]),
])
def test_an_indic_word_keeps_its_vowel_signs(text: str, words: list[str]) -> None:
    assert tokens(text) == words


def test_indic_words_differing_by_a_vowel_sign_differ() -> None:
    assert tokens("कि") != tokens("क")


def test_a_thai_tone_mark_stays_on_its_letter() -> None:
    assert tokens("ไม่") == ["ไ", "ม่"]


def test_turkish_dotted_capital_i_folds_to_i() -> None:
    assert tokens("İSTANBUL İstanbul") == ["istanbul", "istanbul"]
    assert tokens("Işık") != tokens("Isik")
