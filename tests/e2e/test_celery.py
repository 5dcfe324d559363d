"""The project on the CeleryExecutor, PostgreSQL for everything (Airflow's metadata, Celery's
results and the articles) and Redis as the broker, as docs/scaling.md sets it up: api-server,
scheduler, dag-processor and one `airflow celery worker` run sco_scrape against the fixture site.

Needs Redis at 127.0.0.1:6379 and PostgreSQL at 127.0.0.1:5432 (SCOWATCH_TEST_POSTGRES_URL;
throw-away databases, dropped afterwards); skips when either does not answer, unless
SCOWATCH_REQUIRE_POSTGRES=1. Slow: `make e2e` runs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e_support import AirflowApi, processes_of, wait_for
from support import POSTGRES_URL, ROOT, free_port

from pipeline.demo import demo_config
from pipeline.fixture_server import demo_site_path, serve_site
from pipeline.processes import stop_tree

pytestmark = pytest.mark.slow

VENV_BIN = Path(sys.executable).parent
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379


def unavailable() -> str | None:
    """Why the Celery set-up cannot run here, or None."""
    try:
        import redis

        redis.Redis(REDIS_HOST, REDIS_PORT, socket_connect_timeout=3).ping()
    except Exception as exc:  # noqa: BLE001 - any failure means "no Redis"
        return f"Redis at {REDIS_HOST}:{REDIS_PORT} does not answer ({type(exc).__name__})"
    try:
        import psycopg

        psycopg.connect(POSTGRES_URL, connect_timeout=3).close()
    except Exception as exc:  # noqa: BLE001
        return f"PostgreSQL at {POSTGRES_URL} does not answer ({type(exc).__name__})"
    return None


@pytest.fixture
def databases() -> Iterator[tuple[str, str]]:
    """Two throw-away PostgreSQL databases: Airflow's metadata and scowatch's articles."""
    problem = unavailable()
    if problem:
        if os.environ.get("SCOWATCH_REQUIRE_POSTGRES") == "1":
            pytest.fail(problem + " and SCOWATCH_REQUIRE_POSTGRES=1 makes it required")
        pytest.skip(problem + "; the CeleryExecutor test needs both")
    import psycopg
    from sqlalchemy.engine import make_url

    tag = uuid.uuid4().hex[:10]
    names = (f"scowatch_e2e_airflow_{tag}", f"scowatch_e2e_articles_{tag}")
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        for name in names:
            conn.execute(f'CREATE DATABASE "{name}"')
    base = make_url(POSTGRES_URL)
    urls = tuple(base.set(database=n).render_as_string(hide_password=False) for n in names)
    try:
        yield urls[0], urls[1]
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_sco_scrape_runs_on_a_celery_worker(databases: tuple[str, str], tmp_path: Path) -> None:
    airflow_db, articles_db = databases
    queue = f"scowatch_e2e_{uuid.uuid4().hex[:8]}"  # no other worker on this Redis takes it
    port = free_port()
    home = tmp_path / "airflow"
    home.mkdir()
    psycopg_url = airflow_db.replace("postgresql://", "postgresql+psycopg://", 1)
    with serve_site(demo_site_path("astanatimes"), "https://astanatimes.com") as site:
        config = tmp_path / "scowatch.toml"
        config.write_text(demo_config(site.base_url, tmp_path), encoding="utf-8")
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("AIRFLOW", "SCOWATCH_")) or k == "SCOWATCH_TEST_NETGUARD"}
        env.update({
            "PATH": f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
            # docs/scaling.md: the CeleryExecutor, PostgreSQL for everything, Redis as broker
            "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": psycopg_url,
            # psycopg 3 serves the async engine too (Airflow would otherwise ask for asyncpg)
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC": psycopg_url,
            "AIRFLOW__CELERY__BROKER_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/0",
            "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + psycopg_url,
            "AIRFLOW__OPERATORS__DEFAULT_QUEUE": queue,
            "AIRFLOW__CELERY__WORKER_CONCURRENCY": "2",
            "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__PORT": str(port),
            "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{port}",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin",
            "SCOWATCH_CONFIG": str(config),
            "SCOWATCH_DATABASE_URL": articles_db,
        })
        migrate = subprocess.run([str(VENV_BIN / "airflow"), "db", "migrate"], env=env,
                                 capture_output=True, text=True, timeout=900, cwd=tmp_path)
        assert migrate.returncode == 0, migrate.stdout[-3000:] + migrate.stderr[-3000:]

        log = tmp_path / "celery-stack.log"
        procs: list[subprocess.Popen[bytes]] = []
        try:
            with open(log, "wb") as out:
                for command in (["api-server"], ["scheduler"], ["dag-processor"],
                                ["celery", "worker", "--queues", queue, "--concurrency", "2"]):
                    procs.append(subprocess.Popen(
                        [str(VENV_BIN / "airflow"), *command], cwd=tmp_path, env=env,
                        stdout=out, stderr=subprocess.STDOUT, start_new_session=True))
            api = AirflowApi(f"http://127.0.0.1:{port}", home, log)
            wait_for("the api-server", lambda: api.call("GET", "/api/v2/version"), 300, log=log)
            wait_for("the generated admin password",
                     lambda: (home / "simple_auth_manager_passwords.json.generated").exists(),
                     60, log=log)
            api.login()
            wait_for("sco_scrape to be parsed",
                     lambda: api.call("GET", "/api/v2/dags/sco_scrape")["dag_id"], 300, log=log)
            api.unpause("sco_scrape")
            run_id = api.trigger("sco_scrape")
            api.wait_success("sco_scrape", run_id, timeout=600)
            tis = {t["task_id"]: t for t in api.task_instances("sco_scrape", run_id)}
            assert tis["crawl"]["queue"] == queue  # it went through Redis to our worker
            assert "celery" in log.read_text(errors="replace").lower()
        finally:
            survivors = [p for proc in procs
                         for p in stop_tree(proc, marker=f"AIRFLOW_HOME={home}")]
            survivors += processes_of(home, tmp_path)  # what stop_tree did not know of
            (ROOT / "var").mkdir(exist_ok=True)
            if log.exists():
                (ROOT / "var" / "e2e-celery.log").write_bytes(log.read_bytes())
        assert not survivors, f"processes left running: {survivors}"

    # the articles are in PostgreSQL
    from sqlalchemy import create_engine, text

    engine = create_engine(articles_db.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM articles")).scalar_one()
        runs = conn.execute(text("SELECT status FROM crawl_runs")).scalars().all()
    engine.dispose()
    assert count > 0 and runs and set(runs) == {"ok"}  # the trigger, and the scheduled run
