"""Korean spells Samarkand two ways: 사마르칸트 and 사마르칸드 (Daum's report of the Samarkand
2022 summit in blind set 51, whose venue fell back to Beijing and whose story split from the
summit's). The sentence below is written for the test."""

from __future__ import annotations

from round_helpers import GAZ

from pipeline.tagging import tag_article


def test_both_korean_spellings_of_samarkand_are_the_venue():
    for spelling in ("사마르칸트", "사마르칸드"):
        body = (f"시진핑 중국 국가주석과 푸틴 러시아 대통령이 상하이협력기구(SCO) 정상회의가 "
                f"열리는 {spelling}에서 만났다.")
        assert "Samarkand" in tag_article(GAZ, "", body, language="ko").venues
