"""Round 45 (stories45): the story grouper's event-key ordinals read by pipeline/ordinals.py
(readers `key` and `key_after` of pipeline/data/ordinals.toml) instead of a regex of its own."""

from pipeline.ordinals import ordinal_at, ordinals_placed
from pipeline.stories import _key_ordinal, event_keys


def test_key_reader_gives_every_ordinal_with_its_place() -> None:
    text = "the 17th meeting and the 18th"
    assert ordinals_placed(text, "key") == [(4, 8, 17), (25, 29, 18)]
    assert ordinals_placed("10-е совещание", "key") == [(0, 4, 10)]
    assert ordinals_placed("الاجتماع الـ 17 لأمناء", "key")[0][2] == 17
    assert ordinals_placed("第9次会议", "key") == [(0, 3, 9)]
    # a date's second number, and case as written ("17TH" is no ordinal of the reader)
    assert ordinals_placed("on 12/17th", "key") == []
    assert ordinals_placed("the 17TH meeting", "key") == []


def test_key_after_reads_the_chinese_ordinal_right_after_a_name() -> None:
    text = "成员国交通部长第十二次会议"
    assert ordinal_at(text, 7, "key_after") == 12
    assert ordinal_at(text, 6, "key_after") is None
    # 第十二届 is matched, but the `meeting` reader reads no 届 before no summit
    assert ordinal_at("部长第十二届论坛", 2, "key_after") is None


def test_event_keys_unchanged() -> None:
    assert _key_ordinal("the 22nd Aug meeting, the 17th") == 17
    assert _key_ordinal("on 22nd Aug") is None
    keys = event_keys("", "The 17th meeting of the Security Council Secretaries of the SCO "
                          "member states was held in Moscow.")
    assert any(k.endswith("#17") for k in keys)
