Q32 = "pages: ministres des Affaires étrangères de l'Organisation de coopération de Shanghai réunion"
Q33 = "pages: 上海協力機構 外相会議"
Q34 = "pages: Samarkand Declaration signed SCO heads of state Mirziyoyev"
SAM = {"venue": "Samarkand", "date": "2022-09-16"}
SD = lambda st: {"name": "Samarkand Declaration", "type": "declaration", "status": st}
ITEMS = [
dict(url="https://azertag.az/fr/xeber/les_ministres_des_affaires_etrangeres_de_l_039ocs_se_reuniront_en_chine-3655091", lang="fr", pub="2025-07-12", df="text", story="tianjin-cfm-2025-preview", q=Q32, rank=1,
 cut="whole", meeting={"venue": "Tianjin", "date": "2025-07-15", "calendar": False},
 note_extra="Dateline 'Bakou, 12 juillet' without a year; the Tianjin meeting of 15 July gives 2025 (arguable). Xinhua's text of the Chinese spokesman's announcement: a preview (the same announcement as puthiyathisaigal's Tamil, a translation).",
 text="""Bakou, 12 juillet, AZERTAC

La Réunion du Conseil des ministres des Affaires étrangères des Etats membres de l'Organisation de coopération de Shanghai (OCS) se tiendra le 15 juillet à Tianjin, dans le nord de la Chine, a annoncé samedi un porte-parole du ministère chinois des Affaires étrangères.

A l'invitation de Wang Yi, membre du Bureau politique du Comité central du Parti communiste chinois et ministre chinois des Affaires étrangères, les ministres des Affaires étrangères des autres pays membres de l'OCS ainsi que les chefs des organes permanents de l'OCS participeront à la réunion, a précisé le porte-parole, ajoutant que les participants échangeraient leurs points de vue sur la coopération de l'OCS dans divers domaines et sur les grandes questions régionales et internationales.

En plus de sa participation à la réunion, le ministre indien des Affaires étrangères, Subrahmanyam Jaishankar, effectuera également une visite en Chine, a indiqué le porte-parole. (Xinhua)"""),
dict(url="http://sn-sn.com/Chine/n3/2020/0917/c31354-9761207.html", lang="fr", pub="2020-09-17", df="url", story="moscow-cfm-2020", q=Q32, rank=4,
 cut="first five paragraphs, cut before the list of points where the excerpt breaks off", meeting={"venue": "Moscow", "date": "2020-09-10", "calendar": False},
 note_extra="People's Daily's French text at a copying host that kept the original's URL path (2020/0917, agreeing with the page's '17/09'): the URL's day taken (arguable). Wang Yi's interview after the Moscow CFM of 9-10 September 2020: the meeting's label (published a week later, arguable). 'un communiqué de presse' and the anniversary statements are in lower case: not counted.",
 text="""Dernière mise à jour à 09h30 le 17/09
La réunion des ministres des Affaires étrangères des pays membres de l'Organisation de coopération de Shanghai (OCS) a fait progresser la coopération internationale contre la pandémie de COVID-19 et s'est engagée à soutenir le multilatéralisme, a déclaré mercredi Wang Yi, conseiller d'Etat chinois et ministre des Affaires étrangères.
M. Wang a assisté à la réunion de l'OCS à Moscou, et effectué une visite en Russie, au Kazakhstan, au Kirghizistan et en Mongolie du 10 au 16 septembre.
Au cours de la réunion, les ministres ont diffusé un communiqué de presse et ratifié plus de 20 projets de documents, qui démontrent l'Esprit de Shanghai caractérisé par la confiance mutuelle et les avantages mutuels et soulignent le r?le constructif de l'OCS dans la promotion de la paix et de la stabilité régionales, a-t-il déclaré dans un entretien accordé à Xinhua.
Selon M. Wang, la mission clé de cette réunion des ministres des Affaires étrangères consistait à faire des préparatifs politiques pour le sommet virtuel de l'OCS prévu en novembre."""),
dict(url="https://chinaviki.com/china-news/0/1862.html", lang="ja", pub="2006-05-16", df="text", story="shanghai-cfm-2006", q=Q33, rank=2,
 cut="whole (the trailing '|' kept)", meeting={"venue": "Shanghai", "date": "2006-05-15", "calendar": False},
 note_extra="Published day from the credit line '「CRI」より2006/05/16' (arguable: CRI's day, the page copies it). The foreign ministers in Shanghai a month before the Shanghai summit (a hard negative to it).",
 text="""上海協力機構加盟国外交部長会議は15日、上海で開催された。中国、カザフスタン、キルギス、ロシア、タジキスタン、ウズベキスタンの6カ国の外交部長は6月中旬に上海で開催される同機構のサミットの準備作業を討議し、一連の決議を採択した。 中国外交部の李肇星部長は今回会議を主宰した。会議は、「2005年アスタナサミットで達した協定を実行するため、上海協力機構は多くの活動をしてきた。まもなく開催される上海サミットは今後の発展を計画する面で重要な意義を持っている。各国が密接に協力し、会議の成功を確保する」と指摘した。 会議は、当面の重大な国際問題で各加盟国の立場が一致していることを確認すると同時に、「対外政策を積極的に協調し、急速に変化している地域情勢と世界情勢に対応していく」と改めて強調した。 「CRI」より2006/05/16 |"""),
dict(url="http://japanese.cri.cn/151/2006/05/18/1@63699.htm", lang="ja", pub="2006-05-18", df="url", story="shanghai-summit-2006-announced", q=Q33, rank=1,
 cut="whole", meeting={"venue": "Shanghai", "date": "2006-06-15"},
 note_extra="The Chinese ministry's announcement of the summit four weeks ahead: '-announced', as the real set's rule.",
 text="""上海協力機構加盟国首脳理事会第6回会議が6月15日に中国の上海で開かれることになっています。
これは、中国外務省の劉建超報道官が、18日、北京での定例記者会見で明らかにしたもので、劉建超報道官はさらに、「今回の会議は、上海協力機構設置5年来の成果と経験を締めくくり、次の発展方向と措置を決める」と示しました。"""),
dict(url="http://japanese.cri.cn/151/2006/06/07/1@65150.htm", lang="ja", pub="2006-06-07", df="url", story="shanghai-summit-2006-preview", q=Q33, rank=3,
 cut="whole", meeting={"venue": "Shanghai", "date": "2006-06-15"},
 docs=[{"name": "Declaration on the Fifth Anniversary of the Shanghai Cooperation Organisation", "type": "declaration", "status": "planned"}],
 note_extra="The Secretary-General's press conference eight days before the summit: a preview. '五周年宣言' to be adopted: counted planned under its English name (arguable: named by its occasion, not quoted).",
 text="""上海協力機構(SCO)の張徳広事務局長は6日、まもなく開かれる上海協力機構サミットは歴史的意義を持つ会議になるだろうと述べました。
上海協力機構サミットは15日上海で開かれますが、張徳広事務局長は6日の記者会見で、「今回サミットは加盟各国の元首が諸政策を決める会議であり、機構の成立5周年を祝う会議でもある。サミットではこの五年来の包括的文書として五周年宣言が採択される。また安全保障分野での協力や経済協力と貿易、人的分野の協力などについても重要な決定がなされる」と述べました。"""),
dict(url="https://thekashmirnews.com/samarkand-declaration-issued-at-the-end-of-shanghai-cooperation-organization-next-summit-will-be-held-in-india-in-2023-the-kashmir-news/", lang="en", pub="2022-09-17", df="text", story="samarkand-summit-2022", q=Q34, rank=1,
 cut="the headline and the paragraph up to the sentence on the participants (cut at a sentence end inside the excerpt's one long paragraph)", meeting=SAM, docs=[SD("signed")],
 note_extra="Dateline 'Samarkand, Sep 17 (UNI)' without a year; the 22nd summit gives 2022 (arguable). A summit negative.",
 text="""Samarkand Declaration issued at the end of Shanghai Cooperation Organization, next summit will be held in India in 2023

Samarkand, Sep 17 (UNI) The Samarkand Declaration was signed at the end of the 22nd meeting of the Heads of State of the Shanghai Cooperation Organization (SCO) held in the historic city of Samarkand, Uzbekistan. The summit was hosted by the President. Shaukat Mirzayev of Uzbekistan at the Congress Center located in the Samarkand International Tourism Zone. Russian President Vladimir Putin, Chinese President Xi Jinping, Kazakhstan’s President Kasem Zumurt Tokayev, Kyrgyzstan President Sadir. Zaparov, President of Tajikistan Imam Ali Rahman, Prime Minister of Pakistan Shahbaz Sharif, Prime Minister of India Narendra Modi, President of observer countries, President of Belarus Alexander Lukashenko, Mongolia: President Okhnagin Khorul Sikh, President of Iran Ibrahim Raisi invites leaders did? Turkish President Recep Tayyip Erdogan, Turkmenistan President Sardar Berdimuhamedov and Azerbaijan President Ilham Aliyev participated in it."""),
dict(url="http://tashkenttimes.uz/national/9632-sco-countries-are-committed-to-building-a-fairer-world-order-samarkand-declaration", lang="en", pub=None, df=None, story="samarkand-summit-2022", q=Q34, rank=4,
 cut="first three paragraphs (the page's header date line, a capture day, kept as the tool gave it)", meeting=SAM, docs=[SD("signed")],
 note_extra="Undated: the head line 'Monday, 20, May, 2024' is the page's day of capture, not the report's (as set 9's azattyk header). A summit negative.",
 text="""Monday, 20, May, 2024

The heads of the member states of the Shanghai Cooperation Organization signed the final Samarkand Declaration. The Declaration says that in the modern world the system of international challenges and threats is becoming more complex, “a dangerous degradation of the state of affairs in the world is observed”, existing local conflicts and crises were aggravating and new ones are emerging.

The growing technological and digital divergence, the turbulence of global financial markets, the global decline in investment flows, the instability of supply chains, the strengthening of protectionist measures in international trade exacerbate instability and uncertainty in the global economy, the declaration says."""),
dict(url="https://euroweeklynews.com/2022/09/16/sco-leaders-sign-samarkand-declaration/", lang="en", pub="2022-09-16", df="url", story="samarkand-summit-2022", q=Q34, rank=7,
 cut="first four paragraphs (the byline and the image caption included)", meeting=SAM, docs=[SD("signed")],
 text="""By Matthew Roscoe • 16 September 2022 • 13:56

SCO leaders sign Samarkand declaration as battles continue between Kyrgyzstan and Tajikistan. Image: @OGladyseva/Twitter

THE member countries of the Shanghai Cooperation Organisation (SCO) have signed the Samarkand Declaration following the summit in Uzbekistan.

Shanghai Cooperation Organisation (SCO) leaders have signed the Samarkand declaration despite violence continuing between members Kyrgyzstan and Tajikistan, as reported on Friday, September 16."""),
dict(url="https://www.iasgyan.in/daily-current-affairs/samarkand-declaration", lang="en", pub=None, df=None, story="samarkand-summit-2022", q=Q34, rank=3,
 cut="first paragraphs, to the third bullet", meeting=SAM, docs=[SD("adopted")],
 note_extra="Undated. An exam-preparation summary of the declaration: the summit's label (the real set's rule for analyses of a declaration). 'the Samarkand declaration' is a venue-named declaration: counted adopted.",
 text="""SAMARKAND DECLARATION
Copyright infringement not intended
Context: The leaders of the Shanghai Cooperation Organization Member States (hereinafter referred to as "the SCO" or "the Organization"), as a result of the meeting of the Council of Heads of State in the city of Samarkand on 16 September 2022, gave the Samarkand declaration.
- The member states, based on the proximity or convergence of assessments of the current regional and international agenda, reaffirm their commitment to a more representative, democratic, just and multipolar world order.
- The SCO Member States, in accordance with the principles of the SCO Charter, adhere to a line ruling out bloc, ideologized and confrontational approaches to addressing international and regional development problems and countering traditional and non-traditional challenges and threats to security.
- Taking into account the views of Member States, they confirm the relevance of initiatives to promote cooperation in building a new type of international relations in the spirit of mutual respect, justice, equality and mutual benefit, as well as forming a common vision of creating a community of shared destiny for humanity."""),
]
