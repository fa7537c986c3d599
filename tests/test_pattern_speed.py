"""No vocabulary pattern backtracks catastrophically on a council's long lists of names.

A full council lists thirty to seventy members ("Present: Councillor A Smith,
Councillor B Jones, ..."; "Aldermen ..., Councillors ..."). A pattern that
repeats a name inside a repeated group ("{NAME}(?:, {NAME})*") can try
exponentially many ways to split the list before it fails: two real minutes
(a district council's 36 members, a city council's 7 aldermen and 24
councillors) ran for more than ten minutes in one attendance sentence pattern,
and the recorded-vote "Councillors A, B and C voted against" pattern took 17 s
on twenty names. Each name of such a list is matched atomically (``(?>...)``),
so the list is read once.

Every pattern of every vocabulary file is run here over forty-name lists in
the shapes councils print them (comma lists with titles, initials with full
stops, post-nominals, one name per line, a title only once, names without
separators). Each file's patterns run in a forked child with a time budget,
so a pattern that goes exponential fails the test instead of hanging the suite.
Linear patterns take milliseconds; the budget is generous so that a loaded
machine does not fail it.
"""

from __future__ import annotations

import string
import time

import pytest

from extractors import vocab
from extractors.vocab.models import MODELS
from pipeline.sandbox import LimitExceeded, run_limited
from tests.test_vocab import _pattern_fields

SURNAMES = (
    "Smith Jones Brown Taylor Wilson Evans Thomas Roberts Walker Wright Hughes Green Hall Wood Harris Lewis Martin "
    "Jackson Clarke Turner Hill Scott Cooper Morris Ward Moore King Watson Baker Harrison Morgan Patel Young Allen "
    "Mitchell Bell Kelly Carter Price Bennett"
).split()
LETTERS = string.ascii_uppercase


def long_lists(n: int = 40) -> list[str]:
    """The same forty members written the ways minutes print a full council's attendance."""
    names = SURNAMES[:n]
    initial = lambda i: LETTERS[i % 26]  # noqa: E731
    return [
        "Present: " + ", ".join(f"Councillor {initial(i)} {s}" for i, s in enumerate(names)) + ".\n",
        "Present: Councillors " + ", ".join(f"{initial(i)} {s}" for i, s in enumerate(names)) + " and Z Zed.\n",
        "PRESENT: " + ", ".join(f"Cllr {initial(i)}. {initial(i + 3)}. {s}" for i, s in enumerate(names)) + "\n",
        "Aldermen " + ", ".join(f"{initial(i)} {s} MBE" for i, s in enumerate(names)) + " were present\n",
        "\n".join(f"Councillor {initial(i)} {s} (Chair)" for i, s in enumerate(names)) + "\n",
        " ".join(f"Cllr {s}" for s in names) + " sent apologies\n",
        "Present: " + " ".join(f"{initial(i)}{initial(i + 1)} {s}" for i, s in enumerate(names)) + "\n",
        "Present: " + ", ".join(f"Mr {initial(i)} {s} {names[(i + 1) % n]}" for i, s in enumerate(names)) + "\n",
        ("Councillor " + " ".join(names) + " ") * 2 + "\n",
        "Councillors " + ", ".join(names[:-1]) + " and " + names[-1] + " voted against the motion.\n",
    ]


def slowest_pattern(name: str) -> tuple[float, str]:
    """(seconds, where) of the slowest pattern of ``<name>.toml`` over the long lists."""
    texts = long_lists()
    worst = (0.0, "")
    for where, model, field in _pattern_fields(vocab.get(name), name):
        for pattern in model.regex(field).patterns:
            for text in texts:
                start = time.perf_counter()
                for _ in pattern.finditer(text):
                    pass
                worst = max(worst, (time.perf_counter() - start, where))
    return worst


@pytest.mark.parametrize("name", sorted(MODELS))
def test_no_pattern_backtracks_catastrophically_on_forty_names(name):
    try:
        seconds, where = run_limited(slowest_pattern, name, seconds=60, memory=None)
    except LimitExceeded as e:
        pytest.fail(f"{name}.toml: a pattern did not finish on a forty-name list within 60 s ({e})")
    assert seconds < 2, f"{where} took {seconds:.2f} s on a forty-name list"


def test_the_lists_go_exponential_without_atomic_names():
    """The probe can fail: the old attendance pattern, without its atomic groups, blows up on twelve names."""
    import re

    old = vocab.regex("attendance", "sentences.sent_apologies").patterns[0].pattern.replace("(?>", "(?:")
    text = "PRESENT: " + ", ".join(f"Cllr {LETTERS[i]}. {LETTERS[i + 3]}. {s}" for i, s in enumerate(SURNAMES[:12])) + "\n"

    def run() -> None:
        for _ in re.compile(old, re.M).finditer(text):
            pass

    with pytest.raises(LimitExceeded):
        run_limited(run, seconds=3, memory=None)
