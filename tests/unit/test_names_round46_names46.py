"""Round 46 (names46): the model memorandum on the obligations of "the state wishing to join"
is no acceding state's; "both the countries" signing a memorandum of obligations; status cues
(Korean 초안, French "envisagent de ratifier", Tajik "таҳия ва қабули", Italian and Spanish
"firmando", Spanish "luz verde"); one 草案 after a list of Chinese titles; Tajik
and Spanish key words; a Cyrillic title ends at its "until" year."""

from round_helpers import found_keys

from pipeline.documents.keys import document_key
from pipeline.documents.mentions import find_documents

INDIA = "Memorandum of Obligations of the Republic of India"
PAKISTAN = "Memorandum of Obligations of the Islamic Republic of Pakistan"


# blind set 35, rb-895674daa8 (Kassioun, Dushanbe 2014)
_MODEL_MEMORANDUM = (
    "على خلفية نتائج القمة في دوشنبه وقعت الدول الأعضاء في منظمة شنغهاي، الجمعة 12/9/2014، على "
    "مذكرة حول التزامات الدولة الراغبة في الانضمام إلى المنظمة، حيث ستعمل القواعد الجديدة في القمة "
    "المقبلة، التي ستنعقد في روسيا في عام 2015 لإدراج الهند وباكستان كأعضاء في المنظمة."
)


def test_the_obligations_of_any_state_are_no_acceding_states_memorandum() -> None:
    found = found_keys(_MODEL_MEMORANDUM)
    assert document_key(INDIA) not in found
    assert document_key(PAKISTAN) not in found


def test_a_named_states_obligations_are_still_its_memorandum() -> None:
    found = found_keys(
        "وقعت الدول الأعضاء في منظمة شنغهاي للتعاون على مذكرة التزامات الهند وباكستان."
    )
    assert found.get(document_key(INDIA)) == "signed"
    assert found.get(document_key(PAKISTAN)) == "signed"


# blind set 35, rb-d81553e3b7 (Firstpost, a preview of Astana 2017)
_BOTH_THE_COUNTRIES = (
    "The Shanghai Cooperation Organisation summit, 2017, will be held from 8-9 June in Astana.\n"
    "In the 2015 summit in Ufa in Russia, the group had formally adopted a resolution which "
    "started the procedure to admit India and Pakistan into the SCO. Both the countries signed "
    "Memorandum of Obligations to join the organisation last year."
)


def test_both_the_countries_sign_their_memoranda() -> None:
    found = found_keys(_BOTH_THE_COUNTRIES)
    assert found.get(document_key(INDIA)) == "signed"
    assert found.get(document_key(PAKISTAN)) == "signed"


def test_korean_draft_of_a_venue_declaration_is_planned() -> None:
    # blind set 35, rb-953c849212
    found = found_keys(
        "상하이협력기구(SCO) 회원국 외교장관 정례회의가 타슈켄트에서 열렸다. "
        "외교장관은 사마르칸트에서 있을 정상회의의 사마르칸트 선언 초안을 심의하고, "
        "문서를 정상회의에 제출하기로 결정했다."
    )
    assert found.get(document_key("Samarkand Declaration")) == "planned"


def test_french_envisagent_de_ratifier_is_planned() -> None:
    # blind set 35, rb-caec2cd48a
    found = found_keys(
        "Le sommet de l'Organisation de coopération de Shanghai (OCS) se tient aujourd'hui à "
        "Astana. Les pays membres envisagent de ratifier onze documents majeurs, notamment la "
        "Déclaration d'Astana et une nouvelle convention de lutte contre le terrorisme."
    )
    assert found.get(document_key("Astana Declaration")) == "planned"


def test_italian_gerund_firmando_is_signed() -> None:
    # blind set 35, rb-1f8cfe3471
    found = found_keys(
        "In Cina andava in scena il vertice dell’Organizzazione per la Cooperazione di Shangai "
        "(SCO) a Qingdao. Tutti gli altri membri della SCO, hanno invece ribadito, firmando la "
        "‘Dichiarazione di Qingdao’, la loro adesione all’iniziativa cinese."
    )
    assert found.get(document_key("Qingdao Declaration")) == "signed"


def test_spanish_luz_verde_is_approved() -> None:
    # blind set 35, rb-ce6c7eff6e
    found = found_keys(
        "Los líderes de la Organización de Cooperación de Shanghai (OCS) dieron en la cumbre luz "
        "verde a la Estrategia de Desarrollo de la OCS hasta 2025, que establece objetivos."
    )
    assert found.get(document_key("SCO Development Strategy until 2025")) == "approved"


def test_tajik_drafting_and_adoption_is_planned_and_keyed() -> None:
    # blind set 35, rb-db1681a4b8
    found = found_keys(
        "Сенздаҳуми сентябри соли 2013 дар шаҳри Бишкек ҷаласаи навбатии сарони давлатҳои аъзои "
        "Созмони Ҳамкории Шанхай (СҲШ) ба кори худ шуруъ намуд. Эмомалӣ Раҳмон пешниҳод дар бораи "
        "таҳия ва қабули «Стратегияи рушди Созмони Ҳамкории Шанхай барои то соли 2025» –ро "
        "дастгирӣ намуд."
    )
    assert found.get(document_key("SCO Development Strategy until 2025")) == "planned"


def test_tajik_title_ends_at_its_until_year() -> None:
    # blind set 19, rb-c13267cc58
    found = [
        m for m in find_documents(
            "",
            "Дар мулоқот бо Дабири кулли Созмони Ҳамкории Шанхай ба пешниҳоди ҷониби Тоҷикистон "
            "оид ба таҳия ва қабули Стратегияи рушди иқтисодии минтақаи СҲШ то соли 2030 "
            "таваҷҷуҳ зоҳир гардид.",
        )
    ]
    names = [m.name for m in found]
    assert any(n.endswith("то соли 2030") for n in names), names
    assert all("гардид" not in n for n in names)


def test_one_draft_after_two_chinese_titles_is_each_ones() -> None:
    # blind set 35, rb-d1c68670b3
    found = found_keys(
        "上海合作组织成员国外交部长理事会例行会议在阿斯塔纳举行。为筹备将于2017年6月8日至9日在阿斯塔纳举行的"
        "上合组织成员国元首理事会会议,外长们通过了《上合组织成员国元首阿斯塔纳宣言》及《上合组织成员国元首"
        "理事会会议新闻公报》草案,上述文件将体现上合组织下一阶段基本主张和任务。"
    )
    assert found.get(document_key("Astana Declaration")) == "planned"


def test_a_chinese_title_adopted_without_a_draft_stays_adopted() -> None:
    found = found_keys(
        "上海合作组织成员国外交部长理事会例行会议在阿斯塔纳举行。外长们通过了《上合组织成员国元首阿斯塔纳宣言》"
        "及《上合组织成员国元首理事会会议新闻公报》。"
    )
    assert found.get(document_key("Astana Declaration")) != "planned"
