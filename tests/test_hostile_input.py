"""Hostile and broken documents: no reader may crash the process, hang or exhaust memory.

Every input goes through the sandboxed parse (:func:`parse_document_safely`,
with a small time budget) and, for pure-Python robustness, through *every*
reader function directly (in a forked child, so that a hang or a crash fails
the test instead of taking pytest down with it): a reader may return a
document or raise :class:`ReadError`, nothing else.

What is fed in: random bytes; truncated and bit-flipped real PDFs (the
Eastbrook samples and small corpus PDFs); ModernGov HTML and web-service XML
with tags dropped, duplicated, swapped and left unclosed and random
attributes added; 10 MB lines; 100,000 nested elements; UTF-16 with and
without BOM, cp1252 and UTF-8 with stray bytes; a PDF decompression bomb
(2 GB of zeros, Flate-compressed to 2 MB); a 10,000-page PDF; encrypted,
password and image-only PDFs. Finally a folder of all the hostile files and
one good file goes through the real ``councilpack ingest``: one ``error`` row
per bad file, the good file loaded.

Example counts are modest so that the file runs in about three minutes on two
cores; they are multiplied by ``COUNCILPACK_FUZZ`` (e.g. ``COUNCILPACK_FUZZ=20``)
for a longer, randomised hunt. By default the runs are derandomised (the same
examples every run), so a failure here is reproducible.
"""

from __future__ import annotations

import codecs
import contextlib
import faulthandler
import io
import os
import re
import sqlite3
import struct
import subprocess
import sys
import threading
import time
import zlib
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from schemas.parse_result import ParseResult
from pipeline.parse import parse_document_safely
from pipeline.readers import READERS, ReadError
from schemas.source_document import SourceDocument
from pipeline.sandbox import LimitExceeded, can_fork, run_limited
from tests.pdf_bytes import pdf_file
from tests.conftest import CORPUS, SAMPLES, SEEDS, needs_shared
from tests.processes import COUNCILPACK
from tests.pdf_bytes import pdf_file

BUDGET = {"time_budget": 10}
FUZZ = max(1, int(os.environ.get("COUNCILPACK_FUZZ", "1") or 1))


def examples(n: int, shrink: bool = True) -> settings:
    return settings(
        max_examples=n * FUZZ,
        # shrinking a damaged PDF forks a parse per step and can take many minutes; the raw failing example is reported instead
        phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target] + ([Phase.shrink] if shrink else []),
        report_multiple_bugs=True,
        deadline=None,  # each example has its own time budget (the sandbox); hypothesis' deadline would be flaky on a loaded machine
        derandomize=FUZZ == 1,
        database=None,  # nothing written into the working tree
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
    )


# Example counts, recorded in tests/README.md.
N_RANDOM, N_RANDOM_DIRECT = 60, 200
N_TRUNCATED, N_FLIPPED = 30, 40
N_HTML, N_XML = 50, 50
N_ENCODINGS = 60

# --- inputs -------------------------------------------------------------------------------

SAMPLE_PDFS = sorted(SAMPLES.glob("*.pdf"))
SMALL_CORPUS_PDFS = [
    "pdf/kent_corporate-parenting-panel_2024-12-10_minutes.pdf",
    "pdf/tintern-community-council_2019-02-25_agenda.pdf",
    "pdf/tintern-community-council_2019-02-25_minutes.pdf",
    "pdf/kent_county-council_2025-03-13_report_family-hubs-call-in.pdf",
    "pdf/us_chicago_police-district-council-001_2023-06-06_notice-and-agenda.pdf",
]
MINUTES_HTML = SAMPLES / "2025-06-16_corporate-parenting-panel_minutes.html"


def _existing(paths) -> list[Path]:
    return [p for p in paths if p.is_file()]


@lru_cache(maxsize=None)
def pdf_sources() -> tuple[bytes, ...]:
    paths = SAMPLE_PDFS + _existing(CORPUS / p for p in SMALL_CORPUS_PDFS)
    return tuple(p.read_bytes() for p in paths)


@lru_cache(maxsize=None)
def html_sources() -> tuple[bytes, ...]:
    paths = [MINUTES_HTML] + _existing(
        CORPUS / "html" / n
        for n in ("kingston_north-kingston-nc_2025-12-04_ieListDocuments_cancelled.html", "kingston_north-kingston-nc_2025-11-18_ieListDocuments_agenda.html")
    )
    return tuple(p.read_bytes() for p in paths)


SYNTHETIC_MEETING_XML = b"""<?xml version="1.0" encoding="utf-8"?>
<meeting><meetingid>4412</meetingid><committeetitle>Corporate Parenting Panel</committeetitle><meetingdate>16/06/2025</meetingdate>
<meetingtime>6.30 pm</meetingtime><meetingstatus>Confirmed</meetingstatus><minutepublished>True</minutepublished><meetinglocation>Council Chamber</meetinglocation>
<agendaitems><agendaitem><agendaitemid>5001</agendaitemid><agendaitemtitle>Minutes</agendaitemtitle><fulldisplaynumberformat>3.</fulldisplaynumberformat>
<isrestricted>False</isrestricted><agendatext>&lt;p&gt;To approve the minutes.&lt;/p&gt;</agendatext>
<minutesnonemptyhtmlbody>&lt;p&gt;&lt;b&gt;RESOLVED:&lt;/b&gt; That the minutes be approved. Councillor Smith asked that an update be provided at the next meeting.&lt;/p&gt;</minutesnonemptyhtmlbody>
<linkeddocuments><linkeddoc><title>Minutes</title><url>https://democracy.example.gov.uk/documents/s1/Minutes.pdf</url><attachmentid>1</attachmentid></linkeddoc></linkeddocuments>
</agendaitem></agendaitems><attendees><attendee name="Councillor A Smith" roledescription="Chair" attendance="Present"/></attendees></meeting>
"""


@lru_cache(maxsize=None)
def xml_sources() -> tuple[bytes, ...]:
    paths = _existing(
        CORPUS / "xml" / n
        for n in ("manchester_mgWebService_GetMeeting_4967_with_minutes.xml", "manchester_mgWebService_GetMeetings_committee144.xml",
                  "manchester_mgWebService_GetCommittees.xml", "manchester_mgWebService_GetMeeting_4966_cancelled.xml")
    )  # fmt: skip
    return (SYNTHETIC_MEETING_XML, *(p.read_bytes() for p in paths))


@lru_cache(maxsize=None)
def text_sources() -> tuple[str, ...]:
    paths = sorted(SEEDS.glob("*.txt"))[:2] if SEEDS.is_dir() else []
    texts = [p.read_text(encoding="utf-8") for p in paths]
    return tuple(texts or [MINUTES_HTML.read_text(encoding="utf-8")])


# --- what every result must satisfy ---------------------------------------------------------


# Known defects the property tests tolerate, each pinned by its own strict xfail test below
# (test_corrupt_pdf_pages_are_read_errors): remove the entry when that test passes.
KNOWN_DEFECTS = re.compile(r"^$^")  # none left: every defect these tests found is fixed
KNOWN_DEFECT_EXCEPTIONS = ("PdfiumError", "PdfminerException")  # raised by read_pdf instead of ReadError


def assert_readable(message: str | None) -> None:
    """An error message fit for users: a sentence, not a traceback, not an extractor bug."""
    assert isinstance(message, str) and message.strip(), f"empty error message: {message!r}"
    assert len(message) <= 1000, f"error message of {len(message)} characters"
    assert "Traceback" not in message and "\x00" not in message, message
    if KNOWN_DEFECTS.match(message):
        return
    assert not message.startswith("internal error"), f"an extractor crashed on this input: {message}"


def check(result: ParseResult) -> ParseResult:
    assert isinstance(result, ParseResult)
    doc = result.document
    assert doc.status in ("ok", "error"), doc.status
    if doc.status == "error":
        assert_readable(doc.error)
        assert result.pages == [] and not any(result.records.values()), "a failed document carries rows"
    else:
        assert doc.error is None
        assert doc.page_count == len(result.pages) >= 1
    return result


def safely(data: bytes, source: str, **options) -> ParseResult:
    return check(parse_document_safely(data, source, {**BUDGET, **options}))


def every_reader_directly(data: bytes, seconds: float = 60) -> None:
    """Each reader function on ``data``, in a forked child: a SourceDocument or a ReadError, nothing else.

    A hang or a crash (signal) raises LimitExceeded and fails the test; any
    other exception than ReadError is re-raised here and fails it too.
    """
    for media_type, reader in READERS.items():
        try:
            doc = run_limited(reader, "f" * 64, f"fuzz.{media_type.split('/')[-1]}", data, seconds=seconds, memory=2 * 1024**3)
        except ReadError as exc:
            assert_readable(str(exc))
            continue
        except Exception as exc:
            if type(exc).__name__ in KNOWN_DEFECT_EXCEPTIONS and reader is READERS["application/pdf"]:
                continue  # known defect, see KNOWN_DEFECTS
            raise
        assert isinstance(doc, SourceDocument), (media_type, type(doc))
        assert doc.pages, f"{reader.__name__} returned a document without pages"
        for page in doc.pages:
            assert doc.text[page.start : page.end] == page.text


@pytest.fixture(autouse=True)
def sandbox_available():
    """The sandbox forks only from a single-threaded process; wait out threads other tests left behind."""
    deadline = time.monotonic() + 15
    while not can_fork() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert can_fork(), f"the parse sandbox cannot fork here (threads alive: {[t.name for t in threading.enumerate()]})"


# --- random bytes ---------------------------------------------------------------------------

MAGIC = st.sampled_from([b"", b"%PDF-1.7\n", b"<html><body>", b"<?xml version='1.0'?>", b"\xef\xbb\xbf", b"\xff\xfe", b"<meeting>", b"%PDF-"])


@examples(N_RANDOM)
@given(head=MAGIC, body=st.binary(max_size=4096))
def test_random_bytes_through_the_sandbox(head, body):
    safely(head + body, "random.bin")


@examples(N_RANDOM_DIRECT)
@given(head=MAGIC, body=st.binary(max_size=2048))
def test_random_bytes_into_every_reader_directly(head, body):
    every_reader_directly(head + body, seconds=30)


# --- damaged PDFs ---------------------------------------------------------------------------


@st.composite
def truncated_pdf(draw):
    data = draw(st.sampled_from(pdf_sources()))
    cut = draw(st.integers(min_value=0, max_value=len(data) - 1))
    return data[:cut]


@st.composite
def bit_flipped_pdf(draw):
    data = bytearray(draw(st.sampled_from(pdf_sources())))
    flips = draw(st.lists(st.tuples(st.integers(0, len(data) - 1), st.integers(0, 7)), min_size=1, max_size=40))
    for position, bit in flips:
        data[position] ^= 1 << bit
    if draw(st.booleans()):  # and sometimes a run of garbage over a random stretch (an object, an xref row)
        start = draw(st.integers(0, len(data) - 1))
        junk = draw(st.binary(min_size=1, max_size=256))
        data[start : start + len(junk)] = junk
    return bytes(data)


CHICAGO = CORPUS / "pdf" / "us_chicago_police-district-council-001_2023-06-06_notice-and-agenda.pdf"


@needs_shared
@pytest.mark.parametrize("cut", [14958, 21382])
def test_corrupt_pdf_pages_are_read_errors(cut):
    """Two truncations of a real PDF (found by test_truncated_pdfs): a ReadError, not an internal error,
    and not a partial document either (PDFium alone reads the second cut without complaint)."""
    data = CHICAGO.read_bytes()[:cut]
    result = parse_document_safely(data, "truncated.pdf", BUDGET)
    assert result.document.status == "error" and result.document.error.startswith("truncated PDF: no end-of-file marker"), result.document.error
    with pytest.raises(ReadError):
        run_limited(READERS["application/pdf"], "f" * 64, "truncated.pdf", data, seconds=60, memory=2 * 1024**3)


@examples(N_TRUNCATED, shrink=False)
@given(data=truncated_pdf())
def test_truncated_pdfs(data):
    safely(data, "truncated.pdf")
    every_reader_directly(data)


@examples(N_FLIPPED, shrink=False)
@given(data=bit_flipped_pdf())
def test_bit_flipped_pdfs(data):
    safely(data, "flipped.pdf")
    every_reader_directly(data)


# --- mutated HTML and XML -------------------------------------------------------------------

TAG = re.compile(rb"<[^<>]*>")
INSERTS = [
    b"<div>", b"<table class=\"mgItemTable\">", b"<tr><td class=\"mgItemNumberCell\">", b"<p class=\"mgSubItemTitleTxt\">Minutes:",
    b"<td>", b"<a href=\"", b"<!--", b"<![CDATA[", b"<?xml version=\"1.0\"?>", b"<!DOCTYPE x [<!ENTITY e \"&e;&e;\">]>", b"&e;",
    b"<agendaitem>", b"<agendaitems>", b"<minutesnonemptyhtmlbody>&lt;div&gt;", b"<linkeddoc><url>", b"</", b"<", b">", b"&#0;", b"&#xFFFF;",
]  # fmt: skip
ATTRIBUTE_NAMES = st.sampled_from(["class", "id", "href", "name", "style", "colspan", "onerror", "xmlns", "xmlns:x", "a" * 300, "data-x"])
ATTRIBUTE_VALUES = st.one_of(
    st.sampled_from(["mgItemTable", "mgSubItemTitleTxt", "mgAiTitleTxt", "mgContent", "mgLabel", "AI12", "-1", "99999999999", "javascript:alert(1)", "mailto:"]),
    st.text(max_size=40),
)


@st.composite
def mutated_markup(draw, sources):
    data = draw(st.sampled_from(sources))
    tokens: list[bytes] = []
    pos = 0
    for m in TAG.finditer(data):
        tokens += [data[pos : m.start()], m.group(0)]
        pos = m.end()
    tokens.append(data[pos:])
    tags = list(range(1, len(tokens), 2))
    for _ in range(draw(st.integers(1, 12))):
        op = draw(st.sampled_from(["drop", "duplicate", "swap", "shuffle", "attribute", "unclose", "insert", "truncate"]))
        i = draw(st.sampled_from(tags)) if tags else 0
        if op == "drop":
            tokens[i] = b""
        elif op == "duplicate":
            tokens[i] = tokens[i] * draw(st.integers(2, 50))
        elif op == "swap" and tags:
            j = draw(st.sampled_from(tags))
            tokens[i], tokens[j] = tokens[j], tokens[i]
        elif op == "shuffle" and tags:
            start = draw(st.integers(0, len(tags) - 1))
            chosen = tags[start : start + draw(st.integers(2, 30))]
            moved = draw(st.permutations([tokens[k] for k in chosen]))
            for k, value in zip(chosen, moved):
                tokens[k] = value
        elif op == "attribute" and tokens[i][:2] not in (b"</", b"<!", b"<?") and tokens[i].endswith(b">"):
            name, value = draw(ATTRIBUTE_NAMES), draw(ATTRIBUTE_VALUES)
            quote = draw(st.sampled_from(['"', "'", ""]))
            tokens[i] = tokens[i][:-1].rstrip(b"/") + f" {name}={quote}{value}{quote}".encode("utf-8", "surrogatepass") + b">"
        elif op == "unclose":  # every closing tag of one element name goes
            name = re.match(rb"</?([\w:.-]*)", tokens[i])
            if name and name.group(1):
                closing = b"</" + name.group(1)
                tokens = [b"" if t.startswith(closing) else t for t in tokens]
        elif op == "insert":
            tokens[i] = draw(st.sampled_from(INSERTS)) * draw(st.integers(1, 200)) + tokens[i]
        elif op == "truncate":
            tokens = tokens[: i + 1]
            tags = [t for t in tags if t <= i]
    return b"".join(tokens)


@examples(N_HTML)
@given(data=mutated_markup(html_sources()))
def test_mutated_moderngov_html(data):
    safely(data, "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2")
    every_reader_directly(data)


@examples(N_XML)
@given(data=mutated_markup(xml_sources()))
def test_mutated_webservice_xml(data):
    safely(data, "https://democracy.example.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=1")
    every_reader_directly(data)


# --- encodings ------------------------------------------------------------------------------

ENCODINGS = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8 BOM": lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    "utf-16 LE BOM": lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le", "surrogatepass"),
    "utf-16 BE BOM": lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be", "surrogatepass"),
    "utf-16 LE": lambda s: s.encode("utf-16-le", "surrogatepass"),
    "utf-16 BE": lambda s: s.encode("utf-16-be", "surrogatepass"),
    "cp1252": lambda s: s.encode("cp1252", "replace"),
    "latin-1": lambda s: s.encode("latin-1", "replace"),
}


@st.composite
def mixed_encoding(draw):
    """A real document (or random text), in one encoding, with stray bytes and BOMs spliced in."""
    base = draw(st.one_of(st.sampled_from(text_sources() + (MINUTES_HTML.read_text(encoding="utf-8"),)), st.text(min_size=1, max_size=300)))
    data = bytearray(ENCODINGS[draw(st.sampled_from(sorted(ENCODINGS)))](base))
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.sampled_from([b"\xff", b"\xfe", b"\x80", b"\xc3", b"\xe2\x80", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\x93\x94", b"\xed\xa0\x80"]))
    return bytes(data)


@examples(N_ENCODINGS)
@given(data=mixed_encoding())
def test_mixed_encodings_and_boms(data):
    safely(data, "encoded.txt")
    every_reader_directly(data)


@needs_shared
@pytest.mark.parametrize("encoding", ["utf-8 BOM", "utf-16 LE BOM", "utf-16 BE BOM", "cp1252"])
def test_a_text_document_reads_the_same_in_any_encoding_with_a_bom(encoding):
    text = text_sources()[0]
    reference = safely(text.encode("utf-8"), "minutes.txt")
    result = safely(ENCODINGS[encoding](text), "minutes.txt")
    assert result.ok and result.pages[0].text == reference.pages[0].text
    assert {k: len(v) for k, v in result.records.items()} == {k: len(v) for k, v in reference.records.items()}


@pytest.mark.parametrize("encoding", ["utf-16 LE", "utf-16 BE"])
def test_utf16_without_bom_is_refused_with_a_clear_error(encoding):
    result = safely(ENCODINGS[encoding](MINUTES_HTML.read_text(encoding="utf-8")), "minutes.html")
    assert result.document.status == "error" and result.document.error.startswith("unsupported format")


@pytest.mark.parametrize("encoding", ["utf-16 LE BOM", "utf-16 BE BOM"])
def test_a_utf16_moderngov_page_with_a_bom_is_read_as_html(encoding):
    reference = safely(MINUTES_HTML.read_bytes(), "minutes.html")
    result = safely(ENCODINGS[encoding](MINUTES_HTML.read_text(encoding="utf-8")), "minutes.html")
    assert result.document.media_type == "text/html"
    assert len(result.records["agenda_items"]) == len(reference.records["agenda_items"]) == 13


def test_one_stray_byte_does_not_turn_a_utf8_document_into_mojibake():
    text = "Minutes of the Corporate Parenting Panel – 16 June 2025\n\nThe budget is £1.2m; the Panel’s report was noted.\n"
    result = safely(text.encode("utf-8") + b"\xff\n", "minutes.txt")
    page = result.pages[0].text
    assert "£1.2m" in page and "Panel’s" in page and "–" in page and "â€" not in page


# --- huge and deep --------------------------------------------------------------------------

TEN_MB = 10 * 1024 * 1024
N_DEEP = 100_000


def huge_line(kind: str) -> bytes:
    words = b"the report was noted and the panel agreed to the recommendation " * (TEN_MB // 64)
    if kind == "text":
        return b"Minutes of the Corporate Parenting Panel " + words
    if kind == "html":
        html = MINUTES_HTML.read_bytes()
        marker = b'<p class="mgSubItemTitleTxt">Minutes:</p>'
        at = html.index(marker) + len(marker)
        return html[:at] + b"<p>" + words + b"</p>" + html[at:]
    assert kind == "xml"
    return SYNTHETIC_MEETING_XML.replace(b"That the minutes be approved.", words)


def deep(kind: str) -> bytes:
    if kind == "html page":
        return b"<html><body><div class='mgContent'>" + b"<div>" * N_DEEP + b"deep" + b"</div>" * N_DEEP + b"</div></body></html>"
    if kind == "html unclosed":
        return b"<html><body><div class='mgContent'>" + b"<div><span>" * N_DEEP + b"deep"
    if kind == "html minutes":
        html = MINUTES_HTML.read_bytes()
        marker = b'<p class="mgSubItemTitleTxt">Minutes:</p>'
        at = html.index(marker) + len(marker)
        return html[:at] + b"<div>" * N_DEEP + b"RESOLVED: noted." + b"</div>" * N_DEEP + html[at:]
    if kind == "xml":
        return b"<?xml version='1.0'?><meeting>" + b"<a>" * N_DEEP + b"x" + b"</a>" * N_DEEP + b"</meeting>"
    assert kind == "xml minutes"
    return SYNTHETIC_MEETING_XML.replace(b"That the minutes be approved.", b"&lt;div&gt;" * N_DEEP + b"noted" + b"&lt;/div&gt;" * N_DEEP)


@pytest.mark.parametrize("kind", ["html page", "html unclosed", "html minutes", "xml", "xml minutes"])
def test_100000_nested_elements(kind):
    data = deep(kind)
    started = time.monotonic()
    result = safely(data, f"deep.{kind.split()[0]}")
    assert time.monotonic() - started < 30
    if kind == "xml":
        assert result.document.status == "error" and "depth" in result.document.error
    else:
        assert result.ok, result.document.error
    every_reader_directly(data)


def test_a_10_mb_line_inside_markup():
    html = safely(huge_line("html"), "huge.html", time_budget=60)
    assert html.ok, html.document.error
    xml = safely(huge_line("xml"), "huge.xml", time_budget=60)  # libxml2 refuses text nodes over 10 MB: a clear error
    assert xml.document.error.startswith("malformed XML: Resource limit exceeded: Text node too long")


def test_a_10_mb_line_of_text():
    # a budget large enough that the outcome does not depend on the machine's load
    result = safely(huge_line("text"), "huge.txt", time_budget=60)
    assert result.ok, result.document.error


def test_huge_lines_directly_in_every_reader():
    for kind in ("text", "html", "xml"):
        every_reader_directly(huge_line(kind), seconds=60)


def test_unclosed_table_tags_in_text_are_linear():
    data = b"Agenda\n" + b"<table x>" * 20_000  # 180 KB
    try:
        run_limited(READERS["text/plain"], "f" * 64, "tables.txt", data, seconds=5, memory=2 * 1024**3)
    except LimitExceeded as exc:
        pytest.fail(f"the text reader on 180 KB of unclosed <table> tags: {exc}")


# --- PDF bombs and monsters -----------------------------------------------------------------


def flate_zeros(total: int, chunk: int = 16 * 1024 * 1024) -> bytes:
    """A zlib stream of ``total`` zero bytes, built without compressing them all.

    After a full flush the deflate blocks of one chunk of zeros do not depend
    on what came before, so the same compressed piece can be repeated.
    """
    zeros = bytes(chunk)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    adler = 1
    for _ in range(total // chunk):
        adler = zlib.adler32(zeros, adler)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    return b"\x78\xda" + piece * (total // chunk) + end + struct.pack(">I", adler)


def pdf_with_content(stream: bytes, filters: bytes = b"/FlateDecode") -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter %s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream",
    ]
    return pdf_file(objects)


@lru_cache(maxsize=1)
def decompression_bomb() -> bytes:
    return pdf_with_content(flate_zeros(2 * 1024**3))  # 2 GB of zeros in about 2 MB


@lru_cache(maxsize=1)
def ten_thousand_pages() -> bytes:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument.new()
    for _ in range(10_000):
        doc.new_page(595, 842)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.fixture
def quiet_aborts():
    """PDFium aborts when the memory cap stops it; keep pytest's faulthandler from dumping the stack of the forked child."""
    was = faulthandler.is_enabled()
    faulthandler.disable()
    try:
        yield
    finally:
        if was:
            with contextlib.suppress(Exception):
                faulthandler.enable(file=sys.__stderr__)


def test_the_bomb_is_small_and_real():
    data = decompression_bomb()
    assert len(data) < 3 * 1024 * 1024
    stream = data[data.index(b"stream\n") + 7 :]
    assert len(zlib.decompressobj().decompress(stream, 1 << 20)) == 1 << 20  # it does inflate


def test_a_pdf_decompression_bomb_is_refused(quiet_aborts):
    started = time.monotonic()
    result = safely(decompression_bomb(), "bomb.pdf")
    assert time.monotonic() - started < 30
    assert result.document.status == "error"
    assert re.search(r"refused|memory|limit|budget|unreadable PDF", result.document.error), result.document.error


def test_a_bomb_stopped_by_the_memory_cap_says_so(quiet_aborts):
    import psutil

    # a memory cap the bomb must hit long before the (generous) time budget
    memory = psutil.Process().memory_info().vms + 768 * 1024**2
    result = safely(decompression_bomb(), "bomb.pdf", time_budget=120, memory_limit=memory)
    assert result.document.status == "error"
    assert re.search(r"memory|too large|decompress", result.document.error), result.document.error


def test_a_10000_page_pdf_is_refused():
    data = ten_thousand_pages()
    result = safely(data, "monster.pdf", time_budget=30)
    assert result.document.status == "error"
    assert result.document.error == "refused: 10000 pages (the limit is 5000)"


# --- encrypted, password and image-only PDFs ------------------------------------------------


def reportlab_pdf(draw, pages: int = 1, **canvas_options) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1, **canvas_options)
    for n in range(pages):
        draw(c, n)
        c.showPage()
    c.save()
    return out.getvalue()


def minutes_text(c, n) -> None:
    c.drawString(72, 720, "Minutes of the Corporate Parenting Panel held on 16 June 2025")
    c.drawString(72, 700, f"{n + 1}. RESOLVED: That the report be noted.")


@pytest.mark.parametrize("strength", [40, 128])
def test_a_pdf_with_a_user_password_is_reported_as_encrypted(strength):
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = reportlab_pdf(minutes_text, encrypt=StandardEncryption("secret", ownerPassword="owner", strength=strength))
    result = safely(data, "locked.pdf")
    assert result.document.status == "error"
    assert result.document.error.startswith("encrypted PDF: it needs a password")


def test_a_pdf_with_only_an_owner_password_is_read():
    """An owner password restricts printing or copying, not reading: the text comes out."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = reportlab_pdf(minutes_text, encrypt=StandardEncryption("", ownerPassword="owner", canPrint=0, canCopy=0, canModify=0))
    assert b"/Encrypt" in data
    result = safely(data, "restricted.pdf")
    assert result.ok, result.document.error
    assert "RESOLVED: That the report be noted." in result.pages[0].text


def scanned_page(c, n) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (300, 400), 255)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 50, 50, 495, 740)


def test_a_scanned_pdf_is_reported_as_image_only_with_an_ocr_hint():
    # five pages through OCR (2-3 s a page on one core): a budget the machine's load cannot exhaust
    result = safely(reportlab_pdf(scanned_page, pages=5), "scan.pdf", time_budget=60)
    assert result.document.status == "error"
    # blank pictures: OCR finds nothing on them, or where Tesseract is missing the error says so
    assert result.document.error.startswith("image-only PDF: 5 page(s) with 5 image(s) and no text layer; it needs OCR, and ")
    assert result.document.error.endswith(("OCR found no words on it", "apt-get install tesseract-ocr tesseract-ocr-eng)"))


def test_a_pdf_with_pages_but_no_text_is_never_silently_empty():
    result = safely(reportlab_pdf(lambda c, n: c.rect(100, 100, 200, 200), pages=3), "blank.pdf")
    assert result.document.status == "error"
    assert result.document.error == "PDF has no extractable text on any of its 3 page(s)"


# --- a folder of hostile files through `councilpack ingest` ----------------------------------


def hostile_folder(folder: Path) -> dict[str, str | None]:
    """Write the hostile files; return file name -> expected status ("error"/"ok"), None when either is acceptable."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    pack = (SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf").read_bytes()
    files = {
        "bomb.pdf": (decompression_bomb(), "error"),
        "monster.pdf": (ten_thousand_pages(), "error"),
        "locked.pdf": (reportlab_pdf(minutes_text, encrypt=StandardEncryption("secret")), "error"),
        "scan.pdf": (reportlab_pdf(scanned_page, pages=2), "error"),
        "truncated.pdf": (pack[: len(pack) // 3], "error"),
        "random.bin": (bytes(range(256)) * 64, "error"),
        "empty.txt": (b"", "error"),
        "blank.txt": (b" \n\t\n" * 10, "error"),
        "deep.xml": (deep("xml"), "error"),
        "not-moderngov.html": (b"<!DOCTYPE html><html><head><title>Parking</title></head><body><p>Pay here</p></body></html>", "ok"),  # any page is read now
        "wrong-schema.xml": (b"<?xml version='1.0'?><rss><channel><title>News</title></channel></rss>", "error"),
        "utf16-no-bom.html": (MINUTES_HTML.read_text(encoding="utf-8").encode("utf-16-le"), "error"),
        "billion-laughs.xml": (
            b'<?xml version="1.0"?><!DOCTYPE meeting [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
            b'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
            b"<meeting><meetingid>1</meetingid><committeetitle>&f;&f;&f;&f;&f;&f;&f;&f;&f;</committeetitle></meeting>",
            None,
        ),
        "deep.html": (deep("html minutes"), None),
        "huge-line.html": (huge_line("html"), None),
        "good-minutes.html": (MINUTES_HTML.read_bytes(), "ok"),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: expected for name, (_, expected) in files.items()}


def test_a_folder_of_hostile_files_through_councilpack_ingest(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    expected = hostile_folder(folder)
    db_path = tmp_path / "c.db"
    started = time.monotonic()
    proc = subprocess.run(
        [str(COUNCILPACK), "ingest", str(folder), "--db", str(db_path)],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    assert proc.returncode == 1, proc.stdout + proc.stderr  # some documents failed; the process did not
    assert "Traceback" not in proc.stderr, proc.stderr
    conn = sqlite3.connect(db_path)
    rows = {Path(source).name: (status, error) for source, status, error in conn.execute("select source, status, error from documents")}
    assert sorted(rows) == sorted(expected), "exactly one documents row per file"
    assert conn.execute("select count(*) from documents").fetchone()[0] == len(expected)
    for name, want in expected.items():
        status, error = rows[name]
        if want:
            assert status == want, (name, status, error)
        if status == "error":
            assert error and error.strip() and "Traceback" not in error and len(error) <= 1000, (name, error)
            assert f"error: {folder / name}: " in proc.stderr
            for table in ("pages", "agenda_items", "meeting_documents"):
                doc_id = conn.execute("select id from documents where source = ?", [str(folder / name)]).fetchone()[0]
                assert conn.execute(f"select count(*) from {table} where document_id = ?", [doc_id]).fetchone()[0] == 0
    good = conn.execute("select id from documents where source like '%good-minutes.html'").fetchone()[0]
    assert conn.execute("select count(*) from agenda_items where document_id = ?", [good]).fetchone()[0] == 13
    assert conn.execute("select count(*) from meetings").fetchone()[0] >= 1
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert "encrypted PDF" in rows["locked.pdf"][1] and "needs OCR" in rows["scan.pdf"][1]
    assert rows["monster.pdf"][1] == "refused: 10000 pages (the limit is 5000)"
    print(f"\ningest of {len(expected)} hostile files took {elapsed:.1f} s:")
    for name in sorted(rows):
        print(f"  {name}: {rows[name][0]} {(rows[name][1] or '')[:110]}")


def test_a_blank_text_file_is_called_empty_not_binary():
    result = safely(b" \n\t\n" * 10, "blank.txt")
    assert result.document.status == "error" and "empty" in result.document.error, result.document.error


# --- nothing unsafe reaches the browser -----------------------------------------------------

INJECTED = (
    '<p class="MsoNormal">Councillor Ashdown asked for an update. <script>alert(1)</script>'
    '<img src="x" onerror="alert(2)"> <a href="javascript:alert(3)">see the report</a> '
    '<iframe src="https://evil.example/"></iframe><a href=" JaVaScRiPt:alert(4)">again</a>'
    '<svg onload="alert(5)"></svg><span onclick="alert(6)">the Panel noted the report</span></p>'
)
UNSAFE_TAGS = re.compile(r"<\s*(?:script|iframe|img|svg|object|embed)\b|\bon(?:error|load|click)\s*=", re.I)
UNSAFE_URLS = re.compile(r"javascript\s*:", re.I)


def injected_minutes_page() -> str:
    html = MINUTES_HTML.read_text(encoding="utf-8")
    marker = '<p class="mgSubItemTitleTxt">Minutes:</p>\n<div class="mgWordPara"><div class="WordSection1">'
    assert marker in html
    return html.replace(marker, marker + INJECTED, 1)


def injected_webservice_meeting() -> bytes:
    import html as html_module

    escaped = html_module.escape(INJECTED).encode()
    return SYNTHETIC_MEETING_XML.replace(b"That the minutes be approved.", b"That the minutes be approved." + escaped).replace(
        b"https://democracy.example.gov.uk/documents/s1/Minutes.pdf", b"javascript:alert(7)"
    )


def unsafe_cells(db_path: Path, pattern: re.Pattern) -> list[tuple[str, str, str]]:
    """(table, column, excerpt) of every text value in every table of the database that matches ``pattern``."""
    conn = sqlite3.connect(db_path)
    found = []
    for (table,) in conn.execute("select name from sqlite_master where type = 'table'"):
        columns = [r[1] for r in conn.execute(f"pragma table_info([{table}])")]
        for column in columns:
            for (value,) in conn.execute(f"select [{column}] from [{table}] where typeof([{column}]) = 'text'"):
                m = pattern.search(value)
                if m:
                    found.append((table, column, value[max(0, m.start() - 40) : m.end() + 40]))
    conn.close()
    return found


@pytest.fixture(scope="module")
def injected_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("injected")
    (folder / "minutes.html").write_text(injected_minutes_page(), encoding="utf-8")
    (folder / "GetMeeting.xml").write_bytes(injected_webservice_meeting())
    db_path = folder / "c.db"
    proc = subprocess.run([str(COUNCILPACK), "ingest", str(folder), "--db", str(db_path)],
                          cwd=folder, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    conn = sqlite3.connect(db_path)
    assert conn.execute("select count(*) from documents where status = 'ok'").fetchone()[0] == 2
    assert conn.execute("select count(*) from agenda_items where minutes_text like '%the Panel noted the report%'").fetchone()[0] == 2  # the page and the web service
    conn.close()
    return db_path


def test_no_markup_from_moderngov_minutes_reaches_the_database(injected_db):
    """<script>, <iframe>, <img onerror>, <svg onload>, onclick: rendered to text, never stored."""
    assert unsafe_cells(injected_db, UNSAFE_TAGS) == []


def test_no_javascript_url_reaches_the_database(injected_db):
    assert unsafe_cells(injected_db, UNSAFE_URLS) == []


def test_no_markup_from_a_utf16_moderngov_page_reaches_the_database(tmp_path):
    path = tmp_path / "minutes.html"
    path.write_bytes(codecs.BOM_UTF16_LE + injected_minutes_page().encode("utf-16-le"))
    proc = subprocess.run([str(COUNCILPACK), "ingest", str(path), "--db", str(tmp_path / "c.db")],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert proc.returncode in (0, 1), proc.stderr
    assert unsafe_cells(tmp_path / "c.db", UNSAFE_TAGS) == []
