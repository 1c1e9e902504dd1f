"""The accounts pane: the list of accounts with their progress, and the button to add one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from app.storage.database import Account
from app.ui.models import AccountListModel, tr


class AccountsPane(QWidget):
    """Shows the accounts; says which one the user chose (`account_chosen`), never shows one itself."""

    account_chosen = Signal(object)  # the Account whose row became current
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AccountListModel(self)
        self.view = QListView()
        self.view.setObjectName("accounts")
        self.view.setAccessibleName(tr("Accounts"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)  # else showing the window measures every account
        self._quiet = False  # the program moves the current row: nobody is told
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.add_button = QPushButton(tr("&Add account…"))
        self.add_button.setAccessibleName(tr("Add account"))
        self.add_button.clicked.connect(self.add_requested)
        title = QLabel(tr("Accounts"))
        title.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.add_button)

    def set_accounts(self, accounts: list[Account]) -> None:
        """Show these accounts, keeping the progress already counted for those still listed (the others'
        is counted after the window shows)."""
        model = self.model
        progress = {account.id: model.data(model.index(row, 0), AccountListModel.ProgressRole)
                    for account in accounts if (row := model.row_of(account.id)) is not None}
        self._quiet = True  # the window decides what is shown after a reload
        try:
            model.set_accounts(accounts, {k: v for k, v in progress.items() if v is not None})
        finally:
            self._quiet = False

    def accounts(self) -> list[Account]:
        return self.model.accounts()

    def group_of(self, account_id: int) -> str:
        return next((a.group_name for a in self.model.accounts() if a.id == account_id), "")

    def select(self, account_id: int, quietly: bool = False) -> Account | None:
        """Make the account's row current (saying so unless `quietly`); its Account, or None if not listed."""
        row = self.model.row_of(account_id)
        if row is None:
            return None
        self._quiet = quietly
        try:
            self.view.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._quiet = False
        return self.model.account_at(row)

    def update_progress(self, account_id: int, progress: tuple[int, int]) -> None:
        self.model.update_progress(account_id, progress)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        account = self.model.account_at(current.row()) if current.isValid() else None
        if account is not None and not self._quiet:
            self.account_chosen.emit(account)
