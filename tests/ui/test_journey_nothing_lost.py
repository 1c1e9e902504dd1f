"""The hands-on walk that lost and misfiled data, told again through the window: nothing is lost now.

A German artist with a Facebook and two Instagram accounts picks the Privacy Center objection's step,
searches, clears the search, records "submitted" with Meta's confirmation text, types a note; meanwhile a
backup from her laptop is imported from the command line and her note is changed there too; she keeps both
texts, quits, and opens Objector again: what the screen showed is what the store holds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.storage.backup import export_file
from app.storage.database import Database
from tests.ui.conftest import Harness, when_modal
from tests.ui.test_edits_follow_screen import (
    NOTIFICATION,
    PRIVACY_CENTER,
    add,
    bundled,  # noqa: F401 (the fixture)
    choose_status,
    clear_search,
    click_row,
    row_of,
    selected_ids,
)
from tests.ui.test_other_processes import env

CONFIRMATION = "We'll honour your objection and won't use your public posts for AI at Meta"


def test_her_walk_loses_and_misfiles_nothing(qtbot: Any, bundled: Harness, tmp_path: Path) -> None:  # noqa: F811
    window = bundled.open()
    facebook = add(window, "Mein Facebook")
    add(window, "Kunst-Instagram", "instagram")
    window.select_account(facebook)
    qtbot.waitUntil(window.watching_store)

    click_row(qtbot, window, row_of(window, PRIVACY_CENTER, "submit"))
    qtbot.keyClicks(window.search_edit, "Kunst")  # nothing in the procedures says that
    assert window.details.target is None
    clear_search(qtbot, window)
    assert selected_ids(window) == (PRIVACY_CENTER, "submit")
    choose_status(qtbot, window, "submitted")
    window.details.reference_edit.setFocus()
    qtbot.keyClicks(window.details.reference_edit, CONFIRMATION)
    qtbot.keyClick(window.details.reference_edit, Qt.Key.Key_Tab)
    window.step_note.setFocus()
    qtbot.keyClicks(window.step_note, "Screenshot saved on the desktop.")
    window.tree.setFocus()

    # On her laptop: a second Instagram account, and an account note written there.
    laptop = tmp_path / "laptop.sqlite3"
    with Database(laptop) as db:
        db.add_account("Zweites Instagram", "instagram", "EU")
        export_file(db, tmp_path / "laptop.json")
    subprocess.run([sys.executable, "-m", "app", "--data-dir", str(bundled.locations.data_dir), "backup",
                    "import", str(tmp_path / "laptop.json")], check=True, env=env(), timeout=60,
                   capture_output=True)
    qtbot.waitUntil(lambda: window.accounts_model.rowCount() == 3, timeout=5000)
    assert selected_ids(window) == (PRIVACY_CENTER, "submit")  # the reload kept her place
    assert window.details.target == (facebook, PRIVACY_CENTER, "submit")

    # She types an account note while another process changes the same note.
    window.account_note.setFocus()
    qtbot.keyClicks(window.account_note, "Objection sent 1 December.")
    with Database(bundled.locations.database_path) as elsewhere:
        elsewhere.set_note(facebook, "Written on the laptop.")
    when_modal(lambda box: isinstance(box, QMessageBox) and box.defaultButton().click())
    window.tree.setFocus()  # leaving the note saves it: she is asked, and keeps both
    qtbot.waitUntil(lambda: "Objection sent" in window.db.note(facebook), timeout=5000)

    shown_note = window.account_note.toPlainText()
    bundled.close(window)
    reopened = bundled.open()
    db = reopened.db
    assert [a.label for a in db.accounts()] == ["Mein Facebook", "Kunst-Instagram", "Zweites Instagram"]
    run = db.run(facebook, PRIVACY_CENTER)
    assert (run.status, run.reference) == ("submitted", CONFIRMATION)
    untouched = db.run(facebook, NOTIFICATION)
    assert (untouched.status, untouched.reference) == ("not-started", "")
    assert db.note(facebook, PRIVACY_CENTER, "submit") == "Screenshot saved on the desktop."
    assert db.note(facebook) == shown_note
    assert "Written on the laptop." in shown_note and "Objection sent 1 December." in shown_note
    assert reopened.current_account is not None and reopened.current_account.id == facebook
    assert reopened.account_note.toPlainText() == shown_note
