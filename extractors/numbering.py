"""Item numbering: which numbered lines of a document are its item headings.

Councils number their business in many ways: ``1``, ``1.``, ``(1)``,
``Item 1``, ``1a``, ``123.``, ``19.03.4``, ``24/112``, ``95/20``,
``CPP 23/4``, roman numerals, letters. Whatever the form, item headings are
the lines whose numbers run in sequence *through the document*, while the
numbered lines of recommendations, lists and statements restart, repeat or
stray. So a line is not judged alone:

1. :func:`read_label` reads the label a line opens with and the numbering
   *schemes* it could belong to (``95/20`` is number 95 of the ``…/20``
   scheme, or number 20 of ``95/…``: the sequence decides which);
2. :func:`heading_score` says how much the rest of the line reads like a
   heading (short, capitalised, emphasised, naming standard business);
3. :func:`best_sequence` finds, per scheme, the chain of lines whose numbers
   step forward (dynamic programming over the candidates), scoring the chain
   as a whole: a step of one is strong evidence, a jump or a repeat weak
   (real clerks skip and repeat numbers), going backwards is costly.

The rules are pure functions of text, so each is tested with a table of cases
(``tests/test_numbering.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extractors import vocab

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}

# The label a heading opens with. Markdown emphasis and headings ("**1. Title**", "## 3") and a
# markdown-escaped full stop ("1\.") are how reposted minutes print it.
_LABEL = re.compile(
    r"""^(?P<lead>[ \t]*(?:\*\*|__|\#{1,4}[ \t]*)?[ \t]*)
    (?:(?P<word>(?i:Item|Minute|Min\.?|Agenda[ \t]+Item))[ \t]*(?:(?i:No)\.?[ \t]*)?)?
    (?P<open>\()?
    (?P<label>
        (?:(?P<prefix>[A-Z]{2,5}[ \t]?[/-]?[ \t]?|[A-Z][A-Za-z]{0,4}[/-]?(?=\d)|[A-Z][ \t](?=\d{1,4}/\d))?)(?P<num>\d{1,4}-\d{1,4}(?![\d./-])|\d{1,5}(?:[a-z](?=/))?(?:[./]\d{1,4}(?:-\d{2,4})?){0,2}(?:(?<=/\d\d)[A-Z](?![A-Za-z]))?)(?P<letter>[a-z])?
      | (?P<roman>(?:x{0,3})(?:ix|iv|v?i{0,3})|(?:X{0,3})(?:IX|IV|V?I{0,3}))
      | (?P<alpha>[a-zA-Z])
    )
    (?(open)\))
    (?P<punct>\\?\.\.?(?![\d.])|\)|:|[ \t]*[-–—](?=[ \t])|/(?=[ \t]))?
    (?P<after>\*\*|__)?
    (?P<gap>[ \t]+|$|(?=[A-Z][A-Za-z]))""",
    re.X,
)
# the agenda number after a minute number: "C048/23   1.   APOLOGIES", "167.0. Agenda Item 1: Record of those present"
_SECOND_NUMBER = re.compile(r"[ \t]*(?:(?i:agenda[ \t]+item|item)[ \t]+(?P<item>\d{1,3})[.:]?|\(?(?P<n>\d{1,3})[.)])[ \t]+(?=\S)")


@dataclass(frozen=True)
class Label:
    """The label a line opens with: as printed, where it ends, and the schemes it may count in.

    ``schemes`` holds ``(scheme, value)`` pairs: the scheme names the form
    and the parts that stay constant (``("/", "20", 1)`` for ``95/20``) and the
    value is the number that counts (95).
    """

    text: str
    start: int  # offset of the label within the line
    end: int  # offset after the label and its punctuation: where the title starts
    schemes: tuple[tuple[tuple, int], ...]
    stop: bool = False  # printed with a full stop after it ("47."): part of the number as printed
    lettered: bool = False  # "4a": a sub-item that repeats its parent's number
    alphabetic: bool = False  # a letter or roman numeral, not a number
    bracketed: bool = False
    trailing: bool = False  # printed after its heading ("Financial Matters 18-257"): the title is the text before it


def read_label(line: str) -> Label | None:
    """The numbering label ``line`` opens with, or None.

    >>> read_label("95/20 Openness and Transparency Notice").schemes
    ((('/', 'right', '20', ''), 95), (('/', 'left', '95', ''), 20))
    """
    m = _LABEL.match(line)
    if not m or not m.group("label"):
        return read_reference_label(line)
    punct, gap, word = m.group("punct"), m.group("gap"), m.group("word")
    punct = "." if punct == ".." else punct  # "6..RCC Green waste": a doubled full stop
    bracketed = bool(m.group("open"))
    if m.group("num"):
        if gap == "" and m.end() < len(line) and not _glued_heading(line[m.end() :], punct):
            return None
        prefix = (m.group("prefix") or "").strip()
        if prefix and "/" not in m.group("num") and ((punct or "").strip() not in (".", ")") or m.group("num").startswith("0")):
            return None  # "CPP 23/4" and "FC 12." count; "AB 12 Smith Road" and a register's "CRR0009 -" do not
        schemes = _number_schemes(m.group("num"), prefix, bracketed)
        if not schemes:
            return None
        stop = (punct or "").strip() in (".", "\\.")
        if stop and gap and m.group("num").isdigit() and re.match(r"\d{1,2}[ \t]+[A-Z]", line[m.end() :]):
            return None  # "2. 1 Bus shelter repairs": part 1 of item 2, a space slipped into "2.1"
        end = m.end()
        second = _SECOND_NUMBER.match(line, end) if gap else None
        if second:  # a minute reference and the agenda number: "C048/23   1.   APOLOGIES FOR ABSENCE."
            schemes = schemes + (((prefix, "second", bracketed), int(second.group("n") or second.group("item"))),)
            end = second.end()
        lettered = bool(m.group("letter")) or bool(re.search(r"\d[a-z]/", m.group("num")))
        return Label(m.group("label"), m.start("label"), end, schemes, stop=stop, lettered=lettered, bracketed=bracketed)
    if not (punct in (".", ")", "\\.") or bracketed):
        return None  # a letter or numeral heads a list only with its full stop or bracket: "A Smith" is a name
    if m.group("roman") and len(m.group("roman")) > 0 and not (m.group("alpha") and len(m.group("roman")) == 1 and m.group("roman").lower() not in "ivx"):
        roman = m.group("roman")
        value = _roman_value(roman.lower())
        case = "lower" if roman.islower() else "upper"
        schemes = [(("roman", case, bracketed), value)]
        if len(roman) == 1:  # "i." may be the ninth letter, "v." the twenty-second
            schemes.append((("alpha", case, bracketed), ord(roman.lower()) - 96))
        return Label(m.group("label"), m.start("label"), m.end(), tuple(schemes), alphabetic=True, bracketed=bracketed)
    letter = m.group("alpha")
    if not letter:
        return None
    case = "lower" if letter.islower() else "upper"
    return Label(letter, m.start("label"), m.end(), ((("alpha", case, bracketed), ord(letter.lower()) - 96),), alphabetic=True, bracketed=bracketed)


# A reference number of several parts of which the last counts: "23-24/FRA/1" (the year range, the body's code, the
# item), "2020-06_1." (the meeting, then the item after an underscore), "FRA/24/3", "PC_2024_7". Read only where the
# plain label above reads nothing, and only when a part is a code in capitals, a year range or the parts are joined by
# an underscore: "12/05/2020" and "95/20" stay the plain label's.
_REFERENCE = re.compile(
    r"""^(?P<lead>[ \t]*(?:(?:\*\*|__|\#{1,4})[ \t]*)?)  # one run of blanks unless a mark splits it: no quadratic retry on a blank line
    (?:(?P<word>(?i:Item|Minute|Min\.?))[ \t]*(?:(?i:No)\.?[ \t]*)?)?
    (?P<label>(?P<stem>(?:(?:\d{1,4}(?:-\d{1,4})?|[A-Z]{1,5})[/_])+)(?P<num>\d{1,4}))
    (?P<punct>\\?\.(?![\d.])|:|[ \t]*[-–—](?=[ \t])|\))?
    (?P<after>\*\*|__)?
    (?P<gap>[ \t]+|$)""",
    re.X,
)


def read_reference_label(line: str) -> Label | None:
    """A reference number of several parts that counts by its last: "23-24/FRA/1 Election of Chair", "2020-06_1.
    APOLOGIES". The scheme is the reference without its count, so "23-24/FRA/2" follows "23-24/FRA/1".

    >>> read_reference_label("23-24/FRA/2 Apologies").schemes
    ((('ref', '23-24/FRA/'), 2),)
    """
    m = _REFERENCE.match(line)
    if m is None:
        return None
    stem = m.group("stem")
    if not (re.search(r"[A-Z]", stem) or "_" in stem or re.search(r"\d-\d", stem)):
        return None  # "12/05/2020", "268/12/": the plain label's forms (dates, minute and year)
    stop = (m.group("punct") or "").strip() in (".", "\\.")
    return Label(m.group("label"), m.start("label"), m.end(), ((("ref", stem), int(m.group("num"))),), stop=stop)


# A minute number printed AFTER its heading: "Apologies for Absence 18-252 Cllr C Vane", "Financial Matters 18-257",
# "Report from the County Councillor 18-255, Issues raised ...", "Minutes 95/20:". Only a compound number (a minute
# and its year, with or without a body's letters: "C30/16") after a short capitalised heading: a plain number ending
# a line is an agenda's page column or a title's own ("Budget 2019").
_TRAILING = re.compile(
    r"""^[ \t]*(?P<title>[A-Z](?:[^\n](?![ \t]+(?:[A-Z]{1,3})?\d{1,4}[-/]\d)){0,120}[^\n])
    [ \t]+(?P<label>(?P<prefix>[A-Z]{1,3})?(?P<num>\d{1,4}[-/]\d{1,4}))(?![\d./-])
    (?P<punct>[ \t]*[,:;.–—-])?(?:[ \t]+|$)""",
    re.X,
)
TRAILING_TITLE_WORDS = 16


def read_trailing_label(line: str) -> Label | None:
    """The minute number a line prints after its heading ("Financial Matters 18-257"), or None. The label's
    ``start`` is where the number starts (the title is the text before it), its ``end`` where the minutes go on.

    >>> read_trailing_label("Apologies for Absence 18-252 Cllr C Vane").text
    '18-252'
    """
    m = _TRAILING.match(line)
    if m is None or len(m.group("title").split()) > TRAILING_TITLE_WORDS:
        return None
    schemes = _number_schemes(m.group("num"), m.group("prefix") or "", False)
    if not schemes:
        return None
    return Label(m.group("label"), m.start("label"), m.end(), schemes, trailing=True)


def _glued_heading(rest: str, punct: str | None) -> bool:
    """A heading printed against its number: "12.PRESENT", "14.To note ...", "3MINUTES To approve ..."
    (a word in capitals, not an ordinal's "1ST")."""
    if (punct or "").strip() in (".", "\\."):
        return rest[:1].isupper()
    # a two-letter word in capitals opens a heading in capitals too ("2010/01/02IN ATTENDANCE", "4OF INTEREST")
    return not punct and re.match(r"[A-Z]{3,}\b|[A-Z]{2}[ \t]+[A-Z]{3,}\b", rest) is not None and re.match(r"(?:ST|ND|RD|TH)\b", rest) is None


def _number_schemes(num: str, prefix: str, bracketed: bool) -> tuple[tuple[tuple, int], ...]:
    num = re.sub(r"(?<=\d)[a-z](?=/)", "", num)  # "41a/19": a lettered sub-minute of 41 of '19
    if re.fullmatch(r"\d{1,4}-\d{1,4}", num):
        # "18-252": minute 252 of the year 2018/19, a hyphen for the slash of "95/20"; which half counts is the sequence's
        first, second = num.split("-")
        return tuple((("-", side, other, prefix), int(count)) for side, count, other in (("right", first, second), ("left", second, first)))
    parts = re.split(r"([./])", num)
    numbers, separators = parts[::2], set(parts[1::2])
    if any(not n for n in numbers):
        return ()
    if len(separators) > 1:
        return _mixed_schemes(num, numbers, prefix)
    if len(numbers) == 1:
        return (((prefix, "n", bracketed), int(numbers[0])),)
    separator = separators.pop()
    if separator == "/" and len(numbers) == 2:
        # which half counts is for the sequence to say: "95/20" (minute 95 of 2020) or "24/112";
        # a year range ("Cou/285/07-08") never counts
        schemes = tuple(
            (("/", side, numbers[1 - k], prefix), int(numbers[k]))
            for k, side in ((0, "right"), (1, "left"))
            if numbers[k].isdigit()
        )
        if numbers[0].isdigit() and numbers[1].isdigit() and int(numbers[1]) == int(numbers[0]) + 1 and int(numbers[0]) < 50:
            schemes += (((prefix, "n", bracketed), int(numbers[1])),)  # "Item 1/2. Welcome/Apologies": items 1 and 2 taken together, then "3."
        return schemes
    if separator == "/":  # "268/12/13": minute 268 of the year 2012/13; or "03/10/1": item 1 of the meeting of 03/10
        schemes = ((("/", "right", "/".join(numbers[1:]), prefix), int(numbers[0])),) if numbers[0].isdigit() else ()
        year_pair = numbers[1].isdigit() and numbers[2].isdigit() and (int(numbers[1]) + 1) % 100 == int(numbers[2]) % 100
        if re.fullmatch(r"(?:19|20)\d\d", numbers[0]):
            year_pair = False  # "2010/01/02": the year first, then the meeting and the item ("01/02" is no year range)
        if numbers[-1].isdigit() and len(numbers) == 3 and not year_pair:
            schemes += ((("/", "left", "/".join(numbers[:-1]), prefix), int(numbers[-1])),)
        return schemes
    # "5.1" is part 1 of item 5; "19.03.4" item 4 of the meeting numbered 19.03
    if not numbers[-1].isdigit():
        return ()
    schemes = (((separator, ".".join(numbers[:-1]), prefix), int(numbers[-1])),)
    if len(numbers) == 2 and numbers[1] == "0":
        # "167.0 Declarations of Interest": minute 167 itself, its paragraphs numbered 167.1, 167.2 under it
        schemes += (((separator, "zero", prefix), int(numbers[0])),)
    if len(numbers) == 2 and len(numbers[1]) == 2 and len(numbers[0]) <= 3:
        # or "1.21", "2.21": item 1, 2 of the year '19, for the sequence to say
        schemes += (((separator, "year", numbers[1], prefix), int(numbers[0])),)
    return schemes


def _mixed_schemes(num: str, numbers: list[str], prefix: str) -> tuple[tuple[tuple, int], ...]:
    """A number of full stops and slashes both: the count is its first or its last number, the rest names the year
    or meeting it belongs to ("13.17/18": item 13 of the year 2017/18; "2023/24.41": item 41 of 2023/24; "4.03/10.2"
    item 2 of the meeting of 4.03/10). Which one counts is for the sequence to say, as for "95/20"."""
    first, last = numbers[0], numbers[-1]
    schemes = []
    if first.isdigit() and len(first) <= 3:  # a count, not a year ("2023/24.41")
        schemes.append((("mixed", "first", num[len(first) + 1 :], prefix), int(first)))
    if last.isdigit() and len(last) <= 3:
        schemes.append((("mixed", "last", num[: -len(last) - 1], prefix), int(last)))
    return tuple(schemes)


def _roman_value(roman: str) -> int:
    total = 0
    for a, b in zip(roman, roman[1:] + " "):
        value = _ROMAN[a]
        total += -value if b != " " and _ROMAN[b] > value else value
    return total


# --- how much a line reads like a heading --------------------------------------------------------


@lru_cache(maxsize=1)
def _section_patterns() -> list[re.Pattern[str]]:
    sections = vocab.get("structure").sections
    return [p for name in type(sections).model_fields for p in sections.regex(name).patterns]


def names_standard_business(title: str) -> bool:
    """Does a heading name standard business (apologies, declarations, minutes, any other business ...)?"""
    head = " ".join(title.split()[:10])
    return any(p.search(head) for p in _section_patterns())


@lru_cache(maxsize=1)
def _month_start() -> re.Pattern[str]:
    names = vocab.get("common").month_numbers()
    return re.compile(r"^(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b", re.I)


def heading_score(title: str, emphasised: bool = False) -> float:
    """How much the text after a label reads like an item heading (about -3 to +3).

    Short, capitalised, naming standard business or emphasised: a heading;
    a lower-case start, "That …" or a long sentence: a list item or a
    resolution's part; a month or an amount: a date or a figure.
    """
    s = title.strip().strip("*_#").strip()
    if not s:
        return 0.0  # a label alone on its line: the title follows on the next line
    score = 0.0
    words = s.split()
    first = s[0]
    if _month_start().match(s) or first in "£$%" or re.match(r"^(?:[ap]\.?m\b|hours?\b|years?\b|minutes?\b|per cent\b)", s):
        return -3.0
    if first.islower():
        score -= 1.5
    elif first.isupper() or first.isdigit() or first in "\"'‘“":
        score += 0.5
    if re.match(r"^(?:That|and|or|but)\b", s):
        score -= 1.5
    if re.match(r"^(?:RESOLVED|Resolved|AGREED|DECIDED|Decision)\b", s):
        score -= 2.5  # a decision's part, numbered like the items around it
    if re.match(r"^\d+(?:\.\d+)*[a-z]*\)|^\d+\.\d+\.\d+", s):
        score -= 2.0  # "4. 4.4.5viii) The identification ...": a reference to an earlier minute's part, not a title
    head = re.split(r":|\s[-–—]\s|\.\s", s, maxsplit=1)[0]
    if len(head.split()) <= 12:
        score += 0.75
    elif len(words) > 25:
        score -= 1.0
    if names_standard_business(s):
        score += 1.0
    if emphasised:
        score += 1.0
    elif len(head) >= 4 and head.isupper():
        score += 0.75
    if s.endswith((";", ",")):
        score -= 1.0
    return score


# --- the sequence ------------------------------------------------------------------------------


@dataclass
class Candidate:
    """A line that may head an item: where it is, its label, and how much it reads like a heading."""

    index: int  # the line's index in the document's lines
    label: Label
    score: float
    data: dict = field(default_factory=dict)  # whatever the caller needs back (spans, title)


def step_score(previous: int, value: int, lettered: bool = False) -> float:
    """The evidence that ``value`` follows ``previous`` in one sequence of item numbers."""
    d = value - previous
    if d == 1:
        return 1.25
    if d == 0:
        return 0.0 if lettered else -1.5
    if d in (2, 3):
        return 0.0 - 0.25 * (d - 2)
    if d > 3:
        return -3.0  # a long jump: a clerk's slip, or another list
    return -5.0  # backwards: a list that restarts is another list


def start_score(value: int) -> float:
    """A sequence that starts at one (or near it) is more likely a document's items."""
    return 0.75 if value <= 1 else 0.25 if value <= 3 else 0.0


@dataclass
class Sequence:
    scheme: tuple
    members: list[tuple[Candidate, int]]  # (candidate, its value in this scheme)
    score: float


def best_sequence(candidates: list[Candidate], min_length: int = 2) -> Sequence | None:
    """The chain of candidates, in document order and in one scheme, with the most evidence.

    Per scheme: best[j] = score_j + max(start_score, best[i] + step_score(i, j))
    over earlier candidates i. Letters and roman numerals count only where no
    numbered chain exists (they number sub-lists far more often than items).
    """
    by_scheme: dict[tuple, list[tuple[Candidate, int]]] = {}
    for c in candidates:
        for scheme, value in c.label.schemes:
            by_scheme.setdefault(scheme, []).append((c, value))
    best: Sequence | None = None
    chains: list[Sequence] = []
    for scheme, members in by_scheme.items():
        chain = _best_chain(members)
        chain.scheme = scheme
        chains.append(chain)
    for chain in chains:
        scheme = chain.scheme
        if len(chain.members) < min_length or _sub_items_of(chain, chains):
            continue
        alphabetic = chain.members[0][0].label.alphabetic
        if alphabetic and not _may_number_items(scheme, chain):
            continue
        rank = (not alphabetic, chain.score)
        if best is None or rank > (not best.members[0][0].label.alphabetic, best.score):
            best = chain
    return best


SUB_ITEM_PARENTS = 3


def _sub_items_of(chain: Sequence, chains: list[Sequence]) -> bool:
    """Is ``chain`` the sub-items of one item ("4.1", "4.2", ... under "Item 4")? Its numbers share a first part
    that a chain of at least ``SUB_ITEM_PARENTS`` plain numbers has, on a line before the first sub-item."""
    scheme = chain.scheme
    if len(scheme) < 2 or scheme[0] != "." or not str(scheme[1]).isdigit():
        return False
    parent, first, last = int(scheme[1]), chain.members[0][0].index, chain.members[-1][0].index
    return any(
        other.scheme[:2] == ("", "n")
        and any(value == parent and c.index < first for c, value in other.members)
        and (len(other.members) >= SUB_ITEM_PARENTS or _closes_parent(other, parent, last))
        for other in chains
    )


def _closes_parent(parents: Sequence, parent: int, last: int) -> bool:
    """Does the next plain number follow the sub-items ("1 Procedural Business / 1.1 ... 1.4 ... / 2 Minutes")? Then
    "1.1" to "1.4" are the paragraphs of item 1, however few items the document has."""
    return any(value == parent + 1 and c.index > last for c, value in parents.members)


def _may_number_items(scheme: tuple, chain: Sequence) -> bool:
    """Letters and numerals number items only in capitals ("A. Apologies") and with heading-like lines:
    lower-case "a)" lists are sub-items and sentences."""
    if "lower" in scheme:
        return False
    return sum(c.score for c, _ in chain.members) / len(chain.members) >= 1.0


def _best_chain(members: list[tuple[Candidate, int]]) -> Sequence:
    n = len(members)
    score = [0.0] * n
    back: list[int | None] = [None] * n
    for j, (c, value) in enumerate(members):
        best_prev, best_val = None, start_score(value)
        # the last few hundred candidates are enough: a sequence does not skip hundreds of headings
        for i in range(max(0, j - 400), j):
            if members[i][0].index == c.index:
                continue
            v = score[i] + step_score(members[i][1], value, c.label.lettered)
            if v > best_val:
                best_prev, best_val = i, v
        score[j] = c.score + best_val
        back[j] = best_prev
    if not n:
        return Sequence((), [], 0.0)
    end = max(range(n), key=lambda j: score[j])
    chain = []
    j: int | None = end
    while j is not None:
        chain.append(members[j])
        j = back[j]
    chain.reverse()
    kept = _without_trailing_list(chain)
    if len(kept) < len(chain):
        return Sequence((), kept, _chain_score(kept))
    return Sequence((), chain, score[end])


def _without_trailing_list(chain: list[tuple[Candidate, int]]) -> list[tuple[Candidate, int]]:
    """The chain without the list a last step back starts: "8. Planning ... 10. Finance" then the payments
    "1. Village hall hire", "2. Internal audit", "3. Planters" listed under the last item pay for their step back
    with their own steps of one, but they are a list inside the last item, shorter than the items before it."""
    back = max((k for k in range(1, len(chain)) if chain[k][1] < chain[k - 1][1]), default=None)
    if back is None or len(chain) - back >= back:
        return chain
    return chain[:back]


def _chain_score(chain: list[tuple[Candidate, int]]) -> float:
    """The evidence of a chain, as :func:`_best_chain` counts it."""
    if not chain:
        return 0.0
    total = start_score(chain[0][1]) + sum(c.score for c, _ in chain)
    return total + sum(step_score(a, b, c.label.lettered) for (_, a), (c, b) in zip(chain, chain[1:]))
