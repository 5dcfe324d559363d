"""Round 17 of story grouping (blind set 16 as dev): undated previews found in an archive crawl
after their summit stay previews (`found_preview`) when their lead says the meeting is to come
in words `event_phase` did not read: English "is preparing to host", Chinese "将会出席", German
"Wenn am Sonntag ... beginnt". The guards are short phrases taken from set 16's texts
(tests/data/real-blind16, dev data since its one run), shortened where a sentence runs on; the
counter-examples are the developers'."""

from __future__ import annotations

from datetime import date

from round_helpers import meeting_of

from pipeline.stories import event_phase, found_preview

# set 16, astanatimes.com, undated
ASTANA_TIMES = ("Here’s What You Need to Know about SCO Summit in Astana\n\nASTANA—Astana is "
                "preparing to host the 24th summit of the Council of Heads of State of the "
                "Shanghai Cooperation Organization (SCO) on July 3-4.")
# set 16, singpao.com.hk, undated
SINGPAO = ("【本报记者报道】中国外交部表示,国家主席习近平将会出席在阿斯塔纳举行的上海合作组织"
           "成员国元首理事会第24次会议。")
# set 16, web.lifelines.name, undated
LIFELINES = ("SCO-Gipfel: Putin und Modi treffen Xi in Tianjin\nTianjin – Wenn am Sonntag der 25. "
             "Gipfel der Shanghai Cooperation Organisation (SCO) in der nordchinesischen "
             "Hafenstadt Tianjin beginnt")


def test_an_english_host_preparing_to_host_is_to_come() -> None:
    assert event_phase("", ASTANA_TIMES) == "ahead"
    assert found_preview("", ASTANA_TIMES, date(2024, 8, 3), meeting_of("hsc-2024-astana"))
    # the summit held is no preview
    assert event_phase("", "Astana hosted the 24th summit of the SCO on July 3-4.") != "ahead"


def test_a_chinese_will_attend_is_to_come() -> None:
    assert event_phase("", SINGPAO) == "ahead"
    assert found_preview("", SINGPAO, date(2024, 8, 3), meeting_of("hsc-2024-astana"))
    # "出席了" reports the meeting; "将会" alone (no meeting verb after it) is any future
    held = "习近平出席了在阿斯塔纳举行的上海合作组织成员国元首理事会第24次会议。"
    assert event_phase("", held) != "ahead"
    assert event_phase("", "峰会通过了宣言,各方合作将会更加紧密。") != "ahead"


def test_a_german_when_on_sunday_the_summit_begins_is_to_come() -> None:
    assert event_phase("", LIFELINES) == "ahead"
    assert found_preview("", LIFELINES, date(2025, 10, 1), meeting_of("hsc-2025-tianjin"))
    # "als am Sonntag" tells what happened
    assert event_phase("", "Als am Sonntag der 25. Gipfel der SCO in Tianjin begann, "
                           "trafen sich die Politiker.") != "ahead"
