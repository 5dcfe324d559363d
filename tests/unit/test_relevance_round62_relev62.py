"""Round 62 of relevance (relev62, blind sets 46-48 as dev): the Romanian s and t with a comma
below or a cedilla read as one, Romanian context words confirm "OCS", CRI Nepali's spellings of
Shanghai, the lead the score reads under a title that is a lead sentence, and a bracketed SCO
abbreviation after a misnamed SCO. The texts are quoted from the dev sets (each item's id in a
comment)."""

from __future__ import annotations

import pytest

from pipeline.tagging import (
    RELEVANCE_THRESHOLD,
    _lead_sentence_title,
    _names_shanghai,
    analyse,
    find_matches,
    fold,
    sco_mentions,
)


def kept(gaz, text: str) -> bool:
    title, _, body = text.partition("\n")
    return analyse(gaz, title, body).relevance >= RELEVANCE_THRESHOLD


def sco_found(gaz, text: str) -> list[str]:
    sco, _ = sco_mentions(gaz, text, find_matches(gaz, text))
    return [text[m.start : m.end] for m in sco]


# ---- Romanian ------------------------------------------------------------------------------------

# r-f352c46d8f (set 48, Jurnalul): comma-below letters; r-a930eb7525 (Mediafax): cedillas
TIANJIN_RO = (
    "Președintele rus Vladimir Putin a fost întâmpinat pe covorul roșu la Tianjin, în nordul "
    "Chinei, la începutul unei vizite de patru zile, considerate rare pentru liderul de la "
    "Kremlin, potrivit Reuters.\n\n"
    "Potrivit imaginilor difuzate de agenția TASS, liderul de la Kremlin a fost primit pe "
    "aeroport de oficiali de rang înalt ai orașului-port, semn al importanței pe care China o "
    "acordă acestui eveniment.\n\n"
    "Summitul OCS, găzduit de președintele Xi Jinping, reunește aproximativ 20 de lideri "
    "mondiali, inclusiv premierul indian Narendra Modi, fiind cel mai amplu de la înființarea "
    "organizației în 2001.\n\n"
    "În ultimii ani, blocul, născut inițial dintr-o cooperare pe securitate și combaterea "
    "terorismului, şi-a extins agenda către colaborare economică şi militară."
)


def test_comma_below_and_cedilla_fold_alike() -> None:
    assert fold("Organizația") == fold("Organizaţia")
    assert fold("ţările") == fold("țările")
    assert len(fold("preşedintele română")) == len("preşedintele română")


@pytest.mark.parametrize(
    "name",
    [
        "Organizația de Cooperare de la Shanghai",  # comma below, not listed by hand any more
        "Organizaţia de Cooperare de la Shanghai",  # cedilla
        "Organizației de Cooperare Shanghai",
    ],
)
def test_romanian_name_in_both_spellings(gaz, name: str) -> None:
    assert sco_found(gaz, f"Summitul {name} are loc la Tianjin.")


def test_summitul_confirms_ocs(gaz) -> None:
    assert sco_found(gaz, "Summitul OCS, găzduit de preşedintele Xi Jinping, reuneşte lideri.")
    # ţ and ț alike in the context words ("ţările OCS", "țările OCS")
    assert sco_found(gaz, "Liderii se întâlnesc. Doar țările OCS au semnat.")
    # the letters alone, without a context word, stay ambiguous (French "OCS" is a TV channel)
    assert not sco_found(gaz, "Abonamentul OCS costă zece euro pe lună.")


def test_romanian_reports_of_tianjin_are_kept(gaz) -> None:
    assert kept(gaz, TIANJIN_RO)
    cedilla = TIANJIN_RO.replace("ș", "ş").replace("ț", "ţ")
    assert kept(gaz, cedilla)


def test_lead_sentence_title() -> None:
    assert _lead_sentence_title(TIANJIN_RO.split("\n", 1)[0])
    # a headline: short, no stop
    assert not _lead_sentence_title("Putin a sosit în China pentru summitul OCS")


def test_lead_of_a_headline_page_unchanged(gaz) -> None:
    # the same body under a headline that names no SCO: the body's lead is its first paragraph,
    # and "Summitul OCS" two paragraphs down is not the lead's
    body = TIANJIN_RO.split("\n", 2)[2]
    assert not kept(gaz, "Putin, primit cu covor roşu la Tianjin\n" + body)


# ---- Nepali --------------------------------------------------------------------------------------


def test_cri_nepali_spellings(gaz) -> None:
    # r-aa7aa0d802 (set 48, CRI Nepali on Dushanbe 2014)
    assert sco_found(gaz, "शाङहाइ सहयोग संगठन सदस्य मुलुकका राष्ट्रनायक परिषदको चौधौँ सम्मेलन")
    assert sco_found(gaz, "चिनियाँ राष्ट्राध्यक्ष सीद्वारा दुशान्बेमा शाङ्हाई शिखर सम्मेलनलाई सम्बोधन")
    assert kept(
        gaz,
        "फन्ट डाउनलोड\nसि.आर.आइको संक्षिप्त परिचयनेपाली सेवाको संक्षिप्त परिचयसम्पर्कका लागि\n\n"
        "चिनियाँ राष्ट्राध्यक्ष सीद्वारा दुशान्बेमा शाङ्हाई शिखर सम्मेलनलाई सम्बोधन\n\n"
        "(GMT+08:00) 2014-09-13 19:19:32\n\n"
        "शाङहाइ सहयोग संगठन सदस्य मुलुकका राष्ट्रनायक परिषदको चौधौँ सम्मेलन बाह्र तारिखका दिन "
        "ताजिकिस्तानको राजधानी दुशान्बेमा सम्पन्न भएको छ।",
    )


# ---- a misnamed SCO before its bracketed letters -------------------------------------------------


@pytest.mark.parametrize(
    "before",
    [
        # r-9c4a9bb065 (set 46): a word between the city and "Organisation"
        "The much awaited Shanghai Corporation Organisation ",
        # r-adeb4fb05e (set 46): a page wrapped with blank lines
        "leiders uit zo’n 20 landen op de Shanghai\n\nCooperation Organisation ",
        # r-ea85564d92 (set 47): the organisation first, the city after it
        "L'Organizzazione di Shangai per la sicurezza ",
    ],
)
def test_misnamed_sco_before_its_bracket(before: str) -> None:
    assert _names_shanghai(before + "(SCO)", len(before))


@pytest.mark.parametrize(
    "before",
    [
        "a concert by the Shanghai Chinese Orchestra ",  # no organisation word
        "Organização de Xangai A Cooperação ",  # an article between city and word (set 40)
        "the Organisation for Security and Co-operation in Europe ",  # no city
    ],
)
def test_not_the_sco_before_a_bracket(before: str) -> None:
    assert not _names_shanghai(before + "(SCO)", len(before))


def test_misnamed_sco_report_kept(gaz) -> None:
    # r-9c4a9bb065 (set 46): under a byline, the letters were read as defined otherwise
    assert kept(
        gaz,
        "Yeshi Seli By\n\nNEW DELHI: The much awaited Shanghai Corporation Organisation (SCO) "
        "Foreign Ministers' meeting kickstarted in Goa on Thursday with External Affairs Minister "
        "S Jaishankar holding bilateral meetings with Russian Foreign Minister Sergey Lavrov and "
        "Chinese Foreign Minister Qin Gang.\n\n\"My decision to attend the meeting illustrates "
        "Pakistan’s strong commitment to the charter of the SCO. My visit will be focused "
        "exclusively on the SCO,\" Bilawal said.",
    )
