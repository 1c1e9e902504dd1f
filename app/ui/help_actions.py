"""The Help menu: the list of procedure files that have problems, and the About box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from app.ui.context import WindowContext
from app.ui.models import tr

if TYPE_CHECKING:
    from app.ui.dialogs import ProblemsDialog


class HelpActions(QObject):
    def __init__(self, window: QMainWindow, context: WindowContext) -> None:
        super().__init__(window)
        self._window, self._context = window, context
        self.problems_dialog: ProblemsDialog | None = None  # built on first use

    def show_problems(self) -> None:
        from app.ui.dialogs import ProblemsDialog

        if self.problems_dialog is None:
            self.problems_dialog = ProblemsDialog(self._window)
        lines = [str(problem) for problem in self._context.catalog.problems] or [
            tr("No problems: every file loaded.")]
        self.problems_dialog.set_problems(lines)
        self.problems_dialog.show()
        self.problems_dialog.raise_()

    def refresh_problems(self) -> None:
        """The library was loaded again: the list, if open, shows what is wrong now."""
        if self.problems_dialog is not None and self.problems_dialog.isVisible():
            self.show_problems()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app import __version__
        from app.ui import messages

        QMessageBox.about(self._window, tr("About Objector"), tr(
            "<p><b>Objector {version}</b></p><p>Keeps track of objecting to AI training on your data, "
            "account by account. Everything stays on this computer; Objector never connects to the "
            "internet itself.</p><p>Your data folder: {folder}</p>").format(
                version=__version__, folder=messages.escaped(self._context.locations.data_dir)))
