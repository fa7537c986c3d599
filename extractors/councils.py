"""Which council a document belongs to, from its own evidence.

Evidence, strongest first: the council the user named (``--council``), the
e-mail and web domains in the document (``@harrow.gov.uk``), then the
council's names written in its text. Councils and their names are data in
``vocab/councils.toml``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from extractors import vocab

_DOMAIN = re.compile(r"(?:@|https?://)([\w-]+(?:\.[\w-]+)+)", re.I)


@lru_cache(maxsize=1)
def _councils() -> list[tuple[str, tuple[str, ...], re.Pattern[str] | None]]:
    out = []
    for c in vocab.get("councils").council:
        names = [vocab.phrase(n) for n in c.names]
        pattern = re.compile(r"\b(?:" + "|".join(names) + r")\b", re.I) if names else None
        out.append((c.name, tuple(d.lower() for d in c.domains), pattern))
    return out


def resolve_council(text: str, domains: list[str] | None = None, fallback: str | None = None, authoritative: str | None = None) -> str | None:
    """The council a document is from.

    ``authoritative`` (the council whose site a document was scraped from)
    wins; then the document's own evidence: e-mail and web domains of known
    councils, then their names in the text; ``fallback`` (``--council``, for
    documents that do not say) only when the document names none.
    """
    if authoritative:
        return authoritative
    found = [d.lower() for d in (domains or [])] + [d.lower() for d in _DOMAIN.findall(text[:200000])]
    votes: Counter[str] = Counter()
    for domain in found:
        for name, council_domains, _ in _councils():
            if any(domain == d or domain.endswith("." + d) or domain.endswith("@" + d) for d in council_domains):
                votes[name] += 1
    if votes:
        return votes.most_common(1)[0][0]
    for name, _, pattern in _councils():
        if pattern is not None:
            n = len(pattern.findall(text[:200000]))
            if n:
                votes[name] += n
    return votes.most_common(1)[0][0] if votes else fallback


def council_options(options) -> dict[str, str | None]:
    """The keyword arguments of :func:`resolve_council` from parse options (``council``: a fallback; ``site_council``: authoritative)."""
    return {"fallback": options.get("council"), "authoritative": options.get("site_council")}
