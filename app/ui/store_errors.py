"""The one way a store error reaches the user, and the changes kept while another program holds the store.

Every part of the window that writes runs its write inside `StoreErrors.shown()`: a refusal is said once, in
one sentence style (what was not saved, the file, what to do), and the same problem again within two
minutes goes to the status bar instead of another box. Another program holding the store never brings a
box: the change is kept in `PendingWrites` and tried again every few seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from app.storage.errors import DatabaseBusy, StoreError
from app.ui.models import tr

RETRY_BUSY_MS = 2000  # a change the store's lock refused is tried again this often
STORE_ERROR_REPEAT_S = 120  # the same store problem again within this time goes to the status bar

PendingKey = tuple[Any, ...]


class Attempt:
    """The outcome of one `StoreErrors.shown()` block: `failed` once a store error was shown."""

    def __init__(self) -> None:
        self.failed = False
        self.error: StoreError | None = None


def sentence(error: StoreError) -> str:
    """The store's problem as the start of a sentence."""
    return error.problem[:1].upper() + error.problem[1:]


class PendingWrites(QObject):
    """Changes the store's lock refused, newest per thing changed, tried again until they are saved."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._waiting: dict[PendingKey, Callable[[], None]] = {}
        # Notes are kept by the notes controller; it says how many wait and how to try them again.
        self.notes_waiting: Callable[[], int] = lambda: 0
        self.retry_notes: Callable[[], object] = lambda: None  # what it returns is not used
        self._notes_busy = False
        self.label = QLabel()
        self.label.setAccessibleName(tr("Changes not saved yet"))
        self.label.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RETRY_BUSY_MS)
        self._timer.timeout.connect(self._retry)

    def keep(self, key: PendingKey, retry: Callable[[], None], error: StoreError) -> None:
        """Keep a change (the newest one per key), say so in the status bar, and try again soon."""
        self._waiting[key] = retry
        self._show()
        self._window.statusBar().showMessage(
            tr("Not saved yet: {problem}.").format(problem=error.problem), 8000)
        if not self._timer.isActive():
            self._timer.start()

    def retry_every(self, milliseconds: int) -> None:
        """How often to try again (every RETRY_BUSY_MS unless told otherwise)."""
        self._timer.setInterval(milliseconds)

    def saved(self, key: PendingKey) -> None:
        """A change for `key` was saved: an older one waiting for the same thing is dropped."""
        if self._waiting.pop(key, None) is not None:
            self._show()

    def notes_refused_busy(self) -> None:
        self._notes_busy = self.notes_waiting() > 0
        self._show()
        if self._notes_busy and not self._timer.isActive():
            self._timer.start()

    def _retry(self) -> None:
        waiting, self._waiting = self._waiting, {}
        for retry in waiting.values():
            retry()  # puts itself back if the store is still held
        if self.notes_waiting():
            self.retry_notes()
            self._notes_busy = self.notes_waiting() > 0
        self._show()
        if self._waiting or self._notes_busy:
            self._timer.start()

    def count(self) -> int:
        """How many changes are waiting for another program to let go of the store."""
        return len(self._waiting) + (self.notes_waiting() if self._notes_busy else 0)

    def _show(self) -> None:
        count = self.count()
        self.label.setText(tr("%n change(s) not saved yet: another program is using your data. "
                              "Objector keeps trying.", "", count) if count else "")
        self.label.setVisible(bool(count))

    def stop(self) -> None:
        self._timer.stop()


class StoreErrors:
    """Says what was not saved and what to do."""

    def __init__(self, window: QMainWindow, pending: PendingWrites) -> None:
        self._window = window
        self._pending = pending
        self._last: tuple[str, str, float] = ("", "", 0.0)

    @contextmanager
    def shown(self, later: tuple[PendingKey, Callable[[], None]] | None = None,
              quiet: bool = False) -> Iterator[Attempt]:
        """Run a block against the store; a `StoreError` it raises ends the block and is shown. With
        `later` (the change's key and how to make it again), a store another program holds keeps the change
        and tries it again instead; `quiet` (work the user did not ask for) puts the error in the status
        bar, with no box."""
        attempt = Attempt()
        try:
            yield attempt
        except StoreError as error:
            attempt.failed, attempt.error = True, error
            if later is not None and isinstance(error, DatabaseBusy):
                self._pending.keep(*later, error)
            elif quiet:
                self._window.statusBar().showMessage(str(error), 10000)
            else:
                self.show(error)

    def show(self, error: StoreError) -> None:
        """In a message box, or in the status bar when the same problem with the same file was shown in a
        box less than two minutes ago (a full disk would otherwise bring a box at every tick and every pause
        in typing)."""
        from app.ui import messages

        status = self._window.statusBar()
        if isinstance(error, DatabaseBusy):  # not a box: the window never waits on another program
            self._pending.notes_refused_busy()
            status.showMessage(tr("Not saved yet: {problem}.").format(problem=error.problem), 8000)
            return
        now = time.monotonic()
        kind, path, shown_at = self._last
        if (kind, path) == (type(error).__name__, str(error.path)) and now - shown_at < STORE_ERROR_REPEAT_S:
            status.showMessage(tr("Still not saved: {problem}. File: {path}").format(
                problem=error.problem, path=error.path), 15000)
            return
        self._last = (type(error).__name__, str(error.path), now)
        messages.warning(self._window, tr("Not saved"), tr("{problem}.\n\nFile: {path}\n\n{advice}").format(
            problem=sentence(error), path=error.path, advice=error.advice))

    def not_done(self, title: str, error: StoreError) -> None:
        """A file the user gave could not be used (a backup to import): its own problem and what to do."""
        from app.ui import messages

        messages.warning(self._window, title, tr("{problem}.\n\n{advice}").format(
            problem=sentence(error), advice=error.advice))

    def guarded(self, action: Callable[[], None], title: str) -> None:
        """Run a file action; whatever goes wrong that it did not explain itself is shown to the user, never
        left on standard error (an export of a value it could not write once said nothing)."""
        try:
            action()
        except Exception as error:  # noqa: BLE001 - the user is told, with the error's own words
            from app.ui import messages

            messages.warning(self._window, title, tr(
                "{title}: {error}\n\nNothing else was changed. If this keeps happening, use Guide > Report a "
                "problem with this guide, or the command line (objector --help), and say what you did."
            ).format(title=title, error=error))
