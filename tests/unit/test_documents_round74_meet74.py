"""Round 74 (meet74): each document at the meeting its sentence is about (issue 14): a council
named inside an official's title is no meeting, the defence ministers "of the SCO member
states", dates in figures read only where unambiguous (docs/tagging.md, "Round 74")."""

from __future__ import annotations

from datetime import date

from pipeline.documents.meetings import _date_in
from pipeline.tagging import Gazetteer, analyse
from tests.unit.round_helpers import gaz_mentions, gaz_placed

# blind set 6 rb-86d0d7efef (Kazinform, 21 April 2017), its first two paragraphs and the one of
# the documents, the guest list shortened
ASTANA_2017 = (
    "ASTANA. KAZINFORM Head of State Nursultan Nazarbayev has had a meeting with foreign affairs "
    "ministers of the Shanghai Cooperation Organization member-countries, Kazinform reports "
    "citing Akorda press service.\n\n"
    "Those attending the meeting were: Minister of Foreign Affairs of Kazakhstan Kairat "
    "Abdrakhmanov, Minister of Foreign Affairs of China Wang Yi, Secretary General of the SCO "
    "R.Alimov, {guest} and Kazakhstan President's Aide for International Affairs N.Onzhanov.\n\n"
    "Welcoming the participants, the Kazakh President noted the importance of the meeting of "
    "the SCO Foreign Ministers on the threshold of the Organization's summit in Astana.\n\n"
    "The Kazakh Leader pointed out a number of issues which are on the agenda of the SCO today. "
    "Among them is boosting the work on approval of the SCO Cooperation Concept on "
    "Environmental Protection, signing the SCO Convention on Countering Extremism and adoption "
    "of the statement on this issue as well as Anti-Drug Strategy of the Organization's "
    "member-countries."
)
RATS_DIRECTOR = "Director of the SCO RATS Executive Committee Y.Sysoyev"
CONVENTION = "SCO Convention on Countering Extremism"

# blind set 45 rb-e24592d1c7 (Kazinform, 21 January 2019)
BISHKEK_2019 = (
    "Meeting of heads of SCO defense institutions held in Bishkek\n"
    "BISHKEK. KAZINFORM A meeting of the heads of the defense departments of the Shanghai "
    "Cooperation Organization (SCO) member states responsible for international military "
    "cooperation is held in Bishkek, the press service of the General Staff of the Armed Forces "
    "of the Kyrgyz Republic reported, according to Kabar.\n"
    "During the meeting, the military delegations of Kazakhstan, India, Russia, Tajikistan, "
    "China, Pakistan and Uzbekistan discussed the Plan of Cooperation for 2020-2021, reviewed "
    "the agendas and draft protocols of the upcoming meeting of defense ministers of the SCO "
    "member states, outlined the timing of the Expert Group meeting of the SCO countries."
)
PLAN = "Plan of Cooperation for 2020-2021"


def test_a_councils_name_in_an_officials_title_is_no_meeting(gaz: Gazetteer) -> None:
    """Set 6: "Director of the SCO RATS Executive Committee" among the guests does not make the
    article a RATS council's: the documents are not placed at a RATS meeting."""
    found = gaz_mentions(gaz, ASTANA_2017.format(guest=RATS_DIRECTOR), date(2017, 4, 21))
    assert "RATS" not in (found[CONVENTION].meeting.council or "")
    assert found[CONVENTION].meeting.id == "cfm-2017-astana"


def test_the_russian_title_of_the_organ_is_no_meeting_either(gaz: Gazetteer) -> None:
    """Written: the Russian organ before the body's name («директор Исполнительного комитета
    РАТС ШОС») is the same title."""
    guest = "директор Исполнительного комитета РАТС ШОС Е.Сысоев"
    found = gaz_mentions(gaz, ASTANA_2017.format(guest=guest), date(2017, 4, 21))
    assert "RATS" not in (found[CONVENTION].meeting.council or "")


def test_a_councils_own_meeting_is_still_its_council(gaz: Gazetteer) -> None:
    """Written: the RATS council named as meeting ("the RATS Council met") keeps the article a
    RATS council's: the rule leaves bodies outside a title alone."""
    found = gaz_mentions(
        gaz, ASTANA_2017.format(guest="Y.Sysoyev, as the RATS Council met in Astana that week"),
        date(2017, 4, 21),
    )
    assert found[CONVENTION].meeting.id != "cfm-2017-astana"


def test_defence_ministers_of_the_sco_member_states_are_their_council(gaz: Gazetteer) -> None:
    """Set 45: "the upcoming meeting of defense ministers of the SCO member states" names the
    defence ministers' meeting; the plan discussed for it is planned there (Bishkek, 29 April
    2019), not at the foreign ministers' Bishkek meeting of May."""
    bodies = {m.entry.ref for m in analyse(gaz, "", BISHKEK_2019).matches
              if m.entry.kind == "body"}
    assert "defence_ministers_council" in bodies
    assert gaz_placed(gaz, BISHKEK_2019, date(2019, 1, 21))[PLAN] == ("planned",
                                                                       "dmm-2019-bishkek")


def test_dotted_dates_are_day_first() -> None:
    """Written: "12.09.2014" is 12 September, as German, Russian and Turkish write it."""
    assert _date_in("signed on 12.09.2014 in Dushanbe", None) == date(2014, 9, 12)


def test_slashed_dates_are_read_only_where_a_figure_says_the_day() -> None:
    """Set 35's "12/9/2014" is either day (Arab) or month (American) first: not read; a figure
    above 12 fixes the order (written)."""
    assert _date_in("تم التوقيع في 12/9/2014", None) is None
    assert _date_in("signed 16/8/2007 in Bishkek", None) == date(2007, 8, 16)
    assert _date_in("signed 8/16/2007 in Bishkek", None) == date(2007, 8, 16)


def test_a_word_date_goes_before_figures_and_no_date_is_made_up() -> None:
    """Written: a written month wins over figures in the same sentence; an impossible day or a
    version number is no date."""
    assert _date_in("on 15 June 2001 (ref. 01.02.2003)", None) == date(2001, 6, 15)
    assert _date_in("dated 31.02.2014", None) is None
    assert _date_in("version 1.2.2014.3", None) is None
