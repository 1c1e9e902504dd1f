"""Issue 20: a pseudo-translation (every string 40% longer, accented) renders without cut-off text in the main
window and its dialogs: every label, button and check box has the room its text asks for, and the window
still fits a 1280-pixel-wide screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget

from app.ui import i18n
from tests.ui.conftest import Harness, if_modal_soon
from tests.ui.pseudo import build_pseudo_qm, pseudo

SCREEN_WIDTH = 1280


@pytest.fixture
def pseudo_language(tmp_path: Path) -> Iterator[None]:
    qm = build_pseudo_qm(tmp_path)
    i18n.install("en")
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)
    i18n.install("en")


def cut_off(root: QWidget) -> list[str]:
    """The visible labels, buttons and check boxes whose text does not fit the room they were given."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    found.append(f"label {widget.text()[:40]!r}: {widget.height()} high, needs "
                                 f"{widget.heightForWidth(widget.width())}")
            elif widget.sizeHint().width() > widget.width() + 1:
                found.append(f"label {widget.text()[:40]!r}: {widget.width()} wide, needs "
                             f"{widget.sizeHint().width()}")
        elif isinstance(widget, QAbstractButton) and widget.text() and \
                widget.sizeHint().width() > widget.width() + 1:
            found.append(f"button {widget.text()[:40]!r}: {widget.width()} wide, needs "
                         f"{widget.sizeHint().width()}")
    return found


def test_the_pseudo_translation_is_longer_and_keeps_what_must_stay() -> None:
    text = pseudo("Delete “{label}”? Press Ctrl+Z to undo <b>now</b>.")
    assert "{label}" in text and "Ctrl+Z" in text and "<b>" in text and "</b>" in text
    assert len(text) >= len("Delete “{label}”? Press Ctrl+Z to undo <b>now</b>.") * 1.4 - 1
    assert "Délété" in text


def test_the_main_window_and_its_dialogs_fit_a_longer_language(qtbot: Any, harness: Harness,
                                                               pseudo_language: None) -> None:
    window = harness.open()
    assert "~" in window.menuBar().actions()[0].text()  # the pseudo-translation is what shows
    assert window.welcome_button.isVisible()
    assert cut_off(window) == []
    account = window.db.add_account("My Facebook", "facebook", "EU", email="kim@example.org")
    window.reload_accounts(select_id=account.id)
    window.tree.setCurrentIndex(window.filter.index(0, 0))
    window.resize(SCREEN_WIDTH, 800)
    qtbot.waitUntil(lambda: window.width() <= SCREEN_WIDTH)
    assert window.minimumSizeHint().width() <= SCREEN_WIDTH
    assert cut_off(window) == []

    seen: list[list[str]] = []

    def check_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        dialog.adjustSize()
        seen.append(cut_off(dialog))
        dialog.reject()

    if_modal_soon(check_dialog)
    window.window_actions["editAccount"].trigger()  # the account dialog
    assert seen == [[]]


def test_a_text_without_room_is_found(qtbot: Any) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    box = QWidget()
    qtbot.addWidget(box)
    layout = QHBoxLayout(box)
    button = QPushButton("A button whose text is much too long for it")
    label = QLabel("A label whose text is much too long for it")
    layout.addWidget(button)
    layout.addWidget(label)
    box.show()
    button.setFixedWidth(40)
    label.setFixedWidth(40)
    found = cut_off(box)
    assert len(found) == 2 and found[0].startswith("button") and found[1].startswith("label")
