"""Everything Objector writes in the data folder is the owner's only, and an export stays inside it."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from app import paths
from app.cli import main
from app.core.procedures import ParseCache, load_catalog
from app.storage.backup import export_file
from app.storage.database import Database
from app.ui.main_window import MainWindow


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The usual umask (022), whatever the test runner's: a strict one would hide a missing chmod."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def test_a_pdf_report_is_owner_only(qtbot: Any, tmp_path: Path, usual_umask: None) -> None:
    from app.ui.pdf import write_pdf

    target = tmp_path / "report.pdf"
    write_pdf("<h1>Report</h1><p>Text</p>", target)
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_every_file_and_folder_is_owner_only(qtbot: Any, tmp_path: Path, usual_umask: None) -> None:
    data = tmp_path / "data"
    locations = paths.Locations(data)
    assert main(["--data-dir", str(data), "new-procedure", "my-check"]) == 0
    source = tmp_path / "list.md"
    source.write_text("- [ ] Do it [here](https://example.org)\n", encoding="utf-8")
    assert main(["--data-dir", str(data), "import-markdown", str(source)]) == 0
    db = Database(locations.database_path)
    attachment = tmp_path / "screenshot.png"
    attachment.write_bytes(b"\x89PNG not really")
    account = db.add_account("A", "facebook", "EU")
    db.attach_evidence(account.id, "p", "s", attachment)
    db.take_automatic_backup()
    catalog = load_catalog(locations.procedure_dirs(), ParseCache(locations.cache_dir / "procedures.pickle"))
    settings = QSettings(str(locations.settings_path), QSettings.Format.IniFormat)
    window = MainWindow(db, catalog, settings, locations)
    qtbot.addWidget(window)
    window.close()
    db.close()
    written = list(data.rglob("*"))
    assert {p.name for p in written} >= {"objector.sqlite3", "settings.ini", "procedures.pickle",
                                         "my-check.yaml"}
    loose = [f"{p} {oct(stat.S_IMODE(p.stat().st_mode))}" for p in [data, *written]
             if stat.S_IMODE(p.stat().st_mode) & 0o077]
    assert loose == []


def test_an_export_names_no_file_outside_the_data_folder(tmp_path: Path) -> None:
    outside = tmp_path / "private" / "holiday photo of me.png"
    outside.parent.mkdir()
    outside.write_bytes(b"picture")
    with Database(tmp_path / "data" / "objector.sqlite3") as db:
        account = db.add_account("A", "facebook", "EU")
        db.attach_evidence(account.id, "p", "s", outside)
        text = json.dumps(export_file(db, tmp_path / "export.json"))
    assert str(outside.parent) not in text and str(tmp_path) not in text
    [item] = json.loads(text)["evidence"]
    assert item["original_name"] == "holiday photo of me.png"
