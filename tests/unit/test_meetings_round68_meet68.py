"""Round 68 (meet68): who signs a state's memorandum of obligations, and where.

The guidelines (tests/data/tagging/README.md, "Memoranda of obligations" and the decisions of
2026-12-07) put a memorandum of obligations at a calendar meeting only where the text says it was
signed at one; blind set 51 labels "L'Iran ... firmando oggi a Samarcanda il memorandum" outside
the calendar, and set 17 labels the memorandum under which «подписи поставили глава иранского МИД
... и генсекретарь ШОС» outside it too.
"""

from __future__ import annotations

from datetime import date

from pipeline.documents import tag_and_find
from tests.unit.round_helpers import GAZ

IRAN = "Memorandum of Obligations of the Islamic Republic of Iran"
LEAD_IT = ("Si apre il vertice dell'Organizzazione per la cooperazione di Shanghai (Sco) a "
           "Samarcanda. ")


def _iran(body: str, published: date | None = None):  # type: ignore[no-untyped-def]
    found = {m.name: m for m in tag_and_find(GAZ, "", body, published)[1]}
    assert IRAN in found, sorted(found)
    return found[IRAN]


def test_state_signing_in_a_city_is_outside_the_calendar() -> None:
    m = _iran(LEAD_IT + "L'Iran, finora Paese osservatore, si è aggiunto formalmente alla Sco "
              "firmando oggi a Samarcanda il memorandum per l'adesione che lo rende nono Stato "
              "membro a pieno titolo.", date(2022, 9, 15))
    assert m.status == "signed"
    assert m.meeting.id is None
    assert m.meeting.venue == "Samarkand"


def test_state_signing_at_the_summit_keeps_the_summit() -> None:
    m = _iran(LEAD_IT + "L'Iran, finora Paese osservatore, si è aggiunto formalmente alla Sco "
              "firmando oggi al vertice di Samarcanda il memorandum per l'adesione che lo rende "
              "nono Stato membro a pieno titolo.", date(2022, 9, 15))
    assert m.meeting.id == "hsc-2022-samarkand"


def test_state_signing_with_no_city_keeps_the_articles_meeting() -> None:
    # most dev sets label a bare "Iran signed" in a summit report at the summit
    m = _iran("Иран подписал меморандум об обязательствах в составе Шанхайской организации "
              "сотрудничества. Саммит ШОС проходит 15 и 16 сентября в Самарканде.")
    assert m.meeting.id == "hsc-2022-samarkand"


def test_signatures_put_by_the_secretary_general_noun_first() -> None:
    m = _iran("Иран подписал меморандум об обязательствах в составе Шанхайской организации "
              "сотрудничества. Под документом подписи поставили глава иранского МИД Хоссейн "
              "Амир Абдоллахиян и генсекретарь ШОС Чжан Мин. Саммит ШОС проходит 15 и 16 "
              "сентября в Самарканде.")
    assert m.meeting.id is None
    assert m.meeting.venue == "Samarkand"


def test_bulgarian_summit_word_places_the_signing_at_the_summit() -> None:
    body = ("Иран подписа меморандум за задълженията на Иран за статута на членка на ШОС още на "
            "миналогодишната среща на върха в Самарканд.")
    assert _iran(body, date(2023, 7, 4)).meeting.id == "hsc-2022-samarkand"
    # the same sentence with the city alone: a signing in the city, outside the calendar
    city = body.replace("на миналогодишната среща на върха в", "в")
    m = _iran(city, date(2023, 7, 4))
    assert m.meeting.id is None
    assert m.meeting.venue == "Samarkand"
