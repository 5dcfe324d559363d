"""Round 64 of relevance (relev64, blind set 49 as dev): skip links as page chrome, the lead read
in the page's first paragraph of prose below the lines that are no text (page_form.prose_start),
Indonesian context words before "SCO", and the Portuguese plural "reuniões" as the SCO's meeting.
The texts are quoted from blind set 49 (each item's id in a comment), shortened where said."""

from __future__ import annotations

import pytest

from pipeline.page_form import chrome_line, prose_start
from pipeline.tagging import RELEVANCE_THRESHOLD, analyse, find_matches, sco_mentions


def kept(gaz, text: str) -> bool:
    title, _, body = text.partition("\n")
    return analyse(gaz, title, body).relevance >= RELEVANCE_THRESHOLD


# blind set 49 r-d06488276c (Deutsche Tageszeitung), its first two paragraphs: the headline four
# times, advertising five times and a photo's credit over the lead that names the SOZ
TAGESZEITUNG = (
    "Deutsche Tageszeitung - China empfängt Verteidigungsminister aus Ländern wie Russland und "
    "dem Iran\n\n" + "Anzeige Bild\n" * 5 + "\n"
    "China empfängt Verteidigungsminister aus Ländern wie Russland und dem Iran\n\n\n"
    "China empfängt Verteidigungsminister aus Ländern wie Russland und dem Iran\n"
    "China empfängt Verteidigungsminister aus Ländern wie Russland und dem Iran / Foto: © AFP\n\n"
    "Kurz nach dem Nato-Gipfel in Den Haag hat der chinesische Verteidigungsminister Dong Jun "
    "seine Kollegen aus Russland, dem Iran und weiteren Staaten empfangen. Die Beratungen der "
    "zehn Mitglieder der Shanghaier Organisation für Zusammenarbeit (SOZ) fanden am Donnerstag "
    "in der ostchinesischen Hafenstadt Qingdao statt, in der sich ein großer chinesischer "
    "Militärstützpunkt befindet. Dong präsentierte sie als ein Gegengewicht in einer von "
    '"Chaos und Instabilität" geprägten Welt.\n\nAnzeige Bild\n\nTextgröße ändern:\n\n'
    "Laut der amtlichen Nachrichtenagentur Xinhua gehörten auch die Verteidigungsminister aus "
    "Belarus, Pakistan, Indien und der anderen SOZ-Mitgliedstaaten zu den Teilnehmern."
)


@pytest.mark.parametrize(
    "line",
    [
        "Zum Hauptinhalt springen",  # r-191cdb166f (ukiyo journal, German)
        "Saltar al contenido principal",  # r-48735eb91e (ukiyo journal, Spanish)
        "Skip to main content",
        "Перейти к содержанию",
    ],
)
def test_skip_links_are_page_chrome(line: str) -> None:
    assert chrome_line(line)


def test_a_headline_is_no_skip_link() -> None:
    # r-d06488276c's headline; a sentence that opens with the words is no chrome either
    assert not chrome_line(
        "China empfängt Verteidigungsminister aus Ländern wie Russland und dem Iran"
    )
    assert not chrome_line("Saltar al contenido principal de la cumbre de la OCS en Tianjin")


def test_prose_starts_below_the_headline_written_twice_and_captions() -> None:
    title, _, body = TAGESZEITUNG.partition("\n")
    assert body[prose_start(title, body) :].startswith("Kurz nach dem Nato-Gipfel")


def test_prose_of_an_excerpt_cut_inside_its_last_sentence() -> None:
    # r-191cdb166f (ukiyo journal): the headline twice (two sentences, but written twice), a date
    # and a section's heading over the lead, which the excerpt cuts inside a word
    headline = ("Indien und China: Was steckt hinter dem Verzicht auf eine gemeinsame Erklärung "
                "bei der Verteidigungskonferenz? Der Tag, an dem die gemeinsame Erklärung "
                "verschwand")
    lead = ("Am 26. Juni in Qingdao, Provinz Shandong, China. In der frühen Sommerhafenstadt "
            "versammelten sich die Verteidigungsminister der 10 Länder der Shanghaier "
            "Organisation für Zusammenarbeit (SCO). In den letzten Jahren ist auch der Iran "
            "offiziell beigetreten, was die geografische Reichweite erweitert h")
    body = (f"cookie_banner_title\n\nCookie-Einstellungen\n\n{headline}\n\n{headline}\n\n"
            f"2025年06月27日 01:01\n\n1. Die Verteidigungsspitzen von 10 Ländern versammelten "
            f"sich in Qingdao\n\n{lead}")
    assert body[prose_start("Zum Hauptinhalt springen", body) :] == lead


def test_a_body_that_opens_with_prose_starts_at_its_start() -> None:
    body = "Kurz nach dem Nato-Gipfel in Den Haag hat der chinesische Verteidigungsminister " * 2
    assert prose_start("China empfängt Verteidigungsminister", body.strip() + ".") == 0


def test_the_lead_below_the_page_top_is_read(gaz) -> None:
    assert kept(gaz, TAGESZEITUNG)


def test_indonesian_context_words_confirm_sco(gaz) -> None:
    # r-ef3503b5cf (Antara on Tianjin 2025): "bank pembangunan SCO", the SCO development bank
    text = ("Presiden Xi menyampaikan bahwa China akan mempercepat pembangunan bank pembangunan "
            "SCO dalam KTT tahunan organisasi tersebut di Tianjin, sebagai bagian dari upayanya "
            "memperluas pengaruh dan cakupan SCO.")
    sco, _ = sco_mentions(gaz, text, find_matches(gaz, text))
    assert [text[m.start : m.end] for m in sco] == ["SCO", "SCO"]
    assert kept(gaz, text)


def test_portuguese_plural_meetings_name_the_sco_meeting(gaz) -> None:
    # r-81a2d49f9f (Astana 2024), its first three lines: the SCO named in the third, with the
    # meetings ("reuniões") held during its annual session
    text = (
        "O presidente da Rússia, Vladimir Putin, e o presidente chinês, Xi Jinping, reuniram-se "
        "pela segunda vez em poucos meses nesta quarta-feira, 3, enquanto visitavam o Casaquistão "
        "para uma sessão de um grupo internacional fundado para combater as alianças ocidentais.\n"
        "Putin e Xi reuniram-se pela última vez em maio, quando o líder do Kremlin visitou Pequim "
        "para reforçar a sua estreita parceria que se opõe à ordem democrática liderada pelos EUA "
        'e procura promover um mundo mais "multipolar".\n'
        "Agora eles realizarão reuniões durante a sessão anual da Organização de Cooperação de "
        "Xangai, que acontece hoje e amanhã na capital do Casaquistão, Astana."
    )
    assert kept(gaz, text)


def test_the_prose_lead_is_read_to_its_length_where_the_old_lead_ends_inside_it(gaz) -> None:
    # blind set 39 r-53cc6f8fcf (Vostok-Media, 2010): a date and a subheading over the lead, whose
    # second sentence names the SCO past the 200 characters the body's first lines gave the lead
    text = (
        "Во Владивостоке обсудили вопросы предотвращения и ликвидации чрезвычайных ситуаций\n\n"
        "29 августа 2010, 23:11\nВ совещании приняли участие представители трех стран\n\n"
        "ВЛАДИВОСТОК. 30 августа. ВОСТОК-МЕДИА - Во Владивостоке состоялось совещание по вопросам "
        "предотвращения и ликвидации чрезвычайных ситуаций. Оно прошло 25-26 августа в рамках "
        "второй встречи руководителей территориальных органов стран-членов Шанхайской организации "
        "сотрудничества."
    )
    assert kept(gaz, text)
