"""One pydantic model per vocabulary file: what keys a file may have, and how its patterns compile.

The model is the file's schema. A key the model does not name is an error, so a
misspelt key fails at load instead of being ignored; a pattern field declares
the flags it is compiled with (``Patterns(I | M)``: any case, ``^``/``$`` at
line ends), so no call site passes flags. To add a key to a file, add its field
here with a comment saying what it is for.
"""

import re
from typing import Optional

from pydantic import Field, model_validator

from extractors.vocab.dialect import MACRO, MacroError, alternatives, expand
from extractors.vocab import fields
from extractors.vocab.fields import I, M, Pattern, Patterns, Phrases, TokenPattern, VocabModel, Words, repeated_across


def _unique(values: list[str], what: str) -> None:
    repeated = sorted({v for v in values if values.count(v) > 1})
    if repeated:
        raise ValueError(f"{what} listed more than once: {', '.join(map(repr, repeated))}")


# --- common.toml ---------------------------------------------------------------------------------


class Month(VocabModel):
    name: str
    short: Words


class Honorifics(VocabModel):
    common: Words  # {HONORIFIC}
    other: Words
    with_full_stop: Words

    @model_validator(mode="after")
    def _disjoint(self) -> "Honorifics":
        if clash := repeated_across(common=self.common, other=self.other):
            raise ValueError(f"honorifics listed twice: {'; '.join(clash)}")
        if stray := sorted(set(self.with_full_stop) - set(self.common) - set(self.other)):
            raise ValueError(f"with_full_stop names honorifics not listed: {stray}")
        return self


class Numbers(VocabModel):
    words: dict[str, int]


GENERATED_MACROS = ("MONTH", "WEEKDAY", "HONORIFIC")


class Common(VocabModel):
    weekdays: Words
    month: list[Month] = Field(min_length=12, max_length=12)
    honorifics: Honorifics
    numbers: Numbers
    macros: dict[str, str]

    @model_validator(mode="after")
    def _checks(self) -> "Common":
        spellings = {m.name: [m.name, *m.short] for m in self.month}
        if clash := repeated_across(**spellings):
            raise ValueError(f"month spellings listed twice: {'; '.join(clash)}")
        if clash := sorted(set(self.macros) & set(GENERATED_MACROS)):
            raise ValueError(f"macros {clash} are made from the word lists; do not define them")
        table = self.macro_table()
        for name, body in self.macros.items():
            if not MACRO.fullmatch("{" + name + "}"):
                raise ValueError(f"macro name {name!r} is not in capitals (A-Z, 0-9, _)")
            try:
                re.compile(expand(body, table))
            except (re.error, MacroError) as e:
                raise ValueError(f"macro {{{name}}} does not compile: {e}") from None
        return self

    def month_numbers(self) -> dict[str, int]:
        """Every month spelling, lower-cased, with its number: {"january": 1, "jan": 1, ...}."""
        return {s.lower(): n for n, m in enumerate(self.month, start=1) for s in (m.name, *m.short)}

    def month_names(self) -> list[str]:
        """The twelve full names, in calendar order."""
        return [m.name for m in self.month]

    def all_honorifics(self) -> list[str]:
        """Every title a name may open with, with the full-stop forms ("Cllr", "Cllr.", "Sir" ...)."""
        h = self.honorifics
        return h.common + h.other + [w + "." for w in h.with_full_stop]

    def macro_table(self) -> dict[str, str]:
        """Every macro: those written in [macros], and those made from the word lists."""
        months = "|".join(alternatives(sorted((m.name, *m.short), key=len, reverse=True)) for m in self.month)
        return {
            **self.macros,
            "MONTH": months,
            "WEEKDAY": alternatives(self.weekdays),
            "HONORIFIC": alternatives(self.honorifics.common),
        }


# --- actions.toml --------------------------------------------------------------------------------


class ActionRule(VocabModel):
    name: str
    due: Optional[str] = None
    pattern: TokenPattern


class Actions(VocabModel):
    action: list[ActionRule]

    @model_validator(mode="after")
    def _names(self) -> "Actions":
        _unique([a.name for a in self.action], "action names")
        return self


# --- attendance.toml -----------------------------------------------------------------------------


class AttendanceLabel(VocabModel):
    pattern: Pattern(M)
    role: str
    status: str
    remote: bool = False
    unmarked_role: str | None = None  # the role of a name listed with no job ("In attendance: Tracy Knights")
    head_only: bool = False  # read only before the first item
    after_members: str | None = None  # the role of its names when two or more members were listed before it


class AttendanceSentences(VocabModel):
    apologies: Patterns(M)
    apologies_end: Patterns(0)
    sent_apologies: Patterns(M)
    remote: Patterns(M)
    in_attendance: Patterns(M)
    absent: Patterns(M)
    substituted: Patterns(M)
    substitute: Patterns(M)
    arrived_or_left: Patterns(M)
    chair_named: Patterns(M)
    chair_for_meeting: Patterns(M)
    chair_welcomed: Patterns(M)
    elected_office: Patterns(M)
    meeting_remote: Patterns(M)
    meeting_hybrid: Patterns(M)
    public_named: Patterns(M)
    speaker: Patterns(M)
    fuller_context: Patterns(M)
    officer_named: Patterns(M)
    reserve_table: Patterns(I | M)
    remote_mark: Patterns(I | M)
    late_mark: Patterns(I | M)
    reason_mark: Patterns(I | M)
    legend_pair: Patterns(M)
    legend_present: Patterns(0)
    legend_apologies: Patterns(0)
    legend_absent: Patterns(0)


class AttendanceRoles(VocabModel):
    """What a job or title written with a name says about the capacity it attended in."""

    officer: Patterns(0)
    guest_title: Patterns(0)
    guest_job: Patterns(I)
    leading_role: Patterns(0)
    inline_label: Patterns(0)
    office_bearer: Patterns(I)
    not_initials: Patterns(0)
    leading_job: Patterns(0)
    dash_job: Patterns(0)
    trailing_guest_job: Patterns(0)
    outside_body: Patterns(0)
    trailing_job: Patterns(0)
    titles: dict[str, str]


class MembershipGroup(VocabModel):
    pattern: Pattern(I)
    role: str


class MembershipBlock(VocabModel):
    start: Patterns(I | M)
    end: Patterns(I | M)
    group: list[MembershipGroup]


class Organisation(VocabModel):
    employer: Patterns(M)
    council_short_form: Patterns(M)


class Attendance(VocabModel):
    label: list[AttendanceLabel]
    sentences: AttendanceSentences
    roles: AttendanceRoles
    membership: MembershipBlock
    organisation: Organisation


# --- case_studies.toml ---------------------------------------------------------------------------


class Placeholder(VocabModel):
    placeholder: str = Field(min_length=1, max_length=1)


class Rule(VocabModel):
    """A named case-sensitive pattern: the rule's name is recorded with what it finds."""

    rule: str
    pattern: Pattern(M)


class NameTrigger(Rule):
    """A trigger for a child's name; ``unknown_word``: what it finds must hold a word that is no English word;
    ``whole``: every word it finds must be a name (the cue after it is the whole name's: "Disabled Children's Care
    Plan" is no "Disabled")."""

    unknown_word: bool = False
    whole: bool = False


class TableRows(VocabModel):
    labels: Patterns(M)


class NameContext(VocabModel):
    """Where a case study's context opens and closes, and the words that tell a place from a name."""

    opens: Patterns(M)
    closes: Patterns(M)
    length: int = Field(gt=0)
    place_before: Words
    place_after: Words
    person_next: Words
    person_before: Words
    officer_thanks: Words
    person_has: Words
    determiners: Words


class NameColumns(VocabModel):
    labels: Patterns(M)
    explicit: Pattern(M)
    adult_headers: Pattern(M)


class YoungName(VocabModel):
    not_names: Words
    trigger: list[NameTrigger]
    context: NameContext
    columns: NameColumns
    table_rows: TableRows


class Adults(VocabModel):
    roles: Words


class Dob(VocabModel):
    label: Patterns(M)
    cue: Pattern(M)
    reach: int = Field(gt=0)
    date: list[Rule]
    ordinals: Words = Field(min_length=31, max_length=31)


class CaseTable(VocabModel):
    title: Patterns(M)


class CaseHeading(VocabModel):
    patterns: Patterns(M)


class Prose(VocabModel):
    kind: str
    pattern: TokenPattern


class CaseFields(VocabModel):
    child: Patterns(M)
    told_by: Patterns(M)
    about: Patterns(M)


class CaseStudies(VocabModel):
    redact: Placeholder
    name: YoungName
    adults: Adults
    dob: Dob
    table: CaseTable
    heading: CaseHeading
    prose: list[Prose]
    fields: CaseFields

    @model_validator(mode="after")
    def _not_names_once(self) -> "CaseStudies":
        common = fields.common_words()
        shared = common.all_honorifics() + common.month_names() + common.weekdays
        if clash := repeated_across(not_names=self.name.not_names, common=shared):
            raise ValueError(f"name.not_names repeats common.toml's words (they are refused already): {'; '.join(clash)}")
        return self


# --- councils.toml -------------------------------------------------------------------------------


class Council(VocabModel):
    """A council's extra evidence; with ``code`` it joins the register's council of that GSS code.

    ``name``, when given, is the canonical name (the register's official name
    becomes one of its names); without it the register's official name is
    canonical. A council with no ``code`` (a parish, an invented or a non-UK
    council) needs a ``name``.
    """

    name: str | None = None
    code: str | None = None  # GSS code, as in councils_register.json
    domains: Words = []
    names: Phrases = []  # matched in any case, across any white space

    @model_validator(mode="after")
    def _named(self) -> "Council":
        if not (self.name or self.code):
            raise ValueError("a council needs a name or a code")
        return self


class CouncilContext(VocabModel):
    """Words that make a register's bare place ("Harrow") name its council: "Harrow Council", "London Borough of Harrow"."""

    before: Phrases
    after: Phrases


class LocalCouncils(VocabModel):
    """Parish, town and community councils (in no register): "<Place> Parish Council" in a document's heading."""

    heading_chars: int  # how much of the start of a document is its heading
    after: Phrases  # "<Place> Parish Council"
    before: Phrases  # Welsh: "Cyngor Cymuned <Place>"
    joiners: Words  # small words inside a place's name ("Burton-cum-Walden", "Stratford upon Avon")
    not_place: Words  # capitalised words before the place that are not part of it ("MINUTES OF ...")
    introduced_by: Patterns(I)  # what, just before the name, makes it the title wherever it stands on its line


class Councils(VocabModel):
    context: CouncilContext
    local: LocalCouncils
    council: list[Council]

    @model_validator(mode="after")
    def _once(self) -> "Councils":
        _unique([c.name for c in self.council if c.name], "councils")
        _unique([c.code for c in self.council if c.code], "councils' codes")
        if clash := repeated_across(**{c.name or c.code: c.domains for c in self.council}):
            raise ValueError(f"a domain belongs to two councils: {'; '.join(clash)}")
        return self


# --- declarations.toml ---------------------------------------------------------------------------


class InterestType(VocabModel):
    name: str
    pattern: Pattern(I)


class DeclarationSubject(VocabModel):
    about: Pattern(I)
    title: Pattern(I)


class Reference(VocabModel):
    item: Patterns(I)
    reason: Phrases
    about: Phrases


class DeclarationActions(VocabModel):
    left: Patterns(I)
    did_not_vote: Patterns(I)
    took_no_part: Patterns(I)
    remained: Patterns(I)


class Late(VocabModel):
    phrases: Patterns(I)


class DeclarationNames(VocabModel):
    chair: Patterns(0)
    present_line: Patterns(I | M)
    chair_words: Patterns(I)
    between: Words
    abbreviations: Words


class MinutesEvidence(VocabModel):
    patterns: Patterns(M)
    minutes_kinds: Words


class Declarations(VocabModel):
    item_title: Patterns(I)
    declared: Patterns(I)
    declared_in_context: Patterns(I)
    listed: Patterns(M)
    context: Pattern(I)
    context_chars: int
    declared_by: Patterns(I)
    none_said: Patterns(I | M)
    none_in_item: Patterns(I)
    type: list[InterestType]
    subject: list[DeclarationSubject]
    reference: Reference
    action: DeclarationActions
    late: Late
    names: DeclarationNames
    minutes_evidence: MinutesEvidence


# --- facts.toml (read by extractors/facts/ and glossary.py) --------------------------------------


class FactWords(VocabModel):
    label_words: Words
    unit_words: Words
    street_words: Words
    unit_modifiers: Words
    irregular_plurals: Words
    not_plurals: Words
    qualifiers: Words
    determiners: Words
    pronouns: Words
    auxiliaries: Words
    have_words: Words
    stop_words: Words
    verbs: Words
    participles: Words
    ed_adjectives: Words
    linking_verbs: Phrases
    counted_nouns: Words
    quantifiers: Words
    topic_openers: Phrases
    comparatives: Words
    subject_openers: Phrases
    percent_followers: Words
    generic_subjects: Words
    vague_subjects: Words
    change_words: Words
    joiners: Words
    prepositions: Words
    time_phrase: Pattern(0)
    spelled_not_after: Words
    fraction_words: Words
    table_line_min_figures: int


class Glossary(VocabModel):
    term: Pattern(0)
    small_words: Words
    reject_terms: Words
    name_titles: Words


class Facts(VocabModel):
    facts: FactWords
    glossary: Glossary


# --- layout.toml ---------------------------------------------------------------------------------


class Header(VocabModel):
    meeting_title_line: Patterns(I | M)
    minutes_heading: Patterns(I | M)
    venue: Patterns(I | M)
    minutes_of_meeting: Patterns(M)
    summons: Patterns(M)
    venue_minutes: Patterns(I | M)
    date: Patterns(I | M)
    time: Patterns(I | M)
    contact: Patterns(I | M)
    email: Patterns(I | M)
    phone: Patterns(I | M)
    quorum: Patterns(I | M)
    published: Patterns(I | M)
    previous_minutes: Patterns(I | M)
    previous_minutes_body: Patterns(I | M)


class Items(VocabModel):
    number_line: Patterns(I | M)
    minutes_anchor: Patterns(I | M)
    documents_anchor: Patterns(I | M)
    agenda_line: Patterns(I | M)
    page_range: Patterns(I | M)
    minute_line: Patterns(I | M)
    item_marker_line: Patterns(I | M)
    report_header: Patterns(I | M)
    title_noise: Patterns(I | M)
    report_type_prefix: Patterns(M)


class Sections(VocabModel):
    headings: Patterns(I | M)
    part_one: Patterns(I | M)
    part_two: Patterns(I | M)
    part_two_nil: Patterns(I | M)
    agenda_end: Patterns(I | M)
    tail: Patterns(I | M)
    closing: Patterns(I | M)


class InferredTitle(VocabModel):
    pattern: Pattern(I)
    title: str


class Restricted(VocabModel):
    markers: Patterns(I | M)


class Descriptions(VocabModel):
    starts: Patterns(I | M)


class Pack(VocabModel):
    committee_line: Patterns(I | M)
    signals: Patterns(I | M)


class ModernGovPage(VocabModel):
    page_head: Patterns(I | M)
    item_table_head: Patterns(M)
    anchor_line: Patterns(M)
    minutes_line: Patterns(M)
    issue_head: Patterns(I | M)
    issue_meeting: Patterns(M)


class Summary(VocabModel):
    secondary: Patterns(I)


class Layout(VocabModel):
    header: Header
    items: Items
    sections: Sections
    inferred_titles: list[InferredTitle]
    restricted: Restricted
    descriptions: Descriptions
    pack: Pack
    moderngov_page: ModernGovPage
    summary: Summary


# --- outcomes.toml -------------------------------------------------------------------------------


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
        _unique([o.word for o in self.outcome], "outcome words")
        return self


# --- people.toml ---------------------------------------------------------------------------------


class RoleMarks(VocabModel):
    chair: Patterns(I)
    vice_chair: Patterns(I) = Field(alias="vice-chair")


class NotNames(VocabModel):
    words: Words
    surnames: Words = []  # of ``words``, those that are also surnames: a name's last word after given names or initials


class People(VocabModel):
    post_nominals: Words
    role_marks: RoleMarks
    not_names: NotNames

    @model_validator(mode="after")
    def _apart(self) -> "People":
        if clash := repeated_across(post_nominals=self.post_nominals, not_names=self.not_names.words):
            raise ValueError(f"a word is both a post-nominal and never a name: {'; '.join(clash)}")
        return self


# --- tables.toml ---------------------------------------------------------------------------------


class TableSkip(VocabModel):
    first_cell: Patterns(I | M)


class TableTitles(VocabModel):
    noise: Patterns(I | M)
    trailing_page_number: Patterns(I | M)
    generic: Patterns(I | M)


class Cards(VocabModel):
    labels: Words
    indicator_column: str
    rag_column: str
    previous_rag_column: str


class Periods(VocabModel):
    financial_year_start: int = Field(ge=1, le=12)
    rolling_months: Pattern(I)
    rolling_quarter: Pattern(I)


class Tables(VocabModel):
    skip: TableSkip
    titles: TableTitles
    cards: Cards
    periods: Periods


# --- work_programme.toml -------------------------------------------------------------------------


class WorkProgramme(VocabModel):
    titles: Patterns(I)
    headers: Words
    bullet: Patterns(0)
    end: Patterns(0)
    skip: Patterns(I)


# --- structure.toml ------------------------------------------------------------------------------


class StructureSections(VocabModel):
    """Standard business by kind: a heading naming one is very likely an item heading."""

    apologies: Patterns(I)
    declarations: Patterns(I)
    minutes: Patterns(I)
    public: Patterns(I)
    chair: Patterns(I)
    exclusion: Patterns(I)
    programme: Patterns(I)
    business: Patterns(I)
    next_meeting: Patterns(I)
    finance: Patterns(I)
    reports: Patterns(I)


class StructureTitles(VocabModel):
    breaks: Patterns(0)  # case matters: a capitalised word opens the sentence after a title
    dangling: Patterns(I)
    cross_reference: Patterns(I)


class StructureKinds(VocabModel):
    minutes: Patterns(I | M)
    agenda: Patterns(I | M)
    minutes_word: Patterns(I)
    paper: Patterns(I)


class StructureHeader(VocabModel):
    council_line: Patterns(0)
    whole_council: Patterns(I)
    committee_line: Patterns(0)
    held_on: Patterns(I)
    numeric_date: Patterns(0)
    meeting_sentence: Patterns(0)
    body_and_date: Patterns(0)
    starts_at: Patterns(I)
    minutes_of: Patterns(I)
    venue: Patterns(0)
    paper_date: Patterns(I)


class StructureUnnumbered(VocabModel):
    not_headings: Patterns(I)
    attendance_labels: Patterns(I)


class StructureDocuments(VocabModel):
    """Title lines that name a document other than minutes or an agenda."""

    decision_notice: Patterns(I | M)
    forward_plan: Patterns(I | M)
    form: Patterns(I | M)


class StructureFormLabels(VocabModel):
    """The labels of a form's fields, by what the field holds (matched whole, before the colon)."""

    body: Patterns(I)
    meeting_date: Patterns(I)
    date: Patterns(I)
    reference: Patterns(I)
    item: Patterns(I)
    subject: Patterns(I)
    published: Patterns(I)
    decision: Patterns(I)
    declarations: Patterns(I)
    other: Patterns(I)


class StructurePlanColumns(VocabModel):
    """A forward plan table's header cells, by what the column holds (tried in order)."""

    key: Patterns(I)
    exempt: Patterns(I)
    decision_maker: Patterns(I)
    date: Patterns(I)
    lead: Patterns(I)
    title: Patterns(I)


class Structure(VocabModel):
    unnumbered: StructureUnnumbered
    sections: StructureSections
    titles: StructureTitles
    kinds: StructureKinds
    header: StructureHeader
    documents: StructureDocuments
    form_labels: StructureFormLabels
    plan_columns: StructurePlanColumns


# --- votes.toml ----------------------------------------------------------------------------------


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

    head: Patterns(I | M)  # groups `side`, `count` / `count_after` / `count_bare`, `rest`
    table_row: Patterns(M)  # a ModernGov "Recorded Vote" table row: groups `title`, `what`, `result`
    post_nominals: Words
    sides: dict[str, str]  # heading word -> for / against / abstain / did not vote


class MinutedVote(VocabModel):
    pattern: Patterns(M)  # groups `name`, `vote`
    votes: dict[str, str]  # the vote's words -> for / against / abstain / did not vote


class Votes(VocabModel):
    proposal: Patterns(M)  # groups `proposer`, `seconder`
    candidate: Patterns(M)  # an election's nominee and their votes: groups `name`, `count`
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


MODELS: dict[str, type[VocabModel]] = {
    "common": Common,
    "actions": Actions,
    "attendance": Attendance,
    "case_studies": CaseStudies,
    "councils": Councils,
    "declarations": Declarations,
    "facts": Facts,
    "layout": Layout,
    "structure": Structure,
    "outcomes": Outcomes,
    "people": People,
    "tables": Tables,
    "work_programme": WorkProgramme,
    "votes": Votes,
}
