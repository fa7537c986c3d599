"""No regex compiled in a Python module goes quadratic or exponential on a long line.

tests/test_pattern_speed.py guards the vocabulary files; this file guards the
patterns the code compiles itself: every module-level ``re.Pattern`` of
``extractors``, ``pipeline.outline`` and ``pipeline.readers``. A PDF's text
layer can hand us one very long line (a table flattened to a row, a run of
leader dots or spaces, a numbered list with its line breaks lost), and a
pattern that tries a leading ``[ \\t]*`` or a lazy ``.*?`` at every start of
such a line does work quadratic in its length (or worse): on main, four of
them ran past five seconds on one 5,000-character line, and a score more took
a fifth of a second to three seconds.

Each pattern runs over the adversarial texts below the way the code applies
it: ``finditer`` (what ``search``, ``sub`` and ``findall`` do too) unless the
code only ever anchors it with ``match`` or ``fullmatch``, listed in
ANCHORED_ONLY (a test checks that the code uses those only that way: the
fact-list label patterns, say, are fullmatched against lines of at most 90
characters, and would hang if searched through a long line). Each module's
patterns run in a forked child with a time budget, so a pattern that hangs
fails the test instead of hanging the suite. Linear
patterns take milliseconds; the 2 s limit per pattern leaves room for a loaded
machine, and the texts are long enough that a quadratic form exceeds it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import time

import pytest

import extractors
import pipeline.outline
import pipeline.readers
from pipeline.sandbox import LimitExceeded, run_limited
from tests.test_pattern_speed import long_lists

PACKAGES = (extractors, pipeline.outline, pipeline.readers)

# Patterns the code only ever applies anchored, so a failed attempt is not retried at every later start.
ANCHORED_ONLY = {
    "extractors.actions._LEADING_MARKER": "match",
    "extractors.agenda_items._PLAIN_NUMBER": "fullmatch",
    "extractors.attendance.capacity._TRAILING_MARK": "match",
    "extractors.attendance.labels._SUB_NUMBER": "match",
    "extractors.declarations.reading._FIRST_WORDS": "match",
    "extractors.facts.prose.MARKER": "match",
    "extractors.facts.lists._LINE_NUMBER": "match",
    "extractors.facts.lists._POPULATION": "match",
    "extractors.facts.lists.ITEM_START": "match",
    "extractors.facts.lists._LABEL_DASH": "fullmatch",  # label_line(): and only on lines of at most 90 characters
    "extractors.facts.lists._LABEL_PAIRS": "fullmatch",  # (the same)
    "extractors.numbering._SECOND_NUMBER": "match",
    "extractors.resolutions._BARE_MARK_AFTER": "match",
    "extractors.resolutions._CLOSING_AFTER": "match",  # closes_proposal(): at the end of one mark
}


def adversarial_texts() -> list[str]:
    """Forty-name lists, and single long lines of the runs that make a leading optional group or a lazy scan retry."""
    return long_lists() + [
        "word " * 3000 + "\n",
        "A. " * 2000 + "\n",
        " " * 5000 + "x\n",
        "Councillor Smith, " * 500 + "\n",
        "1. " * 2000 + "\n",
        "(a) " * 1500 + "\n",
        "-" * 5000 + "\n",
        "Mr A B C D E F G H I J K L M N O P Q R S T U V W X Y Z " * 50 + "\n",
        "\t" * 3000 + "- " + "\t" * 2000 + "x\n",
    ]


def _defines(module, name: str) -> bool:
    return re.search(rf"(?m)^{re.escape(name)}\s*(?::[^=\n]*)?=", inspect.getsource(module)) is not None


def patterns_by_module() -> dict[str, list[str]]:
    """Module name -> names of the compiled patterns it defines (an imported pattern is probed where it is defined)."""
    owner: dict[int, tuple[str, str]] = {}  # id(pattern) -> (module, name)
    for package in PACKAGES:
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if isinstance(value, re.Pattern) and (id(value) not in owner or _defines(module, name)):
                    owner[id(value)] = (info.name, name)
    found: dict[str, list[str]] = {}
    for module_name, name in owner.values():
        found.setdefault(module_name, []).append(name)
    return found


def time_pattern(pattern: re.Pattern, how: str, texts: list[str]) -> float:
    """The longest time the pattern takes on any of the texts, applied the way the code applies it."""
    worst = 0.0
    for text in texts:
        subject = text.encode() if isinstance(pattern.pattern, bytes) else text
        start = time.perf_counter()
        if how == "finditer":
            for _ in pattern.finditer(subject):
                pass
        else:
            getattr(pattern, how)(subject)
        worst = max(worst, time.perf_counter() - start)
    return worst


def slowest_in_module(module_name: str, names: list[str]) -> list[tuple[float, str]]:
    module = importlib.import_module(module_name)
    texts = adversarial_texts()
    how = lambda name: ANCHORED_ONLY.get(f"{module_name}.{name}", "finditer")  # noqa: E731
    return [(time_pattern(getattr(module, n), how(n), texts), n) for n in names]


MODULES = patterns_by_module()


@pytest.mark.parametrize("module_name", sorted(MODULES))
def test_no_module_pattern_goes_quadratic_on_a_long_line(module_name):
    try:
        timings = run_limited(slowest_in_module, module_name, MODULES[module_name], seconds=60, memory=None)
    except LimitExceeded as e:
        pytest.fail(f"{module_name}: its patterns did not finish on the long lines within 60 s ({e})")
    slow = [f"{module_name}.{n} took {s:.2f} s" for s, n in timings if s >= 2]
    assert not slow, "; ".join(slow)


def test_the_anchored_list_names_real_patterns():
    """A renamed pattern must not silently fall out of ANCHORED_ONLY (and so be probed with finditer unannounced)."""
    for full in ANCHORED_ONLY:
        module_name, name = full.rsplit(".", 1)
        assert name in MODULES.get(module_name, []), full


def test_the_anchored_patterns_are_only_used_anchored():
    """A pattern probed with match/fullmatch must not be searched, substituted or passed on anywhere in the code."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sources = [root / "cli.py", *(root / "extractors").rglob("*.py"), *(root / "pipeline").rglob("*.py")]
    for full in ANCHORED_ONLY:
        name = full.rsplit(".", 1)[1]
        loose = re.compile(rf"\b{re.escape(name)}\b(?!\.(?:full)?match\()")
        for path in sources:
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if loose.search(line) and not re.match(rf"{re.escape(name)} = re\.compile|\s*from .* import ", line):
                    where = f"{path.relative_to(root)}:{number}"
                    pytest.fail(f"{full} is used unanchored at {where}: probe it with finditer")


# main's form of the attendance list's "two members of the public – Lee Willetts": its leading "[ \t]*,?[ \t]*"
# was tried at every space of a long line, and backtracked between its two runs of blanks
OLD_COUNTED_THEN_NAMED = (
    r"(?:[ \t]*,?[ \t]*\band[ \t]+|^|(?<=[\s,]))(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+members?"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?public[ \t]*[-–—:][ \t]*(?=[A-Z])"
)


def test_the_probe_fails_a_quadratic_form():
    """The probe can fail: the old form of a pattern fixed here blows the 2 s limit on the long lines."""

    def run() -> float:
        return time_pattern(re.compile(OLD_COUNTED_THEN_NAMED, re.I), "finditer", adversarial_texts())

    try:
        seconds = run_limited(run, seconds=4, memory=None)
    except LimitExceeded:
        return
    assert seconds >= 2, f"the old quadratic form took only {seconds:.2f} s: the texts are too short to catch it"
