"""A warm worker: one long-lived councilpack process that serves one-off ingests.

A fresh ``councilpack ingest pack.pdf`` spends most of its time starting up:
importing spaCy, pydantic models and the readers, and compiling the
vocabulary's thousand-odd patterns, which Python cannot keep between
processes. ``councilpack worker`` pays that once and then waits on a Unix
socket. ``councilpack ingest`` looks for a worker before doing anything
heavy; when one is listening, it hands over its arguments, working
directory, environment and its own stdin, stdout and stderr (file
descriptors passed over the socket), and the worker forks a child that runs
the command exactly as the client would have: same output on the same
terminal, same database, same exit status. With no worker, ingest runs in
its own process as always; nothing depends on a worker being there.

The socket's name carries a stamp of the code (the extractor version and
every source file's size and modification time), so a worker started before
an upgrade or an edit is never used: the client does not find it, runs
cold, and the stale worker leaves when its idle time runs out. The socket
lives in a directory only its user can enter, and the worker serves only
clients of its own user id (``SO_PEERCRED``).

This is the model of ``dmypy`` and Gradle's daemon, for the same reason.
POSIX only (it needs ``fork`` and descriptor passing); elsewhere ingest
simply runs in its own process.
"""

from __future__ import annotations

import hashlib
import json
import os
import select
import signal
import socket
import struct
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

# The packages whose code a worker runs: a change to any file in them makes a new stamp.
_CODE_ROOTS = ("cli.py", "pipeline", "extractors", "schemas")
_CODE_SUFFIXES = (".py", ".toml", ".json")
ENV_DISABLE = "COUNCILPACK_WORKER"  # "0" (or "off", "no"): never hand a command to a worker
_HEADER = struct.Struct("!I")
DEFAULT_IDLE_SECONDS = 900.0
_serving = False  # True in a worker's child: the command it runs must not look for a worker itself


def available() -> bool:
    """Can this platform run a worker at all (fork, Unix sockets, descriptor passing)?"""
    return hasattr(os, "fork") and hasattr(socket, "AF_UNIX") and hasattr(socket, "send_fds")


def disabled_by_environment() -> bool:
    return os.environ.get(ENV_DISABLE, "").strip().lower() in ("0", "off", "no", "false")


def code_stamp(root: Path | None = None) -> str:
    """A short hash of the code a worker would run: its version and every source file's size and mtime.

    ``root`` is the checkout or install the packages live in (by default this one's).
    """
    from pipeline import EXTRACTOR_VERSION

    root = root or Path(__file__).resolve().parent.parent
    h = hashlib.sha1(EXTRACTOR_VERSION.encode())
    for name in _CODE_ROOTS:
        top = root / name
        paths = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.suffix in _CODE_SUFFIXES)
        for p in paths:
            try:
                st = p.stat()
            except OSError:
                continue
            h.update(f"{p.relative_to(root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    h.update(sys.version.encode())
    return h.hexdigest()[:16]


def socket_dir() -> Path:
    """The user's private directory for worker sockets ($XDG_RUNTIME_DIR, else the temporary directory)."""
    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return Path(base) / f"councilpack-{os.getuid()}"


def socket_path() -> Path:
    """Where a worker of this very code listens."""
    return socket_dir() / f"worker-{code_stamp()}.sock"


def _private_dir(path: Path, create: bool) -> bool:
    """Is ``path`` a directory only this user can use? With ``create``, make it so first."""
    if create:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        st = path.lstat()
    except FileNotFoundError:
        return False
    import stat

    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and st.st_mode & 0o077 == 0


# --- the client ----------------------------------------------------------------------------


def forward(argv: list[str]) -> int | None:
    """Run ``councilpack <argv>`` in a listening worker and return its exit status.

    None when there is no usable worker (none listening, another version's,
    the platform cannot, or ``COUNCILPACK_WORKER=0``): the caller then runs
    the command itself. Once a worker has accepted the command, its status
    is the command's; Ctrl-C and termination are passed on to it.
    """
    if _serving or not available() or disabled_by_environment():
        return None
    path = socket_path()
    if not path.exists() or not _private_dir(path.parent, create=False):
        return None
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(str(path))
        request = json.dumps({"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ)}).encode()
        socket.send_fds(conn, [_HEADER.pack(len(request)) + request], [0, 1, 2])
        reply = conn.makefile("r", encoding="utf-8")
        first = reply.readline()
    except OSError:  # a socket left by a worker that died: run in this process
        conn.close()
        return None
    if not first.startswith("pid "):
        conn.close()
        return None
    child = int(first.split()[1])
    passed_on = {}

    def pass_on(signum, _frame):
        try:
            os.kill(child, signum)
        except ProcessLookupError:
            pass

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        passed_on[sig] = signal.signal(sig, pass_on)
    try:
        while True:
            try:
                line = reply.readline()
                break
            except InterruptedError:
                continue
    finally:
        for sig, old in passed_on.items():
            signal.signal(sig, old)
        conn.close()
    return int(line.split()[1]) if line.startswith("exit ") else 1


# --- the worker ----------------------------------------------------------------------------


def serve(run: Callable[[list[str]], int], warm: Callable[[], None], idle_seconds: float = DEFAULT_IDLE_SECONDS,
          log: Callable[[str], None] = lambda s: None) -> None:  # fmt: skip
    """Warm up, listen, and run each client's command in a forked child until idle for ``idle_seconds``.

    ``run(argv)`` runs one command and returns its exit status (the CLI's
    own entry point); ``warm()`` imports and compiles what commands need,
    once, before the first fork.
    """
    if not available():
        raise RuntimeError("a worker needs fork and Unix sockets with descriptor passing (POSIX)")
    warm()
    directory = socket_dir()
    if not _private_dir(directory, create=True):
        raise RuntimeError(f"{directory} is not a private directory of this user; remove it or set XDG_RUNTIME_DIR")
    path = socket_path()
    if path.exists():
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            probe.connect(str(path))
            probe.close()
            raise RuntimeError(f"a worker for this code is already listening on {path}")
        except ConnectionRefusedError:
            path.unlink()  # left by a worker that died
        finally:
            probe.close()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(16)
    log(f"worker {os.getpid()} listening on {path} (leaves after {idle_seconds:g} s idle)")
    children: set[int] = set()
    last = time.monotonic()
    stop = False

    def leave(_signum, _frame):
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, leave)
    try:
        while not stop:
            children -= _reaped(children, log)
            if children:
                last = time.monotonic()
            wait = idle_seconds - (time.monotonic() - last)
            if wait <= 0:
                log(f"worker {os.getpid()} idle for {idle_seconds:g} s: leaving")
                break
            ready, _, _ = select.select([listener], [], [], min(wait, 1.0))
            if not ready:
                continue
            conn, _ = listener.accept()
            last = time.monotonic()
            pid = _serve_one(conn, listener, run, log)
            if pid:
                children.add(pid)
    finally:
        listener.close()
        try:
            if path.exists():
                path.unlink()
        except OSError:
            pass


def _reaped(children: set[int], log: Callable[[str], None]) -> set[int]:
    done = set()
    for pid in children:
        try:
            got, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            done.add(pid)
            continue
        if got:
            done.add(pid)
            log(f"child {pid} finished with status {os.waitstatus_to_exitcode(status)}")
    return done


def _serve_one(conn: socket.socket, listener: socket.socket, run: Callable[[list[str]], int], log: Callable[[str], None]) -> int | None:
    """Read one request and fork the child that runs it; the parent keeps no descriptor of the client."""
    fds: list[int] = []
    try:
        uid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))[1]
        if uid != os.getuid():
            log(f"refused a client of user {uid}")
            return None
        conn.settimeout(10)
        data, fds, _flags, _addr = socket.recv_fds(conn, 1 << 20, 3)
        (size,) = _HEADER.unpack_from(data)
        body = data[_HEADER.size:]
        while len(body) < size:
            more = conn.recv(1 << 20)
            if not more:
                raise ConnectionError("the client left mid-request")
            body += more
        request = json.loads(body[:size])
        if len(fds) != 3:
            raise ConnectionError(f"expected 3 descriptors, got {len(fds)}")
    except (OSError, ValueError, struct.error) as exc:
        log(f"a bad request: {exc}")
        for fd in fds:
            os.close(fd)
        conn.close()
        return None
    pid = os.fork()
    if pid == 0:
        listener.close()
        _run_child(conn, fds, request, run)
    for fd in fds:
        os.close(fd)
    conn.close()
    log(f"child {pid}: councilpack {' '.join(request['argv'])} (in {request['cwd']})")
    return pid


def _run_child(conn: socket.socket, fds: list[int], request: dict, run: Callable[[list[str]], int]) -> None:
    """In the forked child: become the client's process (descriptors, directory, environment), run, report."""
    global _serving
    _serving = True
    code = 1
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        sys.stdin = open(0, "r", closefd=False)
        sys.stdout = open(1, "w", buffering=1 if os.isatty(1) else -1, closefd=False)
        sys.stderr = open(2, "w", buffering=1, closefd=False)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        sys.argv = ["councilpack", *request["argv"]]
        conn.sendall(f"pid {os.getpid()}\n".encode())
        code = run(list(request["argv"]))
    except BaseException as exc:  # noqa: BLE001 - whatever happens, the client gets a status
        try:
            print(f"error: the worker could not run the command: {type(exc).__name__}: {exc}", file=sys.stderr)
        except BaseException:
            pass
        code = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:
            pass
        try:
            conn.sendall(f"exit {code}\n".encode())
        except OSError:
            pass
        os._exit(code)
