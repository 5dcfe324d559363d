"""Round 43: one reader of a meeting's ordinal (pipeline/ordinals.py, its words and grammars in
pipeline/data/ordinals.toml), its four callers, and the Bengali letters of the SCO's English
name."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.documents.meetings import document_ordinal_in, ordinal_in
from pipeline.neardup import session_ordinals
from pipeline.ordinals import (
    ORDINALS_FILE,
    OrdinalsError,
    load_ordinals,
    number_of,
    ordinal,
    ordinals_written,
)
from pipeline.stories import lead_ordinal
from pipeline.tagging import analyse, load_gazetteer


@pytest.mark.parametrize(("text", "expected"), [
    ("Leaders gathered for the twenty-third SCO summit in the capital.", 23),
    ("Leaders gathered for the twenty third summit.", 23),
    ("The XXIII summit of the organisation closed on Friday.", 23),
    ("در بیست‌وسومین نشست سران شرکت کرد", 23),
    ("در نوزدهمین نشست سران شرکت کرد", 19),
    ("出席上合组织第二十三次会议", 23),
    ("出席第十次会议", 10),
    ("纪念第二次世界大战胜利", None),
    ("شارك في الاجتماع الـ 23 لمجلس رؤساء الدول", 23),
    ("Minister attended a meeting in the capital.", None),
])
def test_the_meeting_reader(text: str, expected: int | None) -> None:
    assert ordinal_in(text) == expected
    assert ordinal(text) == expected


def test_each_caller_chains_its_own_readers() -> None:
    french = "Le ministre a pris part à la 23e réunion du Conseil"
    assert ordinal_in(french) is None  # French is read for documents and leads only
    assert document_ordinal_in(french) == 23
    assert lead_ordinal(french) == 23
    first = "los líderes celebraron la primera cumbre en la ciudad"
    assert document_ordinal_in(first) == 1  # "the first meeting" in words: documents only
    assert ordinal_in(first) is None and lead_ordinal(first) is None
    thai = "การประชุมสภาประมุขแห่งรัฐ ครั้งที่ 23"
    assert lead_ordinal(thai) == 23 and document_ordinal_in(thai) is None


def test_a_leftmost_reader_takes_the_ordinal_written_first() -> None:
    # the lead reader is one alternation: the Korean ordinal stands before the French one
    assert lead_ordinal("정상 이사회 제21차 회의 ... puis la 22e réunion") == 21
    assert lead_ordinal("la 22e réunion ... 정상 이사회 제21차 회의") == 22


def test_the_session_reader_gives_every_ordinal_as_written() -> None:
    text = "第三十一次会议 approved the plan; the 32nd meeting will follow, then the 33. Sitzung"
    assert session_ordinals(text) == frozenset({"三十一", "32", "33"})
    assert ordinals_written(text) == session_ordinals(text)
    assert session_ordinals("") == frozenset()


@pytest.mark.parametrize(("raw", "value"), [
    ("17", 17), ("Twenty-Second", 22), ("twenty second", 22), ("XIV", 14), ("XL", 40),
    ("二十四", 24), ("十五", 15), ("十", 10), ("七", 7), ("بیست", 20), ("word", None),
])
def test_number_of(raw: str, value: int | None) -> None:
    assert number_of(raw) == value


def test_every_reader_has_forms_and_the_file_is_read_once() -> None:
    data = load_ordinals()
    assert load_ordinals() is data
    # round 45: `key` and `key_after`, the readers of stories.event_keys
    assert set(data.forms) == {"meeting", "document", "lead", "lead_words", "session", "key",
                               "key_after"}
    assert all(data.forms[reader] for reader in data.forms)
    assert set(data.leftmost) == {"lead", "session", "key", "key_after"}


def _write(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "ordinals.toml"
    path.write_text(ORDINALS_FILE.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


def test_a_language_is_added_as_data(tmp_path: Path) -> None:
    # a made-up grammar: the meeting's noun, then "nr." and the number
    path = _write(tmp_path, """
[[form]]
reader = "meeting"
lang = "xx"
gate = "hint"
ignore_case = true
pattern = '\\bvergadering\\s+nr\\.\\s*(\\d{1,2})\\b'
""")
    assert ordinal("de vergadering nr. 23 van de raad", path=path) == 23
    assert ordinal("de vergadering nr. 23 van de raad") is None  # the bundled file has no such form


@pytest.mark.parametrize(("extra", "message"), [
    ("[[form]]\nreader = 'meeting'\nlang = 'xx'\npattern = '(\\d+'\n", "bad regex"),
    ("[[form]]\nreader = 'meeting'\nlang = 'xx'\npattern = '{nouns:nowhere}'\n", "no table"),
    ("[[form]]\nreader = 'nobody'\nlang = 'xx'\npattern = '(\\d)'\n", "no [readers.nobody]"),
    ("[[form]]\nreader = 'meeting'\nlang = 'xx'\npattern = 'summit'\n", "neither"),
    ("[[form]]\nreader = 'lead'\nlang = 'xx'\nvalue = 1\npattern = 'summit'\n", "leftmost"),
])
def test_a_bad_file_is_refused(tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(OrdinalsError, match=message.replace("[", r"\[")):
        load_ordinals(_write(tmp_path, "\n" + extra))


def test_the_english_name_in_bengali_letters_names_the_sco() -> None:
    gaz = load_gazetteer()
    title = "বিদেশমন্ত্রী সাংহাই কো-অপারেশন অর্গানাইজেশনের বৈঠকে যোগ দেবেন"
    body = "বিদেশমন্ত্রী আগামীকাল সাংহাই কোঅপারেশন অর্গানাইজেশন সম্মেলনে বক্তব্য রাখবেন।"
    analysis = analyse(gaz, title, body)
    assert len(analysis.sco) == 2
    assert analysis.relevance > 0.5
    assert not analyse(gaz, "বিদেশমন্ত্রী বৈঠকে যোগ দেবেন", "আগামীকাল সম্মেলন।").sco
