"""Fixtures for driving the real window with pytest-qt."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton, QWidget

from app import paths
from app.core.procedures import load_catalog
from app.storage.database import Database
from app.ui.main_window import MainWindow
from tests.conftest import FIXTURES

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(autouse=True, scope="session")
def english_window(qapp: QApplication) -> None:
    """The window in English, whatever the machine's language (tests that test a language install it and
    put English back): with English's own plural forms, as the app loads them."""
    from app.ui import i18n

    i18n.install("en")


class Harness:
    """Opens windows on one data directory, as a user reopening the app would."""

    def __init__(self, qtbot: Any, data_dir: Path, procedure_dir: Path) -> None:
        self.qtbot = qtbot
        self.locations = paths.Locations(data_dir)
        self.procedure_dir = procedure_dir
        self.windows: list[MainWindow] = []
        self.dbs: list[Database] = []

    def open(self) -> MainWindow:
        db = Database(self.locations.database_path)
        self.dbs.append(db)
        catalog = load_catalog([self.procedure_dir])
        settings = QSettings(str(self.locations.settings_path), QSettings.Format.IniFormat)
        window = MainWindow(db, catalog, settings, self.locations, today=TODAY)
        self.qtbot.addWidget(window)
        with self.qtbot.waitActive(window):  # shortcuts only reach an active window
            window.show()
            window.activateWindow()
        self.windows.append(window)
        return window

    def close(self, window: MainWindow) -> None:
        window.close()
        index = self.windows.index(window)
        self.dbs[index].close()

    def shutdown(self) -> None:
        # Every window first, then every store: a store opened for a window whose making failed has no
        # window, so the two lists need not pair up.
        for window in self.windows:
            if window.isVisible():
                window.close()
        for db in self.dbs:
            with contextlib.suppress(Exception):  # already closed
                db.close()


@pytest.fixture
def procedure_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "procedures" / "example"
    folder.mkdir(parents=True)
    shutil.copy(FIXTURES / "procedures" / "good" / "example-object.yaml", folder)
    return tmp_path / "procedures"


@pytest.fixture
def harness(qtbot: Any, tmp_path: Path, procedure_dir: Path) -> Iterator[Harness]:
    h = Harness(qtbot, tmp_path / "data", procedure_dir)
    yield h
    h.shutdown()


def when_modal(action: Callable[[QWidget], None]) -> None:
    """Run `action` on the next modal dialog as soon as it is shown (exec() blocks the test)."""

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, attempt)
            return
        action(widget)

    QTimer.singleShot(0, attempt)


def if_modal_soon(action: Callable[[QWidget], None], within_ms: int = 1000) -> None:
    """Run `action` on a modal dialog if one opens within `within_ms` (a question asked only sometimes)."""
    tries = [within_ms // 10]

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None:
            action(widget)
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def check_box_point(window: MainWindow, proxy_index: Any) -> QPoint:
    """Where a person clicks to tick the step at `proxy_index`: the middle of its check box."""
    tree = window.tree
    rect = tree.visualRect(proxy_index)
    option = QStyleOptionButton()
    width = tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, tree)
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    return QPoint(rect.left() + margin + width // 2, rect.center().y())


def step_index(window: MainWindow, procedure_id: str, step_id: str) -> Any:
    source = window.checklist_model.index_for(procedure_id, step_id)
    proxy = window.filter.mapFromSource(source)
    window.tree.setExpanded(proxy.parent(), True)
    return proxy


def click_check_box(qtbot: Any, window: MainWindow, procedure_id: str, step_id: str) -> None:
    index = step_index(window, procedure_id, step_id)
    window.tree.scrollTo(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=check_box_point(window, index))


def as_qt_shows(text: str) -> str:
    """What a tooltip (or a label left to guess the format) shows for `text`: Qt reads it as HTML when it
    looks like HTML, loading any image it names."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    if GuiQt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText()
