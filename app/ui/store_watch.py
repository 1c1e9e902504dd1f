"""Noticing what other processes commit to the store (a `backup import` from the command line, a script).

SQLite's `PRAGMA data_version` changes when another connection commits, never for this connection's own
writes, and asking it is a read of one page header: cheap enough to ask every second, which the watcher's
timer does (only the timer: coming back to the application does not trigger an extra look)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.storage.database import Database
from app.storage.errors import StoreError

CHECK_INTERVAL_MS = 1000


class StoreWatcher(QObject):
    """Emits `changed` when another process has committed to the store since the last look."""

    changed = Signal()

    def __init__(self, db: Database, parent: QObject | None = None,
                 interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._db = db
        self._version: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Take the store as it is now as seen, and look again every interval."""
        try:
            self._version = self._db.data_version()
        except StoreError:
            self._version = None
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def watching(self) -> bool:
        return self._timer.isActive()

    def check(self) -> bool:
        """Look now; True (and `changed`) if another process committed since the last look."""
        if not self._timer.isActive():
            return False
        try:
            version = self._db.data_version()
        except StoreError:
            return False  # a store that cannot be read says so when it is used
        if version == self._version:
            return False
        self._version = version
        self.changed.emit()
        return True
