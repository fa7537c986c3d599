"""The store: the only code that creates, upgrades or writes the councilpack database.

One module per job:

- :mod:`pipeline.store.database`   - :func:`open_database`: a new file is created whole, an old one upgraded
- :mod:`pipeline.store.schema`     - the DDL generated from the table specs; the template a new database is made from
- :mod:`pipeline.store.migrations` - upgrades a database made by any earlier release, recorded in ``_councilpack_migrations``
- :mod:`pipeline.store.load`       - the load transaction: one parsed document, all of its rows or none
- :mod:`pipeline.store.merge`      - the merge policy: meetings from their records, superseded versions, parts of packs
- :mod:`pipeline.store.summaries`  - the summary tables and the SQL that keeps them up to date
- :mod:`pipeline.store.views`      - the SQL views
- :mod:`pipeline.store.scrape`     - the scraper's bookkeeping tables, and what it writes about meetings
- :mod:`pipeline.store.clock`      - when (``SOURCE_DATE_EPOCH`` honoured, for reproducible databases)

Where each table is defined (the one place to change it):

- ``documents``, ``pages``: :mod:`schemas.documents` (``Document``, ``Page`` and their ``TableSpec``);
- ``meetings`` (merged), ``meeting_records``, ``meeting_documents``, ``agenda_items``,
  ``meeting_status_overrides``: :mod:`schemas.meetings` (the columns of ``meetings``
  merged from the records are ``MERGED_COLUMNS`` there; how they merge is :mod:`pipeline.store.merge`);
- ``resolutions``, ``actions``, ``work_programme``: :mod:`schemas.decisions`;
- ``people``, ``person_aliases``, ``memberships``, ``attendees``, ``declarations``, ``mentions``: :mod:`schemas.people`;
- ``votes``, ``vote_records``: :mod:`schemas.votes`;
- ``kpi_tables``, ``kpi_values``, ``facts``, ``case_studies``, ``glossary``, ``redactions``: :mod:`schemas.report`;
- ``<table>_fts`` (full-text indexes): the ``fts`` of that table's spec;
- ``attendance_summary``, ``action_followups``: :mod:`pipeline.store.summaries`;
- views (``meeting_attendance``, ``attendance_rates``, ``declarations_by_member``,
  ``document_versions``, ``version_page_changes``): :mod:`pipeline.store.views`;
- ``scrape_runs``, ``source_meetings``, ``source_documents``: :mod:`pipeline.store.scrape`;
- ``_councilpack_migrations``: :mod:`pipeline.store.schema` (written by :mod:`pipeline.store.migrations`).

A table spec's model gives the columns, their types and their descriptions
(``Field(description=...)``); the spec gives keys, indexes, full-text columns
and the title. ``schemas.TABLES`` lists every spec; the schema, the upgrades,
the Datasette metadata and ``councilpack export`` are generated from it.
"""

from pipeline.store.database import open_database
from pipeline.store.load import already_loaded, table_counts
from pipeline.store.merge import recompute_meeting

__all__ = ["already_loaded", "open_database", "recompute_meeting", "table_counts"]
