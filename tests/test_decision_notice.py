"""Decision notices: one labelled form per decision, read as the decision maker's meeting.

Real values from the generated Eastbrook Cabinet decision notice
(``samples/eastbrook/2025-01-30_cabinet_decision-notice.pdf``, three forms).
"""

from __future__ import annotations

import pytest

from pipeline.outline import outline_document
from pipeline.outline.decision_notice import split_forms
from pipeline.outline.form_fields import label_kind, read_fields
from pipeline.parse import parse_document
from pipeline.readers import read_document
from schemas.outline import lines_of
from tests.conftest import SAMPLES, build

NOTICE = SAMPLES / "2025-01-30_cabinet_decision-notice.pdf"


@pytest.fixture(scope="module")
def parsed():
    return parse_document(NOTICE.read_bytes(), str(NOTICE))


def test_labels_are_read_by_what_they_hold():
    assert label_kind("Decision maker") == "body"
    assert label_kind("Date of decision") == "meeting_date"
    assert label_kind("Decision reference") == "reference"
    assert label_kind("Decision") == "decision"
    assert label_kind("Alternative options considered") == "other"
    assert label_kind("None") is None  # "None: publication of a local offer is a statutory duty." is a sentence


def test_one_form_per_decision():
    doc = read_document("notice", str(NOTICE), NOTICE.read_bytes())
    forms = split_forms(read_fields(doc.text, lines_of(doc.text)))
    assert len(forms) == 3
    assert all(f[0].kind == "body" for f in forms)  # every form names its decision maker: the forms start there


def test_the_notice_is_the_decision_makers_meeting(parsed):
    assert parsed.document.kind == "decision_notice"
    (meeting,) = parsed.records["meeting"]
    assert (meeting.council, meeting.committee, meeting.date, meeting.status) == ("Eastbrook Borough Council", "Cabinet", "2025-01-30", "held")
    assert meeting.published_on == "2025-01-31"
    assert meeting.declarations_none is False


def test_one_item_per_decision_numbered_by_its_reference(parsed):
    items = [(i.number, i.title) for i in parsed.records["agenda_items"]]
    assert items == [
        ("CAB/25/07", "Foster Carer Allowances 2025/26"),
        ("CAB/25/08", "Care Leavers Local Offer"),
        ("CAB/25/09", "Supported Accommodation for Young People aged 16 and 17"),
    ]


def test_the_decision_is_the_resolution(parsed):
    rows = [(r.agenda_item_id[-2:], r.part, r.outcome, r.source) for r in parsed.records["resolutions"]]
    assert rows == [
        ("i1", "(1)", "approved", "decision"), ("i1", "(2)", "authorised", "decision"),
        ("i2", None, "endorsed", "decision"),
        ("i3", "(1)", "approved", "decision"), ("i3", "(2)", "delegated", "decision"), ("i3", "(3)", "requested", "decision"),
    ]  # fmt: skip
    # the last part wraps onto a second line, which belongs to it
    assert parsed.records["resolutions"][1].text.endswith("in consultation with the Cabinet Member for Children and Families.")


def test_declarations_belong_to_the_decision_they_were_made_on(parsed):
    (d,) = parsed.records["declarations"]
    assert (d.name, d.interest_type, d.action) == ("Sunil Patel", "personal", "remained")
    assert d.description == "a member of his family is an approved Eastbrook foster carer"
    assert d.agenda_item_id.endswith("-i1")


def test_an_agenda_is_not_a_decision_notice():
    pack = SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf"
    assert outline_document(read_document("pack", str(pack), pack.read_bytes())).kind == "agenda_pack"


def test_stored_with_its_structure(tmp_path_factory):
    db = build(tmp_path_factory, "notice", NOTICE)
    assert db.value("select structure from documents") == "meeting+items"
    assert db.value("select count(*) from resolutions where source = 'decision'") == 6


def test_a_record_naming_its_decision_maker_once_splits_at_each_subject():
    """A record of decisions whose head names the decision maker and date once: each form opens with its subject."""
    text = (
        "Record of Executive Decisions\nDecision maker: Cabinet\nDate of decision: 4 March 2025\n\n"
        "Subject: Library Opening Hours\nReference: CAB 21\nDecision:\nThat the revised opening hours be approved.\n\n"
        "Subject: Parking Charges\nReference: CAB 22\nDecision:\n(1) That the charges be approved; and\n(2) That they be reviewed in 2026.\n"
    )
    forms = split_forms(read_fields(text, lines_of(text)))
    assert [[f.kind for f in form] for form in forms] == [
        ["body", "meeting_date", "subject", "reference", "decision"],
        ["subject", "reference", "decision"],
    ]


DETAILS = (
    "Decision Maker: {body}\n\nDecision status: Recommendations Approved\n\nIs Key decision?: No\n\n"
    "Is subject to call in?: No\n\n{label}\n\n{decision}\n\nPublication date: 14/03/2019\n\n"
    "Date of decision: 12/03/2019\n\nDecided at meeting: 12/03/2019 - {body}\n"
)


@pytest.mark.parametrize(
    "title, subject, body, label, decision",
    [
        # a ModernGov decision page: the subject a line of its own under the title, "Decisions:" over a motion's fate
        ("Decision details", "Notice of Motion Submitted by Councillor Ida Marsh", "Council", "Decisions:", "It was moved by Councillor Ida Marsh, seconded by Councillor Rolf Penn, and RESOLVED:\n\nThat no action be taken."),
        ("DECISION DETAILS", "Allotment Rents 2019/20", "Cabinet", "Decision:", "RESOLVED that the rents be raised by two per cent."),
        ("Cabinet decision details", "Street Lighting Contract", "Cabinet", "Decision:", "That the contract be awarded to the lowest tender."),
        ("Details of the decision", "Grass Cutting Review", "Environment Committee", "Decisions:", "Agreed that the review be deferred to June."),
        ("Decision summary", "Pool Hall Lease", "Cabinet Member for Assets", "Decision:", "The lease be renewed for five years."),
    ],
)
def test_a_decision_page_is_the_decision_makers_meeting(title, subject, body, label, decision):
    text = f"{title}\n\n{subject}\n\n" + DETAILS.format(body=body, label=label, decision=decision)
    parsed = parse_document(text.encode(), "details.txt", {})
    assert parsed.document.kind == "decision_notice"
    (meeting,) = parsed.records["meeting"]
    assert (meeting.committee, meeting.date, meeting.status) == (body, "2019-03-12", "held")
    (item,) = parsed.records["agenda_items"]
    assert item.title == subject
    assert parsed.records["resolutions"]  # the decision is read, so the meeting's decisions and votes are
