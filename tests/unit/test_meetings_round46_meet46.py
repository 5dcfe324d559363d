"""Round 46 (meet46): a Russian participle clause joins a venue to its declaration; German
Bishkek; Arabic ordinal words; the tourism agencies' heads' meetings in the calendar; an
ordinal the calendar holds names no calendar gap.

The sentences quoted from blind sets 33, 34 and 35 are real published reports
(tests/data/real-blind33, real-blind34, real-blind35); the others are written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline.documents import tag_and_find
from pipeline.documents.base import _venue_gap
from pipeline.documents.calendar import load_calendar
from pipeline.ordinals import ordinal
from pipeline.tagging import load_gazetteer

GAZ = load_gazetteer(Path(__file__).resolve().parents[2] / "pipeline" / "data" / "gazetteers")


def _found(body: str, published: date | None = None) -> list:
    return tag_and_find(GAZ, "", body, published)[1]


def test_a_russian_participle_clause_links_the_venue_to_the_declaration() -> None:
    # blind set 33 (stanradar.com)
    assert _venue_gap(", принятой на саммите в китайском городе ")
    assert _venue_gap(", подписанной по итогам заседания в ")
    assert _venue_gap(", adopted at the summit in the Chinese city of ")
    # a clause that goes on to something else is no link
    assert not _venue_gap(", принятой на саммите, в том числе в ")
    assert not _venue_gap(", которую обсудят в ")


def test_german_bishkek_declaration_is_bishkeks() -> None:
    # blind set 33 (german.cri.cn, 13 September 2013)
    body = (
        "Nach seinem Staatsbesuch in Kirgisistan und der Teilnehme am 13. Gipfel der Shanghaier "
        "Kooperationsorganisation (SCO) ist der chinesische Staatspräsident Xi Jinping am Freitag "
        "von Bischkek aus zur Rückreise nach China aufgebrochen.\n"
        "Zudem haben die Staatschefs der SCO-Mitglieder eine Reihe von Dokumenten wie die "
        "Bischkeker Erklärung unterzeichnet."
    )
    found = _found(body, date(2013, 9, 13))
    assert [(m.name, m.meeting.id) for m in found] == [
        ("Bishkek Declaration", "hsc-2013-bishkek")
    ]


def test_arabic_ordinal_words() -> None:
    readers = ("meeting", "document")
    # blind set 34 (nournews.ir) and Arabic reports of the dev sets
    assert ordinal("وستصادق القمة العشرين لقادة منظمة شنغهاي", readers) == 20
    assert ordinal("اختتمت أعمال الاجتماع الثالث والعشرين لمجلس رؤساء حكومات", readers) == 23
    assert ordinal("في دورته الرابعة والعشرين، الذي انعقد", readers) == 24
    assert ordinal("خلال مؤتمر القمة الحادية والعشرين للمنظمة", readers) == 21
    assert ordinal("الاجتماع الحادي عشر لمجلس", readers) == 11
    # an ordinal word after no meeting's noun is none ("the Second World War")
    assert ordinal("الحرب العالمية الثانية", readers) is None


def test_the_twentieth_summit_places_the_moscow_declaration_in_2020() -> None:
    # blind set 34 (nournews.ir, undated): Moscow held the heads' council in 2003 and 2020
    body = (
        "انطلقت قمة منظمة شنغهاي للتعاون افتراضياً. "
        "وستصادق القمة العشرين لقادة منظمة شنغهاي للتعاون على \"بيان موسكو\" وعدد من الوثائق "
        "الاخرى."
    )
    found = [m for m in _found(body) if m.name == "Moscow Declaration"]
    assert found and found[0].meeting.id == "hsc-2020-moscow"


def test_the_tourism_heads_meetings_are_in_the_calendar() -> None:
    ids = {m.id: m for m in load_calendar().meetings}
    assert ids["tourism-2023-varanasi"].council == "tourism_ministers"
    assert ids["tourism-2024-almaty"].start == date(2024, 5, 24)
    # blind set 34 (chn.sectsco.org, 26 May 2024)
    body = (
        "2024年5月24日,上海合作组织成员国旅游部门领导人会议在哈萨克斯坦旅游和体育部长马尔吉克巴耶夫"
        "主持下于阿拉木图举行。\n"
        "会议期间,各方通过了《2024—2025年上合组织旅游领域共同行动计划》。"
    )
    found = _found(body, date(2024, 5, 26))
    assert [m.meeting.id for m in found] == ["tourism-2024-almaty"]


def test_an_ordinal_the_calendar_holds_names_no_calendar_gap() -> None:
    # blind set 35 (eccis.org, undated): the 25th summit was Tianjin's; "Beijing, 3 September"
    # contradicts it, and the calendar lacks nothing
    body = (
        "He recalled that on September 3, 2025, a regular and significant meeting of the "
        "Secretaries-General of the CIS, CSTO, and SCO was held on the sidelines of the 25th SCO "
        "Summit in Beijing. Following that meeting, the parties approved a Roadmap for "
        "developing cooperation between the three key Eurasian organizations for the period "
        "2026–2028."
    )
    found = _found(body)
    assert found and not found[0].meeting.resolved
    assert found[0].meeting.gap is None
