"""Round 47 (digest47): the stand-in headline of a page the real sets keep without one, a
dateline with a country in brackets, and the reading check's dateline. Each text is a line of a
real set's item (blind sets 29, 32, 35) unless it says it was written for this test."""

from __future__ import annotations

from support import load_script

from pipeline.summarize import strip_dateline


def test_a_date_and_time_line_is_not_the_headline() -> None:
    """Blind set 35's ana.ir page was headed "08 خرداد 1397 - 12:31" in the digest."""
    text = ("08 خرداد 1397 - 12:31\n\nهند و پاکستان به عضویت سازمان همکاری شانگهای درآمدند\n\n"
            "با عضویت هند و پاکستان، سازمان همکاری شانگهای در حال بدل شدن به یک سازمان بزرگ "
            "جهانی است.")
    title, body = load_script("real_digest").stand_in_title(text)
    assert title == "هند و پاکستان به عضویت سازمان همکاری شانگهای درآمدند"
    assert body.startswith("با عضویت")


def test_a_japanese_sentence_is_not_skipped_for_its_credit() -> None:
    """Blind set 35's japanese.cri.cn page was headed by its translator's credit, "(翻訳:藍)":
    each Japanese sentence, one "word" without spaces, was skipped as an outlet's name."""
    text = ("上海協力機構首脳会議が16日、キルギスの首都ビシケクで行われました。中国やロシアの首脳が"
            "出席しました。\n会議は議長国であるキルギスのバキエフ大統領が主宰しました。(翻訳:藍)")
    title, _ = load_script("real_digest").stand_in_title(text)
    assert title == "上海協力機構首脳会議が16日、キルギスの首都ビシケクで行われました。"


def test_a_russian_dateline_is_not_the_headline() -> None:
    """Blind set 32's ria.ru page was headed "АСТАНА, 25 мая — РИА новости."."""
    text = ("АСТАНА, 25 мая — РИА новости. Документы, которые будут приняты на саммите ШОС в "
            "июне в Астане, усилят сотрудничество в сфере безопасности.\nДалее.")
    title, _ = load_script("real_digest").stand_in_title(text)
    assert title.startswith("Документы, которые будут приняты")


def test_a_speechs_salutation_is_not_the_headline() -> None:
    """Blind set 32's zeenews.india.com page (a speech) was headed "Your Excellency Mr. Ismail
    Karimov,"; the lines of the address run on to "Ladies and Gentlemen"."""
    text = ("Your Excellency Mr. Ismail Karimov,\nPresident of the Republic of Uzbekistan,\n"
            "Leaders of the Members States of Shanghai Cooperation Organization;\n"
            "Invited Leaders\nLadies and Gentlemen\n"
            "Almost a year ago, I started my journey of Central Asian countries from Tashkent.\n"
            "I still remember the warmth.")
    title, _ = load_script("real_digest").stand_in_title(text)
    assert title == ("Almost a year ago, I started my journey of Central Asian countries from "
                     "Tashkent.")


def test_an_urdu_stand_in_is_its_first_sentence() -> None:
    """Blind set 32's Urdu page: the Urdu full stop ended no sentence, so the stand-in was the
    text's first 150 characters and the summary told its first sentence again under it."""
    first = "چین کے شہر تیانجن میں شنگھائی تعاون تنظیم کے اجلاس کے بعد اعلامیہ جاری کر دیا گیا۔"
    title, _ = load_script("real_digest").stand_in_title(
        first + " اجلاس میں ایس سی او ڈویلپمنٹ بینک کے قیام کا فیصلہ کیا گیا۔")
    assert title == first


def test_a_headline_line_under_a_label_and_a_headline_of_its_own_line() -> None:
    """A section's label over the headline ("Brasil", blind set 35) is skipped; a first line
    that reads as a headline is kept, as before (written for this test)."""
    script = load_script("real_digest")
    title, body = script.stand_in_title(
        "Brasil\n\nDilma viaja para Rússia para participar da cúpula dos Brics\n\nOs líderes.")
    assert (title, body) == ("Dilma viaja para Rússia para participar da cúpula dos Brics",
                             "Os líderes.")
    assert script.stand_in_title("SCO leaders meet in Astana\nThe summit opened.")[0] == (
        "SCO leaders meet in Astana")


def test_a_dateline_with_a_country_in_brackets_is_stripped() -> None:
    """Blind set 35's French RIA Novosti summary opened with its dateline."""
    assert strip_dateline("POUGOUS (Tadjikistan), 24 juillet - RIA Novosti. Un sommet des "
                          "chefs de la diplomatie.") == "Un sommet des chefs de la diplomatie."


def test_an_acronym_opening_a_summary_is_no_dateline_for_the_check() -> None:
    """Blind set 32's "ШОС готова работать ..." counted as a dateline opening."""
    checks = load_script("digest_reading_checks")
    assert not checks._DATELINE.match("ШОС готова работать с другими странами.")
    assert checks._DATELINE.match("POUGOUS (Tadjikistan), 24 juillet - RIA Novosti. Un sommet")
    assert checks._DATELINE.match("MOSCOW, November 18. China is ready.")


def test_a_hindi_dateline_is_not_the_headline() -> None:
    """Blind set 32's Hindi pages open with a place ended by the danda ("नई दिल्ली।"): once
    the danda ended sentences, the place alone stood as the headline."""
    title, _ = load_script("real_digest").stand_in_title(
        "नई दिल्ली। पीएम नरेंद्र मोदी ताशकंद में शंघाई सहयोग संगठन के सम्मेलन में हिस्सा लेने जा "
        "रहे हैं। ताशकंद में सम्मेलन होगा।")
    assert title.startswith("पीएम नरेंद्र मोदी ताशकंद में")
