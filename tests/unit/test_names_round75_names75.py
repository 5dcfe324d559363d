"""Round 75 (names75): a title's "on cooperation between" and its two parties (issue 14).

"a Joint Declaration on cooperation between the Secretariats of the UN and the SCO" (Kazinform,
blind set 41) was cut to "Joint Declaration", then to nothing (a bare capitalised type word with
nothing around it is no name): its first party, "the Secretariats of the UN", carries its own
"of the UN", which the rule of round 16 (two capitalised parties joined by "and") did not read.
A party may now hold "of (the) <Capitalised>".
"""

from __future__ import annotations

import re
from datetime import date

from round_helpers import found_names

from pipeline.documents.names_latin import _between_parties_tail

UN_SCO = "Joint Declaration on cooperation between the Secretariats of the UN and the SCO"


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+|[^\w\s]", text)


def _tail(text: str) -> str:
    """The words from the type word to the end `_between_parties_tail` gives."""
    words = _words(text)
    last = words.index("Declaration") if "Declaration" in words else words.index("Agreement")
    return " ".join(words[last : _between_parties_tail(words, last, set()) + 1])


def test_a_party_with_its_own_of_the() -> None:
    # blind set 41 (rb-4cdc6861cd), its words around the name
    assert _tail(
        "as a Joint Declaration on cooperation between the Secretariats of the UN and the SCO "
        "was signed in 2010"
    ) == "Declaration on cooperation between the Secretariats of the UN and the SCO"


def test_the_second_party_with_its_own_of() -> None:
    # written
    assert _tail(
        "an Agreement on cooperation between the SCO Secretariat and the Ministry of Emergency "
        "Situations of Kyrgyzstan was signed"
    ) == (
        "Agreement on cooperation between the SCO Secretariat and the Ministry of Emergency "
        "Situations of Kyrgyzstan"
    )


def test_of_before_a_lower_case_word_ends_the_party() -> None:
    # written: "of" before a lower-case word is no part of the party, and no "and" follows it
    words = _words("a Joint Declaration on cooperation between the Secretariats of our two bodies")
    last = words.index("Declaration")
    assert _between_parties_tail(words, last, set()) == last


def test_the_declaration_is_found_when_not_cited() -> None:
    # set 41's sentence without its year of signing (written): the name is whole
    found = found_names(
        "The upcoming summit of the SCO is of particular importance, as a Joint Declaration on "
        "cooperation between the Secretariats of the UN and the SCO was signed under the "
        "previous chairmanship of Uzbekistan at the organization.",
        date(2016, 6, 21),
    )
    assert UN_SCO in found
    assert "Joint Declaration" not in found
