Q20 = "pages: Совместное коммюнике по итогам заседания Совета глав правительств ШОС подписали премьер-министры"
Q21 = "pages: SCO heads of government council joint communique adopted Islamabad"
Q22 = "pages: اجلاس سران دولت سازمان همکاری شانگهای اسلام آباد عارف بیانیه مشترک"
Q23 = "pages: ŞİÖ Hükümet Başkanları Konseyi toplantısı"
ISL = {"venue": "Islamabad", "date": "2024-10-16"}
MOS = {"venue": "Moscow", "date": "2025-11-18"}
JC = lambda st: {"name": "Joint Communiqué", "type": "communique", "status": st}
ITEMS = [
dict(url="https://radiometro.ru/2025/11/15/zasedanie-soveta-glav-pravitelstv-gosudarstv-chlenov-shos-stanet-kljuchevym-etapom-rossijskogo-predsedatelstva-i-napravleno-na-ukreplenie-torgovo-ekonomicheskogo-i-kulturno-gumanitarnogo-sotrudnichest", lang="ru", pub="2025-11-15", df="url",
 story="moscow-chg-2025-preview", q=Q20, rank=2, cut="whole", meeting=MOS,
 text="""Заседание Совета глав правительств государств-членов ШОС, которое пройдет в Москве 17–18 ноября, станет ключевым этапом российского председательства и направлено на укрепление торгово-экономического и культурно-гуманитарного сотрудничества. Об этом заявила официальный представитель МИД России Мария Захарова."""),
dict(url="https://tass.ru/ekonomika/25656675", lang="ru", pub="2025-11-18", df="text", story="moscow-chg-2025", q=Q20, rank=5, cut="whole", meeting=MOS,
 note_extra="Dateline 'МОСКВА, 18 ноября' without a year; the 24th council gives 2025 (arguable). 'совместное коммюнике' in lower case: not counted (the guideline).",
 text="""На заседании Совета глав правительств ШОС принято совместное коммюнике

Председательство переходит к Таджикистану

МОСКВА, 18 ноября. /ТАСС/. Государства - участники Шанхайской организации сотрудничества (ШОС) приняли совместное коммюнике по итогам 24-го заседания Совета глав правительств (СГП) стран объединения.

Заседание стало завершающим мероприятием председательства России в СГП ШОС в 2024-2025 годах, теперь председательство переходит к Таджикистану.

Главы правительств обсудили широкий спектр вопросов, включая расширение торгово-экономических и культурно-гуманитарных связей, взаимодействие в сферах цифровой экономики, энергетики, искусственного интеллекта, науки и инноваций, образования, культуры, туризма, здравоохранения, спорта, контактов по линии молодежи.

Как отметил в завершение заседания премьер-министр РФ Михаил Мишустин, принятые 18 ноября решения придадут импульс торгово-экономическому и научно-технологическому сотрудничеству в рамках ШОС, а также создадут благоприятные условия для запуска новых совместных проектов."""),
dict(url="http://nbhuajunkj.com/n3/2018/1013/c31519-9508157.html", lang="ru", pub="2018-10-13", df="url", story="dushanbe-chg-2018", q=Q20, rank=8,
 cut="first two paragraphs, cut before the paragraph where the excerpt breaks off", meeting={"venue": "Dushanbe", "date": "2018-10-12"},
 note_extra="Xinhua's Russian report at a copying host that kept the original's URL path (2018/1013, agreeing with the dateline 'Душанбе, 13 октября'): the URL's day taken (arguable). Reports, the budget and decisions 'о программе ... в новой редакции' are procedural or lower-case decisions: not counted.",
 text="""Душанбе, 13 октября /Синьхуа/ -- В пятницу в Душанбе по итогам заседания Совета глав правительств /премьер-министров/ государств-членов Шанхайской организации сотрудничества /СГП ШОС/ подписано 10 решений Совета и два межведомственных документа о сотрудничестве.
В частности, подписаны: отчет секретариата ШОС о ходе осуществления программ многостороннего торгово-экономического сотрудничества государств-членов организации, финансовый отчет по итогам исполнения бюджета ШОС за 2017 год, одобрен бюджет на 2019 год."""),
dict(url="https://worldjpn.net/documents/texts/SCO/20231026.D1E.html", lang="en", pub=None, df=None, story="bishkek-chg-2023", q=Q21, rank=2,
 cut="from the title line (the database's header lines above it dropped) to the attendance paragraphs, cut before the paragraph where the excerpt breaks off", meeting={"venue": "Bishkek", "date": "2023-10-26"},
 docs=[JC("adopted")],
 note_extra="Undated (a document database's page; the [Date] field is the document's). The page is the joint communiqué's own text (title, then its opening): counted adopted as the council's Joint Communiqué (the guideline's long-title rule).",
 text="""[Title] Joint communique following the 22nd meeting of the Heads of Government (Prime Ministers) Council of the Shanghai Cooperation Organisation

[Place] Bishkek
[Date] October 26, 2023
[Source] Shanghai Cooperation Organization Secretariat
[Notes]
[Full text]

On 26 October 2023, Bishkek hosted the 22nd meeting of the Heads of Government (Prime Ministers) Council of the Shanghai Cooperation Organisation (hereinafter referred to as the SCO or the Organisation). Taking part in it were Minister of the External Affairs of the Republic of India Subrahmanyam Jaishankar, First Vice President of the Islamic Republic of Iran Mohammad Mokhber, Prime Minister of the Republic of Kazakhstan Alikhan Smailov, Premier of the State Council of the People’s Republic of China Li Qiang, Chairman of the Cabinet of Ministers of the Kyrgyz Republic Akylbek Japarov, Foreign Minister of the Islamic Republic of Pakistan Jalil Abbas Jilani, Prime Minister of the Russian Federation Mikhail Mishustin, Prime Minister of the Republic of Tajikistan Kokhir Rasulzoda, and Prime Minister of the Republic of Uzbekistan Abdulla Aripov.

The meeting was chaired by Chairman of the Cabinet of Ministers of the Kyrgyz Republic Akylbek Japarov."""),
dict(url="https://www.nation.com.pk/17-Oct-2024/sco-summit-renews-pledge-to-peaceful-coop-economic-growth", lang="en", pub="2024-10-17", df="url", story="islamabad-chg-2024", q=Q21, rank=3,
 cut="first four paragraphs (the summary lines and three paragraphs), cut before the paragraph where the excerpt breaks off", meeting=ISL, docs=[JC("adopted")],
 note_extra="The headline says 'SCO summit' of the heads of government council (a naming hazard).",
 text="""Delegates agree to optimize region’s potential for green development, digital economy, trade, investment, poverty alleviation, healthcare, agriculture, industry, connectivity, energy, science & technology and climate change. Call for adopting principles of mutual respect for sovereignty, independence, and territorial integrity of states, non-use of force. PM Shehbaz asks world community to ensure immediate ceasefire in Palestine; calls for regional connectivity to ensure economic growth.

ISLAMABAD - The SCO member states have reaffirmed their commitment to further develop mutual cooperation in different spheres, including security, trade, economy, investment and cultural and humanitarian ties to build a peaceful, safe, prosperous and ecologically clean planet Earth.

This was stated in the Joint Communiqué adopted at the meeting of the SCO Council of Heads of Government concluded here yesterday.

The event was chaired by Prime Minister Shehbaz Sharif and was attended by the leaders from the SCO member states including China’s Premier of the State Council Li Qiang, Prime Minister of Belarus Roman Golovchenko, Prime Minister of Kazakhstan Olzhas Bektenov, Russian Prime Minister Mikhail Mishustin, Tajik Prime Minister Kohir Rasulzoda, Uzbek Prime Minister Abdulla Aripov, Kyrgyzstan’s Chairman of Ministers’ Cabinet Zhaparov Akylbek, Trade Minister of Iran Seyyed Mohammad Atabek, and Indian External Affairs Minister Subrahmanyam Jaishankar."""),
dict(url="https://fujairahupdates.com/sco-advocates-for-un-resolution-to-endorse-initiative-for-peace-development", lang="en", pub=None, df=None, story="islamabad-chg-2024", q=Q21, rank=6,
 cut="first three paragraphs, cut at the paragraph end before the line break the page puts inside a word ('Ini / tiative')", meeting=ISL, docs=[JC("signed")],
 note_extra="Undated. KUNA's report (the same agency text as menafn.com's, which is in an earlier set and so not here). The Joint Communiqué signed; the SCO Initiative 'On World Unity ...' is cited as adopted at Astana (not counted here).",
 text="""The 23rd Shanghai Cooperation Organization (SCO) meeting of the Council of Heads of Government concludes with signing of important documents, including the Joint Communiqué here in Islamabad on Wednesday.
According to the Joint Communique, the Heads of Delegation noted that the Member States advocate respect for the right of peoples to independently and democratically choose their political, social and economic development, emphasizing that the principles of mutual respect for the sovereignty, independence, and territorial integrity of States, equality, mutual benefit, non-interference in internal affairs, non-use of force or threat of use of force are the basis for the sustainable development of international relations."""),
dict(url="https://new-omni.com/a/hv099Rc3qb.html", lang="en", pub="2025-11-18", df="text", story="moscow-chg-2025", q=Q21, rank=7,
 cut="first paragraphs, cut before the paragraph where the excerpt breaks off", meeting=MOS, docs=[JC("adopted")],
 note_extra="Dateline 'Moscow, November 18th (Xinhua)' without a year, the text's own 'November 17-18, 2025' gives it. The page is the joint communiqué's own text (an English machine translation of Xinhua's Chinese): counted adopted.",
 text="""Joint communiqu é of the 24th Meeting of the Council of heads of government (prime ministers) of SCO member states
Moscow, November 18th (Xinhua)
Joint Communique of the 24th Meeting of the Council of Heads of Government (Prime Ministers) of the Shanghai Cooperation Organization Member States
On November 17-18, 2025, the 24th meeting of the Council of Heads of Government (Prime Ministers) of the member states of the Shanghai Cooperation Organization (SCO) was held in Moscow.
The meeting was chaired by the Prime Minister of the Russian Federation, Mishustin.
The Secretary General of the Shanghai Cooperation Organization, Yermekbayev, the Director of the Executive Committee of the SCO Regional Counter Terrorism Structure, Sharsheyev, the rotating Chairman of the SCO Business Council, Ren Hongbin, and the representative of the SCO Banking Federation Council, Tan Jiong, attended the meeting."""),
dict(url="http://eng.sectsco.org/news/20170609/289274.html", lang="en", pub="2017-06-09", df="url", story="astana-summit-2017", q=Q21, rank=8,
 cut="first five paragraphs, cut before the paragraph where the excerpt breaks off", meeting={"venue": "Astana", "date": "2017-06-09"},
 docs=[{"name": "Press release on the results of the Shanghai Cooperation Organisation Heads of State Council Meeting", "type": "communique", "status": "adopted"}],
 note_extra="A heads of state summit (the summit negative for this set's ministers' meetings). The page is the press release (information message) itself: counted adopted, typed communique (arguable, as set 9's Bishkek press communiqué).",
 text="""Press release on the results of the Shanghai Cooperation Organisation Heads of State Council Meeting

The Shanghai Cooperation Organisation Heads of State Council Meeting

The meeting of the Heads of State Council of the Shanghai Cooperation Organisation (hereafter SCO or Organisation) was held on 8-9 June 2017 in Astana. President of the Republic of Kazakhstan Nursultan Nazarbayev, Chairman of the People's Republic of China Xi Jinping, President of the Kyrgyz Republic Almazbek Atambayev, President of the Russian Federation Vladimir Putin, President of the Republic of Tajikistan Emomali Rahmon, and President of the Republic of Uzbekistan Shavkat Mirziyoyev attended the meeting.

President of the Republic of Kazakhstan N. Nazarbayev chaired the meeting.

SCO Secretary-General Rashid Alimov and Director of the SCO Regional Anti-Terrorist Structure (SCO RATS) Executive Committee Yevgeny Sysoev participated in the meeting."""),
dict(url="https://cairo-today.com/%d8%a3%d8%b9%d8%b6%d8%a7%d8%a1-%d9%85%d9%86%d8%b8%d9%85%d8%a9-%d8%b4%d9%86%d8%ba%d9%87%d8%a7%d9%89-%d9%84%d9%84%d8%aa%d8%b9%d8%a7%d9%88%d9%86-%d9%8a%d8%b9%d8%b1%d8%a8%d9%88%d8%a7-%d8%b9%d9%86", lang="ar", pub=None, df=None,
 story="islamabad-chg-2024", q=Q22, rank=3, cut="first three paragraphs, cut before the paragraph where the excerpt breaks off", meeting=ISL,
 note_extra="Undated. The opening of the Islamabad council's communiqué retold under a headline (no title of the document: not counted).",
 text="""أعضاء منظمة “شنغهاى للتعاون” يعربوا عن دعمهم للصين كرئيس حالى للمنظمة للفترة 2024-2025

انعقد الاجتماع الثالث والعشرون لمجلس رؤساء الحكومات (رؤساء الوزراء) لمنظمة “شنغهاى للتعاون” فى إسلام آباد، فى الفترة من 15 – 16 أكتوبر 2024.
حضره كل من: رئيس وزراء بيلاروسيا را. أ. جولوفتشينكو، وزير خارجية الهند س. جايشانكار، وزير الصناعة والتعدين والتجارة فى إيران سيد محمد أتاباك، رئيس وزراء كازاخستان أو. أ. بكتينوف، رئيس مجلس الدولة فى الصين لى تشيانغ، رئيس مجلس وزراء قيرغيزستان أ. يو. جبروف، رئيس وزراء باكستان محمد شهباز شريف، رئيس حكومة الاتحاد الروسى م. ف. ميشوستين، رئيس وزراء طاجيكستان كوخير رسول زودا، رئيس وزراء أوزبكستان أ. ن. أريبوف."""),
dict(url="https://mandegardaily.com/?p=28150", lang="fa", pub=None, df=None, story="dushanbe-summit-2014", q=Q22, rank=4,
 cut="from the headline to the sentence on the summit's days (an image file name run into the paragraph kept)", meeting={"venue": "Dushanbe", "date": "2014-09-12"},
 note_extra="Undated: the page gives two solar dates (22 and 21 Sonbola 1393) for one day; not converted (arguable). Dari; Xinhua's report of the Dushanbe summit of 11-12 September 2014 (a summit negative).",
 text="""سران سازمان همکاری شانگهای: از پروسۀ صلح در افغانستان حمایت میکنیم

گزارشگر:22 سنبله 1393 - ۲۱ سنبله ۱۳۹۳

سران کشورهای عضو سازمان همکاری شانگهای روز جمعه از روند بازسازی و آشتی ملی در افغانستان حمایت کردند.
به گزارش خبرگزاری شینهوا، شرکتکنندهگان در اجلاس سازمان همکاری شانگهای تأکید کردند باید به استقلال، حاکمیت و تمامیت ارضی افغانستان احترام گذاشت.
آنها از اجرای فرایند بازسازی و آشتی ملی تحت رهبری افغانها به منظور تبدیل افغانستان به یک کشور خودکفا و صلحجو، حمایت کردند.mnandegar-3
اجلاس یازدهم تا دوازدهم ماه سپتمبر سازمان همکاری شانگهای، شی جینپینگ رییس جمهور چین و همتایان وی را از دیگر کشورهای عضو این سازمان گردهم آورد."""),
dict(url="https://trt.global/farsi/article/bde813aa5199", lang="fa", pub="2024-10-17", df="tool", story="islamabad-chg-2024", q=Q22, rank=5,
 cut="first three paragraphs", meeting=ISL,
 text="""شهباز شریف نخستوزیر پاکستان روز سهشنبه ۱۶ اکتبر امسال طی سخنانی در آغاز بیست و سومین نشست رؤسای دولتهای کشورهای عضو سازمان همکاری شانگهای در اسلامآباد گفت که کشورش خواستار برقراری صلح، امنیت و رفاه در افغانستان است.
وی با اشاره به اهمیت استراتژیک افغانستان در منطقه، تأکید کرد که موقعیت جغرافیایی این کشور فرصتهای ارزشمندی را برای کشورهای منطقه و فرامنطقه در زمینه تجارت و ترانزیت فراهم میکند.
وی تصریح کرد: از جامعه جهانی میخواهیم تا کمکهای بشردوستانه فوری را در اختیار مردم افغانستان قرار دهد. طالبان مانع سوءاستفاده گروههای تروریستی از خاک افغانستان شود."""),
dict(url="https://didpress.com/%d8%a7%d8%b9%d9%84%d8%a7%d9%85%db%8c%d9%87-%d9%86%d8%b4%d8%b3%d8%aa-%d8%b3%d8%a7%d8%b2%d9%85%d8%a7%d9%86-%d9%87%d9%85%da%a9%d8%a7%d8%b1%db%8c-%d8%b4%d8%a7%d9%86%da%af%d9%87%d8%a7%db%8c-%d8%af%d8%b1", lang="fa", pub=None, df=None,
 story="samarkand-summit-2022", q=Q22, rank=6, cut="first four paragraphs", meeting={"venue": "Samarkand", "date": "2022-09-16"},
 note_extra="Undated (Friday 25 Sonbola, no year). Dari; the Samarkand summit (a summit negative). 'اعلامیه مشترک' untitled, lower case in meaning: not counted.",
 text="""اعلامیه نشست سازمان همکاری شانگهای: در افغانستان حکومت فراگیر تشکیل شود
خبرگزاری دید: رهبران کشورهای عضو سازمان همکاری شانگهای، پس از نشست دو روزه در سمرقند، با صدور اعلامیه مشترک، بر ایجاد حکومت فراگیر در افغانستان تاکید کردهاند.
اعضای سازمان همکاری شانگهای روز جمعه (۲۵ سنبله) با صدور یک اعلامیه مشترک، تشکیل یک حکومت همهشمول و فراگیر با حضور همه گروههای قومی، مذهبی و سیاسی را برای منطقه «بسیار مهم» عنوان کردهاند.
در اعلامیه آمده است که حل زودهنگام چالش حاکمیت در افغانستان، یک عامل مهم در تقویت امنیت کشورهای عضو این سازمان است."""),
dict(url="https://ar.abna24.com/story/950646", lang="ar", pub=None, df=None, story="bishkek-summit-2019", q=Q22, rank=7,
 cut="first two paragraphs", meeting={"venue": "Bishkek", "date": "2019-06-14"},
 note_extra="Undated. The final statement ('البيان الختامي') of the Bishkek summit, untitled: not counted. A summit negative.",
 text="""وفقا لما أفادته وكالة أهل البيت (ع) للأنباء – ابنا ـ قال البيان الختامي لقمة منظمة شنغهاي للتعاون، التي تعقد في بشكيك عاصمة قيرغيزيا: "زعماء الدول الاعضاء يؤكدون موقفا موحدا قائما على أن الحوار على اساس احترام سيادة واستقلال ووحدة اراضي سوريا هو السبيل الوحيد للتسوية".
وقال البيان الختامي للقمة: "الدول الأعضاء مستمرة في التعاون في مسائل نزع السلاح النووي ومراقبة عدم انتشاره والاستعمال السلمي للطاقة الذرية والردود السياسية والدبلوماسية للتحديات الإقليمية التي تواجه أنظمة عدم الانتشار"."""),
dict(url="https://ar.irna.ir/amp/85159999", lang="ar", pub="2023-07-04", df="text", story="new-delhi-summit-2023", q=Q22, rank=8,
 cut="first paragraphs, cut before the paragraph where the excerpt breaks off", meeting={"venue": "New Delhi", "date": "2023-07-04"},
 docs=[{"name": "Roadmap for increasing the share of national currencies in mutual settlements", "type": "action_plan", "status": "adopted"}],
 note_extra="Dateline '4 تموز/یولیو' without a year; the virtual summit under India's chairmanship gives 2023 (arguable). The final statement is untitled (not counted); the quoted \"خارطة طریق\" for the share of national currencies is counted as the roadmap the summit endorsed, adopted, under its English name (arguable: the text says the states called for implementing it).",
 text="""طهران/4 تموز/یولیو/ارنا- شددت دول منظمة شنغهای للتعاون فی البیان الختامي لقمتها التي عقدت الیوم الثلاثاء بشکل افتراضی برئاسة الهند علی، ان العقوبات الاقتصادیة الأحادیة تتعارض مع القانون الدولي وتنعکس سلبیا علی العلاقات الدولية.

و أشار البیان الى عضویة ایران الرسمیة و الکاملة في المنظمة الاقليمية وتوقیع بیلاروس علی مذکرة للانضمام إلی المنظمة ايضا.

و حسب ماجاء في البیان الختامي فان الدول الأعضاء بمنظمة شنغهای للتعاون اتفقت علی التخلي عن المناهج القطبیة والأیدیولوجیة والعدائیة لحل المشاکل الدولیة.

کما دعت الدول الاعضاء إلی تشکیل حکومة شاملة في أفغانستان.

و حسب البیان، ان أعضاء منظمة شنغهای يؤيدون التسویة السلمیة وانهاج لغة الحوار للنزاعات بین الدول؛ مع التاكيد على ان المنظمة لیست ضد اي دولة اومنظمات الدولیة الأخری.

کما جاء في البیان : ان الدول الاعضاء في منظمة شنغهای توکد علی التزامها من اجل إقامة نظام عالمي أکثر دیمقراطیة وعدلاً ومتعدد الأقطاب.

کما دعت هذه الدول إلی تنفیذ "خارطة طریق" لزیادة حصة العملات الوطنیة في التبادلات المالیة بین الأعضاء المعنيين."""),
dict(url="https://atavatan-turkmenistan.com/tr/?p=125947", lang="tr", pub=None, df=None, story="chg-2020-video", q=Q23, rank=2,
 cut="the article's paragraphs (a closing line in Turkmen, the site's own promotion, dropped)", meeting={"venue": "Moscow", "date": "2020-11-30"},
 note_extra="Undated. The 19th heads of government council, by video under Russia's chairmanship (30 November 2020; venue: the chair's capital, arguable). Turkmenistan's guest participation.",
 text="""Şangay İşbirliği Örgütü üye devletlerinin Hükümet Başkanları Konseyi’nin (Başbakanlar) 19. toplantısı video konferans formatında gerçekleştirildi. Toplantıya, ŞİÖ üye devletlerinin ve gözlemci devletlerinin üst düzey temsilcileri katıldı.
Türkmenistan Bakanlar Kurulu Başkan Yardımcısı, Dışişleri Bakanı Raşid Meredov toplantıya konuk olarak katıldı.
Toplantıda, ŞİÖ’nün faaliyetlerinin temel alanlarında, yani siyaset ve güvenlik, ticaret, ekonomik, kültürel ve insani alanlarında işbirliği konuları görüşüldü. Pandemi sonrası dönemde sağlık hizmetleri, bilimsel araştırma ve ülkelerin sosyo-ekonomik iyileşme alanındaki işbirliğine özel önem verildi. Uluslararası krizle mücadele yönetimini geliştirme, Dünya Sağlık Örgütü’nün ve diğer ülkelerinı yapıların rolünü güçlendirme ihtiyacı vurgulandı.
Taraflar karşılıklı saygı, adalet ve karşılıklı yarar sağlayan işbirliği ilkeleri üzerinde uluslararası ilişkilerin geliştirilmesi konusunda görüş alışverişinde bulundu.
Toplantıda konuşan Türkmenistan Dışişleri Bakanı, ŞİÖ’nün uluslararası arenada büyüyen otoritesine ve Türkmenistan ile bu örgüt arasında gelecek vaat eden işbirliği alanlarına dikkat çekti. Öncelikli vektörler arasında sağlık ve tıp alanında bilimsel alışverişler ve ortaklıklar, ulaşım, transit ve enerji projeleri yoluyla ekonomik entegrasyon süreçlerine yardım yer almaktadır. ŞİÖ platformunda Türkmen tarafının kültürel ve insani bağların geliştirilmesine olan ilgisi de dile getirildi."""),
dict(url="https://www.sabah.com.tr/gundem/2025/08/31/baskan-recep-tayyip-erdogan-sio-zirvesi-icin-cinde-seref-konugu-olarak-katilacak", lang="tr", pub="2025-08-31", df="tool", story="tianjin-summit-2025", q=Q23, rank=3,
 cut="first paragraphs, to the paragraph on Erdoğan's invitation", meeting={"venue": "Tianjin", "date": "2025-09-01"},
 note_extra="The summit's first day ('bugün başlıyor'): the summit's label, as set 9's first-day reports (a summit negative for the ministers' meetings).",
 text="""Son dakika haberi: Şanghay İşbirliği Örgütü'nün (ŞİÖ) 25. Devlet Başkanları Konseyi toplantısı bugün başlıyor. İki gün devam edecek zirve Çin'in liman kenti Tianjin de gerçekleştiriliyor.





20'NİN ÜSTÜNDE LİDER KATILACAK



Toplantıya, ŞİÖ üyesi, gözlemci üye ve diyalog ortağı olarak 20'den fazla ülkenin devlet başkanının katılması bekleniyor.

Başkan Erdoğan, ŞİÖ zirvesi için Çin'de | Video

Toplantıya katılacaklar arasında Rusya Devlet Başkanı Putin'in yanısıra, ŞİÖ üyesi ülkeler; Kazakistan, Kırgızistan, Tacikistan, Özbekistan, Hindistan, Pakistan, İran ve Belarus ile gözlemci üye Moğolistan'ın liderlerinin de yer alması bekleniyor.





BAŞKAN EDOĞAN'DAN KÜRESEL VİCDAN MESAJI



Başkan Recep Tayyip Erdoğan, Çin Devlet Başkanı Şi Cinping'in davetlisi olarak zirveye katılacak. Erdoğan yarın genişletilmiş formatta düzenlenecek zirve oturumuna hitap edecek."""),
dict(url="http://vnemu.com/لاتعداد_وشال_پانڈا/85617.html", lang="sd", pub=None, df=None, story="islamabad-chg-2024-preview", q=Q23, rank=4,
 cut="whole (the source's '??' for characters lost in its encoding kept)", meeting=ISL,
 note_extra="Undated (dateline '12 آڪٽوبر' without a year); Sindhi, APP's report of the Foreign Office statement: the 23rd council in Islamabad on 15-16 October (2024), a preview. The same APP text as tariqjaveed.com's Urdu (a translation).",
 text="""اسلام آباد-12 آڪٽوبر (اي پي پي) پاڪستان 15 کان 16 آڪٽوبر تي اسلام آباد ۾ شنگهائي تعاون تنظيم جي ڪائونسل آف هيڊ آف گورنمينٽ (سي ايڇ جي) جي 23 هين اج??اس جي ميزباني ڪندو. ڪالهه ڇنڇر ڏينهن پرڏيهي آفيس طرفان جاري بيان ۾ چيو ويو آهي ته ڪائونسل آف هيڊ آف گورنمينٽ جي هاڻوڪي چيئرمين هجڻ جي نا??ي وزيراعظم محمد شهباز شريف اج??اس جي صدارت ڪند??. ا????اس ۾ چين، روس، بيلاروس، قزاخستان، تاجڪستان، ڪرغزستان ۽ ازبڪستان جا وزيراعظم پنهنجي ملڪن جي نمائندگي ڪندا. ايران جو نا??ب صدر اول، ڀارت جو پرڏيهي وزير پڻ اج??اس ۾ شريڪ ٿيندا. م??گو??يا جو وزيراعظم مبصر اسٽيٽ ۽ ترڪمانستان جي ڪابينا جو ڊپٽي چيئرمين ۽ پرڏيهي وزير اج??اس ۾ خاص مهمان طور شريڪ ٿيندا. ان اج??اس دوران وزيراعظم شهباز شريف ملڪي سربراهن ۽ وفدن سان ٻطرفيون اهم ملاقاتون به ڪند??. ا????اس ۾ ميمبر ملڪن و?? ۾ تازي اقتصادي، واپاري، ماحولياتي، سماجي، ثقافتي لاڳاپن تي خيالن جي ڏي وٺ به ٿيندي. اج??اس ۾ تنظيم جي ڪارڪردگي تي به غور ڪيو ويندو. ايس سي او ميمبر ملڪن و?? ۾ لاڳاپن کي وڌيڪ سگهه ڏيڻ جي حوالي سان اهم فيصلا به ڪيا ويندا جڏهن ته تنظيم جي بجيٽ جي منظوري به ڏني ويندي."""),
dict(url="https://urdu.app.com.pk/urdu/%d8%b4%d9%86%da%af%da%be%d8%a7%d8%a6%db%8c-%d8%aa%d8%b9%d8%a7%d9%88%d9%86-%d8%aa%d9%86%d8%b8%db%8c%d9%85-%da%a9%db%92-%d8%b3%d8%b1%d8%a8%d8%b1%d8%a7%db%81%d8%a7%d9%86-%d8%ad%da%a9%d9%88%d9%85%d8%aa", lang="ur", pub=None, df=None,
 story="bishkek-summit-2019", q=Q23, rank=5, cut="whole", meeting={"venue": "Bishkek", "date": "2019-06-14"},
 note_extra="Undated (dateline 'بشکک ۔ 14 جون' without a year). The text (and its URL) call it the 19th meeting of the council of heads of government, but it reports the heads of state (Putin, Modi, Imran Khan, Rouhani) in Bishkek on 14 June: labelled with what it reports, the Bishkek summit of 2019 (arguable; a naming hazard).",
 text="""بشکک ۔ 14 جون (اے پی پی) شنگھائی تعاون تنظیم (ایس سی او) کے سربراہان حکومت کی کونسل کا 19واں اجلاس جمعہ کو کرغزستان کے دارالحکومت بشکک میں شروع ہو گیا۔ اجلاس میں تمام رکن اور مبصر ممالک کے قائدین شریک ہیں۔ کرغزستان کے صدر سورنبے جین بیکوف نے اجلاس کے مقام پر آمد پر وزیراعظم عمران خان سمیت تمام رہنماﺅں کا خیرمقدم کیا۔ اجلاس کی کارروائی کے آغاز سے پہلے تمام رہنماﺅں نے گروپ فوٹو بنوایا۔ شنگھائی تعاون تنظیم کے سربراہ اجلاس میں پاکستان، بھارت، چین، تاجکستان، روس، ازبکستان، قزاخستان اور کرغزستان مستقل ارکان اور بیلاروس، افغانستان، ایران اور منگولیا کے صدور مبصر ممالک کے نمائندوں کی حیثیت سے شرکت کر رہے ہیں۔ کرغزستان کے صدر سورنبے جین بیکوف، پاکستان کے وزیراعظم عمران خان، روس صدر ولادی میر پیوٹن، قزاخستان کے صدر قاسم جومرت توکوف، ازبکستان کے صدر شوکت مرزیوف، تاجکستان کے صدر امام علی رحمان، ایران کے صدر حسن روحانی، بھارت کے وزیراعظم نریندر مودی، بیلا روس کے صدر الیگزینڈر لوکاشنکو، منگولیا کے صدر خالتماجن بٹوگلا اور افغانستان کے صدر اشرف غنی شنگھائی تعاون تنظیم کے سربراہ اجلاس میں شریک ہیں۔"""),
dict(url="https://tariqjaveed.com/?p=120358", lang="ur", pub=None, df=None, story="islamabad-chg-2024-preview", q=Q23, rank=6,
 cut="whole", meeting=ISL,
 note_extra="Undated. APP's Urdu report of the Foreign Office statement (Saturday), the council of 15-16 October: a preview.",
 text="""اسلام آباد۔(نمائندہ خصوصی)پاکستان 15 اور16 اکتوبر کو اسلام آباد میں شنگھائی تعاون تنظیم کی کونسل آف ہیڈ آف گورنمنٹ (سی ایچ جی)کے 23 ویں اجلاس کی میزبانی کرے گا ۔ہفتہ کو دفتر خارجہ کی جانب سے جاری بیان میں کہا گیا ہے کہ کونسل آف ہیڈ آف گورنمنٹ (سی ایج جی)کے حالیہ چئیرمین ہونے کے ناطے وزیر اعظم محمد شہبازشریف اجلاس کی صدارت کریں گے۔اجلاس میں چین، روس، بیلاروس،قزاخستان،تاجکستان،کرغیزستان اور ازبکستان کے وزراء اعظم اپنے ملکوں کی نمائندگی کریں گے۔ ایران کے نائب صدر اول،بھارت کے وزیر خارجہ بھی اجلاس میں شریک ہوں گے۔منگولیا کے وزیر اعظم بطور مبصر سٹیٹ اور ترکمانستان کے کابینہ کے ڈپٹی چیئرمین اور وزیر خارجہ اجلاس میں خصوصی مہمان کے طور پر شریک ہوں گے۔اس اجلاس کے دوران وزیر اعظم شہباز شریف سربراہان مملکت اور وفود سے دوطرفہ اہم ملاقاتیں بھی کریں گے۔اجلاس میں ممبر ممالک کے درمیان حالیہ اقتصادی، تجارتی، ماحولیاتی،سماجی ثقافتی تعلقات پر تبادلہ خیال بھی ہوگا۔اجلاس میں تنظیم کی کارکردگی پر بھی غور کیاجائے گا۔ایس سی او ممبر ممالک کے درمیان تعلقات کو مزید وسعت دینے کے حوالے سے اہم فیصلے بھی کئے جائیں گے جبکہ تنظیم کے بجٹ کی منظوری بھی دی جائے گی۔"""),
dict(url="https://merhabahaber.com/sio-basbakanlar-zirvesi-taskente-yapilacak-170760h.htm", lang="tr", pub=None, df=None, story="tashkent-chg-2013-preview", q=Q23, rank=7,
 cut="from the headline to the paragraph on the agenda (the headline and lead lines repeated as the tool gave them)", meeting={"venue": "Tashkent", "date": "2013-11-29"},
 note_extra="Undated ('28-29 Kasım', no year; Medvedev, Satybaldiyev, Akhmetov and the new Tajik premier Rasulzoda give November 2013). A preview (Cihan). The road agreement to be signed is untitled: not counted.",
 text="""Şiö Başbakanlar Zirvesi Taşkent’e Yapılacak

Şiö Başbakanlar Zirvesi Taşkent’e Yapılacak

Şanghay İşbirliği Örgütü (ŞİÖ) üyesi ülke başbakanları zirvesi Özbekistan’ın başkenti Taşkent’te yapılacak.

Şanghay İşbirliği Örgütü (ŞİÖ) üyesi ülke başbakanları zirvesi Özbekistan’ın başkenti Taşkent’te yapılacak.

Özbekistan'ın Başbakanı Şavkat Mirziyoyev'in ev sahipliğindeki zirveye, ŞİÖ üyesi Rusya Başbakanı Dmitri Medvedev, Kırgızistan Başbakanı Cantörö Satıbaldiyev, Kazakistan Başbakanı Serik Ahmedov, Tacikistan’ın yeni seçilen başbakanı Kohir Rasulzoda ve Çin Başbakanı Li Keqiang katılacak.

28-29 Kasım günleri arasında yapılacak zirvede Çin’in doğusu ile Rusya’nın St. Petersburg limanını birbirine bağlayacak yeni karayolu ağı ile ilgili anlaşmanın imzalanması planlanıyor. Taraflar, ayrıca enerji, güvenlik ve ekonomi gibi bölgesel ve uluslararası konularda görüş alış verişinde bulunacak. Taşkent zirvesinde ayrıca Afganistan’da bunan ABD ve NATO askeri gücünün 2014 itibariyle bu ülkeyi terk edecek olması meselesi de masaya yatıracak."""),
]
