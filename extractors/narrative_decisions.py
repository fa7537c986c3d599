"""Decisions told in sentences: how a clerk narrates what the meeting decided, without a formal mark.

Read by ``extractors/resolutions.py`` (which owns the formal marks and parts);
the vocabulary is ``vocab/outcomes.toml``:

- ``[[statement]]`` rules: a sentence that records a decision by itself
  ("It was agreed to write to ...", "Apologies were received and accepted",
  "It was confirmed." pointing back to the item);
- ``[proposal]``: a proposal the minutes say was carried ("Cllr A proposed X
  seconded by Cllr B. Carried"), its text without the tally;
- ``[prose]`` spaCy Matcher patterns: a sentence whose subject is the meeting
  body and verb a decision ("The Committee noted the report", "Council agreed
  to ...", "Members received and noted the minutes");
- the outcome word of a decision's text: the verb it opens with
  (``[leading]``), else the first matching ``[[outcome]]`` rule.

Two judgements the resolutions extractor asks of a document: whether its
narrative decisions count beside its formal ones (``narrates_beside_formal``:
a local council's minutes), and whether a decision in the text before the
first item follows a heading the outline missed (``missed_heading``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.matcher import Matcher

from extractors import vocab
from extractors.nlp import english, first_match_per_sentence
from extractors.text import ends_short, full_line_length, measure_near
from schemas.provenance import Span

Found = tuple[Span, "str | None", bool, str, "str | None"]  # span, part marker, explicit, source, outcome from the verb


@lru_cache(maxsize=1)
def _outcome_rules() -> list[tuple[str, re.Pattern[str]]]:
    return [(r.word, r.compiled("pattern")) for r in vocab.get("outcomes").outcome]


def outcome_of(text: str) -> str | None:
    """The outcome word for a resolution's text: the verb it opens with, else the first matching rule in outcomes.toml.

    "To accept the apologies" is accepted and "Notes the Inspector's Report ...
    and the recommended modifications" noted, whatever words follow; a text
    that opens otherwise ("That the minutes be approved") is read by the rules.
    """
    leading = vocab.get("outcomes").leading
    opening = leading.regex("pattern").match(text.strip().lower())
    if opening and opening.group("verb") in leading.verbs:
        return leading.verbs[opening.group("verb")]
    agreed = agreed_to_verb(text)
    if agreed:
        return agreed
    for word, pattern in _outcome_rules():
        if pattern.search(text):
            return word
    return None


_AGREED_TO = re.compile(r"\b(?:agreed|agrees?|decided|decides?|resolved|resolves?|(?<!\bnot\s)minded)\s+(?:unanimously\s+)?to\s+(?P<verb>[a-z]+)\b", re.I)


def agreed_to_verb(text: str) -> str | None:
    """The outcome of the verb a decision agreed to do: "It was agreed to accept the quote" is accepted, "It was
    unanimously agreed to appoint X" appointed, "That the Committee agrees to defer ..." deferred, "Members were minded to refuse ..." refused (the key verb of the decision); None for a verb that names no outcome
    ("agreed to give a donation": the decision is the agreement)."""
    m = _AGREED_TO.search(text)
    return vocab.get("outcomes").leading.verbs.get(m.group("verb").lower()) if m else None


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


# a sentence ends at a full stop (after a closing quote too), not at an initial ("S. Farrow proposed") or a title ("Cllr. Bishop")
_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?:])|(?<=[.!?:][”’\"\x27]))(?<![\s(][A-Z]\.)(?<!^[A-Z]\.)"
    r"(?<!\bCllr\.)(?<!\bCllrs\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bRev\.)(?<!\bNo\.)(?<!\bCol\.)(?<!\bSt\.)"
    r"\s+(?=[A-Z0-9“\"(\[•*\\])"
)
_LEAD = re.compile(r"^(?:(?:\\?[*•·▪])+\s*|[-–][ \t]+|\(?\d{1,4}(?:\.\d{1,3})+[.)]?\s+|\(?\d{1,3}[.)]\s+|\(?[a-z][.)]\s+)")


def _sentences(text: str, span: Span) -> list[Span]:
    """The sentences of ``text[span]`` (a colon ends one too: "Minutes: Approved & signed as correct."), numbering and bullets left out."""
    out: list[Span] = []
    for base, segment in paragraphs(text, span):
        pos = 0
        for m in [*_SENTENCE_END.finditer(segment), None]:
            if m and segment[m.start() - 1] == ":" and segment.count("(", pos, m.start()) > segment.count(")", pos, m.start()):
                continue  # a colon inside brackets: "(Proposer: Cllr. Bishop, seconder: ...)"
            end = m.start() if m else len(segment)
            piece = strip_span(text, Span(start=base + pos, end=base + end))
            lead = _LEAD.match(text[piece.start : piece.end])
            if lead:
                piece = Span(start=piece.start + lead.end(), end=piece.end)
            out.extend(_after_short_lines(text, piece))
            pos = m.end() if m else pos
    return [p for p in out if p.end > p.start]


def decision_text_sentences(text: str, span: Span) -> list[Span]:
    """The sentences of ``text[span]`` as the decision readers split them (numbering and bullets left out)."""
    return _sentences(text, span)


def _after_short_lines(text: str, piece: Span) -> list[Span]:
    """``piece`` split after a short line that opens it and is followed by a capital ("Carried" / "Cllr B proposed ...").

    Typed minutes print an outcome on a line of its own without a full stop; a
    wrapped sentence's lines are longer than four words.
    """
    out, start = [], piece.start
    for m in re.finditer(r"\n[ \t]*(?=[A-Z])", text[piece.start : piece.end]):
        line = text[start : piece.start + m.start()]
        # "... as usual. It was / Resolved by ...": the tail of a longer line, stopping on a word in lower case, runs on
        tail = text[text.rfind("\n", 0, start) + 1 : start].strip() and re.search(r"\b[a-z]+$", line.strip())
        last = line.strip().rsplit("\n", 1)[-1]
        if not tail and 0 < len(line.split()) <= 4 and "\n" not in line.strip():
            out.append(strip_span(text, Span(start=start, end=piece.start + m.start())))
            start = piece.start + m.end()
        elif start == piece.start and _HEADING_LINE.match(line.strip()) and "\n" not in line.strip():
            # a heading run into the sentence under it ("24/05/06. Confirmation of Minutes" / "The Minutes of ... were APPROVED.")
            out.append(strip_span(text, Span(start=start, end=piece.start + m.start())))
            start = piece.start + m.end()
        elif "\n" in line.strip() and _TOTAL_LINE.match(last):
            # a list closed by its total ("TOTAL £6,393.08") before the next sentence, no full stop between them
            out.append(strip_span(text, Span(start=start, end=piece.start + m.start())))
            start = piece.start + m.end()
    out.append(strip_span(text, Span(start=start, end=piece.end)))
    return out


# A line of at most ten words that closes no sentence and ends on no word that runs on: a heading, not a wrapped line.
_HEADING_LINE = re.compile(
    r"^(?=(?:\S+\s+){0,9}\S+$)(?!.*(?:[.,;:!?&/(–-]|\b(?:and|or|of|the|to|by|for|in|on|at|a|an|with|from|that|was|were|is|are|be|"
    r"Cllr|Cllrs|Councillor|Councillors|Mr|Mrs|Ms|Dr)\b)$).+$"
)
_TOTAL_LINE = re.compile(r"^\s*(?:sub-?)?total\b[^a-z]{0,30}$", re.I)


def without_vote_note(text: str, span: Span) -> Span:
    """A resolution without the vote printed in brackets after it: "... be approved. (Cllr A proposed, Cllr B seconded, all were in favour)."."""
    m = vocab.get("outcomes").proposal.regex("vote_note").search(text, span.start, span.end)
    return strip_span(text, Span(start=span.start, end=m.start())) if m and m.start() > span.start else span


def _result(sentence: str) -> str | None:
    """The outcome word of a statement that closes a proposal ("Carried", "7 Votes for 1 Abstention - Carried", "Agreed.")."""
    probe = sentence.strip(" \t\n*_").rstrip(".").strip()  # "- Agreed**": markdown bold around an outcome
    for rule in vocab.get("outcomes").proposal.result:
        if rule.compiled("pattern").search(probe):
            return rule.word
    return None


# An outcome tail that runs on into the next sentence without a full stop (text flattened to one line): "AGREED
# Unanimously The Deputy Mayor signed ..." is the outcome "AGREED Unanimously"; the capital after it opens the next.
_RUN_ON_OUTCOME = re.compile(r"^((?i:(?:unanimously\s+)?(?:carried|agreed|approved|resolved|refused)(?:\s+(?:unanimously|by\s+all(?:\s+present)?))?))\s+(?=[A-Z][a-z])")


def _run_on_cut(tail: str) -> str:
    """A proposal's outcome tail without the next sentence run on after it (see ``_RUN_ON_OUTCOME``)."""
    m = _RUN_ON_OUTCOME.match(tail)
    return m.group(1) if m else tail


# How many sentences after a proposal may say it was carried: a recorded vote's "For (39)", its names and
# "Against (12)" come between them in printed minutes, each a sentence of its own.
RESULT_WINDOW = 8


def stated_decisions(
    text: str, minutes: Span, statements: bool = True, document_marked: bool = False, title: Span | None = None, local: bool = True
) -> list[Found]:
    """Decisions the minutes state in a sentence without a formal mark: carried proposals and decision statements.

    A proposal sentence (``[proposal] sentence``) is a row when one of the next
    few sentences, or the tail of its own ("... seconded by Cllr B - Agreed"),
    says it was carried, agreed or refused; the text is the whole sentence
    ("... seconded by Cllr B and approved unanimously"), less a tail that is
    only an outcome word or a tally (``bare_tail``: "... - Agreed"). A sentence matching a ``[[statement]]`` rule is a row by itself
    (``statements``: only in an item without a formal resolution, where minutes
    that say RESOLVED narrate around it with "It was agreed that ..."; a rule
    marked ``unmarked_only`` not at all in a document that uses a formal mark).
    A rule marked ``antecedent`` ("It was confirmed.") points back: its row is
    the sentence before it in the item, or the item's ``title`` when it is the
    first (none when that sentence is already a row: a proposal it carried).
    """
    props = vocab.get("outcomes").proposal
    sentences = _sentences(text, minutes)
    said = [text[s.start : s.end] for s in sentences]
    # a sentence wrapped over printed lines read as one line (same offsets): "... proposed to accept the minutes; this was
    # / seconded by Cllr B and passed", "... for the / forthcoming year - AGREED Unanimously The ..."
    flat = [s.replace("\n", " ") for s in said]
    proposals = [i for i, s in enumerate(flat) if props.regex("sentence").search(s)]
    out: list[Found] = []
    results: list[Span] = []  # the sentences that carried a proposal: no rows of their own
    for k, i in enumerate(proposals):
        sentence = flat[i]
        if props.regex("motion").search(sentence) or props.regex("no_seconder").search(sentence):
            continue
        tail = props.regex("tail").search(sentence)
        last = _last_nomination(flat, proposals, k) if not tail else k  # nominations one after the other share their outcome
        base = proposals[last]
        stop = min(proposals[last + 1] if last + 1 < len(proposals) else len(said), base + RESULT_WINDOW)
        candidates = ([_run_on_cut(sentence[tail.start() :].strip(" ,.-–"))] if tail else []) + said[base + 1 : stop]
        word = None
        formal = vocab.get("outcomes").resolution.regex("marker")
        for n, candidate in enumerate(candidates):
            closing = tail is not None and n == 0  # "... and RESOLVED.": the mark is the proposal's own outcome (closes_proposal)
            if props.regex("no_seconder").search(candidate) or (formal.search(candidate) and not closing):
                break  # no seconder; or a RESOLVED after the proposal records the decision (the "Carried" after it is its vote)
            lines = [candidate, *[l for l in candidate.split("\n") if l.strip()]]
            word = next((w for l in lines if (w := _result(l))), None)
            if word:
                if n >= (1 if tail else 0):
                    results.append(sentences[base + 1 + n - (1 if tail else 0)])
                break
        if not word or props.regex("bare").search(sentence.strip()):
            continue  # no outcome; or a bare vote line that says nothing of what was decided (its vote is read by votes.py)
        if word != "elected" and props.regex("nomination").search(sentence) and _election_stated(said[base + 1 : stop]):
            continue  # "F.Reid, proposed by D.Cooper, seconded by M.Pogmore. All in favour. F.Reid duly elected.": the election is the row, the nomination its vote
        span = sentences[i]
        lead_in = props.regex("lead_in").match(sentence)
        if lead_in:  # "Following further debate, Mr A proposed ...": the proposal starts at its proposer
            span = Span(start=span.start + lead_in.end(), end=span.end)
        if tail and props.regex("bare_tail").search(sentence[tail.start() :]):
            span = strip_span(text, Span(start=span.start, end=sentences[i].start + tail.start()))  # the tail is where the sentence has it, lead-in or not
        if text[span.end - 1 : span.end] == ".":
            span = Span(start=span.start, end=span.end - 1)
        own = outcome_of(text[span.start : span.end])
        outcome = "refused" if word == "refused" else (own if own in props.keep else word)
        if outcome != "refused" and props.regex("nomination").search(sentence):
            outcome = "elected"  # "DB proposed as Chair by RS & SH. ... AGREED by all present."
        out.append((span, None, False, "minutes", outcome))
    if not statements:
        return out
    taken = [f[0] for f in out] + results
    blocks = [strip_span(text, Span(start=base, end=base + len(segment))) for base, segment in paragraphs(text, minutes)]
    units = [(p, "paragraph") for p in blocks] + [(s, "sentence") for s in sentences]
    for span, scope in units:
        if any(overlaps(span, t) for t in taken):
            continue
        probe = text[span.start : span.end].replace("\n", " ").rstrip(" .")  # same offsets as the text
        for rule in vocab.get("outcomes").statement:
            if rule.scope != scope or (rule.unmarked_only and document_marked) or (rule.local_only and not local):
                continue
            m = rule.compiled("pattern").search(probe)
            if not m:
                continue
            has_text = "text" in m.re.groupindex and m.start("text") >= 0  # -1: the alternative that matched has no `text`
            start = span.start + (m.start("text") if has_text else 0)
            end = span.start + (m.end("text") if has_text else len(probe))  # "... Picnic Site – approved": the marker is no text
            row = Span(start=start, end=end)
            if rule.antecedent:
                taken.append(row)
                row = _antecedent(text, sentences, row, title)
                # a proposal (a motion set out in full, one carried) is no antecedent: its own rules read it
                if row is None or any(overlaps(row, t) for t in taken + [sentences[i] for i in proposals]):
                    break
            said_row = text[row.start : row.end]
            tail = _OUTCOME_TAIL.search(said_row) if not rule.antecedent else None
            if tail and tail.start() > 0:  # "It was agreed these paths be removed from the contract – Agreed": the marker is no text
                row = strip_span(text, Span(start=row.start, end=row.start + tail.start()))
                said_row = text[row.start : row.end]
            outcome = (rule.outcome not in (None, "agreed") and rule.outcome) or agreed_to_verb(said_row) or rule.outcome or outcome_of(said_row)
            if rule.antecedent and outcome_of(said_row) in props.keep:
                outcome = outcome_of(said_row)  # "... signed as a true and accurate record. AGREED": the minutes approved
            out.append((row, None, rule.explicit, "minutes", outcome))
            taken.append(row)
            break
    return sorted(out, key=lambda f: f[0].start)


# An outcome word closing a decision's sentence after a dash ("... – Agreed", "... - approved unanimously"): a marker.
_OUTCOME_TAIL = re.compile(r"\s[-–]\s*(?:unanimously\s+)?(?:agreed|approved|carried|accepted)(?:\s+(?:unanimously|by\s+all(?:\s+present)?))?\s*\.?$", re.I)


def _election_stated(after: list[str]) -> bool:
    """Whether one of the sentences after a proposal states an election by itself (an ``elected`` ``[[statement]]``:
    "F.Reid duly elected."): the statement records the decision, the proposal carried before it is its vote."""
    rules = [r.compiled("pattern") for r in vocab.get("outcomes").statement if r.outcome == "elected" and not r.antecedent]
    return any(rule.search(said.replace("\n", " ").strip().rstrip(" .")) for said in after for rule in rules)


def _last_nomination(said: list[str], proposals: list[int], k: int) -> int:
    """The index in ``proposals`` of the last of the nominations that follow proposal ``k`` sentence after sentence
    ("DB proposed as Chair by RS & SH. RS proposed as Vice Chair by DB & CSD. AGREED by all present."), or ``k``.

    Only nominations share an outcome printed after the last of them: a proposal followed at once by another (an
    amendment) has no outcome of its own."""
    nomination = vocab.get("outcomes").proposal.regex("nomination")
    last = k
    while last + 1 < len(proposals) and proposals[last + 1] == proposals[last] + 1 and nomination.search(said[proposals[last]]) and nomination.search(said[proposals[last + 1]]):
        last += 1
    return last


def _antecedent(text: str, sentences: list[Span], outcome: Span, title: Span | None) -> Span | None:
    """What an outcome alone ("It was confirmed.") refers to: the sentence before it, or the item's title, without a closing full stop."""
    before = [s for s in sentences if s.end <= outcome.start and re.search(r"[A-Za-z]", text[s.start : s.end])]
    span = before[-1] if before else title
    if span is None:
        return None
    span = strip_span(text, span)
    while span.end > span.start and text[span.end - 1] in ".:":
        span = Span(start=span.start, end=span.end - 1)
    return span if span.end > span.start else None


@lru_cache(maxsize=1)
def _prose_matcher() -> Matcher:
    matcher = Matcher(english().vocab)
    matcher.add("decision_sentence", vocab.get("outcomes").prose.pattern)
    return matcher


@lru_cache(maxsize=1)
def _prose_matcher_after_heading() -> Matcher:
    """The decision-sentence patterns without their sentence-start mark: for a sentence that a sub-item's heading opens."""
    matcher = Matcher(english().vocab)
    patterns = [[{k: v for k, v in token.items() if k != "IS_SENT_START"} for token in pattern] for pattern in vocab.get("outcomes").prose.pattern]
    matcher.add("decision_after_heading", patterns)
    return matcher


_PARAGRAPH_NUMBER = re.compile(r"^\(?(?:\d{1,4}(?:\.\d{1,3})*|[a-z])[.)]?$")
_SUB_HEADING = re.compile(r"^\(?[a-z0-9]{1,2}[.)]\s+(?P<heading>[^.;:]+?)\s*$")


def _heading_before(sentence, start: int) -> bool:
    """The words before token ``start`` of ``sentence`` are a lettered sub-item's heading run into its minutes.

    "a) To Consider the Internal Audit Report – AGAR 201920 The Parish Council
    noted that ...": a label, then a title in capitals, with no full stop
    before the decision sentence that follows it.
    """
    before = sentence.doc[sentence.start : start].text.strip()
    if _PARAGRAPH_NUMBER.match(before):  # "4.2 Cllrs approved payments ...": a numbered paragraph
        return True
    m = _SUB_HEADING.match(before)
    if not m:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’\x27-]*", m.group("heading")) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) * 2 >= len(words)


def decision_sentences(text: str, minutes: Span) -> list[tuple[Span, str | None]]:
    """Sentences of ``text[minutes]`` whose subject is the meeting body and verb a decision, with the verb's outcome.

    "The Committee approved the Treasury Strategy." gives the sentence without its
    final full stop and "approved". A sub-item's heading run into the sentence
    ("a) To Consider the Audit Report The Council noted ...") is left out.
    """
    verbs = vocab.get("outcomes").prose.verbs
    nlp, matcher = english(), _prose_matcher()
    out: list[tuple[Span, str | None]] = []
    for base, segment in paragraphs(text, minutes):
        segment, where = _single_spaced(segment)
        doc = nlp(segment)
        found = first_match_per_sentence(doc, matcher)
        opened = {sentence.start for *_, sentence in found}
        for match_id, start, end, sentence in first_match_per_sentence(doc, _prose_matcher_after_heading()):
            if sentence.start not in opened and start > sentence.start and _heading_before(sentence, start):
                found.append((match_id, start, end, doc[start : sentence.end]))
        not_decision = vocab.get("outcomes").prose.regex("not_decision")
        for _, start, end, sentence in sorted(found, key=lambda f: f[1]):
            if not_decision.search(sentence.text):
                continue  # "Members confirmed their usual declarations of interest": a declaration, recorded as such
            verb = next((t.lower_ for t in reversed(doc[start:end]) if t.lower_ in verbs), "")
            span = strip_span(text, Span(start=base + where[sentence.start_char], end=base + where[sentence.end_char]))
            if text[span.end - 1 : span.end] == ".":
                span = Span(start=span.start, end=span.end - 1)
            out.append((span, verbs.get(verb) or None))
    return out


def _single_spaced(segment: str) -> tuple[str, list[int]]:
    """``segment`` with each run of spaces one space, and where each of its offsets (and its end) was in ``segment``.

    Typed minutes put two spaces after a full stop ("... as Sunday.  Council
    resolved to ..."); the tokenizer keeps the second as a token of its own that
    opens the next sentence, so a sentence-start pattern would miss "Council".
    """
    out, where = [], []
    for n, ch in enumerate(segment):
        if ch in " \t" and out and out[-1] == " ":
            continue
        out.append(" " if ch == "\t" else ch)
        where.append(n)
    where.append(len(segment))
    return "".join(out), where


def verb_outcome(sentence: str) -> str | None:
    """The outcome of a decision sentence's verb ("The Committee approved ..." -> approved), or None."""
    found = decision_sentences(sentence, Span(start=0, end=len(sentence)))
    if found:
        return found[0][1]
    # a part that opens with the verb, after a stem naming the body ("The Committee: (1) approved the Strategy")
    first = re.match(r"\s*([a-z]+)\b", sentence)
    return (vocab.get("outcomes").prose.verbs.get(first.group(1)) or None) if first else None


# a blank line; a line break after a sentence's end (":-" too; not a title's or an initial's full stop: "Proposer: Cllr." /
# "Bishop" is one sentence wrapped); a line break before a numbered paragraph ("4.3 ", "b) ")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|(?:(?<=[.:;!?])|(?<=:-))(?<!\bCllr\.)(?<!\bCllrs\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<![\s(][A-Z]\.)[ \t]*\n|\n(?=[ \t]*(?:\d{1,4}(?:\.\d{1,3})+[.)]?|\(?[a-z]\)|\([ivx]{1,4}\))[ \t]+\S)")


# The end of a line that no sentence ends on: a preposition, a conjunction, an article or a comma. A blank line after it
# is a gap a web page's <br><br> or a PDF's spacing put inside a sentence, not a paragraph's end.
_RUNS_ON = re.compile(r"(?:\b(?:by|and|of|the|for|with|from|or|that|being|was|were|is|are)|,)[ \t]*$")


def paragraphs(text: str, span: Span) -> list[tuple[int, str]]:
    """Paragraphs of ``text[span]`` with their offsets, line breaks inside them read as spaces.

    A paragraph ends at a blank line or at a line that ends a sentence (a web
    page prints each paragraph on its own line): a sentence never spans two.
    """
    out, pos = [], span.start
    for m in _PARAGRAPH_BREAK.finditer(text, span.start, span.end):
        if _RUNS_ON.search(text, max(pos, m.start() - 30), m.start()) and "\n" in m.group(0).strip(" \t")[1:]:
            continue  # "... was approved, being proposed by" / (blank) / "R Sinclair and seconded ...": a gap the source put mid-sentence
        out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos : span.end]))
    full = full_line_length(text)
    if full is not None:
        # a span opening mid-line (an item's minutes after its run-in heading: "2. Co-option: Ms A was proposed by ...")
        # measures its first line from the printed line's start: its own words alone would look short
        head = text[text.rfind("\n", 0, span.start) + 1 : span.start]
        out = [piece for b, seg in out for piece in _split_short_lines(b, seg, full, head if b == span.start else "")]
    return [(b, seg.replace("\n", " ")) for b, seg in out if seg.strip()]


def _split_short_lines(start: int, segment: str, full: int, head: str = "") -> list[tuple[int, str]]:
    """A printed paragraph split after each line its writer ended (:func:`extractors.text.ends_short`); ``head`` is the
    printed text before the segment on its first line (measured with it)."""
    lines = segment.split("\n")
    measured = [head + lines[0], *lines[1:]]
    out, first, offset = [], 0, 0
    for n, line in enumerate(lines[:-1]):
        offset += len(line) + 1
        if ends_short(measured[n], lines[n + 1], measure_near(measured, n, full)):
            out.append((start + first, segment[first : offset - 1]))
            first = offset
    out.append((start + first, segment[first:]))
    return out


def strip_span(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n\f;":
        end -= 1
    joined = re.search(r"(?:[ \t]|[;,][ \t\n]*|\n)and$", text[max(start, end - 8) : end])
    if joined:  # "...; and" before the next part
        end -= 3
    while end > start and text[end - 1] in " \t\n\f;,":
        end -= 1
    return Span(start=start, end=end)


def narrates_beside_formal(meetings) -> bool:
    """Whether a document's narrative decisions count beside its formal ones: not in a principal council's minutes.

    A parish, town or community clerk narrates decisions between the formal
    ones ("Apologies were noted and accepted ...", "The Parish Council noted
    that ...", then "RESOLVED: That the Internal Audit report be noted."): each
    is a decision of its own. A principal council's RESOLVED block is the
    record, and the sentences before it summarise the debate that led to it
    ("The Panel agreed that the following items be considered ...", then
    "RESOLVED that the work programme be agreed"). A principal council is one
    a register gives a code, or whose name says its kind (``principal_council``);
    a local council's name or body says so (``local_council``), the name first
    ("Kintore & District Community Council" is local). Minutes that
    name neither council nor body are a clerk's plain minutes, read as local.
    """
    marks_ = vocab.get("outcomes").resolution
    principal, local = marks_.regex("principal_council"), marks_.regex("local_council")
    for m in meetings:
        council, committee = getattr(m, "council", None) or "", getattr(m, "committee", None) or ""
        if getattr(m, "council_code", None):
            return False
        if local.search(council):
            return True  # "Kintore & District Community Council": a district's name in a local council's
        if principal.search(council):
            return False
        if local.search(committee):
            return True
    return not any(getattr(m, "committee", None) for m in meetings)


# A line in the head that heads business the outline did not take as an item: a short title in capitals ("MINUTES",
# "MATTERS ARISING"; not the attendance's labels) or an item's number ("16/01/2 i) ii)", "Item 3", "4."). A decision
# after one belongs to that unfound item, not to the meeting's opening.
_MISSED_HEADING = re.compile(
    r"^(?:(?!(?:PRESENT|APOLOGIES|ABSENT|ALSO\s+PRESENT|IN\s+ATTENDANCE|ATTENDANCE|MINUTES\s+OF\b)|.*\b(?:COUNCIL|COMMITTEE)\b)"
    r"[A-Z][A-Z&’\x27/-]+(?:[ \t]+[A-Z&’\x27/-]+){0,2}[ \t]*:?"
    r"|(?:[Ii]tem[ \t]+\d{1,3}(?:[./]\d{1,3}){0,3}|\d{1,3}(?:[./]\d{1,3}){1,3}|\d{1,3}[.)])[.)]?(?:[ \t].*)?)$"
)


def missed_heading(text: str, start: int, at: int) -> bool:
    """Whether a heading line of business the outline missed stands between the head's ``start`` and a decision at ``at``."""
    return any(_MISSED_HEADING.match(line.strip()) for line in text[start:at].split("\n")[:-1] if line.strip())
