"""Adding, editing, archiving and deleting accounts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from app.storage.database import Account
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
        joining: Account | None = None
        if not values.get("group_name"):
            values["group_name"], joining = self._same_accounts_center(values["label"], values["platform"])
        with self._errors.shown() as attempt:
            account = self._context.db.add_account(values.pop("label"), values.pop("platform"),
                                                   values.pop("region"), **values)
            if joining is not None and not joining.group_name:  # the one it shares it with joins too
                self._context.db.update_account(joining.id, group_name=values["group_name"])
        if attempt.failed:
            return
        self.accounts_changed.emit(account.id)
        self.message.emit(tr("Added “{label}”.").format(label=account.label), 5000)

    def _same_accounts_center(self, label: str, platform: str) -> tuple[str, Account | None]:
        """A new account of one of Meta's apps beside another: ask whether they share an Accounts Center (one
        objection then covers both). The group to put the new account in ("" for none), and the account it
        shares it with."""
        from PySide6.QtWidgets import QMessageBox

        from app.ui import messages
        from app.ui.dialogs import ACCOUNTS_CENTER_PLATFORMS

        if platform not in ACCOUNTS_CENTER_PLATFORMS:
            return "", None
        with self._errors.shown() as attempt:
            others = [a for a in self._context.db.accounts() if a.platform in ACCOUNTS_CENTER_PLATFORMS]
        if attempt.failed or not others:
            return "", None
        other = others[0]
        box = messages.box(self._window, QMessageBox.Icon.Question, tr("Same Accounts Center?"), tr(
            "Is “{new}” in the same Accounts Center as “{other}”?\n\nMeta links accounts in an Accounts "
            "Center, and one objection covers every account in it. To check, in the Facebook app: your "
            "profile picture, then Settings & privacy, Settings, Accounts Center. In Instagram: your "
            "profile, then ☰, Accounts Center. The accounts listed there are linked.").format(
                new=label, other=other.label))
        same = box.addButton(tr("&Yes, the same"), QMessageBox.ButtonRole.YesRole)
        box.addButton(tr("&No"), QMessageBox.ButtonRole.NoRole)
        later = box.addButton(tr("I'll &check later"), QMessageBox.ButtonRole.RejectRole)
        box.setEscapeButton(later)
        box.exec()
        if box.clickedButton() is not same:
            return "", None
        return other.group_name or tr("Accounts Center of {label}").format(label=other.label), other

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
            tr("Delete “{label}” and everything recorded for it?\n\nThis removes {ticks}, {notes}, "
               "{evidence} and {history}. It cannot be undone. To keep the record but put it out of the way, "
               "choose Archive instead.").format(
                label=account.label, ticks=tr("%n ticked step(s)", "", summary.ticks),
                notes=tr("%n note(s)", "", summary.notes),
                evidence=tr("%n attached file(s)", "", summary.evidence),
                history=tr("the %n change(s) recorded in its history", "", summary.history)),
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
