"""Round 52 (digest52, issue 14's cards): a report a year after its calendar meeting is listed as
a recall with its link in alerts as in digests, a card's status is the step its blurb tells, the
opening of a document's own text is no report of it (ranked last and marked), and a meeting's
only other declaration lends its English name. Each text is a real set's (blind set 38, item
ids given) unless it says it was written for this test."""

from __future__ import annotations

import email
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import lxml.html
from support import load_script, make_settings, store_tagged_article

from pipeline.config import Subscriber
from pipeline.db import Database
from pipeline.digest import (
    Selection,
    build_digest,
    card_blurb,
    english_name,
    namesakes,
    run_alerts,
    tells_meeting,
    told_status,
)
from pipeline.models import Document, DocumentMention
from pipeline.render import render_alert, render_digest
from pipeline.tagging import load_gazetteer

# set 38, newscentralasia.net (r-...astana): the card said "approved" above this sentence
SIGNED = ("Following the summit, 25 documents were approved and the Astana Declaration of the "
          "Council of Heads of SCO member states was signed.")
# set 38, tjxz.cc: a bilingual page of the 2025 strategy's own text
STRATEGY_PAGE = ("中英双语 | 上海合作组织至2025年发展战略\n"
                 "DEVELOPMENT STRATEGY OF THE SHANGHAI COOPERATION ORGANIZATION UNTIL 2025\n"
                 "The Shanghai Cooperation Organization (hereinafter referred to as the SCO or the "
                 "Organization) has established itself as one of the most influential partners in "
                 "the modern system of international relations.")
STRATEGY_OPENING = STRATEGY_PAGE.splitlines()[2]


# --- the step a blurb tells -------------------------------------------------------------------

def test_the_step_of_the_clause_naming_the_document() -> None:
    assert told_status(SIGNED, "declaration") == "signed"
    # written for this test
    assert told_status("The leaders signed the Astana Declaration.", "declaration") == "signed"
    assert told_status("Главы государств подписали Астанинскую декларацию.",
                       "declaration") == "signed"
    assert told_status("The leaders adopted the Astana Declaration and approved the strategy.",
                       "declaration") == "adopted"


def test_no_step_when_the_clause_tells_none_or_several_or_names_no_such_document() -> None:
    # written for this test: the step is another clause's, or the clause is cut by a comma
    assert told_status("25 documents were approved, including the Astana Declaration.",
                       "declaration") is None
    assert told_status("The Astana Declaration, adopted on 4 July, was signed by ten leaders.",
                       "declaration") is None
    assert told_status("The leaders signed the Astana Declaration the ministers had approved.",
                       "declaration") is None
    # the sentence names no memorandum
    assert told_status(SIGNED, "memorandum") is None


def _mention(doc_id: int, evidence: str, status: str) -> Any:
    return SimpleNamespace(document_id=doc_id, evidence=evidence, status=status)


def _art(art_id: int, body: str, source: str, mention: Any, language: str = "en") -> Any:
    published = datetime(2024, 7, 5, 9, tzinfo=UTC)
    return SimpleNamespace(id=art_id, body=body, title="", language=language, source=source,
                           url=f"https://{source}/{art_id}", published_at=published,
                           published_local=lambda: published, mentions=[mention], tags=[],
                           story_id=None, relevance=1.0, first_seen_at=published,
                           states=[], topics=[])


def _declaration(status: str = "approved") -> Any:
    return SimpleNamespace(id=2, name="Astana Declaration", type="declaration", status=status,
                           meeting_date="2024-07-04", events=[], meeting_id="hsc-2024-astana",
                           meeting="SCO Heads of State Council", venue="Astana",
                           meeting_format=None, key="astana declaration")


def test_a_blurb_telling_another_step_gives_the_card_that_step() -> None:
    doc = _declaration()
    art = _art(1, SIGNED, "www.newscentralasia.net", _mention(2, SIGNED, "approved"))
    blurb = card_blurb(doc, [art], ("en",))
    assert blurb.text == SIGNED and blurb.status == "signed"
    text = render_alert(build_digest(Selection(documents=[(doc, [art])]), "r@example.org",
                                     None, datetime(2024, 7, 6, tzinfo=UTC)).documents,
                        "r@example.org", datetime(2024, 7, 6, tzinfo=UTC)).text
    assert "Declaration, signed" in text and "Declaration, approved" not in text


# set 38, r-8294695261: adilet.zan.kz, Kazakhstan's decree of 4 May 2023 approving Iran's
# memorandum of obligations, signed at Samarkand on 16 September 2022
DECREE = ("Қоса беріліп отырған 2022 жылғы 16 қыркүйекте Самарқандта жасалған Иран Ислам "
          "Республикасының Шанхай ынтымақтастық ұйымына мүше мемлекет мәртебесін алу "
          "мақсатындағы міндеттемелері туралы меморандум бекітілсін.")


def test_a_later_step_told_months_on_leaves_the_cards_status() -> None:
    assert told_status(DECREE, "memorandum") == "approved"
    doc = SimpleNamespace(id=19, name="Memorandum of Obligations of the Islamic Republic of Iran",
                          type="memorandum", status="signed", venue=None, meeting_date="2022-09-16",
                          events=[], meeting_id="hsc-2022-samarkand")
    art = _art(1, DECREE, "adilet.zan.kz", _mention(19, DECREE, "approved"), language="kk")
    art.published_at = datetime(2023, 5, 4, tzinfo=UTC)
    blurb = card_blurb(doc, [art], ("en",))
    assert blurb.text == DECREE and blurb.status is None
    # the same sentence in a report of the summit's days would give the card its step
    art.published_at = datetime(2022, 9, 17, tzinfo=UTC)
    assert card_blurb(doc, [art], ("en",)).status == "approved"


def test_a_sentence_agreeing_with_the_card_comes_first_and_keeps_its_status() -> None:
    doc = _declaration()
    # written for this test: a second report saying the card's own step
    agrees = "The heads of state approved the Astana Declaration on 4 July."
    arts = [_art(1, SIGNED, "a.example", _mention(2, SIGNED, "approved")),
            _art(2, agrees, "b.example", _mention(2, agrees, "approved"))]
    blurb = card_blurb(doc, arts, ("en",))
    assert blurb.text == agrees and blurb.status is None
    # a planned card is never given a done step by its blurb
    assert card_blurb(_declaration("planned"), arts[:1], ("en",)).status is None


# --- the document's own text ------------------------------------------------------------------

def _strategy() -> Any:
    return SimpleNamespace(id=17, name="SCO Development Strategy until 2025", type="strategy",
                           status="approved", meeting_date="2015-07-10", events=[],
                           meeting_id="hsc-2015-ufa", meeting="SCO Heads of State Council",
                           venue="Ufa", meeting_format=None, key="2025 development strategy until")


def test_a_strategys_opening_tells_no_meeting_a_communiques_does() -> None:
    assert not tells_meeting(STRATEGY_OPENING)
    # written for this test, as a communiqué's text opens
    assert tells_meeting("A regular meeting of the Council of Heads of Government of the SCO "
                         "member states was held on 2 November 2007 in Tashkent.")
    # a city inside the organisation's name is no venue
    assert not tells_meeting("The Shanghai Cooperation Organisation has grown since then.")


def test_the_opening_of_its_own_text_is_marked_and_any_report_comes_first() -> None:
    doc = _strategy()
    title = STRATEGY_PAGE.splitlines()[1]
    page = _art(1, STRATEGY_PAGE, "tjxz.cc", _mention(17, title, "approved"))
    page.title = STRATEGY_PAGE.splitlines()[0]
    alone = card_blurb(doc, [page], ("en",))
    assert alone.text == STRATEGY_OPENING and alone.own_text
    # written for this test: a report of its adoption
    said = "The SCO heads of state approved the SCO Development Strategy until 2025 in Ufa."
    report = _art(2, said, "news.example", _mention(17, said, "approved"))
    blurb = card_blurb(doc, [page, report], ("en",))
    assert blurb.text == said and not blurb.own_text
    now = datetime(2015, 7, 12, tzinfo=UTC)
    marked = render_digest(build_digest(Selection(documents=[(doc, [page])]), "r@example.org",
                                        None, now))
    assert "From the document's own text:" in marked.text
    assert "From the document&#39;s own text:" in marked.html or (
        "From the document's own text:" in marked.html)
    told = render_digest(build_digest(Selection(documents=[(doc, [page, report])]),
                                      "r@example.org", None, now))
    assert "From the document's own text" not in told.text
    assert said in " ".join(told.text.split())


# --- a late report at a calendar meeting, in an alert --------------------------------------------

# written for this test: a look back a year and more after the Tianjin summit
LOOK_BACK = ("A year on, officials in Bishkek looked back at the Tianjin Declaration, which the "
             "SCO heads of state adopted in 2025, and at its plans for trade.")
NOW = datetime(2026, 12, 6, 12, tzinfo=UTC)


def test_an_alert_lists_a_late_report_as_a_recall_with_its_link(tmp_path: Path) -> None:
    reader = Subscriber("now@example.org", schedule="immediate", timezone="UTC",
                        languages=("en",))
    settings = make_settings(tmp_path, subscribers=(reader,))
    db = Database(settings.database_url)
    db.ensure_schema()
    url = "https://lookback.example/2026/12/tianjin-a-year-on"
    with db.session() as s:
        doc = Document(key="tianjin declaration", name="Tianjin Declaration", type="declaration",
                       status="adopted", meeting="SCO Heads of State Council", venue="Tianjin",
                       meeting_date="2025-09-01", meeting_id="hsc-2025-tianjin")
        s.add(doc)
        published = NOW - timedelta(hours=3)
        row = store_tagged_article(
            s, load_gazetteer(), LOOK_BACK, canonical_url=url, url=url,
            source="lookback.example", published_at=published, first_seen_at=published,
            updated_at=published, processed_at=published + timedelta(minutes=5),
            sco_relevant=True, relevance=1.0, story_id=1)
        row.title = "Tianjin, a year on"
        s.add(DocumentMention(article_id=row.id, document_id=doc.id,
                              evidence="Tianjin Declaration", status="adopted"))
    report = run_alerts(settings, db, now=lambda: NOW, log=lambda _: None)
    assert report.sent == 1
    [eml] = sorted(settings.outbox.glob("*.eml"))
    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    # told as a recall, never under "Reported by", and its headline and link are there
    # (round 53: a look back naming no other meeting is "recalled in later reports")
    assert "Recalled in later reports" in text and "Reported by" not in text
    assert "Tianjin, a year on" in text and url in text
    page = lxml.html.fromstring(html)
    [entry] = page.find_class("doc")
    assert [a.get("href") for a in entry.iter("a")] == [url]
    assert entry.find_class("rc") and not entry.find_class("src")
    assert "Tianjin, a year on" in entry.text_content()
    checks = load_script("digest_reading_checks")
    assert checks.card_checks(page)["no report"] == 0


# --- a meeting's only other declaration lends its English name --------------------------------

# set 38: the founding declaration's Bengali name (its key is apart from the English one's)
FOUNDING_BN = "সাংহাই সহযোগিতা সংস্থা প্রতিষ্ঠার ঘোষণা"
FOUNDING = "Declaration on the Establishment of the Shanghai Cooperation Organisation"


def _register(rows: list[tuple[str, str, str, str | None]]) -> list[Document]:
    db = Database("sqlite://")
    db.ensure_schema()
    with db.session() as s:
        docs = [Document(key=key, name=name, type=kind, status="signed", meeting_id=meeting,
                         meeting_date="2001-06-15" if meeting else None)
                for name, key, kind, meeting in rows]
        s.add_all(docs)
        s.flush()
        out = namesakes(s, docs)
        return [out.get(d.id, []) for d in docs]  # type: ignore[return-value]


def test_the_only_other_declaration_of_the_meeting_lends_its_english_name() -> None:
    bn, en = _register([(FOUNDING_BN, "ঘোষণা প্রতিষ্ঠার", "declaration", "hsc-2001-shanghai"),
                        (FOUNDING, "declaration establishment", "declaration",
                         "hsc-2001-shanghai")])
    assert bn == [FOUNDING] and en == [FOUNDING_BN]
    assert english_name(FOUNDING_BN, "declaration", bn) == FOUNDING


def test_no_english_name_from_memoranda_two_declarations_or_no_meeting() -> None:
    # written for this test: memoranda come several to a meeting
    [mou, _] = _register([("备忘录甲", "备忘录甲", "memorandum", "hsc-2022-samarkand"),
                          ("Memorandum of Understanding with UNESCO", "memorandum unesco",
                           "memorandum", "hsc-2022-samarkand")])
    assert mou == []
    # two other declarations at the meeting: which one is not known
    [bn, *_] = _register([(FOUNDING_BN, "ঘোষণা প্রতিষ্ঠার", "declaration", "hsc-2001-shanghai"),
                          (FOUNDING, "declaration establishment", "declaration",
                           "hsc-2001-shanghai"),
                          ("Shanghai Declaration", "declaration shanghai", "declaration",
                           "hsc-2001-shanghai")])
    assert bn == []
    # unresolved entries share no meeting
    [bn, _] = _register([(FOUNDING_BN, "ঘোষণা প্রতিষ্ঠার", "declaration", None),
                         (FOUNDING, "declaration establishment", "declaration", None)])
    assert bn == []


# --- the reading checks -------------------------------------------------------------------------

def test_the_reading_checks_count_a_contradicted_status_an_own_text_and_an_empty_card() -> None:
    checks = load_script("digest_reading_checks")
    html = f"""<table>
<tr><td class="doc"><div class="dt">Declaration · approved</div><div class="dn">Astana
Declaration</div><div class="card"><div class="s">{SIGNED}</div></div>
<div class="src"><a href="https://a.example/1">x</a></div></td></tr>
<tr><td class="doc"><div class="dt">Strategy · approved</div><div class="dn">SCO Development
Strategy until 2025</div><div class="card"><div class="s">{STRATEGY_OPENING}</div></div></td></tr>
<tr><td class="doc"><div class="dt">Joint statement · signed</div>
<div class="dn">SCO加盟国国防相共同声明</div><div class="card">
<div class="m">From the document's own text:</div><div class="s">{STRATEGY_OPENING}</div></div>
<div class="src"><a href="https://b.example/1">y</a></div></td></tr>
</table>"""
    counts = checks.card_checks(lxml.html.fromstring(html))
    # (round 56 added "gloss again", round 74 "brackets in a row": no group line here)
    assert counts == {"status contradicted": 1, "says no step": 1, "no report": 1,
                      "unread title": 1, "gloss again": 0, "brackets in a row": 0}
    agreeing = html.replace("Declaration · approved", "Declaration · signed")
    assert checks.card_checks(lxml.html.fromstring(agreeing))["status contradicted"] == 0
    # a planned card's blurb is a preview, whatever step it names
    planned = html.replace("Declaration · approved", "Declaration · planned")
    assert checks.card_checks(lxml.html.fromstring(planned))["status contradicted"] == 0
