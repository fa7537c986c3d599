"""Which council a document belongs to, from its own evidence: its name and GSS code.

The councils
------------
Every current UK council comes from the register generated from open data
(``vocab/councils_register.json``, see :mod:`pipeline.registers`): official
name, GSS code, alternative names, web and e-mail domains, democracy site.
``vocab/councils.toml`` adds evidence to them and overrides canonical names
("Harrow Council", not the register's "London Borough of Harrow", which stays
one of its names), and lists councils no register has. Parish, town and
community councils are recognised by how they name themselves in a
document's heading ("STOKE FERRY PARISH COUNCIL"); they have no code.

The evidence, strongest first
-----------------------------
1. the council whose site the document was scraped from (``site_council``);
2. the council named in the document's heading (its first characters): the
   earliest full name of a known council, or "<Place> Parish/Town/Community
   Council", "Cyngor Cymuned <Place>";
3. e-mail and web domains in the document, any subdomain
   (``moderngov.harrow.gov.uk``, ``@kent.gov.uk``, even broken over a line
   as PDFs do: ``@kent\\n.gov.uk``), the council with most;
4. names anywhere in the text, the council named most: full names
   ("Kent County Council", "City of Cardiff Council") and a register's bare
   places only beside a council word ("Harrow Council", "London Borough of
   Harrow"; "Harrow" alone names a town). A name must be written as a name:
   its first and last words capitalised, so "reading council papers" is no
   council;
5. the council the user named (``--council``), only when the document names none.

All names and places are looked up word by word in one table built once per
process (``_index``, every form as its words), like spaCy's PhraseMatcher
without a tokenizer to load.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from extractors import vocab

_SCAN_CHARS = 200_000  # how much of a document is searched for names and domains


class Council(NamedTuple):
    """One council: canonical name, GSS code (``None`` outside the registers) and what names it."""

    name: str
    code: str | None = None
    official_name: str | None = None
    names: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    democracy_platform: str | None = None
    democracy_url: str | None = None


class Resolution(NamedTuple):
    """The council a document is from, its code, and what showed it (site, heading, domain, name, given)."""

    name: str
    code: str | None
    evidence: str


@lru_cache(maxsize=1)
def councils() -> tuple[Council, ...]:
    """The register's councils merged with ``councils.toml``'s, canonical names applied."""
    register = json.loads(resources.files("extractors.vocab").joinpath("councils_register.json").read_text("utf-8"))["councils"]
    by_code = {c["code"]: c for c in register}
    extra = {c.code: c for c in vocab.get("councils").council if c.code}
    unknown = sorted(set(extra) - set(by_code))
    if unknown:
        raise vocab.VocabError(f"councils.toml: codes not in councils_register.json: {', '.join(unknown)}")
    out = []
    for row in register:
        mine = extra.get(row["code"])
        name = (mine.name if mine and mine.name else None) or row["name"]
        names = [row["name"], *row.get("names", []), *(mine.names if mine else [])]
        domains = [*row.get("domains", []), *(mine.domains if mine else [])]
        out.append(
            Council(
                name=name, code=row["code"], official_name=row["name"],
                names=tuple(dict.fromkeys(n for n in names if n != name)), places=tuple(row.get("places", [])),
                domains=tuple(dict.fromkeys(d.lower() for d in domains)),
                democracy_platform=row.get("democracy_platform"), democracy_url=row.get("democracy_url"),
            )
        )  # fmt: skip
    for c in vocab.get("councils").council:
        if not c.code:
            out.append(Council(name=c.name, names=tuple(c.names), domains=tuple(d.lower() for d in c.domains)))
    return tuple(out)


def council_named(written: str | None) -> Council | None:
    """The council whose canonical, official or other full name is exactly ``written`` (any case, any spacing)."""
    if not written:
        return None
    index = _index()
    return index.councils[i] if (i := index.full_names.get(_key(written))) is not None else None


def resolve(text: str, domains: list[str] | None = None, fallback: str | None = None, authoritative: str | None = None) -> Resolution | None:
    """The council a document is from, by the strongest evidence it has (see the module docstring)."""
    if authoritative:
        return _given(authoritative, "site")
    text = text[:_SCAN_CHARS]
    return _in_heading(text) or _by_domain(text, domains or []) or _by_name(text) or (_given(fallback, "given") if fallback else None)


def resolve_council(text: str, domains: list[str] | None = None, fallback: str | None = None, authoritative: str | None = None) -> str | None:
    """The council's name only (see :func:`resolve`)."""
    found = resolve(text, domains, fallback, authoritative)
    return found.name if found else None


def canonical_name(name: str) -> str:
    """The name meetings are stored under for a council named ``name`` (by the user or a followed site)."""
    return _given(name, "given").name


def council_options(options) -> dict[str, str | None]:
    """The keyword arguments of :func:`resolve` from parse options (``council``: a fallback; ``site_council``: authoritative)."""
    return {"fallback": options.get("council"), "authoritative": options.get("site_council")}


def _given(name: str, evidence: str) -> Resolution:
    """A council named by the user or a followed site: its canonical name and code when known, else as given."""
    known = council_named(name)
    return Resolution(known.name, known.code, evidence) if known else Resolution(" ".join(name.split()), None, evidence)


# --- the three kinds of evidence ------------------------------------------------------------------


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Compiled on first use, not at import (Unicode word classes take milliseconds to compile)."""
    # an e-mail or web address; a PDF may break "@kent.gov.uk" before a dot ("@kent\n.gov.uk")
    domain = re.compile(r"(?:@|https?://|\bwww\.)([\w-]+(?:(?:\.|\s+\.(?=[a-z]))[a-z0-9-]+)+)", re.I)
    word = re.compile(r"[^\W_][\w'’-]*|[&,]")  # a word of a name; "&" and "," are words of their own
    token = re.compile(r"[\w][\w'’.-]*|&")  # a word of a local council's place ("St.", "Burton-cum-Walden", "&")
    return domain, word, token


def _in_heading(text: str) -> Resolution | None:
    """The first council the heading names: a known council's full name or a local council's."""
    heading = text[: vocab.get("councils").local.heading_chars]
    known = next((m for m in _name_matches(heading) if not _correspondent(heading, m[0])), None)
    local = _local_council(heading)
    if known and (local is None or known[0] <= local[0]):
        council = _index().councils[known[1]]
        return Resolution(council.name, council.code, "heading")
    if local:
        known_local = council_named(local[1])  # "Tintern Community Council" is in councils.toml
        return Resolution(known_local.name if known_local else local[1], known_local.code if known_local else None, "heading")
    titled = _titled_authority(heading)
    return Resolution(titled, None, "heading") if titled else None


def _titled_authority(heading: str) -> str | None:
    """An authority no register has, named by the first words of its document: "CRAIGAVON BOROUGH COUNCIL MINUTES
    OF ...", "Cairngorms National Park Authority / Minutes of the Board ..." (``local.titled``). Only there: further
    down, a principal council's papers name other councils and authorities all the time."""
    local = vocab.get("councils").local
    if not local.titled:
        return None
    first = heading.lstrip(" \t\r\n*_#")
    offset = len(heading) - len(first)
    line = first.split("\n", 1)[0]
    kinds = "|".join(vocab.phrase(p) for p in local.titled)
    m = re.match(rf"(?P<place>(?:[^\W\d_][\w\x27’.-]*[ \t]+){{1,4}}?)(?P<kind>{kinds})(?![\w-])", line, re.I)
    if m is None:
        return None
    start, place = _place_before(heading, offset + m.start("kind"), local)
    if not place or start != offset:
        return None  # "Minutes of Ashby Borough Council": not its first words (a local council's heading reads those)
    return f"{place} {_canonical(local.titled, m.group('kind'))}"


def _by_domain(text: str, given: list[str]) -> Resolution | None:
    """The council most of the document's domains belong to (a domain or any of its subdomains)."""
    by_domain = _index().domains
    votes: Counter[int] = Counter()
    for found in [*given, *(re.sub(r"\s+", "", m) for m in _patterns()[0].findall(text))]:
        host = found.lower().rsplit("@", 1)[-1].strip(".")
        labels = host.split(".")
        for i in range(len(labels) - 1):
            council = by_domain.get(".".join(labels[i:]))
            if council is not None:
                votes[council] += 1
                break
    return _winner(votes, "domain")


def _by_name(text: str) -> Resolution | None:
    """The council named most often in the text, leaving out the councils the meeting heard from."""
    return _winner(Counter(i for at, i in _name_matches(text) if not _correspondent(text, at)), "name")


def _correspondent(text: str, at: int) -> bool:
    """Is the council named at ``at`` one the meeting heard from ("correspondence from Orkney Islands Council", a
    listed letter "(b) Kent County Council – road closures"), not the one that met (``[correspondent]``)?"""
    words = vocab.get("councils").correspondent
    if words is None:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    before = text[max(line_start, at - 120) : at]
    if words.regex("before").search(before):
        return True
    if not words.regex("entry_label").search(before):
        return False
    line_end = text.find("\n", at)
    rest = text[at : line_end if line_end >= 0 else len(text)]
    name_end = re.search(r"\bCouncil\b|\bAuthority\b", rest)
    return bool(name_end and words.regex("entry_after").search(rest[name_end.end() :]))


def _winner(votes: Counter[int], evidence: str) -> Resolution | None:
    if not votes:
        return None
    council = _index().councils[votes.most_common(1)[0][0]]
    return Resolution(council.name, council.code, evidence)


def _name_matches(text: str):
    """(position, council index) of every council name written as a name in ``text``, longest first at each word."""
    index = _index()
    tokens = [(m.start(), m.end(), m.group(0)) for m in _patterns()[1].finditer(text)]
    lowered = ["and" if t[2] == "&" else t[2].replace("’", "'").lower() for t in tokens]  # each word's _key
    i = 0
    while i < len(tokens):
        longest = index.first_words.get(lowered[i])
        found = None
        if longest:
            span = 1  # how many words from i are joined by white space only (a full stop or a line's end within a name breaks it)
            while span < longest and i + span < len(tokens) and _joined(text, tokens[i + span - 1], tokens[i + span]):
                span += 1
            for n in range(span, 0, -1):
                council = index.phrases.get(" ".join(lowered[i : i + n]))
                if council is not None and tokens[i][2][:1].isupper() and tokens[i + n - 1][2][:1].isupper():
                    found = (n, council)  # "reading council papers": lower case prose, not a name
                    break
        if found:
            yield tokens[i][0], found[1]
            i += found[0]
        else:
            i += 1




def _joined(text: str, left: tuple, right: tuple) -> bool:
    """Two words are one name's when only white space is between them (a comma is a word of its own)."""
    gap = text[left[1] : right[0]]
    return not gap or gap.isspace()


# --- local councils ------------------------------------------------------------------------------


def _local_council(heading: str) -> tuple[int, str] | None:
    """(position, name) of the first "<Place> Parish Council" / "Cyngor Cymuned <Place>" in a heading."""
    local = vocab.get("councils").local
    best = None
    for m in _local_pattern().finditer(heading):
        if m.group("after"):
            place_start, place = _place_before(heading, m.start(), local)
            name = f"{place} {_canonical(local.after, m.group('after'))}" if place else None
            start = place_start
        else:
            place = _place_after(heading, m.end(), local)
            name = f"{_canonical(local.before, m.group('before'))} {place}" if place else None
            start = m.start()
            if place and _names_in_english_next(heading, m.end(), place):
                continue  # "CYNGOR CYMUNED NANTGARW COMMUNITY COUNCIL": the English name follows, and is the one used
        if name and _titles_its_line(heading, start) and (best is None or start < best[0]):
            best = (start, name)
    return best


def _names_in_english_next(text: str, end: int, place: str) -> bool:
    """Does the Welsh name's place run straight on into an English kind ("Cyngor Cymuned Nantgarw Community Council")?"""
    rest = text[end:].lstrip()
    if rest[: len(place)].lower() != place.lower():
        return False
    tail = rest[len(place) :].lstrip()
    after = _local_pattern().match(tail)
    return bool(after and after.group("after"))


def _titles_its_line(text: str, start: int) -> bool:
    """The name starts its line, after nothing but heading words: "STOKE FERRY PARISH COUNCIL",
    "Minutes of the September meeting of Stoke Ferry Parish Council", "**WEREHAM PARISH COUNCIL**";
    not "Comments from Wye Parish Council" in a principal council's planning agenda. A sentence that
    names the body meeting is as good as a title: "You are hereby summoned to attend a meeting of
    the Fenby Marsh Parish Council at ..." (``local.introduced_by``)."""
    prefix = text[text.rfind("\n", 0, start) + 1 : start]
    if vocab.get("councils").local.regex("introduced_by").search(prefix):
        return True
    words = [w.strip("*_#\"'“”‘’:;,.()[]-") for w in prefix.split() if not any(ch.isdigit() for ch in w)]  # "MPC(21)M04": a reference
    return all(w.lower() in _heading_words() for w in words if w)


@lru_cache(maxsize=1)
def _heading_words() -> frozenset[str]:
    """Words a heading line may have before a local council's name: not_place, joiners, months, weekdays."""
    local, common = vocab.get("councils").local, vocab.get("common")
    return frozenset(w.lower() for w in [*local.not_place, *local.joiners, *common.month_names(), *common.weekdays])


@lru_cache(maxsize=1)
def _local_pattern() -> re.Pattern[str]:
    local = vocab.get("councils").local
    after = "|".join(vocab.phrase(p) for p in local.after)
    before = "|".join(vocab.phrase(p) for p in local.before)
    return re.compile(rf"(?<![\w-])(?:(?P<after>{after})|(?P<before>{before}))(?![\w-])", re.I)




def _place_before(text: str, end: int, local) -> tuple[int, str | None]:
    """The place written just before ``end``: capitalised words and joiners, back to a word that is not part of it."""
    tokens = list(_patterns()[2].finditer(text, max(0, end - 120), end))
    if tokens and not text[tokens[-1].end() : end].isspace():
        return end, None  # "Council, Parish Council": punctuation before the kind word
    kept: list[re.Match] = []
    for tok in reversed(tokens[-8:]):
        word = tok.group(0)
        if _gap(text, tok, kept):
            break
        if word.lower() in local.joiners:
            kept.append(tok)
        elif word[:1].isupper() and word.lower() not in local.not_place:
            kept.append(tok)
        else:
            break
    while kept and kept[-1].group(0).lower() in local.joiners:  # leading joiners ("THE Stoke Ferry")
        kept.pop()
    if not kept:
        return end, None
    kept.reverse()
    return kept[0].start(), _place_case(" ".join(text[kept[0].start() : kept[-1].end()].split()), local.joiners)


def _gap(text: str, tok: re.Match, kept: list[re.Match]) -> bool:
    """Punctuation or a line's end between a word and the place read so far ends the place (a place is on one line).
    A comma does not where the place is a list of places ending "... and <place>": "Rousay, Egilsay, Wyre and
    Gairsay Community Council", "Ashby, Fenby & Wyre Parish Council"."""
    if not kept:
        return False
    gap = text[tok.end() : kept[-1].start()]
    if re.fullmatch(r",[ \t]+", gap) and any(k.group(0).lower() in ("and", "&", "ac", "a") for k in kept):
        return False
    return not gap.isspace() or "\n" in gap


def _place_after(text: str, start: int, local) -> str | None:
    """The place written just after ``start`` (Welsh: "Cyngor Cymuned Llanfair Pwllgwyngyll")."""
    words = []
    for tok in _patterns()[2].finditer(text, start, min(len(text), start + 120)):
        word = tok.group(0)
        gap = text[(words[-1][1] if words else start) : tok.start()]
        if not gap.isspace() or "\n" in gap or not (word[:1].isupper() or (words and word.lower() in local.joiners)) or len(words) == 6:
            break
        if words and word.lower() in local.not_place and word.lower() not in local.joiners:
            break  # "CYNGOR CYMUNED NANTGARW COMMUNITY COUNCIL": the place ends at the English kind word
        words.append((word, tok.end()))
    while words and words[-1][0].lower() in local.joiners:
        words.pop()
    return _place_case(" ".join(w for w, _ in words), local.joiners) if words else None


def _place_case(place: str, joiners) -> str:
    """``STOKE FERRY`` -> ``Stoke Ferry``, ``BURTON-CUM-WALDEN`` -> ``Burton-cum-Walden``; mixed case kept."""
    if not place.isupper():
        return place
    parts = re.split(r"([\s-]+)", place.lower())
    return "".join(p if (i and p in joiners) else p[:1].upper() + p[1:] for i, p in enumerate(parts))


def _canonical(forms: list[str], written: str) -> str:
    """The vocabulary's spelling of a kind word written in any case ("PARISH COUNCIL" -> "Parish Council")."""
    key = _key(written)
    return next((f for f in forms if _key(f) == key), written)


# --- the index: every name and place form, one regular expression ----------------------------------


class _Index(NamedTuple):
    councils: tuple[Council, ...]
    full_names: dict[str, int]  # canonical, official and other full names -> council
    phrases: dict[str, int]  # every form matched in text (full names, places beside a council word), as word keys
    first_words: dict[str, int]  # a form's first word -> the most words a form starting with it has
    domains: dict[str, int]


def _key(text: str) -> str:
    """A name as words: lower case, one space, one apostrophe, "&" as "and", a comma a word of its own."""
    return " ".join("and" if w.group(0) == "&" else w.group(0) for w in _patterns()[1].finditer(text.replace("’", "'").lower()))


@lru_cache(maxsize=1)
def _index() -> _Index:
    """Every council's names and place forms, each naming one council (a form two councils share names neither)."""
    all_councils = councils()
    context = vocab.get("councils").context
    full: dict[str, set[int]] = {}
    forms: dict[str, set[int]] = {}
    domains: dict[str, set[int]] = {}
    for i, c in enumerate(all_councils):
        for name in (c.name, *c.names):
            full.setdefault(_key(name), set()).add(i)
        for place in c.places:
            for before in context.before:
                forms.setdefault(_key(f"{before} {place}"), set()).add(i)
            for after in context.after:
                forms.setdefault(_key(f"{place} {after}"), set()).add(i)
        for domain in c.domains:
            domains.setdefault(domain, set()).add(i)
    unique_full = {k: next(iter(v)) for k, v in full.items() if len(v) == 1}
    phrases = {k: next(iter(v)) for k, v in forms.items() if len(v) == 1 and k not in full}
    phrases.update(unique_full)
    first_words: dict[str, int] = {}
    for phrase in phrases:
        words = phrase.split(" ")
        first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
    by_domain = {k: next(iter(v)) for k, v in domains.items() if len(v) == 1}
    return _Index(all_councils, unique_full, phrases, first_words, by_domain)
