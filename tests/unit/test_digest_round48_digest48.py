"""Round 48 (digest48): a recall's sentence that the card's step was done may blurb it, a
photo's caption never does, and the stand-in headline of hard-wrapped pages, of a preamble and
of a Hindi sentence with an initial. Each text is a line of a real set's item (blind sets 27,
29, 32, 35) unless it says it was written for this test."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from support import load_script

from pipeline.digest import card_blurb
from pipeline.summarize import is_boilerplate, is_initial, split_sentences

# set 35: firstpost's preview of the Astana summit (7 June 2017), recalling Tashkent 2016
EN_RECALL = ("Both the countries signed Memorandum of Obligations to join the organisation last "
             "year.")
# set 35: anhor.uz, undated, on the drafts before the Tashkent summit
RU_DRAFTS = ("На данный момент согласованы проекты меморандумов об обязательствах индийских и "
             "пакистанских коллег по присоединению к конвенциям организации.")
# written for this test: a report of the signing on the summit's day
EN_SIGNED = ("India signed the Memorandum of Obligations of the Republic of India in Tashkent "
             "on Friday.")
# written for this test: a recall that tells a plan, not the signing
EN_RECALL_PLAN = "India will sign the Memorandum of Obligations before it joins."


def _doc() -> Any:
    return SimpleNamespace(id=2, name="Memorandum of Obligations of the Republic of India",
                           type="memorandum", status="signed", meeting_date="2016-06-24",
                           venue=None, events=[])


def _article(art_id: int, evidence: str, language: str, status: str | None,
             published: datetime | None, body: str = "") -> Any:
    mention = SimpleNamespace(document_id=2, evidence=evidence, status=status)
    return SimpleNamespace(id=art_id, source=f"outlet{art_id}.example", language=language,
                           published_at=published, first_seen_at=datetime(2026, 1, 1, tzinfo=UTC),
                           mentions=[mention], body=body, title="")


NEXT_YEAR = datetime(2017, 6, 7, 12, tzinfo=UTC)
SUMMIT = datetime(2016, 6, 24, 12, tzinfo=UTC)


def test_a_recall_that_the_step_was_done_blurbs_a_card_over_a_report_of_the_drafts() -> None:
    """Set 35's Tashkent 2016 card was blurbed "Told before it was signed:" by the Russian
    report of the drafts, while firstpost's English sentence that both countries signed the
    memoranda "last year" sat in a recall."""
    drafts = _article(1, RU_DRAFTS, "ru", "planned", None)
    recall = _article(2, EN_RECALL, "en", "signed", NEXT_YEAR)
    blurb = card_blurb(_doc(), [drafts], ("en",), recalls=[recall])
    assert (blurb.text, blurb.language, blurb.preview) == (EN_RECALL, "en", False)
    # without the recall, the drafts stay the blurb (marked as told before the step)
    assert card_blurb(_doc(), [drafts], ("en",)).text == RU_DRAFTS


def test_the_cards_own_fitting_report_comes_before_a_recall() -> None:
    own = _article(1, EN_SIGNED, "en", "signed", SUMMIT)
    recall = _article(2, EN_RECALL, "en", "signed", NEXT_YEAR)
    assert card_blurb(_doc(), [own], ("en",), recalls=[recall]).text == EN_SIGNED


def test_a_recall_of_a_plan_or_from_before_the_meeting_or_of_another_document_is_none() -> None:
    drafts = _article(1, RU_DRAFTS, "ru", "planned", None)
    plan = _article(2, EN_RECALL_PLAN, "en", "planned", NEXT_YEAR)
    early = _article(3, EN_RECALL, "en", "signed", datetime(2016, 5, 1, tzinfo=UTC))
    # written for this test: a recall of the summit naming another of its documents
    other = _article(4, "The leaders signed the Tashkent Declaration last year.", "en",
                     "signed", NEXT_YEAR)
    for recall in (plan, early, other):
        assert card_blurb(_doc(), [drafts], ("en",), recalls=[recall]).text == RU_DRAFTS


# set 32: news.cri.cn, the caption over its report of Nepal's memorandum, and the report's
# sentence naming it
CAPTION = ("上合组织秘书长阿利莫夫与尼泊尔外事国务部长拜拉吉签署了"
           "《关于给予尼泊尔上海合作组织对话伙伴国地位的备忘录》 拍摄:赵祎")
REPORTED = ("当天,阿利莫夫与尼泊尔外事国务部长拜拉吉签署了"
            "《关于给予尼泊尔上海合作组织对话伙伴国地位的备忘录》。")
# the page's lines without a full stop (its date line, the caption) run on into its lead as
# one sentence when the text is split
NEPAL_BODY = "\n".join([
    "2016-03-22 18:50:36|来源:国际在线|编辑:赵妍",
    CAPTION,
    "国际在线报道(记者 赵祎):上海合作组织秘书长阿利莫夫22日在北京表示,尼泊尔成为本组织对话伙伴国将"
    "为彼此间的互利合作带来新契机。",
    REPORTED + "尼泊尔总理奥利、副总理兼外交部长塔帕出席了签字仪式。",
])


def _nepal_doc() -> Any:
    return SimpleNamespace(id=2, name="关于给予尼泊尔上海合作组织对话伙伴国地位的备忘录",
                           type="memorandum", status="signed", meeting_date="2016-03-22",
                           venue=None, events=[])


def test_a_photo_caption_is_no_blurb_the_reports_sentence_is() -> None:
    art = _article(1, CAPTION, "zh", "signed", datetime(2016, 3, 22, 12, tzinfo=UTC),
                   body=NEPAL_BODY)
    blurb = card_blurb(_nepal_doc(), [art], ("zh",))
    assert blurb.text == REPORTED
    # a caption whose page says no more of the document gives no blurb at all
    alone = _article(1, CAPTION, "zh", "signed", datetime(2016, 3, 22, 12, tzinfo=UTC),
                     body=CAPTION)
    assert card_blurb(_nepal_doc(), [alone], ("zh",)).text == ""


def test_photo_credits_are_captions() -> None:
    assert is_boilerplate(CAPTION)
    # set 32: big5.cri.cn's copy, in traditional characters
    assert is_boilerplate("上合組織秘書長阿利莫夫與尼泊爾外事國務部長拜拉吉簽署了"
                          "《關於給予尼泊爾上海合作組織對話夥伴國地位的備忘錄》 拍攝:趙祎")
    # written for this test
    assert is_boilerplate("Leaders pose for a family photo in Astana. Photo: Xinhua")
    assert is_boilerplate("Участники саммита в Астане. Фото – Sputnik")
    assert not is_boilerplate("一位摄影师说：他们签署了宣言。")
    assert not is_boilerplate(REPORTED)



def test_a_hindi_initial_ends_no_sentence() -> None:
    """Set 29's taazalivefeed.com page was headed "विदेश मंत्री एस." (S. Jaishankar)."""
    text = ("विदेश मंत्री एस. जयशंकर ने आतंकवाद के मुद्दे पर शंघाई सहयोग संगठन (SCO) के सदस्य देशों "
            "को कड़ा संदेश दिया है।")
    assert is_initial("एस") and is_initial("V") and not is_initial("आहे")
    assert split_sentences(text) == [text]
    title, _ = load_script("real_digest").stand_in_title("Source TOI\nमॉस्को (रूस), 18 नवंबर 2025\n"
                                                     + text)
    assert title == text
    # Marathi ends its sentences with a full stop: a word that is no letter's name ends one
    # (set 29, newsonair.gov.in/mr)
    marathi = ("परराष्ट्र मंत्री एस. जयशंकर आज दोन दिवसीय दौऱ्यासाठी इस्लामाबादला रवाना होणार आहेत. "
               "शांघाय सहकार्य संघटनेच्या शिखर परिषदेत ते सहभागी होणार आहेत.")
    assert len(split_sentences(marathi)) == 2


def test_a_hard_wrapped_headline_is_joined() -> None:
    """Set 27's photius.com page was headed "Heads of SCO Member States meets in"."""
    text = ("Council of\nHeads of SCO Member States meets in\nShanghai |\n On 15 June\n2006, the "
            "sixth annual meeting of the Council of Heads of\nMember States of the Shanghai "
            "Cooperation Organisation took\nplace in Shanghai.")
    title, body = load_script("real_digest").stand_in_title(text)
    assert title == "Council of Heads of SCO Member States meets in Shanghai"
    assert body.startswith("On 15 June")


def test_a_hard_wrapped_paragraph_is_no_headline() -> None:
    """Blind set 6's english.eastday.com page: its first sentence, broken at a fixed width,
    was cut to its first line."""
    text = ("Chinese Premier Wen Jiabao yesterday called on member countries of the\n"
            "Shanghai Cooperation Organization (SCO) to work in concert to improve the bloc's\n"
            "economic ties and trade.")
    title, _ = load_script("real_digest").stand_in_title(text)
    assert title.startswith("Chinese Premier Wen Jiabao yesterday called on member countries "
                            "of the\nShanghai Cooperation Organization (SCO) to work")


def test_a_declarations_preamble_is_not_a_salutation() -> None:
    """Set 27's statement on food security was headed by its second clause, "noting the
    impact ...": its subject's line was read as a speech's address."""
    text = ("The Member States of the Shanghai Cooperation Organisation (SCO),\n"
            "noting the impact of the novel coronavirus pandemic on food security in the SCO "
            "Member States,\nstressing the importance of the SCO Secretariat's coordinating "
            "role,\ndeclare the following:\n1. The Member States intend to promote cooperation.")
    title, _ = load_script("real_digest").stand_in_title(text)
    assert title.startswith("The Member States of the Shanghai Cooperation Organisation (SCO),")
    # a speech's address is still passed over (round 47)
    speech = ("Your Excellency Mr. Ismail Karimov,\nLadies and Gentlemen,\nIt is a great "
              "honour to address the summit of the Shanghai Cooperation Organisation today.")
    title, _ = load_script("real_digest").stand_in_title(speech)
    assert title.startswith("It is a great honour")
