"""Render the SVG icons in resources/ to PNG (64 and 128 px), which Qt reads without its SVG plugin.

Run after changing an SVG: QT_QPA_PLATFORM=offscreen python scripts/render_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def main() -> None:
    app = QGuiApplication([])
    for svg in [RESOURCES / "objector.svg", *sorted((RESOURCES / "icons").glob("*.svg"))]:
        renderer = QSvgRenderer(str(svg))
        for size in (64, 128):
            image = QImage(size, size, QImage.Format.Format_ARGB32)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
            suffix = "" if size == 64 else "@2x"
            image.save(str(svg.with_name(f"{svg.stem}{suffix}.png")))
    del app


if __name__ == "__main__":
    main()
