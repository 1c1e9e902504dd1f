"""The main window: the composition root. It builds the panes (accounts, checklist, details, notes, the
problems bar) and the controllers (notes, progress, follow-up, library watching, file and account actions,
the menus), wires their signals, and keeps the window's own layout. The shown account's state belongs to
the account session; the store is the truth."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
)

from app import paths
from app.core.procedures import Catalog
from app.storage.database import Account, Database
from app.ui.accounts_pane import AccountsPane
from app.ui.actions import build_actions
from app.ui.checklist_pane import ChecklistPane
from app.ui.context import WindowContext
from app.ui.details import DetailsPane, Target
from app.ui.details_presenter import DetailsPresenter
from app.ui.evidence_controller import EvidenceController
from app.ui.first_paint import AfterFirstPaint
from app.ui.followup_batcher import FollowupBatcher
from app.ui.language_menu import LanguageMenu
from app.ui.library_watch import LibraryWatcher
from app.ui.models import png_icon, tr
from app.ui.notes_controller import NotesController
from app.ui.notes_pane import NOTE_SAVE_DELAY_MS, NotesPane
from app.ui.outcome_dialog import ask_outcome
from app.ui.problems_bar import ProblemsBar
from app.ui.progress import ProgressController
from app.ui.session import AccountSession
from app.ui.store_errors import PendingWrites, StoreErrors
from app.ui.window_layout import WindowLayout, chain_tab_order
from app.ui.window_state import WindowState

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent  # only named in annotations
    from PySide6.QtWidgets import QPushButton

    from app.ui.account_actions import AccountActions
    from app.ui.dialogs import ProblemsDialog
    from app.ui.file_actions import FileActions
    from app.ui.help_actions import HelpActions
    from app.ui.procedure_actions import ProcedureActions

__all__ = ["NOTE_SAVE_DELAY_MS", "MainWindow", "connect_session_signals"]

class MainWindow(QMainWindow):
    """Everything a user works with, put together."""

    first_painted = Signal()  # once, when the window has painted for the first time

    def __init__(self, db: Database, catalog: Catalog, settings: QSettings, locations: paths.Locations,
                 today: dt.date | None = None) -> None:
        super().__init__()
        self.context = WindowContext(db, catalog, settings, locations, today)
        self.settings, self.locations = settings, locations
        self.instance_lock: Any = None  # the data folder's lock (app.ui.instance), held by application.start
        self.store_watcher: Any = None  # other processes' commits, watched from the first paint on
        self._reloading_store = False
        self._painted = False
        self.setWindowTitle("Objector")
        self.setWindowIcon(png_icon(paths.resources_dir() / "objector.png"))

        # State and its rules.
        self.undo_stack = QUndoStack(self)
        self.pending = PendingWrites(self)
        self.errors = StoreErrors(self, self.pending)
        self.session = AccountSession(self.context, self.errors, self)

        # Panes.
        self.accounts_pane = AccountsPane()
        self.checklist_pane = ChecklistPane(self.session, settings)
        self.details = DetailsPane()
        self.notes_pane = NotesPane(settings)
        self.problems_bar = ProblemsBar()
        self.layout_ = WindowLayout(self, self.accounts_pane, self.checklist_pane, self.problems_bar,
                                    self.details, self.notes_pane)
        self.centre, self.tabs, self.splitter = self.layout_.centre, self.layout_.tabs, self.layout_.splitter
        self.layout_.add_first_account = lambda: self.account_actions.add()

        # Controllers.
        self.notes = NotesController(self, self.context, self.session, self.notes_pane, self.errors,
                                     self.pending, self.undo_stack)
        self.progress = ProgressController(self.context, self.session, self.errors, self.pending,
                                           self.undo_stack, self)
        self.presenter = DetailsPresenter(self.context, self.session, self.details, self.notes, self)
        self.evidence = EvidenceController(self, self.context, self.errors, self.undo_stack, self.details)
        self.followup = FollowupBatcher(self.context, self.errors, self.accounts_pane.group_of,
                                        self.layout_.overview_shown, self)
        self.followup.show_overview = lambda *content: self.overview.set_content(*content)
        self.layout_.open_run = self.open_run
        self.library = LibraryWatcher(self.context, self)
        actions = self.window_actions = build_actions(self, self.undo_stack, self._handlers())
        self._name_parts(actions)
        self._wire()
        self.state = WindowState(self, settings, self.layout_, self.checklist_pane, self.accounts_pane,
                                 self.session, self.hide_complete_action, self.select_account)

        # Watching the user's folders means listing every file in them: done once the window is on screen.
        self._after_first_paint = AfterFirstPaint(self, self._start_watching)
        self.first_painted.connect(self._after_first_paint.painted)
        self.statusBar().addPermanentWidget(self.followup.due_label)
        self.statusBar().addPermanentWidget(self.pending.label)
        self.problems_bar.show_for(self.context.catalog)
        self.reload_accounts()
        self.state.restore()
        self.followup.schedule()

    # --- building ------------------------------------------------------------------------------------------

    def _handlers(self) -> dict[str, Callable[..., Any]]:
        """What each action of the menu table (app.ui.actions) does."""
        pane = self.checklist_pane
        # The menus' controllers are made the first time one of their actions is used (start-up time).
        return {
            "addAccount": lambda: self.account_actions.add(),
            "exportReport": lambda: self.files.export_report(),
            "exportCalendar": lambda: self.files.export_calendar(),
            "importChecklist": lambda: self.files.import_checklist(),
            "exportBackup": lambda: self.files.export_backup(),
            "importBackup": lambda: self.files.import_backup(), "quit": self.close,
            "find": pane.focus_search, "copyTemplate": self.details.copy_template,
            "viewChecklist": lambda: self.tabs.setCurrentIndex(0),
            "viewOverview": lambda: self.tabs.setCurrentIndex(1),
            "editAccount": lambda: self.account_actions.edit(),
            "archiveAccount": lambda: self.account_actions.toggle_archive(),
            "deleteAccount": lambda: self.account_actions.delete(),
            "showArchived": lambda: self.reload_accounts(), "toggleStep": pane.toggle_current_step,
            "addProcedure": lambda: self.procedure_actions.add_by_hand(),
            "attachEvidence": self.evidence.attach,
            "hideProcedure": lambda: self.procedure_actions.hide_shown(),
            "showHidden": lambda: self.procedure_actions.show_hidden(),
            "hideComplete": lambda checked: pane.set_hide_complete(bool(checked)),
            "expandAll": pane.tree.expandAll, "collapseAll": pane.tree.collapseAll,
            "reportProblem": lambda: self.files.report_problem(),
            "showProblems": lambda: self.help.show_problems(), "about": lambda: self.help.about(),
            "languageMenu": lambda menu: setattr(self, "language_menu", LanguageMenu(self, self.settings,
                                                                                     menu)),
        }

    def _name_parts(self, actions: dict[str, QAction]) -> None:
        """The parts others (the application, tests, accessibility tools) know the window's by."""
        pane = self.checklist_pane
        self.account_view, self.accounts_model = self.accounts_pane.view, self.accounts_pane.model
        self.add_account_button = self.accounts_pane.add_button
        self.tree, self.filter, self.checklist_model = pane.tree, pane.filter, pane.model
        self.search_edit = pane.search_edit
        self.account_header, self.account_progress = pane.header, pane.progress
        self.account_note = self.notes_pane.account_note
        self.procedure_note = self.notes_pane.procedure_note
        self.step_note = self.notes_pane.step_note
        self.unsaved_notes = self.notes_pane.unsaved
        self.problems_label, self.problems_show = self.problems_bar.label, self.problems_bar.show_button
        self.due_label, self.pending_label = self.followup.due_label, self.pending.label
        self.watcher = self.library.watcher
        self.undo_action, self.redo_action = actions["undo"], actions["redo"]
        self.add_account_action, self.edit_account_action = actions["addAccount"], actions["editAccount"]
        self.archive_account_action = actions["archiveAccount"]
        self.delete_account_action = actions["deleteAccount"]
        self.show_archived_action = actions["showArchived"]
        self.hide_complete_action = actions["hideComplete"]
        self.problems_action = actions["showProblems"]

    def _wire(self) -> None:
        pane, session, status = self.checklist_pane, self.session, self.statusBar()
        self.accounts_pane.account_chosen.connect(self._account_chosen)
        self.accounts_pane.add_requested.connect(lambda: self.account_actions.add())
        pane.row_shown.connect(self.presenter.show)
        pane.tick_requested.connect(self.progress.request_tick)
        pane.progress_changed.connect(self.accounts_pane.update_progress)
        pane.step_opened.connect(lambda: self.details.browser.setFocus())
        pane.hide_complete_changed.connect(self.hide_complete_action.setChecked)
        session.reset.connect(lambda _same: self._update_account_actions())
        self.followup.progress_counted.connect(self.accounts_pane.update_progress)
        self.tabs.currentChanged.connect(lambda _index: self.followup.refresh())
        self.problems_bar.show_requested.connect(lambda: self.help.show_problems())
        self.library.catalog_reloaded.connect(self._catalog_reloaded)
        for controller in (self.progress, self.notes):
            controller.select_account = self.select_account
        self.progress.ask_outcome = functools.partial(ask_outcome, self)
        self.evidence.outcome_offered.connect(self.progress.record_outcome)
        self.progress.changed.connect(self.followup.invalidate)
        self.progress.details_stale.connect(lambda: self.presenter.refresh(pane.current_ids()))
        self.progress.visibility_changed.connect(self._visibility_changed)
        self.progress.message.connect(lambda text: status.showMessage(text, 5000))
        details = self.details  # each edit names the ids the pane showed
        details.status_chosen.connect(self.progress.request_status)
        details.status_date_changed.connect(self.progress.change_status_date)
        details.reference_changed.connect(self.progress.change_reference)
        details.extended_changed.connect(self.progress.change_extended)
        details.rechecked.connect(self.progress.mark_rechecked)
        details.escalate_requested.connect(self.add_escalation)
        details.message.connect(lambda text: status.showMessage(text, 6000))
        # Checklist, then the details (built on first use), then the notes.
        details.built.connect(lambda: chain_tab_order(self, [
            self.tree, details.status_box, details.date_edit, details.reference_edit, details.browser,
            details.copy_button, *details.evidence.focus_chain(), self.notes_pane.fold_button]))
        chain_tab_order(self, [self.account_view, self.search_edit, self.tree, self.notes_pane.fold_button,
                               self.account_note, self.procedure_note, self.step_note])

    @property
    def overview(self) -> Any:
        """The overview page, built on first use."""
        return self.layout_.overview()

    @property
    def problems_dialog(self) -> ProblemsDialog | None:
        return self.help.problems_dialog if "help" in self.__dict__ else None

    @property
    def welcome_button(self) -> QPushButton:  # the first-run page's (built when asked for)
        return self.layout_.welcome_page().button

    # --- the menus' controllers, made on first use ------------------------------------------------------

    @functools.cached_property
    def files(self) -> FileActions:
        from app.ui.file_actions import FileActions

        files = FileActions(self, self.context, self.session, self.errors, self.notes.flush,
                            self.checklist_pane.current_ids)
        files.message.connect(self.statusBar().showMessage)
        files.backup_imported.connect(self._backup_imported)
        files.checklist_imported.connect(self._checklist_imported)
        return files

    @functools.cached_property
    def account_actions(self) -> AccountActions:
        from app.ui.account_actions import AccountActions

        actions = AccountActions(self, self.context, self.session, self.errors, self.notes.flush)
        actions.accounts_changed.connect(lambda account_id: self.reload_accounts(select_id=account_id))
        actions.deleted.connect(self._account_deleted)
        actions.message.connect(self.statusBar().showMessage)
        return actions

    @functools.cached_property
    def procedure_actions(self) -> ProcedureActions:
        from app.ui.procedure_actions import ProcedureActions

        actions = ProcedureActions(self, self.context, self.session, self.progress, self._shown_procedure_id)
        actions.message.connect(self.statusBar().showMessage)
        return actions

    @functools.cached_property
    def help(self) -> HelpActions:
        from app.ui.help_actions import HelpActions

        return HelpActions(self, self.context)

    @property
    def right(self) -> QSplitter:
        return self.layout_.right

    # --- what the rest of the program asks of the window ---------------------------------------------------

    @property
    def db(self) -> Database:
        return self.context.db

    @db.setter
    def db(self, db: Database) -> None:
        self.context.db = db

    @property
    def catalog(self) -> Catalog:
        return self.context.catalog

    @property
    def current_account(self) -> Account | None:
        return self.session.account

    def _shown_procedure_id(self) -> str | None:
        """The procedure the details pane shows (the checklist's current row, selected)."""
        target: Target | None = self.details.target
        return target[1] if target is not None and self.session.shows(target[0]) else None

    def watching_store(self) -> bool:
        """Whether changes other processes make to the store are being looked for (after the first paint)."""
        return self.store_watcher is not None and bool(self.store_watcher.watching())

    # --- accounts ------------------------------------------------------------------------------------------

    def reload_accounts(self, select_id: int | None = None) -> None:
        """List the accounts again and show one, read afresh from the store: `select_id`, else the one shown,
        else the first. The same account shown again keeps the row chosen and the open procedures."""
        with self.errors.shown() as attempt:
            accounts = self.db.accounts(include_archived=self.show_archived_action.isChecked())
        if attempt.failed:
            return
        keep = select_id if select_id is not None else (
            self.current_account.id if self.current_account else None)
        self.accounts_pane.set_accounts(accounts)
        self.layout_.show_accounts(bool(accounts))
        chosen = self.accounts_pane.select(keep, quietly=True) if keep is not None else None
        if chosen is None and accounts:
            chosen = self.accounts_pane.select(accounts[0].id, quietly=True)
        self.show_account(chosen)

    def _account_chosen(self, account: Account) -> None:
        if not self.session.shows(account.id):
            self.show_account(account)

    def select_account(self, account_id: int) -> None:
        self.accounts_pane.select(account_id)

    def show_account(self, account: Account | None) -> None:
        """Show `account`'s checklist, read from the store; what was typed for the one shown is saved
        first."""
        self.details.commit_pending()
        self.notes.flush()
        self.checklist_pane.save_expanded()
        self.session.load(account)
        self._update_account_actions()

    def _update_account_actions(self) -> None:
        account = self.current_account
        for action in (self.edit_account_action, self.archive_account_action, self.delete_account_action):
            action.setEnabled(account is not None)
        if account is not None:
            self.archive_account_action.setText(tr("Un&archive") if account.archived else tr("&Archive"))

    def _account_deleted(self, _account_id: int) -> None:
        self.undo_stack.clear()  # earlier commands may name the deleted account
        self.session.load(None)

    def _backup_imported(self) -> None:
        self.undo_stack.clear()
        self.reload_accounts()
        self.followup.invalidate()

    # --- procedures shown for an account -------------------------------------------------------------------

    def _visibility_changed(self, account_id: int, procedure_id: str, visibility: str) -> None:
        if visibility != "hidden":
            self.checklist_pane.wanted = (procedure_id, "")
        self.reload_accounts(select_id=account_id)

    def add_escalation(self, _target: Target | None = None) -> None:
        """Open the complaint procedure that follows a refusal, adding it to the account if it is hidden."""
        account = self.current_account
        escalation = self.presenter.escalation_for(account) if account else None
        if account is None or escalation is None:
            return
        if escalation not in self.session.shown_procedures() and \
                self.progress.set_visibility(escalation, "added"):
            self.statusBar().showMessage(tr("Added the complaint guide to this account."), 6000)
        self.open_run(account.id, escalation)

    def open_run(self, account_id: int, procedure_id: str) -> None:
        """Show one account's run of one procedure (from the overview)."""
        self.select_account(account_id)
        if self.session.shows(account_id):
            self.tabs.setCurrentIndex(0)
            self.checklist_pane.choose(procedure_id)

    # --- the library and other processes -------------------------------------------------------------------

    def _start_watching(self) -> None:
        from app.ui.store_watch import StoreWatcher

        self.store_watcher = StoreWatcher(self.db, self)
        self.store_watcher.changed.connect(self.store_changed_elsewhere)
        self.store_watcher.start()
        self.library.start()

    def _catalog_reloaded(self, catalog: Catalog) -> None:
        """The user's procedure files changed: ticks and notes stay (they live in the store)."""
        self.details.commit_pending()
        self.notes.flush()
        self.checklist_pane.save_expanded()
        self.context.catalog = catalog
        self.problems_bar.show_for(catalog)
        if "help" in self.__dict__:
            self.help.refresh_problems()
        self.reload_accounts()  # keeps the account and the row chosen, if still there
        self.followup.invalidate()
        self.statusBar().showMessage(
            tr("Guides reloaded: {count} loaded.").format(count=len(catalog)), 5000)

    def _checklist_imported(self, procedure_id: str) -> None:
        self.library.reload()
        if self.current_account is not None and self.catalog.get(procedure_id) is not None and \
                procedure_id not in self.session.shown_procedures():
            self.progress.set_visibility(procedure_id, "added")

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
            self.reload_accounts()
            self.followup.invalidate()
        finally:
            self._reloading_store = False
        self.statusBar().showMessage(tr("Updated: your data was changed outside this window."), 6000)

    # --- the window's own events ----------------------------------------------------------------------------

    def save_settings(self) -> None:
        self.state.save()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.details.commit_pending()
        if not self.notes.may_close():
            event.ignore()
            return
        self.state.save()
        # Nothing may run against the store once the window is gone (the caller closes the store next).
        self._after_first_paint.cancel()
        if self.store_watcher is not None:
            self.store_watcher.stop()
        self.library.stop()
        self.pending.stop()
        self.followup.stop()
        super().closeEvent(event)

    def commit_data(self, *_args: Any) -> None:
        """The session is ending (logout): save what is typed and where the user was."""
        self.notes.flush()
        self.state.save()


def connect_session_signals(window: MainWindow) -> None:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.commitDataRequest.connect(window.commit_data)
        app.aboutToQuit.connect(window.notes.flush)
