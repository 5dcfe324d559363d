"""The real thing: `airflow standalone` (api-server, scheduler, dag-processor, triggerer) on a free
loopback port, with a throw-away AIRFLOW_HOME, driven through its REST API like an operator would:
sco_scrape crawls the fixture site, the asset-scheduled sco_process and sco_alerts follow,
sco_digest mails the Moscow Declaration through the `smtp_default` connection to a local SMTP
server, and the operator gets the health summary. Then headless Chromium opens the UI, logged in
with the API's JWT, and saves a screenshot of the sco_scrape grid under var/screenshots/.

Slow (a few minutes): `make e2e` runs it, `make test` does not.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from e2e_support import AirflowApi, processes_of, wait_for
from support import ROOT, SmtpSink, free_port

from pipeline.demo import demo_config
from pipeline.fixture_server import demo_site_path, serve_site
from pipeline.processes import stop_tree

pytestmark = pytest.mark.slow

DAGS = ROOT / "dags"
VENV_BIN = Path(sys.executable).parent
SCREENSHOTS = ROOT / "var" / "screenshots"
SIZE = (1600, 1000)
OPERATOR = "ops@example.org"
READER = "demo@example.org"
SCOWATCH_DAGS = ("sco_scrape", "sco_process", "sco_alerts", "sco_digest")


def airflow_env(home: Path, port: int, config: Path, sink: SmtpSink) -> dict[str, str]:
    """The environment of a throw-away Airflow serving only on loopback."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("AIRFLOW", "SCOWATCH_")) or k == "SCOWATCH_TEST_NETGUARD"}
    env.update({
        "PATH": f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        # paused at first: unpaused one by one, so no scheduled digest runs before the crawl
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
        "AIRFLOW__CORE__PARALLELISM": "4",
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(port),
        "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{port}",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
        "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "True",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
        # scowatch: the fixture site's config; mail only through Airflow's SMTP connection
        "SCOWATCH_CONFIG": str(config),
        "SCOWATCH_OPERATOR_EMAIL": OPERATOR,
        "AIRFLOW_CONN_SMTP_DEFAULT": json.dumps({
            "conn_type": "smtp", "host": "127.0.0.1", "port": sink.port,
            "extra": {"disable_ssl": True, "disable_tls": True,
                      "from_email": "scowatch-airflow@example.org"}}),
    })
    return env


@pytest.fixture(scope="module")
def airflow(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AirflowApi]:
    """`airflow standalone` with the scowatch DAGs, the fixture site and an SMTP sink."""
    tmp = tmp_path_factory.mktemp("standalone")
    home, work = tmp / "airflow", tmp / "scowatch"
    home.mkdir()
    work.mkdir()
    sink = SmtpSink()
    sink.controller.start()
    site = serve_site(demo_site_path("astanatimes"), "https://astanatimes.com").start()
    config = work / "scowatch.toml"
    config.write_text(demo_config(site.base_url, work), encoding="utf-8")
    port = free_port()
    log = tmp / "airflow-standalone.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([str(VENV_BIN / "airflow"), "standalone"], cwd=tmp, stdout=out,
                                stderr=subprocess.STDOUT, env=airflow_env(home, port, config,
                                                                          sink),
                                start_new_session=True)
    api = AirflowApi(f"http://127.0.0.1:{port}", home, log, sink=sink,
                     extra={"outbox": work / "outbox", "config": config})
    try:
        wait_for("the api-server", lambda: api.call("GET", "/api/v2/version"), 240, log=log)
        wait_for("the generated admin password",
                 lambda: (home / "simple_auth_manager_passwords.json.generated").exists(), 60,
                 log=log)
        api.login()
        yield api
    finally:
        survivors = stop_tree(proc, marker=f"AIRFLOW_HOME={home}")
        left = processes_of(home, tmp)  # what stop_tree did not know of
        site.stop()
        sink.controller.stop()
        # kept for a look after the run (the temporary folder goes)
        (ROOT / "var").mkdir(exist_ok=True)
        shutil.copy(log, ROOT / "var" / "e2e-airflow-standalone.log")
        assert not survivors, f"processes left running: {survivors}"
        assert not left, f"processes of the run left running: {left}"


def test_dags_run_through_the_scheduler_and_mail_the_digest(airflow: AirflowApi) -> None:
    api = airflow
    assert api.sink is not None

    def parsed() -> bool:
        dags = api.call("GET", "/api/v2/dags?tags=scowatch&limit=20")["dags"]
        return {d["dag_id"] for d in dags} >= set(SCOWATCH_DAGS)

    wait_for("the dag-processor to parse the four DAGs", parsed, 240, log=api.log)
    errors = api.call("GET", "/api/v2/importErrors")
    assert errors["total_entries"] == 0, errors

    for dag_id in ("sco_process", "sco_alerts", "sco_scrape"):
        api.unpause(dag_id)
    scrape = api.trigger("sco_scrape")
    api.wait_success("sco_scrape", scrape)

    tis = {(t["task_id"], t.get("rendered_map_index")): t for t in
           api.task_instances("sco_scrape", scrape)}
    crawl = tis[("crawl", "astanatimes")]
    assert crawl["state"] == "success"
    xcom = api.call("GET", f"/api/v2/dags/sco_scrape/dagRuns/{scrape}/taskInstances/crawl/"
                           f"xcomEntries/return_value?map_index={crawl['map_index']}")
    counts = xcom["value"] if isinstance(xcom["value"], dict) else json.loads(xcom["value"])
    assert counts["sources"] == ["astanatimes"] and counts["failed"] == []
    # unpausing also started the latest scheduled run, which may have stored the articles first:
    # then this run listed them as already stored
    assert counts["entries"] > 0 and counts["errors"] == 0
    assert counts["new"] > 0 or counts["known_skipped"] > 0, counts
    from pipeline.config import load_settings
    from pipeline.db import Database
    from pipeline.models import ArticleRow

    db = Database(load_settings(api.extra["config"], env={}).database_url)
    with db.session() as session:
        assert session.query(ArticleRow).count() > 0
    db.dispose()

    # the asset-scheduled DAGs follow on their own
    for dag_id in ("sco_process", "sco_alerts"):
        wait_for(f"a successful {dag_id} run",
                 lambda d=dag_id: any(r["state"] == "success" for r in api.runs(d)), 300,
                 log=api.log)

    api.unpause("sco_digest")
    digest = api.trigger("sco_digest")
    api.wait_success("sco_digest", digest)

    def mails() -> dict[str, Any] | None:
        by_rcpt = {m["To"]: m for m in api.sink.messages}  # type: ignore[union-attr]
        return by_rcpt if {READER, OPERATOR} <= set(by_rcpt) else None

    by_rcpt = wait_for("the digest and the health summary at the SMTP server", mails, 60)
    digest_text = by_rcpt[READER].get_body(("plain",)).get_content()
    assert "Moscow Declaration" in digest_text
    health = by_rcpt[OPERATOR]
    assert health["Subject"] == "scowatch health: 1 of 1 sources ok"
    assert "astanatimes: ok, last crawl" in health.get_body(("plain",)).get_content()
    # nothing fell back to the outbox: the smtp_default connection carried the mail
    assert not list(Path(api.extra["outbox"]).glob("*.eml"))


# --- the UI in a real browser


def chromium() -> str:
    """Debian's Chromium, or skip (fail when SCOWATCH_REQUIRE_BROWSER=1)."""
    path = shutil.which("/usr/bin/chromium") or shutil.which("chromium")
    if path:
        return path
    message = ("headless Chromium not found (/usr/bin/chromium; Debian: `apt-get install "
               "chromium`): the Airflow UI check is skipped")
    if os.environ.get("SCOWATCH_REQUIRE_BROWSER") == "1":
        pytest.fail(message + " (required: SCOWATCH_REQUIRE_BROWSER=1)")
    pytest.skip(message)


class DevTools:
    """A minimal Chrome DevTools Protocol client over the page's websocket."""

    def __init__(self, ws_url: str) -> None:
        from websockets.sync.client import connect

        self._connection = connect(ws_url, max_size=64 * 2**20, open_timeout=30)
        self.next_id = 0

    def __enter__(self) -> DevTools:
        self.ws = self._connection.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._connection.__exit__(None, None, None)

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Call one CDP method and return its result (events in between are dropped)."""
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv(timeout=60))
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))

    def text(self) -> str:
        """The page's visible text."""
        result = self.send("Runtime.evaluate", expression="document.body ? "
                           "document.body.innerText : ''", returnByValue=True)
        return str(result["result"].get("value", ""))


def test_the_ui_shows_the_scrape_grid_in_chromium(airflow: AirflowApi, tmp_path: Path) -> None:
    browser = chromium()
    profile = tmp_path / "profile"
    proc = subprocess.Popen(
        [browser, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         "--hide-scrollbars", "--remote-debugging-address=127.0.0.1",
         "--remote-debugging-port=0", f"--user-data-dir={profile}", "--window-size=1600,1000",
         "about:blank"],
        stdout=subprocess.DEVNULL, stderr=open(tmp_path / "chromium.log", "wb"),  # noqa: SIM115
        start_new_session=True)
    try:
        port_file = profile / "DevToolsActivePort"
        wait_for("Chromium's DevTools port", port_file.exists, 60, every=0.2)
        port = int(port_file.read_text().split()[0])

        def page_socket() -> str | None:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
                pages = [p for p in json.loads(r.read()) if p.get("type") == "page"]
            return pages[0]["webSocketDebuggerUrl"] if pages else None

        ws_url = wait_for("a Chromium page", page_socket, 30, every=0.5)
        with DevTools(ws_url) as tools:
            png, text = grid_screenshot(tools, airflow)
        assert "sco_scrape" in text and "Sign in" not in text
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert (width, height) == SIZE and len(png) > 20_000
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        (SCREENSHOTS / "airflow_grid_sco_scrape.png").write_bytes(png)
    finally:
        left = stop_tree(proc)  # type: ignore[arg-type]
        assert not left, f"chromium processes left running: {left}"


def grid_screenshot(tools: DevTools, airflow: AirflowApi) -> tuple[bytes, str]:
    """Open the sco_scrape DAG page logged in, wait for its grid, return a PNG and the text."""
    tools.send("Emulation.setDeviceMetricsOverride", width=SIZE[0], height=SIZE[1],
               deviceScaleFactor=1, mobile=False)
    tools.send("Network.enable")
    # the UI authenticates with the JWT cookie that its own login page would set
    tools.send("Network.setCookie", name="_token", value=airflow.login(),
               url=airflow.base + "/", path="/", httpOnly=True)
    tools.send("Page.enable")
    tools.send("Page.navigate", url=airflow.base + "/dags/sco_scrape")

    def grid_shown() -> str | None:
        text = tools.text()
        return text if all(w in text for w in ("sco_scrape", "crawl", "publish")) else None

    text = wait_for("the sco_scrape grid to render", grid_shown, 90, every=1.0)
    time.sleep(2)  # let the grid's bars settle
    shot = tools.send("Page.captureScreenshot", format="png")
    return base64.b64decode(shot["data"]), text
