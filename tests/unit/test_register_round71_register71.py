"""Round 71 (register71): what the register and the digest give a reader, read on real sets.

Real-text cases are short excerpts of the dev sets' reports (blind set 51)."""

from __future__ import annotations

from datetime import date

from pipeline.cli import history_steps
from pipeline.render import DigestDocument, DigestItem, DocumentGroup

HEADS = "SCO Heads of State Council"


# ---- a step at the venue of its entry's meeting is that meeting's step (blind set 51) ---------


def test_a_signing_at_the_summits_venue_is_listed_once_at_the_summit() -> None:
    # www.osservatoreromano.va, 15 Sep 2022: "L'Iran ... si è aggiunto formalmente alla Sco
    # firmando oggi a Samarcanda il memorandum per l'adesione" (venue only, no calendar meeting)
    samarkand = {"meeting_id": "hsc-2022-samarkand", "meeting": HEADS, "venue": "Samarkand",
                 "date": "2022-09-16"}
    eve = {"meeting_id": None, "meeting": None, "venue": "Samarkand", "date": None}
    events = [{"status": "signed", **eve}, {"status": "planned", **samarkand},
              {"status": "signed", **samarkand}]
    assert history_steps(events, resolved=True) == [f"signed ({HEADS}, Samarkand, 2022-09-16)"]
    # blind set 52: dated the summit's day, the same
    events[0] = {"status": "signed", **eve, "date": "2022-09-16"}
    assert history_steps(events, resolved=True) == [f"signed ({HEADS}, Samarkand, 2022-09-16)"]


def test_a_step_elsewhere_far_off_or_at_a_venue_of_two_meetings_stays_apart() -> None:
    samarkand = {"meeting": HEADS, "venue": "Samarkand", "date": "2022-09-16"}
    # another city
    events = [{"status": "signed", **samarkand},
              {"status": "signed", "meeting": None, "venue": "Tehran", "date": None}]
    assert history_steps(events, resolved=True) == [
        f"signed ({HEADS}, Samarkand, 2022-09-16)", "signed (Tehran)"]
    # the same city on the eve (round 45: the day it was signed is told) or a month on
    for day in ("2022-09-14", "2022-10-20"):
        events[1] = {"status": "signed", "meeting": None, "venue": "Samarkand", "date": day}
        assert history_steps(events, resolved=True)[1] == f"signed (Samarkand, {day})"
    # a venue of two meetings of the history: which one is not told
    astana = [{"status": "planned", "meeting": HEADS, "venue": "Astana", "date": "2017-06-09"},
              {"status": "adopted", "meeting": HEADS, "venue": "Astana", "date": "2024-07-04"},
              {"status": "adopted", "meeting": None, "venue": "Astana", "date": None}]
    assert history_steps(astana, resolved=True)[-1] == "adopted (Astana)"


# ---- a card's previews are told apart from its reports (blind set 51) -------------------------

TIANJIN = date(2025, 9, 1)


def _item(source: str, day: date | None, title: str) -> DigestItem:
    return DigestItem(title=title, url=f"https://{source}/{title[:8]}", source=source,
                      published_at=day, summary=title, language="en")


def _group(items: list[DigestItem], planned_before: set[str]) -> DocumentGroup:
    doc = DigestDocument(name="Tianjin Declaration", type="declaration", status="signed",
                         meeting=f"{HEADS}, Tianjin", date=TIANJIN, summary="", sources=items,
                         blurb="x", planned_before=frozenset(planned_before))
    return DocumentGroup(heading=doc.name, meeting=doc.meeting, date=TIANJIN, documents=[doc],
                         summary="", language="en", sources=items)


ADOPTED = _item("italy.news-pravda.com", TIANJIN, "I paesi partecipanti ... hanno adottato la "
                "Dichiarazione di Tianjin")
PREVIEW = _item("www.anews.com.tr", date(2025, 8, 30),
                "China's Xi meets UN chief ahead of crucial SCO summit")


def test_a_preview_is_told_before_the_meeting_not_among_the_reports() -> None:
    group = _group([ADOPTED, PREVIEW], {PREVIEW.url})
    assert [item.source for item, _ in group.outlet_sources] == ["italy.news-pravda.com"]
    assert [item.source for item, _ in group.preview_outlets] == ["www.anews.com.tr"]
    assert group.cards[0].outlets == [("italy.news-pravda.com", 1)]


def test_a_report_of_the_eve_or_a_card_of_previews_alone_keeps_its_reports() -> None:
    # www.osservatoreromano.va, 15 Sep 2022, the summit's eve: "firmando oggi a Samarcanda il
    # memorandum" tells the signing done: not among planned_before, so a report
    eve = _item("www.osservatoreromano.va", date(2025, 8, 31), "firmando oggi il memorandum")
    group = _group([ADOPTED, eve], set())
    assert len(group.outlet_sources) == 2
    assert group.preview_outlets == []
    # a card told by previews alone: they are its reports
    group = _group([PREVIEW], {PREVIEW.url})
    assert [item.source for item, _ in group.outlet_sources] == ["www.anews.com.tr"]
    assert group.preview_outlets == []


# ---- the reading checks read an outlet listed with its count (blind set 20) -------------------


def test_the_reading_checks_take_an_outlets_count_off_its_name(tmp_path) -> None:  # noqa: ANN001
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "digest_reading_checks.py"
    spec = importlib.util.spec_from_file_location("digest_reading_checks", script)
    checks = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(checks)  # type: ignore[union-attr]
    (tmp_path / "documents.txt").write_text(
        "Tianjin Declaration  [declaration, adopted]\n"
        "    SCO Heads of State Council, Tianjin, 2025-09-01\n"
        "    reported by 6 article(s): baq.kz, news.by, udn.com (2), vtcnews.vn\n",
        encoding="utf-8")
    assert checks.register_outlets(tmp_path) == {
        "Tianjin Declaration": {"baq.kz", "news.by", "udn.com", "vtcnews.vn"}}
