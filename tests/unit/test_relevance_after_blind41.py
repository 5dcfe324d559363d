"""After blind set 41's one run (the lead): the SCO's Pashto name and the Tamil nominative
"மாநாடு" (summit). The first sentences of each case are the set's own, cut short; the negatives
were written by us for these tests."""

from __future__ import annotations

import pytest

from pipeline.tagging import RELEVANCE_THRESHOLD, analyse


def kept(gaz, title: str, body: str) -> bool:
    return analyse(gaz, title, body).relevance >= RELEVANCE_THRESHOLD


@pytest.mark.parametrize("title, body", [
    # set 41: Pashto with همکاریو and a second genitive before "organisation"
    ("", "د شانګهای د همکاریو د سازمان په تازه غونډې کې، چې د نومبر په ۱۷مه او ۱۸مه په مسکو کې "
         "جوړه شوه"),
    # set 41: Pashto with همکارۍ
    ("", "د شانګهای د همکارۍ سازمان نولسمه غونډه د قرغزستان هېواد په کوربتوب جوړه شوه"),
    # set 41: Tamil, the nominative மாநாடு after உச்சி (summit)
    ("", "பிரதமர் மோடி தலைமையில் ஷாங்காய் ஒத்துழைப்பு உச்சி மாநாடு காணொலி வாயிலாக இன்று "
         "தொடங்கி வைத்தார்."),
])
def test_the_sco_named_so_is_kept(gaz, title: str, body: str) -> None:
    assert kept(gaz, title, body)


@pytest.mark.parametrize("title, body", [
    # the city of Shanghai in Pashto, with no cooperation or organisation
    ("", "د شانګهای ښار د چین تر ټولو لوی ښار دی او بندر یې ډېر مشهور دی"),
    # Tamil: a Shanghai trade fair, no cooperation word
    ("", "ஷாங்காய் வர்த்தக கண்காட்சி இன்று தொடங்கியது."),
])
def test_shanghai_alone_is_not_the_sco(gaz, title: str, body: str) -> None:
    assert not kept(gaz, title, body)


@pytest.mark.parametrize("title, body", [
    # set 41: German, its countries before the letters
    ("", "Die teilnehmenden Länder der SCO haben die Tianjin-Deklaration angenommen."),
    # set 41's Portuguese report: its region before the letters
    ("", "O Conselho dos Chefes de Estado da SCO aprovou a Declaração de Tianjin. As ameaças à "
         "segurança estão se intensificando no mundo, inclusive na região da SCO."),
])
def test_its_countries_and_region_confirm_the_letters(gaz, title: str, body: str) -> None:
    assert kept(gaz, title, body)


@pytest.mark.parametrize("title, body", [
    # written by us: another SCO, with a region after its letters, not before them
    ("", "The Santa Cruz Operation (SCO) sold Unix licences in the region for years."),
    # written by us: a region word more than three words before the letters
    ("", "In der Region wurden im Mai neue Server mit SCO Unix installiert."),
])
def test_the_letters_with_a_region_elsewhere_are_not_the_sco(gaz, title: str, body: str) -> None:
    assert not kept(gaz, title, body)
