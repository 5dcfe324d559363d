"""Round 59 (after blind set 47's one run): a document its sentence dates before the SCO's
founding (2001) is the Shanghai Five's or its states', no SCO document. Quoted sentences name
their item; written ones say so."""

from datetime import date

from pipeline.documents.mentions import find_documents


def _names(title: str, body: str, published: date | None = None) -> list[str]:
    return [m.name for m in find_documents(title, body, published)]


def test_the_charters_preamble_cites_the_shanghai_five_agreements():
    # real-blind47 r-c1235bfaed (Chinese Wikisource, the Charter's own text), its preamble
    body = (
        "上海合作组织宪章\n2002年6月7日于圣彼得堡\n上海合作组织创始国一哈萨克斯坦共和国、中华人民共和国、"
        "吉尔吉斯共和国、俄罗斯联邦、塔吉克斯坦共和国和乌兹别克斯坦共和国,\n指出,遵守一九九六年四月二十六日"
        "签署的《中华人民共和国和俄罗斯联邦、哈萨克斯坦共和国、吉尔吉斯共和国、塔吉克斯坦共和国关于在边境地区"
        "加强军事领域信任的协定》和一九九七年四月二十四日签署的《中华人民共和国和俄罗斯联邦、哈萨克斯坦共和国、"
        "吉尔吉斯共和国、塔吉克斯坦共和国关于在边境地区相互裁减军事力量的协定》,为维护地区及世界的和平作出了"
        "重大贡献;"
    )
    names = _names("上海合作组织宪章", body)
    assert not [n for n in names if "边境地区" in n]


def test_an_encyclopedia_dates_the_agreements_and_glosses_their_titles():
    # real-blind47 r-3de6df3d6f (a German encyclopedia page): the Russian title, the Chinese
    # title and a German gloss of each, the year before the first
    body = (
        "Die Shanghaier Organisation für Zusammenarbeit (SOZ) ist eine Internationale "
        "Organisation mit Sitz in Peking (China).\nVorläufer der SOZ war die Shanghai Five-Gruppe; "
        "sie wurde durch die 1996 in Shanghai erfolgte Unterzeichnung des «Соглашение об "
        "укреплении доверия в военной области в районе границы»/[1]/《关于在边境地区加强军事领域"
        "信任的协定》[2] (dt. etwa: Vertrag über die Vertiefung des militärischen Vertrauens in "
        "Grenzregionen) durch die Volksrepublik China, Russland, Kasachstan, Kirgisistan und "
        "Tadschikistan gegründet. 1997 unterzeichneten dieselben Staaten den «Соглашение о "
        "взаимном сокращении вооружённых сил в районе границы» [1]/《关于在边境地区相互裁减军事"
        "力量的协定》[2] (dt. etwa: Vertrag über die Reduzierung der Streitkräfte in "
        "Grenzregionen) "
        "anlässlich eines Gipfeltreffens in Moskau."
    )
    assert _names("Shanghaier Organisation für Zusammenarbeit", body) == []


def test_a_document_of_the_sco_years_stays():
    # written: the Charter signed in 2002, the year right before it; the Shanghai Convention
    # of 2001, the founding year, stays the SCO's
    body = (
        "In 2002 the heads of state of the Shanghai Cooperation Organisation signed the Charter "
        "of the Shanghai Cooperation Organisation in St Petersburg. In June 2001 the SCO's "
        "founders signed the Shanghai Convention on Combating Terrorism, Separatism and "
        "Extremism."
    )
    names = _names("SCO history", body)
    assert any("Charter" in n for n in names)
    assert any("Convention" in n for n in names)


def test_a_year_after_the_name_dates_it_too():
    # written: the year right after the name
    body = (
        "The Shanghai Cooperation Organisation grew out of the Agreement on Confidence Building "
        "in the Military Field in the Border Areas, signed in 1996 by five states."
    )
    assert not [n for n in _names("SCO roots", body) if "Confidence" in n]
