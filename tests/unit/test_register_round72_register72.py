"""Round 72 (register72): what the register and the digest give a reader, read on real sets.

Real-text cases are short excerpts of the dev sets' reports (blind sets 20, 33 and 51)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from support import make_settings

from pipeline.cli import documents_text
from pipeline.config import Subscriber
from pipeline.db import Database
from pipeline.digest import _told_before, card_name, placed_namesakes
from pipeline.models import Document
from pipeline.render import (
    DigestDocument,
    DigestItem,
    group_documents,
    plural_label,
)

HEADS = "SCO Heads of State Council"
SAMARKAND = date(2022, 9, 16)


# ---- an undated report telling a done card's document only as planned is a preview -----------


def test_an_undated_plan_of_a_signed_memorandum_is_told_before_the_meeting() -> None:
    # de.azvision.az, undated: "... dass die Führer der Organisation ein Memorandum über die
    # Verpflichtungen der iranischen Seite zum Beitritt zur SCO unterzeichnen" (will sign)
    assert _told_before(None, SAMARKAND, "signed")
    assert _told_before(date(2022, 9, 10), SAMARKAND, "signed")


def test_an_undated_report_of_a_planned_card_or_of_no_meeting_day_stays_a_report() -> None:
    # a planned card: its reports are all plans, and the card says so
    assert not _told_before(None, SAMARKAND, "planned")
    assert not _told_before(None, SAMARKAND, None)
    # a report of the meeting's day or later, and a card of no meeting day
    assert not _told_before(SAMARKAND, SAMARKAND, "signed")
    assert not _told_before(None, None, "signed")


# ---- a group of documents placed at no meeting is headed by what is known of them -----------


def _doc(name: str, kind: str = "memorandum", meeting: str | None = None,
         resolved: bool = False, day: date | None = None,
         placed: tuple[str, ...] = (), said: str = "") -> DigestDocument:
    return DigestDocument(name=name, type=kind, status="planned", meeting=meeting, date=day,
                          summary="", resolved=resolved, blurb="x", placed=placed,
                          sources=[AZVISION], said_meeting=said)


# one report of them all, as in blind set 51
AZVISION = DigestItem(title="AzVision teilt mit ...", url="https://de.azvision.az/news/108892",
                      source="de.azvision.az", published_at=None, summary="", language="de")


EGYPT = "Memorandum on granting the Arab Republic of Egypt the status of SCO dialogue partner"
QATAR = "Memorandum on granting the State of Qatar the status of SCO dialogue partner"


def test_a_group_of_unplaced_memoranda_is_headed_by_their_type_not_a_headline() -> None:
    # blind set 51: the three memoranda of de.azvision.az's preview, reported together
    [group] = group_documents([_doc(EGYPT), _doc(QATAR)])
    assert group.heading == "Memoranda"
    assert group.unresolved
    [group] = group_documents([_doc(EGYPT), _doc("Bishkek Declaration", "declaration")])
    assert group.heading == "Documents"


def test_a_group_of_unplaced_documents_is_headed_by_the_meeting_its_reports_name() -> None:
    # blind set 20: "meeting unresolved (Samarkand)", 14 Sep 2022 (the ministers' signing)
    where = "meeting unresolved (Samarkand)"
    day = date(2022, 9, 14)
    # (round 73: the card's `said_meeting` field, no longer read back out of its display line)
    [group] = group_documents([_doc(EGYPT, meeting=where, day=day, said="Samarkand"),
                               _doc(QATAR, meeting=where, day=day, said="Samarkand")])
    assert group.heading == "Samarkand"
    assert group.unresolved


def test_a_placed_group_keeps_its_meeting_as_heading() -> None:
    where = f"{HEADS}, Samarkand"
    [group] = group_documents([_doc(EGYPT, meeting=where, resolved=True, day=SAMARKAND),
                               _doc(QATAR, meeting=where, resolved=True, day=SAMARKAND)])
    assert group.heading == where
    assert not group.unresolved


def test_the_plural_labels() -> None:
    assert [plural_label(k) for k in ("memorandum", "mou", "strategy", "action_plan",
                                      "declaration", "communique")] == [
        "Memoranda", "Memoranda of understanding", "Strategies", "Action plans",
        "Declarations", "Communiques"]


# ---- an unplaced mention of a document the register placed names the placed ones -------------


def test_an_unplaced_declarations_card_names_the_meetings_of_its_namesakes() -> None:
    # blind set 33: al-binaa.com, undated: "أهم هذه الوثائق هو إعلان بشكيك" (the most important
    # of these documents is the Bishkek Declaration), unplaced; the register has 2013's and 2019's
    placed = (f"{HEADS}, Bishkek 2013", f"{HEADS}, Bishkek 2019")
    doc = _doc("Bishkek Declaration", "declaration",
               meeting=f"meeting unresolved ({HEADS}, Bishkek)", placed=placed)
    assert doc.placed_line == ("Not placed at a meeting; the register has this name at "
                               f"{HEADS}, Bishkek 2013 and {HEADS}, Bishkek 2019.")
    # placed itself, or with no placed namesake: nothing said
    assert _doc("Bishkek Declaration", resolved=True, placed=placed).placed_line == ""
    assert _doc("Bishkek Declaration").placed_line == ""


def test_the_register_finds_the_placed_namesakes_of_an_unplaced_entry(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, subscribers=(Subscriber("r@example.org"),))
    db = Database(settings.database_url)
    db.ensure_schema()
    with db.session() as s:
        def add(meeting_id: str, day: str | None, kind: str = "declaration") -> Document:
            doc = Document(key="bishkek declaration", name="Bishkek Declaration", type=kind,
                           status="signed", meeting=HEADS, venue="Bishkek", meeting_date=day,
                           meeting_id=meeting_id)
            s.add(doc)
            return doc

        late = add("hsc-2019-bishkek", "2019-06-14")
        early = add("hsc-2013-bishkek", "2013-09-13")
        loose = add("", None)
        other = Document(key="tashkent declaration", name="Tashkent Declaration",
                         type="declaration", status="planned", meeting_id="")
        s.add(other)
        s.flush()
        found = placed_namesakes(s, [loose, late, other])
        assert found == {loose.id: [f"{HEADS}, Bishkek 2013", f"{HEADS}, Bishkek 2019"]}
        assert early.id not in found


def test_the_register_listing_names_the_placed_namesakes_of_an_unplaced_entry() -> None:
    row = {"name": "Bishkek Declaration", "type": "declaration", "status": "planned",
           "venue": "Bishkek", "meeting_format": None, "meeting": HEADS, "date": None,
           "meeting_resolved": False, "history": [], "articles": [{"source": "al-binaa.com"}],
           "meeting_note": None, "placed_namesakes": [f"{HEADS}, Bishkek 2019"]}
    lines = documents_text([row])
    assert f"    this name placed at: {HEADS}, Bishkek 2019" in lines
    assert not any("placed at" in line for line in documents_text([{**row,
                                                                     "placed_namesakes": []}]))


# ---- a reader of another script gets a name of a third script as an English reader does --------

STRATEGY_ZH = "上合組織未來十年發展戰略"


def test_a_russian_reader_gets_a_chinese_name_glossed_in_english() -> None:
    # blind set 20, read in Russian: udn.com's "批准「上合組織未來十年發展戰略」"
    gloss = f"Strategy, {HEADS}, Tianjin 2025"
    assert card_name(STRATEGY_ZH, ("ru",), None, gloss, "zh") == (
        f"{gloss} — title in Chinese: {STRATEGY_ZH}")
    assert card_name(STRATEGY_ZH, ("ru",), "SCO Development Strategy until 2035", gloss,
                     "zh") == f"SCO Development Strategy until 2035 ({STRATEGY_ZH})"
    assert card_name("联合公报", ("ru",), None, gloss, "zh") == "Joint Communiqué"


def test_a_readers_own_script_and_the_latin_stay_as_stored() -> None:
    assert card_name("Тяньцзиньская декларация", ("ru",), "Tianjin Declaration", None,
                     "ru") == "Тяньцзиньская декларация"
    assert card_name("Tianjin Declaration", ("ru",), None, None, "en") == "Tianjin Declaration"
    assert card_name(STRATEGY_ZH, ("zh",), "SCO Development Strategy until 2035", None,
                     "zh") == STRATEGY_ZH
