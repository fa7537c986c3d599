"""Readers: format detection, PDF pages and their failures, HTML and XML specifics."""

from __future__ import annotations

import io

import pytest

from pipeline.parse import parse_document
from pipeline.readers import ReadError, read_document
from pipeline.readers.detect import HTML, PDF, TEXT, XML, sniff
from pipeline.readers.moderngov_xml import unescape
from tests.conftest import SAMPLES, corpus, needs_shared


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"%PDF-1.4 ...", PDF),
        (b"\xef\xbb\xbf<?xml version='1.0'?><meeting/>", XML),
        (b"<!DOCTYPE html><html><body></body></html>", HTML),
        (b"  <meeting><x/></meeting>", XML),
        (b"Agenda and minutes\n\nCorporate Parenting Panel", TEXT),
        (bytes(range(256)), None),
        (b"", None),
    ],
)
def test_format_is_detected_from_content(data, expected):
    assert sniff(data) == expected


def _pdf(draw, **canvas_options) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1, **canvas_options)
    draw(c)
    c.showPage()
    c.save()
    return out.getvalue()


def test_encrypted_pdf_is_reported_as_such():
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = _pdf(lambda c: c.drawString(72, 720, "Minutes of the meeting"), encrypt=StandardEncryption("secret", canPrint=0))
    result = parse_document(data, "locked.pdf")
    assert result.document.status == "error"
    assert result.document.error.startswith("encrypted PDF")


def test_image_only_pdf_asks_for_ocr():
    from reportlab.lib.utils import ImageReader

    from PIL import Image

    image = Image.new("RGB", (200, 100), "white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    data = _pdf(lambda c: c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 72, 500, 400, 200))
    with pytest.raises(ReadError, match=r"image-only PDF: 1 page\(s\) with 1 image\(s\).*needs OCR"):
        read_document("x", "scan.pdf", data)


def test_pdf_pages_have_offsets_and_printed_numbers():
    data = (SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf").read_bytes()
    doc = read_document("x", "pack.pdf", data)
    assert len(doc.pages) == 22
    for page in doc.pages:
        assert doc.text[page.start : page.end] == page.text
    assert doc.pages[0].printed is None and doc.pages[1].printed == "1" and doc.pages[21].printed == "21"
    assert doc.page_at(doc.pages[5].start + 3).index == 6


def test_webservice_titles_escaped_twice_are_unescaped():
    assert unescape("Children&amp;amp;#39;s Services &amp;amp; Education") == "Children's Services & Education"
    xml = (
        b"<?xml version='1.0'?><meeting><meetingid>1</meetingid><meetingdate>01/02/2025</meetingdate>"
        b"<agendaitems><agendaitem><agendaitemid>9</agendaitemid>"
        b"<agendaitemtitle>Children&amp;amp;#39;s Services &amp;amp;amp; Care</agendaitemtitle>"
        b"<fulldisplaynumberformat>3.</fulldisplaynumberformat></agendaitem></agendaitems></meeting>"
    )
    result = parse_document(xml, "https://democracy.example.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=1")
    assert [i.title for i in result.records["agenda_items"]] == ["Children's Services & Care"]


def test_xml_entities_are_not_expanded():
    xml = b"""<?xml version="1.0"?><!DOCTYPE meeting [<!ENTITY x SYSTEM "file:///etc/passwd">]><meeting><meetingdate>&x;</meetingdate></meeting>"""
    result = parse_document(xml, "evil.xml")
    assert "root:" not in str(result.records) and "root:" not in (result.document.error or "")


@needs_shared
def test_other_moderngov_pages_are_documents_without_meetings():
    for name, kind in [
        ("html/kingston_mgCommitteeStructure.html", "committee_structure"),
        ("html/kingston_north-kingston-nc_ieListMeetings.html", "meeting_list"),
        ("html/kingston_north-kingston-nc_mgCommitteeDetails.html", "committee_details"),
    ]:
        result = parse_document(corpus(name).read_bytes(), name)
        assert result.document.kind == kind and result.ok
        assert result.records["meeting"] == []


@needs_shared
def test_manchester_getmeetings_lists_both_meetings():
    result = parse_document(corpus("xml/manchester_mgWebService_GetMeetings_committee144.xml").read_bytes(), "x.xml", {"council": "Manchester City Council"})
    assert [(m.date, m.status, m.source_meeting_id) for m in result.records["meeting"]] == [
        ("2026-01-13", "cancelled", "4966"),
        ("2026-02-10", "scheduled", "4967"),
    ]
