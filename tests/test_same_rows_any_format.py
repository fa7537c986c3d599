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

Parish minutes (``PARISH_SOURCES``: Stoke Ferry, Wereham, Wye Valley, the
tuning half, published as Markdown or text) are drawn in the three parish
clerk's Word styles (``PARISH_STYLES``) and held to what is measured today,
which is below the issue's bar: what is left is listed, by cause, in
``bench/README.md``.

Rendering and ingesting everything (4 sources x 7 styles + 5 parish sources x
3 styles + 9 text forms, 11 databases) takes about 12 s, once per session.
``python bench/renderings.py`` prints the same comparison as precision /
recall / F1, every source in every style.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.renderings.compare import RECORD_TYPES, TEXT, build, rows, same_number, same_text
from tests.renderings.compare import compare as compare_rows
from tests.renderings.render import MODERNGOV_STYLES, PARISH_STYLES
from tests.renderings.sources import ALL_SOURCES, PARISH_SOURCES, SOURCES, Source, available

SOURCE_IDS = [s.name for s in SOURCES]
PARISH_IDS = [s.name for s in PARISH_SOURCES]
STYLES = list(MODERNGOV_STYLES)  # the styles the ModernGov sources are drawn in


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    sources = available(ALL_SOURCES)
    plan = {s.name: list(PARISH_STYLES if s.kind == "parish" else MODERNGOV_STYLES) for s in sources}
    return build(tmp_path_factory.mktemp("renderings"), sources, styles_of=plan)


def present(source: Source) -> Source:
    if not source.original.is_file():
        pytest.skip(f"{source.original} not found (the seeds and parish minutes live in ../shared beside the checkout)")
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


def _assert_faithful(built, source: Source, style: str) -> None:
    import pypdfium2

    present(source)
    pdf = pypdfium2.PdfDocument(str(built.pdfs[style][source.name]))
    try:
        pages = [_without_stamps(page.get_textpage().get_text_range(), source, style, n, len(pdf)) for n, page in enumerate(pdf, 1)]
    finally:
        pdf.close()
    text = _words(" ".join(pages))
    truth = source.truth_data()
    wanted = [i["title"] for i in truth["agenda_items"] if i.get("title")] + [r["text"] for r in truth["resolutions"]]
    missing = [w for w in wanted if _words(w) not in text]
    assert not missing, f"{style} rendering of {source.name} lacks: {missing}"


def _without_stamps(text: str, source: Source, style: str, page: int, pages: int) -> str:
    """A page's text without the style's own stamps, which PDFium may place inside the paragraph a page break cuts."""
    from tests.renderings.render import STYLES as ALL_STYLES

    dress = ALL_STYLES[style]
    minutes = source.minutes()
    stamps = [f(minutes, page, pages) for f in (dress.header, dress.footer, dress.header_right, dress.footer_right) if f]
    text = _words(text)
    for stamp in [*stamps, dress.signature]:
        if stamp and _words(stamp):
            text = text.replace(_words(stamp), " ", 1)
    return text


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("source", SOURCES, ids=SOURCE_IDS)
def test_a_rendering_prints_every_title_and_resolution(built, source, style):
    """The renderer is faithful: the PDF's text holds every item title and resolution text."""
    _assert_faithful(built, source, style)


@pytest.mark.parametrize("style", STYLES)
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
    f1, report = _f1(built, available(), STYLES, kind)
    if f1 is None:
        pytest.skip("no source available (the seeds live in ../shared beside the checkout)")
    assert f1 >= 0.9, f"{kind}: F1 {f1:.3f}\n" + "\n".join(report)


def _f1(built, sources: list[Source], styles, kind: str) -> tuple[float | None, list[str]]:
    """Micro-averaged F1 of ``kind`` over every source in every style, and what differs."""
    matched = expected = got = 0
    report = []
    for source in sources:
        for style in styles:
            s = compare_rows(built, source.name, style)[kind]
            matched, expected, got = matched + s.matched, expected + s.expected, got + s.got
            if s.missing or s.extra:
                report.append(f"{source.name} as {style}: missing {s.missing[:3]}, extra {[_short(x) for x in s.extra[:3]]}")
    if not expected:
        return None, report
    precision, recall = matched / got if got else 0.0, matched / expected
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, [f"P {precision:.3f}, R {recall:.3f}", *report]


# -- parish minutes --------------------------------------------------------------------------


@pytest.mark.parametrize("source", PARISH_SOURCES, ids=PARISH_IDS)
def test_a_parish_text_form_gives_the_truths_meeting(built, source):
    """The baseline: the text form's meeting is the truth file's (undated where the minutes print no date)."""
    meeting = present(source).truth_data()["meetings"][0]
    got = rows(built.dbs[TEXT], built.texts[source.name])["meetings"]
    # Wye Valley's minutes do not say when the meeting was: the meeting is still read, held, undated
    assert got == Counter({(same_text(meeting["council"]), same_text(meeting["committee"]), meeting.get("date")): 1})


def test_the_parish_text_forms_give_most_of_the_truths_items_and_attendees(built):
    """The text forms are no empty reference: measured, 68 of the truth's 86 items (Stoke Ferry 2009's
    sixteen unnumbered headings are not read) and 41 of its 46 attendees."""
    sources = [present(s) for s in PARISH_SOURCES]
    items = attendees = truth_items = truth_attendees = 0
    for source in sources:
        truth = source.truth_data()
        got = rows(built.dbs[TEXT], built.texts[source.name])
        wanted_items = Counter((same_number(i.get("number")), same_text(i["title"])) for i in truth["agenda_items"])
        wanted_people = Counter((same_text(a["name"]), a["role"], a["status"]) for a in truth["attendees"])
        items += sum((wanted_items & got["agenda_items"]).values())
        attendees += sum((wanted_people & got["attendees"]).values())
        truth_items += len(truth["agenda_items"])
        truth_attendees += len(truth["attendees"])
    assert items / truth_items >= 68 / 86, f"{items} of {truth_items} items"
    assert attendees / truth_attendees >= 41 / 46, f"{attendees} of {truth_attendees} attendees"


@pytest.mark.parametrize("style", PARISH_STYLES)
@pytest.mark.parametrize("source", PARISH_SOURCES, ids=PARISH_IDS)
def test_a_parish_rendering_prints_every_title_and_resolution(built, source, style):
    """The parish layout is faithful too: every item title and resolution text is in the PDF."""
    _assert_faithful(built, source, style)


@pytest.mark.parametrize("style", PARISH_STYLES)
@pytest.mark.parametrize("source", PARISH_SOURCES, ids=PARISH_IDS)
def test_a_parish_rendering_gives_the_texts_meeting(built, source, style):
    """A clerk's Word layout gives the same meeting as the text (measured: every source, every parish style)."""
    present(source)
    s = compare_rows(built, source.name, style)["meetings"]
    assert not s.missing and not s.extra, f"{source.name} as {style}: missing {s.missing}, extra {s.extra}"


#: F1 of the parish renderings against their text forms, measured (``python bench/renderings.py``, the
#: parish styles' rows of the five parish sources): items 0.893, attendees 0.973, resolutions 0.796.
#: Below the issue's 0.9 where the causes lie outside the PDF reader (bench/README.md lists them);
#: raise these as they are fixed.
PARISH_F1 = {"agenda_items": 0.89, "attendees": 0.97, "resolutions": 0.79}


@pytest.mark.parametrize("kind", list(PARISH_F1))
def test_the_parish_renderings_give_the_texts_rows(built, kind):
    """Over every parish source in every parish style, the rows come within the measured F1 of the text's."""
    f1, report = _f1(built, [present(s) for s in PARISH_SOURCES], PARISH_STYLES, kind)
    assert f1 >= PARISH_F1[kind], f"{kind}: F1 {f1:.3f}\n" + "\n".join(report)


def _short(row: tuple) -> tuple:
    return tuple(v[:120] + "..." if isinstance(v, str) and len(v) > 120 else v for v in row)
