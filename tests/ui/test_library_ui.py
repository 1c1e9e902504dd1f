"""The procedure library in the window: hot reload keeps ticks, import, problem reports, platforms,
staleness."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import paths
from app.core.procedures import load_catalog
from app.storage.database import Database
from app.ui.dialogs import AccountDialog
from app.ui.main_window import MainWindow
from tests.conftest import FIXTURES
from tests.ui.conftest import TODAY, step_index, when_modal

PROC = "example-object"


@pytest.fixture
def live(qtbot: Any, tmp_path: Path) -> Any:
    """A window whose library is the bundled one plus the user's folder, as in real use."""
    locations = paths.Locations(tmp_path / "data")
    mine = locations.user_procedures_dir / "mine"
    mine.mkdir(parents=True)
    shutil.copy(FIXTURES / "procedures" / "good" / "example-object.yaml", mine)
    db = Database(locations.database_path)
    settings = QSettings(str(locations.settings_path), QSettings.Format.IniFormat)
    window = MainWindow(db, load_catalog(locations.procedure_dirs()), settings, locations, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    yield window, mine / "example-object.yaml"
    window.close()
    db.close()


def test_editing_a_user_procedure_reloads_it_and_keeps_ticks(qtbot: Any, live: Any) -> None:
    window, path = live
    account = window.db.add_account("A", "facebook", "EU").id
    window.reload_accounts(select_id=account)
    window.db.set_tick(account, PROC, "explain", True)
    window.reload_accounts(select_id=account)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Explain how the processing affects you", "title: Say why you object")
                    .replace("  - id: confirm\n", "  - id: extra\n    title: A new step\n  - id: confirm\n"),
                    encoding="utf-8")
    qtbot.waitUntil(lambda: step_index(window, PROC, "explain").data() == "Say why you object", timeout=5000)
    assert step_index(window, PROC, "explain").data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert step_index(window, PROC, "extra").isValid()

    path.write_text("id: [broken\n", encoding="utf-8")
    qtbot.waitUntil(lambda: window.problems_bar.isVisible(), timeout=5000)
    assert window.catalog.get(PROC) is None and len(window.catalog) >= 12  # the bundled ones still load
    path.write_text(text, encoding="utf-8")
    qtbot.waitUntil(lambda: not window.problems_bar.isVisible(), timeout=5000)
    assert (PROC, "explain") in window.db.ticks(account)


def test_watching_starts_once_the_window_has_painted(qtbot: Any, live: Any) -> None:
    window, path = live
    # Listing the user's files for the watcher is left until after the first paint (start-up speed).
    assert window.watcher.files() == []
    qtbot.waitUntil(lambda: str(path) in window.watcher.files(), timeout=3000)


def test_watching_waits_for_the_paint_not_for_the_fallback(qtbot: Any, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui import first_paint

    monkeypatch.setattr(first_paint, "FIRST_PAINT_LATEST_MS", 60_000)  # only the paint can start it
    locations = paths.Locations(tmp_path / "data")
    mine = locations.user_procedures_dir / "mine"
    mine.mkdir(parents=True)
    shutil.copy(FIXTURES / "procedures" / "good" / "example-object.yaml", mine)
    with Database(locations.database_path) as db:
        window = MainWindow(db, load_catalog(locations.procedure_dirs()),
                            QSettings(str(locations.settings_path), QSettings.Format.IniFormat), locations,
                            today=TODAY)
        qtbot.addWidget(window)
        painted: list[bool] = []
        window.first_painted.connect(lambda: painted.append(True))
        qtbot.wait(200)
        assert window.watcher.files() == [] and painted == []  # not shown, not painted: nothing yet
        window.show()
        qtbot.waitUntil(lambda: str(mine / "example-object.yaml") in window.watcher.files(), timeout=3000)
        assert painted == [True]
        window.update()
        qtbot.wait(100)
        assert painted == [True]  # the signal is for the first paint only
        window.close()


def test_other_changes_in_the_data_folder_do_not_reload_the_library(qtbot: Any, tmp_path: Path) -> None:
    locations = paths.Locations(tmp_path / "data")  # no procedures folder of the user's own yet
    with Database(locations.database_path) as db:
        window = MainWindow(db, load_catalog(locations.procedure_dirs()),
                            QSettings(str(locations.settings_path), QSettings.Format.IniFormat), locations,
                            today=TODAY)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: str(locations.data_dir) in window.watcher.directories(), timeout=3000)
        loaded = window.catalog
        (locations.data_dir / "backups").mkdir()  # as the automatic backup does after start-up
        (locations.data_dir / "backups" / "auto-1.sqlite3").write_bytes(b"")
        qtbot.wait(700)  # longer than the reload's 300 ms delay
        assert window.catalog is loaded and "reloaded" not in window.statusBar().currentMessage()
        mine = locations.user_procedures_dir / "mine"
        mine.mkdir(parents=True)
        shutil.copy(FIXTURES / "procedures" / "good" / "example-object.yaml", mine)
        qtbot.waitUntil(lambda: window.catalog.get(PROC) is not None, timeout=5000)  # that one counts
        window.close()


def test_an_unchanged_library_is_watched_and_not_reloaded(qtbot: Any, tmp_path: Path) -> None:
    # Nested folders of the user's own, and a file given by itself (`--procedures file.yaml`): all watched,
    # and the check after the first paint finds them unchanged, so the library is not read again.
    text = (FIXTURES / "procedures" / "good" / "example-object.yaml").read_text(encoding="utf-8")
    single = tmp_path / "single.yml"
    single.write_text(text.replace("id: example-object", "id: single-example"), encoding="utf-8")
    locations = paths.Locations(tmp_path / "data", (single,))
    deep = locations.user_procedures_dir / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "deep.yaml").write_text(text.replace("id: example-object", "id: deep-example"), encoding="utf-8")
    (deep / "notes.txt").write_text("not a procedure", encoding="utf-8")
    with Database(locations.database_path) as db:
        catalog = load_catalog(locations.procedure_dirs())
        assert {"single-example", "deep-example"} <= set(catalog.procedures)
        window = MainWindow(db, catalog, QSettings(str(locations.settings_path), QSettings.Format.IniFormat),
                            locations, today=TODAY)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: str(deep / "deep.yaml") in window.watcher.files(), timeout=3000)
        assert str(single) in window.watcher.files() and str(deep / "notes.txt") not in window.watcher.files()
        watched = set(window.watcher.directories())
        assert {str(deep), str(deep.parent), str(locations.user_procedures_dir)} <= watched
        qtbot.wait(700)  # longer than the reload's 300 ms delay
        assert window.catalog is catalog
        deeper = text.replace("id: example-object", "id: deeper-example")
        (deep / "deep.yaml").write_text(deeper, encoding="utf-8")
        qtbot.waitUntil(lambda: window.catalog.get("deeper-example") is not None, timeout=5000)
        window.close()


def test_a_change_before_watching_starts_is_not_missed(qtbot: Any, live: Any) -> None:
    window, path = live
    assert window.watcher.files() == []  # the file changes between loading and watching
    path.write_text(path.read_text(encoding="utf-8").replace(
        "title: Explain how the processing affects you", "title: Changed while starting"), encoding="utf-8")
    qtbot.waitUntil(lambda: any(step.title == "Changed while starting"
                                for step in window.catalog.get(PROC).steps), timeout=5000)


def test_a_new_file_in_a_new_folder_is_picked_up(qtbot: Any, live: Any) -> None:
    window, path = live
    folder = path.parent.parent / "later"
    folder.mkdir()
    qtbot.wait(50)
    (folder / "second.yaml").write_text(path.read_text(encoding="utf-8").replace(
        "id: example-object", "id: second-example"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.catalog.get("second-example") is not None, timeout=5000)


def test_import_checklist_from_the_menu(qtbot: Any, live: Any, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window, _ = live
    account = window.db.add_account("A", "linkedin", "US").id
    window.reload_accounts(select_id=account)
    source = tmp_path / "list.md"
    source.write_text("# Extra LinkedIn checks\n\n- [ ] Open [settings](https://example.org/s)\n",
                      encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    when_modal(lambda box: box.accept())  # the "imported" message
    window.findChild(type(window.undo_action), "importChecklist").trigger()
    written = window.locations.user_procedures_dir / "imported" / "extra-linkedin-checks.yaml"
    assert written.is_file()
    assert window.catalog.get("extra-linkedin-checks") is not None
    assert window.checklist_model.index_for("extra-linkedin-checks").isValid()


def test_report_a_problem_copies_a_report(qtbot: Any, live: Any) -> None:
    window, _ = live
    account = window.db.add_account("A", "facebook", "EU").id
    window.reload_accounts(select_id=account)
    window.tree.setCurrentIndex(step_index(window, PROC, "explain"))
    seen: dict[str, str] = {}

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        box.reject()

    when_modal(close)
    window.findChild(type(window.undo_action), "reportProblem").trigger()
    report = QGuiApplication.clipboard().text()
    procedure = window.catalog.get(PROC)
    assert f"Id: {PROC}" in report and procedure.fingerprint in report
    assert "Step: Explain how the processing affects you (id explain)" in report
    assert "sends nothing" in seen["text"]


def test_account_dialog_offers_every_platform_in_the_library(qtbot: Any, live: Any) -> None:
    window, _ = live
    offered: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountDialog)
        box = dialog.platform_box
        offered.extend(box.itemData(i) for i in range(box.count()))
        dialog.reject()

    when_modal(look)
    window.account_actions.add()
    assert offered[0] == "facebook" and offered[-1] == "other"
    assert {"linkedin", "chatgpt", "x", "youtube"} <= set(offered)


def test_stale_procedure_is_marked(qtbot: Any, live: Any) -> None:
    window, _ = live
    account = window.db.add_account("A", "facebook", "EU").id
    window.reload_accounts(select_id=account)
    index = window.checklist_model.index_for(PROC)
    assert "may be out of date" in index.data(Qt.ItemDataRole.ToolTipRole)
    fresh = next(e for e in window.checklist_model.entries() if e.procedure.provider == "meta")
    assert "may be out of date" not in window.checklist_model.index_for(fresh.procedure.id).data(
        Qt.ItemDataRole.ToolTipRole)
