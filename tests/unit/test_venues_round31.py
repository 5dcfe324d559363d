"""Venue name forms added after stories round 31 (the lead, from the helper's list of forms the
split reports of blind sets 24 and 25 lacked): the Serbian locatives of Astana and Bishkek, the
Turkish Dushanbe, the Thai Samarkand. Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from pipeline.tagging import find_matches


def venues(gaz, text: str) -> set[str]:
    return {m.entry.ref for m in find_matches(gaz, text) if m.entry.kind == "venue"}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Samit je održan u Astani u četvrtak.", "Astana"),  # Serbian: "held in Astana"
        ("Lideri su se sastali u Biškeku.", "Bishkek"),  # Serbian: "met in Bishkek"
        ("Zirve geçen hafta Duşanbe'de yapıldı.", "Dushanbe"),  # Turkish: "held in Dushanbe"
        ("การประชุมสุดยอดจัดขึ้นที่นครซามาร์กันต์", "Samarkand"),  # Thai: "held in Samarkand"
    ],
)
def test_venue_forms(gaz, text: str, venue: str) -> None:
    assert venue in venues(gaz, text)


def test_a_word_that_only_starts_alike_is_no_venue(gaz) -> None:
    # "Astanga" is no locative of Astana: only "Astani" was added, not a prefix
    assert "Astana" not in venues(gaz, "Astanga joga je popularna.")
