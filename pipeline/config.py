"""Settings: one frozen object built from defaults, `scowatch.toml` and `SCOWATCH_*` variables."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

GENERIC_SPIDERS = ("feed", "sitemap")
SCHEDULES = ("immediate", "daily", "weekly")
DEFAULT_USER_AGENT = "scowatch/0.1 (+https://github.com/scowatch/scowatch)"
NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
EMAIL_RE = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+$")


class ConfigError(ValueError):
    """A configuration problem, with the file, line and setting it concerns."""

    def __init__(self, message: str, path: Path | None = None, line: int | None = None,
                 setting: str | None = None) -> None:
        self.path, self.line, self.setting, self.reason = path, line, setting, message
        where = str(path) if path else "configuration"
        if line:
            where += f", line {line}"
        if setting:
            where += f", setting {setting!r}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Source:
    """One outlet to crawl."""

    name: str
    spider: str
    start_urls: tuple[str, ...]
    allowed_domains: tuple[str, ...] = ()
    enabled: bool = True
    prefilter: bool = False
    max_pages: int | None = None
    selectors: Mapping[str, str] = field(default_factory=dict)
    # this outlet's limit for one request, when it differs from [crawl] download_timeout
    download_timeout: float | None = None

    def domains(self) -> tuple[str, ...]:
        """The allowed domains, derived from the start URLs when not given."""
        if self.allowed_domains:
            return self.allowed_domains
        hosts = {urlsplit(u).hostname or "" for u in self.start_urls}
        return tuple(sorted(h for h in hosts if h))


@dataclass(frozen=True)
class Subscriber:
    """One reader of digests and alerts."""

    email: str
    schedule: str = "daily"
    timezone: str = "UTC"
    name: str | None = None
    states: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    documents_only: bool = False
    max_age_days: int | None = None
    notify_empty: bool = False


@dataclass(frozen=True)
class CrawlSettings:
    """Politeness and limits shared by every crawl."""

    user_agent: str = DEFAULT_USER_AGENT
    obey_robots: bool = True
    autothrottle: bool = True
    concurrency_per_domain: int = 2
    download_delay: float = 0.5
    max_pages: int = 3
    # A source's crawl is stopped after this long (then ended by force 10 s later) and recorded
    # as failed; well inside the 30-minute schedule, so one stuck source never delays the next run.
    timeout_seconds: int = 600
    # One request's limit, the retries of a failed one, and the first backoff before a retry
    # (doubled each time, capped at a minute); a `Retry-After` from the server is honoured instead.
    download_timeout: float = 30.0
    retry_times: int = 2
    retry_backoff: float = 2.0
    close_after_items: int = 0
    # A source that has stored articles before fails after this many runs in a row that listed
    # no entries at all (an empty feed or listing, or nothing fetched).
    stale_after_runs: int = 3
    # Articles first seen within refresh_days are fetched again every recheck_hours, so that an
    # article's updates (a document added, a correction) become new versions.
    refresh_days: float = 2.0
    recheck_hours: float = 6.0
    parallel: int = 2  # crawl processes at once in `scowatch crawl` / `run` (Airflow maps its own)
    # sources crawled by one process (one Scrapy crawler each): the process's start-up (imports,
    # models, connections) is paid once per group, not once per source
    group_size: int = 50


@dataclass(frozen=True)
class Settings:
    """Everything a scowatch entry point needs, resolved once and passed down."""

    config_path: Path | None
    base_dir: Path
    database_url: str
    outbox: Path
    smtp_url: str | None = None
    sender: str = "scowatch <scowatch@localhost>"
    operator_email: str | None = None
    gazetteer_dir: Path | None = None
    meetings_files: tuple[Path, ...] = ()  # extra calendars of SCO meetings (meetings.toml format)
    language: str = "en"  # the readers' language unless a subscriber lists `languages`
    crawl: CrawlSettings = field(default_factory=CrawlSettings)
    sources: tuple[Source, ...] = ()
    subscribers: tuple[Subscriber, ...] = ()
    # malformed [[sources]] entries, left out (each names its file, line and setting)
    source_errors: tuple[ConfigError, ...] = ()

    @property
    def var_dir(self) -> Path:
        """Folder for the embedded defaults (SQLite file, outbox, crawl stats)."""
        return self.base_dir / "var"

    def source(self, name: str) -> Source:
        """The source called `name`, or a ConfigError listing the known ones."""
        for src in self.sources:
            if src.name == name:
                return src
        known = ", ".join(s.name for s in self.sources) or "none"
        raise ConfigError(f"unknown source {name!r} (configured: {known})", self.config_path)

    def enabled_sources(self) -> tuple[Source, ...]:
        """Sources switched on in the configuration."""
        return tuple(s for s in self.sources if s.enabled)


def default_config_path(env: Mapping[str, str]) -> Path:
    """Where the configuration is looked for when --config is not given."""
    return Path(env.get("SCOWATCH_CONFIG") or "scowatch.toml")


_PROCESS_SETTINGS: dict[tuple[str, int, int], Settings] = {}


def process_settings(path: Path | str | None) -> Settings:
    """load_settings for the process's environment, read once per version of the file: the
    crawlers of one `scrapy crawlgroup` process (hundreds of sources) each need the config, and
    reading a 1,000-source file once per crawler made starting them quadratic."""
    resolved = Path(path) if path is not None else default_config_path(os.environ)
    try:
        stat = resolved.stat()
        key = (str(resolved.resolve()), stat.st_mtime_ns, stat.st_size)
    except OSError:
        return load_settings(path)
    settings = _PROCESS_SETTINGS.get(key)
    if settings is None:
        settings = _PROCESS_SETTINGS[key] = load_settings(path)
    return settings


def load_settings(path: Path | str | None = None,
                  env: Mapping[str, str] | None = None) -> Settings:
    """Build Settings from a TOML file (optional unless asked for) and the environment."""
    env = os.environ if env is None else env
    explicit = path is not None or bool(env.get("SCOWATCH_CONFIG"))
    cfg_path: Path | None = Path(path) if path is not None else default_config_path(env)
    data: dict[str, Any] = {}
    text = ""
    if cfg_path is not None and cfg_path.exists():
        text = _read_text(cfg_path)
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            line = _toml_error_line(exc)
            raise ConfigError(f"not valid TOML: {exc}", cfg_path.resolve(), line) from None
        cfg_path = cfg_path.resolve()
        base_dir = cfg_path.parent
    elif explicit:
        raise ConfigError("file not found (run `scowatch init` to create one)", cfg_path)
    else:
        cfg_path, base_dir = None, Path.cwd()
    return _build(data, text, cfg_path, base_dir, env)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not UTF-8 text ({exc.reason})", path) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", path) from None


def _toml_error_line(exc: tomllib.TOMLDecodeError) -> int | None:
    lineno = getattr(exc, "lineno", None)
    if lineno:
        return int(lineno)
    m = re.search(r"line (\d+)", str(exc))
    return int(m.group(1)) if m else None


class _Reader:
    """Typed access to one TOML table, with errors that point at the file, line and key."""

    def __init__(self, table: Mapping[str, Any], where: str, ctx: _Ctx, index: int = 0) -> None:
        self.table, self.where, self.ctx, self.index = table, where, ctx, index
        self.used: set[str] = set()

    def fail(self, key: str | None, message: str) -> ConfigError:
        setting = f"{self.where}.{key}" if key and self.where else (key or self.where)
        return ConfigError(message, self.ctx.path, self.ctx.line_of(self.where, key, self.index),
                           setting)

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = None,
            required: bool = False) -> Any:
        self.used.add(key)
        if key not in self.table:
            if required:
                raise self.fail(key, "is required")
            return default
        value = self.table[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            kinds = (kind,) if isinstance(kind, type) else kind
            names = " or ".join(k.__name__ for k in kinds)
            raise self.fail(key, f"must be {_article(names)}, got {type(value).__name__} {value!r}")
        return value

    def strings(self, key: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        value = self.get(key, (list, str), None)
        if value is None:
            return default
        if isinstance(value, str):
            value = [value]
        if not all(isinstance(v, str) for v in value):
            raise self.fail(key, "must be a list of strings")
        return tuple(value)

    def check_unknown(self) -> None:
        unknown = sorted(set(self.table) - self.used)
        if unknown:
            raise self.fail(unknown[0], f"unknown setting (known: {', '.join(sorted(self.used))})")


def _article(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


@dataclass
class _Ctx:
    path: Path | None
    lines: list[str]

    def line_of(self, where: str, key: str | None, index: int) -> int | None:
        """Best-effort line number of `key` inside the `index`-th `[where]` / `[[where]]` table."""
        start = 0
        if where:
            header = re.compile(r"^\s*\[\[?\s*" + re.escape(where) + r"\s*\]\]?\s*(#.*)?$")
            hits = [i for i, line in enumerate(self.lines) if header.match(line)]
            if index < len(hits):
                start = hits[index]
            elif hits:
                start = hits[-1]
        if key is None:
            return start + 1 if where else None
        key_re = re.compile(r"^\s*" + re.escape(key) + r"\s*=")
        for i in range(start, len(self.lines)):
            if i > start and where and self.lines[i].lstrip().startswith("["):
                break
            if not where and self.lines[i].lstrip().startswith("["):
                break
            if key_re.match(self.lines[i]):
                return i + 1
        return start + 1 if where else None


def _build(data: Mapping[str, Any], text: str, path: Path | None, base_dir: Path,
           env: Mapping[str, str]) -> Settings:
    ctx = _Ctx(path, text.splitlines())
    top = _Reader(data, "", ctx)
    for key in ("scowatch", "crawl", "sources", "subscribers"):
        top.used.add(key)
    top.check_unknown()
    main = _Reader(_table(data, "scowatch", ctx), "scowatch", ctx)
    file_db, file_outbox, file_smtp = (main.get(k, str) for k in ("database_url", "outbox",
                                                                   "smtp_url"))
    db_url = env.get("SCOWATCH_DATABASE_URL") or file_db
    outbox = env.get("SCOWATCH_OUTBOX") or file_outbox
    smtp_url = env.get("SCOWATCH_SMTP_URL") or file_smtp
    sender = main.get("sender", str, "scowatch <scowatch@localhost>")
    file_operator = main.get("operator_email", str)
    operator = (env.get("SCOWATCH_OPERATOR_EMAIL") or file_operator or "").strip() or None
    gaz = main.get("gazetteer_dir", str)
    meetings_files = main.strings("meetings_file")
    language = main.get("language", str, "en").strip().lower() or "en"
    for name in meetings_files:
        if not _resolve_path(name, base_dir).is_file():
            raise main.fail("meetings_file", f"{name!r} is not a file (a calendar of meetings, "
                                             "in the format of pipeline/data/meetings.toml)")
    main.check_unknown()
    if smtp_url and not _smtp_url_ok(smtp_url):
        hint = ("must look like smtp://host:port, smtps://user:pass@host:465 or "
                "smtp+starttls://user:pass@host:587, with special characters in the user name "
                "and password URL-encoded (/ as %2F, ? as %3F, # as %23, @ as %40)")
        if env.get("SCOWATCH_SMTP_URL"):
            raise ConfigError(hint, None, None, "SCOWATCH_SMTP_URL (environment)")
        raise main.fail("smtp_url", hint)
    if operator and not EMAIL_RE.match(operator):
        if env.get("SCOWATCH_OPERATOR_EMAIL"):
            raise ConfigError(f"{operator!r} is not an email address", None, None,
                              "SCOWATCH_OPERATOR_EMAIL (environment)")
        raise main.fail("operator_email", f"{operator!r} is not an email address")
    crawl = _crawl(_Reader(_table(data, "crawl", ctx), "crawl", ctx), env)
    sources, source_errors = _sources(_array(data, "sources", ctx), ctx)
    subscribers = tuple(_subscriber(_Reader(t, "subscribers", ctx, i))
                        for i, t in enumerate(_array(data, "subscribers", ctx)))
    _unique([s.email.lower() for s in subscribers], "subscribers", "email", ctx)
    var = base_dir / "var"
    return Settings(
        config_path=path,
        base_dir=base_dir,
        database_url=_resolve_db_url(db_url, base_dir) if db_url else f"sqlite:///{var}/scowatch.db",
        outbox=_resolve_path(outbox, base_dir) if outbox else var / "outbox",
        smtp_url=smtp_url or None,
        sender=sender,
        operator_email=operator,
        gazetteer_dir=_resolve_path(gaz, base_dir) if gaz else None,
        meetings_files=tuple(_resolve_path(f, base_dir) for f in meetings_files),
        language=language,
        crawl=crawl,
        sources=sources,
        subscribers=subscribers,
        source_errors=source_errors,
    )


def _sources(tables: list[Any], ctx: _Ctx) -> tuple[tuple[Source, ...], tuple[ConfigError, ...]]:
    """The well-formed sources and, for each malformed one, its error (file, line, setting). A
    config of many outlets is not stopped by a few bad entries; one whose every source is bad
    is (the first error is raised)."""
    sources: list[Source] = []
    errors: list[ConfigError] = []
    seen: set[str] = set()
    for i, table in enumerate(tables):
        reader = _Reader(table, "sources", ctx, i)
        try:
            source = _source(reader)
            if source.name in seen:
                raise ConfigError(f"duplicate name {source.name!r}", ctx.path,
                                  ctx.line_of("sources", "name", i), "sources.name")
        except ConfigError as exc:
            errors.append(exc)
            continue
        seen.add(source.name)
        sources.append(source)
    if errors and not sources:
        raise errors[0]
    return tuple(sources), tuple(errors)


def _table(data: Mapping[str, Any], key: str, ctx: _Ctx) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"must be a table [{key}]", ctx.path, ctx.line_of("", key, 0), key)
    return value


def _array(data: Mapping[str, Any], key: str, ctx: _Ctx) -> list[Mapping[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(f"must be an array of tables [[{key}]]", ctx.path,
                          ctx.line_of("", key, 0), key)
    return value


def _unique(values: list[str], where: str, key: str, ctx: _Ctx) -> None:
    seen: set[str] = set()
    for i, v in enumerate(values):
        if v in seen:
            raise ConfigError(f"duplicate {key} {v!r}", ctx.path, ctx.line_of(where, key, i),
                              f"{where}.{key}")
        seen.add(v)


def _crawl(r: _Reader, env: Mapping[str, str]) -> CrawlSettings:
    d = CrawlSettings()
    file_ua = r.get("user_agent", str, d.user_agent)
    ua = env.get("SCOWATCH_USER_AGENT") or file_ua
    out = CrawlSettings(
        user_agent=ua,
        obey_robots=r.get("obey_robots", bool, d.obey_robots),
        autothrottle=r.get("autothrottle", bool, d.autothrottle),
        concurrency_per_domain=r.get("concurrency_per_domain", int, d.concurrency_per_domain),
        download_delay=r.get("download_delay", float, d.download_delay),
        max_pages=r.get("max_pages", int, d.max_pages),
        timeout_seconds=r.get("timeout_seconds", int, d.timeout_seconds),
        download_timeout=r.get("download_timeout", float, d.download_timeout),
        retry_times=r.get("retry_times", int, d.retry_times),
        retry_backoff=r.get("retry_backoff", float, d.retry_backoff),
        close_after_items=r.get("close_after_items", int, d.close_after_items),
        stale_after_runs=r.get("stale_after_runs", int, d.stale_after_runs),
        refresh_days=r.get("refresh_days", float, d.refresh_days),
        recheck_hours=r.get("recheck_hours", float, d.recheck_hours),
        parallel=r.get("parallel", int, d.parallel),
        group_size=r.get("group_size", int, d.group_size),
    )
    r.check_unknown()
    for key in ("concurrency_per_domain", "timeout_seconds", "stale_after_runs", "parallel",
                "group_size"):
        if getattr(out, key) < 1:
            raise r.fail(key, "must be at least 1")
    if out.download_timeout <= 0:
        raise r.fail("download_timeout", "must be more than 0 seconds")
    for key in ("download_delay", "max_pages", "close_after_items", "refresh_days",
                "recheck_hours", "retry_times", "retry_backoff"):
        if getattr(out, key) < 0:
            raise r.fail(key, "must not be negative")
    return out


def _source(r: _Reader) -> Source:
    name = r.get("name", str, required=True)
    if not NAME_RE.match(name):
        raise r.fail("name", f"{name!r} must be lower-case letters, digits and _ (a spider name)")
    spider = r.get("spider", str, name)
    start_urls = r.strings("start_urls")
    if not start_urls:
        raise r.fail("start_urls", "needs at least one URL")
    for url in start_urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise r.fail("start_urls", f"{url!r} is not an http(s) URL")
    selectors = r.get("selectors", dict, {})
    if not all(isinstance(v, str) for v in selectors.values()):
        raise r.fail("selectors", "values must be CSS or XPath strings")
    max_pages = r.get("max_pages", int)
    download_timeout = r.get("download_timeout", float)
    if download_timeout is not None and download_timeout <= 0:
        raise r.fail("download_timeout", "must be more than 0 seconds")
    src = Source(
        name=name,
        spider=spider,
        start_urls=start_urls,
        allowed_domains=r.strings("allowed_domains"),
        enabled=r.get("enabled", bool, True),
        prefilter=r.get("prefilter", bool, False),
        max_pages=max_pages,
        selectors=dict(selectors),
        download_timeout=download_timeout,
    )
    r.check_unknown()
    return src


def check_spiders(settings: Settings, known: frozenset[str] | set[str],
                  names: tuple[str, ...] | None = None) -> None:
    """Raise a ConfigError, pointing at the `spider` (or `name`) line of the first source among
    `names` (default: all) whose spider is not one of `known`."""
    errors = spider_errors(settings, known, names)
    if errors:
        raise errors[0][1]


def spider_errors(settings: Settings, known: frozenset[str] | set[str],
                  names: tuple[str, ...] | None = None) -> list[tuple[str, ConfigError]]:
    """(source name, ConfigError pointing at its `spider` or `name` line) for each source among
    `names` (default: all) whose spider is not one of `known`."""
    errors: list[tuple[str, ConfigError]] = []
    bad = [s for s in settings.sources
           if s.spider not in known and (names is None or s.name in names)]
    if not bad:
        return errors
    path = settings.config_path
    text = path.read_text("utf-8") if path and path.is_file() else ""
    ctx = _Ctx(path, text.splitlines())
    tables = tomllib.loads(text).get("sources", []) if text else []
    for source in bad:
        # the source's table in the file (malformed ones before it are not in settings.sources)
        index = next((i for i, t in enumerate(tables)
                      if isinstance(t, dict) and t.get("name") == source.name), len(tables))
        written = index < len(tables) and "spider" in tables[index]
        key = "spider" if written or not text else "name"
        message = (f"no spider is named {source.spider!r} (known: {', '.join(sorted(known))}; "
                   "`scowatch new-spider` writes one)")
        if key == "name":
            message += "; without a `spider` setting a source uses the spider of its name"
        errors.append((source.name, ConfigError(message, path, ctx.line_of("sources", key, index),
                                                f"sources.{key}")))
    return errors


def _subscriber(r: _Reader) -> Subscriber:
    email = r.get("email", str, required=True).strip()
    if not EMAIL_RE.match(email):
        raise r.fail("email", f"{email!r} is not an email address")
    schedule = r.get("schedule", str, "daily")
    if schedule not in SCHEDULES:
        raise r.fail("schedule", f"{schedule!r} is not one of {', '.join(SCHEDULES)}")
    tz = r.get("timezone", str, "UTC")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise r.fail("timezone", f"{tz!r} is not a known time zone (e.g. Asia/Almaty)") from None
    max_age = r.get("max_age_days", int)
    if max_age is not None and max_age < 1:
        raise r.fail("max_age_days", "must be at least 1")
    sub = Subscriber(
        email=email,
        schedule=schedule,
        timezone=tz,
        name=r.get("name", str),
        states=tuple(s.upper() for s in r.strings("states")),
        topics=r.strings("topics"),
        languages=r.strings("languages"),
        documents_only=r.get("documents_only", bool, False),
        max_age_days=max_age,
        notify_empty=r.get("notify_empty", bool, False),
    )
    r.check_unknown()
    return sub


def _smtp_url_ok(url: str) -> bool:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError when the port is not a number
    except ValueError:
        return False
    # An "@" after the host means the password held an unencoded "/", "?" or "#": urlsplit cut
    # the URL there, and would take a piece of the password for the host or port.
    cut = "@" in parts.path + parts.query + parts.fragment
    return parts.scheme in ("smtp", "smtps", "smtp+starttls") and bool(parts.hostname) and not cut


def _resolve_path(value: str, base_dir: Path) -> Path:
    p = Path(value).expanduser()
    return p if p.is_absolute() else base_dir / p


def _resolve_db_url(url: str, base_dir: Path) -> str:
    """Make a relative SQLite path relative to the config file's folder, not the caller's cwd."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite:///:memory:":
        return prefix + str(base_dir / url[len(prefix):])
    return url


_QUERY_PASSWORD = re.compile(r"([?&](?:password|passwd|pwd)=)[^&#]*", re.IGNORECASE)


def redact_url(url: str | None) -> str:
    """A URL with its password replaced, safe for logs and error messages.

    Everything between the user name's ":" and the last "@" is hidden, not what urlsplit calls
    the password: a password pasted without URL encoding ("#", "/", "?" in it, which SQLAlchemy
    accepts) or a string that is not quite a URL (postgresql//user:pass@host) hides it too.
    """
    if not url:
        return ""
    url = _QUERY_PASSWORD.sub(r"\1***", url)
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    userinfo, at, host = rest.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    user = userinfo.split(":", 1)[0]
    return f"{scheme}{sep}{user}:***@{host}"
