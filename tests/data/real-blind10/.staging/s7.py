Q28 = "pages: ShHT tashqi ishlar vazirlari kengashi yig'ilishi"
Q29 = "pages: reunión ministros de Exteriores Organización de Cooperación de Shanghái"
Q30 = "pages: SOZ Außenminister Treffen Schanghaier Organisation"
Q31 = "pages: ŞƏT xarici işlər nazirləri şurasının iclası"
TJ = {"venue": "Tianjin", "date": "2025-07-15", "calendar": False}
ITEMS = [
dict(url="https://turkmenistan.mfa.uz/news/3613?language=uz", lang="uz", pub=None, df=None, story="cfm-2020-video-preview", q=Q28, rank=1,
 cut="whole", meeting={"venue": "Moscow", "date": "2020-05-13", "calendar": False},
 note_extra="Undated (the page gives no publication day; the meeting's day, 13 May 2020, is in the future tense). The foreign ministers' video meeting under Russia's chairmanship (venue: the chair's capital, arguable): a preview.",
 text="""SHHT TIV RAHBARLARINING BO‘LAJAK UCHRASHUVI TO‘G‘RISIDA
2020-yil 13-may kuni O‘zbekiston Respublikasi Tashqi ishlar vaziri Abdulaziz Kamilov Shanxay hamkorlik tashkilotiga a’zo davlatlar tashqi ishlar vazirlarining videokonferensiya shaklidagi uchrashvida ishtirok etadi.
ShHT tashqi siyosat idoralari rahbarlari tashkilot doirasidagi bo‘lajak tadbirlarga tayyorgarlikning borishini muhokama qiladilar, yangi koronavirus infeksiyasi (COVID-19) pandemiyasi sharoitidagi hamkorlikning holati va istiqbollari bo‘yicha fikr almashadilar.
Shuningdek, ShHT tomonidan Afg‘onistondagi siyosiy vaziyatni tinch yo‘l bilan hal qilishga ko‘maklashish masalalari ham alohida ko‘rib chiqiladi."""),
dict(url="https://m.oz.sputniknews-uz.com/politics/20191102/12722613/ShT-hukumat-rabarlarining-keyingi-yiilishi-Hindistonda-otkaziladi-Aripov.html", lang="uz", pub="2019-11-02", df="url", story="tashkent-chg-2019", q=Q28, rank=2,
 cut="the lead and the dateline paragraph (the headline and photo-caption lines above them and a related-article link below dropped)", meeting={"venue": "Tashkent", "date": "2019-11-02"},
 text="""Toshkentda ShHT hukumat rahbarlarining navbatdagi yig‘ilishi boshlandi. Unda O‘zbekiston bosh vaziri Abdulla Aripov ShHT hukumat rahbarlarining keyingi yig‘ilishi Hindistonda o‘tkazilishini ma’lum qildi.

TOShKENT, 2 noya — Sputnik. ShHT hukumat rahbarlarining keyingi yig‘ilishi Hindistonda o‘tkaziladi, deb xabar qildi RIA Novosti."""),
dict(url="https://uztag.info/uz/news/zbekiston-delegatsiyasi-sh-t-azo-davlatlar-tash-i-ishlar-vazirlari-kengashi-yi-ilishida-atnashadi", lang="uz-Cyrl", pub="2015-06-02", df="text", story="moscow-cfm-2015-preview", q=Q28, rank=3,
 cut="from the headline to the paragraph on the SCO's founding (the observers' line and a share line dropped)", meeting={"venue": "Moscow", "date": "2015-06-03", "calendar": False},
 note_extra="Published day from the page's date line (02-06-2015). The day before the Moscow CFM of 3 June 2015: a preview.",
 text="""Ўзбекистон делегацияси ШҲТ аъзо давлатлар ташқи ишлар вазирлари кенгаши йиғилишида қатнашади

Дата: 15:46, 02-06-2015.

Тошкент. 2 июн. ЎзТАГ – Ўзбекистон делегацияси Шанхай ҳамкорлик ташкилотига аъзо давлатлар ташқи ишлар вазирлари кенгаши (ШҲТ ТИВК) йиғилишида қатнашади, деб хабар беради Ўзбек телеграф агентлиги (ЎзТАГ).

Ўзбекистон ТИВ матбуот хизмати маълумотларига кўра, ШҲТ ТИВК навбатдаги йиғилиши жорий йилнинг 3 июнида Москвада бўлиб ўтади.

Эслатиб ўтамизки, ШҲТ доимий амал қилувчи ҳукуматлараро халқаро ташкилот бўлиб, у 2001 йилда Шанхай шаҳрида Қозоғистон, Хитой, Қирғизистон, Россия, Тожикистон, Ўзбекистон томонидан ташкил этилган."""),
dict(url="https://uza.uz/react/posts/shht-milliy-koordinatorlari-kengashi-yigilishi-yakuni-boyicha-brifing-otkazildi_393845", lang="uz-Cyrl", pub="2022-07-28", df="text", story="national-coordinators-tashkent-2022", q=Q28, rank=4,
 cut="from the headline (the site's language menu lines above it dropped) to the paragraph on the documents, cut before the paragraph where the excerpt breaks off", meeting={"venue": "Tashkent", "date": "2022-07-27", "calendar": False},
 note_extra="Published day from the page's date line (2022-07-28). The national coordinators' council (24-27 July) and its briefing; the CFM of 28-29 July is mentioned (a hard negative to it).",
 text="""ШҲТ Миллий координаторлари кенгаши йиғилиши якуни бўйича брифинг ўтказилди
16:21 / 2022-07-28

ЎзА аввал хабар берганидек, 24-27 июль кунлари Тошкент шаҳрида Шанхай ҳамкорлик ташкилотига аъзо давлатлар Миллий координаторлари кенгашининг навбатдаги йиғилиши бўлиб ўтди.

Бугун Ташқи ишлар вазирлигида ШҲТ Миллий координаторлар кенгаши мажлиси якуни ҳамда ШҲТга аъзо давлатлар ташқи ишлар вазирларининг бўлажак йиғилишига доир режаларга бағишланган брифинг ташкил этилди. 

Анжуманда мамлакатимизнинг ШҲТ ишлари бўйича Миллий координатори Раҳматулла Нуримбетов тўрт кун давом этган тадбир тафсилотига тўхталди. 

Маълум қилишларича, Миллий координаторлар иштирокида ўтган анъанавий йиғилишда бугун ва эртага – 28-29 июль кунлари пойтахтимизда бўлиб ўтаётган аъзо давлатлар ташқи ишлар вазирлари кенгашида кўриб чиқиш учун тақдим этиладиган ҳужжатлар рўйхати лойиҳалари келишиб олинган."""),
dict(url="https://daryo.uz/k/2015/10/23/ozbekiston-delegatsiyasi-pekinda-xitoy-tashqi-ishlar-vaziri-orinbosari-chen-gopin-bilan-muzokaralar-otkazdi", lang="uz-Cyrl", pub="2015-10-23", df="url", story="national-coordinators-beijing-2015", q=Q28, rank=7,
 cut="first three paragraphs ('Изоҳ (0)' dropped)", meeting={"venue": "Beijing", "date": "2015-10-23", "calendar": False},
 text="""Пекинда 20—23 октябрь кунлари Шанхай ҳамкорлик ташкилотига аъзо давлатлар Миллий координаторлар кенгашининг навбатдаги йиғилиши бўлиб ўтди. Бу ҳақда Ўзбекистон Ташқи ишлар вазирлиги матбуот хизмати хабар бермоқда.
Йиғилишда Ўзбекистоннинг ШҲТда 2015—2016 йилларда раислиги доирасидаги асосий тадбирларни ўтказиш жадвали, 2015 йилнинг декабрь ойида Хитойда бўлиб ўтадиган ШҲТга аъзо давлатлар ҳукумат раҳбарлари (бош вазирлар) Кенгашига тайёргарлик кўриш жараёни ва умумий кун тартибининг бошқа долзарб масалалари кўриб чиқилди.
Пекин шаҳрига ташриф давомида Ўзбекистон делегацияси Хитой ташқи ишлар вазири ўринбосари Чен Гопин билан музокаралар ўтказди. Учрашувда икки томонлама ва ШҲТ доирасидаги Ўзбекистон-Хитой ҳамкорлигининг устувор йўналишлари муҳокама қилинди."""),
dict(url="https://m.kun.uz/news/2016/04/22/pekinda-shht-mkkning-navbatdagi-majlisi-otkazildi", lang="uz", pub="2016-04-22", df="url", story="national-coordinators-beijing-2016", q=Q28, rank=8,
 cut="whole", meeting={"venue": "Beijing", "date": "2016-04-21", "calendar": False},
 note_extra="The national coordinators' council in Beijing (19-21 April 2016); the 11th security council secretaries' meeting (13-14 April) is reported in passing.",
 text="""2016 yilning 19-21 aprel kunlari Pekin shahrida (Xitoy) Shanxay hamkorlik tashkilotiga a'zo davlatlar Milliy koordinatorlari kengashining (MKK) navbatdagi majlisi bo‘lib o‘tdi.
Majlisda O‘zbekistonning ShHTga raisligi doirasidagi asosiy tadbirlarga tayyorgarlik jarayoni ko‘rib chiqildi.
Uchrashuv davomida Toshkent shahrida o‘tkazish rejalashtirilgan ShHTga a'zo mamlakatlar Davlat rahbarlari kengashi, Tashqi ishlar vazirlari kengashi, Madaniyat vazirlari yig‘ilishi, Ishbilarmonlar kengashi boshqaruvi, Banklararo birlashma kengashi yig‘ilishlarining kun tartibi va yakuniy hujjatlari loyihalari yuzasidan fikr almashildi.
O‘zbekiston tomoni 13-14 aprel kuni bo‘lib o‘tgan ShHTga a'zo davlatlar Xavfsizlik kengashlari kotiblarining o‘n birinchi uchrashuvi yakunlari to‘g‘risida ma'lumot berdi."""),
dict(url="https://www.escenariomundial.com/2025/07/15/cancilleres-de-la-organizacion-de-cooperacion-de-shanghai-se-reunen-en-china-con-gaza-ucrania-e-iran-como-temas-centrales", lang="es", pub="2025-07-15", df="url", story="tianjin-cfm-2025", q=Q29, rank=1,
 cut="first two paragraphs (the lead and the bullet list)", meeting=TJ,
 text="""Este martes dio inicio en la ciudad de Tianjin, al norte de China, la sesión formal del Consejo de Ministros de Relaciones Exteriores de los Estados miembros de la Organización de Cooperación de Shanghái (OCS). La cumbre diplomática, que se extenderá por dos días, reúne a representantes de diez países miembros y se centra en algunos de los principales desafíos de la agenda internacional, como la situación en Gaza, la guerra en Ucrania y el programa nuclear iraní.
Lo que tenés que saber
- Participan los cancilleres de China, India, Rusia, Irán, Pakistán, Bielorrusia, Kazajistán, Kirguistán, Tayikistán y Uzbekistán.
- Se debatirán temas clave como el conflicto en Gaza, la crisis en Ucrania y el programa nuclear de Irán.
- El canciller de Pakistán destacó el compromiso de los miembros con el multilateralismo y el orden internacional inclusivo.
- El encuentro se desarrolla en un contexto de creciente tensión entre bloques geopolíticos en Eurasia."""),
dict(url="https://www.mfa.gov.cn/esp/wjb/wjbz/zyhd/202507/t20250718_11672733.html", lang="es", pub="2025-07-16", df="text", story="tianjin-cfm-2025", q=Q29, rank=2,
 cut="from the title (the ministry's name lines above it dropped) to the paragraph on Wang Yi's opening words, cut before the paragraph where the excerpt breaks off", meeting=TJ,
 note_extra="Published day from the page's date line (2025-07-16; the URL's 20250718 is a later day, arguable).",
 text="""Reunión de Consejo de Ministros de Relaciones Exteriores de Estados Miembros de Organización de Cooperación de Shanghái Se Celebra en Tianjin

2025-07-16 21:56

El 15 de julio de 2025, el miembro del Buró Político del Comité Central del Partido Comunista de China (PCCh) y ministro de Relaciones Exteriores, Wang Yi, presidió la Reunión del Consejo de Ministros de Relaciones Exteriores de los Estados Miembros de la Organización de Cooperación de Shanghái (OCS) en Tianjin. A la reunión asistieron el ministro de Relaciones Exteriores de Bielorrusia, Maxim Ryzhenkov; el ministro de Relaciones Exteriores de la India, Subrahmanyam Jaishankar; el ministro de Relaciones Exteriores de Irán, Seyed Abbas Araghchi; el vice primer ministro y ministro de Relaciones Exteriores de Kazajistán, Murat Nurtleu; el ministro de Relaciones Exteriores de Kirguistán, Kulubaev Zheenbek Moldokanovich; el vice primer ministro y ministro de Relaciones Exteriores de Pakistán, Mohammad Ishaq Dar; el ministro de Asuntos Exteriores de Rusia, Serguéi Lavrov; el ministro de Relaciones Exteriores de Tayikistán, Sirojiddin Muhriddin; el ministro de Relaciones Exteriores de Uzbekistán, Bakhtiyor Saidov; el secretario general de la OCS, Nurlan Yermekbayev; y el director del Comité Ejecutivo de la Estructura Antiterrorista Regional de la OCS, Ularbek Sharsheev.

Wang Yi dijo que, durante los 24 años transcurridos desde su fundación, bajo la orientación estratégica de los líderes de los Estados miembros, la OCS ha mantenido un impulso de desarrollo estable y positivo, ha ampliado constantemente sus áreas de cooperación, ha continuado mejorando su prestigio internacional y ha adquirido un valor estratégico más destacado, convirtiéndose en un apoyo confiable para los Estados miembros en el mantenimiento de la estabilidad regional y en el logro del desarrollo común."""),
dict(url="https://www.mfa.gov.cn/esp/wjb/wjbz/zyhd/202507/t20250718_11672850.html", lang="es", pub="2025-07-18", df="url", story="tianjin-cfm-2025", q=Q29, rank=3,
 cut="first three paragraphs, cut before the list where the excerpt breaks off", meeting=TJ,
 note_extra="Published day from the URL (t20250718). Wang Yi's press remarks with the Secretary-General after the meeting: the meeting's label.",
 text="""El 15 de julio de 2025, el miembro del Buró Político del Comité Central del Partido Comunista de China (PCCh) y ministro de Relaciones Exteriores, Wang Yi, presidió la Reunión del Consejo de Ministros de Relaciones Exteriores de los Estados Miembros de la Organización de Cooperación de Shanghái (OCS) en Tianjin.
Al reunirse con la prensa junto con el secretario general de la OCS, Nurlan Yermekbayev, tras la reunión, Wang Yi afirmó que el presidente Xi Jinping, que concedía gran importancia a esta reunión de cancilleres, se reunió especialmente con los ministros de Relaciones Exteriores de los Estados miembros de la OCS y los responsables de los órganos permanentes de la OCS y enfatizó que la OCS necesita tener bien presentes sus aspiraciones fundacionales, responder a las aspiraciones de los pueblos y asumir la misión de los tiempos, lo cual brindó orientación para promover el desarrollo de alta calidad de la OCS.
Wang Yi expresó que, desde que China asumió la presidencia rotatoria de la OCS, ha diseñado más de 110 eventos importantes que abarcan diversos ámbitos, incluyendo decenas de mecanismos de reuniones a nivel ministerial. Estas actividades han permitido que la cooperación de la OCS en materia de seguridad sea más fructífera, cuente con un mayor impulso de desarrollo y goce de una construcción institucional más completa, y han fomentado en gran medida la “conectividad física”, la “conectividad blanda” y la “conectividad de corazón a corazón” entre los Estados miembros. En esta reunión de ministros de Relaciones Exteriores, se llevaron a cabo intercambios exhaustivos sobre diversos temas, se alcanzaron los objetivos previstos y se hicieron plenos preparativos políticos para la convocatoria de la Cumbre de Tianjin."""),
dict(url="https://espanol.cgtn.com/n/2021-06-16/FDGbIA/la-ocs-defiende-el-multilateralismo-y-los-acuerdos-politicos-a-traves-del-dialogo/index.html", lang="es", pub="2021-06-16", df="url", story="x-sco-anniversary-2021", q=Q29, rank=4,
 cut="first four paragraphs", meeting={"venue": "Beijing", "calendar": False},
 note_extra="The SCO's 20th anniversary (June 2021): diplomats' statements, no meeting; an x- label (the Dushanbe summit of September only announced). Venue: CGTN's city (no meeting; arguable).",
 text="""Altos diplomáticos de los Estados miembros de la Organización de Cooperación de Shanghai han destacado la importancia de esta organización para la estabilidad, el desarrollo y la prosperidad regionales. La OCS celebra su 20.º aniversario.
La OCS ha demostrado su solidaridad a la hora de hacer frente a cuestiones delicadas, como el terrorismo, el separatismo y el extremismo, así como en el control y prevención de la COVID-19.
El bloque ha seguido profundizando además su cooperación económica para adaptarse a las condiciones regionales y a las necesidades comunes, y busca grandes avances en áreas innovadoras, como energías limpias y economía digital.
El Consejo de jefes de Estado de la OCS se reunirá en Tayikistán en septiembre, para abordar nuevas prioridades como la cooperación multilateral dentro de la organización."""),
dict(url="http://portuguese.people.com.cn/n3/2018/0425/c309806-9453363.html", lang="pt", pub="2018-04-25", df="url", story="beijing-cfm-2018", q=Q29, rank=5,
 cut="first six paragraphs", meeting={"venue": "Beijing", "date": "2018-04-24", "calendar": False},
 note_extra="'14 documentos assinados' unnamed (drafts for the Qingdao summit): not counted.",
 text="""Os chanceleres dos países da Organização da Cooperação de Shanghai (OCS) se reuniram em Beijing em preparação para a próxima Cúpula de Qingdao.
O ministro das Relações Exteriores da China, Wang Yi, disse que o encontro previsto para o mês de junho obterá resultados significativos.
Trata-se da primeira reunião de chanceleres dos membros da OCS após a organização ter sido expandida no ano passado, incluindo agora a Índia e o Paquistão.
O objetivo da sessão em Beijing era de estabelecer um mandato político para a Cúpula de Qingdao.
Os ministros das Relações Exteriores dos oito países membros trocaram opiniões sobre questões internacionais de interesse comum, tendo alcançado vários acordos incluídos em 14 documentos assinados.
Wang Yi afirmou que os documentos são rascunhos de vários acordos a serem submetidos à discussão na Cúpula de Qingdao antes da adoção pelos membros."""),
dict(url="https://archivo.prensa-latina.cu/2024/02/23/organizacion-de-cooperacion-de-shanghai-prioridad-para-china/?page=2", lang="es", pub="2024-02-23", df="url", story="secretariat-anniversary-beijing-2024", q=Q29, rank=6,
 cut="first four paragraphs (the excerpt is the article's second page)", meeting={"venue": "Beijing", "date": "2024-02-23", "calendar": False},
 note_extra="Wang Yi at the reception for the Secretariat's 20th anniversary in Beijing; the Astana summit is mentioned (a hard negative to it).",
 text="""De acuerdo con el Ministerio de Relaciones Exteriores, el titular participó en una recepción para conmemorar el 20 aniversario de la creación de la Secretaría de la OCS.
En su discurso Wang Yi elogió la plataforma de cooperación de la organización, la cual dijo establece un nuevo tipo de relaciones internacionales de acuerdo con el «Espíritu de Shanghái».
El canciller aludió de esta forma al momento fundacional de la OCS en 2001 y los principios que trazó la organización de «confianza, beneficio mutuo, igualdad, consulta, respeto por las diversas civilizaciones y búsqueda del desarrollo común».
Wang Yi abogó por consolidar la seguridad regional, profundizar la cooperación práctica, promover los lazos entre los pueblos y mejorar la gobernanza global."""),
dict(url="https://spanish.almanartv.com.lb/760872", lang="es", pub=None, df=None, story="goa-cfm-2023-preview", q=Q29, rank=8,
 cut="first two paragraphs", meeting={"venue": "Goa", "date": "2023-05-05", "calendar": False},
 note_extra="Undated; the Goa meeting 'programada para este viernes' and Lavrov already in India: written on the eve (4 May 2023), a preview (arguable: the reception of the 4th is the meeting's first day).",
 text="""Hoy, los ojos del mundo se vuelven hacia India, que alberga la reunión de ministros de Relaciones Exteriores de la Organización de Cooperación de Shanghai programada para este viernes en el estado turístico costero de Goa, para discutir temas de seguridad regional. Esta reunión allanará el camino para la próxima cumbre, que también tendrá lugar en la India el próximo mes de julio, y a la que está previsto que asistan el presidente ruso, Vladimir Putin, y su homólogo chino, Xi Jinping.
La Organización de Shanghai cubre la mayor parte de la región conocida como Eurasia, incluidos China, India y Rusia y se espera que Irán complete los procedimientos de membresía completa en esta cumbre y también Bielorrusia dé un paso en este sentido, según un funcionario en el Ministerio de Asuntos Exteriores de la India."""),
dict(url="https://mainstream.news/international/laos-wird-dialogpartner-der-schanghaier-organisation-fuer-zusammenarbeit", lang="de", pub=None, df=None, story="tianjin-cfm-2025", q=Q30, rank=1,
 cut="first four paragraphs", meeting=TJ,
 docs=[{"name": "SCO Development Strategy until 2035", "type": "strategy", "status": "planned", "meeting": {"venue": "Tianjin", "date": "2025-09-01"}}],
 note_extra="Undated ('am Dienstag'). The strategy to 2035, identified by its period, discussed for adoption at the coming summit: counted planned at the Tianjin summit (arguable, as set 9's strategies by period).",
 text="""In der Hafenstadt Tianjin, China, fand am Dienstag ein Treffen der Außenminister der Schanghaier Organisation für Zusammenarbeit (SOZ) statt. Der russische Außenminister Sergei Lawrow war ebenfalls anwesend und vermeldete wichtige Beschlüsse der Tagung. Besonders hervorgehoben wurde die Entscheidung, Laos, einem Land in Südostasien, den Status eines Dialogpartners zu verleihen.
Lawrow kündigte zudem die Einführung eines neuen Formats namens “SOZ Plus” an, das seine Premiere am 1. September in Tianjin feiern wird, unmittelbar nach dem SOZ-Gipfel am 31. August. Dieses neue Format wird rund 30 Staaten und internationale Organisationen umfassen.
Die Diskussionen der Außenminister umfassten auch vorbereitende Dokumente und Entscheidungen, die beim bevorstehenden SOZ-Gipfel verabschiedet werden könnten. Es wurden Strategien zur weiteren Entwicklung der Organisation bis zum Jahr 2035 und drängende Themen der internationalen und regionalen Politik erörtert.
Am Rande dieser Zusammenkunft traf sich Lawrow mit den Außenministern aus Iran, Indien und Pakistan. Dies folgte einem kürzlichen Treffen mit Chinas Staatschef Xi Jinping in Peking."""),
dict(url="http://de.brnn.com/n3/2023/0420/c416983-20008543.html", lang="de", pub="2023-04-20", df="url", story="sg-zhang-ming-qin-gang-2023", q=Q30, rank=2,
 cut="whole", meeting={"venue": "Beijing", "date": "2023-04-19", "calendar": False},
 note_extra="People's Daily's German text at a copying host that kept the original's URL path (2023/0420): the URL's day taken (arguable). China's foreign minister receives the Secretary-General: the Secretary-General's meetings, its own label.",
 text="""Der chinesische Außenminister Qin Gang hat sich am Mittwoch in Beijing mit Zhang Ming, dem Generalsekretär der Shanghaier Organisation für Zusammenarbeit (SOZ), getroffen.
Qin Gang hob die wichtige Rolle der SOZ bei der Förderung von Stabilität, Entwicklung und Wohlstand in der Region hervor. Er betonte, dass China bereit sei, die Zusammenarbeit mit anderen Mitgliedsländern zu verstärken und die Vorschläge des chinesischen Staatspräsidenten Xi Jinping zum Aufbau einer engeren Gemeinschaft mit geteilter Zukunft umzusetzen.
Er würdigte zudem die Philosophie des „Shanghaier Geistes“ der SOZ, die zu gegenseitigem Vertrauen und gegenseitigem Nutzen sowie zu Gleichheit, Konsultation, Achtung der kulturellen Vielfalt und dem Streben nach gemeinsamer Entwicklung aufrufe.
Zhang Ming sagte, dass das SOZ-Sekretariat den zwischen den Mitgliedstaaten erzielten Konsens umsetzen, die Arbeitsmethoden verbessern und die Entwicklung der Organisation vorantreiben werde. Zhang dankte außerdem China für dessen starke Unterstützung für die Arbeit des Sekretariats."""),
dict(url="https://www.saba.ye/de/news3515661.htm", lang="de", pub=None, df=None, story="tianjin-cfm-2025-preview", q=Q30, rank=3,
 cut="first two paragraphs", meeting=TJ,
 note_extra="Undated; Lavrov arriving in China on Sunday (13 July 2025) for the foreign ministers' council: two days before, a preview. The summit's days given as 30 August - 1 September (sic).",
 text="""Peking – Saba:
Der russische Außenminister Sergej Lawrow ist am Sonntag zu einem Besuch in China eingetroffen, bei dem er an einem Treffen des Außenministerrats der Mitgliedsstaaten der Shanghaier Organisation für Zusammenarbeit (SOZ) teilnehmen wird.
Das russische Außenministerium hatte zuvor erklärt, dieses Treffen sei ein wichtiger Schritt zur Vorbereitung des SOZ-Gipfels, der vom 30. August bis 1. September in Tianjin stattfinden wird."""),
dict(url="http://de.brnn.com/n3/2025/0715/c416983-20340341.html", lang="de", pub="2025-07-15", df="url", story="tianjin-cfm-2025", q=Q30, rank=4,
 cut="first paragraph (a second paragraph on another subject of the briefing left out)", meeting=TJ,
 note_extra="The spokesman's Monday briefing, published (URL) on the meeting's day: the meeting's label, as set 9's first-day reports (arguable: a preview in content; jisuxw's report of the same briefing, published the day before, is the preview).",
 text="""Das Treffen des Außenministerrats der Shanghaier Organisation für Zusammenarbeit (SOZ) dient der politischen Vorbereitung auf den SOZ-Gipfel in der chinesischen Stadt Tianjin in diesem Herbst. Dies teilte Lin Jian, Sprecher des chinesischen Außenministeriums, am Montag auf einer Pressekonferenz mit. China übernimmt den rotierenden Vorsitz der SOZ von 2024 bis 2025."""),
dict(url="https://report.az/region-xeberleri/astanada-set-xarici-isler-nazirleri-surasinin-iclasi-baslayib", lang="az", pub=None, df=None, story="astana-cfm-2024", q=Q31, rank=1,
 cut="whole", meeting={"venue": "Astana", "date": "2024-05-21", "calendar": False},
 note_extra="Undated; the Astana CFM (21 May 2024; the summit of 3-4 July and Amir-Abdollahian's death on 19 May named).",
 text="""Astanada Şanxay Əməkdaşlıq Təşkilatına (ŞƏT) üzv ölkələrin Xarici İşlər Nazirləri Şurasının iclası başlayıb.
“Report” xəbər verir ki, bu barədə TASS məlumat yayıb.
Nümayəndə heyətlərinin başçıları təşkilatın sammitinə hazırlıq (3-4 iyul), aktual beynəlxalq və regional mövzuları müzakirə edəcəklər.
Təşkilatın gələcək inkişaf perspektivlərinə və onun yeni dünya düzəninin formalaşmasına uyğunlaşmasına xüsusi diqqət yetiriləcək.
İclasda nazirlər ŞƏT-in yeni Baş katibi və ŞƏT-in Regional Antiterror Strukturu İcraiyyə Komitəsinin direktoru vəzifələrinə namizədlərə baxacaqlar. İştirakçılar dövlət başçılarının təsdiqi üçün müxtəlif sənədlər paketi hazırlayacaqlar.
Mayın 19-da helikopter qəzasında həlak olan İranin xarici işlər naziri Hüseyn Əmir Abdullahianın əvəzinə bu ölkəni xarici işlər nazirinin iqtisadi diplomatiya üzrə müavini Mehdi Səfəri təmsil edir."""),
]
