Q24 = "pages: совещание министров транспорта государств-членов ШОС подписан меморандум"
Q25 = "pages: 上合组织 交通部长会议 联合公报 签署"
Q26 = "pages: ШОС министры внутренних дел совещание совместное заявление"
Q27 = "pages: ШОС министры здравоохранения совещание план"
MOS = {"venue": "Moscow", "date": "2025-11-18"}
JC = {"name": "Joint Communiqué", "type": "communique", "status": "adopted"}
ITEMS = [
dict(url="https://lite.mir24.tv/news/16384383/na-zasedanii-soveta-glav-pravitelstv-stran-shos-podpisano-15-dokumentov", lang="ru", pub=None, df=None, story="tashkent-chg-2019", q=Q24, rank=1,
 cut="first four paragraphs, cut before the paragraph where the excerpt breaks off", meeting={"venue": "Tashkent", "date": "2019-11-02"},
 docs=[{"name": "Memorandum of understanding between the SCO and the Food and Agriculture Organization of the United Nations", "type": "memorandum", "status": "signed"},
       {"name": "Memorandum of understanding between the SCO Secretariat and the United Nations Economic Commission for Europe", "type": "memorandum", "status": "signed"}],
 note_extra="Undated; the 18th council in Tashkent (2 November 2019). The two memoranda with named organisations are counted (the guideline's memoranda with another organisation, one per counterpart; names in English, arguable); the framework agreement on transport, the plan for the food security programme, the railway concept, the customs memorandum and 'совместное коммюнике' are in lower case (not counted); reports are procedural.",
 text="""В Ташкенте по итогам заседания Совета глав правительств стран-участниц Шанхайской организации сотрудничества было подписано 15 документов. Один из таких – рамочное соглашение о формировании системы интегрированного управления транспортными перевозками, сообщает «Интерфакс».
Кроме того, стороны поставили свои подписи под текстом отчета о ходе программы многостороннего торгово-экономического сотрудничества, а также под планом реализации программы сотрудничества по продовольственной безопасности. Была принята концепция взаимодействия железнодорожных администраций государств-членов ШОС в сфере ж/д транспорта.
Еще подписаны меморандум между таможенными службами о взаимной интеграции национальных транзитных систем и совместное коммюнике по итогам 18-го заседания Совета глав правительств государств-членов ШОС.
Также участники заседания подписали меморандумы о взаимопонимании между ШОС и Продовольственной и сельскохозяйственной организацией ООН и о взаимопонимании между Секретариатом ШОС и Европейской экономической комиссией Организации Объединенных Наций."""),
dict(url="https://ria.ru/20251119/shos-2055972466.html", lang="ru", pub="2025-11-19", df="tool", story="moscow-chg-2025", q=Q24, rank=4,
 cut="first four paragraphs, cut before the paragraph where the excerpt breaks off", meeting=MOS,
 note_extra="Published the day after the council, on its communiqué: the meeting's label (the real set's rule for analyses published after a meeting). 'совместного коммюнике по итогам 24-го заседания ...' is in lower case: not counted (the guideline; arguable, since it names the meeting).",
 text="""МОСКВА, 19 ноя - РИА Новости. Страны-участницы Шанхайской организации сотрудничества (ШОС) договорились принять меры по развитию транспортного потенциала и гражданской авиации, следует из совместного коммюнике по итогам 24-го заседания Совета глав правительств (премьер-министров) государств-членов ШОС.
"Профильные министерства и ведомства должны принять дополнительные меры по развитию транспортно-логистического и транзитного потенциала, международных автомобильных, железнодорожных и мультимодальных перевозок на пространстве ШОС", - говорится в документе.
Из текста документа также следует, что главы делегаций стран ШОС выступили за развитие сотрудничества в сфере гражданской авиации.
"Главы делегаций выступили за дальнейшее развитие сотрудничества в сфере гражданской авиации и воздушных перевозок, включая меры по расширению маршрутной сети, снижению административных барьеров и улучшению условий для пассажирских и грузовых авиаперевозок", - говорится в сообщении."""),
dict(url="https://apsny-line.ru/news/world/1769.html", lang="ru", pub=None, df=None, story="transport-forum-tashkent", q=Q24, rank=5,
 cut="from the headline to the paragraph on the first memorandum's signing, cut at its last sentence end before the point where the excerpt breaks off", meeting={"venue": "Tashkent", "calendar": False},
 note_extra="Undated, and no year in the text (the SCO transport forum in Tashkent). The corridor memoranda are signed by some states' ministries on the forum's sidelines: not SCO documents (the guideline's sideline documents), not counted.",
 text="""Страны ШОС создадут два международных транспортных коридора

Страны ШОС создадут два международных транспортных коридора
Одним из итогов Транспортного форума стран-членов ШОС стали меморандумы о создании двух транспортных коридоров - из Беларуси в Пакистан через Россию, Казахстан и Узбекистан и из России в Кыргызстан через Каспий и Узбекистан.

На полях Транспортного форума стран-членов ШОС, проходящего в Ташкенте, подписаны меморандумы о взаимопонимании по созданию транспортных коридоров "Беларусь - Россия - Казахстан - Узбекистан - Афганистан - Пакистан" и "Россия - Каспийское море - Туркменистан - Узбекистан - Кыргызстан", сообщает пресс-служба исполнительного комитета СНГ."""),
dict(url="http://1.62.100.15/articles.php?AJY69=ynxh.html", lang="zh", pub=None, df=None, story="bishkek-chg-2023", q=Q25, rank=3,
 cut="from the dateline (the copying site's '发布时间 ... 来源' line above it dropped) to the paragraph on the chairmanship, cut before the paragraph where the excerpt breaks off", meeting={"venue": "Bishkek", "date": "2023-10-26"},
 docs=[JC],
 note_extra="Undated: a copying site (an IP address) with its own later '发布时间' line; the dateline has no year. The page is Xinhua's text of the 22nd council's joint communiqué (its title at the head, then its text): counted adopted as the Joint Communiqué.",
 text="""新华社比什凯克10月26日电
上海合作组织成员国政府首脑(总理)理事会第二十二次会议联合公报
2023年10月26日,上海合作组织(以下简称“上合组织”或“本组织”)成员国政府首脑(总理)理事会第二十二次会议在比什凯克举行。印度共和国外交部长苏杰生、伊朗伊斯兰共和国第一副总统穆赫贝尔、哈萨克斯坦共和国总理斯迈洛夫、中华人民共和国国务院总理李强、吉尔吉斯共和国总理扎帕罗夫、巴基斯坦伊斯兰共和国外交部长吉拉尼、俄罗斯联邦政府总理米舒斯京、塔吉克斯坦共和国总理拉苏尔佐达、乌兹别克斯坦共和国总理阿里波夫出席会议。
吉尔吉斯共和国总理扎帕罗夫主持会议。
上合组织秘书长张明、上合组织地区反恐怖机构执行委员会主任米尔扎耶夫、上合组织实业家委员会理事会轮值主席达尔巴里、上合组织银行联合体理事会轮值主席杰山卡尔列席会议。
上合组织观察员国白俄罗斯共和国总理戈洛夫琴科、蒙古国总理奥云额尔登、会议主办国客人土库曼斯坦副总理格尔季梅拉多夫以及独立国家联合体、欧亚经济委员会、亚洲相互协作与信任措施会议常设机构负责人列席会议。
各代表团团长在友好、建设性和务实的气氛中围绕国际和地区问题广泛交换意见,讨论了加强上合组织框架内经贸和人文合作的迫切问题。
各代表团团长高度评价印度共和国担任2022年至2023年上合组织轮值主席国期间所做工作,支持积极落实上合组织成员国元首理事会会议(2023年7月4日,视频方式)成果。
各代表团团长支持哈萨克斯坦共和国担任2023年至2024年上合组织轮值主席国。"""),
dict(url="https://shiyibao.com/lingnan/transNewsDetails/G0pesx8XrUmJNL", lang="zh", pub="2025-11-19", df="text", story="moscow-chg-2025", q=Q25, rank=4,
 cut="first paragraphs (Chinese with the site's English translation line by line), cut at the end of the chair's line before the point where the excerpt breaks off", meeting=MOS, docs=[JC],
 note_extra="Published day: the date the title line gives (2025-11-19; arguable, it may be the document's release day). The page is the 24th council's joint communiqué itself (title, then text): counted adopted. Chinese with an English rendering (lang zh).",
 text="""上海合作组织成员国政府首脑(总理)理事会第二十四次会议联合公报(2025-11-19)
Joint Communiqué of the 24th Meeting of the Council of Heads of Government (Prime Ministers) of the Shanghai Cooperation Organisation Member States (November 19, 2025)
2025年11月17日至18日,上海合作组织(以下简称“上合组织”或“组织”)成员国政府首脑(总理)理事会第二十四次会议在莫斯科举行。
The 24th meeting of the Council of Heads of Government (Prime Ministers) of the Shanghai Cooperation Organisation (hereinafter referred to as "SCO" or "the Organization") member states will be held in Moscow from November 17 to 18, 2025.
白俄罗斯共和国总理图尔钦、印度共和国外交部长苏杰生、伊朗伊斯兰共和国第一副总统阿雷夫、哈萨克斯坦共和国总理别克捷诺夫、中华人民共和国国务院总理李强、吉尔吉斯共和国总理卡瑟马利耶夫、巴基斯坦伊斯兰共和国副总理兼外交部长达尔、俄罗斯联邦政府总理米舒斯京、塔吉克斯坦共和国总理拉苏尔佐达、乌兹别克斯坦共和国总理阿里波夫出席会议。
Prime Minister Turchin of the Republic of Belarus, External Affairs Minister S. Jaishankar of the Republic of India, First Vice President Aref of the Islamic Republic of Iran, Prime Minister Bektenov of the Republic of Kazakhstan, Premier Li Qiang of the State Council of the People's Republic of China, Prime Minister Kaseymaliev of the Kyrgyz Republic, Deputy Prime Minister and Foreign Minister Dar of the Islamic Republic of Pakistan, Prime Minister Mishustin of the Russian Federation, Prime Minister Rasulzoda of the Republic of Tajikistan, and Prime Minister Aripov of the Republic of Uzbekistan attended the meeting.
会议由俄罗斯联邦政府总理米舒斯京主持。
The meeting was chaired by Russian Prime Minister Mikhail Mishustin."""),
dict(url="https://fx361.cc/page/2019/1128/11962088.shtml", lang="zh", pub="2019-11-28", df="url", story="logistics-roundtable-lianyungang-2019", q=Q25, rank=7,
 cut="first four paragraphs, cut before the paragraph where the excerpt breaks off", meeting={"venue": "Lianyungang", "date": "2019-12-06", "calendar": False},
 docs=[{"name": "2019年上海合作组织成员国圆桌会议联合声明", "type": "joint_statement", "status": "adopted"}],
 note_extra="A journal's page (大陆桥视野 2019/12) with the URL's and date line's 2019-11-28, while the text dates the roundtable 6 December 2019 (a contradiction of the source; the URL's day kept, arguable). The page is the roundtable's joint statement itself: counted adopted (arguable: a roundtable of SCO members' ministries, not a council). The programme to 2035 and other documents are cited, not counted.",
 text="""2019年上海合作组织成员国圆桌会议联合声明

2019-11-28 15:12
大陆桥视野 2019年12期
关键词:圆桌会议与会者亚欧

2019年12月06日在中华人民共和国连云港市召开上海合作组织(以下简称上合组织或者组织)成员国圆桌会议,主题为“拓展上合组织经贸物流合作、共建亚欧跨境国际物流运输通道”。

参加圆桌会议的有上合组织秘书处秘书长诺罗夫先生和来自上合组织各成员国交通、外贸、海关国检、植物检疫部门以及铁路管理部门的部委领导和代表。"""),
dict(url="https://mirror.akorda.kz/ru/events/international_community/foreign_other_events/bishkekskaya-deklaraciya-soveta-glav-gosudarstv-chlenov-shanhaiskoi-organizacii-sotrudnichestva", lang="ru", pub=None, df=None,
 story="bishkek-summit-2019", q=Q26, rank=2, cut="first two paragraphs", meeting={"venue": "Bishkek", "date": "2019-06-14"},
 note_extra="Undated. The Bishkek Declaration's own text, but the excerpt starts after its title (the title is only in the URL): no document counted, arguable (the guideline's own-text rule asks for the title at the head). A summit negative.",
 text="""Руководители государств-членов Шанхайской организации сотрудничества (далее – ШОС или Организация) по итогам заседания Совета глав государств-членов в Бишкеке 14 июня 2019 года заявляют о следующем.
Современный мир продолжает стремительно меняться, активно перераспределяется глобальный баланс сил, прежде всего за счет становления новых центров развития в Азии, углубляется взаимосвязанность и взаимозависимость между участниками международных отношений. Вместе с тем ситуация в глобальной политике и экономике остается турбулентной и напряженной, процесс экономической глобализации сталкивается с ростом односторонних протекционистских мер и других вызовов в международной торговле."""),
dict(url="http://kremlin.ru/supplement/5315", lang="ru", pub=None, df=None, story="qingdao-summit-2018", q=Q26, rank=3,
 cut="first two paragraphs", meeting={"venue": "Qingdao", "date": "2018-06-10"},
 note_extra="Undated. The Qingdao Declaration's own text without its title in the excerpt: no document counted (as akorda's Bishkek text; arguable). A summit negative.",
 text="""Руководители государств – членов Шанхайской организации сотрудничества (далее – ШОС или Организация) по итогам заседания Совета глав государств-членов в Циндао 10 июня 2018 года заявляют о следующем.
Динамично развивающийся мир в настоящее время переживает период крупных перемен и серьезной перенастройки, геополитический ландшафт становится разнообразным и многополярным, более тесными становятся связи между странами."""),
dict(url="https://rus.sectsco.org/20230513/6-e-Soveschanie-ministrov-zdravookhraneniya-gosudarstv-chlenov-Shankhayskoy-organizatsii-sotrudnichestva-943777.html", lang="ru", pub="2023-05-13", df="url", story="health-ministers-2023", q=Q27, rank=1,
 cut="whole", meeting={"venue": "New Delhi", "date": "2023-05-12", "calendar": False},
 note_extra="The sixth health ministers' meeting, by video (ВКС) under India's chairmanship (venue New Delhi, as daryamedia's report says).",
 text="""12 мая 2023 года в формате ВКС состоялось Шестое Совещание министров здравоохранения государств-членов Шанхайской организации сотрудничества.
В ходе заседания были рассмотрены вопросы предупреждения чрезвычайных ситуаций в области здравоохранения, расширения доступа к качественному медицинскому обслуживанию, цифровизации здравоохранения, борьбы с неинфекционными заболеваниями, развития предиктивной медицины и медицинского туризма.
Генеральный директор Всемирной Организации Здравоохранения Тедрос Адханом Габрейесус присутствовал на Совещании в качестве почетного гостя. В своем обращении он обозначил актуальные проблемы развития здравоохранения на глобальном уровне, призвал к солидарности и широкому сотрудничеству.
Секретариат ШОС был представлен заместителем Генерального секретаря ШОС Джанеш Кэйном, который проинформировал стороны об основных тенденциях развития сотрудничества в сфере здравоохранения в рамках ШОС."""),
dict(url="https://khovar.tj/rus/2010/11/soveshhanie-ministrov-zdravoohraneniya-gosudarstv-chlenov-shos", lang="ru", pub="2010-11-17", df="text", story="health-ministers-astana-2010-preview", q=Q27, rank=2,
 cut="whole (the excerpt breaks off after \"постоянно\")", meeting={"venue": "Astana", "date": "2010-11-18", "calendar": False},
 docs=[{"name": "Соглашение между правительствами государств-членов ШОС о сотрудничестве в области здравоохранения", "type": "agreement", "status": "planned"},
       {"name": "План многостороннего сотрудничества государств-членов ШОС в области здравоохранения", "type": "action_plan", "status": "planned"}],
 note_extra="Published day from the page's date line (Ноябрь 17, 2010) and the dateline. The day before the first health ministers' meeting in Astana: a preview. The capitalised drafts of the intergovernmental health Agreement and the multilateral health Plan to be considered: counted planned at that meeting (arguable: drafts; the agreement was signed later).",
 text="""СОВЕЩАНИЕ МИНИСТРОВ ЗДРАВООХРАНЕНИЯ ГОСУДАРСТВ-ЧЛЕНОВ ШОС

Ноябрь 17, 2010 17:36

Душанбе, 17 ноября. (НИАТ «Ховар», Кристина Эрлих). — Первое Совещание министров здравоохранения государств-членов ШОС состоится завтра, 18 ноября, в городе Астана  (Казахстан).    Республику Таджикистан на первом Совещании министров здравоохранения  ШОС  представит первый заместитель Министра здравоохранения РТ Саида Джобирова. Об этом корреспонденту НИАТ «Ховар» сообщили в пресс-центре Минздрава РТ.    По словам источника, министры обсудят предложения сторон по созданию эффективного механизма взаимодействия в сферах медицинского образования, науки, инноваций и новых технологий, системы профилактики инфекционных заболеваний и медицинской помощи при чрезвычайных ситуациях, а также оказания медицинской помощи населению.    Кроме того, на Совещании будут рассмотрены такие  проекты: Соглашения между правительствами государств-членов ШОС о сотрудничестве в области здравоохранения, План многостороннего сотрудничества государств-членов ШОС в области здравоохранения и регламент работы постоянно"""),
dict(url="http://www.orinfo.ru/kz/96652/v-moskve-ministry-zdravookhraneniya-stran-shos-dogovorilis-o-reformakh", lang="ru", pub=None, df=None, story="health-ministers-moscow-2015", q=Q27, rank=3,
 cut="first four paragraphs, cut before the sentence where the excerpt breaks off", meeting={"venue": "Moscow", "date": "2015-07-07", "calendar": False},
 note_extra="Undated ('Сегодня'); the second health ministers' meeting in Moscow (7 July 2015 by sputnik.kg's report).",
 text="""В Москве министры здравоохранения стран ШОС договорились о реформах

Сегодня в Москве состоялось второе Совещание министров здравоохранения государств-членов Шанхайской организации сотрудничества (ШОС), сообщает пресс-служба МЗСР РК.

В  мероприятии приняли участие вице-министр здравоохранения и социального развития РК А. Цой, заместитель председателя Госкомитета по здравоохранению и планированию рождаемости КНР Сунь Чжиган, министры здравоохранения Кыргызской Республики Т. Батыралиев, Российской Федерации В. Скворцова, первый заместитель министра здравоохранения и социального развития Таджикистана Л. Бобоходжаева и др.

В ходе встречи руководителей министерств здравоохранения были обсуждены вопросы налаживания многостороннего сотрудничества в сфере охраны здоровья населения.

Стороны отметили, что наличие общих границ, активное транспортное сообщение и миграционные потоки между государствами-членами ШОС диктуют необходимость комплексных скоординированных совместных действий по обеспечению безопасности здоровья населения государств-членов ШОС."""),
dict(url="http://mirperemen.net/2020/06/eksperty-odobrili-proekt-plana-dejstvij-stran-shos-po-borbe-s-epidemiyami", lang="ru", pub=None, df=None, story="sanitary-services-heads-2020", q=Q27, rank=5,
 cut="whole", meeting={"venue": "Moscow", "date": "2020-06-17", "calendar": False},
 note_extra="Undated (the URL gives a month only; RIA's '17 июня' without a year). The heads of sanitary services of SCO states (Popova, June 2020; venue: Russia's chairmanship, arguable). The plan of joint actions against epidemics and the action plan for the 2025 strategy are in lower case: not counted.",
 text="""Эксперты одобрили проект плана действий стран ШОС по борьбе с эпидемиями
Эксперты согласовали и одобрили проект плана совместных действий стран-членов Шанхайской организации сотрудничества (ШОС) по противодействию угрозам эпидемий, заявила глава Роспотребнадзора Анна Попова, передает 17 июня РИА Новости.
"Я благодарю экспертов, которые вчера согласовали и в целом одобрили проект плана совместных действий государств-членов ШОС по противодействию угрозам эпидемий на пространстве региона", - сказала Попова на заседании глав служб государств-членов ШОС, отвечающих за обеспечение санитарно-эпидемиологического благополучия.
Она предположила, что план совместных действий будет утвержден главами государств-членов ШОС в рамках саммита ШОС, который состоится осенью.
Как сообщил ранее в июне Генсек ШОС Владимир Норов, на предстоящем саммите в Санкт-Петербурге планируется утвердить более 20 документов, в том числе план действий по реализации стратегии развития ШОС до 2025 года."""),
dict(url="https://daryamedia.ir/%D9%85%DB%8C%D8%AE%D8%A7%D8%A6%DB%8C%D9%84-%D9%85%D9%88%D8%B1%D8%A7%D8%B4%DA%A9%D9%88-%D9%88%D8%B2%DB%8C%D8%B1-%D8%A8%D9%87%D8%AF%D8%A7%D8%B4%D8%AA-%D8%B1%D9%88%D8%B3%DB%8C%D9%87-%D8%A7%D8%B2-%D9%84/", lang="fa", pub=None, df=None,
 story="health-ministers-2023", q=Q27, rank=6, cut="whole", meeting={"venue": "New Delhi", "date": "2023-05-12", "calendar": False},
 note_extra="Undated ('روز جمعه'); the sixth health ministers' meeting (Friday 12 May 2023, India's chairmanship). The protocol adopted is untitled: not counted.",
 text="""میخائیل موراشکو وزیر بهداشت روسیه از لزوم ایجاد انجمن پزشکی سازمان همکاری شانگهای خبر داد – اخبار تاجیکستان

میخائیل موراشکو، وزیر بهداشت روسیه از لزوم بازگشت به موضوع ایجاد انجمن پزشکی سازمان همکاری شانگهای (SCO) خبر داد. این مطلب روز جمعه به دنبال سخنرانی موراشکو در ششمین نشست وزرای بهداشت کشورهای عضو سازمان همکاری شانگهای توسط سرویس مطبوعاتی این وزارتخانه به خبرنگاران گزارش شد.

این رویداد در دهلی نو (هند) با حضور نمایندگان وزارتخانه های بهداشت روسیه، هند، قزاقستان، قرقیزستان، چین، پاکستان، تاجیکستان و ازبکستان برگزار شد.

به گزارش سرویس مطبوعاتی، در نتیجه این رویداد، پروتکلی به تصویب رسید که اهداف و اولویت های توسعه مراقبت های بهداشتی در کشورهای عضو سازمان همکاری شانگهای را برای آینده نزدیک تعیین می کرد."""),
dict(url="https://russian.dbw.cn/system/2025/04/30/001541088.shtml", lang="ru", pub="2025-04-30", df="url", story="health-ministers-xian-2025", q=Q27, rank=7,
 cut="from the headline (the site's language and breadcrumb lines above it dropped) to the photo caption and the lead, cut before the paragraph where the excerpt breaks off", meeting={"venue": "Xi'an", "date": "2025-04-28", "calendar": False},
 text="""Главы минздрав стран ШОС призвали укреплять сотрудничество для совместного реагирования на глобальные вызовы
2025-04-30 14:06:39

 28 апреля 2025 года, 8-е совещание министров здравоохранения государств-членов Шанхайской организации сотрудничества /ШОС/ в городе Сиань провинции Шэньси /Северо-Западный Китай/. /Фото: Синьхуа/

 Сиань, 30 апреля /Синьхуа/ -- Участники 8-го совещания министров здравоохранения государств-членов Шанхайской организации сотрудничества /ШОС/ призвали укреплять обмены и сотрудничество в области гигиены и здравоохранения для совместного реагирования на глобальные вызовы в этой сфере."""),
dict(url="https://ru.sputnik.kg/20150707/1016558555.html", lang="ru", pub="2015-07-07", df="url", story="health-ministers-moscow-2015", q=Q27, rank=8,
 cut="first three paragraphs", meeting={"venue": "Moscow", "date": "2015-07-07", "calendar": False},
 note_extra="Published on the meeting's day (Tuesday 7 July 2015), though written as an announcement: the meeting's label (as set 9's first-day reports; arguable).",
 text="""БИШКЕК, 7 июл — Sputnik. Глава Минздрава Кыргызстана Талантбек Батыралиев во вторник примет участие во втором совещании министров здравоохранения стран-участниц Шанхайской организации сотрудничества (ШОС) в Москве, сообщили в пресс-службе ведомства.
В ШОС входят Россия, Китай, Казахстан, Кыргызстан, Таджикистан и Узбекистан.
Министры обсудят реформу системы здравоохранения, борьбу с фальсифицированной медицинской продукцией, опыт формирования перечня лекарственных средств для обеспечения гарантированной медицинской помощи."""),
]
