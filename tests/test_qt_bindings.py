"""The Qt bindings in use do not corrupt Python's reference counts (PySide6 6.12.0 did, on every emit)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject, Signal, QStringListModel
class Emitter(QObject):
    changed = Signal(int)
emitter, model = Emitter(), QStringListModel(["a", "b"])
before = sys.getrefcount(True)
for _ in range(300):
    emitter.changed.emit(1)
    model.dataChanged.emit(model.index(0), model.index(1))
print(sys.getrefcount(True) - before)
"""


def test_signal_emission_keeps_reference_counts() -> None:
    # In a child process: with a faulty binding, the damage ends in a crash that would take pytest with it.
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout.strip()) >= 0, "each signal emission lost a reference to True"
