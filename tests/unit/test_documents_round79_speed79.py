"""Round 79 (speed79): the finder's faster paths find exactly what the slow ones found.

A lazily led fragment of cited_decision ("[^,;.:!?]{0,100}?...қарор... амалга ошир") is left out
of the alternation where its core occurs nowhere in the sentence; an article's sentences are
split once; a page's headline is compiled into a regex only when a bracket follows it. Each
test compares the fast path with the plain reading on real text of the sets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from pipeline.documents import meetings
from pipeline.documents.base import sentences
from pipeline.documents.meetings import LazyLeadFiltered, earlier_agreement_spans
from pipeline.page_form import background_page

DATA = Path(__file__).resolve().parents[1] / "data"

# blind set 45 (Uzbek): the decision of the heads of state council in Ufa, carried out
UZBEK = ("ШҲТга аъзо давлатларнинг Уфа шаҳридаги (Россия) Давлат раҳбарлари кенгаши қарорини "
         "амалга ошириш доирасида дипломатик миссия")
# blind set 27 (Chinese and English): an earlier summit's agreement cited
CITED = [
    "根据纪念峰会(上海,2006年6月15日)达成的协议,元首们签署了《长期睦邻友好合作条约》",
    "In accordance with the agreement reached at the anniversary summit (Shanghai, 15 June "
    "2006), the heads of state signed the Treaty on Long-Term Good-Neighbourliness.",
]


def _plain_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in meetings._EARLIER_AGREEMENT.finditer(text)]


def test_the_lazily_led_fragments_are_left_out_only_where_their_core_is_absent():
    read = meetings._EARLIER_AGREEMENT_READ
    assert read.cores is not None and read.reduced is not read.full
    assert len(read.reduced.pattern) < len(read.full.pattern)
    # the Uzbek clause is found, from the start of its clause, by the full pattern
    assert read._for(UZBEK, 0, len(UZBEK)) is read.full
    assert earlier_agreement_spans(UZBEK) == _plain_spans(UZBEK) != []
    assert UZBEK[slice(*earlier_agreement_spans(UZBEK)[0])].startswith("ШҲТга")
    for text in CITED:
        assert read._for(text, 0, len(text)) is read.reduced
        assert earlier_agreement_spans(text) == _plain_spans(text) != []


def test_every_sentence_of_two_real_sets_gets_the_same_cited_clauses():
    """Sets 27 and 45 hold the Chinese, English, Russian and Uzbek clauses the rule reads."""
    read = 0
    for name in ("real-blind27", "real-blind45"):
        for line in (DATA / name / "items.jsonl").read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            for start, end in sentences(text):
                sentence = text[start:end]
                assert earlier_agreement_spans(sentence) == _plain_spans(sentence), sentence
                plain = meetings._CITED_DECISION_RE.full.search(sentence)
                fast = meetings._CITED_DECISION_RE.search(sentence)
                assert (plain and plain.span()) == (fast and fast.span()), sentence
                read += 1
    assert read > 500


def test_a_lazy_fragment_that_is_not_a_whole_alternative_keeps_the_full_pattern():
    fragment = r"[^,.]{0,50}?karar\w*"
    whole = re.compile(r"foo|" + fragment + r"\s+bar", re.IGNORECASE)
    filtered = LazyLeadFiltered(whole, [fragment])
    assert filtered.cores is None and filtered.reduced is whole
    led = re.compile(r"foo|" + fragment + r"|baz", re.IGNORECASE)
    filtered = LazyLeadFiltered(led, [fragment])
    assert filtered.reduced.pattern == "foo|baz"
    text = "the old foo, then the Karar and baz"
    assert [m.span() for m in filtered.finditer(text)] == [m.span() for m in led.finditer(text)]
    assert [m.span() for m in filtered.finditer("foo and baz")] == [(0, 3), (8, 11)]


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

