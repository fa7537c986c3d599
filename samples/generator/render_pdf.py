"""PDF rendering with reportlab platypus: the agenda pack and the printed minutes.

The agenda pack (:func:`render_pack`) is planned before it is drawn: a
:class:`Pack` lays out which printed pages each report takes, the agenda
prints those ranges, and the build then checks, with zero-size :class:`Mark`
flowables at the start and end of every page, that each report page landed
exactly where the plan said (nothing may overflow, so the truth's page
numbers are right by construction).  The cover is physical page 1 with no
number; printed page 1 is physical page 2.

The printed minutes (:func:`render_printed_minutes`) flow freely; each
paragraph records the page it is drawn on (:class:`TrackedParagraph`) so the
truth can give every fact its page.

Output is byte-identical from run to run: ``rl_config.invariant`` and
``invariant=1`` remove timestamps and random document ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape as xml_escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

from .blocks import (BlankPage, Bullets, CaseStudy, CaseStudyBlock, Heading, KpiTable, Para, ProseCaseStudy,
                     RestrictedPage, TableBlock)
from .june_minutes import Action, Item, Resolution, Vote, part_ending
from .march import MARCH_GUESTS, MARCH_IN_ATTENDANCE, MARCH_PRESENT, PrintedItem
from .people import COMMITTEE, COUNCIL, EBC, MARCH, TEL, Meeting, Membership, Person, clock, day_month_year, long_date

rl_config.invariant = 1  # no timestamps or random document ids in the PDFs


PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 56, 50, 62
FRAME_W = PAGE_W - 2 * MARGIN_X

STYLES = {
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7),
    "just": ParagraphStyle("just", fontName="Helvetica", fontSize=11, leading=14.5, spaceAfter=8,
                           alignment=TA_JUSTIFY),
    "note": ParagraphStyle("note", fontName="Helvetica-Oblique", fontSize=9, leading=11.5, spaceBefore=4,
                           spaceAfter=8),
    # Symbol-font bullets (as Word produces) extract as "•"; Helvetica's would not.
    "bullet": ParagraphStyle("bullet", fontName="Helvetica", fontSize=10.5, leading=14, leftIndent=18,
                             bulletIndent=4, bulletFontName="Symbol", spaceAfter=3),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=6),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=6),
    "h3": ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4),
    "author": ParagraphStyle("author", fontName="Helvetica-Bold", fontSize=11, leading=14),
    "byline": ParagraphStyle("byline", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=10),
    "stamp": ParagraphStyle("stamp", fontName="Helvetica-Bold", fontSize=11, leading=14, alignment=TA_RIGHT),
    "table_title": ParagraphStyle("table_title", fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                                  spaceBefore=6, spaceAfter=5),
    "th": ParagraphStyle("th", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
    "td": ParagraphStyle("td", fontName="Helvetica", fontSize=9.5, leading=12),
    "council": ParagraphStyle("council", fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=10),
    "cover_title": ParagraphStyle("cover_title", fontName="Helvetica-Bold", fontSize=18, leading=24,
                                  spaceAfter=18),
    "cover": ParagraphStyle("cover", fontName="Helvetica", fontSize=11, leading=15, spaceAfter=5),
    "cover_head": ParagraphStyle("cover_head", fontName="Helvetica-Bold", fontSize=11, leading=15,
                                 spaceBefore=6, spaceAfter=5),
    "agenda_head": ParagraphStyle("agenda_head", fontName="Helvetica-Bold", fontSize=14, leading=18,
                                  spaceBefore=4, spaceAfter=12),
    "agenda_item": ParagraphStyle("agenda_item", fontName="Helvetica-Bold", fontSize=11, leading=14,
                                  leftIndent=22, bulletIndent=0, bulletFontName="Helvetica-Bold",
                                  bulletFontSize=11),
    "agenda_desc": ParagraphStyle("agenda_desc", fontName="Helvetica", fontSize=9.5, leading=13,
                                  leftIndent=22, spaceBefore=2, spaceAfter=13),
    "restricted": ParagraphStyle("restricted", fontName="Helvetica-Bold", fontSize=20, leading=26,
                                 alignment=TA_CENTER),
    "blank": ParagraphStyle("blank", fontName="Helvetica", fontSize=11, leading=14, alignment=TA_CENTER),
    "min_title": ParagraphStyle("min_title", fontName="Helvetica-Bold", fontSize=12, leading=15,
                                alignment=TA_CENTER, spaceAfter=14),
    "min_item": ParagraphStyle("min_item", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=14,
                               spaceAfter=8, keepWithNext=1),
    "min_itemno": ParagraphStyle("min_itemno", fontName="Helvetica-Oblique", fontSize=12, leading=15,
                                 spaceAfter=8, keepWithNext=1),
    "min_para": ParagraphStyle("min_para", fontName="Helvetica", fontSize=12, leading=15, bulletFontSize=12,
                               spaceAfter=8,
                               leftIndent=36, bulletIndent=14, alignment=TA_JUSTIFY),
    "min_plain": ParagraphStyle("min_plain", fontName="Helvetica", fontSize=12, leading=15, bulletFontSize=12,
                                spaceAfter=8,
                                alignment=TA_JUSTIFY),
    "min_sub": ParagraphStyle("min_sub", fontName="Helvetica", fontSize=12, leading=15, bulletFontSize=12,
                              spaceAfter=6,
                              leftIndent=64, bulletIndent=40),
}


def markup(text) -> str:
    """Paragraph markup for plain text (escapes &, < and >)."""
    return xml_escape(str(text))


class Mark(Flowable):
    """Zero-size flowable that records the physical page it is drawn on."""

    def __init__(self, registry: dict, key):
        super().__init__()
        self.registry, self.key = registry, key

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.registry.setdefault(self.key, self.canv.getPageNumber())


class TrackedParagraph(Paragraph):
    """A Paragraph that records the physical page it is drawn on (it must not
    be split: build with ``allowSplitting=0`` or wrap it in KeepTogether)."""

    def __init__(self, text, style, registry: dict, key, bulletText=None):
        super().__init__(text, style, bulletText=bulletText)
        self.registry, self.key = registry, key

    def draw(self):
        self.registry.setdefault(self.key, self.canv.getPageNumber())
        super().draw()


def kpi_table_flowable(t: KpiTable) -> Table:
    """A ruled table (grid lines, shaded header) or an unruled one (columns
    aligned by whitespace only, no lines or fills at all)."""
    header = [Paragraph("<br/>".join(markup(line) for line in h.split("\n")), STYLES["th"]) for h in t.header]
    body = [[Paragraph(markup(row[0]), STYLES["td"])] + [c.raw for c in row[1:]] for row in t.rows]
    style = [
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if t.ruled:
        style += [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]
        if t.rag_column is not None:
            fills = {"Red": "#F4B6B6", "Amber": "#FAD9A1", "Green": "#BFE3B4"}
            for r, row in enumerate(t.rows, start=1):
                fill = fills.get(row[t.rag_column].raw)
                if fill:
                    style.append(("BACKGROUND", (t.rag_column, r), (t.rag_column, r), colors.HexColor(fill)))
    else:
        style += [("LEFTPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, 0), 8)]
    assert abs(sum(t.col_widths) - FRAME_W) < 1.5 or sum(t.col_widths) < FRAME_W, t.title
    return Table([header] + body, colWidths=t.col_widths, style=TableStyle(style))


def case_study_flowable(c: CaseStudy) -> Table:
    rows = [[Paragraph(markup(c.title), STYLES["th"]), ""]]
    rows += [[Paragraph(markup(k), STYLES["th"]), Paragraph(markup(v), STYLES["td"])] for k, v in c.rows]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("SPAN", (0, 0), (1, 0)),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    return Table(rows, colWidths=[140, FRAME_W - 140], style=TableStyle(style))


def block_flowables(block) -> list:
    """Turn one content block into reportlab flowables."""
    if isinstance(block, Heading):
        return [Paragraph(markup(block.text), STYLES[f"h{block.level}"])]
    if isinstance(block, Para):
        return [Paragraph(markup(block.text), STYLES[block.style])]
    if isinstance(block, Bullets):
        return [Paragraph(markup(i), STYLES["bullet"], bulletText="•") for i in block.items] + [Spacer(0, 5)]
    if isinstance(block, TableBlock):
        out = [Paragraph(markup(block.table.title), STYLES["table_title"]), kpi_table_flowable(block.table)]
        if block.note:
            out.append(Paragraph(markup(block.note), STYLES["note"]))
        return out + [Spacer(0, 6)]
    if isinstance(block, CaseStudyBlock):
        return [case_study_flowable(block.case), Spacer(0, 12)]
    if isinstance(block, ProseCaseStudy):
        return [Paragraph(markup(block.title), STYLES["h3"])] + [
            Paragraph(markup(p), STYLES["body"]) for p in block.paras]
    if isinstance(block, BlankPage):
        return [Spacer(0, 300), Paragraph("This page is intentionally left blank", STYLES["blank"])]
    if isinstance(block, RestrictedPage):
        return [Spacer(0, 250), Paragraph("Document is Restricted", STYLES["restricted"])]
    raise TypeError(block)


def draw_page_number(offset: int) -> Callable:
    """onPage callback printing ``physical - offset`` at the bottom centre."""
    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 10)
        canvas.drawCentredString(PAGE_W / 2, 32, str(canvas.getPageNumber() - offset))
        canvas.restoreState()
    return on_page


def make_doc(path: Path, title: str, templates: list[PageTemplate], allow_splitting: bool) -> BaseDocTemplate:
    """A4 document with deterministic output (``invariant=1``)."""
    # The creator string is stored in every PDF, the committed samples included: it
    # names the command line that writes them, and changing it changes their bytes.
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1, allowSplitting=int(allow_splitting), title=title,
                          author=COUNCIL, subject=title, creator="councilpack samples/generate.py",
                          leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                          bottomMargin=MARGIN_BOTTOM)
    doc.addPageTemplates(templates)
    return doc


def frame() -> Frame:
    return Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


# --- agenda pack --------------------------------------------------------------

@dataclass
class Pack:
    """An agenda pack: meeting, membership, agenda items (with reports).

    ``layout()`` assigns printed page ranges: the cover is physical page 1 with
    no number; printed page 1 is physical page 2; the agenda takes
    ``agenda_pages`` pages, then each report in agenda order.
    """

    meeting: Meeting
    membership: Membership
    contact: Person
    items: list[Item]
    items_per_agenda_page: int = 8  # lines per agenda page, counting "Agenda - Part" headings
    ranges: dict = field(default_factory=dict)  # item key -> (first, last) printed page

    def agenda_layout(self) -> list[list[tuple]]:
        """Agenda pages as lists of ("head", part) / ("item", item) entries; a
        part heading always stays on the page of its first item."""
        pages: list[list[tuple]] = [[]]
        part = None
        for item in self.items:
            entries = [("item", item)]
            if item.part != part:
                part = item.part
                entries.insert(0, ("head", part))
            if len(pages[-1]) + len(entries) > self.items_per_agenda_page:
                pages.append([])
            pages[-1] += entries
        return pages

    @property
    def agenda_pages(self) -> int:
        return len(self.agenda_layout())

    def layout(self) -> None:
        page = self.agenda_pages + 1
        for item in self.items:
            if item.report and not item.to_follow:
                n = len(item.report.pages)
                self.ranges[item.key] = (page, page + n - 1)
                page += n

    def number(self, item: Item) -> str:
        return str(self.items.index(item) + 1)

    def agenda_line(self, item: Item) -> str:
        """``7. Title (Pages 3 - 7)`` as printed on the agenda."""
        return f"{self.number(item)}. {item.title} {self.pages_label(item)}".rstrip()

    def pages_label(self, item: Item) -> str:
        if item.to_follow:
            return "(To Follow)"
        if item.key in self.ranges:
            a, b = self.ranges[item.key]
            return f"(Pages {a} - {b})"
        return ""


def cover_flowables(pack: Pack) -> list:
    """The front sheet (physical page 1, no printed page number)."""
    m, ms = pack.meeting, pack.membership
    label = lambda text, value: Paragraph(f"<b>{markup(text)}</b> {markup(value)}", STYLES["cover"])
    out = [Paragraph(markup(COUNCIL.upper()), STYLES["council"]),
           Paragraph(markup(f"{COMMITTEE} Agenda"), STYLES["cover_title"]),
           label("Date:", long_date(m.date)), label("Time:", clock(m.start)), label("Venue:", m.venue),
           Spacer(0, 8), Paragraph(f"Membership (Quorum {ms.quorum})", STYLES["cover_head"])]
    rows = [("Chair:", [f"Councillor {ms.chair.name}"])]
    for party, people in ms.groups:
        rows.append((f"{party} Councillors:",
                     [p.name + (" (VC)" if p == ms.vice_chair else "") for p in people]))
    rows.append(("Non-Voting Advisory Member:", [ms.advisory.name]))
    data, style = [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), "Helvetica", 11),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for head, names in rows:
        for i, name in enumerate(names):
            data.append([head if i == 0 else "", name])
        data.append(["", ""])
    out.append(Table(data[:-1], colWidths=[190, FRAME_W - 190], style=TableStyle(style), hAlign="LEFT"))
    out.append(Paragraph("Reserve Members:", STYLES["cover_head"]))
    for party, people in ms.reserves:
        out.append(Paragraph(f"{party} Reserve Members:", STYLES["cover"]))
        out += [Paragraph(f"{i}. {markup(p.name)}", STYLES["cover"]) for i, p in enumerate(people, 1)]
    c = pack.contact
    out += [Spacer(0, 10), label("Contact:", f"{c.name}, {c.job_title}"), label("Tel:", TEL),
            label("E-mail:", c.email), Spacer(0, 24),
            label("Agenda publication date:", long_date(m.published_on))]
    return out


def agenda_flowables(pack: Pack, registry: dict) -> list:
    """The agenda pages: Part I items, then Part II, one bold line per item."""
    out: list = []
    for n, page in enumerate(pack.agenda_layout()):
        if n:
            out.append(PageBreak())
        for kind, entry in page:
            if kind == "head":
                out.append(Paragraph(f"Agenda - Part {'I' * entry}", STYLES["agenda_head"]))
                continue
            line = f"{entry.title} {pack.pages_label(entry)}".rstrip()
            width = stringWidth(f"{pack.number(entry)}. {line}", "Helvetica-Bold", 11)
            assert width < FRAME_W - 22, f"agenda line too long for one line: {line}"
            assert stringWidth(entry.description, "Helvetica", 9.5) < FRAME_W - 22, entry.description
            out.append(TrackedParagraph(markup(line), STYLES["agenda_item"], registry, ("agenda", entry.key),
                                        bulletText=f"{pack.number(entry)}."))
            out.append(Paragraph(markup(entry.description), STYLES["agenda_desc"]))
    out += [Spacer(0, 10), Paragraph("Data Protection Act Notice", STYLES["h3"]),
            Paragraph("This meeting will be recorded, and the recording published on the Council's website.",
                      STYLES["body"])]
    return out


def report_flowables(pack: Pack, item: Item, registry: dict) -> list:
    """All pages of one report.  Each page starts and ends with a Mark so the
    build can prove that nothing overflowed onto the next page."""
    first, last = pack.ranges[item.key]
    out: list = []
    for i, blocks in enumerate(item.report.pages):
        printed = first + i
        out.append(Mark(registry, ("start", printed)))
        if i == 0:
            out += [Paragraph(f"Agenda Item {pack.number(item)}", STYLES["stamp"]),
                    Paragraph(f"Pages {first} to {last}", STYLES["stamp"]), Spacer(0, 14)]
            if item.report.title:
                out += [Paragraph(markup(item.report.title), STYLES["h1"]),
                        Paragraph(markup(item.report.author), STYLES["author"]),
                        Paragraph(markup(item.report.byline), STYLES["byline"])]
        for block in blocks:
            out += block_flowables(block)
        out += [Mark(registry, ("end", printed)), PageBreak()]
    return out


def render_pack(pack: Pack, path: Path) -> None:
    """Write the agenda pack PDF and check the layout matched the plan."""
    pack.layout()
    registry: dict = {}
    cover = PageTemplate("cover", [frame()])
    numbered = PageTemplate("numbered", [frame()], onPage=draw_page_number(offset=1))
    story = cover_flowables(pack) + [NextPageTemplate("numbered"), PageBreak()]
    story += agenda_flowables(pack, registry) + [PageBreak()]
    for item in pack.items:
        if item.key in pack.ranges:
            story += report_flowables(pack, item, registry)
    story.pop()  # no PageBreak after the last page
    doc = make_doc(path, f"{COMMITTEE} agenda pack, {long_date(pack.meeting.date)}", [cover, numbered],
                   allow_splitting=False)
    doc.build(story)
    total_printed = max(b for _, b in pack.ranges.values()) if pack.ranges else pack.agenda_pages
    assert doc.page == total_printed + 1, (doc.page, total_printed)
    for key, page in registry.items():
        if key[0] in ("start", "end"):
            assert page - 1 == key[1], f"page content overflowed: printed page {key[1]} drawn on {page - 1}"
    agenda_pages = {registry[("agenda", i.key)] - 1 for i in pack.items}
    assert agenda_pages <= set(range(1, pack.agenda_pages + 1)), agenda_pages


# --- printed minutes ------------------------------------------------------------

def kent_resolution_flowables(res: Resolution, style: ParagraphStyle, bullet: str | None) -> list[Paragraph]:
    """``RESOLVED that ...`` (one part) or ``RESOLVED that:`` then a., b. parts."""
    if len(res.parts) == 1:
        return [Paragraph(markup(f"{res.lead} {res.parts[0].text}."), style, bulletText=bullet)]
    out = [Paragraph(markup(res.lead), style, bulletText=bullet)]
    for i, part in enumerate(res.parts):
        out.append(Paragraph(markup(part.text + part_ending(i, len(res.parts))), STYLES["min_sub"],
                             bulletText=f"{'abcdefgh'[i]}."))
    return out


def kent_vote_flowables(vote: Vote, style: ParagraphStyle, bullet: str | None) -> list[Paragraph]:
    """A vote's outcome: one numbered paragraph, then (a recorded vote) the
    ``For (N)`` / ``Against (N)`` / ``Abstain (N)`` lines with their names and
    the result, unnumbered and indented as in Kent's printed minutes."""
    first, *rest = vote.outcome()
    return ([Paragraph(markup(first), style, bulletText=bullet)]
            + [Paragraph(markup(line), STYLES["min_sub"]) for line in rest])


def render_printed_minutes(items: list[PrintedItem], path: Path) -> dict:
    """Write the Kent-style printed minutes; returns {(item no, paragraph index): physical page}."""
    registry: dict = {}
    m = MARCH
    present = ", ".join(f"{p.name} ({'Chair' if r == 'chair' else 'Vice-Chair'})" if r in ("chair", "vice-chair")
                        else p.name for p, r in MARCH_PRESENT[:-1]) + f" and {MARCH_PRESENT[-1][0].name}"
    guests = "; ".join(f"{g.cllr}, {g.job_title}" for g in MARCH_GUESTS)
    attendance = [f"{p.name} ({p.job_title}{', ' + p.organisation if p.organisation != EBC else ''})"
                  for p in MARCH_IN_ATTENDANCE]
    story = [
        Paragraph(markup(f"{COMMITTEE.upper()} – {day_month_year(m.date)}"), STYLES["min_title"]),
        Paragraph(markup(f"MINUTES of the meeting held in the {m.venue}."), STYLES["min_title"]),
        Paragraph(markup(f"PRESENT: {present}"), STYLES["min_plain"]),
        Paragraph(markup(f"ALSO PRESENT: {guests}."), STYLES["min_plain"]),
        Paragraph(markup("IN ATTENDANCE: " + ", ".join(attendance[:-1]) + " and " + attendance[-1]),
                  STYLES["min_plain"]),
    ]
    for n, item in enumerate(items, 1):
        story += [Paragraph(markup(item.title), STYLES["min_item"]), Paragraph(f"(Item {n})", STYLES["min_itemno"])]
        body = STYLES["min_para"] if item.numbered else STYLES["min_plain"]
        for j, para in enumerate(item.paras):
            bullet = f"{j + 1}." if item.numbered else None
            if isinstance(para, Resolution):
                story += kent_resolution_flowables(para, body, bullet)
            elif isinstance(para, Vote):
                story += kent_vote_flowables(para, body, bullet)
            else:
                text = para.text if isinstance(para, Action) else para
                # KeepTogether moves the whole paragraph to the next page rather
                # than splitting it, so the recorded page holds all its facts.
                story.append(KeepTogether([TrackedParagraph(markup(text), body, registry, (n, j),
                                                            bulletText=bullet)]))
    doc = make_doc(path, f"{COMMITTEE} minutes, {long_date(m.date)}",
                   [PageTemplate("numbered", [frame()], onPage=draw_page_number(offset=0))],
                   allow_splitting=True)
    doc.build(story)
    return registry
