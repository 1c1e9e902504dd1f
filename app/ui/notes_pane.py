"""The notes pane: the account's, the procedure's and the step's note boxes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from app.ui.commands import NoteKey
from app.ui.models import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent, QShowEvent  # only named in annotations

NOTE_SAVE_DELAY_MS = 600
# With no choice saved yet, the notes start folded in a window less high than this: at 800x600 the step's
# own text needs the room more than three empty note boxes do.
FOLD_BELOW_HEIGHT = 700
OPEN_KEY = "notes/open"


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
        # Two lines at least, not Qt's usual five: in a window 800 high the notes then leave the step, its
        # text to copy and the attached files the room they need (the box scrolls, and grows with its pane).
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 2 * self.frameWidth() + 8)
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
    """Three note boxes sharing one record of text that could not be saved (`unsaved`), under a header
    that folds them away (the choice is remembered; the header says when a folded note has text)."""

    save_requested = Signal(object)  # the NoteEditor to save
    open_changed = Signal(bool)  # the boxes were shown (True) or folded away

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.unsaved: dict[NoteKey, str] = {}  # typed but not saved (the store refused): kept to retry
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 6)
        self.fold_button = QToolButton()
        self.fold_button.setObjectName("notesFold")
        self.fold_button.setCheckable(True)
        self.fold_button.setChecked(True)
        self.fold_button.setAutoRaise(True)
        self.fold_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.fold_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.fold_button.setAccessibleName(tr("Show or fold away the notes"))
        self.fold_button.toggled.connect(self._toggled)
        layout.addWidget(self.fold_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body, 1)
        self.account_note = NoteEditor(tr("Notes for this account"), tr("Notes for this account…"),
                                       self.unsaved)
        self.procedure_note = NoteEditor(tr("Notes for this guide"),
                                         tr("Notes for this guide: reference numbers, replies…"),
                                         self.unsaved)
        self.step_note = NoteEditor(tr("Notes for this step"), tr("Notes for this step…"), self.unsaved)
        for text, editor in ((tr("Account &notes"), self.account_note),
                             (tr("&Guide notes"), self.procedure_note),
                             (tr("S&tep notes"), self.step_note)):
            label = QLabel(text)
            label.setBuddy(editor)
            editor.save_requested.connect(self.save_requested)
            editor.textChanged.connect(self._update_header)
            editor.load(None, "")
            body.addWidget(label)
            body.addWidget(editor)
        self._decided = settings is not None and settings.value(OPEN_KEY) is not None
        if self._decided:
            self.set_open(str(settings.value(OPEN_KEY)).lower() in ("true", "1"), remember=False)  # type: ignore[union-attr]
        self._update_header()

    @property
    def editors(self) -> tuple[NoteEditor, NoteEditor, NoteEditor]:
        return (self.account_note, self.procedure_note, self.step_note)

    @property
    def is_open(self) -> bool:
        return self.fold_button.isChecked()

    def set_open(self, shown: bool, remember: bool = True) -> None:
        """Show the note boxes or fold them away to their header (which keeps its place in the tab order)."""
        self._remember = remember
        try:
            self.fold_button.setChecked(shown)
            self._toggled(shown)
        finally:
            self._remember = True

    _remember = True

    def _toggled(self, shown: bool) -> None:
        if self.body.isHidden() != shown:
            return  # already so
        if not shown and any(editor.hasFocus() for editor in self.editors):
            self.fold_button.setFocus()  # the focus does not vanish with the box
        self.body.setVisible(shown)
        self.setMaximumHeight(16777215 if shown else self.fold_button.sizeHint().height() + 6)
        if self._remember and self._settings is not None:
            self._settings.setValue(OPEN_KEY, shown)
            self._decided = True
        self._update_header()
        self.open_changed.emit(shown)

    def _update_header(self) -> None:
        shown = self.is_open
        self.fold_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        written = sum(1 for editor in self.editors if editor.toPlainText().strip())
        self.fold_button.setText(tr("Notes") if shown or not written else
                                 tr("Notes (%n with text)", "", written))
        self.fold_button.setToolTip(tr("Fold the notes away to give the step more room") if shown else
                                    tr("Show the notes for this account, guide and step"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """The first time: with no choice saved, fold the notes away in a low window (800x600)."""
        if not self._decided:
            self._decided = True
            window = self.window()
            if window is not None and window.height() < FOLD_BELOW_HEIGHT:
                self.set_open(False, remember=False)
        super().showEvent(event)
