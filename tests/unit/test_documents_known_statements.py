"""Known documents give a Chinese-only report's document its English name (the register and the
digest's cards show it to an English reader): the two statements the Tianjin heads of state
council adopted on 1 September 2025 beside its declaration.

The texts are written by the lead for these tests (no real report copied).
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import document_key, find_documents

WAR = ("Statement on the 80th Anniversary of the Victory in World War II and the Founding of the "
       "United Nations")
TRADE = "Statement on Supporting the Multilateral Trading System"



@pytest.mark.parametrize("body", [
    # traditional script
    "上合組織元首理事會會議在天津舉行，會後發表關於第二次世界大戰勝利和聯合國成立80周年的聲明"
    "和關於支持多邊貿易體制的聲明。",
    # simplified script
    "上合组织元首理事会会议在天津举行，会后发表关于第二次世界大战胜利和联合国成立80周年的声明"
    "和关于支持多边贸易体制的声明。",
])
def test_chinese_reports_of_the_tianjin_statements_get_their_english_names(gaz, body):
    found = {d.name: (d.status, d.meeting.id)
             for d in find_documents("", body, published_at=date(2025, 9, 1), gaz=gaz)}
    assert found.get(WAR) == ("adopted", "hsc-2025-tianjin")
    assert found.get(TRADE) == ("adopted", "hsc-2025-tianjin")
    assert not any("聲明" in name or "声明" in name for name in found)


def test_the_english_names_key_as_the_chinese_ones():
    # the canonical names change what a reader reads, never what is counted as one document
    assert document_key(WAR) == document_key("关于第二次世界大战胜利和联合国成立80周年的声明")
    assert document_key(TRADE) == document_key("關於支持多邊貿易體制的聲明")


def test_a_chinese_only_report_of_the_extremism_convention_gets_its_english_name(gaz):
    # written by the lead: a traditional-script report of the convention's signing
    body = "上合組織元首理事會會議在阿斯塔納舉行，成員國元首簽署《上合組織反極端主義公約》。"
    names = {d.name for d in find_documents("", body, published_at=date(2030, 6, 10), gaz=gaz)}
    assert names == {"SCO Convention on Countering Extremism"}
    assert document_key("SCO Convention on Countering Extremism") == document_key(
        "上合組織反極端主義公約")
