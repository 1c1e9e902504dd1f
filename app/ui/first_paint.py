"""Start-up work the first screen does not need, run once the window has painted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

FIRST_PAINT_LATEST_MS = 1000  # start-up work left for after the first paint runs by then in any case


class AfterFirstPaint(QObject):
    """Runs `work` once the window has painted for the first time (`painted`, connected to the window's
    `first_painted`), or after `latest_ms` if it never does.

    For start-up work that the first screen does not need: a zero-delay timer would run it before the
    first paint, since Qt paints after the timers that are already due. (Not an event filter: PySide6
    would hand every event of the window to Python, and making the first one a Python object loads some
    fifty event classes, about 5 ms.)"""

    def __init__(self, window: QWidget, work: Callable[[], None], latest_ms: int | None = None) -> None:
        super().__init__(window)
        self._work: Callable[[], None] | None = work
        QTimer.singleShot(FIRST_PAINT_LATEST_MS if latest_ms is None else latest_ms, self, self._run)

    def painted(self) -> None:
        if self._work is not None:
            QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work()

    def cancel(self) -> None:
        """Never run the work (the window is closing)."""
        self._work = None
