"""One pydantic model per vocabulary file: what keys a file may have, and how its patterns compile.

The model is the file's schema. A key the model does not name is an error, so a
misspelt key fails at load instead of being ignored; a pattern field declares
the flags it is compiled with (``Patterns(I | M)``: any case, ``^``/``$`` at
line ends), so no call site passes flags. Each file's model is in its own module here
(``models/votes.py`` for ``votes.toml``); to add a key to a file, add its field
there with a comment saying what it is for, and a new file's model to ``MODELS``.
"""

from extractors.vocab.models.actions import Actions
from extractors.vocab.models.attendance import Attendance, AttendanceLabel
from extractors.vocab.models.case_studies import CaseStudies
from extractors.vocab.models.common import Common
from extractors.vocab.models.councils import Councils
from extractors.vocab.models.declarations import Declarations
from extractors.vocab.models.facts import Facts
from extractors.vocab.models.layout import Layout
from extractors.vocab.models.outcomes import Outcomes
from extractors.vocab.models.people import People
from extractors.vocab.models.structure import Structure
from extractors.vocab.models.tables import Tables
from extractors.vocab.models.votes import Votes
from extractors.vocab.models.work_programme import WorkProgramme
from extractors.vocab.fields import VocabModel

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
