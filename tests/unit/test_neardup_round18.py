"""Round 18: two reports built around the same quotations of one statement, each telling the
rest in its own words, share the quotations' shingles up to a copy's containment; a copy also
shares its narration, the words outside quotation marks (neardup.quotes_alike). The texts are
short ones written by the scowatch developers, not outlets' texts."""

from __future__ import annotations

from pipeline import neardup
from pipeline.neardup import (
    is_near_duplicate,
    lsh_candidate,
    narration_shared,
    quoted_mask,
    quotes_alike,
    signature,
)

# one statement quoted at length, then two reports around it in their own words
STATEMENT_1 = ("The interested member states, confirming the importance of establishing the "
               "development bank of the organisation, have decided to set it up and to step up "
               "consultations on every question of how this financial institution will work")
STATEMENT_2 = ("The member states stress the important role of the interbank association, which "
               "in twenty years of work has become a mechanism much in demand in finance")
STATEMENT_3 = ("They support a speedy decision on connecting the authorised bank of a new member "
               "to the work of the association")
AGENCY = (f"TIANJIN, 1 September. The leaders of the organisation agreed to found a development "
          f"bank, according to the declaration adopted at their council's meeting on Monday.\n"
          f"“{STATEMENT_1},” the declaration says.\n"
          f"It also notes that “{STATEMENT_2}.”\n"
          f"“{STATEMENT_3},” the document reads.")
RETOLD = (f"A clause on a development bank of the organisation is part of the declaration the "
          f"heads of state signed after their summit, a news agency reported today.\n"
          f"«{STATEMENT_1}», reads the text of the document.\n"
          f"The declaration adds that «{STATEMENT_2}». And all of them are in favour «of a speedy "
          f"decision on connecting the authorised bank of a new member to the work of the "
          f"association».")


def test_quotation_marks_of_several_scripts() -> None:
    line = 'said «yes», „ja“ and "si" and 「はい」 then'
    quoted = "".join(ch for ch, q in zip(line, quoted_mask(line), strict=True) if q)
    assert quoted == '«yes»„ja“"si"「はい」'


def test_a_quotation_left_open_runs_to_the_end_of_its_line() -> None:
    line = "He said: “the first paragraph of a long quotation"
    assert quoted_mask(line)[line.index("“"):] == [True] * (len(line) - line.index("“"))
    assert not any(quoted_mask(line)[:line.index("“")])


def test_two_reports_sharing_only_quotations_are_not_copies() -> None:
    a, b = signature(AGENCY), signature(RETOLD)
    assert lsh_candidate(a, b) and is_near_duplicate(a, b)  # the signatures alone: a copy
    shared = narration_shared(AGENCY, RETOLD)
    assert shared is not None and shared < neardup.NARRATION_SHARED
    assert quotes_alike(AGENCY, RETOLD)
    assert not is_near_duplicate(a, b, texts=(AGENCY, RETOLD))


def test_a_republished_report_with_its_own_credit_stays_a_copy() -> None:
    repost = AGENCY.replace("TIANJIN, 1 September.", "TIANJIN, 1 September - PRIME.")
    repost = repost.replace("\n", " ") + " Source: the agency's report."
    assert not quotes_alike(AGENCY, repost)
    assert is_near_duplicate(signature(AGENCY), signature(repost), texts=(AGENCY, repost))


def test_a_copy_of_a_statement_quoted_whole_stays_a_copy() -> None:
    # hardly any narration on either side: nothing tells quoting from republishing
    one = f"The declaration says: “{STATEMENT_1}. {STATEMENT_2}.”"
    two = f"According to the document, «{STATEMENT_1}. {STATEMENT_2}»."
    assert narration_shared(one, two) is None
    assert is_near_duplicate(signature(one), signature(two), texts=(one, two))
