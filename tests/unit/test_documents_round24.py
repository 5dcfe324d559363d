"""Round 24 (blind sets 18 and 19 as dev, issue 14): the signer's memorandum of obligations (the
lead's decision of 2026-12-05), previews "reflected in" a declaration, United Nations bodies,
generic decisions and a chairmanship's plan. Every text here is written for these tests (guards),
none is copied from the sets."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import document_key, find_documents

_IRAN = document_key("Memorandum of Obligations of the Islamic Republic of Iran")
_BELARUS = document_key("Memorandum of Obligations of the Republic of Belarus")



def _memoranda(gaz, body, published=None):
    docs = find_documents("", body, published, gaz=gaz)
    return [(d.key, d.status) for d in docs if d.type == "memorandum"], docs


@pytest.mark.parametrize(
    ("body", "key"),
    [
        # written for this test: English, the signer the subject of "signed"
        (
            "The Shanghai Cooperation Organisation summit closed on Tuesday. Belarus on Tuesday "
            "signed a memorandum of obligations, its last step before membership.",
            _BELARUS,
        ),
        # written for this test: Russian
        (
            "Саммит Шанхайской организации сотрудничества завершился. Иран подписал меморандум "
            "об обязательствах для получения статуса государства - члена.",
            _IRAN,
        ),
        # written for this test: Chinese, the verb between the signer and the head-final word
        ("上海合作组织峰会闭幕。伊朗签署了关于加入该组织义务的备忘录。", _IRAN),
        # written for this test: Hindi, verb-final ("... ज्ञापन पर हस्ताक्षर किए")
        (
            "शंघाई सहयोग संगठन (SCO) का शिखर सम्मेलन संपन्न हुआ। ईरान ने संगठन में शामिल होने के "
            "लिए प्रतिबद्धता ज्ञापन पर हस्ताक्षर किए।",
            _IRAN,
        ),
        # written for this test: Vietnamese "bản ghi nhớ cam kết"
        (
            "Hội nghị thượng đỉnh Tổ chức Hợp tác Thượng Hải (SCO) đã bế mạc. Belarus đã ký một "
            "bản ghi nhớ cam kết để trở thành thành viên.",
            _BELARUS,
        ),
        # written for this test: Vietnamese, the state after "của" (of)
        (
            "Hội nghị thượng đỉnh Tổ chức Hợp tác Thượng Hải (SCO) đã bế mạc. Các nước đã ký "
            "Bản ghi nhớ về nghĩa vụ thành viên của Iran.",
            _IRAN,
        ),
        # written for this test: Uzbek, verb-final
        (
            "Shanxay hamkorlik tashkiloti (ShHT) sammiti yakunlandi. Eron a'zolik bo'yicha "
            "majburiyatlar memorandumini imzoladi.",
            _IRAN,
        ),
    ],
)
def test_the_signer_of_a_memorandum_of_obligations_names_it(gaz, body, key):
    found, docs = _memoranda(gaz, body)
    assert (key, "signed") in found, [d.name for d in docs]


@pytest.mark.parametrize(
    "body",
    [
        # written for this test: the state before the verb is in another clause
        "The Shanghai Cooperation Organisation summit closed. Iran joined as a member, while the "
        "leaders signed a memorandum of obligations.",
        # written for this test: a founding member signs (no accession of its own)
        "The Shanghai Cooperation Organisation summit closed. Kazakhstan signed a memorandum of "
        "obligations on data.",
        # written for this test: a memorandum of understanding is no accession
        "The Shanghai Cooperation Organisation summit closed. Iran signed a memorandum of "
        "understanding on trade.",
    ],
)
def test_no_signer_memorandum_without_a_signing_acceding_state(gaz, body):
    found, docs = _memoranda(gaz, body)
    assert not [k for k, _ in found if k in (_IRAN, _BELARUS)], [d.name for d in docs]


def test_reflected_in_a_declaration_is_planned_at_the_summit(gaz):
    # written for this test: "will be reflected in" is nearer than "agreed"; "the global agenda"
    # is no draft of the ministers' meeting, so the declaration is the coming summit's
    body = (
        "On 20-21 May the foreign ministers of the Shanghai Cooperation Organisation met in "
        "Astana to prepare the meeting of the Council of Heads of State on July 3-4 in Astana. "
        "The agreed views on topical issues of the global agenda will be reflected in the "
        "Astana Declaration."
    )
    docs = find_documents("", body, date(2024, 5, 22), gaz=gaz)
    assert [(d.key, d.status) for d in docs] == [(document_key("Astana Declaration"), "planned")]
    assert docs[0].meeting.date == date(2024, 7, 4)


def test_recorded_in_is_planned(gaz):
    # written for this test
    body = (
        "The Shanghai Cooperation Organisation summit opens next week. Its results will be "
        "recorded in the Samarkand Declaration, the aide said."
    )
    docs = find_documents("", body, date(2022, 9, 10), gaz=gaz)
    assert [(d.key, d.status) for d in docs] == [
        (document_key("Samarkand Declaration"), "planned")
    ]


def test_a_memorandum_with_a_united_nations_office_keeps_its_name(gaz):
    # written for this test: the counterpart does not end inside the office's name
    body = (
        "The Shanghai Cooperation Organisation summit closed in Bishkek. The leaders decided to "
        "sign a Memorandum of Understanding between the SCO Secretariat and the United Nations "
        "Office for Disaster Risk Reduction."
    )
    docs = find_documents("", body, date(2019, 6, 14), gaz=gaz)
    names = [d.name for d in docs if d.type == "memorandum"]
    assert names == [
        "Memorandum of Understanding between the SCO Secretariat and the United Nations "
        "Office for Disaster Risk Reduction"
    ]


def test_the_united_nations_itself_stays_itself(gaz):
    # written for this test: a place and a day after "United Nations" are no office
    body = (
        "The Shanghai Cooperation Organisation Secretariat signed a memorandum of understanding "
        "with the United Nations in New York on Friday."
    )
    docs = find_documents("", body, date(2019, 6, 14), gaz=gaz)
    assert [d.name for d in docs if d.type == "memorandum"] == [
        "Memorandum of Understanding between the SCO Secretariat and the United Nations"
    ]


def test_a_decision_named_by_its_council_alone_is_no_document(gaz):
    # written for this test
    body = (
        "The Shanghai Cooperation Organisation summit closed in Bishkek. The leaders signed the "
        "following documents:\n\n- Decision of the Council of Heads of State of the Shanghai "
        "Cooperation Organisation approving the Rules of the Youth Forum."
    )
    docs = find_documents("", body, date(2019, 6, 14), gaz=gaz)
    assert not [d for d in docs if d.type == "decision"], [d.name for d in docs]


def test_a_chairmanships_plan_of_events_is_no_document(gaz):
    # written for this test
    body = (
        "Министры иностранных дел Шанхайской организации сотрудничества встретились в Бишкеке. "
        "Утвержден план основных мероприятий в рамках председательства Киргизии в ШОС."
    )
    docs = find_documents("", body, date(2024, 7, 30), gaz=gaz)
    assert not [d for d in docs if d.type == "action_plan"], [d.name for d in docs]


def test_hindi_delhi_declaration_issued(gaz):
    # written for this test: "दिल्ली घोषणा" is the New Delhi Declaration, "जारी की गई" issued it
    body = (
        "भारत ने शंघाई सहयोग संगठन (SCO) के राष्ट्र प्रमुखों की परिषद की बैठक की मेजबानी की। "
        "बैठक के अंत में दिल्ली घोषणा जारी की गई।"
    )
    docs = find_documents("", body, date(2023, 7, 5), gaz=gaz)
    assert [(d.key, d.status) for d in docs] == [
        (document_key("New Delhi Declaration"), "adopted")
    ]
