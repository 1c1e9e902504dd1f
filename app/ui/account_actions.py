"""Adding, editing, archiving and deleting accounts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from app.ui.context import WindowContext
from app.ui.models import platform_choices, tr
from app.ui.session import AccountSession
from app.ui.store_errors import StoreErrors


class AccountActions(QObject):
    """Each action says which account to show afterwards (`accounts_changed`)."""

    accounts_changed = Signal(object)  # the id of the account to show then, or None for the first one
    deleted = Signal(int)  # an account and all its records are gone (undo steps may name it)
    message = Signal(str, int)

    def __init__(self, window: QMainWindow, context: WindowContext, session: AccountSession,
                 errors: StoreErrors, flush_notes: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._context, self._session, self._errors = window, context, session, errors
        self._flush_notes = flush_notes

    def _platforms(self) -> list[str]:
        return platform_choices({platform for procedure in self._context.catalog
                                 for platform in procedure.platforms})

    def _groups(self) -> list[str]:
        return sorted({a.group_name for a in self._context.db.accounts(include_archived=True)
                       if a.group_name})

    def add(self) -> None:
        from app.ui.dialogs import AccountDialog

        with self._errors.shown() as attempt:
            groups = self._groups()
        if attempt.failed:
            return
        dialog = AccountDialog(self._window, groups=groups, platforms=self._platforms())
        if dialog.exec() != AccountDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        with self._errors.shown() as attempt:
            account = self._context.db.add_account(values.pop("label"), values.pop("platform"),
                                                   values.pop("region"), **values)
        if attempt.failed:
            return
        self.accounts_changed.emit(account.id)
        self.message.emit(tr("Added “{label}”.").format(label=account.label), 5000)

    def edit(self) -> None:
        from app.ui.dialogs import AccountDialog

        account = self._session.account
        if account is None:
            return
        with self._errors.shown() as attempt:
            groups = self._groups()
        if attempt.failed:
            return
        dialog = AccountDialog(self._window, account=account, groups=groups, platforms=self._platforms())
        if dialog.exec() != AccountDialog.DialogCode.Accepted:
            return
        with self._errors.shown() as attempt:
            updated = self._context.db.update_account(account.id, **dialog.values())
        if not attempt.failed:
            self.accounts_changed.emit(updated.id)  # platform or region may have changed: shown anew

    def toggle_archive(self) -> None:
        account = self._session.account
        if account is None:
            return
        with self._errors.shown() as attempt:
            self._context.db.archive_account(account.id, archived=not account.archived)
        if attempt.failed:
            return
        self.accounts_changed.emit(account.id)
        self.message.emit(
            (tr("Archived “{label}”. Show archived accounts to see it again.") if not account.archived
             else tr("“{label}” is active again.")).format(label=account.label), 6000)

    def delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.ui import messages

        account = self._session.account
        if account is None:
            return
        self._flush_notes()
        with self._errors.shown() as attempt:
            summary = self._context.db.deletion_summary(account.id)
        if attempt.failed:
            return
        answer = messages.question(
            self._window, tr("Delete account?"),
            tr("Delete “{label}” and everything recorded for it?\n\nThis removes {ticks} ticked step(s), "
               "{notes} note(s), {evidence} attached file record(s) and {history} history entries. It cannot "
               "be undone. To keep the record but put it out of the way, choose Archive instead.").format(
                label=account.label, ticks=summary.ticks, notes=summary.notes, evidence=summary.evidence,
                history=summary.history),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self._errors.shown() as attempt:
            self._context.db.delete_account(account.id)
        if attempt.failed:
            return
        self.deleted.emit(account.id)
        self.accounts_changed.emit(None)
