"""The extractor contract: what an extractor declares, the order they run in, what they may read.

An extractor declares the record kinds it reads and the record types it makes::

    @extractor("people", requires=("meeting", "membership", "attendance", "declarations"), produces=(Person, PersonAlias))
    def extract_people(ctx): ...

- ``name`` is the record kind it makes (``ctx.records[name]`` for the
  extractors after it, and every row's ``extractor`` column);
- ``requires`` names the kinds it reads. The run order is computed from these
  declarations (:func:`run_order`); a requirement nobody makes, or a cycle,
  is an :class:`ExtractorContractError` naming the extractors, raised when the
  extractor modules are imported (:func:`registered`), before any document is
  read;
- ``produces`` lists the record types it returns; returning anything else is
  that extractor's error.

While it runs, an extractor sees ``ctx.records`` as a read-only mapping of the
kinds it required to tuples of their records (:class:`RecordsView`): reading a
kind it did not declare raises :class:`UndeclaredRecordKind`, so the
declarations cannot rot. ``ctx.options`` is read-only too. An extractor never
changes records it did not make: it returns its own records, and, when it has
something to say about others' (a person a name refers to, a flag on the
meeting), *links*, wrapped in an :class:`ExtractorOutput`. The link step
(:mod:`extractors.link`) applies every link once all extractors have run.

A failing extractor costs only its own rows: :func:`run_extractors` records
its name and error, skips the extractors that require it (recording why), and
runs the rest.

What an extractor saw and did not understand (no meeting in a document that
should name one, item numbers that skip) it says with ``ctx.warn(code,
message, span=...)``: the warning is kept with the extractor's name and lands
in ``documents.warnings`` beside the readers' (``SourceDocument.warn``).
Like its records, an extractor's warnings are lost when it fails.

Discovery: every module of the ``extractors`` package is imported once
(:func:`pkgutil.iter_modules`), so a new extractor is a new module and nothing
else; importing a module registers its extractors. ``COUNCILPACK_EXTRACTORS``
(comma-separated module names) imports more modules after the package's own,
for extractors kept elsewhere; one of those may replace a built-in extractor
by registering the same name with ``override=True`` (the tests use this to
inject a failing extractor into a real ``councilpack ingest``).
"""

from __future__ import annotations

import heapq
import importlib
import os
import pkgutil
import types
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Callable

from schemas.documents import DocumentWarning
from schemas.outline import Outline
from schemas.provenance import Extracted, Span
from schemas.source_document import SourceDocument

ExtractorFn = Callable[["ExtractionContext"], "list[Any] | ExtractorOutput"]
PLUGINS_ENV = "COUNCILPACK_EXTRACTORS"


class ExtractorContractError(Exception):
    """The declarations do not add up: a duplicate name, a missing requirement or a cycle."""


class UndeclaredRecordKind(Exception):
    """An extractor read a record kind it did not list in ``requires``.

    Not a ``KeyError``, so ``ctx.records.get(kind)`` cannot quietly answer None.
    """


@dataclass(frozen=True)
class ExtractorSpec:
    """One registered extractor: its function and what it declared."""

    name: str
    fn: ExtractorFn
    requires: tuple[str, ...] = ()
    produces: tuple[type, ...] = ()


@dataclass
class ExtractorOutput:
    """What an extractor returns when it has links as well as records (a plain list means records only)."""

    records: list[Any] = field(default_factory=list)
    links: list[Any] = field(default_factory=list)


_REGISTRY: dict[str, ExtractorSpec] = {}
_ORDER: list[ExtractorSpec] | None = None  # computed on first use, recomputed after a late registration


def extractor(
    name: str,
    *,
    requires: Iterable[str] = (),
    produces: type | Iterable[type] = (),
    override: bool = False,
) -> Callable[[ExtractorFn], ExtractorFn]:
    """Register ``fn`` as the extractor called ``name``, reading ``requires`` and making ``produces``.

    A second extractor of the same name is an error unless it says ``override=True``
    (a plugin replacing a built-in); re-importing the same function is not.
    """
    made = (produces,) if isinstance(produces, type) else tuple(produces)

    def decorator(fn: ExtractorFn) -> ExtractorFn:
        global _ORDER
        spec = ExtractorSpec(name, fn, tuple(requires), made)
        old = _REGISTRY.get(name)
        if old is not None and not override and _qualified(old.fn) != _qualified(fn):
            raise ExtractorContractError(f"two extractors are called {name!r}: {_qualified(old.fn)} and {_qualified(fn)}")
        fn.extractor_name = name  # type: ignore[attr-defined]
        _REGISTRY[name] = spec
        _ORDER = None
        return fn

    return decorator


def _qualified(fn: Callable) -> str:
    return f"{fn.__module__}.{fn.__qualname__}"


def run_order(specs: Iterable[ExtractorSpec], given: Iterable[str] = ()) -> list[ExtractorSpec]:
    """The extractors in an order where each runs after everything it requires.

    ``given`` names kinds whose records exist already (seeded by a caller),
    which count as made.

    A stable topological sort (Kahn's algorithm): of the extractors whose
    requirements have all run, the one whose name sorts first runs next, so
    the order depends on the declarations only, never on import order.
    Raises :class:`ExtractorContractError` naming the extractors when a
    requirement is missing or the requirements form a cycle.
    """
    by_name = {s.name: s for s in specs}
    given = set(given) - set(by_name)
    for spec in by_name.values():
        missing = [r for r in spec.requires if r not in by_name and r not in given]
        if missing:
            raise ExtractorContractError(f"extractor {spec.name!r} requires {', '.join(map(repr, missing))}, which no extractor makes")
    waiting = {name: set(spec.requires) - given for name, spec in by_name.items()}
    ready = [name for name, needs in waiting.items() if not needs]
    heapq.heapify(ready)
    order: list[ExtractorSpec] = []
    while ready:
        name = heapq.heappop(ready)
        order.append(by_name[name])
        del waiting[name]
        for other, needs in waiting.items():
            if name in needs:
                needs.discard(name)
                if not needs:
                    heapq.heappush(ready, other)
    if waiting:
        raise ExtractorContractError(f"extractors require each other in a cycle: {_cycle(waiting)}")
    return order


def _cycle(waiting: dict[str, set[str]]) -> str:
    """One cycle among the extractors left waiting, as ``a -> b -> a``."""
    path = [min(waiting)]
    while True:
        step = min(r for r in waiting[path[-1]] if r in waiting)
        if step in path:
            return " -> ".join([*path[path.index(step) :], step])
        path.append(step)


def discover() -> None:
    """Import every module of the ``extractors`` package, then the plugin modules; each registers its extractors."""
    package = importlib.import_module("extractors")
    for module in sorted(m.name for m in pkgutil.iter_modules(package.__path__)):
        if not module.startswith("_"):
            importlib.import_module(f"extractors.{module}")
    for module in filter(None, (m.strip() for m in os.environ.get(PLUGINS_ENV, "").split(","))):
        importlib.import_module(module)


def declared(name: str) -> ExtractorSpec:
    """The declarations of the extractor registered as ``name`` so far (no discovery: a plugin may ask mid-import)."""
    return _REGISTRY[name]


def registered() -> dict[str, ExtractorFn]:
    """All extractors, in run order (discovering and checking them on first use)."""
    return {spec.name: spec.fn for spec in _specs()}


def _specs() -> list[ExtractorSpec]:
    global _ORDER
    if _ORDER is None:
        discover()
        _ORDER = run_order(_REGISTRY.values())
    return _ORDER


@dataclass
class ExtractionContext:
    """What an extractor sees: the document, its outline, the records it required, the options.

    ``records`` passed in seeds the run (kinds a test supplies instead of
    running their extractors); while an extractor runs it is that extractor's
    :class:`RecordsView`.
    """

    doc: SourceDocument
    outline: Outline | None
    records: Mapping[str, Any] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)
    warnings: list[DocumentWarning] = field(default_factory=list)  # this extractor's, while it runs
    extractor: str | None = None  # the extractor running, while one runs

    @property
    def text(self) -> str:
        return self.doc.text

    def warn(self, code: str, message: str, span: Span | None = None, page: int | None = None) -> None:
        """Say what this extractor did not understand (a code of ``schemas.documents.WARNING_CODES``), at ``span`` or on ``page``."""
        self.warnings.append(self.doc.warning(code, message, self.extractor or "extractor", page, span))

    def provenance(self, span: Span | None, extractor: str) -> dict[str, Any]:
        """The provenance fields for a record found at ``span``."""
        if span is None:
            return {"document_id": self.doc.id, "page": None, "char_start": None, "char_end": None, "extractor": extractor}
        return {
            "document_id": self.doc.id,
            "page": self.doc.page_at(span.start).index,
            "char_start": span.start,
            "char_end": span.end,
            "extractor": extractor,
        }

    def meeting_id(self) -> str | None:
        """The id of the document's meeting (the extractor must require ``meeting``)."""
        meetings = self.records.get("meeting") or []
        return meetings[0].id if meetings else None


class RecordsView(Mapping):
    """The records one extractor may read: the kinds it required, each a tuple, none writable.

    A required kind that did not run (left out by ``only``) reads as empty.
    """

    def __init__(self, extractor: str, records: Mapping[str, list[Any]], required: Iterable[str]) -> None:
        self._extractor = extractor
        self._records = {kind: tuple(records.get(kind, ())) for kind in required}

    def __getitem__(self, kind: str) -> tuple[Any, ...]:
        if kind not in self._records:
            raise UndeclaredRecordKind(f"extractor {self._extractor!r} read {kind!r} records but does not list {kind!r} in requires")
        return self._records[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(self._records)

    def __len__(self) -> int:
        return len(self._records)


@dataclass(frozen=True)
class ExtractionError:
    """An extractor that failed, or was skipped because one it requires failed."""

    extractor: str
    error: str

    def as_dict(self) -> dict[str, str]:
        return {"extractor": self.extractor, "error": self.error}


@dataclass
class ExtractionRun:
    """The outcome of :func:`run_extractors`: every kind's records (links applied) and the errors."""

    records: dict[str, list[Any]]
    errors: list[ExtractionError] = field(default_factory=list)
    warnings: list[DocumentWarning] = field(default_factory=list)


def run_extractors(ctx: ExtractionContext, only: set[str] | None = None, extractors: Iterable[ExtractorSpec] | None = None) -> ExtractionRun:
    """Run the extractors (all registered ones, or ``extractors``) in order, then the link step.

    ``only`` runs just the named extractors; the kinds they require but that
    do not run read as the records seeded in ``ctx.records``, or as empty.
    An extractor that raises, returns a type it did not declare or links a
    kind it did not require loses its records and links; the extractors
    requiring it are skipped.
    """
    from extractors.link import apply_links, check_links  # the link step imports this module's types

    specs = run_order(extractors, given=ctx.records) if extractors is not None else _specs()
    records: dict[str, list[Any]] = {kind: list(found) for kind, found in ctx.records.items()}
    options = types.MappingProxyType(dict(ctx.options))
    links: list[tuple[ExtractorSpec, list[Any]]] = []
    errors: list[ExtractionError] = []
    warnings: list[DocumentWarning] = []
    failed: set[str] = set()
    for spec in specs:
        if only is not None and spec.name not in only:
            continue
        broken = [r for r in spec.requires if r in failed]
        if broken:
            failed.add(spec.name)
            errors.append(ExtractionError(spec.name, f"skipped: requires {', '.join(broken)}, which failed"))
            continue
        view = replace(ctx, records=RecordsView(spec.name, records, spec.requires), options=options, warnings=[], extractor=spec.name)
        try:
            output = _checked(spec, spec.fn(view))
            check_links(spec, output.links)
        except Exception as exc:  # an extractor's bug costs its own rows, not the document's
            failed.add(spec.name)
            errors.append(ExtractionError(spec.name, f"{type(exc).__name__}: {exc}"))
            continue
        records[spec.name] = output.records
        links.append((spec, output.links))
        warnings += view.warnings
    apply_links(records, links)
    return ExtractionRun(records, errors, warnings)


def _checked(spec: ExtractorSpec, returned: Any) -> ExtractorOutput:
    """The extractor's output as records and links, refusing records of a type it did not declare."""
    output = returned if isinstance(returned, ExtractorOutput) else ExtractorOutput(list(returned))
    output.records, output.links = list(output.records), list(output.links)
    if spec.produces:
        stray = sorted({type(r).__name__ for r in output.records if not isinstance(r, spec.produces)})
        if stray:
            raise ExtractorContractError(f"extractor {spec.name!r} returned {', '.join(stray)}, which it does not declare in produces")
    return output
