"""Run a parser on untrusted input in a child process with limits.

``run_limited(fn, *args, seconds=..., memory=...)`` forks, applies an address
-space limit in the child (``RLIMIT_AS``), runs ``fn`` there and sends the
result back through a pipe. The parent waits at most ``seconds``: a child
that overruns is killed, one that runs out of memory or crashes (a segfault
in a C library, say) is reported, and in every case the parent process —
and the rest of the batch — carries on.

Forking copies the already-imported parser libraries, so the cost is a few
milliseconds per document. It also works from a thread of a multi-threaded
process, such as a Dask worker's: the child is a copy of that one thread,
runs only the parser and leaves with ``os._exit``; should it ever block on a lock
another thread held at the fork, the time budget kills it like any other
overrun, so a document gets the same limits wherever it is parsed. Only
where there is no ``fork`` at all (not POSIX) does the function run inline,
without limits.
"""

from __future__ import annotations

import gc
import os
import pickle
import select
import signal
import time
from typing import Any, Callable

try:
    import resource  # POSIX only: where it is missing there is no fork either, and parsing runs inline
except ImportError:  # pragma: no cover - Windows
    resource = None


class LimitExceeded(Exception):
    """The child went over a limit or died; the message says which, for users."""


def can_fork() -> bool:
    return hasattr(os, "fork")


def run_limited(fn: Callable[..., Any], *args: Any, seconds: float, memory: int | None) -> Any:
    if not can_fork():
        return fn(*args)
    read_end, write_end = os.pipe()
    freeze = gc.get_freeze_count() == 0  # (a caller that froze objects itself keeps them frozen)
    if freeze:
        gc.freeze()  # the child's collections then skip the parent's objects: no copy-on-write of their pages
    try:
        pid = os.fork()
    except BaseException:
        if freeze:
            gc.unfreeze()
        raise
    if pid != 0 and freeze:
        gc.unfreeze()
    if pid == 0:  # the child
        os.close(read_end)
        code = 0
        try:
            if memory and resource is not None:
                resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
            try:
                payload = pickle.dumps(("ok", fn(*args)), protocol=pickle.HIGHEST_PROTOCOL)
            except MemoryError:
                payload = pickle.dumps(("error", f"ran out of memory (limit {memory // (1024 * 1024)} MB)"))
            except BaseException as exc:  # report, never propagate, in the child
                payload = pickle.dumps(("raise", exc))
            with os.fdopen(write_end, "wb") as out:
                out.write(payload)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    chunks: list[bytes] = []
    deadline = time.monotonic() + seconds
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                os.kill(pid, signal.SIGKILL)
                raise LimitExceeded(f"took longer than the {seconds:g} s time budget")
            ready, _, _ = select.select([read_end], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(read_end, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
    if not chunks:
        if os.WIFSIGNALED(status):
            name = signal.Signals(os.WTERMSIG(status)).name
            if memory and name in ("SIGABRT", "SIGSEGV", "SIGBUS", "SIGKILL"):
                raise LimitExceeded(f"the parser ran out of memory or crashed (signal {name}; memory limit {memory // (1024 * 1024)} MB); a document that decompresses to more than that is refused")
            raise LimitExceeded(f"the parser crashed (signal {name})")
        raise LimitExceeded("the parser stopped without a result (probably out of memory)")
    kind, value = pickle.loads(b"".join(chunks))
    if kind == "ok":
        return value
    if kind == "error":
        raise LimitExceeded(value)
    raise value
