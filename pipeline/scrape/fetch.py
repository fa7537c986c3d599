"""The scraper's HTTP client and raw archive.

Every response is kept, content-addressed, under ``<data dir>/raw/`` (bodies
by sha256) with an index (``raw/index.db``: URL, status, headers, fetch time,
sha256), so a database can be rebuilt offline with ``councilpack rebuild``.

Politeness and safety, all enforced here:

- a clear User-Agent; ``robots.txt`` respected;
- one request at a time, with a delay between requests to the same host;
- conditional requests (``If-None-Match`` / ``If-Modified-Since``) from the
  validators of the last fetch of a URL, so an unchanged page costs a 304;
- retries with exponential backoff on 5xx answers, timeouts and dropped
  connections;
- a size cap per response, checked while streaming;
- only the site's own host: redirects or links to any other host are refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
import urllib.robotparser
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
import sqlite_utils

from pipeline import EXTRACTOR_VERSION

USER_AGENT = f"councilpack/{EXTRACTOR_VERSION} (civic-data scraper of council meeting documents; polite, cached)"
MAX_REDIRECTS = 5


@dataclass
class FetchResult:
    url: str
    status: int | None = None  # HTTP status of the final answer (304 for not modified)
    body: bytes | None = None  # the body, from the network or (on 304) from the archive
    sha256: str | None = None
    content_type: str | None = None
    changed: bool = False  # a body this URL has not had before
    error: str | None = None
    attempts: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None and self.body is not None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class FetchStats:
    requests: int = 0
    not_modified: int = 0
    errors: int = 0
    retries: int = 0
    bytes: int = 0


@dataclass
class Fetcher:
    """Fetches URLs of one site's host into the archive under ``data_dir``."""

    data_dir: Path
    allowed_hosts: set[str]
    user_agent: str = USER_AGENT
    delay: float = 1.0
    timeout: float = 30.0
    max_bytes: int = 50 * 1024 * 1024
    retries: int = 3
    backoff: float = 2.0
    respect_robots: bool = True
    allowed_ports: set[int] | None = None  # None: the default port of the URL's scheme only
    max_seconds: float | None = None  # overall deadline of one response (default: 2.5 x timeout)
    context: dict = field(default_factory=dict)  # recorded with every fetch (council, source), for rebuilds
    stats: FetchStats = field(default_factory=FetchStats)

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir)
        self.raw = self.data_dir / "raw"
        self.raw.mkdir(parents=True, exist_ok=True)
        self.index = sqlite_utils.Database(self.raw / "index.db")
        self.index["fetches"].create(
            {"id": int, "url": str, "fetched_at": str, "status": int, "sha256": str, "etag": str, "last_modified": str,
             "content_type": str, "headers": str, "error": str, "context": str},
            pk="id", if_not_exists=True,
        )  # fmt: skip
        self.index["fetches"].create_index(["url", "id"], if_not_exists=True)
        self._last_location: str | None = None
        self.client = httpx.Client(
            headers={"User-Agent": self.user_agent},
            event_hooks={"response": [self._note_location]},
            timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)),
            follow_redirects=False,
        )
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def _note_location(self, response: httpx.Response) -> None:
        # seen before httpx builds the redirect request, which fails on a Location without a host
        self._last_location = response.headers.get("location")

    def close(self) -> None:
        self.client.close()
        self.index.close()

    # -- the archive -------------------------------------------------------

    def body_path(self, sha256: str) -> Path:
        return self.raw / sha256[:2] / sha256

    def archived(self, sha256: str) -> bytes | None:
        path = self.body_path(sha256)
        return path.read_bytes() if path.exists() else None

    def last_fetch(self, url: str) -> dict | None:
        return next(self.index.query("select * from fetches where url = ? and sha256 is not null order by id desc limit 1", [url]), None)

    def _archive(self, url: str, response: httpx.Response | None, body: bytes | None, error: str | None) -> str | None:
        sha = hashlib.sha256(body).hexdigest() if body is not None else None
        if body is not None:
            path = self.body_path(sha)
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".part")
                tmp.write_bytes(body)
                tmp.replace(path)
        headers = dict(response.headers) if response is not None else {}
        self.index["fetches"].insert(
            {
                "url": url,
                "fetched_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "status": response.status_code if response is not None else None,
                "sha256": sha,
                "etag": headers.get("etag"),
                "last_modified": headers.get("last-modified"),
                "content_type": headers.get("content-type"),
                "headers": json.dumps(headers),
                "error": error,
                "context": json.dumps(self.context),
            }
        )
        return sha

    # -- fetching -----------------------------------------------------------

    def allowed(self, url: str) -> str | None:
        """None if ``url`` may be fetched, else the reason it may not."""
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            return f"refused: not a valid URL: {url!r}"
        if parts.scheme not in ("http", "https"):
            return f"refused: {parts.scheme or 'no'} scheme in {url!r}"
        if not parts.hostname:
            return f"refused: no host in {url!r}"
        if parts.hostname.lower() not in self.allowed_hosts:
            return f"refused: {parts.hostname} is not the site's host ({', '.join(sorted(self.allowed_hosts))})"
        if self.allowed_ports is not None and port not in self.allowed_ports:
            return f"refused: port {port} is not the site's port ({', '.join(map(str, sorted(self.allowed_ports)))})"
        if self.respect_robots and not self._robots_allow(url):
            return "refused: disallowed by the site's robots.txt"
        return None

    def get(self, url: str, conditional: bool = True) -> FetchResult:
        """GET ``url`` (conditionally), following same-host redirects, into the archive."""
        refused = self.allowed(url)
        if refused:
            self.stats.errors += 1
            return FetchResult(url=url, error=refused)
        previous = self.last_fetch(url) if conditional else None
        headers = {}
        if previous:
            if previous["etag"]:
                headers["If-None-Match"] = previous["etag"]
            if previous["last_modified"]:
                headers["If-Modified-Since"] = previous["last_modified"]
        result = FetchResult(url=url)
        target = url
        for _ in range(MAX_REDIRECTS + 1):
            response, body, error = self._request_with_retries(target, headers, result)
            if error is not None:
                self.stats.errors += 1
                self._archive(url, response, None, error)
                result.error = error
                return result
            if response.has_redirect_location:
                location = urljoin(target, response.headers.get("location", ""))
                refused = self.allowed(location)
                if refused:
                    self.stats.errors += 1
                    result.error = f"redirect to {location} {refused}"
                    self._archive(url, response, None, result.error)
                    return result
                target = location
                continue
            break
        else:
            self.stats.errors += 1
            result.error = f"more than {MAX_REDIRECTS} redirects"
            return result
        result.status = response.status_code
        result.content_type = response.headers.get("content-type")
        if response.status_code == 304 and previous:
            self.stats.not_modified += 1
            result.body = self.archived(previous["sha256"])
            result.sha256 = previous["sha256"]
            self._archive(url, response, None, None)
            self.index.execute("update fetches set sha256 = ?, etag = coalesce(etag, ?), last_modified = coalesce(last_modified, ?) where id = (select max(id) from fetches where url = ?)",
                               [previous["sha256"], previous["etag"], previous["last_modified"], url])  # fmt: skip
            return result
        if response.status_code >= 400:
            self.stats.errors += 1
            result.error = f"HTTP {response.status_code}"
            self._archive(url, response, None, result.error)
            return result
        result.body = body
        result.sha256 = self._archive(url, response, body, None)
        result.changed = previous is None or previous["sha256"] != result.sha256
        return result

    def _request_with_retries(self, url: str, headers: dict, result: FetchResult):
        error = None
        response = None
        for attempt in range(self.retries + 1):
            if attempt:
                self.stats.retries += 1
                time.sleep(self.backoff * 2 ** (attempt - 1))
            self._wait_turn(url)
            self._last_location = None
            result.attempts += 1
            self.stats.requests += 1
            try:
                response, body = self._stream(url, headers)
            except _TooLarge as exc:
                return None, None, str(exc)
            except httpx.TimeoutException:
                error = f"timed out after {self.timeout:g} s"
                continue
            except httpx.TransportError as exc:
                error = f"connection failed: {type(exc).__name__}: {exc}"
                continue
            except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:  # a malformed URL or answer: not worth a retry
                where = f"redirect to {self._last_location!r} " if self._last_location else ""
                return None, None, f"{where}refused: {type(exc).__name__}: {exc}"
            if response.status_code >= 500:
                error = f"HTTP {response.status_code}"
                continue
            return response, body, None
        return response, None, f"{error} (after {self.retries + 1} attempts)"

    def _stream(self, url: str, headers: dict, max_bytes: int | None = None) -> tuple[httpx.Response, bytes]:
        """GET ``url``, streaming, within the size cap and an overall deadline (httpx's timeout is per read)."""
        cap = self.max_bytes if max_bytes is None else max_bytes
        limit = self.max_seconds or 2.5 * self.timeout
        deadline = time.monotonic() + limit
        with self.client.stream("GET", url, headers=headers) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > cap:
                raise _TooLarge(f"response over the size cap: {declared} bytes > {cap}")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise _TooLarge(f"response over the size cap: more than {cap} bytes")
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout(f"response took longer than {limit:g} s in all")
                chunks.append(chunk)
            self.stats.bytes += size
            return response, b"".join(chunks)

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).hostname or ""
        last = self._last_request.get(host)
        if last is not None:
            wait = self.delay - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)
        self._last_request[host] = time.monotonic()

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser = urllib.robotparser.RobotFileParser()
            try:
                self._wait_turn(url)
                response, body = self._stream(f"{root}/robots.txt", {}, max_bytes=512 * 1024)
                self.stats.requests += 1
                if response.status_code == 200:
                    parser.parse(body.decode("utf-8", errors="replace").splitlines())
                else:
                    parser = None  # no robots.txt: everything allowed
            except _TooLarge:
                parser = None  # an absurd robots.txt is ignored, not read whole
            except (httpx.HTTPError, ValueError):
                parser = None
            self._robots[root] = parser
        parser = self._robots[root]
        return parser is None or parser.can_fetch(self.user_agent, url)


class _TooLarge(Exception):
    pass
