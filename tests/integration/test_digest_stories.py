"""The digest tells each story once, with its outlets and languages under it, and its subject
counts separate events (issue 15): real reports of one meeting in two languages, a reprint of
one of them, and an unrelated report of the same day, through processing and the digest."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from support import ROOT, SmtpSink, make_settings

from pipeline.article import Article
from pipeline.config import Subscriber
from pipeline.db import Database
from pipeline.digest import run_digest
from pipeline.process import process_new
from pipeline.store import save_article

REAL = {json.loads(line)["outlet"]: json.loads(line)
        for line in (ROOT / "tests" / "data" / "real" / "items.jsonl").open(encoding="utf-8")}
MEETING = datetime(2024, 10, 16, 9, 0, tzinfo=UTC)
NOW = datetime(2024, 10, 17, 6, 0, tzinfo=UTC)
DRUGS = ("SCO anti-drug officials meet in Tashkent",
         "TASHKENT, October 16. Heads of the anti-drug agencies of SCO member states met in "
         "Tashkent to plan joint operations against heroin trafficking from Afghanistan. "
         "Uzbekistan's interior minister opened the meeting, which reviewed seizures of 12 "
         "tonnes of narcotics and agreed on a training programme for customs officers.")


def test_one_meeting_in_two_languages_is_one_story_with_its_outlets(tmp_path: Path,
                                                                    smtp_sink: SmtpSink) -> None:
    settings = make_settings(tmp_path, smtp_url=smtp_sink.url,
                             subscribers=(Subscriber("reader@example.org", timezone="UTC"),))
    db = Database(settings.database_url)
    reports = [("arynews.tv", "arynews", "en", 0), ("trtworld.com", "trtworld", "en", 1),
               ("ur.irna.ir", "irna", "ur", 2)]
    with db.session() as s:
        for n, (outlet, source, lang, hour) in enumerate(reports):
            item = REAL[outlet]
            title, body = item["text"].split("\n", 1) if n < 2 else ("", item["text"])
            save_article(s, Article(url=item["url"], source=source, title=title,
                                    body=body, language=lang,
                                    published_at=MEETING + timedelta(hours=hour)))
        # a reprint of the ARY report under another site's header and footer
        ary = REAL["arynews.tv"]["text"]
        save_article(s, Article(
            url="https://reprints.example/sco-summit", source="reprints",
            title="SCO summit begins in Islamabad",
            body=f"Share this article\n{ary}\nSubscribe to our newsletter.", language="en",
            published_at=MEETING + timedelta(hours=3)))
        save_article(s, Article(url="https://daily.example/drugs", source="daily",
                                title=DRUGS[0], body=DRUGS[1], language="en",
                                published_at=MEETING + timedelta(hours=4)))
    process_new(settings, db, log=lambda _: None)
    run_digest(settings, db, now=lambda: NOW, log=lambda _: None)
    [mail] = smtp_sink.messages
    assert mail["Subject"].endswith(": 2 stories")
    text = " ".join(mail.get_body(("plain",)).get_content().split())  # type: ignore[union-attr]
    # the wire agency's report heads the story (stories.SOURCE_AUTHORITY), the others follow
    line = re.search(r"3 outlets: ([a-z, ]+) · in ([a-z, ]+)", text)
    assert line is not None
    assert sorted(line.group(1).split(", ")) == ["arynews", "irna", "trtworld"]
    assert sorted(line.group(2).strip().split(", ")) == ["en", "ur"]
    assert text.count("3 outlets") == 1 and "reprints" not in text  # the copy is left out
    assert "1 duplicates" in text
    db.dispose()


def test_a_two_day_meeting_is_one_story_and_its_preview_another(tmp_path: Path,
                                                                smtp_sink: SmtpSink) -> None:
    """Real reports of the Islamabad heads of government meeting (15-16 October 2024 in the
    meetings calendar): leaders arriving on its first day and the session on its second, in
    English and Urdu, are one story through the calendar; the preview of three days before is a
    story of its own, and so is the unrelated report of the same day: 3 stories."""
    settings = make_settings(tmp_path, smtp_url=smtp_sink.url,
                             subscribers=(Subscriber("reader@example.org", timezone="UTC"),))
    db = Database(settings.database_url)
    first_day = MEETING - timedelta(days=1)
    reports = [("brecorder.com", "brecorder", "en", first_day - timedelta(days=2)),
               ("jang.com.pk", "jang", "en", first_day),
               ("arynews.tv", "arynews", "en", MEETING),
               ("trtworld.com", "trtworld", "en", MEETING + timedelta(hours=1)),
               ("ur.irna.ir", "irna", "ur", MEETING + timedelta(hours=2))]
    with db.session() as s:
        for outlet, source, lang, when in reports:
            item = REAL[outlet]
            title, body = item["text"].split("\n", 1) if lang == "en" else ("", item["text"])
            save_article(s, Article(url=item["url"], source=source, title=title, body=body,
                                    language=lang, published_at=when))
        save_article(s, Article(url="https://daily.example/drugs", source="daily",
                                title=DRUGS[0], body=DRUGS[1], language="en",
                                published_at=MEETING + timedelta(hours=4)))
    process_new(settings, db, log=lambda _: None)
    run_digest(settings, db, now=lambda: NOW, log=lambda _: None)
    [mail] = smtp_sink.messages
    assert mail["Subject"].endswith(": 3 stories")
    text = " ".join(mail.get_body(("plain",)).get_content().split())  # type: ignore[union-attr]
    line = re.search(r"4 outlets: ([a-z, ]+) · in ([a-z, ]+)", text)
    assert line is not None
    assert sorted(line.group(1).split(", ")) == ["arynews", "irna", "jang", "trtworld"]
    assert sorted(line.group(2).strip().split(", ")) == ["en", "ur"]
    assert text.count("outlets:") == 1  # the preview and the drug meeting have one outlet each
    db.dispose()
