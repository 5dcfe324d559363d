"""Document cards in a multi-outlet digest: each card's blurb reports its own document, in the
reader's language when a report in it exists, each outlet once with its count, newest meeting
first and declarations first.

Every article text here is written by the scowatch developers for this test (not real reports).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import lxml.html
from support import make_settings

from pipeline.article import Article
from pipeline.config import Subscriber
from pipeline.db import Database
from pipeline.digest import build_digest, select_for, sync_subscribers
from pipeline.documents import document_key
from pipeline.process import process_new
from pipeline.render import render_digest
from pipeline.store import save_article

TIANJIN = datetime(2025, 9, 1, 12, tzinfo=UTC)
NOW = datetime(2025, 9, 2, 6, tzinfo=UTC)
ARTICLES = [
    ("tass", "en", "https://tass.example/1", "SCO leaders sign Tianjin Declaration",
     "TIANJIN, September 1. /TASS/. The leaders of the Shanghai Cooperation Organization signed "
     "the Tianjin Declaration at the meeting of the SCO Heads of State Council in Tianjin on "
     "Monday. They also approved the SCO Development Strategy for 2026-2035, the organisation's "
     "plan for the next decade.", TIANJIN),
    ("tass", "en", "https://tass.example/2", "Putin on the SCO summit",
     "TIANJIN, September 1. /TASS/. Russian President Vladimir Putin said the Tianjin "
     "Declaration signed by the SCO heads of state on Monday reflects a multipolar world. He "
     "met the Chinese leader on the sidelines.", TIANJIN),
    ("xinhua", "zh", "https://xinhua.example/1", "上合组织天津峰会举行",
     "新华社天津9月1日电 上海合作组织成员国元首理事会第二十五次会议1日在天津举行。"
     "与会领导人签署并发表《上海合作组织成员国元首理事会天津宣言》，"
     "批准《上海合作组织2026—2035年发展战略》。", TIANJIN),
    ("kazinform", "ru", "https://kazinform.example/1", "Лидеры ШОС подписали декларацию",
     "ТЯНЬЦЗИНЬ, 1 сентября. КАЗИНФОРМ – Главы государств - членов ШОС подписали "
     "Тяньцзиньскую декларацию на заседании Совета глав государств ШОС в Тяньцзине.", TIANJIN),
    ("akipress", "en", "https://akipress.example/1", "Kyrgyzstan takes over SCO chairmanship",
     "Kyrgyzstan took over the SCO chairmanship for 2025-2026 at the Tianjin summit of the "
     "Shanghai Cooperation Organisation. President Sadyr Japarov said the next SCO summit "
     "would be held in Bishkek.", TIANJIN),
    ("astanatimes", "en", "https://astanatimes.example/1", "SCO summit in Astana ends",
     "ASTANA – The leaders of the Shanghai Cooperation Organisation signed the Astana "
     "Declaration at the SCO summit in Astana on July 4.", datetime(2024, 7, 4, 15, tzinfo=UTC)),
]


def cards(html: str) -> list[tuple[str, str, str, str]]:
    """(document name, blurb, blurb language, outlets line) of every document of every card,
    in order (documents reported by one sentence share a card)."""
    out = []
    for entry in lxml.html.fromstring(html).find_class("doc"):
        names = entry.find_class("dn")
        for card in entry.find_class("card"):
            name_els = card.find_class("ln") or names[:1]
            blurb = card.find_class("s")[0]
            outlets = card.find_class("co")
            out.extend((name_el.text_content().strip(), blurb.text_content().strip(),
                        blurb.get("lang") or "",
                        outlets[0].text_content().strip() if outlets else "")
                       for name_el in name_els)
    return out


def names_document(name: str, blurb: str) -> bool:
    """Whether a blurb names a document: every word of its key is in the blurb's key."""
    return set(document_key(name).split()) <= set(document_key(blurb).split())


def test_every_card_blurb_names_its_document_in_the_readers_language(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    db = Database(settings.database_url)
    with db.session() as s:
        for source, language, url, title, body, when in ARTICLES:
            save_article(s, Article(url=url, source=source, title=title, body=body,
                                    published_at=when, language=language))
    process_new(settings, db, log=lambda _line: None)
    reader = Subscriber("reader@example.org")
    with db.session() as s:
        sub_id = sync_subscribers(s, [reader])[reader.email]
        sel = select_for(s, reader, sub_id, NOW, None)
        html = render_digest(build_digest(sel, reader.email, None, NOW, languages=("en",))).html
    found = cards(html)
    assert [name for name, *_ in found] == [
        "Tianjin Declaration", "SCO Development Strategy for 2026-2035", "Astana Declaration"]
    for name, blurb, language, _outlets in found:
        assert names_document(name, blurb), (name, blurb)
        assert language == "en", (name, blurb)  # an English report exists for each
    # the strategy's blurb is its own sentence, not the chairmanship article or the declaration's
    strategy = found[1][1]
    assert "Development Strategy" in strategy and "chairmanship" not in strategy
    # each outlet once per card, with its article count
    declaration_outlets = found[0][3]
    assert declaration_outlets.count("tass") == 1 and "tass (2 articles)" in declaration_outlets
    assert "xinhua" in declaration_outlets and "kazinform" in declaration_outlets
    db.dispose()


def test_a_russian_reader_gets_the_russian_report(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    db = Database(settings.database_url)
    with db.session() as s:
        for source, language, url, title, body, when in ARTICLES[:4]:
            save_article(s, Article(url=url, source=source, title=title, body=body,
                                    published_at=when, language=language))
    process_new(settings, db, log=lambda _line: None)
    reader = Subscriber("ru@example.org")
    with db.session() as s:
        sub_id = sync_subscribers(s, [reader])[reader.email]
        sel = select_for(s, reader, sub_id, NOW, None)
        html = render_digest(build_digest(sel, reader.email, None, NOW,
                                          languages=("ru", "en"))).html
    by_name = {name: (blurb, language) for name, blurb, language, _ in cards(html)}
    blurb, language = by_name["Tianjin Declaration"]
    assert language == "ru" and "Тяньцзиньскую декларацию" in blurb
    # no Russian report of the strategy: the English one stands in
    assert by_name["SCO Development Strategy for 2026-2035"][1] == "en"
    db.dispose()


def test_the_card_of_an_adopted_document_is_not_blurbed_by_its_draft(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    db = Database(settings.database_url)
    draft = ("sectsco", "en", "https://sectsco.example/1", "SCO foreign ministers meet in Tianjin",
             "TIANJIN, July 15. The SCO Council of Foreign Ministers met in Tianjin. The ministers "
             "reviewed the draft Tianjin Declaration and agreed to submit it to the Council of "
             "Heads of State of the Shanghai Cooperation Organisation.",
             datetime(2025, 7, 15, 12, tzinfo=UTC))
    with db.session() as s:
        # the adoption first reported in Russian; in English, the official site (the most
        # authoritative outlet) reported the draft, tass the signing
        for source, language, url, title, body, when in [ARTICLES[3], draft, ARTICLES[0]]:
            save_article(s, Article(url=url, source=source, title=title, body=body,
                                    published_at=when, language=language))
    process_new(settings, db, log=lambda _line: None)
    reader = Subscriber("reader@example.org")
    with db.session() as s:
        sub_id = sync_subscribers(s, [reader])[reader.email]
        sel = select_for(s, reader, sub_id, NOW, None)
        html = render_digest(build_digest(sel, reader.email, None, NOW, languages=("en",))).html
    by_name = {name: blurb for name, blurb, *_ in cards(html)}
    assert "signed the Tianjin Declaration" in by_name["Tianjin Declaration"]
    db.dispose()


def test_an_entrys_sources_list_the_readers_language_first(tmp_path: Path) -> None:
    """Blind set 6: an English reader's communique card listed a Chinese reprint above the
    English page carrying the communique's text. Among reports of as many of the entry's
    documents, those in the reader's languages come first (then the outlets' authority)."""
    settings = make_settings(tmp_path)
    db = Database(settings.database_url)
    with db.session() as s:
        for source, language, url, title, body, when in ARTICLES[:4]:
            save_article(s, Article(url=url, source=source, title=title, body=body,
                                    published_at=when, language=language))
    process_new(settings, db, log=lambda _line: None)
    reader = Subscriber("zh@example.org")
    firsts = {}
    with db.session() as s:
        sub_id = sync_subscribers(s, [reader])[reader.email]
        sel = select_for(s, reader, sub_id, NOW, None)
        for languages in (("zh",), ("en",)):
            html = render_digest(build_digest(sel, reader.email, None, NOW,
                                              languages=languages)).html
            entry = lxml.html.fromstring(html).find_class("doc")[0]
            firsts[languages] = entry.find_class("src")[0].find("a").get("href")
    # xinhua and tass's first report both name the declaration and the strategy
    assert firsts[("zh",)] == "https://xinhua.example/1"
    assert firsts[("en",)] == "https://tass.example/1"
    db.dispose()
