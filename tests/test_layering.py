"""Imports point one way: ``cli`` → ``pipeline`` → ``extractors`` → ``schemas``.

Shapes live in ``schemas/`` (records, the document model, the outline), rules
in ``extractors/``, side effects in ``pipeline/``. A module may import its own
layer or any layer below it, never one above: every import statement in the
package is read with :mod:`ast`, including those inside functions and under
``TYPE_CHECKING``, so a cycle cannot hide behind a late import.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LAYERS = {"schemas": 0, "extractors": 1, "pipeline": 2, "cli": 3}


def layer_of(module: str) -> int | None:
    """The layer a dotted module name belongs to, or None for anything outside the project."""
    return LAYERS.get(module.split(".")[0])


def imported_modules(source: str, package: str) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import in ``source``; ``package`` resolves relative imports."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.append((node.lineno, module))
    return found


def upward_imports(path: Path) -> list[str]:
    relative = path.relative_to(REPO).with_suffix("")
    module = ".".join(relative.parts)
    own = layer_of(module)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    problems = []
    for line, target in imported_modules(path.read_text("utf-8"), package):
        other = layer_of(target)
        if own is not None and other is not None and other > own:
            problems.append(f"{relative}.py:{line} imports {target}")
    return problems


def project_modules() -> list[Path]:
    files = [REPO / "cli.py"]
    for top in ("pipeline", "extractors", "schemas"):
        files += sorted((REPO / top).rglob("*.py"))
    return files


@pytest.mark.parametrize(
    ("source", "package", "expected"),
    [
        ("import pipeline.loader", "extractors", ["pipeline.loader"]),
        ("from pipeline.outline.base import lines_of", "extractors", ["pipeline.outline.base"]),
        ("def f():\n    from cli import app\n", "pipeline.scrape", ["cli"]),
        ("from . import vocab", "extractors", ["extractors"]),
        ("from ..readers import base", "pipeline.outline", ["pipeline.readers"]),
        ("if TYPE_CHECKING:\n    from pipeline.x import Y\n", "schemas", ["pipeline.x"]),
    ],
)
def test_every_import_is_seen(source, package, expected):
    assert [m for _, m in imported_modules(source, package)] == expected


@pytest.mark.parametrize(("importer", "imported", "upward"), [
    ("schemas", "pipeline", True), ("schemas", "extractors", True), ("extractors", "pipeline", True),
    ("pipeline", "cli", True), ("extractors", "schemas", False), ("pipeline", "extractors", False),
    ("cli", "pipeline", False), ("extractors", "spacy", False),
])  # fmt: skip
def test_layer_order(importer, imported, upward):
    assert ((layer_of(imported) or -1) > layer_of(importer)) is upward


def test_imports_point_one_way():
    modules = project_modules()
    assert len(modules) > 60  # the whole package is read, not an empty glob
    problems = [p for path in modules for p in upward_imports(path)]
    assert problems == [], "imports that point upward (cli → pipeline → extractors → schemas):\n" + "\n".join(problems)
