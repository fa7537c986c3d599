"""The model of ``outcomes.toml``: what keys it may have and how its patterns compile."""

from typing import Optional

from pydantic import model_validator

from extractors.vocab.fields import I, M, Pattern, Patterns, TokenPattern, VocabModel, Words, unique


class Outcome(VocabModel):
    word: str
    pattern: Pattern(I)


class ResolutionMarks(VocabModel):
    """How minutes mark a formal decision, and how a decision's stem introduces its parts."""

    marker: Patterns(M)
    list_stem: Patterns(I)
    part_verb: Patterns(I)
    principal_council: Patterns(I)  # a principal council's name: narrative decisions beside formal ones are debate
    local_council: Patterns(I)  # a parish, town or community council's name or body: they are decisions of their own
    elided: Patterns(I)
    next_decision: Patterns(I)  # a line that opens the next decision: it ends the one before, blank line or not
    after_stem: Patterns(M) = []  # a mark only on the line after a stem naming the body ("the Council:" / "Noted that ...")
    stem_end: Patterns(I) = []  # how such a stem ends its line: "..., the Committee:"


class DecisionProse(VocabModel):
    """Past-tense sentences whose subject is the meeting body: a Matcher pattern and the outcome of each verb."""

    pattern: list[TokenPattern]
    verbs: dict[str, str]
    not_decision: Patterns(I) = []  # what such a sentence records that is no decision ("Members confirmed their declarations of interest")


class Proposals(VocabModel):
    """A proposal the minutes say was carried ("Cllr A proposed X seconded by Cllr B. Carried"): a decision without a mark."""

    sentence: Patterns(I)  # a sentence that puts a proposal ("... proposed ... seconded ...", "It was proposed ...")
    motion: Patterns(I)  # a substantive motion or amendment set out in full, whose content a RESOLVED records: no row
    lead_in: Patterns(I)  # words before the proposer ("Following further debate, "): not part of the text
    vote_note: Patterns(I)  # a vote in brackets after a formal resolution ("(Cllr A proposed, Cllr B seconded, all in favour)")
    no_seconder: Patterns(I)  # the proposal fell for want of a seconder: no row
    tail: Patterns(I)  # a vote tally or outcome printed after the proposal in its sentence: says it was carried
    bare_tail: Patterns(I)  # a tail that is only an outcome word or a tally ("... - Agreed", ", 5 votes for"): not part of the text
    bare: Patterns(I)  # a proposal that names only its proposer, seconder and outcome ("Proposed by Cllr A seconded by Cllr B and approved"): no row
    result: list[Outcome]  # outcome statements after a proposal, anchored at a sentence's start; first rule wins
    keep: Words  # outcome words the proposal's own verb gives in preference to the statement's ("be accepted")
    nomination: Patterns(I) = []  # a proposal naming someone for an office: elected; a run of them shares one outcome


class Statement(VocabModel):
    """A sentence that records a decision by itself ("It was agreed that ...", "Approved & signed as correct.")."""

    pattern: Pattern(I)  # matched against the whole sentence; a group `text` is the resolution's text when present
    explicit: bool
    outcome: Optional[str] = None  # None: read from the decision's own words (outcomes' [[outcome]] rules)
    scope: str = "sentence"  # "sentence", or "paragraph": the pattern reads a whole paragraph ("entry – approved.")
    unmarked_only: bool = False  # only in minutes that never mark a decision RESOLVED (there it is their formal mark)
    local_only: bool = False  # only in a local council's minutes (a principal council's narrative is not its record)
    antecedent: bool = False  # an outcome alone ("It was confirmed."): the row is the sentence before it, or the item's title


class LeadingVerb(VocabModel):
    """The verb a decision opens with ("To accept ...", "Notes the report") and the outcome each verb gives."""

    pattern: Patterns(I)  # a group `verb`: the decision's first verb
    verbs: dict[str, str]


class Outcomes(VocabModel):
    outcome: list[Outcome]
    leading: LeadingVerb
    resolution: ResolutionMarks
    prose: DecisionProse
    proposal: Proposals
    statement: list[Statement]

    @model_validator(mode="after")
    def _words(self) -> "Outcomes":
        unique([o.word for o in self.outcome], "outcome words")
        return self
