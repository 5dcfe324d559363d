"""Round 11 (blind set 10 as dev): the SCO's names in more languages and spellings (Tamil,
Malay, Albanian, Sindhi, the Portuguese "da Cooperação", the English name in Devanagari), the
Arabic-script letters written two ways folded in name matching, and "Secretariat" before an
ambiguous abbreviation. The texts are short ones written by the scowatch developers in the style
of real reports, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from pipeline.tagging import fold, tag_article

# (language, title, body): each names the SCO only in a form added in round 11
RELEVANT = [
    ("ta", "ஷாங்காய் ஒத்துழைப்பு அமைப்பின் உச்சிமாநாடு நிறைவு",
     "ஷாங்காய் ஒத்துழைப்பு அமைப்பின் உறுப்பு நாடுகளின் தலைவர்கள் கூட்டறிக்கையில் கையெழுத்திட்டனர்."),
    ("ta", "ஷாங்ஹாய் ஒத்துழைப்பு அமைப்பில் புதிய உறுப்பினர்",
     "ஷாங்ஹாய் ஒத்துழைப்பு அமைப்பு புதிய உறுப்பு நாட்டை வரவேற்றது."),
    ("ms", "Mesyuarat Pertubuhan Kerjasama Shanghai di Bishkek",
     "Menteri-menteri Pertubuhan Kerjasama Shanghai (SCO) bertemu di Bishkek pada hari Jumaat."),
    ("sq", "Takimi i Organizatës së Bashkëpunimit të Shangait",
     "Ministrat e Organizatës së Bashkëpunimit të Shangait u mblodhën në Moskë."),
    ("sd", "شنگهائي تعاون تنظيم جو اجلاس",
     "شنگهائي تعاون تنظيم جي وزيرن جو اجلاس اڄ شروع ٿيو."),
    ("pt", "Reunião da Organização da Cooperação de Xangai",
     "Os ministros da Organização da Cooperação de Xangai reuniram-se na segunda-feira."),
    ("hi", "शंघाई कोऑपरेशन ऑर्गनाइजेशन की बैठक",
     "शंघाई कोऑपरेशन ऑर्गनाइजेशन के रक्षा मंत्रियों की बैठक आज शुरू हुई।"),
    # the Arabic name written with a Persian yeh and a keheh, as Persian outlets do
    ("ar", "اجتماع منظمة شنغهای للتعاون",
     "أکد وزراء منظمة شنغهای للتعاون فی اجتماعهم على التعاون الاقتصادي."),
    # "OCS" after the Secretariat: no other word of the sentence marks the SCO reading
    ("es", "Aniversario de la Secretaría",
     "El canciller asistió a la recepción por el aniversario de la Secretaría de la OCS."),
]


@pytest.mark.parametrize(("lang", "title", "body"), RELEVANT)
def test_names_of_round_11_make_a_report_about_the_sco(gaz, lang, title, body) -> None:
    assert tag_article(gaz, title, body).sco_relevant, lang


def test_arabic_letter_variants_fold_one_for_one() -> None:
    # Persian yeh and Arabic yeh, keheh and kaf, heh doachashmee and heh: one form each
    assert fold("شنغهای") == fold("شنغهاي") == fold("شنغهاى")
    assert fold("شنگھائی") == fold("شنگهائي")
    assert fold("کونسل") == fold("كونسل")
    # lengths hold, so that match offsets stay valid
    assert len(fold("منظمة شنغهای")) == len("منظمة شنغهای")
    assert fold("Shanghai") == "shanghai"


def test_ocs_without_a_context_word_stays_ambiguous(gaz) -> None:
    # "OCS" with no SCO context: a cable channel's programme
    tags = tag_article(gaz, "Programación", "La cadena OCS estrena una serie el lunes.")
    assert not tags.sco_relevant


# (language, text, venue): spellings of the venue added in round 11 (venues.toml); Bengali "য়"
# is written as one letter or as "য" with a nukta, and both are listed
VENUES = [
    ("ur", "شنگھائی تعاون تنظیم کے وزرائے خارجہ کا اجلاس تھیان جن میں منعقد ہوا۔", "Tianjin"),
    ("bn", "সাংহাই সহযোগিতা সংস্থার বৈঠক তিয়ানজিনে শুরু হয়েছে।", "Tianjin"),
    ("bn", "সাংহাই সহযোগিতা সংস্থার বিদেশমন্ত্রীদের বৈঠক গো\u09df\u09be\u09df শুরু হবে।", "Goa"),
    ("bn", "সাংহাই সহযোগিতা সংস্থার বিদেশমন্ত্রীদের বৈঠক গো\u09af\u09bc\u09be\u09af\u09bc "
           "শুরু হবে।", "Goa"),
    ("ta", "ஷாங்காய் ஒத்துழைப்பு அமைப்பின் கூட்டம் தியான்ஜின் நகரில் நடைபெற்றது.", "Tianjin"),
]


@pytest.mark.parametrize(("lang", "text", "venue"), VENUES)
def test_venue_spellings_of_round_11(gaz, lang, text, venue) -> None:
    assert venue in tag_article(gaz, "", text, lang).venues
