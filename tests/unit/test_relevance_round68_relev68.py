"""Round 68 (relev68, blind set 51 as dev): the SCO's names in Czech, Slovak, Slovenian, Croatian
and Tamil's "group" (குழு), Dutch "SSO", the city-less "Organisation für Zusammenarbeit (SCO)",
the summit words of the South Slavic languages and Dutch, and leaders' talks on the sidelines of
the SCO's meeting named below a lead that names only the leaders (tagging._sideline_talks).
Texts from the set's pages, shortened."""

from __future__ import annotations

import pytest
from round_helpers import GAZ

from pipeline.page_form import SCO_MEETING
from pipeline.tagging import analyse, tag_article

# r-c2f9bd54c1 (STA, Slovenian, Astana 2024)
SL = ("Astana, 3. julija - Voditelji članic Šanghajske organizacije za sodelovanje (SCO) se "
      "zbirajo v Kazahstanu, kjer bo v četrtek potekal vrh SCO s poudarkom na krepitvi "
      "sodelovanja v Evraziji. Med prisotnimi sta tudi voditelja Rusije in Kitajske, Vladimir "
      "Putin in Xi Jinping, ki si prizadevata za utrjevanje vezi in krepitev vpliva svojih "
      "držav v regiji.")

# r-9d819c4fc3 (Exame, Portuguese, Samarkand 2022): the title is the lead's first sentence
PT_TITLE = ("Os presidentes da Rússia, Vladimir Putin, e da China, Xi Jinping, se reuniram nesta "
            "quinta-feira, 15, na cidade uzbeque de Samarkand, à margem de um encontro de cúpula "
            "com outros líderes da região considerada um contrapeso à influência global do "
            "Ocidente.")
PT_BODY = ("\nOrganizado entre quinta-feira e sexta-feira nesta antiga escala da Rota da Seda, o "
           "encontro da Organização de Cooperação de Xangai (OCX) também terá as presenças dos "
           "líderes da Índia, Paquistão, Turquia, Irã e outros países.\n\n"
           "A principal reunião acontecerá na sexta-feira, mas o evento que gera mais interesse é "
           "a reunião entre os líderes da Rússia e da China.\n\n"
           "É a primeira viagem ao exterior do presidente chinês desde o início da pandemia de "
           "covid-19.")

# r-4dfff483a7 (NRC, Dutch): the SCO's meeting in the third paragraph
NL_TITLE = ("De Russische president Vladimir Poetin heeft zijn Chinese evenknie Xi Jinping "
            "donderdag ontmoet in Oezbekistan. Het is het eerste onderhoud tussen de "
            "wereldleiders sinds de Russische invasie in Oekraïne.")
NL_BODY = ("\nPoetin prees zijn „Chinese vrienden” voor de „gematigde positie” die zij innemen "
           "ten opzichte van het conflict in Oekraïne. China heeft Rusland niet veroordeeld voor "
           "de aanval op het buurland, maar levert ook geen wapens aan Moskou. Ook uitte Poetin "
           "begrip voor de „vragen en zorgen” van China over de oorlog; hij beloofde het Russische "
           "standpunt donderdag nader toe te lichten. Beijing wees in de nasleep van de invasie "
           "naar de Verenigde Staten en NAVO als schuldige partijen in het conflict.\n\n"
           "Xi’s komst naar de Oezbeekse stad Samarkand is de eerste buitenlandse reis voor de "
           "Chinese president sinds eind 2019. Hij trof Poetin op een bijeenkomst van de "
           "Shanghai Cooperation Organisation (SCO), een door Beijing opgerichte "
           "veiligheidsorganisatie voor omliggende landen, waaronder Pakistan en India.")


@pytest.mark.parametrize(
    "text, name",
    [
        ("na 22. summite lídrov Šanghajskej organizácie spolupráce (SCO)",
         "Šanghajskej organizácie spolupráce"),
        ("summit Šanghajskej organizácie pre spoluprácu v Tchien-ťine",
         "Šanghajskej organizácie pre spoluprácu"),
        ("summitu Šanghajské organizace pro spolupráci", "Šanghajské organizace pro spolupráci"),
        ("Voditelji članic Šanghajske organizacije za sodelovanje (SCO)",
         "Šanghajske organizacije za sodelovanje"),
        ("članica Šanghajske organizacije za suradnju", "Šanghajske organizacije za suradnju"),
        ("ஷாங்காய் ஒத்துழைப்பு குழுவின் உச்சி மாநாடு கஜகஸ்தான் தலைநகர் அஸ்தனாவில்",
         "ஷாங்காய் ஒத்துழைப்பு குழுவின்"),
    ],
)
def test_the_names_in_their_cases(text: str, name: str) -> None:
    a = analyse(GAZ, "", text)
    assert name in [a.text[m.start : m.end] for m in a.sco]


def test_a_slovenian_summit_report_is_kept() -> None:
    tags = tag_article(GAZ, "", SL)
    assert tags.sco_relevant
    assert "SCO" in tags.evidence  # the letters confirmed by the name before them


def test_summit_words_of_south_slavic_and_dutch() -> None:
    assert SCO_MEETING.search("kjer bo v četrtek potekal vrh SCO")
    assert SCO_MEETING.search("Donderdag is de 22ste SCO-bijeenkomst")
    assert SCO_MEETING.search("De topontmoeting van de Shanghai Samenwerkingsorganisatie")
    assert not SCO_MEETING.search("de SCO is een topclub")  # "top" only after a hyphen or "de"


def test_the_city_less_name_before_the_letters_is_the_scos() -> None:
    text = ("Kremlchef Wladimir Putin und Chinas Staats- und Parteichef Xi Jinping treffen am "
            "Rande des Gipfels der Organisation für Zusammenarbeit (SCO) in Samarkand zusammen.")
    tags = tag_article(GAZ, "Gipfel in Usbekistan", text)
    assert tags.evidence == ["SCO"]
    assert tags.sco_relevant
    # another organisation's longer name defines other letters: still not the SCO's
    other = "Die Organisation für wirtschaftliche Zusammenarbeit (SCO) tagte in Paris."
    assert tag_article(GAZ, "", other).evidence == []


def test_dutch_sso_counts_beside_the_name_only() -> None:
    a = analyse(GAZ, "", "De topontmoeting van de Shanghai Samenwerkingsorganisatie (SSO) in "
                         "Samarkand. Voor de meeste SSO-landen geldt hetzelfde.")
    assert [a.text[m.start : m.end] for m in a.sco].count("SSO") == 2
    alone = analyse(GAZ, "", "Log in via SSO. De SSO-pagina is vernieuwd.")
    assert alone.sco == []


def test_sideline_talks_with_the_scos_meeting_below_are_kept() -> None:
    tags = tag_article(GAZ, PT_TITLE, PT_BODY)
    assert tags.sco_relevant
    nl = tag_article(GAZ, NL_TITLE, NL_BODY)
    assert nl.sco_relevant


def test_sideline_talks_need_the_talks_and_the_meeting() -> None:
    # without the talks in the headline or lead, the same body scores as before
    plain = tag_article(GAZ, "Notícias da região", PT_BODY)
    talks = tag_article(GAZ, PT_TITLE, PT_BODY)
    assert plain.relevance < talks.relevance
    # the SCO named further down without its meeting: no meeting read, the score as without
    # the talks
    no_meeting = NL_BODY.replace("op een bijeenkomst van de", "als lid van de")
    neutral = NL_TITLE.replace("ontmoet", "geprezen")  # the same title without the talks
    assert (tag_article(GAZ, NL_TITLE, no_meeting).relevance
            == tag_article(GAZ, neutral, no_meeting).relevance)
    # round 74 (relev74): the SCO's meeting named below the lead is read without the talks too
    # (tagging._names_sco_meeting_below), so the talks add nothing here: both are kept as the
    # meeting's report; the talks' own weight is the Portuguese case above ("encontro", a
    # gathering word that only the sideline rule reads)
    assert (tag_article(GAZ, NL_TITLE, NL_BODY).relevance
            == tag_article(GAZ, neutral, NL_BODY).relevance)
    assert tag_article(GAZ, neutral, NL_BODY).relevance > tag_article(
        GAZ, neutral, no_meeting).relevance
    # the SCO's meeting named past the rule's reach (1,200 characters of the body)
    far = "\n" + ("Poetin sprak lang over Oekraïne en de oorlog. " * 30) + NL_BODY
    assert tag_article(GAZ, NL_TITLE, far).relevance == tag_article(GAZ, neutral, far).relevance


def test_sideline_talks_at_a_look_alike_stay_out() -> None:
    title = ("Putin and Xi held talks on the sidelines of the BRICS summit in Kazan on "
             "Tuesday.")
    body = ("\nThe BRICS summit gathered the leaders of BRICS members. BRICS leaders spoke of "
            "trade. The two leaders also recalled the SCO summit of July in Astana.")
    assert not tag_article(GAZ, title, body).sco_relevant
