"""Round 72 (relev72, sets 1-52 as dev): the SCO's ambiguous letters confirmed by its founding
in 2001 and by a venue declaration before them in their paragraph, the name cut after its
cooperation with its summit, and a font-size widget at the end of a trail as page chrome. Texts
from the sets' pages, shortened."""

from __future__ import annotations

from round_helpers import GAZ

from pipeline.page_form import chrome_line, trail_headline
from pipeline.tagging import tag_article

# r-78b2cbace3 (blind set 22, French, Tianjin 2025): "l'OCS" with its founding year only
FR_TITLE = "Vladimir Poutine en Chine pour un important sommet régional"
FR_BODY = ("Le sommet, décrit comme le plus important depuis la création de l’OCS en 2001, a lieu "
           "dans un contexte de crises multiples touchant directement ses membres : "
           "confrontation commerciale des Etats-Unis avec la Chine et l’Inde, guerre en Ukraine, "
           "querelle nucléaire iranienne…")

# r-5a28a164d6 (blind set 44, Spanish, Tianjin 2025): "la OCS" after the Tianjin Declaration
ES_TITLE = "Más que declaraciones"
ES_BODY = ("La Declaración de Tianjin y la Estrategia hasta 2035 proyectan una ambición clara: "
           "transformar a la OCS en algo más que un foro regional. Con casi la mitad de la "
           "población mundial y una cuarta parte del PIB global, el bloque cuenta con recursos "
           "materiales para sustentar esa visión.")

# r-4c64590336 (blind set 11, English, Astana 2024): the name cut after its cooperation
EN_TITLE = "Astana will take place today Summit of the Shanghai cooperation."
EN_BODY = ("Putin arrived in Astana in order to intensify diplomatic dialogue and discuss "
           "important international issues with heads of other countries.")

# r-77494ace8e (blind set 52, German, Bishkek 2007): german.china.org.cn's trail and widget
DE_TRAIL = "Home>Auswärtige Beziehungen Schriftgröße: klein mittel groß"


def kept(title: str, body: str) -> bool:
    return tag_article(GAZ, title, body).sco_relevant


def test_letters_with_the_founding_year_are_the_sco() -> None:
    assert kept(FR_TITLE, FR_BODY)
    assert kept("Cumbre en Tianjin", "Xi habló ante los líderes. La OCS, fundada en 2001, reúne "
                "a diez países.")


def test_letters_with_another_year_or_no_founding_word_are_not() -> None:
    # the pay-TV channel, founded in 2008; the year 2001 without a founding word
    assert not kept("Séries", "OCS, créée en 2008, diffuse des séries américaines.")
    assert not kept("Séries", "La chaîne OCS en 2001 diffusait des films.")
    assert not kept(FR_TITLE, FR_BODY.replace("2001", "2008"))


def test_letters_after_a_venue_declaration_in_the_paragraph() -> None:
    assert kept(ES_TITLE, ES_BODY)


def test_letters_not_in_the_declarations_paragraph_are_not_confirmed() -> None:
    body = ES_BODY.replace("clara: ", "clara.\n\nTodo", 1).replace("transformar a la OCS",
                                                                  "transformar la OCS")
    assert not kept(ES_TITLE, body)
    # no declaration named by a venue
    assert not kept(ES_TITLE, ES_BODY.replace("Declaración de Tianjin", "declaración final"))


def test_summit_of_the_shanghai_cooperation_names_the_sco() -> None:
    assert kept(EN_TITLE, EN_BODY)
    assert kept("Путин прибыл в Астану", "В Астане открылся саммит Шанхайского сотрудничества.")


def test_shanghai_cooperation_without_a_summit_is_no_name() -> None:
    assert not kept("Shanghai cooperation with Hong Kong deepens",
                    "Shanghai cooperation with Hong Kong on finance deepened this year.")


def test_a_font_size_widget_after_a_trail_is_chrome() -> None:
    assert chrome_line(DE_TRAIL)
    assert trail_headline(DE_TRAIL) is None
    assert chrome_line("Home > Noticias Tamaño de letra: A A A")


def test_a_headline_ending_in_a_chrome_word_stays_a_headline() -> None:
    line = "Home > World > Xi and Putin agree to share"
    assert not chrome_line(line)
    assert trail_headline(line) == "Xi and Putin agree to share"
    assert not chrome_line("Home>Auswärtige Beziehungen SCO-Gipfeltreffen findet in Bischkek statt")
