"""Round 59: one rule for where a sentence ends (pipeline/text.py sentence_ends), read by the
stories' leads, relevance's lead sentence and page forms' definitions. Sentences quoted from the
real sets name their item; written ones say so."""

from pipeline.text import first_sentence, next_sentence_end, sentence_ends


def test_turkish_ordinal_before_a_capital_ends_no_sentence():
    # real-blind10 r-976c2279f6
    text = ("Şanghay İşbirliği Örgütü'nün (ŞİÖ) 25. Devlet Başkanları Konseyi toplantısı bugün "
            "başlıyor. İki gün devam edecek zirve")
    assert first_sentence(text).endswith("bugün başlıyor.")


def test_english_and_tagalog_dates_close_their_sentence():
    # real-blind41 r-37328dd4cd
    text = ("an SCO summit set to be held in Tianjin between August 30 and September 1. The "
            "Russian foreign minister is also expected")
    assert first_sentence(text).endswith("September 1.")
    # real-blind26 r-65bcae1459
    text = ("ang Ika-18 Shanghai Cooperation Organization (SCO) Summit mula Hunyo 9 hanggang 10. "
            "Ani Wang, ito'y pangunguluhan ni Pangulong Xi Jinping")
    assert first_sentence(text).endswith("hanggang 10.")


def test_a_date_written_with_slashes_ends_its_sentence():
    # real-blind29 r-5eedb4edb4
    text = "sẽ được tổ chức tại Thiên Tân từ 31/8 đến ngày 1/9. Chủ tịch Trung Quốc Tập Cận Bình"
    assert first_sentence(text).endswith("ngày 1/9.")


def test_years_three_figure_ordinals_and_the_other_stops():
    # written
    assert first_sentence("It was founded in 2001. The next year it grew.") == (
        "It was founded in 2001.")
    assert first_sentence("Ma van a 125. évforduló. B") == "Ma van a 125. évforduló."
    assert first_sentence("It grew by 125. The next") == "It grew by 125."
    assert first_sentence("上合组织峰会举行。习近平出席") == "上合组织峰会举行。"
    assert first_sentence("Հանդիպումն ավարտվեց։ Հաջորդը") == "Հանդիպումն ավարտվեց։"
    assert first_sentence("بیٹھک ہوئی۔ پھر") == "بیٹھک ہوئی۔"
    assert first_sentence("No stop here") == "No stop here"
    assert first_sentence("Line one\nLine two. Three") == "Line one"


def test_ends_within_a_range():
    # written: the stops in text[pos:endpos] only, and the next one after a position
    text = "One. Two. Three."
    assert [m.end() for m in sentence_ends(text)] == [4, 9, 16]
    assert [m.end() for m in sentence_ends(text, 5, 12)] == [9]
    found = next_sentence_end(text, 5)
    assert found is not None and found.end() == 9
    assert next_sentence_end(text, 0, 3) is None
