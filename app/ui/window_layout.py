"""Where the panes sit: the accounts on the left; in the centre the welcome page (first run) or the
checklist and overview tabs, under the notice of broken procedure files; details and notes on the right."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.models import tr

OVERVIEW_TAB = 1
RIGHT_SHARE = 38  # per cent of the width the details and notes get when they are given room again


def chain_tab_order(window: QWidget, widgets: list[QWidget]) -> None:
    """Tab goes from each widget to the next."""
    for first, second in pairwise(widgets):
        window.setTabOrder(first, second)


class WindowLayout:
    """Builds the splitters, pages and tabs around the panes; the overview tab is built on first use."""

    def __init__(self, window: QMainWindow, accounts: QWidget, checklist: QWidget, problems: QWidget,
                 details: QWidget, notes: QWidget) -> None:
        self.centre = QStackedWidget()
        self._welcome: WelcomePage | None = None  # built when there is no account to show
        self.centre.addWidget(QWidget())  # its place (page 0) until then
        self.add_first_account: Callable[[], None] = lambda: None
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        self._overview: Any = None
        self.open_run: Callable[[int, str], None] = lambda _account_id, _procedure_id: None
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Checklist or overview"))
        self.tabs.addTab(checklist, tr("Checklist"))
        self.tabs.addTab(QWidget(), tr("Overview"))
        layout.addWidget(self.tabs, 1)
        self.centre.addWidget(page)
        self._page = page
        # The notice of broken procedure files sits above both pages: on a first run, the welcome page is
        # the one shown, and a volunteer testing a new file needs to see it there too.
        centre_panel = QWidget()
        centre_layout = QVBoxLayout(centre_panel)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(problems)
        centre_layout.addWidget(self.centre, 1)

        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("rightSplitter")
        self.right.addWidget(details)
        self.right.addWidget(notes)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        opened = getattr(notes, "open_changed", None)
        if opened is not None:
            opened.connect(self._notes_opened)
        built = getattr(details, "built", None)  # its parts, built on first use, need more room than a label
        if built is not None:
            built.connect(self.ensure_right_room)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for widget in (accounts, centre_panel, self.right):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setChildrenCollapsible(False)
        window.setCentralWidget(self.splitter)

    def _notes_opened(self, shown: bool) -> None:
        """Notes shown again after being folded away: they get back two fifths of the height."""
        sizes = self.right.sizes()
        if shown and len(sizes) == 2 and sum(sizes) > 0:
            total = sum(sizes)
            self.right.setSizes([total * 3 // 5, total - total * 3 // 5])

    def welcome_page(self) -> WelcomePage:
        """The first-run page, built the first time it is needed (most starts have an account to show)."""
        if self._welcome is None:
            self._welcome = WelcomePage()
            self._welcome.button.clicked.connect(lambda: self.add_first_account())
            placeholder = self.centre.widget(0)
            self.centre.insertWidget(0, self._welcome)
            if placeholder is not None:
                self.centre.removeWidget(placeholder)
                placeholder.deleteLater()
        return self._welcome

    def show_accounts(self, any_account: bool) -> None:
        """The checklist when there is an account; on a first run, only the welcome page and its button."""
        if any_account:
            self.centre.setCurrentWidget(self._page)
        else:
            self.centre.setCurrentWidget(self.welcome_page())  # page 0
        self.right.setVisible(any_account)
        if any_account:
            self.ensure_right_room()

    def ensure_right_room(self) -> None:
        """The details and notes at least as wide as they can be made: the splitter keeps the width they had
        while hidden (none, in a window opened before the first account) until it is next resized, and their
        smallest width grows once the details' parts are built."""
        sizes = self.splitter.sizes()
        if len(sizes) != 3 or sum(sizes) <= 0 or self.right.isHidden():
            return
        need = self.right.minimumSizeHint().width()
        if sizes[2] >= need:
            return
        wanted = max(need, sum(sizes) * RIGHT_SHARE // 100)
        middle = self.splitter.widget(1)
        least = middle.minimumSizeHint().width() if middle is not None else 0
        centre = max(sizes[1] - (wanted - sizes[2]), least)
        self.splitter.setSizes([sizes[0], centre, max(sum(sizes) - sizes[0] - centre, need)])

    def overview_shown(self) -> bool:
        return self.tabs.currentIndex() == OVERVIEW_TAB

    def overview(self) -> Any:
        """The overview page, built on first use (its table and list cost start-up time)."""
        if self._overview is None:
            from app.ui.overview import OverviewPage

            self._overview = OverviewPage()
            self._overview.open_run.connect(lambda account_id, procedure_id: self.open_run(account_id,
                                                                                            procedure_id))
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(OVERVIEW_TAB)
            self.tabs.removeTab(OVERVIEW_TAB)
            if placeholder is not None:  # the tab added above
                placeholder.deleteLater()
            self.tabs.insertTab(OVERVIEW_TAB, self._overview, tr("Overview"))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
        return self._overview


class WelcomePage(QWidget):
    """What a first run shows: what Objector does, and the button to add the first account."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(tr(
            "<h2>Welcome to Objector</h2><p>Add each account you want to protect: your Facebook, your "
            "Instagram, a second profile. Objector then shows, for each one, the steps to object to AI "
            "training or limit it, and keeps track of what you have done.</p><p>Everything stays on this "
            "computer.</p>"))
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(tr("Add your first account…"))
        self.button.setAccessibleName(tr("Add your first account"))
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
