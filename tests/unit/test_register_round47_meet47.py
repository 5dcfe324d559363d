"""Round 47 (meet47): a strategy planned at one summit and adopted at a summit some years later
is one register entry; a meeting's own text (a declaration) of a later year is not.

Every mention here is written by the scowatch developers for these tests (not real reports).
"""

from __future__ import annotations

from datetime import date

from pipeline.documents import document_key
from pipeline.documents.base import DocumentMention, Meeting
from pipeline.documents.register import DRAFTING_DAYS, HISTORY_DAYS, Entry, place

HEADS = "SCO Heads of State Council"
FOREIGN = "SCO Council of Foreign Ministers"
STRATEGY = "SCO Development Strategy until 2041"


def _mention(name: str, kind: str, status: str, meeting_id: str, day: date,
             council: str = HEADS) -> DocumentMention:
    return DocumentMention(name=name, key=document_key(name), type=kind, status=status,
                           meeting=Meeting(council=council, venue="X", date=day, id=meeting_id))


def test_a_strategy_planned_two_summits_before_its_adoption_is_one_entry_either_order() -> None:
    planned_on, adopted_on = date(2031, 9, 13), date(2033, 7, 10)
    assert HISTORY_DAYS < (adopted_on - planned_on).days <= DRAFTING_DAYS
    # the plan's report first: the adoption takes its entry to the adopting summit
    plan = Entry(1, "hsc-a", planned_on, "planned", HEADS)
    adoption = _mention(STRATEGY, "strategy", "approved", "hsc-b", adopted_on)
    found = place(adoption, [plan])
    assert found.entry_id == 1 and found.move_to_meeting
    # the adoption's report first: the plan joins it, unmoved
    adopted = Entry(2, "hsc-b", adopted_on, "approved", HEADS)
    late_plan = _mention(STRATEGY, "strategy", "planned", "hsc-a", planned_on)
    found = place(late_plan, [adopted])
    assert found.entry_id == 2 and not found.move_to_meeting


def test_what_the_long_span_does_not_join() -> None:
    planned_on = date(2031, 9, 13)
    plan = Entry(1, "hsc-a", planned_on, "planned", HEADS)
    # a declaration is its meeting's own text: a plan two years before is another declaration's
    declaration = _mention("Astana Declaration", "declaration", "adopted", "hsc-b",
                           date(2033, 7, 10))
    assert place(declaration, [Entry(1, "hsc-a", planned_on, "planned", HEADS)]).entry_id is None
    # beyond the drafting span: another cycle
    far = _mention(STRATEGY, "strategy", "approved", "hsc-c",
                   planned_on.replace(year=planned_on.year + 4))
    assert place(far, [plan]).entry_id is None
    # a later plan is no adoption: two plans years apart stay apart, for a name without its
    # period; round 80 (dup80): a name with its period is adopted once, so its two plans are one
    # history, as they are when the adoption's report comes between them (blind set 35)
    unnamed = "SCO Strategy of Cooperation in Planning"
    replanned = _mention(unnamed, "strategy", "planned", "hsc-a", planned_on)
    assert place(replanned, [Entry(2, "hsc-b", date(2033, 7, 10), "planned", HEADS)]
                 ).entry_id is None
    replanned = _mention(STRATEGY, "strategy", "planned", "hsc-a", planned_on)
    assert place(replanned, [Entry(2, "hsc-b", date(2033, 7, 10), "planned", HEADS)]
                 ).entry_id == 2
    # an approval by ministers is not the heads' adoption that ends the history
    ministers = _mention(STRATEGY, "strategy", "approved", "fmc-b", date(2033, 5, 2), FOREIGN)
    assert place(ministers, [plan]).entry_id is None
    # two adoptions of the same name years apart are two documents
    adopted = Entry(1, "hsc-a", planned_on, "adopted", HEADS)
    assert place(_mention(STRATEGY, "strategy", "adopted", "hsc-b", date(2033, 7, 10)),
                 [adopted]).entry_id is None


def test_a_plan_after_the_adoption_is_no_draft_of_it() -> None:
    # a convention planned in 2037 and a same-key convention signed in 2031 (a plan told after
    # the signing, or another convention): the signing is not the plan's adoption, either order
    plan = Entry(1, "hsc-b", date(2037, 6, 9), "planned", HEADS)
    signed = _mention("Convention on Countering Extremism", "agreement", "signed", "hsc-a",
                      date(2031, 6, 15))
    assert place(signed, [plan]).entry_id is None
    plan_later = _mention("Convention on Countering Extremism", "agreement", "planned", "hsc-b",
                          date(2037, 6, 9))
    assert place(plan_later, [Entry(2, "hsc-a", date(2031, 6, 15), "signed", HEADS)]
                 ).entry_id is None
