"""Round 38 (issue 14, blind set 30 as dev): document names on unseen text. Chinese statements
listed by subject after one 关于 beside a declaration, and a page of a council's series of
statements; Korean 각서 (memorandum) as a head-final memorandum word and the nearest state as its
owner; Italian "impegno"/"adesione"; periods in plans' keys (Russian "с 2016 по 2020 год",
Chinese "2019年至2021年"); a Russian "перечень мероприятий" as a plan and the draft cue "проект"
as a noun only; katakana summit cities in keys; "Anti-Extremism Convention", "Renewed ...
Program"; a Russian title ending before "и документ"; titles cited by their implementation
(执行情况) or as a basis (に基づき); the Italian signing noun and Portuguese "apoiou". Every text
here is written for these tests by the scowatch developers (modelled on the kinds of reports the
sets hold), none is copied from the sets."""

from __future__ import annotations

import pytest

from pipeline.documents import find_documents
from pipeline.documents.keys import document_key


def _found(body: str, title: str = "") -> dict[str, str]:
    return {m.key: m.status for m in find_documents(title, body, None)}


def _names(body: str) -> list[str]:
    return sorted(m.name for m in find_documents("", body, None))


def test_chinese_statements_listed_by_subject_beside_a_declaration() -> None:
    body = (
        "上海合作组织成员国元首理事会会议在比什凯克举行。会议签署并发表了《比什凯克宣言》以及"
        "关于加强粮食安全合作,维护能源安全,应对气候变化等一系列声明。"
    )
    names = _names(body)
    for subject in ("加强粮食安全合作", "维护能源安全", "应对气候变化"):
        assert f"关于{subject}的声明" in names
    # without a declaration in the sentence, or without commas, the list stays no name
    alone = "上海合作组织峰会发表了关于加强粮食安全合作,维护能源安全等一系列声明。"
    assert not any(n.startswith("关于") for n in _names(alone))
    joined = (
        "上海合作组织元首理事会会议发表了《比什凯克宣言》以及关于粮食安全、能源安全等多份声明。"
    )
    assert not any(n.startswith("关于") for n in _names(joined))


def test_a_page_of_the_councils_series_of_statements() -> None:
    body = (
        "上海合作组织成员国元首理事会系列声明\n"
        "上海合作组织成员国元首理事会关于维护粮食安全的声明\n"
        "我们,上海合作组织成员国领导人,强调粮食安全对各国发展的重要意义。各国将加强合作。\n"
        "2022年9月16日\n"
        "上海合作组织成员国元首理事会关于应对气候变化的声明\n"
    )
    keys = _found(body)
    assert document_key("关于维护粮食安全的声明") in keys
    assert document_key("关于应对气候变化的声明") in keys
    assert document_key("上海合作组织成员国元首理事会系列声明") not in keys


def test_korean_memorandum_word_and_its_nearest_state() -> None:
    body = (
        "상하이협력기구(SCO) 정상회의에서 회원국은 중국, 러시아, 인도, 파키스탄 등이며 이번 "
        "회의에서 벨라루스도 SCO 가입 의무 각서에 서명했다."
    )
    names = _names(body)
    assert "Memorandum of Obligations of the Republic of Belarus" in names
    assert not any("Pakistan" in n for n in names)
    recalled = (
        "상하이협력기구(SCO) 정상회의는 이란의 SCO 가입 의무에 관한 각서에 서명하고 벨라루스를 "
        "회원국으로 받아들이는 절차를 개시했다."
    )
    assert _names(recalled) == ["Memorandum of Obligations of the Islamic Republic of Iran"]


def test_italian_memorandum_of_commitment_for_accession() -> None:
    body = (
        "Al vertice della SCO di Samarcanda è stato firmato un memorandum di impegno per "
        "l'adesione dell'Iran all'Organizzazione per la cooperazione di Shanghai."
    )
    assert _names(body) == ["Memorandum of Obligations of the Islamic Republic of Iran"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "План мероприятий по реализации Соглашения о таможенном сотрудничестве на период "
            "с 2021 по 2025 год",
            "План мероприятий по реализации Соглашения о таможенном сотрудничестве на 2021-2025 "
            "годы",
        ),
        ("打击毒品2022年至2024年合作纲要", "打击毒品2022-2024年合作纲要"),
        (
            "Перечень мероприятий по дальнейшему развитию проектной деятельности в рамках ШОС на "
            "период 2022-2026 гг",
            "List of Events for Further Development of Project Activities within the SCO for "
            "2022-2026",
        ),
        ("Anti-Extremism Convention", "SCO Convention on Countering Extremism"),
        (
            "Renewed Cooperation Program in countering drug trafficking for 2028-2030",
            "Cooperation Programme in countering drug trafficking for 2028-2030",
        ),
        ("上海協力機構加盟国元首ドシャンベ宣言", "Dushanbe Declaration"),
        ("ビシケク宣言", "Bishkek Declaration"),
        ("上海協力機構加盟国首脳理事会サマルカンド宣言", "Samarkand Declaration"),
    ],
)
def test_names_keyed_together(one: str, other: str) -> None:
    assert document_key(one) == document_key(other)


def test_keys_still_apart() -> None:
    # a plan's long-term words stay (the treaty it implements), and other periods stay apart
    assert document_key("Action Plan 2018-2022 for implementing the Treaty on Long-Term "
                        "Good-Neighbourliness") != document_key("Action Plan 2018-2022")
    assert document_key("План действий на период с 2016 по 2020 год") != document_key(
        "План действий на 2021-2025 годы"
    )
    assert document_key("ドシャンベ宣言") != document_key("ビシケク宣言")


def test_a_list_of_measures_is_a_plan_signed_not_a_draft() -> None:
    body = (
        "По итогам заседания Совета глав правительств ШОС в Бишкеке подписаны перечень "
        "мероприятий по дальнейшему развитию проектной деятельности в ШОС на 2022-2026 годы."
    )
    found = _found(body)
    key = document_key(
        "Перечень мероприятий по дальнейшему развитию проектной деятельности в ШОС на 2022-2026 "
        "годы"
    )
    assert found == {key: "signed"}


def test_a_russian_title_ends_before_another_document() -> None:
    body = (
        "Лидеры ШОС приняли решение об утверждении Плана действий на 2023-2027 годы по реализации "
        "положений Договора о долгосрочном добрососедстве, дружбе и сотрудничестве "
        "государств-членов ШОС и документ об утверждении бюджета."
    )
    names = _names(body)
    assert len(names) == 1
    assert names[0].endswith("государств-членов ШОС")


def test_titles_cited_by_their_implementation_or_as_a_basis() -> None:
    reviewed = (
        "上合组织地区反恐怖机构理事会例会在塔什干召开。会议审议了《上海合作组织成员国打击恐怖主义"
        "2022年至2024年合作纲要》2023年度执行情况。"
    )
    assert _names(reviewed) == []
    approved = "上合组织地区反恐怖机构理事会例会批准了《上海合作组织成员国打击恐怖主义合作纲要》。"
    assert _names(approved) != []
    based = (
        "上海協力機構は加盟国の合意とビシュケク国防相会議「共同コミュニケ」に基づき、合同軍事演習"
        "を行うと発表した。"
    )
    assert _names(based) == []


def test_italian_signing_noun_and_portuguese_singular_support() -> None:
    italian = (
        "A conclusione del vertice della SCO, con la firma della Dichiarazione di Nuova Delhi, gli "
        "stati membri hanno ribadito il loro impegno."
    )
    assert _found(italian) == {document_key("New Delhi Declaration"): "signed"}
    portuguese = (
        "Na cúpula da Organização de Cooperação de Xangai, o presidente russo apoiou a "
        "“Declaração de Nova Déli”."
    )
    assert _found(portuguese) == {document_key("New Delhi Declaration"): "adopted"}
