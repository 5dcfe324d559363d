"""The command line explains itself and fails clearly on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.cli import build_parser, main

COMMANDS = ["init", "crawl", "process", "digest", "run", "sources", "documents", "subscribers",
            "export", "new-spider", "demo"]


def test_every_command_has_help_and_takes_config(capsys: pytest.CaptureFixture[str]) -> None:
    for name in COMMANDS:
        with pytest.raises(SystemExit) as exit_:
            build_parser().parse_args([name, "--help"])
        assert exit_.value.code == 0
        out = capsys.readouterr().out
        assert "--config" in out and f"scowatch {name}" in out


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert name in out


@pytest.mark.parametrize("argv", [
    ["--config", "mine.toml", "{cmd}"],  # before the command, as the top-level --help shows it
    ["{cmd}", "--config", "mine.toml"],
])
def test_config_is_taken_before_or_after_the_command(argv: list[str]) -> None:
    for name in COMMANDS:
        needs = ["NAME", "https://news.example/"] if name == "new-spider" else []
        args = build_parser().parse_args([a.format(cmd=name) for a in argv] + needs)
        assert args.config == Path("mine.toml"), name
    assert build_parser().parse_args(["documents"]).config is None


def test_a_bad_config_before_the_command_is_not_ignored(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text('[[subscribers]]\nemail = "a@b.c"\nschedule = "hourly"\n')
    assert main(["--config", str(cfg), "process"]) == 2
    assert "bad.toml, line 3" in capsys.readouterr().err


def test_bad_config_exits_2_naming_file_and_line(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text('[[subscribers]]\nemail = "a@b.c"\nschedule = "hourly"\n')
    assert main(["process", "--config", str(cfg)]) == 2
    err = capsys.readouterr().err
    assert "bad.toml, line 3" in err and "subscribers.schedule" in err


def test_missing_config_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "--config", str(tmp_path / "none.toml")]) == 2
    assert "file not found" in capsys.readouterr().err


def test_unknown_source_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[[sources]]\nname = "astanatimes"\nstart_urls = ["http://127.0.0.1:9/"]\n')
    assert main(["crawl", "nosuch", "--config", str(cfg)]) == 2
    assert "unknown source 'nosuch' (configured: astanatimes)" in capsys.readouterr().err


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", "--since", "yesterday"])
    assert exit_.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_unreachable_database_is_a_clear_error(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[scowatch]\ndatabase_url = "postgresql://bob:s3cret@127.0.0.1:1/nodb"\n')
    assert main(["documents", "--config", str(cfg)]) == 1
    err = capsys.readouterr().err
    assert "cannot open the database" in err and "s3cret" not in err and "bob:***@" in err


def test_init_writes_a_config_that_loads(tmp_path: Path) -> None:
    cfg = tmp_path / "scowatch.toml"
    assert main(["init", "--config", str(cfg)]) == 0
    assert cfg.exists() and (tmp_path / "var" / "scowatch.db").exists()
    assert main(["sources", "--config", str(cfg)]) == 0


def test_new_spider_writes_into_a_checkout(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "scrapers" / "spiders").mkdir(parents=True)
    (tmp_path / "pipeline" / "demo_site").mkdir(parents=True)
    (tmp_path / "tests" / "unit").mkdir(parents=True)
    cfg = tmp_path / "scowatch.toml"
    cfg.write_text("")
    code = main(["new-spider", "newoutlet", "https://news.example.org/feed/", "--root",
                 str(tmp_path), "--config", str(cfg)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert (tmp_path / "scrapers" / "spiders" / "newoutlet.py").exists()
    assert 'name = "newoutlet"' in cfg.read_text()
    assert main(["new-spider", "newoutlet", "https://news.example.org/feed/", "--root",
                 str(tmp_path), "--config", str(cfg)]) == 2
    assert "newoutlet" in capsys.readouterr().err
    assert main(["new-spider", "Bad Name", "https://x.org/", "--root", str(tmp_path)]) == 2
