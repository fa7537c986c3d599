"""The executive documents drawn and their truth: decision notice, forward plan, officer report.

Layouts follow what ModernGov councils publish (never their text): the
decision notice is one labelled form per decision, a page each; the forward
plan a ruled landscape table, one row per planned decision; the officer report
a labelled header (report to, date of meeting, agenda item) over numbered
paragraphs.  Every page carries its number at the foot, so printed = physical.

The truth follows ``samples/README.md``: a decision notice shows one meeting
(the decision maker on the date of decision, held), one agenda item per
decision (its reference as the number), the resolved parts and the interests
declared; the forward plan shows no meeting, only ``work_programme`` rows with
their decision maker; the officer report shows the meeting it goes to
(scheduled) and the one item it is.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

from .executive import (CABINET, CABINET_DATE, CABINET_PRESENT, CALL_IN_DEADLINE, DECISIONS, FORWARD_PLAN,
                        FORWARD_PLAN_PUBLISHED, IN_FORCE, OFFICER_REPORT, PUBLISHED, Decision, OfficerReport)
from .people import COUNCIL, day_month_year, long_date
from .render_pdf import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, STYLES, draw_page_number, frame, make_doc, markup

LABEL = ParagraphStyle("label", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
HEAD = ParagraphStyle("form_head", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
PART = ParagraphStyle("part", fontName="Helvetica", fontSize=10.5, leading=14, leftIndent=28, bulletIndent=0,
                      spaceAfter=4)


def labelled(label: str, value: str) -> Paragraph:
    """``Decision maker: Cabinet`` with the label in bold, as ModernGov's forms print it."""
    return Paragraph(f"<b>{markup(label)}:</b> {markup(value)}", LABEL)


def part_ending(i: int, n: int) -> str:
    return "." if i == n - 1 else ("; and" if i == n - 2 else ";")


# --- decision notice --------------------------------------------------------------------------------


def decision_flowables(d: Decision) -> list:
    """One decision's form."""
    out = [
        Paragraph(markup(COUNCIL), STYLES["h2"]),
        Paragraph("Decision Notice", STYLES["h1"]),
        labelled("Decision maker", CABINET),
        labelled("Date of decision", long_date(CABINET_DATE)),
        # the dates of the notice come before the decision: the same lines at the foot of every
        # page would be taken for a running foot (pipeline/readers/page_furniture.py)
        labelled("Date of publication", day_month_year(PUBLISHED)),
        labelled("Call-in deadline", f"5.00 pm, {long_date(CALL_IN_DEADLINE)}"),
        labelled("Date decision comes into force", f"{day_month_year(IN_FORCE)} (unless called in)"),
        labelled("Decision reference", d.reference),
        labelled("Subject", d.subject),
        labelled("Key decision", "Yes" if d.key else "No"),
        labelled("Members present", ", ".join(p.cllr for p in CABINET_PRESENT)),
    ]
    if d.declarations:
        said = " ".join(f"{x.person.cllr} declared a {x.interest_type} interest in that {x.reason}. He "
                        f"{'remained in the meeting' if x.action == 'remained' else 'left the meeting'} "
                        f"during the decision." for x in d.declarations)
        out.append(labelled("Declarations of interest", said))
    else:
        out.append(labelled("Declarations of interest", "None"))
    out.append(Paragraph("Decision:", HEAD))
    n = len(d.parts)
    for i, p in enumerate(d.parts):
        marker = f"({i + 1})" if n > 1 else None
        out.append(Paragraph(markup(f"That {p.text}{part_ending(i, n)}"), PART, bulletText=marker))
    out += [
        Paragraph("Reasons for the decision:", HEAD), Paragraph(markup(d.reasons), STYLES["body"]),
        Paragraph("Alternative options considered:", HEAD), Paragraph(markup(d.alternatives), STYLES["body"]),
    ]
    return out


def render_decision_notice(path: Path) -> None:
    story: list = []
    for n, d in enumerate(DECISIONS):
        if n:
            story.append(PageBreak())
        story += decision_flowables(d)
    doc = make_doc(path, f"{CABINET} decision notice, {long_date(CABINET_DATE)}",
                   [PageTemplate("numbered", [frame()], onPage=draw_page_number(offset=0))], allow_splitting=True)
    doc.build(story)


def decision_notice_truth(document: str) -> dict:
    items, resolutions, declarations = [], [], []
    for pos, d in enumerate(DECISIONS, 1):
        items.append({"number": d.reference, "position": pos, "title": d.subject, "description": None,
                      "page_start": None, "page_end": None, "to_follow": False, "restricted": False})
        n = len(d.parts)
        resolutions += [{"item_number": d.reference, "position": i, "part": f"({i})" if n > 1 else None,
                         "text": p.text, "outcome": p.outcome, "explicit": True}
                        for i, p in enumerate(d.parts, 1)]
        declarations += [{"name": x.person.name, "item_number": d.reference, "interest_type": x.interest_type,
                          "description": x.reason, "action": x.action} for x in d.declarations]
    meeting = {"council": COUNCIL, "committee": CABINET, "date": CABINET_DATE.isoformat(), "start_time": None,
               "venue": None, "status": "held", "quorum": None, "published_on": PUBLISHED.isoformat(),
               "contact_name": None, "contact_email": None, "contact_phone": None, "previous_minutes_date": None,
               "source_meeting_id": None}
    return {"document": document, "kind": "decision_notice", "page_numbering": "printed", "meetings": [meeting],
            "agenda_items": items, "resolutions": resolutions, "declarations": declarations,
            "declarations_none": False}


# --- forward plan -----------------------------------------------------------------------------------

PLAN_HEADER = ("Decision", "Decision maker", "Date of decision", "Key decision", "Exempt", "Lead officer")
PLAN_WIDTHS = (250, 120, 90, 60, 50, 160)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)


def render_forward_plan(path: Path) -> None:
    """A landscape ruled table under the notice's heading."""
    width, height = landscape(A4)
    wide = Frame(MARGIN_X - 20, MARGIN_BOTTOM, width - 2 * (MARGIN_X - 20), height - MARGIN_TOP - MARGIN_BOTTOM,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    rows = [[Paragraph(f"<b>{h}</b>", CELL) for h in PLAN_HEADER]]
    for e in FORWARD_PLAN:
        rows.append([Paragraph(markup(e.title), CELL), Paragraph(markup(e.decision_maker), CELL),
                     day_month_year(e.planned), "Yes" if e.key else "No", "Yes" if e.exempt else "No",
                     Paragraph(markup(f"{e.lead.name}, {e.lead.job_title}"), CELL)])
    table = Table(rows, colWidths=PLAN_WIDTHS, repeatRows=1, style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story = [
        Paragraph(markup(COUNCIL), STYLES["h2"]),
        Paragraph("Forward Plan: Notice of Key Decisions", STYLES["h1"]),
        Paragraph(markup(f"Published {day_month_year(FORWARD_PLAN_PUBLISHED)}, for the period 1 February 2025 "
                         "to 31 May 2025."), STYLES["body"]),
        Paragraph("The plan lists the key decisions the Cabinet, individual Cabinet Members and the Council expect "
                  "to take in the coming months, and any decision to be taken in private.", STYLES["body"]),
        Spacer(0, 6), table,
    ]
    doc = make_doc(path, "Forward Plan: Notice of Key Decisions", [], allow_splitting=True)
    doc.pagesize = landscape(A4)
    doc.addPageTemplates([PageTemplate("numbered", [wide], onPage=_landscape_number, pagesize=landscape(A4))])
    doc.build(story)


def _landscape_number(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 10)
    canvas.drawCentredString(landscape(A4)[0] / 2, 32, str(canvas.getPageNumber()))
    canvas.restoreState()


def forward_plan_truth(document: str) -> dict:
    rows = [{"planned_date": e.planned.isoformat(), "title": e.title, "decision_maker": e.decision_maker}
            for e in FORWARD_PLAN]
    return {"document": document, "kind": "forward_plan", "page_numbering": "printed", "meetings": [],
            "agenda_items": [], "work_programme": rows}


# --- officer report ---------------------------------------------------------------------------------


def render_officer_report(path: Path, r: OfficerReport = OFFICER_REPORT) -> None:
    story = [
        Paragraph(markup(COUNCIL), STYLES["h2"]),
        labelled("Report to", r.meeting),
        labelled("Date of meeting", day_month_year(r.date)),
        labelled("Agenda item", r.item),
        labelled("Title", r.title),
        labelled("Report of", r.author.job_title),
        labelled("Key decision", "Yes"),
        Spacer(0, 8),
    ]
    for p in r.paragraphs:
        heading = p[:2].rstrip(".").isdigit() and p.split(" ", 1)[0].count(".") == 1
        story.append(Paragraph(markup(p), HEAD if heading else STYLES["body"]))
    doc = make_doc(path, f"{r.title}: report to {r.meeting}",
                   [PageTemplate("numbered", [frame()], onPage=draw_page_number(offset=0))], allow_splitting=True)
    doc.build(story)


def officer_report_truth(document: str, r: OfficerReport = OFFICER_REPORT) -> dict:
    meeting = {"council": COUNCIL, "committee": r.meeting, "date": r.date.isoformat(), "start_time": None,
               "venue": None, "status": "scheduled", "quorum": None, "published_on": None, "contact_name": None,
               "contact_email": None, "contact_phone": None, "previous_minutes_date": None,
               "source_meeting_id": None}
    item = {"number": r.item, "position": 1, "title": r.title, "description": None, "page_start": None,
            "page_end": None, "to_follow": False, "restricted": False}
    return {"document": document, "kind": "officer_report", "page_numbering": "printed", "meetings": [meeting],
            "agenda_items": [item]}
