"""Round 9 of near duplicates on the real sets (docs/dedup.md, "Round 9"): the per-pair listing
(`scripts/eval_dedup.py real --list-pairs`) and the margin of the shared-opening rule on every
set's labelled pairs."""

from __future__ import annotations

import pytest
import test_real_blind_set as first  # tests/integration is on sys.path under pytest

# the listing of every set takes half a minute: one worker lists them once for both tests
pytestmark = pytest.mark.xdist_group("neardup_real_pairs")

SETS = sorted(p for p in (first.ROOT / "tests" / "data").glob("real*") if p.is_dir())


@pytest.fixture(scope="module")
def listed() -> dict[str, list[tuple]]:
    # every pair whose exact containment reaches 0.2 is listed, so every pair whose shared
    # opening covers 0.2 of the shorter text is (that share is part of the containment)
    return {s.name: first.eval_dedup.list_real_pairs(s, floor=0.2) for s in SETS}


def test_a_copy_the_first_band_arrangement_missed_is_a_candidate_and_found(
        listed: dict[str, list[tuple]]) -> None:
    # blind set 8's energy ministry release (bestnews.kz / prosud.kz): J 0.35, C 0.60, a copy
    # by the copy test; it shared none of the first arrangement's 42 bands (its lead rewritten,
    # no shared opening), one of the second's
    row = next(r for r in listed["real-blind8"] if {r[11], r[12]} == {"r-1203b58ae0",
                                                                      "r-739b2868b6"})
    exact_c, exact_j, est_c, est_j, opening, *_ = row
    assert exact_c == pytest.approx(0.60, abs=0.01) and exact_j == pytest.approx(0.35, abs=0.01)
    assert est_c >= 0.6 and est_j >= 0.25 and opening == 0.0
    assert row[7] is True and row[8] is True and row[9] == 1  # a candidate, found, a copy


def test_no_pair_labelled_not_a_copy_shares_an_opening_near_the_rule(
        listed: dict[str, list[tuple]]) -> None:
    """The shared opening's containment separates with margin on every set: pairs labelled not
    copies reach at most 0.2 of the shorter text (the rule needs 0.6)."""
    assert len(listed) >= 9
    negatives = [r for rows in listed.values() for r in rows if not r[9]]
    assert negatives and max(r[4] for r in negatives) < 0.2


@pytest.mark.parametrize(("name", "kind", "floor"), [
    ("real-blind8", "real", 1.0),  # 3 of 3 copies: the release found by the second arrangement
    ("real-blind7", "derived", 1.0),  # 272 of 272: the 24-shingle lead found by its opening
])
def test_round_9_recall_holds_at_full_precision(name: str, kind: str, floor: float) -> None:
    scores = first.eval_dedup.real_pair_report(first.ROOT / "tests" / "data" / name,
                                               show_errors=False)
    assert scores[kind].precision == 1.0 and scores[kind].recall >= floor, (name, kind)
