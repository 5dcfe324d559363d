"""Month and weekday tables looked up by what an ``re.IGNORECASE`` pattern matched
(pipeline.text.CaseTable): Python's regular expressions take i, I, ı and İ as one letter, while
``str.lower`` keeps "KASIM" apart from the listed "kasım". A Spanish report on blind set 50
("Kasim-Yomart Tokáyev", the Kazakh president's name) crashed a story's dating with KeyError
before the tables folded the case as the patterns do."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline import stories
from pipeline.documents import meetings
from pipeline.text import CaseTable, case_key


def test_case_key_folds_the_letters_regular_expressions_take_as_one() -> None:
    assert case_key("KASIM") == case_key("kasım") == "kasim"
    assert case_key("KASİM") == "kasim"
    assert case_key("Çarşamba") == "çarşamba"  # other letters keep their lower case


def test_case_table_finds_a_match_str_lower_leaves_unlike_its_key() -> None:
    table = CaseTable({"kasım": 11, "salı": 1})
    assert table["KASIM"] == 11 and table["Kasım"] == 11 and table["kasim"] == 11
    assert table.get("SALI") == 1
    assert table.get("nisan") is None
    with pytest.raises(KeyError):
        table["nisan"]
    table.update({"nisan": 4})  # a table extended after it was built is read whole
    assert table["NİSAN"] == 4
    assert sorted(table) == ["kasım", "nisan", "salı"]  # its keys stay as listed


def test_a_name_that_matches_a_month_pattern_no_longer_crashes_a_storys_dating() -> None:
    # blind set 50 r-508fefca43 (noticierocolombia.com): before, KeyError 'kasim'
    body = ("Bielorrusia se convirtió este jueves en el décimo miembro pleno de la "
            "Organización de Cooperación de Shanghái (OCS), anunció el presidente de "
            "Kazajistán, Kasim-Yomart Tokáyev.")
    # the pattern reads the name as the month: left as it is, the crash is what is mended
    assert stories.months_alone("", body) == frozenset({(11, None)})
    # a name read as a month gives no day: nothing in the lead is dated after publication, so
    # the report (Belarus "se convirtió", became a member) is no preview of a meeting to come
    assert stories.lead_dates("", body, datetime(2024, 7, 4)) == []
    assert stories.is_preview("", body, datetime(2024, 7, 4)) is False


def test_upper_case_turkish_months_and_weekdays_are_read() -> None:
    lead = "ANKARA, 25 KASIM 2024 SALI - Şanghay İşbirliği Örgütü toplantısı başladı."
    assert (11, 25, 2024) in stories.month_days("", lead)
    assert stories._WEEKDAYS["SALI"] == 1
    assert meetings._MONTHS_EN["APRİL"] == 4
