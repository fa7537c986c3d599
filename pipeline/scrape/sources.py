"""The followed-sources file: which committees on which ModernGov sites to scrape.

A TOML file (``councils.toml`` by default) with one ``[[source]]`` table per
committee. ``follow`` and ``unfollow`` edit it with tomlkit so that the
user's comments and layout survive. Every edit is checked before it is
written (the new text must parse and list exactly the intended sources) and
replaces the file atomically, so a nightly job never finds it half written or
invalid: removing the last source removes the ``[[source]]`` array itself
(tomlkit would otherwise keep an empty array that the next addition turns
into invalid TOML).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import tomlkit

DEFAULT_WEEKS_BACK = 12
DEFAULT_WEEKS_FORWARD = 6


@dataclass(frozen=True)
class Source:
    site: str
    committee: int
    council: str | None = None
    committee_name: str | None = None
    weeks_back: int = DEFAULT_WEEKS_BACK
    weeks_forward: int = DEFAULT_WEEKS_FORWARD

    @property
    def host(self) -> str:
        return urlsplit(self.site).hostname or ""

    @property
    def port(self) -> int:
        parts = urlsplit(self.site)
        return parts.port or (443 if parts.scheme == "https" else 80)

    @property
    def key(self) -> str:
        return f"{self.site.rstrip('/')}#{self.committee}"


def normalise_site(site: str) -> str:
    site = site.strip().rstrip("/")
    parts = urlsplit(site)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not a site URL: {site!r} (expected e.g. https://moderngov.harrow.gov.uk)")
    return site


class SourcesFileError(ValueError):
    """The followed-sources file cannot be read; the message says where and why."""


def _parse(path: Path) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except (tomlkit.exceptions.ParseError, UnicodeDecodeError) as exc:
        raise SourcesFileError(f"{path} is not valid TOML ({exc}); fix or remove it, then run again") from None


def _write(path: Path, document: tomlkit.TOMLDocument, expected: list[str]) -> None:
    """Write ``document`` to ``path`` atomically, after checking it reads back as ``expected`` source keys."""
    text = tomlkit.dumps(document)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    try:
        written = [s.key for s in load_sources(tmp)]
    except SourcesFileError:
        tmp.unlink()
        raise
    if written != expected:
        tmp.unlink()
        raise SourcesFileError(f"editing {path} would have listed {written}, not {expected}; the file was left as it was")
    tmp.replace(path)


def load_sources(path: Path) -> list[Source]:
    if not path.exists():
        return []
    document = _parse(path)
    out = []
    for table in document.get("source", []):
        out.append(
            Source(
                site=normalise_site(str(table["site"])),
                committee=int(table["committee"]),
                council=str(table["council"]) if "council" in table else None,
                committee_name=str(table["committee_name"]) if "committee_name" in table else None,
                weeks_back=int(table.get("weeks_back", DEFAULT_WEEKS_BACK)),
                weeks_forward=int(table.get("weeks_forward", DEFAULT_WEEKS_FORWARD)),
            )
        )
    return out


def follow(path: Path, source: Source) -> bool:
    """Add ``source`` to the file; False if it was already followed."""
    document = _parse(path) if path.exists() else tomlkit.document()
    before = [s.key for s in load_sources(path)]
    if source.key in before:
        return False
    sources = document.get("source")
    if sources is None or not len(sources):
        if sources is not None:
            del document["source"]
        sources = tomlkit.aot()
        document.append("source", sources)
    table = tomlkit.table()
    if source.council:
        table["council"] = source.council
    table["site"] = source.site
    table["committee"] = source.committee
    if source.committee_name:
        table["committee_name"] = source.committee_name
    table["weeks_back"] = source.weeks_back
    table["weeks_forward"] = source.weeks_forward
    sources.append(table)
    _write(path, document, [*before, source.key])
    return True


def unfollow(path: Path, site: str, committee: int) -> bool:
    """Remove the source for ``site`` and ``committee``; False if it was not followed."""
    if not path.exists():
        return False
    document = _parse(path)
    before = [s.key for s in load_sources(path)]
    key = f"{normalise_site(site)}#{committee}"
    if key not in before:
        return False
    sources = document["source"]
    keep = [t for t in sources if f"{normalise_site(str(t['site']))}#{int(t['committee'])}" != key]
    if keep:
        while len(sources):
            sources.pop()
        for table in keep:
            sources.append(table)
    else:
        del document["source"]
    _write(path, document, [k for k in before if k != key])
    return True
