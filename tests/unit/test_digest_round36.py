"""Round 36 of the digest (issue 14): a document card's reports are its register entry's, and
reports of its document at its meeting. A near-duplicate copy of a report and an undated
archive page reporting a document another report brings join its card (blind set 27's supreme
courts' card named 1 outlet of the register's 5 reports); a report of a later meeting recalling
the document is listed apart, as a recall, and told as its own story (blind set 27's Tianjin
summit card listed a report of the Moscow heads of government council). The store is built here;
every text is written for this test, modelled on real reports."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from support import store_tagged_article

from pipeline.config import Subscriber
from pipeline.db import Database
from pipeline.digest import Selection, build_digest, select_for, sync_subscribers
from pipeline.models import ArticleRow, Document, DocumentMention
from pipeline.render import render_digest
from pipeline.tagging import load_gazetteer

NOW = datetime(2025, 11, 20, 12, tzinfo=UTC)
READER = Subscriber("reader@example.org", timezone="UTC", languages=("en",))

# written for this test: the summit's report of its declaration
ADOPTED = ("TIANJIN, September 1. The heads of state of the Shanghai Cooperation Organization "
           "(SCO) adopted the Tianjin Declaration at their summit in Tianjin on Monday, "
           "September 1, 2025.")
# written for this test: a report of the Moscow heads of government council recalling it
RECALL = ("MOSCOW, November 18. Russia hosted the SCO Council of Heads of Government in Moscow "
          "on Tuesday. The prime ministers said their work builds upon the Tianjin Declaration, "
          "adopted at the SCO summit in September.")
# written for this test: an archive page of the summit without a publication day
ARCHIVE = ("On 1 September 2025 the SCO heads of state met in Tianjin and adopted the Tianjin "
           "Declaration, the 2025 summit's main document.")


def _store(pages: list[tuple[str, str, datetime | None, int, str | None]]) -> Database:
    """Processed SCO articles (name, text, published, story, copy of), all reporting the Tianjin
    Declaration, placed at the Tianjin summit."""
    gazetteer = load_gazetteer()
    db = Database("sqlite://")
    db.ensure_schema()
    seen = datetime(2025, 11, 19, tzinfo=UTC)
    with db.session() as s:
        doc = Document(key="tianjin declaration", name="Tianjin Declaration", type="declaration",
                       status="adopted", meeting="SCO Heads of State Council", venue="Tianjin",
                       meeting_date="2025-09-01", meeting_id="hsc-2025-tianjin")
        s.add(doc)
        rows: dict[str, ArticleRow] = {}
        for name, body, published, story, copy_of in pages:
            url = f"https://{name}.example/report"
            row = store_tagged_article(
                s, gazetteer, body, canonical_url=url, url=url, source=f"{name}.example",
                published_at=published, first_seen_at=published or seen,
                updated_at=published or seen,
                processed_at=(published or seen) + timedelta(minutes=5), sco_relevant=True,
                relevance=1.0, story_id=story,
                duplicate_of_id=rows[copy_of].id if copy_of else None)
            s.add(DocumentMention(article_id=row.id, document_id=doc.id,
                                  evidence="Tianjin Declaration", status="adopted"))
            rows[name] = row
    return db


# a digest read in 2027: an undated page about 2025 is an archive page (undated_archive_page)
LATER = datetime(2027, 1, 10, 12, tzinfo=UTC)


def _select(db: Database, now: datetime = NOW) -> tuple[Selection, str]:
    with db.session() as s:
        [sub_id] = sync_subscribers(s, [READER]).values()
        sel = select_for(s, READER, sub_id, now, None)
        text = render_digest(build_digest(sel, READER.email, None, now, languages=("en",))).text
        return sel, text


def _day(month: int, day: int) -> datetime:
    return datetime(2025, month, day, 12, tzinfo=UTC)


def test_a_copy_and_an_archive_page_join_the_card_of_a_document_a_report_brings() -> None:
    db = _store([("wire", ADOPTED, _day(9, 1), 1, None),
                 ("copier", ADOPTED, _day(9, 1), 1, "wire"),
                 ("archive", ARCHIVE, None, 2, None)])
    sel, text = _select(db, LATER)
    [(_, arts)] = sel.documents
    assert sorted(a.source for a in arts) == ["archive.example", "copier.example", "wire.example"]
    assert "copier.example" in text and "archive.example" in text
    # the copy and the archive page are shown: not counted as left out
    assert "duplicates" not in sel.filtered
    assert "undated, about earlier years" not in sel.filtered
    assert sel.stories == []


def test_an_archive_page_alone_brings_no_card() -> None:
    sel, _ = _select(_store([("archive", ARCHIVE, None, 2, None)]), LATER)
    assert sel.documents == []
    assert sel.filtered.get("undated, about earlier years") == 1


def test_a_report_of_a_later_meeting_is_a_recall_and_a_story() -> None:
    db = _store([("wire", ADOPTED, _day(9, 1), 1, None),
                 ("moscow", RECALL, _day(11, 18), 2, None)])
    sel, text = _select(db)
    [(doc, arts)] = sel.documents
    assert [a.source for a in arts] == ["wire.example"]
    assert [a.source for a in sel.recalls[doc.id]] == ["moscow.example"]
    assert [[a.source for a in story] for story in sel.stories] == [["moscow.example"]]
    entry = text.split("STORIES")[0]
    assert "Recalled in reports of other meetings: moscow.example" in entry
    assert "Reported by:\n   - wire.example" in entry


def test_a_document_only_recalled_keeps_its_card_with_the_recall() -> None:
    sel, text = _select(_store([("moscow", RECALL, _day(11, 18), 2, None)]))
    [(doc, arts)] = sel.documents
    assert arts == [] and [a.source for a in sel.recalls[doc.id]] == ["moscow.example"]
    assert "Recalled in reports of other meetings: moscow.example" in text
    assert "Tianjin Declaration" in text.split("STORIES")[0]


# written for this test: a capital's approval of the draft, weeks before the summit
DRAFT = ("ASTANA, August 12. President Kassym-Jomart Tokayev approved in Astana the draft "
         "declaration that Kazakhstan will sign at the summit of the SCO in China.")


def test_a_report_before_the_meeting_from_another_capital_stays_the_documents() -> None:
    db = _store([("wire", ADOPTED, _day(9, 1), 1, None),
                 ("astana", DRAFT, _day(8, 12), 3, None)])
    sel, _ = _select(db)
    [(doc, arts)] = sel.documents
    assert sorted(a.source for a in arts) == ["astana.example", "wire.example"]
    assert doc.id not in sel.recalls


def test_a_blurb_ending_a_text_cut_mid_sentence_is_marked_cut() -> None:
    from pipeline.digest import marked_if_cut

    # written for this test: an outlet's excerpt that stops mid-word
    body = ("The heads of state met in Shanghai. They signed the Declaration and approved a "
            "new version of the regulations of the Secretariat and a cooperation pr")
    cut = "They signed the Declaration and approved a new version of the regulations of the " \
          "Secretariat and a cooperation pr"
    assert marked_if_cut(cut, body) == cut + " …"
    assert marked_if_cut("The heads of state met in Shanghai.", body).endswith("Shanghai.")
    # a title line inside the text is no cut: left as it is
    assert marked_if_cut("The heads of state met in Shanghai", body + ".") == \
        "The heads of state met in Shanghai"


def test_a_recalled_only_card_of_an_entry_says_where_it_is_recalled() -> None:
    db = _store([("wire", ADOPTED, _day(9, 1), 1, None)])
    with db.session() as s:
        strategy = Document(key="strategy 2035", name="SCO Development Strategy until 2035",
                            type="strategy", status="adopted", meeting="SCO Heads of State "
                            "Council", venue="Tianjin", meeting_date="2025-09-01",
                            meeting_id="hsc-2025-tianjin")
        s.add(strategy)
        s.flush()
        url = "https://moscow.example/report"
        row = store_tagged_article(
            s, load_gazetteer(), RECALL + " The SCO Development Strategy until 2035 guides it.",
            canonical_url=url, url=url, source="moscow.example", published_at=_day(11, 18),
            first_seen_at=_day(11, 18), updated_at=_day(11, 18), processed_at=_day(11, 18),
            sco_relevant=True, relevance=1.0, story_id=2)
        s.add(DocumentMention(article_id=row.id, document_id=strategy.id, status="adopted",
                              evidence="The SCO Development Strategy until 2035 guides it."))
    _, text = _select(db)
    entry = text.split("STORIES")[0]
    assert "Recalled in moscow.example" in entry
    assert "Reported by wire.example" in entry  # the declaration's card names its own


# written for this test: a later report whose own lead names the summit's city, not the council
# it reports (modelled on an Italian report of Li Qiang at the Moscow council, blind set 29)
LEAD_AT_SUMMIT = ("Li Qiang stressed that at the SCO summit in Tianjin the leaders adopted the "
                  "Tianjin Declaration, and called for its implementation.")


def test_a_later_report_of_a_story_at_another_meeting_is_a_recall() -> None:
    """A report published after the meeting, whose own lead is set at the document's city, is
    a recall when its story's reports are placed at another calendar meeting and none at the
    document's (round 36, the lead's reader check of blind set 29): its story is told as its
    own, not folded under the card as "also covered by"."""
    db = _store([("wire", ADOPTED, _day(9, 1), 1, None),
                 ("moscow", RECALL, _day(11, 18), 2, None),
                 ("rome", LEAD_AT_SUMMIT, _day(11, 19), 2, None)])
    sel, text = _select(db)
    [(doc, arts)] = sel.documents
    assert [a.source for a in arts] == ["wire.example"]
    assert sorted(a.source for a in sel.recalls[doc.id]) == ["moscow.example", "rome.example"]
    assert not sel.related.get(doc.id)
    assert "Also covered by" not in text.split("STORIES")[0]


def test_a_later_report_of_the_summits_own_story_stays_the_documents() -> None:
    """The same late report in the summit's own story (placed at the summit) stays a report."""
    db = _store([("wire", ADOPTED, _day(9, 1), 1, None),
                 ("rome", LEAD_AT_SUMMIT, _day(9, 5), 1, None)])
    sel, _ = _select(db)
    [(doc, arts)] = sel.documents
    assert sorted(a.source for a in arts) == ["rome.example", "wire.example"]
    assert not sel.recalls.get(doc.id)
