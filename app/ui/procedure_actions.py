"""The Procedure menu's choices of which procedures an account shows: add one by hand, hide the one shown,
show a hidden one again. The change itself is the progress controller's (`set_visibility`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from app.ui.context import WindowContext
from app.ui.models import platform_label, tr
from app.ui.progress import ProgressController
from app.ui.session import AccountSession


class ProcedureActions(QObject):
    message = Signal(str, int)

    def __init__(self, window: QMainWindow, context: WindowContext, session: AccountSession,
                 progress: ProgressController, shown_procedure: Callable[[], str | None]) -> None:
        super().__init__(window)
        self._window, self._context, self._session, self._progress = window, context, session, progress
        self._shown_procedure = shown_procedure

    def add_by_hand(self) -> None:
        from app.ui.dialogs import ChooseProcedureDialog

        if self._session.account is None or self._session.checklist is None:
            return
        shown = self._session.shown_procedures()
        choices = [(p.id, f"{p.title} ({', '.join(platform_label(x) for x in p.platforms)}; "
                          f"{', '.join(p.regions)})") for p in self._context.catalog if p.id not in shown]
        dialog = ChooseProcedureDialog(self._window, tr("Add a guide to this account"), choices)
        if dialog.exec() == ChooseProcedureDialog.DialogCode.Accepted and dialog.chosen():
            self._progress.set_visibility(str(dialog.chosen()), "added")

    def hide_shown(self) -> None:
        procedure_id = self._shown_procedure()
        if procedure_id is not None and self._progress.set_visibility(procedure_id, "hidden"):
            self.message.emit(tr("Hidden. Guide > Show a hidden guide again brings it back."), 6000)

    def show_hidden(self) -> None:
        from app.ui.dialogs import ChooseProcedureDialog

        checklist = self._session.checklist
        if checklist is None:
            return
        choices = [(p.id, p.title) for p in checklist.hidden]
        if not choices:
            self.message.emit(tr("No guide is hidden for this account."), 5000)
            return
        dialog = ChooseProcedureDialog(self._window, tr("Show a hidden guide again"), choices)
        if dialog.exec() == ChooseProcedureDialog.DialogCode.Accepted and dialog.chosen():
            self._progress.set_visibility(str(dialog.chosen()), "auto")
