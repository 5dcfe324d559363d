"""Serve a bundled fixture site on loopback for tests and the offline demo.

Maps `/path/` to `path/index.html` (or `index.xml` for feeds) and rewrites the outlet's origin to
the server's own in every text response, so that absolute links in feeds and canonical tags stay on
the mirror.
"""

from __future__ import annotations

import argparse
import mimetypes
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote, urlsplit

DEMO_SITES = Path(__file__).parent / "demo_site"

# What a test may put in ServedSite.overrides: status, extra headers, body.
Override = tuple[int, dict[str, str], bytes | str]

_TEXT_TYPES = (
    "text/",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "application/json",
    "application/ld+json",
    "application/javascript",
)


def demo_site_path(name: str) -> Path:
    """Folder of one bundled fixture site, e.g. `demo_site_path("astanatimes")`."""
    return DEMO_SITES / name


def content_type_for(path: Path, body: bytes) -> str:
    """Content-Type to serve a fixture file with; feeds get their specific XML type."""
    if path.suffix == ".xml":
        head = body[:2000]
        if b"<rss" in head:
            return "application/rss+xml; charset=utf-8"
        if b"<feed" in head:
            return "application/atom+xml; charset=utf-8"
        return "application/xml; charset=utf-8"
    guessed = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"{guessed}; charset=utf-8" if guessed.startswith("text/") else guessed


def is_text_type(content_type: str) -> bool:
    """Whether a response of this type gets its origin rewritten."""
    return content_type.startswith(_TEXT_TYPES)


def rewrite_origin(body: bytes, origin: str, replacement: str) -> bytes:
    """Replace an origin by another in a body, also in its JSON-escaped form (`https:\\/\\/`)."""
    body = body.replace(origin.encode(), replacement.encode())
    escaped = origin.replace("/", "\\/").encode()
    return body.replace(escaped, replacement.replace("/", "\\/").encode())


def resolve_file(root: Path, url_path: str) -> Path | None:
    """The file under `root` that a URL path maps to, or None (also for paths escaping `root`)."""
    relative = unquote(url_path).lstrip("/")
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        return None
    if candidate.is_file() and not url_path.endswith("/"):
        return candidate
    if candidate.is_dir():
        for index in ("index.html", "index.xml"):
            if (candidate / index).is_file():
                return candidate / index
    return None


class ServedSite:
    """A fixture site served on 127.0.0.1 from a background thread; use as a context manager."""

    def __init__(self, folder: Path, origin: str, host: str = "127.0.0.1", port: int = 0) -> None:
        self.folder = Path(folder).resolve()
        self.origin = origin.rstrip("/")
        self.overrides: dict[str, Override] = {}
        self.hits: Counter[str] = Counter()
        self._address = (host, port)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def server_origin(self) -> str:
        """`http://127.0.0.1:PORT`, without a trailing slash."""
        if self._server is None:
            raise RuntimeError("the fixture server is not running")
        return f"http://{self._address[0]}:{self._server.server_port}"

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT/`, the mirror's home."""
        return self.server_origin + "/"

    def url(self, path: str) -> str:
        """Absolute mirror URL of a root-relative path."""
        return self.server_origin + "/" + path.lstrip("/")

    def start(self) -> ServedSite:
        """Bind a free port and serve until stop()."""
        if self._server is not None:
            return self
        self._server = ThreadingHTTPServer(self._address, _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fixture-server-{self.folder.name}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the port."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> ServedSite:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def respond(self, raw_path: str) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for one GET of `raw_path` (path and optional query)."""
        path = urlsplit(raw_path).path or "/"
        self.hits[path] += 1
        if path in self.overrides:
            status, headers, body = self.overrides[path]
            data = body.encode() if isinstance(body, str) else body
            return status, {"Content-Type": "text/html; charset=utf-8", **headers}, data
        file = resolve_file(self.folder, path)
        if file is None:
            return 404, {"Content-Type": "text/html; charset=utf-8"}, b"<h1>Not found</h1>"
        data = file.read_bytes()
        content_type = content_type_for(file, data)
        if is_text_type(content_type):
            data = rewrite_origin(data, self.origin, self.server_origin)
        return 200, {"Content-Type": content_type}, data


    def reply(self, handler: BaseHTTPRequestHandler, with_body: bool) -> None:
        """Answer one request on `handler`; subclasses override it to misbehave (tests)."""
        status, headers, body = self.respond(handler.path)
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if with_body:
            handler.wfile.write(body)


def serve_site(folder: Path, origin: str) -> ServedSite:
    """A server for `folder` posing as `origin`; `with serve_site(...) as site:` runs it."""
    return ServedSite(folder, origin)


def _handler_for(site: ServedSite) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to one served site."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "scowatch-fixture/0.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._reply(with_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._reply(with_body=False)

        def _reply(self, with_body: bool) -> None:
            site.reply(self, with_body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            # Quiet: tests and the demo read hits from ServedSite.hits, not from stderr.
            return

    return Handler


def main(argv: list[str] | None = None) -> None:
    """Serve a fixture site in the foreground: `python -m pipeline.fixture_server FOLDER ORIGIN`."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument(
        "origin", help="the outlet's origin to rewrite, e.g. https://astanatimes.com"
    )
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    site = ServedSite(args.folder, args.origin, port=args.port).start()
    print(f"serving {site.folder} as {site.origin} on {site.base_url} (Ctrl-C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        site.stop()


if __name__ == "__main__":
    main()
