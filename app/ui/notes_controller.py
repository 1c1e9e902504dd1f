"""Saving notes: after a pause in typing, on leaving a box, before anything else is shown and at close; a
note changed elsewhere meanwhile is never overwritten without asking; text the store refused is kept in
its box and tried again; closing with such text asks first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from app.storage.errors import NoteChanged, StoreError
from app.ui.commands import NoteCommand, NoteKey
from app.ui.context import WindowContext
from app.ui.models import tr
from app.ui.notes_pane import NoteEditor, NotesPane
from app.ui.session import AccountSession
from app.ui.store_errors import PendingWrites, StoreErrors


class NotesController(QObject):
    """Owns the saving of the three note boxes; the undo stack's note writer."""

    def __init__(self, window: QMainWindow, context: WindowContext, session: AccountSession, pane: NotesPane,
                 errors: StoreErrors, pending: PendingWrites, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self._window, self._context, self._session, self._pane = window, context, session, pane
        self._errors, self._undo = errors, undo_stack
        self._saving = False
        self.select_account: Callable[[int], object] = lambda _account_id: None  # set by the window
        pane.save_requested.connect(self.save)
        pending.notes_waiting = lambda: len(self.unsaved)
        pending.retry_notes = self.save_unsaved
        session.reset.connect(self._session_reset)

    @property
    def unsaved(self) -> dict[NoteKey, str]:
        return self._pane.unsaved

    def _session_reset(self, _same: bool) -> None:
        account = self._session.account
        self._pane.account_note.load((account.id, "", "") if account else None,
                                     self._session.notes.get(("", ""), "") if account else "")

    def show(self, account_id: int | None, procedure_id: str, step_id: str) -> None:
        """Load the procedure's and the step's notes (saving what was typed first), read afresh from the
        store; nothing when `account_id` is None."""
        self.flush()
        pane = self._pane
        if account_id is None:
            pane.procedure_note.load(None, "")
            pane.step_note.load(None, "")
            return
        notes: dict[tuple[str, str], str] = {}
        with self._errors.shown():
            notes = self._context.db.notes(account_id)
            self._session.notes_read(account_id, notes)
        pane.procedure_note.load((account_id, procedure_id, ""), notes.get((procedure_id, ""), ""))
        pane.step_note.load((account_id, procedure_id, step_id) if step_id else None,
                            notes.get((procedure_id, step_id), "") if step_id else "")

    def save(self, editor: NoteEditor) -> None:
        """Save what is typed in `editor`, unless the stored note changed since the editor loaded it (in
        another process): then the user chooses, and nothing is overwritten without being asked."""
        if editor.key is None or not editor.pending() or self._saving:
            return
        db = self._context.db
        key, before, after = editor.key, editor.saved_text, editor.toPlainText()
        self._saving = True  # the question below runs an event loop: no second save meanwhile
        # Kept until the store has it: if the store refuses, the text stays in the box, and in `unsaved`
        # when another note is shown, to be tried again (and counted while another program holds the store).
        self.unsaved[key] = after
        try:
            with self._errors.shown() as attempt:
                try:
                    db.set_note(key[0], after, key[1], key[2], expected=before)
                except NoteChanged as changed:
                    chosen = self._resolve_conflict(changed.stored, after)
                    before = editor.saved_text = changed.stored  # what the store holds now
                    if chosen == changed.stored:
                        del self.unsaved[key]
                        editor.set_saved(chosen)
                        self._session.note_saved(key[0], key[1], key[2], chosen)
                        return
                    after = self.unsaved[key] = chosen
                    db.set_note(key[0], after, key[1], key[2])
                    editor.set_saved(after)
        finally:
            self._saving = False
        if attempt.failed:
            return
        self.unsaved.pop(key, None)
        editor.saved_text = after
        self._session.note_saved(key[0], key[1], key[2], after)
        self._undo.push(NoteCommand(self, key, before, after))

    def _resolve_conflict(self, stored: str, typed: str) -> str:
        """The note was changed elsewhere while the user typed: ask which text to keep (both, by default);
        returns the text to store."""
        from PySide6.QtWidgets import QMessageBox

        from app.ui import messages

        box = messages.box(self._window, QMessageBox.Icon.Question, tr("Note changed elsewhere"), tr(
            "This note was changed outside this window (by another Objector or a command) while you were "
            "typing.\n\nKeep both texts (the other one first, then yours), only yours, or only the other?"))
        box.setDetailedText(tr("Changed elsewhere:\n{stored}\n\nTyped here:\n{typed}").format(
            stored=stored, typed=typed))
        both = box.addButton(tr("Keep &both"), QMessageBox.ButtonRole.AcceptRole)
        mine = box.addButton(tr("Keep &mine"), QMessageBox.ButtonRole.DestructiveRole)
        theirs = box.addButton(tr("Keep the &other"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(both)
        box.setEscapeButton(both)
        box.exec()
        clicked = box.clickedButton()
        if clicked is mine:
            return typed
        if clicked is theirs:
            return stored
        return f"{stored}\n\n{typed}" if stored.strip() and typed.strip() else (stored or typed)

    def write_note(self, key: NoteKey, text: str) -> bool:
        """The undo stack's writer: store `text` as the note, show it where it is shown."""
        if not self._session.shows(key[0]):
            self.select_account(key[0])
        with self._errors.shown() as attempt:
            self._context.db.set_note(key[0], text, key[1], key[2])
        if attempt.failed:
            return False
        for editor in self._pane.editors:
            if editor.key == key:
                editor.set_saved(text)
        self._session.note_saved(key[0], key[1], key[2], text)
        return True

    def flush(self) -> None:
        """Save every note box with unsaved text (account switch, close, logout)."""
        for editor in self._pane.editors:
            if editor.pending():
                self.save(editor)

    def save_unsaved(self) -> StoreError | None:
        """Try once more to save the notes the store refused before; the last refusal, if any."""
        refused = None
        for key, text in list(self.unsaved.items()):
            try:
                self._context.db.set_note(key[0], text, key[1], key[2])
            except StoreError as error:
                refused = error
                continue
            del self.unsaved[key]
            for editor in self._pane.editors:
                if editor.key == key:
                    editor.set_saved(text)
        return refused

    def may_close(self) -> bool:
        """Save what is typed; if the store refuses some of it, ask whether to close and lose it."""
        self.flush()
        refused = self.save_unsaved() if self.unsaved else None
        return refused is None or self._close_losing(refused)

    def _close_losing(self, error: StoreError) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from app.ui import messages

        answer = messages.question(
            self._window, tr("Notes not saved"),
            tr("%n note(s) you typed could not be saved: {problem}.\n\nFile: {path}\n\n{advice}\n\nStay "
               "in Objector to copy them somewhere safe (they are still in their note boxes), or close and "
               "lose them?", "", len(self.unsaved)).format(problem=error.problem, path=error.path,
                                                          advice=error.advice),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard
