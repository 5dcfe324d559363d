"""Round 43 (meet43): each document at its meeting on unseen text, and the meeting reader's word
lists as data. Every sentence here is written for these tests (modelled on the patterns of blind
sets 32-34, not copied from them)."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.documents import find_documents
from pipeline.documents import meetings as M
from pipeline.documents.calendar import calendar_council_names, council_id_of
from pipeline.documents.mentions import decided_at
from pipeline.story_words import load_story_words, words_pattern


def _meetings(body: str, title: str = "") -> dict[str, str | None]:
    return {m.name: m.meeting.id for m in find_documents(title, body, None)}


# ---- an entry into force is no meeting's date --------------------------------------------------

def test_an_entry_into_force_date_does_not_unplace_the_signing() -> None:
    body = ("Главы государств ШОС на саммите в Душанбе в 2014 году подписали Соглашение о "
            "создании благоприятных условий для международных автомобильных перевозок, которое "
            "вступило в силу 20 января 2017 года.")
    found = _meetings(body)
    assert list(found.values()) == ["hsc-2014-dushanbe"]


def test_the_in_force_clause_is_blanked_but_not_the_signing_date() -> None:
    text = "signed on 12 September 2014, which entered into force on 5 May 2017, and more"
    spans = M._in_force_spans(text, None)
    assert len(spans) == 1
    assert "2017" in text[spans[0][0]:spans[0][1]]
    assert "2014" not in text[spans[0][0]:spans[0][1]]
    assert M._in_force_spans("该协定于2017年1月20日生效。", None)


# ---- a spaced period's end year -----------------------------------------------------------------

def test_a_spaced_period_end_is_no_meeting_year() -> None:
    assert M.years_in("le programme pour la période 2013 - 2015 a été approuvé") == ()
    assert M.years_in("the plan for 2019 – 2021") == ()
    assert M.years_in("adopted in 2012 at the summit") == (2012,)
    assert M.years_in("in 2012 - the year of the Beijing summit") == (2012,)


# ---- a Korean span of days, and an undated article's day ----------------------------------------

def test_korean_day_span_reads_its_first_day() -> None:
    assert M._day_month_in("정상들은 6월 8~9일에 만난다") == (6, 8)
    assert M._day_month_in("정상들은 6월 8-9일에 만난다") == (6, 8)
    assert M._day_month_in("정상들은 6월 8일에 만난다") == (6, 8)


def test_an_undated_preview_day_places_the_venue_declaration_among_its_summits() -> None:
    body = ("시진핑 주석이 상하이협력기구 정상회의 참석차 아스타나에 도착했다. "
            "회원국 정상들은 6월 8~9일 협력 방안을 논의할 예정이다. "
            "회의 후 아스타나 선언이 서명될 것이다.")
    assert _meetings(body).get("Astana Declaration") == "hsc-2017-astana"


def test_a_day_no_summit_at_the_venue_was_held_leaves_it_unresolved() -> None:
    body = ("시진핑 주석이 상하이협력기구 정상회의 참석차 아스타나에 도착했다. "
            "회원국 정상들은 5월 1~2일 협력 방안을 논의할 예정이다. "
            "회의 후 아스타나 선언이 서명될 것이다.")
    assert _meetings(body).get("Astana Declaration") is None


# ---- the word lists as data ---------------------------------------------------------------------

def test_every_meeting_word_list_loads_and_each_language_is_read() -> None:
    lists = load_story_words(M.MEETING_WORDS_FILE)
    assert {"secretary_general", "handover", "admitted", "summit", "in_force"} <= set(lists)
    assert M._SECRETARY_GENERAL.search("der Generalsekretär der SCO")
    assert M._SECRETARY_GENERAL.search("ШОС бош котиби")
    assert M._HANDOVER.search("председательство в ШОС перешло к Китаю")
    assert M._ADMITTED.search("Belarus wurde als neues Mitglied aufgenommen")
    assert not M._ADMITTED.search("加盟国の首脳")
    assert M._SUMMIT.search("sidang kemuncak SCO")
    assert M._INSTRUCTED.search("instructed the Council") and not M._INSTRUCTED.search("instr")


def test_a_language_added_to_the_data_is_read(tmp_path: Path) -> None:
    data = M.MEETING_WORDS_FILE.read_text(encoding="utf-8")
    extra = tmp_path / "words.toml"
    extra.write_text(data.replace("[secretary_general]\n",
                                  "[secretary_general]\nsw = ['katibu\\s+mkuu']\n"),
                     encoding="utf-8")
    pattern = re.compile(words_pattern("secretary_general", extra), re.IGNORECASE)
    assert pattern.search("Katibu Mkuu wa SCO")
    assert not M._SECRETARY_GENERAL.search("Katibu Mkuu wa SCO")


def test_council_id_of_inverts_the_display_names() -> None:
    for name in calendar_council_names().values():
        assert calendar_council_names()[council_id_of(name) or ""] == name
    assert council_id_of("heads_of_state_council") is None
    assert council_id_of(None) is None
    assert council_id_of(calendar_council_names()["heads_of_state_council"]) == \
        "heads_of_state_council"


# ---- the meeting that decided a memorandum ------------------------------------------------------

def test_the_decision_a_signing_carries_out_is_read_from_its_clause() -> None:
    ufa = decided_at("Генсек заявил, что с подписанием меморандума с Непалом завершено "
                     "выполнение Уфимского решения Совета глав государств ШОС.")
    assert ufa is not None and ufa.id == "hsc-2015-ufa"
    # Dushanbe held several summits and the clause gives no year: no guess
    assert decided_at("The Secretary-General signed the memorandum, implementing the decision "
                      "of the Dushanbe summit.") is None
    # a signing that carries out no decision has none
    assert decided_at("The Secretary-General signed the memorandum in Ufa.") is None
