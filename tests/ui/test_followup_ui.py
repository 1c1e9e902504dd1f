"""Follow-through in the window: status dates and references, reply clocks, coverage, overview, exports."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from app import paths
from app.storage.database import Database
from tests.ui.conftest import TODAY, Harness, as_qt_shows, step_index

PROC = "example-object"


def add(window: Any, label: str, platform: str = "facebook", region: str = "EU", group: str = "") -> int:
    account = window.db.add_account(label, platform, region, group_name=group, email="sam@example.org")
    window.reload_accounts(select_id=account.id)
    return int(account.id)


def click_when_laid_out(qtbot: Any, button: Any) -> None:
    """A button that has just been shown gets its size when the layout runs, as it does on screen."""
    qtbot.waitUntil(lambda: button.width() > 10 and button.height() > 5)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_status(qtbot: Any, window: Any, status: str) -> None:
    box = window.details.status_box
    box.setCurrentIndex(box.findData(status))
    box.activated.emit(box.currentIndex())


def test_submitted_status_with_date_and_reference_starts_the_clock(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    account = add(window, "A")
    window.tree.setCurrentIndex(window.filter.index(0, 0))
    choose_status(qtbot, window, "submitted")
    window.details.date_edit.setDate(QDate(2026, 10, 31))
    window.details.date_edit.editingFinished.emit()
    qtbot.keyClicks(window.details.reference_edit, "CASE-9")
    window.details.reference_edit.editingFinished.emit()
    run = window.db.run(account, PROC)
    assert run.status == "submitted" and run.submitted_at.date() == dt.date(2026, 10, 31)
    assert run.reference == "CASE-9"
    clock = window.details.clock_label.text()
    assert "due by 30 Nov 2026 (8 days left)" in clock and "by 30 Jan 2027 at the latest" in clock
    assert window.details.extended_box.isVisible()
    window.details.extended_box.click()
    assert window.db.run(account, PROC).extended_at is not None
    assert "due by 30 Jan 2027" in window.details.clock_label.text()
    # A mistaken click is undone like a tick: Edit > Undo takes the extension back, Redo puts it again.
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.db.run(account, PROC).extended_at is None
    assert not window.details.extended_box.isChecked()
    assert "due by 30 Nov 2026" in window.details.clock_label.text()
    window.redo_action.trigger()
    assert window.db.run(account, PROC).extended_at is not None and window.details.extended_box.isChecked()
    # The reference and the date are undone too, one step each, and the pane shows what is stored.
    window.undo_action.trigger()  # the extension
    window.undo_action.trigger()  # the reference
    assert window.db.run(account, PROC).reference == "" and window.details.reference_edit.text() == ""
    window.undo_action.trigger()  # the date
    run = window.db.run(account, PROC)
    assert run.status == "submitted" and run.submitted_at.date() != dt.date(2026, 10, 31)
    assert window.details.date_edit.date() != QDate(2026, 10, 31)
    window.redo_action.trigger()
    window.redo_action.trigger()
    run = window.db.run(account, PROC)
    assert run.submitted_at.date() == dt.date(2026, 10, 31) and run.reference == "CASE-9"
    assert window.details.reference_edit.text() == "CASE-9"


def test_overdue_reply_is_flagged_counted_and_escalation_suggested(qtbot: Any, harness: Harness,
                                                                   procedure_dir: Path) -> None:
    complaint = paths.bundled_procedures_dir() / "regulators" / "regulators-eu-dpa-complaint.yaml"
    if not complaint.exists():
        pytest.skip("the bundled complaint procedure is not in this checkout yet")
    (procedure_dir / "regulators").mkdir()
    shutil.copy(complaint, procedure_dir / "regulators")
    window = harness.open()
    account = add(window, "A")
    window.db.set_status(account, PROC, "submitted", at=dt.datetime(2026, 9, 1, 12, tzinfo=dt.timezone.utc))
    window.reload_accounts(select_id=account)
    window.followup.refresh()
    window.tree.setCurrentIndex(window.filter.mapFromSource(window.checklist_model.index_for(PROC)))
    assert "1 Oct 2026: 52 days overdue" in window.details.clock_label.text()
    assert window.due_label.isVisible() and window.due_label.text().startswith("1 action due")
    assert window.details.escalate_button.isVisible()
    assert window.details.escalate_button.text() == "Open the complaint guide"
    click_when_laid_out(qtbot, window.details.escalate_button)
    assert window.tree.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == "regulators-eu-dpa-complaint"
    # Hidden from the account, the complaint is added back when suggested.
    window.db.set_visibility(account, "regulators-eu-dpa-complaint", "hidden")
    window.reload_accounts(select_id=account)
    window.tree.setCurrentIndex(window.filter.mapFromSource(window.checklist_model.index_for(PROC)))
    assert window.details.escalate_button.text() == "Add the complaint guide to this account"
    click_when_laid_out(qtbot, window.details.escalate_button)
    assert window.db.run(account, "regulators-eu-dpa-complaint").visibility == "added"
    assert window.tree.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == "regulators-eu-dpa-complaint"


def test_nothing_due_means_no_nagging(harness: Harness) -> None:
    window = harness.open()
    add(window, "A")
    window.followup.refresh()
    assert not window.due_label.isVisible() and window.due_label.text() == ""


def test_one_objection_covers_the_account_group(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    first = add(window, "Facebook", group="Accounts Center")
    second = add(window, "Instagram", platform="instagram", group="Accounts Center")
    window.db.set_status(first, PROC, "submitted", at=dt.datetime(2026, 11, 20, 12, tzinfo=dt.timezone.utc))
    window.select_account(first)
    window.select_account(second)
    assert window.current_account.id == second
    assert window.checklist_model.index_for(PROC, column=1).data() == "0 of 3 · covered"
    window.tree.setCurrentIndex(window.filter.index(0, 0))
    # By which account, which request and since when (issue 18).
    expected = ("Covered by “Facebook”: Object to an example platform training AI on your posts, "
                "sent 20 Nov 2026.")
    assert expected in window.details.banner.text()
    window.db.set_status(first, PROC, "refused")  # a refused objection covers nothing
    window.reload_accounts()
    assert window.checklist_model.index_for(PROC, column=1).data() == "0 of 3"
    assert "Covered by" not in window.details.banner.text()


def test_overview_grid_and_next_actions_order(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    a = add(window, "Alpha")
    b = add(window, "Beta", region="UK")
    add(window, "Gamma", region="US")
    window.db.set_status(a, PROC, "submitted", at=dt.datetime(2026, 9, 1, 12, tzinfo=dt.timezone.utc))
    window.db.set_status(b, PROC, "waiting", at=dt.datetime(2026, 11, 20, 12, tzinfo=dt.timezone.utc))
    window.db.set_tick(b, PROC, "open-form", True)
    window.tabs.setCurrentIndex(1)
    overview = window.overview
    texts = [overview.actions_model.index(row).data() for row in range(overview.actions_model.rowCount())]
    assert texts[0].startswith("1 Oct 2026 · Overdue · Alpha")
    assert texts[-1].startswith("20 Dec 2026 · Waiting · Beta")
    whens = [action.when for action in overview.actions_model.actions()]
    assert whens == sorted(whens)
    grid = overview.grid_model
    assert grid.rowCount() == 3 and grid.columnCount() == 1
    # A procedure's title is longer than its column: the header shows its start, cut with "…".
    header = overview.grid_view.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    assert header.defaultAlignment() & Qt.AlignmentFlag.AlignLeft
    tooltip = grid.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert as_qt_shows(tooltip) == window.catalog.get(PROC).title
    assert grid.headerData(0, Qt.Orientation.Vertical) == "Alpha"
    assert grid.index(0, 0).data() == "submitted" and grid.index(1, 0).data() == "waiting for a reply"
    overview.actions_view.setFocus()
    overview.actions_view.setCurrentIndex(overview.actions_model.index(len(texts) - 1))
    qtbot.keyClick(overview.actions_view, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 0 and window.current_account.label == "Beta"
    assert window.tree.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == PROC


def test_overview_models_pass_the_model_tester(qtmodeltester: Any, harness: Harness) -> None:
    window = harness.open()
    a = add(window, "Alpha")
    window.db.set_status(a, PROC, "refused")
    window.tabs.setCurrentIndex(1)
    qtmodeltester.check(window.overview.actions_model)
    qtmodeltester.check(window.overview.grid_model)


def test_export_report_from_the_window(qtbot: Any, harness: Harness, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = harness.open()
    add(window, "Alpha")
    target = tmp_path / "out" / "report.html"
    target.parent.mkdir()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.findChild(type(window.undo_action), "exportReport").trigger()
    text = target.read_text(encoding="utf-8")
    assert "Account: Alpha" in text and "Objector evidence report" in text
    ics = tmp_path / "out" / "dates.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(ics), ""))
    said: list[str] = []
    monkeypatch.setattr("app.ui.messages.information", lambda _parent, _title, text: said.append(text))
    window.findChild(type(window.undo_action), "exportCalendar").trigger()
    assert not ics.exists() and said and said[0].startswith("There is nothing to put in a calendar yet")
    window.db.set_status(window.current_account.id, PROC, "submitted")  # a reply is now due
    window.findChild(type(window.undo_action), "exportCalendar").trigger()
    assert ics.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in ics.read_text(
        encoding="utf-8")


def test_backup_round_trip_from_the_window(qtbot: Any, harness: Harness, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = harness.open()
    a = add(window, "Alpha")
    window.db.set_tick(a, PROC, "open-form", True)
    target = tmp_path / "backup.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.findChild(type(window.undo_action), "exportBackup").trigger()
    fresh = Database(tmp_path / "other" / "objector.sqlite3")
    window.db = fresh
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr("app.ui.messages.information", lambda *a, **k: None)
    window.findChild(type(window.undo_action), "importBackup").trigger()
    assert [x.label for x in fresh.accounts()] == ["Alpha"]
    assert step_index(window, PROC, "open-form").data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    fresh.close()


def test_today_is_fixed_for_these_tests() -> None:
    assert TODAY.isoformat() == "2026-11-22"


def test_a_recheck_comes_back_due_and_can_be_marked_done(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    account = add(window, "A")
    moments = iter([dt.datetime(2026, 3, 1, 12, tzinfo=dt.timezone.utc)])
    real_clock = window.db.clock
    window.db.clock = lambda: next(moments, real_clock())
    window.db.record_completion(account, PROC, "old", ("open-form",))  # finished on 1 March 2026
    window.db.clock = real_clock
    window.reload_accounts(select_id=account)
    window.followup.refresh()
    assert window.due_label.isVisible()  # 1 March + 6 months is before 22 November: due again
    window.tree.setCurrentIndex(window.filter.mapFromSource(window.checklist_model.index_for(PROC)))
    assert "check it again now" in window.details.clock_label.text()
    click_when_laid_out(qtbot, window.details.recheck_button)
    run = window.db.run(account, PROC)
    assert run.completed_at.date() == dt.date.today()
    assert [h.action for h in window.db.history(account)].count("completed") == 2  # the earlier one is kept
    assert "Check this again on" in window.details.clock_label.text()
    window.followup.refresh()
    assert not window.due_label.isVisible()


def test_background_counting_goes_a_few_accounts_at_a_time(qtbot: Any, harness: Harness,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # After start-up and after changes, accounts are counted in batches so that the window keeps answering;
    # here each batch is one account. The totals are the same as counting everything at once.
    import app.ui.followup_batcher as followup_batcher

    monkeypatch.setattr(followup_batcher, "FOLLOWUP_BATCH_SECONDS", 0.0)
    window = harness.open()
    ids = [window.db.add_account(f"Account {n}", "facebook", "EU").id for n in range(6)]
    window.db.set_status(ids[3], PROC, "submitted", at=dt.datetime(2026, 9, 1, 12, tzinfo=dt.timezone.utc))
    window.reload_accounts(select_id=ids[0])
    batches: list[int] = []
    real_count = window.followup.count
    monkeypatch.setattr(window.followup, "count", lambda accounts, stale, today: (
        batches.append(len(stale)), real_count(accounts, stale, today)))
    window.followup.invalidate()
    qtbot.waitUntil(lambda: window.due_label.isVisible(), timeout=5000)
    assert batches == [1] * 6  # one account per turn of the event loop, each counted once
    assert window.due_label.text().startswith("1 action due")
    counted = {account_id: window.followup.cache[account_id].cells for account_id in ids}
    window.followup.invalidate()
    window.followup.refresh()  # everything at once, as the overview tab asks
    assert {account_id: window.followup.cache[account_id].cells for account_id in ids} == counted


def test_actions_worked_out_per_account_are_those_of_all_accounts_and_follow_the_day(
        qtbot: Any, harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each account's next actions are worked out when it is counted, in the background batches; the status
    # bar and the overview only add them up. That must give what working them out for all accounts at once
    # gives, and a new day must count them again (a reply that was waiting becomes overdue).
    import app.ui.followup_batcher as followup_batcher
    from app.core.followup import next_actions

    monkeypatch.setattr(followup_batcher, "FOLLOWUP_BATCH_SECONDS", 0.0)
    window = harness.open()
    alpha, beta, gamma = add(window, "Alpha"), add(window, "Beta", region="UK"), add(window, "Gamma")
    window.db.set_status(alpha, PROC, "submitted", at=dt.datetime(2026, 9, 1, 12, tzinfo=dt.timezone.utc))
    window.db.set_status(beta, PROC, "waiting", at=dt.datetime(2026, 11, 20, 12, tzinfo=dt.timezone.utc))
    window.db.set_tick(gamma, PROC, "open-form", True)
    window.followup.invalidate()
    qtbot.waitUntil(lambda: not window.followup.pending(), timeout=5000)
    assert window.due_label.text().startswith("1 action due")  # Alpha's reply is overdue

    window.tabs.setCurrentIndex(1)
    counted = [window.followup.cache[account] for account in (alpha, beta, gamma)]
    at_once = next_actions(window.catalog, [state for snapshot in counted for state in snapshot.states],
                           TODAY, {snapshot.account.id: snapshot.shown for snapshot in counted},
                           regions={snapshot.account.id: snapshot.account.region for snapshot in counted})
    shown = window.overview.actions_model.actions()
    assert shown == at_once
    assert {(action.account_id, action.kind) for action in shown} >= {
        (alpha, "overdue"), (beta, "reply"), (gamma, "in-progress")}

    monkeypatch.setattr(window.context, "fixed_today", TODAY + dt.timedelta(days=60))
    window.followup.refresh()
    assert window.due_label.text().startswith("2 actions due")  # Beta's reply, due 2026-12-20, is late
    shown = window.overview.actions_model.actions()
    assert (beta, "overdue") in {(action.account_id, action.kind) for action in shown}
