"""Children's-data probes (issue 17): does any child's name or date of birth reach the database?

The instrument redaction is judged by. Each probe file (``tests/redaction_probes/
tuning.toml`` to tune on, ``checking.toml`` to be scored on) holds short passages as
council documents write them, each with the strings that must be stored nowhere
(``secret``: a child's names, full dates of birth) and the strings that must still be
stored (``keep``: adults in their role, words that look like names).

How a probe file is measured, all with the real pipeline and nothing mocked:

1. **Render** every probe three ways: a Markdown agenda-pack page (``<id>.md``), the
   same page as a PDF drawn with reportlab (tables as ruled ``Table``s), and, for
   title probes and prose probes marked ``also_title``, a link title on a ModernGov
   "Agenda and minutes" page (``ieListDocuments.aspx``) whose link points at a small
   PDF carrying the same title in its metadata.
2. **Load** the Markdown and PDF files with one ``councilpack ingest --jobs 2`` and
   the ModernGov site (a real HTTP server on 127.0.0.1) with one ``councilpack
   scrape``, both into one SQLite file; then checkpoint the WAL.
3. **Scan** the raw bytes of the database file (and any ``-wal``) for every secret:
   as written, lower-cased (FTS5 stores lower-cased terms), with any run of blanks
   (spaces, line breaks, no-break spaces) between its words, straight or curly
   apostrophes, any dash for a hyphen. An occurrence inside one of the probe's own
   ``keep`` strings is not a leak ("Hope" inside "Hope Street"). Every full-text
   index is also asked for the secret as a phrase (FTS5 prefix-compresses its terms,
   so bytes alone can miss them). Then every text column of every table is scanned
   with SQL to say **where** each secret is (``table.column``) and in which format's
   document, and each ``keep`` is looked for in the rows of the probe's own document.

``checking2.toml`` is a second, unseen checking set (other names, other forms), written
without sight of the other files or the redaction code and scored once by the lead engineer.

Run ``python -m tests.test_redaction_probes tuning`` (or ``checking``, ``checking2``) for the score;
``--details`` lists every leak and every masked keep. The pytest tests below require
zero leaks and zero masked keeps and are strict xfails until redaction is rebuilt.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import subprocess
import sys
import tempfile
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape as html_escape
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import pytest

from tests.moderngov_server import ModernGovServer, Site
from tests.processes import COUNCILPACK

PROBES_DIR = Path(__file__).resolve().parent / "redaction_probes"
PROBE_FILES = ("tuning", "checking", "checking2")
KINDS = ("prose", "table", "title")
FORMATS = ("markdown", "pdf", "titles")

COUNCIL = "Westmere Borough Council"
COMMITTEE = "Corporate Parenting Panel"
COMMITTEE_ID = 5
MEETING_ID = 777
MEETING_DAY = "Thursday 12 March 2026"
FIRST_LINK_ID = 1001
# Every line the harness itself writes around a probe; no secret may occur in it.
FRAME_TEXT = f"""{COUNCIL} {COMMITTEE} {MEETING_DAY} 6.30 pm Agenda Item 5 – Case studies
Report of the Director of Children's Services. Agenda and minutes Venue: Committee Room 1, Town Hall
The Panel will hear case studies from the Children in Care service. Minutes: The Panel noted the case studies.
Additional documents: PDF 120 KB Appendix to agenda item 5, document Browse meetings"""


# --- probes ------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    """One passage, what must vanish from it (``secret``) and what must stay (``keep``)."""

    id: str
    form: str
    kind: str
    text: str
    secret: tuple[str, ...]
    keep: tuple[str, ...]
    also_title: bool = False

    @property
    def title(self) -> str | None:
        """The scraped link title this probe is published as, if any."""
        if self.kind == "title":
            return self.text.strip()
        return self.text.strip().splitlines()[0] if self.also_title else None

    def rendered(self, fmt: str) -> str:
        """The probe's text as it goes into documents of ``fmt`` ('' when it is not rendered there)."""
        if fmt == "titles":
            return self.title or ""
        return self.text

    def secrets_in(self, fmt: str) -> list[str]:
        """The secrets a document of ``fmt`` carries: all of them, or those in the link title."""
        return [s for s in self.secret if fmt != "titles" or occurrences(s, self.rendered(fmt), ())]

    def keeps_in(self, fmt: str) -> list[str]:
        """The keeps to look for in ``fmt`` (all of them in pages, so one never written is reported)."""
        return [k for k in self.keep if fmt != "titles" or occurrences(k, self.rendered(fmt), ())]


def load_probes(path: Path) -> list[Probe]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        Probe(
            id=p["id"], form=p["form"], kind=p["kind"], text=p["text"].strip("\n"),
            secret=tuple(p.get("secret", ())), keep=tuple(p.get("keep", ())), also_title=bool(p.get("also_title", False)),
        )  # fmt: skip
        for p in data["probe"]
    ]


def probe_file(name: str) -> Path:
    return PROBES_DIR / f"{name}.toml"


# --- matching a secret however it was stored ----------------------------------

_BLANKS = r"(?:\s|\xa0)+"
_BYTE_BLANKS = rb"(?:[ \t\r\n\f\v]|\xc2\xa0)+"
_APOSTROPHES, _DASHES = "'’‘", "-‐‑–—"
_INTERCHANGEABLE = {**{c: _APOSTROPHES for c in _APOSTROPHES}, **{c: _DASHES for c in _DASHES}}


@lru_cache(maxsize=None)
def text_pattern(value: str, ignore_case: bool) -> re.Pattern:
    """``value`` as a whole word sequence: any blanks between words, any apostrophe or dash."""
    words = ["".join("[" + re.escape(_INTERCHANGEABLE[ch]) + "]" if ch in _INTERCHANGEABLE else re.escape(ch) for ch in word)
             for word in value.split()]  # fmt: skip
    return re.compile(r"(?<![^\W_])" + _BLANKS.join(words) + r"(?![^\W_])", re.IGNORECASE if ignore_case else 0)


@lru_cache(maxsize=None)
def byte_pattern(value: str, bounded: bool) -> re.Pattern:
    """``value`` as UTF-8 bytes, the same variants as :func:`text_pattern`; ``bounded``: ASCII word boundaries.

    SQLite stores a row's values back to back, so "…application/pdfTom walked…" is a real
    leak of "Tom": a raw scan as written must not ask for a word boundary.
    """
    words = []
    for word in value.split():
        parts = []
        for ch in word:
            choices = _INTERCHANGEABLE.get(ch, ch)
            parts.append(b"(?:" + b"|".join(re.escape(c.encode()) for c in choices) + b")")
        words.append(b"".join(parts))
    body = _BYTE_BLANKS.join(words)
    return re.compile(rb"(?<![A-Za-z0-9])" + body + rb"(?![A-Za-z0-9])" if bounded else body)


def _outside(spans: list[tuple[int, int]], covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(a, b) for a, b in spans if not any(s <= a and b <= e for s, e in covered)]


@lru_cache(maxsize=None)
def _longest_word(value: str) -> str:
    """The longest run of word characters of ``value``, lower-cased: every variant of ``value`` contains it."""
    return max(re.findall(r"\w+", value.lower()), key=len, default="")


def occurrences(value: str, text: str, covers: tuple[str, ...], ignore_case: bool = True) -> list[tuple[int, int]]:
    """Spans of ``value`` in ``text`` that are not inside an occurrence of one of ``covers``."""
    if ignore_case and _longest_word(value) not in text.lower():  # a cheap test first: most values miss
        return []
    spans = [m.span() for m in text_pattern(value, ignore_case).finditer(text)]
    if not spans or not covers:
        return spans
    return _outside(spans, [m.span() for c in covers for m in text_pattern(c, ignore_case).finditer(text)])


def _printable_run(chunks) -> bool:
    """Whether any of ``chunks`` (byte strings, longest first) decodes as UTF-8 to four printable characters at its inner end."""
    for chunk, inner_end in chunks:
        try:
            text = chunk.decode("utf-8")
        except UnicodeDecodeError:
            continue
        run = text[:4] if inner_end == "start" else text[-4:]
        return len(run) == 4 and run.isprintable()
    return False


def _in_text(data: bytes, start: int, end: int) -> bool:
    """Whether the bytes ``start:end`` sit in text: four printable characters just after or just before them."""
    after = [(data[end : end + k], "start") for k in range(12, 3, -1)]
    before = [(data[max(0, start - k) : start], "end") for k in range(12, 3, -1)]
    return _printable_run(after) or _printable_run(before)


def byte_occurrences(value: str, data: bytes, lowered: bytes, covers: tuple[str, ...]) -> list[str]:
    """How ``value`` occurs in the raw bytes ``data`` of a database file, outside ``covers``.

    Two passes, UTF-8, a no-break space being its two bytes:

    - **as written**, anywhere (no word boundary: values are stored back to back), but only
      inside text: four printable bytes right before or right after it. A three-letter name
      such as "Bea" otherwise turns up now and then in the binary of b-tree pages and index
      doclists by chance (about one scan in twenty for a 1 MB file), which no reader of the
      database would see as a name. The probe files are checked so that no secret is part of
      another probe's text or the frame;
    - **lower-cased** in ``lowered`` (``data.lower()``, ASCII folding), between ASCII word
      boundaries (a lower-cased name is short and common inside other words): the copies
      FTS5 keeps as lower-cased terms, or any case-folded copy. Only places the first pass
      did not find are reported. Skipped for a secret that is part of one of ``covers``
      ("Hope" and "Hope Street"): an index term "hope" cannot say which it came from.
    """
    found, seen = [], set()
    word_of_a_keep = any(value.lower() in c.lower() for c in covers)
    for label, haystack, needle, cover_values, bounded in (
        ("as written", data, value, covers, False),
        *([] if word_of_a_keep else [("lower-cased only", lowered, value.lower(), tuple(c.lower() for c in covers), True)]),
    ):
        spans = [m.span() for m in byte_pattern(needle, bounded).finditer(haystack)]
        if not bounded:
            spans = [span for span in spans if _in_text(haystack, *span)]
        if spans and cover_values:
            spans = _outside(spans, [m.span() for c in cover_values for m in byte_pattern(c, False).finditer(haystack)])
        spans = [span for span in spans if not any(a <= span[0] and span[1] <= b for a, b in seen)]
        seen.update(spans)
        if spans:
            found.append(f"{len(spans)}× {label}")
    return found


# --- rendering ----------------------------------------------------------------


def blocks(text: str) -> list[tuple[str, object]]:
    """The probe text as ('line', str) and ('table', rows) blocks: lines holding ' | ' are table rows."""
    out: list[tuple[str, object]] = []
    for line in text.splitlines():
        if " | " in line:
            row = [cell.strip() for cell in line.split(" | ")]
            if out and out[-1][0] == "table":
                out[-1][1].append(row)
            else:
                out.append(("table", [row]))
        elif line.strip():
            out.append(("line", line))
    return out


def markdown_page(probe: Probe) -> str:
    """A short agenda-pack page in Markdown with the probe as the case-studies item."""
    parts = [f"# {COUNCIL}", "", f"## {COMMITTEE}", "", f"{MEETING_DAY}, 6.30 pm, Committee Room 1, Town Hall", "",
             "### Agenda Item 5 – Case studies", "", "Report of the Director of Children's Services.", ""]  # fmt: skip
    for kind, value in blocks(probe.text):
        if kind == "line":
            parts += [value, ""]
        else:
            header, *rows = value
            parts.append("| " + " | ".join(header) + " |")
            parts.append("|" + "---|" * len(header))
            parts += ["| " + " | ".join(row) + " |" for row in rows]
            parts.append("")
    return "\n".join(parts)


def write_pdf_page(probe: Probe, path: Path) -> None:
    """The Markdown page's content as a PDF; table blocks become reportlab Tables with grid lines."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    story = [
        Paragraph(xml_escape(COUNCIL), styles["Title"]),
        Paragraph(xml_escape(COMMITTEE), styles["Heading1"]),
        Paragraph(xml_escape(f"{MEETING_DAY}, 6.30 pm, Committee Room 1, Town Hall"), styles["Normal"]),
        Paragraph("Agenda Item 5 – Case studies", styles["Heading2"]),
        Paragraph("Report of the Director of Children's Services.", styles["Normal"]),
        Spacer(1, 8),
    ]
    for kind, value in blocks(probe.text):
        if kind == "line":
            story.append(Paragraph(xml_escape(value), styles["Normal"]))
            story.append(Spacer(1, 4))
        else:
            cells = [[Paragraph(xml_escape(c), styles["Normal"]) for c in row] for row in value]
            table = Table(cells, repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))  # fmt: skip
            story += [table, Spacer(1, 8)]
    SimpleDocTemplate(str(path), pagesize=A4, title=f"{COMMITTEE} agenda reports pack", author=COUNCIL).build(story)


def linked_pdf(title: str, number: int) -> bytes:
    """The document a scraped link points at: its metadata Title is the link title, its page neutral."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setTitle(title)
    page.setFont("Helvetica", 12)
    page.drawString(72, 760, f"{COUNCIL} – {COMMITTEE}")
    page.drawString(72, 740, f"Appendix to agenda item 5, document {number}")
    page.showPage()
    page.save()
    return buffer.getvalue()


def meeting_page(links: list[tuple[int, str]]) -> bytes:
    """A ModernGov 'Agenda and minutes' page whose item 5 lists one document per (link id, title)."""
    items = "\n".join(
        f'<li><a href="mgConvert2PDF.aspx?ID={n}" title="Link to document &#39;{html_escape(t)}&#39; pdf file">{html_escape(t)} '
        f'<span class="mgFileSize"><img src="mgimages/logo-pdf-1.gif" alt="" /> PDF 120 KB</span></a></li>'
        for n, t in links
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Agenda for {COMMITTEE} on {MEETING_DAY}, 6.30 pm - {COUNCIL}</title></head><body>
<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt"><a href="mgCommitteeDetails.aspx?ID={COMMITTEE_ID}">{COMMITTEE} - {MEETING_DAY} 6.30 pm</a></h2></div>
<div class="mgContent">
<p><span class="mgLabel">Venue: </span>Committee Room 1, Town Hall</p>
<table class="mgItemTable" summary="Table of agenda items">
<tr><th class="mgHide" scope="col">No.</th><th class="mgHide" scope="col">Item</th></tr>
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt"><a name="AI9005"></a>5.</p></td>
<td><p class="mgAiTitleTxt">Case studies</p>
<div class="mgWordPara"><p class="MsoNormal">The Panel will hear case studies from the Children in Care service.</p></div>
<p class="mgSubItemTitleTxt">Additional documents:</p>
<ul class="mgBulletList">
{items}
</ul>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara"><p class="MsoNormal">The Panel noted the case studies.</p></div>
</td></tr></table></div></div></body></html>""".encode()


def meetings_list_page() -> bytes:
    return f"""<!DOCTYPE html><html><head><title>Browse meetings - {COMMITTEE}</title></head><body>
<div id="modgov"><h1 class="mgMainTitleTxt">Browse meetings - {COMMITTEE}</h1><div class="mgContent">
<ul class="mgNonBulletTableList"><li class="mgTableEvenRow"><a class="mgMeetingTableLnk"
href="ieListDocuments.aspx?CId={COMMITTEE_ID}&amp;MId={MEETING_ID}&amp;Ver=4">12 Mar 2026&nbsp;6:30 pm</a></li></ul>
</div></div></body></html>""".encode()


# --- building the database ----------------------------------------------------


def title_links(probes: list[Probe]) -> dict[int, Probe]:
    """Link id on the meeting page -> the probe published as that link's title."""
    titled = [p for p in probes if p.title]
    return {FIRST_LINK_ID + i: p for i, p in enumerate(titled)}


def build_database(probes: list[Probe], workdir: Path) -> Path:
    """Render ``probes``, ingest and scrape them with the real commands; return the database path."""
    documents = workdir / "documents"
    documents.mkdir(parents=True)
    for probe in probes:
        (documents / f"{probe.id}.md").write_text(markdown_page(probe), encoding="utf-8")
        write_pdf_page(probe, documents / f"{probe.id}.pdf")
    db = workdir / "probes.db"
    ingest = subprocess.run(
        [str(COUNCILPACK), "ingest", str(documents), "--db", str(db), "--jobs", "2", "--quiet", "--council", COUNCIL, "--committee", COMMITTEE],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    if ingest.returncode != 0:
        raise RuntimeError(f"councilpack ingest failed ({ingest.returncode}):\n{ingest.stdout}\n{ingest.stderr}")

    links = title_links(probes)
    site = Site()
    site.add(f"/ieListMeetings.aspx?CommitteeId={COMMITTEE_ID}", meetings_list_page(), "text/html; charset=utf-8")
    site.add(f"/ieListDocuments.aspx?CId={COMMITTEE_ID}&MId={MEETING_ID}",
             meeting_page([(n, p.title) for n, p in links.items()]), "text/html; charset=utf-8")  # fmt: skip
    for number, probe in links.items():
        site.add(f"/mgConvert2PDF.aspx?ID={number}", linked_pdf(probe.title, number), "application/pdf")
    with ModernGovServer(site) as server:
        scrape = subprocess.run(
            [str(COUNCILPACK), "scrape", "--site", server.url, "--committee", str(COMMITTEE_ID), "--council", COUNCIL,
             "--db", str(db), "--data-dir", str(workdir / "data"), "--since", "2026-03-01", "--until", "2026-03-31",
             "--delay", "0", "--backoff", "0", "--timeout", "10", "--retries", "0"],
            capture_output=True, text=True, timeout=600,
        )  # fmt: skip
    if scrape.returncode != 0:
        raise RuntimeError(f"councilpack scrape failed ({scrape.returncode}):\n{scrape.stdout}\n{scrape.stderr}")
    with sqlite3.connect(db) as conn:
        conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    return db


# --- measuring ------------------------------------------------------------------


@dataclass
class ProbeResult:
    probe: Probe
    leaks: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    """format -> secret -> where ('table.column'); format 'file' holds raw-byte and index findings."""
    masked_keeps: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    """format -> keeps not found in that format's rows for this probe."""

    @property
    def leaked(self) -> bool:
        return any(self.leaks.values())


@dataclass
class Report:
    name: str
    probes: list[Probe]
    results: dict[str, ProbeResult]

    def score(self) -> dict[str, dict[str, int]]:
        """Per format (and 'all'): probes with secrets, those fully masked, secrets, secrets leaked, keeps, keeps masked."""
        out = {}
        for fmt in (*FORMATS, "all"):
            formats = FORMATS if fmt == "all" else (fmt,)
            rendered = [p for p in self.probes if any(p.rendered(f) for f in formats)]
            secrets = sum(len({s for f in formats for s in p.secrets_in(f)}) for p in rendered)
            keeps = sum(len(p.keeps_in(f)) for p in rendered for f in formats)
            leaked_sets = {
                p.id: {s for f, secrets in self.results[p.id].leaks.items() if fmt == "all" or f == fmt for s, where in secrets.items() if where}
                for p in rendered
            }  # fmt: skip
            with_secrets = [p for p in rendered if any(p.secrets_in(f) for f in formats)]  # keeps-only probes mask nothing
            out[fmt] = {
                "probes": len(with_secrets),
                "fully masked": sum(1 for p in with_secrets if not leaked_sets[p.id]),
                "secrets": secrets,
                "secrets leaked": sum(len(v) for v in leaked_sets.values()),
                "keeps": keeps,
                "keeps masked": sum(len(self.results[p.id].masked_keeps.get(f, [])) for p in rendered for f in formats),
            }
        return out

    def failures(self) -> list[str]:
        lines = []
        for probe in self.probes:
            result = self.results[probe.id]
            for fmt, secrets in result.leaks.items():
                for secret, where in secrets.items():
                    if where:
                        lines.append(f"{probe.id} [{fmt}] secret {secret!r} stored in {', '.join(sorted(where))}")
            for fmt, keeps in result.masked_keeps.items():
                for keep in keeps:
                    lines.append(f"{probe.id} [{fmt}] keep {keep!r} not stored unmasked")
        return lines

    def summary(self) -> str:
        score = self.score()
        rows = [f"{self.name}: {len(self.probes)} probes ('fully masked' counts the probes that have secrets)",
                f"{'format':<9} {'fully masked':>14} {'secrets leaked':>16} {'keeps masked':>14}"]  # fmt: skip
        for fmt, s in score.items():
            rows.append(f"{fmt:<9} {s['fully masked']:>6} / {s['probes']:<5} {s['secrets leaked']:>7} / {s['secrets']:<6} {s['keeps masked']:>5} / {s['keeps']:<5}")
        return "\n".join(rows)


def measure(probes: list[Probe], db: Path, name: str = "probes") -> Report:
    """Every secret and keep of ``probes`` against the database at ``db`` (see the module docstring)."""
    results = {p.id: ProbeResult(p) for p in probes}
    raw = b"".join(path.read_bytes() for path in (db, db.with_name(db.name + "-wal")) if path.exists())
    lowered = raw.lower()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    document_format = {row["id"]: _format_of(row["source"] or "") for row in conn.execute("select id, source from documents")}
    links = title_links(probes)
    link_of_probe = {p.id: n for n, p in links.items()}

    # 1. the raw bytes of the file, and the full-text indexes
    fts_tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' and sql like 'CREATE VIRTUAL TABLE%fts5%'")]
    for probe in probes:
        for secret in probe.secret:
            for how in byte_occurrences(secret, raw, lowered, probe.keep):
                results[probe.id].leaks["file"][secret].add(f"database file bytes ({how})")
            if not any(secret.lower() in k.lower() for k in probe.keep):  # a phrase cannot tell "Hope" from "Hope Street"
                for table in index_hits(conn, fts_tables, secret):
                    results[probe.id].leaks["file"][secret].add(f"{table} (full-text index)")

    # 2. every text column of every table, attributed to a format through its document
    text_by_document: dict[tuple[str, str], list[str]] = defaultdict(list)  # (format, document id) -> values
    for table in _content_tables(conn):
        columns = [r["name"] for r in conn.execute(f"pragma table_info([{table}])")]
        for row in conn.execute(f"select * from [{table}]"):
            values = {c: row[c] for c in columns if isinstance(row[c], str)}
            fmt, doc_id = _row_origin(table, dict(row), document_format)
            for column, value in values.items():
                text_by_document[(fmt, doc_id)].append(value)
                for probe in probes:
                    for secret in probe.secret:
                        if occurrences(secret, value, probe.keep):
                            results[probe.id].leaks[fmt][secret].add(f"{table}.{column}")

    # 3. keeps, in the rows of the probe's own document
    by_source = {row["source"]: row["id"] for row in conn.execute("select id, source from documents")}
    for probe in probes:
        for fmt in FORMATS:
            if fmt == "titles":
                number = link_of_probe.get(probe.id)
                values = [r[0] or "" for r in conn.execute("select title from source_documents where url like ?", [f"%ID={number}"])] if number else []
            else:
                doc_id = next((i for s, i in by_source.items() if s.endswith(f"/{probe.id}.{'md' if fmt == 'markdown' else 'pdf'}")), None)
                values = text_by_document.get((fmt, doc_id), [])
            for keep in probe.keeps_in(fmt):
                if not any(occurrences(keep, v, (), ignore_case=False) for v in values):
                    results[probe.id].masked_keeps[fmt].append(keep)
    conn.close()
    return Report(name, probes, results)


def index_hits(conn: sqlite3.Connection, fts_tables: list[str], secret: str) -> list[str]:
    """The full-text indexes that hold ``secret`` as a phrase (their own tokenizer and stemmer apply)."""
    phrase = '"' + " ".join(re.findall(r"\w+", secret)) + '"'
    return [t for t in fts_tables if conn.execute(f"select count(*) from [{t}] where [{t}] match ?", [phrase]).fetchone()[0]]


def _format_of(source: str) -> str:
    if source.startswith(("http://", "https://")):
        return "titles"
    return "markdown" if source.endswith(".md") else "pdf" if source.endswith(".pdf") else "other"


def _content_tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables (the full-text indexes' shadow tables are read as bytes and by phrase queries)."""
    names = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")]
    virtual = {r[0] for r in conn.execute("select name from sqlite_master where sql like 'CREATE VIRTUAL TABLE%'")}
    return [n for n in names if n not in virtual and not any(n.startswith(v + "_") for v in virtual)]


def _row_origin(table: str, row: dict, document_format: dict[str, str]) -> tuple[str, str | None]:
    """(format, document id) a row came from; scraped listings are 'titles', anything else 'unattributed'."""
    if table in ("source_documents", "source_meetings", "scrape_runs"):
        return "titles", row.get("document_id")
    for column in ("document_id", "evidence_document_id"):
        if row.get(column) in document_format:
            return document_format[row[column]], row[column]
    if table == "documents" and row.get("id") in document_format:
        return document_format[row["id"]], row["id"]
    return "unattributed", None


def run_probe_file(probes: list[Probe], name: str, workdir: Path) -> Report:
    return measure(probes, build_database(probes, workdir), name)


# --- tests ----------------------------------------------------------------------


class ProbesFailed(AssertionError):
    """Some secret was stored or some keep was masked (the only failure the xfail expects)."""


@pytest.mark.parametrize("name", PROBE_FILES)
def test_probe_files_are_well_formed(name):
    probes = load_probes(probe_file(name))
    assert len({p.id for p in probes}) == len(probes)
    for probe in probes:
        assert probe.kind in KINDS, probe.id
        assert probe.form and 1 <= len(probe.text.splitlines()) <= 6, probe.id
        assert probe.kind != "title" or "\n" not in probe.text, probe.id
        for value in (*probe.secret, *probe.keep):
            assert occurrences(value, probe.text, (), ignore_case=False), f"{probe.id}: {value!r} is not in its text"
        assert len({s.lower() for s in probe.secret}) == len(probe.secret), f"{probe.id}: secrets match in any case, list each once"
        for secret in probe.secret:
            assert not re.fullmatch(r"\d{2,4}", secret), f"{probe.id}: a year alone may stay, it is no secret"
            # measuring is per probe: no secret may appear in another probe's text or the frame
            # measuring is per probe: no secret may appear in another probe's text or the frame,
            # as a word in any case (the lower-cased scan) or as written inside a longer word (the raw scan)
            for other_text, where in [(o.text, o.id) for o in probes if o.id != probe.id] + [(FRAME_TEXT, "the frame")]:
                assert not occurrences(secret, other_text, ()), f"{probe.id}: {secret!r} also occurs in {where}"
                assert not byte_pattern(secret, False).search(other_text.encode()), f"{probe.id}: {secret!r} is part of a word in {where}"


def test_tuning_and_checking_share_no_names():
    tuning, checking = load_probes(probe_file("tuning")), load_probes(probe_file("checking"))
    assert len(tuning) + len(checking) >= 70
    for ours, theirs in ((tuning, checking), (checking, tuning)):
        text = "\n".join(p.text for p in theirs)
        for probe in ours:
            for secret in probe.secret:
                # as written: a word such as "rose" in one file is no name shared with the other
                assert not occurrences(secret, text, (), ignore_case=False), f"{probe.id}: {secret!r} occurs in the other file"


def test_checking2_shares_no_names_with_the_other_files():
    """The unseen set: none of its children's full names or dates is written in tuning or checking, nor theirs in it.

    It was written without sight of the other files, so a common given name or surname alone
    ("Grace", "Kofi", "Brennan") may recur; a whole name or a date may not.
    """
    files = {name: load_probes(probe_file(name)) for name in PROBE_FILES}
    assert len(files["checking2"]) >= 35
    for ours, theirs in (("checking2", "tuning"), ("checking2", "checking"), ("tuning", "checking2"), ("checking", "checking2")):
        text = "\n".join(p.text for p in files[theirs])
        for probe in files[ours]:
            for secret in (s for s in probe.secret if " " in s.strip() or any(ch.isdigit() for ch in s)):
                # as written: a word such as "rose" in one file is no name shared with the other
                assert not occurrences(secret, text, (), ignore_case=False), f"{ours} {probe.id}: a secret occurs in {theirs}"


CONTROL = '''
[[probe]]
id = "x01"
form = "control: nothing for redaction to recognise"
kind = "prose"
also_title = true
text = """Tom walked to school past Marigold Avenue with Councillor Ann Lee.
The walk took twenty minutes."""
secret = ["Tom"]
keep = ["Councillor Ann Lee", "Marigold Avenue", "Orchid Crescent"]

[[probe]]
id = "x02"
form = "control: a plain date in a table"
kind = "table"
text = """Walker | Date
Wilf Ransome | 14/09/2010"""
secret = ["Wilf Ransome", "14/09/2010"]
keep = []

[[probe]]
id = "x03"
form = "control: a name written only in lower case"
kind = "prose"
text = """The dog, ziggy, walked too."""
secret = ["Ziggy"]
keep = []
'''


def test_the_harness_reports_a_plain_leak_and_an_absent_keep(tmp_path):
    """Control: text no redaction rule can recognise must be reported as stored, in every format.

    'Orchid Crescent' is listed as a keep but written nowhere: it must be reported as masked
    in the Markdown and PDF documents, and the keeps that are written must not be.
    """
    (tmp_path / "control.toml").write_text(CONTROL, encoding="utf-8")
    report = run_probe_file(load_probes(tmp_path / "control.toml"), "control", tmp_path / "work")
    tom, table = report.results["x01"], report.results["x02"]
    assert "pages.text" in tom.leaks["markdown"]["Tom"] and "pages.text" in tom.leaks["pdf"]["Tom"], dict(tom.leaks)
    assert {"source_documents.title", "documents.title"} <= tom.leaks["titles"]["Tom"], dict(tom.leaks)
    assert any("as written" in w for w in tom.leaks["file"]["Tom"])
    assert any("lower-cased only" in w for w in report.results["x03"].leaks["file"]["Ziggy"]), dict(report.results["x03"].leaks)
    for fmt in ("markdown", "pdf"):
        assert table.leaks[fmt]["Wilf Ransome"] and table.leaks[fmt]["14/09/2010"], (fmt, dict(table.leaks))
        assert tom.masked_keeps[fmt] == ["Orchid Crescent"], (fmt, dict(tom.masked_keeps))
    assert tom.masked_keeps["titles"] == []
    score = report.score()
    assert score["all"]["fully masked"] == 0 and score["all"]["secrets leaked"] == 4
    assert score["markdown"]["keeps masked"] == 1 and score["pdf"]["keeps masked"] == 1 and score["titles"]["keeps masked"] == 0
    assert len(report.failures()) > 3


def test_a_secret_held_only_by_a_full_text_index_is_found():
    """FTS5 keeps lower-cased, porter-stemmed, prefix-compressed terms: asked as a phrase, it answers."""
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table notes_fts using fts5(body, tokenize='porter')")
    conn.execute("insert into notes_fts values ('Jordan McKenzie visited the Panel with Marcus Bell')")
    assert index_hits(conn, ["notes_fts"], "Jordan McKenzie") == ["notes_fts"]
    assert index_hits(conn, ["notes_fts"], "McKenzie's") == []  # "mckenzie s": not that phrase
    assert index_hits(conn, ["notes_fts"], "12/03/2008") == []
    conn.execute("insert into notes_fts values ('born 12/03/2008')")
    assert index_hits(conn, ["notes_fts"], "12/03/2008") == ["notes_fts"]


@pytest.mark.parametrize(
    "name",
    [
        "tuning",
        "checking",
        pytest.param("checking2", marks=pytest.mark.xfail(strict=True, raises=ProbesFailed, reason="issue 17: scored once unseen (28/36), now 32/36; the four hard cases left are listed in tests/README.md")),
    ],
)
def test_no_child_data_is_stored_and_no_adult_is_masked(name, tmp_path):
    report = run_probe_file(load_probes(probe_file(name)), name, tmp_path)
    failures = report.failures()
    if failures:
        raise ProbesFailed(f"{report.summary()}\n" + "\n".join(failures))


# --- the score, for the redaction engineer --------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.test_redaction_probes", description=__doc__.split("\n")[0])
    parser.add_argument("name", choices=PROBE_FILES, help="which probe file to measure")
    parser.add_argument("--details", action="store_true", help="list every leak and masked keep")
    parser.add_argument("--keep-dir", type=Path, help="build in this (new) directory and leave it there to inspect")
    args = parser.parse_args(argv)
    probes = load_probes(probe_file(args.name))
    if args.keep_dir:
        report = run_probe_file(probes, args.name, args.keep_dir)
    else:
        with tempfile.TemporaryDirectory(prefix="councilpack-probes-") as tmp:
            report = run_probe_file(probes, args.name, Path(tmp))
    print(report.summary())
    if args.details:
        print("\n".join(report.failures()))
    return 0 if not report.failures() else 1


if __name__ == "__main__":
    sys.exit(main())
