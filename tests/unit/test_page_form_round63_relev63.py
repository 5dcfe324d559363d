"""Round 63 (relev63): page chrome (pipeline.page_form.chrome_line), read by the stand-in
headline of scripts/real_digest.py and by relevance's headline; lines from the real sets' pages."""

from __future__ import annotations

from support import load_script

from pipeline.page_form import chrome_line, chrome_lines, trail_headline
from pipeline.tagging import analyse, load_gazetteer

real_digest = load_script("real_digest")


def test_chrome_words_are_read_as_whole_lines() -> None:
    # blind set 48 r-6cfcd6c60c (RFE/RL): its chrome over the liveblog's headline
    assert chrome_line("Accessibility links")
    assert chrome_line("Breaking News")
    # a headline that opens with the same words is no chrome
    assert not chrome_line("Breaking News: Eurasian Leaders Gather for SCO Summit in Bishkek")
    # blind set 48 r-802a5d1a29 (the Kremlin's site): its display settings
    assert chrome_lines(["Настройки отображения", "Размер шрифта:", "Цвета сайта:",
                         "Изображения", "Настройки", "Президент России — официальный сайт",
                         "Декларация десятого заседания Совета глав государств"]) == 6


def test_trails_menus_and_tickers() -> None:
    # blind set 47 r-7002159029 (Sina), blind set 5 r-15850b836c, r-f32fb953aa, set 3 r-abcc77ae22
    assert chrome_line("新闻中心新浪首页 > 新闻中心 > 综合 > 正文")
    assert chrome_line("Home > China News")
    assert chrome_line("首页 资讯 娱乐 财经 科技 房产 关注 网络 图片 健康 汽车")
    assert chrome_line("$1 – 12931.94") and chrome_line("UZS – -0.06%")
    # a dateline's row is no trail (blind set 3's "Jahon | 19:58 / 14.06.2022"), nor a headline
    # quoting a name in guillemets (blind set 30 r-e688e96c12)
    assert not chrome_line("Jahon | 19:58 / 14.06.2022")
    assert not chrome_line("«МИРНАЯ МИССИЯ» ЗАВЕРШЕНА")
    assert not chrome_line("SCO Qingdao Summit")


def test_a_menu_run_together_under_chrome() -> None:
    # blind set 48 r-aa7aa0d802 (CRI Nepali): its introduction and contact links, one line
    menu = "सि.आर.आइको संक्षिप्त परिचयनेपाली सेवाको संक्षिप्त परिचयसम्पर्कका लागि"
    assert chrome_line(menu, after_chrome=True)
    assert not chrome_line(menu)


def test_trail_ending_in_the_headline() -> None:
    # blind set 15 r-eb7cbef12d, blind set 8 r-093c71336c
    assert trail_headline("Home / India News / Russian Foreign Minister Sergey Lavrov to attend "
                          "SCO meeting in Goa") == ("Russian Foreign Minister Sergey Lavrov to "
                                                    "attend SCO meeting in Goa")
    assert trail_headline("Главная | ПОЛИТИКА | В Бишкек 25 июля съедутся генеральные прокуроры 8 "
                          "стран") == "В Бишкек 25 июля съедутся генеральные прокуроры 8 стран"
    assert trail_headline("Home > China News") is None


def test_stand_in_headline_past_chrome_and_caption() -> None:
    # blind set 48 r-6cfcd6c60c: chrome, then a photo's caption placing a person, then the headline
    text = ("Accessibility links\n\nBreaking News\nIranian President Hassan Rohani (left) is "
            "welcomed at Bishkek's Manas Airport by Kyrgyz Prime Minister Jantoro Satybaldiev on "
            "September 12.\n\nLiveblog: Eurasian Leaders Gather for SCO Summit in Bishkek\n\n"
            "Border security following the U.S. withdrawal from Afghanistan is high on the agenda.")
    title, _ = real_digest.stand_in_title(text)
    assert title == "Liveblog: Eurasian Leaders Gather for SCO Summit in Bishkek"
    # blind set 47 r-3bed737408 (ifeng): its search box's label over the headline
    title, _ = real_digest.stand_in_title(
        "• 热门搜索词:\n2002年上合组织第二次峰会 成员国元首宣言\n"
        "中华人民共和国、哈萨克斯坦共和国、吉尔吉斯共和国、俄罗斯联邦元首签署了宣言。")
    assert title == "2002年上合组织第二次峰会 成员国元首宣言"


def test_relevance_reads_the_headline_under_a_chrome_title() -> None:
    # blind set 8 r-ca6f5323be: "Accessibility links" is the first line the pipeline takes as the
    # title; the headline under the chrome names the SCO and is read as the headline
    gaz = load_gazetteer()
    body = ("Breaking News\n\nSCO Supreme Court Chiefs Meet In Shanghai\n\n(epa) September 20, "
            "2006 -- The supreme court chiefs of the Shanghai Cooperation Organization's (SCO) "
            "six member countries are gathering in Shanghai for two days of talks.")
    with_chrome = analyse(gaz, "Accessibility links", body)
    without_title = analyse(gaz, "Accessibility links Breaking", body)
    assert with_chrome.relevance > without_title.relevance


def test_a_cookie_notice_is_chrome_however_it_ends() -> None:
    # blind set 49, r-d47136c793 (Gazeta): the notice over the report, which the digest's
    # stand-in headline took for the report's headline
    gazeta = "На сайте используются cookies. Продолжая использовать сайт, вы принимаете условия"
    assert chrome_line(gazeta)
    assert chrome_line("We use cookies to improve your experience. Accept all cookies.")
    # a report's sentence naming no cookie stays text; a long paragraph naming one does too
    assert not chrome_line("Xi Jinping began receiving foreign leaders in Tianjin on Saturday.")
    assert not chrome_line("The fortune cookie " + "word " * 45 + "ends here.")
