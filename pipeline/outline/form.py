"""Forms and returns: documents a council fills in, not a meeting's papers.

An annual governance and accountability return, a certificate of exemption, an
explanation of variances: numbered guidance notes and boxes that read like an
agenda's items, the dates of a financial year that read like a meeting's. Read
as an agenda they give junk (an ``unknown`` meeting dated from the file name,
its guidance notes as items). So a form is recognised first, by what it is:

- the words of its instructions and blanks (``[documents] form`` in
  ``vocab/structure.toml``: "to be completed by", "signature required",
  "DD/MM/YYYY", "please provide", "Name of smaller authority:" ...), at least
  ``FORM_EVIDENCE`` different ones in its opening;
- and a head that names no meeting: no minutes words ("Present:", "minutes of
  the meeting held ..."), no summons, no "held on <day>" sentence.

Its outline (kind ``form``) has no header fields and no items: nothing is
invented. ``values["form"]`` holds its title line; the meeting extractor
records that the document was understood as a form with no meeting in it (a
warning, ``documents.structure`` = ``none``), and the ingest summary does not
list it among documents whose meeting was missed.
"""

from __future__ import annotations

from extractors import vocab
from pipeline.outline.base import register_outliner
from pipeline.readers.detect import DOC, DOCX, HTML, PDF, TEXT
from schemas.outline import Outline, lines_of
from schemas.source_document import SourceDocument

NAME = "form"
OPENING = 6000  # characters in which a form's instructions are looked for
HEAD = 1200  # characters of the head that would name a meeting
FORM_EVIDENCE = 3  # different form patterns: one is a phrase any paper may use
TITLE_CHARS = 120


def form_evidence(text: str) -> int:
    """How many different form patterns the opening of ``text`` holds."""
    opening = text[:OPENING]
    return sum(1 for p in vocab.get("structure").documents.regex("form").patterns if p.search(opening))


def names_a_meeting(text: str) -> bool:
    """Does the head say which meeting it records or summons ("Minutes of the meeting held on ...", "Present:",
    "You are summoned to ...", "held on 3 May 2024")?"""
    head = text[:HEAD]
    structure = vocab.get("structure")
    if structure.kinds.regex("minutes").search(head) or vocab.regex("layout", "header.summons").search(head):
        return True
    if structure.header.regex("meeting_sentence").search(head):
        return True
    return any("held" in head[max(0, m.start() - 80) : m.start()].lower() for m in structure.header.regex("held_on").finditer(head))


def is_form(doc: SourceDocument) -> bool:
    """A form or return, not a meeting's papers."""
    return doc.media_type in (PDF, DOCX, DOC, TEXT, HTML) and form_evidence(doc.text) >= FORM_EVIDENCE and not names_a_meeting(doc.text)


def _score(doc: SourceDocument) -> float:
    return 0.95 if is_form(doc) else 0.0


@register_outliner(NAME, _score)
def outline_form(doc: SourceDocument) -> Outline:
    title = next((l.stripped for l in lines_of(doc.text) if l.stripped), "")
    return Outline(kind=NAME, values={"form": title[:TITLE_CHARS]})
