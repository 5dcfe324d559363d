"""The Tagalog future (contemplated aspect) reads as to come on an undated page (by the lead,
blind set 22 as dev: an undated Tagalog preview, "ay gaganapin sa Tianjin", joined the Tianjin
summit's story in an archive crawl). Every sentence here is written by the developers."""

from __future__ import annotations

import pytest

from pipeline.stories import _TO_COME_UNDATED


@pytest.mark.parametrize("text", [
    "Ang SCO Summit ay gaganapin sa Tianjin mula Agosto 31.",  # will be held
    "Ang mga lider ay dadalo sa pulong.",  # will attend
    "Si Pangulong Xi ay magho-host ng isang piging.",  # will host
    "Magtitipon ang mga lider sa Qingdao.",  # will gather
])
def test_the_tagalog_future_is_to_come(text: str) -> None:
    assert _TO_COME_UNDATED.search(text)


@pytest.mark.parametrize("text", [
    "Ang SCO Summit ay ginanap sa Tianjin noong Setyembre 1.",  # was held
    "Ang mga lider ay dumalo sa pulong.",  # attended
    "Nagtipon ang mga lider sa Qingdao.",  # gathered
    "The magma of the mama bear ay ang.",  # English words and a bare "ay"
])
def test_the_completed_aspect_and_other_words_are_not(text: str) -> None:
    assert not _TO_COME_UNDATED.search(text)
