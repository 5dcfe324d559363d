"""Unit tests of round 9's rules (pipeline.documents): memoranda described rather than titled
(dialogue partners), bodies named in their own words, one ministers' document in two languages.

Every text here is written by the scowatch developers for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from round_helpers import gaz_docs

from pipeline.documents import document_key


def _names(docs) -> set[str]:
    return {d.name for d in docs}


# ---- dialogue-partner memoranda, described rather than titled ----------------------------------

NEPAL = (
    "Memorandum on granting the Federal Democratic Republic of Nepal the status of SCO dialogue "
    "partner"
)


@pytest.mark.parametrize(
    "body",
    [
        "Nepal's foreign minister and the Secretary-General of the Shanghai Cooperation "
        "Organisation signed a memorandum granting Nepal the status of dialogue partner.",
        "Nepal signed a memorandum of understanding on its accession to the Shanghai Cooperation "
        "Organisation as a dialogue partner.",
        "Министр иностранных дел Непала и генеральный секретарь ШОС подписали меморандум о "
        "предоставлении Непалу статуса партнёра по диалогу Шанхайской организации сотрудничества.",
        "尼泊尔外长与上海合作组织秘书长签署了关于给予尼泊尔上合组织对话伙伴地位的备忘录。",
        "وقع وزير خارجية نيبال والأمين العام لمنظمة شنغهاي للتعاون على مذكرة تفاهم بشأن منح "
        "نيبال صفة شريك الحوار.",
    ],
)
def test_a_dialogue_partner_memorandum_has_one_name_in_every_language(gaz, body):
    docs = gaz_docs(gaz, body, date(2016, 4, 20))
    found = [d for d in docs if d.type == "memorandum"]
    assert [d.name for d in found] == [NEPAL]
    assert found[0].status == "signed"
    assert found[0].key == document_key(NEPAL)
    # signed by the state and the Secretary-General, not at a council's session
    assert found[0].meeting.id is None


def test_dialogue_partner_memoranda_of_several_states_and_only_theirs(gaz):
    body = (
        "В сентябре 2022 года на саммите ШОС в Самарканде были подписаны меморандумы о "
        "партнёрстве по диалогу с Египтом, Катаром и Саудовской Аравией, а также принято "
        "решение о запуске процедуры предоставления статуса партнёров по диалогу Бахрейну и "
        "Кувейту."
    )
    docs = gaz_docs(gaz, body, date(2023, 3, 30))
    assert _names(docs) == {
        "Memorandum on granting the Arab Republic of Egypt the status of SCO dialogue partner",
        "Memorandum on granting the State of Qatar the status of SCO dialogue partner",
        "Memorandum on granting the Kingdom of Saudi Arabia the status of SCO dialogue partner",
    }
    assert {d.meeting.id for d in docs} == {"hsc-2022-samarkand"}


def test_no_dialogue_partner_memorandum_without_a_memorandum_or_a_partner_status(gaz):
    assert not gaz_docs(
        gaz,
        "China congratulates Nepal on becoming a dialogue partner of the Shanghai Cooperation "
        "Organisation, which signed several documents this year.",
        date(2016, 4, 21),
    )
    # a founding member in the sentence is no partner
    docs = gaz_docs(
        gaz,
        "Kazakhstan signed a memorandum with the SCO Secretariat on the dialogue partner "
        "mechanism.",
        date(2016, 4, 21),
    )
    assert not [d for d in docs if "dialogue partner" in d.name]


def test_an_arabic_date_of_a_signing_before_a_summit_keeps_it_off_the_summit(gaz):
    # signed in Tashkent on 14 September, two days before the summit the sentence names
    body = (
        "وقع اليوم الأربعاء 14 سبتمبر 2022 في العاصمة الأوزبكية طشقند على مذكرة التفاهم الخاصة "
        "بانضمام مصر إلى منظمة شنغهاي للتعاون كشريك حوار قبيل عقد قمة رؤساء الدول في مدينة "
        "سمرقند يوم 16 سبتمبر الجاري."
    )
    docs = gaz_docs(gaz, body, date(2022, 9, 14))
    assert [d.name for d in docs] == [
        "Memorandum on granting the Arab Republic of Egypt the status of SCO dialogue partner"
    ]
    assert docs[0].meeting.id is None
    assert docs[0].meeting.date == date(2022, 9, 14)


# ---- bodies in their own words -----------------------------------------------------------------


# round 79 (cards79): the calendar now holds the energy ministers' Astana meeting of 21 June 2024
# (blind set 8's reports), so the energy texts resolve to it; the transport ministers' stay
# unresolved at their body
@pytest.mark.parametrize(
    ("body", "council", "meeting_id"),
    [
        (
            "Участники совещания глав Минэнерго государств-членов ШОС собрались в Астане. «Главы "
            "энергетических ведомств стран ШОС рассмотрели и одобрили «Стратегию развития "
            "энергетического сотрудничества государств-членов ШОС до 2030 года»», - говорится в "
            "сообщении. Стратегию примут на саммите глав государств ШОС в Астане 3-4 июля.",
            "SCO Meeting of Energy Ministers",
            "energy-2024-astana",
        ),
        (
            "上海合作组织成员国交通部长第十次会议在天津举行。会议批准了《上合组织成员国交通部门"
            "合作构想》。",
            "SCO Meeting of Transport Ministers",
            None,
        ),
        (
            "Главы Минтранса стран ШОС собрались в Бишкеке и одобрили Концепцию сотрудничества "
            "государств-членов ШОС в области транспорта.",
            "SCO Meeting of Transport Ministers",
            None,
        ),
        (
            "The heads of the energy ministries of the Shanghai Cooperation Organisation met in "
            "Astana and approved the Energy Cooperation Development Strategy until 2030.",
            "SCO Meeting of Energy Ministers",
            "energy-2024-astana",
        ),
    ],
)
def test_a_meeting_body_in_its_own_words_keeps_its_document(gaz, body, council, meeting_id):
    docs = gaz_docs(gaz, body, date(2024, 6, 21))
    assert docs
    for d in docs:
        assert d.meeting.council == council
        assert d.meeting.id == meeting_id


def test_one_state_ministry_is_no_meeting_body(gaz):
    # «Минэнерго Казахстана» alone is Kazakhstan's ministry, not the SCO energy ministers
    body = (
        "Минэнерго Казахстана сообщило, что на саммите ШОС в Астане была одобрена Стратегия "
        "развития энергетического сотрудничества ШОС до 2030 года."
    )
    docs = gaz_docs(gaz, body, date(2024, 7, 5))
    assert [d.meeting.id for d in docs] == ["hsc-2024-astana"]


# ---- the same ministers' documents in another language -----------------------------------------


def test_a_russian_name_ends_before_and_a_draft_of_another_document(gaz):
    body = (
        "По итогам Совещания министров энергетики ШОС ожидается утверждение Плана мероприятий по "
        "практической реализации Концепции сотрудничества государств-членов ШОС в сфере "
        "энергетики и проекта Программы сотрудничества государств – членов ШОС в области "
        "использования возобновляемых источников энергии."
    )
    docs = gaz_docs(gaz, body, date(2022, 6, 20))
    assert {d.key for d in docs} == {
        document_key(
            "Action Plan for the practical implementation of the Concept of Cooperation of the "
            "SCO Member States in the Energy Sector"
        ),
        document_key(
            "Programme of Cooperation of the SCO Member States in the Use of Renewable Energy "
            "Sources"
        ),
    }
    assert {d.status for d in docs} == {"planned"}


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        (
            "План мероприятий по практической реализации Концепции сотрудничества "
            "государств-членов ШОС в сфере энергетики",
            "Action Plan for the practical implementation of the Concept of Cooperation of the "
            "SCO Member States in the Energy Sector",
        ),
        (
            "Программа сотрудничества государств – членов ШОС в области использования "
            "возобновляемых источников энергии",
            "Programme of Cooperation of the SCO Member States in the Use of Renewable Energy "
            "Sources",
        ),
        (
            "Концепция сотрудничества государств-членов ШОС в сфере энергетики",
            "Concept of Cooperation of the SCO Member States in the Field of Energy",
        ),
    ],
)
def test_one_key_for_a_ministers_document_in_russian_and_english(russian, english):
    assert document_key(russian) == document_key(english)


def test_the_transport_corridors_concept_has_one_key_in_russian_and_english():
    assert document_key(
        "Концепция сотрудничества государств-членов ШОС по развитию взаимосвязанности и созданию "
        "эффективных транспортных коридоров"
    ) == document_key(
        "Concept of Cooperation of the SCO Member States on the Development of Interconnection "
        "and the Creation of Efficient Transport Corridors"
    )
    # «взаимопонимании» (understanding) is no interconnection
    assert "interconnection" not in document_key("Меморандум о взаимопонимании")


def test_a_shortened_reference_is_the_document_named_in_full(gaz):
    body = (
        "Проект Концепции сотрудничества по развитию взаимосвязанности и созданию эффективных "
        "транспортных коридоров намерены утвердить на заседании Совета глав государств-членов "
        "ШОС 16 сентября в Самарканде. На саммите в Самарканде ожидается принятие Концепции "
        "сотрудничества по развитию транспортных коридоров."
    )
    docs = gaz_docs(gaz, body, date(2022, 8, 1))
    assert [d.key for d in docs] == [
        document_key(
            "Concept of Cooperation of the SCO Member States on the Development of "
            "Interconnection and the Creation of Efficient Transport Corridors"
        )
    ]


def test_a_short_communique_is_no_shortened_reference(gaz):
    body = (
        "The Council of Heads of Government of the Shanghai Cooperation Organisation met in "
        "Bishkek on 25 October 2023 and signed the Joint Communiqué. The ministers also adopted "
        "the Joint Communiqué on Trade and Digital Economy Cooperation."
    )
    docs = gaz_docs(gaz, body, date(2023, 10, 26))
    assert len([d for d in docs if d.type == "communique"]) == 2


def test_a_lower_case_type_word_opening_a_capitalised_title(gaz):
    body = (
        "The SCO transport ministers supported the draft concept of cooperation between the SCO "
        "Member States on the Development of Interconnection and the Creation of Efficient "
        "Transport Corridors, prepared by the Uzbek side."
    )
    docs = gaz_docs(gaz, body, date(2022, 5, 14))
    assert [d.key for d in docs] == [
        document_key(
            "Concept of Cooperation of the SCO Member States on the Development of "
            "Interconnection and the Creation of Efficient Transport Corridors"
        )
    ]
    assert docs[0].status == "planned"


@pytest.mark.parametrize(
    "body",
    [
        # one capitalised subject is no title
        "The ministers approved a concept of cooperation with Russia on transport.",
        # the SCO's own name is no subject
        "The ministers approved a concept of cooperation of the Shanghai Cooperation "
        "Organisation Member States.",
    ],
)
def test_no_title_from_a_lower_case_type_word_without_capitalised_subjects(gaz, body):
    assert not gaz_docs(gaz, body, date(2022, 5, 14))


# ---- set 8's other errors -----------------------------------------------------------------------


def test_a_bare_russian_type_word_is_no_name_but_the_charter_is(gaz):
    body = (
        "Стороны провели обсуждение структуры проекта Стратегии и одобрили проект Стратегии. "
        "Главы государств ШОС подписали Хартию."
    )
    docs = gaz_docs(gaz, body, date(2022, 11, 20))
    assert [d.type for d in docs] == ["agreement"]


def test_a_day_without_a_year_at_a_venue_is_no_meeting_there_on_other_days(gaz):
    # no year anywhere, no article date: the heads of government's video meeting in Astana was
    # on 25 November 2021, not on 16 November
    body = (
        "16 ноября в городе Астана в формате видеоконференции началось согласование проекта "
        "«Стратегии развития энергетического сотрудничества государств-членов ШОС до 2030 года» "
        "с представителями государств-членов ШОС."
    )
    docs = gaz_docs(gaz, body)
    assert docs and docs[0].meeting.id is None


def test_a_secretariat_memorandum_described_in_arabic(gaz):
    body = (
        "قال المستشار: \"قرار توقيع مذكرة تفاهم بين أمانة منظمة شنغهاي للتعاون ومؤسسة "
        "روسكونغرس سيمكن المؤسسة من تنظيم فعاليات مشتركة\"."
    )
    docs = gaz_docs(gaz, body, date(2025, 9, 1))
    assert [(d.name, d.status) for d in docs] == [
        ("Memorandum of Understanding between the SCO Secretariat and the Roscongress Foundation",
         "planned")
    ]


# ---- set 7's errors -----------------------------------------------------------------------------


def test_the_interbank_consortium_by_its_abbreviation_keys_as_its_name():
    assert document_key("Agreement on the IBC") == document_key(
        "Agreement on the SCO Interbank Consortium"
    )
    assert {"interbank", "consortium"} <= set(document_key("Соглашение о МБО ШОС").split())


def test_a_weekday_of_another_year_than_the_sentence_names_is_the_reports_day(gaz):
    body = (
        "Saudi Arabia's cabinet has given a final approval to the memorandum granting the kingdom "
        "the status of SCO dialogue partner, signed in September 2022 at the SCO summit in "
        "Samarkand, the Saudi Press Agency reported on Wednesday."
    )
    docs = gaz_docs(gaz, body, date(2023, 3, 30))
    assert [d.name for d in docs] == [
        "Memorandum on granting the Kingdom of Saudi Arabia the status of SCO dialogue partner"
    ]
    assert docs[0].meeting.id == "hsc-2022-samarkand"
    assert docs[0].meeting.gap is None


def test_a_states_approval_of_its_memorandum_is_reported(gaz):
    body = (
        "Kuwait's emir gave final approval to the memorandum granting Kuwait the status of "
        "dialogue partner of the Shanghai Cooperation Organisation."
    )
    docs = gaz_docs(gaz, body, date(2023, 6, 1))
    assert [(d.name, d.status) for d in docs] == [
        ("Memorandum on granting the State of Kuwait the status of SCO dialogue partner",
         "approved")
    ]


def test_an_unresolved_shortened_reference_is_the_document_named_in_full(gaz):
    body = (
        "Проект Концепции сотрудничества по развитию взаимосвязанности и созданию эффективных "
        "транспортных коридоров намерены утвердить на заседании Совета глав государств-членов "
        "ШОС 16 сентября в Самарканде. По итогам совещания министров транспорта ШОС делегации "
        "поддержали проект Концепции сотрудничества по развитию транспортных коридоров."
    )
    docs = gaz_docs(gaz, body, date(2022, 8, 1))
    assert len(docs) == 1 and docs[0].meeting.id == "hsc-2022-samarkand"


def test_a_states_approval_of_what_the_sco_signed_is_the_signing(gaz):
    body = (
        "On Wednesday, Kuwait's emir approved the memorandum granting Kuwait the status of SCO "
        "dialogue partner, signed in July 2023 during the SCO summit in New Delhi."
    )
    docs = gaz_docs(gaz, body, date(2024, 3, 30))
    assert [(d.status, d.meeting.id) for d in docs] == [("signed", "hsc-2023-new-delhi")]


def test_a_cited_agreements_signing_is_not_the_plans(gaz):
    body = (
        "The SCO agriculture ministers approved the plan of action for 2013-2014 on "
        "implementation of the Agreement between the governments of the SCO member states on "
        "cooperation in the sphere of agriculture signed on 11 June 2010 in Tashkent."
    )
    docs = gaz_docs(gaz, body, date(2012, 11, 30))
    assert [(d.type, d.status) for d in docs] == [("action_plan", "approved")]
