"""Round 65 (stories65): blind set 49 as dev. L'Orient-Le Jour's page of the Tianjin summit's
eve names the summit's weekdays to come in the sentence that runs across the lead's end
(LEAD_CHARS); weekdays_ahead now reads that sentence to its end. Sentences from the dev sets,
with their item ids."""

from datetime import date

from round_helpers import noon

from pipeline.stories import LEAD_CHARS, lead_councils, weekdays_ahead

# blind set 49, r-17ab8bba30 (tianjin-summit-2025-preview, Saturday 30 August 2025)
FR_EVE = (
    "Le président chinois Xi Jinping a commencé samedi à recevoir les dirigeants étrangers "
    "arrivant en nombre à Tianjin (nord) pour un sommet régional, dont le secrétaire général de "
    "l'ONU et le Premier ministre égyptien. Antonio Guterres a été le premier à rencontrer le "
    "chef de l'Etat chinois, avant le chef de gouvernement égyptien Moustafa Madbouly, ont "
    "rapporté les médias officiels.\n\nUne série d'entretiens bilatéraux sont prévus en marge du "
    "sommet de l'Organisation de coopération de Shanghai (OCS) programmé dimanche et lundi dans "
    "la mégapole portuaire.\n\nUne vingtaine de chefs d'Etat et de gouvernement ainsi que des "
    "responsables de plusieurs organisations internationales ou régionales sont attendus à la "
    "réunion de l'OCS."
)


def test_weekday_in_the_sentence_across_the_lead_end_is_read():
    assert FR_EVE.index("dimanche") > LEAD_CHARS  # the case: past the lead's 400 characters
    assert weekdays_ahead("", FR_EVE, noon(date(2025, 8, 30))) == [date(2025, 8, 31),
                                                                    date(2025, 9, 1)]


def test_weekday_of_that_sentence_told_past_is_not_ahead():
    # read on Tuesday 2 September, "dimanche et lundi" are two and one day back: none to come
    assert weekdays_ahead("", FR_EVE, noon(date(2025, 9, 2))) == []


def test_sentence_after_the_one_across_the_lead_end_is_not_read():
    # the first paragraph alone crosses no lead end; a later sentence's weekday is not read
    first, rest = FR_EVE.split("\n\n", 1)
    padded = f"{first} {first}\n\n{rest}"  # the eve's sentence now begins past ORDINAL_CHARS
    assert weekdays_ahead("", padded, noon(date(2025, 8, 30))) == []


# blind set 46, r-9c4a9bb065 (goa-cfm-2023, 4 May 2023): the name misspelt, the council named by
# the bracketed abbreviation before "Foreign Ministers'"
EN_GOA = ("Yeshi Seli By  NEW DELHI: The much awaited Shanghai Corporation Organisation (SCO) "
          "Foreign Ministers' meeting kickstarted in Goa on Thursday with External Affairs "
          "Minister S Jaishankar holding bilateral meetings")
# blind set 3, r-b24e656f45 (moscow-fm-2020-preview): "Organization's (SCO) foreign ministers"
EN_MOSCOW = ("Chinese Foreign Minister Wang Yi will attend the meeting of the Shanghai "
             "Cooperation Organization's (SCO) foreign ministers on September 10 in Moscow")
# blind set 1, r-5f10285dc9 (qingdao-dmm-2025): the defence ministers' meeting, not the council
EN_QINGDAO = ("Defence Minister Rajnath Singh arrived at the venue for the Shanghai Cooperation "
              "Organisation (SCO) Defence Ministers' meeting at Qingdao, China, on Thursday")


def test_bracketed_abbreviation_before_foreign_ministers_names_the_council():
    assert "foreign_ministers_council" in lead_councils("", EN_GOA)
    assert "foreign_ministers_council" in lead_councils("", EN_MOSCOW)


def test_bracketed_abbreviation_before_defence_ministers_is_not_the_council():
    assert "foreign_ministers_council" not in lead_councils("", EN_QINGDAO)
