"""Round 68 of stories (stories68; blind set 51 as dev): a venue named in a clause with "last
year" (stories_words.toml [last_year]) is an earlier meeting's place, not the report's: the
report's first venue is then the next one it names, or none (recalled_venue)."""

from __future__ import annotations

from pipeline.stories import past_recalled_venue, recalled_venue

# blind set 51, r-41aa610b2e (Kazpravda): Tokayev at the "SCO Plus" meeting of the Tianjin
# summit; its one venue is where the format was launched a year before
KAZPRAVDA = (
    "Касым-Жомарт Токаев принял участие в саммите «ШОС плюс», проходящем под лозунгом "
    "«Претворение в жизнь многосторонности, обеспечение региональной безопасности и содействие "
    "устойчивому развитию», передает Kazpravda.kz со ссылкой на Акорду\n\n"
    "Президент подчеркнул, что под председательством Китая ШОС значительно укрепила свои "
    "позиции в международном сообществе.\n\n"
    "По словам Главы государства, формат «ШОС плюс», запущенный в прошлом году в Астане, "
    "органично вписался в масштабную повестку ШОС."
)
# blind set 51, r-cdf9703459 (BAQ.kz), the same speech in Kazakh
BAQ = (
    "Қасым-Жомарт Тоқаев «Көпжақты ынтымақтастықты дамыту, өңірлік қауіпсіздік пен орнықты "
    "дамуды қамтамасыз ету» тақырыбына арналған «ШЫҰ плюс» саммитінде сөз сөйледі.\n"
    "Мемлекет басшысының айтуынша, былтыр Астанадан бастау алған «ШЫҰ плюс» форматы Ұйымның "
    "күн тәртібімен үйлесім тапты."
)


def test_last_years_venue_is_recalled() -> None:
    assert recalled_venue("", KAZPRAVDA, "Astana")
    assert recalled_venue("", BAQ, "Astana")


def test_the_recalled_venue_is_no_venue_of_the_report() -> None:
    venue, venues, lead = past_recalled_venue("", KAZPRAVDA, "Astana", frozenset({"Astana"}),
                                              frozenset({"Astana"}))
    assert (venue, venues, lead) == (None, frozenset(), frozenset())


def test_the_next_venue_named_takes_its_place() -> None:
    body = ("The SCO Plus format, launched in Astana last year, met again on Monday. "
            "Leaders gathered in Tianjin for the meeting.")
    venue, venues, lead = past_recalled_venue("", body, "Astana",
                                              frozenset({"Astana", "Tianjin"}),
                                              frozenset({"Astana", "Tianjin"}))
    assert venue == "Tianjin"
    assert venues == lead == frozenset({"Tianjin"})


def test_a_venue_named_again_without_last_year_stays() -> None:
    body = ("Last year in Astana the leaders launched the format. "
            "This year the summit is held in Astana again.")
    assert not recalled_venue("", body, "Astana")
    assert past_recalled_venue("", body, "Astana", frozenset({"Astana"}),
                               frozenset({"Astana"}))[0] == "Astana"


def test_last_year_in_another_clause_does_not_recall() -> None:
    body = "Last year the format was launched. The leaders meet in Astana on Monday."
    assert not recalled_venue("", body, "Astana")
