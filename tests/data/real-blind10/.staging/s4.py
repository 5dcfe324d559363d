Q16 = "pages: ШОС министров культуры совещание подписали"
Q17 = "pages: ŞİÖ Genel Sekreteri ziyaret"
Q18 = 'pages: "Peace Mission" SCO joint military exercise'
Q19 = "pages: ШЫҰ Сыртқы істер министрлері кеңесінің отырысы"
C20 = {"venue": "Moscow", "date": "2020-09-10", "calendar": False}
PM21 = {"venue": "Orenburg", "date": "2021-09-25", "calendar": False}
PM16 = {"venue": "Cholpon-Ata", "date": "2016-09-21", "calendar": False}
PM18 = {"venue": "Chebarkul", "date": "2018-08-29", "calendar": False}
ITEMS = [
dict(url="https://china-uz-friendship.com/?p=26427", lang="ru", pub=None, df=None, story="culture-ministers-2020", q=Q16, rank=1,
 cut="from the title to the sentence on the chair (the image-file lines kept as the tool gave them), cut before the paragraph where the excerpt breaks off", meeting=C20,
 docs=[{"name": "Информационное сообщение по итогам семнадцатого Совещания министров культуры государств-членов Шанхайской организации сотрудничества", "type": "communique", "status": "adopted"}],
 note_extra="Undated (the page gives no date of its own; the meeting was held on 10 September 2020 by video under Russia's chairmanship, venue: Moscow, arguable). The page is the meeting's information message itself (its title at the head, then its text): counted adopted by the guideline's rule for a document's own text, typed communique (arguable: an information message is a press communiqué).",
 text="""Информационное сообщение по итогам семнадцатого Совещания министров культуры государств-членов Шанхайской организации сотрудничества

image001

10 сентября 2020 года в формате видеоконференции состоялось семнадцатое Совещание министров культуры государств-членов ШОС.

В нем приняли участие: Министр культуры Республики Индия Прахлад Сингх Патель, вице-министр культуры и спорта Республики Казахстан Нуркиса Муратович Дауешов, Министр культуры и туризма Китайской Народной Республики Ху Хэпин, Министр культуры, информации и туризма Кыргызской Республики Азамат Капарович Жаманкулов, Секретарь по делам национального наследия и культуры Исламской Республики Пакистан Наушин Джавед Амджад, заместитель Министра культуры Российской Федерации Николай Павлович Овсиенко, Министр культуры Республики Таджикистан Зульфия Давлат Давлатзода, Министр культуры Республики Узбекистан Озодбек Ахмадович Назарбеков и заместитель Генерального секретаря ШОС Шерали Сайдамирович Джонон.

image001

Совещание прошло под председательством Министерства культуры Российской Федерации."""),
dict(url="https://lib.rin.ru/novosti/117488/Sostojalos__17-e_Soveschanie_ministrov_kul_tury_gosudarstv-chlenov_ShOS.html", lang="ru", pub=None, df=None, story="culture-ministers-2020", q=Q16, rank=3,
 cut="first paragraphs, cut before the paragraph where the excerpt breaks off", meeting=C20,
 note_extra="Undated (the meeting's day, 10 September 2020, is in the text, not a publication day).",
 text="""Состоялось 17-е Совещание министров культуры государств-членов ШОС

10 сентября 2020 года в формате видеоконференции под руководством замминистра культуры рф Николая Овсиенко состоялось семнадцатое Совещание министров культуры государств-членов Шанхайской Организации сотрудничества.

Состоялось 17-е Совещание министров культуры государств-членов ШОС

в нем участвовали: зам. Генерального секретаря ШОС Шерали Сайдамир Джонон, глава министерства культуры Республики Индия Прахлад Сингх Патель, Вице-Министр культуры и спорта Республики Казахстан Нуркиса Муратович Дауешов, глава министерства культуры и туризма Китайской Народной Республики Ху Хэпин, глава министерства культуры, информации и туризма Кыргызской Республики Азамат Капарович Жаманкулов, Секретарь по делам национального наследия и культуры Исламской Республики Пакистан Наушин Джавэд Амджад, глава министерства культуры Республики Таджикистан Зулфия Давлатовна Давлатзода, глава министерства культуры Республики Узбекистан Озодбек Ахмадович Назарбеков."""),
dict(url="https://music-gazeta.com/2021/08/21/ministry-kultury-gosudarstv-chlenov-shanhajskoj-organizacii-sotrudnichestva-obsudili-perspektivy-razvitiya-kulturnogo-vzaimodejstviya-v-ramkah-organizacii/", lang="ru", pub="2021-08-21", df="url",
 story="culture-ministers-2021", q=Q16, rank=4, cut="first three paragraphs, cut before the paragraph where the excerpt breaks off", meeting={"venue": "Dushanbe", "date": "2021-08-18", "calendar": False},
 note_extra="The 18th meeting, by video under Tajikistan's chairmanship (venue: Dushanbe, arguable).",
 text="""Министры культуры государств – членов Шанхайской организации сотрудничества обсудили перспективы развития культурного взаимодействия в рамках организации

18 августа в формате видеоконференцсвязи под председательством Министра культуры Республики Таджикистан Зульфии Давлатзода и Генерального секретаря ШОС Владимира Норова состоялось восемнадцатое Совещание министров культуры государств – членов Шанхайской организации сотрудничества. 

В Совещании приняли участие Государственный Министр культуры Республики Индия Арджун Рам Мегхвал, Министр культуры и спорта Республики Казахстан Актоты Раимкулова, заместитель Министра культуры Российской Федерации Ольга Ярилова, заместитель Министра культуры и туризма Китайской Народной Республики Чжан Сюй, Министр культуры, информации, спорта и молодёжной политики Кыргызской Республики Кайрат Иманалиев, Министр национального наследия и культуры Исламской Республики Пакистан Шафкат Махмуд, Министр культуры Республики Узбекистан Озодбек Назарбеков."""),
dict(url="http://russian.people.com.cn/n3/2022/0520/c31519-10099034.html", lang="ru", pub="2022-05-20", df="url", story="culture-ministers-tashkent-2022", q=Q16, rank=5,
 cut="from the headline (the site's menu lines above it dropped) to the third paragraph, cut before the paragraph where the excerpt breaks off", meeting={"venue": "Tashkent", "date": "2022-05-19", "calendar": False},
 text="""В Узбекистане состоялось 19-е Совещание министров культуры стран ШОС

Ташкент, 19 мая /Синьхуа/ -- Совещание министров культуры государств-членов Шанхайской организации сотрудничества /ШОС/ состоялось в четверг в столице Узбекистана под председательством узбекской стороны. Об этом сообщает Синьхуа с места проведения мероприятия.

В мероприятии приняли участие главы и представители министерств культуры стран ШОС и генеральный секретарь организации Чжан Мин.

Участники обсудили развитие сотрудничества в сфере культуры и искусства за прошедший период и обменялись мнениями о ходе реализации договоренностей, достигнутых в рамках прошедших совещаний министров культуры государств-членов ШОС."""),
dict(url="http://russian.china.org.cn/international/txt/2009-04/30/content_17704090.htm", lang="ru", pub="2009-04-30", df="url", story="culture-ministers-kazan-2009", q=Q16, rank=7,
 cut="from the title (the site's breadcrumb line above it dropped) to the Secretary-General's sentence, cut before the paragraph where the excerpt breaks off", meeting={"venue": "Kazan", "date": "2009-04-28", "calendar": False},
 docs=[{"name": "Совместное информационное сообщение об итогах VI совещания министров культуры государств-членов ШОС", "type": "communique", "status": "adopted"}],
 note_extra="The page is the joint information message itself (title, then its text): counted adopted (a document's own text), typed communique (arguable, as china-uz-friendship's).",
 text="""Совместное информационное сообщение об итогах VI совещания министров культуры государств-членов ШОС
russian.china.org.cn   30-04-2009 Избранное Отправить Исправить Шрифт: a a a

(г. Казань, 26-28 апреля 2009 года)

26-28 апреля 2009 года в г. Казань Российской Федерации состоялось VI Совещание министров культуры государств-членов Шанхайской организации сотрудничества (далее – ШОС и/или Организация). В нем приняли участие: вице-министр культуры и информации Республики Казахстан А.И.Бурибаев, министр культуры Китайской Народной Республики Цай У, министр культуры и информации Кыргызской Республики С.А.Раев, министр культуры Российской Федерации А.А.Авдеев, министр культуры Республики Таджикистан М.А.Асрори и первый заместитель министра по делам культуры и спорта Республики Узбекистан Б.С.Сайфуллаев.

В Совещании принял участие Генеральный секретарь ШОС Б.К.Нургалиев."""),
dict(url="https://asiaplus.news/ru/news/life/culture/20070423/v-dushanbe-pribyvayut-ministry-kultury-stran-shos", lang="ru", pub="2007-04-23", df="url", story="culture-ministers-dushanbe-2007-preview", q=Q16, rank=8,
 cut="first three paragraphs", meeting={"venue": "Dushanbe", "date": "2007-04-25", "calendar": False},
 note_extra="The ministers arriving the day before the meeting of 24-25 April: a preview.",
 text="""Душанбе. 23 апреля. «Азия Плюс» — Сегодня в Душанбе начинают прибывать участники заседания министров культуры стран ШОС, которое пройдет в столице 24-25 апреля.
Как сообщил «АП» пресс-секретарь Минкультуры РТ Гулмахмад Давлятов, для участия во встрече в Душанбе сегодня вечером прибудут министр культуры и массовых коммуникаций РФ Александр Соколов, министр культуры и информации Казахстана Ермухаммад Ерписбаев, министр культуры и информации Кыргызстана Султан Раев. Узбекистан на заседании будет представлять первый заместитель министра по делам культуры и спорта РУ Бахтиер Сайфуллаев, а Китай — заместитель министра культуры КНР Чжа Вейсун.
По словам источника, во время заседания планируется обсудить вопросы многостороннего сотрудничества стран ШОС на 2007-2008 годы. Планируется также обсудить положение фестиваля искусств стран ШОС, который состоится в Бишкеке в июне этого года."""),
dict(url="https://smi24.kz/ru/other/531/v-vitebske-proshla-vstrecha-ministrov-kulturyi-stran-shos-1591628/amp", lang="ru", pub=None, df=None, story="culture-ministers-vitebsk", q=Q16, rank=2,
 cut="whole", meeting={"venue": "Vitebsk", "calendar": False},
 note_extra="Undated, and the text gives no year (Secretary-General Zhang Ming: 2022-2024); no date in the meeting label.",
 text="""Сегодня в Витебске прошла встреча министров культуры стран Шанхайской организации сотрудничества. Участие принимают представители Казахстана, Беларуси, России, Азербайджана, Узбекистана, Таджикистана, Пакистана, Кыргызстана, КНР, Ирана и Индии. Прибыл в Витебск, и генеральный секретарь ШОС Чжан Мин, передает Toppress.kz со ссылкой на пресс-службу Министерства культуры и информации РК. Казахстан представил вице-министр культуры и информации РК Евгений Кочетов."""),
dict(url="https://tr.mehrnews.com/news/1934208/%C4%B0ran-D%C4%B1%C5%9Fi%C5%9Fleri-Bakan-Yard%C4%B1mc%C4%B1s%C4%B1-%C5%9E%C4%B0%C3%96-Genel-Sekreteri-ile-2026", lang="tr", pub="2026-02-06", df="tool",
 story="sg-gharibabadi-beijing-2026", q=Q17, rank=3, cut="first three paragraphs", meeting={"venue": "Beijing", "date": "2026-02-06", "calendar": False},
 note_extra="Iran's deputy foreign minister meets the Secretary-General at the Secretariat; the Bishkek summit is only mentioned (a hard negative to it). Not a sideline of a meeting: its own label.",
 text="""Çin’e ziyaret gerçekleştiren İran Dışişleri Bakanlığı Hukuk ve Uluslararası İlişkiler Bakan Yardımcısı Kazım Garibabadi, Pekin’de Şanghay İşbirliği Örgütü Sekretaryasında, örgütün Genel Sekreteri Nurlan Yermekbayev ile bir araya gelerek görüşmeler yaptı.

Görüşmede taraflar, örgütün 2026 yılı faaliyetleriyle ilgili güncel konuları ele aldı.

Görüşmelerde ayrıca, gelecek yıl sonbaharda Kırgızistan’ın başkenti Bişkek’te düzenlenecek ŞİÖ Devlet Başkanları Konseyi Zirvesi için gerekli hazırlık süreci de ele alındı."""),
dict(url="https://thediplomaticinsight.com/peace-mission-2021-coming-to-an-end/", lang="en", pub="2021-09-22", df="text", story="peace-mission-2021", q=Q18, rank=1,
 cut="first three paragraphs ('Leave a Reply' dropped)", meeting=PM21,
 note_extra="Published day from the dateline 'Orenburg, 22 September 2021'.",
 text="""Peace Mission 2021 coming to an end

Peace Mission 2021

Orenburg, 22 September 2021 (TDI): A military exercise named “Peace Mission 2021” to counter-terrorism officially started in Orenburg, Russia on 13 September. The wrap-up of the exercise is on 25 September. This military exercise is for the member states of the Shanghai Cooperation Organization (SCO).

The eight member-states of SCO are the participants of this exercise named Tajikistan, China, Kyrgyzstan, Uzbekistan, Pakistan, Russia, India, and Kazakhstan. The participating troops comprise 4000 military personnel, around which 588 military personnel are from China. This military exercise aims to enhance security cooperation and defense among member states to safeguard regional security and peace.

Xi Jinping, the Chinese President, also talked about the cooperation among SCO states. He said on Friday, “Member states of the Shanghai Cooperation Organization (SCO) and the Collective Security Treaty Organization (CSTO) should join hands to safeguard peace and stability, which are “more precious than gold.”"""),
dict(url="https://eng.khovar.tj/?p=13690", lang="en", pub=None, df=None, story="peace-mission-2016", q=Q18, rank=2,
 cut="the article's four paragraphs (the site's list of other headlines below dropped)", meeting=PM16,
 note_extra="Undated. TASS's report (the same text as en.inform.kz's, rank 8): the chiefs of general staff meeting at the Peace Mission 2016 exercise in Kyrgyzstan; labelled with the exercise.",
 text="""Next SCO exercise Peace Mission due in Russia in 2018
The Shanghai Cooperation Organization’s member-countries will hold the next joint military exercise Peace Mission in Russia in 2018, the deputy chief of Russia’s General Staff, Sergey Istrakov, told the media on Tuesday.
«The SCO chiefs of general staffs met in session to make a decision that their next meeting and next Peace Mission exercise will be held in Russia in 2018,» Istrakov said.
The SCO military officials reviewed the performance of the SCO regional anti-terrorist structure, the military-political situation in the region and measures to combat terrorism and religious extremism. They underscored the need for the defense ministries to present a common front in joint resistance to threats to security,» Istrakov said.
The current Peace Mission-2016 exercise is underway in Kyrgyzstan. It began on September 15 and will end tomorrow, September 21. Military contingents from Kazakhstan, China, Kyrgyzstan, Russia and Tajikistan are taking part."""),
dict(url="https://news.by/eng/news/obshchestvo/v_orenburgskoy_oblasti_rossii_proshli_ucheniya_shos_mirnaya_missiya_2021", lang="en", pub=None, df=None, story="peace-mission-2021", q=Q18, rank=3,
 cut="from the headline (the site's menu line above it dropped) to the end of the paragraph", meeting=PM21,
 note_extra="Undated: the tool's date (2019-12-13) is before the exercise the text reports (September 2021), so it is not taken as the publication day.",
 text="""Shanghai Cooperation Organization Peace Mission 2021 exercise takes place

The exercise of the Shanghai Cooperation Organization "Peace Mission 2021" is taking place at Donguz test ground in Russia's Orenburg Region. The SCO today includes Kazakhstan, Kyrgyzstan, China, Russia, Tajikistan, Uzbekistan, India and Pakistan. Just last week, Iran became a full member of the organization, but did not participate in the Peace Mission. But for the first time, a military contingent from Belarus was invited. We are an observer in the SCO, but as the unstable situation on the Afghan border has shown, we have common problems."""),
dict(url="https://asiaplus.news/?p=264579", lang="en", pub=None, df=None, story="peace-mission-2018-planning", q=Q18, rank=4,
 cut="first three paragraphs", meeting={"venue": "Chelyabinsk", "calendar": False},
 note_extra="Undated. A planning conference for the Peace Mission 2018 exercise, months before it: its own label, not the exercise.",
 text="""Military delegations from the Shanghai Cooperation Organization (SCO) member nations yesterday arrived in Russia’s Chelyabinsk oblast to discuss the "Peace Mission 2018" anti-terror war game that will take place at the Chebarkulsky training ground in August this year.
According to the Russian Defense Ministry’s official website, the military representatives of India, Kazakhstan, Kyrgyzstan, the People's Republic of China, Pakistan, Russia, Tajikistan and Uzbekistan got consent on the concept of the exercise, the plan of practical actions, as well as the strength of forces and means involved.
The “Peace Mission” anti-terror drill is conducted under the framework of the SCO's Regional Anti-Terrorist Structure (RATS), which is headquartered in Tashkent (Uzbekistan) once every two years."""),
dict(url="https://goonj.pk/sco-joint-military-exercise-concludes-in-russia/", lang="en", pub=None, df=None, story="peace-mission-2018", q=Q18, rank=5,
 cut="whole", meeting=PM18,
 note_extra="Undated; no year or name of the exercise in the text: eight nations, in Russia, begun on 24 August, ended on a Wednesday point to Peace Mission 2018 at Chebarkul (29 August 2018; arguable).",
 text="""SCO joint military exercise concludes in Russia

The Shanghai Cooperation Organization (SCO) Peace Mission Exercise focused on anti-terror operations concluded on Wednesday after days of joint training amongst multinational forces of eight SCO nations. In the joint multinational exercise which began on 24 August, the SCO nations conducted training focused on combating terrorism. After intense military training, the joint exercise concluded with multinational forces exhibiting their combat power and dominance over the extremist groups in a simulated realistic situation."""),
dict(url="https://english.lokmat.com/international/commander-of-russias-central-military-district-reviews-immaculate-parade-by-sco-nations/", lang="en", pub="2021-09-20", df="tool", story="peace-mission-2021", q=Q18, rank=6,
 cut="first three paragraphs", meeting=PM21,
 text="""Colonel General Alexander Pavlovich Lapin, Commander Central Military District, Russian Armed Forces has reviewed the immaculate parade by the contingents of all Shanghai Cooperation Organisation (SCO) Nations.

The contingents were also addressed by Colonel General and contingent commanders of all contingents during the 6th edition of exercise Peaceful Mission in Russia.

The 6th edition of exercise Peaceful Mission is being hosted by Russia in the Orenburg Region of South-West Russia from September 13 to 25."""),
dict(url="http://english.scio.gov.cn/infographics/2018-06/05/content_51673238.htm", lang="en", pub="2018-06-05", df="url", story="x-sco-exercises-background", q=Q18, rank=7,
 cut="first four paragraphs", meeting={"venue": "Beijing", "calendar": False},
 note_extra="A background infographic text (the SCO's size, its exercises since 2002) published days before the Qingdao summit: no event of its own, an x- label (a hard negative to the summit's previews and the exercises). Venue: the publisher's city (no meeting; arguable).",
 text="""The Shanghai Cooperation Organization (SCO), after 17 years, has grown into the world's most populous comprehensive regional organization. It comprises eight member states, namely, India, Kazakhstan, China, Kyrgyzstan, Pakistan, Russia, Tajikistan, and Uzbekistan.
The SCO now covers three-fifths of Eurasia and covers nearly half of the world's population.
Over the past 17 years, the SCO activities have expanded to include increased military cooperation, intelligence sharing, and counterterrorism. There have been a number of SCO joint military exercises focusing on counterterrorism, peacekeeping, as well as large-scale conventional warfare games.
The first bilateral anti-terror exercise conducted by members of the SCO was held in October 2002 on the border of China and Kyrgyzstan. It was the first time China held a cross-border military maneuver with one of its neighbors."""),
dict(url="https://en.inform.kz/news/next-sco-exercise-peace-mission-due-in-russia-in-2018_a2951037/", lang="en", pub="2016-09-20", df="tool", story="peace-mission-2016", q=Q18, rank=8,
 cut="whole", meeting=PM16,
 text="""CHOLPON-ATA. KAZINFORM - The Shanghai Cooperation Organization's member-countries will hold the next joint military exercise Peace Mission in Russia in 2018, the deputy chief of Russia's General Staff, Sergey Istrakov, told the media on Tuesday, TASS reports.

"The SCO chiefs of general staffs met in session to make a decision that their next meeting and next Peace Mission exercise will be held in Russia in 2018," Istrakov said.

The SCO military officials reviewed the performance of the SCO regional anti-terrorist structure, the military-political situation in the region and measures to combat terrorism and religious extremism. They underscored the need for the defense ministries to present a common front in joint resistance to threats to security," Istrakov said.

The current Peace Mission-2016 exercise is underway in Kyrgyzstan. It began on September 15 and will end tomorrow, September 21. Military contingents from Kazakhstan, China, Kyrgyzstan, Russia and Tajikistan are taking part.

Source: TASS"""),
dict(url="https://uza.uz/react/posts/tashkentte-shy-ga-mshe-memleketter-syrtqy-ster-ministrler-keesn-otyrysy-ted_393740", lang="kk", pub=None, df=None, story="tashkent-cfm-2022-preview", q=Q19, rank=1,
 cut="first five paragraphs, cut before the paragraph where the excerpt breaks off", meeting=TAS if False else {"venue": "Tashkent", "date": "2022-07-29", "calendar": False},
 docs=[{"name": "Ұзақ мерзімді тату көршілік, достық және ынтымақтастық туралы келісімді іске асырудың кешенді жоспары", "type": "action_plan", "status": "planned", "meeting": {"venue": "Samarkand", "date": "2022-09-16"}}],
 note_extra="Undated (UzA's Kazakh page; '28-29 шілдеде' without a year, the Samarkand summit of 15-16 September 2022 named). Written before the meeting: a preview. Documents: the comprehensive plan for implementing the Treaty on long-term good-neighbourliness, capitalised in mid-sentence, to be approved for the Samarkand summit: counted planned at the summit (arguable); the concept of cooperation on transport corridors and the programme of industrial cooperation are in lower case (not counted), the regulation on the «ШЫҰ ізгі ниет елшісі» title quotes the title, not the regulation's (not counted).",
 text="""28-29 шілдеде Шанхай ынтымақтастық ұйымына мүше мемлекеттер Сыртқы істер министрлері кеңесінің кезекті отырысы өтеді.
Dunyo ақпарат агенттігінің дерегінше, іс-шараға ШЫҰ-ға мүше мемлекеттердің сыртқы істер министрліктерінің басшылары, сондай-ақ ШЫҰ Бас хатшысы мен МАТТ Атқару комитетінің директоры қатысады.
Отырыста 2022 жыл 15-16 қыркүйекте Самарқандта өтетін ШЫҰ-ға мүше мемлекеттер басшылары кеңесінің отырысына дайындық мәселесіне ерекше назар аударылады.
Сонымен қатар, ШЫҰ-ның келесі саммитіне маңызды құжаттар топтамасы бекітіледі деп күтілуде.
Олар қатарында Өзбекстан тарапының бастамасымен әзірленген Ұзақ мерзімді тату көршілік, достық және ынтымақтастық туралы келісімді іске асырудың кешенді жоспары, өзара тәуелділікті дамыту және тиімді көлік дәліздерін құру жөніндегі ынтымақтастық тұжырымдамасы, іскер топтар арасындағы өндірістік кооперацияны ілгерілету бағдарламасы, «ШЫҰ ізгі ниет елшісі» құрметті атағы туралы ереже қарастырылған."""),
dict(url="https://www.ca-news.info/2008/07/21/61", lang="ru", pub="2008-07-21", df="url", story="dushanbe-cfm-2008-preview", q=Q19, rank=3,
 cut="from the headline to the quote, cut before the paragraph where the excerpt breaks off", meeting={"venue": "Dushanbe", "date": "2008-07-25", "calendar": False},
 note_extra="The 'совместное информационное сообщение' to be adopted is in lower case: not counted.",
 text="""25 июля в Душанбе состоится очередное заседание Совета министров иностранных дел государств - членов ШОС
16:51 21.07.2008, Казахстан Сегодня
Астана. 21 июля. "Казахстан Сегодня" - 25 июля в Душанбе состоится очередное заседание Совета министров иностранных дел (СМИД) государств - членов Шанхайской организации сотрудничества (ШОС). Об этом сегодня в ходе еженедельного брифинга в МИД РК сообщил пресс-секретарь внешнеполитического ведомства Ильяс Омаров, передает корреспондент агентства.
"В ходе заседания СМИД будут обсуждены вопросы, связанные с подготовкой и проведением заседания Совета глав государств - членов ШОС, запланированного на 28 августа текущего года в Душанбе, а также состоится обмен мнениями по актуальным международным вопросам, в том числе основным тенденциям развития ситуации в мире, укреплению стабильности и безопасности в регионе Шанхайской организации сотрудничества", - сообщил И. Омаров. По его данным, "главами внешнеполитических ведомств государств - членов ШОС будет подписан ряд решений и принято совместное информационное сообщение по итогам СМИД"."""),
dict(url="https://en.vestikavkaza.ru/material/168176", lang="en", pub="2024-05-13", df="tool", story="astana-cfm-2024-preview", q=Q19, rank=4,
 cut="whole (the tool's date prefix removed; the page's own time line kept)", meeting={"venue": "Astana", "date": "2024-05-21", "calendar": False},
 text="""13 May. 19:35 (UTC+3 MSK)

Next week, a meeting of the SCO Foreign Ministers will be held in Astana. An official representative of the Ministry of Foreign Affairs of Kazakhstan spoke about this on May 13.

Aibek Smadiyarov clarified that the ministerial negotiations were scheduled for Tuesday.

"On May 21, 2024, the next meeting of the Council of the SCO Foreign Ministers will be chaired by Deputy Prime Minister, Minister of Foreign Affairs of Kazakhstan Murat Nurtleu",

the ministry's representative said.

Let us remind you that the previous meeting of the SCO Council of Foreign Ministers was held last fall."""),
dict(url="https://sputnik.kz/20231122/ministrler-men-uqshu-memleketteri-qauipsizdik-kenesterinin-khatshylary-minskte-kezdesti-40355675.html", lang="kk", pub="2023-11-22", df="url", story="x-csto-minsk-2023", q=Q19, rank=7,
 cut="from the headline to the opening paragraphs, cut before the quote where the excerpt breaks off", meeting={"venue": "Minsk", "date": "2023-11-22", "calendar": False},
 note_extra="The CSTO's joint session of foreign ministers, defence ministers and security council secretaries in Minsk: another organisation, an x- label (a hard negative to the SCO's ministers' and secretaries' meetings).",
 text="""ҰҚШҰ министрлері мен қауіпсіздік кеңесі басшылары Минскте кездесті

© Photo : Ян Горбанюк, "Ваяр" Совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности ОДКБ
 Совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности ОДКБ - Sputnik Қазақстан, 1920, 22.11.2023
Жазылу
Отырыс қорытындысы бойынша ҰҚШҰ елдерінің өкілдері бірқатар құжатқа қол қоюды жоспарлап отыр
АСТАНА, 22 қараша - Sputnik. Минскіде ҰҚШҰ Сыртқы істер министрлері кеңесінің, Қорғаныс министрлері кеңесінің және ҰҚШҰ Қауіпсіздік кеңестері хатшылары комитетінің бірлескен отырысы өтті, деп хабарлады Беларусь қорғаныс министрлігі.
Отырысты ашқан Беларусь сыртқы істер министрі Сергей Алейник Еуразия құрлығындағы саяси жағдайдың ушыққанын айтты.
Сергей Алейник ұйымға Беларусь төрағалығының қорытындыларына тоқталды, сондай-ақ Минскідегі кездесу тату әрі достық қарым-қатынаста өтіп жатқанын мәлімдеді."""),
dict(url="https://strategy2050.kz/content/news/1047/170938/", lang="kk", pub="2014-07-31", df="text", story="dushanbe-cfm-2014", q=Q19, rank=8,
 cut="whole", meeting={"venue": "Dushanbe", "date": "2014-07-31", "calendar": False},
 note_extra="Published day from the page's date line (31.07.2014). The CFM in Dushanbe (Rahmon receiving the delegations; the Dushanbe summit of September 2014 being prepared).",
 text="""31.07.2014
Келелі кеңеске Қазақстан Республикасының Сыртқы істер министрі А. Мусинов, Қытай Халық Республикасының Сыртқы істер министрі Ван И, Қырғызстан Республикасының Сыртқы істер министрі Э. Абдылдаев, Ресей Федерациясының Сыртқы істер министрі С. Лавров, Тәжікстан Республикасының Сыртқы істер министрі С. Аслов, Өзбекстан Республикасының Сыртқы істер министрі А. Камилов қатысты.
Бұдан басқа, алқа мәжілісіне ШЫҰ Бас хатшысы Д.Ф. Мезенцев пен ШЫҰ Терроризмге қарсы аймақтық құрылымының атқарушы комитетінің директоры Чжан Синьфэн қатысты.
Сонымен қатар, делегациялардың басшыларын Тәжікстан Республикасының Президенті Эмомали Рахмон қабылдады.
«ШЫҰ мүше мемлекет басшыларының 2014 жылдың 11-12 қыркүйек аралығында Душанбеде өтетін кездесуіне дайындық барысын делегаттар талқылады. Сондай-ақ, олар өзара ынтымақтастықты одан ары нығайту, халықаралық және аймақаралық істердегі ШЫҰ ролі мен орнын көтеру сыңды маңызды мәселелерді қарады», - делінген хабарламада."""),
]
