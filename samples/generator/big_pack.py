"""Big agenda packs for benchmarks, seeded so each is the same on every run.

:func:`big_pack` keeps the June pack's front sheet, agenda style and first six
standard items, then fills the requested number of pages with reports made of
random prose pages, ruled-table pages and about one unruled-table page per
five ruled ones.  The tables are random but plausible (months of a financial
year, counts and percentages in every printed form) and the truth file is
written beside the pack exactly as for the samples.  All randomness comes
from one ``random.Random(seed)``, so a seed names one pack.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from .blocks import MONTHS, Heading, KpiTable, Para, Report, TableBlock
from .june_minutes import Item, june_items
from .people import FENWICK, JUNE, MEMBERSHIP, OKAFOR
from .render_pdf import FRAME_W, Pack, render_pack
from .truth import pack_truth, write_json
from .values import BLANK, DASH, NA, STAR, SUPP, Value, count, frac_eq, pct, pct_n, pct_of


INDICATORS = ["Initial Health Assessments in timescale", "Review Health Assessments in timescale",
              "Dental checks completed", "Care leavers in suitable accommodation",
              "Personal Education Plans reviewed", "Return home interviews offered",
              "Social worker visits in timescale", "Care leavers in touch with the Council",
              "Placement stability (2 years or more)", "Foster carer approvals"]
SENTENCE_PARTS = (
    ["The service", "The team", "The Panel", "The Council", "Each social work team", "The health provider"],
    ["continued to", "worked with partners to", "was asked to", "has agreed to", "aims to"],
    ["improve the timeliness of assessments", "review every late request", "strengthen joint working",
     "listen to the views of children in care", "reduce placement moves", "support care leavers into work",
     "increase the number of local foster carers", "monitor the quality of plans"],
    ["during the year.", "before the next meeting.", "across the borough.", "with young people.",
     "in line with statutory guidance.", "as a priority."],
)


def random_cell(rng: random.Random) -> Value:
    kind = rng.random()
    d = rng.randint(5, 40)
    n = rng.randint(0, d)
    if kind < 0.35:
        return pct_n(n, d)
    if kind < 0.5:
        return pct_of(n, d)
    if kind < 0.6:
        return frac_eq(n, d)
    if kind < 0.8:
        return count(n)
    if kind < 0.88:
        return pct(rng.choice([100, 95, 90, 87.5, 75]))
    return rng.choice([BLANK, DASH, NA, SUPP, STAR])


def random_table(rng: random.Random, k: int, ruled: bool) -> KpiTable:
    indicator = rng.choice(INDICATORS)
    months = MONTHS[3:] + MONTHS[:3]
    start = rng.randint(0, 4)
    labels = months[start:start + rng.randint(4, 8)]
    ncols = rng.randint(2, 5)
    header = ["Month", "Total due"] + [f"Measure {chr(65 + c)}\n(percentage / number)" for c in range(ncols - 1)]
    rows = [[m, count(rng.randint(5, 40))] + [random_cell(rng) for _ in range(ncols - 1)] for m in labels]
    width = FRAME_W - 120
    return KpiTable(title=f"Table {k}: {indicator} by month, 2025/26", header=header, rows=rows, ruled=ruled,
                    col_widths=[70, 50] + [width / (ncols - 1)] * (ncols - 1), year=2025, financial_year=True)


def random_prose(rng: random.Random, sentences: int) -> str:
    return " ".join(" ".join(rng.choice(p) for p in SENTENCE_PARTS) for _ in range(sentences))


def big_pack(path: Path, pages: int, table_pages: int, seed: int) -> None:
    """A larger pack for benchmarks: same front sheet and agenda style, then
    reports of prose pages, ``table_pages`` pages with ruled tables and about
    one unruled-table page per five ruled ones.  Writes truth beside it."""
    rng = random.Random(seed)
    unruled_pages = max(1, table_pages // 5)
    standard = june_items()[:6]
    # Choose the number of reports so that cover + agenda + reports == pages.
    per_page = 10
    n_reports = max(1, (pages - 3) // 8)
    agenda_pages = math.ceil((len(standard) + n_reports + 2) / per_page)
    report_pages = pages - 1 - agenda_pages
    if report_pages < table_pages + unruled_pages or report_pages < n_reports:
        raise SystemExit(f"--pages {pages} is too small for {table_pages} table pages")
    kinds = ["ruled"] * table_pages + ["unruled"] * unruled_pages
    kinds += ["prose"] * (report_pages - len(kinds))
    rng.shuffle(kinds)
    cuts = sorted(rng.sample(range(1, report_pages), n_reports - 1)) if n_reports > 1 else []
    bounds = list(zip([0] + cuts, cuts + [report_pages]))
    items = list(standard)
    for r, (a, b) in enumerate(bounds, 1):
        report_pages_blocks = []
        for k in range(a, b):
            if kinds[k] == "prose":
                blocks = [Heading(f"{r}.{k - a + 1} Update")] + [Para(random_prose(rng, rng.randint(4, 7)))
                                                                 for _ in range(rng.randint(3, 5))]
            else:
                blocks = [Heading(f"{r}.{k - a + 1} Performance"), Para(random_prose(rng, 2)),
                          TableBlock(random_table(rng, k + 1, kinds[k] == "ruled"))]
            report_pages_blocks.append(blocks)
        title = f"{rng.choice(INDICATORS)} Report {r}"
        items.append(Item(f"report-{r}", title, "Report of the Head of Corporate Parenting.",
                          report=Report(title, "Report of the Head of Corporate Parenting",
                                        f"{OKAFOR.name} – {OKAFOR.job_title}", report_pages_blocks)))
    items.append(Item("urgent", "Any Other Urgent Business", "Which cannot otherwise be dealt with."))
    pack = Pack(JUNE, MEMBERSHIP, FENWICK, items, items_per_agenda_page=per_page)
    render_pack(pack, path)
    write_json(path.with_name(path.name + ".truth.json"), pack_truth(pack, path.name))
