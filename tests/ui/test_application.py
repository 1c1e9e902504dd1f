"""Start-up: a damaged store is never overwritten, and the user chooses how to go on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

import app.ui.messages as message_boxes
from app import paths
from app.storage.database import Database
from app.storage.migrations import SCHEMA_VERSION
from app.storage.precheck import Precheck
from app.ui.application import create_window, open_database
from tests.ui.conftest import when_modal


def damaged_store_with_backup(data_dir: Path) -> tuple[paths.Locations, int]:
    locations = paths.Locations(data_dir)
    with Database(locations.database_path) as db:
        account = db.add_account("Kept", "facebook", "EU").id
        db.set_tick(account, "p", "s", True)
        db.take_automatic_backup()
    locations.database_path.write_bytes(b"\x00garbage" * 512)
    for suffix in ("-wal", "-shm"):
        locations.database_path.with_name(locations.database_path.name + suffix).unlink(missing_ok=True)
    return locations, account


def click_button(label_part: str) -> Any:
    seen: dict[str, str] = {}

    def choose(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["informative"] = box.informativeText()
        button = next(b for b in box.buttons() if label_part in b.text())
        button.click()

    when_modal(choose)
    return seen


@pytest.mark.parametrize("checked_in_a_thread", [False, True], ids=["checked-here", "checked-in-a-thread"])
def test_damaged_store_can_be_restored_from_the_newest_backup(qtbot: Any, tmp_path: Path,
                                                              checked_in_a_thread: bool) -> None:
    locations, account = damaged_store_with_backup(tmp_path / "data")
    seen = click_button("Restore this backup")
    # `objector` starts the check in a thread (cli.cmd_gui); after the restore, the file is checked again.
    db = open_database(locations, precheck=Precheck(locations.database_path) if checked_in_a_thread else None)
    assert db is not None
    try:
        assert set(db.ticks(account)) == {("p", "s")}
    finally:
        db.close()
    assert str(locations.database_path) in seen["text"] and "has not changed it" in seen["text"]
    assert "1 account and" in seen["informative"]  # what the backup holds, said before it replaces anything
    kept = list(locations.data_dir.glob("objector.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00garbage" * 512


@pytest.mark.parametrize("checked_in_a_thread", [False, True], ids=["checked-here", "checked-in-a-thread"])
def test_damaged_store_can_be_started_anew_keeping_the_file(qtbot: Any, tmp_path: Path,
                                                            checked_in_a_thread: bool) -> None:
    locations, _ = damaged_store_with_backup(tmp_path / "data")
    click_button("Start a new")
    db = open_database(locations, precheck=Precheck(locations.database_path) if checked_in_a_thread else None)
    assert db is not None
    try:
        assert db.accounts() == []
    finally:
        db.close()
    assert len(list(locations.data_dir.glob("objector.sqlite3.damaged-*"))) == 1


def test_quitting_leaves_the_damaged_file_alone(qtbot: Any, tmp_path: Path) -> None:
    locations, _ = damaged_store_with_backup(tmp_path / "data")
    click_button("Quit")
    assert open_database(locations) is None
    assert locations.database_path.read_bytes() == b"\x00garbage" * 512


def test_newer_store_is_refused_with_a_message(qtbot: Any, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    locations = paths.Locations(tmp_path / "data")
    with Database(locations.database_path) as db:
        db._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    messages: list[str] = []
    monkeypatch.setattr(message_boxes, "critical", lambda _p, _t, text, *a: messages.append(text))
    assert open_database(locations) is None
    assert "newer version of Objector" in messages[0] and "Update Objector" in messages[0]


def test_window_loads_bundled_and_user_procedures(qtbot: Any, tmp_path: Path) -> None:
    locations = paths.Locations(tmp_path / "data")
    with Database(locations.database_path) as db:
        window = create_window(locations, db)
        qtbot.addWidget(window)
        assert len(window.catalog) >= 12 and window.catalog.problems == []
        window.close()


def test_what_start_up_made_leaves_the_garbage_collectors_passes_after_the_first_paint(
        tmp_path: Path) -> None:
    # In a child process: freezing objects in the test process would keep them from every later test's
    # collections.
    from tests.ui.test_pyside_setup import run_child

    found = run_child(f"""
        import gc, json
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from app import paths
        from app.ui.application import start

        app, db, window = start(paths.Locations(Path({str(tmp_path / "data")!r})), ["objector"])
        seen = {{}}

        def tracked(thing):
            return any(candidate is thing for candidate in gc.get_objects())

        def after_paint():
            seen["after"] = tracked(window.catalog)
            seen["frozen"] = gc.get_freeze_count()
            app.quit()

        seen["before"] = tracked(window.catalog)
        window.first_painted.connect(lambda: QTimer.singleShot(0, after_paint))
        app.exec()
        db.close()
        print(json.dumps(seen))
    """)
    assert found["before"] is True  # the library is walked by every full collection until the first paint
    assert found["after"] is False and found["frozen"] > 1000  # and then no more


def test_the_damaged_store_question_offers_only_its_own_choices(qtbot: Any, tmp_path: Path) -> None:
    locations, _ = damaged_store_with_backup(tmp_path / "data")
    seen: dict[str, list[str]] = {}

    def look(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == "Quit").click()

    when_modal(look)
    assert open_database(locations) is None
    assert seen["buttons"] == ["Quit", "Restore this backup", "Start a new, empty database"]
