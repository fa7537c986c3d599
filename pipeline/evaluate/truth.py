"""Ground-truth files, and where the documents they describe are found.

A truth file (``eval/truth/*.json``, format in ``eval/README.md``) names its
document by a path relative to a *document root*: ``shared/seeds/000_….txt``
lies under the folder beside the checkout, ``samples/eastbrook/….pdf`` under
the checkout itself. A *registration* (``{"truth": "samples/eastbrook/x.pdf.truth.json",
"set": …}``) points at a truth file kept beside its document instead of
copying it: that path is relative to a root as well (the registered file
travels with the documents, not with ``eval/truth``), and the document it
names is relative to the registered file's folder.

The roots are an argument, tried in order (``councilpack eval --documents
DIR``, repeatable), so nothing here depends on where the code is installed.
Without it, :func:`default_roots` gives a checkout and the folder beside it,
which is where everything lies in a clone next to ``shared/``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable

SETS = ("seeds", "corpus", "samples", "tuning", "checking", "tables")  # tuning / checking: named by a truth file's "set" (issue 14); tables: table_cells truth (issue 16)


def set_rank(name: str) -> tuple:
    """Sort key of a set's name: seeds, corpus, samples, then any other set by name."""
    return (SETS.index(name) if name in SETS else len(SETS), name)


def set_of(document: str) -> str:
    """The set a document belongs to, from its path under the roots."""
    if document.startswith("shared/seeds/"):
        return "seeds"
    if document.startswith("shared/corpus/"):
        return "corpus"
    if document.startswith("samples/"):
        return "samples"
    return "other"


@dataclass
class Truth:
    file: Path  # the truth file (in the truth directory)
    document: str  # the document's path under a root, as the truth names it: how reports and the baseline name it
    path: Path | None  # where the document was found; None when absent (``absent`` says what was looked for, and where)
    set: str
    data: dict
    partial: set[str] = field(default_factory=set)  # record types whose truth is a selection: false finds not counted
    ignore: dict[str, list[str]] = field(default_factory=dict)  # record type -> columns not compared
    absent: str | None = None  # why ``path`` is None: "document not found: … (looked in …)"


def default_roots(truth_dir: Path) -> list[Path]:
    """The document roots when none are given: a checkout, then the folder beside it (for ``shared/``).

    The checkout is the one holding the truth directory when that is its
    ``eval/truth`` (so ``--truth ~/councilpack/eval/truth`` works from any
    directory); for any other truth directory (a selection copied elsewhere)
    it is the current directory.
    """
    truth_dir = Path(truth_dir).resolve()
    checkout = truth_dir.parents[1] if truth_dir.parts[-2:] == ("eval", "truth") else Path.cwd().resolve()
    return [checkout, checkout.parent]


def describe_roots(roots: Iterable[Path]) -> str:
    """The roots as a skip message names them: "A and B", "A, B and C"."""
    names = [str(r) for r in roots]
    return " and ".join(names) if len(names) < 3 else ", ".join(names[:-1]) + " and " + names[-1]


def locate(relative: str, roots: Iterable[Path]) -> Path | None:
    """The file at ``relative`` under the first root that has it; None when none has."""
    for root in roots:
        candidate = root / relative
        if candidate.is_file():
            return candidate
    return None


def load_truths(truth_dir: Path, roots: Iterable[Path]) -> list[Truth]:
    """Every ground-truth file in the directory (sorted), with its document located under the roots.

    A registration is replaced by the truth file it registers (its ``set``,
    ``partial`` and ``ignore`` kept); a document or registered truth file
    under no root gives a :class:`Truth` with ``path`` None and the reason.
    """
    roots = [Path(r).resolve() for r in roots]  # absolute: the reason names them, the parser gets a full path
    looked_in = f"(looked in {describe_roots(roots)})"
    truths = []
    for file in sorted(Path(truth_dir).glob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        options = data
        if "truth" in data:  # a registration: {"truth": "samples/eastbrook/x.pdf.truth.json", ...}
            registered = locate(data["truth"], roots)
            if registered is None:
                reason = f"registered truth not found: {data['truth']} {looked_in}"
                truths.append(Truth(file, data["truth"], None, options.get("set") or set_of(data["truth"]), {}, absent=reason))
                continue
            data = json.loads(registered.read_text(encoding="utf-8"))
            document = (PurePosixPath(options["truth"]).parent / data["document"]).as_posix()
        else:
            document = data["document"]
        path = locate(document, roots)
        truths.append(
            Truth(
                file=file,
                document=document,
                path=path,
                set=options.get("set") or set_of(document),
                data=data,
                partial=set(options.get("partial", [])),
                ignore=dict(options.get("ignore", {})),
                absent=None if path else f"document not found: {document} {looked_in}",
            )
        )
    return truths
