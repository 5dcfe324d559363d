"""Round 61 (stories61): undated previews found by an archive crawl after the meeting they
announce, whose future the lists missed, had been placed at the meeting and joined its reports
(blind sets 45-47: five of set 47's seven undated pairs were of two events). Sentences from the
dev sets, with their item ids."""

from datetime import date

from pipeline.documents.calendar import default_calendar
from pipeline.stories import found_preview, sentence_through

CAL = default_calendar()
TIANJIN = CAL.get("hsc-2025-tianjin")
ASTANA = CAL.get("hsc-2024-astana")
TASHKENT = CAL.get("hsc-2016-tashkent")
CRAWLED = date(2026, 1, 20)  # any day well after the meetings

# blind set 47, r-0a59d1203d (tianjin-summit-2025-preview): German writes the future in the
# present with its day
DE_PREVIEW = (
    "Gigantischer SOZ-Gipfel in China: Putin und Modi als Ehrengäste!\n\n"
    "Staatschefs der SOZ treffen sich am 31.08.2025 in Tianjin, China, um über globale "
    "Sicherheit und Zusammenarbeit zu diskutieren."
)
# blind set 46, r-ab0a17f924 (astana-summit-2024): a headline's present with no day, a report
DE_REPORT = (
    "In Kasachstan treffen sich Staatschefs, um ihr Gegengewicht zum Westen zu stärken. Russland "
    "und China geben beim Gipfel der \"Shanghaier Organisation für Zusammenarbeit\" den Ton an.\n\n"
    "Beim Gipfel der Shanghaier Organisation für Zusammenarbeit (SCO) in Kasachstan haben der "
    "chinesische Präsident Xi Jinping und sein russischer Kollege Wladimir Putin ihr Bündnis als "
    "Gegengewicht zur westlichen Welt bekräftigt."
)
# blind set 47, r-8a31a619fe (x-horizontnews-tianjin-opinion): "soll" begins at character 318,
# its sentence at 286
DE_OPINION = (
    "China baut Shanghaier Organisation auf: Gewalttätige Expansion statt Kooperation\n\n"
    "Die chinesische Regierung unter Präsident Xi Jinping plant den Aufbau einer überregionalen "
    "Shanghaier Organisation für Zusammenarbeit (SOZ) mit stärkerer militärischer und "
    "wirtschaftlicher Kontrolle. Der Gipfel in Tianjin im August 2025 soll die Verstärkung der "
    "SOZ als Instrument zur Unterdrückung unabhängiger Nationen symbolisieren. China hat den "
    "Vorsitz übernommen."
)
# blind set 45, r-b886c132a8 (tashkent-summit-2016-preview): the Uzbek future participle
UZ_PREVIEW = (
    "23-24 июнь кунлари Тошкентда ўтадиган ШҲТ саммитида Ҳиндистон ва Покистоннинг ташкилотга "
    "қўшилиши тўғрисида меморандум имзоланиши режалаштирилмоқда."
)
# blind set 46, r-d410508e3a (tianjin-summit-2025-preview): the Portuguese present with a date
PT_PREVIEW = (
    "China confirma presença de Putin e Modi em cúpula regional\n"
    "Encontro da Organização de Cooperação de Xangai acontece em 31 de agosto em Tianjin; bloco "
    "representa 40% da população mundial"
)
# blind set 46, r-3bc2476065 (astana-summit-2024-preview)
IT_PREVIEW = (
    "E’ Astana, capitale del Kazakistan, Presidente di turno dal luglio 2023, ad ospitare il "
    "Summit 2024 della Shanghai Cooperation Organization (SCO) il 3 e 4 luglio 2024."
)
# blind set 16, r-a7809cc3a1 (astana-summit-2024): talks "запланирован" at character 342 of a
# report, in a sentence beginning after the window
RU_REPORT = (
    "Путин прибыл в Казахстан на саммит ШОС, где встретится с Си Цзиньпином\n\n"
    "Российский диктатор Владимир Путин прилетел в столицу Казахстана Астану для участия в "
    "саммите Шанхайской организации сотрудничества (ШОС). Об этом сообщила пресс-служба "
    "правительства Казахстана в среду, 3 июля.\n\nПресс-служба Кремля отметила, что в Астане у "
    "Путина также запланирован целый ряд важных двусторонних разговоров с главами государств."
)


def test_german_present_with_a_day_is_a_preview_but_not_a_headlines_present():
    assert found_preview("", DE_PREVIEW, CRAWLED, TIANJIN)
    assert not found_preview("", DE_REPORT, CRAWLED, ASTANA)


def test_a_phrase_cut_by_the_window_is_read_whole():
    assert 286 <= DE_OPINION.find("Gipfel in Tianjin") < 300 < DE_OPINION.find(" soll ")
    assert found_preview("", DE_OPINION, CRAWLED, TIANJIN)
    # ... but not one beginning after it: the report's planned talks
    assert RU_REPORT.find("запланирован") > 300
    assert not found_preview("", RU_REPORT, CRAWLED, ASTANA)


def test_uzbek_portuguese_italian_previews():
    assert found_preview("", UZ_PREVIEW, CRAWLED, TASHKENT)
    assert found_preview("", PT_PREVIEW, CRAWLED, TIANJIN)
    assert found_preview("", IT_PREVIEW, CRAWLED, ASTANA)
    # the Italian past is a report's
    assert not found_preview("", IT_PREVIEW.replace("E’ Astana", "È stata Astana"), CRAWLED,
                             ASTANA)


def test_a_preview_found_before_the_meeting_ends_is_not_read_so():
    assert not found_preview("", DE_PREVIEW, date(2025, 8, 30), TIANJIN)


def test_sentence_through():
    text = "a" * 10 + ". " + "b" * 10 + ". " + "c" * 10
    assert sentence_through(text, 5, 100) == "a" * 10 + "."
    assert sentence_through(text, 15, 100) == text[:23]  # through the b sentence's stop
    assert sentence_through(text, 15, 18) == text[:18]
    assert sentence_through("short", 300, 400) == "short"
