"""Round 54 (names54): document names of blind sets 39 and 40 (issue 14): the French "partenaire
du dialogue" lists, the German Shanghai Convention without "Shanghai", a title's lower-case
subject before "in the field of", plural type words over two fields, «заявляют о следующем», the
Romance road map, a headline's topic before 丨, and the prime ministers' Japanese 『共同声明』.

The sentences marked with a set and item are quoted from real published reports
(tests/data/real-blindN, dev sets); the others are written by names54 for these tests.
"""

from __future__ import annotations

from datetime import date

from round_helpers import GAZ, tagged_names

from pipeline.documents import document_key, tag_and_find

CONVENTION = "Shanghai Convention on Combating Terrorism, Separatism and Extremism"
ROADMAP = (
    "Road map for the implementation of the SCO Energy Cooperation Development Strategy until 2030"
)


def _partner(state: str) -> str:
    return f"Memorandum on granting {state} the status of SCO dialogue partner"


# --- French dialogue-partner memoranda --------------------------------------------------------

FR_LIST = (
    "Le ministre russe des Affaires étrangères est arrivé à Goa pour une réunion de "
    "l'Organisation de coopération de Shanghai (OCS). En marge de la réunion, des mémorandums "
    "doivent être signés sur l'octroi du statut de partenaire du dialogue au Bahreïn, au Koweït, "
    "à la Birmanie, aux Maldives et aux Émirats arabes unis."
)  # blind set 40, rb-ec093c9926


def test_french_partner_of_the_dialogue_list_gives_one_memorandum_per_state() -> None:
    found = {
        document_key(name): status
        for name, status in tagged_names(FR_LIST, date(2023, 5, 4)).items()
    }
    for state in ("the Kingdom of Bahrain", "the State of Kuwait",
                  "the Republic of the Union of Myanmar", "the Republic of Maldives",
                  "the United Arab Emirates"):
        assert found.get(document_key(_partner(state))) == "planned", (state, found)
    assert len(found) == 5


def test_french_partner_words_without_a_memorandum_name_none() -> None:
    text = ("L'Organisation de coopération de Shanghai (OCS) a accordé le statut de partenaire du "
            "dialogue au Bahreïn et au Koweït.")
    assert not any(name.startswith("Memorandum") for name in tagged_names(text, date(2023, 5, 4)))


# --- the Shanghai Convention in German -------------------------------------------------------


def test_german_convention_without_shanghai_is_the_shanghai_convention() -> None:
    text = ("Nach ihrer Gründung erklärte die Shanghaier Kooperationsorganisation die "
            "Sicherheitskooperation zu einem ihrer Schwerpunkte. Auf ihrem ersten Gipfel "
            "unterzeichneten die Mitgliedsstaaten die Shanghaier Konvention zum Kampf gegen "
            "Terrorismus, Separatismus und Extremismus.")  # blind set 39, rb-c205ceee05
    found = tagged_names(text, date(2016, 6, 1))
    assert CONVENTION in found, found
    assert "Konvention zum Kampf gegen Terrorismus, Separatismus und Extremismus" not in found


def test_other_sco_conventions_keep_their_own_keys() -> None:
    shanghai = document_key(CONVENTION)
    assert document_key("SCO Convention against Terrorism") != shanghai
    assert document_key("SCO Convention on Countering Extremism") != shanghai


# --- "in the field of" and plural fields -----------------------------------------------------

CULTURE = (
    "In the meeting, the Ministers of Culture of SCO Member States discussed and agreed upon the "
    "draft Agreements on cultural cooperation in the field of Protection of Cultural Heritage "
    "and the Vocational Education in Culture and Arts."
)  # blind set 39, rb-f9a59c1cb7


def test_plural_agreements_over_two_fields_are_two_agreements() -> None:
    found = tagged_names(CULTURE, date(2021, 5, 1))
    assert set(found) == {
        "Agreement on cultural cooperation in the field of Protection of Cultural Heritage",
        "Agreement on cultural cooperation in the field of Vocational Education in Culture and "
        "Arts",
    }, found


def test_singular_title_goes_on_through_its_lower_subject_to_the_field() -> None:
    text = ("The SCO culture ministers agreed upon the draft Agreement on cultural cooperation in "
            "the field of Protection of Cultural Heritage.")
    found = tagged_names(text, date(2021, 5, 1))
    assert list(found) == [
        "Agreement on cultural cooperation in the field of Protection of Cultural Heritage"
    ]


def test_lower_field_names_no_title() -> None:
    # the field in lower case: no capitals show a title goes on
    text = ("The SCO ministers signed an agreement on cultural cooperation in the field of "
            "education.")
    assert tagged_names(text, date(2021, 5, 1)) == {}


# --- «заявляют о следующем»: a declaration's own text ----------------------------------------

ASTANA = (
    "Астанинская декларация десятилетия Шанхайской организации сотрудничества\n\n"
    "15 июня 2011 года\n\n"
    "Главы государств – членов Шанхайской организации сотрудничества по итогам состоявшегося в "
    "Астане 15 июня 2011 года в десятую годовщину образования ШОС заседания Совета глав "
    "государств заявляют о следующем.\n\nI\n\nПринятое десять лет назад решение о создании "
    "Шанхайской организации сотрудничества явилось стратегически выверенным историческим шагом."
)  # blind set 39, rb-e7e35cdbbf


def test_declaration_own_text_opening_with_o_sleduyushchem() -> None:
    found = tagged_names(ASTANA, None)
    assert found == {"Astana Declaration": "adopted"}, found


def test_news_about_a_declaration_without_its_opening_is_no_own_text() -> None:
    text = ("Астанинская декларация десятилетия Шанхайской организации сотрудничества\n\n"
            "Эксперты обсудили, о следующем саммите ШОС пока ничего не известно.")
    assert "Astana Declaration" not in tagged_names(text, None)


# --- the road map in Romance languages -------------------------------------------------------


def test_spanish_road_map_is_the_energy_road_map_not_the_strategy() -> None:
    text = ("Los líderes de los países de la Organización de Cooperación de Shanghái (OCS) "
            "aprobaron la hoja de ruta de la implementación de la Estrategia de Desarrollo de la "
            "Cooperación Energética hasta 2030.")  # blind set 39, rb-aa4d4019b7
    found = {document_key(name): status
             for name, status in tagged_names(text, date(2025, 9, 1)).items()}
    assert found == {document_key(ROADMAP): "approved"}, found


def test_romance_road_map_keys() -> None:
    roadmap = document_key(ROADMAP)
    assert document_key(
        "Hoja de ruta de la implementación de la Estrategia de Desarrollo de la Cooperación "
        "Energética hasta 2030") == roadmap
    assert document_key("Feuille de route de la Stratégie de développement") == document_key(
        "Road map of the Development Strategy")
    # the strategy itself keeps its own key
    assert document_key("Estrategia de Desarrollo de la Cooperación Energética hasta 2030") != (
        roadmap)


# --- a headline's topic before 丨 -----------------------------------------------------------


def test_headline_topic_before_vertical_bar_is_no_title_word() -> None:
    text = (
        "上合组织天津峰会丨上海合作组织成员国元首理事会关于有效处理和应对世界毒品问题的声明\n\n"
        "新华社天津9月1日电  上海合作组织成员国元首理事会关于有效处理和应对世界毒品问题的声明\n\n"
        "我们,上海合作组织(以下简称“上合组织”)成员国领导人,对世界毒品问题深表关切,声明如下:"
    )  # blind set 39, rb-8850ac640f
    found = tagged_names(text, date(2025, 9, 2))
    assert not any("丨" in name for name in found), found
    assert any(name.startswith("上海合作组织成员国元首理事会关于有效处理") for name in found), found


# --- the prime ministers' Japanese 『共同声明』 ---------------------------------------------


def test_prime_ministers_bare_kyodo_seimei_is_their_joint_communique() -> None:
    text = (
        "上海協力機構の加盟国による第9回首相会合が25日、タジキスタンの首都ドゥシャンベで開かれました。"
        "そして会合の後、各国首相による『共同声明』が発表されます。"
    )  # blind set 39, rb-ee3f452527
    found = {d.name: d.type for d in tag_and_find(GAZ, "", text, date(2010, 11, 25))[1]}
    assert found == {"Joint Communiqué": "communique"}, found


def test_heads_of_state_bare_kyodo_seimei_stays_a_statement() -> None:
    text = "上海協力機構の首脳会議の後、各国首脳による『共同声明』が発表されました。"
    found = {d.name: d.type for d in tag_and_find(GAZ, "", text, date(2010, 6, 11))[1]}
    assert "Joint Communiqué" not in found
