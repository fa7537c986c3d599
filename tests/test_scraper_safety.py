"""The scraper does not become a weapon: only the site's host, capped responses, nothing written outside its data directory.

Everything runs against real local HTTP servers (``tests/moderngov_server.py``):
the *site* on 127.0.0.1 and an *other host* on 127.0.0.2 (another loopback
address, standing for any host that is not the site: an internal service, a
cloud metadata endpoint, a private address). A request that reaches the other
host is a failure whatever the scraper does with the answer. The real
:class:`Fetcher` and the real ``councilpack scrape`` are used throughout.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import os
import re
import sqlite3
import subprocess
import threading
import time
import uuid
from http.server import ThreadingHTTPServer
from pathlib import Path

import psutil
import pytest

from pipeline.scrape import moderngov
from pipeline.scrape.fetch import Fetcher
from tests.conftest import SAMPLES
from tests.moderngov_server import ModernGovServer, Site, _Handler
from tests.processes import COUNCILPACK

PDF = (SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf").read_bytes()
CAP = 1024 * 1024


class Handler(_Handler):
    """The ModernGov handler, plus routes that misbehave in ways the stock server cannot."""

    def do_GET(self) -> None:  # noqa: N802
        site = self.server.site
        site.raw_paths.append(self.path)
        special = next((fn for prefix, fn in site.special.items() if self.path.startswith(prefix)), None)
        if special:
            return special(self)
        return super().do_GET()

    def stream(self, chunks, headers: dict[str, str], route: str) -> None:
        self.send_response(200)
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        sent = 0
        try:
            for chunk in chunks:
                self.wfile.write(chunk)
                self.wfile.flush()
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.server.site.sent[route] = sent


class Server(ModernGovServer):
    def __init__(self, site: Site, host: str = "127.0.0.1") -> None:
        site.raw_paths, site.sent = [], {}
        site.special = getattr(site, "special", {})
        self.site = site
        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.site = site
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)


@pytest.fixture
def other():
    """The other host: anything that reaches it is a failure."""
    with Server(Site(), "127.0.0.2") as server:
        server.site.add("/secret", b"internal data", "text/plain")
        yield server


@pytest.fixture
def site():
    with Server(Site()) as server:
        yield server


def fetcher(tmp_path: Path, **options) -> Fetcher:
    return Fetcher(data_dir=tmp_path / "data", allowed_hosts={"127.0.0.1"}, **{"delay": 0, "backoff": 0, "timeout": 5, "retries": 0, **options})


def other_host_urls(site_url: str, other_url: str) -> list[str]:
    port = site_url.rsplit(":", 1)[1]
    other_port = other_url.rsplit(":", 1)[1]
    return [
        f"{other_url}/secret",
        f"//127.0.0.2:{other_port}/secret",  # scheme-relative
        f"http://localhost:{port}/secret",  # the same server under another name
        f"http://[::1]:{port}/secret",
        f"http://127.1:{port}/secret",
        f"http://2130706433:{port}/secret",  # 127.0.0.1 as one number
        f"http://0x7f.0.0.1:{port}/secret",
        f"http://127.0.0.1.:{port}/secret",
        f"http://[::ffff:127.0.0.2]:{other_port}/secret",
        f"http://127.0.0.1:{port}\\@127.0.0.2:{other_port}/secret",  # parser differentials: both parsers must agree
        f"http://127.0.0.1:{port} @127.0.0.2:{other_port}/secret",
        f"http://127.0.0.1:{port}@127.0.0.2:{other_port}/secret",
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://10.0.0.1/admin",
        "http://192.168.1.1/",
        "http://[fd00::1]/",
        "file:///etc/passwd",
        "ftp://127.0.0.1/etc/passwd",
        "gopher://127.0.0.1:6379/_FLUSHALL",
        "javascript:alert(1)",
        "data:text/plain,hello",
    ]


def test_links_to_other_hosts_and_schemes_are_refused_without_a_request(tmp_path, site, other):
    f = fetcher(tmp_path)
    try:
        for url in other_host_urls(site.url, other.url):
            from urllib.parse import urljoin

            target = urljoin(site.url + "/ieListDocuments.aspx", url)
            started = time.monotonic()
            result = f.get(target)
            assert result.error and result.error.startswith("refused: "), (url, result.error, result.status)
            assert result.body is None and time.monotonic() - started < 2, url
    finally:
        f.close()
    assert other.site.raw_paths == []
    assert [p for p in site.site.raw_paths if p != "/robots.txt"] == []


def test_redirects_to_other_hosts_are_refused(tmp_path, site, other):
    # Locations without a host (javascript:, data:) are test_a_redirect_to_a_url_without_a_host_does_not_crash_the_run
    for n, url in enumerate(u for u in other_host_urls(site.url, other.url) if "//" in u):
        site.site.redirects[f"/r{n}"] = url
    site.site.redirects["/hop"] = f"{site.url}/r0"  # a same-host hop first, then away
    f = fetcher(tmp_path)
    try:
        for route in [*(f"/r{n}" for n in range(len(site.site.redirects) - 1)), "/hop"]:
            result = f.get(site.url + route)
            assert result.error and "refused" in result.error and result.body is None, (route, result.error)
    finally:
        f.close()
    assert other.site.raw_paths == []
    assert not any("secret" in p for p in site.site.raw_paths)


def test_other_ports_of_the_sites_host_are_refused(tmp_path, site):
    with Server(Site()) as second:  # another service on the same host
        second.site.add("/admin", b"internal admin page", "text/plain")
        site.site.redirects["/moved"] = f"{second.url}/admin"
        f = fetcher(tmp_path, allowed_ports={int(site.url.rsplit(":", 1)[1])})  # as `councilpack scrape` sets it: the site's port
        try:
            direct, redirected = f.get(f"{second.url}/admin"), f.get(f"{site.url}/moved")
        finally:
            f.close()
        assert second.site.raw_paths == [], second.site.raw_paths
        assert direct.error and redirected.error


def test_a_redirect_to_a_url_without_a_host_does_not_crash_the_run(tmp_path, site, other):
    evil_site(site, other, "unused")
    site.site.special.clear()
    site.site.add("/mgConvert2PDF.aspx?ID=2", PDF, "application/pdf")
    site.site.redirects["/mgConvert2PDF.aspx?ID=1&name=../../../../tmp/evil.pdf"] = "javascript:alert(1)"
    proc = subprocess.run(
        [str(COUNCILPACK), "scrape", "--site", site.url, "--committee", str(COMMITTEE), "--db", str(tmp_path / "c.db"),
         "--data-dir", str(tmp_path / "data"), "--since", WINDOW[0], "--until", WINDOW[1],
         "--delay", "0", "--backoff", "0", "--timeout", "5", "--retries", "0"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == 1 and "javascript:alert(1)" in proc.stdout + proc.stderr
    conn = sqlite3.connect(tmp_path / "c.db")
    assert conn.execute("select status from scrape_runs").fetchone()[0] == "failed"
    assert conn.execute("select count(*) from documents where source like '%ID=2' and status = 'ok'").fetchone()[0] == 1


# --- size caps ---------------------------------------------------------------------------------


def zeros(total: int, chunk: int = 65536):
    for _ in range(total // chunk):
        yield bytes(chunk)


def gzip_bomb(total: int) -> bytes:
    out = gzip.compress(bytes(16 * 1024 * 1024), 9)
    return b"".join([out] * (total // (16 * 1024 * 1024)))  # concatenated gzip members, each 16 MB of zeros


@pytest.mark.parametrize(
    "route, behaviour",
    [
        ("/declared.pdf", lambda h: h.stream(zeros(64 * CAP), {"Content-Type": "application/pdf", "Content-Length": str(64 * CAP)}, "/declared.pdf")),
        ("/chunked.pdf", lambda h: h.stream(zeros(64 * CAP), {"Content-Type": "application/pdf"}, "/chunked.pdf")),
        ("/lying.pdf", lambda h: h.stream(zeros(64 * CAP), {"Content-Type": "application/pdf", "Content-Length": "1000"}, "/lying.pdf")),
        ("/gzip.pdf", lambda h: h.stream([GZIP_BOMB], {"Content-Type": "application/pdf", "Content-Encoding": "gzip",
                                                       "Content-Length": str(len(GZIP_BOMB))}, "/gzip.pdf")),  # fmt: skip
    ],
    ids=["declared-length", "chunked", "lying-length", "gzip-bomb"],
)
def test_responses_over_the_size_cap_are_refused(tmp_path, site, route, behaviour):
    site.site.special[route] = behaviour
    f = fetcher(tmp_path, max_bytes=CAP)
    before = psutil.Process().memory_info().rss
    try:
        result = f.get(site.url + route)
    finally:
        f.close()
    assert result.body is None or len(result.body) <= CAP
    if route != "/lying.pdf":  # a body that stops at its declared length is only that long
        assert result.error and "size cap" in result.error, result.error
        assert site.site.sent.get(route, 0) < 32 * CAP, "the scraper kept reading past the cap"
    assert psutil.Process().memory_info().rss - before < 512 * 1024**2
    if result.body is None:
        assert list((tmp_path / "data" / "raw").glob("??/*")) == [], "a refused body was archived"


GZIP_BOMB = gzip_bomb(1024 * 1024 * 1024)  # 1 GB of zeros in about 1 MB


def test_robots_txt_is_size_capped_too(tmp_path, site):
    site.site.special["/robots.txt"] = lambda h: h.stream((b"# " + b"x" * 65533 + b"\n" for _ in range(64 * 16)),
                                                          {"Content-Type": "text/plain"}, "/robots.txt")  # fmt: skip
    site.site.add("/minutes.pdf", PDF, "application/pdf")
    f = Fetcher(data_dir=tmp_path / "data", allowed_hosts={"127.0.0.1"}, delay=0, backoff=0, timeout=5, retries=0, max_bytes=CAP)
    try:
        f.get(site.url + "/minutes.pdf")
    finally:
        f.close()
    assert site.site.sent["/robots.txt"] < 32 * CAP, f"read {site.site.sent['/robots.txt']} bytes of robots.txt with a {CAP}-byte cap"


def test_a_server_dripping_bytes_cannot_hold_the_scraper(tmp_path, site):
    def drip(h):
        h.stream((b"%" if n else b"%PDF-1.4\n" for n in range(14) if time.sleep(0.9) is None), {"Content-Type": "application/pdf"}, "/drip.pdf")

    site.site.special["/drip.pdf"] = drip
    f = fetcher(tmp_path, timeout=2)
    started = time.monotonic()
    try:
        f.get(site.url + "/drip.pdf")
    finally:
        f.close()
    assert time.monotonic() - started < 3 * 2, f"one fetch took {time.monotonic() - started:.1f} s with a 2 s timeout"


# --- file names and paths: nothing outside the data directory ---------------------------------

WINDOW = ("2025-03-01", "2025-03-31")
COMMITTEE = 7


def evil_site(site: Server, other: Server, evil_name: str) -> None:
    """A meeting whose web-service response and page link documents on other hosts and with hostile paths."""
    url, other_url = site.url, other.url
    since, until = (dt.date.fromisoformat(d) for d in WINDOW)
    listing = moderngov.get_meetings_url(url, COMMITTEE, since, until)[len(url) :]
    site.site.add(listing, b"<getmeetings><committee><committeeid>7</committeeid><committeetitle>Corporate Parenting Panel</committeetitle>"
                           b"<committeemeetings><meeting><meetingid>77</meetingid><meetingdate>10/03/2025</meetingdate>"
                           b"<meetingstatus>Confirmed</meetingstatus></meeting></committeemeetings></committee></getmeetings>", "text/xml")  # fmt: skip
    hostile = [
        f"{other_url}/secret.pdf",
        f"//127.0.0.2:{other_url.rsplit(':', 1)[1]}/secret.pdf",
        "http://169.254.169.254/latest/meta-data/credentials.pdf",
        "file:///etc/passwd.pdf",
        "documents/../../../../../etc/passwd.pdf",
        "documents/%2e%2e/%2e%2e/%2e%2e/tmp/evil.pdf",
        "documents/..%2f..%2f..%2ftmp%2fevil.pdf",
        "documents/%2e%2e%2f%2e%2e%2fevil.pdf",
        "/mgConvert2PDF.aspx?ID=1&name=../../../../tmp/evil.pdf",
        "/mgConvert2PDF.aspx?ID=2",
        "/mgConvert2PDF.aspx?ID=3",
    ]
    links = "".join(f'<li><a href="{h}">Document {n}</a></li>' for n, h in enumerate(hostile))
    xml_links = "".join(f"<linkeddoc><title>Doc {n}</title><url>{h.replace('&', '&amp;')}</url></linkeddoc>" for n, h in enumerate(hostile))
    site.site.add("/mgWebService.asmx/GetMeeting?lMeetingId=77",
                  f"<meeting><meetingid>77</meetingid><meetingdate>10/03/2025</meetingdate><committeetitle>Corporate Parenting Panel"
                  f"</committeetitle><agendaitems><agendaitem><agendaitemid>1</agendaitemid><agendaitemtitle>Minutes</agendaitemtitle>"
                  f"<linkeddocuments>{xml_links}</linkeddocuments></agendaitem></agendaitems></meeting>".encode(), "text/xml")  # fmt: skip
    site.site.add(f"/ieListDocuments.aspx?CId={COMMITTEE}&MId=77",
                  f'<html><body><div class="mgContent"><h2 class="mgSubTitleTxt">Corporate Parenting Panel - Monday 10 March 2025 6.30 pm</h2>'
                  f"<ul>{links}</ul></div></body></html>".encode(), "text/html")  # fmt: skip
    site.site.redirects["/mgConvert2PDF.aspx?ID=3"] = f"{other_url}/secret.pdf"
    disposition = {"Content-Type": "application/pdf", "Content-Length": str(len(PDF))}

    def named(value: str):
        return lambda h: h.stream([PDF], {**disposition, "Content-Disposition": value}, h.path)

    for prefix in ("/documents", "/etc", "/tmp", "/evil", "/%2e", "/..", "/mgConvert2PDF.aspx?ID=1", "/mgConvert2PDF.aspx?ID=2"):
        site.site.special[prefix] = named(f'attachment; filename="../../../../tmp/{evil_name}"; '
                                          f"filename*=UTF-8''..%2F..%2F..%2F..%2Ftmp%2F{evil_name}")  # fmt: skip


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


def test_a_scrape_writes_only_sha256_named_bodies_in_its_data_directory(tmp_path, site, other):
    evil_name = f"councilpack-evil-{uuid.uuid4().hex}"
    evil_site(site, other, evil_name)
    work, data, db = tmp_path / "cwd", tmp_path / "data", tmp_path / "db" / "c.db"
    work.mkdir()
    parent_before = set(os.listdir(tmp_path.parent))
    proc = subprocess.run(
        [str(COUNCILPACK), "scrape", "--site", site.url, "--committee", str(COMMITTEE), "--council", "Eastbrook Borough Council",
         "--db", str(db), "--data-dir", str(data), "--since", WINDOW[0], "--until", WINDOW[1],
         "--delay", "0", "--backoff", "0", "--timeout", "5", "--retries", "0"],
        cwd=work, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    output = proc.stdout + proc.stderr
    assert "Traceback" not in output, output
    assert proc.returncode == 1, output  # the refused links are reported as errors; the rest was fetched
    # the scraper asked the site for the hostile paths (so the test did serve its file names) ...
    assert sum("evil" in p or "passwd" in p for p in site.site.raw_paths) >= 3, site.site.raw_paths
    # ... and never the other host, nor followed the redirect to it
    assert other.site.raw_paths == []
    assert "refused: 127.0.0.2 is not the site's host" in output and "refused: 169.254.169.254" in output and "refused: file scheme" in output
    # nothing outside --data-dir and --db: not in the working directory, not next to the test's folder, not in /tmp
    assert not Path("/tmp", evil_name).exists() and not list(Path("/tmp").glob(f"*{evil_name}*"))
    assert list(work.iterdir()) == [], list(work.iterdir())
    assert set(os.listdir(tmp_path.parent)) == parent_before
    assert {p.name for p in tmp_path.iterdir()} == {"cwd", "data", "db"}
    assert all(p.name.startswith("c.db") for p in db.parent.iterdir())
    # the archive holds only bodies named by their sha256 (and its index)
    raw = data / "raw"
    assert {p.name for p in data.iterdir()} == {"raw"}
    bodies = []
    for path in files_under(raw):
        relative = path.relative_to(raw)
        if path.is_dir():
            assert re.fullmatch(r"[0-9a-f]{2}", str(relative)), relative
        elif len(relative.parts) == 1:
            assert re.fullmatch(r"index\.db(?:-wal|-shm|-journal)?", path.name), relative
        else:
            assert len(relative.parts) == 2 and re.fullmatch(r"[0-9a-f]{64}", path.name) and path.name[:2] == relative.parts[0], relative
            assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name
            bodies.append(path)
    assert any(p.read_bytes() == PDF for p in bodies), "the served PDF was archived (by its sha256)"


def test_a_scrape_of_a_site_serving_a_decompression_bomb_stays_small(tmp_path, site, other):
    from tests.test_hostile_input import decompression_bomb

    evil_site(site, other, "unused")
    bomb = decompression_bomb()  # 2 MB that inflate to 2 GB
    site.site.special.clear()
    site.site.special["/mgConvert2PDF.aspx?ID=2"] = lambda h: h.stream([bomb], {"Content-Type": "application/pdf", "Content-Length": str(len(bomb))}, h.path)
    proc = subprocess.Popen(
        [str(COUNCILPACK), "scrape", "--site", site.url, "--committee", str(COMMITTEE), "--db", str(tmp_path / "c.db"),
         "--data-dir", str(tmp_path / "data"), "--since", WINDOW[0], "--until", WINDOW[1],
         "--delay", "0", "--backoff", "0", "--timeout", "5", "--retries", "0"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    peak, started = 0, time.monotonic()
    process = psutil.Process(proc.pid)
    try:
        while proc.poll() is None and time.monotonic() - started < 300:
            try:
                peak = max(peak, process.memory_info().rss)  # the scraper's own process; a sandboxed child has its own cap
            except psutil.NoSuchProcess:
                break
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            proc.kill()
        output = proc.communicate()[0]
    assert proc.returncode in (0, 1), output
    assert peak < 1024**3, f"the scraper's process reached {peak / 1024**3:.1f} GB"
    conn = sqlite3.connect(tmp_path / "c.db")
    status, error = conn.execute("select status, error from documents where source like '%ID=2'").fetchone()
    assert status == "error" and error, (status, error)
