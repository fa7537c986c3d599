"""Pydantic models for every record councilpack extracts.

One module per record family:

- :mod:`schemas.provenance` - the fields every extracted row carries
- :mod:`schemas.documents`  - source documents and their pages
- :mod:`schemas.meetings`   - meetings and agenda items
- :mod:`schemas.decisions`  - resolutions, actions and work-programme entries
- :mod:`schemas.people`     - people, memberships, attendees, declarations, mentions
- :mod:`schemas.report`     - KPI tables and values, facts, case studies, glossary, redactions

Each record class names the SQLite table it is loaded into (``table``) so the
loader needs no per-type code.
"""

from schemas.provenance import Extracted, Span
from schemas.documents import Document, Page
from schemas.meetings import Meeting, AgendaItem, MeetingDocument
from schemas.decisions import Resolution, Action, WorkProgrammeEntry
from schemas.people import Attendee, Declaration, Membership, Mention, Person, PersonAlias
from schemas.report import CaseStudy, Fact, GlossaryEntry, KpiTable, KpiValue, Redaction

RECORD_TYPES: tuple[type[Extracted], ...] = (
    Meeting,
    AgendaItem,
    Resolution,
    Action,
    WorkProgrammeEntry,
    Membership,
    Attendee,
    Declaration,
    Mention,
    KpiTable,
    KpiValue,
    Fact,
    CaseStudy,
    GlossaryEntry,
)

__all__ = [
    "Extracted",
    "Span",
    "Document",
    "Page",
    "Meeting",
    "MeetingDocument",
    "AgendaItem",
    "Resolution",
    "Action",
    "WorkProgrammeEntry",
    "Person",
    "PersonAlias",
    "Membership",
    "Attendee",
    "Declaration",
    "Mention",
    "KpiTable",
    "KpiValue",
    "Fact",
    "CaseStudy",
    "GlossaryEntry",
    "Redaction",
    "RECORD_TYPES",
]
