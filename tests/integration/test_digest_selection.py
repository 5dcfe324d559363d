"""What a digest holds, read from a real database: documents of one meeting as one entry, stories
with their headline and every source, subscriber filters, summaries in the article's language.

Most articles here are inserted as processed rows (tags, story, documents set directly): these
tests are about the digest's choice and layout, not about tagging, which has its own tests. One
test runs the seed article through the real processing first.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from support import ROOT, SmtpSink, make_settings

from pipeline.article import Article
from pipeline.config import Settings, Subscriber
from pipeline.db import Database
from pipeline.digest import build_digest, run_digest, select_for, sync_subscribers
from pipeline.models import (
    ArticleRow,
    Delivery,
    Document,
    DocumentMention,
    Story,
    SubscriberRow,
    Tag,
)
from pipeline.process import process_new
from pipeline.render import render_digest
from pipeline.store import save_article
from pipeline.summarize import split_sentences

FIXTURES = ROOT / "tests" / "fixtures"
SUMMIT = datetime(2025, 9, 1, 9, 0, tzinfo=UTC)
NOW = datetime(2025, 9, 2, 6, 0, tzinfo=UTC)
READER = "reader@example.org"


def add_article(s: Session, slug: str, title: str, *, source: str = "tass", body: str | None = None,
                language: str = "en", published: datetime = SUMMIT, states: tuple[str, ...] = (),
                topics: tuple[str, ...] = (), story: int | None = None) -> ArticleRow:
    """A processed, SCO-relevant article row."""
    url = f"https://{source}.example/{slug}"
    row = ArticleRow(
        canonical_url=url, url=url, source=source, title=title, language=language,
        body=body or f"{title}. The leaders of the SCO member states met on Monday. "
                     "They discussed cooperation for the next ten years.",
        published_at=published, first_seen_at=published + timedelta(minutes=5),
        processed_at=published + timedelta(minutes=10), sco_relevant=True, relevance=1.0,
        story_id=story)
    row.tags = ([Tag(kind="state", value=v) for v in states]
                + [Tag(kind="topic", value=v) for v in topics])
    s.add(row)
    s.flush()
    return row


def add_document(s: Session, name: str, reported_by: list[ArticleRow], *, kind: str = "declaration",
                 status: str | None = "adopted", meeting: str | None = "SCO Heads of State Council",
                 venue: str | None = "Tianjin", day: str | None = "2025-09-01") -> Document:
    """A register entry and the articles that mention it."""
    # a register entry placed at a calendar meeting (the id is the test's own)
    meeting_id = f"test-{venue}-{day}" if meeting and day else ""
    doc = Document(key=name.casefold(), name=name, type=kind, status=status, meeting=meeting,
                   venue=venue, meeting_date=day, meeting_id=meeting_id)
    s.add(doc)
    s.flush()
    for art in reported_by:
        s.add(DocumentMention(article_id=art.id, document_id=doc.id, evidence=name))
    s.flush()
    return doc


def subscriber_id(s: Session, sub: Subscriber) -> int:
    return sync_subscribers(s, [sub])[sub.email.lower()]


def text_and_html(mail: EmailMessage) -> tuple[str, str]:
    return (mail.get_body(("plain",)).get_content(),  # type: ignore[union-attr]
            mail.get_body(("html",)).get_content())  # type: ignore[union-attr]


def entries(html: str) -> int:
    """How many document entries the HTML part shows."""
    return len(re.findall(r'<td class="doc"', html))


def deliveries(db: Database) -> set[tuple[str, int]]:
    with db.session() as s:
        return {(t, i) for t, i in s.execute(select(Delivery.item_type, Delivery.item_id))}


@pytest.fixture
def reader_settings(tmp_path: Path, smtp_sink: SmtpSink) -> Settings:
    return make_settings(tmp_path, smtp_url=smtp_sink.url,
                         subscribers=(Subscriber(READER, timezone="Asia/Shanghai"),))


# --- documents adopted together -----------------------------------------------------------------


def test_the_seed_meeting_is_one_entry_with_one_summary(reader_settings: Settings,
                                                        smtp_sink: SmtpSink) -> None:
    """The seed article names a declaration and a package of documents adopted with it: the
    digest shows the meeting once, lists every document, and counts documents in the subject."""
    title, body = (FIXTURES / "seed" / "000_9abfdcff137a48cb.txt").read_text("utf-8").split("\n", 1)
    db = Database(reader_settings.database_url)
    with db.session() as s:
        save_article(s, Article(
            url="https://astanatimes.com/2020/11/sco-leaders-sign-moscow-declaration/",
            source="astanatimes", title=title, body=body, language="en",
            published_at=datetime(2020, 11, 10, 18, 0, tzinfo=UTC)))
    process_new(reader_settings, db, log=lambda _: None)
    with db.session() as s:
        docs = {d.id: d.name for d in s.scalars(select(Document))}
        article_ids = set(s.scalars(select(ArticleRow.id)))
    assert len(docs) >= 5 and "Moscow Declaration" in docs.values()

    report = run_digest(reader_settings, db, now=lambda: NOW, log=lambda _: None)
    assert report.sent == 1
    [mail] = smtp_sink.messages
    assert mail["Subject"].endswith(f": {len(docs)} new documents")
    text, html = text_and_html(mail)
    assert entries(html) == 1
    assert f"{len(docs)} documents · 10 Nov 2020" in html
    for part in (" ".join(text.split()), html):  # the declaration's card, once
        assert part.count("signed a Moscow declaration and a package of documents") == 1
    flat = " ".join(text.split())
    for name in docs.values():  # each document listed once, with its type
        assert len(re.findall(rf"- {re.escape(name)} \(", flat)) == 1, name
        assert len(re.findall(rf'class="ln"[^>]*>{re.escape(name)}<', html)) == 1, name
    # what is recorded stays per document: each one, and the article, delivered once
    assert deliveries(db) == {("document", i) for i in docs} | {("article", i) for i in article_ids}
    db.dispose()


def test_documents_reported_by_the_same_articles_share_an_entry(db: Database) -> None:
    with db.session() as s:
        tass = add_article(s, "a", "SCO adopts plans", source="tass")
        xinhua = add_article(s, "b", "SCO summit adopts plans", source="xinhua")
        later = add_article(s, "c", "Ministers sign a memorandum", source="kazinform",
                            published=SUMMIT + timedelta(days=20))
        # no meeting known: grouped because the same two articles report both
        for name in ("Plan on energy", "Plan on transport"):
            add_document(s, name, [tass, xinhua], kind="action_plan", meeting=None, venue=None,
                         day=None)
        add_document(s, "Memorandum on customs", [later], kind="memorandum", meeting=None,
                     venue=None, day=None)
        sub = Subscriber(READER)
        sel = select_for(s, sub, subscriber_id(s, sub), NOW, None)
        rendered = render_digest(build_digest(sel, READER, None, NOW))
    assert sel.document_count() == 3
    assert rendered.subject.endswith(": 3 new documents")
    assert entries(rendered.html) == 2
    assert "Reported by 2 outlets" in rendered.html
    # without a meeting, and no city its reports name, the documents' type heads the group, not
    # a report's headline (round 72: a headline about another document headed set 51's group)
    assert re.search(r'class="dn"[^>]*>Action plans<', rendered.html)
    assert not re.search(r'class="dn"[^>]*>SCO adopts plans<', rendered.html)
    # the undated memorandum counts from its report, 20 days later: it comes first
    assert rendered.text.index("Memorandum on customs") < rendered.text.index("Plan on energy")


def test_the_same_council_on_another_day_is_another_entry(db: Database) -> None:
    with db.session() as s:
        a = add_article(s, "a", "Summit in Tianjin")
        b = add_article(s, "b", "Summit in Astana", published=SUMMIT - timedelta(days=400))
        add_document(s, "Tianjin Declaration", [a])
        add_document(s, "Tianjin Development Strategy", [a, b], kind="strategy")
        add_document(s, "Astana Declaration", [b], venue="Astana", day="2024-07-04")
        sub = Subscriber(READER)
        sel = select_for(s, sub, subscriber_id(s, sub), NOW, None)
        html = render_digest(build_digest(sel, READER, None, NOW)).html
    assert entries(html) == 2
    assert "2 documents · 1 Sep 2025" in html


# --- stories ------------------------------------------------------------------------------------


def test_a_story_is_one_entry_with_its_headline_and_every_source(db: Database) -> None:
    with db.session() as s:
        s.add(Story(id=7, headline="Leaders gather in Tianjin for the largest SCO summit",
                    articles=3))
        s.flush()
        xinhua = add_article(s, "x", "Tianjin ready to host SCO summit", source="xinhua", story=7)
        add_article(s, "t", "Putin arrives in Tianjin", source="tass", story=7)
        add_article(s, "k", "Tokayev flies to Tianjin", source="kazinform", story=7)
        s.get(Story, 7).headline_article_id = xinhua.id  # type: ignore[union-attr]
        add_article(s, "s1", "A story nobody else told", source="dawn")
        add_article(s, "s2", "Another single report", source="dawn")
        # a story the stories table has no headline for yet
        add_article(s, "n1", "Railway deal signed", source="belta", story=8)
        add_article(s, "n2", "Rail deal agreed", source="kun", story=8)
        sub = Subscriber(READER)
        sel = select_for(s, sub, subscriber_id(s, sub), NOW, None)
        rendered = render_digest(build_digest(sel, READER, None, NOW))
    assert len(sel.stories) == 4
    assert rendered.subject.endswith(": 4 stories")
    html, text = rendered.html, rendered.text
    assert len(re.findall(r">Leaders gather in Tianjin for the largest SCO summit<", html)) == 1
    # the headline links to the article it comes from; the others are listed with it
    assert re.search(r'href="https://xinhua.example/x"[^>]*>Leaders gather in Tianjin', html)
    assert re.search(r"Also reported by: .*tass.*kazinform", html)
    for url in ("https://tass.example/t", "https://kazinform.example/k"):
        assert html.count(url) == 1 and text.count(url) == 1
    assert "Putin arrives in Tianjin" not in text  # one entry, not one per article
    # no headline in the table: the most authoritative member's title (BelTA, a wire agency)
    assert "Railway deal signed" in text and "Rail deal agreed" not in text
    # story_id null: each article is its own entry
    assert "A story nobody else told" in text and "Another single report" in text


def test_story_reports_that_do_not_name_the_document_are_told_under_it(db: Database) -> None:
    with db.session() as s:
        s.add(Story(id=3, headline="SCO summit adopts the Tianjin Declaration", articles=2))
        s.flush()
        named = add_article(s, "a", "SCO summit adopts the Tianjin Declaration", source="xinhua",
                            story=3)
        other = add_article(s, "b", "Summit closes with a gala concert", source="dawn", story=3)
        doc = add_document(s, "Tianjin Declaration", [named])
        sub = Subscriber(READER)
        sel = select_for(s, sub, subscriber_id(s, sub), NOW, None)
        rendered = render_digest(build_digest(sel, READER, None, NOW))
        assert sel.stories == []
        assert ("article", other.id) in sel.items() and ("document", doc.id) in sel.items()
    assert re.search(r'Also covered by: <a href="https://dawn.example/b"', rendered.html)
    assert "STORIES" not in rendered.text
    assert "Also covered by: dawn" in rendered.text


# --- subscriber filters -------------------------------------------------------------------------


@pytest.fixture
def mixed(db: Database) -> Database:
    """Four articles: Kazakh energy with a document, Chinese security, Russian, Uzbek transport."""
    with db.session() as s:
        kz = add_article(s, "kz", "Kazakhstan and SCO partners sign energy plan",
                         source="kazinform", states=("KZ",), topics=("energy",))
        add_document(s, "Energy cooperation plan", [kz], kind="action_plan")
        add_article(s, "cn", "上合组织安全会议在天津举行", source="xinhua", language="zh",
                    states=("CN",), topics=("security",),
                    body="上合组织安全会议在天津举行。各方讨论了反恐合作。")
        add_article(s, "ru", "Лидеры ШОС встретились в Тяньцзине", source="tass", language="ru",
                    states=("RU",),
                    body="Лидеры ШОС встретились в Тяньцзине. Они обсудили сотрудничество.")
        add_article(s, "uz", "Uzbekistan opens SCO rail corridor", source="kun",
                    states=("UZ",), topics=("transport",))
    return db


@pytest.mark.parametrize(("sub", "documents", "stories", "left_out"), [
    (Subscriber(READER), 1, 3, 0),
    (Subscriber(READER, states=("KZ", "UZ")), 1, 1, 2),
    (Subscriber(READER, topics=("security",)), 0, 1, 3),
    # `languages` filters stories; a document reported only in English is still shown
    (Subscriber(READER, languages=("ru", "zh")), 1, 2, 1),
    (Subscriber(READER, documents_only=True), 1, 0, 0),
    (Subscriber(READER, states=("KZ",), documents_only=True), 1, 0, 3),
])
def test_filters_choose_what_a_subscriber_gets(mixed: Database, sub: Subscriber, documents: int,
                                               stories: int, left_out: int) -> None:
    with mixed.session() as s:
        sel = select_for(s, sub, subscriber_id(s, sub), NOW, None)
        titles = [a.title for story in sel.stories for a in story]
        langs = {a.language for story in sel.stories for a in story}
        states = {t.value for story in sel.stories for a in story for t in a.tags
                  if t.kind == "state"}
    assert (sel.document_count(), len(sel.stories)) == (documents, stories), titles
    assert sel.filtered.get("outside your filters", 0) == left_out
    if sub.languages:
        assert langs <= set(sub.languages)
    if sub.states:
        assert states <= set(sub.states)


def test_filters_apply_in_the_delivered_digest(mixed: Database, tmp_path: Path,
                                               smtp_sink: SmtpSink) -> None:
    settings = make_settings(tmp_path, database_url=mixed.url, smtp_url=smtp_sink.url,
                             subscribers=(Subscriber("kz@example.org", states=("KZ",)),
                                          Subscriber("ru@example.org", languages=("ru",))))
    assert run_digest(settings, mixed, now=lambda: NOW, log=lambda _: None).sent == 2
    got = {m["To"]: text_and_html(m)[0] for m in smtp_sink.messages}
    assert "Energy cooperation plan" in got["kz@example.org"]
    assert "Тяньцзине" not in got["kz@example.org"] and "天津" not in got["kz@example.org"]
    assert "Лидеры ШОС встретились в Тяньцзине" in got["ru@example.org"]
    # a document is news in any language: its card comes from the English report
    assert "Energy cooperation plan" in got["ru@example.org"]
    assert "2 outside your filters" in got["ru@example.org"]
    assert "Uzbekistan opens SCO rail corridor" not in got["ru@example.org"]
    assert received(mixed) == {"kz@example.org": {"kazinform"},
                               "ru@example.org": {"tass", "kazinform"}}
    # what a filter left out is not recorded as delivered: dropping the filter brings it
    wider = make_settings(tmp_path, database_url=mixed.url, smtp_url=smtp_sink.url,
                          subscribers=(Subscriber("kz@example.org"),))
    assert run_digest(wider, mixed, now=lambda: NOW, log=lambda _: None).sent == 1
    assert received(mixed)["kz@example.org"] == {"kazinform", "xinhua", "tass", "kun"}


def received(db: Database) -> dict[str, set[str]]:
    """The outlets whose articles each subscriber has received."""
    with db.session() as s:
        rows = s.execute(
            select(SubscriberRow.email, ArticleRow.source)
            .join(Delivery, Delivery.subscriber_id == SubscriberRow.id)
            .join(ArticleRow, ArticleRow.id == Delivery.item_id)
            .where(Delivery.item_type == "article"))
        out: dict[str, set[str]] = {}
        for email, source in rows:
            out.setdefault(email, set()).add(source)
    return out


# --- summaries in the article's language ---------------------------------------------------------


@pytest.mark.parametrize(("fixture", "title", "language", "script"), [
    ("ru_tass_8836033.txt", "Движение по пятому участку ЦКАД открывается в понедельник", "ru",
     r"[\u0400-\u04FF]"),
    ("zh_xinhua_c_1125597921.txt", "武汉的声音：有英勇的你，才有英雄的城！", "zh",
     r"[\u4e00-\u9fff]"),
])
def test_summaries_keep_the_language_and_whole_sentences(db: Database, fixture: str, title: str,
                                                         language: str, script: str) -> None:
    """A real TASS (Russian) and Xinhua (Chinese) text through the digest: the summary is in
    the article's script, made of whole sentences of the article, and labelled with its language."""
    body = (FIXTURES / "summarize" / fixture).read_text("utf-8")
    with db.session() as s:
        add_article(s, "x", title, source="tass", body=body, language=language)
        sub = Subscriber(READER)
        sel = select_for(s, sub, subscriber_id(s, sub), NOW, None)
        d = build_digest(sel, READER, None, NOW)
    [story] = d.stories
    summary = story.items[0].summary
    assert summary and len(re.findall(script, summary)) > len(summary) // 3
    assert not re.search(r"[A-Za-z]{4,}", summary)  # no English filler
    sentences = split_sentences(summary, language)
    assert sentences and all(sentence in body for sentence in sentences)
    assert summary.rstrip()[-1] in ".!?…。！？」”\"»"  # never cut mid-sentence
    html = render_digest(d).html
    assert re.search(rf'<td class="it" lang="{language}"', html)
    # the text part keeps every character of the summary (wrapped, not cut)
    text = render_digest(d).text
    flat = "".join(text.split())
    assert "".join(summary.split()) in flat


def test_a_story_is_headed_in_the_readers_language_when_a_report_in_it_exists(
        db: Database) -> None:
    """Read in Chromium: an English reader's story was headed by a Chinese wire report's title
    although an English report of the same story was in the digest."""
    with db.session() as s:
        s.add(Story(id=5, headline="上合组织峰会在杜尚别举行", articles=2))
        s.flush()
        add_article(s, "zh", "上合组织峰会在杜尚别举行", source="xinhua", language="zh",
                    body="上海合作组织成员国元首理事会第二十一次会议17日在杜尚别举行。", story=5)
        add_article(s, "en", "SCO summit held in Dushanbe", source="dawn", story=5)
        english, chinese = Subscriber(READER), Subscriber("zh-reader@example.org")
        views = {}
        for sub, langs in ((english, ("en",)), (chinese, ("zh",))):
            sel = select_for(s, sub, subscriber_id(s, sub), NOW, None)
            views[langs] = build_digest(sel, sub.email, None, NOW, languages=langs).stories
    [en_story], [zh_story] = views[("en",)], views[("zh",)]
    assert en_story.headline == "SCO summit held in Dushanbe"
    assert en_story.items[0].source == "dawn" and len(en_story.items) == 2
    assert zh_story.headline == "上合组织峰会在杜尚别举行" and zh_story.items[0].source == "xinhua"


def test_converter_readings_in_brackets_are_dropped_from_what_the_reader_sees(
        db: Database) -> None:
    """A Hong Kong reprint whose converter left pinyin after every character ("會(huì)議"):
    its title, summary, blurb and the document's name reach the reader without them."""
    title = "上合組織峰會(huì)在杜尚別舉行"
    body = ("上海合作組織成員國元首理事會(huì)第八次會(huì)議28日在杜尚別舉行,"
            "會(huì)議發(fā)表了《杜尚別宣言》和聯(lián)合公報。各國領導人出席。")
    with db.session() as s:
        art = add_article(s, "hk", title, source="hk", language="zh-Hant", body=body)
        doc = add_document(s, "聯(lián)合公報", [art], kind="communique", venue="Dushanbe",
                           day="2008-08-28")
        s.get(DocumentMention, doc.mentions[0].id).evidence = body  # type: ignore[union-attr]
        sub = Subscriber(READER)
        sel = select_for(s, sub, subscriber_id(s, sub), NOW, None)
        rendered = render_digest(build_digest(sel, READER, None, NOW))
    for text in (rendered.html, rendered.text):
        assert "(huì)" not in text and "(fā)" not in text and "(lián)" not in text
    assert "聯合公報" in rendered.text and "峰會在杜尚別舉行" in rendered.text


def test_an_undated_archive_page_is_left_out_of_the_digest_with_a_count(db: Database) -> None:
    """A crawl that finds an outlet's undated archive page of the 2006 summit does not tell it
    as a new story (blind set 4's digest told 29 such pages as stories); an undated page naming
    this year or none is told as usual."""
    with db.session() as s:
        old = add_article(s, "old", "SCO summit in Shanghai", source="archive",
                          body="The leaders of the SCO met in Shanghai on 15 June 2006 and "
                               "signed the Declaration on the Fifth Anniversary.")
        fresh = add_article(s, "fresh", "SCO summit opens", source="daily",
                            body="The leaders of the SCO met in Tianjin this week.")
        recent = add_article(s, "recent", "SCO chairmanship", source="weekly",
                             body="Kyrgyzstan chairs the SCO in 2025 and 2026.")
        for row in (old, fresh, recent):
            row.published_at = None
        s.flush()
        sub = Subscriber(READER)
        sel = select_for(s, sub, subscriber_id(s, sub), NOW, None)
        shown = {a.id for story in sel.stories for a in story}
        rendered = render_digest(build_digest(sel, READER, None, NOW))
    assert old.id not in shown and {fresh.id, recent.id} <= shown
    assert sel.filtered.get("undated, about earlier years") == 1
    assert "1 undated, about earlier years" in rendered.text
