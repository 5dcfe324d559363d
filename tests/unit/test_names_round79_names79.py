"""Round 79 (names79): document names in Albanian, Polish and Lao (issue 14).

- blind sets 30 and 32 (rb-46bfe6fa36, rb-64ea656e3c): the SCO Convention against Terrorism in
  Albanian ("Konventa e OBSH kundër terrorizmit"), ratified or approved;
- blind set 25 (rb-b299d3b821, Sylwester Szafarz): "Uchwalono Kartę SOW, a 15 lat temu - zawarto
  Traktat o długofalowym dobrosąsiedztwie, o przyjaźni i o współpracy";
- blind set 25 (rb-5fef3bf7bf, Lao): "ຍຸດທະສາດພັດທະນາໃຫ້ແກ່ໄລຍະ 2026 – 2035".
"""

from __future__ import annotations

from round_helpers import found_keys

from pipeline.documents import document_key

CONVENTION = document_key("SCO Convention against Terrorism")
CHARTER = document_key("SCO Charter")
TREATY = document_key("Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation")
STRATEGY = document_key("SCO Development Strategy until 2035")


def test_albanian_convention_ratified_is_approved() -> None:
    body = (
        "Kazakistani ratifikoi konventën e Organizatës së Bashkëpunimit të Shangait (OBSH) "
        "kundër terrorizmit. Ajo u nënshkrua më 16 qershor të vitit 2009 në Ekaterinburg."
    )
    assert found_keys(body) == {CONVENTION: "approved"}


def test_albanian_convention_by_the_initials_signed() -> None:
    body = (
        "Organizata e Bashkëpunimit të Shangait mblodhi ministrat. Konventa e OBSH kundër "
        "terrorizmit u nënshkrua për rritjen e efektivitetit të bashkëpunimit ndërkombëtar."
    )
    assert found_keys(body) == {CONVENTION: "signed"}


def test_albanian_convention_of_another_subject_names_nothing() -> None:
    body = (
        "Organizata e Bashkëpunimit të Shangait mblodhi ministrat. Konventa e OBSH kundër "
        "duhanit u nënshkrua në Gjenevë."
    )
    assert CONVENTION not in found_keys(body)


def test_polish_charter_and_treaty_of_a_history_paragraph() -> None:
    body = (
        "Wydarzeniem tym była XXII Konferencja Rady Szefów Państw Członkowskich Szanghajskiej "
        "Organizacji Współpracy (SOW), która odbyła się w Samarkandzie. SOW została powołana do "
        "życia w dniu 15 czerwca 2001 r. w Szanghaju. Uchwalono Kartę "
        "SOW, a 15 lat temu - zawarto Traktat o długofalowym dobrosąsiedztwie, o przyjaźni i o "
        "współpracy. Takie są dwa fundamentalne dokumenty założycielskie SOW."
    )
    assert found_keys(body) == {CHARTER: "adopted", TREATY: "signed"}


def test_polish_card_is_no_charter() -> None:
    body = (
        "Przywódcy Szanghajskiej Organizacji Współpracy podpisali dokumenty. Uchwalono kartę "
        "praw pacjenta."
    )
    assert CHARTER not in found_keys(body)


def test_lao_development_strategy_with_its_period() -> None:
    body = (
        "ວັນທີ 01 ກັນຍາ, ປະມຸດລັດບັນດາປະເທດຂອງອົງການຮ່ວມມື ຊຽງໄຮ້ (SCO) ໄດ້ອະນຸມັດຜ່ານ"
        "ຖະແຫຼງການ ທຽນຈີນ ດ້ວຍຍຸດທະສາດພັດທະນາໃຫ້ແກ່ໄລຍະ 2026 – 2035."
    )
    assert found_keys(body).get(STRATEGY) == "approved"


def test_lao_development_strategy_without_its_period_names_nothing() -> None:
    body = (
        "ປະມຸດລັດບັນດາປະເທດຂອງອົງການຮ່ວມມື ຊຽງໄຮ້ (SCO) ໄດ້ອະນຸມັດຍຸດທະສາດພັດທະນາ."
    )
    assert STRATEGY not in found_keys(body)
