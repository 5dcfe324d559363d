"""Round 76 (register76): the register and the digest's document cards (issue 14).

A treaty is shown as a treaty. The finder and the register type the Treaty on Long-Term
Good-Neighbourliness, Friendship and Cooperation as an agreement, as the labels do; its card in
blind set 52 read "Agreement, signed" over a German report of "ein Vertrag über die langfristige
gute Nachbarschaft und freundschaftliche Kooperation" (rb-77494ace8e, german.china.org.cn,
Bishkek 2007).
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

import lxml.html
from support import load_script

from pipeline.cli import documents_text
from pipeline.digest import english_gloss
from pipeline.documents import find_documents
from pipeline.documents.keys import shown_kind
from pipeline.render import plural_label, type_label

# blind set 52 (rb-77494ace8e, german.china.org.cn, 2007-08-17), its first paragraph
BISHKEK_DE = (
    "Die siebte Ratssitzung der Staatsoberhäupter der Shanghaier Kooperationsorganisation (SCO) "
    "hat am Donnerstag in der kirgisischen Hauptstadt Bischkek stattgefunden. Chinas "
    "Staatspräsident Hu Jintao und alle anderen SCO-Staatsoberhäupter nahmen daran teil. Bei dem "
    "Treffen wurde eine Reihe von wichtigen Dokumenten wie ein Vertrag über die langfristige gute "
    "Nachbarschaft und freundschaftliche Kooperation unterzeichnet."
)
TREATY = "Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation"
TREATY_RU = "Договор о долгосрочном добрососедстве, дружбе и сотрудничестве"
TREATY_ZH = "上海合作组织成员国长期睦邻友好合作条约"


def _doc(name: str, kind: str) -> Any:
    return SimpleNamespace(
        id=1,
        name=name,
        type=kind,
        meeting="SCO Heads of State Council",
        venue="Bishkek",
        meeting_id="hsc-2007-bishkek",
        meeting_date="2007-08-16",
        status="signed",
        events=[],
    )


def test_the_real_sentence_names_a_treaty_shown_as_one() -> None:
    found = find_documents("", BISHKEK_DE, date(2007, 8, 17))
    assert [(m.name, m.type) for m in found] == [(TREATY, "agreement")]  # stored as labelled
    assert shown_kind(found[0].type, found[0].name) == "treaty"
    assert type_label(shown_kind(found[0].type, found[0].name)) == "Treaty"


def test_the_treaty_in_other_languages_is_a_treaty() -> None:
    for name in (TREATY_RU, TREATY_ZH, "Vertrag über die langfristige gute Nachbarschaft"):
        assert shown_kind("agreement", name) == "treaty", name


def test_a_convention_and_a_charter_are_shown_as_such() -> None:
    # blind set 44's card (eng.sectsco.org, 13 Jun 2017) and set 32's ones
    assert shown_kind("agreement", "SCO Convention on Countering Extremism") == "convention"
    assert shown_kind("agreement", "上海合作組織反恐怖主義公約") == "convention"
    assert shown_kind("agreement", "Charter of the Shanghai Cooperation Organisation") == "charter"
    assert shown_kind("agreement", "Хартия Шанхайской организации сотрудничества") == "charter"
    assert type_label("convention") == "Convention"
    assert plural_label("charter") == "Charters"


def test_a_protocol_or_amendment_of_a_binding_text_keeps_its_label() -> None:
    # written: a protocol to the treaty and an amendment of the charter are other texts
    for name in (
        "Protocol to the Treaty on Long-Term Good-Neighbourliness",
        "Protocol on amendments to the Charter of the Shanghai Cooperation Organisation",
        "Протокол о внесении изменений в Хартию ШОС",
    ):
        assert shown_kind("agreement", name) == "agreement", name


def test_an_agreement_keeps_its_label() -> None:
    # written: an agreement whose subject names treaties is an agreement
    assert shown_kind("agreement", "Agreement on cooperation in the field of treaty law") == (
        "agreement"
    )
    for name in (
        "Agreement between the Governments of the SCO Member States on the "
        "Facilitation of International Road Transport",
        "Regulations on the Status of Dialogue Partner of the SCO",
    ):
        assert shown_kind("agreement", name) == "agreement", name
    # another kind stays as stored, the treaty's action plan too
    assert (
        shown_kind(
            "action_plan", f"Action Plan for 2018-2022 on the Implementation of the {TREATY}"
        )
        == "action_plan"
    )
    assert shown_kind("declaration", "Bishkek Declaration") == "declaration"


def test_the_gloss_and_the_plural_name_a_treaty() -> None:
    assert english_gloss(_doc(TREATY_ZH, "agreement")) == (
        "Treaty, SCO Heads of State Council, Bishkek 2007"
    )
    border = english_gloss(_doc("上海合作组织成员国边防合作协定", "agreement"))
    assert border.startswith("Agreement,")
    assert plural_label("treaty") == "Treaties"


def test_the_register_text_shows_the_treaty_kind() -> None:
    row = {
        "name": TREATY,
        "english_name": None,
        "type": "agreement",
        "shown_type": "treaty",
        "status": "signed",
        "meeting": "SCO Heads of State Council",
        "venue": "Bishkek",
        "date": "2007-08-16",
        "meeting_resolved": True,
        "meeting_format": None,
        "meeting_note": None,
        "history": [],
        "articles": [{"source": "german.china.org.cn", "url": "http://x"}],
    }
    assert documents_text([row])[0] == f"{TREATY}  [treaty, signed]"
    assert documents_text([{**row, "shown_type": None}])[0] == f"{TREATY}  [agreement, signed]"


def test_the_reading_check_counts_a_type_against_its_name() -> None:
    type_checks = load_script("digest_reading_checks").type_checks

    def page(kind: str, name: str) -> lxml.html.HtmlElement:
        return lxml.html.fromstring(
            f'<table><tr><td class="doc"><div class="dt">{kind} · signed</div>'
            f'<div class="dn">{name}</div></td></tr></table>'
        )

    count = "type against name"
    assert type_checks(page("Agreement", "SCO Convention on Countering Extremism"))[count] == 1
    assert type_checks(page("Convention", "SCO Convention on Countering Extremism"))[count] == 0
    assert type_checks(page("Agreement", f"Protocol to the {TREATY}"))[count] == 0
    assert type_checks(page("Agreement", "SCO Agreement on Trade Facilitation"))[count] == 0
