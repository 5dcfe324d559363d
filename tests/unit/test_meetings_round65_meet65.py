"""Round 65 (meet65): meetings.

The year a budget, programme or plan is for is the document's subject, not a meeting's year;
and an article saying its summit is held by video places a venue declaration at the summit the
calendar holds by video, of the summits held at that venue.
"""

from __future__ import annotations

from datetime import date

from pipeline.documents import find_documents
from pipeline.documents.meetings import _VIDEO_FORMAT, years_in

# blind set 49, rb-4e5dd250d3 (Kazinform, 3 November 2016, the Bishkek heads of government)
BISHKEK_HGC_2016_EN = (
    "BAKU. KAZINFORM The member countries of the Shanghai Cooperation Organization (SCO) signed "
    "12 documents on cooperation within the 15th meeting of the Council of SCO Heads of "
    "Government in Kyrgyzstan's capital Bishkek on Nov. 3, Kyrgyz government reported.\n\n"
    "In particular a Joint Communique of the SCO heads of government was signed.\n\n"
    "Moreover the countries signed a decree on the SCO budget for 2017, a list of actions for "
    "further development of the project activities within the SCO in 2017-2021, a decree on "
    "further work aimed at creation of the SCO Development Bank and Development Fund."
)

# blind set 11, rb-efecd6409c (ehonews.kz, Kazakh, undated preview of the Moscow summit of 10
# November 2020), its first and last sentences
MOSCOW_HSC_2020_KK = (
    "Қазақстан Республикасының Басшысы Қасым-Жомарт Тоқаев бүгін Шанхай Ынтымақтастық Ұйымына "
    "қатысушы мемлекеттер Басшылары Кеңесі мүшелерінің отырысына қатысуда. Ол Ресей "
    "Федерациясының төрағалығымен бейнеконференция режимінде өтеді.\n"
    "Шанхай Ынтымақтастық Ұйымына қатысушы елдер басшылары кеңесі отырысының нәтижелері бойынша "
    "тараптар Мәскеу декларациясын, сондай-ақ бірнеше өзге де келісімдерді бекітуге ниетті."
)


def test_a_budgets_year_is_no_meetings_year() -> None:
    # set 49 rb-4e5dd250d3: "the SCO budget for 2017" is what the budget provides for
    assert years_in("the countries signed a decree on the SCO budget for 2017, a list") == ()
    # set 28 rb-0f61d50b7a (a border services meeting): "обсуждены планы работ на 2024 год"
    assert years_in("обсуждены планы работ на 2024 год, а также") == ()


def test_a_meetings_year_after_for_still_counts() -> None:
    # not a document's subject: a meeting scheduled for a year keeps it (set 49 rb-0304cfb96b's
    # construction, "the SCO meeting scheduled to take place on September 9, 2020")
    assert years_in("the SCO summit scheduled for 2019 in Bishkek") == (2019,)
    assert years_in("signed 12 documents at the meeting in Bishkek in 2016") == (2016,)


def test_the_list_of_actions_is_signed_at_bishkek_2016() -> None:
    found = find_documents("", BISHKEK_HGC_2016_EN, date(2016, 11, 3))
    plan = next(m for m in found if m.name.startswith("List of Actions"))
    assert plan.status == "signed"
    assert plan.meeting.id == "hgc-2016-bishkek"


def test_video_format_words() -> None:
    assert _VIDEO_FORMAT.search("Ол Ресей Федерациясының төрағалығымен бейнеконференция режимінде")
    assert _VIDEO_FORMAT.search("в режиме видеоконференции")
    assert not _VIDEO_FORMAT.search("Ол Ресей Федерациясының төрағалығымен Мәскеуде өтеді")


def test_an_undated_video_summit_is_moscow_2020() -> None:
    found = find_documents("", MOSCOW_HSC_2020_KK)
    declaration = next(m for m in found if m.type == "declaration")
    assert declaration.meeting.id == "hsc-2020-moscow"


def test_without_the_video_word_the_moscow_declaration_stays_unresolved() -> None:
    text = MOSCOW_HSC_2020_KK.replace(" бейнеконференция режимінде", "")
    found = find_documents("", text)
    declaration = next(m for m in found if m.type == "declaration")
    assert declaration.meeting.id is None
