"""Render the main window with demo data, in light and dark, to PNG files (default: docs/screenshots/).

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUTPUT_DIR] [--scale 2]
The demo data lives in a temporary folder: no real user's files are read or written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def fill_demo(db, catalog) -> None:  # type: ignore[no-untyped-def]
    facebook = db.add_account("My Facebook", "facebook", "EU", email="sam@example.org", full_name="Sam Rivera",
                              country="Ireland", group_name="Accounts Center")
    db.add_account("Art Instagram", "instagram", "EU", handle="@sam.draws", email="sam@example.org",
                   group_name="Accounts Center")
    procedure = catalog.get("meta-facebook-object-privacy-center")
    if procedure is not None:
        for step in procedure.steps[:4]:
            db.set_tick(facebook.id, procedure.id, step.id, True)
        db.set_status(facebook.id, procedure.id, "in-progress")
        db.set_note(facebook.id, "Logged in on the laptop; the phone app hid the menu.", procedure.id)
        db.set_note(facebook.id, "Form showed my old address: changed it first.", procedure.id,
                    procedure.steps[4].id)
    db.set_note(facebook.id, "Main account, linked with the art Instagram.")


def dark_palette():  # type: ignore[no-untyped-def]
    """A complete dark palette (every role, active and disabled), as a dark desktop theme would give."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette(QColor("#353535"), QColor("#2b2b2b"))  # button colour, window colour
    roles = {
        QPalette.ColorRole.WindowText: "#e8e8e8", QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#272727", QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3d7bd9", QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.PlaceholderText: "#8f8f8f",
        QPalette.ColorRole.ToolTipBase: "#353535", QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.Light: "#505050", QPalette.ColorRole.Midlight: "#404040",
        QPalette.ColorRole.Mid: "#2f2f2f", QPalette.ColorRole.Dark: "#1a1a1a", QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", nargs="?", default="docs/screenshots")
    parser.add_argument("--scale", default="1")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app import paths
    from app.core.procedures import load_catalog
    from app.storage.database import Database
    from app.ui.application import settings_for
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    output = Path(args.output)
    output.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.scale == "1" else f"@{args.scale}x"
    light = app.palette()
    dark = dark_palette()
    for name, palette in (("light", light), ("dark", dark)):
        app.setPalette(palette)
        with tempfile.TemporaryDirectory() as folder:
            locations = paths.Locations(Path(folder))
            catalog = load_catalog(locations.procedure_dirs())
            db = Database(locations.database_path)
            fill_demo(db, catalog)
            window = MainWindow(db, catalog, settings_for(locations), locations, today=dt.date(2026, 11, 22))
            window.resize(1280, 800)
            window.show()
            procedure_index = window.checklist_model.index_for("meta-facebook-object-privacy-center", "open-form")
            if procedure_index.isValid():
                window.tree.setCurrentIndex(window.filter.mapFromSource(procedure_index))
            for _ in range(5):
                app.processEvents()
            target = output / f"main-{name}{suffix}.png"
            window.grab().save(str(target))
            print(target)
            window.close()
            db.close()
    _ = Qt
    return 0


if __name__ == "__main__":
    sys.exit(main())
