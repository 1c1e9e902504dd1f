"""Shared by the crash tests: start a child that prints a line per stored change, kill it at a random
moment, and collect every line it printed.

Lines are read from the pipe's file descriptor directly, with our own buffer: a text-mode reader keeps lines
in a buffer of its own that a later raw read (as `communicate(timeout=...)` does) would never see.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import time


class ChildLines:
    """The lines a child prints on its stdout (opened in binary mode)."""

    def __init__(self, child: subprocess.Popen[bytes]) -> None:
        assert child.stdout is not None
        self.child = child
        self.fd = child.stdout.fileno()
        self.pending = b""
        self.ended = False

    def close(self) -> None:
        assert self.child.stdout is not None
        self.child.stdout.close()

    def _read(self, timeout: float) -> None:
        """Read what is there within `timeout` seconds; notes the end of the pipe."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if ready:
            chunk = os.read(self.fd, 65536)
            self.pending += chunk
            self.ended = not chunk

    def readline(self, timeout: float = 60.0) -> str:
        """The next whole line, waiting for it at most `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.pending:
            if self.ended or time.monotonic() > deadline:
                raise AssertionError(f"the child printed no line (exit code {self.child.poll()})")
            self._read(max(0.0, deadline - time.monotonic()))
        line, self.pending = self.pending.split(b"\n", 1)
        return line.decode("utf-8")

    def read_then_kill(self, shortest: float = 0.3, longest: float = 1.5) -> list[str]:
        """Every line printed before SIGKILL at a random moment, including what was still in the pipe."""
        deadline = time.monotonic() + random.uniform(shortest, longest)
        while time.monotonic() < deadline and not self.ended:
            self._read(0.05)
        self.child.send_signal(signal.SIGKILL)
        self.child.wait(timeout=30)
        drained = time.monotonic() + 30
        while not self.ended and time.monotonic() < drained:  # the rest of the pipe, up to its end
            self._read(1.0)
        self.close()
        returncode = self.child.returncode
        assert returncode == -signal.SIGKILL, f"the child ended by itself ({returncode})"
        complete = self.pending.rsplit(b"\n", 1)[0] if b"\n" in self.pending else b""
        return [line for line in complete.decode("utf-8").splitlines() if line.strip()]
