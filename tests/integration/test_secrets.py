"""Secrets never leave the process that needs them. A real `scowatch run` (and runs that fail: a
refused SMTP login, SMTP down, the database unreachable, a bad setting) and the DAGs under
`dag.test()` get the SMTP and database passwords in SCOWATCH_SMTP_URL / SCOWATCH_DATABASE_URL;
then everything they wrote is grepped for them: standard output and error, every file under the
run's folders (crawl logs, the crawl's stats JSON, outbox .eml/.html, Airflow's home and
metadata database), the mail the server received, every cell of every table of the scowatch
database, and the DAG tasks' XComs. Each password is looked for as written, URL-encoded, as
base64 at any alignment (SMTP AUTH PLAIN/LOGIN send it so on the wire) and by its fragments.

Controls show that the grep would have found them: the SMTP server saw the password (so the
secret really was in use), the database named by the URL holds the run's articles, and the
grep finds each encoding of the secret in the strings a leak would produce."""

from __future__ import annotations

import base64
import json
import re
import smtplib
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import pytest
from faults_support import cli, cli_env, run_cli
from sqlalchemy import create_engine, inspect, select, text, update
from sqlalchemy.engine import make_url
from support import DAGS, free_port
from test_delivery import TlsSink, self_signed

from pipeline.config import redact_url
from pipeline.db import Database
from pipeline.demo import demo_config
from pipeline.models import Message, utcnow

# aiosmtpd's warning about AUTH before STARTTLS: the server refuses both until STARTTLS is done
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

SMTP_USER = "digest-bot"
# Distinctive, with characters that URL encoding changes, and long alphanumeric runs that are
# looked for on their own (a secret cut at a "/" or "#" still shows its fragments).
SMTP_SECRET = "mZ7qWx2K/pR9tLv4+hN3sGd8@cF6yJb"
WRONG_SECRET = "wR0ngQa8Zk/Ty5+Lp3Vd@Xe2nM7"
DB_SECRET = "dB4kTy9Qe#Lm2Xc8Wp/Rz5Ju7Hs?vN1"
SECRETS = {"SMTP password": SMTP_SECRET, "wrong SMTP password": WRONG_SECRET,
           "database password": DB_SECRET}


# --- the grep ---------------------------------------------------------------------------------


def secret_forms(secret: str) -> dict[str, bytes]:
    """Every form a leaked secret could take in a log: as is, URL-encoded, base64 at each of
    the three alignments inside a longer base64 string (AUTH PLAIN encodes "\\0user\\0password"),
    and each of its alphanumeric runs of 6 or more characters."""
    raw = secret.encode()
    forms = {"as is": raw, "URL-encoded": quote(secret, safe="").encode(),
             "URL-encoded, / kept": quote(secret).encode(),
             "form-encoded": quote_plus(secret).encode()}
    for shift in range(3):
        tail = raw[shift:]
        forms[f"base64 (offset {shift})"] = base64.b64encode(tail)[:len(tail) // 3 * 4]
    for run in re.findall(r"[A-Za-z0-9]{6,}", secret):
        forms[f"fragment {run!r}"] = run.encode()
    return forms


def mime_decoded(raw: bytes) -> list[bytes]:
    """A mail's headers and parts decoded (base64, quoted-printable, RFC 2047 words), where a
    secret would not show in the raw bytes; nothing for what is not a mail."""
    if b"\nContent-Transfer-Encoding:" not in raw and b"\nSubject:" not in raw:
        return []
    msg = message_from_bytes(raw, policy=default_policy)
    decoded = [f"{k}: {v}".encode() for k, v in msg.items()]
    for part in msg.walk():
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            decoded.append(payload)
    return decoded


@dataclass
class Grep:
    """Looks for every form of every secret in what it is given; counts what it read."""

    secrets: dict[str, str] = field(default_factory=lambda: dict(SECRETS))
    hits: list[str] = field(default_factory=list)
    files: int = 0
    texts: int = 0
    lines: int = 0
    size: int = 0
    rows: int = 0
    cells: int = 0
    decoded: int = 0  # mail headers and parts decoded

    def found(self, data: bytes) -> list[str]:
        """The (secret, form) pairs present in `data`."""
        return [f"{name} {form}" for name, secret in self.secrets.items()
                for form, needle in secret_forms(secret).items() if needle in data]

    def blob(self, where: str, data: bytes | str) -> None:
        raw = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
        self.lines += raw.count(b"\n") + (1 if raw and not raw.endswith(b"\n") else 0)
        self.size += len(raw)
        hits = set(self.found(raw))
        for decoded in mime_decoded(raw):
            self.decoded += 1
            hits.update(self.found(decoded))
        self.hits += [f"{where}: {hit}" for hit in sorted(hits)]

    def text(self, where: str, data: bytes | str) -> None:
        """Output of a command, a mail, a returned value."""
        self.texts += 1
        self.blob(where, data)

    def tree(self, folder: Path, skip: tuple[Path, ...] = ()) -> list[Path]:
        """Every file under `folder` (binary ones too: SQLite files, certificates)."""
        seen = []
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p not in skip):
            self.files += 1
            self.blob(str(path.relative_to(folder)), path.read_bytes())
            seen.append(path)
        return seen

    def database(self, url: str) -> None:
        """Every cell of every table, as text (JSON columns as their JSON)."""
        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        try:
            with engine.connect() as conn:
                for table in inspect(conn).get_table_names():
                    for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                        self.rows += 1
                        for column, value in row._mapping.items():
                            if value is None:
                                continue
                            self.cells += 1
                            cell = value if isinstance(value, bytes) else (
                                json.dumps(value) if isinstance(value, (dict, list))
                                else str(value))
                            self.blob(f"database {table}.{column}", cell)
        finally:
            engine.dispose()

    def mails(self, where: str, messages: list[EmailMessage]) -> None:
        for msg in messages:
            self.text(where, msg.as_bytes())

    def summary(self) -> str:
        return (f"{self.files} files, {self.texts} outputs/mails/values, {self.rows} database rows "
                f"({self.cells} cells): {self.lines} lines, {self.size} bytes, "
                f"{self.decoded} mail headers/parts decoded; {len(self.hits)} hits")


def test_the_grep_finds_each_form_a_leak_could_take() -> None:
    """The control for every assertion below: the strings a leak would write are found."""
    grep = Grep()
    client = smtplib.SMTP()  # not connected: only its AUTH encoders are used
    client.user, client.password = SMTP_USER, SMTP_SECRET
    plain = base64.b64encode(client.auth_plain().encode())  # what AUTH PLAIN sends
    login = base64.b64encode(SMTP_SECRET.encode())  # AUTH LOGIN's answer to "Password:"
    db_url = make_url("postgresql://postgres@127.0.0.1:5432/x").set(password=DB_SECRET)
    leaks = {
        "AUTH PLAIN": plain,
        "AUTH LOGIN": login,
        "the SMTP URL": f"smtp+starttls://{SMTP_USER}:{quote(SMTP_SECRET, safe='')}@h:587",
        "the database URL": db_url.render_as_string(hide_password=False),
        "the password pasted unencoded, cut at a #": "postgresql://postgres:" + DB_SECRET[:9],
        "a repr": repr({"password": WRONG_SECRET}),
        "a JSON XCom": json.dumps({"url": f"smtps://u:{quote_plus(WRONG_SECRET)}@h"}),
    }
    for what, leak in leaks.items():
        assert grep.found(leak.encode() if isinstance(leak, str) else leak), what
    mail = EmailMessage()  # a mail whose body hides the secret in base64 (Airflow's do)
    mail["Subject"] = "Task failed"
    mail.set_content(f"<p>{WRONG_SECRET}</p>", subtype="html", cte="base64")
    assert WRONG_SECRET.encode() not in mail.as_bytes()
    assert "wrong SMTP password as is" in grep.found(mime_decoded(mail.as_bytes())[-1])
    # ... and what scowatch writes instead is clean
    assert not grep.found(redact_url(db_url.render_as_string(hide_password=False)).encode())
    assert not grep.found(b"smtp://127.0.0.1:587 rejected the login of user 'digest-bot'")


# --- the servers ------------------------------------------------------------------------------


class LoginSink(TlsSink):
    """test_delivery's STARTTLS server requiring a login, accepting SMTP_USER / SMTP_SECRET, and
    keeping every password it was sent: the control that the secret really went to it."""

    def __init__(self, pem: Path) -> None:
        super().__init__(pem, "starttls")
        self.passwords: list[str] = []
        self.mechanisms: list[str] = []

    def authenticate(self, server, session, envelope, mechanism, auth_data):  # noqa: ANN001, ANN201
        from aiosmtpd.smtp import AuthResult

        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.passwords.append(password)
        self.mechanisms.append(mechanism)
        ok = login == SMTP_USER and password == SMTP_SECRET
        self.logins.append((login, ok))
        return AuthResult(success=ok, handled=False)

    def login_url(self, password: str) -> str:
        return (f"smtp+starttls://{SMTP_USER}:{quote(password, safe='')}@127.0.0.1:"
                f"{self.port}")


@pytest.fixture
def pem(tmp_path: Path) -> Path:
    """The certificate the server presents; SSL_CERT_FILE makes the CLI trust it."""
    folder = tmp_path / "cert"
    folder.mkdir()
    return self_signed(folder)


@pytest.fixture
def login_sink(pem: Path) -> Iterator[LoginSink]:
    sink = LoginSink(pem)
    sink.controller.start()
    try:
        yield sink
    finally:
        sink.controller.stop()


def with_password(url: str, password: str) -> str:
    """`url` carrying `password` (URL-encoded, as an operator should write it)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


# --- the CLI ----------------------------------------------------------------------------------

# `scowatch` itself, except that temporary folders are kept: the crawl's stats JSON lives in one
# and would be gone before the grep otherwise (TMPDIR puts them under the test's folder).
KEEP_TEMP = """\
import runpy, tempfile
class Kept(tempfile.TemporaryDirectory):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._finalizer.detach()
    def __exit__(self, *exc):
        return None
tempfile.TemporaryDirectory = Kept
runpy.run_module("pipeline.cli", run_name="__main__", alter_sys=True)
"""


def scowatch(*args: str) -> list[str]:
    """The argv of `scowatch ARGS` with temporary folders kept."""
    return [sys.executable, "-c", KEEP_TEMP, *args]


def site_config(folder: Path, base_url: str) -> Path:
    """The demo configuration for the fixture site: no secret in it (they come by environment)."""
    config = folder / "scowatch.toml"
    config.write_text(demo_config(base_url, folder), encoding="utf-8")
    return config


def run_scowatch(grep: Grep, label: str, argv: list[str], env: dict[str, str]
                 ) -> subprocess.CompletedProcess[str]:
    """Run a command and grep its output."""
    proc = run_cli(argv, env)
    grep.text(f"{label} stdout", proc.stdout)
    grep.text(f"{label} stderr", proc.stderr)
    return proc


def article_count(url: str) -> int:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM articles")).scalar_one())
    finally:
        engine.dispose()


@pytest.mark.slow
@pytest.mark.postgres
def test_a_full_run_writes_no_secret_anywhere(tmp_path: Path, astanatimes_site: Any,
                                              postgres_url: str, login_sink: LoginSink,
                                              pem: Path) -> None:
    db_url = with_password(postgres_url, DB_SECRET)
    config = site_config(tmp_path, astanatimes_site.base_url)
    (tmp_path / "tmp").mkdir()
    env = cli_env(SCOWATCH_DATABASE_URL=db_url, SCOWATCH_SMTP_URL=login_sink.login_url(SMTP_SECRET),
                  SSL_CERT_FILE=str(pem), TMPDIR=str(tmp_path / "tmp"))
    grep = Grep()
    proc = run_scowatch(grep, "scowatch run", scowatch("run", "--config", str(config)), env)
    assert proc.returncode == 0, proc.stdout + proc.stderr

    # controls: both secrets were in use (the SMTP one as base64 in AUTH, inside TLS), and the
    # grep had something to read
    assert set(login_sink.passwords) == {SMTP_SECRET} and login_sink.tls_seen == [True]
    assert set(login_sink.mechanisms) <= {"PLAIN", "LOGIN"}, login_sink.mechanisms
    assert len(login_sink.messages) == 1
    assert article_count(db_url) == 12  # the database the URL (with its password) names
    crawl_log = tmp_path / "var" / "crawls" / "astanatimes.log"
    assert "Dumping Scrapy stats" in crawl_log.read_text("utf-8")
    stats = list((tmp_path / "tmp").glob("scowatch-crawl-*/astanatimes.json"))
    assert len(stats) == 1 and "item_scraped_count" in stats[0].read_text("utf-8")

    files = grep.tree(tmp_path)
    assert crawl_log in files and stats[0] in files
    grep.mails("mail received", login_sink.messages)
    grep.database(db_url)
    print(f"\nfull run: {grep.summary()}")
    assert grep.hits == [], grep.hits


# --- failures ---------------------------------------------------------------------------------


def make_pending_due(db_url: str) -> int:
    """Bring deferred messages' next attempt forward, as if their backoff were over."""
    db = Database(db_url)
    try:
        with db.session() as s:
            return int(s.execute(update(Message).where(Message.status == "pending")
                                 .values(next_attempt_at=utcnow())).rowcount or 0)
    finally:
        db.dispose()


def last_errors(db_url: str) -> list[str]:
    """The errors recorded on queued messages."""
    db = Database(db_url)
    try:
        with db.session() as s:
            return [e for e in s.scalars(select(Message.last_error)) if e]
    finally:
        db.dispose()


@pytest.mark.slow
def test_smtp_down_then_a_refused_login_then_delivery(tmp_path: Path, astanatimes_site: Any,
                                                      login_sink: LoginSink, pem: Path) -> None:
    """On SQLite: a run whose mail server is down, a digest whose login is refused (the message
    kept pending), a preview of the waiting message written as .eml, the digest delivered; then
    every output, file, mail and cell."""
    config = site_config(tmp_path, astanatimes_site.base_url)
    db_url = f"sqlite:///{tmp_path / 'scowatch.db'}"
    (tmp_path / "tmp").mkdir()
    env = cli_env(SSL_CERT_FILE=str(pem), TMPDIR=str(tmp_path / "tmp"))
    down = f"smtp+starttls://{SMTP_USER}:{quote(SMTP_SECRET, safe='')}@127.0.0.1:{free_port()}"
    grep = Grep()

    ran = run_scowatch(grep, "run, SMTP down", scowatch("run", "--config", str(config)),
                       {**env, "SCOWATCH_SMTP_URL": down})
    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert "Connection refused" in ran.stdout and "1 deferred" in ran.stdout
    assert article_count(db_url) == 12

    assert make_pending_due(db_url) == 1
    refused = run_scowatch(grep, "digest, wrong password", scowatch("digest", "--config",
                                                                    str(config)),
                           {**env, "SCOWATCH_SMTP_URL": login_sink.login_url(WRONG_SECRET)})
    assert refused.returncode == 1
    assert f"rejected the login of user '{SMTP_USER}'" in refused.stdout
    assert login_sink.passwords and set(login_sink.passwords) == {WRONG_SECRET}  # control
    assert any("rejected the login" in e for e in last_errors(db_url))  # the error was recorded

    # what the digest looks like as an .eml file (the outbox writes the same bytes)
    preview = tmp_path / "outbox" / "preview.eml"
    shown = run_scowatch(grep, "digest --dry-run", scowatch("digest", "--config", str(config),
                                                            "--dry-run", "--to", str(preview)),
                         {**env, "SCOWATCH_SMTP_URL": login_sink.login_url(SMTP_SECRET)})
    assert shown.returncode == 0 and preview.exists(), shown.stdout + shown.stderr

    sent = run_scowatch(grep, "digest", scowatch("digest", "--config", str(config)),
                        {**env, "SCOWATCH_SMTP_URL": login_sink.login_url(SMTP_SECRET)})
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert SMTP_SECRET in login_sink.passwords and len(login_sink.messages) == 1  # control
    # the preview was the message that waited, and is the one that went out
    previewed = message_from_bytes(preview.read_bytes())["Message-ID"]
    assert previewed and login_sink.messages[0]["Message-ID"] == previewed

    grep.tree(tmp_path)
    grep.mails("mail received", login_sink.messages)
    grep.database(db_url)
    print(f"\nSMTP failures: {grep.summary()}")
    assert grep.hits == [], grep.hits


@pytest.mark.slow
@pytest.mark.parametrize("written", ["URL-encoded", "pasted as is", "in the query"])
def test_database_unreachable(tmp_path: Path, written: str) -> None:
    """The password in the URL of a database nobody answers at (a closed port): URL-encoded,
    pasted as is with its "#", "/" and "?" (SQLAlchemy accepts that), or as ?password=."""
    port, encoded = free_port(), quote(DB_SECRET, safe="")
    url = {"URL-encoded": f"postgresql://postgres:{encoded}@127.0.0.1:{port}/scowatch",
           "pasted as is": f"postgresql://postgres:{DB_SECRET}@127.0.0.1:{port}/scowatch",
           "in the query": f"postgresql://postgres@127.0.0.1:{port}/scowatch?password={encoded}",
           }[written]
    parsed = make_url(url)
    assert DB_SECRET in (parsed.password, parsed.query.get("password")) and parsed.port == port
    config = tmp_path / "scowatch.toml"
    config.write_text('[[sources]]\nname = "outlet"\nspider = "feed"\n'
                      'start_urls = ["http://127.0.0.1:9/feed.xml"]\n', encoding="utf-8")
    grep = Grep()
    for command in ("run", "process"):
        proc = run_scowatch(grep, command, cli(command, config),
                            cli_env(SCOWATCH_DATABASE_URL=url))
        assert proc.returncode == 1, (command, proc.stdout, proc.stderr)
        assert "scowatch: cannot open the database postgresql://postgres" in proc.stderr
        assert f"127.0.0.1:{port}/scowatch" in proc.stderr and "***" in proc.stderr
        assert "Connection refused" in proc.stderr and "Traceback" not in proc.stderr
    grep.tree(tmp_path)
    print(f"\ndatabase unreachable ({written}): {grep.summary()}")
    assert grep.hits == [], grep.hits


ENCODED_SMTP = quote(SMTP_SECRET, safe="")
ENCODED_DB = quote(DB_SECRET, safe="")


@pytest.mark.slow
@pytest.mark.parametrize(("setting", "value", "command", "status", "says"), [
    ("SCOWATCH_SMTP_URL", f"smtpx://{SMTP_USER}:{ENCODED_SMTP}@127.0.0.1:25", "digest", 2,
     "setting 'SCOWATCH_SMTP_URL (environment)': must look like"),
    # "/" cuts the URL for urlsplit: a piece of the password would be read as the port
    ("SCOWATCH_SMTP_URL", f"smtp+starttls://{SMTP_USER}:{SMTP_SECRET}@127.0.0.1:587", "digest",
     2, "with special characters in the user name and password URL-encoded"),
    ("smtp_url", f"smtp+starttls://{SMTP_USER}:{SMTP_SECRET}@127.0.0.1:587", "digest", 2,
     "line 2, setting 'scowatch.smtp_url': must look like"),
    ("SCOWATCH_DATABASE_URL", f"postgresql//postgres:{ENCODED_DB}@127.0.0.1:5432/db",
     "sources", 1, "scowatch: not a database URL: 'postgresql//postgres:***@127.0.0.1:5432/db'"),
    ("SCOWATCH_DATABASE_URL", f"postgresql://postgres:{ENCODED_DB}@127.0.0.1:port5432/db",
     "sources", 1, "scowatch: not a database URL: 'postgresql://postgres:***@127.0.0.1:port"),
], ids=["unknown scheme", "password not URL-encoded", "password not URL-encoded, in the file",
        "database URL without its colon", "database port not a number"])
def test_a_bad_setting_is_explained_without_its_secret(tmp_path: Path, setting: str, value: str,
                                                       command: str, status: int,
                                                       says: str) -> None:
    config = tmp_path / "scowatch.toml"
    env = cli_env()
    if setting.startswith("SCOWATCH_"):
        config.write_text("[scowatch]\n", encoding="utf-8")
        env[setting] = value
    else:  # in the file: the file holds the secret (the grep skips it), the message must not
        config.write_text(f"[scowatch]\n{setting} = {json.dumps(value)}\n", encoding="utf-8")
    grep = Grep()
    proc = run_scowatch(grep, command, cli(command, config), env)
    assert proc.returncode == status, proc.stdout + proc.stderr
    assert says in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    grep.tree(tmp_path, skip=(config,))
    assert grep.hits == [], grep.hits


def test_a_cut_smtp_url_built_by_hand_is_refused_without_its_secret() -> None:
    """Settings made in code (as the DAGs make them from smtp_default) skip the config check:
    SmtpConfig refuses the URL itself, without urllib's message quoting a piece of it."""
    from pipeline.delivery import SmtpConfig

    with pytest.raises(ValueError, match="not an SMTP URL") as refused:
        SmtpConfig.from_url(f"smtp+starttls://{SMTP_USER}:{SMTP_SECRET}@127.0.0.1:587")
    assert Grep().found(str(refused.value).encode()) == [], str(refused.value)


# --- the DAGs ---------------------------------------------------------------------------------

# Runs DAGs with dag.test() in a fresh process (its own AIRFLOW_HOME, nothing of Airflow in the
# test process), one step per argument "dag_id" or "dag_id:ENV=value" (ENV= unsets), retries off,
# and prints each run's task states and XComs (as Airflow stored them) as one JSON line.
DAG_RUNNER = """\
import json, os, sys
from pathlib import Path
from airflow.dag_processing.dagbag import BundleDagBag
from airflow.models import TaskInstance
from airflow.models.xcom import XComModel
from airflow.utils.session import create_session

dags = Path(sys.argv[1])
bag = BundleDagBag(str(dags), bundle_path=dags)
assert not bag.import_errors, bag.import_errors
runs = []
for step in sys.argv[2:]:
    dag_id, _, setting = step.partition(":")
    if setting:
        name, _, value = setting.partition("=")
        if value:
            os.environ[name] = value
        else:
            os.environ.pop(name, None)
    dag = bag.dags[dag_id]
    for task in dag.tasks:
        task.retries = 0
        if hasattr(task, "partial_kwargs"):
            task.partial_kwargs["retries"] = 0
    run = dag.test()
    with create_session() as session:
        tis = session.query(TaskInstance).filter_by(dag_id=dag_id, run_id=run.run_id).all()
        xcoms = session.query(XComModel).filter_by(dag_id=dag_id, run_id=run.run_id).all()
        runs.append({"dag": dag_id, "state": str(run.state),
                     "tasks": {f"{ti.task_id}[{ti.map_index}]": str(ti.state) for ti in tis},
                     "xcoms": {f"{x.task_id}[{x.map_index}].{x.key}": x.value for x in xcoms}})
print("DAG RUNS " + json.dumps(runs, default=str))
"""


def airflow_env(home: Path, **scowatch: str) -> dict[str, str]:
    """The environment of an Airflow process with its own home and the project's DAGs."""
    return cli_env(AIRFLOW_HOME=str(home), AIRFLOW__CORE__DAGS_FOLDER=str(DAGS),
                   AIRFLOW__CORE__LOAD_EXAMPLES="False", AIRFLOW__CORE__UNIT_TEST_MODE="False",
                   **scowatch)


@pytest.mark.slow
@pytest.mark.postgres
def test_dag_tasks_return_and_log_no_secret(tmp_path: Path, astanatimes_site: Any,
                                            postgres_url: str, login_sink: LoginSink,
                                            pem: Path) -> None:
    db_url = with_password(postgres_url, DB_SECRET)
    config = site_config(tmp_path, astanatimes_site.base_url)
    home = tmp_path / "airflow"
    connection = json.dumps({"conn_type": "smtp", "host": "127.0.0.1", "port": login_sink.port,
                             "login": SMTP_USER, "password": SMTP_SECRET,
                             "extra": {"disable_ssl": True, "from_email": "airflow@example.org"}})
    env = airflow_env(home, SCOWATCH_CONFIG=str(config), SCOWATCH_DATABASE_URL=db_url,
                      SCOWATCH_SMTP_URL=login_sink.login_url(SMTP_SECRET),
                      SCOWATCH_OPERATOR_EMAIL="ops@example.org", SSL_CERT_FILE=str(pem),
                      AIRFLOW_CONN_SMTP_DEFAULT=connection, TMPDIR=str(tmp_path))
    migrated = run_cli([sys.executable, "-m", "airflow", "db", "migrate"], env)
    assert migrated.returncode == 0, migrated.stdout[-2000:] + migrated.stderr[-2000:]
    grep = Grep()
    steps = ["sco_scrape", "sco_process",
             # a refused login: digest and health fail, the operator is mailed through
             # smtp_default (whose password is the right one)
             f"sco_digest:SCOWATCH_SMTP_URL={login_sink.login_url(WRONG_SECRET)}",
             # no SCOWATCH_SMTP_URL: the mail goes through the smtp_default connection
             "sco_digest:SCOWATCH_SMTP_URL=", "sco_alerts"]
    proc = run_scowatch(grep, "dag.test()", [sys.executable, "-c", DAG_RUNNER, str(DAGS),
                                             *steps], env)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    [line] = [x for x in proc.stdout.splitlines() if x.startswith("DAG RUNS ")]
    runs = json.loads(line.removeprefix("DAG RUNS "))
    assert [(r["dag"], r["state"]) for r in runs] == [
        ("sco_scrape", "success"), ("sco_process", "success"), ("sco_digest", "failed"),
        ("sco_digest", "success"), ("sco_alerts", "success")], runs
    returned = {key.removesuffix(".return_value") for r in runs for key in r["xcoms"]
                if key.endswith(".return_value")}
    assert returned == {"source_groups[-1]", "crawl[0]", "publish[-1]", "process[-1]",
                        "digest[-1]", "health[-1]", "alert[-1]"}, returned
    grep.text("XComs", json.dumps(runs))

    # controls: the passwords went to the server (the wrong one from SCOWATCH_SMTP_URL, the
    # right one from smtp_default), the refusal was logged, the failure mail and the digest
    # arrived, and the database the URL names holds the crawl
    assert set(login_sink.passwords) == {WRONG_SECRET, SMTP_SECRET}
    assert f"rejected the login of user '{SMTP_USER}'" in proc.stdout
    assert "mail goes through the Airflow connection 'smtp_default'" in proc.stdout
    subjects = [str(m["Subject"]) for m in login_sink.messages]
    assert "[scowatch] sco_digest.digest failed" in subjects
    assert any(s.startswith("SCO digest") for s in subjects), subjects
    assert article_count(db_url) == 12

    files = grep.tree(tmp_path)
    assert home / "airflow.db" in files  # Airflow's metadata: XComs, rendered fields, runs
    grep.mails("mail received", login_sink.messages)
    grep.database(db_url)
    print(f"\nDAGs: {grep.summary()}")
    assert grep.hits == [], grep.hits
