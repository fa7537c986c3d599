"""The documented tolerances: when a truth value and an extracted value are the same.

Ground truth is written by a person reading the document, so it differs from
what the pipeline stores in ways that carry no meaning: case, runs of
whitespace, curly quotes, a closing full stop, "Cllr" before a name, ``139``
against ``139.0``. Each ``norm_*`` function below strips one such family of
differences and :func:`same_value` picks the right one for a column's
comparison kind (``"text"``, ``"name"``, ``"number"``, ...). ``eval/README.md``
("Tolerances") is the prose version of this module: change both together.

Two looser measures serve the record types whose key is not exact text:
:func:`subject_overlap` (facts: do two subjects share enough content words?)
and :func:`text_similarity` (actions: word-set Jaccard). Their thresholds are
:data:`FACT_SUBJECT_OVERLAP` and :data:`ACTION_SIMILARITY`.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from typing import Any

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"',
                         "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\xa0": " ", "\u200b": ""})  # fmt: skip


def norm_text(value: Any) -> str | None:
    """Case, whitespace, quote/dash style and trailing punctuation do not count."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", str(value)).translate(_QUOTES).casefold()
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"█+", "█", text)  # a redacted name, however long
    text = re.sub(r"\s+([,.;:)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    return re.sub(r"(?<=[^\s.,;:-])[\s.,;:-]+$", "", text)  # a lone "-" or "." stays (a cell that says so)


def norm_resolution(value: Any) -> str | None:
    """A resolution's wording without the formula around it.

    Drops a leading "RESOLVED", the "that" / "that:" / "that," of "RESOLVED that", a
    leading dash, and a closing ".", ";", "; and", "; or" or ":".
    """
    text = norm_text(value)
    if text is None:
        return None
    text = re.sub(r"^resolved\b\s*[:\-,]?\s*", "", text)
    text = re.sub(r"^[-:]\s*", "", text)
    text = re.sub(r"^that\b\s*[:,]?\s*", "", text)
    text = re.sub(r"[;,]\s*(?:and|or)$", "", text)
    return text.rstrip(" .,;:-").strip()


def norm_place(value: Any) -> str | None:
    """A venue without a leading article: "held in the Scout Hut" gives "the Scout Hut" or "Scout Hut", the same place."""
    text = norm_text(value)
    return None if text is None else re.sub(r"^the\s+", "", text) or None


def norm_number_label(value: Any) -> str | None:
    """An agenda item number as printed, less a closing full stop: "47." == "47"."""
    text = norm_text(value)
    return None if text is None else text.rstrip(".").strip() or None


def norm_part(value: Any) -> str | None:
    """A resolution part marker: "(1)" == "1." == "1)"; "a." == "(a)"."""
    text = norm_text(value)
    return None if text is None else re.sub(r"[().\s]", "", text) or None


_HONORIFICS = {"councillor", "councillors", "cllr", "cllrs", "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord",
               "lady", "professor", "prof", "rev", "revd", "the", "county", "cc"}  # fmt: skip
_POST_NOMINALS = {"obe", "mbe", "cbe", "kbe", "dbe", "jp", "dl", "kc", "qc", "bem", "frsa", "mp", "mep", "phd", "msc", "ba", "bsc"}


def norm_name(value: Any) -> str | None:
    """A person's name without honorifics, post-nominals, role marks and punctuation."""
    text = norm_text(value)
    if text is None:
        return None
    text = re.sub(r"\((?:chair|chairman|vice[- ]chair|vc)\)", " ", text)
    words = [w for w in re.split(r"[\s,.]+", text) if w]
    while words and words[0] in _HONORIFICS:
        words.pop(0)
    while words and words[-1] in _POST_NOMINALS:
        words.pop()
    return " ".join(words) or None


def names_agree(a: Any, b: Any) -> bool:
    """The same person named more or less fully: one surname, given names that agree as far as both go.

    ``"B Rees"`` = ``"Beryl Rees"``, ``"Armstrong"`` = ``"Diana Armstrong"``, ``"M J Sole"`` = ``"Sole"``;
    ``"B Rees"`` ≠ ``"Tom Rees"``, ``"Rory Love"`` ≠ ``"Ruth Love"``. Used where a document names someone
    briefly and the tool gives the fuller name its attendance list prints (declarations).
    """
    x, y = norm_name(a), norm_name(b)
    if x is None or y is None:
        return x == y
    xs, ys = x.replace("-", " ").split(), y.replace("-", " ").split()
    if xs[-1] != ys[-1]:
        return False
    for p, q in zip(xs[:-1], ys[:-1]):
        if p != q and not ((len(p) == 1 and q.startswith(p)) or (len(q) == 1 and p.startswith(q))):
            return False
    return True


def norm_phone(value: Any) -> str | None:
    """A phone number's digits only: "020 8424 1263" == "02084241263"."""
    return None if value is None else re.sub(r"\D", "", str(value)) or None


def norm_unit(value: Any) -> str | None:
    """A unit under its one name: "£" == "GBP" == "pounds", "per cent" == "%"."""
    text = norm_text(value)
    if text is None:
        return None
    return {"£": "gbp", "gbp": "gbp", "pounds": "gbp", "percent": "%", "per cent": "%", "number": "count"}.get(text, text)


def as_number(value: Any) -> float | None:
    """A number from an int, a float or a numeric string ("1,234"); None for anything else (booleans included)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", "").strip())
    except ValueError:
        return None


def same_number(a: Any, b: Any) -> bool:
    """Numbers compare as numbers: 139 == 139.0 == "139"."""
    x, y = as_number(a), as_number(b)
    if x is None or y is None:
        return x is None and y is None and a in (None, "") and b in (None, "")
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-6)


def same_value(a: Any, b: Any, kind: str = "text") -> bool:
    """Compare one column's truth value with the extracted one."""
    if kind == "number":
        return same_number(a, b)
    if kind == "bool":
        return bool(a) == bool(b)
    if kind == "name":
        return norm_name(a) == norm_name(b)
    if kind == "phone":
        return norm_phone(a) == norm_phone(b)
    if kind == "part":
        return norm_part(a) == norm_part(b)
    if kind == "label":
        return norm_number_label(a) == norm_number_label(b)
    if kind == "unit":
        return norm_unit(a) == norm_unit(b)
    if kind == "place":
        return norm_place(a) == norm_place(b)
    if kind == "list":
        a_list = [norm_text(x) for x in (json.loads(a) if isinstance(a, str) else a or [])]
        b_list = [norm_text(x) for x in (json.loads(b) if isinstance(b, str) else b or [])]
        return a_list == b_list
    return norm_text(a) == norm_text(b)


_STOP = set(
    "a an the of in on at to for from by with and or as is are was were be been being had has have who which that this these "
    "those their its it they them there than then into onto over under up down out all any each per our we our".split()
)  # fmt: skip


def subject_words(value: Any) -> set[str]:
    """Content words of a fact's subject, lower-cased, plural "s" dropped."""
    words = re.findall(r"[a-z0-9]+", norm_text(value) or "")
    out = set()
    for w in words:
        if w in _STOP:
            continue
        if len(w) > 3 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.add(w)
    return out


# words that say who is counted but not what about them: sharing only these is not sharing a subject
GENERIC_SUBJECT_WORDS = {"young", "people", "person", "child", "children", "pupil", "student", "adult", "individual",
                         "case", "number", "total", "figure", "time", "year", "month", "so", "far"}  # fmt: skip


def subject_overlap(a: Any, b: Any) -> float:
    """Share of the shorter subject's content words found in the other (0..1).

    0 when the two share no word beyond the generic ones ("young people"): a
    subject that only says "young people" does not say which young people.
    """
    x, y = subject_words(a), subject_words(b)
    if not x or not y or not (x & y) - GENERIC_SUBJECT_WORDS:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def text_similarity(a: Any, b: Any) -> float:
    """Jaccard similarity of two texts' word sets (for actions)."""
    x = set(re.findall(r"[a-z0-9]+", norm_text(a) or ""))
    y = set(re.findall(r"[a-z0-9]+", norm_text(b) or ""))
    return len(x & y) / len(x | y) if x and y else 0.0


# a fact's subject is paraphrased by whoever writes it: half the shorter subject's words is "the same subject"
FACT_SUBJECT_OVERLAP = 0.5
# an action is a sentence the extractor may cut or extend a little: most of its words must be shared
ACTION_SIMILARITY = 0.6
