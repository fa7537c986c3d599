"""The councilpack pipeline: read -> outline -> extract -> load.

- :mod:`pipeline.readers`  - one reader per input format (PDF, ModernGov HTML,
  ModernGov web-service XML, plain text / Markdown); each turns bytes into a
  :class:`~schemas.source_document.SourceDocument` with page texts and offsets.
- :mod:`pipeline.outline`  - finds the meeting header and the agenda-item
  blocks in a document's text (structured readers supply theirs directly).
- :mod:`extractors`        - one extractor per record type, run in order.
- :mod:`pipeline.store`    - the only writer: schema from the table specs, upgrades, one transaction per document.
- :mod:`pipeline.ingest`   - ties the stages together for files and directories.
"""

# Part of every document's identity for re-runs: a document already loaded by this version is
# skipped before parsing. Raise it whenever the rows a document gives change, so the next
# nightly run re-extracts what is stored (0.1.1: Kent-style minute numbers after unfinished
# minutes; summoning agendas with running minute numbers; spans of table cells hyphenated
# across lines. 0.2.0: facts record their rule and read numbers in words; one meeting per
# ModernGov meeting id, status from evidence; children's names and dates of birth masked in
# the forms the redaction probes found. 0.3.0: one general structure reader for any council's
# minutes and agendas. 0.4.0: parish, town and community councils' forms of heads, items,
# attendance and decisions; printed paragraphs ended by their line shapes. 0.5.0: votes and recorded
# votes; Word documents; OCR of pages without a usable text layer; agenda packs' bound papers, a
# decision's printed parts, wrapped titles and more councils' attendance and declaration forms. 0.6.0: passive decisions in any
# council's minutes; undated minutes, lead-in subjects and ModernGov issue pages; declarations' item
# numbers; votes in minutes without items; whitespace tables with unit and scale; ruled tables in scans. 0.6.1: a
# whitespace table of three or more columns runs on over notes and section headings under its header).
# 0.9.0: a document that says it records a meeting always gets its meeting (the gate); minute numbers after their
# heading, "1/" and run-in compound numbers; attendance, decisions and declarations read with no items found; PDF
# footers on one-page documents, run-in dash headings and wrapped numbered headings; meeting_date on a meeting's rows.
# 0.10.0: run-on attendance lists and labels without colons; declarations by group subjects, plural titles and keys;
# reference numbers ("23-24/FRA/1"), run-in and opening items; decision pages read as decisions; proposals closed by
# their mark; nomination tables and more named-vote forms; "lost by X votes to Y" counts the larger against.
EXTRACTOR_VERSION = "0.10.0"
