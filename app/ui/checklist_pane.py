"""The checklist pane: the account's header and progress, the search box and the tree of procedures and steps.

It observes the account session (a reset, a tick, a status, a note) and keeps the row the user chose
selected through searches, "hide completed", reloads and changes made elsewhere; it says which row to show
(`row_shown`) and which tick the user asked for (`tick_requested`), and writes nothing itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.ui.checklist_filter import ChecklistFilter
from app.ui.models import AnyIndex, ChecklistModel, escaped, platform_label, tr
from app.ui.search_highlight import SearchHighlightDelegate
from app.ui.session import AccountSession

SEARCH_EXPANDS_UP_TO = 40  # past a screenful of matching procedures, a search leaves them folded


class ChecklistDelegate(SearchHighlightDelegate):
    """The tree's rows: the search's words highlighted, and a press on a step's check box reported
    (`check_pressed`), so that the row is chosen before the release ticks it (Qt ticks without moving the
    current row)."""

    check_pressed = Signal(QModelIndex)

    def editorEvent(self, event: QEvent, model: Any, option: Any, index: AnyIndex) -> bool:  # noqa: N802
        handled = bool(super().editorEvent(event, model, option, index))
        # Qt's delegate takes a left press only when it lands on the check box (the release then ticks).
        if handled and event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self.check_pressed.emit(index if isinstance(index, QModelIndex)
                                    else model.index(index.row(), index.column(), index.parent()))
        return handled


class ChecklistPane(QWidget):
    """The shown account's checklist."""

    row_shown = Signal(object, str, bool)  # procedure id (None: nothing), step id, whether to load its notes
    tick_requested = Signal(str, str, bool)  # procedure id, step id, done
    progress_changed = Signal(int, object)  # account id, (done, total)
    step_opened = Signal()  # Enter on a step: the details take the focus

    def __init__(self, session: AccountSession, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        # The row the user chose (procedure id, step id or ""): kept while a search hides it, and selected
        # again when it is shown again; None when nothing is chosen.
        self.wanted: tuple[str, str] | None = None
        self._following = False  # the rows are being changed by the program, not the user
        self._expanded_before_search: set[str] | None = None

        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)  # Objector's own, every value escaped
        self.header.setAccessibleName(tr("Selected account"))
        self.header.setWordWrap(True)  # a long name, or a long language, goes on in a second line
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Progress for this account"))
        self.progress.setTextVisible(True)
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(tr("Search guides, steps and notes"))
        self.search_edit.setPlaceholderText(tr("Search guides, steps and notes (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search_changed)
        self.search_edit.installEventFilter(self)
        self.no_matches = QLabel()
        self.no_matches.setObjectName("noMatches")
        self.no_matches.setTextFormat(Qt.TextFormat.RichText)  # Objector's own, the search text escaped
        self.no_matches.setWordWrap(True)
        self.no_matches.setAccessibleName(tr("No matches"))
        self.no_matches.setContentsMargins(6, 12, 6, 12)
        self.no_matches.hide()

        self.model = ChecklistModel(self)
        self.model.on_tick = self.tick_requested.emit
        self.filter = ChecklistFilter(self)
        self.filter.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("checklist")
        self.tree.setAccessibleName(tr("Checklist"))
        self.tree.setModel(self.filter)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.delegate = ChecklistDelegate(self.tree)
        self.delegate.check_pressed.connect(self._check_pressed)
        self.tree.setItemDelegate(self.delegate)
        self.tree.installEventFilter(self)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Not ResizeToContents: that asks every row for its size on each tick, slow on a large library.
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(1, self.fontMetrics().horizontalAdvance("88 of 88 · submitted  "))
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._activated)
        self.tree.pressed.connect(self._pressed)

        head = QHBoxLayout()
        head.addWidget(self.header, 1)
        head.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.no_matches)
        layout.addWidget(self.tree, 1)

        session.reset.connect(self._session_reset)
        session.tick_changed.connect(self._tick_changed)
        session.run_changed.connect(self._run_changed)
        session.note_changed.connect(self._note_changed)

    # --- following the session ---------------------------------------------------------------------------

    def _session_reset(self, same: bool) -> None:
        """Another account (nothing chosen, its own open procedures) or the same one read again (the row
        chosen and the open procedures kept)."""
        session = self._session
        if not same:
            self.wanted = None
            self.model.fold_all()
        self._following = True
        try:
            self.model.set_checklist(session.checklist, session.notes, session.statuses, session.coverage)
        finally:
            self._following = False
        if session.account is None:
            self.reselect()
            return
        self.update_header()
        self._restore_expanded()
        if self.filter.text:
            if not same:  # clearing the search opens what this account had open, not the one before
                self._expanded_before_search = self._saved_expanded_ids()
            self.tree.expandAll()
        self.reselect(reload_notes=True)

    def _tick_changed(self, procedure_id: str, step_id: str) -> None:
        self.model.show_tick(procedure_id, step_id)
        if self.filter.hide_complete:
            self.follow_rows(self.filter.refilter)
        self.update_header()

    def _run_changed(self, procedure_id: str) -> None:
        self.model.show_status(procedure_id)

    def _note_changed(self, procedure_id: str, step_id: str) -> None:
        self.model.show_note(procedure_id, step_id)
        if self.filter.text:
            self.follow_rows(self.filter.refilter)

    def update_header(self) -> None:
        account, checklist = self._session.account, self._session.checklist
        if account is None or checklist is None:
            return
        done, total = checklist.progress()
        archived = tr(" (archived)") if account.archived else ""
        # Every stored value is escaped in Objector's own rich text.
        self.header.setText(tr("<b>{label}</b>{archived} · {platform}, {region}").format(
            label=escaped(account.label), archived=escaped(archived),
            platform=escaped(platform_label(account.platform)), region=escaped(account.region)))
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        text = tr("{done} of %n step(s)", "", total).format(done=done)
        self.progress.setFormat(text)
        # Qt sizes a progress bar for "100%": make room for the whole text, or a narrow window cuts it off.
        metrics = self.progress.fontMetrics()
        self.progress.setMinimumWidth(metrics.horizontalAdvance(text) + metrics.horizontalAdvance("0000"))
        self.progress_changed.emit(account.id, (done, total))

    # --- the row chosen ------------------------------------------------------------------------------------

    def ids_at(self, proxy_index: QModelIndex) -> tuple[str, str] | None:
        if not proxy_index.isValid():
            return None
        index = self.filter.mapToSource(proxy_index)
        procedure_id = index.data(ChecklistModel.ProcedureIdRole)
        return (str(procedure_id), str(index.data(ChecklistModel.StepIdRole) or "")) if procedure_id else None

    def current_ids(self) -> tuple[str, str] | None:
        return self.ids_at(self.tree.currentIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The current row moved (a click, the keys, focus arriving by Tab): the details show that row, and
        the row is selected, so that the row marked, the details and every edit agree."""
        if current.isValid() and not self.tree.selectionModel().isSelected(current):
            self.tree.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
        self._emit_shown(current)
        if not self._following:
            self.wanted = self.ids_at(current)

    def _emit_shown(self, proxy_index: QModelIndex, reload_notes: bool = False) -> None:
        ids = self.ids_at(proxy_index)
        self.row_shown.emit(ids[0] if ids else None, ids[1] if ids else "", reload_notes)

    def follow_rows(self, change: Callable[[], None]) -> None:
        """Change which rows are shown (a search, hiding completed ones), then put the selection back on the
        row the user chose where it is still shown, or clear the details where it is not."""
        self._following = True
        try:
            change()
        finally:
            self._following = False
        self.reselect()

    def reselect(self, reload_notes: bool = False) -> None:
        """Select the row the user chose (`wanted`) if it is shown, else nothing; the details follow either
        way (a model reset clears the selection without a signal)."""
        index = QModelIndex()
        if self.wanted is not None:
            source = self.model.index_for(self.wanted[0], self.wanted[1] or None)
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
        self._emit_shown(self.tree.currentIndex(), reload_notes=reload_notes)
        self._show_no_matches()

    def _check_pressed(self, proxy_index: QModelIndex) -> None:
        """A press on a check box: its row becomes the chosen one (the details show it), then the release
        ticks it, once, as before. The row is not scrolled: the release must land on the same box."""
        if not proxy_index.isValid():
            return
        scroll = self.tree.hasAutoScroll()
        self.tree.setAutoScroll(False)
        try:
            self.tree.selectionModel().setCurrentIndex(
                proxy_index.siblingAtColumn(0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self.tree.setAutoScroll(scroll)

    def choose(self, procedure_id: str) -> bool:
        """Show and select a procedure (from the overview, or a complaint just added), clearing a search or
        "hide completed" that hides it; False if the checklist does not have it."""
        index = self.model.index_for(procedure_id)
        if not index.isValid():
            return False
        parent = self.model.alternative_parent_at(index.row())
        if parent is not None and not self.model.unfolded(parent):
            self.set_unfolded(parent, True)
        proxy = self.filter.mapFromSource(index)
        if not proxy.isValid():
            self.search_edit.clear()
            self.set_hide_complete(False)
            proxy = self.filter.mapFromSource(index)
        self.tree.setCurrentIndex(proxy)
        self.tree.setExpanded(proxy, True)
        self.tree.setFocus()
        return True

    def set_unfolded(self, procedure_id: str, unfolded: bool) -> None:
        """Show the other ways of doing a procedure right below it, or fold them away again."""
        on_fold_row = self.tree.currentIndex().siblingAtColumn(0).data(ChecklistModel.FoldRole) \
            == procedure_id
        if self.model.unfolded(procedure_id) != unfolded:
            self.follow_rows(lambda: self.filter.refold(self.model.set_unfolded(procedure_id, unfolded)))
        if on_fold_row:  # the user's place stays on the row they opened or closed
            self._following = True
            try:
                self.tree.setCurrentIndex(self.filter.mapFromSource(self.model.fold_index(procedure_id)))
            finally:
                self._following = False

    def _toggle_fold(self, proxy_index: QModelIndex) -> bool:
        """Show or hide the alternatives under the row that folds them; False for any other row."""
        procedure_id = proxy_index.siblingAtColumn(0).data(ChecklistModel.FoldRole) if proxy_index.isValid() \
            else None
        if not procedure_id:
            return False
        self.set_unfolded(str(procedure_id), not self.model.unfolded(str(procedure_id)))
        return True

    def _pressed(self, proxy_index: QModelIndex) -> None:
        """A click on the fold row opens or closes it at once, like a folded section's arrow."""
        from PySide6.QtWidgets import QApplication

        if QApplication.mouseButtons() == Qt.MouseButton.LeftButton:
            self._toggle_fold(proxy_index)

    def toggle_current_step(self) -> None:
        if self._toggle_fold(self.tree.currentIndex()):
            return
        index = self.filter.mapToSource(self.tree.currentIndex())
        if not index.isValid() or not index.data(ChecklistModel.IsStepRole):
            return
        index = index.siblingAtColumn(0)
        done = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.model.setData(index, Qt.CheckState.Unchecked if done else Qt.CheckState.Checked,
                           Qt.ItemDataRole.CheckStateRole)

    def _activated(self, proxy_index: QModelIndex) -> None:
        """Enter (or a double click) opens: a procedure expands or folds, a step moves to its details."""
        if not proxy_index.isValid():
            return
        if proxy_index.siblingAtColumn(0).data(ChecklistModel.FoldRole):
            return  # a double click (or a single-click activation): its press opened or closed the row
        first = proxy_index.siblingAtColumn(0)
        if self.filter.hasChildren(first):
            self.tree.setExpanded(first, not self.tree.isExpanded(first))
        else:
            self.step_opened.emit()

    # --- search and "hide completed" ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def clear_search(self) -> bool:
        """Escape: clear the search (the chosen row comes back); False if there was none."""
        if not self.search_edit.text():
            return False
        self.search_edit.clear()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Escape in the search box, or in the tree while a search is on, clears the search; Space or Enter
        on the row that folds alternatives opens or closes it (Space as it ticks a step)."""
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (watched is self.tree and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in keys and not event.modifiers()
                and self.tree.currentIndex().siblingAtColumn(0).data(ChecklistModel.FoldRole)):
            self.toggle_current_step()
            return True
        if (watched in (self.search_edit, self.tree) and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and not event.modifiers() and self.search_edit.text()):
            if event.type() == QEvent.Type.ShortcutOverride:  # the key is ours, not a window shortcut's
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                return self.clear_search()
        return super().eventFilter(watched, event)

    def _show_no_matches(self) -> None:
        """Say so when a search leaves the tree empty, and how to get the rows back."""
        empty = bool(self.filter.text) and self._session.account is not None and self.filter.rowCount() == 0
        if empty:
            text = escaped(self.search_edit.text().strip())
            hint = (tr("No guide, step or note that is not finished contains “{text}”. Press Esc to "
                       "clear the search, or show the completed ones.")
                    if self.filter.hide_complete else
                    tr("No guide, step or note contains “{text}”. Press Esc to clear the search."))
            self.no_matches.setText(tr("<b>No matches</b><br>{hint}").format(hint=hint.format(text=text)))
        if empty == self.no_matches.isHidden():
            self.no_matches.setVisible(empty)

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
            self.delegate.needle = self.filter.text
            self.tree.viewport().update()
            if not searching and self._expanded_before_search is not None:
                wanted, self._expanded_before_search = self._expanded_before_search, None
                self.tree.collapseAll()
                for row in range(self.filter.rowCount()):
                    index = self.filter.index(row, 0)
                    if index.data(ChecklistModel.ProcedureIdRole) in wanted:
                        self.tree.setExpanded(index, True)
            # Open the matching procedures to show the matching steps; past a screenful, leave them folded
            # (expanding a thousand procedures takes longer than it helps).
            elif searching and self.filter.rowCount() <= SEARCH_EXPANDS_UP_TO:
                self.tree.expandAll()
        finally:
            self._following = False
        self.reselect()

    def set_hide_complete(self, hide: bool) -> None:
        if hide != self.filter.hide_complete:
            self.follow_rows(lambda: self.filter.set_hide_complete(hide))
            self.hide_complete_changed.emit(hide)

    hide_complete_changed = Signal(bool)

    # --- the open procedures, remembered per account -------------------------------------------------------

    def _expanded_key(self) -> str | None:
        account = self._session.account
        return f"expanded/{account.uid}" if account else None

    def save_expanded(self) -> None:
        """Remember which procedures the shown account has open (not while a search opened them)."""
        key = self._expanded_key()
        if key is None or self.filter.text or self.model.checklist is not self._session.checklist:
            return
        self._settings.setValue(key, sorted(self._expanded_ids()) or ["-"])

    def _saved_expanded_ids(self) -> set[str]:
        key = self._expanded_key()
        saved = self._settings.value(key) if key else None
        checklist = self._session.checklist
        if checklist is None:
            return set()
        if isinstance(saved, str) or (isinstance(saved, list) and all(isinstance(x, str) for x in saved)):
            return {saved} if isinstance(saved, str) else set(saved)
        # None saved yet, or not a list of ids (edited by hand): the first procedure not finished.
        first = next((e.procedure.id for e in checklist.entries if not e.complete), None)
        return {first} if first else set()

    def _restore_expanded(self) -> None:
        checklist = self._session.checklist
        if checklist is None:
            return
        wanted = self._saved_expanded_ids()
        for row, entry in enumerate(checklist.entries):
            if entry.procedure.id in wanted:
                self.tree.setExpanded(self.filter.mapFromSource(self.model.index(row, 0)), True)
