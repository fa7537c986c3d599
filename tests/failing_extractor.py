"""A plugin that makes one real extractor fail, to test that a failure costs only its rows.

Loaded the way any extractor plugin is, by naming it in ``COUNCILPACK_EXTRACTORS``
(with ``tests/`` on ``PYTHONPATH``): after the built-in extractors are
registered, it replaces the one named in ``COUNCILPACK_TEST_FAILING_EXTRACTOR``
by a function with the same declarations that raises. Nothing else of the
pipeline is touched.
"""

from __future__ import annotations

import os

from extractors.registry import declared, extractor

TARGET = os.environ.get("COUNCILPACK_TEST_FAILING_EXTRACTOR", "facts")
_builtin = declared(TARGET)


@extractor(TARGET, requires=_builtin.requires, produces=_builtin.produces, override=True)
def failing_extractor(ctx):
    raise ZeroDivisionError(f"{TARGET} failed on purpose (tests/failing_extractor.py)")
