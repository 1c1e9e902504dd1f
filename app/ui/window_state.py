"""Where the user was: the window's size and splitters, "hide completed", the last account shown, and each
account's open procedures (kept by the checklist pane). Saved at close and logout, restored at start; a
saved value that is not one (edited by hand, damaged) is removed and the default used."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from app.ui.accounts_pane import AccountsPane
from app.ui.checklist_pane import ChecklistPane
from app.ui.session import AccountSession
from app.ui.window_layout import WindowLayout


class WindowState:
    def __init__(self, window: QMainWindow, settings: QSettings, layout: WindowLayout,
                 checklist: ChecklistPane, accounts: AccountsPane, session: AccountSession,
                 hide_complete: QAction, select_account: Callable[[int], None]) -> None:
        self._window, self._settings, self._layout = window, settings, layout
        self._checklist, self._accounts, self._session = checklist, accounts, session
        self._hide_complete, self._select_account = hide_complete, select_account

    def _restored(self, key: str, restore: Callable[[QByteArray], bool]) -> bool:
        """Restore one saved layout; False tells the caller to use the default."""
        value = self._settings.value(key)
        if value is None:
            return False
        if isinstance(value, QByteArray) and restore(value):
            return True
        self._settings.remove(key)
        return False

    def restore(self) -> None:
        window, layout = self._window, self._layout
        if not self._restored("window/geometry", window.restoreGeometry):
            window.resize(1200, 760)
        self._restored("window/state", window.restoreState)
        if not self._restored("splitter/main", layout.splitter.restoreState):
            layout.splitter.setSizes([220, 560, 460])
        if not self._restored("splitter/right", layout.right.restoreState):
            layout.right.setSizes([520, 280])
        hide = self._settings.value("view/hide_complete", False)
        self._hide_complete.setChecked(hide in (True, "true"))
        self._checklist.set_hide_complete(self._hide_complete.isChecked())
        last = self._settings.value("last_account")
        if isinstance(last, str) and last:
            match = next((a for a in self._accounts.accounts() if a.uid == last), None)
            if match is not None:
                self._select_account(match.id)

    def save(self) -> None:
        settings, window, layout = self._settings, self._window, self._layout
        self._checklist.save_expanded()
        settings.setValue("window/geometry", window.saveGeometry())
        settings.setValue("window/state", window.saveState())
        settings.setValue("splitter/main", layout.splitter.saveState())
        settings.setValue("splitter/right", layout.right.saveState())
        settings.setValue("view/hide_complete", self._hide_complete.isChecked())
        if self._session.account is not None:
            settings.setValue("last_account", self._session.account.uid)
        settings.sync()
        settings_file = Path(settings.fileName())
        if settings_file.is_file() and settings_file.stat().st_mode & 0o077:
            settings_file.chmod(0o600)  # like every file in the data folder: the owner's only
