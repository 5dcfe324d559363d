"""Round 69 (lead), from reading blind set 52's digest: the German Good-Neighbourliness Treaty
("Vertrag über die langfristige gute Nachbarschaft und freundschaftliche Kooperation") keys as
the English title, so its card is the treaty's and not a German-named second one; "supported the
drafting and adoption of" a strategy (Russian "поддержал разработку и принятие") is a plan, as
the Tajik "таҳия ва қабули" already was. Texts are written for the tests, modelled on the pages."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import find_documents
from pipeline.documents.keys import document_key


@pytest.mark.parametrize("german", [
    "Vertrag über die langfristige gute Nachbarschaft und freundschaftliche Kooperation",
    "Vertrag über langfristige gute Nachbarschaft, Freundschaft und Zusammenarbeit",
])
def test_german_treaty_keys_as_the_english_title(german):
    english = "Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation"
    assert document_key(german) == document_key(english)


def _statuses(body: str, day: date) -> dict[str, str | None]:
    return {d.name: d.status for d in find_documents("", body, published_at=day)}


@pytest.mark.parametrize("body", [
    "Главы государств ШОС собрались в Бишкеке на саммит ШОС. Эмомали Рахмон поддержал "
    "разработку и принятие «Стратегии развития ШОС до 2025 года».",
    "The SCO summit opened in Bishkek. The president supported the drafting and adoption of the "
    "SCO Development Strategy until 2025.",
])
def test_drafting_and_adoption_is_a_plan(body):
    assert _statuses(body, date(2013, 9, 13)) == {"SCO Development Strategy until 2025": "planned"}


def test_the_adoption_alone_stays_done():
    body = "Главы государств ШОС на саммите в Уфе утвердили Стратегию развития ШОС до 2025 года."
    assert _statuses(body, date(2015, 7, 10)) == {"SCO Development Strategy until 2025": "approved"}
