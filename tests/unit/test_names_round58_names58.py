"""Round 58 (names58): document names left by earlier rounds (issue 14): a Chinese statement
issued on an anniversary without 关于, the treaty of long-term good-neighbourliness in the
Romance languages and Arabic (its keys and the Romance lower-case title after "Tratado"), the
Spanish "Plan de Implementación Global", and Arabic titles whose words after the type word are
all known title words.

The sentences marked with a set and item are quoted from real published reports
(tests/data/real-blindN, dev sets); the others are written by names58 for these tests.
"""

from __future__ import annotations

from round_helpers import tagged_keys

from pipeline.documents import document_key

TREATY = document_key("Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation")
ANNIVERSARY = document_key(
    "Statement on the 80th anniversary of the victory in World War II and the founding of the "
    "United Nations"
)


# --- the Chinese anniversary statement without 关于 ---------------------------------------------


def test_chinese_anniversary_statement_issued_without_about() -> None:
    # written: the preview's pattern (blind set 18 has it in traditional script)
    body = (
        "上海合作组织成员国元首理事会第二十五次会议将在天津举行。"
        "各国领导人将共同签署《天津宣言》，发表世界反法西斯战争胜利和联合国成立80周年的声明。"
    )
    assert ANNIVERSARY in tagged_keys(body)


def test_chinese_issued_statement_without_anniversary_names_nothing() -> None:
    # written: an object of 发表 without an anniversary is any clause's object, no title
    body = (
        "上海合作组织成员国元首理事会会议在天津举行。"
        "各方发表支持多边主义立场的声明。"
    )
    assert all("statement" not in key for key in tagged_keys(body))


# --- the treaty of long-term good-neighbourliness ------------------------------------------------


def test_romance_and_arabic_treaty_titles_key_as_english() -> None:
    for name in (
        "Tratado de Boa Vizinhança, Amizade e Cooperação de Longo Prazo",
        "Tratado de Buena Vecindad, Amistad y Cooperación a Largo Plazo",
        "Trattato di buon vicinato, amicizia e cooperazione a lungo termine",
        "Traité de bon voisinage, d’amitié et de coopération à long terme",
        "معاهدة حسن الجوار والصداقة والتعاون طويلة الأمد",
    ):
        assert document_key(name) == TREATY, name


def test_spanish_global_implementation_plan_is_the_comprehensive_plan() -> None:
    english = document_key(
        "Comprehensive Plan for the Implementation of the Treaty on Long-Term "
        "Good-Neighbourliness, Friendship and Cooperation for 2023-2027"
    )
    # blind set 42, rb-377ebb5ef3's name
    spanish = document_key(
        "Plan de Implementación Global del Tratado de Buena Vecindad, Amistad y Cooperación a "
        "Largo Plazo de la OCS para 2023-2027"
    )
    assert spanish == english
    # written: "global" alone is the world's, not a plan's
    assert "comprehensive" not in document_key("Declaración sobre la seguridad alimentaria global")


def test_portuguese_treaty_in_lower_case_after_its_type_word() -> None:
    # blind set 43, rb-6fefc5629b (a history paragraph). Round 60 (relev60): a page whose first
    # line is the SCO's founding year is a background page (page_form, _HISTORY_YEAR; this page is
    # labelled x- in set 43), so a line of news now opens the text, keeping the test's point
    body = (
        "Os líderes da Organização para Cooperação de Xangai reuniram-se em Bishkek.\n"
        "A Organização para Cooperação de Xangai (OCX) foi fundada em 2001.\n"
        "Um passo importante no fortalecimento da base jurídica da associação foi a assinatura "
        "em Bishkek (Quirguistão) em agosto de 2007 do Tratado sobre boa vizinhança, amizade e "
        "cooperação a longo prazo."
    )
    assert tagged_keys(body).get(TREATY) == "signed"


def test_romance_treaty_of_another_subject_is_not_the_sco_treaty() -> None:
    # written: a free trade treaty, and the shortened title without its long term
    body = (
        "A Organização para Cooperação de Xangai (OCX) reuniu-se em Astana.\n"
        "Os ministros assinaram o Tratado de Livre Comércio e o Tratado de boa vizinhança."
    )
    assert TREATY not in tagged_keys(body)


# --- Arabic titles of known words ---------------------------------------------------------------


def test_arabic_history_titles_of_known_words() -> None:
    # blind set 43, rb-38a025a546
    body = (
        "منظمة شنغهاي للتعاون منظمة دولية.\n"
        "وفي يونيو 2002، في قمة سانت بطرسبورغ لرؤساء دول منظمة شنغهاي للتعاون، تم التوقيع على "
        "ميثاق منظمة شنغهاي للتعاون، والذي دخل حيز التنفيذ في 19 سبتمبر 2003. "
        "ومن الخطوات الهامة في تعزيز الإطار القانوني للرابطة التوقيع في بيشكيك (قيرغيزستان) في "
        "أغسطس 2007 على اتفاق حسن الجوار والصداقة والتعاون على المدى الطويل."
    )
    found = tagged_keys(body)
    assert found.get(document_key("Charter of the Shanghai Cooperation Organisation")) == "signed"
    assert found.get(TREATY) == "signed"


def test_arabic_title_with_an_unknown_word_names_nothing() -> None:
    # written: a programme whose words the keys do not know ("تبادل الطلاب", student exchange)
    # and the UN's Charter: no title of known words
    body = (
        "منظمة شنغهاي للتعاون منظمة دولية.\n"
        "وقع رؤساء حكومات الدول الأعضاء في منظمة شنغهاي للتعاون على برنامج تبادل الطلاب، "
        "وأكدوا التزامهم بميثاق الأمم المتحدة."
    )
    assert tagged_keys(body) == {}


# --- a joint communiqué's own text: two more openings ---------------------------------------------

COMMUNIQUE = document_key("Joint Communiqué")


def test_communique_text_opening_with_held_its_meeting() -> None:
    # blind set 21, rb-dd199d0600 (its title line and opening sentence)
    body = (
        "Joint Communiqué on the 14th Meeting of the Council of Heads of Governments of the "
        "Shanghai Cooperation Organisation Member States\n\n"
        "The Council of the Heads of Governments (Prime Ministers) of the Shanghai Cooperation "
        "Organisation (SCO) Member States held its 14th meeting in Zhengzhou, Henan on 14-15 "
        "December 2015.\n"
    )
    assert tagged_keys(body).get(COMMUNIQUE) == "adopted"


def test_communique_title_line_before_other_words_is_no_text() -> None:
    # written: "held its" without a meeting is no communiqué's opening
    body = (
        "Joint Communiqué on the 14th Meeting of the Council of Heads of Governments of the "
        "Shanghai Cooperation Organisation Member States\n\n"
        "Kazakhstan held its ground on the transit tariffs, officials said.\n"
    )
    assert COMMUNIQUE not in tagged_keys(body)


def test_chinese_communique_text_in_its_atmosphere() -> None:
    # written in the style of blind set 31's 2003 communiqué page: title line, date, opening
    body = (
        "上海合作组织成员国政府首脑(总理)会晤联合公报\n"
        "2003/09/23\n"
        "六国总理在友好、相互理解和建设性的气氛中讨论了深化经贸合作问题,达成广泛共识。\n"
    )
    assert tagged_keys(body).get(COMMUNIQUE) == "adopted"
