"""The same minutes as text and as a PDF's text: how many rows councilpack reads the same (issue 14).

A PDF's text has no blank lines between paragraphs, and its lines are cut
at the page's measure, not where the writer ended them. Each text file given
(or each ``.txt`` / ``.md`` file in the folders given) is read twice: as it
is, and wrapped the way a PDF's text comes out (every paragraph cut into
lines of at most ``--width`` characters, blank lines dropped). The rows of
the two readings are compared per record type (resolutions, attendees,
agenda items; each as item + normalised text / name + role + status /
number + title). The text reading is the reference: precision is the share of
the wrapped reading's rows the text reading also has, recall the share of the
text reading's rows the wrapped one has.

    .venv/bin/python bench/wrapped_text.py ../shared/corpus2/text ../shared/corpus/text [--width 90] [--details]

Keep documents you score councilpack against elsewhere (a checking half) out of the folders given.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.evaluate.normalise import norm_name, norm_resolution, norm_text  # noqa: E402
from pipeline.parse import parse_document  # noqa: E402


def wrap(text: str, width: int) -> str:
    """``text`` as a PDF's text: each paragraph's lines cut at ``width`` characters, no blank lines."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        for line in paragraph.split("\n"):
            if line.strip():
                out.extend(textwrap.wrap(line.strip(), width))
    return "\n".join(out) + "\n"


def rows(text: str, name: str) -> dict[str, Counter]:
    """The rows one reading gives, per record type, in comparable form."""
    records = parse_document(text.encode("utf-8"), name, {}).records
    items = {i.id: str(i.number or i.position) for i in records.get("agenda_items", [])}
    return {
        "resolutions": Counter((items.get(r.agenda_item_id), norm_resolution(r.text)) for r in records.get("resolutions", [])),
        "attendees": Counter((norm_name(a.name), a.role, a.status) for a in records.get("attendance", [])),
        "agenda_items": Counter((str(i.number), norm_text(i.title)) for i in records.get("agenda_items", [])),
    }


def files_in(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for p in paths:
        found += sorted(f for f in p.rglob("*") if f.suffix in (".txt", ".md")) if p.is_dir() else [p]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="text files, or folders of .txt / .md files")
    parser.add_argument("--width", type=int, default=90, help="characters a wrapped line holds at most (default 90)")
    parser.add_argument("--details", action="store_true", help="list the rows that differ, file by file")
    args = parser.parse_args()
    totals: dict[str, list[int]] = {}
    files = files_in(args.paths)
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        plain, wrapped = rows(text, path.name), rows(wrap(text, args.width), path.name)
        for kind in plain:
            same = sum((plain[kind] & wrapped[kind]).values())
            t = totals.setdefault(kind, [0, 0, 0])
            t[0] += same
            t[1] += sum(plain[kind].values())
            t[2] += sum(wrapped[kind].values())
            if args.details and plain[kind] != wrapped[kind]:
                print(f"{path.name} {kind}")
                for row in plain[kind] - wrapped[kind]:
                    print(f"  - {row}")
                for row in wrapped[kind] - plain[kind]:
                    print(f"  + {row}")
    print(f"{len(files)} documents, wrapped at {args.width} characters")
    print(f"{'record type':14s} {'text':>6s} {'wrapped':>8s} {'same':>6s}      P      R     F1")
    for kind, (same, n_text, n_wrapped) in totals.items():
        p = same / n_wrapped if n_wrapped else 1.0
        r = same / n_text if n_text else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:14s} {n_text:6d} {n_wrapped:8d} {same:6d}  {p:.3f}  {r:.3f}  {f1:.3f}")


if __name__ == "__main__":
    main()
