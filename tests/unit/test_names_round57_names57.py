"""Round 57 (names57): document names of blind sets 43 and 44 (issue 14): the Hindi New Delhi
Declaration (its two-word venue, the transliterated "डिक्लेरेशन", "का अनुमोदन किया" approved and
the plural "अपनाएं" adopted), the German trade programme's compound words, "in Customs Matters"
in keys, and a state's plan for its pairing with the SCO ("中国—上海合作组织 ... 总体方案").

The sentences marked with a set and item are quoted from real published reports
(tests/data/real-blindN, dev sets); the others are written by names57 for these tests.
"""

from __future__ import annotations

from round_helpers import tagged_keys

from pipeline.documents import document_key

NEW_DELHI = document_key("New Delhi Declaration")
TRADE_PROGRAMME = "Programme of Multilateral Trade and Economic Cooperation"
CUSTOMS = (
    "Agreement between the Governments of the SCO Member States on Cooperation and Mutual "
    "Assistance in Customs Matters"
)


# --- the Hindi New Delhi Declaration --------------------------------------------------------------


def test_hindi_two_word_venue_declaration_keys_as_english() -> None:
    # "नई दिल्ली" (New Delhi) is two words; the venue table joins them as the key's tokens
    assert document_key("नई दिल्ली घोषणा-पत्र") == NEW_DELHI
    # the transliterated "न्यू दिल्ली डिक्लेरेशन" is the same declaration
    assert document_key("न्यू दिल्ली डिक्लेरेशन") == NEW_DELHI


def test_hindi_two_words_that_are_no_venue_stay_as_written() -> None:
    # written: "नई योजना घोषणा" (a new plan declaration) names no venue
    assert "delhi" not in document_key("नई योजना घोषणा")


def test_hindi_approved_declaration_is_found() -> None:
    # blind set 44, rb-d946581871
    body = (
        "शंघाई सहयोग संगठन (SCO) का 23वां शिखर सम्मेलन 4 जुलाई को आयोजित किया गया था.\n"
        "SCO राष्ट्राध्यक्षों ने नई दिल्ली घोषणा-पत्र का अनुमोदन किया."
    )
    assert tagged_keys(body) == {NEW_DELHI: "approved"}


def test_hindi_plural_adopted_and_transliterated_declaration() -> None:
    # blind set 44, rb-d843e20746 (the sentence with the organisation named before it)
    body = (
        "शंघाई सहयोग संगठन की शिखर वार्ता भारत की अध्यक्षता में मंगलवार को संपन्न हुई। "
        "निष्कर्ष के तौर पर नेताओं ने न्यू दिल्ली डिक्लेरेशन और दो विषय अनुसार वक्तव्य अपनाएं।"
    )
    assert tagged_keys(body).get(NEW_DELHI) == "adopted"


def test_hindi_declaration_without_a_step_is_not_reported() -> None:
    # written: "the New Delhi Declaration is being discussed" (no adoption, no approval)
    body = "शंघाई सहयोग संगठन के नेता नई दिल्ली घोषणा-पत्र पर चर्चा कर रहे हैं।"
    assert NEW_DELHI not in tagged_keys(body)


# --- the German trade programme -------------------------------------------------------------------


def test_german_trade_programme_keys_as_english() -> None:
    # blind set 43, rb-9de4f7eee8: "Handels- und Wirtschaftskooperation"
    assert document_key("Programm für multilaterale Handels- und Wirtschaftskooperation") == (
        document_key(TRADE_PROGRAMME)
    )


def test_german_cooperation_compound_splits_only_a_known_subject() -> None:
    assert document_key("Sicherheitszusammenarbeit") == "cooperation security"
    # written: an unknown first part stays one word (no guess at its meaning)
    assert document_key("Blumenkooperation") == "blumenkooperation"
    assert document_key("Kooperation") == document_key("Cooperation")


def test_german_trade_programme_is_found() -> None:
    # blind set 43, rb-9de4f7eee8
    body = (
        "Im Jahr 2003 unterzeichneten die Regierungschefs der SOZ-Mitgliedsländer das Programm "
        "für multilaterale Handels- und Wirtschaftskooperation für 20 Jahre."
    )
    assert document_key(TRADE_PROGRAMME) in tagged_keys(body)


# --- "in Customs Matters" -------------------------------------------------------------------------


def test_customs_matters_is_the_customs_of_the_chinese_title() -> None:
    assert document_key("上海合作组织成员国政府海关合作与互助协定") == document_key(CUSTOMS)


def test_matters_drops_without_merging_other_customs_documents() -> None:
    # written: a customs agreement on another subject keeps its subject
    assert document_key("Agreement on Customs Matters of Transit") != document_key(CUSTOMS)


# --- a state's plan for its pairing with the SCO ------------------------------------------------


def test_state_dash_sco_plan_is_the_states() -> None:
    # blind set 43, rb-fbe475a990: China's reform commission approved China's master plan
    body = (
        "2019年7月24日,中央全面深化改革委员会第九次会议审议通过了"
        "《中国—上海合作组织地方经贸合作示范区建设总体方案》。"
    )
    assert tagged_keys(body) == {}


def test_sco_programme_and_state_dash_sco_memorandum_are_kept() -> None:
    # written: the SCO's own programme, and a memorandum of China with the SCO (a party)
    assert tagged_keys(
        "上海合作组织成员国元首理事会会议通过了《上海合作组织成员国地方合作发展纲要》。")
    found = tagged_keys("上海合作组织秘书处与中国签署了《中国—上海合作组织谅解备忘录》。")
    assert [k for k in found if "memorandum" in k]


# --- the Turkish strategy of the coming ten years -------------------------------------------------


def test_turkish_coming_years_strategy_is_found_and_dated_by_its_meeting() -> None:
    # blind set 44, rb-a397a4c95b (shortened): planned at the Tianjin summit of 2025
    body = (
        "Cumhurbaşkanı Erdoğan, Şanghay İşbirliği Örgütü’nün 25. Devlet Başkanları Konseyi "
        "Zirvesi’ne katılmak amacıyla Çin’in Tianjin şehrine ulaştı. Üye ülkeler, Devlet "
        "Başkanları Konseyi Toplantısı sonrasında ‘Tiencin Bildirisi’ni kabul ederek, ŞİÖ’nün "
        "önümüzdeki 10 yıldaki gelişim stratejisini onaylayacak."
    )
    assert tagged_keys(body).get(document_key("SCO Development Strategy until 2035")) == "planned"


def test_turkish_strategy_without_its_span_is_no_name() -> None:
    # written: "approved the development strategy" names no one strategy
    body = "Şanghay İşbirliği Örgütü liderleri gelişim stratejisini onayladı."
    assert tagged_keys(body) == {}


# --- "this programme": the title named before -----------------------------------------------------

_DE_LEAD = "SCO-Flagge. Shanghaier Organisation für Zusammenarbeit (SCO).\n"
_DE_PLAN = (
    " Im September 2004 wurde beim Rat der Regierungschefs der SOZ in Bischkek ein Aktionsplan "
    "zur Umsetzung dieses Programms verabschiedet."
)


def test_this_programme_is_the_programme_named_before() -> None:
    # blind set 43, rb-9de4f7eee8
    body = (
        _DE_LEAD + "Im Jahr 2003 unterzeichneten die Regierungschefs der SOZ-Mitgliedsländer das "
        "Programm für multilaterale Handels- und Wirtschaftskooperation für 20 Jahre." + _DE_PLAN
    )
    plan = document_key(
        "Action Plan for the implementation of the Programme of Multilateral Trade and Economic "
        "Cooperation"
    )
    assert tagged_keys(body).get(plan) == "adopted"


def test_this_programme_with_no_programme_before_stays_as_written() -> None:
    # written: the sentence before names no programme
    body = (
        _DE_LEAD + "Im Jahr 2003 trafen sich die Regierungschefs der SOZ-Mitgliedsländer in "
        "Peking." + _DE_PLAN
    )
    assert [k for k in tagged_keys(body) if "diese" in k]
