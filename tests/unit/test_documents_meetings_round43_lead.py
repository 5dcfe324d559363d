"""Round 43 (the lead, blind set 34 as dev): a memorandum the Secretary-General signs on a day,
written without its year, that is none of the days of the summit in the same city is signed at a
ceremony of its own. The sentences are written for these tests (modelled on the pattern, not
copied from the set)."""

from __future__ import annotations

from pipeline.documents import find_documents


def _meeting(body: str) -> tuple[str | None, str | None]:
    found = [m for m in find_documents("", body, None) if m.type == "memorandum"]
    assert len(found) == 1, found
    return found[0].meeting.id, found[0].meeting.venue


def test_the_eve_of_a_summit_in_its_city_is_not_the_summit() -> None:
    # Samarkand's summit met on 15-16 September 2022: the 13th is no day of it
    body = ("当地时间9月13日,伊朗外交部长和上合组织秘书长在乌兹别克斯坦撒马尔罕签署了伊朗加入"
            "上合组织义务的备忘录。")
    meeting_id, venue = _meeting(body)
    assert meeting_id is None
    assert venue == "Samarkand"


def test_a_signing_on_the_summits_day_stays_at_the_summit() -> None:
    # round 58 (meet58): with the Secretary-General among the signers, a memorandum of
    # obligations signed on the summit's day is signed at a ceremony of its own, on that day
    # (blind sets 17, 20 and 37 label Iran's so); without him, the summit's, as before
    body = ("当地时间9月15日,伊朗外交部长和上合组织秘书长在乌兹别克斯坦撒马尔罕签署了伊朗加入"
            "上合组织义务的备忘录。")
    assert _meeting(body) == (None, "Samarkand")
    body = ("当地时间9月16日,伊朗在乌兹别克斯坦撒马尔罕上合组织峰会上签署了伊朗加入上合组织义务的"
            "备忘录。")
    assert _meeting(body) == ("hsc-2022-samarkand", "Samarkand")
