"""Round 60 (stories60): a chronology of the SCO's past meetings is about no meeting; the Hindi
prospective "is going to" of an undated preview. Sentences from the dev sets, with their item
ids."""

from datetime import date

from pipeline.documents.calendar import default_calendar
from pipeline.stories import _TO_COME_UNDATED, found_preview
from pipeline.stories import past_chronology as chronology

# blind set 47, r-81094b0276 (Sina/Xinhua, x-sina-sco-summits-background-2006), published on
# the Shanghai 2006 summit's day
SINA_CHRONOLOGY = (
    "背景资料:上海合作组织历次峰会\n"
    "新华网上海6月15日电 背景资料:上海合作组织历次峰会\n"
    "上海合作组织是在“上海五国”元首会晤机制的基础上成立的。2001年6月14日,“上海五国” 元首在上海举行"
    "第六次会晤,乌兹别克斯坦以完全平等成员的身份加入“上海五国”。\n"
    "2002年6月7日,上海合作组织成员国元首在圣彼得堡举行第二次会晤,签署《上海合作组织宪章》。\n"
    "2003年5月29日,上海合作组织成员国元首第三次会晤在莫斯科举行。\n"
    "2004年6月17日,上海合作组织成员国元首第四次会晤在乌兹别克斯坦首都塔什干举行。\n"
    "2005年7月5日,上海合作组织成员国元首第五次会晤在哈萨克斯坦首都阿斯塔纳举行。"
)
# blind set 47, r-7002159029 (shanghai-summit-2006), the summit's report of the next day
SINA_REPORT = (
    "上海合作组织峰会举行\n"
    "http://www.sina.com.cn 2006年06月16日10:29 武汉晚报\n"
    "据新华社电 昨天,上合组织峰会举行。6个成员国元首对上海合作组织5年发展历程进行了回顾和总结,"
    "签署了“总结性文件”——《上海合作组织五周年宣言》等10个文件,并发表了联合公报。"
)
# blind set 5, r-72b2b192ba (moscow-summit-2003): the declaration's own text recalls two past
# days, the founding and the Charter's signing
MOSCOW_2003 = (
    "Moscow,\nMay 29, 2003\nThe Heads of States participating in the Shanghai Cooperation "
    "Organisation ... met in Moscow.\nThe course of events in the world demonstrates that the "
    "decision taken in Shanghai on June 15, 2001, to establish the Organisation was timely.\n"
    "The SCO Charter signed in St. Petersburg on June 7, 2002, created a solid legal framework."
)


def test_a_chronology_of_past_summits():
    assert chronology("", SINA_CHRONOLOGY, date(2006, 6, 15))
    # the same list read as of 2003 holds two past years only
    assert not chronology("", SINA_CHRONOLOGY, date(2003, 6, 1))


def test_a_report_is_no_chronology():
    assert not chronology("", SINA_REPORT, date(2006, 6, 16))
    # a report recalling the founding and the Charter: two past years
    assert not chronology("", MOSCOW_2003, date(2003, 5, 29))
    assert not chronology("", MOSCOW_2003, None)


# blind set 47, r-2f3ab5285d (islamabad-chg-2024-announced), undated
HINDI_ANNOUNCED = (
    "SCO Meeting In Islamabad: पाकिस्तान ने प्रधानमंत्री नरेंद्र मोदी को इस साल अक्टूबर में इस्लामाबाद में "
    "आयोजित होने वाली शंघाई सहयोग संगठन (SCO) के शासनाध्यक्षों के शिखर सम्मेलन में भाग लेने के लिए "
    "आमंत्रित किया है। पाकिस्तान 15-16 अक्टूबर को एससीओ के शासनाध्यक्षों की बैठक की मेजबानी करने वाला "
    "है। इस कार्यक्रम से पहले मंत्रिस्तरीय बैठक और वरिष्ठ अधिकारियों की कई दौर की बैठकें होंगी।"
)


def test_hindi_is_going_to():
    assert _TO_COME_UNDATED.search("बैठक की मेजबानी करने वाला है। इस")
    # blind set 14, r-37c89254a9 (astana-summit-2024-preview)
    assert _TO_COME_UNDATED.search("अस्ताना में शंघाई सहयोग संगठन का शिखर सम्मेलन होने वाला है। इस")
    # blind set 33, r-7cbeb18878 (qingdao-summit-2018): the attributive participle of a
    # report of the meeting's first day
    assert not _TO_COME_UNDATED.search(
        "प्रधानमंत्री मंत्री नरेंद्र मोदी चीन के चिंगदाओ पहुंच गए हैं. पीएम मोदी यहां होने वाली दो दिवसीय"
    )
    # its past, "was going to"
    assert not _TO_COME_UNDATED.search("बैठक की मेजबानी करने वाला था।")


def test_hindi_undated_announcement_is_no_report():
    meeting = default_calendar().get("hgc-2024-islamabad")
    assert meeting is not None
    assert found_preview("", HINDI_ANNOUNCED, date(2025, 11, 30), meeting)


# blind set 33, r-387c2da3c1 (astana-summit-2017-preview): a chronology under a lead announcing
# the summit of the next days
XINHUA_PREVIEW_CHRONOLOGY = (
    "新华社阿斯塔纳6月7日电 新闻背景:上海合作组织大事记\n"
    "上海合作组织(简称“上合组织”)成员国元首理事会第十七次会议将于8日至9日在哈萨克斯坦首都阿斯塔纳举行。\n"
    "2001年6月14日至15日,由中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦组成的“上海五国”元首在上海"
    "举行第六次会晤。\n"
    "2002年6月7日,六国元首在俄罗斯圣彼得堡签署《上海合作组织宪章》。\n"
    "2005年4月12日,独联体执行委员会与上合组织秘书处在北京签署谅解备忘录。"
)


def test_a_preview_above_a_chronology_is_news():
    assert not chronology("", XINHUA_PREVIEW_CHRONOLOGY, date(2017, 6, 7))
    # without its lead's announcement, the same list is a chronology
    listing = XINHUA_PREVIEW_CHRONOLOGY.replace("将于8日至9日在", "在")
    assert chronology("", listing, date(2017, 6, 7))
