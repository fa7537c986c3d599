"""The structured content of a minutes document, read once from its text form.

This is test material, not the product: a deliberately simple, test-side reading
of a text whose answer is already known.  The truth file of each source
(``eval/truth/*.json``, ``samples/eastbrook/*.truth.json``) says which agenda
items the document has, in which order, and how the meeting is named; this
module only finds those headings among the text's lines and classifies the
lines between them (labels, RESOLVED paragraphs, list entries, plain
paragraphs).  Every line of the text form ends up in exactly one place, so a
rendering can print the same words in another layout.

The text form is one paragraph per line (blank lines between are ignored), as a
browser's "save as text" or :func:`tests.renderings.sources.unwrap` gives.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

#: ModernGov's image alt text and size after a linked title ("Minutes pdf icon PDF 137 KB").
FILE_SIZE = re.compile(r"\s*(?:pdf icon\s+)?PDF\s+[\d.]+\s*[KM]B\s*$")
#: The number cell of a ModernGov item row, alone on its line ("123.", "5a").
NUMBER_CELL = re.compile(r"^\s*\d{1,4}[a-z]?\.?\s*$")
#: The agenda reference printed under a title in ModernGov printed minutes ("(Item 1)").
ITEM_MARKER = re.compile(r"^\s*\(Item\s+\d+[a-z]?\)\s*$")
#: A list entry: a bullet glyph, or a part number such as (1), (ii), a., 2.
LIST_ENTRY = re.compile(r"^\s*(?:[·•?▪o\-–](?:\s|$)|\((?:\d{1,2}|[ivx]{1,4}|[a-z])\)(?:\s|$)|[a-z]\.\s|\d{1,2}\.\s)")
#: A short line ending with a colon that names what follows ("Minutes:", "Officers present:").
LABEL = re.compile(r"^[A-Z][\w ,'&()/-]{0,40}:$")
#: ModernGov page chrome that a Word-made document does not print.
MODERNGOV_CHROME = ("Items", "No. Item", "Minutes:", "Additional documents:")


@dataclass
class Block:
    """One paragraph of the text form. ``kind`` is ``label``, ``resolved``, ``list``, ``para`` or ``row``.

    A ``row`` is a table row: its cells separated by tabs, a cell's own lines by newlines.
    """

    kind: str
    text: str


@dataclass
class Item:
    """One agenda item: how its heading is printed, then its paragraphs."""

    number: str | None  # the truth's number ("123.", "1"), None for unnumbered items
    title: str | None  # the heading as printed, without a file-size suffix; None when untitled
    heading_lines: list[str]  # the heading's own lines in the text form (title, "(Item 1)")
    number_cell: str | None  # ModernGov's separate number cell ("123."), printed beside the title
    blocks: list[Block] = field(default_factory=list)
    printed_number: str | None = None  # parish minutes: the number as the text prints it ("97/20", "3786.", "1.")
    run_on: str | None = None  # parish minutes: the text after the heading on the heading's own line
    heading_bold: bool = False  # parish minutes: the text marks the heading bold (Markdown ``**``)
    typed: bool = False  # a clerk's typed minute (parish minutes), not a ModernGov item row


@dataclass
class Minutes:
    """A whole document: the meeting (from the truth), its front matter and its items."""

    name: str
    council: str
    committee: str
    date: str | None  # ISO; None when the document does not say
    start_time: str | None  # "18:30"
    venue: str | None
    front: list[Block]  # paragraphs before the first item (page title, meeting line, PRESENT: ...)
    items: list[Item]

    @property
    def long_date(self) -> str:
        """``Monday 27 March 2023``."""
        import datetime as dt

        if not self.date:
            return ""
        d = dt.date.fromisoformat(self.date)
        return f"{d:%A} {d.day} {d:%B %Y}"

    @property
    def clock(self) -> str | None:
        """``6.00 pm`` as councils print a time."""
        if not self.start_time:
            return None
        h, m = map(int, self.start_time.split(":"))
        return f"{(h - 1) % 12 + 1}.{m:02d} {'pm' if h >= 12 else 'am'}"


def norm(s: str) -> str:
    """Compare headings loosely: NFKC, one kind of dash and quote, no case or runs of blanks."""
    s = unicodedata.normalize("NFKC", s).replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def classify(line: str) -> Block:
    text = line.strip()
    if text.upper().startswith("RESOLVED"):
        return Block("resolved", text)
    if LABEL.match(text) or text in MODERNGOV_CHROME:
        return Block("label", text)
    if LIST_ENTRY.match(text):
        return Block("list", text)
    return Block("para", text)


def _heading_match(line: str, item: dict) -> bool:
    """Is ``line`` the printed heading of the truth's ``item``?"""
    text = norm(FILE_SIZE.sub("", line))
    title = item.get("title")
    if title is None:  # an untitled item starts at its description
        return bool(item.get("description")) and text.startswith(norm(item["description"])[:30])
    wanted = [norm(title)]
    if item.get("report_type"):
        wanted.append(norm(f"{item['report_type']} - {title}"))
    return text in wanted


def read_minutes(name: str, text: str, truth: dict) -> Minutes:
    """Find the truth's agenda items in ``text`` and split the lines between them into blocks."""
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    meeting = truth["meetings"][0]
    starts: list[tuple[int, int]] = []  # (first line of the item, line after its heading)
    at = 0
    items: list[Item] = []
    for t in truth["agenda_items"]:
        k = next((i for i in range(at, len(lines)) if _heading_match(lines[i], t)), None)
        if k is None:
            raise ValueError(f"{name}: heading of item {t.get('number') or t['position']} ({t.get('title')!r}) not found after line {at}")
        first, end = k, k + 1
        number_cell = None
        if k > 0 and NUMBER_CELL.match(lines[k - 1]) and t.get("number"):
            first, number_cell = k - 1, lines[k - 1]
        heading = []
        if t.get("title") is not None:
            heading = [lines[k]]  # as printed, file size and all: the browser style prints it
            if end < len(lines) and ITEM_MARKER.match(lines[end]):
                heading.append(lines[end])
                end += 1
        else:
            end = k  # the description is the item's first paragraph
        title = FILE_SIZE.sub("", lines[k]) if t.get("title") is not None else None
        items.append(Item(number=t.get("number"), title=title, heading_lines=heading, number_cell=number_cell))
        starts.append((first, end))
        at = end
    front = [classify(l) for l in lines[: starts[0][0]]] if starts else [classify(l) for l in lines]
    for n, (item, (_, end)) in enumerate(zip(items, starts)):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        item.blocks = [classify(l) for l in lines[end:stop]]
    return Minutes(
        name=name,
        council=meeting["council"],
        committee=meeting["committee"],
        date=meeting["date"],
        start_time=meeting.get("start_time"),
        venue=meeting.get("venue"),
        front=front,
        items=items,
    )


def attach_tables(minutes: Minutes, tables: list[list[list[list[str]]]]) -> None:
    """Turn runs of blocks that are a table's cells, in order, into ``row`` blocks.

    ``tables`` comes from the original (an HTML page's ``<table>``s: rows of cells of
    lines); the text form has each cell's lines one after another.
    """
    for table in tables:
        flat = [line for row in table for cell in row for line in cell]
        if not flat:
            continue
        for holder in [minutes.front, *(item.blocks for item in minutes.items)]:
            texts = [b.text for b in holder]
            at = next((i for i in range(len(texts) - len(flat) + 1) if texts[i:i + len(flat)] == flat), None)
            if at is not None:
                rows = [Block("row", "\t".join("\n".join(cell) for cell in row)) for row in table]
                holder[at:at + len(flat)] = rows
                break
        else:
            raise ValueError(f"{minutes.name}: table {flat[:4]} not found among the text form's paragraphs")


# -- parish minutes: a web page's text or Markdown, headings as the clerk typed them ---------

#: Markdown a parish web site's text carries: bold stars and backslash-escaped punctuation.
MARKDOWN_BOLD = re.compile(r"\*\*")
MARKDOWN_ESCAPE = re.compile(r"\\([.*\-#_()\[\]!+])")
#: A Markdown bullet ("* text" once unescaped): a Word document prints a bullet glyph.
STAR_BULLET = re.compile(r"^\*\s+")
#: The attendance lines a clerk types before the first minute ("Present:", "Those Attending:", "Apologies:").
ATTENDANCE_LABEL = re.compile(
    r"^(?:present|those attending|attendance|in attendance|also present|apologies|absent|members present|councillors present"
    r"|members of the public|public)\b[^:]{0,30}:", re.I)


def plain_line(line: str) -> str:
    """One Markdown line as a reader sees it printed: no ``**``, no backslash escapes, ``•`` for ``*`` bullets."""
    line = MARKDOWN_ESCAPE.sub(r"\1", MARKDOWN_BOLD.sub("", line)).strip()
    return STAR_BULLET.sub("\u2022 ", line)


def _front_matter_end(lines: list[str]) -> int:
    """Index of the first line after a YAML front matter block (``---`` ... ``---``), 0 without one."""
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                return i + 1
    return 0


def _title_pattern(title: str) -> re.Pattern:
    """The title's words in order, any blanks between them, case ignored."""
    words = [re.escape(w) for w in title.split()]
    return re.compile(r"\s+".join(words), re.I)


def parish_heading(line: str, item: dict) -> tuple[str | None, str, str] | None:
    """``(printed number, printed heading, run-on text)`` when ``line`` starts the truth's ``item``.

    A numbered item starts with its number ("97/20", "3786." then a tab or blanks) and
    its title; the rest of the line is the minute's first sentence.  An unnumbered
    item's heading is the whole line (a colon or full stop may end it).
    """
    number, rest = None, line
    if item.get("number"):
        m = re.match(rf"^{re.escape(item['number'])}\.?(?=[\s:])", line)
        if not m:
            return None
        number, rest = m.group(0), line[m.end():].lstrip()
    title = _title_pattern(item["title"]).match(rest)
    if not title:
        return None
    tail = rest[title.end():]
    punct = re.match(r"^\s*(?::-|:|;|\.|-)?", tail)
    run_on = tail[punct.end():].strip()
    if number is None and run_on:
        return None  # an unnumbered heading is a line of its own ("Minutes of ... held in" is no "Minutes" item)
    if run_on and not tail[:1].isspace() and not punct.group(0).strip():
        return None  # the title is only the start of a longer word
    return number, (rest[: title.end()] + punct.group(0).strip()).strip(), run_on


def read_parish_minutes(name: str, text: str, truth: dict) -> Minutes:
    """A parish clerk's minutes (text or Markdown) split at the truth's items.

    The lines before the first attendance label are the document's title lines
    (``title`` blocks: council, "DRAFT", "Minutes of ... held on ..."); the rest of
    the front matter is attendance and public lines as printed.
    """
    raw = [l for l in text.splitlines()[_front_matter_end(text.splitlines()):] if plain_line(l)]
    lines = [plain_line(l) for l in raw]
    meeting = truth["meetings"][0]
    items: list[Item] = []
    starts: list[int] = []
    at = 0
    for t in truth["agenda_items"]:
        found = next(((i, h) for i in range(at, len(lines)) if (h := parish_heading(lines[i], t))), None)
        if found is None:
            raise ValueError(f"{name}: heading of item {t.get('number') or t['position']} ({t.get('title')!r}) not found after line {at}")
        k, (number, heading, run_on) = found
        items.append(Item(number=t.get("number"), title=heading, heading_lines=[lines[k]], number_cell=None,
                          printed_number=number, run_on=run_on or None, heading_bold="**" in raw[k], typed=True))
        starts.append(k)
        at = k + 1
    front: list[Block] = []
    titles = True
    for line in lines[: starts[0] if starts else len(lines)]:
        titles = titles and not ATTENDANCE_LABEL.match(line)
        front.append(Block("title", line) if titles else classify(line))
    for n, item in enumerate(items):
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        item.blocks = [classify(l) for l in lines[starts[n] + 1:stop]]
    return Minutes(
        name=name,
        council=meeting["council"],
        committee=meeting["committee"],
        date=meeting.get("date"),
        start_time=meeting.get("start_time"),
        venue=meeting.get("venue"),
        front=front,
        items=items,
    )
