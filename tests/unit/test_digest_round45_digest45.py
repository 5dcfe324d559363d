"""Round 45 (digest45): a preview in the reader's language is not a report of the adoption.

The sentences are real ones, from the dev sets' reports (their set and outlet named at each).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

from pipeline.digest import (
    card_blurb,
    document_blurb,
    marked_if_cut,
    reader_script,
    text_script,
    with_list_lead,
)
from pipeline.render import Digest, DigestDocument, render_digest

SUMMIT = datetime(2024, 7, 4, 12, tzinfo=UTC)
EVE = datetime(2024, 7, 3, 9, tzinfo=UTC)

# set 34, president.gov.by (English), the summit's first day
EN_PREVIEW = ("An Astana declaration is expected to be passed during the session in addition to "
              "over 20 various decisions and statements concerning various spheres of "
              "cooperation.")
# set 34, korea.wdpp.org: a future passive ("will be signed") the register read as done before
# round 43, which made the card "adopted"
KO_SIGNED = "회의 후 아스타나 선언 및 기타 공동 문서가 서명됩니다."
# set 14, a French report of the Astana council
FR_ADOPTED = ("L’un des moments phares du sommet a été l’adoption de la Déclaration d’Astana, un "
              "document soulignant l’engagement des membres de l’OCS envers un ordre mondial "
              "multipolaire équitable.")
# set 34, tverskaya13.ru (Russian), the summit's first day
RU_PREVIEW = ("Лукашенко обсудит вопросы деятельности организации и вклад Республики Беларусь в "
              "решение её задач. По результатам мероприятия может быть принята Астанинская "
              "декларация.")


def _doc(status: str = "adopted") -> Any:
    return SimpleNamespace(id=1, name="Astana Declaration", type="declaration", status=status,
                           venue=None, meeting_date="2024-07-04", events=[])


def _article(art_id: int, evidence: str, language: str, status: str,
             published: datetime | None = SUMMIT) -> Any:
    mention = SimpleNamespace(document_id=1, evidence=evidence, status=status)
    return SimpleNamespace(id=art_id, source=f"outlet{art_id}.example", language=language,
                           published_at=published, first_seen_at=SUMMIT, mentions=[mention],
                           body="", title="")


def test_the_readers_preview_no_longer_blurbs_an_adopted_card_over_a_readable_report() -> None:
    """Set 34 before round 43: the Astana Declaration's card said "adopted" and its English
    blurb "is expected to be passed". With a French report of the adoption, an English reader
    gets the French sentence: the English one is a preview, not a report of the adoption."""
    preview = _article(1, EN_PREVIEW, "en", "planned", published=EVE)
    french = _article(2, FR_ADOPTED, "fr", "adopted")
    blurb = card_blurb(_doc(), [preview, french], ("en",))
    assert (blurb.text, blurb.language, blurb.preview) == (FR_ADOPTED, "fr", False)
    # a reader of French and English gets it too (before: English first, whatever it said)
    assert document_blurb(_doc(), [preview, french], ("en", "fr")) == (FR_ADOPTED, "fr")
    # the card of the plan keeps the English preview: it fits a planned card
    planned = card_blurb(_doc("planned"), [preview, french], ("en",))
    assert (planned.text, planned.preview) == (EN_PREVIEW, False)


def test_a_preview_stands_marked_when_the_adoption_is_told_only_in_another_script() -> None:
    """The set 34 card itself: an English preview and a Korean sentence read as done. A Korean
    sentence tells an English reader nothing; the English preview stays, marked as a preview
    (it was the blurb, unmarked, before)."""
    preview = _article(1, EN_PREVIEW, "en", "planned", published=EVE)
    korean = _article(2, KO_SIGNED, "ko", "signed")
    blurb = card_blurb(_doc(), [preview, korean], ("en",))
    assert (blurb.text, blurb.language, blurb.preview) == (EN_PREVIEW, "en", True)
    # a Korean reader gets the Korean sentence, unmarked
    korean_reader = card_blurb(_doc(), [preview, korean], ("ko",))
    assert (korean_reader.language, korean_reader.preview) == ("ko", False)


def test_a_preview_published_before_the_meeting_does_not_fit_a_done_card() -> None:
    """A report from before the meeting is a preview whatever step the finder read in it: a
    French report of the adoption from the summit on comes first for an English reader."""
    early = _article(1, "The leaders will adopt the Astana Declaration.", "en", "adopted",
                     published=datetime(2024, 6, 20, tzinfo=UTC))
    french = _article(2, FR_ADOPTED, "fr", "adopted")
    assert document_blurb(_doc(), [early, french], ("en",))[1] == "fr"
    # without the French report the early English one stays (not marked: its step is done)
    alone = card_blurb(_doc(), [early], ("en",))
    assert (alone.language, alone.preview) == ("en", False)


def test_a_russian_reader_reads_the_cyrillic_script() -> None:
    """The reader's script is known for Cyrillic and Arabic readers too, not only Latin ones:
    with no report in Russian, a Russian reader gets a Cyrillic sentence before a French one."""
    assert reader_script(("ru",)) == "cyrillic" and reader_script(("zh",)) is None
    assert text_script(RU_PREVIEW) == "cyrillic" and text_script(KO_SIGNED) == "hangul"
    kazakh = _article(1, "Саммит қорытындысы бойынша Астана декларациясы қабылданды.", "kk",
                      "adopted")
    french = _article(2, FR_ADOPTED, "fr", "adopted")
    assert document_blurb(_doc(), [french, kazakh], ("ru",))[1] == "kk"
    # a Russian preview still gives way to the Kazakh report of the adoption
    preview = _article(3, RU_PREVIEW, "ru", "planned", published=EVE)
    assert card_blurb(_doc(), [preview, french, kazakh], ("ru",)).language == "kk"


def _card(preview: bool) -> DigestDocument:
    return DigestDocument(name="Astana Declaration", type="declaration", status="adopted",
                          meeting="SCO Heads of State Council, Astana", date=date(2024, 7, 4),
                          summary="", blurb=EN_PREVIEW, blurb_language="en",
                          blurb_preview=preview)


def test_the_digest_says_a_blurb_is_a_preview() -> None:
    """Both parts say "Told before it was adopted:" above a preview's blurb, and only there."""
    now = datetime(2024, 7, 6, tzinfo=UTC)
    for preview in (True, False):
        digest = Digest(subscriber_email="r@example.org", period_start=None, period_end=now,
                        documents=[_card(preview)], stories=[], filtered_counts={},
                        unsubscribe_url=None, generated_at=now)
        rendered = render_digest(digest)
        for part in (rendered.text, rendered.html):
            assert ("Told before it was adopted:" in part) == preview
            assert "expected to be passed" in part


# set 32, www.einpresswire.com: the Samarkand summit's decisions, the list's colon lost
SAMARKAND_LIST = (
    "UZBEKISTAN, September 18 - On September 16, Samarkand hosted a meeting of the Council of "
    "Heads of State of the Shanghai Cooperation Organization.\n"
    "A record number of agreements, concepts, programs and other decisions have been adopted – "
    "44 documents in total. Including\n"
    "– on the Comprehensive Action Plan for 2023-2027 for the implementation of the provisions "
    "of the Treaty on Long-Term Good Neighborliness, Friendship and Cooperation of the SCO "
    "Member States;\n"
    "– on signing the Memorandum of Obligations by Iran to obtain the status of an SCO member "
    "state;\n")


def test_a_paragraph_running_on_into_its_list_leads_it() -> None:
    """Set 32: the card of Iran's memorandum was blurbed "on signing the Memorandum of
    Obligations by Iran ..." (a list item, lower case, without who did what): the paragraph
    above the list, its last sentence cut by the lost colon, now leads it."""
    item = ("on signing the Memorandum of Obligations by Iran to obtain the status of an SCO "
            "member state")
    assert with_list_lead(item, SAMARKAND_LIST) == (
        "A record number of agreements, concepts, programs and other decisions have been adopted "
        "– 44 documents in total. Including: " + item + ".")
    # a heading above a list (one phrase, no sentence in it) still leads nothing
    heading = f"Documents of the Samarkand summit of the SCO in 2022\n– {item};\n"
    assert with_list_lead(item, heading) == item
    # nor does a paragraph that ends its sentence before the list
    whole = f"A record number of documents were adopted at the summit in Samarkand.\n– {item};\n"
    assert with_list_lead(item, whole) == item


# set 33, gstimes.in (Hindi): the Bishkek Declaration issued at the summit's close
HI_ISSUED = "सम्मेलन की समाप्ति पर बिश्केक घोषणापत्र (Bishkek Declaration) जारी की गई।"


def test_the_danda_ends_a_sentence() -> None:
    """A Hindi sentence ends with "।": it is a sentence, not a heading, and the end of a text
    it closes is not marked cut."""
    body = f"- इस बैठक में भारत का प्रतिनधित्व प्रधानमंत्री श्री नरेंद्र मोदी ने किया।\n- {HI_ISSUED}"
    assert marked_if_cut(HI_ISSUED, body) == HI_ISSUED
    doc: Any = SimpleNamespace(id=1, name="Bishkek Declaration", type="declaration",
                               status="adopted", venue=None, meeting_date="2019-06-14", events=[])
    heading: Any = _article(1, "बिश्केक घोषणापत्र (Bishkek Declaration) जारी", "hi", "adopted")
    heading.source = "a.example"
    sentence = _article(2, HI_ISSUED, "hi", "adopted")
    # the heading's outlet is the more authoritative one: only the sentence's end tells them apart
    assert document_blurb(doc, [heading, sentence], ("hi",))[0] == HI_ISSUED


def test_a_shared_card_says_which_step_its_preview_came_before() -> None:
    """Set 33's Astana 2017 card: the statement and the convention share President
    Nazarbayev's "the SCO Convention on counter-extremism that we are about to sign"; the card
    says it was told before they were signed, once."""
    now = datetime(2017, 6, 12, tzinfo=UTC)
    said = ('"I would like to note that the SCO Convention on counter-extremism that we are about '
            'to sign is also relevant," the Head of State said.')
    docs = [DigestDocument(name=name, type=kind, status="signed",
                           meeting="SCO Heads of State Council, Astana", date=date(2017, 6, 9),
                           summary="", blurb=said, blurb_language="en", blurb_preview=preview)
            for name, kind, preview in (
                ("SCO Heads of State's Statement on joint fight against international terrorism",
                 "joint_statement", False),
                ("SCO Convention on Countering Extremism", "agreement", True))]
    digest = Digest(subscriber_email="r@example.org", period_start=None, period_end=now,
                    documents=docs, stories=[], filtered_counts={}, unsubscribe_url=None,
                    generated_at=now)
    rendered = render_digest(digest)
    for part in (rendered.text, rendered.html):
        assert part.count("Told before it was signed:") == 1
        assert part.count("about to sign") == 1
