"""Round 77 (meet77): negated status verbs, the Uzbek "among the documents", Indonesian "tentang".

A status verb the text negates ("ҳужжатлар қабул қилинмаган эди", documents had not been
adopted; "was not signed", "не подписан", 未签署) is no step: the document finder reads it as a
negation, not as a status (blind set 32 rb-2acf9da8d0, whose negated "adopted" had given its
Samarkand Declaration the wrong step). The Uzbek "ҳужжатлар ичида" (among the documents) carries
the status of the package the sentence before reported. Lower-case Indonesian "tentang" (on)
links a title's words, as "Tentang" does.
"""

from __future__ import annotations

from datetime import date

from round_helpers import GAZ, found_keys, found_names

from pipeline.documents.base import negated_status
from pipeline.documents.mentions import _clean
from pipeline.tagging import analyse

SAMARKAND_DAY = date(2022, 9, 16)
TIANJIN_DAY = date(2025, 9, 1)

# blind set 32 (rb-2acf9da8d0), its second paragraph
_UZ_PACKAGE = (
    "Саммитда аниқ мақсад ва манфаатларни ўзида мужассам этувчи 44 та тарихий ҳужжат "
    "имзоландики, ШҲТ ташкил этилганидан буён бундай кўп сонли форматдаги ҳужжатлар қабул "
    "қилинмаган эди. Мазкур ҳужжатлар ичида Самарқанд декларацияси муҳим аҳамиятга эга."
)


def _status_words(body: str) -> dict[str, bool]:
    """Each status verb's words in a body -> whether the finder reads it negated."""
    analysis = analyse(GAZ, "", _clean(body))
    return {
        analysis.text[m.start : m.end]: negated_status(analysis.text, m)
        for m in analysis.matches
        if m.entry.kind == "doc_status"
    }


def test_uzbek_negated_passive_is_no_adoption() -> None:
    words = _status_words(_UZ_PACKAGE)
    assert words["қабул қилинмаган"] is True
    assert words["имзоландики"] is False


def test_uzbek_among_the_documents_takes_the_package_signing() -> None:
    # the real paragraph: the package was signed; the negated "were not adopted" is no step
    assert found_names(_UZ_PACKAGE, SAMARKAND_DAY).get("Samarkand Declaration") == "signed"


def test_uzbek_among_the_documents_latin() -> None:
    # written, in Latin script
    body = (
        "ShHT sammitida 44 ta hujjat imzolandi. Ushbu hujjatlar ichida Samarqand deklaratsiyasi "
        "muhim ahamiyatga ega."
    )
    assert found_names(body, SAMARKAND_DAY).get("Samarkand Declaration") == "signed"


def test_among_the_documents_without_a_package_gives_no_status() -> None:
    # written: no sentence before reports a step of the documents
    body = "ШҲТ Самарқанд саммити бўлиб ўтди. Мазкур ҳужжатлар ичида Самарқанд декларацияси бор."
    assert "Samarkand Declaration" not in found_names(body, SAMARKAND_DAY)


def test_uzbek_negated_past_of_the_declaration() -> None:
    # written: "was not signed" against "was signed"
    assert "Samarkand Declaration" not in found_names(
        "ШҲТ Самарқанд декларацияси имзоланмади.", SAMARKAND_DAY
    )
    assert found_names("ШҲТ Самарқанд декларацияси имзоланди.", SAMARKAND_DAY) == {
        "Samarkand Declaration": "signed"
    }


def test_english_was_not_signed() -> None:
    # written
    assert "Tianjin Declaration" not in found_names(
        "The Tianjin Declaration was not signed at the SCO summit.", TIANJIN_DAY
    )
    assert (
        found_names("The SCO member states signed the Tianjin Declaration.", TIANJIN_DAY).get(
            "Tianjin Declaration"
        )
        == "signed"
    )


def test_english_not_only_is_no_negation() -> None:
    # written: "not only" negates nothing of the verb after it
    words = _status_words("The SCO states not only signed the Tianjin Declaration.")
    assert words == {"signed": False}


def test_russian_ne_podpisana() -> None:
    # written
    assert (
        found_names("Тяньцзиньская декларация ШОС не была подписана на саммите ШОС.", TIANJIN_DAY)
        == {}
    )
    assert _status_words("Тяньцзиньская декларация ШОС была подписана.") == {"подписана": False}


def test_chinese_not_yet_adopted() -> None:
    # written: 尚未通过 (not yet adopted) against 通过 (adopted)
    assert _status_words("上合组织成员国尚未通过《天津宣言》。") == {"通过": True}
    assert _status_words("上合组织成员国通过了《天津宣言》。") == {"通过": False}
    # 未来 (the future) is no negation of the verb after it
    assert _status_words("上合组织未来签署《天津宣言》。") == {"签署": False}


def test_turkish_negated_suffix() -> None:
    # written: "imzalanmadı" (was not signed) against "imzalandı"
    words = _status_words("ŞİÖ Tianjin Deklarasyonu imzalanmadı. Tianjin Deklarasyonu imzalandı.")
    assert words.get("imzalanmadı") is True
    assert words.get("imzalandı") is False


# Indonesian: the convention's title with a lower-case "tentang" (written after blind set 32
# rb-4964db49bc's "Konvensi Shanghai Tentang Pemukulan Terorisme, ...", which CRI capitalises)
_KONVENSI = (
    "Pada KTT SCO di Shanghai pada 15 Juni 2001, para pemimpin SCO menandatangani Konvensi "
    "Shanghai tentang Pemberantasan Terorisme, Separatisme dan Ekstrimisme."
)


def test_indonesian_lower_case_tentang_links_the_title() -> None:
    names = found_names(_KONVENSI)
    assert "Konvensi Shanghai" not in names
    assert any(n.startswith("Konvensi Shanghai tentang Pemberantasan") for n in names)


def test_indonesian_tentang_of_a_lower_case_memorandum() -> None:
    # real (blind set 24): a lower-case memorandum "tentang kewajiban" is still the obligations'
    body = (
        "Pada pertemuan puncak SCO di Uzbekistan pada bulan Juni 2016, anggota SCO "
        "menandatangani memorandum tentang kewajiban India dan Pakistan untuk mendapatkan "
        "keanggotaan di SCO."
    )
    keys = found_keys(body)
    assert len(keys) == 2
    assert set(keys.values()) == {"signed"}


def test_negated_content_cue_still_tells_the_text_issued() -> None:
    # real (blind set 48 rb-6ee8811ca4): the declaration "does not mention Ukraine"; what its
    # text lacks is no negation of its adoption
    body = (
        "Міністерство закордонних справ України звернуло увагу, що підсумкова декларація "
        "засідання Ради глав держав-членів Шанхайської організації співробітництва в Тяньцзіні "
        "не містить згадки про Україну."
    )
    assert _status_words(body) == {"містить згадки": False}
    assert found_names(body, TIANJIN_DAY).get("Tianjin Declaration") == "adopted"
