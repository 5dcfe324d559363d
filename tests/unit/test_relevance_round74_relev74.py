"""Round 74 (relev74, sets 1-52 as dev): Spanish names of the members for a listing of them; a
look-alike named as often as the SCO heads its page unless the headline names a document of the
two; the SCO's meeting named below the lead; the SCO named once in passing in a report of a
look-alike's summit; the Mongolian names of the CIS and the CSTO. Texts from the sets' pages,
shortened, or marked "written"."""

from __future__ import annotations

from collections import Counter

from round_helpers import GAZ

from pipeline.tagging import (
    RELEVANCE_THRESHOLD,
    _look_alikes,
    _names_sco_meeting_below,
    analyse,
    another_organisations_first,
    another_organisations_meeting,
    find_matches,
    member_listings,
    tag_article,
)


def kept(title: str, body: str) -> bool:
    return analyse(GAZ, title, body).relevance >= RELEVANCE_THRESHOLD


# ---- Spanish names of the members (states.toml) -------------------------------------------

# r-b5d2b3c886 (blind set 23, Spanish, Tianjin 2025): the SCO named by its members only
ES_LISTING = (
    "La organización está integrada por China, India, Rusia, Pakistán, Irán, Kazajstán, "
    "Kirguistán, Tayikistán, Uzbekistán y Belarús, mientras que 16 países más están afiliados "
    "como observadores o «socios de diálogo»."
)
ES_BODY = (
    "Ya se encuentran en esta ciudad portuaria del norte del país los mandatarios de Rusia, "
    "Belarús, Uzbekistán, Azerbaiyán, Kisquistán, así como los primeros ministros de India, "
    "Vietnam, Camboya, Pakistán, entre otros."
)


def test_spanish_spellings_name_their_states() -> None:
    states = dict(tag_article(GAZ, ES_LISTING, ES_BODY).states)
    assert {"KZ", "BY", "AZ"} <= set(states)


def test_the_spanish_member_listing_is_read() -> None:
    text = ES_LISTING
    assert member_listings(GAZ, text, find_matches(GAZ, text))
    assert kept(ES_LISTING, ES_BODY)


def test_the_spanish_adjective_of_belarus() -> None:
    # written
    states = dict(tag_article(GAZ, "El presidente bielorruso llegó a Minsk.", "").states)
    assert "BY" in states


# ---- a look-alike named as often as the SCO ------------------------------------------------

# r-e6bdf51acc (blind set 52, x-csto-extraordinary-session-2021), shortened: the CSTO and the
# SCO four times each
CSTO_TITLE = "Лидеры стран ОДКБ заявили о важности координации с ШОС по Афганистану"
CSTO_BODY = (
    "НУР-СУЛТАН. 23 АВГУСТА — Генсек ОДКБ Станислав Зась сообщил, что лидеры стран — участниц "
    "Организации Договора о коллективной безопасности (ОДКБ) заявили о высокой важности "
    "объединения "
    "усилий с Шанхайской организацией сотрудничества (ШОС) по вопросам ситуации в Афганистане.\n"
    "Отмечалась необходимость взаимодействия с другими международными организациями, прежде "
    "всего с ШОС, по теме Афганистана."
)

# r-4c1dfec0af (blind set 32, sco-csto-secretariats-memorandum-2007): as often, a document of both
MOU_TITLE = (
    "The memorandum of understanding between the Secretariat of the Collective Security Treaty "
    "Organization and the Secretariat of the Shanghai Cooperation Organization"
)
MOU_BODY = (
    "of October 5, 2007\n"
    "The secretariat of the Collective Security Treaty Organization (further - the Secretariat "
    "of the CSTO) and the Secretariat of the Shanghai Cooperation Organization (further - the "
    "Secretariat of SCO),\n"
    "being guided by the purposes and tasks of the CSTO and SCO,"
)


def test_a_look_alike_as_often_as_the_sco_heads_its_page() -> None:
    analysis = analyse(GAZ, CSTO_TITLE, CSTO_BODY)
    named = _look_alikes(analysis.matches)
    counts = Counter(m.entry.ref for m in named)
    assert counts["csto"] == len(analysis.sco) == 4
    assert another_organisations_first(analysis.text, named, counts, len(analysis.sco),
                                       analysis.sco[0].start, ties=True)
    assert not another_organisations_first(analysis.text, named, counts, len(analysis.sco),
                                           analysis.sco[0].start)
    assert not kept(CSTO_TITLE, CSTO_BODY)


def test_a_document_of_the_two_in_the_headline_stays_the_scos() -> None:
    analysis = analyse(GAZ, MOU_TITLE, MOU_BODY)
    counts = Counter(m.entry.ref for m in _look_alikes(analysis.matches))
    assert counts["csto"] == len(analysis.sco)
    assert kept(MOU_TITLE, MOU_BODY)


# ---- the SCO's meeting named below the lead ------------------------------------------------

# r-ab0b205be7 (blind set 29, Telugu, qingdao-defence-2025): talks in the lead, the defence
# ministers' meeting in the fifth paragraph
TE_TITLE = "ప్రపంచ వార్తలు | చైనా: రజనాథ్ సింగ్ కింగ్డావోలో రష్యా రక్షణ మంత్రితో చర్చలు జరిపారు"
TE_BODY = (
    "కింగ్డావో [China].\n"
    "సింగ్ గురువారం వేదిక వద్దకు వచ్చిన కొద్దిసేపటికే ఈ సమావేశం జరిగింది, అక్కడ చైనా రక్షణ మంత్రి "
    "అడ్మిరల్ డాంగ్ జూన్ అందుకున్నారు.\n"
    "అతను వచ్చిన తరువాత, సింగ్ అధికారిక చర్యలకు ముందు గ్రూప్ ఛాయాచిత్రం కోసం అడ్మిరల్ డాంగ్ మరియు "
    "ఇతర పాల్గొనే నాయకులతో చేరాడు.\n"
    "పాకిస్తాన్ రక్షణ మంత్రి ఖవాజా ఆసిఫ్ సింగ్ తరువాత వేదిక వద్దకు వచ్చారు.\n"
    "SCO రక్షణ మంత్రుల సమావేశం జూన్ 25 నుండి 26 వరకు జరుగుతోంది మరియు కీలక ప్రాంతీయ మరియు ప్రపంచ "
    "భద్రతా సమస్యలపై చర్చించడానికి సభ్య దేశాలను ఒకచోట చేర్చింది.\n"
    "చర్చలు అంతర్జాతీయ మరియు ప్రాంతీయ శాంతి మరియు భద్రత, ప్రతి-ఉగ్రవాద నిరోధక సహకారం మరియు SCO "
    "సభ్య దేశాల రక్షణ మంత్రిత్వ శాఖలలో మెరుగైన సహకారంపై దృష్టి సారించాయని భావిస్తున్నారు."
)

# r-b9978ff1f4 (blind set 51, Portuguese, Tianjin 2025), shortened: the summit in the last
# paragraphs
PT_TITLE = (
    "Apesar de estar acusado de crimes de guerra pelo Tribunal Penal Internacional, Putin chegou "
    "a Tianjin este domingo e foi recebido pelas autoridades locais com um tapete vermelho e "
    "saudações."
)
PT_LEAD = (
    "Kim e Putin, que devem reunir nos próximos dias, assinaram um pacto de defesa mútua no ano "
    "passado. O líder russo recorreu a Pequim no sentido de conseguir apoio comercial e "
    "político, desde que deu início à invasão em grande escala da Ucrânia, em fevereiro de 2022. "
    "China e Rússia declararam uma parceria \"sem limites\" quando Putin visitou Pequim poucos "
    "dias antes de enviar dezenas de milhares de tropas para a Ucrânia.\n\n"
    "A OCS é composta por China, Índia, Rússia, Paquistão e Irã. O grupo de segurança regional "
    "pretende reequilibrar o poder global a seu favor.\n\n"
)
PT_SUMMIT = (
    "A China deu início este domingo à 25.ª cimeira da Organização de Cooperação de Xangai, que "
    "tinha confirmadas as presenças dos líderes da Rússia, Bielorrússia e Índia."
)
# r-df0ba7aa57 (blind set 40, x-explainer-pt-vodatula): a summit of the SCO's history, dated
PT_HISTORY = (
    "Em junho de 2002, na cúpula dos chefes de estado da SCO em São Petersburgo, foi assinada a "
    "Carta da Organização de Cooperação de Xangai."
)


def test_the_meeting_named_below_the_lead_keeps_the_report() -> None:
    assert kept(TE_TITLE, TE_BODY)
    assert kept(PT_TITLE, PT_LEAD + PT_SUMMIT)


def test_a_dated_meeting_below_the_lead_is_history() -> None:
    for tail, expected in ((PT_SUMMIT, True), (PT_HISTORY, False)):
        analysis = analyse(GAZ, PT_TITLE, PT_LEAD + tail)
        below = [m for m in analysis.sco if m.start >= analysis.lead_end]
        assert below
        assert _names_sco_meeting_below(analysis.text, analysis.sco, analysis.body_start,
                                        below[0].start) is expected


# ---- the SCO named once in a report of a look-alike's summit ---------------------------------

# r-e8ace5fc5e (blind set 51, x-kazan-brics-2024), shortened
KAZAN_TITLE = (
    "\"Rússia e China, como membros permanentes do Conselho de Segurança da Organização das "
    "Nações Unidas (ONU) e grandes potências mundiais, devem aprofundar a cooperação estratégica "
    "abrangente, interagir e coordenar estreitamente no âmbito de mecanismos multilaterais, como "
    "a ONU e a Organização para a Cooperação de Xangai\", declarou o presidente."
)
KAZAN_BODY = (
    "O presidente também destacou a necessidade de defender firmemente o sistema internacional, "
    "centrado na ONU.\n"
    "A Cúpula do BRICS em Kazan acontece até a próxima quinta (24), no primeiro encontro após a "
    "expansão do grupo."
)


def test_the_sco_in_passing_in_a_look_alikes_summit_report_is_set_aside() -> None:
    analysis = analyse(GAZ, KAZAN_TITLE, KAZAN_BODY)
    assert len(analysis.sco) == 1
    assert another_organisations_meeting(analysis.text, analysis.matches, analysis.sco[0])
    assert not kept(KAZAN_TITLE, KAZAN_BODY)


def test_the_sco_beside_the_look_alike_stays_the_scos() -> None:
    # written: a twin summit, the two side by side
    title = "Rússia acolhe as cúpulas do BRICS e da Organização para a Cooperação de Xangai em Ufa."
    body = "A Cúpula do BRICS em Ufa acontece até quinta."
    analysis = analyse(GAZ, title, body)
    assert not another_organisations_meeting(analysis.text, analysis.matches, analysis.sco[0])


# ---- Mongolian names of the CIS and the CSTO (organisations.toml) ------------------------------

# r-e15cfd98d0 (blind set 35, x-cis-terrorism-conference-bishkek-2009), a sentence of it
MN_TEXT = (
    "Хамтын аюулгүй байдлын тухай гэрээний байгууллага, ШХАБ, Европ дахь аюулгүй байдал хамтын "
    "ажиллагааны байгууллага, мөн бусад олон улсын байгууллагын төлөөлөгчид бага хуралд оролцож "
    "байна. Шинжээчид ТУХН-ийн орон зайд хэт даврах үзэл бий болохын эсрэг тэмцэх асуудлыг "
    "хэлэлцэнэ."
)


def test_mongolian_names_of_the_cis_and_the_csto() -> None:
    refs = {m.entry.ref for m in find_matches(GAZ, MN_TEXT) if m.entry.kind == "organisation"}
    assert {"cis", "csto"} <= refs
