"""Round 73 (stories73, blind sets 24, 42, 20 and 23): Bengali dates are read (month names and
the ordinal endings of the day), so a Bengali preview announces its meeting.
Sentences marked "written" were written for the test; the others are quoted from the sets."""

from datetime import date

from round_helpers import noon

from pipeline.stories import event_days, event_phase, is_preview, lead_dates, month_days


def test_bengali_preview_dates_what_is_to_come():
    # set 24, 12 September 2022: Modi will arrive in Samarkand on 14 September and attend the
    # summit on 15 and 16 September
    lead = ("ভারতের প্রধানমন্ত্রী নরেন্দ্র মোদি সাংহাই সহযোগিতা সংস্থার (এসসিও) শীর্ষ সম্মেলনে যোগ দিতে "
            "১৪ সেপ্টেম্বর উজবেকিস্তানের সমরখন্দে পৌঁছাবেন। সেখানে ১৫ এবং ১৬ সেপ্টেম্বর এসসিও শীর্ষ "
            "সম্মেলনে যোগ দেবেন তিনি।")
    published = noon(date(2022, 9, 12))
    days = [d for _, d in lead_dates("", lead, published)]
    assert date(2022, 9, 14) in days and date(2022, 9, 16) in days
    assert is_preview("", lead, published)


def test_bengali_dateline_dates_the_report():
    # set 23, 27 January 2023: "নয়াদিল্লি, ২৭ জানুয়ারি (হি.স.) :" (New Delhi, 27 January)
    lead = ("নয়াদিল্লি, ২৭ জানুয়ারি (হি.স.) : ভারত আনুষ্ঠানিকভাবে পাকিস্তানের বিদেশমন্ত্রী বিলাওয়াল "
            "ভুট্টো এবং চিনের মন্ত্রী কিন গ্যাং সহ সকল সদস্যকে গোয়ায় অনুষ্ঠিত বৈঠকের জন্য "
            "আমন্ত্রণ পাঠিয়েছে।")
    assert not is_preview("", lead, noon(date(2023, 1, 27)))
    assert (1, 27, None) in month_days("", lead)
    # set 9, 15 June 2006: "১৫ জুন চীনের সাংহাইয়ে ... সম্মেলন আয়োজিত হয়েছে" (held on 15 June)
    held = ("১৫ জুন চীনের সাংহাইয়ে সাংহাই সহযোগিতা সংস্থার সদস্য দেশগুলোর রাষ্ট্রপ্রধান পরিষদের "
            "সম্মেলন আয়োজিত হয়েছে ।")
    assert date(2006, 6, 15) in event_days("", held, noon(date(2006, 6, 16)))


def test_bengali_ordinal_day_endings():
    # written: "on the 31st of August and the 1st of September" with the ordinal endings
    lead = "আগামী ৩১শে আগস্ট ও ১লা সেপ্টেম্বর তিয়ানজিনে শীর্ষ সম্মেলন বসছে।"
    days = [d for _, d in lead_dates("", lead, noon(date(2025, 8, 25)))]
    assert days == [date(2025, 8, 31), date(2025, 9, 1)]


def test_bengali_may_is_not_read_in_other_words():
    # written: "20 megawatts" ("২০ মেগাওয়াট"): the May of Bengali opens other words
    lead = "প্রকল্পটি ২০ মেগাওয়াট বিদ্যুৎ উৎপাদন করবে।"
    assert lead_dates("", lead, noon(date(2025, 5, 10))) == []


def test_bengali_coming_date_is_to_come():
    # set 42 (undated): "আগামী ৩১ আগস্ট ও ১ সেপ্টেম্বর বসছে ... শীর্ষ সম্মেলন" (the summit sits
    # on the coming 31 August and 1 September): a preview, though it dates the meeting's days
    lead = ("চিনের তিয়ানজিনে বৃহত্তম এসসিও সম্মেলন শুরু ৩১শে উত্তর চিনের তিয়ানজিন শহরে এশিয়া, ইউরোপ ও "
            "আফ্রিকার সদস্য দেশের নেতৃবর্গের উপস্থিতিতে আগামী ৩১ আগস্ট ও ১ সেপ্টেম্বর বসছে এযাবৎ "
            "কালের বৃহত্তম সাংহাই কোঅপারেশন অর্গানাইজেশন (এসসিও) শীর্ষ সম্মেলন।")
    assert event_phase("", lead) == "ahead"
    # written: "cooperation over the next five years": no date, nothing said to come
    assert event_phase("", "আগামী ৫ বছর সহযোগিতা বাড়ানো হয়েছে।") is None
