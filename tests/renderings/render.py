"""Draw a :class:`~tests.renderings.content.Minutes` as a PDF, in one of several styles.

Two layouts, each in several dresses (:data:`STYLES`):

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
    return f"https://moderngov.{host}.gov.uk/ieListDocuments.aspx?CId=301&MId={m.date.replace('-', '')}&Ver=4"


def _running_head(m: Minutes) -> str:
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
    )
}


def render(minutes: Minutes, style: Style | str, path: Path) -> Path:
    """Write ``minutes`` in ``style`` to ``path`` (built twice when a stamp needs the page count)."""
    style = STYLES[style] if isinstance(style, str) else style
    if style.font.regular == "Vera":
        _register_vera()
    story_of = _browser_story if style.layout == "browser" else _word_story
    pages = 0
    if any((style.header, style.footer, style.footer_right, style.header_right)):
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


def _indented(p: Paragraph, indent: float) -> Paragraph:
    p.style = ParagraphStyle(p.style.name + "-indented", parent=p.style, leftIndent=indent)
    return p


# -- word ------------------------------------------------------------------------------------

def _is_chrome(block: Block, m: Minutes) -> bool:
    """Page furniture a Word-made document does not print: page title, meeting line, Venue:, Contact: ..."""
    text = block.text.strip()
    year = m.date[:4]
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
            number = re.sub(r"[^\w]", "", item.number or "")
            ps = _ps(style, "item", bold=True, leftIndent=indent, bulletIndent=0, spaceAfter=6, keepWithNext=1)
            bullet = style.number_format.format(n=number) if number else None
            story.append(Paragraph(escape(item.title), ps, bulletText=bullet) if bullet else Paragraph(escape(item.title), ps))
        story += _blocks([b for b in item.blocks if not (b.kind == "label" and b.text in MODERNGOV_CHROME)], style, indent, True)
    return story

