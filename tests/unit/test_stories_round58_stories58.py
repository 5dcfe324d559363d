"""Round 58 (stories58): a period after an ordinal or a date's day with a lower-case word after
it ends no sentence, so a headline or first sentence naming a festival after its ordinal ("1.
filmový festival") is read whole. Every sentence here was written for the test, in the style of
the reports (none is quoted from a set)."""

from pipeline.stories import festival_report, talks_after
from pipeline.text import first_sentence as _first  # round 59: the one sentence splitter


def test_czech_ordinal_is_no_sentence_end():
    # written: a Czech headline with the festival's ordinal
    body = "V Čchingtau začal 2. filmový festival zemí ŠOS\nFestival potrvá pět dní."
    assert festival_report("", body)
    assert _first("Ve městě Čchingtao začal 2. filmový festival zemí ŠOS. Potrvá pět dní.") == (
        "Ve městě Čchingtao začal 2. filmový festival zemí ŠOS.")


def test_polish_and_hungarian_ordinals_and_dates_stay_in_the_sentence():
    # written: Polish and Hungarian ordinals, a Czech date
    assert _first("W stolicy odbyło się 26. posiedzenie Rady. Dalej obrady.") == (
        "W stolicy odbyło się 26. posiedzenie Rady.")
    assert _first("Véget ért a 26. csúcstalálkozó a városban. Holnap indulnak.") == (
        "Véget ért a 26. csúcstalálkozó a városban.")
    assert _first("Festival skončil 20. června večer. Ceny získaly dva filmy.") == (
        "Festival skončil 20. června večer.")


def test_sentence_ends_after_numbers_still_cut():
    # written: a year before a lower-case word and a date closing an English sentence end it;
    # round 59 (pipeline/text.py, one splitter for stories, relevance and page forms): a number
    # of one or two figures before a capital is an ordinal's or a day's ("25. Devlet Başkanları",
    # "am 2. Oktober"), no end, unless a month named before it makes it an English date
    assert _first("The members grew to 10. The summit opened.") == (
        "The members grew to 10. The summit opened.")
    assert _first("It was founded in 2001. the next year it grew.") == "It was founded in 2001."
    assert _first("The summit ends on September 1. The leaders met.") == (
        "The summit ends on September 1.")
    assert _first("Am 2. Oktober begann es. Dann") == "Am 2. Oktober begann es."
    # a Hindi danda and a line break still end the first sentence
    assert _first("बैठक हुई। फिर वार्ता") == "बैठक हुई।"
    assert _first("Headline line\nBody") == "Headline line"


def test_festival_report_needs_the_festival_in_the_first_sentence():
    # written: the festival only in the second sentence is not the report's subject
    body = "Ve městě skončil 3. ročník summitu ŠOS. Poté začal filmový festival."
    assert not festival_report("", body)


def test_talks_read_in_the_first_sentence_only():
    # written: days after the Tianjin summit, a first sentence ending in a date ends before
    # the talks of the next one (the meeting's coverage); talks in the first sentence are read
    # (the visit's own news)
    from datetime import date

    from pipeline.documents.calendar import default_calendar
    tianjin = default_calendar().get("hsc-2025-tianjin")
    assert tianjin is not None
    body = ("The leaders met on September 1. Prime Minister X held talks with his "
            "counterpart on Wednesday.")
    assert not talks_after("", body, date(2025, 9, 4), tianjin, frozenset())
    body = ("Prime Minister X held talks with his counterpart on Wednesday. The summit "
            "had 10 members.")
    assert talks_after("", body, date(2025, 9, 4), tianjin, frozenset())
