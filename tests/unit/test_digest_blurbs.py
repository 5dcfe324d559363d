"""Which sentence a document card's blurb is: pure functions of a document and its reports.

Every text here is written by the scowatch developers for this test (not real reports).
"""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from pipeline.digest import document_blurb, is_fragment

WHEN = datetime(2016, 11, 3, 12, tzinfo=UTC)
NAME = "Joint Communique of the Meeting of the Council of Heads of Government"


def _doc(status: str = "adopted") -> Any:
    # the card's status is the one its reports tell: a report telling another done step than
    # the card's ranks after one that agrees (`told_status`), which these tests do not test
    return SimpleNamespace(id=1, name=NAME, type="communique", status=status,
                           venue=None, meeting_date="2016-11-03", events=[])


def _article(art_id: int, source: str, evidence: str, language: str = "en",
             body: str = "", status: str | None = None) -> Any:
    mention = SimpleNamespace(document_id=1, evidence=evidence, status=status)
    return SimpleNamespace(id=art_id, source=source, language=language, published_at=WHEN,
                           first_seen_at=WHEN, mentions=[mention], body=body,
                           title="")


def test_the_documents_own_name_is_never_its_blurb() -> None:
    """Blind sets 5 and 6: the card of a communique whose page carries its text was 'blurbed'
    by the communique's title, the card's own heading again."""
    own_page = _article(1, "sectsco.org", NAME)
    report = _article(2, "example.org", "The prime ministers adopted the Joint Communique of the "
                      "Meeting of the Council of Heads of Government in Bishkek on Thursday.")
    blurb, language = document_blurb(_doc(), [own_page, report], ("en",))
    assert blurb.startswith("The prime ministers adopted") and language == "en"
    assert document_blurb(_doc(), [own_page], ("en",)) == ("", None)


def test_a_sentence_naming_the_document_comes_before_a_heading_naming_it() -> None:
    """A page title naming the document ('Full text: ...') says less than a report's sentence
    that names it and tells who adopted it, however authoritative the page's outlet."""
    heading = _article(1, "sectsco.org", f"Full text: {NAME} in Bishkek")
    sentence = _article(2, "example.org", f"The prime ministers signed the {NAME} on Thursday.")
    blurb, _ = document_blurb(_doc("signed"), [heading, sentence], ("en",))
    assert blurb == f"The prime ministers signed the {NAME} on Thursday."
    # a heading still serves when nothing else names the document
    assert document_blurb(_doc("signed"), [heading], ("en",))[0] == f"Full text: {NAME} in Bishkek"


def test_a_fragment_of_a_sentence_is_blurbed_as_the_whole_sentence() -> None:
    """A page broken every 70 characters gave the evidence "organisation's one-day summit, ...
    signed the ..." (blind set 4); the card shows the sentence it comes from, without the
    page furniture before a " | " separator."""
    body = ("Leaders pose for a photo at the summit. [Photo agency]\n|\nAt the conclusion of the\n"
            "organisation's one-day meeting, the prime ministers signed the Joint Communique\n"
            "of the Meeting of the Council of Heads of Government, the paper says.\n")
    evidence = ("organisation's one-day meeting, the prime ministers signed the Joint Communique "
                "of the Meeting of the Council of Heads of Government, the paper says.")
    art = _article(1, "example.org", evidence, body=body)
    blurb, _ = document_blurb(_doc(), [art], ("en",))
    assert blurb == "At the conclusion of the " + evidence


def test_a_quote_split_at_its_full_stops_is_blurbed_whole() -> None:
    """Blind set 6: 'The adoption of the Astana Declaration is planned too," said the
    President.' opened no quote: the card shows the President's whole quotation."""
    body = ('"Cooperation is crucial. The adoption of the Joint Communique of the Meeting of the '
            'Council of Heads of Government is planned too," said the President. He left.')
    evidence = ('The adoption of the Joint Communique of the Meeting of the Council of Heads of '
                'Government is planned too," said the President.')
    blurb, _ = document_blurb(_doc(), [_article(1, "example.org", evidence, body=body)], ("en",))
    assert blurb.startswith('"Cooperation is crucial. The adoption')
    assert blurb.endswith("said the President.")
    assert is_fragment(evidence) and not is_fragment(blurb)
    assert not is_fragment("The SCO signed «the declaration» today.")


def test_a_page_carrying_the_documents_text_is_blurbed_by_its_opening() -> None:
    """Blind set 6: an English page carrying a communique's text (its evidence only the
    communique's name, its heading) was passed over, and an English reader's card was blurbed
    by a Chinese report. The text's opening sentence, after the name and the page's date, says
    who met where and when: it is the English reader's blurb."""
    body = (f"Arabic Espanol Francais\n{NAME}\n2016-11-03 00:00\nA regular meeting of the Council "
            "of Heads of Government was held on 3 November 2016 in Bishkek. The prime "
            "ministers attended it.")
    own_page = _article(1, "mfa.example", NAME, body=body)
    chinese = _article(2, "zh.example", "会后，各国总理签署了《联合公报》。", language="zh")
    blurb, language = document_blurb(_doc(), [chinese, own_page], ("en",))
    assert blurb == ("A regular meeting of the Council of Heads of Government was held on "
                     "3 November 2016 in Bishkek.") and language == "en"
    # a sentence of a report that names the document still comes first
    report = _article(3, "example.org", f"The prime ministers signed the {NAME} on Thursday.")
    assert document_blurb(_doc("signed"), [own_page, report], ("en",))[0].startswith("The prime")
    # a name deep in a list of documents is not a heading: what follows it is not its blurb
    listing = ("The ministers met in Bishkek.\nThey discussed trade.\nThe agenda was long.\n"
               "They signed:\n- On the budget of the SCO for 2017;\n"
               f"- {NAME}\n- On the report of the Secretary-General on the past year of work.")
    assert document_blurb(_doc(), [_article(4, "x.example", NAME, body=listing)],
                          ("en",)) == ("", None)


def test_a_list_item_is_blurbed_without_its_bullet_and_semicolon() -> None:
    """The real set: a programme's card read "- On approval of the program ...;"."""
    item = _article(1, "example.org", f"- On approval of the {NAME} for 2017;")
    assert document_blurb(_doc(), [item], ("en",))[0] == f"On approval of the {NAME} for 2017"


def test_a_name_in_a_list_is_blurbed_with_the_line_that_leads_the_list() -> None:
    """Blind set 11: a Tianjin Declaration card read only "1. Тяньцзиньскую декларацию Совета
    глав государств — членов ШОС." (its own name again); with the list's lead it says who did
    what. The nearest lead is taken over nested lists; a short lead or none leaves the item."""
    body = ("The heads of state met in Bishkek on Thursday.\n"
            "Following the meeting, the heads of state signed the following documents:\n"
            "1. The Bishkek Declaration.\n"
            f"2. The decision approving the {NAME};\n"
            "3. The decision on the budget.")
    art = _article(1, "example.org", f"2. The decision approving the {NAME};", body=body)
    assert document_blurb(_doc(), [art], ("en",))[0] == (
        "Following the meeting, the heads of state signed the following documents: "
        f"The decision approving the {NAME}.")
    nested = ("Following the meeting, the heads of state signed the following documents:\n"
              "1. The Bishkek Declaration.\n"
              "2. The council's decision approving the documents of the meeting:\n"
              f"- the {NAME};\n- the plan of action for 2031.")
    art = _article(2, "example.org", f"- the {NAME};", body=nested)
    assert document_blurb(_doc(), [art], ("en",))[0] == (
        f"The council's decision approving the documents of the meeting: the {NAME}.")
    # a paragraph between the lead and the list: the item has no lead
    apart = ("They signed the following documents:\nThe talks were long.\n"
             f"- On approval of the {NAME} for 2017;")
    art = _article(3, "example.org", f"- On approval of the {NAME} for 2017;", body=apart)
    assert document_blurb(_doc(), [art], ("en",))[0] == f"On approval of the {NAME} for 2017"


def test_a_bullet_on_its_own_line_and_a_short_lead_after_a_sentence() -> None:
    """Blind set 14: a page set its bullets on lines of their own ("Среди них:\n-\nТяньцзиньская
    декларация ...") and led the list with a short "Among them:" after the sentence that says
    what was done: the card read the declaration's name alone. The bullet alone marks the next
    line as an item, and a short lead comes with the sentence before it (text written by the
    lead in that layout)."""
    body = ("The heads of state approved several key documents at the meeting in Bishkek.\n"
            "Among them:\n-\n"
            f"The decision approving the {NAME}.\n-\nThe decision on the budget.")
    art = _article(1, "example.org", f"The decision approving the {NAME}.", body=body)
    assert document_blurb(_doc(), [art], ("en",))[0] == (
        "The heads of state approved several key documents at the meeting in Bishkek. "
        f"Among them: The decision approving the {NAME}.")
    # a short lead with no sentence before it still leaves the item as it is
    alone = f"Among them:\n-\nThe decision approving the {NAME}."
    art = _article(2, "example.org", f"The decision approving the {NAME}.", body=alone)
    assert document_blurb(_doc(), [art], ("en",))[0] == f"The decision approving the {NAME}."


def test_without_a_report_in_the_readers_language_one_in_the_readers_script_comes_first() -> None:
    """Blind set 12: the Tianjin statements' card gave an English reader a Chinese sentence
    although a French report named them; with no English report, a Latin-script sentence is the
    one the reader can read (texts written by the developers). The Chinese report names the
    communiqué in Chinese, as Chinese reports do: a Chinese verb before a whole English title
    is mostly Latin letters, and since round 39 the title's words key apart from the verb."""
    chinese = _article(1, "xinhua.example", "會議發表了《政府首腦理事會會議聯合公報》。",
                       language="zh")
    french = _article(2, "journal.example", f"Les dirigeants ont adopté la {NAME} jeudi.",
                      language="fr")
    blurb, language = document_blurb(_doc(), [chinese, french], ("en",))
    assert language == "fr" and blurb.startswith("Les dirigeants")
    # a Chinese reader still gets the Chinese sentence
    assert document_blurb(_doc(), [chinese, french], ("zh",))[1] == "zh"


def test_a_preview_in_the_readers_script_is_not_the_blurb_of_a_done_document() -> None:
    """No report in English: a Latin-script sentence beats a Japanese one only among reports of
    the entry's kind of step. An Indonesian preview ("the summit will produce the declaration")
    told an English reader that a signed declaration was still to come (blind set 13); among
    done steps, a French "signed and published" still beats a Japanese "signed" (set 12)."""
    doc = SimpleNamespace(id=1, name="Samarkand Declaration", type="declaration", status="signed",
                          venue=None, meeting_date="2022-09-16", events=[])
    preview = _article(1, "beritasatu.com", "KTT juga akan menghasilkan Deklarasi Samarkand.",
                       language="id", status="planned")
    done_ja = _article(2, "japanese.china.org.cn",
                       "各国の指導者は「サマルカンド宣言」に署名した。", language="ja",
                       status="signed")
    assert document_blurb(doc, [preview, done_ja], ("en",))[1] == "ja"
    done_fr = _article(3, "example.fr", "Les dirigeants ont signé et publié la Déclaration de "
                       "Samarkand.", language="fr", status="adopted")
    assert document_blurb(doc, [preview, done_ja, done_fr], ("en",))[1] == "fr"
    # a reader of the preview's language still gets the report in that language first
    assert document_blurb(doc, [preview, done_ja], ("id",))[1] == "id"


def test_two_verbs_joined_by_a_conjunction_tell_both_steps() -> None:
    """Blind set 12's French report "ont signé et publié la Déclaration de Tianjin" told only
    "published" (adopted): the clause began after "et". Two verbs joined by a conjunction share
    the object, so the sentence tells two steps and no single one (round 78)."""
    from pipeline.digest import told_status
    # written for this test, in the shape of the set 12 and set 8 sentences
    assert told_status("Les dirigeants ont signé et publié la Déclaration de Samarkand.",
                       "declaration") is None
    assert told_status("Во время совещания был одобрен и подписан меморандум о транспорте.",
                       "memorandum") is None
    # a conjunction between two clauses is still a break: the clause naming the document tells
    # its own step
    assert told_status("25 documents were approved and the Astana Declaration was signed.",
                       "declaration") == "signed"
    assert told_status("The leaders met and signed the Astana Declaration.",
                       "declaration") == "signed"
