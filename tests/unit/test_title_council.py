"""A declaration named after its venue is the heads of state's, unless its own title names a
ministers' meeting (pipeline.documents.meetings._title_council; blind set 27's culture ministers'
Beijing Declaration had been put at the Beijing summit two days later). Texts written for these
tests."""

from __future__ import annotations

import datetime as dt

from pipeline.documents import find_documents


def meetings(text: str, published: dt.date) -> list[tuple[str, str | None, str | None]]:
    return [(m.name, m.meeting.council, m.meeting.id) for m in find_documents("", text, published)]


def test_a_ministers_venue_declaration_is_theirs_not_the_summits() -> None:
    # the council named outside the title in the sentence before, inside it in the document's
    zh = ("上海合作组织成员国文化部长第九次会晤6月5日在北京举行。与会各方首次签署了"
          "《上海合作组织成员国文化部长会晤北京宣言》。")
    en = ("The SCO culture ministers met in Beijing on 5 June. They signed the Beijing "
          "Declaration of the Meeting of Ministers of Culture of the SCO Member States.")
    for text in (zh, en):
        found = meetings(text, dt.date(2012, 6, 6))
        assert found and all(council == "SCO Meeting of Culture Ministers" and mid is None
                             for _, council, mid in found), found


def test_the_summits_venue_declaration_stays_the_summits() -> None:
    text = ("上海合作组织成员国元首理事会第十二次会议6月7日在北京举行,元首们签署了《北京宣言》。")
    found = meetings(text, dt.date(2012, 6, 8))
    assert ("Beijing Declaration", "SCO Heads of State Council", "hsc-2012-beijing") in found
    text = ("At the SCO summit the heads of state signed the Beijing Declaration in Beijing "
            "on 7 June 2012.")
    assert meetings(text, dt.date(2012, 6, 8)) == [
        ("Beijing Declaration", "SCO Heads of State Council", "hsc-2012-beijing")]


def test_the_emergency_ministers_and_the_indonesian_foreign_ministers_are_named() -> None:
    """bodies.toml: 紧急救灾部门部长会议 (the emergency ministers' own name of their meeting) and
    Indonesian "Dewan Menteri Luar Negeri" (blind set 27's reader check; texts written here)."""
    from pipeline.tagging import analyse, load_gazetteer

    gaz = load_gazetteer()
    for text, body in (
        ("第二次上海合作组织成员国紧急救灾部门部长会议在北京举行。", "emergency_agencies"),
        ("Pertemuan Dewan Menteri Luar Negeri anggota Organisasi Kerja Sama Shanghai (SCO) "
         "digelar di Beijing.", "foreign_ministers_council"),
    ):
        refs = {m.entry.ref for m in analyse(gaz, "", text).matches if m.entry.kind == "body"}
        assert body in refs, (text, refs)
