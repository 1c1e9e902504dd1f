"""Issue 20, seen in the 800x600 walk: in a German window, a step with a letter to copy made the right-hand
side wider than the screen (the details needed about 330 pixels and got about 270), so the date field and
the file buttons were cut off at the window's edge, and the window was taller than the screen.

Her story, in each of the six languages, on an 800x600 screen (a window of 784x552 inside the desktop's
frame), opened before she had any account: she adds her Facebook account, opens the step with the letter,
then records that she sent it weeks ago, so the reply clock, the extension box and the complaint button
show too. Nothing is wider than the window, the status list shows its whole status, the buttons keep their
whole label (in more lines), and the letter and the files are reached by scrolling the details."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLabel, QWidget

from app import paths
from app.core.procedures import load_catalog
from app.storage.database import Database
from app.ui import i18n
from app.ui.main_window import MainWindow
from tests.conftest import REPO
from tests.ui.conftest import step_index

FB = "meta-facebook-object-privacy-center"
WINDOW = (784, 552)  # an 800x600 screen less the desktop's frame (app.ui.window_state.FRAME_ROOM)
TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "procedures"
    for provider in ("meta", "regulators"):
        shutil.copytree(REPO / "procedures" / provider, folder / provider)
    return folder


@pytest.fixture(params=["de", "fr", "es", "it", "nl", "pl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install("en")


def on_window(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def cut_off(window: QWidget, root: QWidget) -> list[str]:
    """The shown buttons, fields, lists and labels under `root` that reach past the window's right edge,
    or are narrower than their own smallest size (their text cut)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not isinstance(widget, QAbstractButton | QComboBox | QDateEdit
                                                            | QLabel):
            continue
        place = on_window(window, widget)
        name = f"{type(widget).__name__} {widget.accessibleName() or getattr(widget, 'text', lambda: '')()!r}"
        if place.right() >= window.width():
            found.append(f"{name} ends at {place.right()}, the window at {window.width()}")
        if widget.width() < widget.minimumSizeHint().width():
            found.append(f"{name} is {widget.width()} wide, needs {widget.minimumSizeHint().width()}")
    return found


def test_the_details_fit_a_window_of_800x600_in_every_language(qtbot: Any, tmp_path: Path, library: Path,
                                                                 language: str) -> None:
    locations = paths.Locations(tmp_path / "data")
    db = Database(locations.database_path)
    catalog = load_catalog([library]).localized(i18n.current_language())
    settings = QSettings(str(locations.settings_path), QSettings.Format.IniFormat)
    window = MainWindow(db, catalog, settings, locations, today=TODAY)
    qtbot.addWidget(window)
    window.resize(*WINDOW)
    window.show()
    try:
        # Opened before any account existed: then she adds one.
        qtbot.waitUntil(lambda: window.width() == WINDOW[0])
        account = db.add_account("Kim", "facebook", "EU", email="kim@example.org", full_name="Kim Berger")
        window.reload_accounts(select_id=account.id)
        window.tree.setCurrentIndex(step_index(window, FB, "add-reason"))
        details = window.details
        qtbot.waitUntil(lambda: details.template_view.isVisible() and details.width() > 0)
        assert details.template_view.toPlainText()
        hint = window.minimumSizeHint()
        assert hint.width() <= WINDOW[0] and hint.height() <= WINDOW[1], (language, hint)
        qtbot.waitUntil(lambda: details.width() >= details.minimumSizeHint().width())
        qtbot.waitUntil(lambda: not cut_off(window, window), timeout=2000)
        assert window.size().toTuple() == WINDOW

        # Sent weeks ago and no reply: the clock, the extension and the complaint button show.
        db.set_status(account.id, FB, "submitted", at=dt.datetime(2026, 9, 1, 12, tzinfo=dt.timezone.utc))
        window.reload_accounts(select_id=account.id)
        window.tree.setCurrentIndex(step_index(window, FB, "add-reason"))
        qtbot.waitUntil(lambda: details.escalate_button.isVisible() and details.clock_label.text() != "")
        assert details.extended_box.isVisible()
        hint = window.minimumSizeHint()
        assert hint.width() <= WINDOW[0] and hint.height() <= WINDOW[1], (language, hint)
        qtbot.waitUntil(lambda: not cut_off(window, window), timeout=2000)
        assert window.size().toTuple() == WINDOW
        for button in (details.escalate_button, details.recheck_button, details.extended_box):
            if button.isVisible():  # its whole label on one line, or it wrapped to a taller button
                assert button.width() >= button.sizeHint().width() or \
                    button.height() > details.copy_button.height(), (button.text(), button.size())

        # The files are at the bottom: scrolling the details brings "Attach file…" into view.
        attach = details.evidence.attach_button
        details.scroll_area.ensureWidgetVisible(attach)
        viewport = details.scroll_area.viewport()
        place = QRect(attach.mapTo(viewport, QPoint(0, 0)), attach.size())
        assert viewport.rect().contains(place), (place, viewport.rect())
    finally:
        window.close()
        db.close()
