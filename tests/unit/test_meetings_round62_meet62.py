"""Round 62 (meet62): meetings (issue 14).

A summit the title or lead numbers by its ordinal and names no council ("2002年上合组织第二次峰会")
is the heads of state's: a later lead sentence naming the ministers' meetings that prepared it
("先后召开了国防部长、经贸部长和文化部长会议,为这次峰会作了充分准备") does not make the article a
culture ministers' report, and a republication dated years later (ifeng, 2007) places the
documents at the numbered summit, not at a meeting of the republication's year.
"""

from __future__ import annotations

from datetime import date

from pipeline.documents import find_documents

# blind set 47, rb-3bed737408 (ifeng's special page of 13 August 2007 republishing Xinhua's
# report of the St Petersburg summit, 7 June 2002), under its real headline
IFENG_TITLE = "2002年上合组织第二次峰会 成员国元首宣言"
IFENG_BODY = (
    "2007年08月13日 15:40新华网投票数: 顶一下  【\n\n"
    "新华网圣彼得堡6月7日电(记者曾虎车玉明)上海合作组织元首第二次会晤7日上午在俄罗斯第二大城市"
    "圣彼得堡举行。中国国家主席江泽民、俄罗斯总统普京、哈萨克斯坦总统纳扎尔巴耶夫、吉尔吉斯斯坦总统"
    "阿卡耶夫、塔吉克斯坦总统拉赫莫诺夫和乌兹别克斯坦总统卡里莫夫等出席了会议。\n\n"
    "江泽民主席将在会上作重要发言。会议期间,与会各国领导人将总结上海合作组织成立一年来的工作,"
    "对该组织下一步的发展建设作出重要规划,就当前重大国际和地区问题广泛深入地交换意见,协调立场,"
    "并签署《上海合作组织宪章》、《关于地区反恐怖机构的协定》和《上海合作组织成员国元首宣言》"
    "等三个文件。\n\n"
    "去年成立的上海合作组织是6国着眼于深化彼此睦邻友好合作、维护地区安全与稳定、推动世界和平与"
    "发展而作出的战略选择。今年以来,上海合作组织已经先后召开了国防部长、经贸部长和文化部长会议,"
    "为这次峰会作了充分准备。\n\n"
    "上海合作组织成员国元首宣言\n\n"
    "新华网圣彼得堡(俄罗斯)6月7日电中华人民共和国、哈萨克斯坦共和国、吉尔吉斯共和国、俄罗斯联邦、"
    "塔吉克斯坦共和国和乌兹别克斯坦共和国元首7日在这里签署了《上海合作组织成员国元首宣言》。"
    "全文如下:\n\n"
    "《上海合作组织成员国元首宣言》\n\n"
    "今天,我们哈萨克斯坦共和国、中华人民共和国、吉尔吉斯共和国、俄罗斯联邦、塔吉克斯坦共和国和"
    "乌兹别克斯坦共和国元首隆重签署了上海合作组织(以下简称“本组织”或“组织”)的基本章程性文件——"
    "《宪章》。"
)
REPUBLISHED = date(2007, 8, 13)


def test_numbered_summit_headline_places_the_rats_agreement_at_that_summit() -> None:
    """The RATS agreement the 2002 report previews ('将……签署') is St Petersburg 2002's, not a
    culture ministers' meeting of 7 June 2007 (the republication's year)."""
    found = find_documents(IFENG_TITLE, IFENG_BODY, REPUBLISHED)
    rats = [m for m in found if m.type == "agreement" and "terrorist" in m.name.lower()]
    assert len(rats) == 1
    assert rats[0].meeting.id == "hsc-2002-st-petersburg"
    assert rats[0].meeting.council != "SCO Meeting of Culture Ministers"


def test_numbered_summit_headline_keeps_every_document_at_st_petersburg() -> None:
    """The Charter, the RATS agreement and the declaration: all three at St Petersburg 2002, as
    without the headline (the declaration was lost under it before this round)."""
    found = find_documents(IFENG_TITLE, IFENG_BODY, REPUBLISHED)
    assert {m.meeting.id for m in found} == {"hsc-2002-st-petersburg"}
    assert any(m.type == "declaration" for m in found)


# blind set 48, rb-9ae56e2d2a (ISAP's copy of RIA Novosti, undated): the UAE's memorandum signed
# on the sidelines of the foreign ministers' council (Goa, 4-5 May 2023) under a Moscow dateline
UAE_RIA = (
    "МОСКВА, 6 мая — РИА Новости. Объединенные Арабские Эмираты официально получили статус "
    "партнера по диалогу в Шанхайской организации сотрудничества (ШОС), передает агентство WAM.\n"
    '"ОАЭ официально получили статус партнера по диалогу в ШОС на полях заседания Совета '
    "министров иностранных дел Организации. <...> Кульминацией участия ОАЭ стало подписание "
    'меморандума о взаимопонимании о присоединении к ШОС", — говорится в сообщении.\n'
    "Отмечается, что страну на церемонии представлял посол ОАЭ в Индии Абдель Насер аль-Шаали."
)


def test_a_wires_dateline_is_no_venue_of_a_step_on_a_meetings_sidelines() -> None:
    """'МОСКВА, 6 мая — РИА Новости.' is where the report was written: the memorandum signed 'на
    полях заседания Совета министров иностранных дел' keeps the council and no place (it was
    read at Moscow before this round)."""
    found = find_documents("", UAE_RIA, None)
    memoranda = [m for m in found if m.type == "memorandum"]
    assert len(memoranda) == 1
    assert memoranda[0].meeting.venue is None
    assert memoranda[0].meeting.council == "SCO Council of Foreign Ministers"


def test_a_dateline_without_sidelines_still_places_the_step() -> None:
    """The dateline's city stays the place of a step its text does not put on a meeting's
    sidelines (the rule reads the sidelines words, not the dateline alone)."""
    text = UAE_RIA.replace("на полях заседания", "в ходе заседания")
    found = find_documents("", text, None)
    memoranda = [m for m in found if m.type == "memorandum"]
    assert len(memoranda) == 1
    assert memoranda[0].meeting.venue == "Moscow"


def _first_part(text: str):  # noqa: ANN202 - a _Sentence
    from pipeline.documents.base import _split_matches
    from pipeline.tagging import analyse, load_gazetteer

    analysis = analyse(load_gazetteer(), "", text)
    return _split_matches(analysis.text, analysis.matches)[0]


def test_dateline_venues_reads_the_city_day_and_dash_form() -> None:
    """'МОСКВА, 6 мая — РИА Новости.' is a dateline; 'Tashkent, 10-11 June 2010' (a
    declaration's place and days, set 4) is not: a hyphen between figures is a span of days."""
    from pipeline.documents.meetings import dateline_venues

    assert dateline_venues(_first_part(UAE_RIA)) == ("Moscow",)
    assert dateline_venues(_first_part("Tashkent, 10-11 June 2010. The heads of state adopted "
                                       "the declaration of the SCO summit.")) == ()


# blind set 41, rb-36c2d2c084 (China.org.cn French, 11 July 2015): a lead naming no meeting
# under the site's update line; the Ufa summit named in the next paragraph
UFA_FR = (
    "OCS : expansion et stratégie décennale de développement\n"
    "French.china.org.cn | Mis à jour le 11-07-2015\n"
    "L'Organisation de coopération de Shanghai (OCS) a ratifié vendredi une résolution portant sur "
    "le début de ses procédures d'expansion et a adopté un plan global de développement du bloc "
    "pour la prochaine décennie.\n"
    "Selon une déclaration publiée à l'issue du XVe sommet de l'OCS tenue à Oufa, capitale de la "
    "République de Bachkirie de Russie, les dirigeants des pays de l'OCS ont ratifié la résolution "
    "portant sur le début des procédures d'octroi d'une participation pleine et entière à "
    "l'organisation pour l'Inde et le Pakistan. L'OCS a également élevé le statut du Belarus, le "
    "faisant passer de partenaire de dialogue à observateur.\n"
    "Parallèlement, les dirigeants ont approuvé la stratégie de développement de l'OCS jusqu'en "
    "2025, laquelle fixe des objectifs et des tâches pour le développement de l'organisation "
    "pendant la prochaine décennie."
)


def test_a_lead_naming_no_meeting_is_followed_by_the_sentence_that_does() -> None:
    """The Strategy until 2025, two sentences after 'à l'issue du XVe sommet de l'OCS tenue à
    Oufa', is Ufa 2015's (unresolved before this round: the lead named no meeting)."""
    found = find_documents("", UFA_FR, date(2015, 7, 11))
    strategies = [m for m in found if m.type == "strategy"]
    assert len(strategies) == 1
    assert strategies[0].meeting.id == "hsc-2015-ufa"


def test_the_next_summits_place_after_a_comma_is_not_the_steps() -> None:
    """Set 45's EFE report in Portuguese with "assinarão" and no "amanhã": "na próxima cúpula,
    em Astana" is the place of the next summit, set off by a comma; the memoranda stay
    Tashkent 2016's, where the lead places the summit that began "nesta quinta-feira" (they were
    read at Astana 2017 before this round)."""
    from tests.unit.test_meetings_round61_meet61 import TASHKENT_2016_PT

    text = TASHKENT_2016_PT.replace("assinarão amanhã", "assinarão")
    found = find_documents("", text, date(2016, 6, 23))
    memoranda = [m for m in found if m.type == "memorandum"]
    assert len(memoranda) == 2
    assert {m.meeting.id for m in memoranda} == {"hsc-2016-tashkent"}
