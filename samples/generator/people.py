"""The fictional facts: the council, its people and its two meetings.

Every name, job title and address here is invented.  A :class:`Person` knows
the forms documents print (``Councillor Sunil Patel``, Kent's ``Mr S Patel``,
an e-mail address), so each document spells a person the way real ones do
while the truth always names them in full.  The date and time helpers print
the formats councils use (``Monday 16 June 2025``, ``6.30 pm``).

Depends only on :mod:`.values` (for the young person named in a report).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .values import YoungPerson


COUNCIL = "Eastbrook Borough Council"
COMMITTEE = "Corporate Parenting Panel"
EMAIL_DOMAIN = "eastbrook.gov.uk"


@dataclass(frozen=True)
class Person:
    """A fictional person.  ``short`` is the Kent-style ``Mr S Patel`` form."""

    first: str
    last: str
    honorific: str
    party: str | None = None
    job_title: str | None = None
    organisation: str | None = None

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def short(self) -> str:
        return f"{self.honorific} {self.first[0]} {self.last}"

    @property
    def cllr(self) -> str:
        return f"Councillor {self.name}"

    @property
    def email(self) -> str:
        return f"{self.first.lower()}.{self.last.lower()}@{EMAIL_DOMAIN}"


EBC = COUNCIL
HEALTH_TRUST = "Eastbrook Community Health NHS Trust"
ICB = "NHS Eastbrook Integrated Care Board"

# Councillors
GREAVES = Person("Hannah", "Greaves", "Ms", "Conservative")
ASHDOWN = Person("Martin", "Ashdown", "Mr", "Conservative")
PATEL = Person("Sunil", "Patel", "Mr", "Conservative")
OSEI = Person("Daniel", "Osei", "Mr", "Labour")
WHITFIELD = Person("Grace", "Whitfield", "Ms", "Labour")
LOWE = Person("Beatrice", "Lowe", "Mrs")  # non-voting advisory member
CRANE = Person("Philip", "Crane", "Mr", "Conservative")
HADDAD = Person("Amira", "Haddad", "Ms", "Conservative")
NOWAK = Person("Tomasz", "Nowak", "Mr", "Labour")
FITCH = Person("Eleanor", "Fitch", "Ms", "Labour")
THORNE = Person("Rebecca", "Thorne", "Ms", "Conservative",
                "Cabinet Member for Children's Services")
# Officers and health representatives
FENWICK = Person("Joanna", "Fenwick", "Ms", job_title="Democratic Services Officer", organisation=EBC)
OKAFOR = Person("Ruth", "Okafor", "Ms", job_title="Head of Corporate Parenting", organisation=EBC)
WHITCOMBE = Person("Alan", "Whitcombe", "Mr", job_title="Director of Children's Services", organisation=EBC)
RAHMAN = Person("Nadia", "Rahman", "Ms", job_title="Virtual School Headteacher", organisation=EBC)
MARSH = Person("Sophie", "Marsh", "Ms", job_title="Participation Officer", organisation=EBC)
DOYLE = Person("Kevin", "Doyle", "Mr", job_title="Housing Needs Manager", organisation=EBC)
BELL = Person("Marcus", "Bell", "Mr", job_title="Personal Adviser", organisation=EBC)
MCALLISTER = Person("Fiona", "McAllister", "Ms",
                    job_title="Named Nurse for Children Looked After", organisation=HEALTH_TRUST)
GRANT = Person("Oliver", "Grant", "Mr",
               job_title="Designated Nurse for Children Looked After", organisation=ICB)
KAI = YoungPerson("Kai")

TEL = "01234 567890"


@dataclass(frozen=True)
class Membership:
    """The Panel's membership as printed on the agenda front sheet."""

    chair: Person = GREAVES
    groups: tuple = (("Conservative", (ASHDOWN, PATEL)), ("Labour", (OSEI, WHITFIELD)))
    vice_chair: Person = OSEI
    advisory: Person = LOWE
    reserves: tuple = (("Conservative", (CRANE, HADDAD)), ("Labour", (NOWAK, FITCH)))
    quorum: int = 3


MEMBERSHIP = Membership()


@dataclass(frozen=True)
class Meeting:
    date: dt.date
    start: dt.time | None
    venue: str
    previous: dt.date
    published_on: dt.date | None = None


JUNE = Meeting(dt.date(2025, 6, 16), dt.time(18, 30),
               "Council Chamber, Eastbrook Civic Centre, Market Street, Eastbrook, EB1 2AA",
               previous=dt.date(2025, 3, 10), published_on=dt.date(2025, 6, 6))
MARCH = Meeting(dt.date(2025, 3, 10), None,
                "Council Chamber, Eastbrook Civic Centre, Eastbrook",
                previous=dt.date(2024, 12, 9))


def long_date(d: dt.date) -> str:
    """``Monday 16 June 2025``."""
    return f"{d:%A} {d.day} {d:%B %Y}"


def day_month_year(d: dt.date) -> str:
    """``16 June 2025``."""
    return f"{d.day} {d:%B %Y}"


def clock(t: dt.time) -> str:
    """``6.30 pm`` as councils print it."""
    hour = t.hour % 12 or 12
    return f"{hour}.{t.minute:02d} {'pm' if t.hour >= 12 else 'am'}"
