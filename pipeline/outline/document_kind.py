"""What a document is, from its words: minutes, an agenda, or neither.

The head (the text before the first item) says it most plainly: who was
present, "Minutes of the meeting held ...", a summons, an "Agenda" heading.
Where the head never says, the body may: a decision printed as minutes print
it ("RESOLVED: ..."), a ModernGov page's "Minutes:" lines, or what only
minutes record near their start ("Apologies for absence were received from
..."). Words inside a Markdown data table describe other papers, not this
one, and are left out of the head. The vocabulary is ``structure.toml``'s
``[kinds]``.
"""

from __future__ import annotations

import re

from extractors import vocab

TITLE_AREA = 250  # characters of a document's head that hold its title


def kind_of(text: str, start: int, head_end: int) -> str:
    """Minutes or an agenda, from the words of the document's head (before its first item).

    Who was present, or "minutes of the meeting held ...", make minutes; a
    summons or an "Agenda" heading an agenda; the word minutes alone, minutes.
    """
    head = without_document_links(without_data_tables(text[start : head_end if head_end - start >= 40 else min(len(text), start + 600)]))
    kinds = vocab.get("structure").kinds
    if kinds.regex("minutes").search(head):
        return "printed_minutes"
    if kinds.regex("agenda").search(head):
        return "printed_minutes" if decided_below(text, start, head) else "agenda"
    if kinds.regex("minutes_word").search(head[:TITLE_AREA]):
        return "printed_minutes"  # "Minutes" in the title area; further down it may name business ("Minutes of the last meeting")
    if kinds.regex("resolved_mark").search(text) or vocab.regex("layout", "moderngov_page.minutes_line").search(text):
        return "printed_minutes"  # a decision, or a ModernGov page's "Minutes:" under its items
    if recorded_in_body(text, start, head):
        return "printed_minutes"
    return "unrecognised"


_DATA_TABLE = re.compile(r"(?m)^[ \t]*\|.*\|[ \t]*\n[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*\n(?:[ \t]*\|.*\n?)*")


def without_data_tables(head: str) -> str:
    """The head without its Markdown data tables (a header row, a ``|---|`` rule, rows): a table that lists documents
    ("| file | what it is |" ... "Printed minutes ... PRESENT / IN ATTENDANCE blocks") says what other papers are,
    not what this one is. Lengths are kept, so offsets into the head still hold."""
    return _DATA_TABLE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), head)


def without_document_links(head: str) -> str:
    """The head without a meeting page's list of its documents ("Documents / Agenda / Printed minutes"): those lines
    link to papers, they do not say what this one is (``kinds.document_links``). Lengths are kept."""
    for m in vocab.get("structure").kinds.regex("document_links").finditer(head):
        head = head[: m.start("link")] + re.sub(r"[^\n]", " ", m.group("link")) + head[m.end("link") :]
    return head


def decided_below(text: str, start: int, head: str) -> bool:
    """Does a head with agenda words ("Agenda", "Notice of ...", a meeting page's "Agenda reports pack") stand over a
    record of what was decided ("RESOLVED: ...", "Decision:" lines, who was present, apologies received) near its
    start? The body says what the page is: a web page of a meeting held keeps its "Agenda" heading over its
    decisions. A summons ("you are summoned", "will be held") stays an agenda: its pack may carry the last minutes."""
    kinds = vocab.get("structure").kinds
    if kinds.regex("summons").search(head) or kinds.regex("paper").search(head):
        return False
    body = text[start + len(head) : start + len(head) + BODY_EVIDENCE]
    if not kinds.regex("resolved_mark").search(body):
        return False
    # and one more thing only minutes say (apologies received, a record approved, a seconder): one "RESOLVED" alone
    # may be a quoted decision of another body
    return any("RESOLVED" not in m.group(0) for m in kinds.regex("minutes_body").finditer(body))


BODY_EVIDENCE = 3000  # characters: minutes record apologies and their first decisions early; a report may say "it was agreed" anywhere


def recorded_in_body(text: str, start: int, head: str) -> bool:
    """Does the text record a meeting held, whatever its head calls it ("Meeting documents" over "137 Apologies for
    absence." / "Apologies for absence were received from ...")? Only minutes say so, and near their start (a
    report's "Subsequently it was agreed that the risk rating ..." on its fifth page is no record); a report's head
    keeps it a report."""
    kinds = vocab.get("structure").kinds
    return not kinds.regex("paper").search(head) and kinds.regex("minutes_body").search(text, start, start + BODY_EVIDENCE) is not None
