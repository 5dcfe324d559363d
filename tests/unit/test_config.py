"""Settings: defaults, TOML, environment overrides, and errors that name file, line and setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import ConfigError, load_settings, redact_url

GOOD = """\
[scowatch]
outbox = "mail"

[[sources]]
name = "astanatimes"
spider = "astanatimes"
start_urls = ["https://astanatimes.com/feed/"]

[[sources]]
name = "other"
spider = "feed"
start_urls = ["http://127.0.0.1:8000/feed/"]
enabled = false

[[subscribers]]
email = "a@example.org"
schedule = "weekly"
timezone = "Asia/Almaty"
states = ["kz", "CN"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "scowatch.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    s = load_settings(None, env={})
    assert s.config_path is None
    assert s.database_url == f"sqlite:///{tmp_path}/var/scowatch.db"
    assert s.outbox == tmp_path / "var" / "outbox"
    assert s.smtp_url is None and s.sources == () and s.subscribers == ()


def test_file_values_relative_to_the_file(tmp_path: Path) -> None:
    s = load_settings(write(tmp_path, GOOD), env={})
    assert s.outbox == tmp_path / "mail"
    assert [x.name for x in s.sources] == ["astanatimes", "other"]
    assert [x.name for x in s.enabled_sources()] == ["astanatimes"]
    assert s.source("other").domains() == ("127.0.0.1",)
    sub = s.subscribers[0]
    assert (sub.schedule, sub.timezone, sub.states) == ("weekly", "Asia/Almaty", ("KZ", "CN"))


def test_environment_overrides_the_file(tmp_path: Path) -> None:
    env = {"SCOWATCH_DATABASE_URL": "postgresql://u:secret@db/x",
           "SCOWATCH_SMTP_URL": "smtp://127.0.0.1:1025", "SCOWATCH_OUTBOX": "/tmp/o"}
    s = load_settings(write(tmp_path, GOOD), env=env)
    assert s.database_url == "postgresql://u:secret@db/x"
    assert s.smtp_url == "smtp://127.0.0.1:1025"
    assert s.outbox == Path("/tmp/o")


def test_config_path_from_environment(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    assert load_settings(None, env={"SCOWATCH_CONFIG": str(path)}).config_path == path


def test_missing_file_asked_for_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_settings(tmp_path / "nope.toml", env={})


@pytest.mark.parametrize(("text", "line", "setting", "words"), [
    ('[scowatch]\noutbox = "x"\nbad = = 1\n', 3, None, "not valid TOML"),
    ('[[sources]]\nname = "a"\nspider = "feed"\nstart_urls = ["ftp://x/"]\n', 4,
     "sources.start_urls", "not an http(s) URL"),
    ('[[sources]]\nname = "a"\nstart_urls = ["http://x/"]\n\n[[sources]]\nname = "b"\n'
     'start_urls = []\n', 7, "sources.start_urls", "at least one URL"),
    ('[[subscribers]]\nemail = "x@y.z"\nschedule = "hourly"\n', 3, "subscribers.schedule",
     "not one of"),
    ('[[subscribers]]\nemail = "x@y.z"\ntimezone = "Mars/Olympus"\n', 3, "subscribers.timezone",
     "time zone"),
    ('[[subscribers]]\nemail = "not an address"\n', 2, "subscribers.email", "not an email"),
    ('[crawl]\nconcurrency_per_domain = "two"\n', 2, "crawl.concurrency_per_domain",
     "must be an int"),
    ('[crawl]\nmax_pagez = 3\n', 2, "crawl.max_pagez", "unknown setting"),
    ('[scowatch]\nsmtp_url = "mail.example.org"\n', 2, "scowatch.smtp_url", "smtp://"),
    ('[[sources]]\nname = "Bad Name"\nstart_urls = ["http://x/"]\n', 2, "sources.name",
     "lower-case"),
    ('[[sources]]\nname = "a"\nstart_urls = ["http://x/"]\n[[sources]]\nname = "a"\n'
     'start_urls = ["http://y/"]\n', 5, "sources.name", "duplicate"),
])
def test_bad_config_names_file_line_and_setting(tmp_path: Path, text: str, line: int,
                                                setting: str | None, words: str) -> None:
    path = write(tmp_path, text)
    try:
        settings = load_settings(path, env={})
    except ConfigError as err:
        exc = err
    else:  # a malformed source beside well-formed ones is left out, its error kept
        assert len(settings.source_errors) == 1 and settings.sources
        exc = settings.source_errors[0]
    assert exc.path is not None and exc.path.name == "scowatch.toml"
    assert exc.line == line, str(exc)
    assert exc.setting == setting
    assert words in str(exc)
    assert f"line {line}" in str(exc)


def test_redact_url_hides_passwords() -> None:
    assert redact_url("postgresql://bob:hunter2@db:5432/x") == "postgresql://bob:***@db:5432/x"
    assert "hunter2" not in redact_url("smtps://bob:hunter2@mail:465")
    assert redact_url("sqlite:///var/x.db") == "sqlite:///var/x.db"


@pytest.mark.parametrize(("text", "line", "setting"), [
    (GOOD.replace('spider = "feed"', 'spider = "fead"'), 11, "sources.spider"),
    (GOOD + '\n[[sources]]\nname = "nosuch"\nstart_urls = ["http://x/"]\n', 22, "sources.name"),
])
def test_unknown_spider_names_file_line_and_setting(tmp_path: Path, text: str, line: int,
                                                    setting: str) -> None:
    from pipeline.config import check_spiders
    from pipeline.crawl import known_spiders

    settings = load_settings(write(tmp_path, text), env={})
    with pytest.raises(ConfigError) as err:
        check_spiders(settings, known_spiders())
    assert (err.value.line, err.value.setting) == (line, setting), str(err.value)
    assert "no spider is named" in str(err.value) and "astanatimes" in str(err.value)
    # only the sources asked for are checked
    check_spiders(settings, known_spiders(), ("astanatimes",))


def test_crawl_of_an_unknown_spider_is_refused_before_anything_runs(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline.cli import main

    text = GOOD.replace('spider = "astanatimes"', 'spider = "astana"').replace(
        'outbox = "mail"\n', f'outbox = "mail"\ndatabase_url = "sqlite:///{tmp_path}/x.db"\n')
    path = write(tmp_path, text)
    assert main(["crawl", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}, line 7, setting 'sources.spider': no spider is named 'astana'" in err
    assert not (tmp_path / "x.db").exists()  # nothing started, nothing recorded


def test_a_thousand_sources_with_a_few_malformed_keep_the_rest(tmp_path: Path) -> None:
    """Issue 13's bad input: each malformed [[sources]] entry is named (file, line, setting) and
    left out; the other 996 load."""
    bad = {17: ("start_urls", '["ftp://example.org/feed"]'), 250: ("name", '"Bad Name"'),
           611: ("start_urls", "[]"), 999: ("name", '"outlet_3"')}  # 999 repeats a name
    lines = []
    for i in range(1000):
        table = {"name": f'"outlet_{i}"', "spider": '"feed"',
                 "start_urls": f'["http://127.0.0.{1 + i // 250}:8{i % 250:03d}/feed/"]'}
        if i in bad:
            table[bad[i][0]] = bad[i][1]
        lines += ["[[sources]]", *(f"{k} = {v}" for k, v in table.items()), ""]
    path = tmp_path / "scowatch.toml"
    path.write_text("\n".join(lines), "utf-8")

    settings = load_settings(path, env={})

    assert len(settings.sources) == 996
    assert [e.setting for e in settings.source_errors] == [
        "sources.start_urls", "sources.name", "sources.start_urls", "sources.name"]
    text = path.read_text("utf-8").splitlines()
    for error in settings.source_errors:
        assert error.path == path and error.line is not None
        assert text[error.line - 1].startswith(str(error.setting).split(".")[1])
    assert "duplicate name 'outlet_3'" in str(settings.source_errors[-1])


def test_a_config_whose_every_source_is_malformed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scowatch.toml"
    path.write_text('[[sources]]\nname = "x"\nspider = "feed"\nstart_urls = []\n', "utf-8")
    with pytest.raises(ConfigError, match="start_urls"):
        load_settings(path, env={})
