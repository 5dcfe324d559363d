"""Round 70 (names70): memoranda described rather than titled (blind set 52 and 32).

- Indonesian "nota kewajiban" / "nota komitmen" (a note of obligations / commitment) is a
  memorandum word; "komitmen" and "keanggotaan" (membership) are words of accession.
- Swahili "hati ya (utekelezaji ya) kujiunga" (the document (of implementation) of joining) is a
  memorandum word, "kujiunga" a word of accession, "kusainiwa" (to be signed) a signing.
- "такие же меморандумы с ..." (the same memoranda with ...) after a dialogue partner's
  memorandum told in full: one dialogue partner memorandum per non-member state named after it.
"""

from __future__ import annotations

from datetime import date

from round_helpers import found_names

IRAN = "Memorandum of Obligations of the Islamic Republic of Iran"


# ---- Indonesian "nota kewajiban", "nota komitmen" ----

def test_indonesian_nota_kewajiban_names_irans_memorandum() -> None:
    body = ("Kedutaan besar Iran di Beijing mengatakan telah menandatangani nota kewajiban "
            "pertamanya pada KTT SCO di Samarkand.")
    assert found_names(body).get(IRAN) == "signed"


def test_indonesian_nota_komitmen_keanggotaan_names_irans_memorandum() -> None:
    body = ("“Malam ini, di kota bersejarah Samarkand, saya menandatangani nota komitmen "
            "keanggotaan tetap Iran di Organisasi Kerja sama Shanghai, dengan sekretaris jenderal "
            "badan tersebut,” tulis Amir Abdullahian dalam tweet.")
    assert found_names(body, date(2022, 9, 15)).get(IRAN) == "signed"


def test_indonesian_nota_alone_is_no_memorandum() -> None:
    # a diplomatic note is no memorandum of obligations, whatever the membership around it
    body = ("Iran menyerahkan nota diplomatik kepada Sekretariat SCO tentang keanggotaan "
            "tetapnya dan menandatangani perjanjian dagang.")
    assert IRAN not in found_names(body, date(2022, 9, 15))


# ---- Swahili "hati ya ... kujiunga" ----

def test_swahili_document_of_joining_names_irans_memorandum() -> None:
    body = ("Wakati huo huo, Iran imepongeza kusainiwa hati ya utekelezaji ya kujiunga na "
            "Jumuiya ya Ushirikiano ya Shanghai (SCO), na hivyo kuingia katika marhala mpya ya "
            "maingiliano na taasisi hiyo.")
    assert found_names(body, date(2022, 9, 15)).get(IRAN) == "signed"


def test_swahili_document_word_without_joining_names_nothing() -> None:
    body = ("Iran imepongeza kusainiwa hati ya ushirikiano wa kiuchumi na Jumuiya ya Ushirikiano "
            "ya Shanghai (SCO).")
    assert IRAN not in found_names(body, date(2022, 9, 15))


# ---- "the same memoranda" after a dialogue partner's memorandum ----

ARMENIA = ("Генеральный секретарь Шанхайской организации сотрудничества Рашид Алимов и министр "
           "иностранных дел Республики Армения Эдвард Налбандян 16 апреля в Пекине подписали "
           "меморандум о предоставлении Армении статуса партнера по диалогу ШОС. Об этом сообщила "
           "пресс-служба МИД Узбекистана.\nМеморандум вступил в силу с даты подписания. Таким "
           "образом полностью исполнены решения Совета глав государств-членов ШОС от 10 июля 2015 "
           "года о представлении ряду государств статуса партнера по диалогу организации. ")
SAME = ("Напомним, в рамках председательства Узбекистана в ШОС ранее были подписаны такие же "
        "меморандумы с Королевством Камбоджа, Азербайджанской Республикой и Федеративной "
        "Демократической Республикой Непал.")


def _partner(state: str) -> str:
    return f"Memorandum on granting {state} the status of SCO dialogue partner"


def test_the_same_memoranda_are_each_listed_partners() -> None:
    names = found_names(ARMENIA + SAME, date(2016, 4, 16))
    assert names.get(_partner("the Republic of Armenia")) == "signed"
    assert names.get(_partner("the Kingdom of Cambodia")) == "signed"
    assert names.get(_partner("the Republic of Azerbaijan")) == "signed"
    assert names.get(_partner("the Federal Democratic Republic of Nepal")) == "signed"
    # Uzbekistan, a member named in the same sentence, is no partner
    assert not any("Uzbekistan" in name for name in names)


def test_the_same_memoranda_without_a_partner_memorandum_before_name_no_partner() -> None:
    body = ("Министры подписали меморандум о сотрудничестве в области туризма. " + SAME)
    names = found_names(body, date(2016, 4, 16))
    assert not any("dialogue partner" in name for name in names)


# ---- Arabic: signing "the commitments" themselves, in the future ----

def test_arabic_signing_the_commitments_is_irans_memorandum_planned() -> None:
    body = ("ولفت، بان القمة القادمة في سمرقند لمنظمة شنغهاي للتعاون سيتم خلالها التوقيع على عدد "
            "من التعهدات (المتعلقة بعضوية ايران في منظمة شنغهاي) من قبل وزير الخارجية الايراني.")
    assert found_names(body).get(IRAN) == "planned"


def test_arabic_commitments_without_their_signing_name_nothing() -> None:
    body = ("أكد وزير الخارجية الايراني التزام ايران بجميع التعهدات تجاه منظمة شنغهاي للتعاون "
            "وشركائها.")
    assert IRAN not in found_names(body)



# ---- a memorandum of obligations titled without its state, "its accession" pointing back ----

def test_french_memorandum_on_its_accession_is_the_state_of_the_sentence_before() -> None:
    body = ("Mardi 4 juillet, le secrétariat de l’Organisation de coopération de Shanghai (OCS) a "
            "annoncé l’adhésion officielle de la République islamique d’Iran.\nL’Iran est devenu "
            "le neuvième membre à part entière de l’OCS. Le mémorandum d’obligations sur son "
            "adhésion avait été signé en septembre 2022 lors du sommet de Samarcande.")
    assert found_names(body, date(2023, 7, 4)).get(IRAN) == "signed"


def test_memorandum_title_with_its_after_two_states_before_names_no_state() -> None:
    # whose "son adhésion" is, with Iran and Belarus both named before, is unclear
    body = ("Le secrétariat de l’Organisation de coopération de Shanghai (OCS) a annoncé "
            "l’adhésion de la République islamique d’Iran.\n"
            "L’Iran et la Biélorussie ont parlé de l’OCS. Le mémorandum d’obligations sur son "
            "adhésion avait été signé en septembre 2022 lors du sommet de Samarcande.")
    names = found_names(body, date(2023, 7, 4))
    assert not any(name.startswith("Memorandum of Obligations") for name in names)
