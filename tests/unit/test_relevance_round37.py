"""Round 37 of relevance (blind set 29 as dev): names of the SCO the gazetteer lacked: "the
Shanghai Cooperation Council" (Council for Organisation), the heads of government council with
its "(Prime Ministers)" (the SCO's own formula, in English and Russian), the Persian plural
"همکاری‌های", the Arabic "قمة شنغهاي" (the Shanghai summit), and Telugu context words after the
ambiguous "SCO". Every text here is written by the developers (round 37) after the shapes of the
sets' pages; none is copied from a set."""

from __future__ import annotations

import pytest

from pipeline.tagging import RELEVANCE_THRESHOLD, analyse, load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _sco(gaz, title: str, body: str) -> list[str]:
    a = analyse(gaz, title, body)
    return [a.text[m.start:m.end] for m in a.sco]


@pytest.mark.parametrize("title, body", [
    # written for this test: the SCO called a council
    ("Premier speaks at Moscow meeting",
     "The premier spoke at the meeting of the Shanghai Cooperation Council in Moscow."),
    # written for this test: the heads of government council with its "(Prime Ministers)"
    ("Добрый день!",
     "Рад участвовать в заседании Совета глав правительств (премьер-министров) государств-членов."),
    ("Premier arrives",
     "He will attend the Council of Heads of Government (Prime Ministers) of member states."),
    # written for this test: IRNA's plural, spaced and with a zero-width non-joiner
    ("نشست سران", "نشست سران سازمان همكاري هاي شانگهاي در بيشكك برگزار مي شود."),
    ("نشست سران", "نشست سران سازمان همکاری\u200cهای شانگهای در بیشکک برگزار می شود."),
    # written for this test: the Arabic "Shanghai summit", with an attached preposition
    ("إعلان تيانجين: قمة شنغهاي ترسم ملامح نظام دولي", "أكد الإعلان التزام الدول الأعضاء."),
    ("القادة يجتمعون", "اجتمع القادة بقمة شنغهاي في تيانجين."),
    # written for this test: Telugu, "SCO defence ministers' meeting"
    ("వార్తలు", "SCO రక్షణ మంత్రుల సమావేశం జూన్ 25 నుండి 26 వరకు జరుగుతోంది."),
])
def test_sco_named(gaz, title: str, body: str) -> None:
    assert _sco(gaz, title, body)


@pytest.mark.parametrize("title, body", [
    # written for this test: a city council, a CIS council with no "(Prime Ministers)", a
    # Shanghai trade fair, an unrelated SCO
    ("City news", "The Shanghai municipal council approved the budget."),
    ("СНГ", "Заседание Совета глав правительств СНГ прошло в Минске."),
    ("CIS", "The CIS Council of Heads of Government met in Minsk."),
    ("معرض", "افتتح معرض شنغهاي للسيارات أبوابه."),
    ("వార్తలు", "SCO కంపెనీ కొత్త ఉత్పత్తిని విడుదల చేసింది."),
])
def test_not_the_sco(gaz, title: str, body: str) -> None:
    assert not _sco(gaz, title, body)


def test_a_report_calling_the_sco_a_council_is_relevant(gaz) -> None:
    # written for this test, after an English report of a premier's speech
    a = analyse(gaz, "Premier says SCO should lead on global governance",
                "Speaking on Nov. 18 at the meeting of the Shanghai Cooperation Council (SCO), "
                "the premier stressed the capability of the SCO for joint work.")
    assert a.relevance >= RELEVANCE_THRESHOLD
