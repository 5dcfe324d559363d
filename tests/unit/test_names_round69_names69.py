"""Round 69 (names69): words of accession and signing that memoranda of obligations lacked.

- Portuguese (Brazilian) puts the clitic before the verb: "se tornar membro" (to become a member),
  as the European "tornar-se membro" already read.
- Indonesian "anggota penuh" (full member) and "menjadi anggota" (to become a member).
- Turkish "imza attı" (put its signature: signed), as "imzaladı".
"""

from __future__ import annotations

from datetime import date

from round_helpers import found_names

IRAN = "Memorandum of Obligations of the Islamic Republic of Iran"
BELARUS = "Memorandum of Obligations of the Republic of Belarus"


def test_portuguese_clitic_before_tornar_membro_names_the_memorandum() -> None:
    body = ("Em 15 de setembro de 2022, o Irã assinou em Samarcanda um memorando sobre suas "
            "intenções de se tornar membro da OCX.")
    assert found_names(body, date(2023, 3, 21)).get(IRAN) == "signed"


def test_indonesian_full_member_names_the_memorandum() -> None:
    body = ("Iran telah menandatangani memorandum of understanding (MOU) untuk bergabung menjadi "
            "anggota penuh SCO.")
    assert found_names(body, date(2022, 9, 15)).get(IRAN) == "signed"


def test_turkish_imza_atti_is_signed() -> None:
    body = ("Belarus 2023 yılında ŞİÖ'ye katılım yükümlülüklerine dair mutabakat metnine imza "
            "attı.")
    assert found_names(body).get(BELARUS) == "signed"


def test_indonesian_member_word_without_a_memorandum_names_nothing() -> None:
    body = "Iran resmi menjadi anggota penuh SCO pada KTT di Astana."
    assert found_names(body, date(2024, 7, 4)) == {}


def test_memorandum_of_understanding_without_accession_word_stays_unnamed_as_obligations() -> None:
    body = ("Sekretariat SCO telah menandatangani memorandum of understanding dengan ESCAP "
            "untuk kerja sama ekonomi.")
    assert IRAN not in found_names(body, date(2022, 9, 15))


# ---- Urdu: حکمت عملی (strategy), its period and genitive before it ----

URDU_STRATEGY = ("شنگھائی تعاون تنظیم (ایس سی او) کی آئندہ 10 سال "
                 "(2026-2035) کی ترقیاتی حکمت عملی کی منظوری دی گئی۔")


def test_urdu_strategy_with_its_period_before_is_the_development_strategy() -> None:
    from pipeline.documents.keys import document_key

    names = found_names(URDU_STRATEGY, date(2025, 9, 1))
    assert names == {"SCO Development Strategy for 2026-2035": "approved"}
    assert document_key("(2026-2035) کی ترقیاتی حکمت عملی") == document_key(
        "SCO Development Strategy until 2035")


def test_urdu_strategy_without_a_period_names_nothing() -> None:
    assert found_names("وزیر اعظم نے کہا کہ حکومت کی نئی حکمت عملی کی منظوری دی گئی۔") == {}
