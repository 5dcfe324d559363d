"""Round 79 (speed79): the finder's faster paths find exactly what the slow ones found.

An article's sentences are split once; a page's headline is compiled into a regex only when a
bracket follows it. Each test compares the fast path with the plain reading on real text of the
sets. (Round 79's third path, LazyLeadFiltered, is gone since round 81: the cited_decision
fragments it skipped read their clause back from the decision word, meetings.ClauseBack, and
test_tagging_round81_tidy81.py holds its tests.)
"""

from __future__ import annotations

from pipeline.documents.base import sentences
from pipeline.page_form import background_page


def test_sentences_are_a_fresh_list_each_time():
    text = "The SCO met in Astana. The heads of state signed the declaration.\nA new line"
    first = sentences(text)
    assert first == [(0, 22), (22, 65), (66, 76)]
    first.append((0, 1))  # a caller's list is its own: the text's spans, split once, stay
    assert sentences(text) == [(0, 22), (22, 65), (66, 76)]


def test_a_headline_is_introduced_with_its_abbreviation_only_before_a_bracket():
    title = "China-SCO Local Economic and Trade Cooperation Demonstration Area"
    body = ("The China-SCO Local Economic and Trade Cooperation Demonstration Area (SCODA) is of "
            "great political significance.")
    assert background_page(title, body)
    assert background_page(title.upper(), body)  # read without regard to case
    assert not background_page(title, body.replace("(SCODA)", "SCODA"))
    assert not background_page(title, body.replace("(SCODA)", "（SCODA"))
    assert background_page(title, body.replace("(SCODA)", "（SCODA）"))

