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
    no_screen = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if no_screen and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(["objector"])


def _not_written(partial: Path) -> OSError:
    from app.ui.models import tr  # only once it failed: the command line's report needs no more of the window

    return OSError(tr("Qt could not write the PDF to {path}").format(path=partial))


def write_pdf(html: str, target: Path, title: str = "Objector evidence report") -> None:
    """Lay the HTML out on A4 pages and write them to `target` (through a temporary file)."""
    from PySide6.QtCore import QFile, QFileDevice, QIODevice

    from app.atomic import create_exclusive, refuse_irregular_target

    ensure_gui_application()
    refuse_irregular_target(target)  # never through a link, or onto a device
    document = QTextDocument()
    document.setHtml(html)
    # Written into a file made here, of a random name, through its descriptor: a fixed name could be a
    # link someone planted there, which Qt would follow.
    fd, partial = create_exclusive(target.parent, target.name)
    try:
        device = QFile()
        if not device.open(fd, QIODevice.OpenModeFlag.WriteOnly, QFileDevice.FileHandleFlag.DontCloseHandle):
            raise _not_written(partial)
        writer = QPdfWriter(device)
        writer.setTitle(title)
        writer.setCreator("Objector")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
        document.print_(writer)
        del writer  # the file is complete once the writer is gone
        device.close()
        os.fsync(fd)
        if os.fstat(fd).st_size == 0:
            raise _not_written(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
