"""The scraper is polite the way RFC 9309 and RFC 9110 ask, and no server can hold it past its deadline.

Real local HTTP servers (the misbehaving handler of ``test_scraper_safety``)
and the real :class:`Fetcher` throughout. Each test here failed on 0a3dcfb:
robots.txt answering 5xx or 401 was taken as "allow all", ``Crawl-delay`` was
ignored, a byte-order mark made every rule ignored, a 429 with
``Retry-After`` was an error at once, and a server dripping its header bytes
held one fetch for as long as it liked.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

from pipeline.scrape.fetch import Fetcher, retry_after_seconds
from tests.test_scraper_safety import PDF, Server, Site


@pytest.fixture
def site():
    with Server(Site()) as server:
        server.site.add("/minutes.pdf", PDF, "application/pdf")
        server.site.add("/private/report.pdf", PDF, "application/pdf")
        yield server


def fetcher(tmp_path, **options) -> Fetcher:
    return Fetcher(data_dir=tmp_path / "data", allowed_hosts={"127.0.0.1"}, **{"delay": 0, "backoff": 0, "timeout": 5, "retries": 1, **options})


def answer(status: int, body: bytes = b"", headers: dict | None = None):
    def handle(h) -> None:
        h.send_response(status)
        for k, v in {"Content-Type": "text/plain", "Content-Length": str(len(body)), **(headers or {})}.items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)

    return handle


def fetched(server: Server, path: str) -> int:
    return sum(1 for p in server.site.raw_paths if p == path)


@pytest.mark.parametrize(
    ("robots", "allowed"),
    [
        (answer(503), False),  # RFC 9309 2.3.1.4: unreachable means complete disallow
        (answer(500), False),
        (answer(401), False),
        (answer(403), False),
        (answer(429), False),
        (answer(404), True),  # unavailable: no rules
        (answer(410), True),
        (answer(200, b"User-agent: *\nDisallow: /private/\n"), True),
    ],
    ids=["503", "500", "401", "403", "429", "404", "410", "200"],
)
def test_robots_txt_status_decides_what_may_be_fetched(tmp_path, site, robots, allowed):
    site.site.special["/robots.txt"] = robots
    f = fetcher(tmp_path)
    try:
        result = f.get(site.url + "/minutes.pdf")
    finally:
        f.close()
    if allowed:
        assert result.ok and result.body == PDF
    else:
        assert result.error == "refused: disallowed by the site's robots.txt"
        assert fetched(site, "/minutes.pdf") == 0


def test_a_byte_order_mark_does_not_hide_robots_rules(tmp_path, site):
    site.site.special["/robots.txt"] = answer(200, "\ufeffUser-agent: *\nDisallow: /private/\n".encode("utf-8"))
    f = fetcher(tmp_path)
    try:
        refused = f.get(site.url + "/private/report.pdf")
        allowed = f.get(site.url + "/minutes.pdf")
    finally:
        f.close()
    assert refused.error == "refused: disallowed by the site's robots.txt"
    assert allowed.ok
    assert fetched(site, "/private/report.pdf") == 0


def test_crawl_delay_spaces_requests(tmp_path, site):
    site.site.special["/robots.txt"] = answer(200, b"User-agent: *\nCrawl-delay: 1.5\nDisallow: /private/\n")
    f = fetcher(tmp_path)
    stamps = []
    try:
        for _ in range(3):
            assert f.get(site.url + "/minutes.pdf", conditional=False).ok
            stamps.append(time.monotonic())
    finally:
        f.close()
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    assert all(gap >= 1.4 for gap in gaps), gaps


def test_429_with_retry_after_is_waited_for_and_retried(tmp_path, site):
    answers = iter([answer(429, b"slow down", {"Retry-After": "2"}), answer(200, PDF, {"Content-Type": "application/pdf"})])
    site.site.special["/busy.pdf"] = lambda h: next(answers)(h)
    f = fetcher(tmp_path)
    started = time.monotonic()
    try:
        result = f.get(site.url + "/busy.pdf")
    finally:
        f.close()
    assert result.ok and result.body == PDF and result.attempts == 2
    assert time.monotonic() - started >= 1.9


def test_a_retry_after_longer_than_the_limit_is_an_error_without_waiting(tmp_path, site):
    site.site.special["/busy.pdf"] = answer(503, b"maintenance", {"Retry-After": "3600"})
    f = fetcher(tmp_path, max_retry_after=60)
    started = time.monotonic()
    try:
        result = f.get(site.url + "/busy.pdf")
    finally:
        f.close()
    assert result.error == "HTTP 503: asked to retry after 3600 s (more than 60 s)"
    assert time.monotonic() - started < 3 and fetched(site, "/busy.pdf") == 1


def test_a_server_dripping_header_bytes_cannot_hold_the_scraper(tmp_path, site):
    def drip_headers(h) -> None:
        try:
            h.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for n in range(60):  # 30 s of headers, one every half second
                h.wfile.write(b"X-Drip-%d: x\r\n" % n)
                h.wfile.flush()
                time.sleep(0.5)
        except (BrokenPipeError, ConnectionResetError):
            pass

    site.site.special["/drip.pdf"] = drip_headers
    f = fetcher(tmp_path, timeout=2, retries=0)  # overall deadline 2.5 x 2 = 5 s
    started = time.monotonic()
    try:
        result = f.get(site.url + "/drip.pdf")
    finally:
        f.close()
    took = time.monotonic() - started
    assert result.error == "timed out: the response took longer than 5 s in all (after 1 attempts)", result.error
    assert took < 7, f"one fetch took {took:.1f} s against a 5 s deadline"


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        (" 0 ", 0.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 60.0),
        ("Wed, 21 Oct 2015 07:26:00 GMT", 0.0),  # a date in the past: no wait
        ("soon", None),
        ("", None),
        (None, None),
        ("-5", None),
    ],
)
def test_retry_after_values(header, seconds):
    now = dt.datetime(2015, 10, 21, 7, 27, tzinfo=dt.timezone.utc)
    assert retry_after_seconds(header, now) == seconds
