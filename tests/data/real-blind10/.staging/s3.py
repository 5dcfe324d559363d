Q13 = "pages: Совет глав правительств ШОС Бишкек 2023 Мишустин заседание"
Q14 = "pages: 上合组织成员国政府首脑理事会 李强 莫斯科"
ISL = {"venue": "Islamabad", "date": "2024-10-16"}
MOS = {"venue": "Moscow", "date": "2025-11-18"}
ITEMS = [
dict(url="https://rus.sectsco.org/20241016/1563051.html", lang="ru", pub="2024-10-16", df="url", story="islamabad-chg-2024", q=Q13, rank=4,
 cut="first two paragraphs, cut before the paragraph where the excerpt breaks off", meeting=ISL,
 text="""16 октября 2024 года в Исламабаде состоялось 23-е заседание Совета глав правительств (премьер-министров) государств-членов Шанхайской организации сотрудничества (ШОС).
В мероприятии приняли участие Премьер-министр Республики Беларусь Роман Александрович Головченко, Министр иностранных дел Республики Индии Субраманьям Джайшанкар, Министр торговли, промышленности и недропользования Исламской Республики Иран Сейед Мохаммад Атабек, Премьер-министр Республики Казахстан Олжас Абаевич Бектенов, Премьер Государственного Совета Китайской Народной Республики Ли Цян, Председатель Кабинета Министров Кыргызской Республики Акылбек Усенбекович Жапаров, Премьер-министр Исламской Республики Пакистан Мохаммад Шехбаз Шариф, Председатель Правительства Российской Федерации Михаил Владимирович Мишустин, Премьер-министр Республики Таджикистан Кохир Расулзода и Премьер-министр Республики Узбекистан Абдулла Нигматович Арипов."""),
dict(url="https://1prime.ru/20251118/shos-864640490.html", lang="ru", pub="2025-11-18", df="tool", story="moscow-chg-2025", q=Q13, rank=5,
 cut="the headline, the date line and the paragraph up to the sentence before the one where the excerpt breaks off (the URL line the tool repeats at the head dropped)", meeting=MOS,
 note_extra="Published day: the tool's date (and the URL). The Development Strategy to 2035 is cited (measures to implement it), not adopted here: not counted.",
 text="""Мишустин открыл заседание совета глав правительств ШОС в Москве

18.11.2025

МОСКВА, 18 ноя – РИА Новости. Премьер-министр РФ Михаил Мишустин собрал заседание совета глав правительств стран Шанхайской организации сотрудничества (ШОС) в Москве, передает корреспондент РИА Новости. "Мы завершаем российское председательство в совете, которое было нацелено на расширение торгово-экономического и гуманитарного сотрудничества в ШОС, благодарю все государства за конструктивное, партнерское взаимодействие. У нас очень насыщенная повестка дня сегодня. Предлагаю сразу приступить к работе", - сказал Мишустин на заседании в узком составе. Нынешнее заседание станет завершающим мероприятием российского председательства в СГП ШОС в 2024-2025 годах. Повесткой предусмотрено обсуждение приоритетных вопросов укрепления взаимодействия в ШОС в разных сферах."""),
dict(url="https://1prime.ru/20251117/mishustin-864590313.html", lang="ru", pub="2025-11-17", df="tool", story="moscow-chg-2025", q=Q13, rank=6,
 cut="the paragraph up to the sentence before the heading where the excerpt breaks off (the URL line the tool repeats at the head dropped)", meeting=MOS,
 note_extra="Published day: the tool's date (and the URL), the meeting's first day (17-18 November): the meeting's label, as set 9's first-day reports (arguable: written as an announcement).",
 text="""МОСКВА, 17 ноя - ПРАЙМ. Премьер-министр РФ Михаил Мишустин соберет в Москве заседание Совета глав правительств Шанхайской организации сотрудничества (ШОС) и проведет отдельные встречи с руководителями иностранных делегаций, сообщила пресс-служба кабмина. Заседание Совета глав правительств стран ШОС под председательством Мишустина пройдет в столице России 17-18 ноября, уточнили в правительстве. "Михаил Мишустин также проведёт ряд двусторонних встреч с главами делегаций, участвующими в заседании", - сообщили в пресс-службе. Как отметили в аппарате правительства РФ, на встречу приглашены и высокие представители государств-партнеров по диалогу и наблюдателей, заинтересованных стран, исполнительных органов ряда международных организаций и объединений. Это в том числе СНГ, Евразийский экономический союз (ЕАЭС), Совещание по взаимодействию и мерам доверия в Азии, Диалог по сотрудничеству в Азии, пояснили в кабмине."""),
dict(url="https://uniteddaily.my/ms/7c95bc76-259d-4f16-a224-1d7a890abc35", lang="ms", pub=None, df=None, story="moscow-chg-2025", q=Q14, rank=1,
 cut="first paragraph", meeting=MOS,
 note_extra="Undated ('pada 18 haribulan'); the 24th heads of government council in Moscow, chaired by Mishustin: 18 November 2025.",
 text="""Perdana Menteri Majlis Negara China, Li Qiang, pada 18 haribulan menghadiri Mesyuarat Majlis Ketua-Ketua Kerajaan (Perdana Menteri) Negara-Negara Anggota Pertubuhan Kerjasama Shanghai (SCO) ke-24 di ibu negara Rusia, Moscow. Para pemimpin dan wakil negara anggota, negara pemerhati, rakan dialog SCO, tetamu negara tuan rumah serta pegawai kanan organisasi antarabangsa berkaitan turut hadir, dan Perdana Menteri Rusia Mishustin mempengerusikan mesyuarat tersebut."""),
dict(url="http://27.185.56.112:8082/attachment/news.php?u=IEgl.html", lang="zh", pub=None, df=None, story="bishkek-chg-2023", q=Q14, rank=3,
 cut="from the dateline (the copying site's line '发布时间:2024-11-14 ... 来源' above it dropped) to the end of the second paragraph", meeting={"venue": "Bishkek", "date": "2023-10-26"},
 note_extra="Undated: a copying site (an IP address) republished the China News report a year later; its '发布时间' line is the copy's, not the report's, and the dateline has no year (as set 9's republished pages). The 22nd heads of government council, Bishkek, 26 October 2023.",
 text="""中新社 比什凯克10月26日电 (记者 黄钰钦)当地时间10月26日上午,中国国务院总理李强在比什凯克出席上海合作组织成员国政府首脑(总理)理事会第二十二次会议。哈萨克斯坦总理斯迈洛夫,俄罗斯总理米舒斯京,塔吉克斯坦总理拉苏尔佐达,乌兹别克斯坦总理阿里波夫,伊朗第一副总统穆赫贝尔,印度、巴基斯坦外长以及观察员国白俄罗斯总理戈洛夫琴科、蒙古国总理奥云额尔登等与会,吉尔吉斯斯坦总理扎帕罗夫主持会议。
李强在讲话中表示,今年7月的上合组织峰会就弘扬“上海精神”、构建更加紧密的上合组织命运共同体进一步达成了重要共识,明确了重点任务,中方愿同各方一道落实好元首会议的精神。回溯上合组织的初心,我们之所以走到一起,就是要使地区事务由地区国家自己作主、商量着办,而不受域外国家干扰。在去年撒马尔罕峰会上,习近平主席强调要坚持政治互信、坚持互利合作、坚持平等相待、坚持开放包容、坚持公平正义,这是上合组织发展壮大的成功之道。展望未来,我们要牢记初心使命,坚持成功之道,在构建人类命运共同体理念引领下,相向而行、相互成就,扎实推进各领域合作,为本地区及世界的和平与发展注入更多确定性和正能量。"""),
dict(url="http://jschl.cn/sf_AF74296D15F14DD89BB786118FF6BA15_209_9E4E47FF872.html", lang="zh-Hant", pub=None, df=None, story="islamabad-chg-2024", q=Q14, rank=4,
 cut="first two paragraphs (the lead and the photo caption)", meeting=ISL,
 note_extra="Undated (10月16日, no year); the 23rd council in Islamabad (2024). Traditional script with the source's encoding debris ('(yè)') kept.",
 text="""當地時間10月16日,國務院總理李強在伊斯蘭堡出席上海合作組織成員國政府首腦(總理)理事會第二十三次會議。白俄羅斯總理戈洛夫琴科、哈薩克斯坦總理別克捷諾夫、吉爾吉斯斯坦總理扎帕羅夫、俄羅斯總理米舒斯京、塔吉克斯坦總理拉蘇爾佐達、烏茲別克斯坦總理阿里波夫、印度外長蘇杰生、伊朗工業(yè)礦業(yè)和貿易部長阿塔巴克以及觀察員國蒙古國總理奧云額爾登、會議主辦國客人土庫曼斯坦副總理兼外長梅列多夫與會,巴基斯坦總理夏巴茲主持會議。
當地時間10月16日,國務院總理李強在伊斯蘭堡出席上海合作組織成員國政府首腦(總理)理事會第二十三次會議。新華社記者 李濤 攝"""),
dict(url="https://epaper.gmw.cn/gmrb/html/2021-11/26/nw.D110000gmrb_20211126_3-03.htm", lang="zh", pub="2021-11-26", df="url", story="chg-2021-video", q=Q14, rank=5,
 cut="from the paper's date line (the site's menu lines above it dropped) to the end of the third paragraph", meeting={"venue": "Nur-Sultan", "date": "2021-11-25"},
 note_extra="The 20th heads of government council, held by video under Kazakhstan's chairmanship (venue: the chair's capital, arguable).",
 text="""光明日报 2021年11月26日 星期五

    李克强出席上海合作组织成员国政府首脑(总理)理事会第二十次会议

    作者: 《光明日报》( 2021年11月26日 03版)

      据新华社北京11月25日电 国务院总理李克强11月25日晚在人民大会堂出席上海合作组织成员国政府首脑(总理)理事会第二十次会议。哈萨克斯坦总理马明主持。吉尔吉斯斯坦总理扎帕罗夫、俄罗斯总理米舒斯京、塔吉克斯坦总理拉苏尔佐达、乌兹别克斯坦总理阿里波夫、巴基斯坦、印度以及观察员国代表等与会。会议以视频方式举行。

      李克强在讲话中表示,上合组织成立20年来,秉持和弘扬“上海精神”,有效促进了地区安全稳定和成员国共同发展。习近平主席提出构建更加紧密的上合组织命运共同体。当前国际和地区形势继续复杂深刻演变,新冠肺炎疫情仍在起伏反复,世界经济曲折复苏,各国可持续发展面临严峻挑战。中方愿同各成员国增进政治互信,深化务实合作,为促进地区繁荣稳定共同担当作为。(讲话全文见另条)"""),
dict(url="http://ohmylovin.com/a/201806/05/WS5b2ca00aa3103349141dddfc.html", lang="zh-Hant", pub="2018-06-05", df="url", story="qingdao-summit-2018-preview", q=Q14, rank=6,
 cut="first paragraphs, cut at the sentence end before the long paragraph where the excerpt breaks off", meeting={"venue": "Qingdao", "date": "2018-06-10"},
 note_extra="China Daily's bilingual explainer (a copy at another host, traditional script with encoding debris) of Wang Yi's briefing: a summit preview, the summit negative for this set's ministers' meetings. The Qingdao Declaration is in the part cut off (not counted here).",
 text="""這個(gè)周末要開峰會(huì)的上合組織,你知道多少?
中國日?qǐng)?bào)網(wǎng) 2018-06-05 08:50
5月28日,外交部舉行中外媒體吹風(fēng)會(huì)。國務(wù)委員兼外交部長王毅介紹習(xí)近平主席主持上海合作組織青島峰會(huì)相關(guān)情況。
President Xi Jinping will chair the 18th Shanghai Cooperation Organization summit to be held in Qingdao, Shandong province on June 9-10, State Councilor and Foreign Minister Wang Yi announced. Leaders of SCO member states and observer states, as well as chiefs of relevant international organizations will attend the summit.
王毅宣布,上海合作組織成員國元首理事會(huì)第十八次會(huì)議將于6月9日至10日在山東省青島市舉行。中國國家主席習(xí)近平將主持會(huì)議并舉行相關(guān)活動(dòng)。上海合作組織成員國、觀察員國領(lǐng)導(dǎo)人和有關(guān)國際組織負(fù)責(zé)人將應(yīng)邀與會(huì)。"""),
]
