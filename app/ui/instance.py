"""One window per data folder.

The first start takes a lock file in the data folder (`QLockFile`: it holds the process id, so a lock left by
a process that was killed is noticed and taken over). A second start on the same folder does not open a
window of its own: it leaves a request file in the folder's `window-requests` folder and waits for the first
window to take it away, which it does as it comes to the front. Files only: no socket, no network."""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, QTimer, Signal

LOCK_NAME = "objector.lock"
REQUESTS_NAME = "window-requests"
ANSWER_WAIT_S = 4.0


class AlreadyOpen(Exception):
    """Another process holds the data folder's lock."""

    def __init__(self, data_dir: Path, pid: int, answered: bool) -> None:
        super().__init__(f"Objector is already open with {data_dir}")
        self.data_dir = data_dir
        self.pid = pid
        self.answered = answered  # whether its window took the request to come forward


class InstanceLock:
    """The data folder's lock, held for as long as the window is open."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.requests_dir = data_dir / REQUESTS_NAME
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
        self.held = False

    def acquire(self, wait_s: float = ANSWER_WAIT_S) -> None:
        """Take the lock, or raise `AlreadyOpen` after asking the window that holds it to come forward."""
        from app.atomic import make_private_dirs

        try:
            make_private_dirs(self.data_dir)
        except OSError:
            return  # a folder that cannot be made or written: opening the store says so, with what to do
        if self._lock.tryLock(0):
            self.held = True
            return
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return  # not held by anyone, just not writable: opening the store explains that
        info = self._lock.getLockInfo()  # PySide6: (pid, host, application), or with a leading "ok" flag
        pid = next((value for value in info if isinstance(value, int) and not isinstance(value, bool)), 0)
        raise AlreadyOpen(self.data_dir, int(pid), self._ask_to_come_forward(wait_s))

    def _ask_to_come_forward(self, wait_s: float) -> bool:
        try:
            self.requests_dir.mkdir(mode=0o700, exist_ok=True)
            request = self.requests_dir / f"{os.getpid()}-{os.urandom(8).hex()}"  # not uuid: 2 ms to import
            request.write_bytes(b"")
        except OSError:
            return False
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            if not request.exists():
                return True
            time.sleep(0.05)
        request.unlink(missing_ok=True)
        return False

    def release(self) -> None:
        if self.held:
            self._lock.unlock()
            self.held = False


class ComeForwardRequests(QObject):
    """In the first window: notices a second start's request, takes it away and emits `requested`."""

    requested = Signal()

    def __init__(self, requests_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dir = requests_dir
        with contextlib.suppress(OSError):
            requests_dir.mkdir(mode=0o700, exist_ok=True)
        self._watcher = QFileSystemWatcher([str(requests_dir)], self)
        self._watcher.directoryChanged.connect(self.check)
        self._poll = QTimer(self)  # in case the folder cannot be watched (too many watches, a network drive)
        self._poll.setInterval(1000)
        self._poll.timeout.connect(self.check)
        self._poll.start()

    def check(self) -> None:
        try:
            waiting = [entry for entry in os.scandir(self._dir) if entry.is_file()]
        except OSError:
            return
        if not waiting:
            return
        now = time.time()
        fresh = False
        for entry in waiting:
            try:
                # One older than a second start waits was left by a start that crashed while waiting.
                fresh = fresh or now - entry.stat().st_mtime < ANSWER_WAIT_S + 1
                os.unlink(entry.path)
            except OSError:
                pass
        if fresh:
            self.requested.emit()

    def stop(self) -> None:
        self._poll.stop()
        self._watcher.removePaths(self._watcher.directories())
