"""Where the user was: the window's size and splitters, "hide completed", the last account shown, and each
account's open procedures (kept by the checklist pane). Saved at close and logout, restored at start; a
saved value that is not one (edited by hand, damaged) is removed and the default used.

The first start has nothing saved: the window then takes its preferred size, made smaller where the screen
it opens on has less room (`first_geometry`), in the middle of that screen's free area."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from app.ui.accounts_pane import AccountsPane
from app.ui.checklist_pane import ChecklistPane
from app.ui.session import AccountSession
from app.ui.window_layout import WindowLayout

PREFERRED_SIZE = QSize(1200, 760)
MAIN_SPLITTER = (220, 560, 460)  # accounts, checklist, details and notes, at the preferred width
# What the desktop adds around the window (title bar, borders), which Qt's size of the window leaves out.
FRAME_ROOM = QSize(16, 48)


def first_geometry(available: QRect, minimum: QSize | None = None,
                   preferred: QSize = PREFERRED_SIZE) -> QRect:
    """Where the window opens the first time: `preferred`, narrowed and shortened to what the screen's
    free area (`available`: without panels and docks) holds with the desktop's frame around it, but never
    below `minimum`; centred in that area."""
    minimum = minimum or QSize(0, 0)
    width = max(min(preferred.width(), available.width() - FRAME_ROOM.width()), minimum.width(), 1)
    height = max(min(preferred.height(), available.height() - FRAME_ROOM.height()), minimum.height(), 1)
    left = available.x() + max(0, (available.width() - width - FRAME_ROOM.width()) // 2)
    top = available.y() + max(0, (available.height() - height - FRAME_ROOM.height()) // 2)
    return QRect(left, top, width, height)


def scaled_sizes(sizes: tuple[int, ...], width: int) -> list[int]:
    """The splitter's default sizes, for a window `width` wide instead of the preferred width."""
    scale = min(1.0, width / PREFERRED_SIZE.width())
    return [max(1, round(size * scale)) for size in sizes]


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
            self.fit_first_size()
        self._restored("window/state", window.restoreState)
        if not self._restored("splitter/main", layout.splitter.restoreState):
            layout.splitter.setSizes(scaled_sizes(MAIN_SPLITTER, window.width()))
        if not self._restored("splitter/right", layout.right.restoreState):
            layout.right.setSizes([580, 220])  # the step, its text to copy and its files first
        hide = self._settings.value("view/hide_complete", False)
        self._hide_complete.setChecked(hide in (True, "true"))
        self._checklist.set_hide_complete(self._hide_complete.isChecked())
        last = self._settings.value("last_account")
        if isinstance(last, str) and last:
            match = next((a for a in self._accounts.accounts() if a.uid == last), None)
            if match is not None:
                self._select_account(match.id)

    def fit_first_size(self) -> None:
        """The first start's size and place, on the screen the window opens on."""
        window = self._window
        screen = window.screen()
        if screen is None:  # no screen at all: Qt will say so; the preferred size does no harm
            window.resize(PREFERRED_SIZE)
            return
        place = first_geometry(screen.availableGeometry(), window.minimumSizeHint())
        window.resize(place.size())
        window.move(place.topLeft())

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
