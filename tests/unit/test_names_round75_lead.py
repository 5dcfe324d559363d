"""Round 75 (lead): a state named after a locative word is where a memorandum was signed, not a
state standing between the signer and its verb (round 74's list rule had lost Iran's memorandum
in blind set 34's Chinese report). Sentences are quoted from the sets, or marked "written"."""

from tests.unit.round_helpers import tagged_names

IRAN = "Memorandum of Obligations of the Islamic Republic of Iran"


def test_a_state_after_zai_is_the_place_of_the_signing():
    # blind set 34 (qz1st.cn): Iran signed at Samarkand, Uzbekistan
    body = ("2022年9月,伊朗在乌兹别克斯坦撒马尔罕举行的上合组织成员国元首理事会第22次会议签署了"
            "加入上合组织履行义务的备忘录。")
    assert tagged_names(body) == {IRAN: "signed"}


def test_the_state_named_as_the_place_still_signs_nothing():
    # blind set 52 (Sputnik Belarus): India is where, Belarus signs (round 74's case)
    body = ("На саммите ШОС в Индии Беларусь подписала меморандум об обязательствах в целях "
            "получения статуса государства-члена ШОС.")
    assert tagged_names(body) == {"Memorandum of Obligations of the Republic of Belarus": "signed"}
