"""Round 61 (meet61): meetings (issue 14).

A relative day word (tomorrow, today, yesterday in each language: meeting_words.toml) near a
document's name dates its step from the page's day, before the joining year a memorandum of
obligations implies or a venue of another clause ("na próxima cúpula, em Astana"). And a cited
decision in the verb-final languages (Uzbek, Kazakh, Turkish) names its council, place and
decision before the verb: that place is the decision's, not the signing's.
"""

from __future__ import annotations

from datetime import date

from pipeline.documents import find_documents
from pipeline.documents.meetings import _relative_day

# blind set 45, rb-5d5a4a2438 (EFE in Portuguese, 23 June 2016), its last paragraph
TASHKENT_2016_PT = (
    "Moscou, 23 jun (EFE).- A cúpula de líderes da Organização de Cooperação de Xangai (SCO), "
    "integrada por Rússia, China, Cazaquistão, Tadjiquistão e Uzbequistão, teve início nesta "
    "quinta-feira, em Tashkent, com um jantar entre os participantes.\n\n"
    "A Índia e o Paquistão, duas potências nucleares vizinhas e rivais, assinarão amanhã o "
    '"memorando de obrigações" da SCO, um passo importante para se transformarem em membros '
    "plenos do bloco, algo previsto para ocorrer na próxima cúpula, em Astana."
)


def _offset(text: str, name: str) -> int | None:
    at = text.index(name)
    return _relative_day(text, (at, at + len(name)))


def test_will_sign_tomorrow_is_the_summit_of_the_next_day() -> None:
    """Set 45 rb-5d5a4a2438: the memoranda "assinarão amanhã" on a page of 23 June 2016 are
    Tashkent's (24 June 2016), not Astana 2017's, "the next summit" where the states join."""
    found = find_documents("", TASHKENT_2016_PT, date(2016, 6, 23))
    memoranda = [m for m in found if m.type == "memorandum"]
    assert len(memoranda) == 2
    for m in memoranda:
        assert m.meeting.id == "hsc-2016-tashkent"
        assert m.meeting.venue == "Tashkent"


def test_without_the_page_date_the_word_dates_nothing() -> None:
    """Negative: an undated page gives the word no day. Until round 62 the memoranda then went
    to Astana 2017, the venue of "na próxima cúpula, em Astana"; round 62 reads that place as
    the next summit's (its comma no longer ends the clause), so the undated page places them by
    its other words, the lead's summit in Tashkent of the year before joining: still no day from
    the word (the meeting's own day, 24 June, not the page's day moved by it)."""
    found = find_documents("", TASHKENT_2016_PT, None)
    memoranda = [m for m in found if m.type == "memorandum"]
    assert memoranda
    assert all(m.meeting.id != "hsc-2017-astana" for m in memoranda)
    assert all(m.meeting.id == "hsc-2016-tashkent" for m in memoranda)


def test_relative_day_words_and_their_offsets() -> None:
    """Set 45's sentence, and written ones in the other lists' languages."""
    assert _offset(TASHKENT_2016_PT, '"memorando de obrigações"') == 1
    assert _offset("Лидеры сегодня подписали Астанинскую декларацию.",
                   "Астанинскую декларацию") == 0
    assert _offset("Yesterday the leaders signed the Astana Declaration.",
                   "Astana Declaration") == -1
    assert _offset("元首们明天将签署《阿斯塔纳宣言》。", "《阿斯塔纳宣言》") == 1
    assert _offset("Die Staatschefs unterzeichnen morgen die Erklärung von Astana.",
                   "Erklärung von Astana") == 1


def test_a_morning_or_a_possessive_is_no_relative_day() -> None:
    """Negative (written): "la mañana", "am Morgen" (the morning), "today's" and "сегодняшн-"
    (of today) date nothing; nor a word two clauses away, beyond a semicolon."""
    assert _offset("Por la mañana los líderes firmaron la Declaración de Astaná.",
                   "Declaración de Astaná") is None
    assert _offset("Am Morgen unterzeichneten sie die Erklärung von Astana.",
                   "Erklärung von Astana") is None
    assert _offset("Today's SCO adopted the Astana Declaration.", "Astana Declaration") is None
    assert _offset("Сегодняшняя встреча одобрила Астанинскую декларацию.",
                   "Астанинскую декларацию") is None
    assert _offset("The leaders arrive tomorrow; in 2017 they signed the Astana Declaration.",
                   "Astana Declaration") is None


def test_two_offsets_in_one_sentence_are_no_day() -> None:
    """Negative (written): "yesterday" and "tomorrow" both near the name leave it undated."""
    assert _offset("Yesterday they agreed, and tomorrow they sign the Astana Declaration.",
                   "Astana Declaration") is None


# blind set 45, rb-27edf5ffc5 (UzTAG, 2 March 2016, Uzbek in Cyrillic), cut short (the dateline
# paragraph's Beijing meeting is what left the memoranda unresolved at Ufa before this round)
DRAFTS_UZ = (
    "ШҲТ Тошкентдаги саммитида Ҳиндистон ва Покистон ташкилотнинг янги аъзоларига айланадилар\n\n"
    "Тошкент. 2 март. ЎзТАГ – Куни кеча Пекин шаҳрида Шанҳай ҳамкорлик ташкилоти Бош котиби "
    "Рашид Алимов ХХРдаги Ҳиндистон Републикаси Элчиси Виджай Гохале ва Покистон Ислом "
    "Республикаси Элчиси Масуд Халид билан учрашди.\n\n"
    "Ўзбекистон ТИВ хабар қилишларича, ШҲТга аъзо давлатларнинг Уфа шаҳридаги (Россия) Давлат "
    "раҳбарлари кенгаши қарорини амалга ошириш доирасида дипломатик миссияларнинг бошлиқларига "
    "ШҲТга аъзо давлат мақомини олиш борасидаги Ҳиндистон ва Покистоннинг мажбуриятлари ҳақидаги "
    "Меморандумларнинг лойиҳалари топширилди."
)


def test_the_ufa_decision_cited_in_uzbek_is_not_the_memoranda_meeting() -> None:
    """Set 45 rb-27edf5ffc5: the drafts handed over "within implementing the decision of the
    heads of state council in Ufa": the memoranda are not Ufa's (they were left unresolved at
    Ufa before this round); the title's coming Tashkent summit places them."""
    found = find_documents("", DRAFTS_UZ, date(2016, 3, 2))
    memoranda = [m for m in found if m.type == "memorandum"]
    assert memoranda
    for m in memoranda:
        assert m.meeting.venue != "Ufa"
        assert m.meeting.id == "hsc-2016-tashkent"


# blind set 7, rb-7eebc6acee (Kazinform, 20 May 2014), its dateline and first sentence
CICA_MEMO = (
    "SHANGHAI. KAZINFORM The Secretariat of the Shanghai Cooperation Organization and Secretariat "
    "of the Conference on Interaction and Confidence Building Measures in Asia (CICA) have signed "
    "today the memo of mutual understanding."
)


def test_signed_today_under_a_dateline_keeps_the_datelines_place() -> None:
    """Set 7 rb-7eebc6acee: "have signed today" dates the memorandum on the page's day, and the
    dateline's Shanghai stays its place (no calendar meeting: the label's calendar = false)."""
    found = find_documents("", CICA_MEMO, date(2014, 5, 20))
    memoranda = [m for m in found if m.type == "memorandum"]
    assert len(memoranda) == 1
    assert memoranda[0].meeting.id is None
    assert memoranda[0].meeting.venue == "Shanghai"
    assert memoranda[0].meeting.date == date(2014, 5, 20)
