"""Round 66 of relevance (relev66, every dev set): a declaration named by the SCO's venue counts
as the SCO named in a text that names the SCO and no look-alike, and confirms the SCO's
ambiguous letters written right after it ("Dichiarazione di Tianjin della SCO"). The texts are
quoted from the dev sets (each item's set and id in a comment), shortened where said."""

from __future__ import annotations

from pipeline.tagging import (
    RELEVANCE_THRESHOLD,
    analyse,
    find_matches,
    sco_mentions,
    venue_declarations,
)


def kept(gaz, title: str, body: str) -> bool:
    return analyse(gaz, title, body).relevance >= RELEVANCE_THRESHOLD


# blind set 36 rb-66aa47c6fd (Italian, untitled): the declaration leads, the SCO named after it
TIANJIN_IT = (
    'La Dichiarazione di Tianjin ha condannato fermamente il terrorismo e si è opposta al "doppio '
    'standard" dei Paesi occidentali nella lotta al terrorismo.\n'
    "Il presidente cinese Xi Jinping ha proposto una iniziativa di governance globale (Global "
    "Governance Initiative - GGI), che sottolinea i principi di uguaglianza sovrana, Stato di "
    "diritto internazionale e multilateralismo, segnalando una spinta verso un ordine globale più "
    "equo e non sbilanciato verso un solo.\n"
    "Lo SCO ha già previsto di estendere l'iniziativa facilitando l'adesione di nuovi Paesi e su "
    "questa base il Laos è stato ammesso come partner al dialogo. Per dare ufficialità alla "
    "possibilità di fare aderire nuovi Paesi all'iniziativa, la SCO ha riformato la propria "
    "struttura organizzativa uniformando lo “status di osservatore” e lo status di “partner di "
    'dialogo” in una nuova categoria denominata "Partner SCO".\n'
)

# blind set 11 r-c5c2a48f49 (x-cica-summit-astana-2022): CICA's Astana Declaration, no SCO
CICA = (
    "On 13 October 2022, the 6th Summit of the Conference on Interaction and Confidence-Building "
    "Measures in Asia (CICA) was held in Astana under the chairmanship of President Kassym-Jomart "
    "Tokayev.\n\nThe key outcome of the summit was the adoption of the Astana Declaration, which "
    "laid the foundation for a full-scale transformation of the CICA from a platform into a "
    "powerful international organization with a powerful voice and strength in addressing issues "
    "of regional stability and security."
)

# blind set 44 r-5a28a164d6 (El Mundo Financiero): its third paragraph
TIANJIN_ES = (
    "La Declaración de Tianjin y la Estrategia hasta 2035 proyectan una ambición clara: "
    "transformar a la OCS en algo más que un foro regional."
)

def _declared(gaz, text: str) -> list[str]:
    return [text[m.start : m.end] for m in venue_declarations(find_matches(gaz, text), text)]


def test_a_declaration_named_by_its_venue(gaz) -> None:
    assert _declared(gaz, TIANJIN_IT) == ["Dichiarazione"]
    assert _declared(gaz, TIANJIN_ES) == ["Declaración"]
    assert _declared(gaz, "وجاء في إعلان نيودلهي، الذي تبناه أعضاء المنظمة") == ["إعلان"]  # set 25
    # a declaration and a venue apart are no venue's declaration
    assert _declared(gaz, "La declaración fue adoptada ayer en Tianjin por los líderes") == []


def test_a_venue_declaration_counts_as_the_sco_named(gaz) -> None:
    assert kept(gaz, "", TIANJIN_IT)


def test_a_venue_declaration_in_a_text_without_the_sco_counts_for_nothing(gaz) -> None:
    # CICA's Astana Declaration: the text never names the SCO, the page stays another's
    title, _, body = CICA.partition("\n")
    assert not kept(gaz, title, body)


def test_a_venue_declaration_confirms_the_sco_letters_after_it(gaz) -> None:
    # blind set 9 r-b3c1e0387a's headline (italiaeilmondo.com)
    text = "Dichiarazione di Tianjin della SCO, di Fred Gao"
    sco, _ = sco_mentions(gaz, text, find_matches(gaz, text))
    assert [text[m.start : m.end] for m in sco] == ["SCO"]
    # round 72 (relev72): the letters later in the declaration's paragraph are confirmed by it
    # too (set 44 r-5a28a164d6), those in another paragraph are not
    sco, _ = sco_mentions(gaz, TIANJIN_ES, find_matches(gaz, TIANJIN_ES))
    assert [TIANJIN_ES[m.start : m.end] for m in sco] == ["OCS"]
    apart = TIANJIN_ES.replace("clara: ", "clara.\n\n")
    sco, _ = sco_mentions(gaz, apart, find_matches(gaz, apart))
    assert sco == []
