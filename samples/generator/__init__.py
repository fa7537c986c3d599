"""The Eastbrook sample generator: a fictional council's documents and their ground truth.

Everything here is invented: Eastbrook Borough Council, its Corporate
Parenting Panel, the people and every number.  The documents imitate the
*style* of real UK council publications (a Harrow agenda pack, a ModernGov
"Agenda and minutes" page, Kent printed minutes) so that councilpack's demo
and tests can run on a fresh clone without any real data.
``samples/generate.py`` is the command line that writes them.

Documents and truth are both derived from one data model, so they cannot
disagree: figures are built with small constructors (``pct_n(13, 16)`` renders
as ``81.25% (13)`` *and* knows its value, unit and numerator), prose is built
from ``T(...)`` fragments that carry facts, acronyms and names, and page
numbers are planned (the pack) or recorded (the printed minutes) while the PDF
is drawn.

The modules, in the order they build on each other; each imports only from
modules above it, so data never depends on how it is drawn:

data
    ``values``        a figure as printed plus its meaning (``Value``, ``pct_n``, ...); ``T`` prose
    ``people``        the council, its people, the two meetings, dates as councils print them
    ``blocks``        what a report page is made of (``Heading``, ``Para``, ``TableBlock``, ...)
    ``june_reports``  16 June 2025: the pack's tables, glossary terms, facts and reports
    ``june_minutes``  16 June 2025: agenda items, and the minutes recorded against them
    ``march``         10 March 2025: the printed minutes, Kent style
    ``executive``     30 January 2025: Cabinet decisions, the forward plan, an officer report
rendering
    ``render_pdf``    reportlab: the agenda pack and the printed minutes
    ``render_html``   the ModernGov "Agenda and minutes" page
    ``render_executive`` reportlab: decision notice, forward plan, officer report (and their truth)
truth and tools
    ``truth``         the ``<document>.truth.json`` for each document
    ``big_pack``      seeded large packs for benchmarks

Output is byte-identical from run to run (reportlab ``invariant=1``, no clocks,
no unordered iteration, seeded randomness only in big-pack mode); a test
regenerates ``samples/eastbrook/`` and compares the bytes.
"""
