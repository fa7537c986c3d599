"""Are the rows the same? Snapshot every table built from every real and sample document, and compare.

A refactor must not change what councilpack extracts. This script ingests each
document set (the seeds, ``../shared/corpus``, ``../shared/corpus2`` and the
bundled samples) into a fresh database of its own, as a user would, and writes
every row of every table to one JSON snapshot. ``compare`` prints, table by
table, the rows only one side has; it prints nothing else when they agree::

    python bench/compare_rows.py snapshot /tmp/before.json      # on the old commit
    python bench/compare_rows.py snapshot /tmp/after.json       # on the new one
    python bench/compare_rows.py compare /tmp/before.json /tmp/after.json

Columns that hold the time of a run (``ingested_at``, ``*_at``) are left out,
and file paths are compared from the ``shared/`` or ``samples/`` folder down, so
two checkouts in different folders compare equal.
A column only one side has is named, and rows are compared on the columns both
have, so a change that adds a column (a new fact like ``rule``) still shows
whether the old columns kept their values. Exit status 1 when anything differs.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SETS = {
    "seeds": SHARED / "seeds",
    "corpus": SHARED / "corpus",
    "corpus2": SHARED / "corpus2",
    "samples": REPO / "samples" / "eastbrook",
}


_CHECKOUT_PATH = re.compile(r'"(?:/[^"/]+)*/(shared|samples)/')


def _portable(row: str) -> str:
    """A dumped row with checkout-specific path prefixes cut: ``/work/wt/B/samples/x`` -> ``<root>/samples/x``."""
    return _CHECKOUT_PATH.sub(r'"<root>/\1/', row)


def _volatile(column: str) -> bool:
    return column.endswith("_at") or column in {"ingested_at", "seconds", "elapsed"}


def dump(db: Path) -> dict[str, dict]:
    """table -> {"columns": [...], "rows": [sorted JSON rows]} for every table but FTS shadows."""
    conn = sqlite3.connect(str(db))
    out: dict[str, dict] = {}
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' order by name")]
    for table in tables:
        if "_fts" in table or table.startswith("sqlite_"):
            continue
        columns = [r[1] for r in conn.execute(f"pragma table_info([{table}])") if not _volatile(r[1])]
        select = ", ".join(f"[{c}]" for c in columns) or "1"
        rows = sorted(json.dumps(dict(zip(columns, row)), sort_keys=True, ensure_ascii=False) for row in conn.execute(f"select {select} from [{table}]"))
        out[table] = {"columns": columns, "rows": rows}
    conn.close()
    return out


def snapshot(out: Path, jobs: int = 2) -> None:
    result: dict[str, dict] = {}
    for name, folder in SETS.items():
        if not folder.is_dir():
            print(f"{name}: {folder} not found, left out", file=sys.stderr)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / f"{name}.db"
            cmd = [sys.executable, "-m", "cli", "ingest", str(folder), "--db", str(db), "--quiet", "--jobs", str(jobs)]
            done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
            print(f"{name}: {done.stdout.strip().splitlines()[0] if done.stdout.strip() else done.stderr.strip()[-300:]}", file=sys.stderr)
            result[name] = dump(db)
    out.write_text(json.dumps(result, indent=0, ensure_ascii=False))


def compare(before_path: Path, after_path: Path, show: int = 5) -> int:
    before, after = json.loads(before_path.read_text()), json.loads(after_path.read_text())
    differences = 0
    for set_name in sorted(set(before) | set(after)):
        b_tables, a_tables = before.get(set_name, {}), after.get(set_name, {})
        for table in sorted(set(b_tables) | set(a_tables)):
            if table not in a_tables or table not in b_tables:
                print(f"{set_name}.{table}: only {'before' if table in b_tables else 'after'}")
                differences += 1
                continue
            b, a = b_tables[table], a_tables[table]
            common = [c for c in b["columns"] if c in a["columns"]]
            for side, cols in (("before", set(b["columns"]) - set(common)), ("after", set(a["columns"]) - set(common))):
                if cols:
                    print(f"{set_name}.{table}: columns only {side}: {sorted(cols)}")

            def project(rows: list[str]) -> list[str]:
                return sorted(_portable(json.dumps({c: json.loads(r)[c] for c in common}, sort_keys=True, ensure_ascii=False)) for r in rows)

            b_rows, a_rows = project(b["rows"]), project(a["rows"])
            if b_rows == a_rows:
                continue
            from collections import Counter

            gone = list((Counter(b_rows) - Counter(a_rows)).elements())
            new = list((Counter(a_rows) - Counter(b_rows)).elements())
            differences += 1
            print(f"{set_name}.{table}: {len(gone)} rows only before, {len(new)} only after")
            for row in gone[:show]:
                print(f"  - {row[:400]}")
            for row in new[:show]:
                print(f"  + {row[:400]}")
    if not differences:
        print("rows identical on every table of every set")
    return 1 if differences else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "snapshot":
        snapshot(Path(argv[1]))
        return 0
    if len(argv) >= 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
