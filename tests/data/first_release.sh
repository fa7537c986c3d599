#!/bin/sh
# Rebuild tests/data/first_release.sql: a database made by councilpack's first release
# (commit fbc3891, "Ingest spine") from one sample document, dumped as SQL.
# Run from the repository root with the project's virtualenv: sh tests/data/first_release.sh
set -eu
repo=$(pwd)
work=$(mktemp -d)
git -C "$repo" archive fbc3891 | tar -x -C "$work/"
# The first release's own code (cli, pipeline, extractors, schemas) ahead of the installed one on sys.path.
(cd "$work" && PYTHONPATH="$work" "$repo/.venv/bin/python" -c \
  "import sys; from cli import app; app(sys.argv[1:], prog_name='councilpack')" \
  ingest --db "$work/first.db" "$repo/samples/eastbrook/2025-06-16_corporate-parenting-panel_minutes.html")
sqlite3 "$work/first.db" .dump > "$repo/tests/data/first_release.sql"
rm -rf "$work"
