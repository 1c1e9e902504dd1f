"""PDF from the report's HTML, with Qt's own PDF writer (no extra dependency)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication


def ensure_gui_application() -> QGuiApplication:
    """Qt needs a GUI application to lay out text; on a machine without a screen, use the offscreen one.

    A full QApplication, so that a window (or a test) started later in the same process can use it too.
    """
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(["objector"])


def write_pdf(html: str, target: Path, title: str = "Objector evidence report") -> None:
    """Lay the HTML out on A4 pages and write them to `target` (through a temporary file)."""
    ensure_gui_application()
    document = QTextDocument()
    document.setHtml(html)
    partial = target.with_name(f".{target.name}.part")
    writer = QPdfWriter(str(partial))
    writer.setTitle(title)
    writer.setCreator("Objector")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    document.print_(writer)
    del writer  # the file is complete once the writer is gone
    if not partial.exists() or partial.stat().st_size == 0:
        raise OSError(f"Qt could not write the PDF to {partial}")
    os.chmod(partial, 0o600)
    os.replace(partial, target)
