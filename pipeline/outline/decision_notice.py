"""Decision notices: one labelled form per decision, read as a meeting of the decision maker.

A decision notice ("Decision notice", "Record of decision", "Record of
executive decisions") prints, for each decision, who took it, when, its
subject and reference, who was present, interests declared, the decision,
reasons, alternatives considered, and when it comes into force::

    Decision maker: Cabinet
    Date of decision: Thursday 30 January 2025
    Decision reference: CAB/25/07
    Subject: Foster Carer Allowances 2025/26
    Declarations of interest: Councillor Sunil Patel declared a personal interest ...
    Decision:
    (1) That the weekly allowances ... be approved; and
    (2) That the Director ... be authorised ...

It becomes an outline of kind ``decision_notice``: the meeting is the decision
maker (committee) on the date of decision, held; each form is one agenda item
(its reference, or item number, as the number; its subject as the title),
whose minutes are the whole form (so the declarations extractor reads its
interests) and whose decision is the ``Decision:`` field (so the resolutions
extractor reads each part, ``source`` "decision").

A document is recognised by a title line in its head (``[documents]
decision_notice``) together with a decision field and a date of decision
(``[form_labels]``). Forms are told apart by the field that repeats once per
decision: the decision maker where every form names it, else the subject or
reference (a record whose head names the decision maker once).
"""

from __future__ import annotations

from pipeline.outline.base import register_outliner
from pipeline.outline.form_fields import FormField, first, is_title_line, meeting_date, read_fields
from pipeline.readers.detect import DOC, DOCX, HTML, PDF, TEXT
from schemas.outline import ItemBlock, Outline, lines_of
from schemas.provenance import Span
from schemas.source_document import SourceDocument

NAME = "decision_notice"
HEAD_LINES = 12
ANCHOR_KINDS = ("body", "meeting_date", "reference", "item", "subject")


def _score(doc: SourceDocument) -> float:
    if doc.media_type not in (PDF, DOCX, DOC, TEXT, HTML):
        return 0.0
    lines = lines_of(doc.text)
    head = [l for l in lines if l.stripped][:HEAD_LINES]
    if not any(is_title_line(l, NAME) for l in head):
        return 0.0
    fields = read_fields(doc.text, lines)
    return 0.9 if first(fields, "decision") and meeting_date(fields) else 0.0


@register_outliner(NAME, _score)
def outline_decision_notice(doc: SourceDocument) -> Outline:
    text = doc.text
    lines = lines_of(text)
    fields = read_fields(text, lines)
    outline = Outline(kind=NAME)
    for name, found in (("committee", first(fields, "body")), ("date", meeting_date(fields)), ("published", first(fields, "published"))):
        if found is not None:
            outline.fields[name] = _one_line(text, found.value)
    forms = split_forms(fields)
    for form in forms:
        outline.items.append(_item(text, lines, form))
    if len(forms) == 1 and outline.items[0].title is None:
        outline.items[0].title = _subject_line(lines, fields)
    return outline


def _subject_line(lines, fields: list[FormField]) -> Span | None:
    """The subject of a one-decision page printed unlabelled, the one line between its title and its first field
    (ModernGov's "Decision details" / "Notice of Motion Submitted by ..." / "Decision Maker: Council")."""
    if not fields:
        return None
    head = [l for l in lines[: fields[0].line] if l.stripped]
    title = next((n for n, l in enumerate(head) if is_title_line(l, NAME)), None)
    rest = head[title + 1 :] if title is not None else []
    return rest[0].span if len(rest) == 1 else None


def split_forms(fields: list[FormField]) -> list[list[FormField]]:
    """The fields of each decision: split before each field of the kind that comes once per decision."""
    decisions = sum(f.kind == "decision" for f in fields)
    once_each = [k for k in ANCHOR_KINDS if decisions > 1 and sum(f.kind == k for f in fields) == decisions]
    if not once_each:
        return [fields] if decisions else []
    # the field a form opens with is the one whose second appearance comes first ("Subject:" before "Reference:")
    starts = min(([n for n, f in enumerate(fields) if f.kind == k] for k in once_each), key=lambda found: found[1])
    first_form = fields[: starts[1]]  # what precedes the first anchor (a shared head) belongs to the first form
    return [first_form] + [fields[a:b] for a, b in zip(starts[1:], starts[2:] + [len(fields)])]


def _item(text: str, lines, form: list[FormField]) -> ItemBlock:
    start = lines[form[0].line].span.start
    end = max((f.value.end for f in form if f.value is not None), default=lines[form[-1].line].end)
    block = ItemBlock(block=Span(start=start, end=end), minutes=Span(start=start, end=end))
    number = first(form, "reference") or first(form, "item")
    if number is not None:
        block.number = _one_line(text, number.value)
        block.number_text = text[block.number.start : block.number.end]
    subject = first(form, "subject")
    if subject is not None:
        block.title = subject.value
    decision = first(form, "decision")
    if decision is not None:
        block.decision = decision.value
    return block


def _one_line(text: str, span: Span) -> Span:
    """The first line of a field's value (a date or a name, not what a careless layout runs on into)."""
    cut = text.find("\n", span.start, span.end)
    return span if cut < 0 else Span(start=span.start, end=cut)
