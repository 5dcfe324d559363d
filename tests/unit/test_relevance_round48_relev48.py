"""Round 48 of relevance (every dev set): an article headed by another organisation that names
the SCO in passing is a look-alike; an ambiguous abbreviation written again and again beside the
SCO's member states, after "Shanghai" and a cooperation word in a bracket, or beside the
"Shanghai Spirit" is the SCO's. Sentences marked "set N" are the sets' own, cut short; the
others were written by us (the round-48 helper) for these tests."""

from __future__ import annotations

from pipeline.tagging import RELEVANCE_THRESHOLD, analyse, another_organisations


def kept(gaz, title: str, body: str) -> bool:
    return analyse(gaz, title, body).relevance >= RELEVANCE_THRESHOLD


def found(gaz, title: str, body: str) -> list[str]:
    analysis = analyse(gaz, title, body)
    return [analysis.text[m.start : m.end] for m in analysis.sco]


# ---- another organisation's article ---------------------------------------------------------

# set 34: a CIS summit announced by Tajikistan's national coordinator for SCO affairs
CIS_TITLE = ("ДУШАНБЕ, 22 янв — Sputnik. Саммит глав стран-участниц СНГ пройдет в Душанбе "
             "10 октября.")
CIS_BODY = (
    "Об этом сообщил начальник управления стран СНГ министерства иностранных дел, национальный "
    "координатор Таджикистана по делам ШОС Ахмад Саидмуродзода.\n"
    "Также он добавил, что 5 июня в столице Таджикистана пройдет и встреча глав правительств "
    "государств-участников СНГ.\n"
    "\"Заседание Совета глав правительств СНГ пройдет 5 июня в Душанбе\", - сказал он."
)


def test_cis_summit_naming_the_sco_in_passing_is_set_aside(gaz) -> None:
    assert found(gaz, CIS_TITLE, CIS_BODY) == ["ШОС"]
    assert not kept(gaz, CIS_TITLE, CIS_BODY)


def test_the_same_text_headed_by_the_sco_is_kept(gaz) -> None:
    # written by us: the headline names the SCO, so the rule does not apply
    title = "Саммит ШОС и саммит СНГ пройдут в Душанбе"
    analysis = analyse(gaz, title, CIS_BODY)
    assert not another_organisations(analysis.matches, analysis.sco, analysis.title_end)
    assert analysis.relevance >= RELEVANCE_THRESHOLD


def test_an_organisation_named_less_often_than_the_sco_leaves_it_kept(gaz) -> None:
    # written by us: a BRICS headline over a report that is mostly about the SCO
    title = "After BRICS, Modi heads to Tianjin"
    body = ("Prime Minister Modi will attend the Shanghai Cooperation Organisation summit in "
            "Tianjin. The SCO summit brings together its ten member states, and the SCO "
            "Secretary-General will present the Tianjin Declaration.")
    analysis = analyse(gaz, title, body)
    assert not another_organisations(analysis.matches, analysis.sco, analysis.title_end)
    assert analysis.relevance >= RELEVANCE_THRESHOLD


# ---- an abbreviation repeated beside the SCO's member states --------------------------------

# set 22: a German report of Tianjin 2025 that writes "SOZ" with no context word beside it
SOZ_BODY = (
    "Dem chinesischen Außenamt zufolge soll es der größte Gipfel seit Bestehen der SOZ werden.\n"
    "Die SOZ wurde vor 24 Jahren als Organisation für den Kampf gegen Terrorismus gegründet. "
    "Mittlerweile gehören ihr zehn Staaten an - neben den Gründungsländern Russland, China und "
    "Kasachstan auch Indien, Pakistan, sowie seit 2023 der Iran und seit 2024 Belarus."
)


def test_abbreviation_written_twice_beside_member_states_is_the_sco(gaz) -> None:
    assert found(gaz, "Putin in Tianjin", SOZ_BODY) == ["SOZ", "SOZ"]


def test_abbreviation_written_once_is_not_confirmed(gaz) -> None:
    body = SOZ_BODY.replace("seit Bestehen der SOZ", "seit Jahren")
    assert found(gaz, "Putin in Tianjin", body) == []


def test_abbreviation_beside_two_member_states_is_not_confirmed(gaz) -> None:
    # written by us: the software firm's letters in a text naming two member states
    body = ("SCO shipped a new release to banks in China and India. Analysts said SCO would "
            "need more partners to grow.")
    assert found(gaz, "Software news", body) == []


def test_abbreviation_defined_otherwise_stays_set_aside(gaz) -> None:
    # written by us: an airport code defined in a bracket, beside three member states
    body = ("Flights from Aktau International Airport (SCO) to China, Russia and India grew. "
            "Passenger traffic at SCO rose 18 percent.")
    analysis = analyse(gaz, "Aktau flights", body)
    assert analysis.sco == []
    assert "SCO" in analysis.ignored


# ---- a bracket after "Shanghai" and a cooperation word --------------------------------------


def test_misnamed_shanghai_cooperation_defines_the_abbreviation(gaz) -> None:
    # set 4: The Guardian, 2005
    body = ("The Shanghai Cooperation Association (SCO) China, Russia and the Central Asian states "
            "has fired a diplomatic shot. The SCO, meeting in Astana, said in a declaration ...")
    assert found(gaz, "Asian nations pursue base closures", body) == ["SCO", "SCO"]


def test_german_compound_after_shanghai_defines_the_abbreviation(gaz) -> None:
    # set 9
    body = ("Die 25. Konferenz der Staatschefs des Shanghai-Cooperationsrates (SCO), die in "
            "Tianjin stattfindet, markiert einen weiteren Schritt.")
    assert found(gaz, "Tianjin", body) == ["SCO"]


def test_shanghai_without_a_cooperation_word_still_defines_otherwise(gaz) -> None:
    # written by us: the Shanghai Chinese Orchestra is an SCO too
    body = "The Shanghai Chinese Orchestra (SCO) toured Europe. The SCO played in Vienna."
    assert found(gaz, "Concert", body) == []


# ---- the SCO's own terms --------------------------------------------------------------------


def test_shanghai_spirit_confirms_the_abbreviation(gaz) -> None:
    # set 17: the SCO defence ministers in Qingdao, 2025
    body = ("It is particularly important for the SCO to play a stabilizing anchor role, Dong "
            "said. He said China is willing to uphold the original aspirations of the SCO and "
            "promote the \u201cShanghai Spirit.\u201d")
    assert found(gaz, "Qingdao", body) == ["SCO", "SCO"]
