"""The wrapping button and check box (app.ui.wrapping) behave as Qt's own: a click anywhere on the check
box's text ticks it, the `&` letter presses the button, and each grows taller, not wider, when narrow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.wrapping import WrapButton, WrapCheckBox

LONG = "Die Beschwerde-Anleitung zu diesem Konto hinzufügen, mit einem sehr langen Text"


def holder(qtbot: Any, *widgets: QWidget, width: int) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(box)
    box.resize(width, 300)
    box.show()
    qtbot.waitExposed(box)
    return box


def test_narrow_they_wrap_to_more_lines_and_keep_their_whole_text(qtbot: Any) -> None:
    button, check = WrapButton(LONG), WrapCheckBox(LONG)
    box = holder(qtbot, button, check, width=240)
    qtbot.waitUntil(lambda: button.width() <= 240)
    assert button.sizeHint().width() > 240 and check.sizeHint().width() > 240  # one line would not fit
    assert button.minimumSizeHint().width() <= 240 and check.minimumSizeHint().width() <= 240
    assert button.height() >= 2 * button.fontMetrics().lineSpacing()
    assert check.height() >= 2 * check.fontMetrics().lineSpacing()
    assert button.text() == LONG and check.text() == LONG
    box.close()


def test_a_click_on_the_text_ticks_and_the_letter_presses(qtbot: Any) -> None:
    button, check = WrapButton("Check it &again"), WrapCheckBox("They need &longer to reply")
    box = holder(qtbot, button, check, width=400)
    qtbot.waitUntil(lambda: check.width() > 100)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(check.width() - 20, check.height() // 2))
    assert check.isChecked()  # on the text, far from the box
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(check, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: pressed == [True])
