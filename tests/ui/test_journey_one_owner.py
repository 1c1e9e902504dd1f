"""Issue 17's story through the window, after the split into panes and controllers: what the screen shows is
what the store holds, because the shown account's state has one owner and a tick is saved with the
completion it causes.

Kim ticks an objection's steps (two clicks, then Ctrl+D on the last), which completes it; she hides completed
procedures, undoes the last tick, and the procedure is open again, in the store as on screen. When the store
refuses the completion, the tick is refused with it, and the box names the file. She records the platform's
reference (no "status" entry whose from and to are equal), marks the request refused, and the complaint that
follows comes from the library's data. Closed and opened again, it is all there."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app import paths
from app.ui.models import ChecklistModel
from tests.ui.conftest import Harness, click_check_box, step_index
from tests.ui.test_edits_follow_screen import choose_status, click_row, selected_ids

PROC = "example-object"
COMPLAINT = "regulators-eu-dpa-complaint"


@pytest.fixture
def with_complaint(procedure_dir: Path) -> Path:
    (procedure_dir / "regulators").mkdir()
    shutil.copy(paths.bundled_procedures_dir() / "regulators" / f"{COMPLAINT}.yaml",
                procedure_dir / "regulators")
    return procedure_dir


def checked(window: Any, step_id: str) -> bool:
    state = step_index(window, PROC, step_id).data(Qt.ItemDataRole.CheckStateRole)
    return bool(state == Qt.CheckState.Checked)


def test_ticks_complete_undo_reopen_and_a_refused_completion_refuses_the_tick(
        qtbot: Any, harness: Harness, with_complaint: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = harness.open()
    account = window.db.add_account("Kims Facebook", "facebook", "EU", email="kim@example.org").id
    window.reload_accounts(select_id=account)

    # Two clicks on check boxes, then Ctrl+D on the last step: the procedure is complete, in one write.
    click_check_box(qtbot, window, PROC, "open-form")
    click_check_box(qtbot, window, PROC, "explain")
    assert window.db.run(account, PROC).completed_at is None
    click_row(qtbot, window, step_index(window, PROC, "confirm"))
    qtbot.keyClick(window.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    run = window.db.run(account, PROC)
    assert run.completed_at is not None and run.completed_fingerprint == window.catalog.get(PROC).fingerprint
    actions = [entry.action for entry in window.db.history(account, PROC)]
    assert actions == ["tick", "tick", "tick", "completed"]
    total = sum(entry.total for entry in window.checklist_model.checklist.entries)  # the complaint's too
    assert window.account_progress.text() == f"3 of {total} steps"
    assert window.checklist_model.index_for(PROC, column=1).data().startswith("3 of 3")
    assert window.checklist_model.index_for(PROC).data(ChecklistModel.CompleteRole)

    # Hide completed: the procedure goes, and so does what the pane showed.
    qtbot.keyClick(window.tree, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.hide_complete_action.isChecked()
    assert not window.filter.mapFromSource(window.checklist_model.index_for(PROC)).isValid()
    assert window.details.target is None and selected_ids(window) is None

    # Undo the last tick: open again on screen and in the store, and shown again, with the step chosen.
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.db.run(account, PROC).completed_at
    assert [entry.action for entry in window.db.history(account, PROC)][-2:] == ["untick", "reopened"]
    assert window.filter.mapFromSource(window.checklist_model.index_for(PROC)).isValid()
    assert selected_ids(window) == (PROC, "confirm") and not checked(window, "confirm")
    assert window.account_progress.text() == f"2 of {total} steps"

    # The store refuses to record the completion: the tick is refused with it, and the box names the file.
    with sqlite3.connect(harness.locations.database_path) as other:
        other.execute("CREATE TRIGGER no_completion BEFORE UPDATE OF completed_at ON runs "
                      "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    shown: list[str] = []
    monkeypatch.setattr("app.ui.messages.warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    click_check_box(qtbot, window, PROC, "confirm")
    assert shown and str(harness.locations.database_path) in shown[0]
    assert (PROC, "confirm") not in window.db.ticks(account)
    assert not checked(window, "confirm") and window.account_progress.text() == f"2 of {total} steps"
    with sqlite3.connect(harness.locations.database_path) as other:
        other.execute("DROP TRIGGER no_completion")

    # The platform's reference, then a refusal: no status entry from "submitted" to "submitted".
    click_row(qtbot, window, step_index(window, PROC, "explain"))
    choose_status(qtbot, window, "submitted")
    window.details.reference_edit.setFocus()
    qtbot.keyClicks(window.details.reference_edit, "Case 4711")
    qtbot.keyClick(window.details.reference_edit, Qt.Key.Key_Tab)
    assert window.db.run(account, PROC).reference == "Case 4711"
    statuses = [entry.detail for entry in window.db.history(account, PROC) if entry.action == "status"]
    assert all(detail["from"] != detail["to"] for detail in statuses)
    assert "reference" in [entry.action for entry in window.db.history(account, PROC)]
    choose_status(qtbot, window, "refused")

    # The complaint that follows comes from the library: the EU one, for an EU Facebook account.
    assert window.details.escalate_button.isVisible()
    window.details.escalate_button.click()
    assert selected_ids(window) == (COMPLAINT, "")

    # Closed and opened again: the same, from the store.
    harness.close(window)
    again = harness.open()
    assert again.current_account is not None and again.current_account.id == account
    assert [checked(again, step) for step in ("open-form", "explain", "confirm")] == [True, True, False]
    run = again.db.run(account, PROC)
    assert (run.status, run.reference, run.completed_at) == ("refused", "Case 4711", None)
