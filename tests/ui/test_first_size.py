"""The window's first size fits the screen it opens on (issue 21: at 1024x768 it opened 1200 wide and cut
the welcome text); a size saved by the user still wins."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize

from app.ui.window_state import FRAME_ROOM, MAIN_SPLITTER, PREFERRED_SIZE, first_geometry, scaled_sizes
from tests.ui.conftest import Harness


def test_a_large_screen_gets_the_preferred_size_in_its_middle() -> None:
    place = first_geometry(QRect(0, 0, 1920, 1080))
    assert place.size() == PREFERRED_SIZE
    assert place.center().x() in range(1920 // 2 - FRAME_ROOM.width(), 1920 // 2 + 1)
    assert place.center().y() in range(1080 // 2 - FRAME_ROOM.height(), 1080 // 2 + 1)


def test_a_1024x768_screen_with_a_panel_holds_the_whole_window_and_its_frame() -> None:
    available = QRect(0, 27, 1024, 741)  # a top panel 27 pixels high
    place = first_geometry(available)
    framed = place.adjusted(0, 0, FRAME_ROOM.width(), FRAME_ROOM.height())
    assert available.contains(framed)
    assert place.width() == 1024 - FRAME_ROOM.width()
    assert place.height() == 741 - FRAME_ROOM.height()


def test_the_second_screen_of_two_places_the_window_on_that_screen() -> None:
    second = QRect(1920, 0, 1280, 1024)
    place = first_geometry(second)
    assert second.contains(place)
    assert place.width() == PREFERRED_SIZE.width()


def test_the_window_never_goes_below_its_minimum_size() -> None:
    place = first_geometry(QRect(0, 0, 640, 480), minimum=QSize(700, 500))
    assert place.size() == QSize(700, 500)
    assert place.topLeft() == QRect(0, 0, 640, 480).topLeft()


def test_the_splitter_defaults_shrink_with_the_window() -> None:
    assert scaled_sizes(MAIN_SPLITTER, PREFERRED_SIZE.width()) == list(MAIN_SPLITTER)
    assert scaled_sizes(MAIN_SPLITTER, 2400) == list(MAIN_SPLITTER)
    narrow = scaled_sizes(MAIN_SPLITTER, 1008)
    assert sum(narrow) <= round(sum(MAIN_SPLITTER) * 1008 / PREFERRED_SIZE.width()) + len(MAIN_SPLITTER)
    assert narrow[0] < MAIN_SPLITTER[0]


def test_the_first_window_fits_the_offscreen_screen(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    available = window.screen().availableGeometry()
    assert available.width() < PREFERRED_SIZE.width(), "the test screen is meant to be smaller"
    assert window.width() <= available.width() - FRAME_ROOM.width()
    assert window.height() <= available.height() - FRAME_ROOM.height()
    assert available.contains(window.geometry())
    welcome = window.layout_.welcome_page().label
    assert welcome.isVisible()
    right_edge = welcome.mapTo(window, welcome.rect().topRight()).x()
    assert right_edge <= window.width()


def test_a_saved_size_is_restored_not_refitted(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    window.resize(500, 400)
    harness.close(window)
    again = harness.open()
    assert again.size() == QSize(500, 400)
