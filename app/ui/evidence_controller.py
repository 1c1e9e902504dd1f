"""Attached files (evidence) for what the details pane shows: attaching (the button, the Procedure menu,
files dropped on the details pane, Ctrl+V of a screenshot or of copied files), opening, renaming and
removing. Each change is saved first and shown after; attaching, renaming and removing are undoable (this
is their writer, app.ui.commands.EvidenceWriter). Store errors reach the user through StoreErrors.shown().

Signals:
- `outcome_offered(target, date)`: a saved e-mail (.eml) with a Date header was attached to a procedure's
  reply step (`Procedure.reply_step`): the window may offer to record the request's outcome on that date.
  `target` is the details pane's Target (account id, procedure id, step id); `date` is the e-mail's date
  (as app.core.email_headers.read_email_headers gives it).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from app.core.accounts import Evidence
from app.ui.commands import RemoveEvidenceCommand, RenameEvidenceCommand
from app.ui.context import WindowContext
from app.ui.details import DetailsPane, Target
from app.ui.models import tr
from app.ui.store_errors import StoreErrors

if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QUndoStack

    from app.ui.evidence_pane import EvidenceItem

EMAIL_SUFFIXES = (".eml",)


class EvidenceController(QObject):
    """Reads and writes the attached files of the target the details pane shows."""

    outcome_offered = Signal(object, object)  # Target, the e-mail's date

    def __init__(self, window: QMainWindow, context: WindowContext, errors: StoreErrors,
                 undo_stack: QUndoStack, details: DetailsPane) -> None:
        super().__init__(window)
        self._window, self._context, self._errors, self._undo = window, context, errors, undo_stack
        self._details = details
        self._headers: dict[str, Any] = {}  # a saved e-mail's headers, by content hash
        self.shown: Target | None = None  # the target whose files the list shows
        details.target_changed.connect(self.show)
        details.attach_requested.connect(self.choose_files)
        details.files_dropped.connect(self.attach_files)
        details.image_pasted.connect(self.attach_image)
        details.built.connect(self._connect_pane)

    def _connect_pane(self) -> None:
        pane = self._details.evidence
        pane.open_requested.connect(self.open)
        pane.rename_requested.connect(self.rename)
        pane.remove_requested.connect(self.remove)

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 6000)

    # --- what the list shows ---------------------------------------------------------------------------

    def show(self, target: Target | None) -> None:
        """List the files attached to `target` (a procedure's own files when its step id is "")."""
        self.shown = target
        if target is None or "evidence" not in self._details.__dict__:
            return
        items = self.items_for(target)
        if items is not None:
            self._details.evidence.set_items(items)

    def refresh(self) -> None:
        self.show(self._details.target)

    def items_for(self, target: Target) -> list[EvidenceItem] | None:
        from app.ui.evidence_pane import EvidenceItem

        account_id, procedure_id, step_id = target
        db = self._context.db
        with self._errors.shown(quiet=True) as attempt:
            records = [item for item in db.evidence(account_id, procedure_id) if item.step_id == step_id]
            paths = [db.evidence_file(item) for item in records]
        if attempt.failed:
            return None
        return [EvidenceItem(item, path, self._email_headers(item, path))
                for item, path in zip(records, paths, strict=True)]

    def _email_headers(self, evidence: Evidence, path: Path) -> Any:
        """A saved e-mail's Date, From and Subject (None for other files, or when they cannot be read)."""
        if not evidence.original_name.lower().endswith(EMAIL_SUFFIXES):
            return None
        if evidence.sha256 not in self._headers:
            from app.core.email_headers import MAX_HEADER_BYTES, read_email_headers
            from app.files import open_regular

            try:
                with open_regular(path) as (handle, _size):
                    data = handle.read(MAX_HEADER_BYTES)  # the headers are all that is read
                self._headers[evidence.sha256] = read_email_headers(data)
            except (OSError, ValueError):
                self._headers[evidence.sha256] = None
        return self._headers[evidence.sha256]

    # --- attaching ---------------------------------------------------------------------------------------

    def attach(self) -> None:
        """The Procedure menu's "Attach file…": for what the details pane shows."""
        target = self._details.target
        if target is None:
            self._status(tr("Choose a guide or a step first, then attach the file to it."))
            return
        self.choose_files(target)

    def choose_files(self, target: Target) -> None:
        from PySide6.QtWidgets import QFileDialog

        names, _filter = QFileDialog.getOpenFileNames(self._window, tr("Attach files"), str(Path.home()))
        if names:
            self.attach_files(target, [Path(name) for name in names])

    def _large_confirmed(self, source: Path) -> bool:
        """A file over LARGE_EVIDENCE_BYTES is copied only if the user says so."""
        from app.storage import database

        try:
            size = os.stat(source).st_size
        except OSError:
            return True  # the store says what is wrong with it
        if size <= database.LARGE_EVIDENCE_BYTES:
            return True
        from app.ui import messages
        from app.ui.evidence_pane import human_size

        answer = messages.question(
            self._window, tr("Attach a large file?"),
            tr("This file is {size}. Attach a copy anyway?\n\n{name}").format(size=human_size(size),
                                                                           name=source),
            messages.Button.Yes | messages.Button.No, messages.Button.Yes)
        return answer == messages.Button.Yes

    def attach_files(self, target: Target, sources: list[Path]) -> None:
        """Copy each file into the store for `target`; a refusal names the file and the others go on."""
        account_id, procedure_id, step_id = target
        db = self._context.db
        for source in sources:
            if not self._large_confirmed(source):
                continue
            with self._errors.shown() as attempt:
                evidence = db.attach_evidence(account_id, procedure_id, step_id, source)
            if not attempt.failed:
                self._attached(target, evidence)

    def attach_image(self, target: Target, image: QImage) -> None:
        """A picture pasted (or dropped): stored as a PNG."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtGui import QImageWriter

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not QImageWriter(buffer, QByteArray(b"png")).write(image):
            self._status(tr("The picture could not be made into a PNG file: nothing was attached."))
            return
        buffer.close()
        name = tr("Pasted picture {time}.png").format(time=dt.datetime.now().strftime("%Y-%m-%d %H.%M.%S"))
        account_id, procedure_id, step_id = target
        with self._errors.shown() as attempt:
            evidence = self._context.db.attach_evidence_bytes(account_id, procedure_id, step_id,
                                                              bytes(data.data()), name)
        if not attempt.failed:
            self._attached(target, evidence)

    def _attached(self, target: Target, evidence: Evidence) -> None:
        if evidence.id in {item.evidence.id for item in self._details.evidence.model.items}:
            self._status(tr("“{name}” is attached here already.").format(name=evidence.original_name))
            return
        if getattr(evidence, "removed_at", None) is not None:  # attached before and removed: back again
            with self._errors.shown() as attempt:
                evidence = self._context.db.restore_evidence(evidence.id)
            if attempt.failed:
                return
        self._undo.push(RemoveEvidenceCommand(self, evidence.id, evidence.original_name, removed=False))
        self._status(tr("Attached “{name}”.").format(name=evidence.original_name))
        self.refresh()
        self._offer_outcome(target, evidence)

    def _offer_outcome(self, target: Target, evidence: Evidence) -> None:
        """A saved e-mail attached to the reply step: its date may be the reply's."""
        procedure = self._context.catalog.get(target[1])
        if procedure is None or not target[2] or getattr(procedure, "reply_step", None) != target[2]:
            return
        with self._errors.shown(quiet=True) as attempt:
            path = self._context.db.evidence_file(evidence)
        headers = None if attempt.failed else self._email_headers(evidence, path)
        date = getattr(headers, "date", None)
        if date is not None:
            self.outcome_offered.emit(target, date)

    # --- acting on one attached file ---------------------------------------------------------------------

    def open(self, evidence: Evidence) -> None:
        """Open the stored copy with the program the desktop uses for it."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        with self._errors.shown() as attempt:
            path = self._context.db.evidence_file(evidence)
        if attempt.failed:
            return
        if not path.is_file():
            self._status(tr("The stored copy of “{name}” is missing (was it deleted?): {path}").format(
                name=evidence.original_name, path=path))
            return
        # In a read-only folder, the copy without its extension, which the desktop may still know.
        with contextlib.suppress(OSError):
            path = self._context.db.openable_file(evidence)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._status(tr("No program opened “{name}”. Its copy is in {path}").format(
                name=evidence.original_name, path=path))

    def rename(self, evidence: Evidence) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        name, ok = QInputDialog.getText(self._window, tr("Rename attached file"), tr("Name:"),
                                        QLineEdit.EchoMode.Normal, evidence.original_name)
        name = name.strip()
        if not ok or not name or name == evidence.original_name:
            return
        if self.write_evidence_name(evidence.id, name):
            self._undo.push(RenameEvidenceCommand(self, evidence.id, evidence.original_name, name))

    def remove(self, evidence: Evidence) -> None:
        """Remove from the list (undoable: the store keeps the record and its copy)."""
        if self.write_evidence_removed(evidence.id, True):
            self._undo.push(RemoveEvidenceCommand(self, evidence.id, evidence.original_name))
            self._status(tr("Removed “{name}”. Undo brings it back.").format(name=evidence.original_name))

    # --- the undo stack's writer ------------------------------------------------------------------------

    def write_evidence_name(self, evidence_id: int, name: str) -> bool:
        with self._errors.shown() as attempt:
            self._context.db.rename_evidence(evidence_id, name)
        if attempt.failed:
            return False
        self.refresh()
        return True

    def write_evidence_removed(self, evidence_id: int, removed: bool) -> bool:
        db = self._context.db
        with self._errors.shown() as attempt:
            if removed:
                db.remove_evidence(evidence_id)
            else:
                db.restore_evidence(evidence_id)
        if attempt.failed:
            return False
        self.refresh()
        return True
