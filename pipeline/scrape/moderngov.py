"""Discovery on a ModernGov site: a committee's meetings and each meeting's documents.

The web service first (``mgWebService.asmx``, called with GET)::

    GetMeetings?lCommitteeId=788&sFromDate=01/01/2025&sToDate=31/03/2025
    GetMeeting?lMeetingId=65437

then, where the service is switched off or answers something else, the HTML
pages every ModernGov site has: ``ieListMeetings.aspx?CommitteeId=788`` for
the meetings and ``ieListDocuments.aspx?CId=788&MId=65437`` for a meeting's
page and its documents.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urljoin, urlsplit

import lxml.html
from lxml import etree

from extractors.dates import parse_date
from pipeline.readers.moderngov_xml import KNOWN_ROOTS, unescape

_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_DOCUMENT_LINK = re.compile(r"(?:\.pdf(?:\?|$)|mgConvert2PDF\.aspx\?ID=\d+)", re.I)


@dataclass(frozen=True)
class MeetingRef:
    """A meeting a committee listing names: its ModernGov id, date and status."""

    meeting_id: str
    date: str | None = None
    cancelled: bool = False


def get_meetings_url(site: str, committee: int, since: dt.date, until: dt.date) -> str:
    return (
        f"{site}/mgWebService.asmx/GetMeetings?lCommitteeId={committee}"
        f"&sFromDate={since:%d/%m/%Y}&sToDate={until:%d/%m/%Y}"
    )


def get_meeting_url(site: str, meeting_id: str) -> str:
    return f"{site}/mgWebService.asmx/GetMeeting?lMeetingId={meeting_id}"


def meeting_page_url(site: str, committee: int, meeting_id: str) -> str:
    return f"{site}/ieListDocuments.aspx?CId={committee}&MId={meeting_id}"


def list_meetings_url(site: str, committee: int) -> str:
    return f"{site}/ieListMeetings.aspx?CommitteeId={committee}"


def meetings_from_xml(body: bytes) -> list[MeetingRef] | None:
    """The meetings of a ``GetMeetings`` response; None if the body is not one."""
    try:
        root = etree.fromstring(body, _XML)
    except etree.XMLSyntaxError:
        return None
    if root is None or not isinstance(root.tag, str) or etree.QName(root).localname.lower() != "getmeetings":
        return None
    out = []
    for meeting in root.iter("meeting"):
        mid = (meeting.findtext("meetingid") or "").strip()
        if mid:
            out.append(
                MeetingRef(
                    meeting_id=mid,
                    date=parse_date((meeting.findtext("meetingdate") or "").strip()),
                    cancelled="cancel" in (meeting.findtext("meetingstatus") or "").lower(),
                )
            )
    return out


def is_webservice_xml(body: bytes) -> bool:
    try:
        root = etree.fromstring(body, _XML)
    except etree.XMLSyntaxError:
        return False
    return root is not None and isinstance(root.tag, str) and etree.QName(root).localname.lower() in KNOWN_ROOTS


def document_links_from_xml(body: bytes) -> list[tuple[str, str | None]]:
    """``(url, title)`` of every linked document in a ``GetMeeting`` response."""
    try:
        root = etree.fromstring(body, _XML)
    except etree.XMLSyntaxError:
        return []
    out = []
    for doc in root.iter("linkeddoc"):
        url = unescape(doc.findtext("url") or "").strip()
        if url and (doc.findtext("isrestricted") or "").strip().lower() != "true":
            out.append((url, unescape(doc.findtext("title") or "").strip() or None))
    return out


def meetings_from_html(body: bytes, base: str, committee: int) -> list[MeetingRef]:
    """Meetings linked from an ``ieListMeetings.aspx`` page, with dates and cancellations."""
    root = _html(body)
    if root is None:
        return []
    out: dict[str, MeetingRef] = {}
    for a in root.xpath("//a[@href]"):
        href = a.get("href")
        if "ieListDocuments.aspx" not in href:
            continue
        query = parse_qs(urlsplit(urljoin(base + "/", href)).query)
        mid = (query.get("MId") or query.get("MID") or [None])[0]
        cid = (query.get("CId") or query.get("CID") or [str(committee)])[0]
        if not mid or cid != str(committee):
            continue
        text = " ".join(a.itertext()).replace("\xa0", " ")
        after = (a.tail or "")
        date = parse_date(re.sub(r"\s+\d{1,2}[.:]\d{2}\s*[ap]m.*$", "", text.strip(), flags=re.I))
        out.setdefault(mid, MeetingRef(meeting_id=mid, date=date, cancelled="CANCELLED" in after.upper() or "CANCELLED" in text.upper()))
    return list(out.values())


def document_links_from_html(body: bytes, base: str) -> list[tuple[str, str | None]]:
    """``(url, title)`` of every document (PDF) a meeting page links to."""
    root = _html(body)
    if root is None:
        return []
    seen, out = set(), []
    for a in root.xpath("//a[@href]"):
        href = a.get("href")
        if not _DOCUMENT_LINK.search(href):
            continue
        url = urljoin(base + "/", href.replace(" ", "%20"))
        if url not in seen:
            seen.add(url)
            title = re.sub(r"\s+", " ", " ".join(a.itertext())).strip() or None
            out.append((url, title))
    return out


def _html(body: bytes):
    try:
        return lxml.html.document_fromstring(body)
    except (etree.ParserError, ValueError):
        return None
