"""Round 66 (the lead): what a state undertakes to comply with is cited, not reported
(`mentions._GROUNDS`, "the objectives and principles of", "the provisions of"): blind set 50's
ratification report named the Charter and the Good-Neighbourliness Treaty that way, and both
were counted planned. The first text is quoted from that report (rb-72f30f98a1, nabamart.com);
the second is written for this test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline.documents import tag_and_find
from pipeline.tagging import load_gazetteer

GAZ = load_gazetteer(Path(__file__).resolve().parents[2] / "pipeline" / "data" / "gazetteers")


def _names(body: str, day: date) -> list[str]:
    _, docs = tag_and_find(GAZ, "", body, day)
    return [d.name for d in docs]


def test_documents_a_state_undertakes_to_comply_with_are_cited() -> None:
    body = ("Belarusian President Alexander Lukashenko signed the law on ratification of the "
            "Minsk Memorandum of Commitments on accession to the Shanghai Cooperation "
            "Organization. The draft law also includes the obligations undertaken by Belarus in "
            "order to obtain the status of a member of the Shanghai Cooperation Organization, and "
            "it must undertake to comply with the objectives and principles of the 2002 Shanghai "
            "Cooperation Organization Charter, the provisions of the Agreement on Good "
            "Neighborhood, Friendship and Long-Term Cooperation, in addition to a number of other "
            "documents.")
    names = _names(body, date(2023, 11, 30))
    assert not any("Charter" in n or "Neighbour" in n for n in names), names


def test_a_charter_the_text_reports_adopted_is_still_found() -> None:
    body = ("The Shanghai Cooperation Organisation (SCO) summit in St Petersburg ended on "
            "Friday. The heads of state signed the Charter of the Shanghai Cooperation "
            "Organisation, which sets out the objectives of the organisation.")
    names = _names(body, date(2002, 6, 7))
    assert any("Charter" in n for n in names), names
