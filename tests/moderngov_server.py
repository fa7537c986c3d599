"""A real HTTP server on 127.0.0.1 that behaves like a ModernGov site.

It serves saved responses (corpus files and generated samples) at their
ModernGov paths, with ETag / Last-Modified and 304s, and can be told to
misbehave per path: answer 500 a number of times, hang, redirect elsewhere,
send more than a size cap, or send new bytes on every request. Tests drive the real scraper against it.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import parse_qs, urlsplit


@dataclass
class Resource:
    body: bytes
    content_type: str
    modified: float = 1_700_000_000.0

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


@dataclass
class Site:
    """Routes are ``path?query`` keys with the query normalised (see :func:`route_key`)."""

    resources: dict[str, Resource] = field(default_factory=dict)
    fail_times: dict[str, int] = field(default_factory=dict)  # route -> how many 500s before answering
    hang_seconds: dict[str, float] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    oversize: dict[str, int] = field(default_factory=dict)  # route -> bytes to stream
    generated: dict[str, Callable[[], bytes]] = field(default_factory=dict)  # route -> a new body for every request (a page with a timestamp)
    robots: str = "User-agent: *\nDisallow: /private/\n"
    requests: list[tuple[str, str, int]] = field(default_factory=list)  # (route, conditional header, status)

    def add(self, route: str, body: bytes, content_type: str) -> None:
        self.resources[route_key(route)] = Resource(body, content_type)

    def replace(self, route: str, body: bytes) -> None:
        old = self.resources[route_key(route)]
        self.resources[route_key(route)] = Resource(body, old.content_type, old.modified + 86400)

    def remove(self, route: str) -> None:
        self.resources.pop(route_key(route), None)


def route_key(url: str) -> str:
    """``/path?b=2&a=1`` -> ``/path?a=1&b=2`` (case-insensitive names, as IIS treats them)."""
    parts = urlsplit(url)
    query = parse_qs(parts.query, keep_blank_values=True)
    items = sorted((k.lower(), v[0]) for k, v in query.items())
    return parts.path + ("?" + "&".join(f"{k}={v}" for k, v in items) if items else "")


def _lookup(table: dict, route: str):
    """The entry of ``table`` (keyed by unnormalised routes) for ``route``."""
    return next((value for key, value in table.items() if route_key(key) == route), None)


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        site = self.server.site
        route = route_key(self.path)
        conditional = self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since") or ""
        if route == "/robots.txt":
            return self._send(200, site.robots.encode(), "text/plain", route, conditional)
        hang = _lookup(site.hang_seconds, route)
        if hang:
            time.sleep(hang)
        failing = next((k for k in site.fail_times if route_key(k) == route and site.fail_times[k] > 0), None)
        if failing is not None:
            site.fail_times[failing] -= 1
            return self._send(500, b"Server Error", "text/plain", route, conditional)
        redirect = _lookup(site.redirects, route)
        if redirect:
            self.send_response(302)
            self.send_header("Location", redirect)
            self.end_headers()
            site.requests.append((route, conditional, 302))
            return None
        oversize = _lookup(site.oversize, route)
        if oversize:
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.end_headers()
            chunk = b"%PDF-1.7 " + b"0" * 65536
            sent = 0
            try:
                while sent < oversize:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            site.requests.append((route, conditional, 200))
            return None
        resource = site.resources.get(route)
        generate = _lookup(site.generated, route)
        if generate is not None and resource is not None:  # new bytes (and so a new ETag) on every request
            resource = Resource(generate(), resource.content_type, time.time())
        if resource is None:
            return self._send(404, b"Not Found", "text/plain", route, conditional)
        last_modified = formatdate(resource.modified, usegmt=True)
        if self.headers.get("If-None-Match") == resource.etag or (
            not self.headers.get("If-None-Match") and self.headers.get("If-Modified-Since") == last_modified
        ):
            self.send_response(304)
            self.send_header("ETag", resource.etag)
            self.end_headers()
            site.requests.append((route, conditional, 304))
            return None
        return self._send(200, resource.body, resource.content_type, route, conditional, {"ETag": resource.etag, "Last-Modified": last_modified})

    def _send(self, status: int, body: bytes, content_type: str, route: str, conditional: str, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.server.site.requests.append((route, conditional, status))


class ModernGovServer:
    """Start with ``with ModernGovServer(site) as server: server.url``."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.site = site
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "ModernGovServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
