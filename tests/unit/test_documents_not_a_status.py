"""Words that begin with a status word and report no step (documents.toml `not_a_status`) are
data: the press conference (发布会) shipped, and a deployment's own gazetteer directory can add
more. Texts written by the lead for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline.documents import find_documents
from pipeline.tagging import load_gazetteer


def _found(gaz, body: str) -> dict[str, str]:
    return {d.name: d.status for d in find_documents("", body, published_at=date(2030, 9, 2),
                                                     gaz=gaz)}


def test_the_shipped_list_holds_the_press_conference():
    gaz = load_gazetteer()
    assert {"发布会", "發布會"} <= set(gaz.data["not_a_status"])
    assert _found(gaz, "上合组织成员国元首理事会会议在天津举行。《天津宣言》发布。")
    assert not _found(gaz, "外交部在新闻发布会上介绍《天津宣言》。")


def test_a_deployment_adds_its_own(tmp_path: Path):
    body = "The SCO heads of state adopted the Tianjin Declaration at the summit in Tianjin."
    assert _found(load_gazetteer(), body) == {"Tianjin Declaration": "adopted"}
    (tmp_path / "extra.toml").write_text('not_a_status = ["adopted the"]\n', encoding="utf-8")
    # the only status word now begins a listed phrase: no step reported, no document
    assert _found(load_gazetteer(tmp_path), body) == {}
