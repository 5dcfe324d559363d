"""Round 61 (chron61): a blurb is about the card's document, not another document naming it in
its title; snippets from the dev sets."""

from __future__ import annotations

from pipeline.digest import titles_another_document

CHARTER = "Charter of the Shanghai Cooperation Organisation"


def test_the_protocol_amending_the_charter_is_no_blurb_of_the_charter() -> None:
    # set 47, zh.m.wikisource.org's page of the Charter: the protocol's header line
    protocol = "关于修改二〇〇二年六月七日在圣彼得堡(俄罗斯联邦)签署的《上海合作组织宪章》的议定书"
    assert titles_another_document(protocol, CHARTER, "agreement")
    # set 47, Sina: a report of the Charter's signing is the Charter's
    signed = ("2002年6月7日,上海合作组织成员国元首在圣彼得堡举行第二次会晤,"
              "签署《上海合作组织宪章》。")
    assert not titles_another_document(signed, CHARTER, "agreement")
    # the protocol's own card is named by its own title
    own = "关于修改《上海合作组织宪章》的议定书"
    assert not titles_another_document(protocol, own, "agreement")


def test_an_amending_word_in_a_clause_of_its_own_leaves_the_name_its_own() -> None:
    assert not titles_another_document(
        "The Charter, amended in 2010, sets out the SCO's aims.", CHARTER, "agreement")
    assert titles_another_document(
        "Protocol on amendments to the Charter of the Shanghai Cooperation Organisation",
        CHARTER, "agreement")
