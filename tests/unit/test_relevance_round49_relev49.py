"""Round 49 of relevance (blind set 36 as dev): the SCO's names in Hebrew, the spaced Hindi
"शांग हाई", Telugu's other spellings of Shanghai and of the letters, Tamil's letters, and "the
Shanghai (cooperation) summit" in Hindi, Telugu and Tamil as the SCO's summit. Sentences marked
"set 36" are the set's own, cut short; the others were written by us (the round-49 helper) for
these tests."""

from __future__ import annotations

from pipeline.tagging import RELEVANCE_THRESHOLD, analyse


def kept(gaz, title: str, body: str) -> bool:
    return analyse(gaz, title, body).relevance >= RELEVANCE_THRESHOLD


def found(gaz, title: str, body: str) -> list[str]:
    analysis = analyse(gaz, title, body)
    return [analysis.text[m.start : m.end] for m in analysis.sco]


# ---- Hebrew ---------------------------------------------------------------------------------


def test_hebrew_name_of_cooperation_of_shanghai(gaz) -> None:
    # set 36 (kikar.co.il), cut short
    title = (
        "בטיאנז’ין שבסין נפתחה היום (ראשון) פסגת ארגון שיתוף הפעולה של שאנגחאי (SCO), "
        "שנמשכת יומיים."
    )
    assert "ארגון שיתוף הפעולה של שאנגחאי" in found(gaz, title, "")
    assert kept(gaz, title, "")


def test_hebrew_name_shanghai_for_cooperation_with_prefix(gaz) -> None:
    # written by us: "at the summit of the SCO" with the prefix ב on the organisation
    title = "נשיא סין נאם בכנס בארגון שנגחאי לשיתוף פעולה"
    assert found(gaz, title, "") == ["בארגון שנגחאי לשיתוף פעולה"]


def test_hebrew_city_alone_is_not_the_sco(gaz) -> None:
    # written by us: "A new bridge opened in Shanghai" with a stray SCO (a firm) in the body
    title = "גשר חדש נפתח בשנחאי"
    body = "חברת SCO הודיעה על הפרויקט."
    assert found(gaz, title, body) == []
    assert not kept(gaz, title, body)


# ---- Hindi ----------------------------------------------------------------------------------


def test_hindi_spaced_shanghai(gaz) -> None:
    # set 36 (hindi.cri.cn, Dushanbe 2008), cut short
    title = "शांग हाई सहयोग संगठन का 8वां शिखर सम्मेलन 28 तारीख को दुशानबे में शुरू हुआ ।"
    assert found(gaz, title, "") == ["शांग हाई सहयोग संगठन"]
    assert kept(gaz, title, "")


def test_hindi_shanghai_summit_headline(gaz) -> None:
    # written by us: "PM Modi to attend the Shanghai summit"
    assert kept(gaz, "शंघाई शिखर सम्मेलन में भाग लेंगे प्रधानमंत्री मोदी", "")


def test_hindi_summit_held_in_shanghai_is_not_the_sco(gaz) -> None:
    # written by us: "the CICA summit held in Shanghai": the city, then "in", is no name
    title = "शंघाई में आयोजित सीआईसीए शिखर सम्मेलन में राष्ट्रपति ने भाषण दिया"
    assert found(gaz, title, "") == []
    assert not kept(gaz, title, "")


# ---- Telugu ---------------------------------------------------------------------------------


def test_telugu_shanghai_summit_and_short_letters(gaz) -> None:
    # set 36 (nijamtoday.com, Samarkand 2022 preview), cut short
    title = "షాంఘై శిఖరాగ్ర సదస్సుకు హాజరుకానున్న ప్రధాని మోదీ"
    body = (
        "సమర్కండ్ లో జరగనున్న షాంఘై సహకార సంస్థ (ఎస్సిఒ) శిఖరాగ్ర సమావేశానికి ప్రధాని హాజరు "
        "కానున్నారు. ఎస్సిఒ చివరి సమావేశం 2019 జూన్ నెలలో బిష్కెక్లో జరిగింది."
    )
    names = found(gaz, title, body)
    assert "షాంఘై శిఖరాగ్ర సదస్సుకు" in names
    assert names.count("ఎస్సిఒ") == 2
    assert kept(gaz, title, body)


def test_telugu_shanghai_without_its_h(gaz) -> None:
    # set 36 (navatelangana.com), cut short
    body = "టియాంజిన్లో జరగనున్న షాంగై సహకార సంస్థ (ఎస్సిఓ) శిఖరాగ్ర సమావేశానికి హాజరకానున్నారు."
    assert found(gaz, "ప్రధాని మోడీ చైనాకు", body) == ["షాంగై సహకార సంస్థ", "ఎస్సిఓ"]


def test_telugu_city_news_is_not_the_sco(gaz) -> None:
    # written by us: "heavy rain in Shanghai city"
    title = "షాంఘై నగరంలో భారీ వర్షం"
    assert found(gaz, title, "") == []
    assert not kept(gaz, title, "")


# ---- Tamil ----------------------------------------------------------------------------------


def test_tamil_shanghai_cooperation_summit(gaz) -> None:
    # set 36 (gemlive.tv, Tianjin 2025 preview), cut short
    title = "சீனாவில் நடைபெறும் ஷாங்காய் ஒத்துழைப்பு உச்சி மாநாட்டில் பிரதமர் நரேந்திர மோடி பங்கேற்க உள்ளார்."
    assert found(gaz, title, "") == ["ஷாங்காய் ஒத்துழைப்பு உச்சி மாநாட்டில்"]
    assert kept(gaz, title, "")


def test_tamil_letters(gaz) -> None:
    # written by us: "the SCO summit in Tianjin"
    assert found(gaz, "தியான்ஜின் நகரில் எஸ்சிஓ உச்சி மாநாடு", "") == ["எஸ்சிஓ"]


def test_tamil_city_news_is_not_the_sco(gaz) -> None:
    # written by us: "a film festival in Shanghai city"
    title = "ஷாங்காய் நகரில் திரைப்பட விழா தொடங்கியது"
    assert found(gaz, title, "") == []
    assert not kept(gaz, title, "")
