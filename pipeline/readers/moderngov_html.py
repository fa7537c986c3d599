"""ModernGov HTML pages.

Reads the meeting page (``ieListDocuments.aspx``: "Agenda", "Agenda and
minutes", "Agenda, decisions and minutes"), a cancelled meeting's page, and
the single agenda-item page (``mgAi.aspx``). The page is rendered to plain
text (what a user would see), recording the span of every header field and
item part, so the structure comes from the markup and the provenance points
into readable text.

Other ModernGov pages (committee details, meeting lists, committee
structure) are recognised and kept as documents without meeting records;
any other HTML page is read as plain visible text by :mod:`pipeline.readers.html_page`.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from schemas.outline import ItemBlock, Outline
from schemas.source_document import PageText, SourceDocument, TextBuilder
from pipeline.readers.base import ReadError
from pipeline.readers.detect import HTML, decode_text
from pipeline.readers.html_page import read_html_page
from pipeline.readers.text_tables import find_text_tables
from schemas.provenance import Span

_BLOCK_TAGS = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "caption", "br", "section"}
_CELL_TAGS = {"td", "th"}
_OTHER_PAGES = {
    "mgCommitteeDetails": "committee_details",
    "ieListMeetings": "meeting_list",
    "mgCommitteeStructure": "committee_structure",
    "mgListCommittees": "committee_structure",
    "mgMeetingAttendance": "meeting_attendance",
}


def read_moderngov_html(doc_id: str, source: str, data: bytes) -> SourceDocument:
    try:
        root = lxml.html.document_fromstring(decode_text(data))
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"malformed HTML: {exc}") from exc
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    title = _clean(" ".join(root.xpath("//title//text()")))
    if not _is_moderngov(root):
        # any other page (a council's or a village site's minutes): its visible text, for the general reader
        return read_html_page(doc_id, source, data, root)
    base = (root.xpath("//base/@href") or [source if re.match(r"https?://", source) else ""])[0]
    builder = TextBuilder()
    outline = Outline(kind="meeting_page")
    heading = _clean(" ".join(root.xpath("//h1[contains(@class,'mgMainTitleTxt')]//text()")))
    subtitle = _clean(" ".join(root.xpath("//h2[contains(@class,'mgSubTitleTxt')]//text()")))
    items_table = root.xpath("//table[contains(@class,'mgItemTable')]")

    if heading:
        builder.line(heading)
    if subtitle:
        outline.fields["meeting_title"] = builder.line(subtitle)
    if re.search(r"\bCANCELLED\b", subtitle) or re.search(r"\bCANCELLED\b", title):
        outline.values["status"] = "cancelled"

    lowered = heading.lower()
    if lowered.startswith("agenda item") or (not items_table and root.xpath("//*[contains(@class,'mgAiTitleTxt')]") and "item" in lowered):
        outline.kind = "agenda_item_page"
    elif items_table or "meeting" == lowered or re.search(r"\bagenda\b", lowered):
        outline.kind = "minutes_page" if ("minutes" in lowered or root.xpath("//p[contains(@class,'mgSubItemTitleTxt')][normalize-space()='Minutes:']")) else "agenda_page"
    else:
        outline.kind = _other_kind(root, title)

    content = (root.xpath("//div[contains(@class,'mgContent')]") or [root])[0]
    for p in content.xpath(".//p[span[contains(@class,'mgLabel')]]"):
        label = _clean(" ".join(p.xpath("./span[contains(@class,'mgLabel')]//text()"))).rstrip(":").lower()
        value = _clean(_render(p).replace(_clean(" ".join(p.xpath("./span[contains(@class,'mgLabel')]//text()"))), "", 1))
        value = re.sub(r"\s*View directions\s*$", "", value)
        start = builder.write(f"{label.capitalize()}: ").start
        span = builder.line(value)
        if "venue" in label:
            outline.fields["venue"] = span
        elif label == "contact":
            outline.fields["contact"] = span
            mail = p.xpath(".//a[starts-with(@href,'mailto:')]/@href")
            if mail:
                outline.values["email"] = mail[0][len("mailto:") :].strip()
        del start
    if outline.kind == "agenda_item_page":
        _single_item(content, builder, outline, base)
    elif items_table:
        builder.line("No. Item")
        _items(items_table[0], builder, outline, base)
        tail_start = builder.write("").start
        tail = _tail(content, items_table[0])
        if tail:
            outline.tail = builder.line(tail)
            outline.tail = Span(start=tail_start, end=outline.tail.end)
    outline.values["emails"] = sorted(set(a[len("mailto:"):].strip().lower() for a in root.xpath("//a[starts-with(@href,'mailto:')]/@href")))
    outline.values["hosts"] = sorted(set(re.findall(r"https?://([\w.-]+)", " ".join(root.xpath("//a/@href")))))
    outline.values["page_title"] = title
    links = " ".join(root.xpath("//a/@href"))
    meeting_ref = re.search(r"(?:[?&]MId=|mgMeetingAttendance\.aspx\?ID=|/g)(\d+)\b", links, re.I)
    if meeting_ref and outline.kind in ("minutes_page", "agenda_page"):
        outline.values["source_meeting_id"] = meeting_ref.group(1)
    text = builder.text or title or "(empty ModernGov page)"
    doc = SourceDocument(id=doc_id, source=source, media_type=HTML, pages=[PageText(index=1, text=text)], title=title or None)
    doc.kind = outline.kind
    doc.outline = outline
    doc.tables = find_text_tables(text)  # rendered table rows are tab-separated
    return doc


def safe_link(url: str) -> bool:
    """Only web links (or relative ones) are kept: never javascript:, data:, vbscript: or file:."""
    scheme = re.match(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):", url)
    return scheme is None or scheme.group(1).lower() in ("http", "https")


def _is_moderngov(root) -> bool:
    return bool(
        root.xpath("//table[contains(@class,'mgItemTable')] | //*[contains(@class,'mgSubTitleTxt')] | //*[contains(@class,'mgContent')] | //*[contains(@class,'mgMainTitleTxt')]")
    )


def _other_kind(root, title: str) -> str:
    hrefs = " ".join(root.xpath("//link/@href | //form/@action"))
    for marker, kind in _OTHER_PAGES.items():
        if marker in hrefs:
            return kind
    lowered = title.lower()
    if "committee details" in lowered or "membership" in lowered:
        return "committee_details"
    if "browse meetings" in lowered or "meetings" in lowered:
        return "meeting_list"
    if "committee structure" in lowered or "committees" in lowered:
        return "committee_structure"
    return "moderngov_page"


def _items(table, builder: TextBuilder, outline: Outline, base: str) -> None:
    restricted = False
    for row in table.xpath("./tr | ./tbody/tr"):
        cells = row.xpath("./td")
        if not cells:
            continue
        if len(cells) == 1 or not row.xpath("./td[contains(@class,'mgItemNumberCell')]"):
            heading = _clean(_render(row))
            if heading:
                if re.search(r"\b(?:exempt|restricted|private|part\s+(?:ii|2))\b", heading, re.I):
                    restricted = True
                builder.line(heading)
            continue
        number_cell, body = cells[0], cells[-1]
        start = builder.write("").start
        block = ItemBlock(block=Span(start=start, end=start), restricted=restricted)
        anchor = number_cell.xpath(".//a/@name")
        if anchor:
            block.source_item_id = re.sub(r"^AI", "", anchor[0])
        number = _clean(_render(number_cell))
        if number:
            block.number = builder.line(number)
            block.number_text = number
        title_p = body.xpath("./p[contains(@class,'mgAiTitleTxt')]")
        if title_p:
            link = title_p[0].xpath(".//a[contains(@class,'mgAiTitleLnk')]")
            title = _clean(_render(link[0] if link else title_p[0]))
            title = re.sub(r"\s*PDF\s+[\d.]+\s*[KMG]B\s*$", "", title)
            block.title = builder.line(title)
            block.title_text = title
        section = "description"
        sections: dict[str, list[Span]] = {"description": [], "minutes": [], "decision": []}
        for child in body:
            cls = child.get("class") or ""
            if "mgAiTitleTxt" in cls:
                continue
            if "mgSubItemTitleTxt" in cls:
                label = _clean(_render(child)).rstrip(":").lower()
                section = "minutes" if label.startswith("minutes") else "decision" if label.startswith("decision") else "documents"
                builder.line(_clean(_render(child)))
                continue
            rendered = _render(child).strip("\n")
            if not rendered.strip():
                continue
            span = builder.line(rendered)
            if section in sections:
                sections[section].append(span)
        for a in body.xpath(".//a[@href]"):
            href = (a.get("href") or "").strip()
            if href and not href.startswith(("mailto:", "#")) and safe_link(href):
                block.links.append({"title": _clean(_render(a)) or None, "url": urljoin(base, href) if base else href})
        if sections["description"]:
            block.description = Span(start=sections["description"][0].start, end=sections["description"][-1].end)
        minutes = sections["minutes"] or sections["decision"]
        if minutes:
            block.minutes = Span(start=minutes[0].start, end=minutes[-1].end)
        if sections["decision"]:
            block.decision = Span(start=sections["decision"][0].start, end=sections["decision"][-1].end)
        block.block = Span(start=start, end=builder.write("").start)
        outline.items.append(block)


def _single_item(content, builder: TextBuilder, outline: Outline, base: str) -> None:
    start = builder.write("").start
    block = ItemBlock(block=Span(start=start, end=start))
    meeting = content.xpath(".//p[span[contains(@class,'mgLabel')][starts-with(normalize-space(),'Meeting')]]")
    if meeting:
        outline.fields["meeting_line"] = builder.line(_clean(_render(meeting[0])))
    title = content.xpath(".//*[contains(@class,'mgAiTitleTxt')] | .//h2")
    if title:
        block.title_text = _clean(_render(title[0]))
        block.title = builder.line(block.title_text)
    spans: dict[str, list[Span]] = {"description": [], "minutes": []}
    section = "description"
    for el in content.xpath(".//div[contains(@class,'mgWordPara')] | .//p[contains(@class,'mgSubItemTitleTxt')]"):
        if "mgSubItemTitleTxt" in (el.get("class") or ""):
            label = _clean(_render(el)).lower()
            section = "minutes" if label.startswith(("minutes", "decision")) else "other"
            builder.line(_clean(_render(el)))
            continue
        rendered = _render(el).strip("\n")
        if rendered.strip():
            span = builder.line(rendered)
            if section in spans:
                spans[section].append(span)
    if spans["description"]:
        block.description = Span(start=spans["description"][0].start, end=spans["description"][-1].end)
    if spans["minutes"]:
        block.minutes = Span(start=spans["minutes"][0].start, end=spans["minutes"][-1].end)
    block.block = Span(start=start, end=builder.write("").start)
    outline.items = [block]


def _tail(content, table) -> str:
    """Text after the items table inside the content area (e.g. "Officers present")."""
    parts = []
    for el in table.itersiblings():
        if (el.get("class") or "").find("mgSectionTitle") >= 0:
            break
        rendered = _render(el).strip()
        if rendered:
            parts.append(rendered)
    return "\n".join(parts)


_INNER_WS = re.compile(r"[ \t\r\n]+")  # source line breaks inside text are just spaces


def _render(el) -> str:
    """The visible text of ``el``: block elements on their own lines, cells tab-separated."""
    out: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _BLOCK_TAGS and out and not out[-1].endswith("\n"):
            out.append("\n")
        if tag == "br":
            out.append("\n")
        if node.text and tag:
            out.append(_INNER_WS.sub(" ", node.text))
        for child in node:
            walk(child)
            if isinstance(child.tag, str) and child.tag in _CELL_TAGS:
                out.append("\t")
            if child.tail:
                out.append(_INNER_WS.sub(" ", child.tail))
        if tag in _BLOCK_TAGS and out and not out[-1].endswith("\n"):
            out.append("\n")

    walk(el)
    text = "".join(out).replace("\xa0", " ")
    lines = [re.sub(r"[ \r]+", " ", line).strip(" ") for line in text.split("\n")]
    lines = [re.sub(r"\s*\t\s*", "\t", line).strip("\t") for line in lines]
    cleaned: list[str] = []
    for line in lines:
        if line or (cleaned and cleaned[-1]):
            cleaned.append(line)
    return "\n".join(cleaned).strip("\n")


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()
