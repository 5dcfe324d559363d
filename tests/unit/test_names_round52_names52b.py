"""Round 52 (names52b): memoranda described rather than titled: the dialogue-partner memoranda in
Kazakh and Uzbek (one per state of a list), a list of states in one memorandum of obligations'
phrase, an acceding state written as its official form alone ("the Islamic Republic"), the
Portuguese "deveres" (duties) of a memorandum of obligations.

The sentences marked with a set and item are quoted from real published reports
(tests/data/real-blindN, dev sets); the others are written by names52b for these tests.
"""

from __future__ import annotations

from round_helpers import tagged_names

IRAN = "Memorandum of Obligations of the Islamic Republic of Iran"
INDIA = "Memorandum of Obligations of the Republic of India"
PAKISTAN = "Memorandum of Obligations of the Islamic Republic of Pakistan"
BELARUS = "Memorandum of Obligations of the Republic of Belarus"
EGYPT = "Memorandum on granting the Arab Republic of Egypt the status of SCO dialogue partner"
QATAR = "Memorandum on granting the State of Qatar the status of SCO dialogue partner"
SAUDI = "Memorandum on granting the Kingdom of Saudi Arabia the status of SCO dialogue partner"


# --- dialogue-partner memoranda in Kazakh and Uzbek ------------------------------------------


def test_kazakh_partner_memoranda_one_per_state_signed() -> None:
    text = (
        "Мысыр мен Катар ШЫҰ диалогі бойынша серіктес елдер мәртебесін алды\n\n"
        "Ташкентте Египет Араб Республикасы мен Катар мемлекетіне Шанхай ынтымақтастығы ұйымы "
        "диалогі бойынша серіктес мәртебесін беру туралы меморандумдарға қол қою рәсімі өтті."
    )  # blind set 38, rb-6713a2788e (its headline and first sentence)
    assert tagged_names(text) == {EGYPT: "signed", QATAR: "signed"}


def test_uzbek_partner_memoranda_listed_and_egypt_by_its_uzbek_name() -> None:
    text = (
        "2022 yil 16 sentyabr kuni Samarqand shahrida bo`lib o`tgan sammitda Misr, Qatar va "
        "Saudiya Arabistoni bilan muloqot bo`yicha sheriklik memorandumlari imzolangan edi."
    )  # blind set 38, rb-5d59563110 (the summit of the Shanghai Cooperation Organisation)
    found = tagged_names("Shanxay hamkorlik tashkiloti (ShHT). " + text)
    assert found == {EGYPT: "signed", QATAR: "signed", SAUDI: "signed"}


def test_uzbek_partner_memorandum_approved() -> None:
    text = (
        "Saudiya Arabistoni Vazirlar Mahkamasi qirollikka Shanxay hamkorlik tashkilotining "
        "(ShHT) muloqot bo`yicha hamkori maqomini berish to`g`risidagi memorandumni tasdiqladi."
    )  # blind set 38, rb-5d59563110
    assert tagged_names(text) == {SAUDI: "approved"}


def test_uzbek_partner_status_without_a_memorandum_is_none() -> None:
    # written by names52b: the status is sought, no memorandum is named
    text = (
        "Misr Shanxay hamkorlik tashkilotining (ShHT) muloqot bo`yicha hamkori maqomini olishni "
        "istaydi."
    )
    assert tagged_names(text) == {}


def test_kazakh_memorandum_without_partner_status_names_no_partner() -> None:
    # written by names52b: a memorandum of Egypt on trade, no dialogue partner's status
    text = (
        "Мысыр мен ШЫҰ сауда туралы меморандумға қол қойды. Египет пен ШЫҰ сауда туралы "
        "меморандумға қол қою рәсімі өтті."
    )
    assert EGYPT not in tagged_names(text)


# --- a list of states in a memorandum of obligations' phrase --------------------------------


def test_uzbek_listed_states_each_have_their_memorandum() -> None:
    text = (
        "Tuzilma vakilining bildirishicha, ShHTning iyun oyida Toshkentda bo‘lib o‘tadigan oliy "
        "darajadagi sammitida, Hindiston va Pokistonning tashkilotga a'zo bo‘lishiga oid "
        "majburiyatlari aks etgan memorandum imzolanishi rejalashtirilgan."
    )  # blind set 38, rb-324925d90d
    assert tagged_names(text) == {INDIA: "planned", PAKISTAN: "planned"}


def test_a_state_outside_the_list_gets_no_memorandum() -> None:
    # written by names52b: Russia (a founder) and India are listed; Belarus is in another
    # clause, with words between: only India's memorandum
    text = (
        "Belarus welcomed the talks in Minsk, while Russia and India signed a memorandum of "
        "obligations on India's membership of the Shanghai Cooperation Organisation."
    )
    found = tagged_names(text)
    assert INDIA in found
    assert BELARUS not in found


# --- the Islamic Republic, named before -------------------------------------------------------


def test_italian_islamic_republic_is_iran_named_before() -> None:
    text = (
        "Il 15-16 settembre 2022, Samarcanda ha ospitato il vertice della SCO, a cui ha "
        "partecipato il presidente iraniano Ebrahim Raisi. La Repubblica islamica ha firmato un "
        "memorandum di impegno per ottenere lo status di Stato membro dell’associazione."
    )  # blind set 37, rb-b5d899f48b
    assert tagged_names(text) == {IRAN: "signed"}


def test_portuguese_islamic_republic_is_iran_named_before() -> None:
    text = (
        "De 15 a 16 de setembro de 2022, Samarkand sediou a cúpula da SCO, que contou com a "
        "presença do presidente iraniano Ebrahim Raisi. A República Islâmica assinou um "
        "memorando de compromisso para obter o estatuto de Estado membro da associação."
    )  # blind set 37, rb-8ec4ccf8a3
    assert tagged_names(text) == {IRAN: "signed"}


def test_vietnamese_islamic_republic_in_the_states_sentence() -> None:
    text = (
        "Iran chính thức đề nghị gia nhập SCO từ 15 năm trước và đến giữa tháng 9/2022, nước "
        "Cộng hòa Hồi giáo đã ký Bản ghi nhớ về nghĩa vụ để trở thành thành viên thường trực "
        "của tổ chức này."
    )  # blind set 23, rb-3853ba952c
    assert tagged_names(text) == {IRAN: "signed"}


def test_islamic_republic_with_its_own_name_is_that_state() -> None:
    # written by names52b: Iran named first, then "the Islamic Republic of Pakistan" by its
    # own name: Pakistan's memorandum, not a second one of Iran's
    text = (
        "Iran attended the SCO summit. The Islamic Republic of Pakistan signed a memorandum of "
        "obligations to obtain the status of SCO member state."
    )
    assert tagged_names(text) == {PAKISTAN: "signed"}


def test_islamic_republic_with_no_state_before_is_none() -> None:
    # written by names52b: nothing names the state the form stands for
    text = (
        "The Islamic Republic signed a memorandum of obligations to obtain the status of SCO "
        "member state."
    )
    assert tagged_names(text) == {}


def test_islamic_republic_seeking_status_is_no_memorandum() -> None:
    # written by names52b: a state seeking membership signs nothing
    text = (
        "Iran applied in 2008. The Islamic Republic is seeking the status of a member state of "
        "the Shanghai Cooperation Organisation."
    )
    assert tagged_names(text) == {}


# --- Portuguese duties --------------------------------------------------------------------------


def test_portuguese_duties_memoranda_approved() -> None:
    text = (
        "Os ministros examinaram os memorandos dos deveres da Índia e do Paquistão, aprovando-os, "
        "naquele que significa um passo fundamental para que os dois países passem a fazer parte "
        "da Organização de Cooperação de Xangai."
    )  # blind set 24, rb-332876db57 (the organisation named as in its headline)
    assert tagged_names(text) == {INDIA: "approved", PAKISTAN: "approved"}


def test_portuguese_memorandum_without_duties_is_none() -> None:
    # written by names52b: a memorandum on trade with India, no duties nor membership
    text = (
        "Os ministros aprovaram um memorando sobre comércio com a Índia na Organização de "
        "Cooperação de Xangai."
    )
    assert INDIA not in tagged_names(text)


# --- "the corresponding memorandum" after the states joining -------------------------------


def test_german_corresponding_memorandum_is_the_joining_states() -> None:
    text = (
        "Indien und Pakistan wollen sich der Schanghaier Organisation für Zusammenarbeit (SOZ) "
        "anschließen. Das entsprechende Memorandum wurde am Freitag beim SOZ-Gipfel in Taschkent "
        "unterzeichnet."
    )  # blind set 13, rb-018d9b109c
    assert tagged_names(text) == {INDIA: "signed", PAKISTAN: "signed"}


def test_corresponding_memorandum_after_a_founder_is_none() -> None:
    # written by names52b: Russia (a founder) is named with India: whose memorandum is unclear
    text = (
        "Russland und Indien wollen die Mitgliedschaft in der Schanghaier Organisation für "
        "Zusammenarbeit (SOZ) stärken. Das entsprechende Memorandum wurde am Freitag beim "
        "SOZ-Gipfel unterzeichnet."
    )
    assert INDIA not in tagged_names(text)


def test_memorandum_not_referring_back_is_none() -> None:
    # written by names52b: "a memorandum" does not refer back to the joining states
    text = (
        "Indien und Pakistan wollen sich der Schanghaier Organisation für Zusammenarbeit (SOZ) "
        "anschließen. Ein Memorandum über Tourismus wurde am Freitag beim SOZ-Gipfel "
        "unterzeichnet."
    )
    found = tagged_names(text)
    assert INDIA not in found
    assert PAKISTAN not in found


# --- the Secretariat's memorandum with the UN, in Kazakh ----------------------------------------

UN = "Memorandum of Understanding between the SCO Secretariat and the United Nations"


def test_kazakh_memorandum_with_the_un_drafted_is_planned() -> None:
    text = (
        "Бас хатшының айтуынша, ШЫҰ-ның халықаралық ұйымдармен өзара іс-қимылын кеңейту бойынша "
        "жұмыстар жүргізіліп жатыр. «Біз БҰҰ-мен өзара іс-қимыл меморандумы жобасын "
        "әзірлеудеміз."
    )  # blind set 38, rb-31093e6592
    assert tagged_names(text) == {UN: "planned"}


def test_kazakh_undp_is_not_the_un_and_talks_are_no_memorandum() -> None:
    # blind set 38, rb-31093e6592: the talks with UNDP ("БҰҰДБ") name no memorandum
    text = "ШЫҰ Бас хатшысы: Және БҰҰДБ-мен келіссөздер жүргізіп жатырмыз."
    assert tagged_names(text) == {}


def test_uzbek_signed_memorandum_clause_ends_before_the_partners() -> None:
    text = (
        "Ikkinchidan, SHHT ishtirokchilari tarkibini ko‘paytirish bo‘yicha juda muhim qarorlar "
        "qabul qilindi. Tashkilotga a’zolik bo‘yicha Eron bilan memorandum imzolandi, Belarusni "
        "to‘laqonli a’zo sifatida qabul qilish jarayonini boshlashga qaror qilindi, Bahrayn, "
        "Quvayt, Birlashgan Arab Amirliklari, Maldiv va Myanma muloqot bo‘yicha sherik maqomini "
        "oldi."
    )  # blind set 9, rb-ecc6340449
    found = tagged_names(text)
    assert not any("dialogue partner" in name for name in found)
