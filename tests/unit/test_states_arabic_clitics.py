"""Qatar by its Arabic and Persian names, and Iran with the clitics Arabic joins to a name (wa-
and, bi- in, li- for). Texts written by the lead for these tests (no real report copied)."""

from __future__ import annotations

import pytest

from pipeline.tagging import tag_article


@pytest.mark.parametrize("text, code", [
    ("حصلت مصر وقطر على صفة شركاء الحوار في منظمة شنغهاي للتعاون.", "QA"),
    ("وقع وزير الدولة القطري مذكرة مع منظمة شنغهاي للتعاون.", "QA"),
    ("قطر شریک گفتگوی سازمان همکاری شانگهای شد.", "QA"),
    ("وقعت مذكرة الالتزامات لإيران في قمة منظمة شنغهاي للتعاون.", "IR"),
])
def test_arabic_script_names(gaz, text, code):
    assert code in {c for c, _ in tag_article(gaz, "", text).states}


def test_no_qatar_in_a_word_that_holds_its_letters(gaz):
    # قطرات (drops) and قطار (train) are no Qatar
    text = "سقطت قطرات المطر على قطار سريع في منظمة شنغهاي للتعاون."
    assert "QA" not in {c for c, _ in tag_article(gaz, "", text).states}
