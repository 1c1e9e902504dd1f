"""Each pane and controller of the window on its own: the accounts pane, the checklist pane over an account
session, progress (ticks with their completion), notes, store errors, the follow-up batcher, the library
watcher and the menu table. The window's own tests drive them together."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from app import paths
from app.core.procedures import load_catalog
from app.storage.database import Database
from app.storage.errors import DatabaseBusy, StoreError
from app.ui.accounts_pane import AccountsPane
from app.ui.actions import MENUS, SEPARATOR, Submenu
from app.ui.checklist_pane import ChecklistPane
from app.ui.context import WindowContext
from app.ui.followup_batcher import FollowupBatcher
from app.ui.library_watch import LibraryWatcher
from app.ui.notes_controller import NotesController
from app.ui.notes_pane import NotesPane
from app.ui.progress import ProgressController
from app.ui.session import AccountSession
from app.ui.store_errors import PendingWrites, StoreErrors
from tests.conftest import FIXTURES

PROC = "example-object"
TODAY = dt.date(2026, 11, 22)


class Parts:
    """The window's state and controllers on a bare main window, without the composition root."""

    def __init__(self, qtbot: Any, tmp_path: Path) -> None:
        self.locations = paths.Locations(tmp_path / "data")
        library = tmp_path / "procedures"
        library.mkdir()
        shutil.copy(FIXTURES / "procedures" / "good" / "example-object.yaml", library)
        self.db = Database(self.locations.database_path)
        self.settings = QSettings(str(self.locations.settings_path), QSettings.Format.IniFormat)
        self.context = WindowContext(self.db, load_catalog([library]), self.settings, self.locations, TODAY)
        self.window = QMainWindow()
        qtbot.addWidget(self.window)
        self.undo = QUndoStack(self.window)
        self.pending = PendingWrites(self.window)
        self.errors = StoreErrors(self.window, self.pending)
        self.session = AccountSession(self.context, self.errors, self.window)
        self.pane = ChecklistPane(self.session, self.settings)
        self.window.setCentralWidget(self.pane)
        self.progress = ProgressController(self.context, self.session, self.errors, self.pending, self.undo)
        self.notes_pane = NotesPane()
        self.notes = NotesController(self.window, self.context, self.session, self.notes_pane, self.errors,
                                     self.pending, self.undo)
        self.pane.tick_requested.connect(self.progress.request_tick)


@pytest.fixture
def parts(qtbot: Any, tmp_path: Path) -> Iterator[Parts]:
    made = Parts(qtbot, tmp_path)
    yield made
    made.pending.stop()
    made.db.close()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr("app.ui.messages.warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


def test_accounts_pane_says_what_the_user_chose_not_what_the_program_did(qtbot: Any, parts: Parts) -> None:
    pane = AccountsPane()
    qtbot.addWidget(pane)
    first = parts.db.add_account("First", "facebook", "EU")
    second = parts.db.add_account("Second", "instagram", "EU", group_name="me")
    pane.set_accounts(parts.db.accounts())
    chosen: list[int] = []
    pane.account_chosen.connect(lambda account: chosen.append(account.id))
    assert pane.select(second.id, quietly=True) == second and chosen == []
    pane.update_progress(second.id, (2, 5))
    pane.view.setCurrentIndex(pane.model.index(0, 0))  # as the arrow keys or a click do
    assert chosen == [first.id]
    pane.set_accounts(parts.db.accounts())  # listed again: progress kept, nobody told
    assert chosen == [first.id] and pane.group_of(second.id) == "me"
    assert pane.model.data(pane.model.index(1, 0), pane.model.ProgressRole) == (2, 5)
    assert pane.select(999) is None
    with qtbot.waitSignal(pane.add_requested):
        pane.add_button.click()


def test_checklist_pane_follows_the_session_and_keeps_the_row_chosen(qtbot: Any, parts: Parts) -> None:
    account = parts.db.add_account("Kim", "facebook", "EU")
    parts.db.set_tick(account.id, PROC, "open-form", True)
    shown: list[tuple[object, str]] = []
    parts.pane.row_shown.connect(lambda procedure_id, step_id, _notes: shown.append((procedure_id, step_id)))
    assert parts.session.load(account)
    pane = parts.pane
    assert pane.header.text().startswith("<b>Kim</b>") and pane.progress.text() == "1 of 3 steps"
    assert pane.model.checklist is parts.session.checklist  # read, not copied
    pane.tree.setCurrentIndex(pane.filter.mapFromSource(pane.model.index_for(PROC, "explain")))
    assert pane.wanted == (PROC, "explain") and shown[-1] == (PROC, "explain")
    pane.search_edit.setText("nothing matches this")
    assert shown[-1] == (None, "") and pane.wanted == (PROC, "explain")
    pane.search_edit.clear()
    assert shown[-1] == (PROC, "explain") and pane.current_ids() == (PROC, "explain")
    assert parts.session.load(account)  # the same account read again: the row stays
    assert pane.current_ids() == (PROC, "explain")
    other = parts.db.add_account("Other", "facebook", "EU")
    assert parts.session.load(other)  # another account: nothing chosen
    assert pane.wanted is None and pane.current_ids() is None
    pane.set_hide_complete(True)
    assert pane.choose(PROC) and pane.current_ids() == (PROC, "")


def test_a_tick_is_saved_with_its_completion_and_shown_from_the_session(qtbot: Any, parts: Parts) -> None:
    account = parts.db.add_account("Kim", "facebook", "EU")
    parts.session.load(account)
    counted: list[int] = []
    parts.progress.changed.connect(counted.append)
    for step in ("open-form", "explain", "confirm"):
        parts.progress.request_tick(PROC, step, True)
    assert parts.db.run(account.id, PROC).completed_at is not None
    assert parts.session.run(PROC).completed_at is not None  # the session holds what the store returned
    assert parts.session.complete(PROC) and parts.pane.progress.text() == "3 of 3 steps"
    assert counted == [account.id] * 3 and parts.undo.count() == 3
    parts.undo.undo()
    assert parts.db.run(account.id, PROC).completed_at is None and not parts.session.complete(PROC)


def test_a_refused_tick_changes_nothing_shown(qtbot: Any, parts: Parts, boxes: list[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    account = parts.db.add_account("Kim", "facebook", "EU")
    parts.session.load(account)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise StoreError(parts.locations.database_path, "the disk is full", "Free some space.")

    monkeypatch.setattr(parts.db, "set_tick", refuse)
    parts.progress.request_tick(PROC, "open-form", True)
    assert len(boxes) == 1 and "the disk is full" in boxes[0].casefold()
    assert parts.session.checklist.entry(PROC).done == set() and parts.undo.count() == 0
    parts.progress.request_tick(PROC, "open-form", True)  # the same problem again: the status bar only
    assert len(boxes) == 1 and "Still not saved" in parts.window.statusBar().currentMessage()


def test_a_tick_the_store_lock_refused_is_kept_and_saved_later(qtbot: Any, parts: Parts, boxes: list[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    account = parts.db.add_account("Kim", "facebook", "EU")
    parts.session.load(account)
    real = parts.db.set_tick
    busy = [True]

    def held(*args: Any, **kwargs: Any) -> Any:
        if busy[0]:
            raise DatabaseBusy(parts.locations.database_path, "another program is using your data", "Wait.")
        return real(*args, **kwargs)

    monkeypatch.setattr(parts.db, "set_tick", held)
    parts.pending.retry_every(20)
    parts.progress.request_tick(PROC, "open-form", True)
    assert boxes == [] and parts.pending.count() == 1 and parts.pending.label.text().startswith("1 change")
    busy[0] = False
    qtbot.waitUntil(lambda: parts.pending.count() == 0, timeout=3000)
    assert (PROC, "open-form") in parts.db.ticks(account.id)
    assert parts.session.checklist.entry(PROC).done == {"open-form"}


def test_notes_are_saved_undoable_and_kept_when_refused(qtbot: Any, parts: Parts, boxes: list[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    account = parts.db.add_account("Kim", "facebook", "EU")
    parts.session.load(account)
    parts.notes.show(account.id, PROC, "explain")
    editor = parts.notes_pane.step_note
    editor.setPlainText("Sent on Monday")
    parts.notes.flush()
    assert parts.db.note(account.id, PROC, "explain") == "Sent on Monday"
    assert parts.session.notes[(PROC, "explain")] == "Sent on Monday" and parts.undo.count() == 1
    parts.undo.undo()
    assert parts.db.note(account.id, PROC, "explain") == "" and editor.toPlainText() == ""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise StoreError(parts.locations.database_path, "the folder is read-only", "Check it.")

    real = parts.db.set_note
    monkeypatch.setattr(parts.db, "set_note", refuse)
    editor.setPlainText("Typed while the disk was full")
    parts.notes.flush()
    assert boxes and parts.notes.unsaved == {(account.id, PROC, "explain"): "Typed while the disk was full"}
    monkeypatch.setattr(parts.db, "set_note", real)
    assert parts.notes.may_close()  # saved now, so closing loses nothing
    assert parts.db.note(account.id, PROC, "explain") == "Typed while the disk was full"


def test_followup_batcher_counts_in_the_background(qtbot: Any, parts: Parts) -> None:
    ids = [parts.db.add_account(f"Account {n}", "facebook", "EU").id for n in range(3)]
    parts.db.set_status(ids[1], PROC, "submitted", at=dt.datetime(2026, 9, 1, 12, tzinfo=dt.timezone.utc))
    batcher = FollowupBatcher(parts.context, parts.errors, lambda _account_id: "", lambda: False,
                              parts.window)
    progress: dict[int, object] = {}
    batcher.progress_counted.connect(lambda account_id, counted: progress.__setitem__(account_id, counted))
    batcher.invalidate()
    assert batcher.pending()
    qtbot.waitUntil(lambda: not batcher.pending(), timeout=3000)
    assert batcher.due_label.text().startswith("1 action due")
    assert progress == dict.fromkeys(ids, (0, 3))
    parts.db.set_tick(ids[0], PROC, "open-form", True)
    batcher.invalidate(ids[0])
    assert set(batcher.cache) == set(ids[1:])  # only what changed is counted again
    batcher.refresh()
    assert progress[ids[0]] == (1, 3)


def test_library_watcher_reloads_when_a_users_file_changes(qtbot: Any, tmp_path: Path) -> None:
    locations = paths.Locations(tmp_path / "data")
    mine = locations.user_procedures_dir / "mine"
    mine.mkdir(parents=True)
    path = mine / "example-object.yaml"
    shutil.copy(FIXTURES / "procedures" / "good" / "example-object.yaml", path)
    first = load_catalog(locations.procedure_dirs())
    context = WindowContext(Any, first, Any, locations)  # type: ignore[arg-type]
    watcher = LibraryWatcher(context)
    watcher.start()
    assert str(path) in watcher.watcher.files()
    with qtbot.waitSignal(watcher.catalog_reloaded, timeout=5000) as reloaded:
        path.write_text(path.read_text(encoding="utf-8").replace(
            "title: Open the objection form", "title: Open the form"), encoding="utf-8")
    catalog = reloaded.args[0]
    assert catalog.get(PROC).step("open-form").title == "Open the form"
    watcher.stop()
    assert watcher.watcher.files() == []


def test_every_action_in_the_menu_table_has_a_handler_and_its_own_shortcut(qtbot: Any,
                                                                           tmp_path: Path) -> None:
    from app.ui.main_window import MainWindow

    locations = paths.Locations(tmp_path / "data")
    with Database(locations.database_path) as db:
        settings = QSettings(str(locations.settings_path), QSettings.Format.IniFormat)
        window = MainWindow(db, load_catalog([FIXTURES / "procedures" / "good"]), settings, locations, TODAY)
        qtbot.addWidget(window)
        names = [entry[0] for _title, entries in MENUS for entry in entries
                 if entry is not SEPARATOR and not isinstance(entry, (str, Submenu))]
        assert len(names) == len(set(names))
        shortcuts = [s.toString() for action in window.window_actions.values() for s in action.shortcuts()]
        assert len(shortcuts) == len(set(shortcuts)) and all(shortcuts)
        for name in names:
            assert window.findChild(type(window.undo_action), name) is window.window_actions[name]
        assert [action.text() for action in window.menuBar().actions()] == [
            "&File", "&Edit", "&View", "&Account", "&Guide", "&Help"]
        window.window_actions["viewOverview"].trigger()
        assert window.tabs.currentIndex() == 1
        window.close()
