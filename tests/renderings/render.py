"""Draw a :class:`~tests.renderings.content.Minutes` as a PDF, in one of several styles.

Three layouts, each in one or several dresses (:data:`STYLES`):

* **browser**: what Chrome prints of a ModernGov "Agenda and minutes" page. One
  column in Helvetica (Arial), the page title and the meeting line as bold
  headings, each item's number cell printed beside its bold title (the item
  table's two cells share a row), the title's file size after it ("PDF 137 KB";
  the icon's alt text is an image, not printed), the body indented under the
  title.  With Chrome's "Headers and footers" on, every page carries the print
  date and the page's ``<title>`` at the top and the URL and ``1/5`` at the foot,
  drawn after the page's body (so they come last in its text; Word's stamps come first).
* **word**: minutes typed in Word and saved as PDF. The council and committee
  centred, "MINUTES of a meeting of ... held on ...", bold item headings with a
  hanging number ("1." or "1"), justified body paragraphs under them, RESOLVED
  in bold; the ModernGov labels ("Minutes:", "Additional documents:") and page
  chrome (Venue:, Contact:) are not printed. Dressed in Helvetica, Times or Vera
  (a TrueType font embedded as a subset, as Word embeds Arial or Calibri), with
  or without page stamps ("Page 3", "- 3 -", "Minute Book 1234", a running head).

* **parish**: minutes as a parish or community council's clerk types them in
  Word: the council's name centred in capitals, the text's own title lines
  centred ("(Draft ...)", "MINUTES OF THE ... MEETING HELD ON ... AT ..."), or a
  generated one when the text has none; "Present:" / "Those Attending:" with a
  bold label (``parish_table``: a two-column table, one name a row, when the
  list is a list of names); each minute's number as printed ("97/20", "3786.")
  at a tab stop, its heading in bold with the minute's first sentence after it
  on the same line (``parish_signed``: on its own line), justified body,
  RESOLVED in bold; feet "Page 2 of 5" and "Signed ...... Chairman  Date ......".
  In Arial (Helvetica), Times and Vera.

A parish source printed by a browser is its web page: the text's lines as
paragraphs, headings bold only where the page marks them (Markdown ``**``).

Every style prints every paragraph's words as the text form has them (the Word
layout leaves out only the page chrome listed above), so the rows read from a
rendering can be compared with the rows read from the text.  Output is
byte-identical from run to run (``invariant=1``).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from tests.renderings.content import FILE_SIZE, MODERNGOV_CHROME, Block, Item, Minutes

rl_config.invariant = 1

#: The marker of a list entry ("·", "(ii)", "a.", "3.") and the entry's text.
MARKER = re.compile(r"^\s*(?P<marker>[·•?▪o\-–]|\((?:\d{1,2}|[ivx]{1,4}|[a-z])\)|[a-z]\.|\d{1,2}\.)[\s\xa0]+(?P<text>.*)$")
#: The icon's alt text before a file size: an image, so a browser does not print it.
ICON_ALT = re.compile(r"^\s*(?:pdf icon\s+)?")
#: A fixed print date: renderings must not change from run to run.
PRINTED_AT = "07/12/2026, 09:14"


@dataclass(frozen=True)
class Font:
    regular: str
    bold: str
    size: float


@dataclass(frozen=True)
class Style:
    """One way of printing minutes. ``header``/``footer`` give a page's stamp (page, pages) or None."""

    name: str
    layout: str  # "browser" or "word"
    font: Font
    number_format: str = "{n}."  # Word layout: how an item number is printed before its title
    header: Callable[[Minutes, int, int], str | None] | None = None
    footer: Callable[[Minutes, int, int], str | None] | None = None
    footer_right: Callable[[Minutes, int, int], str | None] | None = None
    header_right: Callable[[Minutes, int, int], str | None] | None = None
    stamps_last: bool = False  # draw the stamps after the page's body (their place in the text order)
    signature: str | None = None  # parish layout: the line a chairman signs at the foot of every page
    run_on_apart: bool = False  # parish layout: a minute's first sentence on its own line, not after the heading
    attendance_table: bool = False  # parish layout: the present list as a two-column table, one name a row


def _register_vera() -> None:
    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
        pdfmetrics.registerFont(TTFont("VeraBd", "VeraBd.ttf"))
        pdfmetrics.registerFontFamily("Vera", normal="Vera", bold="VeraBd", italic="Vera", boldItalic="VeraBd")


HELVETICA = Font("Helvetica", "Helvetica-Bold", 10)
ARIAL_11 = Font("Helvetica", "Helvetica-Bold", 11)
TIMES_12 = Font("Times-Roman", "Times-Bold", 12)
VERA_10 = Font("Vera", "VeraBd", 10)


def _page_title(m: Minutes) -> str:
    when = f"{m.long_date}, {m.clock}" if m.clock else m.long_date
    return f"Agenda and minutes for {m.committee} on {when} - {m.council}"


def _url(m: Minutes) -> str:
    host = re.sub(r"[^a-z]", "", m.council.lower().replace("council", "").replace("borough", ""))
    return f"https://moderngov.{host}.gov.uk/ieListDocuments.aspx?CId=301&MId={(m.date or '').replace('-', '')}&Ver=4"


def _running_head(m: Minutes) -> str:
    if not m.date:
        return m.committee
    d = m.long_date.split(" ", 1)[1]
    return f"{m.committee} \u2013 {d}"


STYLES: dict[str, Style] = {
    s.name: s
    for s in (
        Style("browser", "browser", HELVETICA, stamps_last=True,
              header=lambda m, p, n: PRINTED_AT, header_right=lambda m, p, n: _page_title(m),
              footer=lambda m, p, n: _url(m), footer_right=lambda m, p, n: f"{p}/{n}"),
        Style("browser_plain", "browser", HELVETICA),
        Style("word", "word", ARIAL_11),
        Style("word_stamped", "word", ARIAL_11,
              header=lambda m, p, n: f"Minute Book {1232 + p}", footer=lambda m, p, n: f"Page {p}"),
        Style("word_times", "word", TIMES_12, number_format="{n}"),
        Style("word_times_stamped", "word", TIMES_12, number_format="{n}",
              header=lambda m, p, n: _running_head(m), footer=lambda m, p, n: f"- {p} -"),
        Style("word_vera_stamped", "word", VERA_10,
              footer=lambda m, p, n: f"Page {p} of {n}", header_right=lambda m, p, n: "Chair's initials ......"),
        Style("parish", "parish", ARIAL_11, footer=lambda m, p, n: f"Page {p} of {n}"),
        Style("parish_signed", "parish", TIMES_12, run_on_apart=True, footer=lambda m, p, n: f"Page {p} of {n}",
              signature="Signed ........................................ Chairman        Date ....................."),
        Style("parish_table", "parish", VERA_10, attendance_table=True, footer=lambda m, p, n: str(p),
              signature="Signed ........................ (Chairman)   Date ............"),
    )
}


#: The styles of a ModernGov page or printed minutes (browser print, Word-made minutes).
MODERNGOV_STYLES = ("browser", "browser_plain", "word", "word_stamped", "word_times", "word_times_stamped", "word_vera_stamped")
#: The styles of a parish clerk's Word-made minutes.
PARISH_STYLES = ("parish", "parish_signed", "parish_table")


def render(minutes: Minutes, style: Style | str, path: Path) -> Path:
    """Write ``minutes`` in ``style`` to ``path`` (built twice when a stamp needs the page count)."""
    style = STYLES[style] if isinstance(style, str) else style
    if style.font.regular == "Vera":
        _register_vera()
    story_of = {"browser": _browser_story, "word": _word_story, "parish": _parish_story}[style.layout]
    pages = 0
    if any((style.header, style.footer, style.footer_right, style.header_right, style.signature)):
        pages = _build(io.BytesIO(), minutes, style, story_of(minutes, style), 0)
    with path.open("wb") as out:
        _build(out, minutes, style, story_of(minutes, style), pages)
    return path


def _build(out, minutes: Minutes, style: Style, story: list, pages: int) -> int:
    margin = _margin(style)
    top = 1.4 * cm if style.layout == "browser" else 2.54 * cm
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=top, bottomMargin=top,
                          title=_pdf_title(minutes, style), author="", creator="", invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    stamp = _stamper(minutes, style, pages)
    where = {"onPageEnd": stamp} if style.stamps_last else {"onPage": stamp}
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], **where)])
    doc.build(story)
    return doc.page


def _pdf_title(minutes: Minutes, style: Style) -> str:
    """Chrome puts the page's ``<title>`` in the PDF's metadata; a Word file here has none."""
    return _page_title(minutes) if style.layout == "browser" else ""


def _margin(style: Style) -> float:
    return 1.0 * cm if style.layout == "browser" else 2.54 * cm


def _stamper(minutes: Minutes, style: Style, pages: int):
    def stamp(canvas, doc) -> None:
        p = doc.page
        width, height = A4
        size = 8 if style.layout == "browser" else style.font.size - 2
        inset = 0.5 * cm if style.layout == "browser" else 2.54 * cm
        canvas.saveState()
        canvas.setFont(style.font.regular, size)
        if style.header and (text := style.header(minutes, p, pages)):
            canvas.drawString(inset, height - 1.0 * cm, text)
        if style.header_right and (text := style.header_right(minutes, p, pages)):
            if style.layout == "browser":
                canvas.drawCentredString(width / 2, height - 1.0 * cm, text)
            else:
                canvas.drawRightString(width - inset, height - 1.3 * cm, text)
        if style.footer and (text := style.footer(minutes, p, pages)):
            if style.layout == "browser":
                canvas.drawString(inset, 0.6 * cm, text)
            else:
                canvas.drawCentredString(width / 2, 1.3 * cm, text)
        if style.footer_right and (text := style.footer_right(minutes, p, pages)):
            canvas.drawRightString(width - inset, 0.6 * cm, text)
        if style.signature:
            canvas.drawString(inset, 1.9 * cm, style.signature)
        canvas.restoreState()

    return stamp


def _ps(style: Style, name: str, bold: bool = False, size: float | None = None, **kw) -> ParagraphStyle:
    size = size or style.font.size
    font = style.font.bold if bold else style.font.regular
    # a list marker or an item number is drawn in the paragraph's own font (reportlab's default is Helvetica)
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.25, bulletFontName=font,
                          bulletFontSize=size, **kw)


def _inline(text: str) -> str:
    """Paragraph markup for one text-form line: escaped, runs of blanks kept as one space."""
    return escape(re.sub(r"[\s\xa0]+", " ", text).strip())


def _resolved(text: str, bold: str = "b") -> str:
    m = re.match(r"^(RESOLVED:?)(.*)$", re.sub(r"[\s\xa0]+", " ", text).strip(), re.S)
    return f"<{bold}>{escape(m.group(1))}</{bold}>{escape(m.group(2))}" if m else _inline(text)


def _body(block: Block, style: Style, indent: float, justify: bool) -> Paragraph:
    align = TA_JUSTIFY if justify else TA_LEFT
    if block.kind == "resolved":
        return Paragraph(_resolved(block.text), _ps(style, "resolved", leftIndent=indent, alignment=align, spaceAfter=6))
    if block.kind == "label":
        return Paragraph(_inline(block.text), _ps(style, "label", bold=True, leftIndent=indent, spaceBefore=4, spaceAfter=4))
    if block.kind == "list" and (m := MARKER.match(block.text)):
        hang = 22 if len(m.group("marker")) < 4 else 30
        ps = _ps(style, "list", leftIndent=indent + hang, bulletIndent=indent + 4, alignment=align, spaceAfter=4)
        text = m.group("text").strip()
        if text.upper().startswith("RESOLVED"):
            return Paragraph(_resolved(text), ps, bulletText=m.group("marker"))
        return Paragraph(_inline(text), ps, bulletText=m.group("marker"))
    return Paragraph(_inline(block.text), _ps(style, "para", leftIndent=indent, alignment=align, spaceAfter=6))


def _blocks(blocks: list[Block], style: Style, indent: float, justify: bool) -> list:
    """Paragraphs, with each run of ``row`` blocks drawn as one borderless table."""
    out: list = []
    rows: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and block.kind == "row":
            rows.append(block)
            continue
        if rows:
            out.append(_table(rows, style, indent))
            rows = []
        if block is not None:
            out.append(_body(block, style, indent, justify))
    return out


def _table(rows: list[Block], style: Style, indent: float) -> Table:
    """A table as pages print one: cells side by side, each cell's lines stacked in it."""
    ps = _ps(style, "cell")
    cells = [[[Paragraph(_inline(line), ps) for line in cell.split("\n")] for cell in row.text.split("\t")] for row in rows]
    columns = max(len(r) for r in cells)
    cells = [[""] + r + [""] * (columns - len(r)) for r in cells]  # an empty first column indents the table
    width = A4[0] - 2 * _margin(style) - indent
    shares = [0.35, 0.65] if columns == 2 else [1 / columns] * columns  # a name column, then a wider one
    table = Table(cells, colWidths=[indent] + [width * f for f in shares], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


# -- browser ---------------------------------------------------------------------------------

def _browser_story(m: Minutes, style: Style) -> list:
    story: list = []
    for n, block in enumerate(m.front):
        if n == 0:
            story.append(Paragraph(_inline(block.text), _ps(style, "h1", bold=True, size=18, spaceAfter=10)))
        elif n == 1:
            story.append(Paragraph(_inline(block.text), _ps(style, "h2", bold=True, size=13, spaceAfter=8)))
        elif (label := re.match(r"^(Venue|Contact):\s*(.*)$", block.text)):
            story.append(Paragraph(f"<b>{label.group(1)}: </b>{_inline(label.group(2))}", _ps(style, "field", spaceAfter=4)))
        else:
            story.append(_body(block, style, 0, False))
    for item in m.items:
        story += _browser_item(item, style)
    return story


def _browser_heading(line: str) -> str:
    """The title in bold, its file size after it in the body font (the icon is an image)."""
    size = FILE_SIZE.search(line)
    title = FILE_SIZE.sub("", line)
    tail = " " + escape(ICON_ALT.sub("", size.group(0))) if size else ""
    return f"<b>{escape(title)}</b>{tail}"


def _browser_item(item: Item, style: Style) -> list:
    if item.typed:
        return _browser_page_item(item, style)
    out: list = [Spacer(1, 6)]
    heading = [Paragraph(_browser_heading(line) if n == 0 else _inline(line), _ps(style, "heading", size=style.font.size + 1))
               for n, line in enumerate(item.heading_lines)]
    if item.number_cell:
        number = Paragraph(f"<b>{escape(item.number_cell)}</b>", _ps(style, "number", size=style.font.size + 1))
        row = Table([[number, heading or ""]], colWidths=[36, None])
        row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        out.append(row)
    else:
        out += [_indented(p, 36) for p in heading]
    out += _blocks(item.blocks, style, 36, False)
    return out


def _browser_page_item(item: Item, style: Style) -> list:
    """A parish web page's minute as a browser prints it: the heading line as the text has it, bold
    only where the page marks it bold (a Markdown ``**``), then its paragraphs, all at the margin."""
    line = _inline(item.heading_lines[0])
    heading = Paragraph(f"<b>{line}</b>" if item.heading_bold else line, _ps(style, "page-heading", spaceAfter=6))
    return [heading, *_blocks(item.blocks, style, 0, False)]


def _indented(p: Paragraph, indent: float) -> Paragraph:
    p.style = ParagraphStyle(p.style.name + "-indented", parent=p.style, leftIndent=indent)
    return p


# -- word ------------------------------------------------------------------------------------

def _is_chrome(block: Block, m: Minutes) -> bool:
    """Page furniture a Word-made document does not print: page title, meeting line, Venue:, Contact: ..."""
    text = block.text.strip()
    year = m.date[:4] if m.date else "\x00"  # no date: no line is the page title by its year
    return (
        text in MODERNGOV_CHROME or text in ("No.", "Item", "Agenda and minutes", "Resolved Items")
        or text.startswith(("Venue:", "Contact:", "Tel:", "MINUTES of"))
        or (m.committee.lower() in text.lower() and year in text and len(text) < len(m.committee) + 40)
    )


def _word_story(m: Minutes, style: Style) -> list:
    indent = 1.27 * cm
    story: list = [
        Paragraph(escape(m.council.upper()), _ps(style, "council", bold=True, size=style.font.size + 3, alignment=TA_CENTER, spaceAfter=6)),
        Paragraph(escape(m.committee.upper()), _ps(style, "committee", bold=True, size=style.font.size + 1, alignment=TA_CENTER, spaceAfter=12)),
    ]
    when = f"{m.long_date} at {m.clock}" if m.clock else m.long_date
    where = f" in {m.venue}" if m.venue else ""
    story.append(Paragraph(f"<b>MINUTES</b> of a meeting of the {escape(m.committee)} held on {escape(when)}{escape(where)}.",
                           _ps(style, "opening", alignment=TA_JUSTIFY, spaceAfter=12)))
    for block in m.front:
        if not _is_chrome(block, m):
            story.append(_body(block, style, 0, True))
    for item in m.items:
        story.append(Spacer(1, 6))
        if item.title is not None:
            number = _printed_number(item.number or "")
            ps = _ps(style, "item", bold=True, leftIndent=indent, bulletIndent=0, spaceAfter=6, keepWithNext=1)
            bullet = style.number_format.format(n=number) if number else None
            story.append(Paragraph(escape(item.title), ps, bulletText=bullet) if bullet else Paragraph(escape(item.title), ps))
        if item.run_on:  # a parish minute's first sentence, typed after its heading: here its first paragraph
            story.append(_body(Block("para", item.run_on), style, indent, True))
        story += _blocks([b for b in item.blocks if not (b.kind == "label" and b.text in MODERNGOV_CHROME)], style, indent, True)
    return story



# -- parish ----------------------------------------------------------------------------------

#: Where a clerk's one-line title breaks in Word: before "(Draft ...)", after it, before "Minutes of".
TITLE_BREAK = re.compile(r"\s+(?=\()|(?<=\))\s+|\s+(?=minutes of\b)", re.I)
#: An attendance line: its label and the names after it.
ATTENDANCE = re.compile(r"^(?P<label>(?:present|those attending|in attendance|also present|apologies|absent)[^:]{0,30}:)\s*(?P<names>.*)$", re.I)
#: Where a typed list of names breaks into a table's rows: at commas and a last "and", and before each
#: councillor's title ("Cllr A (Chair) Cllr B"), never inside brackets.
NAME_BREAK = re.compile(r",\s+(?![^()]*\))|\s+and\s+(?![^()]*\))|(?<!County)(?<!Borough)(?<!District)\s+(?=(?:Cllrs?|Councillor)\b)(?![^()]*\))")
#: One entry of such a list: a title, up to four capitalised names, a role in brackets ("Cllr Sue Lintern (Chair)").
NAME_ENTRY = re.compile(r"^(?:(?:Cllrs?|Councillor|County Cllr|Mrs|Mr|Ms|Miss|Dr)\.?\s+)*(?:[A-Z][\w'’.-]*\s*){1,4}(?:\([^()]*\))?\.?$")


def _parish_title(m: Minutes) -> list[str]:
    """The centred lines at the top: the council in capitals, then the text's own title lines, broken
    where Word would break them, "Minutes of ..." in capitals; a generated "MINUTES OF THE MEETING OF
    ... HELD ON ... AT ..." when the text has no title lines (or only ModernGov chrome)."""
    lines = [piece for b in m.front if b.kind == "title" for piece in TITLE_BREAK.split(b.text) if piece.strip()]
    lines = [l.upper() if l.lower().startswith("minutes of") else l for l in lines]
    if not lines:
        held = f" HELD ON {m.long_date.upper()}" if m.date else ""
        at = f" AT {m.clock.upper()}" if m.clock else ""
        where = f", {m.venue.upper()}" if m.venue else ""
        lines = [f"MINUTES OF THE MEETING OF THE {m.committee.upper()}{held}{at}{where}"]
    if lines[0].upper() != m.council.upper():
        lines.insert(0, m.council.upper())
    return lines


def _attendance(block: Block, style: Style) -> list:
    """``Present: A, B, C`` as a bold label before the names, or a two-column table of one name a row."""
    m = ATTENDANCE.match(block.text)
    names = [n.strip() for n in NAME_BREAK.split(m.group("names")) if n.strip()]
    if not style.attendance_table or not names or not all(NAME_ENTRY.match(n) for n in names):
        # prose ("Apologies were received from ..."), or a list a clerk would not put in a table ("Cllrs Parker, Snell")
        return [Paragraph(f"<b>{escape(m.group('label'))}</b> {_inline(m.group('names'))}",
                          _ps(style, "attendance", alignment=TA_JUSTIFY, spaceAfter=6))]
    ps = _ps(style, "cell")
    names = [Paragraph(_inline(n), ps) for n in names]
    table = Table([[Paragraph(f"<b>{escape(m.group('label'))}</b>", ps), names]], colWidths=[4 * cm, None], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [table]


def _parish_story(m: Minutes, style: Style) -> list:
    """Minutes as a parish clerk types them in Word (see the module docstring)."""
    indent = 1.9 * cm  # a tab stop wide enough for "100/20"
    title = _parish_title(m)
    story: list = [Paragraph(escape(title[0]), _ps(style, "council", bold=True, size=style.font.size + 3, alignment=TA_CENTER, spaceAfter=8))]
    story += [Paragraph(escape(l), _ps(style, "title", bold=True, alignment=TA_CENTER, spaceAfter=4)) for l in title[1:]]
    story.append(Spacer(1, 10))
    for block in m.front:
        if block.kind == "title" or _is_chrome(block, m):
            continue
        story += _attendance(block, style) if ATTENDANCE.match(block.text) else [_body(block, style, 0, True)]
    for item in m.items:
        story.append(Spacer(1, 4))
        number = item.printed_number or (style.number_format.format(n=_printed_number(item.number)) if item.number else None)
        left = indent if number else 0
        if item.title is not None:
            ps = _ps(style, "minute", leftIndent=left, bulletIndent=0, alignment=TA_JUSTIFY, spaceAfter=6,
                     keepWithNext=1 if not item.run_on or style.run_on_apart else 0)
            ps.bulletFontName = style.font.bold
            heading = f"<b>{escape(item.title)}</b>"
            if item.run_on and not style.run_on_apart:
                heading += " " + _inline(item.run_on)
            story.append(Paragraph(heading, ps, bulletText=number) if number else Paragraph(heading, ps))
            if item.run_on and style.run_on_apart:
                story.append(_body(Block("para", item.run_on), style, left, True))
        blocks = [b for b in item.blocks if not (b.kind == "label" and b.text in MODERNGOV_CHROME)]
        story += _blocks(blocks, style, left, True)
    return story


def _printed_number(number: str) -> str:
    """An item number as a clerk prints it: its own punctuation kept ("97/20", "19.03.4"), no trailing stop."""
    return re.sub(r"[^\w/.]", "", number).rstrip(".")
