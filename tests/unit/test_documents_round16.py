"""Round 16 (blind set 15 as dev, documents): rules from the set's errors after its one run.

The guards quote short phrases of blind set 15's real reports (tests/data/real-blind15), cut to
the words each rule reads; the negative cases are written for these tests.
"""

from __future__ import annotations

from datetime import date

from round_helpers import gaz_names

from pipeline.documents import document_key


def test_the_councils_statement_on_a_subject_keys_alike_in_english_and_chinese():
    """Set 15 (Xinhua's Chinese title, the label's English one): one statement."""
    zh = document_key("上海合作组织成员国元首理事会关于能源可持续发展的声明")
    en = document_key(
        "Statement of the Council of Heads of State of the SCO Member States on Sustainable "
        "Energy Development"
    )
    assert zh == en == document_key("Statement on Sustainable Energy Development")


def test_chinese_issued_is_an_adoption_but_not_in_a_press_conference(gaz):
    """Set 15 (财联社): "《上海合作组织成员国元首理事会关于能源可持续发展的声明》发布"."""
    title = "上海合作组织成员国元首理事会关于能源可持续发展的声明"
    assert gaz_names(gaz, f"据新华社报道,《{title}》发布。") == {title: "adopted"}
    assert gaz_names(gaz, f"外交部在新闻发布会上介绍《{title}》。") == {}


def test_a_chinese_sentence_dated_years_before_the_article_recalls(gaz):
    """Set 15 (中新社, 2018): "2001年6月15日,……六國領導人在上海簽署《上海合作組織成立宣言》"."""
    body = ("2001年6月15日,中國、俄羅斯、哈薩克斯坦、吉爾吉斯斯坦、塔吉克斯坦、烏茲別克斯坦六國"
            "領導人在上海簽署《上海合作組織成立宣言》,宣告上合組織正式成立。")
    assert gaz_names(gaz, body, date(2018, 6, 7)) == {}
    # dated in the article's own year, it is reported
    assert gaz_names(gaz, body.replace("2001年", "2018年"), date(2018, 6, 7))


def test_a_chinese_last_year_recalls(gaz):
    """Set 15 (國家能源局): "去年9月上合組織元首共同發布《關於維護國際能源安全的聲明》"."""
    body = "去年9月上合組織元首共同發布《關於維護國際能源安全的聲明》,本次會議繼續以此為主題。"
    assert gaz_names(gaz, body) == {}
    assert gaz_names(gaz, body.replace("去年9月", "9月"))


def test_a_russian_short_passive_ends_a_title(gaz):
    """Set 15 (the Secretariat): "... сбалансированного экономического роста и утвержден
    Протокол"."""
    body = ("По итогам Совещания принято Заявление министров государств-членов Шанхайской "
            "организации сотрудничества по восстановлению и обеспечению сбалансированного "
            "экономического роста и утвержден Протокол.")
    names = list(gaz_names(gaz, body))
    assert names == ["Заявление министров государств-членов Шанхайской организации "
                     "сотрудничества по восстановлению и обеспечению сбалансированного "
                     "экономического роста"]


def test_a_russian_dated_plans_purpose_is_its_title(gaz):
    """Set 15 (the Secretariat, quoted): "проект плана мероприятий на 2026-2030 годы,
    направленного на реализацию программы ..."."""
    body = ("Заседание экспертной группы ШОС согласовало проект плана мероприятий на 2026-2030 "
            "годы, направленного на реализацию программы многостороннего торгово-экономического "
            "сотрудничества государств-членов Шанхайской организации сотрудничества.")
    (name,) = gaz_names(gaz, body)
    assert name.endswith("направленного на реализацию программы многостороннего "
                         "торгово-экономического сотрудничества государств-членов Шанхайской "
                         "организации сотрудничества")
    # another participle is no title's
    other = body.replace("направленного на реализацию", "принятого в рамках")
    assert list(gaz_names(gaz, other)) == ["План мероприятий на 2026-2030 годы"]


def test_a_page_opening_with_a_possessive_meeting_is_its_own_text(gaz):
    """Set 15 (the communiqué's page): its title line, then "... hosted the Defense Ministers'
    Meeting of Shanghai Cooperation Organization"."""
    body = ("Joint Communique of Outcomes of Defense Ministers' Meeting of SCO Member States\n\n"
            "On July 28, the Republic of Tajikistan hosted the Defense Ministers' Meeting of "
            "Shanghai Cooperation Organization (hereinafter referred to as SCO) in Dushanbe.")
    assert gaz_names(gaz, body) == {
        "Joint Communique of Outcomes of Defense Ministers' Meeting of SCO Member States": "adopted"
    }


def test_a_serial_comma_keeps_the_last_dialogue_partner(gaz):
    """Set 15 (en, 2023): "... to Bahrain, Kuwait, Myanmar, the Maldives, and the United Arab
    Emirates"."""
    body = ("On the sidelines of the meeting, the ministers are expected to sign memorandums "
            "granting the status of SCO dialogue partners to Bahrain, Kuwait, Myanmar, the "
            "Maldives, and the United Arab Emirates.")
    found = gaz_names(gaz, body)
    assert len(found) == 5
    assert any("United Arab Emirates" in name for name in found)


def test_a_document_a_sentence_rests_on_is_cited(gaz):
    """Set 15 (Catch News): "Based on the agreement between the governments of the SCO member
    states on cooperation in culture, which was signed in Bishkek on August 16, 2007"."""
    body = ("Based on the Agreement between the governments of the SCO member states on "
            "cooperation in culture, which was signed in Bishkek on August 16, 2007, the member "
            "states will continue to facilitate the development of cultural ties within the SCO.")
    assert gaz_names(gaz, body) == {}
    reported = body.replace("Based on the", "The SCO welcomed the").replace(
        ", the member states will continue to", " and will"
    )
    assert gaz_names(gaz, reported)


def test_an_agreement_on_cooperation_between_two_named_parties(gaz):
    """Set 15 (Asia-Plus, 2007): "... expected to end with signing of ... an Agreement on
    cooperation between the SCO Interbank Association and the SCO Business Council"."""
    body = ("A two-day SCO meeting in Bishkek is expected to end with signing of an Agreement on "
            "cooperation between the SCO Interbank Association and the SCO Business Council.")
    assert gaz_names(gaz, body) == {
        "Agreement on cooperation between the SCO Interbank Association and the SCO Business "
        "Council": "planned"
    }
    # one party named only: no title
    assert gaz_names(gaz, body.replace(" and the SCO Business Council", "")) == {}


def test_a_report_on_implementing_a_programme_cites_it(gaz):
    """Set 15 (TASS, 2018): "reviewed a report of the SCO Secretariat on implementing a
    programme of multilateral trade and economic cooperation of the SCO member states in
    2017-2018, and discussed the drafts ..."."""
    body = ("Participants in the SCO meeting reviewed a report of the SCO Secretariat on "
            "implementing a programme of multilateral trade and economic cooperation of the SCO "
            "member states in 2017-2018, and discussed the drafts of new documents.")
    assert gaz_names(gaz, body, date(2018, 10, 10)) == {}
    plain = body.replace("reviewed a report of the SCO Secretariat on implementing", "discussed")
    assert gaz_names(gaz, plain, date(2018, 10, 10))
