Q9 = "pages: секретари советов безопасности государств-членов ШОС встреча"
Q10 = "pages: Совет РСТС ШОС заседание Ташкент антитеррористической структуры"
Q11 = "pages: شنگھائی تعاون تنظیم وزرائے خارجہ اجلاس گوا بلاول بھٹو"
Q12 = "pages: एससीओ विदेश मंत्रियों की बैठक गोवा जयशंकर"
GOA = {"venue": "Goa", "date": "2023-05-05", "calendar": False}
TAS = {"venue": "Tashkent", "date": "2022-07-29", "calendar": False}
AST = {"venue": "Astana", "date": "2024-04-03", "calendar": False}
ITEMS = [
dict(url="https://ru24.net/mix/375614348", lang="ru", pub=None, df=None, story="astana-secretaries-2024", q=Q9, rank=2,
 cut="first three paragraphs (a last paragraph on an unrelated Lavrov meeting left out)", meeting=AST,
 note_extra="Undated. The 19th meeting of the security council secretaries in Astana (2-3 April 2024); 'подписан протокол' is an untitled protocol, not counted.",
 text="""Следующая встреча секретарей советов безопасности стран Шанхайской организации сотрудничества (ШОС) состоится в Китае в 2025 году.
Об этом заявили в пресс-службе президента Казахстана Касым-Жомарта Токаева по итогам 19-й встречи секретарей советов безопасности стран организации в Астане.
Отмечается, что по итогам подписан протокол."""),
dict(url="http://russian.news.cn/2018-05/16/c_137184102.htm", lang="ru", pub="2018-05-16", df="url", story="beijing-secretaries-2018-preview", q=Q9, rank=3,
 cut="first three paragraphs, cut before the paragraph where the excerpt breaks off", meeting={"venue": "Beijing", "date": "2018-05-22", "calendar": False},
 text="""Секретари Советов безопасности государств-членов ШОС встретятся в Пекине
Пекин, 16 мая /Синьхуа/ -- 13-е заседание секретарей Советов безопасности государств-членов Шанхайской организации сотрудничества /ШОС/ пройдет в Пекине 21-22 мая. Об этом объявил в среду официальный представитель МИД КНР Лу Кан.
В предстоящей встрече примут участие представители Китая, Индии, Казахстана, Кыргызстана, Пакистана, России, Таджикистана и Узбекистана, а также генеральный секретарь ШОС Рашид Алимов и директор исполкома Региональной антитеррористической структуры ШОС Евгений Сысоев. Участники обсудят ситуацию с безопасностью в регионе, приоритеты сотрудничества в этой сфере и другие вопросы, заявил Лу Кан."""),
dict(url="https://ria.ru/20090519/171553543.html", lang="ru", pub="2009-05-19", df="url", story="moscow-secretaries-2009-preview", q=Q9, rank=5,
 cut="whole", meeting={"venue": "Moscow", "date": "2009-05-20", "calendar": False},
 note_extra="Published the day before the meeting: a preview.",
 text="""МОСКВА, 19 мая - РИА Новости. Президент РФ Дмитрий Медведев 20 мая примет секретарей советов безопасности государств-членов Шанхайской организации сотрудничества, сообщила пресс-служба Кремля.
Секретари советов безопасности стран ШОС проведут в Москве очередное, четвертое заседание под председательством России.
В заседании примут участие представители Казахстана, Китая, Киргизии, Таджикистана, Узбекистана, генеральный секретарь ШОС Болат Нургалиев и директор исполнительного комитета Региональной антитеррористической структуры ШОС Мырзакан Субанов. На заседании запланирован обмен мнениями о путях укрепления координации совместной деятельности в сфере обеспечения безопасности и стабильности на пространстве ШОС и совершенствовании механизмов сотрудничества в рамках Организации."""),
dict(url="https://regnum.ru/news/1914854", lang="ru", pub="2015-04-13", df="text", story="moscow-secretaries-2015", q=Q9, rank=6,
 cut="first two paragraphs, cut before the paragraph where the excerpt breaks off", meeting={"venue": "Moscow", "date": "2015-04-14", "calendar": False},
 note_extra="Putin receiving the secretaries on the eve of their meeting (the tradition the text names): the meeting's label (arguable: the eve).",
 text="""Путин провел встречу с секретарями Совбезов стран ШОС
Москва, 13 апреля, 2015, 21:31 — ИА Регнум. Президент Российской Федерации Владимир Путин провел встречу с главами Советов безопасности стран-членов Шанхайской организации сотрудничества (Россия, Казахстан, Киргизия, Китай, Таджикистан и Узбекистан), а также с главами Совбезов стран-наблюдателей ШОС: Афганистана, Индии, Ирана, Монголии, Пакистана и Белоруссии. Встреча прошла в подмосковной резиденции российского президента в Ново-Огарёво, сообщает в понедельник, 13 апреля, пресс-служба Кремля.
По уже сложившейся традиции глава государства, председательствующего в ШОС (сейчас это Россия) принимает секретарей Совбезов в преддверии их заседания. Сегодня впервые на такой встрече присутствуют представители стран-наблюдателей. Также на встрече присутствовали директор Исполнительного комитета Региональной антитеррористической структуры ШОС Чжан Синьфэн и генеральный секретарь ШОС Дмитрий Мезенцев."""),
dict(url="https://musavat.com/ru/news/astana-primet-vstrechu-sekretarej-sovetov-bezopasnosti-gosudarstv-chlenov-shos_1057492.html", lang="ru", pub="2024-04-02", df="text",
 story="astana-secretaries-2024", q=Q9, rank=7, cut="from the headline (the site's motto line above it dropped) to the quote, cut before the paragraph where the excerpt breaks off", meeting=AST,
 note_extra="Published day from the page's date line (02.04.2024). Published on the meeting's first day, though written as an announcement: the meeting's label (as set 9's first-day reports; arguable: a preview).",
 text="""Астана примет встречу секретарей Советов безопасности государств-членов ШОС

243 02.04.2024 08:38 В Мире A A

В казахстанской столице Астане состоится 19-я встреча секретарей Советов безопасности государств-членов Шанхайской организации сотрудничества (ШОС).

Как сообщает Trend, об этом сказал официальный представитель МИД Казахстана Айбек Смадияров на брифинге.

«2-3 апреля 2024 года в Астане состоится 19-я встреча секретарей Советов безопасности государств-членов ШОС. Предстоящее мероприятие пройдет под председательством Казахстана. Впервые в ней примет участие Иран в качестве полноправного государства-члена ШОС. В качестве гостей приглашены государства-наблюдатели ШОС – Монголия и Беларусь», – сказал Смадияров."""),
dict(url="http://albanian.ruvr.ru/2011/03/25/47962073/", lang="sq", pub="2011-03-25", df="url", story="rats-council-tashkent-2011", q=Q10, rank=1,
 cut="whole", meeting={"venue": "Tashkent", "date": "2011-03-25", "calendar": False},
 note_extra="The Voice of Russia in Albanian. The programme named ('programit ... për vitet 2010-1012', sic) is cited, not adopted here: not counted.",
 text="""Zëri i Rusisë Këshilli i strukturës rajonale antiterroriste të Organizatës së Bashkëpunimit të Shangait (OBSH) do të mblidhet në Tashkent. Në të do të diskutohet realizimi i programit të luftës së përbashkët kundër terroruizmit, separatizmit dhe ekstremizmit për vitet 2010-1012, si dhe çështjet e krijimit të bazës juridike të bashkëpunimit në këtë sferë. Në mbledhje marrin pjesë përfaqësues nga Rusia, Kina, Kazakistani, Taxhikistani, Uzbekistani dhe Kirgizia."""),
dict(url="https://uz.sputniknews.ru/amp/20230616/tashkent-den-rojdeniya-rats-shos-meropriyatiye-36008351.html", lang="ru", pub="2023-06-16", df="url", story="rats-anniversary-tashkent-2023", q=Q10, rank=3,
 cut="first three paragraphs", meeting={"venue": "Tashkent", "date": "2023-06-15", "calendar": False},
 text="""ТАШКЕНТ, 16 июн — Sputnik. Накануне в Ташкенте в здании Исполкома Региональной антитеррористической структуры Шанхайской организации сотрудничества прошло торжество, посвященное очередной годовщине образования РАТС ШОС, сообщает ИА “Дунё”.
В нем участвовали представители ряда международных организаций, компетентных органов государств-членов ШОС, Центра народной дипломатии ШОС, МИД, представители дипмиссий государств-членов ШОС аккредитованных в Узбекистане, стран-наблюдателей и государств-партнеров по диалогу, постоянных представительств государств-членов ШОС при РАТС ШОС.
С онлайн-приветствием к ним обратился генеральный секретарь ШОС Чжан Мин."""),
dict(url="https://old.gov.uz/ru/news/view/16018", lang="ru", pub="2018-04-06", df="text", story="rats-council-tashkent-2018", q=Q10, rank=6,
 cut="from the title (the portal's name lines above it dropped) to the approval paragraph, cut before the sentence where the excerpt breaks off", meeting={"venue": "Tashkent", "date": "2018-04-05", "calendar": False},
 docs=[{"name": "Программа сотрудничества государств-членов Шанхайской организации сотрудничества в борьбе с терроризмом, сепаратизмом и экстремизмом на 2019-2021 годы", "type": "programme", "status": "planned"}],
 note_extra="Published day from the page's date line. The RATS council approved the draft of the 2019-2021 programme (a programme identified by its period, to go to the heads of state): counted as planned, arguable (the draft 'одобрен', the programme itself adopted later at Qingdao); the report of the RATS council is a yearly report, not counted.",
 text="""Информационное сообщение о тридцать втором заседании Совета Региональной антитеррористической структуры Шанхайской организации сотрудничества
2018-04-06 | ШОС
5 апреля 2018 года в городе Ташкент под председательством Кыргызской Республики состоялось тридцать второе заседание Совета Региональной антитеррористической структуры Шанхайской организации сотрудничества (РАТС ШОС). В нем приняли участие делегации компетентных органов Республики Индия, Республики Казахстан, Китайской Народной Республики, Кыргызской Республики, Исламской Республики Пакистан, Российской Федерации, Республики Таджикистан, Республики Узбекистан и Исполнительного комитета РАТС ШОС.
В ходе заседания одобрены проекты Программы сотрудничества государств-членов Шанхайской организации сотрудничества в борьбе с терроризмом, сепаратизмом и экстремизмом на 2019-2021 годы и доклада Совета РАТС ШОС Совету глав государств-членов ШОС о деятельности РАТС ШОС в 2017 году."""),
dict(url="https://knews.kg/2019/03/16/spetssluzhby-stran-shos-vstretilis-v-tashkente/", lang="ru", pub="2019-03-16", df="url", story="rats-council-tashkent-2019", q=Q10, rank=7,
 cut="headline and the three paragraphs (byline and share lines dropped)", meeting={"venue": "Tashkent", "date": "2019-03-15", "calendar": False},
 note_extra="The exercise and operation named ('Сары-Арка-Антитеррор-2019', 'Солидарность-2019-2021') are decided events, not documents.",
 text="""Спецслужбы стран ШОС встретились в Ташкенте

    Вчера, 15 марта в Ташкенте под председательством России состоялось очередное 34-е заседание совета Региональной антитеррористической структуры Шанхайской организации сотрудничества (РАТС ШОС). В нем приняли участие делегации из Индии, Казахстана, Китая, Кыргызстана, Пакистана, Таджикистана, Узбекистана и Исполнительного комитета РАТС ШОС.

    В ходе заседания одобрен доклад Совета РАТС ШОС, итоги работы компетентных органов и Исполнительного комитета по реализации программы сотрудничества в борьбе с терроризмом, сепаратизмом и экстремизмом.

    Принято решение провести в 2019 году совместное антитеррористическое учение «Сары-Арка-Антитеррор-2019», первого этапа совместной пограничной операции «Солидарность-2019-2021», седьмого заседания руководителей пограничных служб компетентных органов государств-членов ШОС и семинар-тренинга для специалистов компетентных органов по выявлению и пресечению использования Интернета в террористических, сепаратистских и экстремистских целях."""),
dict(url="https://news.com.pk/2022/11/01/35037/?amp=1", lang="ur", pub="2022-11-01", df="url", story="chg-2022-video", q=Q11, rank=1,
 cut="whole", meeting={"venue": "Beijing", "date": "2022-11-01"},
 note_extra="The heads of government council held online under China's chairmanship, 'today': the meeting's label (a heads of government session: calendar default).",
 text="""وزیر خارجہ بلاول بھٹو زرداری شنگھائی تعاون تنظیم کی سربراہان حکومت کی کونسل کے اجلاس میں پاکستان کی نمائندگی کریں گے۔ جو آج بیجنگ میں آن لائن منعقد ہو رہا ہے۔اجلاس کی صدارت چینی وزیر اعظم لی کی چیانگ کریں گے اور اِس میں قازقستان، کرغزستان، روس، تاجکستان اور ازبکستان کی حکومتوں کے سربراہ شرکت کریں گے۔بیلاروس، ایران اور منگولیا سمیت شنگھائی تعاون تنظیم کے مبصر ممالک کے سربراہ بھی اجلاس میں شرکت کریں گے۔"""),
dict(url="https://dailyaaj.com.pk/news/62328", lang="ur", pub=None, df=None, story="tashkent-cfm-2022", q=Q11, rank=2,
 cut="whole", meeting=TAS, note_extra="Undated ('today and tomorrow' in Tashkent, Bilawal as minister): the Tashkent CFM of 28-29 July 2022; written on its first day: the meeting's label.",
 text="""شنگھائی تعاون تنظیم کے وزرائےخارجہ کا اجلاس آج اور کل ازبکستان کے دارالحکومت تاشقند میں ہو گا، وزیر خارجہ بلاول بھٹو بھی اجلاس میں شرکت کریں گے ۔
میڈیا ذرائع کے مطابق وزیر خارجہ بلاول بھٹو ازبکستان کے قائم مقام ہم منصب کی دعوت پر شنگھائی تعاون تنظیم اجلاس میں شرکت کریں گے ۔
ذرائع کے مطابق اجلاس میں بھارتی وزیرخارجہ ڈاکٹر جے شنکر،اور چینی وزیرخارجہ وانگ ژی بھی شریک ہوں گے۔
وزرائے خارجہ اجلاس میں اہم عالمی اورعلاقائی امور پر تبادلہ خیال کیا جائے گا جبکہ بلاول بھٹو مختلف ممالک کے وزرائے خارجہ سے ملاقاتیں بھی کریں گے۔"""),
dict(url="https://akks.pk/شنگھائی-تعاون-تنظیم-کے-وزرائے-خارجہ-کا", lang="ur", pub=None, df=None, story="tashkent-cfm-2022", q=Q11, rank=3,
 cut="whole", meeting=TAS, note_extra="Undated; Samarkand summit of September named: the Tashkent CFM of July 2022 (arguable whether written on the eve or the first day).",
 text="""اسلام آ باد (نمائندہ عکس ) شنگھائی تعاون تنظیم کے وزرائے خارجہ کا اجلاس، وزیر خارجہ بلاول بھٹو شرکت کریں گے، وہ تاشقند میں شنگھائی کونسل آف وزرائے خارجہ کے دو روزہ اجلاس میں پاکستانی وفد کی قیادت کریں گے۔ خارجہ ازبکستان کے قائم مقام وزیر خارجہ ولادیمیر نوروف کی دعوت پر اجلاس میں شرکت کر رہے ہیں۔
ملاقات کے دوران ایس سی او کے وزرائے خارجہ اہم علاقائی اور بین الاقوامی امور پر تبادلہ خیال کریں گے اور اس سال ستمبر میں سمرقند میں ایس سی او سربراہان مملکت کے سربراہی اجلاس میں پیش کیے جانے والے فیصلوں اور دستاویزات کی منظوری دیں گے۔
اجلاس کی سائیڈ لائنز پر بلاول بھٹو زرداری ایس سی او کے رکن ممالک کے اپنے متعدد ہم منصبوں سے دو طرفہ ملاقاتیں بھی کریں گے۔ پاکستان کے علاوہ شنگھائی تعاون تنظیم کے رکن ممالک میں چین، بھارت، قازقستان، روس، کرغزستان، تاجکستان اور ازبکستان شامل ہیں۔"""),
dict(url="https://www.dostiradio.com/archives/333366", lang="ur", pub=None, df=None, story="tashkent-cfm-2022", q=Q11, rank=4,
 cut="whole", meeting=TAS, note_extra="Undated ('starting today in Tashkent'): the meeting's first day.",
 text="""وزیر خارجہ بلاول بھٹو زرداری شنگھائی کونسل آف فارن منسٹرز کے دو روزہ اجلاس میں پاکستانی وفد کی قیادت کریں گے جو آج تاشقند میں شروع ہورہا ہے۔
وہ ازبکستان کے قائم مقام وزیر خارجہ ولادی میر نوروف کی دعوت پر اجلاس میں شرکت کر رہے ہیں۔ اجلاس کے دوران شنگھائی تعاون تنظیم کے وزرائے خارجہ اہم علاقائی و عالمی امور پر تفصیلی تبادلہ خیال کریں گے اور فیصلوں اور دستاویز کی منظوری دیں گے جو اس سال ستمبر میں ثمر قند میں ہونے والے تنظیم کے سربراہ اجلاس میں پیش کئے جائیں گے۔"""),
dict(url="https://pakalerts.net/top-news/34589", lang="ur", pub=None, df=None, story="goa-cfm-2023", q=Q11, rank=5,
 cut="whole", meeting=GOA, note_extra="Undated; Bilawal welcomed by Jaishankar in Goa, the July summit ahead: the Goa CFM of 4-5 May 2023.",
 text="""بھارتی شہرگوا میں شنگھائی تعاون تنظیم کے اجلاس میں وزیرخارجہ بلاول بھٹو کی آمد پر بھارتی وزیر خارجہ سبرا مینم جے شنکر نے ان کا استقبال کیا۔
اجلاس کے بعد جولائی میں ہونے والے SCO سربراہان مملکت اجلاس کے ایجنڈے کو حتمی شکل دی جائے گی۔
اس سے قبل وزیر خارجہ بلاول بھٹو نے بھارت کے شہر گووا میں ازبکستان کے ہم منصب بختیور سیدوف اور روسی ہم منصب سے بھی ملاقات کی۔
خیال رہے کہ بلاول بھٹو شنگھائی تعاون تنظیم کی سالانہ کانفرنس میں شرکت کیلئے اس وقت بھارت کے شہر گووا میں موجود ہیں۔"""),
dict(url="https://waqtnews.tv/04-May-2023/170095", lang="ur", pub="2023-05-04", df="url", story="x-bilawal-lavrov-goa-2023", q=Q11, rank=6,
 cut="whole", meeting=GOA, note_extra="Bilawal's bilateral meeting with Lavrov in Goa on the eve of the CFM: sideline talks, an x- label.",
 text="""ایس سی او اجلاس کیلئے بھارت میں موجود بلاول بھٹو کی اہم ملاقات

شنگھائی تعاون تنظیم(ایس سی او) کے اجلاس کے لیے بھارت میں موجود وزیر خارجہ بلاول بھٹو کی روسی ہم منصب سے ملاقات ہوئی ہے۔ دونوں رہنماؤں کے مابین ملاقات میں دوطرفہ تعلقات اور باہمی دلچسپی کے امور پر تبادلہ خیال کیا گیا۔ خیال رہے کہ وزیر خارجہ بلاول بھٹو زرداری نے ایس سی او اجلاس میں شرکت کے لئے گوا پہنچنے پر اپنے بیان میں کہا کہ شنگھائی تعاون تنظیم کے اجلاس میں شرکت اور پاکستانی وفد کی قیادت کرنا میرے لئے خوشی کا باعث ہے۔ انہوں نے توقع ظاہر کی ہے کہ شنگھائی تعاون تنظیم(ایس سی او) کے وزراء خارجہ کی کونسل کا اجلاس کامیاب رہے گا۔ ۔"""),
dict(url="https://express.pk/story/2477645/saqafat?amp=1", lang="ur", pub=None, df=None, story="goa-cfm-2023", q=Q11, rank=7,
 cut="whole", meeting=GOA, note_extra="Undated; Bilawal leaving for Goa, 'the two-day meeting starts today': the meeting's first day (an English tweet quoted inside the Urdu text; lang ur).",
 text="""بھارت جانا ثبوت ہے کہ پاکستان شنگھائی تعاون تنظیم کو اہمیت دیتا ہے وزیرخارجہ
شنگھائی تعاون تنظیم ( ایس سی او) کے وزرائے خارجہ کے اجلاس میں شرکت کے لیے بھارت روانگی سے قبل وزیرخارجہ بلاول بھٹو زرداری نے ویڈیو پیغام میں کہا کہ میرا بھارت جانا اس بات کا ثبوت ہے کہ پاکستان ایس سی او اور اس کی رکنیت کو کتنی اہمیت دیتا ہے۔
بلاول بھٹو نے مزید کہا کہ بلاول بھٹو کا کہنا تھا کہ ایس سی وزرائے خارجہ اجلاس کے موقع پر رکن ممالک کے وزرائے خارجہ سے ملاقاتوں کا منتظر ہوں۔ ان ملاقاتوں میں باہمی تعلقات ، خطے اور عالمی مسائل پر تبادلہ خیال ہوگا۔
On my way to Goa, India. Will be leading the Pakistan delegation at the Shanghai Cooperation Organization CFM. My decision to attend this meeting illustrates Pakistan's strong commitment to the charter of SCO.
ایس سی او وزرائے خارجہ کا دو روزہ اجلاس آج سے بھارت کے شہر گووا میں شروع ہوگا۔ ایس سی او کے رکن ممالک میں چین ،پاکستان، بھارت، روس، قازقستان، کرغیزستان، تاجکستان اور ازبکستان شامل ہیں۔"""),
dict(url="https://ur.mehrnews.com/amp/1916270", lang="ur", pub=None, df=None, story="goa-cfm-2023", q=Q11, rank=8,
 cut="whole", meeting=GOA,
 text="""شنگھائی تعاون تنظیم کے رکن ممالک کے وزرائے خارجہ کے اجلاس سے خطاب کرتے ہوئے بلاول بھٹو نے کہا کہ پُرامن اور مستحکم افغانستان علاقائی انضمام، معاشی تعاون اور عالمی امن و استحکام کے لیے بھی اہم ہے۔

مہر خبررساں ایجنسی نے پاکستانی میڈیا سے نقل کیا ہے کہ بھارت کے شہر گوا میں شنگھائی تعاون تنظیم کے رکن ممالک کے وزرائے خارجہ کے اجلاس سے خطاب کرتے ہوئے بلاول بھٹو نے کہا کہ ایس سی او اجلاس میں پاکستان کی نمائندگی میرے لیے اعزاز کی بات ہے۔

وزیر خارجہ نے کہا کہ سفارتی ڈپلومیٹک پوائنٹ اسکورنگ کے لیے دہشتگردی کو بطور ہتھیار استعمال نہیں کرنا چاہیے، پُرامن اور مستحکم افغانستان علاقائی انضمام، معاشی تعاون اور عالمی امن و استحکام کے لیے بھی اہم ہے۔"""),
dict(url="https://themediatimes.in/2793", lang="hi", pub=None, df=None, story="goa-cfm-2023", q=Q12, rank=3,
 cut="first two paragraphs (the excerpt starts inside the article), cut before the paragraph where it breaks off", meeting=GOA,
 note_extra="Undated; the excerpt starts inside the article. The CFM under India's chairmanship (the Goa meeting of 2023 by its details; arguable, no city in the excerpt).",
 text="""विदेश मंत्रियों के सम्मेलन में वर्तमान भू-राजनीतिक उथल-पुथल की पृष्ठभूमि में क्षेत्र के सामने आने वाली समग्र चुनौतियों पर विचार-विमर्श किया जाएगा तथा सदस्य देशों के बीच द्विपक्षीय संबंधों की स्थिति चर्चाओं को प्रभावित नहीं करेगी।
एससीओ एक प्रभावशाली आर्थिक और सुरक्षा समूह है और सबसे बड़े अंतर-क्षेत्रीय अंतरराष्ट्रीय संगठनों में से एक के रूप में उभरा है। एससीओ की स्थापना 2001 में रूस, चीन, किर्गिज गणराज्य, कजाखस्तान, ताजिकिस्तान और उज्बेकिस्तान के राष्ट्रपतियों द्वारा शंघाई में एक शिखर सम्मेलन में की गई थी। भारत और पाकिस्तान 2017 में इसके स्थायी सदस्य बने।"""),
dict(url="https://currentaffairshindi.co.in/%e0%a4%b6%e0%a4%82%e0%a4%98%e0%a4%be%e0%a4%88-%e0%a4%b8%e0%a4%b9%e0%a4%af%e0%a5%8b%e0%a4%97-%e0%a4%b8%e0%a4%82%e0%a4%97%e0%a4%a0%e0%a4%a8-%e0%a4%95%e0%a5%87-%e0%a4%b8%e0%a4%a6%e0%a4%b8%e0%a5%8d/", lang="hi", pub=None, df=None,
 story="goa-cfm-2023-preview", q=Q12, rank=4, cut="headline and paragraph ('Leave a Comment' line dropped)", meeting=GOA,
 note_extra="Undated; 'starts tomorrow in Goa', India's chairmanship since September: the eve of the Goa meeting of 2023, a preview.",
 text="""शंघाई सहयोग संगठन के सदस्य देशों के विदेश मंत्रियों की बैठक कल गोवा में शुरू होगी

शंघाई सहयोग संगठन-एससीओ के विदेश मंत्रियों की दो दिन की बैठक कल से गोवा में शुरू होगी। पाकिस्तान और चीन सहित आठ देशों के विदेश मंत्रियों के गोवा पहुंचने और बैठक में हिस्सा लेने की संभावना है। भारत ने पिछले वर्ष सितंबर में एससीओ समूह की अध्यक्षता संभाली थी, जो इस वर्ष बैठक की मेजबानी कर रहा है। समूह के सदस्यों में रूस, भारत, चीन, पाकिस्तान और चार मध्य एशियाई देश-कजाकिस्तान, किर्गिस्तान, ताजिकिस्तान और उज्बेकिस्तान शामिल हैं।"""),
dict(url="https://jagarantripura.com/2023/05/03/1087-candidates-in-karnataka-assembly-polls-are-crorepatis-2", lang="bn", pub="2023-05-03", df="url",
 story="goa-cfm-2023-preview", q=Q12, rank=5, cut="first paragraph", meeting=GOA,
 note_extra="Bengali (Hindusthan Samachar); the URL's slug is another article's, its date agrees with the dateline (৩ মে). The day before the meeting: a preview.",
 text="""নয়াদিল্লি, ৩ মে (হি.স.) : বৃহস্পতিবার থেকে গোয়ায় সাংহাই কো-অপারেশন অর্গানাইজেশনের (এসসিও) বিদেশমন্ত্রীদের দুই দিনের বৈঠক শুরু হবে। বিদেশমন্ত্রী ডঃ এস জয়শঙ্কর বিদেশমন্ত্রীদের এই বৈঠকে যোগ দিতে বুধবার গোয়া পৌঁছেছেন।ভারত সাংহাই সহযোগিতা সংস্থার (এসসিও) বর্তমান সভাপতি। এসসিও ২০০১ সালে সাংহাইতে প্রতিষ্ঠিত হয়েছিল। এসসিও বর্তমানে আটটি সদস্য দেশ রয়েছে – ভারত, চিন, কাজাখস্তান, কিরগিজস্তান, রাশিয়া, পাকিস্তান, তাজিকিস্তান এবং উজবেকিস্তান।"""),
dict(url="https://abplive.com/web-stories/s-jaishankar-greets-bilawal-bhutto-qin-gang-and-other-with-namaste-in-sco-meeting-news-2400540", lang="hi", pub=None, df=None,
 story="goa-cfm-2023", q=Q12, rank=6, cut="whole", meeting=GOA, note_extra="Undated (Friday 5 May, no year; a web story's captions run together).",
 text="""गोवा के बेनाउलिम में शंघाई सहयोग संगठन (SCO) की दो दिवसीय हो रही है बैठक विदेश मंत्री एस जयशंकर ने शुक्रवार 5 मई को सभी समकक्षों का किया नमस्ते से स्वागत SCO बैठक में बिलावल भुट्टो-जरदारी, चिन गांग और अन्य विदेश मंत्री कर रहे हैं शिरकत बैठक का अहम विचार विमर्श 5 मई को शुरू हुआ गुरुवार 4 मई को ताज एक्जोटिका रिजॉर्ट में स्वागत समारोह से हुई शुरुआत बिलावल भुट्टो-जरदारी 12 साल बाद भारत का दौरा करने वाले पहले विदेश मंत्री भारत SCO के मौजूदा अध्यक्ष की हैसियत से विदेश मंत्रियों के सम्मेलन की कर रहा मेजबानी 2001 में बना SCO एक प्रभावशाली आर्थिक और सुरक्षा ब्लॉक है भारत को 2005 में SCO में एक पर्यवेक्षक बनाया गया भारत और पाकिस्तान 2017 में SCO के स्थायी सदस्य बने."""),
dict(url="https://www.aajtak.in/amp/india/news/video/sco-summit-2023-india-to-host-nations-chief-meeting-xi-jinping-shehbaz-sharif-likely-to-join-1690632-2023-05-08", lang="hi", pub="2023-05-08", df="url",
 story="new-delhi-summit-2023-preview", q=Q12, rank=7, cut="whole", meeting={"venue": "New Delhi", "date": "2023-07-04"},
 note_extra="A video's caption: the Goa meeting just held, the summit of heads of state in two months: a preview of the summit (a hard negative to the Goa CFM).",
 text="""भारत के गोवा में अभी शंघाई सहयोग संगठन (SC0) के विदेश मंत्रियों की बैठक हुई. अब दो महीने के बाद एससीओ का महाशिखर सम्मेलन होगा, जिसमें आठ देशों के राष्ट्राध्यक्ष शामिल होंगे. एससीओ देशों के प्रमुख भारत का दौरा करेंगे, जिनमें चीन के राष्ट्रपति शी जिनपिंग, रूस के राष्ट्रपति व्लादिमीर पुतिन और पाकिस्तान के प्रधानमंत्री शहबाज शरीफ के भी शामिल होने की संभावना है."""),
dict(url="https://sarkarimanthan.com/s-jaishankar-will-meet-the-foreign-ministers-of-china-and-russia-bilawal-bhutto-will-reach-goa-for-the-meeting", lang="hi", pub=None, df=None,
 story="goa-cfm-2023-preview", q=Q12, rank=8, cut="first paragraph", meeting=GOA,
 note_extra="Undated; the meeting 'scheduled for 4 and 5 May', the ministers still arriving: a preview (arguable: written on the eve or the first morning).",
 text="""गोवा में शंघाई कूपरेशन ऑर्गनाइजेशन के विदेश मंत्रियों की बैठक 4 और 5 मई को शेड्यूल है। भारतीय विदेश मंत्री एस जयशंकर इसके लिए गोवा पहुंच चुके हैं और तीन दिपक्षीय वार्ताओं के लिए शेड्यूल बनाया जा चुका है। माना जा रहा है कि मीटिंग के अलावा भारतीय विदेश मंत्री, चीन के विदेश मंत्री और रूस के विदेश मंत्री से वार्ता कर सकते हैं। वहीं पाकिस्तान के विदेश मंत्री बिलावल भुट्टो भी मीटिंग में शामिल होंगे लेकिन एस जयशंकर उनसे मिलेंगे या नहीं यह तय नहीं किया गया है। पाकिस्तानी विदेश मंत्री गुरूवार दोपहर तक गोवा पहुंचेंगे।"""),
]
