"""A story's summary on News18's canonical page (blind set 52): the standfirst the page writes
again in its lead, the breadcrumb trail to the headline and an embedded post are no sentences of
the summary."""

from __future__ import annotations

from pipeline.summarize import summarize

TITLE = "No Handshake, Only Namaskar: Jaishankar Greets Pak Counterpart Bilawal Bhutto at SCO Meet"
# excerpt of www.news18.com's page, blind set 52 (r-08ab65620a), blank lines as the page has them
PAGE = "\n\n".join([
    'Home » India » No Handshake, Only Namaskar: Jaishankar Greets Pak Counterpart Bilawal '
    'Bhutto at SCO Meet | Watch',
    'Zardari is the first Pakistani foreign minister to visit India in almost 12 years. '
    'Visuals showed the Jaishankar greeting Zardari in Indian tradition with a "Namastey", '
    'ditching a customary handshake',
    'Ditching the customary handshake, External Affairs Minister S Jaishankar greeted '
    'Pakistani counterpart Bilawal Bhutto Zardari on Friday in Goa at a conclave of the '
    'Shanghai Cooperation Organisation.',
    "The two-day-long meeting of SCO member states in Goa's capital Panaji started on "
    'Thursday.',
    "#WATCH | EAM Dr S Jaishankar welcomes Pakistan's Foreign Minister Bilawal Bhutto Zardari"
    ' for the Meeting of the SCO Council of Foreign Ministers in Goa '
    'pic.twitter.com/TVe0gzml1U',
    'Zardari is the first Pakistani foreign minister to visit India in almost 12 years. '
    # (the lead's own quotes are curly: compared by their words)
    'Visuals showed the Jaishankar greeting Zardari in Indian tradition with a “Namastey", '
    'ditching a customary handshake.',
])


def test_standfirst_written_again_below_is_left_out() -> None:
    summary = summarize(PAGE, "en", max_sentences=3, title=TITLE)
    assert summary.startswith("Ditching the customary handshake")
    assert "handshake Ditching" not in summary
    assert summary.count("Zardari is the first") <= 1


def test_no_breadcrumb_and_no_embedded_post() -> None:
    summary = summarize(PAGE, "en", max_sentences=5, max_chars=2000, title=TITLE)
    assert "Home »" not in summary
    assert "pic.twitter.com" not in summary
    assert "Goa's capital Panaji" in summary  # the text's own sentences stay


def test_a_lead_not_written_again_stays() -> None:
    # the same page without its repeated paragraph: the opening paragraph is the text's own
    page = PAGE.rsplit("\n\nZardari is the first", 1)[0]
    summary = summarize(page, "en", max_sentences=3, max_chars=2000, title=TITLE)
    assert "Zardari is the first Pakistani foreign minister" in summary


def test_a_sentence_repeated_inside_one_paragraph_keeps_it() -> None:
    text = ("The summit opened in Astana on Wednesday with ten leaders present. The summit opened "
            "in Astana on Wednesday with ten leaders present. Leaders signed the declaration.")
    assert "Leaders signed the declaration." in summarize(text, "en", max_chars=2000)
    assert summarize(text, "en", max_chars=2000).startswith("The summit opened")


def test_the_lead_after_a_standfirst_keeps_its_dateline_off() -> None:
    # Sputnik Uzbekistan's page (blind set 40, r-bbb9eed44c): the summary's line over
    # the lead is written again below it; the lead's dateline is a dateline
    text = "\n\n".join([
        "По итогам саммита, лидеры стран-участниц ШОС приняли Циндаосскую декларацию и "
        "подписали ряд документов.",
        "ТАШКЕНТ, 10 июн — Sputnik. Президент Узбекистана Шавкат Мирзиёев, приняв участие в "
        "заседании Совета глав государств-членов ШОС в Циндао, 10 июня вернулся в Ташкент.",
        "По итогам саммита, лидеры стран-участниц ШОС приняли Циндаосскую декларацию и "
        "подписали ряд документов.",
    ])
    summary = summarize(text, "ru", max_chars=2000)
    assert summary.startswith("Президент Узбекистана")
    assert summary.count("Циндаосскую декларацию") == 1
