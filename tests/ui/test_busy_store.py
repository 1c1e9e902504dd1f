"""Another program holding the store's lock never freezes the window: the change is kept, said to be not
saved yet, and saved as soon as the lock is let go.

Seen: while another process held a write lock, every tick or note froze the window for about 13 seconds
before a message."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt

from app import paths
from app.core.procedures import load_catalog
from app.ui.application import open_database
from app.ui.main_window import MainWindow
from tests.conftest import REPO
from tests.ui.conftest import TODAY, click_check_box, step_index

PROC = "example-object"

HOLD = ("import sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('BEGIN IMMEDIATE')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.readline()\n"
        "conn.execute('COMMIT')\n")


def test_a_held_lock_keeps_the_change_and_saves_it_when_let_go(qtbot: Any, tmp_path: Path,
                                                               procedure_dir: Path) -> None:
    locations = paths.Locations(tmp_path / "data")
    db = open_database(locations)  # as the window opens it: a short wait for a lock
    assert db is not None
    account = db.add_account("My Facebook", "facebook", "EU")
    settings = QSettings(str(locations.settings_path), QSettings.Format.IniFormat)
    window = MainWindow(db, load_catalog([procedure_dir]), settings, locations, today=TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # focus moves (which save a reference or a note) need an active window
        window.show()
        window.activateWindow()
    window.tree.setCurrentIndex(step_index(window, PROC, "open-form"))
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(locations.database_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.perf_counter()
        click_check_box(qtbot, window, PROC, "open-form")
        took = time.perf_counter() - started
        assert took < 1.0, f"the window waited {took:.1f} s for the other program"
        assert window.pending.count() == 1
        assert window.pending_label.isVisible() and "not saved yet" in window.pending_label.text()
        assert "Not saved yet" in window.statusBar().currentMessage()
        index = step_index(window, PROC, "open-form")
        assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked  # not shown as saved
        # A reference typed meanwhile is kept too, and so is a note.
        window.details.reference_edit.setFocus()
        qtbot.keyClicks(window.details.reference_edit, "CASE-7")
        qtbot.keyClick(window.details.reference_edit, Qt.Key.Key_Tab)
        window.step_note.setFocus()
        qtbot.keyClicks(window.step_note, "sent by post")
        window.tree.setFocus()
        assert time.perf_counter() - started < 3.0  # every refused save answered at once
        assert window.pending.count() == 3
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
        assert holder.stdout is not None
        holder.stdout.close()
    qtbot.waitUntil(lambda: set(db.ticks(account.id)) == {(PROC, "open-form")}, timeout=6000)
    assert step_index(window, PROC, "open-form").data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.waitUntil(lambda: window.pending.count() == 0, timeout=6000)
    assert not window.pending_label.isVisible()
    assert db.run(account.id, PROC).reference == "CASE-7"
    assert db.note(account.id, PROC, "open-form") == "sent by post"
    # The retried tick and reference are undo steps like any other: undone, the store is as before.
    for _ in range(window.undo_stack.count()):
        window.undo_action.trigger()
    assert db.ticks(account.id) == {} and db.run(account.id, PROC).reference == ""
    window.close()
    db.close()


def test_an_export_that_fails_in_an_unforeseen_way_is_shown(qtbot: Any, harness: Any, tmp_path: Path,
                                                            monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QFileDialog

    import app.report
    import app.ui.messages as message_boxes

    window = harness.open()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(message_boxes, "warning", lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "dates.ics"), ""))

    def broken(*_args: Any) -> Any:
        raise ValueError("year 0 is out of range")

    monkeypatch.setattr(app.report, "calendar_events", broken)
    window.files.export_calendar()
    assert shown and shown[0][0] == "The calendar file was not written" and "year 0" in shown[0][1]
    assert not (tmp_path / "dates.ics").exists()
