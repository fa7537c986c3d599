"""Decision parts: the numbered or lettered parts of one decision, one row each.

A decision is often printed in parts: "(i) ... (ii) ...", "1. ... 2. ...", "a) ... b) ..." on lines of their own or
run on in one paragraph ("RESOLVED: (i) To approve the payments. (ii) To note the reconciliation."); a run numbered
"1) ... 2) ..." with no RESOLVED at all is a decision's parts when each is worded as one (``implicit_parts``). Read by
``extractors/resolutions.py``, which finds the decision and its extent.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.narrative_decisions import strip_span
from extractors.text import squash
from schemas.outline import Line, lines_of
from schemas.provenance import Span

# A part's label opening its line: "(1)", "1.", "1)", "(a)", "a.", "a)", "(iv)", "A:" ("That Cabinet:" / "A: Welcomes ...").
PART = re.compile(r"^\s*(?P<marker>\(\d{1,2}\)|\d{1,2}[.)]|\([a-z]\)|[a-z]\.|[a-zA-Z]\)|\([ivx]{1,4}\)|[A-Z]:)\s+")

_INLINE_PART = re.compile(r"(?:^|(?<=\s))\((?P<marker>[ivx]{1,5}|\d{1,2}|[a-h])\)\s+")
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def successor(marker: str) -> str | None:
    """The label after ``marker`` in its own sequence: "iii" -> "iv", "3" -> "4", "c" -> "d"."""
    if marker in _ROMAN[:-1]:
        return _ROMAN[_ROMAN.index(marker) + 1]
    if marker.isdigit():
        return str(int(marker) + 1)
    if len(marker) == 1 and marker.isalpha():
        return chr(ord(marker) + 1)
    return None


def _inline_sequence(body: str) -> list[re.Match[str]]:
    """The bracketed labels in ``body`` that count on from "(i)", "(1)" or "(a)" in order; [] for fewer than two.

    "namely (i) the scale ...; and (ii) the light ..." is a list written in a
    sentence; a lone "(a)" or labels out of order are references, not parts.
    """
    run: list[re.Match[str]] = []
    for m in _INLINE_PART.finditer(body):
        label = m.group("marker")
        if not run and label in ("i", "1", "a"):
            run = [m]
        elif run and label == successor(run[-1].group("marker")):
            run.append(m)
    return run if len(run) >= 2 else []


def inline_parts(text: str, span: Span) -> list[tuple[Span, str]]:
    """Parts printed in one paragraph: "RESOLVED: (i) To approve the payments. (ii) To note the reconciliation.",
    on one line or wrapped over several; a stem before the first part ("That the Council has concerns,
    namely (i) ... (ii) ...") is the list's lead-in, not a part. Parts lettered with a bare capital run on
    ("It was resolved to: A Note the Members ... B Confirm that ... C Note ..."; a web table's list flattened) are
    parts too, labelled as printed ("A", "B")."""
    body = text[span.start : span.end]
    marks = _inline_sequence(body)
    bare = not marks
    if bare:
        marks = _capital_sequence(body)
    if not marks:
        return []
    parts = []
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(body)
        label = m.group("marker") if bare else f"({m.group('marker')})"
        parts.append((_without_joint(text, strip_span(text, Span(start=span.start + m.end(), end=span.start + end))), label))
    return parts


# A bare capital label before a part worded as a decision, in a run: "... to: A Note the Members ... B Confirm that ..."
_CAPITAL_PART = re.compile(r"(?:^|(?<=[\s:]))(?P<marker>[A-H])[ \t]+(?=[A-Z][a-z]+\b)")


def _capital_sequence(body: str) -> list[re.Match[str]]:
    """The bare capital labels "A", "B", ... in order, each before a decision verb (``part_verb``): [] for fewer than two.

    "A Note ... B Confirm ..." is a list of parts; "A report was received" or a lone "B" is a word."""
    verb = vocab.get("outcomes").resolution.regex("part_verb")
    run: list[re.Match[str]] = []
    for m in _CAPITAL_PART.finditer(body):
        if not verb.search(body[m.end() : m.end() + 30]):
            continue
        label = m.group("marker")
        if not run and label == "A":
            run = [m]
        elif run and label == successor(run[-1].group("marker").lower()).upper():
            run.append(m)
    return run if len(run) >= 2 else []


def _without_joint(text: str, span: Span) -> Span:
    """A part less the "; and" / ", and" that joins it to the next one."""
    m = re.search(r"[;,]?\s*\b(?:and|or)\s*$", text[span.start : span.end])
    return strip_span(text, Span(start=span.start, end=span.start + m.start())) if m else span


def _continued_inline(text: str, part: Span, marker: str) -> list[tuple[Span, str]]:
    """A part that runs on into the next label of its list: "(iii) That A; and (iv) That B" -> A and B."""
    label = re.sub(r"[().]", "", marker)
    out: list[tuple[Span, str]] = []
    start = part.start
    while True:
        nxt = successor(label)
        m = re.search(rf"(?:^|(?<=\s))\({re.escape(nxt)}\)\s+", text[start : part.end]) if nxt else None
        if m is None:
            out.append((strip_span(text, Span(start=start, end=part.end)), f"({label})" if marker.startswith("(") else marker))
            return out
        out.append((_without_joint(text, strip_span(text, Span(start=start, end=start + m.start()))), f"({label})" if marker.startswith("(") else marker))
        start, label, marker = start + m.end(), nxt, f"({nxt})"


def split_parts(text: str, span: Span) -> list[tuple[Span, str]]:
    lines = [l for l in lines_of(text, span.start, span.end) if PART.match(l.text)]
    if len(lines) < 2:
        return inline_parts(text, strip_span(text, span))
    parts = []
    for n, line in enumerate(lines):
        m = PART.match(line.text)
        end = lines[n + 1].start if n + 1 < len(lines) else span.end
        # a lone "And;" between two lists ends the part: what follows is the next list's stem
        joint = next((l for l in lines_of(text, line.end, end) if l.stripped.lower().rstrip(";:,") in ("and", "or")), None)
        if joint is not None:
            end = joint.start
        tail = [l for l in lines_of(text, line.end, end) if l.stripped]
        while tail and tail[-1].stripped.isdigit() and len(tail[-1].stripped) <= 4:  # a printed page number
            end = tail.pop().start
        part = Span(start=line.start + m.end(), end=end)
        if n + 1 == len(lines):
            parts.extend(_continued_inline(text, strip_span(text, part), m.group("marker")))
        else:
            parts.append((strip_span(text, part), m.group("marker")))
    return parts


def implicit_parts(text: str, minutes: Span) -> list[tuple[Span, str]]:
    """Numbered ``(1) ... (2) ...`` parts with no RESOLVED: the last such run in the minutes.

    A run numbered ``1) ... 2) ...`` (a web page's ordered list written out) counts when its parts are worded as
    decisions over the lines each wraps onto ("1) the minutes of ... be noted and / accepted as correct records;": a PDF
    breaks a part anywhere): such a list is also how minutes number questions or points made, which are no decisions.
    """
    lines = [l for l in lines_of(text, minutes.start, minutes.end) if l.stripped]
    run: list[Line] = []
    for line in lines:
        m = re.match(r"^\s*(\(?)(\d{1,2})\)\s+", line.text)
        if m and int(m.group(2)) == len(run) + 1 and (not run or bool(m.group(1)) == run[0].text.lstrip().startswith("(")):
            run.append(line)
        elif m and int(m.group(2)) == 1:
            run = [line]
    if len(run) < 2 or all(DECLARED.search(line.text) for line in run):
        return []  # "(1) Councillor A declared a personal interest in ...": declarations, recorded as such
    end = _part_end(lines, run[-1])
    # each part's words, over the lines it wraps onto (a PDF breaks "... be noted and / accepted" anywhere in a part)
    words = [squash(text[line.start : (run[n + 1].start if n + 1 < len(run) else end)]) for n, line in enumerate(run)]
    if not run[0].text.lstrip().startswith("(") and not all(_WORDED_AS_DECISION.search(part) for part in words):
        return []
    return split_parts(text, Span(start=run[0].start, end=end))


# a part worded as a decision: "... be noted and accepted", "... is approved", "that ...", "to approve ..."
_WORDED_AS_DECISION = re.compile(r"\b(?:be|is|are)\s+(?:\w+\s+){0,2}?\w+ed\b|^\s*\(?\d{1,2}\)\s+(?:that|to\s+\w+)\b", re.I)


DECLARED = re.compile(r"\bdeclared\b|\binterests?\b", re.I)


def _part_end(lines: list[Line], last: Line) -> int:
    """Where the last numbered part ends: its line, and the lines it wraps onto until one ends a sentence.

    "(2) That the Director be authorised to make minor changes to the payment
    / scheme in consultation with the Cabinet Member." is one part over two lines.
    """
    end = last.span.end
    n = next(i for i, line in enumerate(lines) if line.start == last.start)
    for line in lines[n + 1 :]:
        if lines[n].stripped.endswith((".", ";", ":", "and", "or")) or line.start > end + 2 or re.match(r"^\s*\(?\d{1,2}[.)]", line.text):
            break
        end, n = line.span.end, n + 1
    return end


# A lettered or numbered label run on after a sentence's end: "... to note the contents of the report. (b) Rousay Primary
# School - Christmas Presents" (the next sub-item's heading, in a PDF's or a web page's run-on lines).
_RUN_ON_LABEL = re.compile(r"(?<=[.;])[ \t]+\((?P<label>[a-z]|[ivx]{1,4}|\d{1,2})\)[ \t]+(?=[A-Z])")
_FIRST_LABELS = {"a", "i", "1"}


def before_next_label(text: str, span: Span) -> Span:
    """A decision without its next sub-item run on after it: it ends before a label "(b)" / "(ii)" / "(3)" after a sentence
    whose series did not start inside it (no "(a)" before): "RESOLVED to note the report. (b) School Presents ..." ends at
    "report."; "RESOLVED: (a) to approve the accounts. (b) to note the audit." keeps its parts."""
    body = text[span.start : span.end]
    for m in _RUN_ON_LABEL.finditer(body):
        label = m.group("label")
        if label in _FIRST_LABELS:
            continue
        first = "i" if re.fullmatch(r"[ivx]+", label) and label != "v" and label != "x" else "1" if label.isdigit() else "a"
        if not re.search(rf"\(?{first}\)", body[: m.start()]):
            return strip_span(text, Span(start=span.start, end=span.start + m.start()))
    return span
