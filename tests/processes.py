"""Running councilpack and Datasette as real processes in tests.

The commands are the ones installed beside the Python running the tests (the
README installs them into ``.venv/bin``), so a test runs what a user runs,
from whatever environment pytest itself runs in.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import httpx

PYTHON = Path(sys.executable)
COUNCILPACK = PYTHON.with_name("councilpack")
DATASETTE = PYTHON.with_name("datasette")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HttpProcess:
    """A server command run on a free port of 127.0.0.1, ready once ``ready_path`` answers 200.

    ``command(port)`` gives the command line; its output goes to ``log``. ``client`` is an
    ``httpx.Client`` on ``base`` (``http://127.0.0.1:PORT``). A server that exits or does not
    answer within ``timeout`` seconds fails the test with its log.
    """

    def __init__(self, command: Callable[[int], list[str]], ready_path: str, log: Path, cwd: Path, timeout: float = 90) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = log
        self.log = log.open("w")
        self.proc = subprocess.Popen(command(self.port), cwd=cwd, stdout=self.log, stderr=subprocess.STDOUT)
        self.client = httpx.Client(base_url=self.base, timeout=30)
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise AssertionError(f"{command(self.port)[0]} exited with {self.proc.returncode}:\n{log.read_text()}")
            try:
                if self.client.get(ready_path).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise AssertionError(f"{command(self.port)[0]} did not answer within {timeout:.0f} s:\n{log.read_text()}")
            time.sleep(0.2)

    def stop(self) -> None:
        self.client.close()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
