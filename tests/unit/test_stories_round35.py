"""Round 35 of story grouping and relevance (blind sets 1-27 as dev): Bengali futures, "today"
and "tomorrow" and its summit word; the Persian "is to" (قرار است) not a future; the Uzbek
"-adi" future not read before a combining mark; the SCO's own terms holding "Shanghai" that are
no venue (the Turkish and Italian "Shanghai spirit", the Indonesian "Shanghai cooperation"); the
SCO's name in Swahili and Italian, its partners and observers as context of an ambiguous
abbreviation, the Polish "SOW"; the heads of government's meeting in the Romance languages. Every
text here is written by the developers (round 35) after the shapes of the sets' pages; none is
copied from a set."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from round_helpers import meeting_of

from pipeline.stories import (
    _ANY_FUTURE,
    _SUMMIT_WORD,
    _TO_COME,
    _TO_COME_UNDATED,
    _TODAY,
    _TOMORROW,
    found_preview,
)
from pipeline.tagging import load_gazetteer, tag_article

SEEN = date(2026, 4, 7)  # an archive crawl, years after the meeting


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


# --- Bengali ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, future", [
    # written for this test: "the summit will be held in Samarkand", "the PM will attend",
    # "he will arrive on 14 September", "the upcoming summit"
    ("সমরকন্দে এসসিও শীর্ষ সম্মেলন অনুষ্ঠিত হবে।", True),
    ("প্রধানমন্ত্রী সম্মেলনে যোগ দেবেন।", True),
    ("তিনি ১৪ সেপ্টেম্বর পৌঁছাবেন।", True),
    ("আগামী শীর্ষ সম্মেলনে নেতারা থাকবেন।", True),
    # written for this test: pasts ("the summit was held", "he attended") and "but" (তবে) and
    # "when" (কবে), which end as a future does
    ("সমরকন্দে এসসিও শীর্ষ সম্মেলন অনুষ্ঠিত হয়েছে।", False),
    ("প্রধানমন্ত্রী সম্মেলনে যোগ দিয়েছেন।", False),
    ("তবে বৈঠকটি কবে শেষ হয়েছে তা জানা যায়নি।", False),
])
def test_bengali_futures(text: str, future: bool) -> None:
    assert bool(_ANY_FUTURE.search(text)) is future


@pytest.mark.parametrize("text, ahead", [
    # written for this test: "will be held", "will take part" are the meeting ahead; "is
    # going to Samarkand" only for an undated page (to_come_undated)
    ("এসসিও শীর্ষ সম্মেলন অনুষ্ঠিত হবে", True),
    ("নেতারা সম্মেলনে অংশ নেবেন", True),
    ("প্রধানমন্ত্রী সমরকন্দ যাচ্ছেন", False),
])
def test_bengali_meeting_verbs_ahead(text: str, ahead: bool) -> None:
    assert bool(_TO_COME.search(text)) is ahead
    assert _TO_COME_UNDATED.search(text) or _TO_COME.search(text)


@pytest.mark.parametrize("body, preview", [
    # written for this test: "PM Modi is going to Samarkand to attend the SCO summit", the
    # same "today" (the day's programme: to_come_undated's words give way to a today) and "the
    # SCO summit was held in Samarkand"
    ("প্রধানমন্ত্রী মোদী এসসিও শীর্ষ সম্মেলনে যোগ দিতে সমরকন্দ যাচ্ছেন।", True),
    ("আজ প্রধানমন্ত্রী মোদী এসসিও শীর্ষ সম্মেলনে যোগ দিতে সমরকন্দ যাচ্ছেন।", False),
    ("সমরকন্দে এসসিও শীর্ষ সম্মেলন অনুষ্ঠিত হয়েছে।", False),
])
def test_a_bengali_preview(body: str, preview: bool) -> None:
    assert found_preview("", body, SEEN, meeting_of("hsc-2022-samarkand")) is preview


def test_bengali_today_tomorrow_and_summit() -> None:
    # written for this test: "today's meeting", "tomorrow", "the SCO summit" in both spellings
    assert _TODAY.search("আজকের বৈঠকে")
    assert not _TODAY.search("আজকাল")  # "nowadays" is no today
    assert _TOMORROW.search("আগামীকাল সম্মেলন শুরু হবে")
    assert _SUMMIT_WORD.search("এসসিও শীর্ষ সম্মেলনে")
    assert _SUMMIT_WORD.search("এসসিও শিখর সম্মেলনে")
    assert not _SUMMIT_WORD.search("পর্বতের শীর্ষে একটি বৈঠক")  # a mountain top and a meeting


def test_persian_is_to_is_no_future() -> None:
    # written for this test: "the leaders are to speak for ten minutes each", the programme of
    # a meeting's own day (tried in round 35 as a future and removed: a Persian report of a
    # summit under way left its story)
    assert not _ANY_FUTURE.search("قرار است سران کشورها هر کدام ده دقیقه سخنرانی کنند")
    assert not _TO_COME_UNDATED.search("قرار است سران کشورها هر کدام ده دقیقه سخنرانی کنند")


# --- the Uzbek future and a combining mark -------------------------------------------------------

@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_a_decomposed_accent_is_no_uzbek_future(form: str) -> None:
    # written for this test: a Spanish name with its accent, composed or decomposed
    text = unicodedata.normalize(form, "El presidente Vladímir Putin llegó a Tianjin.")
    assert not _ANY_FUTURE.search(text)


def test_the_uzbek_future_is_still_read() -> None:
    # written for this test: "the president will take part in the summit"
    assert _ANY_FUTURE.search("Prezident sammitda qatnashadi.")


# --- the SCO's own terms with "Shanghai" are no venue ---------------------------------------------

@pytest.mark.parametrize("title, body", [
    # written for this test: Turkish "the Shanghai spirit" spelt in English and without its
    # letters, the Italian spirit, the Indonesian "Shanghai cooperation"
    ("ŞİÖ zirvesi Tiencin'de",
     "Liderler Shanghai Ruhu'nu vurguladı. ŞİÖ zirvesi Tiencin'de yapıldı."),
    ("ŞİÖ zirvesi Tiencin'de",
     "Liderler Sanghay ruhunu vurguladı. ŞİÖ zirvesi Tiencin'de yapıldı."),
    ("Vertice della SCO a Tianjin",
     "Xi ha ricordato lo spirito di Shanghai. Il vertice della SCO si è tenuto a Tianjin."),
    ("KTT SCO di Tianjin",
     "Wang Yi mengusulkan memperdalam kerja sama Shanghai. KTT SCO digelar di Tianjin."),
])
def test_the_shanghai_of_sco_terms_is_no_venue(gaz, title: str, body: str) -> None:
    tags = tag_article(gaz, title, body)
    assert "Shanghai" not in tags.venues
    assert "Tianjin" in tags.venues


def test_the_city_of_shanghai_is_still_a_venue(gaz) -> None:
    # written for this test: Indonesian "the meeting was held in Shanghai"
    tags = tag_article(gaz, "Pertemuan SCO di Shanghai",
                       "Pertemuan menteri SCO digelar di Shanghai.")
    assert "Shanghai" in tags.venues


# --- the SCO's name ---------------------------------------------------------------------------

@pytest.mark.parametrize("title, body", [
    # written for this test: Swahili, "the Shanghai Cooperation Organisation" and "the meeting of
    # the Shanghai Cooperation (SCO)"; Italian with Shanghai without its h
    ("Viongozi wakutana Tianjin",
     "Shirika la Ushirikiano la Shanghai limefanya mkutano wake Tianjin."),
    ("Viongozi wakutana Tianjin",
     "Viongozi 20 watashiriki katika Mkutano wa Ushirikiano wa Shanghai (SCO) huko Tianjin."),
    ("Il vertice di Astana",
     "Il summit dell'Organizzazione di Shangai per la cooperazione si apre oggi."),
])
def test_more_names_of_the_sco(gaz, title: str, body: str) -> None:
    assert tag_article(gaz, title, body).sco_relevant


def test_a_partner_of_the_ocs_is_the_sco(gaz) -> None:
    # written for this test: Spanish "more countries want to be observers or partners of the OCS"
    tags = tag_article(gaz, "Más países quieren ser socio de la OCS",
                       "Varios países aspiran al estatus de observador de la OCS.")
    assert tags.sco_relevant


def test_polish_sow_counts_beside_the_name_only(gaz) -> None:
    # written for this test: one Polish name and the initials after it; the English "SOW"
    # (statement of work) alone is nothing
    body = ("Szczyt Szanghajskiej Organizacji Współpracy (SOW) odbył się w Samarkandzie. "
            + "Rozmowy trwały długo i dotyczyły wielu spraw gospodarczych regionu. " * 8
            + "Państwa SOW przyjęły deklarację. Przywódcy SOW podpisali dokumenty.")
    with_sow = tag_article(gaz, "Od regionu do świata", body).relevance
    without = tag_article(gaz, "Od regionu do świata", body.replace("SOW", "")).relevance
    assert with_sow > without
    assert not tag_article(gaz, "SOW template", "Sign the SOW before the work starts.").sco_relevant


# --- the heads of government's meeting by its participants, in the Romance languages -------------

@pytest.mark.parametrize("body, named", [
    # written for this test: Italian, Spanish, French, Portuguese "the meeting of the heads of
    # government of the SCO"
    ("Si apre a Sochi la riunione dei capi di governo dell'Organizzazione di cooperazione di "
     "Shanghai (Sco).", True),
    ("Comenzó en Biskek la reunión de jefes de gobierno de la OCS.", True),
    ("La réunion des chefs de gouvernement de l'OCS s'est ouverte à Moscou.", True),
    ("Começou a reunião dos chefes de governo da Organização de Cooperação de Xangai.", True),
    # written for this test: a meeting of the heads of government of the EU names no SCO
    ("La reunión de jefes de gobierno de la Unión Europea terminó en Bruselas.", False),
])
def test_the_heads_of_government_meeting_in_romance_languages(body: str, named: bool) -> None:
    from pipeline.stories import heads_of_government_named
    assert heads_of_government_named("", body) is named
