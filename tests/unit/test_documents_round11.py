"""Unit tests of round 11's rules (pipeline.documents): pages that are a document's own text
opening with "hosted" or "召开", joint information messages, run-on programme titles.

Every text here is written by the scowatch developers (this round's helper) for these tests.
"""

from __future__ import annotations

from datetime import date

from round_helpers import gaz_names

from pipeline.documents import find_documents

# ---- a document's own text, by the way it opens -------------------------------------------------


def test_communique_text_opening_with_hosted(gaz):
    body = (
        "Joint communique following the 19th meeting of the Council of Heads of Government of "
        "the Shanghai Cooperation Organisation\n\n"
        "Tashkent, 2 November 2020\n\n"
        "On 2 November 2020, Tashkent hosted the 19th meeting of the Council of Heads of "
        "Government of the Shanghai Cooperation Organisation (SCO).\n"
    )
    assert gaz_names(gaz, body) == {"Joint communique": "adopted"}


def test_chinese_statement_text_opening_with_convened(gaz):
    body = (
        "2021年上海合作组织成员国地方领导人论坛联合声明\n\n"
        "2021年5月20日在中华人民共和国重庆市召开上海合作组织成员国地方领导人论坛。\n"
    )
    assert gaz_names(gaz, body) == {"2021年上海合作组织成员国地方领导人论坛联合声明": "adopted"}


def test_russian_joint_information_message_text(gaz):
    body = (
        "Совместное информационное сообщение по итогам совещания министров транспорта "
        "государств-членов ШОС\n\n"
        "(г. Душанбе, 12 октября 2016 года)\n\n"
        "12 октября 2016 года в г. Душанбе состоялось совещание министров транспорта "
        "государств-членов Шанхайской организации сотрудничества.\n"
    )
    found = gaz_names(gaz, body)
    assert list(found.values()) == ["adopted"]
    assert next(iter(found)).startswith("Совместное информационное сообщение по итогам")


# ---- Russian titles: a closing period, a decision to do something --------------------------------


def test_russian_title_closes_with_its_period(gaz):
    body = (
        "В ходе заседания Совета РАТС ШОС одобрен проект Программы сотрудничества "
        "государств-членов ШОС в борьбе с терроризмом на 2025-2027 годы и отчета Совета "
        "о деятельности структуры."
    )
    names = set(gaz_names(gaz, body))
    assert any(n.endswith("на 2025-2027 годы") for n in names), names
    assert not any("отчета" in n for n in names), names


def test_russian_title_goes_on_after_a_period_inside_it(gaz):
    # a guard (passes before this round too): the closing-period rule must not cut this title
    body = (
        "Главы государств ШОС утвердили План действий на 2022-2026 годы по реализации "
        "положений Договора о долгосрочном добрососедстве, дружбе и сотрудничестве."
    )
    names = set(gaz_names(gaz, body))
    assert any(n.endswith("дружбе и сотрудничестве") for n in names), names


def test_russian_decision_to_hold_is_no_title(gaz):
    body = (
        "На заседании Совета РАТС ШОС в Ташкенте принято решение провести в 2024 году "
        "совместное антитеррористическое учение государств-членов ШОС."
    )
    assert gaz_names(gaz, body) == {}


# ---- a council's press release, its own text ---------------------------------------------------


def test_press_release_text_of_a_council(gaz):
    body = (
        "Press release on the results of the meeting of the Council of Heads of Government of "
        "the Shanghai Cooperation Organisation\n\n"
        "The meeting of the Council of Heads of Government of the Shanghai Cooperation "
        "Organisation (SCO) was held on 2 November 2020 in Tashkent.\n"
    )
    found = gaz_names(gaz, body)
    assert list(found.values()) == ["adopted"]
    assert next(iter(found)).startswith("Press release on the results of the meeting")


def test_press_release_in_running_text_is_no_document(gaz):
    # a guard (passes before this round too): an outlet's press release is not a council's
    body = (
        "The SCO ministry said in a press release on the results of the meeting that the "
        "meeting was held in Tashkent.\n"
    )
    assert gaz_names(gaz, body) == {}


def test_russian_rules_of_procedure_end_a_listed_title(gaz):
    # "регламент" (rules of procedure) is a type word: "и регламент ..." starts another item
    body = (
        "На совещании министров ШОС будут рассмотрены проекты: План сотрудничества "
        "государств-членов ШОС в области образования и регламент работы совещания."
    )
    names = set(gaz_names(gaz, body))
    assert any(n.endswith("в области образования") for n in names), names
    assert not any("регламент" in n for n in names), names


# ---- memoranda: each counterpart with the SCO side its own clause names -------------------------


def test_memoranda_each_with_the_side_its_clause_names(gaz):
    body = (
        "Министры ШОС подписали меморандумы о взаимопонимании между ШОС и Продовольственной и "
        "сельскохозяйственной организацией ООН и между Секретариатом ШОС и Всемирной "
        "организацией здравоохранения."
    )
    names = set(gaz_names(gaz, body))
    fao = [n for n in names if "Food and Agriculture" in n]
    assert fao and fao[0].startswith("Memorandum of Understanding between the SCO and"), names


def test_memorandum_of_the_secretariat_keeps_it(gaz):
    # a guard (passes before this round too)
    body = (
        "The SCO Secretariat signed a Memorandum of Understanding between the SCO Secretariat "
        "and the Food and Agriculture Organization of the United Nations."
    )
    names = set(gaz_names(gaz, body))
    secretariat = "Memorandum of Understanding between the SCO Secretariat"
    assert any(n.startswith(secretariat) for n in names), names


def test_organisation_reporting_the_news_is_no_memorandum_party(gaz):
    body = (
        "На полях совещания министров транспорта ШОС в Душанбе подписаны меморандумы о "
        "взаимопонимании по развитию автомобильных перевозок, сообщает пресс-служба "
        "исполнительного комитета СНГ."
    )
    assert not any("Commonwealth" in n for n in gaz_names(gaz, body))


# ---- meetings: "the CFM" ----------------------------------------------------------------------


def test_cfm_abbreviation_names_the_foreign_ministers_council(gaz):
    body = (
        "Foreign ministers of the Shanghai Cooperation Organisation (SCO) are meeting in Goa for "
        "the Council of Foreign Ministers (CFM).\n\n"
        "The ministers will prepare the SCO Council of Heads of State scheduled to take place "
        "in New Delhi on 3-4 July 2023.\n\n"
        "The CFM will witness the signing of memoranda of understanding with Bahrain and Kuwait "
        "to become dialogue partners of the SCO.\n"
    )
    docs = find_documents("", body, published_at=date(2023, 5, 4), gaz=gaz)
    docs = [d for d in docs if d.type == "memorandum"]
    assert docs, "no memorandum found"
    assert {d.meeting.council for d in docs} == {"SCO Council of Foreign Ministers"}
