"""Round 57 of relevance (meet57, blind set 43 as dev): background pages that open with a
definition of the SCO and escaped round 54's rule: an encyclopedia's headword in capitals under a
content farm's title, and a founding clause between the name and the definition. Sentences marked
"set 43" or "set 39" are the sets' own, cut short; the others were written by the round-57 helper
for these tests."""

from __future__ import annotations

import pytest

from pipeline.tagging import RELEVANCE_THRESHOLD, analyse


def kept(gaz, title: str, body: str) -> bool:
    return analyse(gaz, title, body).relevance >= RELEVANCE_THRESHOLD


# set 43, r-31c9248bd3 (a content farm's Indonesian copy of an encyclopedia entry)
ID_TITLE = (
    "Negara-negara yang termasuk dalam sosh. Negara anggota SCO. "
    "Organisasi Kerjasama Shanghai. Lingkup kerja sama antarnegara"
)
ID_BODY = (
    "\nORGANISASI KERJASAMA SHANGHAI, SCO adalah organisasi internasional sub-regional, "
    "yang mencakup 6 negara bagian - Kazakhstan, Cina, Kirgistan, Rusia, Tajikistan, "
    "dan Uzbekistan. Total wilayah negara-negara anggota SCO adalah 61% dari wilayah "
    "Eurasia. Markas Besar di Beijing. Simbolisme SCO termasuk bendera putih dengan "
    "lambang organisasi di tengah."
)
# set 43, r-8ad74aa38b (the same entry in Italian)
IT_TITLE = (
    "Quali stati sono inclusi negli Shanghai Five? Cos'è la SCO e quali paesi ne fanno parte?"
)
IT_BODY = (
    "\nORGANIZZAZIONE DI COOPERAZIONE DI SHANGHAI, SCOè un'organizzazione internazionale "
    "subregionale che comprende 6 stati: Kazakistan, Cina, Kirghizistan, Russia, "
    "Tagikistan e Uzbekistan. Il territorio totale degli stati membri della SCO "
    "rappresenta il 61% del territorio dell'Eurasia. Sede a Pechino. Il predecessore "
    "della SCO fu lo Shanghai Five."
)


@pytest.mark.parametrize("title, body", [(ID_TITLE, ID_BODY), (IT_TITLE, IT_BODY)])
def test_a_headword_in_capitals_opens_an_entry(gaz, title: str, body: str) -> None:
    assert not kept(gaz, title, body)


def test_news_in_capitals_is_no_headword(gaz) -> None:
    """Negative (written): a line in capitals that names the SCO and defines nothing is news."""
    title = "Leaders gather for two days of talks"
    body = (
        "SHANGHAI COOPERATION ORGANISATION LEADERS MEET IN ASTANA\n"
        "The heads of state of the Shanghai Cooperation Organisation opened their summit in "
        "Astana on Wednesday and signed the Astana Declaration. The SCO leaders also agreed "
        "on a development strategy for the SCO."
    )
    assert kept(gaz, title, body)


def test_a_news_headline_over_a_definition_in_plain_case_stays(gaz) -> None:
    """Negative (written): under a news headline, a body that opens with the SCO's name in plain
    case and defines it is still a report (round 54's reason stands)."""
    title = "SCO summit opens in Tianjin with a new development strategy"
    body = (
        "The Shanghai Cooperation Organisation is a permanent intergovernmental international "
        "organisation whose leaders opened their summit in Tianjin today. The SCO summit "
        "adopted the Tianjin Declaration and the SCO development strategy until 2035."
    )
    assert kept(gaz, title, body)


def test_a_founding_clause_before_the_definition(gaz) -> None:
    """Set 43, r-0369a71d06 (china.org.cn's Portuguese keyword page): the founding day and the six
    founders stand between the name and "é uma organização internacional", 190 characters on;
    round 54's reach was 120."""
    body = (
        "\nA Organização de Cooperação de Shanghai(SCO, na sigla em inglês), fundada em 15 de "
        "junho de 2001 na cidade chinesa de Shanghai pela China, Rússia, Cazaquistão, "
        "Quirguistão, Tadjiquistão e Uzbequistão, é uma organização internacional "
        "intergovernamental permanente. Sua finalidade consiste em reforçar a amizade e a "
        "confiança entre os países-membros da SCO."
    )
    assert not kept(gaz, "Organização de Cooperação de Shanghai", body)


def test_a_sentence_break_still_ends_the_reach(gaz) -> None:
    """Negative (written): the name opening a report's line, a sentence of news, then another
    sentence that defines the SCO: no definition of the opening sentence, the page is kept."""
    body = (
        "\nA Organização de Cooperação de Shanghai realizou hoje em Tianjin a sua cúpula anual. "
        "A SCO é uma organização internacional intergovernamental. Os líderes da SCO adotaram "
        "a Declaração de Tianjin na cúpula da SCO."
    )
    assert kept(gaz, "Organização de Cooperação de Shanghai", body)
