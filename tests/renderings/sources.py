"""The documents rendered: each one's text form and its truth file.

Four ModernGov sources, two kinds of original:

* ``seed000``, ``seed001``: Harrow ModernGov "Agenda and minutes" pages saved as
  text (``../shared/seeds``); the text form is the file itself.
* ``eastbrook_page``: the generated Eastbrook ModernGov page; the text form is
  its visible text (:func:`visible_text`, laid out the way the seeds are: one
  block or table cell a line); its tables are known from the HTML, so its
  renderings print them as tables (cells side by side).
* ``eastbrook_printed``: the generated Eastbrook printed-minutes PDF; the text
  form is its text with wrapped lines joined into paragraphs and the page
  numbers dropped (:func:`unwrap`).

Five parish sources (:data:`PARISH_SOURCES`): parish and community councils'
minutes of the tuning half as their web sites publish them, Markdown or text;
the text form is the file itself (what ``councilpack ingest`` reads), its
structure read by :func:`~tests.renderings.content.read_parish_minutes`.

The seeds and the parish minutes need ``../shared``; :func:`available` leaves
them out without it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import html as lxml_html

from tests.renderings.content import ITEM_MARKER, Minutes, attach_tables, read_minutes, read_parish_minutes

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
SAMPLES = REPO / "samples" / "eastbrook"
TRUTH = REPO / "eval" / "truth"

#: HTML elements after which a browser starts a new line.
BREAK = "\x00"  # where a block ends, kept apart from the source's own line breaks
BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "li", "tr", "td", "th", "caption", "table", "br", "ul", "ol"}


@dataclass(frozen=True)
class Source:
    name: str
    original: Path  # the document the text form comes from
    truth: Path
    kind: str  # "page" (a ModernGov page), "printed" (a printed-minutes PDF) or "parish" (a clerk's minutes as text)

    def text(self) -> str:
        if self.original.suffix in (".txt", ".md"):
            return self.original.read_text(encoding="utf-8")
        if self.original.suffix == ".html":
            return visible_text(self.original.read_bytes())
        return unwrap(pdf_text(self.original), self.truth_data())

    def truth_data(self) -> dict:
        return json.loads(self.truth.read_text(encoding="utf-8"))

    def minutes(self) -> Minutes:
        if self.kind == "parish":
            return read_parish_minutes(self.name, self.text(), self.truth_data())
        minutes = read_minutes(self.name, self.text(), self.truth_data())
        if self.original.suffix == ".html":  # the page says which lines are a table's cells
            attach_tables(minutes, html_tables(self.original.read_bytes()))
        return minutes


def _seed(number: str) -> Path:
    found = sorted(SEEDS.glob(f"{number}_*.txt"))
    return found[0] if found else SEEDS / f"{number}_missing.txt"


SOURCES = (
    Source("seed000", _seed("000"), TRUTH / "seed_000_harrow-cpp_2023-03-27_minutes-page.json", "page"),
    Source("seed001", _seed("001"), TRUTH / "seed_001_harrow-cpp_2017-01-10_minutes-page.json", "page"),
    Source("eastbrook_page", SAMPLES / "2025-06-16_corporate-parenting-panel_minutes.html",
           SAMPLES / "2025-06-16_corporate-parenting-panel_minutes.html.truth.json", "page"),
    Source("eastbrook_printed", SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf",
           SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf.truth.json", "printed"),
)


def _parish(name: str, folder: str, file: str, truth: str) -> Source:
    return Source(name, SHARED / folder / "text" / file, TRUTH / truth, "parish")


#: Parish and community councils' minutes of the tuning half, as their web sites publish them (text,
#: Markdown): a clerk's Word layout of the same words is what a held-out Word-made PDF looks like.
PARISH_SOURCES = (
    _parish("stoke_ferry_2009", "corpus2", "stoke-ferry-pc_parish-council_2009-09-16_draft-minutes.md",
            "tuning_stoke-ferry-pc_2009-09-16_draft-minutes.json"),
    _parish("stoke_ferry_2012", "corpus2", "stoke-ferry-pc_parish-council_2012-10-10_draft-minutes.md",
            "tuning_stoke-ferry-pc_2012-10-10_draft-minutes.json"),
    _parish("stoke_ferry_2020", "corpus2", "stoke-ferry-pc_parish-council_2020-06-03_draft-minutes-virtual.md",
            "tuning_stoke-ferry-pc_2020-06-03_draft-minutes-virtual.json"),
    _parish("wereham_2012", "corpus2", "wereham-pc_annual-meeting_2012-05-08_draft-minutes.md",
            "tuning_wereham-pc_2012-05-08_draft-minutes.json"),
    _parish("wye_valley_2024", "corpus", "wye-valley-community-council_2024-10-28_minutes.txt",
            "tuning_wye-valley-community-council_2024-10-28_minutes.json"),
)


#: Every source: the ModernGov ones, then the parish ones.
ALL_SOURCES = SOURCES + PARISH_SOURCES


def available(sources: tuple[Source, ...] = SOURCES) -> list[Source]:
    """The sources whose documents are present (the seeds and the parish minutes live outside the repository)."""
    return [s for s in sources if s.original.is_file()]


def visible_text(data: bytes) -> str:
    """The text a browser shows of a ModernGov page's content (``#modgov``), one block a line.

    The action links (``.mgLinks``: attendance, reports pack, printed minutes) are left
    out, as in the seeds; images give their alt text, as a browser's "save as text" does;
    each table cell is a block of its own (a row's cells come one after another).
    """
    return "\n\n".join(_lines(_content(data))) + "\n"


def html_tables(data: bytes) -> list[list[list[list[str]]]]:
    """The tables inside the page's items (not the item table itself): rows of cells of lines."""
    content = _content(data)
    return [
        [[_lines(cell) for cell in tr if isinstance(cell.tag, str) and cell.tag in ("td", "th")] for tr in table.iter("tr")]
        for table in content.iter("table")
        if table.get("id") != "mgItemTable"
    ]


def _content(data: bytes):
    root = lxml_html.fromstring(data)
    content = root.get_element_by_id("modgov")
    for drop in content.find_class("mgLinks"):
        drop.drop_tree()
    return content


def _lines(content) -> list[str]:
    """The element's visible text, one line per block: runs of blanks (the source's own line breaks) are spaces."""
    out: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style"):
            return
        if tag in BLOCKS:
            out.append(BREAK)
        if tag == "img" and el.get("alt"):
            out.append(f" {el.get('alt')} ")
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if tag in BLOCKS:
            out.append(BREAK)

    walk(content)
    text = re.sub(r"[ \t\r\n]+", " ", "".join(out).replace("\xa0", " "))
    return [l.strip() for l in text.split(BREAK) if l.strip()]


def pdf_text(path: Path) -> str:
    """The PDF's text as councilpack's own reader extracts it (PDFium)."""
    from pipeline.readers import read_document

    return read_document("source", str(path), path.read_bytes()).text


#: A line that starts a paragraph of printed minutes (a part number or a heading label).
PARAGRAPH_START = re.compile(r"^(?:\d{1,2}\.\s|[a-z]\.\s|\((?:\d{1,2}|[ivx]{1,4}|[a-z])\)\s|[A-Z][A-Z ]+:|MINUTES\b)")


def unwrap(text: str, truth: dict) -> str:
    """Printed text back to one paragraph a line.

    Page numbers (a line of digits) go; a line joins the one before when that one was
    wrapped: it neither ends a sentence nor is short, and this one starts no paragraph,
    heading or ``(Item n)`` marker.
    """
    titles = {t["title"] for t in truth["agenda_items"] if t.get("title")}
    paragraphs: list[str] = []
    wrapped = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.isdigit():
            continue
        starts = line in titles or ITEM_MARKER.match(line) or PARAGRAPH_START.match(line)
        if paragraphs and wrapped and not starts:
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
        last = paragraphs[-1]
        wrapped = not (line in titles or ITEM_MARKER.match(line)) and (not last.endswith((".", ":", ";")) or len(line) >= 70)
    return "\n".join(paragraphs) + "\n"
