"""Round 78 (relev78, sets 1-52 as dev): the SCO's Kazakh, Kyrgyz, Uzbek and Tajik names in the
forms the sets' pages write them (sco.toml), their Shanghai never the venue (tagging_words.toml,
[terms_with_venue]); a headline naming a summit over a lead naming the SCO reports the SCO's
meeting (tagging._headline_meeting). Texts from the sets' pages, shortened, or marked
"written"."""

from __future__ import annotations

from round_helpers import GAZ

from pipeline.tagging import (
    RELEVANCE_THRESHOLD,
    analyse,
    find_matches,
    sco_mentions,
    tag_article,
)


def kept(title: str, body: str) -> bool:
    return analyse(GAZ, title, body).relevance >= RELEVANCE_THRESHOLD


def sco_names(text: str) -> list[str]:
    sco, _ = sco_mentions(GAZ, text, find_matches(GAZ, text))
    return [text[m.start : m.end] for m in sco]


def venues(title: str, body: str) -> list[str]:
    return tag_article(GAZ, title, body).venues


# ---- the Central Asian names (sco.toml) ---------------------------------------------------------

# r-6713a2788e (blind set 38, Kazakh, memoranda signed in Tashkent, 2022): the possessive
KK_POSSESSIVE = (
    "Ташкентте Египет Араб Республикасы мен Катар мемлекетіне Шанхай ынтымақтастығы ұйымы "
    "диалогі бойынша серіктес мәртебесін беру туралы меморандумдарға қол қойылды."
)


def test_kazakh_possessive_names_the_sco() -> None:
    assert sco_names(KK_POSSESSIVE) == ["Шанхай ынтымақтастығы ұйымы"]


def test_kazakh_possessive_is_no_venue() -> None:
    assert venues("Ташкентте меморандумдар", KK_POSSESSIVE) == ["Tashkent"]


# r-d223ae7cd7 (blind set 35, Kyrgyz, the RATS council in Tashkent, 2021), misspelt
KY_MISSPELT = (
    "Өзбекстан Республикасынын төрагалыгы астында кезектеги Шанхай кызматташттык уюмунун "
    "Аймактык терроризмге каршы түзүмүнүн кеңешинин отуруму Ташкентте өттү."
)


def test_kyrgyz_misspelt_name_is_the_sco_and_no_venue() -> None:
    assert sco_names(KY_MISSPELT) == ["Шанхай кызматташттык уюмунун"]
    assert "Shanghai" not in venues("Ташкентте отурум", KY_MISSPELT)


def test_uzbek_shanghai_with_its_h_names_the_sco() -> None:
    # r-169a54fe8f (blind set 13, Uzbek in Cyrillic, Samarkand 2022)
    text = ("16 сентябрь куни Самарқанд шаҳрида Шанҳай ҳамкорлик ташкилотига аъзо давлатлар "
            "раҳбарлари")
    assert sco_names(text) == ["Шанҳай ҳамкорлик ташкилотига"]


def test_tajik_shanghai_organisation_names_the_sco() -> None:
    # r-14cac2c246 (blind set 33, Tajik, a preview of Bishkek 2019)
    text = ("Раиси ҷумҳурии Қирғизистон бо ишора ба инки аз дидгоҳи Бишкек Созмони Шанхай бистари "
            "муассире барои барқарории равобит аст.")
    assert sco_names(text) == ["Созмони Шанхай"]
    assert venues("Омодагии Бишкек", text) == ["Bishkek"]


# ---- the Shanghai of the SCO's terms is no venue (tagging_words.toml) ---------------------------


def test_names_spaced_twice_and_the_five_and_spirit_are_no_venue() -> None:
    # r-b5d550062d (blind set 35): the name with two spaces, which no gazetteer phrase matches
    spaced = ("АСТАНА. ҚазАқпарат - Шанхай  ынтымақтастық ұйымының Өңірлік терроризмге қарсы "
              "құрылымы Шри-Ланкамен бірлесіп күреседі.")
    assert venues("Шри-Ланка лаңкестікпен бірлесіп күреседі", spaced) == ["Astana"]
    # r-daeca1e5e8 (blind set 11) and r-eec84ba9e1 (blind set 16): the Five and the spirit
    five = "Бастапқыда Шанхай бестігі ретінде құрылған ұйымға Беларусь қосылды."
    assert venues("ШЫҰ саммиті", five) == []
    spirit = "Сіздердің елдеріңіз «шанхай рухын» одан әрі күшейтуге үлес қосады."
    assert venues("ШЫҰ кеңесі", spirit) == []


def test_the_city_itself_is_still_a_venue() -> None:
    # r-c0673917e6 (blind set 10, Uzbek): the SCO founded "in the city of Shanghai" in 2001
    text = ("Шанхай ҳамкорлик ташкилоти ҳукуматлараро халқаро ташкилот бўлиб, у 2001 йилда "
            "Шанхай шаҳрида Қозоғистон, Хитой, Қирғизистон, Россия, Тожикистон ва Ўзбекистон "
            "томонидан тузилган.")
    assert venues("ШҲТ", text) == ["Shanghai"]


# ---- a headline naming a summit over a lead naming the SCO (tagging._headline_meeting) ----------

# r-95c5795504 (blind set 5, Russian, Trud on St Petersburg 2002): its first line is the title
TRUD_TITLE = ("Саммит открыл российский президент в танцевальном зале Большого дворца "
              "Петродворца. Владимир Путин, Цзян Цзэминь, Нурсултан Назарбаев, Аскар Акаев, "
              "Ислам Каримов и Эмомали Рахмонов в узком составе внесли завершающие штрихи в "
              "формирование правовой основы этой укрепляющей влияние организации.")
TRUD_BODY = (
    "Накануне, в четверг вечером, Владимир Путин встретился в Юсуповском дворце на Мойке с "
    "председателем КНР Цзян Цзэминем и обсудил с ним вопросы деятельности ШОС, ситуацию в "
    "\"горячих точках\" Азии и, естественно, состояние и перспективы двусторонних отношений.\n"
    "По итогам встречи в верхах были подписаны основополагающие документы - Хартия, "
    "представляющая собой, по сути, устав организации, Политическая декларация и Соглашение о "
    "региональной антитеррористической структуре (РАЦ)."
)


def test_headline_summit_over_a_lead_naming_the_sco_is_kept() -> None:
    assert kept(TRUD_TITLE, TRUD_BODY)


def test_without_the_headline_summit_the_lead_is_a_passing_mention() -> None:
    # written: the same report under a headline that names no meeting
    assert not kept("Восточный вектор нашей дипломатии", TRUD_BODY)


def test_another_organisations_summit_in_the_headline_is_not_the_scos() -> None:
    # written: a BRICS summit in the headline, the SCO named once in the lead
    assert not kept("Саммит БРИКС открылся в Казани", TRUD_BODY)
