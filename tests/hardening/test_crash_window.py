"""Crash safety under load, through the window's own path: ticks made in the Qt model survive SIGKILL."""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.storage.database import Database
from tests.conftest import REPO

CHILD = Path(__file__).with_name("window_ticker.py")


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(8))
def test_ticks_through_the_window_survive_sigkill(tmp_path: Path, round_: int) -> None:
    data = tmp_path / "data"
    with Database(data / "objector.sqlite3") as db:
        account = db.add_account("My Facebook", "facebook", "EU").id
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, str(CHILD), str(data)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    assert child.stdout is not None
    ready = child.stdout.readline().split()
    assert ready[0] == "ready" and int(ready[1]) > 20
    lines: list[str] = []
    selector = selectors.DefaultSelector()
    selector.register(child.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + random.uniform(0.3, 1.2)
    while time.monotonic() < deadline:
        if selector.select(timeout=0.05):
            line = child.stdout.readline()
            if line:
                lines.append(line)
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    lines.extend(rest.splitlines())
    assert child.returncode == -signal.SIGKILL
    expected: dict[tuple[str, str], bool] = {}
    for line in lines:
        _, procedure, step, done = line.split()
        expected[(procedure, step)] = done == "1"
    assert len(lines) > 20, "the child did not get going"
    with Database(data / "objector.sqlite3") as reopened:
        assert reopened.integrity() == "ok"
        stored = reopened.ticks(account)
    wrong = [(key, done) for key, done in expected.items() if (key in stored) != done]
    assert wrong == []
