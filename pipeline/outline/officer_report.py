"""Officer reports published on their own, linked to the meeting their header names.

A report headed with the meeting it goes to::

    Report to: Cabinet
    Date of meeting: 30 January 2025
    Agenda item: 7
    Title: Foster Carer Allowances 2025/26

is an outline of kind ``officer_report``: the meeting is the body it is
reported to on that date (status scheduled: a report shows a meeting to come,
see :func:`extractors.meeting.status_from_evidence`), and the report is the
one agenda item whose number the header prints, titled with the report's
title. Nothing else becomes an item: the report's numbered paragraphs
("1. Purpose of the report", "2. Recommendations") are its own sections, and
a header without an item number gives the meeting alone (no invented item).

Recognised by two labelled fields in the report's head (``[form_labels]``):
the body it goes to and the date of the meeting, in a head that does not call
itself minutes or an agenda (``[kinds]``).
"""

from __future__ import annotations

from extractors import vocab
from pipeline.outline.base import register_outliner
from pipeline.outline.form_fields import FormField, first, meeting_date, read_fields
from pipeline.readers.detect import DOC, DOCX, HTML, PDF, TEXT
from schemas.outline import ItemBlock, Line, Outline, lines_of
from schemas.provenance import Span
from schemas.source_document import SourceDocument

NAME = "officer_report"
HEAD_LINES = 15
HEAD_KINDS = ("body", "meeting_date", "date", "item", "subject", "other")


def _head_fields(doc: SourceDocument) -> tuple[list[Line], list[FormField]]:
    """The labelled fields among the report's first lines (a report's later text is not its header)."""
    lines = lines_of(doc.text)
    nonblank = [i for i, l in enumerate(lines) if l.stripped][:HEAD_LINES]
    if not nonblank:
        return lines, []
    head = lines[: nonblank[-1] + 1]
    return lines, [f for f in read_fields(doc.text, head) if f.kind in HEAD_KINDS]


def _score(doc: SourceDocument) -> float:
    if doc.media_type not in (PDF, DOCX, DOC, TEXT, HTML):
        return 0.0
    lines, fields = _head_fields(doc)
    if not (first(fields, "body") and (meeting_date(fields) or _dated_body(doc.text, first(fields, "body")))):
        return 0.0
    kinds = vocab.get("structure").kinds
    head = "\n".join(l.text for l in lines[: fields[-1].line + 1])
    if kinds.regex("minutes").search(head) or kinds.regex("agenda").search(head):
        return 0.0  # minutes or an agenda labelled the same way ("Meeting: Parish Council") are the meeting's own papers
    return 0.8


@register_outliner(NAME, _score)
def outline_officer_report(doc: SourceDocument) -> Outline:
    text = doc.text
    lines, fields = _head_fields(doc)
    outline = Outline(kind=NAME)
    for name, found in (("committee", first(fields, "body")), ("date", meeting_date(fields))):
        if found is not None:
            outline.fields[name] = _one_line(text, found.value)
    dated = _dated_body(text, first(fields, "body"))
    if dated is not None:  # "To: County Council - 13 March 2025": the body and the day in one field
        outline.fields["committee"] = dated[0]
        outline.fields.setdefault("date", dated[1])
    item = first(fields, "item")
    if item is not None:
        number = _one_line(text, item.value)
        block = ItemBlock(block=Span(start=lines[fields[0].line].span.start, end=len(text.rstrip())), number=number)
        block.number_text = text[number.start : number.end]
        subject = first(fields, "subject")
        block.title = _one_line(text, subject.value) if subject is not None else None
        outline.items.append(block)
    return outline


def _dated_body(text: str, body) -> tuple[Span, Span] | None:
    """The body and the meeting date written in one field: "To: County Council - 13 March 2025"."""
    if body is None or body.value is None:
        return None
    value = _one_line(text, body.value)
    m = vocab.regex("structure", "header.body_and_date").match(text, value.start, value.end)
    if m is None:
        return None
    return Span(start=m.start("body"), end=m.end("body")), Span(start=m.start("date"), end=m.end("date"))


def _one_line(text: str, span: Span) -> Span:
    """A header value is one line: the rest of a last header field's span is the report."""
    cut = text.find("\n", span.start, span.end)
    return span if cut < 0 else Span(start=span.start, end=cut)
