"""Round 65 (relev65): a headline asking what the SCO is (pipeline.page_form.asks_what_it_is),
over a lead that dates no event, makes a page an explainer for relevance; texts from the sets."""

from __future__ import annotations

import pytest

from pipeline.page_form import (
    asks_what_it_is,
    infobox,
    scholarly_article,
)
from pipeline.tagging import load_gazetteer, tag_article


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_the_question_and_the_name_in_one_sentence() -> None:
    # blind set 42 r-4d95582abf: "Şangay İşbirliği Örgütü" is at 20..43
    line = "Şangay Beşlisi veya Şangay İşbirliği Örgütü nedir?"
    assert asks_what_it_is(line, [(20, 43)])
    # blind set 43 r-91dc171336: the question names no meeting, its headline does
    line = ("Gipfeltreffen der Shanghai Cooperation Organization. Was ist die Shanghaier "
            "Organisation für Zusammenarbeit (SCO)?")
    assert not asks_what_it_is(line, [(18, 51), (65, 107)])
    # a question with no name of the SCO in it (blind set 11 r-c9c8a39a9b's headline, without
    # its "SCO Summit 2023:" that names a meeting anyway)
    assert not asks_what_it_is("What is ‘New Delhi Declaration’ adopted by member nations?", [])


@pytest.mark.parametrize(
    "text",
    [
        # blind set 42 r-4d95582abf (x-background-tr-blog-shanghai-five): under a dateline
        "24.12.2013\n\nŞangay Beşlisi veya Şangay İşbirliği Örgütü nedir?\n\nŞanghay İşbirliği "
        "Örgütü (İngilizce: Shanghai Cooperation Organization) adını örgütün ilk toplandığı "
        "yerden --Şanghay-- almaktadır.",
        # blind set 37 r-a706e7d718 (x-sovetunion-sco-background): its lead's years are history
        "上海協力機構が設立されました。 上海協力機構(SCO)とはどのような組織ですか? SCOの構成\n\n"
        "上海協力機構は、カザフスタン、キルギス、中国、ロシア、タジキスタンによる署名後に形成された「上海ファイブ」"
        "に基づいて2001年に創設された。",
        # blind set 39 r-a3be02fae0 (x-explainer-km-theseedcambodia): the body's first line asks
        "\"ថង់ប្រាជ្ញារបស់កម្ពុជា ដឹកនាំដោយគ្រាប់ពូជរបស់កម្ពុជា\"\n\nកម្មវិធីថង់ប្រាជ្ញា៖ តើអ្វីទៅជា "
        "អង្គការសហប្រតិបត្តិការសៀងហៃ ឬ Shanghai Cooperation Organization (SCO)? "
        "តើទំនាក់ទំនងរវាងចិន និងរុស្សីនឹងមានឥទ្ធិពលអ្វីខ្លះទៅលើគោលការណ៍នៃអង្គការសហប្រតិបត្តិការសៀងហៃ?",
    ],
)
def test_an_explainer_is_background(gaz, text: str) -> None:
    title, _, body = text.partition("\n")
    assert not tag_article(gaz, title, body).sco_relevant


@pytest.mark.parametrize(
    "text",
    [
        # blind set 43 r-91dc171336 (sochi-chg-2017): the headline names the summit
        "Gipfeltreffen der Shanghai Cooperation Organization. Was ist die Shanghaier "
        "Organisation für Zusammenarbeit (SCO)? Die Zusammensetzung des SCO. Geopolitische "
        "Aspekte der SCO\n\nDmitry Medvedev: „Die Shanghai Cooperation Organization ist eine "
        "optimale Plattform, um nationale Strategien, grenzüberschreitende Projekte und "
        "multilaterale Integrationsinitiativen zu verknüpfen.“",
        # blind set 11 r-c9c8a39a9b (new-delhi-summit-2023)
        "SCO Summit 2023: What is ‘New Delhi Declaration’ adopted by member nations?\n\nPM Modi "
        "to host SCO Summit 2023\n\nSCO Summit 2023: Prime Minister Narendra Modi on Tuesday "
        "hosted Chinese President Xi Jinping, his Russian counterpart Vladimir Putin, Pakistan’s "
        "Shehbaz Sharif and other leaders of the Shanghai Cooperation Organization (SCO) "
        "countries at a virtual summit.",
    ],
)
def test_a_report_asking_a_question_is_kept(gaz, text: str) -> None:
    title, _, body = text.partition("\n")
    assert tag_article(gaz, title, body).sco_relevant


def test_an_abstract() -> None:
    # blind set 39 r-d26719e906 (x-academic-pl-sco-russia): "Abstract" on a line of its own
    assert scholarly_article("\nShanghai Cooperation Organization as an Element of Regional "
                             "Management of the Russian Federation\n\nAbstract\n\nSince the fall "
                             "of the Union of Soviet Socialist Republics, the Russian Federation")
    # blind set 47 r-60e38a0ac0 (x-fx361-sco-health-governance-article-2020): a bracketed 提要
    assert scholarly_article("2020-12-21李雪威王璐\n李雪威 王璐\n"
                             "〔提 要〕 上海合作组织从地区和全球两个层面积极参与全球卫生治理")
    # set real r-0d7517d627 (tianjin-summit-2025) and blind set 19 r-e3b6972e2a
    # (samarkand-summit-2022): a report's own summary under "Résumé" or a bare "摘要"
    assert not scholarly_article("Résumé\nLe sommet de l'Organisation de coopération de Shanghai "
                                 "(OCS) s'est tenu à Tianjin.")
    assert not scholarly_article("摘要\n\n<正>9月16日,国家主席习近平在乌兹别克斯坦"
                                 "撒马尔罕国际会议中心出席上海合作组织成员国元首理事会第22次会议")
    # a report that names an abstract in a sentence has no abstract's heading
    assert not scholarly_article("The abstract of the declaration was read out.\nAbstract art "
                                 "was shown at the SCO festival.")


def test_the_pages_are_background(gaz) -> None:
    title = "Szanghajska Organizacja Współpracy jako element zarządzania regionalnego Federacji "
    title += "Rosyjskiej"
    body = ("\nShanghai Cooperation Organization as an Element of Regional Management of the "
            "Russian Federation\n\nAbstract\n\nSince the fall of the Union of Soviet Socialist "
            "Republics, the Russian Federation has been trying to regain its importance in the "
            "global arena. Shanghai Cooperation Organization is one of such alliances.")
    assert not tag_article(gaz, title, body).sco_relevant


def test_an_infobox() -> None:
    # blind set 40 r-d66398cad6 (x-encyclopedia-ko-mirpe): a Korean encyclopedia's box
    assert infobox("상하이 협력 기구 Shanghai Cooperation Organisation\n"
                   "설립 | 2001년\n본부 | 중국 베이징\n"
                   "회원국 | 10개국(정회원) 2개국(준회원)\n"
                   "공용어 | 중국어, 러시아어")
    # blind set 43 r-9de4f7eee8 (x-background-de-sco-structure): fields on lines of their own
    assert infobox("SCO-Flagge. Shanghaier Organisation für Zusammenarbeit (SCO). "
                   "Entstehungsgeschichte und Struktur der SCO\n\nStatus:\n\nregionale "
                   "internationale Organisation\n\nAktivität:\n\nIm Jahr 2003 unterzeichneten")
    # blind set 9 r-a051c4f682 (x-sco-background-fa): name and status
    assert infobox("سازمان همکاری شانگهای (SCO)\n\nنام:\n\nسازمان همکاری شانگهای\n\n"
                   "وضعیت:\n\nسازمان بین المللی منطقه ای")
    # one field is no box; field words inside a report's sentences are none either (blind set
    # 47 r-3de6df3d6f's run-on "Generalsekretär Bolat Nurghaliew Arbeitssprachen Chinesisch")
    assert not infobox("Status: updated\nThe SCO summit opened in Astana on 4 July.")
    assert not infobox("Generalsekretär Bolat Nurghaliew Arbeitssprachen Chinesisch, Russisch "
                       "Sitz Peking, Volksrepublik China")
