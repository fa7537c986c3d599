"""Facts: figures in prose, with what they count.

"22 of the 214 children in care were reported missing", "26% (25/97) of
children of statutory school age had an EHCP", "Harrow had housed 39 care
leavers into secure tenancies": each is one :class:`~schemas.report.Fact`.

Where each mechanism lives
--------------------------

- ``extract.py``: the document pass (:func:`~extractors.facts.extract.read_facts`):
  label lines, then sentence by sentence, then numbers in words;
- ``prose.py``: where prose is (blocked spans, table-like lines,
  paragraphs, sentences from the shared pipeline's sentencizer);
- ``lists.py``: the document's lines, lead-ins, label lines, list items, a
  subject continued on the next line;
- ``filters.py``: exclusions, what makes a figure not a fact;
- ``subjects.py``: the subject rules, an ordered registry of named functions;
- ``phrases.py``: the noun phrase after a figure, and the predicate it keeps;
- ``before.py``: phrases before a figure, time phrases, leaning figures;
- ``words.py``: the tokenizer and the word classes (spaCy ``attribute_ruler``);
- ``extractors/figures.py``: what a printed figure looks like, one grammar
  for prose and KPI cells, and numbers in words.

How a fact is found
-------------------

1. **Prose only** (``prose.py``). The document text is cut into paragraphs
   (lines joined where a PDF wrapped them) and paragraphs into sentences.
   Lines that belong to tables are skipped: the spans of ``ctx.doc.tables``
   and of the ``kpi_tables`` records, the lines of a PDF page that a ruled or
   figure-filled table on that page covers, and any line that is mostly
   figures ("April 16 81.25% (13) 12.5% (2)"). So are page-number lines,
   header fields and agenda item numbers and titles.
2. **Figures** (``extractors/figures.py``): "26% (25/97)", "35/47 (74.5%)",
   "22 of the 214", "47%", "£1.2m", a bare count, each read as it is found.
   **Exclusions** (``filters.py``) drop what is not a figure of something: a
   label before it ("Item 7", "Pages 5 - 14", "Year 6", "aged 17"), a date,
   time or unit after it ("1 April 2022", "6.00 pm", "20 days"), a year, a
   range ("5 - 14"), a reference glued to letters ("12A", "1st"), a threshold
   or a target ("at least 20", "no more than 18", "a target of 700"), an
   address ("18 Parkview Drive"), a slide number glued to a bullet, and
   sentences that are lists of figures with a word or two each. "Up to 70
   children" is a figure (the subject says "(up to)"), and so are changes
   ("a slight decrease of 3.7%", "from 15% to 26%") and comparisons.
3. **A subject, or no fact** (``subjects.py``). A figure is kept only when
   its sentence says what it counts. :data:`~extractors.facts.subjects.SUBJECT_RULES`
   are tried in order, each a small function named for the form it reads
   (``noun_after``: "39 [care leavers]"; ``linking_verb``: "[The proportion
   of ...] was 10.27%"; ``phrase_in_brackets``: "[suspected gang activity]
   (5%)"; ``leaning_figure``: "15 identified as male, [7] as female"; ...);
   the first that reads the figure wins, and a rule may also say "no fact".
   The subject is the head noun phrase plus what the sentence says of it:
   auxiliaries are dropped ("were reported missing" -> "reported missing"),
   "had an EHCP" becomes "with an EHCP", a verb before the figure moves after
   its noun ("had housed 39 care leavers" -> "care leavers housed"), a
   defined acronym replaces its capitalised expansion, and a time phrase
   opening the sentence or following a "... was N%" figure joins it.
4. **Lists, slides and neighbours** (``lists.py``, ``extract.py``). *Label
   lines* ("within statutory timescales – 25", "Total Number of CYP = 12")
   and list items with no noun ("- 14 Post 16") take their lead-in ("Number
   seen:"); a short line that stops where its subject does takes the next
   line ("2 Students" / "Organisation start date 2022"); a subject that says
   only who is counted ("11 children") takes the clause before the figure;
   a figure with no subject of its own in a paragraph takes the paragraph's
   *topic* (what its last sentence counted). A blank line ends a topic,
   except between the items of one list.
5. **Numbers in words** ("Twelve young people attended", "two care leavers",
   "one hundred and five pupils"): read in a pass of their own by
   ``noun_after`` alone, so that printed figures read the same with or
   without it; precision over recall (``filters.spelled_excluded``: never
   "one" alone, nor "no one", "one-to-one", "two or three", "the two
   councils", "two thirds", "Two Rivers School", "the past five years").

Word classes (determiners, units, labels, quantifiers, ...) are the word
lists of ``vocab/facts.toml``, loaded into spaCy's ``attribute_ruler`` as
``MORPH`` features (``words.py``); rules ask ``tok.is_a("unit")``.

Conventions
-----------

- ``raw`` is the figure as printed (whitespace squashed); the row's span
  (``char_start``/``char_end``) covers exactly those characters, so a
  reader sees which number; ``text`` is the whole sentence, squashed (in a
  run-on text of more than 1,000 characters without a full stop, the words
  around the figure).
- The figure is read by the grammar of :mod:`extractors.figures`, with
  one convention on top: **"N of M" and "N out of (the) M" are counts** --
  ``value`` N, ``unit`` "count", ``numerator`` N, ``denominator`` M (the
  share is for a reader to compute; the printed statement is a count).
  Fractions with a printed percentage ("35/47 (74.5%)") keep the cell
  reading: the percentage, with numerator and denominator.
- ``rule`` names the rule that read the subject (``noun_after``,
  ``label_line``, ``list_item``, ...), with what was added after it:
  ``+next_line``, ``+clause_before``, ``+topic`` (the antecedent was the
  paragraph's topic), ``+shared_noun``. Tests read the rules directly from
  ``tests/fact_cases.toml``.
- ``id`` numbers printed figures ``-f1``, ``-f2``, ... in the order of the
  text and numbers in words apart, ``-w1``, ``-w2``, ...
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


@extractor(NAME, requires=("meeting", "kpi_tables"), produces=Fact)
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
