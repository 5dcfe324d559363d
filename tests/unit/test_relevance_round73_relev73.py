"""Round 73 (relev73, sets 1-52 as dev): the SCO's letters, once confirmed, make its other
letters in the text the SCO's too; the Russian short name "Шанхайская организация", capitalised,
is the SCO's. Texts from the sets' pages, shortened, or marked "written"."""

from __future__ import annotations

from round_helpers import GAZ

from pipeline.tagging import find_matches, sco_mentions, tag_article

# r-d6a5ef8fcf (blind set 17, French, Yekaterinburg 2009): "OCS" confirmed, "SCO" once
FR_TEXT = (
    "Le sommet a vu la participation des chefs d'État des pays membres - la Chine, la Russie, le "
    "Kazakhstan, le Kirghizstan, le Tadjikistan et l'Ouzbékistan.\n"
    "C'est la première fois que les dirigeants des pays ayant un statut d'observateur "
    "participaient à une réunion aussi restreinte du Conseil des chefs d'État de la SCO.\n"
    "Les dirigeants ont également signé de nombreux documents, dont les accords sur la "
    "formation des forces antiterroristes des pays membres de l'OCS."
)

# r-6943fb0d9b (blind set 16, Russian, Samarkand 2022): the short name without "сотрудничества"
RU_TEXT = (
    "А еще Иран здесь на пороге нового для себя статуса. Уже в следующем году он может стать "
    "полноправным членом Шанхайской организации – меморандум об этом подпишут в Самарканде."
)


def named(text: str) -> list[str]:
    sco, _ = sco_mentions(GAZ, text, find_matches(GAZ, text))
    return [text[m.start : m.end] for m in sco]


def test_confirmed_letters_make_the_other_letters_the_scos() -> None:
    assert named(FR_TEXT) == ["SCO", "OCS"]


def test_unconfirmed_letters_stay_unconfirmed() -> None:
    # written: no confirmed letters, "SCO" beside nothing of the SCO's is not its name
    assert named("Le club du SCO Angers a gagné samedi face à Lorient.") == []


def test_letters_defined_otherwise_stay_another_bodys() -> None:
    # written: "OCS" confirmed by its summit, "SCO" defined as another body in a bracket
    text = ("Le sommet de l'OCS s'ouvre à Astana. Le Santa Cruz Operation (SCO) a publié un "
            "rapport.")
    assert named(text) == ["OCS"]


def test_the_french_report_is_kept() -> None:
    title, _, body = FR_TEXT.partition("\n")
    assert tag_article(GAZ, title, body).sco_relevant


def test_russian_short_name_capitalised_is_the_sco() -> None:
    assert named(RU_TEXT) == ["Шанхайской организации"]


def test_russian_short_name_in_lower_case_is_not() -> None:
    # written: the adjective of a body in the city, not the SCO's name
    assert named("Эту выставку провела шанхайская организация художников.") == []
