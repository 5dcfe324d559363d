"""Round 64 (meet64): meetings.

A memorandum of obligations dated in the year its kind implies keeps the summit of that year,
not the meeting the article reports; a council that documents are sent on to ("for subsequent
adoption in the Council of Heads of State") is a meeting to come; "this meeting" (今回の会議) is
the page's, not one recalled from a year before; and the foreign ministers' approval of the
memoranda is theirs, not the summit's signing.
"""

from __future__ import annotations

from datetime import date

from pipeline.documents import find_documents
from pipeline.documents.calendar import default_calendar
from pipeline.documents.meetings import _held_about

# blind set 49, rb-441906f27c (Xinhua French, Astana, 21 April 2017), its opening and sixth
# paragraph
ASTANA_CFM_2017_FR = (
    "ASTANA, 21 (Xinhua) -- Confrontés à de nouvelles opportunités et à de nouveaux défis, les "
    "membres de l'Organisation de coopération de Shanghai (OCS) doivent promouvoir une "
    "coopération de vaste portée dans les domaines de la politique, de la sécurité, de "
    "l'économie et des échanges interpersonnels, a déclaré vendredi à Astana le ministre "
    "chinois des Affaires étrangères, Wang Yi.\n"
    "En juin 2016, l'Inde et le Pakistan ont signé un Mémorandum des obligations, ce qui a "
    "déclenché le processus de leur accession au groupe. Les deux pays de l'Asie du Sud "
    "devraient devenir membres à part entière lors du Sommet de l'OCS, à Astana, plus tard "
    "cette année."
)

# blind set 49, rb-0304cfb96b (ARY News, 8 September 2020)
MOSCOW_CFM_2020_EN = (
    "ISLAMABAD: Foreign Minister Shah Mehmood Qureshi will visit Russia to attend the SCO "
    "meeting scheduled to take place on September 9, 2020, in Moscow, the foreign office said "
    "in a statement on Tuesday.\n\n"
    "The SCO-CFM is the highest forum of SCO after the Council of Heads of State (CHS) and the "
    "Council of Heads of Government (CHG). It deliberates on important regional and "
    "international issues and considers documents for approval and adoption by the Council of "
    "Heads of State.\n\n"
    "The Moscow SCO-CFM will consider more than 20 documents for subsequent adoption in the SCO "
    "Council of Heads of State. It will also adopt a Joint Communiqué reflecting member states’ "
    "unified stance on important regional and international issues."
)

# blind set 48, rb-ba54dadbd9 (China.org.cn Japanese, 10 May 2018)
WUHAN_TOURISM_2018_JA = (
    "昨年開かれた上海協力機構加盟国首脳理事会第17回会議で各国は、『2017-2018年「上海協力機構加盟国"
    "の観光業協力発展綱領」実行の共同行動計画』をまとめ、今年初めて上海協力機構観光閣僚会議を開くこ"
    "とを決めた。\n"
    "今回の会議では、中国を含む上海協力機構加盟8カ国の観光部門代表が近年の観光業協力の成果と経験を"
    "振り返ると同時に、『2019-2020年「上海協力機構加盟国の観光業協力発展綱領」実行の共同行動計画』"
    "について話し合った。"
)

# blind set 24, rb-332876db57 (People's Daily Portuguese, 16 June 2016)
TASHKENT_CFM_2016_PT = (
    "O 16º encontro dos chefes de Estado dos países-membros da Organização de Cooperação de "
    "Shanghai (OCS) terá lugar em junho próximo em Tashkent, no Uzbequistão.\n"
    "Como ponto prévio da cimeira de Tashkent, os ministros dos Negócios Estrangeiros dos "
    "estados membros da OCS reuniram-se naquela cidade a 24 de maio. Os ministros examinaram "
    "os memorandos dos deveres da Índia e do Paquistão, aprovando-os, naquele que significa um "
    "passo fundamental para que os dois países passem a fazer parte da organização."
)


def test_memoranda_signed_in_june_2016_are_tashkents() -> None:
    """Set 49 rb-441906f27c: "En juin 2016 ... ont signé un Mémorandum des obligations" on the
    Astana foreign ministers' page of 2017: the Tashkent summit of 2016, not Astana 2017."""
    found = find_documents("", ASTANA_CFM_2017_FR, date(2017, 4, 22))
    memoranda = [m for m in found if m.type == "memorandum"]
    assert len(memoranda) == 2
    assert {m.meeting.id for m in memoranda} == {"hsc-2016-tashkent"}


def test_another_year_gives_no_council_of_its_kind() -> None:
    """Negative: a year the kind does not imply (2015, not 2016) is not read as the signing's
    summit; the memoranda do not go to the Tashkent or Ufa summits by that year alone."""
    text = ASTANA_CFM_2017_FR.replace("En juin 2016", "En juin 2015")
    found = find_documents("", text, date(2017, 4, 22))
    memoranda = [m for m in found if m.type == "memorandum"]
    assert memoranda
    assert all(m.meeting.id not in ("hsc-2016-tashkent", "hsc-2015-ufa") for m in memoranda)


def test_documents_sent_on_to_the_heads_of_state_leave_the_communique_at_the_ministers() -> None:
    """Set 49 rb-0304cfb96b: the Joint Communiqué the Moscow CFM "will also adopt" is the
    ministers' (Moscow, 9-10 September 2020), not the heads of state's council of November that
    the documents go on to "for subsequent adoption"."""
    found = find_documents("", MOSCOW_CFM_2020_EN, date(2020, 9, 8))
    communique = [m for m in found if m.type == "communique"]
    assert len(communique) == 1
    assert communique[0].meeting.id == "cfm-2020-moscow"


def test_this_meeting_is_not_last_years_summit() -> None:
    """Set 48 rb-ba54dadbd9: the 2019-2020 plan discussed at "今回の会議" (the Wuhan tourism
    ministers, May 2018) is not at the Astana summit of 2017 the sentence before recalls; the
    2017-2018 plan drawn up there stays at Astana."""
    found = find_documents("", WUHAN_TOURISM_2018_JA, date(2018, 5, 10))
    by_period = {("2017" if "2017-2018" in m.name else "2019"): m for m in found}
    assert by_period["2017"].meeting.id == "hsc-2017-astana"
    assert by_period["2019"].meeting.id is None
    assert by_period["2019"].meeting.council is None


def test_this_meeting_is_held_about_the_pages_day() -> None:
    """The window of "this meeting": Qingdao (9-10 June 2018) is no meeting of a page of 10 May
    2018, Astana 2017 neither; a page of the summit's days or a month after is."""
    calendar = default_calendar()
    qingdao = calendar.get("hsc-2018-qingdao")
    astana = calendar.get("hsc-2017-astana")
    assert qingdao is not None and astana is not None
    assert not _held_about(qingdao, date(2018, 5, 10))
    assert not _held_about(astana, date(2018, 5, 10))
    assert _held_about(qingdao, date(2018, 6, 10))
    assert _held_about(qingdao, date(2018, 7, 10))
    assert _held_about(qingdao, date(2018, 6, 1))


def test_ministers_approval_of_the_memoranda_is_theirs() -> None:
    """Set 24 rb-332876db57: the foreign ministers "examinaram os memorandos ..., aprovando-os"
    on 24 May in Tashkent: approved at their council (Tashkent, 24 May 2016), not signed at the
    summit of June the memorandum's kind implies."""
    found = find_documents("", TASHKENT_CFM_2016_PT, date(2016, 6, 16))
    memoranda = [m for m in found if m.type == "memorandum"]
    assert len(memoranda) == 2
    for m in memoranda:
        assert m.status == "approved"
        assert m.meeting.id == "cfm-2016-tashkent"
