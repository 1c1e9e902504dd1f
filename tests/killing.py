"""Shared by the crash tests: let a child print for a random while, kill it, and collect every line."""

from __future__ import annotations

import random
import selectors
import signal
import subprocess
import time


def read_then_kill(child: subprocess.Popen[str], shortest: float = 0.3, longest: float = 1.5) -> list[str]:
    """Every line the child printed before SIGKILL at a random moment (lines still in the pipe included)."""
    assert child.stdout is not None
    lines: list[str] = []
    selector = selectors.DefaultSelector()
    selector.register(child.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + random.uniform(shortest, longest)
    while time.monotonic() < deadline:
        if selector.select(timeout=0.05):
            line = child.stdout.readline()
            if line:
                lines.append(line.strip())
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    lines.extend(line.strip() for line in rest.splitlines() if line.strip())
    assert child.returncode == -signal.SIGKILL, f"the child ended by itself ({child.returncode})"
    return lines
