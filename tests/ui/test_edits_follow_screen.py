"""Edits in the details pane land on what the pane shows, and the pane shows what the checklist selects.

Found in a hands-on walk: a search that matched nothing, then cleared, left the pane showing a step the
list no longer selected; choosing a status then saved nothing, or (when focus had passed through the list)
saved it onto the 2024 notification route, the first row, which she never touched."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.storage.database import STATUSES
from app.ui.main_window import MainWindow
from app.ui.models import ChecklistModel
from tests.conftest import REPO
from tests.ui.conftest import Harness

PRIVACY_CENTER = "meta-facebook-object-privacy-center"
NOTIFICATION = "meta-facebook-object-2024-notification"  # archived: not offered to a new account (issue 18)
# Since the Privacy Center form is the recommended route, it is listed first for a Facebook account in the EU:
# the rows she works on below are another procedure's, so that an edit misfiled onto the first row shows.
FIRST = PRIVACY_CENTER
WORKED, WORKED_STEP = "meta-third-party-ai-data-rights", "find-form"


@pytest.fixture
def bundled(qtbot: Any, tmp_path: Path) -> Iterator[Harness]:
    """Windows on the bundled library, as a user has it."""
    h = Harness(qtbot, tmp_path / "data", REPO / "procedures")
    yield h
    h.shutdown()


def add(window: MainWindow, label: str, platform: str = "facebook") -> int:
    account = window.db.add_account(label, platform, "EU", email="kim@example.org", full_name="Kim Berger")
    window.reload_accounts(select_id=account.id)
    return int(account.id)


def row_of(window: MainWindow, procedure_id: str, step_id: str = "") -> QModelIndex:
    source = window.checklist_model.index_for(procedure_id, step_id or None)
    return window.filter.mapFromSource(source)


def click_row(qtbot: Any, window: MainWindow, index: QModelIndex) -> None:
    """Click a row's text (not its check box), as a person choosing a step does."""
    if index.parent().isValid():
        window.tree.setExpanded(index.parent(), True)
    window.tree.scrollTo(index)
    rect = window.tree.visualRect(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose_status(qtbot: Any, window: MainWindow, status: str) -> None:
    """Open the status list and click an entry in it."""
    box = window.details.status_box
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    rect = view.visualRect(view.model().index(box.findData(status), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def clear_search(qtbot: Any, window: MainWindow) -> None:
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Backspace)


def selected_ids(window: MainWindow) -> tuple[str, str] | None:
    rows = window.tree.selectionModel().selectedRows()
    if not rows:
        return None
    source = window.filter.mapToSource(rows[0])
    return (source.data(ChecklistModel.ProcedureIdRole), source.data(ChecklistModel.StepIdRole) or "")


def assert_screen_agrees(window: MainWindow) -> None:
    """The pane shows exactly the row the checklist selects, or nothing when nothing is selected."""
    target = window.details.target
    ids = selected_ids(window)
    if target is None:
        assert ids is None
        return
    assert window.current_account is not None and target[0] == window.current_account.id
    assert ids == (target[1], target[2])
    current = window.filter.mapToSource(window.tree.currentIndex())
    step_id = current.data(ChecklistModel.StepIdRole) or ""
    assert (current.data(ChecklistModel.ProcedureIdRole), step_id) == ids
    procedure = window.catalog.get(target[1])
    assert procedure is not None
    title = procedure.step(target[2]).title if target[2] else procedure.title
    assert title in window.details.browser.toPlainText()


def test_a_search_cleared_keeps_the_step_and_the_status_lands_on_it(qtbot: Any, bundled: Harness) -> None:
    window = bundled.open()
    account = add(window, "My Facebook")
    assert window.checklist_model.checklist.entries[0].procedure.id == FIRST
    click_row(qtbot, window, row_of(window, WORKED, WORKED_STEP))
    assert window.details.target == (account, WORKED, WORKED_STEP)
    expanded = {pid for pid in (FIRST, WORKED) if window.tree.isExpanded(row_of(window, pid))}

    qtbot.keyClicks(window.search_edit, "xylophone")  # matches nothing
    assert window.filter.rowCount() == 0
    assert window.details.target is None  # the pane follows the list: nothing shown, nothing to edit
    assert_screen_agrees(window)

    clear_search(qtbot, window)
    assert selected_ids(window) == (WORKED, WORKED_STEP)  # the selection comes back
    assert {pid for pid in (FIRST, WORKED)
            if window.tree.isExpanded(row_of(window, pid))} == expanded
    assert_screen_agrees(window)

    choose_status(qtbot, window, "submitted")
    assert window.db.run(account, WORKED).status == "submitted"
    assert window.db.run(account, FIRST).status == "not-started"
    assert window.undo_stack.count() == 1 and window.undo_action.isEnabled()

    window.details.reference_edit.setFocus()
    qtbot.keyClicks(window.details.reference_edit, "We'll honour your objection")
    qtbot.keyClick(window.details.reference_edit, Qt.Key.Key_Tab)
    assert window.db.run(account, WORKED).reference == "We'll honour your objection"
    assert window.db.run(account, FIRST).reference == ""
    window.undo_action.trigger()  # the reference, on the guide it was typed for
    assert window.db.run(account, WORKED).reference == "" and window.details.reference_edit.text() == ""
    window.undo_action.trigger()
    assert window.db.run(account, WORKED).status == "not-started"


def test_focus_passing_through_the_list_edits_what_the_pane_then_shows(qtbot: Any, bundled: Harness) -> None:
    window = bundled.open()
    account = add(window, "My Facebook")
    click_row(qtbot, window, row_of(window, WORKED, WORKED_STEP))
    qtbot.keyClicks(window.search_edit, "xylophone")
    clear_search(qtbot, window)
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Tab)  # into the list
    assert window.tree.hasFocus()
    assert_screen_agrees(window)
    assert window.details.target == (account, WORKED, WORKED_STEP)
    choose_status(qtbot, window, "submitted")
    window.details.reference_edit.setFocus()
    qtbot.keyClicks(window.details.reference_edit, "We'll honour your objection")
    qtbot.keyClick(window.details.reference_edit, Qt.Key.Key_Tab)
    assert window.db.run(account, FIRST).status == "not-started"
    assert window.db.run(account, FIRST).reference == ""
    assert window.db.run(account, WORKED).reference == "We'll honour your objection"


def test_when_the_chosen_row_is_hidden_the_pane_shows_what_focus_then_selects(qtbot: Any,
                                                                               bundled: Harness) -> None:
    window = bundled.open()
    account = add(window, "My Facebook")
    click_row(qtbot, window, row_of(window, WORKED, WORKED_STEP))
    qtbot.keyClicks(window.search_edit, "Submit an objection request")  # hides the worked procedure
    assert not row_of(window, WORKED).isValid()
    assert window.details.target is None
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Tab)  # into the list, which has no current row now
    assert_screen_agrees(window)
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)  # the arrow picks its first row
    assert_screen_agrees(window)
    shown = window.details.target
    assert shown is not None and shown[1] == FIRST
    choose_status(qtbot, window, "in-progress")
    assert window.db.run(account, FIRST).status == "in-progress"  # what the pane showed
    assert window.db.run(account, WORKED).status == "not-started"


def test_a_reference_being_typed_is_saved_where_it_was_typed_when_the_row_changes(qtbot: Any,
                                                                                  bundled: Harness) -> None:
    window = bundled.open()
    account = add(window, "My Facebook")
    click_row(qtbot, window, row_of(window, WORKED, WORKED_STEP))
    window.details.reference_edit.setFocus()
    qtbot.keyClicks(window.details.reference_edit, "CASE-1")
    # The row changes while the text is still in the field (the overview's "open", a reload...).
    window.open_run(account, FIRST)
    assert window.db.run(account, WORKED).reference == "CASE-1"
    assert window.db.run(account, FIRST).reference == ""
    assert window.details.reference_edit.text() == ""


WORDS = ["xylophone", "notification", "privacy", "instagram", "form", "email", "zz"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_walks_never_edit_anything_but_what_the_pane_shows(qtbot: Any, bundled: Harness,
                                                                   seed: int) -> None:
    rng = random.Random(seed)
    window = bundled.open()
    accounts = [add(window, "My Facebook"), add(window, "Art Instagram", "instagram")]
    window.select_account(accounts[0])

    def snapshot() -> dict[tuple[Any, ...], Any]:
        state: dict[tuple[Any, ...], Any] = {}
        for account_id in accounts:
            for run in window.db.runs(account_id):
                state[(account_id, run.procedure_id, "status")] = run.status
                state[(account_id, run.procedure_id, "reference")] = run.reference
            for (procedure_id, step_id), text in window.db.notes(account_id).items():
                state[(account_id, procedure_id, step_id, "note")] = text
        return {key: value for key, value in state.items() if value not in ("not-started", "")}

    for move in range(45):
        action = rng.choice(["select", "select", "select", "search", "clear", "switch", "reload", "hide",
                             "status", "status", "reference", "note"])
        if action == "select" and window.filter.rowCount():
            parent = window.filter.index(rng.randrange(window.filter.rowCount()), 0)
            children = window.filter.rowCount(parent)
            index = parent
            if children and rng.random() < 0.7:
                index = window.filter.index(rng.randrange(children), 0, parent)
            click_row(qtbot, window, index)
        elif action == "search":
            clear_search(qtbot, window)
            qtbot.keyClicks(window.search_edit, rng.choice(WORDS))
        elif action == "clear":
            clear_search(qtbot, window)
        elif action == "switch":
            window.select_account(rng.choice(accounts))
        elif action == "reload":
            window.library.reload()
        elif action == "hide":
            window.hide_complete_action.trigger()
        elif action in ("status", "reference", "note") and window.details.target is not None:
            target = window.details.target
            before = snapshot()
            if action == "status":
                status = rng.choice([s for s in STATUSES if s != window.details.status_box.currentData()])
                choose_status(qtbot, window, status)
                assert window.db.run(target[0], target[1]).status == status
                assert window.details.status_box.currentData() == status
            elif action == "reference":
                window.details.reference_edit.setFocus()
                qtbot.keyClicks(window.details.reference_edit, f"R{move}")
                qtbot.keyClick(window.details.reference_edit, Qt.Key.Key_Tab)
                assert window.db.run(target[0], target[1]).reference == window.details.reference_edit.text()
            else:
                editor = window.step_note if target[2] else window.procedure_note
                editor.setFocus()
                qtbot.keyClicks(editor, f" n{move}")
                window.tree.setFocus()
                assert window.db.note(*target) == editor.toPlainText()
            after = snapshot()
            differing = set(before) ^ set(after)  # values that came or went, and those that changed
            differing |= {key for key in before.keys() & after.keys() if before[key] != after[key]}
            changed = {key[:3] if key[-1] == "note" else key[:2] for key in differing}
            wanted = {target if action == "note" else target[:2]}
            assert changed <= wanted, (move, action, target, changed)
        assert_screen_agrees(window)


def test_clearing_a_search_after_switching_account_opens_that_accounts_procedures(qtbot: Any,
                                                                                 bundled: Harness) -> None:
    window = bundled.open()
    facebook = add(window, "My Facebook")
    instagram = add(window, "Art Instagram", "instagram")
    window.select_account(instagram)
    opened = {window.filter.index(row, 0).data(ChecklistModel.ProcedureIdRole)
              for row in range(window.filter.rowCount())
              if window.tree.isExpanded(window.filter.index(row, 0))}
    window.select_account(facebook)
    window.tree.expandAll()  # Facebook: everything open
    qtbot.keyClicks(window.search_edit, "form")
    window.select_account(instagram)
    clear_search(qtbot, window)
    now = {window.filter.index(row, 0).data(ChecklistModel.ProcedureIdRole)
           for row in range(window.filter.rowCount()) if window.tree.isExpanded(window.filter.index(row, 0))}
    assert now == opened and len(now) < window.filter.rowCount()
