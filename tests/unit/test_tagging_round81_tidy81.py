"""Round 81 (tidy81): code health, no figure moved.

1. tagging.load_gazetteer keeps one build per set of directories, checked against each file's
   modification time and size (the unit tests' conftest patch that did this is gone): the same
   object for the same files, a new one once a file changes, and a user directory never mixed up
   with the bundled gazetteer.
"""

from __future__ import annotations

import os
import shutil

import pytest
from round_helpers import documents_body

from pipeline import tagging
from pipeline.tagging import load_gazetteer, tag_article

# blind set 7, rb-9df8cc1cee (Russian): the colonel who leads Tajikistan's group at "Peace
# Mission 2016"; the bundled gazetteer does not list him
COLONEL = "Джахонгир Назаралиев"
# a user's gazetteer file naming him (text written for this test)
USER_PERSON = (
    '[[person]]\nname = "Jahongir Nazaraliev"\nrole = "Colonel"\n'
    f'names.ru = ["{COLONEL}"]\n'
)


def _body() -> str:
    body = documents_body("real-blind7", "rb-9df8cc1cee")
    assert COLONEL in body
    return body


def test_the_bundled_gazetteer_is_built_once_while_its_files_stay_the_same():
    shared = load_gazetteer()
    assert load_gazetteer() is shared
    assert load_gazetteer(None) is shared
    # what is kept is what a fresh build of the same files gives
    fresh = tagging.build_gazetteer(tagging._read_dir(tagging.GAZETTEER_DIR))
    assert fresh is not shared
    assert fresh.data == shared.data and fresh.states == shared.states
    assert fresh.bodies == shared.bodies and fresh.ambiguous == shared.ambiguous
    body = _body()
    assert tag_article(fresh, "", body) == tag_article(shared, "", body)


def test_a_changed_file_is_read_afresh(tmp_path, monkeypatch):
    bundled = load_gazetteer()
    copy = tmp_path / "gazetteers"
    shutil.copytree(tagging.GAZETTEER_DIR, copy)
    monkeypatch.setattr(tagging, "GAZETTEER_DIR", copy)
    first = load_gazetteer()
    assert first is not bundled  # the same files in another directory: a build of their own
    assert load_gazetteer() is first
    people = copy / "people.toml"
    assert people.is_file()
    # touched: a new modification time, the same text, a new build of equal content
    stat = people.stat()
    os.utime(people, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    touched = load_gazetteer()
    assert touched is not first and touched.data == first.data
    assert load_gazetteer() is touched
    # edited: the colonel added to the file is found by the next load, not by the earlier builds
    people.write_text(people.read_text(encoding="utf-8") + "\n" + USER_PERSON, encoding="utf-8")
    edited = load_gazetteer()
    assert edited is not touched
    assert "Jahongir Nazaraliev" in tag_article(edited, "", _body()).people
    assert "Jahongir Nazaraliev" not in tag_article(touched, "", _body()).people


def test_a_new_file_in_the_directory_is_read_afresh(tmp_path, monkeypatch):
    copy = tmp_path / "gazetteers"
    shutil.copytree(tagging.GAZETTEER_DIR, copy)
    monkeypatch.setattr(tagging, "GAZETTEER_DIR", copy)
    before = load_gazetteer()
    (copy / "notes.txt").write_text("not a gazetteer file", encoding="utf-8")
    assert load_gazetteer() is before  # a file _read_dir does not read changes nothing
    (copy / "zz_local.toml").write_text(USER_PERSON, encoding="utf-8")
    after = load_gazetteer()
    assert after is not before
    assert "Jahongir Nazaraliev" in tag_article(after, "", _body()).people


def test_a_user_directory_is_not_mixed_up_with_the_bundled_gazetteer(tmp_path):
    bundled = load_gazetteer()
    (tmp_path / "local.toml").write_text(USER_PERSON, encoding="utf-8")
    own = load_gazetteer(tmp_path)
    assert own is not bundled
    assert load_gazetteer(tmp_path) is own  # kept too, while its file stays the same
    assert load_gazetteer() is bundled  # the user's build is not handed out for the bundled one
    body = _body()
    assert "Jahongir Nazaraliev" in tag_article(own, "", body).people
    # counter-case: the bundled gazetteer does not know him, before or after the user's load
    assert "Jahongir Nazaraliev" not in tag_article(bundled, "", body).people
    assert "Jahongir Nazaraliev" not in tag_article(load_gazetteer(), "", body).people
    # another user directory with other words gets its own build
    other = tmp_path / "other"
    other.mkdir()
    (other / "local.toml").write_text('[[state]]\ncode = "KZ"\nnames.en = ["Qazaqstan"]\n',
                                      encoding="utf-8")
    theirs = load_gazetteer(other)
    assert theirs is not own and theirs is not bundled
    assert "Jahongir Nazaraliev" not in tag_article(theirs, "", body).people


def test_the_bundled_directory_named_as_a_user_directory_is_a_build_of_its_own():
    """round_helpers.GAZ passes the bundled directory again as the extra one: merged with
    itself, kept apart from the bundled build, with the same content."""
    bundled = load_gazetteer()
    twice = load_gazetteer(tagging.GAZETTEER_DIR)
    assert twice is not bundled and load_gazetteer(tagging.GAZETTEER_DIR) is twice
    assert twice.states == bundled.states and twice.people == bundled.people


def test_a_missing_user_directory_is_still_reported(tmp_path):
    with pytest.raises(FileNotFoundError, match="gazetteer directory"):
        load_gazetteer(tmp_path / "nope")


def test_the_cache_keeps_a_bounded_number_of_builds(tmp_path, monkeypatch):
    # a one-state gazetteer stands for the bundled one, to build quickly (text written for
    # this test)
    small = tmp_path / "small"
    small.mkdir()
    (small / "states.toml").write_text(
        '[[state]]\ncode = "KZ"\nname = "Kazakhstan"\nrole = "member"\n'
        'names.en = ["Kazakhstan"]\n', encoding="utf-8")
    monkeypatch.setattr(tagging, "GAZETTEER_DIR", small)
    first = load_gazetteer()
    users = []
    for n in range(tagging.GAZETTEER_CACHE_SIZE + 2):
        users.append(tmp_path / f"user{n}")
        users[-1].mkdir()
        load_gazetteer(users[-1])
        assert load_gazetteer() is first  # the most used build stays while others come and go
    assert len(tagging._BUILDS) <= tagging.GAZETTEER_CACHE_SIZE
    assert load_gazetteer(users[-1]) is load_gazetteer(users[-1])
    assert tag_article(first, "", "Kazakhstan hosts the summit.").states == [("KZ", "member")]
