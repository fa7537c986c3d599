#!/usr/bin/env python3
"""Generate a fictional council's meeting documents plus their ground truth.

Writes the invented Eastbrook Borough Council's Corporate Parenting Panel
documents, each with a ``<file>.truth.json`` beside it listing what the
document shows, one key per database table:

* ``2025-06-16_corporate-parenting-panel_agenda-pack.pdf`` - agenda pack
  (front sheet, agenda with page ranges, reports with ruled and unruled tables,
  case studies, a blank page and a restricted Part II item);
* ``2025-06-16_corporate-parenting-panel_minutes.html`` - a ModernGov
  "Agenda and minutes" page (ieListDocuments.aspx) for the same meeting;
* ``2025-03-10_corporate-parenting-panel_printed-minutes.pdf`` - printed
  minutes of the previous meeting, laid out like Kent County Council's;
* ``2025-01-30_cabinet_decision-notice.pdf`` - the Cabinet's decision notice
  (one ModernGov-style form per decision);
* ``2025-01-03_forward-plan.pdf`` - the forward plan (notice of key
  decisions), a ruled table of ten planned decisions;
* ``2025-01-30_cabinet_officer-report.pdf`` - an officer report published on
  its own, headed with the meeting and agenda item it goes to.

This file is only the command line.  The data model, the renderers and the
truth writer are the ``generator`` package beside it; its ``__init__.py``
lists the modules in the order they build on each other.

Usage::

    python samples/generate.py                  # writes samples/eastbrook/
    python samples/generate.py --out DIR
    python samples/generate.py --big-pack PATH --pages 64 --table-pages 15 [--seed N]

Output is byte-identical from run to run (reportlab ``invariant=1``, no clocks,
no unordered iteration, seeded randomness only in big-pack mode).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent
DEFAULT_OUT = SAMPLES_DIR / "eastbrook"

# ``python samples/generate.py`` puts samples/ on the path, but loading this file
# by path (runpy, importlib) does not; the package sits beside this file either way.
if str(SAMPLES_DIR) not in sys.path:
    sys.path.insert(0, str(SAMPLES_DIR))

from generator.big_pack import big_pack  # noqa: E402  (needs the path set above)
from generator.june_minutes import june_items  # noqa: E402
from generator.march import march_items  # noqa: E402
from generator.people import FENWICK, JUNE, MEMBERSHIP  # noqa: E402
from generator.render_executive import (decision_notice_truth, forward_plan_truth, officer_report_truth,  # noqa: E402
                                        render_decision_notice, render_forward_plan, render_officer_report)
from generator.render_html import render_minutes_page  # noqa: E402
from generator.render_pdf import Pack, render_pack, render_printed_minutes  # noqa: E402
from generator.truth import minutes_page_truth, pack_truth, printed_minutes_truth, write_json  # noqa: E402


PACK_NAME = "2025-06-16_corporate-parenting-panel_agenda-pack.pdf"
HTML_NAME = "2025-06-16_corporate-parenting-panel_minutes.html"
MINUTES_NAME = "2025-03-10_corporate-parenting-panel_printed-minutes.pdf"
DECISIONS_NAME = "2025-01-30_cabinet_decision-notice.pdf"
FORWARD_PLAN_NAME = "2025-01-03_forward-plan.pdf"
REPORT_NAME = "2025-01-30_cabinet_officer-report.pdf"


def generate(out: Path) -> list[Path]:
    """Write the six sample documents and their truth files into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    items = june_items()

    pack = Pack(JUNE, MEMBERSHIP, FENWICK, items)
    render_pack(pack, out / PACK_NAME)
    write_json(out / f"{PACK_NAME}.truth.json", pack_truth(pack, PACK_NAME))

    render_minutes_page(items, JUNE, FENWICK, out / HTML_NAME)
    write_json(out / f"{HTML_NAME}.truth.json", minutes_page_truth(items, JUNE, FENWICK, HTML_NAME))

    printed = march_items()
    pages = render_printed_minutes(printed, out / MINUTES_NAME)
    write_json(out / f"{MINUTES_NAME}.truth.json", printed_minutes_truth(printed, pages, MINUTES_NAME))

    render_decision_notice(out / DECISIONS_NAME)
    write_json(out / f"{DECISIONS_NAME}.truth.json", decision_notice_truth(DECISIONS_NAME))
    render_forward_plan(out / FORWARD_PLAN_NAME)
    write_json(out / f"{FORWARD_PLAN_NAME}.truth.json", forward_plan_truth(FORWARD_PLAN_NAME))
    render_officer_report(out / REPORT_NAME)
    write_json(out / f"{REPORT_NAME}.truth.json", officer_report_truth(REPORT_NAME))
    return sorted(out.iterdir())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (default: samples/eastbrook)")
    ap.add_argument("--big-pack", type=Path, metavar="PATH", help="write a large agenda pack to PATH instead")
    ap.add_argument("--pages", type=int, default=64, help="big pack: total physical pages")
    ap.add_argument("--table-pages", type=int, default=15, help="big pack: pages carrying ruled tables")
    ap.add_argument("--seed", type=int, default=1, help="big pack: random seed")
    args = ap.parse_args(argv)
    if args.big_pack:
        big_pack(args.big_pack, args.pages, args.table_pages, args.seed)
        print(args.big_pack)
        return 0
    for p in generate(args.out):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
