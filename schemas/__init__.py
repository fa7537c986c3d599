"""Pydantic models for every record councilpack extracts.

One module per record family:

- :mod:`schemas.provenance` - the fields every extracted row carries
- :mod:`schemas.documents`  - source documents and their pages
- :mod:`schemas.meetings`   - meetings and agenda items
- :mod:`schemas.decisions`  - resolutions, actions and work-programme entries
- :mod:`schemas.people`     - people, memberships, attendees, declarations, mentions
- :mod:`schemas.votes`      - votes on motions and amendments, and who voted how
- :mod:`schemas.report`     - KPI tables and values, facts, case studies, glossary, redactions

Each record class names the SQLite table it is loaded into (``table``), and a
:class:`~schemas.tables.TableSpec` beside it says the rest: keys, foreign keys,
indexes, full-text columns, its title. :data:`TABLES` lists them all; the
store, the Datasette metadata and the export are generated from it, so a new
record type is its model, its spec and one line here.
"""

from schemas.provenance import Extracted, Span
from schemas.tables import TableSpec
from schemas.documents import DOCUMENTS, PAGES, Document, Page
from schemas.meetings import AGENDA_ITEMS, MEETING_DOCUMENTS, MEETING_RECORDS, MEETING_STATUS_OVERRIDES, MEETINGS
from schemas.meetings import AgendaItem, Meeting, MeetingDocument, MergedMeeting
from schemas.decisions import ACTIONS, RESOLUTIONS, WORK_PROGRAMME, Action, Resolution, WorkProgrammeEntry
from schemas.people import ATTENDEES, DECLARATIONS, MEMBERSHIPS, MENTIONS, PEOPLE, PERSON_ALIASES
from schemas.people import Attendee, Declaration, Membership, Mention, Person, PersonAlias
from schemas.report import CASE_STUDIES, FACTS, GLOSSARY, KPI_TABLES, KPI_VALUES, REDACTIONS
from schemas.report import CaseStudy, Fact, GlossaryEntry, KpiTable, KpiValue, Redaction
from schemas.votes import VOTE_RECORDS, VOTES, Vote, VoteRecord

# Every table of extracted rows and what they hang from, in the order the store creates
# them and ``councilpack export`` writes them. Parents before children: the loader
# inserts a document's rows in this order and deletes them in the reverse order.
TABLES: tuple[TableSpec, ...] = (
    DOCUMENTS,
    PAGES,
    MEETINGS,
    MEETING_DOCUMENTS,
    MEETING_RECORDS,
    AGENDA_ITEMS,
    RESOLUTIONS,
    ACTIONS,
    WORK_PROGRAMME,
    MEMBERSHIPS,
    ATTENDEES,
    DECLARATIONS,
    MENTIONS,
    VOTES,
    VOTE_RECORDS,
    KPI_TABLES,
    KPI_VALUES,
    FACTS,
    CASE_STUDIES,
    GLOSSARY,
    PEOPLE,
    PERSON_ALIASES,
    REDACTIONS,
    MEETING_STATUS_OVERRIDES,
)
SPECS: dict[str, TableSpec] = {spec.name: spec for spec in TABLES}

# The record types extractors return (each names its table), in table order.
RECORD_TYPES: tuple[type[Extracted], ...] = tuple(spec.model for spec in TABLES if issubclass(spec.model, Extracted))

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
    "Vote",
    "VoteRecord",
    "KpiTable",
    "KpiValue",
    "Fact",
    "CaseStudy",
    "GlossaryEntry",
    "Redaction",
    "MergedMeeting",
    "RECORD_TYPES",
    "SPECS",
    "TABLES",
    "TableSpec",
]
