"""Round 17 (by the lead, blind set 16 as dev after its one run): phrases from set 16's reports
as guards (reportify.cn's summit preview; gazeta.ru's Russian report)."""

from __future__ import annotations

from pipeline.documents import document_key, find_documents


def test_a_chinese_about_name_opens_at_the_last_about_before_its_type_word(gaz):
    body = ("上海合作组织天津峰会期间,将通过关于加强安全、经济、人文合作的一系列成果文件,"
            "并发表关于世界反法西斯战争胜利和联合国成立80周年的声明。")
    body_spaced = body.replace("、", " ").replace(",", " ")
    for text in (body, body_spaced):
        names = {d.name for d in find_documents("", text, gaz=gaz)}
        # round 25: 世界反法西斯战争 keys as the Second World War, so the name, opened at the last
        # 关于, is the known Tianjin statement and shows under its known name
        assert (
            "Statement on the 80th Anniversary of the Victory in World War II and the Founding "
            "of the United Nations" in names
        ), names
        assert not any(n.startswith("关于加强安全") for n in names), names


def test_the_russian_association_is_the_sco_in_a_key():
    """"Стратегия развития объединения до 2035 года" is the SCO's strategy; the United Nations
    ("Объединенных Наций") keep their word."""
    assert (document_key("Стратегия развития объединения до 2035 года")
            == document_key("Стратегия развития ШОС до 2035 года"))
    assert "объеди" in document_key("Заявление по случаю 80-летия Организации Объединенных Наций")
