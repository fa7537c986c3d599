"""A plugin extractor that crashes or hangs the process parsing a document that asks it to.

Loaded as any extractor plugin is (``COUNCILPACK_EXTRACTORS=crashing_extractor``
with ``tests/`` on ``PYTHONPATH``). A document containing ``CRASH-THE-PARSER``
kills the process parsing it with SIGSEGV, as a bug in a C library would; one
containing ``HANG-THE-PARSER`` sleeps far past any time budget. Every other
document is untouched, so the same batch shows what the sandbox saves.
"""

from __future__ import annotations

import os
import signal
import time

from extractors.registry import extractor


@extractor("crash_probe")
def crash_probe(ctx):
    if "CRASH-THE-PARSER" in ctx.text:
        os.kill(os.getpid(), signal.SIGSEGV)
    if "HANG-THE-PARSER" in ctx.text:
        time.sleep(300)
    return []
