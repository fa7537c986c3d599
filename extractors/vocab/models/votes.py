"""The model of ``votes.toml``: what keys it may have and how its patterns compile."""

from pydantic import model_validator

from extractors.vocab.fields import I, M, Patterns, VocabModel, Words


class VoteOutcome(VocabModel):
    """A question being put, its result, and the words that qualify it."""

    put: Patterns(I | M)  # the question is put to the meeting; a group `what` names it
    result: Patterns(M)  # the outcome: a group `result` (a key of `results`), `what` when the question is named
    unanimous: Patterns(I)  # a unanimous vote (counts stay null unless printed)
    unanimity_after: Patterns(I)  # unanimity right after a result word: the result is a vote by itself
    unanimity_before: Patterns(I)  # unanimity right before a result word
    unanimity_words: Patterns(I)  # a vote minuted as unanimous (kind resolution when nothing names another)
    proposal_words: Patterns(I)  # a result's sentence saying a proposal was put (a unanimous vote's kind stays motion)
    substantive: Patterns(I)  # a put of the substantive motion: nobody's proposal
    paragraph_ref: Patterns(I)  # "paragraph 3": group `n`
    paragraph: Patterns(M)  # a numbered paragraph of a minute: group `n`
    decided_before: Patterns(I)  # a decision in the sentence before a "Proposer: / Seconder:" pair
    vote_words: Patterns(I)  # counts with nothing put before them are a vote only in a sentence with these words
    results: dict[str, str]  # result word -> carried / lost / fell / withdrawn
    weak: "VoteWeak"  # result words that make a vote only after a proposal or a put


class VoteWeak(VocabModel):
    words: Words


class VoteCounts(VocabModel):
    pattern: Patterns(I)  # groups `for`, `against`, `abstain`


class RecordedVote(VocabModel):
    """A named vote's side headings ("For (52)") and the lists of members under them."""

    head: Patterns(I | M)  # groups `side`, a count (`count`, `count_after`, `count_bare`, `count_sep`, `count_before`, `count_end`, `count_none`), `rest`, `intro`
    named_side: Patterns(I | M)  # a side told members first ("Councillors A and B voted against (2)"): groups `names`, `side`, `count`
    list_label: Patterns(I)  # a list's label before its names ("Councillors:")
    side_break: Patterns(I)  # where a line printing several sides starts the next ("...; Against: ...")
    count_after_list: Patterns(I)  # a side's count after its names ("A, B and C (3)"): group `count`
    total: Patterns(I)  # a side's count on a line after its list ("Total 45"): group `count`
    name_note: Patterns(I)  # a party or role in brackets after a listed name ("(Con)")
    aside: Patterns(I)  # an office named beside a member in a list (", as Mayor,")
    table_row: Patterns(M)  # a ModernGov "Recorded Vote" table row: groups `title`, `what`, `result`
    post_nominals: Words
    sides: dict[str, str]  # heading word -> for / against / abstain / did not vote


class NominationTable(VocabModel):
    """A table of nominations flattened to text ("Office / Nominee / Proposed By: / Seconded By:" and a row per office)."""

    separator: Patterns(I)  # what divides a row's cells: " / ", "|", a tab
    proposer_head: Patterns(I)  # the heading of the proposers' column ("Proposed By:")
    seconder_head: Patterns(I)  # the heading of the seconders' column ("Seconded By:"): group `rest`, a first row glued to it


class MinutedVote(VocabModel):
    pattern: Patterns(M)  # groups `name`, `vote`
    votes: dict[str, str]  # the vote's words -> for / against / abstain / did not vote


class Votes(VocabModel):
    proposal: Patterns(M)  # groups `proposer`, `seconder`
    candidate: Patterns(M)  # an election's nominee and their votes: groups `name`, `count`
    nomination_table: "NominationTable"  # a table of nominations: who was proposed and seconded for each office
    seconded: Patterns(M)  # a seconder named after the proposal: group `seconder`
    proposed_before: Patterns(M)  # the proposer a lone seconder takes up, at the start of the sentence before: group `proposer`
    proposed_before_opener: Patterns(M)  # the member opening a paragraph, who its "he" / "she" is: group `proposer`
    kind_words: dict[str, str]  # a word naming the question -> motion / amendment / recommendation / resolution
    outcome: VoteOutcome
    counts: VoteCounts
    recorded: RecordedVote
    minuted: MinutedVote

    @model_validator(mode="after")
    def _values(self) -> "Votes":
        kinds, results, choices = {"motion", "amendment", "recommendation", "resolution"}, {"carried", "lost", "fell", "withdrawn"}, {"for", "against", "abstain", "did not vote"}
        for what, values, allowed in (("kind_words", self.kind_words.values(), kinds), ("outcome.results", self.outcome.results.values(), results),
                                      ("recorded.sides", self.recorded.sides.values(), choices), ("minuted.votes", self.minuted.votes.values(), choices)):
            if stray := sorted(set(values) - allowed):
                raise ValueError(f"{what}: {stray} are not among {sorted(allowed)}")
        return self


VoteOutcome.model_rebuild()
Votes.model_rebuild()
