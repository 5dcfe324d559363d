"""Round 42 of story grouping (blind sets 1-33 as dev): a report whose subject is another
organisation's meeting, naming the SCO only after it (the BRICS leaders meeting their SCO
guests in Ufa the day before the SCO summit there), is about no SCO meeting and never joins a
report about the SCO's business. Every text here is written by the developers (round 42)
after the shape of blind set 33's reports; none is copied from a set."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.stories import (
    Features,
    another_organisations,
    best_story,
    kept_apart,
    other_organisation,
)


@pytest.mark.parametrize("title, body, evidence, councils, other", [
    # written for this test: the other organisation's meeting first, the SCO's members its guests
    ("BRICS leaders meet their guests",
     "On the last day of the BRICS summit in the city, the BRICS leaders met the heads of "
     "the states of the Shanghai Cooperation Organisation and of the Eurasian Economic Union.",
     ("Shanghai Cooperation Organisation",), (), True),
    ("", "Лидеры БРИКС провели встречу с приглашёнными главами государств, в том числе "
     "членами ШОС и ЕАЭС.", ("ШОС",), (), True),
    ("", "金砖国家领导人同应邀出席的国家领导人举行对话会，其中包括上海合作组织成员国。",
     ("上海合作组织",), (), True),
    ("", "Саммит ОДКБ завершился в столице; в кулуарах президенты обсудили и дела ШОС.",
     ("ШОС",), (), True),
    # the SCO named first: its business may be the subject
    ("", "The SCO leaders arrive as the BRICS summit closes in the city.", ("SCO",), (), False),
    # both named as one pair: both summits may be the subject
    ("", "Leaders gather for the BRICS and SCO summits in the city this week.", ("SCO",), (),
     False),
    ("", "La città ospita il vertice BRICS-SCO dall'8 al 10 luglio.", ("SCO",), (), False),
    # an SCO council named anywhere keeps the report the SCO's
    ("", "After the CSTO summit the heads of the SCO member states met in council.",
     ("SCO",), ("heads_of_state_council",), False),
])
def test_another_organisations_meeting_as_the_subject(title: str, body: str, evidence: tuple,
                                                       councils: tuple, other: bool) -> None:
    assert other_organisation(title, body, evidence, councils) is other


def _report(aid: int, story: int | None, *, other_org: bool = False, sco_lead: bool = True,
            about: bool = True) -> Features:
    """Two reports of one day in one city, in two languages (no words in common), naming the
    same eleven states: only their tags can join them."""
    when = datetime(2015, 7, 9, 12, tzinfo=UTC)
    states = frozenset(f"state:{s}" for s in ("CN", "RU", "IN", "PK", "KZ", "KG", "TJ", "UZ",
                                                "IR", "AF", "BY"))
    return Features(aid, {f"word{aid}-{i}": 1.0 for i in range(10)}, states, when, story,
                    day=when.date(), vector={f"word{aid}": 1.0}, venue="Ufa",
                    venues=frozenset({"Ufa"}), lead_venues=frozenset({"Ufa"}),
                    days=frozenset({when.date()}), about=about and not other_org,
                    other_org=other_org, sco_lead=sco_lead)


def test_another_organisations_report_never_joins_an_sco_report() -> None:
    brics = _report(1, 10, other_org=True)
    sco = _report(2, None)
    assert another_organisations(brics, sco) and kept_apart(sco, brics)
    # their shared states alone (0.3 x 1.0) would have joined them by "text"
    assert best_story(sco, [brics])[0] is None
    assert best_story(sco, [brics, _report(3, 11)])[0] == 11
    # two reports of the other organisation's meeting may join each other
    assert not kept_apart(_report(4, None, other_org=True), brics)
    assert best_story(_report(4, None, other_org=True), [brics])[0] == 10


def test_a_report_naming_no_sco_business_may_join_another_organisations_story() -> None:
    """A CSTO report naming that organisation in full (no list abbreviation) is about a meeting
    but names no SCO, council or SCO meeting: it joins the CSTO story by its tags."""
    csto = _report(1, 10, other_org=True, sco_lead=False)
    plain = _report(2, None, sco_lead=False)
    assert not another_organisations(plain, csto)
    assert best_story(plain, [csto])[0] == 10


@pytest.mark.parametrize("lang, text, venue", [
    # written for this test: Qingdao in Urdu (two transliterations) and Punjabi, Tianjin in Urdu
    # written as one word
    ("ur", "صدر مملکت شنگھائی تعاون تنظیم کے اجلاس کے لیے کنگداؤ پہنچ گئے۔", "Qingdao"),
    ("ur", "چھنگ تاؤ میں شنگھائی تعاون تنظیم کا اجلاس ختم ہو گیا۔", "Qingdao"),
    ("pa", "ਚਿੰਗਦਾਓ ਵਿੱਚ ਸ਼ੰਘਾਈ ਸਹਿਯੋਗ ਸੰਗਠਨ ਦੀ ਬੈਠਕ ਹੋਈ।", "Qingdao"),
    ("ur", "وزیراعظم تھیانجن میں شنگھائی تعاون تنظیم کے اجلاس میں شریک ہوئے۔", "Tianjin"),
])
def test_qingdao_and_tianjin_in_urdu_and_punjabi(gaz, lang: str, text: str, venue: str) -> None:
    from pipeline.tagging import tag_article

    assert venue in tag_article(gaz, "", text, lang).venues
