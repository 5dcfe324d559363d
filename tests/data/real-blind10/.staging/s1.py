Q2 = "pages: СМИД ШОС заседание Совета министров иностранных дел Лавров"
Q3 = "pages: 上合组织成员国外长理事会会议 王毅"
Q4 = "pages: SCO defence ministers meeting Qingdao Rajnath Singh"
Q5 = "pages: ШОС министры обороны Циндао Белоусов совещание"
Q6 = "pages: 上合组织成员国国防部长会议 青岛 董军"
Q7 = "pages: ŞİÖ Dışişleri Bakanları Konseyi toplantısı"
Q8 = "pages: نشست وزرای خارجه سازمان همکاری شانگهای عراقچی تیانجین"
TJ = {"venue": "Tianjin", "date": "2025-07-15", "calendar": False}
QD = {"venue": "Qingdao", "date": "2025-06-26", "calendar": False}
ITEMS = [
dict(url="https://smolensk-news.ru/society/2025/07/15/6472.html", lang="ru", pub="2025-07-15", df="url",
 story="tianjin-cfm-2025", q=Q2, rank=2, cut="first paragraphs (the headline line twice, the lead, the Beijing paragraph), cut before the paragraph where the excerpt breaks off",
 meeting=TJ, text="""15 июля в Тяньцзине Министр иностранных дел России С.В.Лавров принял участие в заседании Совета министров иностранных дел государств-членов Шанхайской организации сотрудничества (СМИД #ШОС)

15 июля в Тяньцзине Министр иностранных дел России С.В.Лавров принял участие в заседании Совета министров иностранных дел государств-членов Шанхайской организации сотрудничества (СМИД #ШОС)

15 июля в Тяньцзине Министр иностранных дел России С.В.Лавров принял участие в заседании Совета министров иностранных дел государств-членов Шанхайской организации сотрудничества (СМИД #ШОС).

В первой половине дня в Пекине состоялась встреча Председателя КНР Си Цзиньпина с участвующими в заседании Совета главами внешнеполитических ведомств, в ходе которой китайский руководитель поделился оценками состояния и перспектив развития ШОС. С.В.Лавров от имени всех коллег выступил с ответным словом."""),
dict(url="https://grani21.ru/news/sergej-lavrov-rasskazal-zhurnalistam-ob-itogah-vstrechi-glav-mid-v-ramkah-shos", lang="ru", pub=None, df=None,
 story="bishkek-cfm-2019", q=Q2, rank=3, cut="from the headline (a site's menu line above it dropped) to the end of the quote, cut before the paragraph where the excerpt breaks off",
 meeting={"venue": "Bishkek", "date": "2019-05-22", "calendar": False},
 note_extra="No year in the text: the Bishkek CFM before the final summit preparations is that of 21-22 May 2019 (the public record; the page's menu line names November 2024, a later capture): arguable.",
 text="""Сергей Лавров рассказал журналистам об итогах встречи глав МИД в рамках ШОС

Видео 1
Пресс-подход С. Лаврова. Фото: Наталия КолывановаСергей Лавров рассказал журналистам об итогах встречи глав МИД в рамках ШОС   Сергей Лавров АРС-Пресс газета Грани

Пресс-подход С. Лаврова. Фото: Наталия Колыванова


0

Встреча министров иностранных дел стран-участниц ШОС будет способствовать укреплению международного права. Об этом заявил глава МИД России Сергей Лавров по итогам заседания СМИД (Совета министров иностранных дел) Шанхайской организации сотрудничества, прошедшем в Бишкеке. Об этом сообщает главный редктор газеты "Грани" Наталия Колыванова, которая присутствовала на пресс-подходе главы российского МИДа.

"Решения, одобренные на этой сессии, будут способствовать усилению голоса ШОС в поддержку верховенства международного права, Устава ООН, норм ВТО", - подчеркнул глава внешнеполитического ведомства России."""),
dict(url="https://dzen.ru/a/ZFRL0Kk4bW9SDF5n", lang="ru", pub=None, df=None,
 story="goa-cfm-2023", q=Q2, rank=4, cut="whole", meeting={"venue": "Goa", "date": "2023-05-05", "calendar": False},
 note_extra="Undated (4 May without a year); the Goa meeting of 4-5 May 2023 (the New Delhi summit of 3-4 July named).",
 text="""Министр иностранных дел России Сергей Лавров 4 мая прибыл в Гоа, чтобы принять участие в Совете министров иностранных дел государств - членов Шанхайской организации сотрудничества (ШОС). Об этом сообщила официальный представитель российского МИД Мария Захарова в своём Telegram-канале.
«Сергей Лавров прибыл в Индию, где пройдёт Совет министров иностранных дел ШОС и ряд двусторонних встреч. Участников заседания местная сторона встречала красочно», - пишет Захарова.
Лавров уже провёл двусторонние встречи с министрами иностранных дел Индии, Китая и Пакистана.
На заседании СМИД ШОС главы МИД обсудят актуальные проблемы в международной и региональной политике.
Приоритетом обсуждения станет намеченное на 3-4 июля заседание Совета глав государств ШОС."""),
dict(url="http://tass.ru/politika/17624491", lang="ru", pub="2023-04-27", df="text",
 story="goa-cfm-2023-preview", q=Q2, rank=5, cut="whole", meeting={"venue": "Goa", "date": "2023-05-05", "calendar": False},
 note_extra="Dateline 'МОСКВА, 27 апреля' without a year; the year from the event the text names (the New Delhi summit of July 2023): arguable. Announced a week before: a preview.",
 text="""МОСКВА, 27 апреля. /ТАСС/. Министр иностранных дел России Сергей Лавров 4-5 мая примет участие в заседании Совета министров иностранных дел (СМИД) Шанхайской организации сотрудничества (ШОС), которое пройдет в Индии. Об этом сообщила в четверг на брифинге официальный представитель МИД РФ Мария Захарова.
"В период с 4 по 5 мая глава российского внешнеполитического ведомства примет участие в заседании Совета министров иностранных дел государств - членов Шанхайской организации сотрудничества в Индии", - сказала она.
"Главы внешнеполитических структур в этом формате планируют уделить приоритетное внимание вопросам содержательного наполнения очередного заседания Совета глав государств - членов ШОС, напомню, оно запланировано на период с 3 по 4 июля в Нью-Дели, в том числе рассмотрят проекты соответствующих документов и решений", - добавила она.
Кроме того, по словам дипломата, планируется обмен мнениями по актуальным сюжетам международной и региональной повестки дня.
По словам дипломата, у главы МИД России на полях мероприятия "запланирован ряд двусторонних встреч"."""),
dict(url="https://news.walrusbay.ru/news/ebaa77e2-e6a3-4dbf-abc1-f3f49a14e26a", lang="ru", pub=None, df=None,
 story="sg-yermekbayev-moscow-2025", q=Q2, rank=8, cut="first paragraphs, cut before the paragraph where the excerpt breaks off",
 meeting={"venue": "Moscow", "date": "2025-01-23", "calendar": False},
 note_extra="Undated (23 January without a year); the Secretary-General's working visit to Moscow under Russia's 2024-2025 heads of government chairmanship: January 2025 (arguable).",
 text="""Встреча С.В.Лаврова с Генеральным секретарем ШОС Н.Б.Ермекбаевым
В Москве прошла встреча Министра иностранных дел Российской Федерации С.В.Лаврова с Генеральным секретарем ШОС Н.Б.Ермекбаевым
23 января Министр иностранных дел Российской Федерации С.В.Лавров принял Генерального секретаря Шанхайской организации сотрудничества Н.Б.Ермекбаева, находившегося с рабочим визитом в Москве.
Состоялся обстоятельный обмен мнениями по вопросам дальнейшей консолидации и развития ШОС, комплексного совершенствования ее деятельности применительно к современным геополитическим реалиям. В контексте председательства России в Совете глав правительств государств-членов ШОС в 2024-2025 гг. подчеркнута важность реализации намеченных мер по наращиванию торгово-экономического и гуманитарного сотрудничества."""),
dict(url="https://jisuxw.com/focus-news/269295.html", lang="zh-Hant", pub="2025-07-14", df="text",
 story="tianjin-cfm-2025-preview", q=Q3, rank=4, cut="whole", meeting=TJ,
 note_extra="Published day: the briefing of 14 July in the text, the year from the Tianjin summit it names (arguable). The day before the meeting: a preview.",
 text="""【環球時報-環球網報道 記者 李萌】在7月14日外交部例行記者會上,有記者提問稱,中方發佈了將主辦上合組織外長理事會會議的消息,請簡要介紹一下本次會議的主要活動安排。中方對此次會議有何期待?
對此,發言人林劍表示,中國是上海合作組織2024至2025年輪值主席國,將於今年秋天在天津舉行峯會。本次外長理事會的會議旨在爲天津峯會做政治準備。王毅外長將主持會議,成員國外長將就上合組織各領域合作以及重大國際和地區問題交換意見,並簽署一系列決議和文件。中方願以本次會議爲契機,踐行“弘揚‘上海精神’:上合組織在行動”的主席國口號,同各方一道落實好習近平主席提出的建設團結互信、和平安寧、繁榮發展、睦鄰友好、公平正義的上合組織共同家園重要倡議,凝聚更多合作共識,達成更多合作舉措,確保天津峯會取得圓滿成功,推動上合組織邁入高質量發展新階段。"""),
dict(url="https://www.devdiscourse.com/article/international/3482508-rajnath-singh-engages-in-key-bilateral-talks-at-sco-meeting-in-china", lang="en", pub=None, df=None,
 story="x-rajnath-sideline-talks-qingdao-2025", q=Q4, rank=2, cut="first three paragraphs",
 meeting=QD, note_extra="The report's subject (headline, lead) is Singh's bilateral talks on the sidelines: an x- label as the brief asks for sideline talks (arguable: it also describes the meeting).",
 text="""Defence Minister Rajnath Singh met with Tajikistan's Lieutenant General Emomali Sobirzoda during the Shanghai Cooperation Organisation (SCO) Defence Ministers' meeting in Qingdao, China. Singh also conversed with Belarus's Lieutenant General Viktor Gennadievich Khrenin on the sidelines of the event.

The meetings continued as Singh engaged with Russian Defence Minister Andrey Belousov, emphasizing stronger defence ties. SCO Defence Ministers visited the Qingdao International Conference Centre, reflecting on the organisation's evolving role in regional cooperation.

The SCO Defence Ministers' meeting from June 25 to 26 brings together member nations to deliberate on regional and international security issues, counter-terrorism, and collaborations among defence ministries."""),
dict(url="https://theunmuteenglish.com/rajnath-singh-reaches-china-for-sco-defence-meet", lang="en", pub="2025-06-25", df="text",
 story="qingdao-defence-2025", q=Q4, rank=6, cut="first two paragraphs",
 meeting=QD, note_extra="Dateline 'Qingdao, 25 June' without a year; the year from the meeting (arguable). The minister arriving on the first day: the meeting's label (the real set's rule for arrivals).",
 text="""Qingdao, 25 June — Defence Minister Rajnath Singh arrived in Qingdao, China, on Wednesday to participate in the two-day Shanghai Cooperation Organisation (SCO) Defence Ministers’ Meeting, scheduled from June 25 to 26. He was received at the airport by Indian Ambassador to China, Pradeep Kumar Rawat.
In a post on X before his departure, Singh stated, “I shall be leaving for Qingdao, China, to take part in the Shanghai Cooperation Organisation (SCO) Defence Ministers’ Meeting. I will have the opportunity to interact with various Defence Ministers on a wide range of issues. Looking forward to present India’s vision for global peace and security and also, call for joint and consistent efforts to eliminate terrorism.”"""),
dict(url="https://www.indiandefensenews.in/2025/06/rajnath-singh-meets-kazakhstan.html", lang="en", pub=None, df=None,
 story="x-rajnath-sideline-talks-qingdao-2025", q=Q4, rank=7, cut="first four paragraphs",
 meeting=QD, note_extra="Undated (the URL gives a month only). Headline and body mostly on Singh's sideline bilateral talks: the same x- label as devdiscourse 3482508 (arguable: its first paragraphs describe the meeting itself).",
 text="""Defence Minister Rajnath Singh participated in the Shanghai Cooperation Organisation (SCO) Defence Ministers’ Meeting held in Qingdao, China, from June 25 to 26, 2025, leading a high-level Indian delegation.

The meeting convened defence ministers from all ten SCO member states—India, China, Russia, Pakistan, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Iran, and Belarus—to deliberate on pressing regional and global security issues, with a strong focus on counter-terrorism, regional stability, and enhanced defence cooperation.

On the sidelines of the main event, Rajnath Singh held a series of significant bilateral meetings, including with his counterparts from Kazakhstan, Tajikistan, Russia, and Belarus. The discussions with Kazakhstan’s defence minister underscored the commitment to strengthening bilateral defence ties and collaborating on regional security, particularly in counter-terrorism and connectivity.

Singh’s meeting with Tajikistan’s Defence Minister, Lieutenant General Emomali Sobirzoda, centred on deepening defence cooperation and addressing shared security concerns. Talks with Russian Defence Minister Andrey Belousov reinforced the longstanding India-Russia defence partnership, reviewing ongoing projects such as the supply and joint production of military hardware, including S-400 systems, T-90 tanks, and BrahMos missiles."""),
dict(url="https://24.kz/amp/ru/news/policy/717206-ministr-oborony-kazakhstana-prinyal-uchastie-v-soveshchanii-shos", lang="ru", pub=None, df=None,
 story="qingdao-defence-2025", q=Q5, rank=2, cut="the article's four paragraphs, the tag and contact footer line dropped",
 meeting=QD, note_extra="Undated. No year in the text: Qingdao, the Kazakh minister Kosanov and the next meeting 'в 2026 году в Кыргызстане' point to June 2025.",
 text="""В китайском городе Циндао под председательством принимающей стороны состоялось совещание министров обороны государств – членов Шанхайской организации сотрудничества, передает «24KZ» со ссылкой на Министерство обороны Республики Казахстан.
На заседании главы оборонных ведомств обменялись мнениями по вопросам глобальной и региональной безопасности, высказали предложения по укреплению сотрудничества в области обороны.
На полях совещания также состоялись двусторонние встречи министра обороны Казахстана генерал-лейтенанта авиации Даурена Косанова с руководителями оборонных ведомств России, Китая, Индии, Пакистана и Генеральным секретарем ШОС.
Следующая встреча глав оборонных ведомств стран Шанхайской организации сотрудничества пройдет в 2026 году в Кыргызстане."""),
dict(url="https://www.bole90.com/portalview-107010.html", lang="zh", pub=None, df=None,
 story="qingdao-defence-2025", q=Q6, rank=3, cut="first paragraphs, to the end of the first quoted point",
 meeting=QD, note_extra="Undated ('26日上午'); ten member states' ministers, Belarus a member since 2024: the Qingdao meeting of 26 June 2025.",
 text="""今天上午
上合组织成员国防长会
在青岛举行
26日上午,上海合作组织成员国国防部长会议在青岛国际会议中心举行。中国国防部长董军主持会议并发言。
此次会议,10位成员国防长齐聚一堂,防长出席人数是上合组织成立以来最多的一次。10位成员国防长围绕重大国际和地区问题进行沟通,推动上合组织防务安全领域合作。"""),
dict(url="https://kan.china.com/article/5592637.html", lang="zh", pub=None, df=None,
 story="qingdao-defence-2025", q=Q6, rank=5, cut="first three paragraphs",
 meeting=QD, note_extra="Undated ('6月26日上午', no year); the 2025 meeting (ten members, India and Pakistan after the fighting).",
 text="""6月26日上午,上海合作组织成员国国防部长会议在青岛国际会议中心举行。中国国防部长董军主持会议并发言。
澎湃新闻记者 谢瑞强 图
此次会议,10位成员国防长齐聚一堂,防长出席人数是上合组织成立以来最多的一次。10位成员国防长围绕重大国际和地区问题进行沟通,推动上合组织防务安全领域合作,一致认为应继续加强战略沟通,推进务实合作。"""),
dict(url="https://www.sondakika.com/guncel/haber-disisleri-bakanlari-toplantisi-istanbul-da-19634962/", lang="tr", pub=None, df=None,
 story="x-ots-cfm-istanbul", q=Q7, rank=1, cut="whole",
 meeting={"venue": "Istanbul", "calendar": False}, note_extra="Undated. The Organization of Turkic States' informal foreign ministers' council in Istanbul: another organisation, an x- label (a hard negative to the SCO's foreign ministers' councils).",
 text="""(ANKARA) - Dışişleri Bakanı Hakan Fidan, İstanbul'daki Türk Devletleri Teşkilatı Dışişleri Bakanları Konseyi Gayriresmi Toplantısı'na ev sahipliği yaptı.

Türk Devletleri Teşkilatı Dışişleri Bakanları Konseyi Gayriresmi Toplantısı, bugün İstanbul'da Dışişleri Bakanı Hakan Fidan'ın ev sahipliğinde yapıyor. Toplantıda Türkiye ve Dönem Başkanı Azerbaycan'ın yanı sıra üye ülkeler Kazakistan, Kırgızistan ve Özbekistan temsil edildi. Dışişleri Bakanları, aile fotoğrafı çektirdi.

Toplantıda Teşkilat bünyesindeki son gelişmeler ile önümüzdeki dönemde atılacak adımların değerlendirilmesi ve güncel küresel ve bölgesel meseleler hakkında istişareler yapılması bekleniyor."""),
dict(url="https://www.karar.com/guncel-haberler/istanbulda-iran-ozel-oturumu-islam-dunyasi-gozunu-bu-toplantiya-cevirdi-1969936", lang="tr", pub=None, df=None,
 story="x-oic-cfm-istanbul-2025", q=Q7, rank=7, cut="first two paragraphs",
 meeting={"venue": "Istanbul", "date": "2025-06-22", "calendar": False}, note_extra="Undated. The OIC's 51st foreign ministers' council in Istanbul (June 2025, the Iran-Israel war): another organisation, an x- label.",
 text="""İran’ın talebiyle İstanbul’da düzenlenen özel oturumda İslam İşbirliği Teşkilatı üyesi ülkeler bir araya geldi. Toplantıya Dışişleri Bakanı Hakan Fidan başkanlık ediyor. Basına kapalı gerçekleşen görüşmelerde, İran-İsrail savaşının bölgeye etkisi masada.
İran ile İsrail arasında tırmanan savaşın bölgeyi derin bir krize sürüklediği günlerde, İstanbul’da diplomatik açıdan kritik bir toplantı başladı. İslam İşbirliği Teşkilatı (İİT) Dışişleri Bakanları Konseyi’nin 51. Oturumu kapsamında İran’ın talebiyle düzenlenen özel oturum, Dışişleri Bakanı Hakan Fidan’ın ev sahipliğinde İstanbul Lütfi Kırdar Kongre Merkezi’nde gerçekleştiriliyor."""),
dict(url="https://azertag.az/ar/xeber/arabic-3622407", lang="ar", pub=None, df=None,
 story="x-oic-cfm-istanbul-2025", q=Q7, rank=8, cut="first three paragraphs",
 meeting={"venue": "Istanbul", "date": "2025-06-22", "calendar": False}, note_extra="Undated (21 June without a year). The OIC's 51st council (an 'Istanbul Declaration' planned, another organisation's, not counted): an x- label.",
 text="""إسطنبول تستضيف الدورة الـ51 لمجلس وزراء خارجية بلدان منظمة التعاون الإسلامي




إسطنبول، 21 يونيو، أذرتاج
انطلقت فعاليات الدورة الـ51 لمجلس وزراء خارجية بلدان منظمة التعاون الإسلامي في إسطنبول لمناقشة موضوع "منظمة التعاون الإسلامي في العالم المتغير".
ويحضر فعاليات الدورة وزير الخارجية الأذربيجاني جيهون بايراموف بجانب وزراء خارجية أكثر من 40 بلدا عضوا ضمن حوالي 1000 مشارك من ممثلي البلدان الأعضاء الـ57 والبلدان المراقبة لديها والمؤسسات والهيئات التابعة لها."""),
dict(url="https://memar.press/%d9%86%d8%b4%d8%b3%d8%aa-%d8%b3%d8%a7%d9%84%d8%a7%d9%86%d9%87-%d9%88%d8%b2%db%8c%d8%b1%d8%a7%d9%86-%d8%ae%d8%a7%d8%b1%d8%ac%d9%87-%d8%b4%d8%a7%d9%86%da%af%d9%87%d8%a7%db%8c-%d8%af%d8%b1-%da%86%db%8c", lang="fa", pub=None, df=None,
 story="tianjin-cfm-2025-preview", q=Q8, rank=2, cut="first three paragraphs",
 meeting=TJ, note_extra="Undated (Dari; 'two days from now', Pakistan's statement of Sunday 13 July): a preview.",
 text="""به گزارش خبرگزاری معمار، نشست وزیران خارجه کشورهای عضو سازمان همکاری شانگهای قرار است تا دو روز دیگر، به میزبانی جمهوری خلق چین، در شهر تیانجین این کشور برگزار گردد.
براساس بیانیهای که روز یکشنبه، ۱۳ جولای از سوی وزارت خارجه پاکستان نشر شده، این نشست در روزهای سهشنبه و چهارشنبه (۲۵ و ۲۶ سرطان) برگزار خواهد شد و تمرکز اصلی آن بر موضوعاتی چون روابط بینالملل، امنیت منطقهای و گسترش همکاریهای چندجانبه خواهد بود.
در این بیانیه آمده است که محمد اسحاق دار، وزیر خارجه پاکستان، در رأس یک هیأت رسمی در این نشست شرکت خواهد کرد."""),
dict(url="https://www.egpt-news.com/%d9%84%d9%82%d8%a7%d8%a1%d8%a7%d8%aa-%d8%b9%d8%b1%d8%a7%d9%82%d8%ac%d9%8a-%d8%a7%d9%84%d8%af%d8%a8%d9%84%d9%88%d9%85%d8%a7%d8%b3%d9%8a%d8%a9-%d9%81%d9%8a-%d8%a7%d9%84%d8%b5%d9%8a%d9%86-%d9%85%d8%a8", lang="ar", pub=None, df=None,
 story="x-araghchi-sideline-tianjin-2025", q=Q8, rank=3, cut="first three paragraphs",
 meeting=TJ, note_extra="Undated ('اليوم الثلاثاء'). Araghchi's bilateral talks with Jaishankar and Dar on the sidelines of the Tianjin foreign ministers' meeting: sideline talks, an x- label.",
 text="""التقى وزير الخارجية الإيراني، سيد عباس عراقجي، اليوم الثلاثاء، بنظيره الهندي سوبرامانيام جايشانكار في مدينة تيانجين الصينية، وذلك على هامش اجتماع وزراء خارجية منظمة شنغهاي للتعاون.
وأفادت وكالة تسنيم الدولية للأنباء بأنه جاءت هذه المباحثات في إطار اللقاءات الدبلوماسية التي يجريها عراقجي خلال زيارته للصين. وكان عراقجي قد التقى سابقاً بالرئيس الصيني شي جين بينغ، ووزراء خارجية روسيا، أوزبكستان، قرغيزستان، والآن الهند، في سياق تعزيز التعاون الإقليمي والدولي.
وفي لقاء آخر على هامش الاجتماع ذاته، أجرى عراقجي مباحثات مع وزير الخارجية الباكستاني محمد إسحاق دار، حيث ناقشا قضايا ثنائية وإقليمية ذات اهتمام مشترك، مؤكدَين على ضرورة استمرار التنسيق والتشاور بين البلدين في المحافل الدولية."""),
dict(url="https://dailyurdunews.com.pk/amp/2025/07/15/17604", lang="ur", pub="2025-07-15", df="url",
 story="tianjin-cfm-2025", q=Q8, rank=4, cut="whole", meeting=TJ,
 text="""بیجنگ:شنگھائی تعاون تنظیم کے رکن ممالک کی وزرائے خارجہ کونسل کا اجلاس تھیان جن میں منعقد ہوا۔ اس موقع پر تمام فریقوں نے تنظیم کے مختلف شعبوں میں تعاون اور اہم بین الاقوامی و علاقائی مسائل پر تبادلہ خیال کیا، نیز متعدد قراردادوں اور دستاویزات پر دستخط کیے۔منگل کے روز چینی میڈ یا کے مطا بقاس وقت شنگھائی تعاون تنظیم کی صدارت 2024تا 2025ء کے لیے چین کے پاس ہے اور چین رواں سال خزاں میں تھیان جن میں سربراہی اجلاس کی میزبانی کرے گا۔ وزرائے خارجہ کا یہ اجلاس تھیان جن سربراہی اجلاس کی سیاسی تیاری کے لیے منعقد کیا گیا تھا۔"""),
dict(url="https://puthiyathisaigal.com/?p=406547", lang="ta", pub=None, df=None,
 story="tianjin-cfm-2025-preview", q=Q8, rank=5, cut="whole", meeting=TJ,
 note_extra="Undated ('15ஆம் நாள்', no month or year): the announcement of the Tianjin meeting (CMG Tamil), a preview.",
 text="""சீன வெளியுறவு அமைச்சகத்தின் செய்தித்தொடர்பாளரின் அறிவிப்பின் படி, ஷாங்ஹாய் ஒத்துழைப்பு அமைப்பின் உறுப்பு நாடுகளின் வெளியுறவு அமைச்சர்கள் செயற்குழுக் கூட்டம் 15ஆம் நாள் சீனாவின் டியன் ச்சின் நகரில் நடைபெறவுள்ளது.
சீன கம்யூன்ஸ்ட் கட்சி மத்திய கமிட்டியின் உறுப்பினரும் வெளியுறவு அமைச்சருமான வாங் யீயின் அழைப்பை ஏற்று, ஷாங்ஹாய் ஒத்துழைப்பு அமைப்பின் உறுப்பு நாடுகளின் வெளியுறவு அமைச்சர்களும், இவ்வமைப்பின் நிரந்தர நிறுவனங்களின் பொறுப்பாளர்களும் இக்கூட்டத்தில் கலந்துகொள்ளவுள்ளனர்.
இவ்வமைப்பின் பல்வேறு துறைகளிலுள்ள ஒத்துழைப்பு முக்கிய சர்வதேச மற்றும் பிரதேச பிரச்சினைகள் குறித்து கருத்துகளைப் பரிமாறிக் கொள்வர். இந்திய வெளியுறவு அமைச்சர் ஜெய்சங்கர் இக்கூட்டத்தில் கலந்துகொள்ளும் வகையில் சீனாவில் பயணம் மேற்கொள்ள உள்ளார்."""),
dict(url="https://puthiyathisaigal.com/?p=408696", lang="ta", pub=None, df=None,
 story="tianjin-cfm-2025", q=Q8, rank=7, cut="whole", meeting=TJ,
 note_extra="Undated ('ஜுலை 15', no year; the 2024-2025 chairmanship and the autumn Tianjin summit give 2025).",
 text="""ஷாங்காய் ஒத்துழைப்பு அமைப்பின் வெளியுறவு அமைச்சர்கள் செயற்குழுக்கூட்டம் ஜுலை 15ம் நாள் சீனாவின் தியேன் ஜின் மாநகரில் துவங்கியது. இவ்வமைப்பின் பல்வகை ஒத்துழைப்புகள், முக்கிய சர்வதேச மற்றும் பிராந்திய பிரச்சினைகள் முதலியவை குறித்து, பல்வேறு தரப்புகள் கருத்துகளைப் பரிமாறிக் கொண்டு, தொகுதியான தீர்மானங்கள் மற்றும் ஆவணங்களில் கையொப்பமிட்டுள்ளன.
ஷாங்காய் ஒத்துழைப்பு அமைப்பின் 2024-2025ம் ஆண்டு தலைமை வகிக்கும் நாடு சீனா ஆகும். இவ்வாண்டின் இலையுதிர்காலத்தில் தியே ஜின் மாநகரில் இவ்வமைப்பின் உச்சிமாநாடு நடைபெறவுள்ளது. இந்நிலையில் உச்சிமாநாட்டுக்கு அரசியல் ஆயத்தம் செய்வது, இச்செயற்குழுக்கூட்டத்தின் நோக்கமாகும்."""),
dict(url="https://www.afintl.com/202507164820", lang="fa", pub="2025-07-16", df="url",
 story="tianjin-cfm-2025", q=Q8, rank=8, cut="from the excerpt's start (inside the article) to the paragraph on Lavrov's remarks",
 meeting=TJ, note_extra="The excerpt starts inside the article (a quote on the coming summit), then reports the Tianjin foreign ministers' meeting of Tuesday 15 July and Lavrov's remarks after it: the meeting's label (arguable: it also previews the summit).",
 text="""به گفته وی، در نشست پیش رو رهبران بیش از ۲۰ کشور و روسای ۱۰ سازمان بینالمللی شرکت خواهند کرد.
طبق اطلاعاتی که وبسایت وزارت خارجه چین روز چهارشنبه ۲۵ سرطان منتشر کرده، وانگ یی در یک نشست خبری مشترک با نورلان یرمِکبایف، دبیرکل سازمان همکاری شانگهای، بر لزوم کمکهای فعالتر برای احیای صلح در خاورمیانه و افغانستان تأکید کرد.
نشست سران سازمان همکاری شانگهای به دنبال نشست وزیران خارجه این سازمان برگزار میشود.
نشست وزیران خارجه کشورهای عضو سازمان همکاری شانگهای، سهشنبه، ۱۵ جولای در شهر تیانجین چین برگزار شد.
سرگئی لاوروف، وزیر خارجه روسیه، روز سهشنبه در پایان نشست وزیران خارجه سازمان همکاری شانگهای در چین، خواستار «وفاق ملی» در افغانستان و مشارکت اقوام و گروههای سیاسی در ساختار قدرت شد. او گفت تقریباً تمام اعضای این سازمان روابط خود با طالبان را تقویت کردهاند."""),
]
