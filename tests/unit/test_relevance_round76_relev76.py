"""Round 76 (relev76, sets 1-52 as dev): the Russian "states of the Shanghai agreement" and the
Polish SZOW as names of the SCO; the Polish "spotkanie" (meeting) as the SCO's meeting; an
encyclopedia's entry on a person is background; the SCO named once, as one of three or more
organisations in a list, is named in passing. Texts from the sets' pages, shortened, or marked
"written"."""

from __future__ import annotations

from round_helpers import GAZ

from pipeline.page_form import SCO_MEETING, biography_entry
from pipeline.tagging import (
    RELEVANCE_THRESHOLD,
    analyse,
    find_matches,
    listed_among_organisations,
    sco_mentions,
)


def kept(title: str, body: str) -> bool:
    return analyse(GAZ, title, body).relevance >= RELEVANCE_THRESHOLD


def sco_names(text: str) -> list[str]:
    sco, _ = sco_mentions(GAZ, text, find_matches(GAZ, text))
    return [text[m.start : m.end] for m in sco]


# ---- the Russian "states of the Shanghai agreement" (sco.toml) --------------------------------

# r-9fd9389b93 (blind set 7, Russian, the emergency ministers in St Petersburg, 2002)
RU_AGREEMENT = (
    "Руководители министерств по чрезвычайным ситуациям государств-участников Шанхайского "
    "соглашения соберутся сегодня в Санкт-Петербурге на совещание, посвященное вопросам "
    "международного сотрудничества. Планируется обсудить вопросы более тесного взаимодействия "
    "при ликвидации чрезвычайных ситуаций. По результатам совещания планируется подписать "
    "меморандум о сотрудничестве. Напомним, что к государствам Шанхайского соглашения относятся "
    "Россия, КНР, Казахстан, Киргизия и Таджикистан."
)


def test_states_of_the_shanghai_agreement_name_the_sco() -> None:
    assert sco_names(RU_AGREEMENT) == [
        "государств-участников Шанхайского соглашения",
        "государствам Шанхайского соглашения",
    ]


def test_emergency_ministers_of_the_shanghai_agreement_are_kept() -> None:
    assert kept(RU_AGREEMENT, "")


def test_an_agreement_signed_in_shanghai_is_no_name() -> None:
    # written: an agreement of the city, without the states that are its parties
    text = "Условия Шанхайского соглашения о поставках газа были пересмотрены в прошлом году."
    assert sco_names(text) == []


# ---- the Polish SZOW and "spotkanie" ----------------------------------------------------------

# r-e1c1e1760b (blind set 46, Polish, PAP on Samarkand 2022): the SCO named in the fifth paragraph
PL_HEAD = "Prezydent Rosji Władimir Putin i przywódca Chin Xi Jinping spotkali się w piątek na"
PL_BODY = (
    "szczycie mającym na celu zakwestionowanie hegemonii Zachodu.\n\n"
    "Szybko jednak pojawiły się pęknięcia w solidarności, kiedy premier Indii powiedział "
    "Putinowi, że „nie czas” na wojny.\n\n"
    "Napięcia dodatkowo potęgował fakt, że trwały zaciekłe starcia graniczne sił Kirgistanu i "
    "Tadżykistanu podczas gdy przywódcy tych państw byli obecni na spotkaniu\n\n"
    "Zdaniem Waszyngtonu wypowiedzi Putina na szczycie świadczą, że Chiny i Indie zwiększyły "
    "presję na Rosję, by zakończyła ofensywę militarną na Ukrainie.\n\n"
    "Spotkanie Szanghajskiej Organizacji Współpracy (SZOW) w byłym sowieckim Uzbekistanie "
    "zgromadziło Putina i Xi oraz przywódców państw członkowskich Indii, Pakistanu i czterech "
    "państw Azji Środkowej, a także prezydentów Iranu i Turcji."
)


def test_szow_in_capitals_names_the_sco() -> None:
    assert "SZOW" in sco_names(PL_BODY)


def test_spotkanie_is_a_meeting_and_the_verb_is_not() -> None:
    assert SCO_MEETING.search("Spotkanie Szanghajskiej Organizacji Współpracy")
    assert SCO_MEETING.search("na spotkaniu liderów")
    # written: "spotkali się" (they met) is the leaders' own meeting, no noun of a meeting
    assert not SCO_MEETING.search("Putin i Xi spotkali się w piątek")


def test_the_polish_report_of_samarkand_is_kept() -> None:
    assert kept(PL_HEAD, PL_BODY)


# ---- an encyclopedia's entry on a person (page_form.biography_entry) ---------------------------

# r-c2864d459f (blind set 40, German, an encyclopedia's entry on Zhang Deguang)
DE_TITLE = "Zhang Deguang"
DE_BODY = (
    "Zhang Deguang (Vereinfachtes Chinesisch: ; * 10. Februar 1941) ist Generalsekretär der "
    "Shanghai Cooperation Organisation.\n"
    "Biographie\n"
    "Geboren in Jining, Heimat der chinesischen Philosophen Konfuzius und Men Ji, in der "
    "chinesischen Provinz Shandong. 1965 absolvierte er das Pekinger Institut für "
    "Fremdsprachen, Fakultät für russische Literatur. Zhang Deguang spricht Chinesisch, "
    "Russisch und Englisch."
)


def test_a_persons_entry_is_a_biography() -> None:
    assert biography_entry(DE_TITLE, DE_BODY)
    assert not kept(DE_TITLE, DE_BODY)


def test_born_and_a_life_span_mark_a_biography() -> None:
    # written
    assert biography_entry("Rashid Alimov", "Rashid Alimov (born 23 June 1953) is a diplomat.")
    assert biography_entry("Bolat Nurgaliyev", "Bolat Nurgaliyev (1951 – ) was the SCO's head.")


def test_a_report_opening_with_a_name_and_its_office_is_none() -> None:
    # written: the bracket after the name holds no birth, and a headline of news is no headword
    assert not biography_entry(
        "Zhang Ming", "Zhang Ming (SCO Secretary-General) met the Uzbek envoy on 20 January."
    )
    title = "Zhang Ming met the Uzbek envoy"
    body = "Zhang Ming met the Uzbek envoy (born 1970) at the SCO Secretariat on 20 January 2022."
    assert not biography_entry(title, body)


# ---- the SCO as one of several organisations in a list ------------------------------------------

# r-e15cfd98d0 (blind set 35, Mongolian, a CIS conference in Bishkek, 2009)
MN_CONFERENCE = (
    "“Терроризм болон хэт даврах үзлийн хүч хэрэглэсэн бусад хэлбэртэй тэмцэх орчин үеийн асуудал” "
    "сэдэвт олон улсын бага хурал мягмар гаригт Киргизийн нийслэл Бишкек хотод нээгдлээ. Хамтын "
    "аюулгүй байдлын тухай гэрээний байгууллага, ШХАБ, Европ дахь аюулгүй байдал хамтын "
    "ажиллагааны байгууллага, мөн бусад олон улсын байгууллагын төлөөлөгчид бага хуралд оролцож "
    "байна. Терроризм болон 2008-2020 оны хэт даврах үзлийн хүч хэрэглэсэн бусад хэлбэртэй "
    "тэмцэх ТУХН-ийн гишүүн орнуудын хамтын ажиллагааны хөтөлбөрийн дагуу уг форум болно."
)


def _listed(text: str) -> bool:
    matches = find_matches(GAZ, text)
    sco, _ = sco_mentions(GAZ, text, matches)
    return len(sco) == 1 and listed_among_organisations(text, matches, sco[0])


def test_the_sco_among_the_csto_and_the_osce_is_listed() -> None:
    assert _listed(MN_CONFERENCE)
    assert not kept(MN_CONFERENCE, "")


def test_the_sco_beside_one_organisation_is_no_list() -> None:
    # blind set 11 (r-d7e85de79e): a twin summit, "the CSTO and SCO summits", is the SCO's too
    text = (
        "Vladimir Putin will not come to Dushanbe. He will participate in the CSTO and SCO "
        "summits via video link."
    )
    assert not _listed(text)


def test_an_english_list_of_three_organisations() -> None:
    # written (a list's commas and "and" join its names; the article after "and" too)
    text = (
        "Observers from the OSCE, CSTO and the Shanghai Cooperation Organisation will monitor "
        "the parliamentary election on Sunday, the electoral commission said."
    )
    assert _listed(text)
    assert not kept("Kyrgyzstan votes on Sunday", text)
