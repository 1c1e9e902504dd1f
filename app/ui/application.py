"""Start the Qt application for one set of `Locations`."""

from __future__ import annotations

from app import paths


def run(locations: paths.Locations, argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    from app.core.procedures import load_catalog

    app = QApplication.instance() or QApplication(argv)
    catalog = load_catalog(locations.procedure_dirs())
    label = QLabel(f"Objector: {len(catalog)} procedures loaded")
    label.setWindowTitle("Objector")
    label.resize(480, 200)
    label.show()
    return app.exec()
