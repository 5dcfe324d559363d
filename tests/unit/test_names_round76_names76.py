"""Round 76 (names76): documents of two states' officials; the Indonesian convention (issue 14).

Blind set 8 (rb-5faaafef7c, worldnewsam): "The Prosecutors General of Kyrgyzstan and Azerbaijan,
Maksat Asanaliyev and Kamran Aliyev, have signed a cooperation agreement and a cooperation
program for 2025-2026" on the sidelines of the SCO prosecutors general's meeting, which the next
sentence names. A document the officials of exactly two named states sign, with no organisation
in the sentence, is those two states' bilateral document, not the SCO's
(`mentions._two_states_sign`).
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from round_helpers import found_names

from pipeline.documents import document_key

DATA = Path(__file__).resolve().parents[1] / "data"


def _body(folder: str, article_id: str) -> str:
    articles = tomllib.loads((DATA / folder / "documents.toml").read_text(encoding="utf-8"))
    return next(a["body"] for a in articles["article"] if a["id"] == article_id)


def test_the_kyrgyz_azerbaijani_programme_is_not_the_scos() -> None:
    # blind set 8, rb-5faaafef7c, the whole excerpt
    assert found_names(_body("real-blind8", "rb-5faaafef7c")) == {}


def test_two_states_prosecutors_sign_in_russian_and_chinese() -> None:
    # written: the same reading in Russian and Chinese
    assert (
        found_names(
            "Совещание генпрокуроров ШОС прошло в Бишкеке. Генеральные прокуроры Кыргызстана и "
            "Азербайджана подписали Программу сотрудничества на 2025-2026 годы."
        )
        == {}
    )
    assert (
        found_names(
            "上海合作组织成员国总检察长会议在比什凯克举行。吉尔吉斯斯坦和阿塞拜疆总检察长签署了"
            "《2025-2026年合作计划》。"
        )
        == {}
    )


def test_three_states_sign_an_sco_programme() -> None:
    # written negative: three states are no pair
    assert "Cooperation Program for 2025-2026" in found_names(
        "The 22nd meeting of the SCO prosecutors general was held in Bishkek. The Prosecutors "
        "General of Kyrgyzstan, Russia and Azerbaijan have signed a cooperation program for "
        "2025-2026."
    )


def test_two_hosts_are_not_the_signers() -> None:
    # written negative: another verb stands between the pair and the signing
    assert "Programme of Cooperation in Countering Terrorism for 2025-2027" in found_names(
        "The SCO summit was held in Astana. Kazakhstan and Russia hosted the leaders, who signed "
        "the Programme of Cooperation in Countering Terrorism for 2025-2027."
    )


def test_the_secretariat_and_one_state_keep_their_programme() -> None:
    # written negative: one party is an SCO body, one state only
    assert "Programme of Cooperation for 2025-2027" in found_names(
        "The SCO summit was held in Astana. The SCO Secretariat and Kazakhstan signed a "
        "Programme of Cooperation for 2025-2027."
    )


# Blind set 32 (rb-4964db49bc, CRI Indonesian): "pemimpin 6 negara menandatangani pula "Konvensi
# Shanghai Tentang Pemukulan Terorisme, Separatisme dan Ekstrimisme"": the Indonesian convention
# word, capitalised, and its words keyed as the English title's.
SHANGHAI_CONVENTION = "Shanghai Convention on Combating Terrorism, Separatism and Extremism"


def test_the_indonesian_shanghai_convention() -> None:
    # blind set 32, rb-4964db49bc, the whole excerpt (published 25 August 2008)
    found = found_names(_body("real-blind32", "rb-4964db49bc"), date(2008, 8, 25))
    assert SHANGHAI_CONVENTION in found
    assert found[SHANGHAI_CONVENTION] == "signed"


def test_the_indonesian_convention_keys_as_the_english_title() -> None:
    # written: the other spellings of the fight and of extremism
    assert document_key(
        "Konvensi Shanghai Tentang Pemberantasan Terorisme, Separatisme dan Ekstremisme"
    ) == document_key(SHANGHAI_CONVENTION)


def test_a_lower_case_konvensi_is_no_title() -> None:
    # written negative: "sebuah konvensi baru" (a new convention) names no document
    assert not found_names(
        "Organisasi Kerja Sama Shanghai (SCO) menggelar KTT di Shanghai. Para pemimpin SCO "
        "menandatangani sebuah konvensi baru."
    )
