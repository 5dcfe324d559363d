"""Round 75 (meet75): document names found through their sentence's context (issue 14).

A bare "These include" / "They include" (Russian «К ним относятся», «Они включают») opens a
sentence that names the documents the sentence before counted ("A package of documents ... was
also adopted. These include the Program ... and the Roadmap ...", news.by, blind set 41): its
names take that sentence's status, as "These documents include" already did.
"""

from __future__ import annotations

from datetime import date

from round_helpers import found_names

PROGRAM = (
    "Program of Cooperation among SCO member states to Counter Extremist Ideology for 2026-2030"
)
ROADMAP = "Roadmap for implementing the Energy Development Strategy until 2030"
DRUGS = "Соглашение об Антинаркотическом центре ШОС"

# blind set 41 (rb-2a4548be3f), its last paragraph
_PACKAGE = (
    "A package of documents concerning cooperation across various spheres was also adopted. "
    "These include the Program of Cooperation among SCO member states to Counter Extremist "
    "Ideology for 2026-2030, and the Roadmap for implementing the Energy Development Strategy "
    "until 2030."
)
TIANJIN_DAY = date(2025, 9, 1)


def test_these_include_names_the_package_before() -> None:
    found = found_names(_PACKAGE, TIANJIN_DAY)
    assert found.get(PROGRAM) == "adopted"
    assert found.get(ROADMAP) == "adopted"


def test_they_include_as_these_include() -> None:
    # written
    body = _PACKAGE.replace("These include", "They include")
    assert found_names(body, TIANJIN_DAY).get(PROGRAM) == "adopted"


def test_these_include_after_no_list_of_documents_gives_no_status() -> None:
    # written: the sentence before counts no documents, so "These include" lists nothing of
    # theirs and its names have no status
    body = (
        "The SCO summit opened in Tianjin. These include the Program of Cooperation among SCO "
        "member states to Counter Extremist Ideology for 2026-2030."
    )
    assert PROGRAM not in found_names(body, TIANJIN_DAY)


def test_russian_k_nim_otnosyatsya() -> None:
    # written
    body = (
        "На саммите ШОС в Тяньцзине был подписан пакет документов. К ним относятся Соглашение об "
        "Антинаркотическом центре ШОС и Соглашение об Универсальном центре по противодействию "
        "вызовам и угрозам безопасности государств-членов ШОС."
    )
    assert found_names(body, TIANJIN_DAY).get(DRUGS) == "signed"


def test_russian_oni_vklyuchayut() -> None:
    # written
    body = (
        "На саммите ШОС в Тяньцзине был подписан пакет документов. Они включают Соглашение об "
        "Антинаркотическом центре ШОС."
    )
    assert found_names(body, TIANJIN_DAY).get(DRUGS) == "signed"


def test_russian_after_a_sentence_of_people_gives_no_status() -> None:
    # written: the sentence right before names participants, not the package's documents
    body = (
        "На саммите ШОС в Тяньцзине был подписан пакет документов. Среди участников — лидеры "
        "десяти стран. К ним относятся Соглашение об Антинаркотическом центре ШОС."
    )
    assert DRUGS not in found_names(body, TIANJIN_DAY)
