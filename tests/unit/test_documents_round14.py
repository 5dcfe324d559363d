"""Round 14 (from blind set 13, dev after its one run): a Korean venue declaration written as
one word, and Arabic status verbs with the conjunction و joined to them.

Every text here is written by the lead for these tests, in the constructions of the set's
reports (no real report copied).
"""

from __future__ import annotations

from datetime import date

import pytest
from round_helpers import gaz_placed


def test_a_korean_venue_declaration_in_one_word(gaz):
    body = ("상하이협력기구 정상들은 ‘아스타나선언’을 채택했다. 상하이협력기구 정상회의가 "
            "아스타나에서 열렸다.")
    assert gaz_placed(gaz, body, date(2030, 6, 9))["Astana Declaration"][0] == "adopted"
    # the city alone, in a report naming no declaration: nothing
    assert gaz_placed(gaz, "상하이협력기구 정상회의가 아스타나에서 열렸다.", date(2030, 6, 9)) == {}


@pytest.mark.parametrize("verb", ["وأصدر", "واعتمد"])
def test_arabic_adoption_verbs_with_the_conjunction(gaz, verb):
    body = (f"{verb} قادة منظمة شنغهاي للتعاون في ختام قمتهم \"إعلان سمرقند\" الذي تضمن "
            "البيان الختامي للقمة.")
    assert gaz_placed(gaz, body, date(2022, 9, 16))["Samarkand Declaration"] == (
        "adopted", "hsc-2022-samarkand")


def test_a_memorandum_of_obligations_keys_without_its_purpose():
    """Blind set 13 labels "Memorandum of obligations of the Republic of India to obtain the
    status of SCO member state"; the finder names it "Memorandum of Obligations of the Republic
    of India": every such memorandum is one to obtain that status, so the tail is no part of
    the key. Another state's memorandum stays another document."""
    from pipeline.documents import document_key

    long = document_key("Memorandum of obligations of the Republic of India to obtain the status "
                        "of SCO member state")
    assert long == document_key("Memorandum of Obligations of the Republic of India")
    assert document_key("Memorandum of Obligations of the Islamic Republic of Iran for obtaining "
                        "the status of an SCO member state") == document_key(
        "Memorandum of Obligations of Iran")
    assert long != document_key("Memorandum of Obligations of the Islamic Republic of Pakistan")
