"""Facts: figures in prose, with what they count.

"22 of the 214 children in care were reported missing", "26% (25/97) of
children of statutory school age had an EHCP", "Harrow had housed 39 care
leavers into secure tenancies": each is one :class:`~schemas.report.Fact`.

How a fact is found
-------------------

1. **Prose only.** The document text is cut into paragraphs (lines joined
   where a PDF wrapped them) and paragraphs into sentences (a spaCy blank
   English pipeline with the rule-based sentencizer, as in ``actions``).
   Lines that belong to tables are skipped: the spans of ``ctx.doc.tables``
   and of the ``kpi_tables`` records,
   the lines of a PDF page that a ruled or figure-filled table on that page
   covers, and any line that is mostly figures ("April 16 81.25% (13) 12.5%
   (2)"). So are page-number lines, header fields and agenda item numbers
   and titles. Tables are the ``kpi_tables`` extractor's.
2. **Figures.** ``vocab/facts.toml`` lists what a printed figure looks like
   (``[[figure]]``: "26% (25/97)", "35/47 (74.5%)", "22 of the 214", "47%",
   "£1.2m", a bare count) and the contexts that make a number *not* a
   figure: a label before it ("Item 7", "Pages 5 - 14", "paragraph 3",
   "Year 6", "Key Stage 5", "aged 17"), a date, time or unit after it
   ("1 April 2022", "6.00 pm", "20 days"), a year, a range ("5 - 14"), a
   reference glued to letters ("12A", "s20", "1st"), a threshold or a
   target rather than a count ("at least 20", "no more than 18", "a target
   of 700", "a floor threshold of 75%"), an address ("18 Parkview Drive"),
   a slide number glued to a bullet (the page numbering's next number).
   "Up to 70 children" is a figure (the most there were; the subject says
   "(up to)"), and so are changes ("a slight decrease of 3.7%", "from 15%
   to 26%") and comparisons ("13% higher than ...").
3. **A subject, or no fact.** A figure is kept only when the sentence says
   what it counts (``subject``, a short phrase taken from the sentence):

   - a count needs a plural noun right after it ("39 care leavers",
     "14 young people"; "1 student" a singular one); a bare "139" is kept
     only as the second half of a comparison ("146 children ..., compared
     with 139 at the end of March 2024"), where it inherits the first
     figure's subject;
   - a percentage or fraction takes the noun phrase after "of" ("26% (25/97)
     of children ..."), the noun phrase right after it ("2% known drug
     misuse"), the subject of "... was 10.27%" / "... reached £1.2m" before
     it, or the phrase in front of a bracketed percentage ("suspected gang
     activity (5%)");
   - money needs the "... reached / was £1.2m" or the "£1,800 of funding"
     form (a budget line without a subject is not a fact);
   - sentences that are lists of figures with a word or two each, and
     numbered headings ("3 AUDIT COMMISSION INTERIM REPORT"), give none.

4. **Lists, slides and neighbours.** Reports print many figures without a
   sentence around them. Three more places say what they count:

   - *label lines* ("within statutory timescales – 25", "Total Number of
     CYP = 12", "Housing (5) and Homelessness (2)") take the line they hang
     from, the *lead-in* ("Number seen:", "What issues do young people want
     support with in Harrow?", a short heading set apart by a blank line):
     subject "Number seen: within statutory timescales". A list item that
     opens with a figure and no noun ("- 9 identified themselves as having a
     disability", "- 14 Post 16") does the same;
   - a short line that stops where its subject does takes the next line
     ("2 Students" / "Organisation start date 2022", "4 young people
     signposted to:" / "Employment Programmes"); a subject that still says
     only who is counted ("11 children") takes the clause before the
     figure, in brackets;
   - a figure that leans on another ("15 identified as male, 7 as female",
     "dropping to 179 in March 2023", "with a figure of 202", "this number
     dropped to 179", "All 13 are male", "the figures for 2024 (47%)") takes
     the subject of the figure before it in the sentence, or else the
     paragraph's *topic*: what its last sentence counted ("the number of
     the Looked After population"). A blank line ends a topic, except
     between the items of one list.

   The subject is the head noun phrase plus what the sentence says of it:
   auxiliaries are dropped ("were reported missing" -> "reported missing"),
   "had an EHCP" becomes "with an EHCP", "had attended" becomes "who
   attended", and a verb before the figure moves after its noun ("had
   housed 39 care leavers into secure tenancies" -> "care leavers housed
   into secure tenancies"). An acronym defined in place is shortened to the
   acronym when its expansion is capitalised ("Education, Health and Care
   Plan (EHCP)" -> "EHCP"), and its bracket is dropped otherwise. A time
   phrase opening the sentence ("Since April 2023, ...") or following a
   "... was N%" figure ("in May 2025") is added to the subject.

Conventions
-----------

- ``raw`` is the figure as printed (whitespace squashed); the row's span
  (``char_start``/``char_end``) covers exactly those characters, so a
  reader sees which number; ``text`` is the whole sentence, squashed (in a
  run-on text of more than 1,000 characters without a full stop, the words
  around the figure).
- The figure is normalised by :func:`extractors.figures.parse_figure`, with
  one convention on top: **"N of M" and "N out of (the) M" are counts** --
  ``value`` N, ``unit`` "count", ``numerator`` N, ``denominator`` M (the
  share is for a reader to compute; the printed statement is a count).
  Fractions with a printed percentage ("35/47 (74.5%)") keep parse_figure's
  reading: the percentage, with numerator and denominator.
- ``agenda_item_id`` and ``printed_page`` come from
  :class:`~extractors.report_items.ItemLocator`.
"""

from __future__ import annotations

from extractors.facts.extract import read_facts
from extractors.facts.prose import blocked_spans
from extractors.registry import ExtractionContext, extractor
from extractors.report_items import ItemLocator
from schemas.provenance import Span
from schemas.report import Fact

NAME = "facts"


@extractor(NAME)
def extract_facts(ctx: ExtractionContext) -> list[Fact]:
    text = ctx.text
    if not text.strip():
        return []
    locator = ItemLocator(ctx)
    meeting_id = ctx.meeting_id()
    rows: list[Fact] = []
    spelled = 0
    for reading in read_facts(text, blocked_spans(ctx)):
        values = reading.values
        if values is None:
            continue
        value, unit, numerator, denominator = values
        c = reading.found.candidate
        if c.spelled:  # numbered apart, so that the printed figures' ids do not move
            spelled += 1
            fact_id = f"{ctx.doc.id[:16]}-w{spelled}"
        else:
            fact_id = f"{ctx.doc.id[:16]}-f{len(rows) - spelled + 1}"
        rows.append(
            Fact(
                id=fact_id,
                meeting_id=meeting_id,
                agenda_item_id=locator.item_id(c.start),
                printed_page=locator.printed_page(c.start),
                text=reading.sentence,
                raw=c.raw,
                value=value,
                unit=unit,
                numerator=numerator,
                denominator=denominator,
                subject=reading.subject,
                rule=reading.found.rule,
                **ctx.provenance(Span(start=c.start, end=c.end), NAME),
            )
        )
    return rows
