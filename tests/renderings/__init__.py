"""The same minutes in several formats (issue 14): test material and its measurement.

A council's minutes reach councilpack as a ModernGov page saved as text, as the
same page printed to PDF from a browser, or as a PDF the council typed in Word.
The rows read from each must be the same.  This package makes those formats
from one document and compares what the real pipeline reads from them:

* :mod:`.sources`: the documents (two Harrow seeds, the Eastbrook page, the
  Eastbrook printed minutes; five parish and community councils' minutes of the
  tuning half, published as text or Markdown) and each one's **text form**.
* :mod:`.content`: a simple, test-side reading of a text form into its
  structure (front matter, agenda items, paragraphs), guided by the truth file.
* :mod:`.render`: that structure drawn as PDFs in several styles (browser
  print with and without Chrome's header and footer; Word-made minutes in
  Helvetica, Times and an embedded TrueType font, with and without page stamps;
  a parish clerk's Word layout with minute numbers, run-in bold headings,
  "Page 2 of 5" and a chairman's signature line).
* :mod:`.compare`: render, ingest with ``councilpack ingest``, compare meetings,
  agenda items, attendees and resolutions of each rendering with the text form's.

Used by ``tests/test_same_rows_any_format.py`` (must be equal) and
``bench/renderings.py`` (precision / recall / F1 per source, style and record type).
"""
