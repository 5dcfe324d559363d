"""The fixed-names table (pipeline/data/fixed_document_names.toml, read by
pipeline/documents/names_fixed.py, round 55): each rule of the shipped file names its document in
a sentence written for this test after the dev texts the rule came from (blind set 38 and the
Amharic Charter; the behaviour tests of each language stay in test_names_round52_names52c.py and
test_names_round53_names53.py), and a file with a bad rule is refused with the rule named."""

from __future__ import annotations

import tomllib

import pytest

from pipeline.documents.base import _Sentence
from pipeline.documents.names_fixed import (
    FIXED_NAMES_FILE,
    FixedNamesError,
    fixed_name,
    fixed_rules,
    parse_rules,
)
from pipeline.tagging import Match

FOUNDING = "Declaration on the Establishment of the Shanghai Cooperation Organisation"
CONVENTION = "Shanghai Convention on Combating Terrorism, Separatism and Extremism"
CHARTER = "Charter of the Shanghai Cooperation Organisation"


# the sentence starts at this offset of its article, as a sentence past the title would
OFFSET = 100


def named(body: str, type_word: str, kind: str) -> tuple[str, str] | None:
    """The fixed rules' document at the first `type_word` of `body`: its name and the words
    its span covers, else None."""
    at = body.index(type_word)
    part = _Sentence(OFFSET, OFFSET + len(body), body, {})
    head = Match(OFFSET + at, OFFSET + at + len(type_word), None)
    found = fixed_name(part, head, kind)
    if found is None:
        return None
    return found.name, body[found.start - OFFSET : found.end - OFFSET]


def test_the_shipped_file_loads_and_each_language_has_its_rule() -> None:
    rules = fixed_rules()
    assert [(r.language, r.name) for r in rules] == [
        ("ha", FOUNDING),
        ("sw", FOUNDING),
        ("az", FOUNDING),
        ("mn", FOUNDING),
        ("mn", CONVENTION),
        ("am", CHARTER),
        # round 71 (names71): the UN's 80th anniversary statement in Korean
        ("ko", "Statement on the 80th Anniversary of the Victory in World War II and the "
               "Founding of the United Nations"),
        # round 72 (names72): the same statement as Korean "특별 성명" and in Urdu; the Urdu
        # statement on supporting the multilateral trading system
        ("ko", "Statement on the 80th Anniversary of the Victory in World War II and the "
               "Founding of the United Nations"),
        ("ur", "Statement on the 80th Anniversary of the Victory in World War II and the "
               "Founding of the United Nations"),
        ("ur", "Statement on Supporting the Multilateral Trading System"),
        # round 79 (names79): the Albanian convention against terrorism, the Polish Charter and
        # treaty, the Lao development strategy with its period
        ("sq", "SCO Convention against Terrorism"),
        ("pl", CHARTER),
        ("pl", "Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation"),
        ("lo", "SCO Development Strategy until 2035"),
        # round 80 (names80): the French road map and the Arabic development plan, each with
        # the strategy's period
        ("fr", "SCO Development Strategy until 2035"),
        ("ar", "SCO Development Strategy until 2035"),
        # round 80 (reg80): the Romance "Carta" with the SCO's name (Portuguese, Spanish, Italian)
        ("pt", CHARTER),
        # round 81 (names81b): the Hindi development plan with the SCO and the period until 2025
        ("hi", "SCO Development Strategy until 2025"),
    ]


@pytest.mark.parametrize(
    ("body", "type_word", "kind", "name", "span"),
    [
        # written: Hausa, "the leaders signed the declaration of founding the SCO in Shanghai"
        (
            "Shugabannin kasashen shida sun daddale sanarwar kafa kungiyar hadin gwiwa ta Shanghai "
            "a birnin Shanghai a shekara ta 2001.",
            "sanarwar",
            "declaration",
            FOUNDING,
            "sanarwar kafa kungiyar hadin gwiwa ta Shanghai",
        ),
        # written: Swahili, "the leaders signed the declaration of the founding of the SCO"
        (
            "Viongozi wa nchi sita walitia saini Taarifa ya kuanzishwa kwa Jumuia ya "
            "Ushirikiano ya Shanghai mjini Shanghai mwaka 2001.",
            "Taarifa",
            "declaration",
            FOUNDING,
            "Taarifa ya kuanzishwa kwa Jumuia ya Ushirikiano ya Shanghai",
        ),
        # written: Azerbaijani, "in 2001 the declaration on the founding of the SCO was signed"
        (
            "2001-ci ildə Şanxayda ŞƏT-in təsis edilməsi haqqında bəyannamə imzalanıb.",
            "bəyannamə",
            "declaration",
            FOUNDING,
            "ŞƏT-in təsis edilməsi haqqında bəyannamə",
        ),
        # written: Mongolian, "signed the declaration on establishing the SCO"
        (
            "2001 онд Шанхай хотод ШХАБ-ыг үүсгэн байгуулах тухай тунхаглалд гарын үсэг зурсан.",
            "тунхаглалд",
            "declaration",
            FOUNDING,
            "ШХАБ-ыг үүсгэн байгуулах тухай тунхаглалд",
        ),
        # written: Mongolian, "signed the Shanghai Convention" (the SCO named before it)
        (
            "2001 онд ШХАБ-ын гишүүн орнууд Шанхайн конвенцид гарын үсэг зурсан.",
            "конвенцид",
            "agreement",
            CONVENTION,
            "Шанхайн конвенцид",
        ),
        # written: Amharic, "the member states signed the Charter of the SCO"
        (
            "አባል አገራቱ በ2002 የሻንጋይ ትብብር ድርጅት ቻርተር ፈርመዋል።",
            "ቻርተር",
            "agreement",
            CHARTER,
            "የሻንጋይ ትብብር ድርጅት ቻርተር",
        ),
    ],
)
def test_each_rule_names_its_document(body, type_word, kind, name, span) -> None:
    assert named(body, type_word, kind) == (name, span)
    # a rule is tried only at a type word of its kind
    assert named(body, type_word, "action_plan") is None


@pytest.mark.parametrize(
    ("body", "type_word", "kind"),
    [
        # written: Hausa, an announcement of founding a new fund
        ("Shugabannin sun daddale sanarwar kafa wani sabon asusu.", "sanarwar", "declaration"),
        # written: Azerbaijani, the founding of another body before the declaration word
        (
            "2001-ci ildə ŞƏT sammitində yeni fondun yaradılması haqqında bəyannamə imzalanıb.",
            "bəyannamə",
            "declaration",
        ),
        # written: Mongolian, a convention of another city ("Женевийн", Geneva's)
        ("ШХАБ-ын гишүүн орнууд Женевийн конвенцид нэгдсэн.", "конвенцид", "agreement"),
        # written: Amharic, the UN's Charter, with the SCO named earlier in the sentence
        ("የሻንጋይ ትብብር ድርጅት አባል አገራት የተባበሩት መንግስታት ቻርተር መርሆዎችን ያከብራሉ።", "ቻርተር", "agreement"),
    ],
)
def test_no_rule_names_another_bodys_document(body: str, type_word: str, kind: str) -> None:
    assert named(body, type_word, kind) is None


def shipped() -> dict:
    with FIXED_NAMES_FILE.open("rb") as handle:
        return tomllib.load(handle)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.pop("name"), "`name` is required"),
        (lambda r: r.update(before="x$"), "exactly one of `after` and `before`"),
        (lambda r: r.update(colour="red"), "unknown field(s) ['colour']"),
        (lambda r: r.update(after="(unclosed"), "`after` is not a valid regex"),
        (lambda r: r.update(window=40), "`window` is a positive number"),
    ],
)
def test_a_bad_rule_is_refused_with_its_place(change, message) -> None:
    data = shipped()
    change(data["rule"][0])  # the Hausa rule, which has `after`
    with pytest.raises(FixedNamesError) as err:
        parse_rules(data, "fixed.toml")
    assert message in str(err.value)
    assert "fixed.toml, rule 1 (ha:" in str(err.value)


def test_a_before_rule_must_end_at_the_type_word() -> None:
    data = shipped()
    data["rule"][2]["before"] = data["rule"][2]["before"].rstrip("$")
    with pytest.raises(FixedNamesError, match=r"rule 3 \(az: .*must end with `\$`"):
        parse_rules(data)
