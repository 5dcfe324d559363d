"""Extractive summaries: whole sentences, lead plus centrality, no datelines or boilerplate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.summarize import dateline_length, is_boilerplate, split_sentences, summarize

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TERMINAL = re.compile(r"[.!?…。！？][\"'”’»)）」』]*$")


def _seed() -> tuple[str, str]:
    """The seed article as (title, body)."""
    title, body = (FIXTURES / "seed" / "000_9abfdcff137a48cb.txt").read_text("utf-8").split("\n", 1)
    return title.strip(), body


def _fixture(name: str) -> str:
    return (FIXTURES / "summarize" / name).read_text("utf-8")


def _summary_sentences(summary: str, text: str) -> list[str]:
    """The original's sentences the summary is made of, in order; fails if it is not made so."""
    options = []
    for sentence in split_sentences(text):
        options.extend({sentence, _undated(sentence)})

    def walk(rest: str, start: int) -> list[str] | None:
        rest = rest.lstrip(" ")
        if not rest:
            return []
        for k in range(start, len(options)):
            if rest.startswith(options[k]):
                tail = walk(rest[len(options[k]) :], k + 1)
                if tail is not None:
                    return [options[k], *tail]
        return None

    found = walk(summary, 0)
    assert found is not None, f"summary is not made of whole sentences of the text: {summary!r}"
    return found


def _undated(sentence: str) -> str:
    return sentence[dateline_length(sentence) :]


# --- the seed article ------------------------------------------------------------------------


def test_seed_summary_mentions_the_moscow_declaration() -> None:
    title, body = _seed()
    summary = summarize(body, "en", title=title)
    assert "moscow declaration" in summary.lower()
    assert len(summary) <= 600
    assert TERMINAL.search(summary), summary


def test_seed_summary_without_title_still_leads_with_the_declaration() -> None:
    _, body = _seed()
    summary = summarize(body, "en")
    assert summary.startswith("The Heads of the Shanghai Cooperation Organization")
    assert "Moscow declaration" in summary


def test_seed_summary_drops_dateline_caption_and_signup_line() -> None:
    _, body = _seed()
    summary = summarize(body, "en", max_sentences=10, max_chars=5000)
    assert "NUR-SULTAN" not in summary
    assert "Photo credit" not in summary
    assert "During the meeting." not in summary
    assert "Astana Times stories" not in summary
    assert "Sign up" not in summary


def test_seed_summary_is_whole_sentences_in_original_order() -> None:
    _, body = _seed()
    summary = summarize(body, "en", max_sentences=4, max_chars=900)
    used = _summary_sentences(summary, body)
    assert 1 <= len(used) <= 4
    positions = [body.index(_undated(s)) for s in used]
    assert positions == sorted(positions)


def test_dateline_stays_in_first_sentence_but_not_in_summary() -> None:
    text = "ASTANA – Kazakhstan hosted the SCO summit on July 4. Leaders adopted the declaration."
    sentences = split_sentences(text, "en")
    assert sentences[0].startswith("ASTANA – Kazakhstan hosted")
    assert summarize(text, "en").startswith("Kazakhstan hosted the SCO summit")


# --- sentence splitting ----------------------------------------------------------------------


def test_english_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = (
        "Mr. Norov met Dr. Smith on Nov. 10 in the U.S. capital with V. Putin present. "
        "They signed a memorandum. Was it binding? Nobody said."
    )
    assert split_sentences(text, "en") == [
        "Mr. Norov met Dr. Smith on Nov. 10 in the U.S. capital with V. Putin present.",
        "They signed a memorandum.",
        "Was it binding?",
        "Nobody said.",
    ]


def test_russian_abbreviations_and_initials() -> None:
    text = (
        "Саммит прошел в г. Москве 10 ноября 2020 г. В нем участвовал В.В. Путин, "
        "а также т.е. все главы государств. Декларацию подписал М. Тасмаганбетов. "
        "Следующий саммит пройдет в Душанбе."
    )
    assert split_sentences(text, "ru") == [
        "Саммит прошел в г. Москве 10 ноября 2020 г.",
        "В нем участвовал В.В. Путин, а также т.е. все главы государств.",
        "Декларацию подписал М. Тасмаганбетов.",
        "Следующий саммит пройдет в Душанбе.",
    ]


def test_chinese_sentences_end_at_full_width_punctuation() -> None:
    text = (
        "上合组织成员国元首理事会会议在莫斯科举行。各方签署了莫斯科宣言！"
        "会议成果如何？钟南山说：“武汉肯定能过关。”"
    )
    assert split_sentences(text, "zh") == [
        "上合组织成员国元首理事会会议在莫斯科举行。",
        "各方签署了莫斯科宣言！",
        "会议成果如何？",
        "钟南山说：“武汉肯定能过关。”",
    ]


def test_quotation_spanning_full_stops_is_one_unit() -> None:
    text = "«Мы подписали декларацию. Это важный шаг», - сказал он. Затем начались переговоры."
    assert split_sentences(text, "ru") == [
        "«Мы подписали декларацию. Это важный шаг», - сказал он.",
        "Затем начались переговоры.",
    ]


@pytest.mark.parametrize(
    ("paragraph", "rest"),
    [
        ("ASTANA – The summit opened.", "The summit opened."),
        ("NUR-SULTAN – The summit opened.", "The summit opened."),
        ("BEIJING, Nov. 10 (Xinhua) -- The summit opened.", "The summit opened."),
        ("МОСКВА, 29 июня. /ТАСС/. Движение открывается.", "Движение открывается."),
        ("ПЕТРОПАВЛОВСК. КАЗИНФОРМ – Ферму построят.", "Ферму построят."),
        ("新华社北京11月10日电（记者 张三）上合组织峰会举行。", "上合组织峰会举行。"),
        # the agency after the date is the dateline's too (the longest reading wins), and a
        # Chinese dateline may open with 据 ("according to")
        ("ТОШКЕНТ, 29 авг – Sputnik. Мирзиёев саммитда.", "Мирзиёев саммитда."),
        ("МОСКВА, 26 окт - РИА Новости. Премьер предлагает.", "Премьер предлагает."),
        ("ASTANA, 5 June – The summit opened. It ended.", "The summit opened. It ended."),
        ("据新华社杜尚别9月15日电(记者钱彤)总理会议15日举行。", "总理会议15日举行。"),
        ("ДУШАНБЕ, 03.07.2025 /НИАТ «Ховар»/. 12-е совещание прошло.", "12-е совещание прошло."),
        # a bracket holding the date and no dash (blind set 8, five UrduPoint reprints of the sets);
        # a bracket without a digit is an acronym's expansion, not a dateline
        ("MOSCOW (UrduPoint News / Sputnik - 12th August, 2021) Energy ministers met.",
         "Energy ministers met."),
        ("SCO (Shanghai Cooperation Organisation) Secretary-General met them.",
         "SCO (Shanghai Cooperation Organisation) Secretary-General met them."),
        ("The SCO summit opened in Moscow.", "The SCO summit opened in Moscow."),
    ],
)
def test_datelines(paragraph: str, rest: str) -> None:
    assert paragraph[dateline_length(paragraph) :] == rest


@pytest.mark.parametrize(
    "line",
    [
        "During the meeting. Photo credit: Akorda press service",
        "Get The Astana Times stories sent directly to you! Sign up via the website.",
        "Фото: пресс-служба Акорды",
        "Читайте также: ШОС приняла декларацию",
        "新华社记者 才扬 摄",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


def test_prose_is_not_boilerplate() -> None:
    assert not is_boilerplate("The SCO leaders adopted the action plan for 2021-2025.")


# --- Russian and Chinese articles (real text) --------------------------------------------------


def test_russian_tass_summary_strips_dateline_and_keeps_sentences_whole() -> None:
    text = _fixture("ru_tass_8836033.txt")
    summary = summarize(text, "ru")
    assert summary.startswith("Движение от Можайского до Новорижского шоссе")
    assert "ТАСС" not in summary
    assert len(_summary_sentences(summary, text)) <= 3
    assert TERMINAL.search(summary)


def test_russian_kazinform_initials_not_split() -> None:
    text = _fixture("ru_kazinform_a3725092.txt")
    assert not any(s.startswith("Тасмаганбетов") for s in split_sentences(text, "ru"))
    summary = summarize(text, "ru")
    assert summary.startswith("Бройлерную птицефабрику")
    assert "КАЗИНФОРМ" not in summary
    assert re.search("[а-яё]", summary) and not re.search("[a-z]{3}", summary)


def test_chinese_summary_is_chinese_whole_sentences_without_caption() -> None:
    text = _fixture("zh_xinhua_c_1125597921.txt")
    summary = summarize(text, "zh")
    assert summary
    assert " " not in summary  # Chinese sentences are joined without spaces
    assert "摄" not in summary and "才扬" not in summary
    for sentence in _summary_sentences(summary, text):
        assert TERMINAL.search(sentence), sentence
    assert len(summary) <= 600


def test_chinese_detected_without_language_code() -> None:
    text = _fixture("zh_xinhua_c_1125597921.txt")
    assert summarize(text, None) == summarize(text, "zh")


# --- scoring and budget --------------------------------------------------------------------------


def test_centrality_beats_position_for_off_topic_sentences() -> None:
    text = (
        "SCO leaders signed the Moscow Declaration at the summit of heads of state.\n"
        "The weather in the capital was mild that week, with light winds from the north.\n"
        "Local cafes reported busy afternoons and long queues for coffee and pastries.\n"
        "The declaration commits SCO member states to joint measures against epidemic threats.\n"
        "Heads of state also backed the SCO development strategy and the declaration's plan.\n"
    )
    summary = summarize(text, "en", max_sentences=2)
    assert summary.startswith("SCO leaders signed the Moscow Declaration")
    assert "weather" not in summary and "cafes" not in summary


def test_near_repeats_are_not_both_chosen() -> None:
    lead = "SCO leaders signed the Moscow Declaration at the summit of heads of state."
    text = "\n".join(
        [lead, lead.replace("signed", "have signed"), "The Comprehensive Plan was adopted too."]
    )
    summary = summarize(text, "en", max_sentences=2)
    assert summary.count("Moscow Declaration") == 1


def test_budget_too_small_for_any_sentence_gives_empty_summary() -> None:
    _, body = _seed()
    assert summarize(body, "en", max_chars=40) == ""


def test_empty_and_boilerplate_only_texts() -> None:
    assert summarize("", "en") == ""
    assert summarize("Photo credit: Akorda\nGet The Astana Times stories sent to you!", "en") == ""


@settings(max_examples=60, deadline=None)
@given(max_chars=st.integers(min_value=0, max_value=1500), max_sentences=st.integers(0, 6))
def test_any_budget_gives_whole_sentences_within_it(max_chars: int, max_sentences: int) -> None:
    _, body = _seed()
    summary = summarize(body, "en", max_sentences=max_sentences, max_chars=max_chars)
    assert len(summary) <= max_chars
    if summary:
        assert len(_summary_sentences(summary, body)) <= max_sentences
        assert TERMINAL.search(summary)


_PIECES = st.sampled_from(
    [
        "SCO leaders met. ",
        "Mr. Norov spoke. ",
        "г. ",
        "В.В. Путин. ",
        "ШОС приняла декларацию. ",
        "上合组织峰会举行。",
        "“引语。”",
        "«Цитата. Вторая» ",
        "ASTANA – ",
        "Photo credit: x",
        "\n",
        "\r\n",
        "  ",
        "...",
        "?! ",
        "Nov. 10. ",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(st.one_of(_PIECES, st.text(max_size=40)), max_size=30),
    language=st.sampled_from([None, "en", "ru", "zh", "kk"]),
    max_chars=st.integers(0, 400),
)
def test_arbitrary_text_never_breaks_the_summariser(
    pieces: list[str], language: str | None, max_chars: int
) -> None:
    text = "".join(pieces)
    summary = summarize(text, language, max_chars=max_chars)
    assert len(summary) <= max_chars
    assert "\n" not in summary
    if summary:
        _summary_sentences(summary, text)


# --- hard-wrapped text and markup left in the text (written by the developers) ---------------


def test_a_hard_wrapped_text_is_summarised_in_whole_sentences() -> None:
    # a plain-text page broken every ~70 characters: the lines that stop mid-sentence are not
    # headings, and the summary is not made of the pieces that end in a full stop
    text = (
        "The foreign ministers of the regional organisation met in the city on\n"
        "Monday to prepare for the summit to be held there next month.\n"
        "\"The meeting was pragmatic and constructive,\" the host's Foreign\n"
        "Minister told reporters after the\n"
        "meeting.\n"
        "A press release from the ministry said the six foreign ministers\n"
        "signed a series of resolutions on the summit's agenda and on observers.\n"
    )
    summary = summarize(text, "en", max_sentences=2)
    assert summary.startswith("The foreign ministers of the regional organisation met in the city "
                              "on Monday to prepare for the summit")
    assert "meeting. signed" not in summary and not summary.startswith("meeting")
    assert split_sentences(text)[1].startswith("\"The meeting was pragmatic")


def test_a_line_continued_in_lower_case_joins_the_line_before() -> None:
    # not wrapped throughout, but one sentence broken over two lines
    text = ("Heading of the page\n"
            "The ministers agreed that the organisation would adopt the road map\n"
            "at the next summit in the capital. Each of them spoke on the agenda of the summit.")
    assert split_sentences(text)[1] == ("The ministers agreed that the organisation would adopt "
                                        "the road map at the next summit in the capital.")


def test_a_blank_line_keeps_a_title_apart_from_the_paragraph_after_it() -> None:
    text = ("Joint communique of the meeting of the council of heads of state\n\n"
            "the council met in the capital on 15 June and adopted its communique.")
    assert split_sentences(text)[0] == ("Joint communique of the meeting of the council of heads "
                                        "of state")


def test_a_tracking_string_is_never_a_summary_sentence() -> None:
    junk = ("172@29@17@249!~!172@29@0@53!~!|news|india|minister-to-attend-meeting-5794981.html"
            "!~!news|example|com!~!|controller|infinite_scroll_article.php!~!is_mobile=false")
    text = (f"{junk}\nThe foreign minister will travel to the capital to attend a meeting of "
            "foreign ministers of the organisation on 10 September, it was announced today.")
    summary = summarize(text, "en")
    assert "@" not in summary and "|" not in summary
    assert summary.startswith("The foreign minister will travel")
