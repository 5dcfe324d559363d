"""The lead's mend of stop 45: a headline's mention that left its slot does not stop the finder.

Blind set 8's r-ffb854b5c4 (Saudi Arabia's memorandum on dialogue-partner status), read with the
stand-in headline `scripts/real_digest.py` gives it, raised KeyError in `mentions._restated`: the
headline's unresolved mention had been moved to a meeting by a later sentence (`_keep`), and the
body's next unresolved mention of the same document looked it up in its old slot. `process_new`
calls the same finder on every stored article, so one such page stopped a pipeline run.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from support import load_script

from pipeline.documents import tag_and_find
from pipeline.tagging import load_gazetteer

ITEMS = Path(__file__).resolve().parents[1] / "data" / "real-blind8" / "items.jsonl"


def _item(item_id: str) -> dict:
    for line in ITEMS.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] == item_id:
            return item
    raise AssertionError(f"{item_id} not in {ITEMS}")


def test_the_saudi_memorandum_under_its_stand_in_headline_is_found_without_an_error():
    item = _item("r-ffb854b5c4")
    title, body = load_script("real_digest").stand_in_title(item["text"])
    _, found = tag_and_find(
        load_gazetteer(),
        title,
        body,
        date.fromisoformat(item["published"]),
        item["lang"],
        url=item["url"],
    )
    keys = [m.key for m in found]
    assert any("memorandum" in k and "saudi" in k for k in keys), keys
    assert len(keys) == len(set((m.key, m.meeting.id) for m in found))


def test_every_item_of_every_real_set_is_read_without_an_error():
    """The crash was found only when a digest was built from set 8: read every real item the
    way the digest script does (stand-in headline, the item's date, language and address)."""
    stand_in = load_script("real_digest").stand_in_title
    gaz = load_gazetteer()
    sets = sorted(ITEMS.parents[1].glob("real*/items.jsonl"))
    assert len(sets) >= 50
    read = 0
    for path in sets:
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            title, body = stand_in(item["text"])
            published = (
                date.fromisoformat(item["published"][:10]) if item.get("published") else None
            )
            tag_and_find(gaz, title, body, published, item.get("lang"), url=item.get("url"))
            read += 1
    assert read > 3000
