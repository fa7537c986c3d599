"""The model of ``attendance.toml``: what keys it may have and how its patterns compile."""

from extractors.vocab.fields import I, M, Pattern, Patterns, VocabModel


class AttendanceLabel(VocabModel):
    pattern: Pattern(M)
    role: str
    status: str
    remote: bool = False
    unmarked_role: str | None = None  # the role of a name listed with no job ("In attendance: Tracy Knights")
    head_only: bool = False  # read only before the first item
    after_members: str | None = None  # the role of its names when two or more members were listed before it
    outside: bool = False  # its names come from outside bodies: guests, whatever job is written beside them


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
    coming_late: Patterns(M)
    police_spoke: Patterns(M)
    welcomed: Patterns(M)
    chair_named: Patterns(M)
    chair_for_meeting: Patterns(M)
    chair_welcomed: Patterns(M)
    elected_office: Patterns(M)
    meeting_remote: Patterns(M)
    meeting_hybrid: Patterns(M)
    meeting_title_line: Patterns(M)
    public_named: Patterns(M)
    speaker: Patterns(M)
    fuller_context: Patterns(M)
    officer_named: Patterns(M)
    reserve_table: Patterns(I | M)
    remote_mark: Patterns(I | M)
    late_mark: Patterns(I | M)
    reason_mark: Patterns(I | M)
    label_number: Patterns(M)
    split_label_rest: Patterns(M)
    run_on_break: Patterns(M)
    bullet_label: Patterns(M)
    present_said: Patterns(0)
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
    office_before: Patterns(0)
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
