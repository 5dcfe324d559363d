"""Round 69 of stories (stories69; blind sets 43 and 51 as dev): Czech and Slovak month names
(the genitive after a day: "17. června", "14. septembra") date a report's event; an undated page
saying the meeting comes "next week" (stories_words.toml [to_come_undated]) or is "scheduled"
(Tagalog "nakatakda") was written before it, so an archive crawl finding it after the meeting
reads it as the meeting's preview (found_preview). A wire's plain dateline is read below a line
holding only the page's address (_PLAIN_DATELINE)."""

from __future__ import annotations

from datetime import date

from pipeline.stories import _dateline_city, event_days, found_preview, lead_dates
from tests.unit.round_helpers import meeting_of, noon

# blind set 43, r-1aabdc7dd9 (CRI Czech): the first SCO film festival closed on 17 June
CZECH = ("V Qingdau skončil 1. filmový festival ŠOS\n  2018-06-18 17:18:31\n\n"
         "17. června večer skončil ve městě Qingdao (Čching-tao) 1. filmový festival "
         "Šanghajské organizace pro spolupráci (ŠOS).")
# blind set 51, r-ca5616dd3c (TASR, Slovak): Xi arrived in Samarkand on the 14th
SLOVAK = ("Peking 14. septembra (TASR) - Čínsky prezident Si Ťin-pching v stredu pricestoval do "
          "uzbeckého mesta Samarkand, kde sa vo štvrtok stretne so svojím ruským kolegom.")
# blind set 51, r-7aa995da41 and r-995fbf801a (junge Welt, Vol.at): the Samarkand summit
# announced by Russia's ambassador a week before it, undated pages of an archive
JUNGE_WELT = ("Moskau. Russlands Präsident Wladimir Putin und Chinas Staatschef Xi Jinping "
              "treffen sich in der kommenden Woche in Usbekistan. Putin und Xi wollen bei einem "
              "Gipfeltreffen in der Stadt Samarkand zusammenkommen, wie der russische "
              "Botschafter in Beijing, Andrej Denissow, am Mittwoch bekanntgab. In Samarkand "
              "findet am 15. und 16. September ein Treffen der Shanghaier Organisation für "
              "Zusammenarbeit statt.")
VOL = ("Der russische Präsident Wladimir Putin und sein chinesischer Kollege Xi Jinping kommen "
       "nächste Woche zu einem Gipfel in Usbekistan zusammen.\n\nBeide Politiker träfen sich "
       "beim Gipfel der Shanghaier Organisation für Zusammenarbeit, der am 15. und 16. "
       "September in der usbekischen Stadt Samarkand abgehalten wird.")
# blind set 51, r-f4dab0f393 (Bombo Radyo, Tagalog)
TAGALOG = ("Nakatakdang magkita ng personal sina Chinese leader Xi Jinping at Russian President "
           "Vladimir Putin sa sidelines ng Shanghai Cooperation Organization (SCO) summit sa "
           "Samarkand, Uzbekistan sa Setyembre 15 at 16.")
CRAWL = date(2026, 1, 20)


def test_czech_genitive_month_dates_the_event() -> None:
    assert event_days("", CZECH, noon(date(2018, 6, 18))) == frozenset({date(2018, 6, 17)})


def test_slovak_genitive_month_dates_the_event() -> None:
    days = {d for _, d in lead_dates("", SLOVAK, noon(date(2022, 9, 15)))}
    assert date(2022, 9, 14) in days


def test_a_number_before_another_word_is_no_date() -> None:
    assert not lead_dates("", "Festival uvedl 17 filmů z osmi zemí.", noon(date(2018, 6, 18)))


def test_next_week_makes_an_undated_page_a_preview() -> None:
    summit = meeting_of("hsc-2022-samarkand")
    assert found_preview("", JUNGE_WELT, CRAWL, summit)
    assert found_preview("", VOL, CRAWL, summit)


def test_tagalog_scheduled_makes_an_undated_page_a_preview() -> None:
    assert found_preview("", TAGALOG, CRAWL, meeting_of("hsc-2022-samarkand"))


def test_a_report_of_the_summit_held_is_no_preview() -> None:
    held = ("Putin und Xi Jinping trafen sich am Donnerstag beim Gipfel der Shanghaier "
            "Organisation für Zusammenarbeit in Samarkand. Nächstes Jahr findet der Gipfel in "
            "Indien statt.")
    assert not found_preview("", held, CRAWL, meeting_of("hsc-2022-samarkand"))


# blind set 51, r-ca9e454832 (RIA Novosti, copied with its address above the text)
RIA = ("https://ria.ru/20250828/knr-2038187462.html\n\nПЕКИН, 28 авг — РИА Новости. На "
       "предстоящем саммите Шанхайской организации сотрудничества в Тяньцзине планируется "
       "утвердить около 20 документов")


def test_a_dateline_below_the_pages_address_is_read() -> None:
    assert _dateline_city(RIA) == "ПЕКИН"
    assert _dateline_city(RIA.split("\n\n", 1)[1]) == "ПЕКИН"


def test_an_address_line_alone_gives_no_dateline() -> None:
    assert _dateline_city("https://ria.ru/20250828/knr.html\n\nНа предстоящем саммите ШОС "
                          "в Тяньцзине") is None
