"""Small text helpers shared by extractors."""

from __future__ import annotations

import re

_SMALL = {"and", "of", "the", "for", "in", "on", "to", "a", "an", "at", "by", "with"}


def squash(text: str) -> str:
    """Collapse runs of whitespace (line breaks included) into single spaces."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def slug(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "-", (text or "unknown").lower()).strip("-") or "unknown"


def title_case(name: str) -> str:
    """``CORPORATE PARENTING PANEL`` -> ``Corporate Parenting Panel`` (mixed case is kept)."""
    name = squash(name)
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(w if (i and w in _SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words))
