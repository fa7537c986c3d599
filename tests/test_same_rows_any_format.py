"""The same document gives the same rows whatever its format (issue 14).

Each source's text form (a ModernGov page saved as text, or printed minutes'
text) and its PDF renderings (``tests/renderings``: a browser print of the
page with and without Chrome's header and footer, Word-made minutes in three
fonts with and without page stamps) are ingested with the real ``councilpack
ingest``, one database per style.  Each rendering must give the text form's
meeting (council, committee, date), and over all renderings the agenda items
(number, title), attendees (name, role, status) and resolutions (item, text)
must come within F1 0.9 of the text form's (the issue's bar).

Two guards keep the comparison honest:

* the text form's rows are the truth file's (meeting, items, attendees, and as
  many resolutions), so "the same as the text" is not "the same nothing";
* every rendering prints every item title and every resolution's words, so a
  difference is the reader's, not the renderer's.

Rendering and ingesting everything (4 sources x 7 styles + 4 text forms, 8
databases) takes about 7 s, once per session.  ``python bench/renderings.py``
prints the same comparison as precision / recall / F1.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.renderings.compare import RECORD_TYPES, TEXT, build, rows, same_number, same_text
from tests.renderings.compare import compare as compare_rows
from tests.renderings.render import STYLES
from tests.renderings.sources import SOURCES, Source, available

SOURCE_IDS = [s.name for s in SOURCES]


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    return build(tmp_path_factory.mktemp("renderings"), available())


def present(source: Source) -> Source:
    if not source.original.is_file():
        pytest.skip(f"{source.original} not found (the seeds live in ../shared beside the checkout)")
    return source


@pytest.mark.parametrize("source", SOURCES, ids=SOURCE_IDS)
def test_the_text_form_gives_the_truths_rows(built, source):
    """The baseline: the text form's meeting, items and attendees are the truth file's."""
    truth = present(source).truth_data()
    got = rows(built.dbs[TEXT], built.texts[source.name])
    meeting = truth["meetings"][0]
    assert got["meetings"] == Counter({(same_text(meeting["council"]), same_text(meeting["committee"]), meeting["date"]): 1})
    items = Counter((same_number(i.get("number")), same_text(i["title"])) for i in truth["agenda_items"] if i.get("title"))
    assert items - got["agenda_items"] == Counter()
    assert sum(got["agenda_items"].values()) == len(truth["agenda_items"])
    assert got["attendees"] == Counter((same_text(a["name"]), a["role"], a["status"]) for a in truth["attendees"])
    assert sum(got["resolutions"].values()) == len(truth["resolutions"])


def _words(s: str) -> str:
    return re.sub(r"[^\w]+", " ", same_text(s) or "").strip()


@pytest.mark.parametrize("style", list(STYLES))
@pytest.mark.parametrize("source", SOURCES, ids=SOURCE_IDS)
def test_a_rendering_prints_every_title_and_resolution(built, source, style):
    """The renderer is faithful: the PDF's text holds every item title and resolution text."""
    import pypdfium2

    present(source)
    pdf = pypdfium2.PdfDocument(str(built.pdfs[style][source.name]))
    try:
        text = _words(" ".join(page.get_textpage().get_text_range() for page in pdf))
    finally:
        pdf.close()
    truth = source.truth_data()
    wanted = [i["title"] for i in truth["agenda_items"] if i.get("title")] + [r["text"] for r in truth["resolutions"]]
    missing = [w for w in wanted if _words(w) not in text]
    assert not missing, f"{style} rendering of {source.name} lacks: {missing}"


@pytest.mark.parametrize("style", list(STYLES))
@pytest.mark.parametrize("source", SOURCES, ids=SOURCE_IDS)
def test_a_rendering_gives_the_texts_meeting(built, source, style):
    """Whatever the rendering, the same meeting: council, committee and date."""
    present(source)
    s = compare_rows(built, source.name, style)["meetings"]
    assert not s.missing and not s.extra, f"{source.name} as {style}: missing {s.missing}, extra {s.extra}"


@pytest.mark.parametrize("kind", [k for k in RECORD_TYPES if k != "meetings"])
def test_the_renderings_give_the_texts_rows(built, kind):
    """Issue 14's bar: over every rendering of every source, F1 >= 0.9 against the text form's rows.

    Measured now (``python bench/renderings.py``): agenda items 0.98, attendees
    0.95, resolutions 0.93; what is left is listed by ``--details``.
    """
    matched = expected = got = 0
    report = []
    for source in available():
        for style in STYLES:
            s = compare_rows(built, source.name, style)[kind]
            matched, expected, got = matched + s.matched, expected + s.expected, got + s.got
            if s.missing or s.extra:
                report.append(f"{source.name} as {style}: missing {s.missing[:3]}, extra {[_short(x) for x in s.extra[:3]]}")
    if not expected:
        pytest.skip("no source available (the seeds live in ../shared beside the checkout)")
    precision, recall = matched / got if got else 0.0, matched / expected
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert f1 >= 0.9, f"{kind}: F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})\n" + "\n".join(report)


def _short(row: tuple) -> tuple:
    return tuple(v[:120] + "..." if isinstance(v, str) and len(v) > 120 else v for v in row)
