"""Round 59 (stories59): another organisation's meeting named in a lead naming the SCO nowhere
(CICA by its full name too), the misnamed SCO's "Shanghai" across line breaks and among the
venues of a report naming another city first, a capitals dateline ending in a colon, the Polish
future of an undated preview, an event's span begun at publication, Urdu Bishkek. Sentences
from the dev sets, with their item ids."""

from datetime import UTC, date, datetime

from pipeline.documents.calendar import default_calendar
from pipeline.stories import (
    Features,
    _dateline_city,
    _lead_venues,
    _to_come,
    current_span,
    found_preview,
    misnamed_sco_only,
    other_meeting_lead,
    other_organisation,
    venue_after_sco_name,
)

# blind set 45, r-0a8a8afef6 (Kabar, x-cica-dushanbe-2019)
KABAR_CICA = (
    "В Душанбе решили шестой саммит СВМДА провести в 2022 году\n\n"
    "Бишкек, 15.06.19 /Кабар/. Шестой саммит Совещания по взаимодействию и мерам доверия в "
    "Азии (СВМДА) пройдет в 2022 году. Об этом говорится в итоговой декларации, принятой по "
    "итогам 5-го саммита СВМДА, завершившего свою работу 15 июня в Душанбе, сообшает агентство "
    '"Авеста".'
)
# blind set 45, r-57361d1c94 (bishkek-summit-2019)
IMRAN_BISHKEK = (
    "PM Imran arrives in Kyrgyzstan to attend 19th SCO meeting\nPrime Minister Imran Khan on "
    "Thursday reached Bishkek, Kyrgyzstan to represent Pakistan at the 19th Meeting of the "
    "Council of the Heads of State of the Shanghai Cooperation Organisation."
)


def test_another_organisations_meeting_in_a_lead_naming_no_sco():
    assert other_meeting_lead("", KABAR_CICA)
    assert other_organisation("", KABAR_CICA, [])
    # the SCO summit's report names the SCO: never another organisation's
    assert not other_meeting_lead("", IMRAN_BISHKEK)
    assert not other_organisation("", IMRAN_BISHKEK, ["Shanghai Cooperation Organisation"])


def test_cica_by_its_full_name():
    # blind set 32, r-409bcaf681: the summit word stands before the full name, the
    # abbreviation after it, beyond OTHER_MEETING_CHARS
    assert other_meeting_lead(
        "",
        (
            "13 октября в Астане под председательством Президента Касым-Жомарт Токаева состоялся "
            "6-ой саммит Совещания по взаимодействию и мерам доверия в Азии (СВМДА)."
        ),
    )
    # blind set 19, r-68c926e4f4
    assert other_meeting_lead(
        "",
        (
            "13 Oct. 10:00\n\nThe VI summit of the Conference on Interaction and Confidence "
            "Building Measures in Asia (CICA) has opened in Astana."
        ),
    )
    # blind set 38, r-33ceed2048 (Kazakh)
    assert other_meeting_lead("", "Қасым-Жомарт Тоқаев Душанбеде АӨСШК саммитіне қатысады")
    # a summit report naming the SCO and, below, CICA stays the SCO's
    assert not other_meeting_lead("", IMRAN_BISHKEK + " CICA summit follows in Dushanbe.")


# blind set 46, r-adeb4fb05e (tianjin-summit-2025), a page broken into short lines
DUTCH_TIANJIN = (
    "De Chinese president Xi Jinping verwelkomde zondag zijn Russische ambtgenoot Vladimir\n\n"
    "Putin, de Indiase premier Narendra Modi en leiders uit zo’n 20 landen op de Shanghai\n\n"
    "Cooperation Organisation (SCO)-top in Tianjin. Het streng beveiligde evenement, dat tot\n\n"
    "maandag duurt, staat in het teken van Beijing’s streven naar een multipolaire wereldorde"
)


def test_misnamed_sco_across_line_breaks_and_the_venue_past_it():
    assert misnamed_sco_only("", DUTCH_TIANJIN)
    assert venue_after_sco_name("", DUTCH_TIANJIN, {"Tianjin", "Beijing"}) == "Tianjin"
    # blind set 38, r-4c5ed2cb85: no place in the name's sentence, the next summit's city after
    set38 = (
        "Four countries have signed a MoU to join the Shanghai Organisation Corporation (SCO) "
        "as Dialogue Partners. This was signed at the end of two day Council of Foreign "
        "Ministers meeting under India's presidency and ahead of the July Summit in New Delhi"
    )
    assert misnamed_sco_only("", set38)
    assert venue_after_sco_name("", set38, {"New Delhi"}) is None
    # a real Shanghai on the next line before a capitalised word is no organisation's name
    assert not misnamed_sco_only("", "The forum opened in Shanghai\n\nTuesday Morning News")


# blind set 46, r-9c4a9bb065 (goa-cfm-2023)
NEW_DELHI_GOA = (
    "Yeshi Seli By\n\nNEW DELHI: The much awaited Shanghai Corporation Organisation (SCO) "
    "Foreign Ministers' meeting kickstarted in Goa on Thursday with External Affairs Minister S "
    "Jaishankar holding bilateral meetings with Russian Foreign Minister Sergey Lavrov."
)


def test_colon_dateline_and_misnamed_shanghai_among_other_venues():
    assert _dateline_city(NEW_DELHI_GOA) == "NEW DELHI"
    assert misnamed_sco_only("", NEW_DELHI_GOA)
    # blind set 14, r-8cd6ebb8b0: the city of a colon dateline
    assert _dateline_city("ISLAMABAD: Prime Minister Shehbaz Sharif expressed optimism") == (
        "ISLAMABAD"
    )
    # a headline's lower-case label before a colon is no dateline
    assert _dateline_city("Summit: leaders meet") is None


def test_polish_future_marks_an_undated_preview():
    meeting = default_calendar().get("hsc-2022-samarkand")
    assert meeting is not None
    # blind set 46, r-a8a8bf3a95 (samarkand-summit-2022-preview), found by a crawl in 2026
    preview = (
        "Dwudniowy szczyt Szanghajskiej Organizacji Współpracy odbędzie się w dniach "
        "15-16 września w jednym z największych miast Uzbekistanu - Samarkandzie."
    )
    assert found_preview("", preview, date(2026, 1, 20), meeting)
    report = (
        "Dwudniowy szczyt Szanghajskiej Organizacji Współpracy odbył się w dniach "
        "15-16 września w Samarkandzie."
    )
    assert not found_preview("", report, date(2026, 1, 20), meeting)


def _features(**kwargs) -> Features:
    return Features(
        article_id=1,
        terms={},
        entities=frozenset(),
        when=datetime(2018, 8, 22, 12, tzinfo=UTC),
        **kwargs,
    )


def test_span_begun_at_publication_is_no_preview():
    # blind set 45, r-69cda04bdd (sco-peace-mission-2018), published on 22 August 2018
    lead = (
        "8月22日至29日,“和平使命-2018”上合组织成员国联合军演将在俄罗斯举行,中方参演部队"
        "于8月18日晚全部抵达俄罗斯切巴尔库尔演习地域。"
    )
    span = current_span("", lead, datetime(2018, 8, 22, 12, tzinfo=UTC))
    assert date(2018, 8, 22) in span and date(2018, 8, 29) in span
    # read the day before, the span has not begun
    assert not current_span("", lead, datetime(2018, 8, 21, 12, tzinfo=UTC))
    assert _to_come(_features(phase="ahead"))
    assert not _to_come(_features(phase="ahead", under_way=True))


def test_urdu_bishkek():
    # blind set 45, r-1fd63220b2 (APP's Urdu dateline)
    assert _lead_venues("", "بشکک ۔ 14 جون (اے پی پی)وزیراعظم عمران خان نے جمعہ کو") == (
        frozenset({"Bishkek"})
    )
