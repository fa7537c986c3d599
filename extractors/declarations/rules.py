"""The declarations vocabulary (``vocab/declarations.toml``) compiled once, and a cheap pre-test for patterns.

:func:`rules` turns the TOML into regular expressions; :func:`may_match` tells, without running a
pattern, that a document cannot match it (it lacks the literal text every match contains).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors import vocab


@dataclass(frozen=True)
class Rules:
    item_title: list[re.Pattern[str]]
    declared: list[re.Pattern[str]]
    declared_in_context: list[re.Pattern[str]]
    listed: list[re.Pattern[str]]
    member_heading: list[re.Pattern[str]]
    entry_start: list[re.Pattern[str]]
    by_item_entry: list[re.Pattern[str]]
    list_lead_in: list[re.Pattern[str]]
    group_entry: list[re.Pattern[str]]
    context: re.Pattern[str]
    context_chars: int
    collective_subject: list[re.Pattern[str]]
    names_after: list[re.Pattern[str]]
    declared_by: list[re.Pattern[str]]
    none_said: list[re.Pattern[str]]
    none_in_item: list[re.Pattern[str]]
    declared_unnamed: list[re.Pattern[str]]
    types: list[tuple[str, re.Pattern[str]]]
    subjects: list[tuple[re.Pattern[str], re.Pattern[str]]]  # (words of the declaration, words of the item's title)
    reference: re.Pattern[str]
    reason_at_start: re.Pattern[str]
    reason_after_separator: re.Pattern[str]
    reason_strong: re.Pattern[str]
    about_at_start: re.Pattern[str]
    actions: dict[str, list[re.Pattern[str]]]
    late: list[re.Pattern[str]]
    chair: list[re.Pattern[str]]
    chair_words: list[re.Pattern[str]]
    appositive: list[re.Pattern[str]]
    present_line: list[re.Pattern[str]]
    between: frozenset[str]
    abbreviations: frozenset[str]
    minutes_evidence: list[re.Pattern[str]]
    minutes_kinds: frozenset[str]


@lru_cache(maxsize=1)
def rules() -> Rules:
    v = vocab.get("declarations")
    reasons = "|".join(vocab.phrase(r) for r in sorted(v.reference.reason, key=len, reverse=True))
    strong = "|".join(vocab.phrase(r) for r in v.reference.reason if r not in ("as", "that", "being"))
    abouts = "|".join(vocab.phrase(a) for a in sorted(v.reference.about, key=len, reverse=True))
    return Rules(
        item_title=v.regex("item_title").patterns,
        declared=v.regex("declared").patterns,
        declared_in_context=v.regex("declared_in_context").patterns,
        listed=v.regex("listed").patterns,
        member_heading=v.regex("member_heading").patterns,
        entry_start=v.regex("entry_start").patterns,
        by_item_entry=v.regex("by_item_entry").patterns,
        list_lead_in=v.regex("list_lead_in").patterns,
        group_entry=v.regex("group_entry").patterns,
        context=v.compiled("context"),
        context_chars=v.context_chars,
        collective_subject=v.regex("collective_subject").patterns,
        names_after=v.regex("names_after").patterns,
        declared_by=v.regex("declared_by").patterns,
        none_said=v.regex("none_said").patterns,
        none_in_item=v.regex("none_in_item").patterns,
        declared_unnamed=v.regex("declared_unnamed").patterns,
        types=[(t.name, t.compiled("pattern")) for t in v.type],
        subjects=[(s.compiled("about"), s.compiled("title")) for s in v.subject],
        reference=v.reference.compiled("item"),
        reason_at_start=re.compile(rf"^[\s,;:–—-]*(?:{reasons})\b[\s,:]*", re.I),
        reason_after_separator=re.compile(rf"(?:[,;:(]|\s[–—-])\s*(?:{reasons})\b[\s,:]*", re.I),
        reason_strong=re.compile(
            rf"\s(?:{strong}|as(?=\s+(?:he|she|they|his|her|their|a|an|one|chair|member|trustee|director|governor)\b))\b[\s,:]*",
            re.I,
        ),
        about_at_start=re.compile(rf"^[\s,;:–—-]*(?:{abouts})\b\s*", re.I),
        actions={k: v.action.regex(k).patterns for k in type(v.action).model_fields},
        late=v.late.regex("phrases").patterns,
        chair=v.names.regex("chair").patterns,
        chair_words=v.names.regex("chair_words").patterns,
        appositive=v.names.regex("appositive").patterns,
        present_line=v.names.regex("present_line").patterns,
        between=frozenset(w.lower() for w in v.names.between),
        abbreviations=frozenset(w.lower() for w in v.names.abbreviations),  # "Min.", "min.", "MIN." alike
        minutes_evidence=v.minutes_evidence.regex("patterns").patterns,
        minutes_kinds=frozenset(v.minutes_evidence.minutes_kinds),
    )


@lru_cache(maxsize=None)
def _required_text(pattern: re.Pattern[str]) -> str | None:
    """Text every match of ``pattern`` contains: its longest run of literal characters outside any
    group, for a case-sensitive pattern; None when there is none to tell (then always search)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _constants, _parser

        items = list(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # another Python's internals: no shortcut
        return None
    best, run = "", ""
    for op, value in items + [(None, None)]:
        if op is _constants.LITERAL:
            run += chr(value)
            continue
        best, run = max(best, run, key=len), ""
    return best or None


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match ``text`` (it lacks the pattern's required text).

    A pattern that starts with ``\\b`` or ``^`` is tried at every position of the
    document; ``in`` rules most documents out at a fraction of the cost.
    """
    needed = _required_text(pattern)
    return needed is None or needed in text
