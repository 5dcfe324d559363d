"""Unit tests of round 12's rules (pipeline.documents), from blind set 11's errors: a state's
official and short names in one key, a draft that qualifies one item of a list, a package of
documents sharing its meeting, venue declarations in more languages.

Every text here is written by the scowatch developers (this round's helper) for these tests,
modelled on the constructions of the set's reports, not copied from them.
"""

from __future__ import annotations

from datetime import date

from round_helpers import gaz_names

from pipeline.documents import document_key, find_documents


def _meetings(gaz, body: str, published: date | None = None) -> dict[str, str | None]:
    return {
        d.name: d.meeting.id for d in find_documents("", body, published_at=published, gaz=gaz)
    }


# ---- keys: a state's official and short names -----------------------------------------------


def test_official_and_short_state_names_key_alike():
    assert document_key("Memorandum of Obligations of the Republic of Kazakhstan") == document_key(
        "Memorandum of Obligation of Kazakhstan"
    )
    assert document_key("Memorandum of Obligations of the Islamic Republic of Iran") == (
        document_key("Memorandum of Obligations of Iran")
    )


# ---- a singular draft qualifies the list item it precedes --------------------------------------


def test_draft_qualifies_only_the_item_it_precedes(gaz):
    body = (
        "The heads of state of the Shanghai Cooperation Organisation signed decisions approving "
        "the draft Concept of Cooperation of the SCO Member States in Tourism until 2030, the "
        "Programme of Cooperation of the SCO Member States in Countering Extremism for 2022-2024 "
        "and the SCO Plan of Cooperation on Water Resources for 2023-2027."
    )
    found = gaz_names(gaz, body)
    statuses = {name.split()[0] + (" " + name.split()[1] if name.startswith("SCO") else ""): s
                for name, s in found.items()}
    assert statuses.get("Concept") == "planned", found
    assert statuses.get("Programme") == "approved", found
    assert statuses.get("SCO Plan") == "approved", found


def test_drafts_of_several_stay_drafts(gaz):
    # a guard (passes before this round too): a plural "drafts of" qualifies every item
    body = (
        "The SCO foreign ministers approved the drafts of the Concept of Cooperation of the SCO "
        "Member States in Tourism until 2030 and of the Programme of Cooperation of the SCO "
        "Member States in Countering Extremism for 2022-2024."
    )
    assert set(gaz_names(gaz, body).values()) == {"planned"}


# ---- a package shares its meeting; a period's first year places it ---------------------------


def test_package_placed_by_the_period_its_programme_opens(gaz):
    # Dushanbe held summits in 2008, 2014 and 2021: only 2021 lies in the two years before a
    # programme "for 2022-2024", and the declaration signed with it is of the same summit
    body = (
        "Emomali Rahmon chaired the meeting of the SCO Council of Heads of State. Following the "
        "meeting, the leaders signed the Dushanbe Declaration of the Council of Heads of State of "
        "the Shanghai Cooperation Organisation. The heads of state also signed a package of other "
        "documents. Among them is the Council's decision approving the Programme of Cooperation "
        "of the SCO Member States in Countering Terrorism, Separatism and Extremism for 2022-2024."
    )
    assert set(_meetings(gaz, body).values()) == {"hsc-2021-dushanbe"}


def test_package_left_unresolved_when_no_meeting_fits_the_period(gaz):
    # a guard: no Dushanbe summit of the calendar lies in the two years before 2031
    body = (
        "Following the meeting, the leaders signed the Dushanbe Declaration of the Council of "
        "Heads of State of the Shanghai Cooperation Organisation. The heads of state also signed "
        "a package of other documents. Among them is the Council's decision approving the "
        "Programme of Cooperation of the SCO Member States in Countering Extremism for 2031-2033."
    )
    assert set(_meetings(gaz, body).values()) == {None}


# ---- venue declarations in Spanish and Italian; ordinals in Italian and German ------------------


def test_spanish_declaration_adopted_by_a_noun_or_a_reflexive(gaz):
    for body in (
        "La cumbre de la OCS en Bishkek terminó con la adopción de la Declaración de Bishkek.",
        "Tras la cumbre de la OCS, se adoptó la Declaración de Bishkek.",
    ):
        assert gaz_names(gaz, body) == {"Bishkek Declaration": "adopted"}, body


def test_romance_declaration_keys_as_the_english_venue_declaration():
    english = document_key("Tashkent Declaration")
    assert document_key("Declaración de Taskent") != english  # another spelling of the city
    assert document_key("Dichiarazione di Tashkent del Consiglio dei Capi di Stato della SCO") == (
        english
    )
    assert document_key("Declaración de Astaná del Consejo de Jefes de Estado de la OCS") == (
        document_key("Astana Declaration")
    )
    # a declaration on a subject is not the venue's
    assert document_key("Declaración de Astaná sobre la seguridad alimentaria") != (
        document_key("Astana Declaration")
    )


def test_ordinals_in_italian_and_german():
    from pipeline.documents.meetings import ordinal_in

    assert ordinal_in("Il presidente ha partecipato alla 19esima riunione del Consiglio") == 19
    assert ordinal_in("Der Präsident nahm an der 19. Sitzung des Rates der Staatschefs teil") == 19
    assert ordinal_in("Der Gipfel begann am 3. Juli in Astana") is None


# ---- a venue declaration in a report that names the SCO once ------------------------------------


_ONE_MENTION = (
    "Bishkek, 14 June (Agency). The Shanghai Cooperation Organization (SHO) summit hosted by "
    "Kyrgyzstan concluded on Friday in the capital. During the day the leaders also discussed "
    "trade and climate. This covers cooperation in transport and in digital technologies.\n\n"
    "Presidents of Central Asian countries, Russia, China, Pakistan, India and Iran participated "
    "in the {event} today.\n\nAfter the summit, a foreign ministry official informed that as a "
    "conclusion the leaders adopted the Bishkek Declaration and several other papers. One "
    "concerns trade and the other concerns tourism."
)


def test_venue_declaration_in_a_report_naming_the_sco_once(gaz):
    # one SCO mention (its abbreviation garbled) among many states: scored below relevance, yet
    # the declaration resolves to the SCO summit at its venue and no other organisation is named
    body = _ONE_MENTION.format(event="summit")
    assert _meetings(gaz, body, date(2019, 6, 14)) == {"Bishkek Declaration": "hsc-2019-bishkek"}


def test_venue_declaration_beside_another_organisation_stays_out(gaz):
    # a guard (passes before this round too): naming another organisation keeps the relevance
    # requirement
    body = _ONE_MENTION.format(event="BRICS summit")
    assert gaz_names(gaz, body, date(2019, 6, 14)) == {}


# ---- a quotation glued to the sentence before ---------------------------------------------------


def test_glued_quotation_starts_a_sentence(gaz):
    # the statements "proposed" in the first sentence are not adopted by the quoted sentence
    # glued to it without a space
    body = (
        "The SCO summit ended in Tashkent. The declaration also proposed three other joint "
        "statements on tourism, youth policy and water resources.\"As the outcome of the summit, "
        "the leaders adopted the Tashkent Declaration,\" the minister said."
    )
    assert gaz_names(gaz, body) == {"Tashkent Declaration": "adopted"}
