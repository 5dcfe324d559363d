"""Round 66 of relevance (relev66, every dev set): a declaration named by the SCO's venue counts
as the SCO named in a text that names the SCO, and confirms the SCO's ambiguous letters; a
summit named by its venue in the lead is the SCO's meeting in a text that names the SCO. The
texts are quoted from the dev sets (each item's set and id in a comment), shortened where said."""

from __future__ import annotations

from pipeline.tagging import (
    RELEVANCE_THRESHOLD,
    analyse,
    find_matches,
    sco_mentions,
    venue_declarations,
    venue_meeting,
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

# blind set 49 rb-023fdd1b51 (French, untitled), its first four paragraphs and the fifth's start
TIANJIN_FR = (
    "Le Sommet de Tianjin s’est déroulé dans un climat de rejet de l’unilatéralisme occidental, "
    "jugé dominateur et dépassé. Les sanctions économiques, les politiques de confrontation et les "
    "relents de la Guerre froide ont été dénoncés comme des entraves à la souveraineté des nations."
    " Cette posture fait écho à l’esprit de Bandung (1955), où les pays non-alignés revendiquaient "
    "déjà leur indépendance face aux blocs dominants.\n"
    "La Déclaration de Tianjin condamne les mesures coercitives, notamment les droits de douane "
    "imposés par les États-Unis à l’Inde, qui ont favorisé un rapprochement stratégique entre New "
    "Delhi et Pékin. Ce tournant diplomatique illustre une volonté commune de bâtir un monde fondé "
    "sur le respect mutuel, la souveraineté et la coopération.\n"
    "BRICS, OCS et la diplomatie des corridors\n"
    "L’OCS ne se limite pas à une critique de l’ordre établi. Elle propose une alternative "
    "concrète, en synergie avec les BRICS. La création d’une Banque de développement de l’OCS, en "
    "parallèle de la Nouvelle Banque de Développement des BRICS, vise à financer des "
    "infrastructures stratégiques dans les pays du Sud. Les deux organisations soutiennent la "
    "dé-dollarisation, la mise en place de systèmes de paiement alternatifs et l’émission "
    "d’obligations communes.\n"
    "Les corridors numériques et énergétiques, portés conjointement par les BRICS et l’OCS, visent "
    "à renforcer l’interconnexion des pays eurasiens et africains, tout en réduisant leur "
    "dépendance aux réseaux occidentaux.\n"
    "En marge du sommet, une série de rencontres bilatérales a eu lieu : Arménie-Iran, Iran-Russie,"
    " Arménie-Chine, Russie-Turquie…"
)

# blind set 1 (real-blind) r-30bc1dde9c (x-ots-samarkand-summit-2022): the OTS summit's headline
OTS = (
    "Türk Devletleri Teşkilatı Devlet Başkanları 9'uncu Zirvesi Semerkant'ta Düzenlendi\n\n"
    "Türk Devletleri Teşkilatı Devlet Başkanları 9'uncu Zirvesi, Özbekistan'ın tarihi Semerkant "
    "şehrinde düzenlendi."
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


def test_a_venue_declaration_confirms_the_sco_letters(gaz) -> None:
    text = TIANJIN_ES
    sco, _ = sco_mentions(gaz, text, find_matches(gaz, text))
    assert [text[m.start : m.end] for m in sco] == ["OCS"]
    # the same sentence without the declaration: the letters alone are not the SCO's
    alone = "El bloque quiere transformar a la OCS en algo más que un foro regional."
    sco, _ = sco_mentions(gaz, alone, find_matches(gaz, alone))
    assert sco == []


def test_a_summit_named_by_its_venue(gaz) -> None:
    assert venue_meeting(find_matches(gaz, TIANJIN_FR), TIANJIN_FR, 0, 120)
    # a venue without a meeting's word beside it names no meeting (set 49 rb-023fdd1b51, later)
    line = "un rapprochement stratégique entre New Delhi et Pékin"
    assert not venue_meeting(find_matches(gaz, line), line, 0, len(line))


def test_a_venue_summit_leads_an_sco_report(gaz) -> None:
    assert kept(gaz, "", TIANJIN_FR)


def test_another_organisations_venue_summit_is_not_the_sco(gaz) -> None:
    # the OTS summit in Samarkand: a venue's summit, no SCO named, not kept
    title, _, body = OTS.partition("\n")
    assert venue_meeting(find_matches(gaz, OTS), OTS, 0, len(OTS))
    assert not kept(gaz, title, body)
