"""The notes pane: the account's, the procedure's and the step's note boxes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.ui.commands import NoteKey
from app.ui.models import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent  # only named in annotations

NOTE_SAVE_DELAY_MS = 600


class NoteEditor(QPlainTextEdit):
    """A note box that asks to be saved shortly after typing stops and whenever it loses focus."""

    save_requested = Signal(object)

    def __init__(self, accessible_name: str, placeholder: str,
                 unsaved: dict[NoteKey, str] | None = None) -> None:
        super().__init__()
        self.key: NoteKey | None = None
        self.saved_text = ""
        # Text typed in any note box that could not be saved, by note: shown again when its note is.
        self.unsaved: dict[NoteKey, str] = {} if unsaved is None else unsaved
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._timer.timeout.connect(lambda: self.save_requested.emit(self))
        self.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if self.key is not None:
            self._timer.start()

    def pending(self) -> bool:
        return self.key is not None and self.toPlainText() != self.saved_text

    def load(self, key: NoteKey | None, text: str) -> None:
        """Show another note (the caller saved the previous one first), with the text typed in it that
        could not be saved, if any: that text stays pending, so it is saved at the next chance."""
        self._timer.stop()
        self.key = key
        self.set_saved(text)
        if key in self.unsaved:
            self.blockSignals(True)
            self.setPlainText(self.unsaved[key])
            self.blockSignals(False)
        self.setEnabled(key is not None)

    def set_saved(self, text: str) -> None:
        self.saved_text = text
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        if self.pending():
            self.save_requested.emit(self)
        super().focusOutEvent(event)


class NotesPane(QWidget):
    """Three note boxes sharing one record of text that could not be saved (`unsaved`)."""

    save_requested = Signal(object)  # the NoteEditor to save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unsaved: dict[NoteKey, str] = {}  # typed but not saved (the store refused): kept to retry
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 6)
        self.account_note = NoteEditor(tr("Notes for this account"), tr("Notes for this account…"),
                                       self.unsaved)
        self.procedure_note = NoteEditor(tr("Notes for this procedure"),
                                         tr("Notes for this procedure: reference numbers, replies…"),
                                         self.unsaved)
        self.step_note = NoteEditor(tr("Notes for this step"), tr("Notes for this step…"), self.unsaved)
        for text, editor in ((tr("Account &notes"), self.account_note),
                             (tr("P&rocedure notes"), self.procedure_note),
                             (tr("S&tep notes"), self.step_note)):
            label = QLabel(text)
            label.setBuddy(editor)
            editor.save_requested.connect(self.save_requested)
            editor.load(None, "")
            layout.addWidget(label)
            layout.addWidget(editor)

    @property
    def editors(self) -> tuple[NoteEditor, NoteEditor, NoteEditor]:
        return (self.account_note, self.procedure_note, self.step_note)
