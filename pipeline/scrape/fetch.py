"""The scraper's HTTP client and raw archive.

Every response is kept, content-addressed, under ``<data dir>/raw/`` (bodies
by sha256) with an index (``raw/index.db``: URL, status, headers, fetch time,
sha256), so a database can be rebuilt offline with ``councilpack rebuild``.

Politeness and safety, all enforced here:

- a clear User-Agent; ``robots.txt`` respected as RFC 9309 says (read with
  Protego): a robots.txt that is missing (404, 410, other 4xx) allows
  everything; one the server cannot give (5xx, 401, 403, a dropped connection)
  disallows everything for this run, since the site may be saying "not now";
  its ``Crawl-delay`` lengthens the delay between requests;
- one request at a time, with a delay between requests to the same host;
- ``429 Too Many Requests`` and ``503`` with ``Retry-After`` are waited for and
  retried (up to ``max_retry_after`` seconds; a longer wait is an error);
- conditional requests (``If-None-Match`` / ``If-Modified-Since``) from the
  validators of the last fetch of a URL, so an unchanged page costs a 304;
- retries with exponential backoff on 5xx answers, timeouts and dropped
  connections;
- a size cap per response, checked while streaming;
- an overall deadline per response that holds from the first byte sent to the
  last byte read, headers included: every socket read is given only the time
  left (:class:`DeadlineBackend`), so a server dripping bytes cannot hold it;
- only the site's own host: redirects or links to any other host are refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
import email.utils
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx
import sqlite_utils
from protego import Protego

from pipeline import EXTRACTOR_VERSION

USER_AGENT = f"councilpack/{EXTRACTOR_VERSION} (civic-data scraper of council meeting documents; polite, cached)"
MAX_REDIRECTS = 5
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB


class DeadlineBackend(httpcore.SyncBackend):
    """httpcore's socket backend, with one deadline over every read and write of a request.

    httpx's timeouts are per socket operation, so a server that sends one byte
    of its headers every few seconds never trips them. The fetcher sets
    :attr:`deadline` (a ``time.monotonic()`` value) before each request; every
    read, write and connect is then given at most the time left, and fails as
    a timeout once none is.
    """

    def __init__(self) -> None:
        self.deadline: float | None = None

    def left(self, timeout: float | None) -> float | None:
        if self.deadline is None:
            return timeout
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise httpcore.ReadTimeout("the response's overall deadline passed")
        return remaining if timeout is None else min(timeout, remaining)

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        stream = super().connect_tcp(host, port, self.left(timeout), local_address, socket_options)
        return _DeadlineStream(stream, self)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream, backend: DeadlineBackend) -> None:
        self._stream, self._backend = stream, backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._backend.left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._backend.left(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, self._backend.left(timeout)), self._backend)

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


class _DeadlineTransport(httpx.HTTPTransport):
    """httpx's transport on a connection pool that uses :class:`DeadlineBackend`."""

    def __init__(self, backend: DeadlineBackend) -> None:
        super().__init__()
        # httpx builds its pool without a way to pass a network backend; the pool is
        # rebuilt here with the same defaults (the scraper's tests hold a dripping server to the deadline)
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(), network_backend=backend)


class DeadlinePassed(httpx.ReadTimeout):
    """A response that was still arriving when its overall deadline passed (not one slow read)."""


def retry_after_seconds(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: a number of seconds or an HTTP date; None if absent or unreadable.

    >>> retry_after_seconds("120")
    120.0
    >>> retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", dt.datetime(2015, 10, 21, 7, 27, tzinfo=dt.timezone.utc))
    60.0
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())


# robots.txt answers that mean "everything disallowed" (RFC 9309 2.3.1.4: the server could not
# give it; 401/403 are a site that wants to be asked, not one without rules)
ROBOTS_DISALLOW_STATUSES = {401, 403}


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
    max_retry_after: float = 300.0  # the longest Retry-After the fetcher waits for; longer is an error
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
        self._backend = DeadlineBackend()
        self.client = httpx.Client(
            transport=_DeadlineTransport(self._backend),
            headers={"User-Agent": self.user_agent},
            event_hooks={"response": [self._note_location]},
            timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)),
            follow_redirects=False,
        )
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, Protego | bool] = {}  # site root -> its rules, or True / False for all allowed / all disallowed
        self._crawl_delay: dict[str, float] = {}  # host -> the Crawl-delay its robots.txt asks for

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
        if response.status_code == 304 and previous and not self.body_path(previous["sha256"]).exists():
            # the archive lost the body the validators promise (a pruned or copied data dir): ask again, unconditionally
            return self.get(url, conditional=False)
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
            except httpx.TimeoutException as exc:
                error = f"timed out: {exc}" if isinstance(exc, DeadlinePassed) else f"timed out after {self.timeout:g} s"
                continue
            except httpx.TransportError as exc:
                error = f"connection failed: {type(exc).__name__}: {exc}"
                continue
            except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:  # a malformed URL or answer: not worth a retry
                where = f"redirect to {self._last_location!r} " if self._last_location else ""
                return None, None, f"{where}refused: {type(exc).__name__}: {exc}"
            wait = retry_after_seconds(response.headers.get("retry-after")) if response.status_code in (429, 503) else None
            if wait is not None:
                if wait > self.max_retry_after:
                    return response, None, f"HTTP {response.status_code}: asked to retry after {wait:g} s (more than {self.max_retry_after:g} s)"
                error = f"HTTP {response.status_code} (Retry-After {wait:g} s)"
                if attempt < self.retries:
                    self._hold(url, wait)
                continue
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
        self._backend.deadline = deadline
        try:
            return self._stream_within(url, headers, cap, limit, deadline)
        except httpx.TimeoutException as exc:
            if time.monotonic() >= deadline:
                raise DeadlinePassed(f"the response took longer than {limit:g} s in all") from exc
            raise
        finally:
            self._backend.deadline = None

    def _stream_within(self, url: str, headers: dict, cap: int, limit: float, deadline: float) -> tuple[httpx.Response, bytes]:
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
                    raise DeadlinePassed(f"the response took longer than {limit:g} s in all")
                chunks.append(chunk)
            self.stats.bytes += size
            return response, b"".join(chunks)

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).hostname or ""
        last = self._last_request.get(host)
        if last is not None:
            wait = max(self.delay, self._crawl_delay.get(host, 0.0)) - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)
        self._last_request[host] = time.monotonic()

    def _hold(self, url: str, seconds: float) -> None:
        """Wait ``seconds`` before the next request to ``url``'s host (a Retry-After)."""
        host = urlsplit(url).hostname or ""
        self._last_request[host] = time.monotonic() + seconds - max(self.delay, self._crawl_delay.get(host, 0.0))

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._read_robots(root)
            rules = self._robots[root]
            if isinstance(rules, Protego):
                delay = rules.crawl_delay(self.user_agent)
                if delay:
                    self._crawl_delay[parts.hostname or ""] = float(delay)
        rules = self._robots[root]
        return rules if isinstance(rules, bool) else rules.can_fetch(url, self.user_agent)

    def _read_robots(self, root: str) -> Protego | bool:
        """The site's robots.txt rules, or True (all allowed) / False (all disallowed) as RFC 9309 says."""
        target = f"{root}/robots.txt"
        for _ in range(MAX_REDIRECTS + 1):
            try:
                self._wait_turn(target)
                self.stats.requests += 1
                response, body = self._stream(target, {}, max_bytes=ROBOTS_MAX_BYTES)
            except _TooLarge:
                return True  # an absurd robots.txt is ignored, not read whole
            except httpx.InvalidURL:
                return True
            except (httpx.HTTPError, ValueError):
                return False  # unreachable: assume complete disallow (RFC 9309 2.3.1.4)
            if response.has_redirect_location:
                location = urljoin(target, response.headers.get("location", ""))
                if urlsplit(location).hostname not in self.allowed_hosts:
                    return True  # robots.txt elsewhere is not this site's: treated as unavailable
                target = location
                continue
            status = response.status_code
            if status == 200:
                # utf-8-sig: a byte-order mark must not turn the first line into an unknown directive
                return Protego.parse(body.decode("utf-8-sig", errors="replace"))
            if status >= 500 or status in ROBOTS_DISALLOW_STATUSES or status == 429:
                return False
            return True  # 404, 410 and other 4xx: no rules
        return True


class _TooLarge(Exception):
    pass
