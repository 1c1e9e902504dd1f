"""The overview: what to do next, soonest first, and a grid of every account's runs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.followup import Action
from app.core.procedures import Catalog
from app.core.words import QT_TRANSLATE_NOOP
from app.storage.database import Account
from app.ui.locale_text import day_text
from app.ui.models import shown_literally, tr, words_text

AnyIndex = QModelIndex | QPersistentModelIndex
# Translated where they are shown (NextActionsModel.data).
KIND_WORDS = {
    "overdue": QT_TRANSLATE_NOOP("", "Overdue"), "escalate": QT_TRANSLATE_NOOP("", "Complain?"),
    "deadline": QT_TRANSLATE_NOOP("", "Deadline"), "recheck": QT_TRANSLATE_NOOP("", "Check again"),
    "reply": QT_TRANSLATE_NOOP("", "Waiting"), "in-progress": QT_TRANSLATE_NOOP("", "In progress"),
}


class NextActionsModel(QAbstractListModel):
    AccountIdRole = Qt.ItemDataRole.UserRole + 1
    ProcedureIdRole = Qt.ItemDataRole.UserRole + 2
    DueRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._actions: list[Action] = []
        self._labels: dict[int, str] = {}
        self._titles: dict[str, str] = {}
        self._today = dt.date.today()

    def set_actions(self, actions: list[Action], accounts: list[Account], catalog: Catalog,
                    today: dt.date) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self._labels = {account.id: account.label for account in accounts}
        self._titles = {procedure.id: procedure.title for procedure in catalog}
        self._today = today
        self.endResetModel()

    def actions(self) -> list[Action]:
        return list(self._actions)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self._actions)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._actions):
            return None
        action = self._actions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return tr("{date} · {kind} · {account} · {procedure}: {action}").format(
                date=day_text(action.when), kind=tr(KIND_WORDS[action.kind]),
                account=self._labels.get(action.account_id, "?"),
                procedure=self._titles.get(action.procedure_id, action.procedure_id),
                action=words_text(action.words))
        if role == Qt.ItemDataRole.FontRole and action.due(self._today):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == self.AccountIdRole:
            return action.account_id
        if role == self.ProcedureIdRole:
            return action.procedure_id
        if role == self.DueRole:
            return action.due(self._today)
        return None


class OverviewGridModel(QAbstractTableModel):
    """Rows: accounts. Columns: procedures that any account shows. Cells: the run's status."""

    AccountIdRole = Qt.ItemDataRole.UserRole + 1
    ProcedureIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._accounts: list[Account] = []
        self._procedures: list[tuple[str, str]] = []
        self._cells: dict[tuple[int, str], str] = {}

    def set_grid(self, accounts: list[Account], procedures: list[tuple[str, str]],
                 cells: dict[tuple[int, str], str]) -> None:
        self.beginResetModel()
        self._accounts, self._procedures, self._cells = list(accounts), list(procedures), dict(cells)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self._procedures)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt's name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._procedures):
            title = self._procedures[section][1]
            return shown_literally(title) if role == Qt.ItemDataRole.ToolTipRole else title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._accounts):
            return self._accounts[section].label
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self._accounts[index.row()]
        procedure_id = self._procedures[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells.get((account.id, procedure_id), "")
        if role == self.AccountIdRole:
            return account.id
        if role == self.ProcedureIdRole:
            return procedure_id
        return None


class OverviewPage(QWidget):
    """Next actions above, the grid below; activating either opens the run it names."""

    open_run = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions_model = NextActionsModel(self)
        self.actions_view = QListView()
        self.actions_view.setAccessibleName(tr("Next actions"))
        self.actions_view.setModel(self.actions_model)
        self.actions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_view.setWordWrap(True)
        self.actions_view.activated.connect(self._open_action)
        self.empty_label = QLabel(tr("Nothing is due. Objector will list replies, deadlines and settings to "
                                     "check again here when they come up."))
        self.empty_label.setWordWrap(True)
        self.grid_model = OverviewGridModel(self)
        self.grid_view = QTableView()
        self.grid_view.setAccessibleName(tr("All accounts and guides"))
        self.grid_view.setModel(self.grid_model)
        self.grid_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid_view.horizontalHeader().setDefaultSectionSize(150)
        # Procedure titles are longer than a column: show their start, with "…" (the tooltip has all of it);
        # Qt's default for a header centres the text and cuts it off at both ends.
        self.grid_view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid_view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.grid_view.activated.connect(self._open_cell)
        actions_title = QLabel(tr("&Next actions"))
        actions_title.setBuddy(self.actions_view)
        grid_title = QLabel(tr("&All accounts"))
        grid_title.setBuddy(self.grid_view)
        layout = QVBoxLayout(self)
        layout.addWidget(actions_title)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.actions_view, 2)
        layout.addWidget(grid_title)
        layout.addWidget(self.grid_view, 3)

    def set_content(self, actions: list[Action], accounts: list[Account], catalog: Catalog, today: dt.date,
                    procedures: list[tuple[str, str]], cells: dict[tuple[int, str], str]) -> None:
        self.actions_model.set_actions(actions, accounts, catalog, today)
        self.empty_label.setVisible(not actions)
        self.actions_view.setVisible(bool(actions))
        self.grid_model.set_grid(accounts, procedures, cells)

    def _open_action(self, index: QModelIndex) -> None:
        self.open_run.emit(int(index.data(NextActionsModel.AccountIdRole)),
                           str(index.data(NextActionsModel.ProcedureIdRole)))

    def _open_cell(self, index: QModelIndex) -> None:
        self.open_run.emit(int(index.data(OverviewGridModel.AccountIdRole)),
                           str(index.data(OverviewGridModel.ProcedureIdRole)))
