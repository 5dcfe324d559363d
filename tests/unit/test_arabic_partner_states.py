"""The SCO's dialogue partners in Arabic (states.toml), and "شريك للحوار" (a partner for the
dialogue) as the status (names._DIALOGUE_PARTNER): blind set 28's Arabic reports of the Goa
council named Kuwait, the UAE, the Maldives and Myanmar, none of them a state the gazetteer read
in Arabic. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from pipeline.documents import find_documents
from pipeline.tagging import analyse, load_gazetteer


def test_the_partners_are_read_in_arabic() -> None:
    gaz = load_gazetteer()
    text = ("انضمت الكويت والإمارات وميانمار وجزر المالديف وأذربيجان وأرمينيا وكمبوديا "
            "وسريلانكا ولاوس إلى منظمة شنغهاي للتعاون.")
    refs = {m.entry.ref for m in analyse(gaz, "", text).matches if m.entry.kind == "state"}
    assert {"KW", "AE", "MM", "MV", "AZ", "AM", "KH", "LK", "LA"} <= refs, refs


def test_kuwaits_memorandum_as_a_partner_for_the_dialogue() -> None:
    text = ("وقعت الكويت مذكرة تفاهم للانضمام إلى منظمة شنغهاي للتعاون بصفتها شريك للحوار، "
            "على هامش اجتماع مجلس وزراء خارجية المنظمة.")
    names = [m.name for m in find_documents("", text, dt.date(2023, 5, 5))]
    assert "Memorandum on granting the State of Kuwait the status of SCO dialogue partner" \
        in names, names
