"""scripts/real_digest.py: the digest and register a reader gets from a real set, to read them."""

from __future__ import annotations

from pathlib import Path

from support import ROOT, load_script


def test_a_real_sets_digest_and_register_are_written_for_reading(tmp_path: Path) -> None:
    script = load_script("real_digest")
    out = tmp_path / "out"
    assert script.main(["--set", str(ROOT / "tests/data/real-blind3"), "--dir", str(out)]) == 0
    html = (out / "digest.html").read_text(encoding="utf-8")
    text = (out / "digest.txt").read_text(encoding="utf-8")
    register = (out / "documents.txt").read_text(encoding="utf-8")
    assert "NEW DOCUMENTS" in text and "STORIES" in text and "<html" in html.lower()
    assert "Dushanbe Declaration" in register and "SCO Heads of State Council" in register
    assert "(huì)" not in html  # converter readings are not shown to the reader
    assert (out / "scowatch.toml").is_file()  # the configuration `scowatch init` writes


def test_a_stand_in_headline_is_cut_at_a_word_with_an_ellipsis() -> None:
    """Blind set 5's register had "Charter for the Shang": the stand-in headline (the first
    sentence) was cut at 150 characters mid-word, and the cut name was registered."""
    script = load_script("real_digest")
    sentence = (
        "Presidents from China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan "
        "adopted at their summit meeting here Friday the Charter for the Shanghai Cooperation "
        "Organization (SCO), which the leaders said lays a firm legal foundation."
    )
    assert script._first_sentence(sentence).endswith(" the Charter for the …")
    assert script._first_sentence("The SCO met. Then it rained.") == "The SCO met."


def test_the_left_out_line_is_not_counted_as_an_entry(tmp_path: Path) -> None:
    """The aid counted the "Left out" line (a cell styled like a story) as one more entry on
    every set (written by the developers)."""
    script = load_script("real_digest")
    (tmp_path / "items.jsonl").write_text(
        '{"url": "https://a.example/1", "story": "s1"}\n'
        '{"url": "https://b.example/1", "story": "s2"}\n', encoding="utf-8")
    html = ('<table><tr><td class="doc"><a href="https://a.example/1">A</a></td></tr>'
            '<tr><td class="it"><a class="h" href="https://b.example/1">B</a></td></tr>'
            '<tr><td class="it m">4 not about the SCO</td></tr></table>')
    assert script.entries_and_events(html, tmp_path) == (2, 2)


def test_a_stand_in_headline_is_no_dateline() -> None:
    """Blind set 18's digest had three TASS stories headed "MOSCOW, November 18.": the text's
    first "sentence" was its dateline. Sentences written for this test, in TASS's style."""
    script = load_script("real_digest")
    assert script._first_sentence("MOSCOW, November 18. /TASS/. China is ready. More.") == (
        "China is ready.")
    assert script._first_sentence("QINGDAO /China/, June 25. /TASS/. A minister arrived.") == (
        "A minister arrived.")
    # blind set 23's digest: a country after the place, an outlet's name as a sentence
    assert script._first_sentence("BISHKEK, Kyrgyzstan, July 4. The president spoke.") == (
        "The president spoke.")
    assert script._first_sentence("UrduPoint. The experts met by video.") == (
        "The experts met by video.")
    assert script._first_sentence("UrduPoint.com SCO group meets. The experts met.") == (
        "UrduPoint.com SCO group meets.")
    # a sentence that only opens with a place stays
    assert script._first_sentence("On May 20-21, in Astana, Lavrov met.") == (
        "On May 20-21, in Astana, Lavrov met.")
