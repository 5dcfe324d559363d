"""Round 39 of near duplicates (issue 15; blind set 31 as dev): a bilingual Chinese page (each
Chinese paragraph followed by its English one) compares with the Chinese text alone by its
Chinese lines; Uzbek Latin's apostrophe letters (ʻ ʼ) cut a word as the quotation marks (‘ ’)
do. Every text here is written by the developers (round 39); none is copied from a set."""

from __future__ import annotations

from pipeline.neardup import chinese_lines, is_near_duplicate, signature

# written for this test: four Chinese paragraphs, and the same with an English line after each
_ZH = [
    "上海合作组织成员国政府首脑为促进本地区经济发展和提高人民福祉,声明如下:",
    "一、深化区域经济合作对进一步提高各国人民福祉具有重要意义,总理们对此表示一致赞同。",
    "二、总理们认为,利用现有合作机制十分重要,成员国将以基础设施建设为优先方向扩大合作。",
    "三、总理们强调有必要制订新的项目合作措施清单,就共同关心的问题进一步扩大互利合作。",
]
_EN = [
    "The heads of government of the member states, to promote the region's development, state:",
    "1. Deeper regional economic cooperation matters for the well-being of the peoples.",
    "2. The prime ministers hold that using the existing mechanisms of cooperation matters.",
    "3. The prime ministers stress the need for a new list of measures on joint projects.",
]
CHINESE = "\n".join(_ZH)
BILINGUAL = "\n".join(line for pair in zip(_ZH, _EN, strict=True) for line in pair)


def test_a_bilingual_page_keeps_its_chinese_lines() -> None:
    assert chinese_lines(BILINGUAL) == CHINESE
    assert is_near_duplicate(signature(BILINGUAL), signature(CHINESE))


def test_other_texts_are_compared_whole() -> None:
    english = "\n".join(_EN)
    assert chinese_lines(english) == english
    assert chinese_lines(CHINESE) == CHINESE
    # an English report with one Chinese line (a quoted title) stays whole
    quoted = "\n".join([*_EN, _ZH[0]])
    assert chinese_lines(quoted) == quoted


def test_the_bilingual_page_is_no_copy_of_the_english_alone() -> None:
    assert not is_near_duplicate(signature(BILINGUAL), signature("\n".join(_EN)))


def test_uzbek_apostrophes_written_two_ways() -> None:
    # written for this test: one text, its oʻ and gʻ written with U+02BB, then with U+2018
    turned = ("Toshkent shahrida hamkorlik tashkilotiga aʼzo davlatlar kengashining navbatdagi "
              "yigʻilishi oʻz ishini boshladi. Tadbirda Markaziy Osiyo davlatlari delegatsiyalari "
              "ishtirok etmoqda va yigʻilishni vazirning birinchi oʻrinbosari ochib berdi.")
    quoted = turned.replace("\u02bb", "\u2018").replace("\u02bc", "\u2019")
    assert is_near_duplicate(signature(turned), signature(quoted))
