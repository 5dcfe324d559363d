"""Round 74 (register74): the register and the document cards a reader can trust.

Real-text cases are short excerpts of the dev sets' reports (blind sets 30, 44 and 51);
"written" marks a case made up for the test."""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime
from types import SimpleNamespace

import lxml.html
from support import load_script

from pipeline.digest import card_blurb, card_name, english_with_title
from pipeline.render import Digest, DigestDocument, DigestItem, group_documents, render_digest

HEADS = "SCO Heads of State Council"
NOW = dt.datetime(2025, 10, 3, 12, tzinfo=dt.UTC)


def _digest(documents: list[DigestDocument]) -> Digest:
    return Digest(subscriber_email="reader@example.org", period_start=None, period_end=NOW,
                  documents=documents, stories=[], filtered_counts={}, unsubscribe_url=None,
                  generated_at=NOW)


# ---- a group card's line: the stored title after a dash, not a second bracket -------------------

# real, set 51, www.dataurgente.com (Spanish), the roadmap's stored name and its English one
ES_ROADMAP = ("Hoja De Ruta para la implementación de la Estrategia de Cooperación Energética "
              "hasta 2030")
EN_ROADMAP = ("Roadmap for the implementation of the SCO Energy Cooperation Development Strategy "
              "until 2030")
# real, set 30, japanese.china.org.cn (2008): the Dushanbe Declaration's stored name
JA_DUSHANBE = "上海協力機構加盟国元首ドシャンベ宣言"


def test_a_listed_name_gives_its_stored_title_after_a_dash() -> None:
    assert card_name(ES_ROADMAP, ("it",), EN_ROADMAP, None, "es", listed=True) == (
        f"{EN_ROADMAP} — title in Spanish: {ES_ROADMAP}")
    # its language named in any script, or "as reported" when not known
    assert english_with_title("Dushanbe Declaration", JA_DUSHANBE, "ja", listed=True) == (
        f"Dushanbe Declaration — title in Japanese: {JA_DUSHANBE}")
    assert english_with_title(EN_ROADMAP, ES_ROADMAP, listed=True) == (
        f"{EN_ROADMAP} — title as reported: {ES_ROADMAP}")
    # a card's heading keeps round 73's bracket: nothing follows it on its line
    assert card_name(ES_ROADMAP, ("it",), EN_ROADMAP, None, "es") == (
        f"{EN_ROADMAP} (title in Spanish: {ES_ROADMAP})")


def _tianjin_group() -> Digest:
    day = dt.date(2025, 9, 1)
    meeting = f"{HEADS}, Tianjin"
    roadmap = DigestDocument(
        name=card_name(ES_ROADMAP, ("it",), EN_ROADMAP, None, "es"),
        listed_name=card_name(ES_ROADMAP, ("it",), EN_ROADMAP, None, "es", listed=True),
        type="action_plan", status="approved", meeting=meeting, date=day, summary="")
    declaration = DigestDocument(name="Tianjin Declaration", type="declaration",
                                 status="adopted", meeting=meeting, date=day, summary="")
    return _digest([declaration, roadmap])


def test_set_51s_roadmap_line_reads_without_two_brackets_in_a_row() -> None:
    text = render_digest(_tianjin_group()).text
    assert "title in Spanish" in text
    assert ") (" not in " ".join(text.split())
    assert "(Action plan, approved)" in " ".join(text.split())


def test_the_reading_check_counts_a_listed_name_ending_on_a_bracket() -> None:
    checks = load_script("digest_reading_checks")
    line = ('<table><tr><td class="doc"><div class="card"><div class="ln">{name}</div>'
            '<div class="lm">Action plan, approved</div></div></td></tr></table>')
    two = lxml.html.fromstring(line.format(name=f"{EN_ROADMAP} ({ES_ROADMAP})"))
    one = lxml.html.fromstring(line.format(name=f"{EN_ROADMAP} — title in Spanish: {ES_ROADMAP}"))
    assert checks.card_checks(two)["brackets in a row"] == 1
    assert checks.card_checks(one)["brackets in a row"] == 0


# ---- an entry's summary standing for its blurbs says its language -------------------------------

# real, set 44, belarus.kz (Russian): a report whose summary could stand for a card's blurb
RU_BELARUS = ("Сенаторы на заседании одиннадцатой сессии Совета Республики седьмого созыва "
              "одобрили законопроект \"О ратификации Меморандума об обязательствах Республики "
              "Беларусь в целях получения статуса государства - члена ШОС\".")


def _unblurbed(summary_in: str) -> Digest:
    item = DigestItem(title="Сенаторы одобрили законопроект", url="http://belarus.kz/a",
                      source="belarus.kz", published_at=None, summary=RU_BELARUS,
                      language="ru", summary_in=summary_in)
    doc = DigestDocument(name="Memorandum of Obligations of the Republic of Belarus",
                         type="memorandum", status="approved", meeting=None, date=None,
                         summary=RU_BELARUS, sources=[item], resolved=False)
    return _digest([doc])


def test_an_unblurbed_cards_summary_in_another_language_is_told_as_such() -> None:
    rendered = render_digest(_unblurbed("Russian"))
    assert "In Russian:" in rendered.text
    assert "In Russian:</div>" in rendered.html
    # a reader of Russian is told nothing
    plain = render_digest(_unblurbed(""))
    assert "In Russian" not in plain.text and "In Russian" not in plain.html


def test_a_groups_summary_takes_the_language_of_the_report_it_comes_from() -> None:
    day = dt.date(2025, 9, 1)
    unread = DigestItem(title="a", url="http://a.example/1", source="a.example",
                        published_at=day, summary=RU_BELARUS, language="ru",
                        summary_in="Russian")  # written pair of reports
    docs = [DigestDocument(name=name, type="memorandum", status="signed",
                           meeting=f"{HEADS}, Tianjin", date=day, summary=RU_BELARUS,
                           sources=[unread]) for name in ("Memorandum A", "Memorandum B")]
    (group,) = group_documents(docs)
    assert group.summary_mark == "In Russian:"
    read = DigestItem(title="b", url="http://b.example/1", source="b.example",
                      published_at=day, summary="The memoranda were signed.", language="en")
    docs = [DigestDocument(name=d.name, type=d.type, status=d.status, meeting=d.meeting,
                           date=day, summary=d.summary, sources=[read, unread]) for d in docs]
    (group,) = group_documents(docs)
    assert group.summary_mark == ""


def test_the_reading_check_counts_an_unmarked_entry_summary() -> None:
    checks = load_script("digest_reading_checks")
    entry = ('<table><tr><td class="doc"><div class="dn">Memorandum</div>{mark}'
             f'<div class="s" lang="ru">{RU_BELARUS}</div></td></tr></table>')
    bare = lxml.html.fromstring(entry.format(mark=""))
    marked = lxml.html.fromstring(entry.format(mark='<div class="m">In Russian:</div>'))
    assert checks.language_checks(bare, frozenset({"en"}))["unmarked language"] == 1
    assert checks.language_checks(marked, frozenset({"en"}))["unmarked language"] == 0
    assert checks.language_checks(bare, frozenset({"ru"}))["unmarked language"] == 0


# ---- a blurb opens on the report's sentence, not its wire's dateline -----------------------------

# real, set 30, astanatimes.com: the Moscow Declaration's report, written in Nur-Sultan
EN_MOSCOW = ("NUR-SULTAN – The Heads of the Shanghai Cooperation Organization (SCO) member states "
             "have signed a Moscow declaration and a package of documents at the SCO Heads of "
             "State Council held via video conference Nov. 10.")


def test_the_moscow_declarations_blurb_leaves_the_dateline_of_nur_sultan() -> None:
    doc = SimpleNamespace(id=1, name="Moscow Declaration", type="declaration", status="signed",
                          meeting=HEADS, venue="Moscow", meeting_id="hsc-2020-moscow",
                          meeting_date="2020-11-10", events=[])
    mention = SimpleNamespace(document_id=1, evidence=EN_MOSCOW, status="signed")
    art = SimpleNamespace(id=1, source="astanatimes.com", language="en",
                          published_at=datetime(2020, 11, 11, tzinfo=UTC),
                          first_seen_at=datetime(2025, 1, 1, tzinfo=UTC), mentions=[mention],
                          body=EN_MOSCOW, title="")
    blurb = card_blurb(doc, [art], ("fr",))
    assert blurb.text.startswith("The Heads of the Shanghai Cooperation Organization")
    assert "NUR-SULTAN" not in blurb.text


def test_the_reading_check_counts_a_blurb_opening_on_a_dateline() -> None:
    checks = load_script("digest_reading_checks")
    assert checks._DATELINE.match(EN_MOSCOW)
    assert not checks._DATELINE.match(EN_MOSCOW.split("– ", 1)[1])
