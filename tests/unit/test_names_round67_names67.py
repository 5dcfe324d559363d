"""Round 67 (names67): Turkish development strategies (issue 14): "gelecek N yıl" (the coming N
years) as "önümüzdeki N yıl", an apposition "... niteliğindeki" between the period and the
strategy, and "uzlaştı" (agreed on) as a step done.

The sentences marked with a set and item are quoted from real published reports
(tests/data/real-blindN, dev sets); the others are written by names67 for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline.documents import document_key, tag_and_find
from pipeline.documents.keys import years_ahead
from pipeline.tagging import load_gazetteer

GAZ = load_gazetteer(Path(__file__).resolve().parents[2] / "pipeline" / "data" / "gazetteers")

TIANJIN = document_key("Tianjin Declaration")
STRATEGY_2035 = document_key("SCO Development Strategy until 2035")


def _docs(body: str, published: date | None = None) -> dict[str, str]:
    return {d.key: d.status for d in tag_and_find(GAZ, "", body, published)[1]}


def _names(body: str, published: date | None = None) -> list[str]:
    return [d.name for d in tag_and_find(GAZ, "", body, published)[1]]


# blind set 36, rb-a8c5df4500 (a preview of the Tianjin summit), its lead shortened
TR_COMING = (
    "Şanghay İşbirliği Örgütü (ŞİÖ) zirvesi Tiencin'de yapılacak. Üye ülke liderleri, Devlet "
    "Başkanları Konseyi Toplantısı'nın ardından \"Tiencin Bildirisi\"ni kabul edecek ve ŞİÖ'nün "
    "gelecek 10 yıldaki yol haritası niteliğindeki gelişim stratejisini onaylayacak."
)


def test_turkish_coming_years_strategy_with_an_apposition_is_planned() -> None:
    found = tag_and_find(GAZ, "", TR_COMING, date(2025, 8, 30))[1]
    strategy = [d for d in found if d.type == "strategy"]
    assert len(strategy) == 1 and strategy[0].status == "planned"
    # the apposition ("the roadmap of ...") is no part of the title
    assert "haritası" not in strategy[0].name
    assert strategy[0].meeting.id == "hsc-2025-tianjin"
    assert {d.key: d.status for d in found}[TIANJIN] == "planned"


def test_gelecek_gives_the_period_as_onumuzdeki_does() -> None:
    assert years_ahead("gelecek 10 yıldaki gelişim stratejisi") == 10
    assert years_ahead("önümüzdeki 10 yıldaki gelişim stratejisi") == 10
    assert document_key("gelecek 10 yıldaki gelişim stratejisi") == document_key(
        "önümüzdeki 10 yıldaki gelişim stratejisi"
    )


def test_apposition_without_a_development_strategy_names_nothing() -> None:
    # an apposition before a word that is no "development": no strategy of the SCO by this rule
    text = ("ŞİÖ zirvesi Tiencin'de yapılacak. Liderler ŞİÖ'nün gelecek 10 yıldaki yol haritası "
            "niteliğindeki güvenlik stratejisini onaylayacak.")
    assert not any("haritası" in n or "güvenlik" in n for n in _names(text, date(2025, 8, 30)))


# blind set 32, rb-4089e356e3 (Anadolu, after the Tianjin summit)
TR_AGREED = (
    "Şanghay İşbirliği Örgütü (ŞİÖ) Devlet Başkanları Konseyi toplantısı Tiencin'de yapıldı. "
    "Örgüt, 2035 yılına kadar kalkınma stratejisi üzerinde uzlaştı."
)


def test_turkish_agreed_on_the_strategy_is_adopted() -> None:
    assert _docs(TR_AGREED, date(2025, 9, 1)).get(STRATEGY_2035) == "adopted"


def test_agreed_on_nothing_titled_names_nothing() -> None:
    text = ("Şanghay İşbirliği Örgütü (ŞİÖ) Devlet Başkanları Konseyi toplantısı Tiencin'de "
            "yapıldı. Liderler birçok konuda uzlaştı.")
    assert _docs(text, date(2025, 9, 1)) == {}
