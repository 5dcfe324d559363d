"""Round 19: the SCO's names and short forms missed in blind sets 19 and 18's reports
(pipeline/data/gazetteers/sco.toml; multi-word context phrases in pipeline.tagging.ContextWords).

Every text here was written by the helper of round 19 for these tests, in the constructions of the
sets' reports (no real report copied).
"""

from __future__ import annotations

from pipeline.tagging import _context_words, tag_article


def test_vietnamese_context_phrases_before_the_abbreviation(gaz) -> None:
    # Vietnamese writes its modifiers first and its words as syllables: "thượng đỉnh SCO" is the
    # SCO summit, "các nước thành viên SCO" its member states
    title = "Thượng đỉnh SCO bế mạc tại Astana"
    body = ("Các nhà lãnh đạo đã ký nhiều văn kiện hợp tác. Các nước thành viên SCO cam kết "
            "tăng cường thương mại. Ba nước khác muốn gia nhập SCO trong những năm tới.")
    assert tag_article(gaz, title, body, language="vi").sco_relevant
    # the letters alone, with no such phrase, stay ambiguous
    assert not tag_article(gaz, "Cổ phiếu SCO tăng giá", "Công ty công bố lợi nhuận quý ba.",
                           language="vi").sco_relevant


def test_a_phrase_counts_only_as_a_whole() -> None:
    words = _context_words(["thượng đỉnh", "summit"])
    assert "summit" in words and ("thượng", "đỉnh") in words.phrases
    assert words.phrase_at(["hội", "nghị", "thượng", "đỉnh"], 3, ending=True)
    assert not words.phrase_at(["đỉnh", "núi"], 0, ending=True)  # a mountain's peak
    assert not words.phrase_at(["thượng", "nguồn"], 0, ending=False)  # upstream
    assert "đỉnh" not in words


def test_turkish_name_without_turkish_letters(gaz) -> None:
    title = "Cumhurbaskani, Sanghay Isbirligi Örgütü Zirvesi icin Astana'ya gitti"
    assert tag_article(gaz, title, "Zirve iki gun surecek.", language="tr").sco_relevant
    assert tag_article(gaz, "Sanghay Isbirligi Orgutu toplantisi basladi", "Bakanlar bir araya "
                       "geldi.", language="tr").sco_relevant
    assert tag_article(gaz, "", "Liderler SIÖ zirvesinde bir araya gelecek ve ortak bildiri "
                       "imzalayacak.", language="tr").sco_relevant


def test_spanish_grupo_de_shanghai(gaz) -> None:
    title = "Los líderes del grupo de Shanghái se reúnen en Astana"
    body = "La cumbre anual del bloque se celebra esta semana con diez países miembros."
    assert tag_article(gaz, title, body, language="es").sco_relevant
    # a company of the city is no SCO
    assert not tag_article(gaz, "Un grupo de Shanghái compra una bodega en La Rioja",
                           "La operación se cerró por 40 millones.", language="es").sco_relevant


def test_the_framework_of_the_organisation_before_the_abbreviation(gaz) -> None:
    title = "L'India rafforza la cooperazione energetica nel quadro della SCO"
    assert tag_article(gaz, title, "Il ministro ha incontrato i colleghi a Nuova Delhi.",
                       language="it").sco_relevant
    title = "Rusia propone un fondo común en el marco de la OCS"
    assert tag_article(gaz, title, "La propuesta se discutirá en otoño.",
                       language="es").sco_relevant


def test_the_uyghur_name(gaz) -> None:
    body = "رەھبەرلەر شاڭخەي ھەمكارلىق تەشكىلاتىنىڭ يىغىنىغا قاتناشتى."
    assert tag_article(gaz, "شاڭخەي ھەمكارلىق تەشكىلاتى يىغىنى ئېچىلدى", body,
                       language="ug").sco_relevant
