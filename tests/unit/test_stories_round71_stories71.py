"""Round 71 of stories (stories71; blind set 52 as dev): a dateline's city in an Indic script
is read with its vowel signs and viramas (_dateline_city: "नई दिल्ली:", "டெல்லி:"), and a Bengali
page saying the meeting "is going to be held" or naming it "upcoming" is its preview or
announcement (event_phase "ahead"), not a report of it; a page opening on its subject's name
glossed in two labelled languages is an encyclopedia entry (glossed_entry)."""

from __future__ import annotations

from datetime import date

from pipeline.stories import _dateline_city, event_phase, found_preview, glossed_entry
from tests.unit.round_helpers import meeting_of

# blind set 5, r-c6480c6e12 (Zee News Hindi): Rajnath Singh leaves for the Moscow defence
# ministers' meeting, filed from New Delhi
HINDI_DELHI = ("नई दिल्ली: रक्षा मंत्री राजनाथ सिंह आज रूस जाने वाले हैं. जी दरअसल वह शंघाई सहयोग "
               "संगठन (SCO) की एक महत्वपूर्ण बैठक में हिस्सा लेने जा रहे हैं.")
# blind set 41, r-0f3706c2f6 (Tamil, 15 September 2022): Modi leaves Delhi for Samarkand
TAMIL_DELHI = ("டெல்லி: ஷாங்காய் ஒத்துழைப்பு மாநாட்டில் கலந்துகொள்ள பிரதமர் நரேந்திர மோடி "
               "டெல்லியில் இருந்து உஸ்பெகிஸ்தானின் சமர்கண்ட் புறப்பட்டுள்ளார்.")
# blind set 52, r-5adbcd41ec (undated, Bengali): the New Delhi summit of 4 July 2023 announced
BENGALI_ANNOUNCED = (
    "৪ জুলাই ভারতের রাজধানী নয়াদিল্লিতে অনুষ্ঠিত হতে যাচ্ছে সাংহাই সহযোগিতা সংস্থা বা এসসিওর "
    "শীর্ষ সম্মেলন। আর আসন্ন এই শীর্ষ সম্মেলনের অন্যতম প্রধান এজেন্ডা হচ্ছে ইরানকে পূর্ণ "
    "সদস্যপদ প্রদান করা।"
)
# blind set 52, r-1037b6de53 (undated, Bengali): Iran admitted at the Dushanbe summit, reported
BENGALI_HELD = (
    "আনুষ্ঠানিকভাবে সাংহাই সহযোগিতা সংস্থার পূর্ণ সদস্যের মর্যাদা পেয়েছে ইরান। তাজিকিস্তানের "
    "রাজধানী দুশানবেতে অনুষ্ঠিত সংস্থাটির ২১তম শীর্ষ সম্মেলনে শুক্রবার ইরানকে নতুন সদস্য হিসেবে "
    "গ্রহণ করা হয়।"
)


def test_an_indic_datelines_city_keeps_its_vowel_signs() -> None:
    assert _dateline_city(HINDI_DELHI) == "नई दिल्ली"
    assert _dateline_city(TAMIL_DELHI) == "டெல்லி"
    assert _dateline_city("बिश्केक: प्रधानमंत्री नरेंद्र मोदी") == "बिश्केक"
    # the capitals and Urdu datelines read before are unchanged
    assert _dateline_city("NEW DELHI: The much awaited meeting") == "NEW DELHI"
    assert _dateline_city("اسلام آباد: وزیر خارجہ بلاول بھٹو زرداری") == "اسلام آباد"


def test_no_indic_dateline_without_its_colon_or_in_a_sentence() -> None:
    # a sentence opening with no colon after a short phrase is no dateline
    assert _dateline_city(HINDI_DELHI.replace("नई दिल्ली: ", "")) is None
    # a lower-case Latin city before a colon is still not one
    assert _dateline_city("Moscow: the ministers met") is None
    # more than three words before the colon: a clause, not a city
    assert _dateline_city("પાકિસ્તાનના વિદેશ મંત્રી બિલાવલ ભુટ્ટો: x") is None


def test_bengali_going_to_be_held_and_upcoming_are_to_come() -> None:
    assert event_phase("", BENGALI_ANNOUNCED) == "ahead"
    assert event_phase("", "আসন্ন শীর্ষ সম্মেলনে ইরান যোগ দিচ্ছে") == "ahead"
    summit = meeting_of("hsc-2023-new-delhi")
    assert found_preview("", BENGALI_ANNOUNCED, date(2023, 8, 3), summit)


def test_a_bengali_report_of_the_summit_held_is_not_to_come() -> None:
    assert event_phase("", BENGALI_HELD) != "ahead"
    # "going" to a venue is not the meeting "going to be held" in to_come
    assert event_phase("", "প্রধানমন্ত্রী সম্মেলন শেষে দেশে ফিরে যাচ্ছেন") != "ahead"


# the real set, r-ed362818e5 (undated, russianwiki.com): the Astana 2024 summit's entry
RU_WIKI = (
    "Астанинский саммит Шанхайской организации сотрудничества—2024 (каз. Шанхай ынтымақтастық "
    "ұйымының Астана саммиті—2024, англ. Astana Summit of the Shanghai Cooperation "
    "Organization—2024, кит. упр. 2024年上海合作组织阿斯塔纳峰会) — ежегодное заседание Совета "
    "глав государств-членов организации, которое прошло в 24-й раз 3—4 июля 2024 года в столице "
    "Республики Казахстан — городе Астане"
)
# blind set 32, r-ad03aaf798 (Deutschlandfunk, 30 June 2024): a report glossing the SCO's name
DE_REPORT = (
    "Der Gipfel in Astana: Die Shanghaier Organisation für Zusammenarbeit (SOZ, englisch "
    "Shanghai Cooperation Organisation, SCO) kommt in dieser Woche in Kasachstan zusammen."
)


def test_a_name_glossed_in_two_labelled_languages_opens_an_entry() -> None:
    assert glossed_entry(RU_WIKI)
    assert glossed_entry("The 2024 SCO summit (Russian: Саммит ШОС; Chinese: 上合峰会) was held "
                         "in Astana on 3-4 July 2024.")


def test_a_report_glossing_a_name_once_or_late_is_no_entry() -> None:
    assert not glossed_entry(DE_REPORT)
    # blind set 35's Chinese report glosses the SCO's name in Russian only
    assert not glossed_entry("上海合作组织(俄语: Шанхайская организация сотрудничества,ШОС;)"
                             "青岛峰会")
    # two labels in a parenthesis far below the opening are no entry's gloss
    assert not glossed_entry("Саммит прошёл в Астане. " * 12 + RU_WIKI[60:])
