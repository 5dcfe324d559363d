"""Round 81 (reg81, issue 14): each step at its meeting, in the register and on the card.

- a deadline is no date a page was written after (set 28's zakon.kz);
- an undated page's Vietnamese date in figures, and the next summit's day it gives, tell that it
  was written after the meeting of the document it recalls (set 23: Iran's accession);
- the next meeting's words of the real sets' languages (Russian «совещание», Arabic, Urdu ...);
- a draft approved at the meeting is a step "approved as a draft", a range of days holding the
  calendar's day is the meeting (set 8's 2030 energy strategy card).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

from round_helpers import documents_body, meeting_of, set_item

from pipeline.digest import (
    DRAFT_APPROVED,
    approves_draft,
    card_blurb,
    dated_on_its_days,
    dates_next_meeting,
    draft_step,
    written_after,
)
from pipeline.documents.meetings import document_ordinal_in, next_meeting_named, written_dates

STRATEGY_2030 = "SCO Energy Cooperation Development Strategy until 2030"


def _page(body: str, published: datetime | None = None) -> Any:
    return SimpleNamespace(published_at=published, body=body)


def _sentence(text: str, *words: str) -> str:
    """The first line of a real text holding every one of `words`."""
    return next(line for line in text.splitlines() if all(w in line for w in words))


# ---- set 28: a deadline ----------------------------------------------------------------------


def test_a_deadline_is_no_date_the_page_was_written_after() -> None:
    """Blind set 28 r-8dd50845af (zakon.kz, undated): Belarus joins the SCO's treaties "в срок не
    позднее 15 января 2024 года"; the memorandum was signed at New Delhi, 4 July 2023."""
    text = set_item("real-blind28", "r-8dd50845af")["text"]
    deadline = _sentence(text, "не позднее")
    assert written_dates(deadline) == ()
    assert not written_after(_page(text), meeting_of("hsc-2023-new-delhi"))  # type: ignore[arg-type]
    # counter-case (written): the same date without the deadline's words is a date of the past
    assert written_dates(deadline.replace("в срок не позднее ", "")) == (date(2024, 1, 15),)


def test_the_deadline_words_of_other_languages() -> None:
    # written: English, French, Chinese deadlines; and Chinese "前往" (went to) is no deadline
    assert written_dates("Belarus must join the treaties no later than January 15, 2024.") == ()
    assert written_dates("Iran must ratify it by 4 July 2023.") == ()
    assert written_dates("Le Bélarus doit adhérer au plus tard le 15 janvier 2024.") == ()
    assert written_dates("白俄罗斯应于2024年1月15日前加入。") == ()
    assert written_dates("2023年7月4日前往新德里。") == (date(2023, 7, 4),)
    assert written_dates("The memorandum was signed on 16 September 2022.") == (
        date(2022, 9, 16),)


# ---- set 23: Iran's accession, told after the Samarkand signing --------------------------------


def test_a_vietnamese_date_in_figures_tells_a_later_page() -> None:
    """Blind set 23 r-3853ba952c (tapchidongnama.vn, undated): "Ngày 4/7/2023, khi chủ trì Hội
    nghị thượng đỉnh ... Iran đã chính thức trở thành thành viên chính thức", recalling the
    memorandum signed at Samarkand in September 2022."""
    text = set_item("real-blind23", "r-3853ba952c")["text"]
    assert written_dates(_sentence(text, "Ngày 4/7/2023")) == (date(2023, 7, 4),)
    samarkand = meeting_of("hsc-2022-samarkand")
    assert written_after(_page(text), samarkand)  # type: ignore[arg-type]
    # a dated page is judged by its date, not by this
    assert not written_after(_page(text, datetime(2023, 7, 5, tzinfo=UTC)), samarkand)  # type: ignore[arg-type]
    # counter-case: the same page is no later report of the New Delhi summit it reports
    assert not written_after(_page(text), meeting_of("hsc-2023-new-delhi"))  # type: ignore[arg-type]


def test_the_next_summits_day_tells_a_page_written_after_the_summit() -> None:
    """Blind set 23 r-b1ce83ee56 (alkhaleejtrend.com, undated): «من المقرر أن تعقد القمة المقبلة
    في 4 يوليو» (the next summit on 4 July: New Delhi 2023), recalling the Samarkand signing."""
    text = set_item("real-blind23", "r-b1ce83ee56")["text"]
    samarkand = meeting_of("hsc-2022-samarkand")
    assert dates_next_meeting(_page(text), samarkand)  # type: ignore[arg-type]
    assert written_after(_page(text), samarkand)  # type: ignore[arg-type]
    # counter-case: the foreign ministers' next council after Tashkent 2022 (Goa, May 2023) is
    # on no 4 July: the page dates nothing of it
    assert not dates_next_meeting(_page(text), meeting_of("cfm-2022-tashkent"))  # type: ignore[arg-type]


def test_a_next_meeting_named_with_its_year_only_dates_nothing() -> None:
    """Blind set 16 r-7246fb8b08 (Arabic, Islamabad heads of government, 16 October 2024): «إن
    الاجتماع المقبل لمجلس رؤساء حكومات ... سيعقد في عام 2025 في روسيا»: no day."""
    text = set_item("real-blind16", "r-7246fb8b08")["text"]
    assert not dates_next_meeting(_page(text), meeting_of("hgc-2024-islamabad"))  # type: ignore[arg-type]


# ---- the next meeting's words -------------------------------------------------------------------


def test_the_next_meetings_words_of_the_sets_languages() -> None:
    cases = [
        ("real-blind30", "r-cbc6f21c60", "Следующее совещание"),
        ("real-blind8", "r-5ea7bbc9f2", "Следующее Совещание"),
        ("real-blind23", "r-b1ce83ee56", "القمة المقبلة"),
        ("real-blind23", "r-268b737f94", "آئندہ اجلاس"),
        ("real-blind21", "r-a2cd657763", "bir sonraki toplantısını"),
        ("real-blind37", "r-b5d899f48b", "prossimo vertice"),
        ("real-blind23", "r-2bc913c3d4", "نشست بعدی"),
        ("real-blind10", "r-e2e1322385", "keyingi yig"),
    ]
    for set_name, item_id, words in cases:
        text = set_item(set_name, item_id)["text"]
        at = text.index(words)
        assert next_meeting_named(text[max(0, at - 80) : at + 80]), (item_id, words)


def test_a_regular_meeting_is_no_next_one() -> None:
    """Blind set 10 r-e2e1322385 (Uzbek): "navbatdagi yig‘ilishi boshlandi" (the regular meeting
    began) reports the meeting itself."""
    text = set_item("real-blind10", "r-e2e1322385")["text"]
    first = _sentence(text, "navbatdagi yig")
    assert not next_meeting_named(first[: first.index("boshlandi.") + len("boshlandi.")])


# ---- set 8: the energy strategy's draft, approved at the ministers' meeting ---------------------

_VLAST = "rb-3fc43bfb65"  # 4vlastinfo.kz, undated


def _vlast_sentence() -> str:
    return _sentence(documents_body("real-blind8", _VLAST), "approved the draft strategy")


def test_a_range_of_days_is_no_ordinal() -> None:
    assert document_ordinal_in(_vlast_sentence()) is None
    assert document_ordinal_in("24-е заседание Совета глав государств") == 24  # counter-case


def test_a_range_holding_the_calendars_day_is_the_meeting() -> None:
    energy = meeting_of("energy-2024-astana")  # 21 June 2024
    assert dated_on_its_days(_vlast_sentence(), energy)
    # counter-cases (written): a range the day is not in, a day the day before
    assert not dated_on_its_days("during a June 18-19 meeting in Astana", energy)
    assert not dated_on_its_days("on June 20 the experts met in Astana", energy)


def test_a_draft_approved_is_told_as_such() -> None:
    assert approves_draft(_vlast_sentence(), "strategy")
    # counter-case: Sputnik's (blind set 8 rb-3b146b9c66) approval of the strategy, no draft
    sputnik = _sentence(documents_body("real-blind8", "rb-3b146b9c66"), "considered and approved")
    assert not approves_draft(sputnik, "strategy")


def _article(art_id: int, source: str, evidence: str, status: str,
             published: datetime | None) -> Any:
    mention = SimpleNamespace(document_id=1, evidence=evidence, status=status)
    return SimpleNamespace(id=art_id, source=source, language="en", published_at=published,
                           first_seen_at=datetime(2025, 1, 1, tzinfo=UTC), mentions=[mention],
                           body=evidence, title="")


def _strategy_card() -> Any:
    return SimpleNamespace(id=1, name=STRATEGY_2030, type="strategy", status="approved",
                           meeting="SCO Meeting of Energy Ministers", venue="Astana",
                           meeting_id="energy-2024-astana", meeting_date="2024-06-21", events=[])


def test_the_drafts_approval_at_the_meeting_is_the_cards_step_not_a_preview() -> None:
    """Blind set 8's card: 4vlastinfo's undated English sentence blurbs it, marked no preview,
    and tells the step as it is: approved as a draft."""
    doc = _strategy_card()
    vlast = _article(2, "4vlastinfo.kz", _vlast_sentence(), "planned", None)
    assert draft_step(vlast.mentions[0], vlast, doc)
    blurb = card_blurb(doc, [vlast], ("en",))
    assert not blurb.preview
    assert blurb.status == DRAFT_APPROVED


def test_a_draft_approved_at_home_before_the_meeting_stays_a_preview() -> None:
    """Written after blind set 28's «Лукашенко одобрил проект меморандума» (a decree of February
    2023, before the New Delhi signing): dated before the meeting, it is no step of it."""
    doc = SimpleNamespace(id=1, name="Memorandum of Obligations of the Republic of Belarus",
                          type="memorandum", status="signed", meeting="SCO Heads of State Council",
                          venue="New Delhi", meeting_id="hsc-2023-new-delhi",
                          meeting_date="2023-07-04", events=[])
    text = ("On 9 February 2023 the President approved the draft memorandum of obligations of "
            "Belarus to obtain SCO member status.")
    decree = _article(3, "belta.by", text, "planned", datetime(2023, 2, 10, tzinfo=UTC))
    assert approves_draft(text, "memorandum")
    assert not draft_step(decree.mentions[0], decree, doc)
    assert card_blurb(doc, [decree], ("en",)).preview
