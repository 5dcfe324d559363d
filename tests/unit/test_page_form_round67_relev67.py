"""Round 67 (relev67): a menu's links set one a line at a page's head, the site's date of today
among them (pipeline.page_form.menu_run), read by the stand-in headline of scripts/real_digest.py,
by chrome_lines and by relevance's headline; lines from the real sets' pages."""

from __future__ import annotations

from support import load_script

from pipeline.page_form import chrome_line, chrome_lines, menu_run, site_date
from pipeline.tagging import _headline_end

real_digest = load_script("real_digest")

# blind set 50 r-e285552376 (BelTA German): the site's chrome, its date of capture (21 November)
# months after the report's own date (4 July) below it
BELTA = ["Projekte", "Staatsorgane", "flag Donnerstag, 21 November 2024", "Alle Nachrichten",
         "Alle Nachrichten", "Politik", "04 Juli 2024, 11:35",
         "Die SOZ-Staaten haben die „Erklärung von Astana“ und zwei Dutzend weitere Beschlüsse "
         "verabschiedet",
         "ASTANA, 4. Juli (BelTA) – Die Staatschefs der Shanghaier Organisation für Zusammenarbeit "
         "(SOZ) haben beim Gipfeltreffen in der kasachischen Hauptstadt die „Erklärung von "
         "Astana“ verabschiedet."]


def test_site_date_wants_a_weekday_and_a_year() -> None:
    assert site_date("flag Donnerstag, 21 November 2024")
    assert site_date("Thursday, 21 November 2024")
    assert not site_date("04 Juli 2024, 11:35")  # the report's own date: no weekday
    assert not site_date("Donnerstag")
    assert not site_date("Am Donnerstag, dem 4. Juli 2024, trafen sich die Staatschefs der "
                         "SOZ in Astana zum Gipfel.")


def test_a_menu_run_ends_above_the_reports_date() -> None:
    assert menu_run(BELTA) == 6
    assert chrome_lines(BELTA) == 6
    # the stand-in headline: the report's headline, not the chrome nor its date of capture
    headline, _rest = real_digest.stand_in_title("\n".join(BELTA))
    assert headline.startswith("Die SOZ-Staaten haben")
    assert "November" not in headline


def test_a_date_is_in_the_run_only_between_links() -> None:
    # the page's own date under two labels: no run (two links), the date is the report's
    assert menu_run(["Politik", "Ausland", "Donnerstag, 4. Juli 2024",
                     "Gipfel der SOZ in Astana beginnt heute"]) == 0
    # a date first: no run
    assert menu_run(["Wednesday, June 20, 2018", "World", "Asia", "News",
                     "The SCO countries at the summit outlined the further directions"]) == 0
    # a page of links only has no headline to find
    assert menu_run(["Projekte", "Staatsorgane", "Politik"]) == 0


def test_headlines_and_lists_are_no_menu_links() -> None:
    # a short headline of three words or more ends the run (blind set 4 r-7383ee7d7b)
    assert menu_run(["Выйти", "Политика", "Новости", "Лавров прибыл в Астану", "Глава МИД"]) == 3
    # a Chinese headline split over lines is no menu (blind set 10 r-d8ca82cd4b)
    assert menu_run(["今天上午", "上合组织成员国防长会", "在青岛举行",
                     "26日上午,上海合作组织"]) == 0
    # a forum's profile fields, hyphen items, are a list (blind set 4 r-72568fa836)
    assert menu_run(["Adnan Faruqi", "BANNED", "- Joined", "- Apr 16, 2011", "- Messages"]) == 0


def test_bar_trail_with_the_sites_date() -> None:
    assert chrome_line("Projekte | Staatsorgane | flag Donnerstag, 21 November 2024 | Alle "
                       "Nachrichten")
    # a dateline's row between bars stays no chrome
    assert not chrome_line("Jahon | 19:58 / 14.06.2022")
    assert not chrome_line("Rabu, 03 Juli 2024 | 14:00 WIB")


def test_run_together_links_under_chrome() -> None:
    # blind set 4 r-7383ee7d7b (Lenta): a ticker of topics run together, under chrome only
    assert chrome_line("Переговоры о мире на УкраинеБлокировка Telegram", after_chrome=True)
    assert not chrome_line("Переговоры о мире на УкраинеБлокировка Telegram")
    assert not chrome_line("Лавров прибыл в Астану", after_chrome=True)


def test_relevance_headline_past_the_run() -> None:
    title, body = BELTA[0], "\n".join(BELTA[1:])
    end = _headline_end(title, body, len(title) + 2)
    text = f"{title}\n\n{body}"
    assert end is not None
    assert text[:end].endswith("Beschlüsse verabschiedet")
