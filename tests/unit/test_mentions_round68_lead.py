"""Round 68 (lead): a step named as a noun that its sentence calls an expected outcome is
planned (Anews' preview of the Tianjin summit, blind set 51: "A joint signing of the Tianjin
Declaration ... are other expected outcomes" was carded signed, and the preview listed as a
report of the signing). The texts are written for the tests, modelled on that sentence."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import find_documents

LEAD = "The Shanghai Cooperation Organization (SCO) summit opened in Tianjin on Sunday. "


def _status(sentence: str) -> str | None:
    found = {d.name: d.status for d in find_documents("", LEAD + sentence,
                                                      published_at=date(2025, 9, 1))}
    return found.get("Tianjin Declaration")


@pytest.mark.parametrize("sentence", [
    "A joint signing of the Tianjin Declaration and the approval of a strategy for the next "
    "decade are other expected outcomes.",
    "One of the expected outcomes of the summit is the signing of the Tianjin Declaration.",
    "The signing of the Tianjin Declaration is among the anticipated results of the meeting.",
])
def test_an_expected_outcome_is_planned(sentence):
    assert _status(sentence) == "planned"


@pytest.mark.parametrize("sentence", [
    "The leaders signed the Tianjin Declaration, as expected.",
    # the results the minister speaks of are not the sentence's predicate of the signing
    "The signing of the Tianjin Declaration brought the expected results for the members, the "
    "minister said on Monday after the summit had ended.",
    "The leaders signed the Tianjin Declaration.",
])
def test_a_step_done_stays_done(sentence):
    assert _status(sentence) == "signed"
