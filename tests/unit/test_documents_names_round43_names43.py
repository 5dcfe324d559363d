"""Round 43 (issue 14, blind set 34 as dev): document names and status on unseen text: Iran's
memorandum by the Chinese phrase of its joining the SCO and by 承诺 (commitments), the French
"protocole d'accord" and "a l'intention de signer", Arabic futures of ratifying, a Chinese
statement's own text whose opening carries the SCO's bracketed short name, and a preview's Korean
non-past passives and Russian "may be adopted". Every sentence here is written for these tests by
the scowatch developers (modelled on the kinds of reports the sets hold), none is copied from the
sets."""

from __future__ import annotations

import pytest
from round_helpers import found_names

IRAN = "Memorandum of Obligations of the Islamic Republic of Iran"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        # the memorandum of Iran's joining the SCO, by the SCO's name, signed
        ("9月15日,上合组织秘书长在撒马尔罕签署了伊朗加入上合组织的备忘录。", "signed"),
        # with 关于 and in traditional script
        ("據報道,各方在峰會期間簽署了關於伊朗加入上海合作組織的備忘錄。", "signed"),
        # commitments (承诺 / 承諾) as obligations, to be signed
        ("上合组织成员国元首将在峰会上签署关于伊朗加入上合组织承诺的备忘录。", "planned"),
        # French: a memorandum of understanding to join, intended
        (
            "Selon le ministre, l'Iran a l'intention de signer un protocole d'accord pour "
            "rejoindre l'OCS lors du sommet de l'organisation.",
            "planned",
        ),
    ],
)
def test_iran_memorandum(body: str, status: str) -> None:
    assert found_names(body).get(IRAN) == status


def test_joining_the_organisation_by_reference_stays_unnamed() -> None:
    # 加入该组织 (joining the organisation) refers back to a name elsewhere: no memorandum named
    body = "上海合作组织峰会期间,去年签署了伊朗加入该组织的备忘录。"
    assert IRAN not in found_names(body)


def test_arabic_future_of_ratifying() -> None:
    body = (
        'ومن المنتظر أن تنعقد قمة منظمة شنغهاي للتعاون عبر الفيديو، '
        'وستصادق القمة على "بيان موسكو" وعدة وثائق أخرى.'
    )
    assert found_names(body).get("Moscow Declaration") == "planned"


def test_chinese_statement_own_text_with_bracketed_short_name() -> None:
    body = (
        "上海合作组织成员国元首理事会关于深化数字经济领域合作的声明\n"
        "2021年9月17日,杜尚别\n\n"
        '我们,上海合作组织(以下简称"上合组织")成员国元首,\n\n'
        "认为数字经济对各国发展具有重要意义,\n"
    )
    found = found_names(body)
    assert found.get("上海合作组织成员国元首理事会关于深化数字经济领域合作的声明") == "adopted"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        # a Korean preview's non-past passive: will be signed
        ("상하이협력기구 정상회의가 끝난 뒤 아스타나 선언이 서명됩니다.", "planned"),
        # a Korean report's past: signed
        ("상하이협력기구 정상들은 회의 후 아스타나 선언에 서명했습니다.", "signed"),
        # Russian: may be adopted is planned, was adopted is adopted
        ("На саммите ШОС в Астане может быть принята Астанинская декларация.", "planned"),
        ("На саммите ШОС в Астане была принята Астанинская декларация.", "adopted"),
    ],
)
def test_preview_status(body: str, status: str) -> None:
    assert found_names(body).get("Astana Declaration") == status
