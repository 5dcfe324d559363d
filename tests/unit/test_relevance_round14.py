"""Round 14: the SCO's names missed in blind set 13's reports (pipeline/data/gazetteers/sco.toml).

Every text here was written by the lead for these tests, in the constructions of the set's
reports (no real report copied).
"""

from __future__ import annotations

from pipeline.tagging import tag_article


def relevant(gaz, body: str, language: str) -> bool:
    return tag_article(gaz, "", body, language=language).sco_relevant


def test_the_sino_korean_names_of_the_sco(gaz) -> None:
    """상해 is the Sino-Korean reading of 上海: China's Korean-language media write
    상해협력기구, the North Korean agency 상해협조기구, both joined to the next noun."""
    assert relevant(gaz, "상해협력기구 성원국 수반이사회 제11차 회의가 15일 아스타나에서 열렸다.",
                    "ko")
    assert relevant(gaz, "상해협조기구성원국 수뇌자회의가 15일 아스따나에서 진행되였다.", "ko")
    # 상해 alone (Shanghai, or "damage" in 상해 사건) is not the SCO
    assert not relevant(gaz, "상해에서 열린 박람회에 기업들이 참가했다. 상해 사건이 보도되었다.",
                        "ko")


def test_german_ministers_joined_to_the_abbreviation_mark_the_sco_reading(gaz) -> None:
    """"SOZ-Verteidigungsminister" (a council of the SCO) reads the abbreviation as the SCO,
    as "SOZ-Gipfel" does; the letters without a context word do not."""
    assert relevant(gaz, "Beim Treffen der SOZ-Verteidigungsminister in Qingdao gab es Streit.",
                    "de")
    assert relevant(gaz, "Die SOZ-Außenminister berieten in Tianjin.", "de")
    assert not relevant(gaz, "Die SOZ berichtet über den Haushalt der Stadt.", "de")
