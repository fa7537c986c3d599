"""The same minutes in any format (issue 14): precision / recall / F1 of each PDF rendering.

For each source (two Harrow seed pages, the Eastbrook page, the Eastbrook
printed minutes) and each style of ``tests/renderings`` (browser print with
and without Chrome's header and footer; Word-made minutes in Helvetica, Times
and Vera, with and without page stamps), the rendering is ingested with the
real ``councilpack ingest`` and its rows compared with the rows of the same
source's text form: meetings, agenda items, attendees, resolutions.  The text
form is the reference: precision is the share of the rendering's rows the text
form also has, recall the share of the text form's rows the rendering has.

Prints one line per source x style (``P/R/F1`` for each record type), then
totals per style, per record type and overall (micro-averaged: rows summed
before dividing).  ``--details`` adds the missing and extra rows of every
rendering that differs.

    .venv/bin/python bench/renderings.py [--details] [--keep DIR]

The renderings and databases go to a new temporary folder (``--keep DIR`` to
keep them there and reuse its databases on the next run).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.renderings.compare import RECORD_TYPES, Score, build, compare  # noqa: E402
from tests.renderings.render import STYLES  # noqa: E402
from tests.renderings.sources import ALL_SOURCES, available  # noqa: E402

SHORT = {"meetings": "meetings", "agenda_items": "items", "attendees": "attendees", "resolutions": "resolutions"}


def _cell(matched: int, expected: int, got: int) -> str:
    if not expected and not got:
        return "-"  # nothing to find and nothing found: no score
    s = Score(expected, got, matched, [], [])
    return f"{s.precision:4.2f}/{s.recall:4.2f}/{s.f1:4.2f}"


#: The totals printed: the ModernGov sources (pages, printed minutes), the parish sources, all.
GROUPS = (("moderngov", "ModernGov sources"), ("parish", "parish sources"), ("*", "all sources"))


def _group(source) -> str:
    return "parish" if source.kind == "parish" else "moderngov"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="list the missing and extra rows")
    parser.add_argument("--keep", type=Path, help="render and ingest into this folder and keep it")
    args = parser.parse_args()

    sources = available(ALL_SOURCES)
    for s in ALL_SOURCES:
        if s not in sources:
            print(f"skipped {s.name}: {s.original} not found", file=sys.stderr)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="councilpack-renderings-"))
    start = time.perf_counter()
    built = build(folder, sources)
    elapsed = time.perf_counter() - start

    # (group, style|*, kind|*) -> matched, expected, got; group: the source's kind ("parish", or "moderngov" for pages and printed minutes)
    totals: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    width = max(len(s.name) for s in sources) + 2
    print(f"{'source':{width}}{'style':21}" + "".join(f"{SHORT[k] + ' P/R/F1':>19}" for k in RECORD_TYPES))
    details = []
    for source in sources:
        group = _group(source)
        for style in STYLES:
            scores = compare(built, source.name, style)
            cells = []
            for kind in RECORD_TYPES:
                s = scores[kind]
                cells.append(f"{_cell(s.matched, s.expected, s.got):>19}")
                for g in (group, "*"):
                    for key in ((g, style, kind), (g, style, "*"), (g, "*", kind), (g, "*", "*")):
                        t = totals[key]
                        t[0] += s.matched
                        t[1] += s.expected
                        t[2] += s.got
                if s.missing or s.extra:
                    details.append((source.name, style, kind, s))
            print(f"{source.name:{width}}{style:21}" + "".join(cells))
    for group, title in GROUPS:
        if not totals[(group, "*", "*")][1]:
            continue
        print()
        print(f"{'total (' + title + ')':{width + 21}}" + "".join(f"{SHORT[k] + ' P/R/F1':>19}" for k in RECORD_TYPES) + f"{'all P/R/F1':>19}")
        for style in [*STYLES, "*"]:
            label = "all styles" if style == "*" else style
            print(f"{'':{width}}{label:21}" + "".join(f"{_cell(*totals[(group, style, k)]):>19}" for k in [*RECORD_TYPES, "*"]))
    print()
    m, e, g = totals[("*", "*", "*")]
    print(f"{len(sources)} sources x {len(STYLES)} styles; rows: {e} in the text forms, {g} read from the renderings, {m} the same; "
          f"render + ingest {elapsed:.1f} s; in {folder}")
    if args.details:
        for name, style, kind, s in details:
            print(f"\n{name} {style} {kind}: {s.matched}/{s.expected} of the text's rows, {s.got} read")
            for row in s.missing:
                print(f"  - {row}")
            for row in s.extra:
                print(f"  + {tuple(v[:160] + '...' if isinstance(v, str) and len(v) > 160 else v for v in row)}")


if __name__ == "__main__":
    main()
