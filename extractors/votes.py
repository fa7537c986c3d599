"""Votes: every question put to the meeting whose outcome the minutes record, and who voted how.

Each item's minutes are read as a sequence of *events*, each found by a
pattern of ``vocab/votes.toml`` (:mod:`extractors.vote_events`). Minutes in
which no item was found (an excerpt, a page of one item's minutes, a clerk's
unnumbered minutes) are read whole, and their votes stored under no item;
agendas, reports, forward plans, decision notices and summaries are read only
under their items' minutes. The events:

- a **proposal**: "Mr A proposed, and Mr B seconded the motion that ...",
  "proposed by Cllr A, seconded by Cllr B", "Proposed: Cllr A Seconded: Cllr B";
- a question **put**: "the Chairman put the motion set out in paragraph 1 to
  the vote", "the amendment was put to the vote", "on being put to the vote";
- **counts** in a sentence: "(3 for, 6 against)", "with 4 for, 1 against and
  4 abstentions", "by 6 votes to 2";
- a **recorded vote**: "For (52)" and the members under it
  (:mod:`extractors.recorded_votes`);
- a **result**: "Motion carried.", "the amendment was LOST", "CARRIED
  unanimously", "Agreed.", "all in favour", "the motion fell";
- a member's own vote **minuted**: "Cllr C asked that it be minuted that he
  voted against".

The events are folded into votes in order (:func:`assemble`). A proposal or
a put opens a question; counts and a recorded vote attach to the open one; a
result closes it into a vote. So "proposed by A, seconded by B, all in
favour" is one vote, and so are a proposal and the result printed in the
next sentence. A result that names no question and is a "weak" word
("agreed", "all in favour") makes a vote only after a proposal or a put:
otherwise it is a decision, not a vote ("It was agreed that ..."). A question
put and never given a result is a vote when counts were printed (the larger
side carries it) or when the item's formal resolution follows it (the
minutes record what carried); otherwise nothing. A proposal nobody put to
the vote and whose result is not minuted is no vote.

A seconder named with no proposal open ("This proposal was seconded by SP
and approved", "Councillor B seconded the proposal.") opens the question
itself: its proposer is the member opening the sentence before when that
sentence proposes ("LH proposed that ..."; "He proposed the recommendation"
is the member opening that paragraph), else nobody. A bare "Proposed by A,
seconded by B." after a decision ("... were approved and signed. Proposed
by ...") moved that decision, and it carried. A result that names only a
"proposal" ("This proposal was agreed by the Parish Councillors") is as weak
as "agreed" alone unless the minutes call it unanimous; "seconded and
approved", "unanimous agreement", "by unanimity" and "CARRIED: Unanimous"
are votes by themselves.

Unanimity is minuted voting (the lead's ruling, session 5): "RESOLVED
unanimously", "It was unanimously RESOLVED", "UNANIMOUSLY RESOLVED",
"unanimously agreed / approved", "Agreed unanimously.", "RESOLVED nem con"
each make a vote though nobody proposed: carried, counts empty unless
printed, and of the kind what was put names, else a ``resolution`` (the
minutes record a resolution, not anyone's motion). A RESOLVED minuted as
unanimous right after the vote that carried it ("... put to the vote and
carried unanimously. / RESOLVED unanimously that ...") is that vote's, not
another. "RESOLVED" or "agreed" without unanimity, counts, a proposal or
vote words stays a decision; so does another body's unanimity reported
("the hall committee had unanimously agreed").

Which proposal a put is about: "the motion set out in paragraph 3" is the
proposal of that numbered paragraph; "the substantive motion" is the motion
as amended, nobody's proposal; otherwise the proposal still open. The kind of
question (motion, amendment, recommendation, resolution) is read from the
put, the result, then the proposal; a motion by default. An amendment names
the vote on the motion it amends: the item's vote on the substantive motion,
else on the motion proposed before it.

Cross-checks go to ``documents.warnings``, never silently into the data: a
recorded vote's list that is not as long as its printed count
(``vote_count``), a member on two sides of one vote (``voter_twice``), a
voter the present list does not name (``voter_not_present``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.agenda_items import item_id
from extractors.link import MorePeople
from extractors.names import is_personal_name, parse_name
from extractors.people import PeopleIndex, council_scope
from extractors.recorded_votes import Tally
from extractors.vote_checks import check_tally, check_total, present_surnames, total_disagrees
from extractors.registry import ExtractionContext, ExtractorOutput, extractor
from extractors.resolutions import WHOLE_TEXT_LIMIT, marks  # one limit for reading a text with no item found whole
from extractors.vote_events import (Event, events, kind_word, paragraph_of, points_back, printed_name, proposal_by_figures, sentence_around, sentence_end, sentence_start,
                                   subject_of, vote_rules)
from schemas.documents import VOTER_NOT_PRESENT
from schemas.provenance import Span
from schemas.votes import Vote, VoteRecord

NAME = "votes"


@dataclass
class Question:
    """A question being put, as the events fold into it; a vote once it has a result."""

    start: int
    end: int
    proposal: Event | None = None
    put: Event | None = None
    substantive: bool = False
    counts: tuple[int | None, int | None, int | None] | None = None
    tally: Tally | None = None
    result: str | None = None
    result_what: str | None = None
    unanimous: bool = False
    records: list[tuple[str, str, Span]] = field(default_factory=list)  # (written name, vote, span)
    floor: int = 0  # where the text this question may read back to begins (the end of the event before it)
    title: str | None = None  # its title in a recorded-vote table
    result_sentence: str | None = None  # the sentence that gives its result
    kind_hint: str | None = None  # its kind as that table names it
    counts_kind: str | None = None  # its kind as its counts name it ("five Members voted for the amendment")
    counts_unsided: bool = False  # its counts name no side ("by 54 votes to 2"): the larger is the winning side's

    def take(self, event: Event) -> None:
        self.start, self.end = min(self.start, event.start), max(self.end, event.end)


# How near a formal resolution must be to a proposal with no result of its own to be its outcome (characters):
# the same paragraph, not the item's next decision.
NEAR = 300
# How far after a question a "weak" result ("Agreed.", "all in favour") may be and still be its outcome (characters):
# beyond it, "agreed" is another decision of the item.
WEAK_REACH = 800


def assemble(text: str, span: Span, found: list[Event], resolved_at: list[int]) -> list[Question]:
    """Fold one item's events into its votes, in order (the rules are in the module's docstring).

    ``resolved_at``: where the item's formal resolutions start (a question put
    and followed by one carried).
    """
    rules = vote_rules()
    weak = {w.lower() for w in rules.outcome.weak.words}
    proposals: list[tuple[int | None, Event]] = []
    votes: list[Question] = []
    open_: Question | None = None

    def close(q: Question | None, until: int) -> None:
        """A question left without a result: a vote if counts were printed or a resolution follows."""
        if q is None or q.result is not None:
            return
        counts = q.counts or (_tally_counts(q.tally) if q.tally else None)
        if counts and counts[0] is not None and counts[0] != (counts[1] or 0):
            q.result = "carried" if counts[0] > (counts[1] or 0) else "lost"
        elif q.put is not None and any(q.end <= r < until for r in resolved_at):
            q.result = "carried"
        elif q.proposal is not None and q.proposal.data.get("labelled") and _decided_before(text, q.proposal.start, min(floor, q.floor)):
            q.result = "carried"  # "All Council agreed to the minutes. / Proposer: Cllr A / 2nd: Cllr B"
        elif q.proposal is not None and (q.proposal.data["proposer"] or q.proposal.data["seconder"]) and any(
            q.end <= r < until and _resolves(text, q.end, r) or q.floor <= r < q.start and _resolves(text, r, q.start) or q.start <= r < q.end
            for r in resolved_at
        ):
            q.result = "carried"  # "It was moved by Cllr A seconded by Cllr B and RESOLVED that ...", "RESOLVED: ... This was proposed by Cllr A."
        elif q.proposal is not None and q.proposal.data.get("table_row"):
            q.result = "carried"  # a row of a table of nominations: "Treasurer / A Bell / C Dee / E Fox", proposed and seconded
        elif q.proposal is not None and q.proposal.data["proposer"] and q.proposal.data["seconder"] and points_back(text, q.proposal, span.start):
            q.result = "carried"  # "The minutes ... were noted. They were proposed as a correct record by A and this was seconded by B."
        elif _seconded_unopposed(q, text, until, voting):
            q.result = "carried"  # "Chair person Vicki Salvage proposed by Bill Buchan and seconded by Morven Syme"
        if q.result:
            votes.append(q)

    floor = span.start
    # where the item's minutes put a question or minute a result that is no "weak" word: a proposal before one of them may
    # be what is put there, so no proposal is taken as carried unopposed in them (:func:`_seconded_unopposed`)
    voting = [e.start for e in found if e.type == "put" or e.type == "result" and not (e.data["word"] in weak or e.data["weak"])]
    for n, event in enumerate(found):
        if event.type == "proposal":
            proposals.append((paragraph_of(text, span, event.start), event))
            close(open_, event.start)
            open_ = Question(event.start, event.end, proposal=event, floor=floor)
            if event.data.get("adopted"):  # "The minutes were approved by A, seconded by B": its outcome is its verb
                open_.result = "carried"
                votes.append(open_)
                open_ = None
        elif event.type == "put" and open_ is not None and open_.put is not None and open_.result is None and not _sentence_between(text, open_.end, event.start):
            open_.take(event)  # "The Chair put the motion to the vote and the voting was as follows:": one question put
        elif event.type == "put":
            put_text = event.data["what"] or ""
            q = Question(event.start, event.end, put=event)
            if rules.outcome.regex("substantive").search(put_text) or re.search(r"(?i)\bput\s+to\s+the\s+\w+\s+as\s+the\s+substantive\s+motion\b", event.data["sentence"]):
                q.substantive = True
            elif ref := rules.outcome.regex("paragraph_ref").search(put_text):
                number = int(ref.group("n"))
                q.proposal = next((p for para, p in reversed(proposals) if para == number), None)
            elif open_ is not None and open_.put is None and open_.result is None and not _amendment_not_proposed(put_text, open_, text):
                q.proposal = open_.proposal
            elif open_ is None and (named := kind_word(put_text)) and (earlier := _unvoted_proposal(proposals, votes, named, text)):
                q.proposal = earlier  # "The Chair put the motion to the vote" after the amendment's vote: the motion proposed before it
            if open_ is not None and open_.put is None and open_.result is None and (q.proposal is open_.proposal or open_.proposal is None):
                open_ = None  # the open proposal is the question now put
            close(open_, event.start)
            open_ = q
        elif event.type in ("counts", "tally"):
            named = proposal_by_figures(text, sentence_around(text, event, span), [p for _, p in proposals], {id(q.proposal) for q in votes if q.proposal})
            if named is not None and (open_ is None or open_.proposal is not named):
                close(open_, event.start)  # "The amended proposal for £8,000 was voted ...": the proposal of that sum, not the last one
                open_ = Question(event.start, event.end, proposal=named, floor=floor)
            target = open_
            if target is None and votes and not _sentence_between(text, votes[-1].end, event.start):
                target = votes[-1]  # "... was LOST (3 for, 6 against)": the counts of the vote just closed
            if target is None and votes and votes[-1].tally is None and votes[-1].counts is None and found[n - 1].end == votes[-1].end and (event.type == "tally" or _runs_on(text, votes[-1].end, event.start)):
                target = votes[-1]  # "Motion status: Carried" and its voting record's table; "... the amendment was carried. / For 26 / Against 20"
            if target is None:
                if event.type == "counts" and not rules.outcome.regex("vote_words").search(sentence_around(text, event, span)):
                    continue  # "45 in favour and 12 against the scheme": a survey's answers, not a vote of the meeting
                target = open_ = Question(event.start, event.end)
            if event.type == "tally":
                target.tally = event.data["tally"]
            else:
                target.counts = event.data["counts"]
                target.counts_kind = event.data.get("kind")
                target.counts_unsided = bool(event.data.get("unsided"))
            target.take(event)
        elif event.type == "result":
            word = event.data["word"]
            result = rules.outcome.results.get(word)
            if result is None:
                continue
            title = event.data.get("title")
            if title and open_ is None and votes and votes[-1].result == result and votes[-1].title is None and found[n - 1].end == votes[-1].end:
                votes[-1].title, votes[-1].result_what = title, event.data["what"]  # the table's row for the vote just minuted
                votes[-1].kind_hint = kind_word(event.data["what"])
                continue
            is_weak = (word in weak or event.data["weak"]) and not _names_a_question(event) and not event.data.get("strong") and not (
                event.data["what"] and rules.outcome.regex("unanimous").search(event.data["sentence"]))  # "The proposal was agreed unanimously"
            if open_ is not None and (is_weak or event.data.get("unanimous") and not event.data["what"]) and event.start - open_.end > WEAK_REACH:
                close(open_, event.start)  # "agreed" far from the proposal, or "were both unanimously co-opted": another decision
                open_ = None
            if open_ is not None and word in ("closed", "adjourned") and not re.search(r"(?i)clos|adjourn|suspend", _proposal_words(open_, text)):
                continue  # "The meeting closed at 9.15 pm" after a proposal about something else
            if open_ is None and votes and votes[-1].result == result and _told_again(text, votes[-1], event):
                votes[-1].take(event)  # "... her casting vote against the motion and it was lost", "... and agreed unanimously. Motion carried."
                continue
            if open_ is None and word == "resolved" and votes and found[n - 1].end <= votes[-1].end and _resolves(text, votes[-1].end, event.start):
                continue  # "... put to the vote and carried unanimously. / RESOLVED unanimously that ...": the vote just minuted
            if open_ is None:
                if is_weak:
                    continue
                open_ = Question(event.start, event.end)
            open_.take(event)
            open_.result, open_.result_what = result, event.data["what"] or event.data.get("named")
            open_.result_sentence = event.data["sentence"]
            if title:
                open_.title, open_.kind_hint = title, kind_word(event.data["what"])
            open_.unanimous = bool(rules.outcome.regex("unanimous").search(event.data["sentence"])) or word == "all in favour"
            votes.append(open_)
            open_ = None
        elif event.type == "seconded":
            if open_ is not None and open_.proposal is not None and not open_.proposal.data["seconder"]:
                open_.proposal.data["seconder"] = event.data["seconder"]  # "... The proposal was duly seconded by Cllr B."
                open_.take(event)
            elif open_ is None or open_.proposal is None and open_.put is None:
                # "This proposal was seconded by SP and approved": the seconder is the vote's, its proposer the member who
                # opens the sentence before ("LH proposed that ..."), if one does
                if open_ is not None:
                    close(open_, event.start)
                proposer, named = _proposer_before(text, event.start, floor)
                proposal = Event(event.start, event.end, "proposal", {"proposer": proposer, "seconder": event.data["seconder"], "match": event.data["match"], "labelled": False,
                                                                     "kind": named})  # fmt: skip
                proposals.append((paragraph_of(text, span, event.start), proposal))
                open_ = Question(event.start, event.end, proposal=proposal, floor=floor)
        elif event.type == "candidate":
            if n > 0 and found[n - 1].type == "candidate":
                continue  # taken with the first of its run
            close(open_, event.start)
            open_ = None
            votes += _election(found[n:], proposals)
        elif event.type == "minuted":
            target = open_ if open_ is not None and event.data["vote"] == "abstain" and open_.counts else _minuted_vote(votes, event, text, span)
            if target is not None:
                target.records.append((event.data["name"], event.data["vote"], event.data["name_span"]))
        if event.type != "proposal" or not event.data.get("labelled"):
            floor = max(floor, event.end)
    close(open_, span.end)
    votes.sort(key=lambda q: q.end)  # in the order their outcomes are printed
    return votes


def _seconded_unopposed(q: Question, text: str, until: int, voting: list[int]) -> bool:
    """Whether a proposal whose outcome is not minuted carried: proposed and seconded, both named ("Chair person A proposed
    by B and seconded by C", a community council's nominations one a line), not an amendment, and nothing put to the vote
    or minuted as carried or lost after it in the item (where minutes do, the proposal may be what they put). The minutes
    record a proposal made and seconded, and one that failed would be minuted so (the truth conventions of session 6)."""
    proposal = q.proposal
    if proposal is None or q.put is not None or q.counts or q.tally is not None:
        return False
    if not (proposal.data["proposer"] and proposal.data["seconder"]):
        return False
    if proposal_kind(proposal, text) == "amendment" or re.search(r"(?i)\bamendment\b", _proposal_words(q, text)):
        return False
    return _nomination_line(text, proposal) and not any(v >= q.start for v in voting)


# A line that names what was proposed and then who proposed and seconded it, and nothing more: "Chair person Vicki
# Salvage proposed by Bill Buchan and seconded by Morven Syme", "Treasurer: A Bell, nominated by C Dee, seconded by E
# Fox.", "Mrs G Hay was proposed by Cllr J Kay and seconded by Cllr L May", "Vice-Chair – B Hunt (proposed by C Dee,
# seconded by E Fox)". Not "It was proposed by A that ..., seconded by
# B" (a sentence of the clerk's), nor "Cllr A proposed acceptance, seconded by Cllr B" (the tuning minutes' truth: no vote
# without an outcome there).
_NOMINATION_HEAD = re.compile(r"^[ \t\-–•*]*+(?!.*\bit\s+was\b)[A-Z][^.;!?\n(]{2,80}?[ \t,:–(-]+(?:(?:was|were)[ \t]+)?$", re.I)


def _nomination_line(text: str, proposal: Event) -> bool:
    m = proposal.data["match"]
    if not re.match(r"(?i)(?:proposed|nominated)\s+by\b", m.group(0)):
        return False
    line_start = text.rfind("\n", 0, proposal.start) + 1
    line_end = text.find("\n", proposal.end)
    rest = text[proposal.end : len(text) if line_end < 0 else line_end]
    return bool(_NOMINATION_HEAD.match(text[line_start : proposal.start])) and not rest.strip(" \t.)")


def _amendment_not_proposed(put_text: str, q: Question, text: str) -> bool:
    """Whether a put names an amendment while the open proposal is no amendment ("Councillor B seconded the proposal. ...
    A vote was taken on the amendment"): the amendment's mover is not minuted here, the open proposal is not what was put."""
    return kind_word(put_text) == "amendment" and q.proposal is not None and proposal_kind(q.proposal, text) != "amendment"


def _names_a_question(event: Event) -> bool:
    """Whether a result names the question it decides as minutes name a vote ("the motion was agreed", "the amendment was
    carried"): a "proposal" agreed ("This proposal was agreed by the Parish Councillors", a handyman's suggestion) names no
    question put to the meeting, and is a vote only after a proposal or a put, as "agreed" alone (or when the minutes say
    it was unanimous: "The proposal was agreed unanimously by the members present")."""
    what = event.data["what"]
    return bool(what) and not re.fullmatch(r"(?i)\s*proposals?\s*", what)


def _proposer_before(text: str, start: int, floor: int) -> tuple[str | None, str | None]:
    """The member opening the sentence before ``start`` when that sentence proposes ("LH proposed that ...", "LH noted
    that ... she requested that Councillors approve ..."), and the kind of question it names ("He proposed the
    recommendation"): the proposal a lone seconder takes up. "He" / "She" is the member who opens that sentence's
    paragraph ("Councillor A presented the report ... He proposed the recommendation."). (None, None) when nobody does."""
    end = max(text.rfind(". ", floor, start), text.rfind(".\n", floor, start))
    if end < 0:
        return None, None
    begin = sentence_start(text, end, floor)
    m = vote_rules().regex("proposed_before").search(text[begin:end])
    if not m:
        return None, None
    name, named = m.group("proposer"), kind_word(text[begin + m.end() : end])
    if name.split()[0].lower() in ("he", "she"):
        paragraph = floor + max((p.end() for p in re.finditer(r"\n[ \t]*\n", text[floor:begin])), default=0)
        opener = vote_rules().regex("proposed_before_opener").match(text[paragraph:begin])
        name = opener.group("proposer") if opener else ""
    if re.fullmatch(r"[A-Z]{2,4}", name) or name and is_personal_name(parse_name(name).full, surname_only=True) and name.split()[0].lower() not in ("the", "this", "it", "he", "she"):
        return name, named
    return None, None


def _election(run: list[Event], proposals: list[tuple[int | None, Event]]) -> list[Question]:
    """An election's votes: one per nominee of a run ("Cllr A received 6 votes - Cllr B received 2 votes"), the most votes
    carried and the others lost, each proposed by the proposal that names the nominee ("Cllr C proposed Cllr A, seconded by ...")."""
    nominees = []
    for event in run:
        if event.type != "candidate":
            break
        nominees.append(event)
    top = max(e.data["count"] for e in nominees)
    winners = [e for e in nominees if e.data["count"] == top]
    out = []
    for e in nominees:
        surname = parse_name(e.data["name"]).surname
        named = [p for _, p in proposals if surname and re.search(rf"\bproposed\s+(?:\w+\s+){{0,3}}{re.escape(surname)}\b", p.data["match"].group(0))]
        q = Question(e.start, e.end, proposal=named[-1] if named else None, counts=(e.data["count"], None, None))
        q.result = "carried" if len(winners) == 1 and e is winners[0] else "lost" if len(winners) == 1 else None
        if q.result:
            out.append(q)
    return out


def _resolves(text: str, start: int, end: int) -> bool:
    """Whether a proposal and a formal resolution are one record: in one paragraph, or the proposal running on into the mark
    ("... seconded by Councillor B and / RESOLVED – That ...")."""
    between = text[start:end]
    if len(between) > NEAR:
        return False
    return not re.search(r"\n\s*\n", between) or not re.sub(
        r"(?i)\b(?:and|it\s+was|resolved|agreed|that|unanimously|(?:the\s+)?(?:council|committee|sub-committee|panel|board|cabinet|meeting|members))\b|[\s:;,.–\-\"“”'‘’]", "", between
    )  # "Councillor A Moved, Councillor B Seconded and the Council / / Resolved that ...": the body that resolved


def _proposal_words(q: Question, text: str) -> str:
    """The words of a question's proposal, from its proposer to the end of its sentence."""
    if q.proposal is None:
        return ""
    return text[q.proposal.start : sentence_end(text, q.proposal.end, min(len(text), q.proposal.end + 400))]


def _decided_before(text: str, start: int, floor: int) -> bool:
    """Whether the paragraph just before a "Proposer: / Seconder:" pair records a decision (the pair is its mover and seconder).

    Read from the start of the line the last event ended on: "Minutes of the meeting ... were agreed as a true record." /
    "Proposed by A" / "Seconded by B" - the "were agreed" read as a (weak) result is the decision the pair moved."""
    floor = min(floor, text.rfind("\n", 0, floor) + 1) if floor < start else floor
    before = text[max(floor, start - 300) : start]
    if not before.strip():  # the pair opens the item's minutes: its heading ("Approval of minutes of AGM") is what it moved
        line_end = len(text[:floor].rstrip())
        before = text[text.rfind("\n", 0, line_end) + 1 : line_end]
    last = [s for s in re.split(r"\n\s*\n", before) if s.strip()]
    return bool(last) and bool(vote_rules().outcome.regex("decided_before").search(last[-1].strip()))


def counts_of(q: Question) -> tuple[int | None, int | None, int | None]:
    """The three counts of a vote: a sentence's or a recorded vote's; members named as abstaining count as abstentions
    where the other counts are printed ("five were in favour, Cllr B abstained")."""
    counts = q.counts or (_tally_counts(q.tally) if q.tally else (None, None, None))
    if q.counts and q.counts_unsided and q.result == "lost" and counts[0] is not None and counts[1] is not None and counts[0] > counts[1]:
        counts = (counts[1], counts[0], counts[2])  # "the Motion was lost by 54 votes to 2": 54 voted against it
    abstainers = sum(1 for _, vote, _ in q.records if vote == "abstain")
    if q.counts and counts[2] is None and abstainers:
        counts = (counts[0], counts[1], abstainers)
    return counts


def _tally_counts(tally: Tally) -> tuple[int | None, int | None, int | None]:
    return tally.count("for"), tally.count("against"), tally.count("abstain")


def _sentence_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between two places (so what follows is not part of what came before)."""
    between = text[start:end]
    return bool(re.search(r"[.!?]\s|\n\s*\n", between)) or len(between.strip(" \t\n\f(,;-–")) > 40


def _told_again(text: str, vote: Question, event: Event) -> bool:
    """Whether a result repeats the outcome of the vote just closed: in the same sentence and naming no question, or
    straight after it naming the same kind of question ("... seconded by B and agreed unanimously. Motion carried."; not
    "The amendment was carried. The substantive motion was carried.")."""
    if not event.data["what"]:
        return not _sentence_between(text, vote.end, event.start)
    return _runs_on(text, vote.end, event.start) and kind_word(event.data["what"]) == kind_of(vote, text) and not vote_rules().outcome.regex("substantive").search(event.data["sentence"])


def _runs_on(text: str, end: int, start: int) -> bool:
    """Whether what lies between a vote's result and the counts at ``start`` is only the rest of the result's sentence
    ("the amendment was carried and became the substantive motion." and then "For 26 / Against 20"): the counts are its."""
    return not text[sentence_end(text, end, start) : start].strip()


def _minuted_vote(votes: list[Question], event: Event, text: str, span: Span) -> Question | None:
    """The vote a member's minuted vote is about: the one on the paragraph it names, else the last one before it."""
    before = [q for q in votes if q.start < event.start]
    ref = vote_rules().outcome.regex("paragraph_ref").search(event.data["sentence"])
    if ref:
        number = int(ref.group("n"))
        named = [q for q in before if q.proposal is not None and paragraph_of(text, span, q.proposal.start) == number]
        if named:
            return named[-1]
    return before[-1] if before else None


def kind_of(q: Question, text: str) -> str:
    """motion / amendment / recommendation / resolution: as a recorded-vote table names it, else from the put, the result, a
    recorded vote's first heading ("FOR the officer's recommendation (9)"), then the proposal."""
    if q.kind_hint:
        return q.kind_hint
    if q.substantive:
        return "motion"  # "The amendment was then put to the Committee as the substantive motion"
    if q.put is not None and (kind := kind_word(q.put.data["what"])):
        return kind
    if kind := kind_word(q.result_what):
        return kind
    if q.tally is not None and (kind := kind_word(" ".join(text[side.head.start : side.head.end] for side in q.tally.sides[:1]))):
        return kind  # "FOR the officer's recommendation (9)"
    if q.counts_kind:
        return q.counts_kind  # "On a vote, five Members voted for the amendment and four against"
    if q.proposal is not None and (kind := proposal_kind(q.proposal, text)):
        return kind
    # a vote minuted only as unanimous ("UNANIMOUSLY RESOLVED that ...", "It was unanimously agreed to ..."): what was put is
    # the resolution minuted, unless its sentence says a proposal was ("The minutes were proposed for adoption, unanimously approved")
    outcome, sentence = vote_rules().outcome, q.result_sentence or ""
    if q.proposal is None and outcome.regex("unanimity_words").search(sentence) and not outcome.regex("proposal_words").search(sentence):
        return "resolution"
    return "motion"


def proposal_kind(proposal: Event, text: str) -> str | None:
    """The kind of question a proposal names: "moved as an amendment", the word after it ("seconded, an amendment that"), or
    before it in its sentence ("The amendment was proposed by ..."); None when it names none."""
    if proposal.data.get("kind"):
        return proposal.data["kind"]  # a lone seconder's proposal: the kind its proposer's sentence names
    m = proposal.data["match"]
    if re.search(r"(?i)\b(?:moved\s+as\s+an?|(?:proposed|moved)(?:\s+an?)?)\s+(?:further\s+)?amendment\b", m.group(0)):
        return "amendment"  # "Councillor C then moved as an amendment, seconded by Councillor D", "Cllr A proposed amendment that ..."
    if re.match(r"(?i)\s*that\s+(?:the\s+)?(?:recommendations?|motion|resolution)\b[^.;]{0,40}?\bbe\s+amended\b", text[m.end() : m.end() + 120]):
        return "amendment"  # "Councillor A proposed that recommendation (i) be amended and ..."
    after = re.match(r"^[\s,]*(?:the\s+following\s+|an?\s+|the\s+)?(\w+)", text[m.end() : m.end() + 60])
    if after and (kind := kind_word(after.group(1))):
        return kind
    before = text[max(0, m.start() - 80) : m.start()]
    before = re.split(r"[.;:]\s", before)[-1]
    return kind_word(before)


def _unvoted_proposal(proposals: list[tuple[int | None, Event]], votes: list[Question], kind: str, text: str) -> Event | None:
    """The latest proposal of this kind that no vote has taken yet (the motion a put names after its amendment was voted on)."""
    taken = {id(q.proposal) for q in votes if q.proposal is not None}
    return next((p for _, p in reversed(proposals) if id(p) not in taken and (proposal_kind(p, text) or "motion") == kind), None)


def amended_vote(votes: list[Question], amendment: Question, kinds: dict[int, str]) -> Question | None:
    """The vote on the motion an amendment amends: the item's vote on the substantive motion, else on the motion proposed before the amendment."""
    substantive = [q for q in votes if q.substantive and kinds[id(q)] == "motion"]
    if substantive:
        return substantive[-1]
    if amendment.proposal is None:
        return None
    earlier = [q for q in votes if q.proposal is not None and q.proposal.start < amendment.proposal.start and kinds[id(q)] == "motion"]
    return earlier[-1] if earlier else None


@extractor(NAME, requires=("meeting", "people", "attendance", "resolutions"), produces=(Vote, VoteRecord))
def extract_votes(ctx: ExtractionContext) -> ExtractorOutput:
    text = ctx.text
    index = PeopleIndex.from_records(council_scope(ctx), ctx.doc.id, ctx.records["people"])
    present = present_surnames(ctx.records["attendance"])
    meeting_id = ctx.meeting_id()
    rows: list[Vote | VoteRecord] = []
    not_present: set[str] = set()
    for span, agenda_item_id in _sections(ctx):
        resolutions = sorted((r for r in ctx.records["resolutions"] if r.agenda_item_id == agenda_item_id and r.char_start is not None), key=lambda r: r.char_start)
        formal = [r.char_start for r in resolutions if r.explicit]
        if agenda_item_id is None:
            resolutions, formal = [], _decision_marks(text, span)  # no item, no resolutions: where decisions are marked
        questions = assemble(text, span, events(text, span), formal)
        kinds = {id(q): kind_of(q, text) for q in questions}
        ids = {id(q): f"{agenda_item_id or ctx.doc.id}-v{n}" for n, q in enumerate(questions, start=1)}
        linked = _resolutions_of(questions, resolutions, kinds)
        resolution_texts = {r.id: r.text for r in resolutions}
        for n, q in enumerate(questions, start=1):
            vote_id = ids[id(q)]
            counts = counts_of(q)
            proposer = printed_name(q.proposal.data["proposer"]) if q.proposal and q.proposal.data["proposer"] else None
            seconder = printed_name(q.proposal.data["seconder"]) if q.proposal and q.proposal.data["seconder"] else None
            amends = amended_vote(questions, q, kinds) if kinds[id(q)] == "amendment" else None
            rows.append(
                Vote(
                    id=vote_id,
                    meeting_id=meeting_id,
                    agenda_item_id=agenda_item_id,
                    resolution_id=linked.get(id(q)),
                    position=n,
                    subject=subject_of(q, text, resolution_texts.get(linked.get(id(q)))),
                    kind=kinds[id(q)],
                    for_count=counts[0],
                    against_count=counts[1],
                    abstain_count=counts[2],
                    result=q.result,
                    proposer=proposer,
                    seconder=seconder,
                    counts_from="minutes" if any(c is not None for c in counts) else None,
                    amends_vote_id=ids[id(amends)] if amends is not None else None,
                    proposer_id=_person(index, q.proposal.data["proposer"]) if proposer else None,
                    seconder_id=_person(index, q.proposal.data["seconder"]) if seconder else None,
                    **ctx.provenance(Span(start=q.start, end=q.end), NAME),
                )
            )
            named = [(name, side.vote, s) for side in (q.tally.sides if q.tally else []) for name, s in side.names] + q.records
            if q.tally is not None:
                check_tally(ctx, q.tally)
                check_total(ctx, counts_of(q) if q.counts else None, q.tally, Span(start=q.start, end=q.end))
            for k, (written, vote, s) in enumerate(named, start=1):
                rows.append(VoteRecord(id=f"{vote_id}-{k}", vote_id=vote_id, person_id=_person(index, written), name=printed_name(written), vote=vote,
                                       **ctx.provenance(s, NAME)))  # fmt: skip
                surname = parse_name(written).surname.lower()
                if present and surname and surname not in present and written not in not_present:
                    not_present.add(written)
                    ctx.warn(VOTER_NOT_PRESENT, f"{printed_name(written)} is named in a vote but not in the present list", span=s)
    rows.sort(key=lambda r: (not isinstance(r, Vote), r.char_start or 0))  # votes first: a vote record or an amendment refers to a vote
    rows = _amended_first(rows)
    return ExtractorOutput(rows, [MorePeople(tuple(index.persons.values()), tuple(index.aliases.values()))])


def _decision_marks(text: str, span: Span) -> list[int]:
    """Where the decisions of a text read with no item start: after its formal marks ("RESOLVED:") and after "it was resolved
    that / to" (the places the resolutions extractor starts a decision under an item)."""
    found = {m.end() for m in marks(text, span.start, span.end)}
    found |= {m.end() for m in re.finditer(r"(?i)\bit\s+was\s+(?:\w+\s+)?resolved\b[\s:–-]*(?:that\b|to\b)?\s*", text[: span.end]) if m.start() >= span.start}
    return sorted(found)


# Documents whose text is no record of a meeting's business: votes are read only under their items' minutes.
_NOT_MINUTES = {"agenda", "agenda_pack", "agenda_frontsheet", "agenda_page", "forward_plan", "officer_report", "decision_notice", "meeting_summary"}


def _sections(ctx: ExtractionContext) -> list[tuple[Span, str | None]]:
    """Where a document's votes are read, each with its agenda item: every item's minutes; in minutes where no item was
    found (an excerpt, a page of one item's minutes, a parish's unnumbered minutes), the whole text, under no item."""
    outline = ctx.outline
    items = [(_minutes_span(ctx.text, block), item_id(ctx.doc.id, position)) for position, block in enumerate(outline.items, start=1) if block.minutes is not None] if outline else []
    if items and outline.kind in _OPENING_MINUTED and outline.items[0].block.start > 0:
        # the business minuted before the first item ("The minutes of the last meeting were taken as read and accepted.
        # Proposed by A, seconded by B - Approved."), under no item, as the resolutions extractor reads it
        items = [(Span(start=0, end=outline.items[0].block.start), None), *items]
    if items or (outline is not None and (outline.items or outline.kind in _NOT_MINUTES)):
        return items
    if not ctx.text.strip() or len(ctx.text) > WHOLE_TEXT_LIMIT:
        return []  # a long text in which no item was found is not one meeting's minutes to read whole
    return [(Span(start=0, end=len(ctx.text)), None)]


# Minutes whose text before the first item may minute business (the resolutions extractor reads decisions there too).
_OPENING_MINUTED = {"printed_minutes", "minutes_page"}



def _minutes_span(text: str, block) -> Span:
    """An item's minutes, from its heading's line when they run on from the heading on one line ("23. To confirm the minutes
    - PROPOSED; SECONDED; RESOLVED that ...": the proposal is on the heading's line)."""
    minutes = block.minutes
    if "\n" in text[block.block.start : minutes.start]:
        return minutes
    return Span(start=block.number.end if block.number is not None else block.block.start, end=minutes.end)


def _amended_first(rows: list) -> list:
    """Votes in an order where the vote an amendment names is stored before it (the store checks foreign keys row by row)."""
    votes = [r for r in rows if isinstance(r, Vote)]
    by_id = {v.id: v for v in votes}
    ordered: dict[str, Vote] = {}

    def visit(v: Vote) -> None:
        if v.id in ordered:
            return
        if v.amends_vote_id in by_id:
            visit(by_id[v.amends_vote_id])
        ordered[v.id] = v

    for v in votes:
        visit(v)
    return [*ordered.values(), *(r for r in rows if not isinstance(r, Vote))]


def _person(index: PeopleIndex, written: str) -> str | None:
    """The person a printed name refers to, with the printed form kept as an alias (None: nobody, or ambiguous)."""
    person, evidence = index.resolve(written)
    if person is None:
        return None
    index.alias(person, " ".join(written.split()), evidence)
    return person.id


def _resolutions_of(questions: list[Question], resolutions, kinds: dict[int, str]) -> dict[int, str]:
    """The resolution each vote led to, one each: a vote printed as a note inside or right after a resolution
    ("RESOLVED: That the minutes be approved. (Cllr A proposed, Cllr B seconded, all were in favour)") is that
    resolution's; otherwise a resolution belongs to the last carried motion put before it."""
    carried = [q for q in questions if q.result == "carried" and kinds[id(q)] != "amendment"]
    linked: dict[int, str] = {}
    taken: set[str] = set()
    for q in carried:
        noted = [r for r in resolutions if r.char_start <= q.start <= (r.char_end or r.char_start) + 4 and r.id not in taken]
        if noted:
            linked[id(q)] = noted[-1].id
            taken.add(noted[-1].id)
    for r in resolutions:
        if r.id in taken:
            continue
        before = [q for q in carried if q.start <= r.char_start]
        if before and id(before[-1]) not in linked:
            linked[id(before[-1])] = r.id
    return linked


def votes_in(text: str, resolved_at: tuple[int, ...] = ()) -> list[dict]:
    """The votes of one item's minutes ``text``, as plain dicts (the rules without a document: for tests and trials)."""
    span = Span(start=0, end=len(text))
    questions = assemble(text, span, events(text, span), list(resolved_at))
    out = []
    for q in questions:
        counts = counts_of(q)
        named = [(printed_name(n), side.vote) for side in (q.tally.sides if q.tally else []) for n, _ in side.names]
        out.append({
            "kind": kind_of(q, text), "result": q.result, "counts": tuple(counts), "subject": subject_of(q, text),
            "proposer": printed_name(q.proposal.data["proposer"]) if q.proposal and q.proposal.data["proposer"] else None,
            "seconder": printed_name(q.proposal.data["seconder"]) if q.proposal and q.proposal.data["seconder"] else None,
            "records": named + [(printed_name(n), v) for n, v, _ in q.records], "total_disagrees": total_disagrees(counts if q.counts else None, q.tally),
        })  # fmt: skip
    return out
