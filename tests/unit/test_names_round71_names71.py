"""Round 71 (names71): document names issue 14 left after round 70.

- Korean venue declarations written as one word with their case particle ("아스따나선언이
  조인되였다", "청도선언이 채택되였으며", KCNA's North Korean spelling; blind sets 13 and 17).
- Bengali "একটি অঙ্গীকার" (a pledge) to obtain member state status: Iran's memorandum of
  obligations (blind set 52); Iran's Bengali name.
- Romance statements in the plural listed by their subjects ("déclarations ... sur la sécurité
  alimentaire et énergétique dans le monde, la lutte contre le changement climatique ...", blind
  set 25), and the supply chains statement as a known document (its German title, blind set 25).
"""

from __future__ import annotations

from datetime import date

from round_helpers import found_names

IRAN = "Memorandum of Obligations of the Islamic Republic of Iran"
SUPPLY = "Statement on Secure, Stable and Diversified Supply Chains"


# ---- Korean venue declarations with their particle ----

def test_north_korean_astana_declaration_with_its_particle_is_signed() -> None:
    body = ("(평양 6월 17일발 조선중앙통신)상해협조기구성원국 수뇌자회의가 15일 까자흐스딴의 "
            "아스따나에서 진행되였다.\n"
            "회의끝에 상해협조기구창립 10돐기념 아스따나선언이 조인되였다.")
    assert found_names(body, date(2011, 6, 17)).get("Astana Declaration") == "signed"


def test_north_korean_qingdao_declaration_with_its_particle_is_adopted() -> None:
    body = ("【베이징 6월 10일발 조선중앙통신】상해협조기구성원국 수뇌자회의가 9일과 10일 중국 "
            "산동성의 청도에서 진행되였다.\n회의에서는 청도선언이 채택되였으며 10여개의 문건이 "
            "조인되였다.")
    assert found_names(body, date(2018, 6, 12)).get("Qingdao Declaration") == "adopted"


def test_qingdao_county_with_a_particle_but_no_declaration_word_is_no_declaration() -> None:
    # 청도 with its particle is the venue (or the Korean county); without 선언 joined to it, no
    # venue declaration is named
    body = ("상해협조기구성원국 수뇌자회의가 청도에서 진행되였으며 10여개의 문건이 조인되였다.")
    assert "Qingdao Declaration" not in found_names(body, date(2018, 6, 12))


# ---- Bengali "একটি অঙ্গীকার" ----

BN = ("২০২২ সালের ১৫-১৬ সেপ্টেম্বর সমরকন্দ এসসিও শীর্ষ সম্মেলনের আয়োজন করে, যেখানে ইরানের "
      "রাষ্ট্রপতি ইব্রাহিম রাইসি উপস্থিত ছিলেন। ইসলামী প্রজাতন্ত্র সমিতির সদস্য রাষ্ট্রের মর্যাদা "
      "অর্জনের জন্য একটি অঙ্গীকার স্বাক্ষর করেছেন তিনি।")


def test_bengali_pledge_for_member_state_status_is_irans_memorandum() -> None:
    assert found_names(BN).get(IRAN) == "signed"


def test_bengali_pledge_without_accession_names_no_memorandum() -> None:
    body = ("এসসিও সম্মেলনে ইরানের রাষ্ট্রপতি বলেন, সন্ত্রাসবাদের বিরুদ্ধে লড়াইয়ে একটি অঙ্গীকার "
            "স্বাক্ষর করেছেন তিনি।")
    assert IRAN not in found_names(body)


# ---- Romance statements listed by subject ----

FR = ("Les dirigeants des Etats membres de l'Organisation de coopération de Shanghai (OCS) ont "
      "signé vendredi la Déclaration de Samarcande du conseil des chefs d'Etat de l'OCS.\n"
      "La 22e réunion du conseil des chefs d'Etat de l'OCS a également publié un certain nombre "
      "de déclarations et de documents sur la défense de la sécurité alimentaire et énergétique "
      "dans le monde, la lutte contre le changement climatique et le maintien de chaînes "
      "d'approvisionnement sûres, stables et diversifiées.")


def test_french_statements_listed_by_subject_after_the_venue_declaration() -> None:
    names = found_names(FR, date(2022, 9, 19))
    assert names.get("Samarkand Declaration") == "signed"
    assert names.get("Statement on Global Food Security") == "adopted"
    # round 73 (names73): the energy statement is known under its English name, "international"
    assert names.get("Statement on International Energy Security") == "adopted"
    assert names.get("Statement on Climate Change") == "adopted"
    assert names.get(SUPPLY) == "adopted"


def test_french_statements_by_subject_without_a_venue_declaration_name_nothing() -> None:
    body = ("Le conseil des chefs d'Etat de l'OCS a publié un certain nombre de déclarations sur "
            "la sécurité alimentaire et le changement climatique.")
    names = found_names(body, date(2022, 9, 19))
    assert not any(name.startswith("Statement on") for name in names)


def test_unknown_subjects_of_a_statement_list_are_not_named() -> None:
    body = ("Les dirigeants de l'OCS ont signé la Déclaration de Samarcande et ont publié des "
            "déclarations sur la coopération culturelle et le tourisme.")
    names = found_names(body, date(2022, 9, 19))
    assert not any(name.startswith("Statement on") for name in names)


def test_german_supply_chains_statement_is_the_known_statement() -> None:
    body = ("Liste der vom Rat der Staatschefs der Shanghaier Organisation für Zusammenarbeit am "
            "16. September 2022 angenommenen Dokumente\n\n"
            "  1. Erklärung des Rates der Staatschefs der Shanghaier Organisation für "
            "Zusammenarbeit zur Gewährleistung zuverlässiger, nachhaltiger und diversifizierter "
            "Lieferketten\n"
            "  2. Erklärung des Rates der Staatschefs der Shanghaier Organisation für "
            "Zusammenarbeit zur Gewährleistung der weltweiten Ernährungssicherheit.\n")
    assert found_names(body).get(SUPPLY) == "adopted"


# ---- the Korean statement on the UN's 80th anniversary ----

UN80 = ("Statement on the 80th Anniversary of the Victory in World War II and the Founding of the "
        "United Nations")


def test_korean_un_80th_anniversary_statement_is_the_known_statement() -> None:
    body = ("(베이징=신화통신) 상하이협력기구(SCO) 정상회의가 "
            "오는 8월 31일부터 9월 1일까지 톈진에서 열린다.\n"
            "시 주석은 다른 회원국 정상들과 함께 '톈진 선언'을 "
            "공동 서명 및 발표하고, 'SCO 미래 10년(2026~2035년) "
            "발전 전략'을 승인할 예정이다. 아울러 제2차 세계대전 "
            "승리와 유엔 창립 80주년 성명을 발표하고, 안보·경제·인문 "
            "협력을 강화하는 일련의 성과 문건을 통과시킬 예정이다.")
    assert found_names(body, date(2025, 8, 29)).get(UN80) == "planned"


def test_korean_un_80th_anniversary_statement_without_the_victory_is_not_named() -> None:
    # the anniversary's statement word without the victory right before it: whose it is, unsaid
    body = ("상하이협력기구(SCO) 정상회의가 톈진에서 열린다. 시 주석은 '톈진 선언'을 공동 서명 및 "
            "발표하고, 유엔 창립 80주년 성명을 발표할 예정이다.")
    assert UN80 not in found_names(body, date(2025, 8, 29))


def test_korean_statement_it_plans_to_issue_is_planned() -> None:
    body = ("시진핑 중국 국가주석이 톈진에서 열리는 상하이협력기구 정상회의를 주재한다.\n"
            "그는 이 과정에서 제2차 세계대전 승리와 유엔 창립 80주년을 기념하는 "
            "성명도 함께 발표할 계획이다.")
    assert found_names(body, date(2025, 8, 25)).get(UN80) == "planned"
