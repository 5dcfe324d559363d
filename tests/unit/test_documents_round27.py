"""Round 27 (blind set 21 as dev, names and statuses): memoranda of obligations in German,
Japanese and Arabic (a list of states: one memorandum each), Arabic state names with their
attached conjunction in a list; Japanese non-past sentences; Swahili declarations and verbs; German
"abgeben" and counted classes; Korean quoted titles; plans known by their period alone; keys of
Japanese periods. Every text here is written for these tests, none is copied from the sets."""

from __future__ import annotations

from datetime import date

from round_helpers import gaz_names

from pipeline.documents import document_key, find_documents

INDIA = "Memorandum of Obligations of the Republic of India"
PAKISTAN = "Memorandum of Obligations of the Islamic Republic of Pakistan"


def test_german_memorandum_on_the_obligations_of_two_states(gaz):
    # "In Tashkent the participants agreed on a memorandum on the obligations that India and
    # Pakistan will be subject to in the SCO": one memorandum per state, signed
    body = (
        "Die Shanghaier Organisation für Zusammenarbeit (SOZ) wächst. In Taschkent verständigten "
        "sich die Teilnehmer auf ein Memorandum zu den Verpflichtungen, denen Indien und Pakistan "
        "in der Organisation unterliegen werden."
    )
    assert gaz_names(gaz, body, date(2016, 6, 24)) == {INDIA: "signed", PAKISTAN: "signed"}


def test_japanese_memorandum_on_the_requirements_of_joining(gaz):
    # "a memorandum on the requirements for India's and Pakistan's joining was signed"
    body = (
        "上海協力機構の首脳会議で、インドとパキスタンの加盟のための要件に関する覚書が"
        "署名された。"
    )
    assert gaz_names(gaz, body, date(2016, 6, 24)) == {INDIA: "signed", PAKISTAN: "signed"}


def test_japanese_member_states_are_no_joining(gaz):
    # 加盟国 (member states) beside a memorandum of understanding says nothing of accession
    body = "上海協力機構の加盟国とインドは協力に関する覚書に署名した。"
    assert INDIA not in gaz_names(gaz, body, date(2016, 6, 24))


def test_arabic_obligations_of_a_list_of_states(gaz):
    # "India and Pakistan are one step from joining the Shanghai Cooperation Organisation after
    # the signing in Tashkent of the memoranda of obligations"
    body = (
        "تقترب الهند وباكستان من الانضمام إلى منظمة شنغهاي للتعاون عقب التوقيع في طشقند على "
        "مذكرات التزامات المنظمة."
    )
    assert gaz_names(gaz, body, date(2016, 6, 24)) == {INDIA: "signed", PAKISTAN: "signed"}


def test_arabic_conjunction_attached_to_the_second_state(gaz):
    # "Iran and Pakistan signed at the SCO summit a memorandum of obligations for Iran and
    # Pakistan": "وباكستان" (and Pakistan) is the second state of the list, one memorandum each
    body = (
        "وقعت إيران وباكستان في قمة منظمة شنغهاي للتعاون على مذكرة التزامات لإيران وباكستان."
    )
    assert set(gaz_names(gaz, body, date(2022, 9, 16))) == {
        "Memorandum of Obligations of the Islamic Republic of Iran", PAKISTAN
    }


def test_japanese_non_past_sentence_is_a_plan(gaz):
    # "At the summit Xi will sign the Qingdao Declaration with the leaders and approve more than
    # ten documents": the sentence ends in the non-past, a preview
    body = (
        "上海協力機構(SCO)の青島サミットについて外相が説明した。今回のサミットで習主席は各国首脳"
        "と共に青島宣言に署名し、協力文書10数件を承認する。"
    )
    assert gaz_names(gaz, body, date(2018, 5, 29)) == {"Qingdao Declaration": "planned"}
    past = body.replace("承認する。", "承認した。")
    assert gaz_names(gaz, past, date(2018, 6, 10)) == {"Qingdao Declaration": "signed"}
    # "has signed" (the resultative -ている) is no plan
    done = body.replace("承認する。", "承認している。")
    assert gaz_names(gaz, done, date(2018, 6, 10)) == {"Qingdao Declaration": "signed"}


def test_japanese_title_cited_inside_another_name(gaz):
    # "approve the implementation outline for the next five years of the 「Treaty ...」": the
    # treaty is only cited in the outline's name
    body = (
        "上海協力機構(SCO)のサミットで首脳は「上海協力機構加盟国長期善隣友好協力条約」の今後5年間の"
        "実施綱要を承認した。"
    )
    assert not any("条約" in name for name in gaz_names(gaz, body, date(2018, 6, 10)))


def test_swahili_declaration_and_future(gaz):
    # "They will sign the Qingdao Declaration" / "The leaders signed the Qingdao Declaration"
    lead = "Mkutano wa kilele wa Jumuiya ya Ushirikiano ya Shanghai umefunguliwa leo huko Qingdao. "
    planned = lead + "Viongozi watasaini Azimio la Qingdao pamoja na nyaraka nyingine."
    assert gaz_names(gaz, planned, date(2018, 6, 10)) == {"Qingdao Declaration": "planned"}
    signed = lead + "Viongozi walisaini Azimio la Qingdao pamoja na nyaraka nyingine."
    assert gaz_names(gaz, signed, date(2018, 6, 10)) == {"Qingdao Declaration": "signed"}


def test_german_abgeben_and_a_counted_class(gaz):
    # "Xi will issue the Qingdao Declaration and sign a dozen agreements on security and
    # economic cooperation": the declaration planned, the dozen agreements no title
    body = (
        "Xi Jinping wird dem Gipfeltreffen der Shanghaier Organisation für Zusammenarbeit (SOZ) "
        "vorsitzen. Xi wird die Erklärung von Qingdao abgeben und ein Dutzend Abkommen über "
        "Sicherheit und wirtschaftliche Zusammenarbeit unterschreiben."
    )
    assert gaz_names(gaz, body, date(2018, 5, 31)) == {"Qingdao Declaration": "planned"}


def test_korean_quoted_strategy_planned(gaz):
    # "the leaders intend to consider and approve the 'SCO 2025 development strategy'"
    body = (
        "상하이협력기구(SCO) 정상회의가 우파에서 열린다. 각국 정상들은 ‘SCO 2025년 발전 전략’을 "
        "심의하고 승인해 새로운 포석을 마련할 방침이다."
    )
    assert gaz_names(gaz, body, date(2015, 7, 7)) == {
        "SCO Development Strategy until 2025": "planned"
    }


def test_arabic_strategy_of_the_organisation(gaz):
    # "the leaders approved the strategy of developing the organisation until 2025", after the
    # SCO is named: the organisation is the SCO
    body = (
        "اختتمت قمة منظمة شنغهاي للتعاون في أوفا. ووافق الزعماء على استراتيجية تطوير المنظمة حتى "
        "عام 2025."
    )
    assert gaz_names(gaz, body, date(2015, 7, 10)) == {
        "SCO Development Strategy until 2025": "approved"
    }


def test_keys_of_periods_and_japanese_plans():
    # a page that lost the dash between two years; Japanese 活動計画 is an action plan
    assert document_key("20162020年活動計画") == document_key("Action Plan for 2016-2020")
    # a year before a later one only: "20202016" is no period
    assert "2020-2016" not in document_key("20202016年活動計画")
    # the Japanese treaty outline keys as the Chinese one
    assert document_key("『SCO加盟国長期善隣友好協力条約』実施要綱(2018年~2022年)") == document_key(
        "《上海合作组织成员国长期睦邻友好合作条约》实施纲要(2018-2022年)"
    )
    assert document_key("SCO 2025년 발전 전략") == document_key("SCO 2025 Development Strategy")


def test_a_strategy_named_by_its_period_alone_is_the_known_one(gaz):
    # "the SCO countries also adopted a strategy 2011-2016 to fight drug trafficking": the SCO's
    # one strategy of that period, its anti-drug strategy
    body = (
        "Les pays de l'OCS réunis au sommet d'Astana ont aussi adopté une stratégie 2011-2016 "
        "pour lutter contre le trafic de drogues."
    )
    names = gaz_names(gaz, body, date(2011, 6, 15))
    assert names == {"SCO Anti-Drug Strategy for 2011-2016": "adopted"}


def test_japanese_resolution_on_a_titled_programme_approves_it(gaz):
    # "the heads of state signed the resolution on the 「programme of cooperation in combating
    # terrorism, separatism and extremism (2013-2015)」": the programme approved, keyed as the
    # English name
    body = (
        "会議後、上海協力機構加盟国元首は「テロリズム、分離主義、過激主義に打撃を与えるための"
        "上海協力機構加盟国協力綱要(2013-2015年)」に関する決議に署名した。"
    )
    found = find_documents("", body, date(2012, 6, 7), gaz=gaz)
    assert [(d.key, d.status) for d in found] == [(
        document_key(
            "Programme of Cooperation in Combating Terrorism, Separatism and Extremism "
            "for 2013-2015"
        ),
        "approved",
    )]
