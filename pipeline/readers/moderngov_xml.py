"""ModernGov web-service XML (``mgWebService.asmx``).

Understood responses, by root element:

- ``<meeting>`` (``GetMeeting``): one meeting with its agenda items, per-item
  minutes HTML, restricted flags, linked documents and expected attendees;
- ``<getmeetings>`` (``GetMeetings``): the meetings of a committee in a window;
- ``<committees>`` (``GetCommittees``) and ``<councillorsbyward>``
  (``GetCouncillorsByWard``): directories, kept as documents without meetings.

Any other root (an HTML redirect stub that happens to parse as XML, say) is a
wrong schema and is refused with the root element named. Text fields arrive
HTML-escaped, sometimes twice; they are unescaped until stable and their
markup rendered to text. The parser resolves no entities and fetches nothing.
"""

from __future__ import annotations

import html
import re

import lxml.html
from lxml import etree

from schemas.outline import ItemBlock, Outline
from schemas.source_document import PageText, SourceDocument, TextBuilder
from pipeline.readers.base import ReadError
from pipeline.readers.detect import XML
from pipeline.readers.moderngov_html import safe_link
from schemas.provenance import Span

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
KNOWN_ROOTS = {
    "meeting": "webservice_meeting",
    "getmeetings": "webservice_meetings",
    "committees": "webservice_committees",
    "councillorsbyward": "webservice_councillors",
}


def read_moderngov_xml(doc_id: str, source: str, data: bytes) -> SourceDocument:
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ReadError(f"malformed XML: {exc}") from exc
    if root is None:
        raise ReadError("malformed XML: no root element")
    tag = etree.QName(root).localname.lower() if isinstance(root.tag, str) else ""
    if tag not in KNOWN_ROOTS:
        raise ReadError(
            f"XML is not a ModernGov web-service response: root element <{tag or '?'}>, "
            f"expected one of {', '.join('<' + r + '>' for r in KNOWN_ROOTS)}"
        )
    builder = TextBuilder()
    outline = Outline(kind=KNOWN_ROOTS[tag])
    if tag == "meeting":
        _meeting(root, builder, outline)
    elif tag == "getmeetings":
        _meetings(root, builder, outline)
    else:
        _directory(root, builder)
    outline.values["hosts"] = sorted(set(re.findall(r"https?://([\w.-]+)", etree.tostring(root, encoding="unicode"))))
    text = builder.text or f"(empty <{tag}> response)"
    doc = SourceDocument(id=doc_id, source=source, media_type=XML, pages=[PageText(index=1, text=text)], kind=outline.kind)
    doc.outline = outline
    return doc


def unescape(value: str | None) -> str:
    """Unescape HTML entities until the text stops changing (titles can be escaped twice)."""
    value = value or ""
    for _ in range(4):
        unescaped = html.unescape(value)
        if unescaped == value:
            break
        value = unescaped
    return value


def html_to_text(fragment: str | None) -> str:
    """Render an (escaped) HTML fragment from the web service as plain text."""
    fragment = unescape(fragment).strip()
    if not fragment:
        return ""
    if "<" not in fragment:
        return re.sub(r"[ \t]+", " ", fragment).strip()
    from pipeline.readers.moderngov_html import _render  # one renderer for all ModernGov markup

    try:
        el = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    return _render(el)


def _child(el, name: str) -> str:
    found = el.find(name)
    return unescape(found.text).strip() if found is not None and found.text else ""


def _field(builder: TextBuilder, outline_fields: dict, label: str, value: str, key: str | None = None) -> None:
    if not value:
        return
    builder.write(f"{label}: ")
    span = builder.line(value)
    if key:
        outline_fields[key] = span


def _meeting(root, builder: TextBuilder, outline: Outline) -> None:
    fields = outline.fields
    committee = _child(root, "committeetitle") or next(
        (unescape(e.text).strip() for e in root.iter("refertocommittee", "committeetitle") if e.text and e.text.strip()), ""
    )
    outline.values["source_meeting_id"] = _child(root, "meetingid") or None
    _field(builder, fields, "Committee", committee, "committee")
    _field(builder, fields, "Meeting date", _child(root, "meetingdate"), "date")
    _field(builder, fields, "Meeting time", _child(root, "meetingtime"), "time")
    _field(builder, fields, "Status", _child(root, "meetingstatus"), "status")
    _field(builder, fields, "Venue", _child(root, "meetinglocation"), "venue")
    status = _child(root, "meetingstatus").lower()
    if status:
        published = any(_child(root, flag).lower() == "true" for flag in ("minutepublished", "decisionpublished"))  # evidence it took place
        outline.values["status"] = "cancelled" if "cancel" in status else "held" if published else "scheduled"
    items = root.find("agendaitems")
    if items is not None:
        builder.line("No. Item")
        for item in items.findall("agendaitem"):
            start = builder.write("").start
            block = ItemBlock(block=Span(start=start, end=start))
            block.source_item_id = _child(item, "agendaitemid") or None
            number = _child(item, "fulldisplaynumberformat") or _child(item, "agendaitemnumber")
            if number:
                block.number_text = number
                block.number = builder.line(number)
            title = _child(item, "agendaitemtitle")
            if title:
                block.title_text = re.sub(r"\s+", " ", title)
                block.title = builder.line(title)
            block.restricted = _child(item, "isrestricted").lower() == "true"
            description = html_to_text(item.findtext("agendatext"))
            if description:
                block.description = builder.line(description)
            minutes = html_to_text(item.findtext("minutesnonemptyhtmlbody"))
            if minutes:
                builder.line("Minutes:")
                block.minutes = builder.line(minutes)
            for doc in item.iter("linkeddoc"):
                url = _child(doc, "url")
                if url and safe_link(url):
                    block.links.append(
                        {
                            "title": _child(doc, "title") or None,
                            "url": url,
                            "attachment_id": _child(doc, "attachmentid") or None,
                            "restricted": _child(doc, "isrestricted").lower() == "true",
                            "published_on": _child(doc, "publicationdate") or None,
                        }
                    )
            block.block = Span(start=start, end=builder.write("").start)
            outline.items.append(block)
    attendees = root.find("attendees")
    if attendees is not None:
        builder.line("Attendees:")
        rows = []
        for a in attendees.findall("attendee"):
            span = builder.line(
                "\t".join(unescape(a.get(k, "")) for k in ("name", "roledescription", "attendance", "politicalparty", "ward"))
            )
            rows.append({"span": span, **{k: unescape(v) for k, v in a.attrib.items()}})
        outline.values["attendees"] = rows


def _meetings(root, builder: TextBuilder, outline: Outline) -> None:
    listed = []
    for committee in root.iter("committee"):
        title = _child(committee, "committeetitle")
        for meeting in committee.iter("meeting"):
            start = builder.write("").start
            record = {"committee": title, "committee_id": _child(committee, "committeeid")}
            for key in ("meetingid", "meetingdate", "meetingtime", "meetingstatus"):
                record[key] = _child(meeting, key)
            builder.line("\t".join([title, record["meetingdate"], record["meetingtime"], record["meetingstatus"], record["meetingid"]]))
            record["span"] = Span(start=start, end=builder.write("").start - 1)
            listed.append(record)
    outline.values["meetings"] = listed


def _directory(root, builder: TextBuilder) -> None:
    for el in root.iter():
        if len(el) == 0 and el.text and el.text.strip():
            builder.line(f"{etree.QName(el).localname}: {unescape(el.text).strip()}")
