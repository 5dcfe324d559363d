"""Round 68 of near duplicates (stories68; blind set 51 as dev): a sentence written in a script
other than the text's own (an embedded post quoted in its original language) is left out of
the shingles and of the narration, as a mirror that drops the embed has none of it."""

from __future__ import annotations

from pipeline.neardup import (
    SCHEME,
    foreign_runs,
    is_near_duplicate,
    main_script_runs,
    narration_shared,
    quotes_alike,
    sentence_tokens,
    signature,
    unpack,
)

# blind set 51, r-1ce5cb0824: RT German on Iran signing its memorandum in Samarkand, the
# foreign minister's Persian post embedded after its German quotation (the excerpt as stored)
RT = (
    'Samarkand: Iran unterzeichnet Absichtserklärung für Beitritt zur Schanghaier Org'
    'anisation\n\nBei dem Gipfeltreffen der Schanghaier Organisation für Zusammenarbeit'
    ' (SOZ) wird am Freitag Iran als neues Vollmitglied aufgenommen. Die SOZ wird als'
    ' Gegengewicht zu den vom Westen dominierten Organisationen wie NATO und G7 einge'
    'stuft.\n\nQuelle: AFP © Sputnik\n\nIran hat am Donnerstag eine Verpflichtungserkläru'
    'ng unterzeichnet – damit ist das Land in eine neue Phase der Integration in die '
    'Schanghaier Organisation für Zusammenarbeit (SOZ) eingetreten. Putin in Samarkan'
    'd: Gipfeltreffen der Schanghaier Organisation für Zusammenarbeit "Heute Abend ha'
    'be ich in der historischen Stadt Samarkand die Absichtserklärung über die ständi'
    'ge Mitgliedschaft Irans in der Schanghaier Organisation für Zusammenarbeit mit d'
    'em Generalsekretär [der Organisation] unterzeichnet", schrieb der iranische Auße'
    'nminister Amir-Abdollahian in einem Tweet. "Nun sind wir in eine neue Phase der '
    'vielfältigen wirtschaftlichen, kommerziellen, Transit-, und Energie-Zusammenarbe'
    'it mit den Mitgliedsstaaten der Organisation eingetreten", fügte der Außenminist'
    'er hinzu. امشب در شهر تاریخی سمرقند یادداشت تعهدات عضویت دائم ج.ا.ایران نزد سازم'
    'ان همکاری شانگهای را با دبیرکل امضا کردم. اکنون وارد مرحله جدید همکاری های متنوع'
    ' اقتصادی، تجاری ، ترانزیت، انرژی و … شده ایم. دبیرکل سازمان، پیوستن دائم ایران و'
    ' امضای سند را تبریک گفت و آن را تحول مهمی خواند. — H.Amirabdollahian امیرعبدالله'
    'یان (@Amirabdolahian) September 14, 2022 Die Erklärung erfolgte, als die Staats-'
    ' und Regierungschefs Chinas, Indiens, Kasachstans, Kirgisistans, Pakistans, Russ'
    'lands, Tadschikistans und Usbekistans zu e'
)
# blind set 51, r-e6a5ca49ca: the same text on a mirror host, under its own chrome (a section
# line, a photo caption, link titles), without the Persian post
MIRROR = (
    'Ausland\n\nSamarkand: Iran unterzeichnet Absichtserklärung für Beitritt zur Schang'
    'haier Organisation\n\nSamarkand: Iran unterzeichnet Absichtserklärung für Beitritt'
    ' zur Schanghaier Organisation\n\nQuelle: AFP © SputnikDer russische Präsident Wlad'
    'imir Putin trifft sich mit seinem iranischen Amtskollegen Ebrahim Raisi am Rande'
    ' des Gipfeltreffens der Staats- und Regierungschefs der Schanghaier Organisation'
    ' für Zusammenarbeit (SOZ) in Samarkand am 15. September 2022.\n\nIran hat am Donne'
    'rstag eine Verpflichtungserklärung unterzeichnet – damit ist das Land in eine ne'
    'ue Phase der Integration in die Schanghaier Organisation für Zusammenarbeit (SOZ'
    ') eingetreten.\n\nPutin in Samarkand: Gipfeltreffen der Schanghaier Organisation f'
    'ür Zusammenarbeit\n\nPutin in Samarkand: Gipfeltreffen der Schanghaier Organisatio'
    'n für Zusammenarbeit\n\nPutin in Samarkand: Gipfeltreffen der Schanghaier Organisa'
    'tion für Zusammenarbeit\n\n“Heute Abend habe ich in der historischen Stadt Samarka'
    'nd die Absichtserklärung über die ständige Mitgliedschaft Irans in der Schanghai'
    'er Organisation für Zusammenarbeit mit dem Generalsekretär [der Organisation] un'
    'terzeichnet”, schrieb der iranische Außenminister Amir-Abdollahian in einem Twee'
    't.\n\n“Nun sind wir in eine neue Phase der vielfältigen wirtschaftlichen, kommerzi'
    'ellen, Transit-, und Energie-Zusammenarbeit mit den Mitgliedsstaaten der Organis'
    'ation eingetreten”, fügte der Außenminister hinzu.\n\nDie Erklärung erfolgte, als '
    'die Staats- und Regierungschefs Chinas, Indiens, Kasachstans, Kirgisistans, Paki'
    'stans, Russlands, Tadschikistans und Usbekistans zu einem Gipfeltreffen der SOZ '
    'in die usbekische Stadt Samarkand gereist waren. Die Organisation, der gegenwärt'
    'ig acht Länder als Mitglieder angehören, ist eine von Peking und Moskau als Gege'
    'ngewicht zum Einfluss der USA initiierte Staatengruppe.\n\nBündnis gegen die westl'
    'iche Dominanz – Der Gipfel der Schanghaier Organisation\n\nBündnis gegen die westl'
    'iche Dominanz – Der Gipfel der Schang'
)


def test_the_persian_post_is_left_out_of_the_german_text() -> None:
    runs = sentence_tokens(RT)
    kept = main_script_runs(runs)
    left_out = [" ".join(r) for r, drop in zip(runs, foreign_runs(runs), strict=True) if drop]
    assert len(left_out) == 3
    assert all("سمرقند" in s or "ايران" in s or "ترانزيت" in s for s in left_out)
    assert len(kept) == len(runs) - 3
    assert unpack(signature(RT))[1] < 150  # 170 shingles with the post


def test_the_mirror_is_a_copy_of_rt() -> None:
    assert is_near_duplicate(signature(RT), signature(MIRROR), texts=(RT, MIRROR))
    assert not quotes_alike(RT, MIRROR)
    shared = narration_shared(RT, MIRROR)
    assert shared is not None and shared > 0.55


def test_a_text_in_one_script_is_unchanged() -> None:
    runs = sentence_tokens(MIRROR)
    assert not any(foreign_runs(runs))


def test_a_menu_of_language_names_stays() -> None:
    text = ("Saltar al contenido principal\n日本語\n中文\n한국어\nภาษาไทย\nहिंदी\n"
            + "La cumbre de la Organización de Cooperación de Shanghái se celebra en Tianjin "
              "con más de veinte líderes. " * 6)
    assert not any(foreign_runs(sentence_tokens(text)))


def test_a_bilingual_page_keeps_both_languages() -> None:
    text = "\n".join(["上海合作组织成员国元首理事会会议在青岛举行。",
                      "The meeting of the Council of Heads of State was held in Qingdao."] * 4)
    assert not any(foreign_runs(sentence_tokens(text)))


def test_the_scheme_was_bumped() -> None:
    assert SCHEME >= 10
