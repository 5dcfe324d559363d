"""Round 81 (names81): document-name recall on the weakest blind sets (issue 14).

The gazetteer's fold reads the Cyrillic ё as е (blind set 43, Russian); a traditional-script
text's simplified view also reads document type and status words (blind sets 27 and 31); the
Chinese letter of intent is a memorandum (blind set 43).

Texts marked "written" are written by the scowatch developers for these tests; the others are read
from the real sets under tests/data.
"""

from __future__ import annotations

from round_helpers import GAZ, documents_body, tagged_keys, tagged_names

from pipeline.documents import tag_and_find
from pipeline.tagging import fold

ENERGY_2030 = "2030 cooperation development energy strategy until"
LETTER_OF_INTENT = "上海合作组织成员国教育部关于为成立上海合作组织大学采取进一步一致行动的意向书"


# ---- ё and е are one letter to the gazetteer ----------------------------------------------------


def test_fold_reads_yo_as_ye_and_keeps_the_length() -> None:
    assert fold("утверждённой") == fold("утвержденной") == "утвержденной"
    assert len(fold("Ёлка")) == len("Ёлка")


def test_the_strategy_approved_with_yo_in_its_participle() -> None:
    # blind set 43 rb-b1507b8f22: "..., инициированной ... и утверждённой на саммите в Астане"
    found = tagged_keys(documents_body("real-blind43", "rb-b1507b8f22"))
    assert found.get(ENERGY_2030) == "approved"


def test_the_tajik_declaration_written_with_yo_is_still_read() -> None:
    # blind set 37 rb-0a920d9c3e: the gazetteer's "баёния" folds as the text's does
    found = tagged_keys(documents_body("real-blind37", "rb-0a920d9c3e"))
    assert found.get("declaration establishment") == "signed"


def test_yo_alone_makes_no_document() -> None:
    # written: a sentence with ё words and no document of the SCO
    assert tagged_names("Ещё одна встреча ШОС пройдёт в Астане, сообщил её организатор.") == {}


# ---- a traditional text's document words, read in its simplified view ----------------------


def test_traditional_plan_word_in_a_titled_list() -> None:
    # blind set 27 rb-2d8f527f55: 《上海合作組織大學數字教育發展計劃》 (計劃, listed as 计划)
    found = tagged_names(documents_body("real-blind27", "rb-2d8f527f55"))
    assert found.get("上海合作組織大學數字教育發展計劃") == "adopted"
    # the minutes (紀要) of the same list are of no listed type, in either script
    assert not any(name.endswith("紀要") for name in found)


def test_traditional_press_communique() -> None:
    # blind set 31 rb-62a4eca852: 《上海合作組織成員國元首理事會會議新聞公報》 (新闻公报)
    found = tagged_keys(documents_body("real-blind31", "rb-62a4eca852"))
    assert found.get("communiqué joint") == "adopted"


def test_simplified_view_types_an_implementation_plan() -> None:
    # blind set 39 rb-2978921adb: 文化合作協定2018—2020年執行計劃 is a plan, not the agreement
    docs = tag_and_find(GAZ, "", documents_body("real-blind39", "rb-2978921adb"))[1]
    plan = [d for d in docs if d.name.endswith("執行計劃")]
    assert plan and plan[0].type == "action_plan"


# ---- the Chinese letter of intent ---------------------------------------------------------------


def test_chinese_letter_of_intent_is_a_memorandum() -> None:
    # blind set 43 rb-fb7f4ed37b: "2008年10月23日在阿斯塔纳签订了《...意向书》"
    docs = tag_and_find(GAZ, "", documents_body("real-blind43", "rb-fb7f4ed37b"))[1]
    found = {d.name: d for d in docs}
    assert LETTER_OF_INTENT in found
    assert found[LETTER_OF_INTENT].type == "memorandum"
    assert found[LETTER_OF_INTENT].status == "signed"


def test_an_untitled_draft_letter_of_intent_is_not_counted() -> None:
    # blind set 39 rb-a7ee4636bd: "签订关于监督能源运输问题互通信息的意向书草案是本次会议的重要任务"
    assert tagged_names(documents_body("real-blind39", "rb-a7ee4636bd")) == {}
