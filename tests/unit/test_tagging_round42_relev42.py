"""Round 42 of relevance (blind sets 7, 26 and 33 as dev): names of the SCO on a page that lost
its accented letters ("Organiza??o", a Turkish page read as Western), a misspelt name defined by
its initials after "Shanghai", the SCO's exercises named with their year, Urdu's "the
organisation"; and the tagger's word lists as data (pipeline/data/tagging_words.toml). Every
text here is written by the developers (round 42) after the shapes of the sets' pages; none is
copied from a set."""

from __future__ import annotations

import pytest

from pipeline.story_words import load_story_words
from pipeline.tagging import (
    RELEVANCE_THRESHOLD,
    SCO_TERMS_WITH_VENUE,
    TAGGING_WORDS_FILE,
    Entry,
    Match,
    analyse,
    lost_letter_forms,
    office_word,
    tag_article,
)


def kept(gaz, title: str, body: str) -> bool:
    return analyse(gaz, title, body).relevance >= RELEVANCE_THRESHOLD


# ---- lost letters --------------------------------------------------------------------------


def test_lost_letter_forms() -> None:
    assert "Organiza??o de Coopera??o" in lost_letter_forms("Organização de Cooperação")
    # Turkish in Windows-1254 read as Windows-1252
    assert "Þanghay Ýþbirliði Örgütü" in lost_letter_forms("Şanghay İşbirliği Örgütü")
    # too few letters kept, or nothing lost, or another script: no form
    assert lost_letter_forms("ŞİÖ") == []
    assert lost_letter_forms("Shanghai") == []
    assert lost_letter_forms("Шанхайская организация") == []


@pytest.mark.parametrize("title, body", [
    ("Cúpula em Qingdao",
     "A cúpula anual da Organiza??o de Coopera??o de Shanghai terminou hoje com uma declara??o."),
    ("Zirve", "Astana'da Þanghay Ýþbirliði Örgütü liderleri bugün bir araya geldi."),
    ("Reunión", "La Organizaci?n de Cooperaci?n de Shangh?i celebró su reunión en Biskek."),
])
def test_names_with_lost_letters(gaz, title: str, body: str) -> None:
    assert kept(gaz, title, body)


def test_question_mark_elsewhere_is_no_name(gaz) -> None:
    # a question mark as punctuation, and a "?" where the name has an ASCII letter
    assert not kept(gaz, "Pergunta", "A organiza??o do evento? Coopera??o entre vizinhos.")
    assert not kept(gaz, "Reunión", "La Organi?aci?n de Cooperaci?n de Sh?nghai, ¿quién?")


# ---- a misspelt name defined by its initials after "Shanghai" -------------------------------


def test_initials_after_shanghai_confirm_the_sco(gaz) -> None:
    text = ("Los líderes de la Organización para la Cooperacción de Shanghái (OCS) llegaron hoy a "
            "la capital, donde se reunirán el viernes.")
    assert kept(gaz, text, "Los mandatarios cenarán juntos antes de la apertura.")
    assert "OCS" in tag_article(gaz, text, "").evidence


def test_initials_after_another_name_are_not_the_sco(gaz) -> None:
    text = ("Los directivos de la Oficina Comercial del Sur (OCS) llegaron hoy a la capital, "
            "donde se reunirán el viernes.")
    assert not kept(gaz, text, "Los directivos cenarán juntos antes de la apertura.")


# ---- the SCO's exercises named with their year ----------------------------------------------


def test_exercise_with_its_year_counts(gaz) -> None:
    filler = "Колонна техники совершила марш по горным дорогам области. " * 8
    body = ("Учения «Мирная миссия-2031» пройдут на полигоне в августе. " + filler
            + "В учениях примут участие военные государств Шанхайской организации сотрудничества. "
            + filler + "Подготовка к «Мирной миссии - 2031» идёт по плану, сообщили в штабе.")
    without_year = body.replace("-2031", "").replace(" - 2031", "")
    assert kept(gaz, "Новости округа", body)
    assert not kept(gaz, "Новости округа", without_year)


def test_a_peace_mission_without_its_year_is_no_mention(gaz) -> None:
    body = "The UN peace mission in the region will be extended, the council said on Tuesday."
    assert not kept(gaz, "Council vote", body)


# ---- Urdu "the organisation" ----------------------------------------------------------------


def test_urdu_references_count(gaz) -> None:
    title = "وزیراعظم وطن واپس روانہ ہوگئے"
    body = ("وزیراعظم نے دورے کے دوران شنگھائی تعاون تنظیم کے سربراہی اجلاس میں شرکت کی۔ "
            "اجلاس میں ملک کو تنظیم کی مکمل رکنیت ملی۔ ملک کئی برس سے تنظیم کے مبصر کے طور "
            "پر کام کر رہا تھا اور اس نے تنظیم کی رکنیت کے لیے درخواست دی تھی۔ "
            "وزیراعظم نے دیگر رہنماؤں سے ملاقاتیں بھی کیں اور علاقائی تجارت پر بات کی۔")
    other = body.replace("تنظیم کی", "ادارے کی").replace("تنظیم کے مبصر", "ادارے کے مبصر")
    assert kept(gaz, title, body)
    assert analyse(gaz, title, body).relevance > analyse(gaz, title, other).relevance


def test_urdu_genitive_names_another_organisation(gaz) -> None:
    base = "شنگھائی تعاون تنظیم کا ذکر ہوا۔ "
    own = analyse(gaz, "خبر", base + "بعد میں تنظیم کے رکن ملے۔ " * 3).relevance
    other = analyse(gaz, "خبر", base + "بعد میں صحت کی تنظیم کے رکن ملے۔ " * 3).relevance
    assert own > other


# ---- word lists as data ---------------------------------------------------------------------


def test_word_lists_are_data() -> None:
    lists = load_story_words(TAGGING_WORDS_FILE)
    names = {"office_words", "named_on", "named_before", "terms_with_venue", "shanghai"}
    assert names <= set(lists)
    assert "raisi" in lists["office_words"]["uz"]


def test_office_word_reads_the_data() -> None:
    text = "Xitoy hukumati raisi Pekinda gapirdi."
    start = text.index("raisi")
    m = Match(start, start + 5, Entry("person", "Ebrahim Raisi", False, False, False))
    assert office_word(text, m)
    text2 = "Prezident Raisi Pekinda gapirdi."
    start2 = text2.index("Raisi")
    assert not office_word(text2, Match(start2, start2 + 5, m.entry))


@pytest.mark.parametrize("term", ["Shanghai Spirit", "Şanghay ruhunu", "духа Шанхая", "上海五国",
                                  "espíritu de Shanghái", "kerja sama Shanghai"])
def test_terms_with_venue_from_data(term: str) -> None:
    assert SCO_TERMS_WITH_VENUE.search(f"Leaders praised the {term} today.")


def test_named_on_from_data(gaz) -> None:
    # "the organisation of ..." names another organisation: no reference to the SCO
    base = "The Shanghai Cooperation Organisation met. " + "Delegates talked at length. " * 30
    ref = analyse(gaz, "News", base + "The organisation agreed. " * 3).relevance
    other = analyse(gaz, "News", base + "The organisation of states agreed. " * 3).relevance
    assert ref > other
