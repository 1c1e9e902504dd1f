"""Child process: tick steps through the window's own Qt model, printing each once setData has returned.

Usage: python window_ticker.py DATA_DIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app import paths
from app.core.procedures import load_catalog
from app.storage.database import Database
from app.ui.main_window import MainWindow


def main() -> None:
    app = QApplication(sys.argv[:1])
    locations = paths.Locations(Path(sys.argv[1]))
    db = Database(locations.database_path)
    window = MainWindow(db, load_catalog(locations.procedure_dirs()),
                        QSettings(str(locations.settings_path), QSettings.Format.IniFormat), locations)
    # Ticking a reply step asks what came back; this ticker closes the question unanswered (nothing is
    # recorded), as a person clicking on would: the ticks are what is tested.
    window.progress.ask_outcome = lambda *_: None
    window.show()
    model = window.checklist_model
    cells = [(row, step) for row in range(model.rowCount())
             for step in range(model.rowCount(model.index(row, 0)))]
    print("ready", len(cells), flush=True)
    number = 0
    while True:
        row, step = cells[number % len(cells)]
        index = model.index(step, 0, model.index(row, 0))
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        target = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        assert model.setData(index, target, Qt.ItemDataRole.CheckStateRole)
        procedure = index.data(model.ProcedureIdRole)
        step_id = index.data(model.StepIdRole)
        print(f"{number} {procedure} {step_id} {0 if checked else 1}", flush=True)
        number += 1
        if number % 50 == 0:
            app.processEvents()


if __name__ == "__main__":
    main()
