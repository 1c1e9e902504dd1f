"""The main window: accounts on the left, the checklist in the centre, details and notes on the right."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QFileSystemWatcher,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.atomic import make_private_dirs, write_atomically
from app.core.checklist import Checklist, changes_since_completion
from app.core.followup import (
    ESCALATE_STATUSES,
    WAITING_STATUSES,
    Action,
    RunState,
    action_order,
    group_coverage,
    next_actions,
    recheck_due,
    reply_clock,
    run_state,
    upcoming_deadlines,
)
from app.core.procedures import (
    PROCEDURE_SUFFIXES,
    Catalog,
    ParseCache,
    Procedure,
    Step,
    file_signature,
    load_catalog,
)
from app.core.records import field, record
from app.storage.database import Account, Database, Run
from app.storage.errors import DatabaseBusy, NoteChanged, StoreError
from app.ui.commands import NoteCommand, NoteKey, StatusCommand, TickCommand
from app.ui.details import DetailsPane, RequestView, Target
from app.ui.models import (
    AccountListModel,
    ChecklistFilter,
    ChecklistModel,
    cell_text,
    escaped,
    platform_choices,
    platform_label,
    png_icon,
    tr,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QFocusEvent, QPaintEvent  # only named in annotations

    from app.ui.dialogs import ProblemsDialog


NOTE_SAVE_DELAY_MS = 600
RETRY_BUSY_MS = 2000  # a change the store's lock refused is tried again this often
STORE_ERROR_REPEAT_S = 120  # the same store problem again within this time goes to the status bar
FOLLOWUP_BATCH_SECONDS = 0.015  # counting follow-up in the background: at most this long between events


@record
class AccountFollowup:
    """One account's part of the overview, kept until that account's data changes or the day does."""

    account: Account
    group: str
    today: dt.date
    states: list[RunState] = field(default_factory=list)
    shown: set[str] = field(default_factory=set)
    cells: dict[tuple[int, str], str] = field(default_factory=dict)
    actions: list[Action] = field(default_factory=list)  # sorted by action_order
    due: int = 0  # how many of `actions` are due on `today`


FIRST_PAINT_LATEST_MS = 1000  # start-up work left for after the first paint runs by then in any case


class AfterFirstPaint(QObject):
    """Runs `work` once the window has painted for the first time (`painted`, connected to the window's
    `first_painted`), or after `latest_ms` if it never does.

    For start-up work that the first screen does not need: a zero-delay timer would run it before the
    first paint, since Qt paints after the timers that are already due. (Not an event filter: PySide6
    would hand every event of the window to Python, and making the first one a Python object loads some
    fifty event classes, about 5 ms.)"""

    def __init__(self, window: QWidget, work: Callable[[], None], latest_ms: int | None = None) -> None:
        super().__init__(window)
        self._work: Callable[[], None] | None = work
        QTimer.singleShot(FIRST_PAINT_LATEST_MS if latest_ms is None else latest_ms, self, self._run)

    def painted(self) -> None:
        if self._work is not None:
            QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work()

    def cancel(self) -> None:
        """Never run the work (the window is closing)."""
        self._work = None


class NoteEditor(QPlainTextEdit):
    """A note box that saves shortly after typing stops and whenever it loses focus."""

    save_requested = Signal(object)

    def __init__(self, accessible_name: str, placeholder: str, unsaved: dict[NoteKey, str] | None = None) -> None:
        super().__init__()
        self.key: NoteKey | None = None
        self.saved_text = ""
        # Text typed in any note box that could not be saved, by note: shown again when its note is.
        self.unsaved: dict[NoteKey, str] = {} if unsaved is None else unsaved
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._timer.timeout.connect(lambda: self.save_requested.emit(self))
        self.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if self.key is not None:
            self._timer.start()

    def pending(self) -> bool:
        return self.key is not None and self.toPlainText() != self.saved_text

    def load(self, key: NoteKey | None, text: str) -> None:
        """Show another note (the caller saved the previous one first), with the text typed in it that
        could not be saved, if any: that text stays pending, so it is saved at the next chance."""
        self._timer.stop()
        self.key = key
        self.set_saved(text)
        if key in self.unsaved:
            self.blockSignals(True)
            self.setPlainText(self.unsaved[key])
            self.blockSignals(False)
        self.setEnabled(key is not None)

    def set_saved(self, text: str) -> None:
        self.saved_text = text
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        if self.pending():
            self.save_requested.emit(self)
        super().focusOutEvent(event)


class MainWindow(QMainWindow):
    """Everything a user works with. The store is the truth; the models show it."""

    first_painted = Signal()  # once, when the window has painted for the first time

    def __init__(self, db: Database, catalog: Catalog, settings: QSettings, locations: paths.Locations,
                 today: dt.date | None = None) -> None:
        super().__init__()
        self.db = db
        self.catalog = catalog
        self.settings = settings
        self.locations = locations
        self._today = today
        self.current_account: Account | None = None
        self._checklist_account: Account | None = None  # whose checklist the model holds
        # The row the user chose (procedure id, step id or ""): kept while a search hides it, and selected
        # again when it is shown again; None when nothing is chosen.
        self._wanted: tuple[str, str] | None = None
        self._following = False  # the checklist's rows are being changed by the program, not the user
        self._expanded_before_search: set[str] | None = None
        self._runs: dict[str, Run] = {}
        self._coverage: dict[str, str] = {}
        self._followup_cache: dict[int, AccountFollowup] = {}
        self._coming: tuple[Catalog | None, dt.date | None, frozenset[str]] = (None, None, frozenset())
        self.undo_stack = QUndoStack(self)
        self.unsaved_notes: dict[NoteKey, str] = {}  # typed but not saved (the store refused): kept to retry
        self._last_store_error: tuple[str, str, float] = ("", "", 0.0)
        self.problems_dialog: ProblemsDialog | None = None
        self.setWindowTitle("Objector")
        self.setWindowIcon(png_icon(paths.resources_dir() / "objector.png"))

        self._build_accounts_panel()
        self._build_centre()
        self._build_right()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.accounts_panel)
        self.splitter.addWidget(self.centre_panel)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._build_actions()
        self.setTabOrder(self.account_view, self.search_edit)
        self.setTabOrder(self.search_edit, self.tree)
        self.setTabOrder(self.tree, self.account_note)
        self.details.built.connect(self._details_tab_order)
        self.setTabOrder(self.account_note, self.procedure_note)
        self.setTabOrder(self.procedure_note, self.step_note)

        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._procedures_changed)
        self.watcher.fileChanged.connect(self._procedures_changed)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(300)  # editors save in several writes: wait for the last one
        self._reload_timer.timeout.connect(self.reload_catalog)
        # Watching means listing every file of the user's folders: done once the window is on screen.
        self._painted = False
        self._after_first_paint = AfterFirstPaint(self, self._start_watching)
        self.first_painted.connect(self._after_first_paint.painted)
        self.due_label = QLabel()
        self.due_label.setAccessibleName(tr("Actions due"))
        self.due_label.hide()
        self.statusBar().addPermanentWidget(self.due_label)
        # Changes another program's lock kept from being saved: kept here, tried again every few seconds.
        self._pending_writes: dict[tuple[Any, ...], Callable[[], None]] = {}
        self._pending_notes_busy = False
        self.pending_label = QLabel()
        self.pending_label.setAccessibleName(tr("Changes not saved yet"))
        self.pending_label.hide()
        self.statusBar().addPermanentWidget(self.pending_label)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_BUSY_MS)
        self._retry_timer.timeout.connect(self._retry_writes)
        self._followup_timer = QTimer(self)
        self._followup_timer.setSingleShot(True)
        self._followup_timer.setInterval(200)  # after a burst of ticks, count once
        self._followup_timer.timeout.connect(self._count_in_batches)
        self._followup_batch = QTimer(self)  # the next few accounts, once the window has answered input
        self._followup_batch.setSingleShot(True)
        self._followup_batch.setInterval(0)
        self._followup_batch.timeout.connect(self._count_in_batches)
        self.instance_lock: Any = None  # the data folder's lock (app.ui.instance), held by application.start
        # Another process's commits to the store (a `backup import`, say) are noticed and shown, from the
        # first paint on (see _start_watching).
        self.store_watcher: Any = None
        self._reloading_store = False
        self._saving_note = False
        self._show_problems_notice()
        self.reload_accounts()
        self._restore_settings()
        self.schedule_followup()

    @property
    def overview(self) -> Any:
        """The overview page, built on first use (its table and list cost start-up time)."""
        if self._overview is None:
            from app.ui.overview import OverviewPage

            self._overview = OverviewPage()
            self._overview.open_run.connect(self.open_run)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(1)
            self.tabs.removeTab(1)
            placeholder.deleteLater()
            self.tabs.insertTab(1, self._overview, tr("Overview"))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
        return self._overview

    def _details_tab_order(self) -> None:
        """Checklist, then the details (built on first use), then the notes."""
        self.setTabOrder(self.tree, self.details.status_box)
        self.setTabOrder(self.details.status_box, self.details.date_edit)
        self.setTabOrder(self.details.date_edit, self.details.reference_edit)
        self.setTabOrder(self.details.reference_edit, self.details.browser)
        self.setTabOrder(self.details.browser, self.details.copy_button)
        self.setTabOrder(self.details.copy_button, self.account_note)

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # --- building ----------------------------------------------------------------------------------------

    def _build_accounts_panel(self) -> None:
        self.accounts_panel = QWidget()
        self.accounts_model = AccountListModel(self)
        self.account_view = QListView()
        self.account_view.setObjectName("accounts")
        self.account_view.setAccessibleName(tr("Accounts"))
        self.account_view.setModel(self.accounts_model)
        self.account_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.account_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.account_view.setUniformItemSizes(True)  # else showing the window measures every account
        self.account_view.selectionModel().currentRowChanged.connect(self._account_row_changed)
        self.add_account_button = QPushButton(tr("&Add account…"))
        self.add_account_button.setAccessibleName(tr("Add account"))
        self.add_account_button.clicked.connect(self.add_account)
        title = QLabel(tr("Accounts"))
        title.setBuddy(self.account_view)
        layout = QVBoxLayout(self.accounts_panel)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(title)
        layout.addWidget(self.account_view, 1)
        layout.addWidget(self.add_account_button)

    def _build_centre(self) -> None:
        self.centre = QStackedWidget()
        # The first-run page.
        welcome = QWidget()
        welcome_layout = QVBoxLayout(welcome)
        welcome_layout.addStretch(1)
        self.welcome_label = QLabel(tr(
            "<h2>Welcome to Objector</h2><p>Add each account you want to protect: your Facebook, your "
            "Instagram, a second profile. Objector then shows, for each one, the steps to object to AI "
            "training or limit it, and keeps track of what you have done.</p><p>Everything stays on this "
            "computer.</p>"))
        self.welcome_label.setWordWrap(True)
        self.welcome_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_button = QPushButton(tr("Add your first account…"))
        self.welcome_button.setAccessibleName(tr("Add your first account"))
        self.welcome_button.clicked.connect(self.add_account)
        welcome_layout.addWidget(self.welcome_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.welcome_button)
        row.addStretch(1)
        welcome_layout.addLayout(row)
        welcome_layout.addStretch(2)
        self.centre.addWidget(welcome)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        self.problems_bar = QFrame()
        self.problems_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar_layout = QHBoxLayout(self.problems_bar)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_show = QPushButton(tr("Show problems"))
        self.problems_show.setAccessibleName(tr("Show procedure problems"))
        self.problems_show.clicked.connect(self.show_problems)
        self.problems_hide = QPushButton(tr("Dismiss"))
        self.problems_hide.setAccessibleName(tr("Dismiss procedure problems notice"))
        self.problems_hide.clicked.connect(self.problems_bar.hide)
        bar_layout.addWidget(self.problems_label, 1)
        bar_layout.addWidget(self.problems_show)
        bar_layout.addWidget(self.problems_hide)
        self.problems_bar.hide()

        self.account_header = QLabel()
        self.account_header.setTextFormat(Qt.TextFormat.RichText)  # Objector's own, every value escaped
        self.account_header.setAccessibleName(tr("Selected account"))
        self.account_progress = QProgressBar()
        self.account_progress.setAccessibleName(tr("Progress for this account"))
        self.account_progress.setTextVisible(True)
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(tr("Search procedures, steps and notes"))
        self.search_edit.setPlaceholderText(tr("Search procedures, steps and notes (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search_changed)

        self.checklist_model = ChecklistModel(self)
        self.checklist_model.on_tick = self.request_tick
        self.filter = ChecklistFilter(self)
        self.filter.setSourceModel(self.checklist_model)
        self.tree = QTreeView()
        self.tree.setObjectName("checklist")
        self.tree.setAccessibleName(tr("Checklist"))
        self.tree.setModel(self.filter)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Not ResizeToContents: that asks every row for its size on each tick, slow on a large library.
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(1, self.fontMetrics().horizontalAdvance("88 of 88 · submitted  "))
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._activated)

        head = QHBoxLayout()
        head.addWidget(self.account_header, 1)
        head.addWidget(self.account_progress)
        checklist_page = QWidget()
        checklist_layout = QVBoxLayout(checklist_page)
        checklist_layout.setContentsMargins(0, 6, 0, 0)
        checklist_layout.addLayout(head)
        checklist_layout.addWidget(self.search_edit)
        checklist_layout.addWidget(self.tree, 1)
        self._overview: Any = None  # built the first time the tab is opened
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Checklist or overview"))
        self.tabs.addTab(checklist_page, tr("Checklist"))
        self.tabs.addTab(QWidget(), tr("Overview"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh_followup())
        layout.addWidget(self.tabs, 1)
        self.centre.addWidget(page)
        # The notice of broken procedure files sits above both pages: on a first run, the welcome page is
        # the one shown, and a volunteer testing a new file needs to see it there too.
        self.centre_panel = QWidget()
        centre_layout = QVBoxLayout(self.centre_panel)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.problems_bar)
        centre_layout.addWidget(self.centre, 1)

    def _build_right(self) -> None:
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("rightSplitter")
        self.details = DetailsPane()
        self.details.status_chosen.connect(self.request_status)  # each with the ids the pane shows
        self.details.status_date_changed.connect(self.change_status_date)
        self.details.reference_changed.connect(self.change_reference)
        self.details.extended_changed.connect(self.change_extended)
        self.details.escalate_requested.connect(self.add_escalation)
        self.details.rechecked.connect(self.mark_rechecked)
        self.details.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        notes = QWidget()
        layout = QVBoxLayout(notes)
        layout.setContentsMargins(0, 0, 6, 6)
        self.account_note = NoteEditor(tr("Notes for this account"), tr("Notes for this account…"),
                                       self.unsaved_notes)
        self.procedure_note = NoteEditor(tr("Notes for this procedure"),
                                         tr("Notes for this procedure: reference numbers, replies…"),
                                         self.unsaved_notes)
        self.step_note = NoteEditor(tr("Notes for this step"), tr("Notes for this step…"), self.unsaved_notes)
        for text, editor in ((tr("Account &notes"), self.account_note),
                             (tr("P&rocedure notes"), self.procedure_note),
                             (tr("S&tep notes"), self.step_note)):
            label = QLabel(text)
            label.setBuddy(editor)
            editor.save_requested.connect(self.save_note)
            editor.load(None, "")
            layout.addWidget(label)
            layout.addWidget(editor)
        self.right.addWidget(self.details)
        self.right.addWidget(notes)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None, checkable: bool = False,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        self.add_account_action = self._action(file_menu, tr("&Add account…"), self.add_account,
                                               QKeySequence.StandardKey.New, name="addAccount")
        file_menu.addSeparator()
        self._action(file_menu, tr("Export &report…"), self.export_report, "Ctrl+P", name="exportReport")
        self._action(file_menu, tr("Export due dates to a &calendar file…"), self.export_calendar, "Ctrl+Shift+D",
                     name="exportCalendar")
        self._action(file_menu, tr("&Import a Markdown checklist as a procedure…"), self.import_checklist,
                     "Ctrl+I", name="importChecklist")
        file_menu.addSeparator()
        self._action(file_menu, tr("&Back up everything to a file…"), self.export_backup, "Ctrl+Shift+B",
                     name="exportBackup")
        self._action(file_menu, tr("Import a backup &file…"), self.import_backup, "Ctrl+Shift+O",
                     name="importBackup")
        file_menu.addSeparator()
        self._action(file_menu, tr("&Quit"), self.close, "Ctrl+Q", name="quit")

        edit_menu = bar.addMenu(tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
            self.addAction(action)
        edit_menu.addSeparator()
        self._action(edit_menu, tr("&Find…"), self.focus_search, QKeySequence.StandardKey.Find, name="find")
        self._action(edit_menu, tr("&Copy text to fill in"), self.details.copy_template, "Ctrl+Shift+C",
                     name="copyTemplate")

        view_menu = bar.addMenu(tr("&View"))
        self._action(view_menu, tr("&Checklist"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1", name="viewChecklist")
        self._action(view_menu, tr("&Overview and next actions"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2",
                     name="viewOverview")

        account_menu = bar.addMenu(tr("&Account"))
        account_menu.addAction(self.add_account_action)
        self.edit_account_action = self._action(account_menu, tr("&Rename or edit…"), self.edit_account, "F2",
                                                name="editAccount")
        self.archive_account_action = self._action(account_menu, tr("&Archive"), self.toggle_archive,
                                                   "Ctrl+Shift+A", name="archiveAccount")
        self.delete_account_action = self._action(account_menu, tr("&Delete…"), self.delete_account,
                                                  "Ctrl+Shift+Delete", name="deleteAccount")
        account_menu.addSeparator()
        self.show_archived_action = self._action(account_menu, tr("Show a&rchived accounts"),
                                                 self._show_archived_changed, "Ctrl+Shift+R", checkable=True,
                                                 name="showArchived")

        procedure_menu = bar.addMenu(tr("&Procedure"))
        self._action(procedure_menu, tr("&Tick or untick step"), self.toggle_current_step, "Ctrl+D",
                     name="toggleStep")
        self._action(procedure_menu, tr("&Add a procedure to this account…"), self.add_procedure_by_hand,
                     "Ctrl+Shift+P", name="addProcedure")
        self._action(procedure_menu, tr("&Hide this procedure for this account"), self.hide_current_procedure,
                     "Ctrl+Shift+H", name="hideProcedure")
        self._action(procedure_menu, tr("Show a &hidden procedure again…"), self.show_hidden_procedure,
                     "Ctrl+Shift+U", name="showHidden")
        procedure_menu.addSeparator()
        self.hide_complete_action = self._action(procedure_menu, tr("Hide &completed procedures"),
                                                 self._hide_complete_changed, "Ctrl+Shift+K", checkable=True,
                                                 name="hideComplete")
        self._action(procedure_menu, tr("&Expand all"), self.tree.expandAll, "Ctrl+Shift+Right", name="expandAll")
        self._action(procedure_menu, tr("C&ollapse all"), self.tree.collapseAll, "Ctrl+Shift+Left",
                     name="collapseAll")

        procedure_menu.addSeparator()
        self._action(procedure_menu, tr("&Report a problem with this procedure…"), self.report_problem,
                     "Ctrl+Shift+M", name="reportProblem")

        help_menu = bar.addMenu(tr("&Help"))
        self.problems_action = self._action(help_menu, tr("Procedure file &problems…"), self.show_problems,
                                            "Ctrl+Shift+E", name="showProblems")
        self._action(help_menu, tr("&About Objector"), self.about, "F1", name="about")

        toolbar = QToolBar(tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(tr("Main toolbar"))
        toolbar.addAction(self.add_account_action)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.addToolBar(toolbar)

    # --- the procedure library: hot reload, import, problem reports -----------------------------------------

    def _scan_user_library(self) -> tuple[set[str], set[str]]:
        """The user's own folders with their subfolders (the bundled library does not change while running),
        and the procedure files in them (or a file given by itself), as strings: in one walk, without a
        `Path` per file (a library of 1,000 files took 25 ms through `Path.rglob`)."""
        folders: set[str] = set()
        files: set[str] = set()
        for root in (self.locations.user_procedures_dir, *self.locations.extra_procedure_dirs):
            if root.is_file():
                files.add(os.fspath(root))
            for folder, _subfolders, names in os.walk(root):  # nothing if `root` is not a folder
                folders.add(folder)
                files.update(os.path.join(folder, name) for name in names if name.endswith(PROCEDURE_SUFFIXES))
        return folders, files

    def _watch_procedure_folders(self, scanned: tuple[set[str], set[str]] | None = None) -> None:
        wanted, files = scanned or self._scan_user_library()
        if not wanted and self.locations.data_dir.is_dir():
            wanted.add(str(self.locations.data_dir))  # to notice the procedures folder being created
        current = set(self.watcher.directories()) | set(self.watcher.files())
        removed = current - wanted - files
        if removed:
            self.watcher.removePaths(sorted(removed))
        added = (wanted | files) - current
        if added:
            self.watcher.addPaths(sorted(added))

    def watching_store(self) -> bool:
        """Whether changes other processes make to the store are being looked for (after the first paint)."""
        return self.store_watcher is not None and bool(self.store_watcher.watching())

    def _start_watching(self) -> None:
        """Watch the store and the user's folders; reload at once if a file changed between loading and now."""
        from app.ui.store_watch import StoreWatcher

        self.store_watcher = StoreWatcher(self.db, self)
        self.store_watcher.changed.connect(self.store_changed_elsewhere)
        self.store_watcher.start()
        scanned = self._scan_user_library()
        self._watch_procedure_folders(scanned)
        if self.catalog.signatures is None:
            return  # not loaded from the folders (a test's own catalog): nothing to compare
        roots = [os.fspath(root) for root in (self.locations.user_procedures_dir,
                                               *self.locations.extra_procedure_dirs)]
        now = {name: file_signature(name) for name in scanned[1]}
        loaded = {name: signature for name, signature in self.catalog.signatures.items()
                  if name in now or any(name == root or name.startswith(root + os.sep) for root in roots)}
        if now != loaded:
            self._reload_timer.start()

    def _procedures_changed(self, path: str) -> None:
        if path == os.fspath(self.locations.data_dir) and not self.locations.user_procedures_dir.is_dir():
            return  # the data folder is watched for the procedures folder to appear; this was a backup or such
        self._reload_timer.start()

    def reload_catalog(self) -> None:
        """Load the library again after the user's files changed; ticks and notes stay (they live in the store)."""
        catalog = load_catalog(self.locations.procedure_dirs(), ParseCache(self.locations.cache_dir / "procedures.pickle"))
        self.details.commit_pending()
        self.flush_notes()
        self._save_expanded()
        self.catalog = catalog
        self._show_problems_notice()
        if self.problems_dialog is not None and self.problems_dialog.isVisible():
            self.show_problems()
        account = self.current_account
        self.current_account = None
        self.reload_accounts(select_id=account.id if account else None)  # keeps the row chosen, if still there
        self._watch_procedure_folders()
        self.invalidate_followup()
        self.statusBar().showMessage(tr("Procedures reloaded: {count} loaded.").format(count=len(catalog)), 5000)

    def import_checklist(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        from app.ui import messages

        chosen, _ = QFileDialog.getOpenFileName(self, tr("Import a Markdown checklist"), str(Path.home()),
                                                tr("Markdown (*.md *.markdown *.txt)"))
        if not chosen:
            return
        source = Path(chosen)
        from app.core.markdown_import import MAX_MARKDOWN_CHARS
        from app.files import read_regular

        try:
            markdown = read_regular(source, 4 * MAX_MARKDOWN_CHARS).decode("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            messages.warning(self, tr("Not imported"), tr("{path} could not be read as UTF-8 text: {reason}")
                                .format(path=source, reason=getattr(error, "strerror", None) or error))
            return
        from app.core.markdown_import import import_markdown

        platform = self.current_account.platform if self.current_account else "other"
        source_url: str | None = None
        try:
            result = import_markdown(markdown, source_name=source.name, platforms=(platform,))
        except ValueError as error:
            if "web address" not in str(error):
                messages.warning(self, tr("Not imported"), f"{source}: {error}")
                return
            url, ok = QInputDialog.getText(self, tr("Where is this checklist from?"), tr(
                "The checklist names no web page. Give the address it comes from (https://…):"))
            if not ok or not url.strip():
                return
            source_url = url.strip()
            try:
                result = import_markdown(markdown, source_name=source.name, source_url=source_url,
                                         platforms=(platform,))
            except ValueError as again:
                messages.warning(self, tr("Not imported"), f"{source}: {again}")
                return
        target = self.locations.user_procedures_dir / "imported" / f"{result.procedure_id}.yaml"
        number = 2
        while target.exists():
            target = target.with_name(f"{result.procedure_id}-{number}.yaml")
            number += 1
        if target.stem != result.procedure_id:  # written again by the YAML emitter with the free id
            result = import_markdown(markdown, source_name=source.name, procedure_id=target.stem,
                                     source_url=source_url, platforms=(platform,))
        try:
            make_private_dirs(target.parent)
            write_atomically(target, result.yaml_text.encode("utf-8"))
        except OSError as error:
            messages.warning(self, tr("Not imported"), tr("{path} could not be written: {reason}").format(
                path=target, reason=error.strerror or error))
            return
        self.reload_catalog()
        if self.current_account is not None and self.catalog.get(target.stem) is not None and \
                target.stem not in self._shown_procedures():
            self._set_visibility(target.stem, "added")
        dropped = tr(" {count} link(s) that were not web or e-mail links were left out.").format(
            count=len(result.dropped_links)) if result.dropped_links else ""
        messages.information(self, tr("Checklist imported"), tr(
            "{steps} step(s) imported into {path}.{dropped}\n\nOpen the file to check its platforms, regions and "
            "sources; Objector reloads it whenever you save it.").format(steps=result.steps, path=target,
                                                                          dropped=dropped))

    def report_problem(self) -> None:
        """Prepare a problem report (never sent by Objector): copied to the clipboard, optionally opened as e-mail."""
        from PySide6.QtWidgets import QMessageBox

        from app.ui import messages

        index = self.tree.currentIndex()
        procedure_id = index.data(ChecklistModel.ProcedureIdRole) if index.isValid() else None
        procedure = self.catalog.get(procedure_id) if procedure_id else None
        if procedure is None:
            self.statusBar().showMessage(tr("Choose a procedure or a step first."), 5000)
            return
        step = procedure.step(index.data(ChecklistModel.StepIdRole) or "")
        text = problem_report_text(procedure, step, self.today)
        QGuiApplication.clipboard().setText(text)
        box = messages.box(self, QMessageBox.Icon.Information, tr("Report a problem"), tr(
            "A report about this procedure is on the clipboard. Paste it into an e-mail or an issue for the "
            "people who keep the procedures, and add what you saw. Objector sends nothing itself."))
        box.setDetailedText(text)
        mail = box.addButton(tr("Open in my e-mail program"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is mail:
            from PySide6.QtCore import QUrl, QUrlQuery
            from PySide6.QtGui import QDesktopServices

            query = QUrlQuery()
            query.addQueryItem("subject", f"Objector procedure {procedure.id}: problem")
            query.addQueryItem("body", text)
            url = QUrl("mailto:")
            url.setQuery(query)
            if not QDesktopServices.openUrl(url):
                messages.information(self, tr("Report a problem"), tr(
                    "No e-mail program answered. The report is on the clipboard: paste it into an e-mail or "
                    "an issue for the people who keep the procedures."))

    # --- files: report, calendar, backups ----------------------------------------------------------------

    def _save_path(self, title: str, name: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        start = str(Path.home() / name)
        chosen, _ = QFileDialog.getSaveFileName(self, title, start, filters)
        return Path(chosen) if chosen else None

    def export_report(self) -> None:
        self._shown_if_it_fails(self._export_report, tr("The report was not written"))

    def _export_report(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from app.ui import messages

        scope = [tr("All accounts")]
        if self.current_account is not None:
            scope.insert(0, tr("Only “{label}”").format(label=self.current_account.label))
        choice, ok = QInputDialog.getItem(self, tr("Export report"), tr("Which accounts?"), scope, 0, False)
        if not ok:
            return
        target = self._save_path(tr("Export report"), "objector-report.pdf",
                                 tr("PDF (*.pdf);;Web page (*.html);;Markdown (*.md)"))
        if target is None:
            return
        from app.report import build_report, render_html, render_markdown
        from app.ui.pdf import write_pdf

        ids = [self.current_account.id] if self.current_account is not None and choice == scope[0] and \
            len(scope) == 2 else None
        self.flush_notes()
        try:
            report = build_report(self.db, self.catalog, ids)
            suffix = target.suffix.lower()
            if suffix == ".md":
                write_atomically(target, render_markdown(report).encode("utf-8"))
            elif suffix in (".html", ".htm"):
                write_atomically(target, render_html(report).encode("utf-8"))
            else:
                target = target if suffix == ".pdf" else target.with_suffix(".pdf")
                write_pdf(render_html(report), target)
        except StoreError as error:
            self.show_store_error(error)
            return
        except OSError as error:
            messages.warning(self, tr("Report not written"), tr(
                "The report could not be written to {path}: {reason}.\n\nChoose another folder, or free some "
                "space, and try again.").format(path=target, reason=error.strerror or error))
            return
        self.statusBar().showMessage(tr("Report written to {path}.").format(path=target), 8000)

    def export_calendar(self) -> None:
        self._shown_if_it_fails(self._export_calendar, tr("The calendar file was not written"))

    def _export_calendar(self) -> None:

        from app.ui import messages

        target = self._save_path(tr("Export due dates"), "objector-dates.ics", tr("Calendar (*.ics)"))
        if target is None:
            return
        from app.report import calendar_events, render_ics

        try:
            events = calendar_events(self.db, self.catalog, self.today)
            write_atomically(target, render_ics(events, self.db.clock()).encode("utf-8"))
        except StoreError as error:
            self.show_store_error(error)
            return
        except OSError as error:
            messages.warning(self, tr("Calendar file not written"), tr(
                "{path} could not be written: {reason}.").format(path=target, reason=error.strerror or error))
            return
        self.statusBar().showMessage(tr("{count} date(s) written to {path}. Open it with your calendar.").format(
            count=len(events), path=target), 8000)

    def export_backup(self) -> None:
        self._shown_if_it_fails(self._export_backup, tr("The backup was not written"))

    def _export_backup(self) -> None:
        target = self._save_path(tr("Back up everything"), "objector-backup.json", tr("Objector backup (*.json)"))
        if target is None:
            return
        from app.storage.backup import export_file

        self.flush_notes()
        try:
            export_file(self.db, target)
        except StoreError as error:
            self.show_store_error(error)
            return
        self.statusBar().showMessage(tr("Backup written to {path}.").format(path=target), 8000)

    def import_backup(self) -> None:
        self._shown_if_it_fails(self._import_backup, tr("Nothing was imported"))

    def _import_backup(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from app.ui import messages

        chosen, _ = QFileDialog.getOpenFileName(self, tr("Import a backup"), str(Path.home()),
                                                tr("Objector backup (*.json)"))
        if not chosen:
            return
        from app.storage.backup import import_file

        self.flush_notes()
        try:
            summary = import_file(self.db, Path(chosen))
        except StoreError as error:
            messages.warning(self, tr("Nothing was imported"), tr("{problem}.\n\n{advice}").format(
                problem=error.problem[:1].upper() + error.problem[1:], advice=error.advice))
            return
        self.undo_stack.clear()
        self.current_account = None
        self.reload_accounts()
        self.invalidate_followup()
        messages.information(self, tr("Backup imported"), tr(
            "Added {accounts} account(s), {ticks} ticked step(s), {notes} note(s) and {history} history "
            "entries.").format(accounts=summary.accounts_added, ticks=summary.ticks_added,
                               notes=summary.notes_changed, history=summary.history_added))

    # --- other processes ---------------------------------------------------------------------------------

    def _keep_for_later(self, key: tuple[Any, ...], retry: Callable[[], None], error: StoreError) -> None:
        """Another program holds the store: keep the change (the newest one per thing changed), say so in
        the status bar instead of a box, and try again every few seconds."""
        self._pending_writes[key] = retry
        self._show_pending_writes()
        self.statusBar().showMessage(tr("Not saved yet: {problem}.").format(problem=error.problem), 8000)
        if not self._retry_timer.isActive():
            self._retry_timer.start()

    def _retry_writes(self) -> None:
        waiting, self._pending_writes = self._pending_writes, {}
        for retry in waiting.values():
            retry()  # puts itself back if the store is still held
        if self.unsaved_notes:
            self._save_unsaved_notes()
            self._pending_notes_busy = bool(self.unsaved_notes)
        self._show_pending_writes()
        if self._pending_writes or self._pending_notes_busy:
            self._retry_timer.start()

    def pending_writes(self) -> int:
        """How many changes are waiting for another program to let go of the store."""
        return len(self._pending_writes) + (len(self.unsaved_notes) if self._pending_notes_busy else 0)

    def _show_pending_writes(self) -> None:
        count = self.pending_writes()
        self.pending_label.setText(tr("{count} change(s) not saved yet: another program is using your data. "
                                      "Objector keeps trying.").format(count=count) if count else "")
        self.pending_label.setVisible(bool(count))

    def come_forward(self) -> None:
        """A second start on this data folder asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.statusBar().showMessage(tr("Objector is already open: this is its window."), 8000)

    def store_changed_elsewhere(self) -> None:
        """Another process committed to the store: show what it holds now, keeping the account, the row
        chosen and the open procedures. Typed text not yet saved is saved against what the store holds
        now (a note changed on both sides is never overwritten without asking)."""
        if self._reloading_store:
            return
        from PySide6.QtWidgets import QApplication

        if QApplication.activeModalWidget() is not None:  # a dialog is open (it may be about this note)
            QTimer.singleShot(300, self, self.store_changed_elsewhere)
            return
        self._reloading_store = True
        try:
            account = self.current_account
            self.current_account = None  # show the same account again, from the store
            self.reload_accounts(select_id=account.id if account else None)
            self.invalidate_followup()
        finally:
            self._reloading_store = False
        self.statusBar().showMessage(tr("Updated: your data was changed outside this window."), 6000)

    # --- errors and messages -----------------------------------------------------------------------------

    def _shown_if_it_fails(self, action: Callable[[], None], title: str) -> None:
        """Run a file action; whatever goes wrong that it did not explain itself is shown to the user,
        never left on standard error (an export of a value it could not write said nothing)."""
        try:
            action()
        except Exception as error:  # noqa: BLE001 - the user is told, with the error's own words
            from app.ui import messages

            messages.warning(self, title, tr(
                "{title}: {error}\n\nNothing else was changed. If this keeps happening, use File > Report a "
                "problem, or the command line (objector --help), and say what you did.").format(
                    title=title, error=error))

    def show_store_error(self, error: StoreError) -> None:
        """Say what was not saved and what to do: in a message box, or in the status bar when the same
        problem with the same file was shown in a box less than two minutes ago (a full disk would
        otherwise bring a box at every tick and every pause in typing). Another program holding the store
        gets no box at all: the change is kept and tried again."""
        from app.ui import messages

        if isinstance(error, DatabaseBusy):  # not a box: the window never waits on another program
            self._pending_notes_busy = bool(self.unsaved_notes)
            self._show_pending_writes()
            if self._pending_notes_busy and not self._retry_timer.isActive():
                self._retry_timer.start()
            self.statusBar().showMessage(tr("Not saved yet: {problem}.").format(problem=error.problem), 8000)
            return
        now = time.monotonic()
        kind, path, shown_at = self._last_store_error
        if (kind, path) == (type(error).__name__, str(error.path)) and now - shown_at < STORE_ERROR_REPEAT_S:
            self.statusBar().showMessage(tr("Still not saved: {problem}. File: {path}").format(
                problem=error.problem, path=error.path), 15000)
            return
        self._last_store_error = (type(error).__name__, str(error.path), now)
        messages.warning(self, tr("Not saved"),
                            tr("{problem}.\n\nFile: {path}\n\n{advice}").format(
                                problem=error.problem[:1].upper() + error.problem[1:], path=error.path,
                                advice=error.advice))

    def _show_problems_notice(self) -> None:
        problems = self.catalog.problems
        if not problems:
            self.problems_bar.hide()
            return
        files = len({problem.path for problem in problems})
        self.problems_label.setText(tr(
            "{files} procedure file(s) have problems and were skipped; everything else loaded.").format(
                files=files))
        self.problems_bar.show()

    def show_problems(self) -> None:
        from app.ui.dialogs import ProblemsDialog

        if self.problems_dialog is None:
            self.problems_dialog = ProblemsDialog(self)
        lines = [str(problem) for problem in self.catalog.problems] or [tr("No problems: every file loaded.")]
        self.problems_dialog.set_problems(lines)
        self.problems_dialog.show()
        self.problems_dialog.raise_()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app import __version__
        from app.ui import messages

        QMessageBox.about(self, tr("About Objector"), tr(
            "<p><b>Objector {version}</b></p><p>Keeps track of objecting to AI training on your data, account "
            "by account. Everything stays on this computer; Objector never connects to the internet itself."
            "</p><p>Your data folder: {folder}</p>").format(version=__version__,
                                                          folder=messages.escaped(self.locations.data_dir)))

    # --- accounts ----------------------------------------------------------------------------------------

    def _checklist_for(self, account: Account) -> tuple[Checklist, dict[str, Run]]:
        runs = {run.procedure_id: run for run in self.db.runs(account.id)}
        visibility = {procedure_id: run.visibility for procedure_id, run in runs.items()}
        checklist = Checklist(self.catalog, account.platform, account.region, self.db.ticks(account.id).keys(),
                              visibility)
        return checklist, runs

    def reload_accounts(self, select_id: int | None = None) -> None:
        try:
            accounts = self.db.accounts(include_archived=self.show_archived_action.isChecked())
        except StoreError as error:
            self.show_store_error(error)
            return
        # Other accounts' progress is worked out after the window shows (refresh_followup), not before.
        progress = {account.id: self.accounts_model.data(self.accounts_model.index(row, 0),
                                                         AccountListModel.ProgressRole)
                    for account in accounts if (row := self.accounts_model.row_of(account.id)) is not None}
        keep = select_id if select_id is not None else (self.current_account.id if self.current_account else None)
        self.accounts_model.set_accounts(accounts, {k: v for k, v in progress.items() if v is not None})
        self.centre.setCurrentIndex(1 if accounts else 0)
        self.right.setVisible(bool(accounts))  # on first run, only the welcome page and its button
        row = self.accounts_model.row_of(keep) if keep is not None else None
        if row is None and accounts:
            row = 0
        if row is not None:
            self.account_view.setCurrentIndex(self.accounts_model.index(row, 0))
            account = self.accounts_model.account_at(row)
            if account is not None and (self.current_account is None or account.id != self.current_account.id
                                        or account != self.current_account):
                self.show_account(account)
        else:
            self.show_account(None)
        self._update_account_actions()

    def _account_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        account = self.accounts_model.account_at(current.row()) if current.isValid() else None
        if account is not None and (self.current_account is None or account.id != self.current_account.id):
            self.show_account(account)

    def select_account(self, account_id: int) -> None:
        row = self.accounts_model.row_of(account_id)
        if row is not None:
            self.account_view.setCurrentIndex(self.accounts_model.index(row, 0))

    def show_account(self, account: Account | None) -> None:
        """Show `account`'s checklist. The same account shown again (after an edit, a reload, a change made
        by another process) keeps the row the user chose and the open procedures; another account starts
        with nothing chosen."""
        self.details.commit_pending()
        self.flush_notes()
        self._save_expanded()
        same = account is not None and self._checklist_account is not None and \
            self._checklist_account.id == account.id
        if not same:
            self._wanted = None
        self.current_account = account
        if account is None:
            self._checklist_account = None
            self.checklist_model.set_checklist(None)
            self.account_note.load(None, "")
            self._reselect()
            self._update_account_actions()
            return
        try:
            checklist, runs = self._checklist_for(account)
            notes = self.db.notes(account.id)
        except StoreError as error:
            self.show_store_error(error)
            return
        self._runs = runs
        self._coverage = self._coverage_for(account, checklist)
        self._checklist_account = account
        self._following = True
        try:
            self.checklist_model.set_checklist(checklist, notes,
                                               {pid: run.status for pid, run in runs.items()}, self._coverage)
        finally:
            self._following = False
        self.account_note.load((account.id, "", ""), notes.get(("", ""), ""))
        self._update_header()
        self._restore_expanded()
        if self.filter.text:
            if not same:  # clearing the search opens what this account had open, not the one before
                self._expanded_before_search = self._saved_expanded_ids()
            self.tree.expandAll()
        self._reselect(reload_notes=True)
        self._update_account_actions()

    def _coverage_for(self, account: Account, checklist: Checklist) -> dict[str, str]:
        """Procedures done on another account of the same group that cover this one: id -> that account."""
        others = [a for a in self.db.accounts_in_group(account.group_name) if a.id != account.id]
        runs = {other.id: {run.procedure_id: run for run in self.db.runs(other.id)} for other in others}
        return coverage_in_group(account, checklist, others, runs)

    def _update_header(self) -> None:
        account = self.current_account
        checklist = self.checklist_model.checklist
        if account is None or checklist is None:
            return
        done, total = checklist.progress()
        archived = tr(" (archived)") if account.archived else ""
        # Every stored value is escaped in Objector's own rich text.
        self.account_header.setText(tr("<b>{label}</b>{archived} · {platform}, {region}").format(
            label=escaped(account.label), archived=escaped(archived),
            platform=escaped(platform_label(account.platform)), region=escaped(account.region)))
        self.account_progress.setMaximum(max(total, 1))
        self.account_progress.setValue(done)
        text = tr("{done} of {total} steps").format(done=done, total=total)
        self.account_progress.setFormat(text)
        # Qt sizes a progress bar for "100%": make room for the whole text, or a narrow window cuts it off.
        metrics = self.account_progress.fontMetrics()
        self.account_progress.setMinimumWidth(metrics.horizontalAdvance(text) + metrics.horizontalAdvance("0000"))
        self.accounts_model.update_progress(account.id, (done, total))

    def _update_account_actions(self) -> None:
        has = self.current_account is not None
        for action in (self.edit_account_action, self.archive_account_action, self.delete_account_action):
            action.setEnabled(has)
        if has and self.current_account is not None:
            self.archive_account_action.setText(tr("Un&archive") if self.current_account.archived
                                                else tr("&Archive"))

    def _platforms(self) -> list[str]:
        return platform_choices({platform for procedure in self.catalog for platform in procedure.platforms})

    def _groups(self) -> list[str]:
        return sorted({a.group_name for a in self.db.accounts(include_archived=True) if a.group_name})

    def add_account(self) -> None:
        from app.ui.dialogs import AccountDialog

        dialog = AccountDialog(self, groups=self._groups(), platforms=self._platforms())
        if dialog.exec() != AccountDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        try:
            account = self.db.add_account(values.pop("label"), values.pop("platform"), values.pop("region"),
                                          **values)
        except StoreError as error:
            self.show_store_error(error)
            return
        self.reload_accounts(select_id=account.id)
        self.statusBar().showMessage(tr("Added “{label}”.").format(label=account.label), 5000)

    def edit_account(self) -> None:
        from app.ui.dialogs import AccountDialog

        account = self.current_account
        if account is None:
            return
        dialog = AccountDialog(self, account=account, groups=self._groups(), platforms=self._platforms())
        if dialog.exec() != AccountDialog.DialogCode.Accepted:
            return
        try:
            updated = self.db.update_account(account.id, **dialog.values())
        except StoreError as error:
            self.show_store_error(error)
            return
        self.current_account = None  # platform or region may have changed: rebuild the checklist
        self.reload_accounts(select_id=updated.id)

    def toggle_archive(self) -> None:
        account = self.current_account
        if account is None:
            return
        try:
            self.db.archive_account(account.id, archived=not account.archived)
        except StoreError as error:
            self.show_store_error(error)
            return
        self.current_account = None
        self.reload_accounts(select_id=account.id)
        self.statusBar().showMessage(
            (tr("Archived “{label}”. Show archived accounts to see it again.") if not account.archived
             else tr("“{label}” is active again.")).format(label=account.label), 6000)

    def delete_account(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.ui import messages

        account = self.current_account
        if account is None:
            return
        self.flush_notes()
        summary = self.db.deletion_summary(account.id)
        answer = messages.question(
            self, tr("Delete account?"),
            tr("Delete “{label}” and everything recorded for it?\n\nThis removes {ticks} ticked step(s), "
               "{notes} note(s), {evidence} attached file record(s) and {history} history entries. It cannot "
               "be undone. To keep the record but put it out of the way, choose Archive instead.").format(
                label=account.label, ticks=summary.ticks, notes=summary.notes, evidence=summary.evidence,
                history=summary.history),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.db.delete_account(account.id)
        except StoreError as error:
            self.show_store_error(error)
            return
        self.undo_stack.clear()  # earlier commands may name the deleted account
        self.account_note.load(None, "")
        self.current_account = None
        self.reload_accounts()

    def _show_archived_changed(self) -> None:
        self.reload_accounts()

    # --- ticking, statuses, visibility --------------------------------------------------------------------

    def request_tick(self, procedure_id: str, step_id: str, done: bool, account_id: int | None = None) -> None:
        """A check box was clicked: save, show, and make it undoable. If another program holds the store,
        the tick is kept and tried again (see `_keep_for_later`)."""
        if account_id is None:
            account_id = self.current_account.id if self.current_account is not None else None
        if account_id is None:
            return
        key = ("tick", account_id, procedure_id, step_id)
        if not self.write_tick(account_id, procedure_id, step_id, done,
                               later=(key, lambda: self.request_tick(procedure_id, step_id, done, account_id))):
            return
        procedure = self.catalog.get(procedure_id)
        step = procedure.step(step_id) if procedure else None
        self.undo_stack.push(TickCommand(self, account_id, procedure_id, step_id, done,
                                         step.title if step else step_id))

    def write_tick(self, account_id: int, procedure_id: str, step_id: str, done: bool,
                   later: tuple[tuple[Any, ...], Callable[[], None]] | None = None) -> bool:
        try:
            self.db.set_tick(account_id, procedure_id, step_id, done)
        except DatabaseBusy as error:
            if later is None:
                self.show_store_error(error)
            else:
                self._keep_for_later(*later, error)
            return False
        except StoreError as error:
            self.show_store_error(error)
            return False
        self._pending_writes.pop(("tick", account_id, procedure_id, step_id), None)
        self._show_pending_writes()
        if self.current_account is None or self.current_account.id != account_id:
            self.select_account(account_id)
        if self.current_account is None or self.current_account.id != account_id:
            return True
        was_complete = self._entry_complete(procedure_id)
        self.checklist_model.apply_tick(procedure_id, step_id, done)
        if self._entry_complete(procedure_id) != was_complete and self.filter.hide_complete:
            self._follow_rows(self.filter.refilter)
        self._record_completion(account_id, procedure_id)
        self._update_header()
        self._refresh_details()
        self.invalidate_followup(account_id)
        return True

    def _entry_complete(self, procedure_id: str) -> bool:
        checklist = self.checklist_model.checklist
        entry = checklist.entry(procedure_id) if checklist else None
        return bool(entry and entry.complete)

    def _record_completion(self, account_id: int, procedure_id: str) -> None:
        checklist = self.checklist_model.checklist
        entry = checklist.entry(procedure_id) if checklist else None
        if entry is None:
            return
        try:
            run = self.db.run(account_id, procedure_id)
            if entry.complete and run.completed_fingerprint != entry.procedure.fingerprint:
                self._runs[procedure_id] = self.db.record_completion(account_id, procedure_id,
                                                                     entry.procedure.fingerprint,
                                                                     entry.procedure.step_ids)
            elif not entry.complete and run.completed_at is not None:
                self.db.clear_completion(account_id, procedure_id)
                self._runs[procedure_id] = self.db.run(account_id, procedure_id)
        except StoreError as error:
            self.show_store_error(error)

    def toggle_current_step(self) -> None:
        index = self.filter.mapToSource(self.tree.currentIndex())
        if not index.isValid() or not index.data(ChecklistModel.IsStepRole):
            return
        index = index.siblingAtColumn(0)
        done = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.checklist_model.setData(index, Qt.CheckState.Unchecked if done else Qt.CheckState.Checked,
                                     Qt.ItemDataRole.CheckStateRole)

    def _run_of(self, account_id: int, procedure_id: str) -> Run:
        """The run as last read: from the shown account's cache, or from the store for another account."""
        if self.current_account is not None and self.current_account.id == account_id:
            return self._runs.get(procedure_id, Run(account_id, procedure_id))
        return self.db.run(account_id, procedure_id)

    def _keep_run(self, run: Run) -> None:
        if self.current_account is not None and self.current_account.id == run.account_id:
            self._runs[run.procedure_id] = run

    def request_status(self, target: Target, status: str) -> None:
        account_id, procedure_id, _step = target
        try:
            before = self._run_of(account_id, procedure_id).status
        except StoreError as error:
            self.show_store_error(error)
            return
        if before == status:
            return
        key = ("status", account_id, procedure_id)
        if self.write_status(account_id, procedure_id, status,
                             later=(key, lambda: self.request_status(target, status))):
            self.undo_stack.push(StatusCommand(self, account_id, procedure_id, before, status))

    def write_status(self, account_id: int, procedure_id: str, status: str,
                     later: tuple[tuple[Any, ...], Callable[[], None]] | None = None) -> bool:
        if self.current_account is None or self.current_account.id != account_id:
            self.select_account(account_id)
        try:
            run = self.db.set_status(account_id, procedure_id, status)
        except DatabaseBusy as error:
            if later is None:
                self.show_store_error(error)
            else:
                self._keep_for_later(*later, error)
            self._refresh_details()
            return False
        except StoreError as error:
            self.show_store_error(error)
            self._refresh_details()
            return False
        self._pending_writes.pop(("status", account_id, procedure_id), None)
        self._show_pending_writes()
        if self.current_account is not None and self.current_account.id == account_id:
            self._runs[procedure_id] = run
            self.checklist_model.set_status(procedure_id, status)
            self._refresh_details()
        self.invalidate_followup(account_id)
        return True

    def _status_moment(self, day: dt.date) -> dt.datetime:
        """A date the user picked, stored at noon UTC so that it stays the same day in every time zone."""
        return dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.timezone.utc)

    def change_status_date(self, target: Target, day: dt.date) -> None:
        account_id, procedure_id, _step = target
        try:
            run = self._run_of(account_id, procedure_id)
            if run.status == "not-started" or (run.status_at and run.status_at.date() == day):
                self._pending_writes.pop(("date", account_id, procedure_id), None)
                return
            self._keep_run(self.db.set_status(account_id, procedure_id, run.status, at=self._status_moment(day)))
            self._pending_writes.pop(("date", account_id, procedure_id), None)  # a newer edit was saved
        except DatabaseBusy as error:  # another program holds the store: kept, tried again
            self._keep_for_later(("date", account_id, procedure_id),
                                 lambda: self.change_status_date(target, day), error)
        except StoreError as error:
            self.show_store_error(error)
        self._refresh_details()
        self.invalidate_followup(account_id)

    def change_reference(self, target: Target, text: str) -> None:
        account_id, procedure_id, _step = target
        try:
            run = self._run_of(account_id, procedure_id)
            if text.strip() == run.reference:
                self._pending_writes.pop(("reference", account_id, procedure_id), None)
                return
            self._keep_run(self.db.set_status(account_id, procedure_id, run.status, at=run.status_at or None,
                                              reference=text.strip()))
            self._pending_writes.pop(("reference", account_id, procedure_id), None)  # a newer edit was saved
        except DatabaseBusy as error:  # another program holds the store: kept, tried again
            self._keep_for_later(("reference", account_id, procedure_id),
                                 lambda: self.change_reference(target, text), error)
        except StoreError as error:
            self.show_store_error(error)

    def change_extended(self, target: Target, extended: bool) -> None:
        account_id, procedure_id, _step = target
        try:
            self._keep_run(self.db.set_extended(account_id, procedure_id, extended))
            self._pending_writes.pop(("extended", account_id, procedure_id), None)  # a newer edit was saved
        except DatabaseBusy as error:  # another program holds the store: kept, tried again
            self._keep_for_later(("extended", account_id, procedure_id),
                                 lambda: self.change_extended(target, extended), error)
        except StoreError as error:
            self.show_store_error(error)
        self._refresh_details()
        self.invalidate_followup(account_id)

    def mark_rechecked(self, target: Target) -> None:
        """The user looked again and the setting is still as they left it: the re-check clock starts anew."""
        account_id, procedure_id, _step = target
        procedure = self.catalog.get(procedure_id)
        if procedure is None:
            return
        try:
            self._keep_run(self.db.record_completion(account_id, procedure.id, procedure.fingerprint,
                                                     procedure.step_ids))
        except StoreError as error:
            self.show_store_error(error)
            return
        self._refresh_details()
        self.invalidate_followup(account_id)
        self.statusBar().showMessage(tr("Noted. Objector will remind you again later."), 5000)

    def add_escalation(self, _target: Target | None = None) -> None:
        account = self.current_account
        escalation = self._escalation_for(account) if account else None
        if account is None or escalation is None:
            return
        if escalation not in self._shown_procedures():
            self._set_visibility(escalation, "added")
            self.statusBar().showMessage(tr("Added the complaint procedure to this account."), 6000)
        self.open_run(account.id, escalation)

    def open_run(self, account_id: int, procedure_id: str) -> None:
        """Show one account's run of one procedure (from the overview)."""
        self.select_account(account_id)
        if self.current_account is None or self.current_account.id != account_id:
            return
        self.tabs.setCurrentIndex(0)
        index = self.checklist_model.index_for(procedure_id)
        if index.isValid():
            proxy = self.filter.mapFromSource(index)
            if not proxy.isValid():
                self.search_edit.clear()
                self.hide_complete_action.setChecked(False)
                self._hide_complete_changed()
                proxy = self.filter.mapFromSource(index)
            self.tree.setCurrentIndex(proxy)
            self.tree.setExpanded(proxy, True)
            self.tree.setFocus()

    def schedule_followup(self) -> None:
        """Recount due actions and account progress soon, off the path of the click that changed them."""
        self._followup_timer.start()

    def invalidate_followup(self, account_id: int | None = None) -> None:
        """Mark what changed: one account (and its group, whose coverage it may change), or everything."""
        if account_id is None:
            self._followup_cache.clear()
        else:
            group = next((a.group_name for a in self.accounts_model.accounts() if a.id == account_id), "")
            for cached_id in list(self._followup_cache):
                if cached_id == account_id or (group and self._followup_cache[cached_id].group == group):
                    del self._followup_cache[cached_id]
        self.schedule_followup()

    def followup_pending(self) -> bool:
        """Whether a recount of follow-up and progress is waiting or under way in the background."""
        return self._followup_timer.isActive() or self._followup_batch.isActive()

    def _stale_followup(self, accounts: list[Account], today: dt.date) -> list[Account]:
        cache = self._followup_cache
        return [a for a in accounts if a.id not in cache or cache[a.id].account != a or cache[a.id].today != today]

    def _upcoming_deadlines(self, today: dt.date) -> frozenset[str]:
        """`upcoming_deadlines` of the catalog, worked out once per catalog and day, not once per account."""
        catalog, day, coming = self._coming
        if catalog is not self.catalog or day != today:
            coming = upcoming_deadlines(self.catalog, today)
            self._coming = (self.catalog, today, coming)
        return coming

    def _count_in_batches(self) -> None:
        """The timer's recount: accounts a few at a time (100 accounts take about 0.3 s in all), letting the
        window answer input between batches; then the totals, as refresh_followup() shows them."""
        if self.tabs.currentIndex() == 1:  # the overview on screen waits for nothing
            self.refresh_followup()
            return
        try:
            accounts = self.db.accounts()
            today = self.today
            stale = self._stale_followup(accounts, today)
            started = time.perf_counter()
            for number, account in enumerate(stale, start=1):
                self._count_accounts(accounts, [account], today)
                if number < len(stale) and time.perf_counter() - started > FOLLOWUP_BATCH_SECONDS:
                    self._followup_batch.start()
                    return
        except StoreError as error:
            self.statusBar().showMessage(str(error), 10000)
            return
        self.refresh_followup()

    def refresh_followup(self) -> None:
        """Recount what is due (status bar) and each account's progress, and rebuild the overview when it
        is on screen. Accounts whose data did not change since the last count are not read again."""
        self._followup_batch.stop()
        today = self.today  # once: date.today() imports `time` each call, through PySide6's import hook
        try:
            accounts = self.db.accounts()
            stale = self._stale_followup(accounts, today)
            if stale:
                self._count_accounts(accounts, stale, today)
        except StoreError as error:
            self.statusBar().showMessage(str(error), 10000)
            return
        known = {account.id for account in accounts}
        for gone in set(self._followup_cache) - known:
            del self._followup_cache[gone]
        counted = [self._followup_cache[account.id] for account in accounts]
        due = sum(snapshot.due for snapshot in counted)
        self.due_label.setText(tr("{count} action(s) due: see the Overview (Ctrl+2)").format(count=due)
                               if due else "")
        self.due_label.setVisible(bool(due))
        if self.tabs.currentIndex() == 1:
            # Each account's actions were worked out when it was counted: merging them is all that is left.
            actions = sorted((action for snapshot in counted for action in snapshot.actions), key=action_order)
            cells = {key: text for snapshot in counted for key, text in snapshot.cells.items()}
            columns = {pid: self.catalog.procedures[pid].title for snapshot in counted for pid in snapshot.shown}
            ordered = sorted(columns.items(), key=lambda item: item[1].casefold())
            self.overview.set_content(actions, accounts, self.catalog, today, ordered, cells)

    def _count_accounts(self, accounts: list[Account], stale: list[Account], today: dt.date) -> None:
        """Work out the follow-up state of `stale` accounts, and their next actions; in bulk queries when
        there are many."""
        coming = self._upcoming_deadlines(today)
        bulk = len(stale) > 5
        all_runs: dict[int, dict[str, Run]] = {}
        if bulk:
            for run in self.db.runs():
                all_runs.setdefault(run.account_id, {})[run.procedure_id] = run
            ticks = self.db.tick_keys()
        groups: dict[str, list[Account]] = {}
        for account in accounts:
            if account.group_name:
                groups.setdefault(account.group_name, []).append(account)
        for account in stale:
            others = [a for a in groups.get(account.group_name, []) if a.id != account.id]
            if not bulk:
                for who in (account, *others):
                    all_runs[who.id] = {run.procedure_id: run for run in self.db.runs(who.id)}
                ticks = {account.id: set(self.db.ticks(account.id))}
            runs = all_runs.get(account.id, {})
            checklist = Checklist(self.catalog, account.platform, account.region, ticks.get(account.id, ()),
                                  {pid: run.visibility for pid, run in runs.items()})
            coverage = coverage_in_group(account, checklist, others, all_runs) if others else {}
            snapshot = AccountFollowup(account, account.group_name, today)
            for entry in checklist.entries:
                run = runs.get(entry.procedure.id) or Run(account.id, entry.procedure.id)
                snapshot.states.append(run_state(run, entry.done_count))
                snapshot.shown.add(entry.procedure.id)
                snapshot.cells[(account.id, entry.procedure.id)] = cell_text(
                    run.status, entry.done_count, entry.total, coverage.get(entry.procedure.id, ""))
            snapshot.actions = next_actions(self.catalog, snapshot.states, today, {account.id: snapshot.shown},
                                            coming)
            snapshot.due = sum(1 for action in snapshot.actions if action.due(today))
            self._followup_cache[account.id] = snapshot
            self.accounts_model.update_progress(account.id, checklist.progress())

    def _current_procedure_id(self) -> str | None:
        """The procedure the details pane shows (the checklist's current row, selected)."""
        target = self.details.target
        return target[1] if target is not None and self.current_account is not None and \
            target[0] == self.current_account.id else None

    def _set_visibility(self, procedure_id: str, visibility: str) -> None:
        account = self.current_account
        if account is None:
            return
        try:
            self.db.set_visibility(account.id, procedure_id, visibility)
        except StoreError as error:
            self.show_store_error(error)
            return
        self.invalidate_followup(account.id)
        if visibility != "hidden":
            self._wanted = (procedure_id, "")
        self.current_account = None
        self.reload_accounts(select_id=account.id)

    def add_procedure_by_hand(self) -> None:
        from app.ui.dialogs import ChooseProcedureDialog

        checklist = self.checklist_model.checklist
        if self.current_account is None or checklist is None:
            return
        shown = {entry.procedure.id for entry in checklist.entries}
        choices = [(p.id, f"{p.title} ({', '.join(platform_label(x) for x in p.platforms)}; "
                          f"{', '.join(p.regions)})") for p in self.catalog if p.id not in shown]
        dialog = ChooseProcedureDialog(self, tr("Add a procedure to this account"), choices)
        if dialog.exec() == ChooseProcedureDialog.DialogCode.Accepted and dialog.chosen():
            self._set_visibility(str(dialog.chosen()), "added")

    def hide_current_procedure(self) -> None:
        procedure_id = self._current_procedure_id()
        if procedure_id is not None:
            self._set_visibility(procedure_id, "hidden")
            self.statusBar().showMessage(tr("Hidden. Procedure > Show a hidden procedure brings it back."), 6000)

    def show_hidden_procedure(self) -> None:
        from app.ui.dialogs import ChooseProcedureDialog

        checklist = self.checklist_model.checklist
        if checklist is None:
            return
        choices = [(p.id, p.title) for p in checklist.hidden]
        if not choices:
            self.statusBar().showMessage(tr("No procedure is hidden for this account."), 5000)
            return
        dialog = ChooseProcedureDialog(self, tr("Show a hidden procedure again"), choices)
        if dialog.exec() == ChooseProcedureDialog.DialogCode.Accepted and dialog.chosen():
            self._set_visibility(str(dialog.chosen()), "auto")

    # --- selection and details ----------------------------------------------------------------------------

    def _ids_at(self, proxy_index: QModelIndex) -> tuple[str, str] | None:
        if not proxy_index.isValid():
            return None
        index = self.filter.mapToSource(proxy_index)
        procedure_id = index.data(ChecklistModel.ProcedureIdRole)
        return (str(procedure_id), str(index.data(ChecklistModel.StepIdRole) or "")) if procedure_id else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The checklist's current row moved (a click, the keys, focus arriving by Tab): the pane shows
        that row, and the row is selected, so that the row marked, the pane and every edit agree."""
        if current.isValid() and not self.tree.selectionModel().isSelected(current):
            self.tree.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
        self._show_selection(current)
        if not self._following:
            self._wanted = self._ids_at(current)

    def _follow_rows(self, change: Callable[[], None]) -> None:
        """Change which rows the checklist shows (a search, hiding completed ones), then put the selection
        back on the row the user chose where it is still shown, or clear the pane where it is not."""
        self._following = True
        try:
            change()
        finally:
            self._following = False
        self._reselect()

    def _reselect(self, reload_notes: bool = False) -> None:
        """Select the row the user chose (`_wanted`) if the checklist shows it, else nothing; the pane
        follows either way (a model reset clears the selection without a signal)."""
        index = QModelIndex()
        if self._wanted is not None:
            source = self.checklist_model.index_for(self._wanted[0], self._wanted[1] or None)
            index = self.filter.mapFromSource(source) if source.isValid() else QModelIndex()
        selection = self.tree.selectionModel()
        self._following = True
        try:
            if index.isValid():
                if index.parent().isValid():
                    self.tree.setExpanded(index.parent(), True)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
                self.tree.scrollTo(index)
            elif selection.currentIndex().isValid() or selection.hasSelection():
                selection.clear()
        finally:
            self._following = False
        self._show_selection(self.tree.currentIndex(), reload_notes=reload_notes)

    def _refresh_details(self) -> None:
        """Show again what the pane shows (after a change to it), without reloading its notes."""
        target = self.details.target
        account = self.current_account
        if target is None or account is None or target[0] != account.id:
            self._show_selection(self.tree.currentIndex(), reload_notes=False)
            return
        self._show_ids(target[1], target[2], reload_notes=False)

    def _show_selection(self, proxy_index: QModelIndex, reload_notes: bool = False) -> None:
        ids = self._ids_at(proxy_index)
        self._show_ids(ids[0] if ids else None, ids[1] if ids else "", reload_notes)

    def _show_ids(self, procedure_id: str | None, step_id: str, reload_notes: bool = False) -> None:
        """Show one procedure or step of the current account in the pane, with its notes (loaded again
        when it is not what the pane showed, or when `reload_notes`)."""
        account = self.current_account
        procedure = self.catalog.get(procedure_id) if procedure_id else None
        if account is None or procedure is None:
            self.flush_notes()
            self.procedure_note.load(None, "")
            self.step_note.load(None, "")
            self.details.show_nothing(tr("Choose a procedure or a step to see it here.")
                                      if account else tr("Add an account to begin."))
            return
        if step_id and procedure.step(step_id) is None:
            step_id = ""
        reload_notes = reload_notes or self.details.target != (account.id, procedure.id, step_id)
        run = self._runs.get(procedure.id, Run(account.id, procedure.id))
        change = changes_since_completion(procedure, run.completed_fingerprint, run.completed_steps)
        checklist = self.checklist_model.checklist
        entry = checklist.entry(procedure.id) if checklist else None
        orphans = entry.orphans() if entry else []
        if reload_notes:
            self.flush_notes()
            try:
                notes = self.db.notes(account.id)
            except StoreError as error:
                self.show_store_error(error)
                notes = {}
            self.procedure_note.load((account.id, procedure.id, ""), notes.get((procedure.id, ""), ""))
            self.step_note.load((account.id, procedure.id, step_id) if step_id else None,
                            notes.get((procedure.id, step_id), "") if step_id else "")
        step = procedure.step(step_id) if step_id else None
        request = self._request_view(account, procedure, run)
        if step is None:
            self.details.show_procedure(account.id, procedure, request, self.today, change, orphans)
        else:
            values = {"name": account.full_name, "email": account.email, "handle": account.handle,
                      "country": account.country, "platform": platform_label(account.platform),
                      "account": account.label}
            self.details.show_step(account.id, procedure, step, request, self.today, values, change, orphans)

    def _request_view(self, account: Account, procedure: Procedure, run: Run) -> RequestView:
        state = run_state(run)
        clock = reply_clock(procedure, state)
        text = ""
        overdue = False
        if clock is not None and run.status in WAITING_STATUSES:
            days = clock.days_left(self.today)
            overdue = days < 0
            text = (tr("The reply was due on {due}: {days} day(s) overdue.").format(
                        due=clock.effective_due.isoformat(), days=-days) if overdue else
                    tr("A reply is due by {due} ({days} day(s) left).").format(
                        due=clock.effective_due.isoformat(), days=days))
            if clock.extended_due and not clock.extended:
                text += " " + tr("If they extend it, by {date} at the latest.").format(
                    date=clock.extended_due.isoformat())
        recheck = recheck_due(procedure, state)
        if recheck is not None:
            completed = run.completed_at.date().isoformat() if run.completed_at else ""
            text += (" " if text else "") + (
                tr("Done on {done}; platforms can switch such settings back: check it again now.").format(
                    done=completed) if recheck <= self.today else
                tr("Check this again on {date}.").format(date=recheck.isoformat()))
        covered_by = self._coverage.get(procedure.id, "")
        coverage = tr("Covered: you did this on “{account}”, in the same account group. One request covers "
                      "every account in the group.").format(account=covered_by) if covered_by else ""
        escalation = self._escalation_for(account)
        suggest = (run.status in ESCALATE_STATUSES or overdue) and escalation is not None and \
            procedure.kind != "complaint"
        self.details.escalate_button.setText(
            tr("Open the complaint procedure") if escalation in self._shown_procedures()
            else tr("Add the complaint procedure to this account"))
        when = (run.status_at.date() if run.status_at else self.today)
        return RequestView(run.status, when, run.reference,
                           bool(procedure.reply_period and procedure.reply_period.extension_months
                                and run.status in WAITING_STATUSES), run.extended_at is not None, text,
                           coverage, suggest, recheck is not None and recheck <= self.today)

    def _escalation_for(self, account: Account) -> str | None:
        wanted = "regulators-uk-ico-complaint" if account.region == "UK" else (
            "regulators-eu-dpa-complaint" if account.region in ("EU", "EEA") else None)
        return wanted if wanted and self.catalog.get(wanted) is not None else None

    def _shown_procedures(self) -> set[str]:
        checklist = self.checklist_model.checklist
        return {entry.procedure.id for entry in checklist.entries} if checklist else set()

    def _activated(self, proxy_index: QModelIndex) -> None:
        """Enter (or a double click) opens: a procedure expands or folds, a step moves to its details."""
        if not proxy_index.isValid():
            return
        first = proxy_index.siblingAtColumn(0)
        if self.filter.hasChildren(first):
            self.tree.setExpanded(first, not self.tree.isExpanded(first))
        else:
            self.details.browser.setFocus()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _expanded_ids(self) -> set[str]:
        return {str(self.filter.index(row, 0).data(ChecklistModel.ProcedureIdRole))
                for row in range(self.filter.rowCount()) if self.tree.isExpanded(self.filter.index(row, 0))}

    def _search_changed(self, text: str) -> None:
        searching = bool(text.strip())
        if searching and self._expanded_before_search is None:
            self._expanded_before_search = self._expanded_ids()  # to open the same ones when it is cleared
        self._following = True
        try:
            self.filter.set_text(text)
            if not searching and self._expanded_before_search is not None:
                wanted, self._expanded_before_search = self._expanded_before_search, None
                self.tree.collapseAll()
                for row in range(self.filter.rowCount()):
                    index = self.filter.index(row, 0)
                    if index.data(ChecklistModel.ProcedureIdRole) in wanted:
                        self.tree.setExpanded(index, True)
            # Open the matching procedures to show the matching steps; past a screenful, leave them folded
            # (expanding a thousand procedures takes longer than it helps).
            elif searching and self.filter.rowCount() <= 40:
                self.tree.expandAll()
        finally:
            self._following = False
        self._reselect()

    def _hide_complete_changed(self) -> None:
        self._follow_rows(lambda: self.filter.set_hide_complete(self.hide_complete_action.isChecked()))

    # --- notes -------------------------------------------------------------------------------------------

    def save_note(self, editor: NoteEditor) -> None:
        """Save what is typed in `editor`, unless the stored note changed since the editor loaded it (in
        another process): then the user chooses, and nothing is overwritten without being asked."""
        if editor.key is None or not editor.pending() or self._saving_note:
            return
        key, before, after = editor.key, editor.saved_text, editor.toPlainText()
        self._saving_note = True  # the question below runs an event loop: no second save meanwhile
        try:
            try:
                self.db.set_note(key[0], after, key[1], key[2], expected=before)
            except NoteChanged as changed:
                chosen = self._resolve_note_conflict(changed.stored, after)
                before = editor.saved_text = changed.stored  # what the store holds now
                if chosen == changed.stored:
                    editor.set_saved(chosen)
                    self._show_saved_note(key, chosen)
                    return
                after = chosen
                self.db.set_note(key[0], after, key[1], key[2])
                editor.set_saved(after)
        except StoreError as error:
            # The text stays in the box, and in `unsaved_notes` if another note is shown, to be tried again.
            self.unsaved_notes[key] = after
            self.show_store_error(error)
            return
        finally:
            self._saving_note = False
        self.unsaved_notes.pop(key, None)
        editor.saved_text = after
        self._show_saved_note(key, after)
        self.undo_stack.push(NoteCommand(self, key, before, after))

    def _show_saved_note(self, key: NoteKey, text: str) -> None:
        if self.current_account is not None and key[0] == self.current_account.id and key[1]:
            self.checklist_model.set_note(key[1], key[2], text)
            if self.filter.text:
                self._follow_rows(self.filter.refilter)

    def _resolve_note_conflict(self, stored: str, typed: str) -> str:
        """The note was changed elsewhere while the user typed: ask which text to keep (both, by default);
        returns the text to store."""
        from PySide6.QtWidgets import QMessageBox

        from app.ui import messages

        box = messages.box(self, QMessageBox.Icon.Question, tr("Note changed elsewhere"), tr(
            "This note was changed outside this window (by another Objector or a command) while you were "
            "typing.\n\nKeep both texts (the other one first, then yours), only yours, or only the other?"),
            )
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
        if self.current_account is None or self.current_account.id != key[0]:
            self.select_account(key[0])
        try:
            self.db.set_note(key[0], text, key[1], key[2])
        except StoreError as error:
            self.show_store_error(error)
            return False
        for editor in (self.account_note, self.procedure_note, self.step_note):
            if editor.key == key:
                editor.set_saved(text)
        if key[1]:
            self.checklist_model.set_note(key[1], key[2], text)
        return True

    def flush_notes(self) -> None:
        """Save every note box with unsaved text (account switch, close, logout)."""
        for editor in (self.account_note, self.procedure_note, self.step_note):
            if editor.pending():
                self.save_note(editor)

    def _save_unsaved_notes(self) -> StoreError | None:
        """Try once more to save the notes the store refused before; the last refusal, if any."""
        refused = None
        for key, text in list(self.unsaved_notes.items()):
            try:
                self.db.set_note(key[0], text, key[1], key[2])
            except StoreError as error:
                refused = error
                continue
            del self.unsaved_notes[key]
            for editor in (self.account_note, self.procedure_note, self.step_note):
                if editor.key == key:
                    editor.set_saved(text)
        return refused

    def _close_losing_notes(self, error: StoreError) -> bool:
        """Ask before closing with notes that could not be saved: True to close and lose them."""
        from PySide6.QtWidgets import QMessageBox

        from app.ui import messages

        answer = messages.question(
            self, tr("Notes not saved"),
            tr("{count} note(s) you typed could not be saved: {problem}.\n\nFile: {path}\n\n{advice}\n\nStay "
               "in Objector to copy them somewhere safe (they are still in their note boxes), or close and "
               "lose them?").format(count=len(self.unsaved_notes), problem=error.problem, path=error.path,
                                    advice=error.advice),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # --- remembering where the user was -------------------------------------------------------------------

    def _expanded_key(self) -> str | None:
        return f"expanded/{self._checklist_account.uid}" if self._checklist_account else None

    def _save_expanded(self) -> None:
        key = self._expanded_key()
        if key is None or self.filter.text:
            return
        expanded = [str(self.filter.index(row, 0).data(ChecklistModel.ProcedureIdRole))
                    for row in range(self.filter.rowCount()) if self.tree.isExpanded(self.filter.index(row, 0))]
        self.settings.setValue(key, expanded or ["-"])

    def _saved_expanded_ids(self) -> set[str]:
        """The procedures the shown account had open, as remembered in the settings."""
        key = self._expanded_key()
        saved = self.settings.value(key) if key else None
        checklist = self.checklist_model.checklist
        if checklist is None:
            return set()
        if isinstance(saved, str) or (isinstance(saved, list) and all(isinstance(x, str) for x in saved)):
            return {saved} if isinstance(saved, str) else set(saved)
        # None saved yet, or not a list of ids (edited by hand): the first procedure not finished.
        first = next((e.procedure.id for e in checklist.entries if not e.complete), None)
        return {first} if first else set()

    def _restore_expanded(self) -> None:
        checklist = self.checklist_model.checklist
        if checklist is None:
            return
        wanted = self._saved_expanded_ids()
        for row, entry in enumerate(checklist.entries):
            if entry.procedure.id in wanted:
                self.tree.setExpanded(self.filter.mapFromSource(self.checklist_model.index(row, 0)), True)

    def _saved_state(self, key: str, restore: Callable[[QByteArray], bool]) -> bool:
        """Restore one saved layout; a value that is not one (edited by hand, damaged) is removed, so that
        it never keeps the window from opening, and False tells the caller to use the default."""
        value = self.settings.value(key)
        if value is None:
            return False
        if isinstance(value, QByteArray) and restore(value):
            return True
        self.settings.remove(key)
        return False

    def _restore_settings(self) -> None:
        if not self._saved_state("window/geometry", self.restoreGeometry):
            self.resize(1200, 760)
        self._saved_state("window/state", self.restoreState)
        if not self._saved_state("splitter/main", self.splitter.restoreState):
            self.splitter.setSizes([220, 560, 460])
        if not self._saved_state("splitter/right", self.right.restoreState):
            self.right.setSizes([520, 280])
        hide = self.settings.value("view/hide_complete", False)
        self.hide_complete_action.setChecked(hide in (True, "true"))
        self._hide_complete_changed()
        last = self.settings.value("last_account")
        if isinstance(last, str) and last:
            match = next((a for a in self.db.accounts() if a.uid == last), None)
            if match is not None:
                self.select_account(match.id)

    def save_settings(self) -> None:
        self._save_expanded()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("splitter/main", self.splitter.saveState())
        self.settings.setValue("splitter/right", self.right.saveState())
        self.settings.setValue("view/hide_complete", self.hide_complete_action.isChecked())
        if self.current_account is not None:
            self.settings.setValue("last_account", self.current_account.uid)
        self.settings.sync()
        settings_file = Path(self.settings.fileName())
        if settings_file.is_file() and settings_file.stat().st_mode & 0o077:
            settings_file.chmod(0o600)  # like every file in the data folder: the owner's only

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.flush_notes()
        refused = self._save_unsaved_notes() if self.unsaved_notes else None
        if refused is not None and not self._close_losing_notes(refused):
            event.ignore()
            return
        self.save_settings()
        # Nothing may run against the store once the window is gone (the caller closes the store next).
        self._after_first_paint.cancel()
        if self.store_watcher is not None:
            self.store_watcher.stop()
        self._reload_timer.stop()
        self._retry_timer.stop()
        self._followup_timer.stop()
        self._followup_batch.stop()
        watched = self.watcher.directories() + self.watcher.files()
        if watched:
            self.watcher.removePaths(watched)
        super().closeEvent(event)

    def commit_data(self, *_args: Any) -> None:
        """The session is ending (logout): save what is typed and where the user was."""
        self.flush_notes()
        self.save_settings()


def coverage_in_group(account: Account, checklist: Checklist, others: list[Account],
                      runs_by_account: dict[int, dict[str, Run]]) -> dict[str, str]:
    """For each procedure of `account` covered by a run on another account of its group: that account's label."""
    if not others:
        return {}
    states = {(other.id, pid): run_state(run) for other in others
              for pid, run in runs_by_account.get(other.id, {}).items()}
    labels = {other.id: other.label for other in others}
    covered: dict[str, str] = {}
    for entry in checklist.entries:
        coverage = group_coverage(entry.procedure, account.id, labels, states)
        if coverage is not None:
            covered[entry.procedure.id] = labels[coverage.by_account_id]
    return covered


def problem_report_text(procedure: Procedure, step: Step | None, today: dt.date) -> str:
    """What a volunteer needs to find and fix the procedure: its id, version and the step."""
    lines = [
        f"Procedure: {procedure.title}",
        f"Id: {procedure.id}",
        f"Version: {procedure.fingerprint} (reviewed {procedure.reviewed.isoformat()})",
        f"File: {procedure.path.name}",
    ]
    if step is not None:
        lines.append(f"Step: {step.title} (id {step.id})")
    from app import __version__

    lines += [f"Objector: {__version__}, {today.isoformat()}", "", "What is wrong (what you saw instead):", ""]
    return "\n".join(lines)


def connect_session_signals(window: MainWindow) -> None:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.commitDataRequest.connect(window.commit_data)
        app.aboutToQuit.connect(window.flush_notes)
