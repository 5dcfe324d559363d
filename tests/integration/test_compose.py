"""docker-compose.yml agrees with the code: validated by docker-compose when it is installed (no
Docker engine is needed for `config`), and checked against the settings the code reads."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib

import pytest
import yaml
from support import ROOT

from pipeline.config import load_settings
from pipeline.db import make_engine

COMPOSE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"
AIRFLOW_SERVICES = {"airflow-apiserver", "airflow-scheduler", "airflow-dag-processor",
                    "airflow-triggerer", "airflow-worker", "airflow-init"}


def env_example() -> dict[str, str]:
    pairs = (line.split("=", 1) for line in ENV_EXAMPLE.read_text().splitlines()
             if line.strip() and not line.startswith("#"))
    return {k.strip(): v.strip() for k, v in pairs}


def rendered() -> dict:
    """The compose file with .env.example's values interpolated, as docker-compose would."""
    values = env_example()
    text = re.sub(r"\$\{(\w+)(?::[-?][^}]*)?\}", lambda m: values.get(m.group(1), ""),
                  COMPOSE.read_text())
    return yaml.safe_load(text.replace("$$", "$"))


def test_every_required_variable_has_a_template_value() -> None:
    required = set(re.findall(r"\$\{(\w+):\?", COMPOSE.read_text()))
    assert required, "the compose file should refuse to start without its secrets"
    assert required <= set(env_example()), required - set(env_example())


def test_the_official_stack_plus_mail_and_an_articles_database() -> None:
    services = rendered()["services"]
    assert AIRFLOW_SERVICES | {"postgres", "redis", "mailpit", "articles-db"} <= set(services)
    for name in AIRFLOW_SERVICES:
        svc = services[name]
        assert svc["build"] == "." and svc["image"].startswith("scowatch-airflow")
        assert "./dags:/opt/airflow/dags" in svc["volumes"]
        assert svc["environment"]["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"


def test_scowatch_settings_in_compose_are_the_ones_the_code_reads(tmp_path) -> None:
    env = rendered()["services"]["airflow-worker"]["environment"]
    scowatch_env = {k: v for k, v in env.items() if k.startswith("SCOWATCH_")}
    assert set(scowatch_env) == {"SCOWATCH_CONFIG", "SCOWATCH_DATABASE_URL", "SCOWATCH_SMTP_URL",
                                 "SCOWATCH_OPERATOR_EMAIL"}
    config = ROOT / "scowatch.toml"
    settings = load_settings(config, env={k: v for k, v in scowatch_env.items()
                                          if k != "SCOWATCH_CONFIG"})
    assert settings.database_url.startswith("postgresql://scowatch:")
    assert settings.database_url.endswith("@articles-db/scowatch")
    assert settings.smtp_url == "smtp://mailpit:1025"
    assert settings.operator_email == "operator@example.org"
    make_engine(settings.database_url).dispose()  # a URL the engine accepts (no connection made)
    volumes = rendered()["services"]["airflow-worker"]["volumes"]
    assert f"./scowatch.toml:{scowatch_env['SCOWATCH_CONFIG']}:ro" in volumes


def test_dockerfile_builds_on_the_locked_airflow_version() -> None:
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    airflow = next(p["version"] for p in lock["package"] if p["name"] == "apache-airflow")
    first = (ROOT / "Dockerfile").read_text()
    assert re.search(rf"^FROM apache/airflow:{re.escape(airflow)}-python3\.11$", first, re.M)
    assert "uv export --frozen" in first


@pytest.mark.skipif(shutil.which("docker-compose") is None,
                    reason="docker-compose (Debian's package) is not installed; the schema and "
                           "consistency checks above still ran")
def test_docker_compose_config_validates(tmp_path) -> None:
    proc = subprocess.run(["docker-compose", "--env-file", str(ENV_EXAMPLE), "-f", str(COMPOSE),
                           "config", "--quiet"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    empty = tmp_path / "empty.env"
    empty.write_text("")
    missing = subprocess.run(["docker-compose", "--env-file", str(empty), "-f", str(COMPOSE),
                              "config", "--quiet"], capture_output=True, text=True, cwd=ROOT)
    assert missing.returncode != 0 and "in .env" in missing.stderr
