"""Round 63 (stories63): blind set 48 as dev. Ukraine's foreign ministry statement on the Tianjin
declaration named the summit's city and council in Ukrainian, which the gazetteers did not read:
its first venue was Moscow, named further down, and it stayed apart from the summit's reports.
Sentences from the dev sets, with their item ids."""

from datetime import date

from pipeline.documents.calendar import default_calendar
from pipeline.stories import _lead_venues, calendar_meeting, lead_councils

CAL = default_calendar()

# blind set 48, r-6ee8811ca4 (tianjin-summit-2025, 1 September 2025)
UK_STATEMENT = (
    "Міністерство закордонних справ України звернуло увагу, що підсумкова декларація засідання "
    "Ради глав держав-членів Шанхайської організації співробітництва в Тяньцзіні не містить "
    "згадки про Україну.\n\nПро це МЗС України повідомили у заяві на офіційному сайті."
)


def test_ukrainian_tianjin_in_its_cases():
    assert "Tianjin" in _lead_venues("", UK_STATEMENT)
    assert "Tianjin" in _lead_venues("", "Лідери прибули до Тяньцзіня на саміт.")


def test_ukrainian_council_of_heads_of_state():
    assert lead_councils("", UK_STATEMENT) == frozenset({"heads_of_state_council"})
    # the nominative, as blind set 36 writes it ("Рада глав держав ... схвалила")
    assert "heads_of_state_council" in lead_councils(
        "", "Рада глав держав Шанхайської організації співробітництва схвалила декларацію.")


def test_the_statement_reports_the_tianjin_summit():
    day = date(2025, 9, 1)
    venues = _lead_venues("", UK_STATEMENT)
    got = calendar_meeting(CAL, day, [day], min(venues), venues, lead_councils("", UK_STATEMENT))
    assert got is not None and got.id == "hsc-2025-tianjin"
