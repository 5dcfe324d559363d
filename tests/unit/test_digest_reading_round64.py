"""The reader's check of a card whose blurb dates another year than its meeting (blind set 49:
India's and Pakistan's memoranda of obligations carded at the Astana foreign ministers of April
2017 and blurbed by Xinhua's French sentence that they were signed in June 2016)."""

from __future__ import annotations

import lxml.html
from support import load_script

GROUP = """<table><tr><td class="doc"><div class="dt">2 documents · 21 Apr 2017</div>
<div class="dn">SCO Council of Foreign Ministers, Astana</div>
<div class="ln">Memorandum of Obligations of the Republic of India</div>
<div class="lm">Memorandum, signed</div>
<div class="s">{blurb}</div>
<div class="rb">Reported by 1 outlet</div><div class="m">french.xinhuanet.com · 22 Apr 2017</div>
</td></tr></table>"""

SINGLE = """<table><tr><td class="doc"><div class="dt">Strategy · approved</div>
<div class="dn">SCO Development Strategy until 2035</div>
<div class="m">SCO Heads of State Council, Tianjin · 1 Sep 2025</div>
<div class="card"><div class="s">{blurb}</div></div>
<div class="rb">Reported by 1 outlet</div><div class="m">swarajyamag.com · 2 Sep 2024</div>
</td></tr></table>"""

SIGNED_2016 = ("En juin 2016, l'Inde et le Pakistan ont signé un Mémorandum des obligations, ce "
               "qui a déclenché le processus de leur accession au groupe.")


def count(html: str) -> int:
    checks = load_script("digest_reading_checks")
    return checks.year_checks(lxml.html.fromstring(html))["blurb of an earlier year"]


def test_a_blurb_dating_the_signing_a_year_before_the_cards_meeting_is_counted() -> None:
    assert count(GROUP.format(blurb=SIGNED_2016)) == 1
    # the same sentence at the meeting it dates agrees with its card
    assert count(GROUP.format(blurb=SIGNED_2016).replace("21 Apr 2017", "24 Jun 2016")) == 0


def test_years_of_the_name_and_blurbs_without_a_year_are_not_counted() -> None:
    # the strategy's own year is its name's, not a date (a report's day after the card's, in
    # the reports below it, is not the card's either)
    assert count(SINGLE.format(blurb="It approved the SCO Development Strategy until 2035.")) == 0
    assert count(SINGLE.format(blurb="The summit adopted the strategy on Monday.")) == 0
    assert count(SINGLE.format(blurb="The strategy, drafted in 2024, was adopted.")) == 1
    assert count(SINGLE.format(blurb="Drafted in 2024, the strategy was adopted in 2025.")) == 0
    # a later year is mostly a horizon of another document the blurb cites (blind set 28's
    # statement citing 《上合組織至2030年經濟發展戰略》)
    assert count(SINGLE.format(blurb="依據《上合組織至2030年經濟發展戰略》目標與原則。")) == 0
