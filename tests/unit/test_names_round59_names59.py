"""Round 59 (names59): document names of blind sets 45 and 46 and their causes in other dev sets
(issue 14): memoranda of obligations whose signers an apposition follows (Portuguese) or whose
joining Uzbek names, Uzbek drafts, Turkish initialling, German city adjectives, "bei", hyphenated
compounds and "Entwicklungsstrategie", a venue after "de" over one before the declaration word,
Vietnamese class nouns, the Arabic "approval of", Polish and Portuguese futures, the Chinese
words of the New Delhi statements, and the ten-year ("decennial") strategy.

The sentences marked with a set and item are quoted from real published reports
(tests/data/real-blindN, dev sets); the others are written by names59 for these tests.
"""

from __future__ import annotations

from datetime import date

from round_helpers import tagged_keys

from pipeline.documents import document_key

INDIA = document_key("Memorandum of Obligations of the Republic of India")
PAKISTAN = document_key("Memorandum of Obligations of the Islamic Republic of Pakistan")


# --- memoranda of obligations --------------------------------------------------------------------


def test_portuguese_signers_before_an_apposition() -> None:
    # blind set 45, rb-5d5a4a2438 (UOL/EFE)
    body = (
        "A cúpula da SCO começa em Tashkent. A Índia e o Paquistão, duas potências nucleares "
        'vizinhas e rivais, assinarão amanhã o "memorando de obrigações" da SCO, um passo '
        "importante para se transformarem em membros plenos do bloco."
    )
    found = tagged_keys(body)
    assert found.get(INDIA) == "planned"
    assert found.get(PAKISTAN) == "planned"


def test_a_state_inside_the_commas_is_no_apposition() -> None:
    # written: the words between the commas name another state, so the first is no signer
    body = (
        "A cúpula da SCO começa em Tashkent. A Índia, ao lado do Irã, assinará amanhã o "
        '"memorando de obrigações" da SCO. O Paquistão assinará amanhã o "memorando de '
        'obrigações" da SCO.'
    )
    found = tagged_keys(body)
    assert PAKISTAN in found
    assert INDIA not in found


def test_uzbek_memorandum_on_a_states_joining() -> None:
    # blind set 45, rb-b886c132a8 (Qalampir)
    body = (
        "23-24 июнь кунлари Тошкентда ўтадиган ШҲТ саммитида Ҳиндистон ва Покистоннинг "
        "ташкилотга қўшилиши тўғрисида меморандум имзоланиши режалаштирилмоқда."
    )
    found = tagged_keys(body)
    assert found.get(INDIA) == "planned"
    assert found.get(PAKISTAN) == "planned"


def test_uzbek_drafts_of_the_memoranda_are_planned() -> None:
    # blind set 45, rb-27edf5ffc5 (UzTAG): the drafts were handed over
    body = (
        "Тошкент. 2 март. ЎзТАГ – Куни кеча Пекин шаҳрида Шанҳай ҳамкорлик ташкилоти Бош котиби "
        "Рашид Алимов элчилар билан учрашди. Дипломатик миссияларнинг бошлиқларига ШҲТга аъзо "
        "давлат мақомини олиш борасидаги Ҳиндистон ва Покистоннинг мажбуриятлари ҳақидаги "
        "Меморандумларнинг лойиҳалари топширилди."
    )
    found = tagged_keys(body)
    assert found.get(INDIA) == "planned"
    assert found.get(PAKISTAN) == "planned"


def test_uzbek_contribution_is_no_joining() -> None:
    # blind set 45, rb-27edf5ffc5: "ҳисса қўшиши" (contributes), no state: no memorandum of one
    body = (
        "Бўлажак Тошкент саммитида Ҳиндистон ва Покистоннинг Меморандумлари имзоланиши ШҲТнинг "
        "ривожланишига салмоқли ҳисса қўшиши таъкидланди."
    )
    assert not any("obligation" in key for key in tagged_keys(body))


# --- partners' memoranda -------------------------------------------------------------------------


def test_turkish_initialled_partner_memorandum_is_signed() -> None:
    # blind set 45, rb-8943b7c49f (Beyaz Gazete)
    body = (
        "ŞİÖ Genel Sekreteri açıklama yaptı. 26 Nisan'da Türkiye’ye ŞİÖ, “diyalog ortaklığı” "
        "statüsü verilen memorandum, Almatı’da (Kazakistan) bulunan Dışişleri Bakanı Ahmet "
        "Davutoğlu ve ŞİÖ Genel Sekreteri Mezentsev tarafından parafe edilmişti."
    )
    key = document_key(
        "Memorandum on granting the Republic of Turkey the status of SCO dialogue partner"
    )
    assert tagged_keys(body).get(key) == "signed"


def test_arabic_decree_approving_a_partner_memorandum() -> None:
    # blind set 46, rb-59f67d8a50 (Al Khalij 24)
    body = (
        "صدر مرسوم بالموافقة على مذكرة تفاهم حول منح الكويت مكانة شريك الحوار لمنظمة شنغهاي "
        "للتعاون."
    )
    key = document_key(
        "Memorandum on granting the State of Kuwait the status of SCO dialogue partner"
    )
    assert tagged_keys(body).get(key) == "approved"


# --- German titles -------------------------------------------------------------------------------


def test_german_city_adjective_names_the_venue_declaration() -> None:
    # blind set 45, rb-90df0b850d (CRI German)
    body = (
        "Auf dem Gipfel wurden die Qingdaoer Deklaration des Vorstandes der Staatsoberhäupter der "
        "SCO-Mitglieder unterzeichnet und eine Reihe von Entschlüssen ratifiziert, darunter ein "
        "Programm für die Zusammenarbeit bei der Bekämpfung des Terrorismus, Separatismus und "
        "Extremismus 2019 bis 2021."
    )
    found = tagged_keys(body)
    assert found.get(document_key("Qingdao Declaration")) == "signed"
    programme = document_key(
        "Programm für die Zusammenarbeit bei der Bekämpfung des Terrorismus, Separatismus und "
        "Extremismus 2019 bis 2021"
    )
    assert found.get(programme) == "approved"
    assert document_key("Programm für die Zusammenarbeit") not in found


def test_german_adjective_of_no_venue_names_nothing() -> None:
    # written: "Münchener" is no venue of the SCO's
    body = (
        "Auf dem SCO-Gipfel wurden die Münchener Erklärung und die Taschkenter Erklärung "
        "unterzeichnet."
    )
    declarations = [key for key in tagged_keys(body) if "declaration" in key]
    assert declarations == [document_key("Tashkent Declaration")]


def test_german_hyphenated_compound_plan() -> None:
    # blind set 45, rb-27e81c251c (RT Deutsch)
    body = (
        "Während des 18. SOZ-Gipfels am Samstag und Sonntag vereinbarten die Volksrepublik China, "
        "Russland, Kasachstan, Kirgisistan, Tadschikistan, Usbekistan, Indien und Pakistan unter "
        "anderem einen gemeinsamen Anti-Terror-Plan für 2019 bis 2021."
    )
    assert tagged_keys(body).get(document_key("Anti-Terror-Plan für 2019 bis 2021")) == "adopted"


def test_german_development_strategy_for_the_coming_ten_years() -> None:
    # blind set 22, rb-2bbeb3484b (China's German service)
    body = (
        "Die Shanghaier Organisation für Zusammenarbeit (SCO) hält ihren Gipfel in Tianjin ab. "
        "Dem chinesischen Außenministerium zufolge wird auf dem Tianjin-Gipfel die "
        "„Tianjin-Erklärung“ veröffentlicht und die „Entwicklungsstrategie der SCO für die "
        "kommenden zehn Jahre“ soll genehmigt werden."
    )
    found = tagged_keys(body, date(2025, 8, 27))
    assert found.get(document_key("SCO Development Strategy until 2035")) == "planned"


# --- venue declarations --------------------------------------------------------------------------


def test_venue_after_de_is_the_declarations_own() -> None:
    # blind set 46, rb-9bfe8e503e: New Delhi adopts the Tianjin Declaration
    body = (
        "Os líderes da SCO reuniram-se em Tianjin. A adoção de Nova Délhi da declaração de "
        "Tianjin foi uma mudança de sua posição em junho."
    )
    found = tagged_keys(body)
    assert document_key("Tianjin Declaration") in found
    assert document_key("New Delhi Declaration") not in found


def test_english_main_political_document_will_be() -> None:
    # blind set 45, rb-88674ae280 (Lavrov after the foreign ministers' council)
    body = (
        "We are very pleased with the results of the meeting of the SCO Council of Ministers of "
        "Foreign Affairs. First of all, the main political document will be the Tashkent "
        "Declaration marking the 15th anniversary of the SCO."
    )
    assert tagged_keys(body).get(document_key("Tashkent Declaration")) == "planned"


def test_portuguese_and_polish_futures() -> None:
    # blind set 41, rb-12d1f64613; blind set 32, rb-d67826e588
    portuguese = (
        "A cúpula da SCO começa em Qingdao. Os líderes dos países membros assinarão a Declaração "
        "de Qingdao, assim como uma dezena de acordos."
    )
    polish = (
        "Szczyt Szanghajskiej Organizacji Współpracy (SOW) w Qingdao. Przywódcy państw "
        'członkowskich podpiszą i opublikują "Deklarację z Qingdao".'
    )
    qingdao = document_key("Qingdao Declaration")
    assert tagged_keys(portuguese).get(qingdao) == "planned"
    assert tagged_keys(polish).get(qingdao) == "planned"


# --- Vietnamese class nouns ----------------------------------------------------------------------


def test_vietnamese_plural_statements_name_nothing() -> None:
    # blind set 46, rb-776a9e7060 (Soha): "if the earlier summits made only verbal statements"
    body = (
        "Hội nghị thượng đỉnh SCO tại Thiên Tân. Nếu các hội nghị trước đây chỉ đưa ra các tuyên "
        "bố bằng lời nói thì Thiên Tân - 2025 đã nhất trí các hành động cụ thể. Hội nghị đã "
        'thông qua "Tuyên bố Thiên Tân".'
    )
    declarations = [key for key in tagged_keys(body) if "declaration" in key]
    assert declarations == [document_key("Tianjin Declaration")]


def test_vietnamese_lower_case_strategy_with_its_period_stays() -> None:
    # blind set 22, rb-5f0c6fec6f (VietnamPlus)
    body = (
        "Ngày 1/9, các nguyên thủ quốc gia của Tổ chức Hợp tác Thượng Hải (SCO) đã phê chuẩn "
        "Tuyên bố Thiên Tân với chiến lược phát triển cho giai đoạn 2026-2035."
    )
    found = tagged_keys(body, date(2025, 9, 1))
    assert document_key("SCO Development Strategy until 2035") in found


# --- keys ----------------------------------------------------------------------------------------


def test_chinese_new_delhi_statements_key_as_english() -> None:
    # blind set 46, rb-f8a4dd94ed's Chinese titles
    assert document_key("上海合作组织成员国元首理事会关于数字化转型领域合作的声明") == document_key(
        "Statement on cooperation in digital transformation"
    )
    assert document_key(
        "关于打击引发恐怖主义、分裂主义和极端主义的极端化合作的声明"
    ) == document_key(
        "Statement on cooperation in countering radicalisation leading to terrorism, separatism "
        "and extremism"
    )
    assert document_key("上海合作组织成员国长期睦邻友好合作条约") == document_key(
        "Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation"
    )


def test_decennial_strategy_is_the_development_strategy_of_its_meeting() -> None:
    # blind set 37, rb-5832e85fd7 (L'Altra Voce)
    body = (
        "Si è aperto il 31 agosto il summit della Sco a Tianjin. I leader adotteranno la "
        "Dichiarazione di Tianjin e una strategia decennale, insieme a documenti su sicurezza, "
        "commercio, energia e cooperazione culturale."
    )
    found = tagged_keys(body, date(2025, 8, 31))
    assert found.get(document_key("SCO Development Strategy until 2035")) == "planned"


def test_strategy_without_its_span_names_nothing() -> None:
    # written: a strategy word alone says not which
    body = (
        "Si è aperto il 31 agosto il summit della Sco a Tianjin. I leader adotteranno la "
        "Dichiarazione di Tianjin e una strategia, insieme a documenti su sicurezza."
    )
    found = tagged_keys(body, date(2025, 8, 31))
    assert document_key("Tianjin Declaration") in found
    assert not any("strategy" in key for key in found)
