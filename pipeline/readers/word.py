"""Word documents: ``.docx`` read with python-docx, old binary ``.doc`` converted to ``.docx`` first.

A Word file has no fixed pages and no printed text layer, but it knows more
than a PDF about its structure: each paragraph's style (``Heading 1``,
``Title``), its automatic numbering and which runs are bold.  The reader
renders the body to text one paragraph a line, in order, with:

* **automatic numbering printed** ("1.", "2.3", "(a)", bullets as "•"), the way
  Word prints it: a clerk's minute numbers are often list numbering, absent
  from the paragraph's own text (:mod:`pipeline.readers.word_numbering`);
* **emphasis recorded like the PDF reader's** (``PageText.meta``
  ``emphasised_lines``: lines whose first letter is bold or set larger, or whose
  style is a heading; ``emphasised_whole``: emphasised throughout), so the
  general structure reader (:mod:`pipeline.outline.general`) weighs a Word
  heading as it weighs a PDF's bold line; a paragraph that starts in bold and
  runs on in regular type ("**5. Planning** The clerk reported ...") is split
  where the bold ends, as the PDF reader splits a run-in heading
  (:func:`pipeline.readers.pdf_typography._run_in_end`);
* **tables as tables**: each Word table is written to the text as one line a
  row, cells tab-separated (as the ModernGov HTML reader writes them), and
  given as a :class:`~schemas.source_document.RawTable` (``source="docx"``,
  ``ruled`` when Word draws its grid: borders on the table, its table style or
  its cells) with its span and the heading above it; a merged cell's text is repeated in each column it covers;
* **text boxes** read where they are anchored (Word's own content, not the
  fallback copy a converter writes beside it);
* **pages** where the document breaks them: an explicit page break, "page
  break before", or the break Word recorded when it last laid the document
  out (``lastRenderedPageBreak``, written by Word itself), each starting the
  next page at a paragraph boundary so no line is cut in two.

Headers, footers, footnotes and comments are left out: running heads and
notes, not the minutes.

Old binary ``.doc`` files are converted by LibreOffice (``soffice --headless
--convert-to docx``, Debian's ``libreoffice-writer-nogui``) and the result
read as above.  Chosen by measurement on the two real ``.doc`` files in
``../shared/corpus2/docx`` over antiword (Debian's ``antiword``): antiword
takes under 0.01 s a file where LibreOffice takes 3-4 s (and some 210 MB),
but antiword lost a whole table's figures (the child-poverty briefing's
Table 1: none of its 120 numbers in its output), prints tables as ASCII
``|`` art and knows no styles, so its headings would be plain lines;
LibreOffice gives every table with its cells (21 and 3 tables), the
heading styles and the text boxes.  Without ``soffice`` a ``.doc`` is a read
error that names the package to install.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field

from schemas.provenance import Span
from schemas.source_document import PageText, RawTable, SourceDocument
from pipeline.readers.base import ReadError
from pipeline.readers.detect import DOC, DOCX, sniff
from pipeline.readers.pdf_typography import LARGER, _run_in_end
from pipeline.readers.word_numbering import Numbering

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MAX_PARAGRAPHS = 200_000  # a 300-page report has some 10,000; far more is an attack or an accident
CONVERT_SECONDS = 90  # LibreOffice converts a 400 KB .doc in 3-4 s; a file that takes longer is refused
_HEADING_STYLE = re.compile(r"^(?:heading\s*\d|title|subtitle)\b", re.I)


@dataclass
class _Line:
    """One line of the rendered text: its words, emphasis, and whether a page starts before it."""

    text: str
    lead: bool = False  # its first letter is emphasised (bold, larger, a heading style)
    whole: bool = False  # emphasised throughout
    new_page: bool = False


@dataclass
class _Body:
    """The rendered lines and the tables found, by line index."""

    lines: list[_Line] = field(default_factory=list)
    tables: list[tuple[int, int, list[list[str | None]], bool]] = field(default_factory=list)  # (first line, end line, rows, ruled)
    break_pending: bool = False  # a page break ended the last paragraph: the next line starts a page


def read_docx(doc_id: str, source: str, data: bytes, media_type: str = DOCX) -> SourceDocument:
    """The text, emphasis and tables of a ``.docx`` (see the module docstring)."""
    import docx  # python-docx; imported here so that reading PDFs never pays for it

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zipfile, KeyError and lxml errors for damaged packages
        raise ReadError(f"unreadable Word document ({type(exc).__name__}): {exc}"[:500]) from exc
    reader = _Reader(document)
    body = _Body()
    reader.block(document.element.body, body)  # nesting is bounded: lxml refuses XML deeper than 256 elements
    if not any(line.text.strip() for line in body.lines):
        raise ReadError("Word document has no text")
    pages, tables = _paginate(body)
    doc = SourceDocument(id=doc_id, source=source, media_type=media_type, pages=pages, tables=tables)
    title = (document.core_properties.title or "").strip()
    doc.title = title or None
    return doc


def read_doc(doc_id: str, source: str, data: bytes) -> SourceDocument:
    """An old binary ``.doc``: converted to ``.docx`` by LibreOffice, then read by :func:`read_docx`.

    Bytes that are no Word compound file are refused at once: LibreOffice would take seconds to say so.
    """
    if sniff(data) != DOC:
        raise ReadError("not an old binary Word document (.doc): no compound file with a WordDocument stream")
    return read_docx(doc_id, source, convert_doc(data), media_type=DOC)


def convert_doc(data: bytes) -> bytes:
    """The ``.docx`` LibreOffice makes of a ``.doc`` (a read error when LibreOffice is missing or fails)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise ReadError(
            "old binary Word document (.doc): reading it needs LibreOffice, which is not installed "
            "(no `soffice` on PATH; on Debian: apt-get install libreoffice-writer-nogui)"
        )
    with tempfile.TemporaryDirectory(prefix="councilpack-doc-") as folder:
        path = os.path.join(folder, "document.doc")
        with open(path, "wb") as f:
            f.write(data)
        # a profile of its own: two conversions at once would otherwise share (and lock) the user's
        command = [soffice, "--headless", "--norestore", "--nologo", f"-env:UserInstallation=file://{folder}/profile",
                   "--convert-to", "docx", "--outdir", folder, path]  # fmt: skip
        try:
            done = subprocess.run(command, capture_output=True, timeout=CONVERT_SECONDS, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as exc:
            raise ReadError(f"old binary Word document (.doc): LibreOffice did not convert it within {CONVERT_SECONDS} s") from exc
        out = os.path.join(folder, "document.docx")
        if not os.path.isfile(out):
            why = (done.stderr or done.stdout).decode("utf-8", "replace").strip().splitlines()
            raise ReadError(f"old binary Word document (.doc): LibreOffice could not convert it (exit {done.returncode}{': ' + why[-1] if why else ''})"[:500])
        with open(out, "rb") as f:
            return f.read()


class _Reader:
    """Walks a document body's XML in order, rendering paragraphs, tables and text boxes."""

    def __init__(self, document) -> None:
        self.document = document
        self.styles = _StyleBook(document)
        self.numbering = Numbering.of(document)
        self.paragraphs = 0

    def block(self, parent, body: _Body) -> None:
        """Paragraphs and tables under ``parent`` (the body, a cell, a content control, a text box)."""
        for child in parent.iterchildren():
            tag = child.tag
            if tag == f"{W}p":
                self.paragraph(child, body)
            elif tag == f"{W}tbl":
                self.table(child, body)
            elif tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{MC}AlternateContent", f"{MC}Choice"):
                self.block(child, body)

    def paragraph(self, p, body: _Body) -> None:
        self.paragraphs += 1
        if self.paragraphs > MAX_PARAGRAPHS:
            raise ReadError(f"refused: more than {MAX_PARAGRAPHS} paragraphs")
        style = self.styles.paragraph_style(p)
        pieces: list[tuple[str, bool, float | None]] = []  # (text, bold, size)
        starts_page = body.break_pending or self.styles.page_break_before(p, style)
        body.break_pending = False
        boxes = []
        for node in p.iter(f"{W}r", f"{W}txbxContent"):
            if node.tag == f"{W}txbxContent":
                if not any(a.tag == f"{MC}Fallback" for a in node.iterancestors()):
                    boxes.append(node)
                continue
            if any(a.tag in (f"{MC}Fallback", f"{W}txbxContent") for a in node.iterancestors()) and not _inside(node, p):
                continue
            bold, size = self.styles.run_format(node, style)
            for child in node.iterchildren():
                tag = child.tag
                if tag == f"{W}t":
                    pieces.append((child.text or "", bold, size))
                elif tag == f"{W}tab":
                    pieces.append(("\t", bold, size))
                elif tag in (f"{W}br", f"{W}cr"):
                    if child.get(f"{W}type") == "page":
                        if any(t.strip() for t, _, _ in pieces):
                            body.break_pending = True
                        else:
                            starts_page = True
                    else:
                        pieces.append(("\n", bold, size))
                elif tag == f"{W}lastRenderedPageBreak":
                    if any(t.strip() for t, _, _ in pieces):
                        body.break_pending = True
                    else:
                        starts_page = True
                elif tag == f"{W}noBreakHyphen":
                    pieces.append(("-", bold, size))
        number = self.numbering.label(p, style)
        heading = bool(_HEADING_STYLE.match(self.styles.name(style) or "")) or self.styles.outline_level(p, style) is not None
        self._emit(pieces, number, heading, starts_page, body)
        for box in boxes:
            self.block(box, body)

    def _emit(self, pieces, number: str | None, heading: bool, starts_page: bool, body: _Body) -> None:
        """Add the paragraph's lines (one per line break it holds), its run-in heading split off."""
        chars: list[tuple[str, bool, float | None]] = []
        if number:
            first_bold = next((b for t, b, _ in pieces if t.strip()), False)
            chars += [(c, first_bold, None) for c in number + ("\t" if number == "•" else " ")]
        for text, bold, size in pieces:
            chars += [(c, bold, size) for c in text]
        line: list[tuple[str, bool, float | None]] = []
        for item in chars + [("\n", False, None)]:
            if item[0] != "\n":
                line.append(item)
                continue
            self._line(line, heading, starts_page, body)
            starts_page = False
            line = []

    def _line(self, chars, heading: bool, starts_page: bool, body: _Body) -> None:
        raw = "".join(c for c, _, _ in chars)
        text = raw.strip()
        lead_cut = len(raw) - len(raw.lstrip())
        chars = chars[lead_cut : lead_cut + len(text)]
        if not text:
            body.lines.append(_Line("", new_page=starts_page))
            return
        visible = [(b, s) for c, b, s in chars if c.isalnum()]
        if not visible:
            body.lines.append(_Line(text, new_page=starts_page))
            return
        size = max((s for _, s in visible if s), default=None)
        larger = size is not None and self.styles.body_size is not None and size >= self.styles.body_size * LARGER
        bold = [b for b, _ in visible]
        lead, whole = heading or larger or bold[0], heading or larger or all(bold)
        cut = 0 if whole else _run_in_end(text, 0, lambda i: chars[i][1])
        if cut:
            body.lines.append(_Line(text[:cut].rstrip(), lead=True, whole=True, new_page=starts_page))
            body.lines.append(_Line(text[cut:].lstrip()))
        else:
            body.lines.append(_Line(text, lead=lead, whole=whole, new_page=starts_page))

    def table(self, tbl, body: _Body) -> None:
        """A table: one line a row (cells tab-separated) and its cell texts as rows."""
        from docx.table import Table

        try:  # python-docx lays merged cells out on the grid, repeating a merged cell in each column it covers
            grid = [[cell._tc for cell in row.cells] for row in Table(tbl, self.document).rows]
        except Exception:  # a grid it cannot lay out (spans past the grid's end): the cells as written
            grid = [list(tr.iterchildren(f"{W}tc")) for tr in tbl.iterchildren(f"{W}tr")]
        texts: dict[int, str | None] = {}  # a merged cell is read once (its paragraphs' numbers advance once)
        rows: list[list[str | None]] = []
        for row in grid:
            cells = []
            for tc in row:
                if id(tc) not in texts:
                    inner = _Body()
                    self.block(tc, inner)
                    texts[id(tc)] = " ".join(" ".join(l.text.split()) for l in inner.lines if l.text.strip()) or None
                cells.append(texts[id(tc)])
            rows.append(cells)
        rows = [r for r in rows if any(r)]
        if not rows:
            return
        width = max(len(r) for r in rows)
        rows = [r + [None] * (width - len(r)) for r in rows]
        first = len(body.lines)
        new_page, body.break_pending = body.break_pending, False
        for r in rows:
            body.lines.append(_Line("\t".join(c or "" for c in r).rstrip("\t") or " ", new_page=new_page))
            new_page = False
        body.tables.append((first, len(body.lines), rows, self.styles.ruled(tbl)))


def _inside(run, p) -> bool:
    """Is ``run`` a run of paragraph ``p`` itself (not of a text box anchored in it)?"""
    for ancestor in run.iterancestors():
        if ancestor is p:
            return True
        if ancestor.tag in (f"{W}txbxContent", f"{MC}Fallback"):
            return False
    return False


class _StyleBook:
    """Paragraph and run formatting resolved through Word's style inheritance (direct → style → based-on → defaults)."""

    def __init__(self, document) -> None:
        self.by_id = {}
        self.default_paragraph = None
        for s in document.styles.element.iterchildren(f"{W}style"):
            sid = s.get(f"{W}styleId")
            self.by_id[sid] = s
            if s.get(f"{W}type") == "paragraph" and s.get(f"{W}default") in ("1", "true"):
                self.default_paragraph = s
        defaults = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.default_size = _size(defaults) if defaults is not None else None
        self.body_size = self.size_of(self.default_paragraph) or self.default_size or 10.0
        self._cache: dict[tuple, tuple[bool, float | None]] = {}
        self._styled: dict[tuple, object] = {}
        self._names: dict[int, str | None] = {}

    def paragraph_style(self, p):
        ppr = p.find(f"{W}pPr")
        ref = ppr.find(f"{W}pStyle") if ppr is not None else None
        if ref is not None and ref.get(f"{W}val") in self.by_id:
            return self.by_id[ref.get(f"{W}val")]
        return self.default_paragraph

    def name(self, style) -> str | None:
        """The style's name, or the name of a heading style it is based on."""
        if style is None:
            return None
        if id(style) not in self._names:
            self._names[id(style)] = self._name(style)
        return self._names[id(style)]

    def _name(self, style) -> str | None:
        for s in self._chain(style):  # a custom style based on "Heading 2" is a heading too
            node = s.find(f"{W}name")
            if node is not None and _HEADING_STYLE.match(node.get(f"{W}val") or ""):
                return node.get(f"{W}val")
        node = style.find(f"{W}name")
        return node.get(f"{W}val") if node is not None else None

    def _chain(self, style):
        seen = set()
        while style is not None and id(style) not in seen:
            seen.add(id(style))
            yield style
            based = style.find(f"{W}basedOn")
            style = self.by_id.get(based.get(f"{W}val")) if based is not None else None

    def _property(self, nodes, path: str):
        for node in nodes:
            if node is None:
                continue
            found = node.find(path)
            if found is not None:
                return found
        return None

    def _paragraph_property(self, p, style, name: str):
        """A paragraph property set on the paragraph itself, else on its style or one it is based on (looked up once a style)."""
        ppr = p.find(f"{W}pPr")
        found = ppr.find(f"{W}{name}") if ppr is not None else None
        if found is not None:
            return found
        key = (id(style), name)
        if key not in self._styled:
            self._styled[key] = self._property([s.find(f"{W}pPr") for s in self._chain(style)], f"{W}{name}")
        return self._styled[key]

    def outline_level(self, p, style) -> int | None:
        """The paragraph's outline level (Word's headings have one; body text none)."""
        found = self._paragraph_property(p, style, "outlineLvl")
        if found is None:
            return None
        level = found.get(f"{W}val")
        return int(level) if level and level.isdigit() and int(level) < 9 else None

    def page_break_before(self, p, style) -> bool:
        found = self._paragraph_property(p, style, "pageBreakBefore")
        return found is not None and found.get(f"{W}val") not in ("0", "false", "off")

    def ruled(self, tbl) -> bool:
        """Does Word draw the table's grid: borders on the table, its table style (or one it is based on), or its cells?"""
        tpr = tbl.find(f"{W}tblPr")
        ref = tpr.find(f"{W}tblStyle") if tpr is not None else None
        style = self.by_id.get(ref.get(f"{W}val")) if ref is not None else None
        found = self._property([tpr, *(s.find(f"{W}tblPr") for s in self._chain(style))], f"{W}tblBorders")
        if found is not None:
            return _drawn(found)
        return any(_drawn(borders) for borders in tbl.iter(f"{W}tcBorders"))

    def size_of(self, style) -> float | None:
        for s in self._chain(style):
            rpr = s.find(f"{W}rPr")
            if rpr is not None and _size(rpr) is not None:
                return _size(rpr)
        return None

    def run_format(self, r, pstyle) -> tuple[bool, float | None]:
        """Is the run bold, and its size in points: the run's own setting, its character style's, the paragraph style's."""
        rpr = r.find(f"{W}rPr")
        rstyle_ref = rpr.find(f"{W}rStyle") if rpr is not None else None
        rstyle = self.by_id.get(rstyle_ref.get(f"{W}val")) if rstyle_ref is not None else None
        direct_bold = _flag(rpr, "b") if rpr is not None else None
        direct_size = _size(rpr) if rpr is not None else None
        key = (id(rstyle), id(pstyle))
        if key not in self._cache:
            bold = size = None
            for s in [*self._chain(rstyle), *self._chain(pstyle)]:
                srpr = s.find(f"{W}rPr")
                if srpr is None:
                    continue
                if bold is None:
                    bold = _flag(srpr, "b")
                if size is None:
                    size = _size(srpr)
            self._cache[key] = (bool(bold), size or self.default_size)
        bold, size = self._cache[key]
        return (direct_bold if direct_bold is not None else bold), (direct_size or size)


def _drawn(borders) -> bool:
    """Is any of these borders (``w:top``, ``w:insideH`` ...) a drawn line?"""
    return any(edge.get(f"{W}val") not in (None, "nil", "none") for edge in borders)


def _flag(rpr, name: str) -> bool | None:
    node = rpr.find(f"{W}{name}")
    if node is None:
        return None
    return node.get(f"{W}val") not in ("0", "false", "off")


def _size(rpr) -> float | None:
    node = rpr.find(f"{W}sz")
    value = node.get(f"{W}val") if node is not None else None
    return int(value) / 2 if value and value.isdigit() else None  # half-points


def _paginate(body: _Body) -> tuple[list[PageText], list[RawTable]]:
    """Pages from the rendered lines (a page starts where a line says so), with emphasis offsets and the tables' spans."""
    pages: list[PageText] = []
    line_page: list[tuple[int, int]] = []  # per line: (page index, offset in that page's text)
    current: list[str] = []
    leads: list[int] = []
    wholes: list[int] = []
    offset = 0

    def close() -> None:
        text = "\n".join(current)
        pages.append(PageText(index=len(pages) + 1, text=text, meta={"emphasised_lines": list(leads), "emphasised_whole": list(wholes)}))

    for line in body.lines:
        if line.new_page and any(l.strip() for l in current):
            close()
            current.clear(), leads.clear(), wholes.clear()
            offset = 0
        line_page.append((len(pages) + 1, offset))
        if not line.text.strip() and (not current or not current[-1].strip()):
            continue  # empty paragraphs typed for spacing: one blank line at most, none at a page's top
        if line.lead:
            leads.append(offset)
        if line.whole:
            wholes.append(offset)
        current.append(line.text)
        offset += len(line.text) + 1
    close()
    _trim(pages)
    tables = []
    doc_starts = _page_starts(pages)
    for first, end, rows, ruled in body.tables:
        page, at = line_page[first]
        _, last_at = line_page[end - 1]
        last = body.lines[end - 1].text
        title = _title_above(body.lines, first)
        start = doc_starts[page] + at
        tables.append(RawTable(page=page, rows=rows, source="docx", ruled=ruled, title_hint=title,
                               span=Span(start=start, end=doc_starts[page] + last_at + len(last))))  # fmt: skip
    return pages, tables


def _trim(pages: list[PageText]) -> None:
    """Blank lines at a page's end dropped (offsets of the lines kept do not move)."""
    for page in pages:
        page.text = page.text.rstrip("\n ")


def _page_starts(pages: list[PageText]) -> dict[int, int]:
    from schemas.source_document import PAGE_SEPARATOR

    starts, offset = {}, 0
    for page in pages:
        starts[page.index] = offset
        offset += len(page.text) + len(PAGE_SEPARATOR)
    return starts


def _title_above(lines: list[_Line], index: int) -> str | None:
    """The nearest non-blank line above a table, when it reads as a heading (short, not a sentence, not a table row)."""
    for line in reversed(lines[max(0, index - 6) : index]):
        text = line.text.strip()
        if not text:
            continue
        if "\t" in line.text or text.endswith((".", ";", ",")) or len(text) > 150:
            return None
        return text
    return None


__all__ = ["read_doc", "read_docx", "convert_doc"]
