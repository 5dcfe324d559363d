"""Round 64 (names64): document names of blind set 49 (now a dev set) and the Tianjin
Declaration's misses across the dev sets (issue 14): what a venue declaration says, a quotation
after its name as source, a title's purpose after its period, Portuguese full membership, the
English list of actions, the Hindi "issued after".

The sentences marked with a set and item are quoted from real published reports
(tests/data/real-blindN, dev sets); the others are written by names64 for these tests.
"""

from __future__ import annotations

from datetime import date

from round_helpers import GAZ, tagged_keys

from pipeline.documents import document_key, tag_and_find

TIANJIN = document_key("Tianjin Declaration")
ASTANA = document_key("Astana Declaration")
TASHKENT = document_key("Tashkent Declaration")
STRATEGY_2035 = document_key("SCO Development Strategy until 2035")
IRAN = document_key("Memorandum of Obligations of the Islamic Republic of Iran")
LIST_2017 = document_key(
    "List of actions for further development of the project activities within the SCO in "
    "2017-2021"
)


# --- what a venue declaration says: the declaration was issued ---

# blind set 49, rb-b746149654 (Newszop, after the Economic Times)
EN_UNVEILED = (
    "China’s Foreign Minister Wang Yi announced on Monday that member states of the Shanghai "
    "Cooperation Organization (SCO) have decided to establish a Development Bank.\n"
    "Alongside the decision to launch the process for the SCO Development Bank, the Tianjin "
    "Declaration also unveiled several key developments aimed at deepening cooperation within "
    "the bloc."
)


def test_a_declaration_that_unveils_was_issued() -> None:
    assert tagged_keys(EN_UNVEILED).get(TIANJIN) == "adopted"


def test_a_declaration_named_as_an_object_tells_nothing() -> None:
    # the declaration is no subject of the verb: nothing is read as its content
    body = (
        "The Shanghai Cooperation Organization (SCO) summit was held in Tianjin. "
        "Analysts unveiled several criticisms of the Tianjin Declaration."
    )
    assert TIANJIN not in tagged_keys(body)


# blind set 25, rb-3fa235b4b0 (Vietnamese, after ANI)
VI_ALSO_HOLDS = (
    "Ngày 4/7, lãnh đạo các nước thành viên Tổ chức Hợp tác Thượng Hải (SCO) đã kêu gọi xây dựng "
    "một thế giới đa cực.\n"
    "Tuyên bố Astana đồng thời cho rằng việc áp dụng các biện pháp trừng phạt đơn phương vi phạm "
    "các nguyên tắc của luật pháp quốc tế."
)


def test_vietnamese_declaration_also_holds() -> None:
    assert tagged_keys(VI_ALSO_HOLDS).get(ASTANA) == "adopted"


# blind set 24, rb-a5d563b903
EN_SAYS_AFTER_QUOTE = (
    "\"It is important to not only adequately respond to terrorists' actions, but to prevent "
    "them,\" says the Tashkent Declaration of the SCO member countries."
)


def test_a_quotation_that_the_declaration_says() -> None:
    assert tagged_keys(EN_SAYS_AFTER_QUOTE).get(TASHKENT) == "adopted"


# blind set 23, rb-8d68eba54a (TASS)
EN_ACCORDING_OPENS = (
    "According to the Astana Declaration of the SCO Council of Heads of State, the member states "
    "support the further development of cooperation in ensuring energy security."
)


def test_a_source_that_opens_its_sentence_is_left() -> None:
    # labelled adopted in blind set 23, not counted in tests/data/real r-0f0b32fed5 (the same
    # construction): a label conflict, so no rule reads it
    assert ASTANA not in tagged_keys(EN_ACCORDING_OPENS)


# blind set 49, rb-f1f47b32cb (Sputnik)
EN_ACCORDING_QUOTED = (
    "The interested member states of the Shanghai Cooperation Organization, confirmed the "
    "importance of establishing the SCO Development Bank and decided to establish it, according "
    "to the Tianjin SCO Declaration.\n\n"
    "\"The interested member states, confirming the importance of establishing the SCO "
    "Development Bank, decided to establish it,\" the text read."
)


def test_a_source_whose_quotation_follows() -> None:
    assert tagged_keys(EN_ACCORDING_QUOTED, date(2025, 9, 2)).get(TIANJIN) == "adopted"


def test_a_source_closing_its_sentence_without_a_quotation_is_not_read() -> None:
    first = EN_ACCORDING_QUOTED.split("\n\n")[0]
    assert TIANJIN not in tagged_keys(first + "\n\nThe bank will open soon.", date(2025, 9, 2))


# --- the Hindi "issued after" ---

# blind set 49, rb-ab0768a95f
HI_ISSUED_AFTER = (
    "- शंघाई सहयोग संगठन (SCO) के राष्ट्राध्यक्षों की परिषद के शिखर सम्मेलन के बाद जारी "
    "‘तियानजिन घोषणा’ में पहलगाम में हुए आतंकवादी हमले की कड़ी निंदा की गई।"
)


def test_hindi_issued_after_the_summit() -> None:
    assert tagged_keys(HI_ISSUED_AFTER).get(TIANJIN) == "adopted"


# --- a title's purpose after its period ---

# blind set 49, rb-3809a1ac8a (Swarajya, after ANI)
EN_PURPOSE = (
    "At the 25th Council of Heads of State summit of the Shanghai Cooperation Organisation (SCO) "
    "in Tianjin, member countries condemned the attack. It approved the SCO Development Strategy "
    "until 2035 to boost regional peace and prosperity."
)


def test_a_purpose_after_the_period_is_the_reports() -> None:
    docs = tagged_keys(EN_PURPOSE)
    assert docs.get(STRATEGY_2035) == "approved"


def test_a_plan_to_implement_keeps_its_tail() -> None:
    body = (
        "The SCO heads of state adopted the Action Plan for 2021-2025 to implement the SCO "
        "Development Strategy until 2025."
    )
    names = [d.name for d in tag_and_find(GAZ, "", body, None)[1]]
    assert any(n.endswith("to implement the SCO Development Strategy until 2025") for n in names)


# --- Portuguese full membership ---

# blind set 49, rb-419ca5e543 (Rádio Shiga), with its summit sentence
PT_FULL_MEMBER = (
    "Putin participou de uma cúpula da SCO em Samarkand, Uzbequistão, na sexta-feira.\n"
    "O Irã assinou um memorando sinalizando a intenção de aderir à organização como um membro "
    "de pleno direito."
)


def test_portuguese_joining_as_a_full_member() -> None:
    assert tagged_keys(PT_FULL_MEMBER).get(IRAN) == "signed"


def test_a_memorandum_without_joining_is_no_accession() -> None:
    body = (
        "Putin participou de uma cúpula da SCO em Samarkand, Uzbequistão, na sexta-feira.\n"
        "O Irã assinou um memorando sobre o comércio de petróleo com a China."
    )
    assert IRAN not in tagged_keys(body)


# --- the English list of actions ---

# blind set 49, rb-4e5dd250d3 (Kazinform), the list without the budget decree before it
EN_LIST = (
    "The member countries of the Shanghai Cooperation Organization (SCO) met within the 15th "
    "meeting of the Council of SCO Heads of Government in Bishkek. Moreover the countries "
    "signed a list of actions for further development of the project activities within the SCO "
    "in 2017-2021."
)


def test_a_list_of_actions_for_its_period() -> None:
    assert tagged_keys(EN_LIST, date(2016, 11, 3)).get(LIST_2017) == "signed"


def test_a_list_of_actions_without_a_period_is_no_document() -> None:
    body = EN_LIST.replace(" in 2017-2021", "")
    assert not any("list" in k for k in tagged_keys(body, date(2016, 11, 3)))
