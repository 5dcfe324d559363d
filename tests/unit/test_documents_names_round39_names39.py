"""Round 39 (issue 14, blind sets 29-31 as dev): document names on unseen text. Chinese and
Japanese titles key with their English names by class: the words of the security agreements'
titles ("在…境内", 组织和举行, 查明和切断 ...), 反恐 as "countering terrorism", English "-ist"
adjectives as "-ism" nouns, Japanese 情報 / 利便化 / 円滑化 / 税関, a Latin word run on into CJK,
the "(总理)" gloss of the heads of government; Chinese 措施清单 (a list of measures) and 程序 (a
procedure) as type words; a Japanese council communiqué's own text. Every sentence here is
written for these tests by the scowatch developers (modelled on the kinds of reports the sets
hold), none is copied from the sets; the titles are documents' names."""

from __future__ import annotations

import pytest
from round_helpers import found_keys

from pipeline.documents.keys import document_key


@pytest.mark.parametrize(
    ("cjk", "english"),
    [
        # the territory words say where, in both languages; 反恐 is anti-terrorist
        (
            "关于在成员国境内组织和举行联合反恐行动的程序协定",
            "Agreement on the Procedure for Organising and Conducting Joint Anti-Terrorist "
            "Actions in the Territories of the SCO Member States",
        ),
        # "-ist" adjectives are the "-ism" words of 恐怖主义、分裂主义和极端主义
        (
            "关于查明和切断参与恐怖主义、分裂主义和极端主义活动人员渗透渠道的协定",
            "Agreement on Identifying and Cutting Off Channels of Infiltration of Persons "
            "Involved in Terrorist, Separatist and Extremist Activities",
        ),
        # Japanese 情報 is information (Chinese 情报 would be intelligence)
        ("国際情報安全に関する加盟国首脳の声明", "Statement of the Heads on International "
         "Information Security"),
        # a Latin "SCO" run on into Japanese; 利便化 is facilitation
        ("貿易利便化に関するSCO声明", "SCO Statement on Trade Facilitation"),
        ("加盟国政府間国際道路運輸円滑化協定",
         "Intergovernmental Agreement on the Facilitation of International Road Transport"),
        # the "(总理)" gloss of the heads of government is no word of the title
        ("上海合作组织成员国政府首脑(总理)关于区域经济合作的声明",
         "Statement of the Heads of Government of the SCO Member States on Regional Economic "
         "Cooperation"),
        ("上海合作組織成員國政府首腦（總理）關於區域經濟合作的聲明",
         "Statement of the Heads of Government of the SCO Member States on Regional Economic "
         "Cooperation"),
        # a model memorandum of an applicant "to join" is one "to obtain the status of member"
        ("关于申请国加入上海合作组织义务的备忘录范本",
         "Model Memorandum of Obligations of Applicant States"),
        ("《给予上海合作组织成员国地位程序》",
         "Procedure for Granting the Status of SCO Member State"),
        ("2030-2032年进一步推动项目合作的措施清单",
         "List of Measures for Further Promoting Project Cooperation for 2030-2032"),
    ],
)
def test_cjk_titles_key_as_their_english_names(cjk: str, english: str) -> None:
    assert document_key(cjk) == document_key(english)


def test_customs_services_are_the_customs() -> None:
    assert document_key("Programme of the Customs Services for 2030-2032") == document_key(
        "Programme of the Customs for 2030-2032"
    )


def test_a_bracketed_word_that_is_no_gloss_stays() -> None:
    """Only 总理 in brackets is the heads of government's gloss: another bracketed word keys."""
    assert document_key("政府首脑(外长)声明") != document_key("政府首脑声明")


def test_a_list_of_measures_and_a_procedure_are_found_in_chinese() -> None:
    body = (
        "上海合作组织成员国政府首脑理事会会议在阿斯塔纳举行。会议批准了《2030-2032年上海合作组织"
        "进一步推动项目合作的措施清单》和《给予上海合作组织成员国地位程序》。"
    )
    found = found_keys(body)
    assert found.get(document_key("List of Measures for Further Promoting Project Cooperation "
                                  "for 2030-2032")) == "approved"
    assert found.get(document_key("Procedure for Granting the Status of SCO Member State")) == (
        "approved"
    )


def test_a_list_alone_is_no_document() -> None:
    """A list of projects (项目清单) is no document type: only a list of measures is."""
    body = "上海合作组织科技部长会议在阿斯塔纳举行。各方批准了《联合研究项目清单》。"
    assert not found_keys(body)


def test_a_japanese_council_communique_under_its_title_line() -> None:
    body = (
        "[文書名] 上海協力機構加盟国政府首脳(首相)理事会会議共同コミュニケ\n"
        "[場所] アスタナ\n"
        "上海協力機構加盟国政府首脳(首相)理事会会議が2030年10月1日、アスタナで開催され、"
        "各国の首相が参加した。\n"
    )
    assert found_keys(body) == {document_key("Joint Communiqué"): "adopted"}
