"""The events of a vote in minutes' text: proposals, questions put, counts, recorded votes, results, minuted votes.

Each is found by a pattern of ``vocab/votes.toml`` (recorded votes by
:mod:`extractors.recorded_votes`) and becomes an :class:`Event` at its place
in the text; :func:`events` lists one item's events in order, and
:mod:`extractors.votes` folds them into votes. Small helpers read what the
events carry: the kind of question a word names, a count in figures or
words, a name as stored, the sentence or numbered paragraph around a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors import vocab
from extractors.names import is_personal_name, parse_name
from extractors.recorded_votes import recorded_votes, split_names
from schemas.provenance import Span


@dataclass
class Event:
    """Something the minutes say about a vote, at ``[start, end)``."""

    start: int
    end: int
    type: str  # proposal, seconded, put, counts, tally, candidate, result, minuted
    data: dict = field(default_factory=dict)


# Words a name pattern can take for a voter at a sentence's start ("He voted against", "Members abstained").
_NOT_VOTERS = {"he", "she", "they", "it", "members", "councillors", "all", "the", "this", "there", "one", "two", "three"}


def vote_rules():
    """The vote vocabulary (`vocab/votes.toml`)."""
    return vocab.get("votes")


def kind_word(words: str | None) -> str | None:
    """The kind of question the first kind word of ``words`` names ("the following amendment" -> amendment)."""
    if not words:
        return None
    kinds = vote_rules().kind_words
    m = re.search(r"\b(" + "|".join(map(re.escape, sorted(kinds, key=len, reverse=True))) + r")\b", words, re.I)
    return kinds[m.group(1).lower()] if m else None


def number(raw: str | None) -> int | None:
    """A count as printed: a figure or a number word ("four")."""
    if raw is None:
        return None
    if raw.isdigit():
        return int(raw)
    if raw.lower() in ("no", "none"):
        return 0
    return vocab.get("common").numbers.words.get(raw.lower())


def printed_name(written: str) -> str:
    """A proposer's, seconder's or voter's name as stored: as printed, less "Cllr" / "Councillor" / "Alderman" (a member's
    rank in Northern Irish councils, as "Councillor" is) and "the"."""
    name = " ".join(written.split()).strip(" ,;.")
    name = re.sub(r"^(?:the\s+)", "", name, flags=re.I)
    name = re.sub(r"^(?:Councillors?|Cllrs?|Alderm[ae]n|Ald)\.?\s+", "", name)
    return name[:1].upper() + name[1:] if name else name


def sentence_start(text: str, start: int, floor: int) -> int:
    """Where the sentence holding ``start`` begins (after the last full stop, a blank line, or the paragraph's number): a
    heading and the paragraphs above ("... under paragraph 2.2 ...") are not the sentence a question is put in."""
    cut = max(text.rfind(". ", floor, start), text.rfind(".\n", floor, start))
    blank = max((m.end() for m in re.finditer(r"\n[ \t]*\n\s*", text[floor:start])), default=None)
    para = max((m.end() for m in vote_rules().outcome.regex("paragraph").finditer(text, floor, start)), default=floor)
    return max(cut + 2 if cut >= 0 else floor, floor + blank if blank is not None else floor, para)


def events(text: str, span: Span) -> list[Event]:
    """Every vote event in ``text[span]``, in order (recorded votes first found, the rest outside them)."""
    rules = vote_rules()
    out: list[Event] = []
    tallies = recorded_votes(text, span.start, span.end)
    out += [Event(t.span.start, t.span.end, "tally", {"tally": t}) for t in tallies]
    inside = lambda m: any(t.span.start <= m.start() < t.span.end for t in tallies)  # noqa: E731
    for m in rules.regex("proposal").finditer(text, span.start, span.end):
        if not inside(m):
            groups = m.groupdict()
            if (groups.get("proposer") or "").strip().lower() in _NOT_VOTERS:
                continue  # "The proposed change was put to the vote": "proposed" describes the change, nobody proposes
            seconder = trimmed(groups.get("seconder"))
            end = m.start("seconder") + len(seconder) if seconder and m.start("seconder") >= 0 and seconder != groups.get("seconder") and m.end("seconder") == m.end() else m.end()
            labelled = bool(re.search(r"(?i)\b(?:proposed|proposer|moved)(?:\s+by)?\s*[:\-–]", m.group(0))) or _bare(text, m, span, end)
            out.append(Event(m.start(), end, "proposal", {"proposer": trimmed(groups.get("proposer")), "seconder": seconder, "match": m, "labelled": labelled,
                                                              "adopted": bool(groups.get("adopted"))}))  # fmt: skip
    for m in rules.outcome.regex("put").finditer(text, span.start, span.end):
        if not inside(m):
            what = m.groupdict().get("what")
            if what is None:
                what = text[sentence_start(text, m.start(), span.start) : m.start()]
            out.append(Event(m.start(), m.end(), "put", {"what": what, "sentence": text[m.start() : sentence_end(text, m.end(), span.end)]}))
    for m in rules.counts.regex("pattern").finditer(text, span.start, span.end):
        counts = tuple(number(m.groupdict().get(g)) for g in ("for", "against", "abstain"))
        if counts[0] is None or inside(m):
            continue
        if counts[1] is None and counts[2] is None and not re.search(r"(?i)favour|vote", m.group(0)):
            continue  # "2 for the village hall": a count of one side needs "in favour" or "votes" beside it
        named = {kind_word(w) for w in re.findall(r"(?i)\b(?:motion|amendment|proposal|recommendations?)\b", m.group(0))}
        # "by 54 votes to 2" names no side: the first figure is the majority's, the side that won (against, when the vote was lost)
        unsided = counts[1] is not None and not re.search(r"(?i)\b(?:for|favour|against)\b", m.group(0))
        out.append(Event(m.start(), m.end(), "counts", {"counts": counts, "kind": named.pop() if len(named) == 1 else None, "unsided": unsided}))  # "five voted for the amendment"
    for m in rules.regex("seconded").finditer(text, span.start, span.end):
        if not inside(m):
            out.append(Event(m.start(), m.end(), "seconded", {"seconder": trimmed(m.group("seconder")), "match": m}))
    out += [e for e in nomination_rows(text, span) if not any(t.span.start <= e.start < t.span.end for t in tallies)]
    for m in rules.regex("candidate").finditer(text, span.start, span.end):
        if not inside(m):
            out.append(Event(m.start(), m.end(), "candidate", {"name": m.group("name"), "count": int(m.group("count"))}))
    for m in rules.recorded.regex("table_row").finditer(text, span.start, span.end):
        word = " ".join(m.group("result").lower().split())
        out.append(Event(m.start(), m.end(), "result", {"word": word, "what": m.group("what"), "sentence": m.group(0), "weak": False,
                                                        "title": " ".join(m.group("title").split())}))  # fmt: skip
    for m in rules.outcome.regex("result").finditer(text, span.start, span.end):
        if not inside(m):
            word = re.sub(r"\b(?:were|members|councillors|cllrs|present|voted)\s+", "", " ".join(m.group("result").lower().split()))
            sentence = text[sentence_start(text, m.start(), span.start) : sentence_end(text, m.end(), span.end)]
            unanimous = unanimous_manner(text, m)  # "Agreed unanimously.": a vote by itself
            out.append(Event(m.start(), m.end(), "result", {"word": word, "what": m.groupdict().get("what"), "sentence": sentence, "weak": bool(m.groupdict().get("weak")),
                                                            "strong": bool(m.groupdict().get("strong")) or unanimous, "unanimous": unanimous,
                                                            "named": m.groupdict().get("named")}))  # fmt: skip
    for m in rules.minuted.regex("pattern").finditer(text, span.start, span.end):
        vote = rules.minuted.votes.get(" ".join(m.group("vote").lower().split()))
        if not vote or inside(m):
            continue  # "Councillors A and B voted against the motion (2)" in a recorded vote: its side's names, not a member's own vote
        sentence = text[m.start() : sentence_end(text, m.end(), span.end)]
        groups = m.groupdict()
        named = split_names(text, m.start("names"), m.end("names")) if groups.get("names") else [(groups["name"], Span(start=m.start("name"), end=m.end("name")))]
        for name, name_span in named:
            if name.lower() not in _NOT_VOTERS and is_personal_name(parse_name(name).full, surname_only=True):
                out.append(Event(m.start(), m.end(), "minuted", {"name": name, "vote": vote, "name_span": name_span, "sentence": sentence}))
    order = {"proposal": 0, "seconded": 1, "put": 2, "tally": 3, "counts": 4, "candidate": 5, "result": 6, "minuted": 7}
    out.sort(key=lambda e: (e.start, order[e.type]))
    return without_overlaps(out)


# A proposal told of what the sentence before decided: "They were proposed as a correct record by A", "This was proposed by
# A and seconded by B", "It was moved by A, seconded by B." (a pronoun opening the proposal's sentence).
_POINTS_BACK = re.compile(r"^(?:they|this|these|it|which|the\s+same)\s+(?:was|were)\s+(?:duly\s+)?(?:proposed|moved)\b", re.I)
# The decision that sentence states: passive, as minutes record one ("the minutes ... were noted / approved / accepted").
_DECIDED = re.compile(r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:noted|approved|accepted|adopted|agreed|confirmed|signed)\b", re.I)


def points_back(text: str, proposal: Event, floor: int) -> bool:
    """Whether a proposal's sentence points back at a decision stated in the sentence just before it, in the same paragraph:
    "Following the amendment, the minutes were noted. They were proposed as a correct record by DR and this was seconded by
    EMW." (the decision carried: the minutes say what was decided, the proposal who moved it)."""
    start = sentence_start(text, proposal.start, floor)
    if not _POINTS_BACK.match(text[start : proposal.end + 40].lstrip()):
        return False
    before = text[max(floor, start - 400) : start]
    if re.search(r"\n[ \t]*\n", before):
        before = re.split(r"\n[ \t]*\n", before)[-1]
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", before.strip()) if x.strip()]
    return bool(sentences) and bool(_DECIDED.search(sentences[-1]))


def nomination_rows(text: str, span: Span) -> list[Event]:
    """The rows of a table of nominations flattened to text (``[nomination_table]``), each a proposal (group-like data
    ``proposer``, ``seconder``; ``table_row`` set): "Office / Nominee / Proposed By: / Seconded By:" then "Treasurer / A Bell
    / C Dee / E Fox". A row is a line with as many cells as the heading; the table ends at the first line that is not."""
    table = vote_rules().nomination_table
    out: list[Event] = []
    lines: list[tuple[int, str]] = []
    ends: dict[int, int] = {}  # where each (joined) line ends in the text
    for m in re.finditer(r"[^\n]+", text[: span.end]):
        if m.start() < span.start:
            continue
        if lines and lines[-1][1].rstrip().endswith(("/", "|")):  # a row a PDF wrapped after a separator: "... / Ian Hunt /" / "Donald Henderson"
            lines[-1] = (lines[-1][0], lines[-1][1].rstrip() + " " + m.group(0))
        else:
            lines.append((m.start(), m.group(0)))
        ends[lines[-1][0]] = m.end()
    n = 0
    while n < len(lines):
        start, line = lines[n]
        n += 1
        cells = _cells(line, table)
        where_p = next((i for i, c in enumerate(cells) if table.regex("proposer_head").match(c)), None)
        seconder = next(((i, m) for i, c in enumerate(cells) if (m := table.regex("seconder_head").match(c))), None)
        if where_p is None or seconder is None:
            continue
        where_s, m = seconder
        width = where_s + 1
        rows: list[tuple[int, list[str]]] = []
        glued = [m.group("rest"), *cells[where_s + 1 :]] if m.group("rest").strip() else []
        if len(glued) == width:  # "Seconded By:Chairperson / A Moore / B Hunt / C Dee": the first row run onto the heading
            rows.append((start + line.find(m.group("rest")), glued))
            ends[rows[-1][0]] = ends.get(start, start + len(line))
        while n < len(lines) and len(row := _cells(lines[n][1], table)) == width:
            rows.append((lines[n][0], row))
            n += 1
        for row_start, row in rows:
            proposer, second = row[where_p].strip(), row[where_s].strip()
            if not (_A_NAME.match(proposer) and _A_NAME.match(second)):
                continue
            row_end = ends.get(row_start, row_start + len(_first_line(text, row_start)))
            match = re.compile(r"[^\n]+").match(text, row_start)
            out.append(Event(row_start, row_end, "proposal", {"proposer": proposer, "seconder": second, "match": match, "labelled": False, "adopted": False,
                                                              "table_row": True, "row_title": _row_title(row, where_p)}))  # fmt: skip
    return out


def _first_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _row_title(row: list[str], proposer_at: int) -> str:
    """What a nomination table's row put: its cells before the proposer's ("Treasurer / A Bell" -> "Treasurer: A Bell")."""
    return ": ".join(c.strip() for c in row[:proposer_at] if c.strip())


_A_NAME = re.compile(r"^(?:[A-Z][\w’\x27.-]*)(?:[ \t]+[A-Z][\w’\x27.-]*){0,4}$")


def _cells(line: str, table) -> list[str]:
    """A flattened table row's cells, split at the first separator that divides it in three or more (" / ", "|", tabs)."""
    for sep in table.regex("separator").patterns:
        parts = [c.strip() for c in sep.split(line.strip()) if c.strip()]
        if len(parts) >= 3:
            return parts
    return [line.strip()]


def unanimous_manner(text: str, m: re.Match) -> bool:
    """Whether a result is minuted as unanimous in its own words or right beside them ("Agreed unanimously.", "The minutes
    were agreed unanimously", "was unanimously approved", "RESOLVED: (Unanimously)"): unanimity is minuted voting, so the
    result is a vote by itself, as "CARRIED" is (the lead's ruling, session 5); "agreed" or "RESOLVED" without it is not."""
    rules = vote_rules().outcome
    return bool(
        rules.regex("unanimity_words").search(text[m.start("result") : m.end()])
        or rules.regex("unanimity_after").match(text[m.end() : m.end() + 40])
        or rules.regex("unanimity_before").search(text[max(0, m.start() - 20) : m.start()])
    )


# Words that end a name wrapped onto the next line: an outcome printed on the line under "seconded by Cllr S Newbon".
_OUTCOME_LINE = re.compile(r"[ \t]*\n[ \t]*(?:CARRIED|AGREED|LOST|RESOLVED|APPROVED|DEFEATED|UNANIMOUS(?:LY)?|Carried|Agreed|Lost|Resolved|Approved|Unanimous(?:ly)?)\b.*$", re.S)


def trimmed(name: str | None) -> str | None:
    """A proposer's or seconder's name without what the name pattern took from the next line: an outcome word ("S
    Newbon\nCARRIED"), or the next entry's first words after a whole name ("Morven Syme\nVice Chair person ...": a list of
    nominations one a line). A name wrapped after a title or an initial ("Cllr S\nNewbon") stays whole."""
    if not name:
        return name
    name = _OUTCOME_LINE.sub("", name)
    first, nl, rest = name.partition("\n")
    if nl and rest.strip() and _whole_name(first):
        return first.rstrip()
    return name


def _whole_name(words: str) -> bool:
    """Whether a line's words are a whole name by themselves: two words or more that are neither a title nor an initial."""
    titles = {h.lower() for h in vocab.get("common").all_honorifics()} | _TITLES
    full = [w for w in words.split() if len(w.strip(".")) > 1 and w.strip(".").lower() not in titles]
    return len(full) >= 2


# Titles a name may open with, besides common.toml's honorifics.
_TITLES = {"cllr", "cllrs", "councillor", "councillors", "mr", "mrs", "ms", "miss", "dr", "the", "alderman", "ald", "sir", "dame", "revd", "rev"}


def _bare(text: str, m: re.Match, span: Span, end: int | None = None) -> bool:
    """Whether a proposal is only its two names, a sentence or line of its own after what it moved ("... were approved and
    signed as a true copy. Proposed by Cllr A, seconded by Cllr B.", or "Proposed by A" / "Seconded by B" one a line): the
    decision before it is what was proposed. ``end`` is where the seconder's name ends (the match may run on into the next
    line's words: "Seconded by B" / "Signed by the Chair ...")."""
    if not m.groupdict().get("seconder") or not re.match(r"(?i)(?:proposed|moved)\s+by\b", m.group(0)):
        return False
    end = m.end() if end is None else end
    starts = m.start() == span.start or re.search(r"(?:[.;:]|\n)[ \t]*$", text[max(span.start, m.start() - 3) : m.start()])
    return bool(starts and re.match(r"[ \t]*(?:\.|\n|$)", text[end : end + 3]))


def without_overlaps(found: list[Event]) -> list[Event]:
    """Drop an event lying inside another of the same type, and a put inside a proposal ("... seconded that the motion
    be put to the vote") or a result ("the amendment was put to the vote and LOST": one event, the result)."""
    kept: list[Event] = []
    for e in found:
        if any(k.start <= e.start < k.end and (k.type == e.type or k.type in ("proposal", "result") and e.type == "put") and (k.start, k.end, k.type) != (e.start, e.end, "minuted") for k in kept):
            continue
        kept.append(e)
    return kept


def sentence_end(text: str, start: int, limit: int) -> int:
    """Where the sentence running at ``start`` ends: a full stop (inside a closing quote or bracket too), a blank line,
    or the next numbered paragraph ("2) The Chairman put ...")."""
    m = re.search(r"[.!?][”\"’)]?(?=\s|$)|\n\s*\n|\n(?=[ \t]*\d{1,2}[.)][ \t])", text[start:limit])
    return start + m.end() if m else limit


def paragraph_of(text: str, span: Span, at: int) -> int | None:
    """The number of the numbered paragraph of the minute holding ``at`` ("3) The Chairman put ...")."""
    marks = [m for m in vote_rules().outcome.regex("paragraph").finditer(text, span.start, at)]
    return int(marks[-1].group("n")) if marks else None


def sentence_around(text: str, event: Event, span: Span) -> str:
    return text[sentence_start(text, event.start, span.start) : sentence_end(text, event.end, span.end)]


# A sum or a rate a proposal names ("£8,000", "£48,185.50", "3.5%"): what tells one proposal from another in a vote's sentence.
_FIGURE = re.compile(r"£\s?\d+(?:,\d{3})*(?:\.\d+)?|\b\d+(?:\.\d+)?\s?%")


def proposal_by_figures(text: str, sentence: str, proposals: list, taken: set[int]) -> Event | None:
    """The one proposal not yet voted on whose words name a sum the vote's sentence names: "Cllr A proposed an amendment that
    the precept be raised by £8,000, Cllr B proposed ... £3,000" and then "The amended proposal for an increase of £8,000 was
    voted 5 For and 4 Against". A proposal's words run from it to the next proposal or the end of its sentence. None when no
    figure, or several proposals, match."""
    figures = {f.replace(" ", "") for f in _FIGURE.findall(sentence)}
    if not figures:
        return None
    ordered = sorted(proposals, key=lambda p: p.start)
    matching = []
    for n, proposal in enumerate(ordered):
        if id(proposal) in taken:
            continue
        stop = sentence_end(text, proposal.end, len(text))
        if n + 1 < len(ordered) and ordered[n + 1].start > proposal.start:
            stop = min(stop, ordered[n + 1].start)
        if figures & {f.replace(" ", "") for f in _FIGURE.findall(text[proposal.start : stop])}:
            matching.append(proposal)
    return matching[0] if len(matching) == 1 else None


# What a vote was on, in the minutes' words (read by extractors/votes.py for each vote it folds; ``q`` is its Question).
def subject_of(q, text: str, resolution: str | None = None) -> str | None:
    """What was put, in the minutes' words: its title in a recorded-vote table, else the first of these that says
    something (two words or more besides outcome words): the proposal's words after its seconder ("... seconded the
    motion that ..."), its words between proposer and seconder ("Cllr A proposed acceptance of the minutes seconded by
    Cllr B"), the put ("put the motion set out in paragraph 1"), the ``resolution`` the vote carried, the result's
    sentence. None when none does."""
    if q.title:
        return _clip(q.title)
    if q.proposal is not None and q.proposal.data.get("row_title"):
        return _clip(q.proposal.data["row_title"])  # a nomination table's row: "Treasurer: A Bell"
    candidates = []
    if q.proposal is not None:
        m = q.proposal.data["match"]
        stop = min(m.end(), q.proposal.end)  # a seconder's name cut at its line's end: the next line is no part of it
        end = sentence_end(text, stop, min(len(text), stop + 400))
        if "\n" in text[stop:end] and stop < m.end():
            end = stop + text[stop:end].index("\n")
        after = re.sub(r"^(?:the\s+following\s+|the\s+)?(?:motion|amendment|recommendations?)\b\s*(?:that\b)?\s*:?\s*", "", _squash(text[stop:end]), flags=re.I)
        candidates.append(re.sub(r"^that\s+", "", after, flags=re.I))
        inside = re.search(r"(?i)\b(?:proposed|moved|nominated)\b(?P<words>.*?)(?:,?\s*(?:and\s+)?(?:this\s+was\s+)?seconded\b|$)", m.group(0), re.S)
        if inside:
            words = inside.group("words")
            for name in (q.proposal.data["proposer"], q.proposal.data["seconder"]):
                words = words.replace(name, " ") if name else words  # "Cllr A proposed, Cllr B seconded": no words of its own
            candidates.append(re.sub(r"^(?:by\s+)?(?:that\s+)?", "", _squash(words), flags=re.I))
    if q.put is not None:
        candidates.append(_squash(q.put.data["what"] or q.put.data["sentence"]))
    if resolution:
        candidates.append(_squash(resolution))
    if q.result_sentence:  # "On the proposal of Cllr A, seconded by Cllr B, the Recommendation was agreed."
        candidates.append(_squash(q.result_sentence))
    if q.proposal is not None:  # "Chair person Vicki Salvage proposed by A and seconded by B": what its line names before it
        line = text[max(text.rfind("\n", 0, q.proposal.start) + 1, sentence_start(text, q.proposal.start, 0)) : q.proposal.start]
        candidates.append(_squash(line))
    names = [n for n in (q.proposal.data["proposer"], q.proposal.data["seconder"]) if n] if q.proposal is not None else []
    names += [name for name, _, _ in q.records]
    return next((_clip(c) for c in candidates if _says_something(c, names)), None)


def _squash(words: str) -> str:
    return " ".join(words.split()).strip(" ,:;.–-()")


_OUTCOME_WORDS = re.compile(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|no|none|unanimously|carried|agreed|approved|lost|all|were|was|in|favour|by|present|nem|con|and|it|this|the|motion|proposal|votes?|for|against|abstentions?|\d+|-)\b")


def _says_something(words: str, names: list[str]) -> bool:
    """Two words or more besides outcome words and the proposer's and seconder's names ("Unanimously Carried", "Cllr A
    proposed, Cllr B seconded, all were in favour" say nothing of the subject)."""
    for name in names:
        words = words.replace(" ".join(name.split()), " ")
    words = re.sub(r"(?i)\b(?:cllrs?|councillors?|proposed|seconded|abstained|as|he|she|was|not|able|to|attend)\b", " ", words)
    return len([w for w in _OUTCOME_WORDS.sub(" ", words).split() if re.search(r"[A-Za-z]", w)]) >= 2


def _clip(words: str, limit: int = 200) -> str:
    return words if len(words) <= limit else words[: words.rfind(" ", 0, limit)] + " …"
