"""Round 76 (names76): documents of two states' officials, and the package cue (issue 14).

Blind set 8 (rb-5faaafef7c, worldnewsam): "The Prosecutors General of Kyrgyzstan and Azerbaijan,
Maksat Asanaliyev and Kamran Aliyev, have signed a cooperation agreement and a cooperation
program for 2025-2026" on the sidelines of the SCO prosecutors general's meeting, which the next
sentence names. A document the officials of exactly two named states sign, with no organisation
in the sentence, is those two states' bilateral document, not the SCO's
(`mentions._two_states_sign`).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from round_helpers import found_names

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
