"""A link the system cannot open shows its address, ready to copy (found with no browser set up: a click
did nothing visible)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton

from tests.ui.conftest import Harness, step_index, when_modal

PROC = "example-object"


def link_point(browser: Any, label: str) -> QPoint:
    """Where a person clicks a link: the middle of its text on screen."""
    document = browser.document()
    found = document.find(label)
    while not found.isNull() and not found.charFormat().anchorHref():  # the same words outside the link
        found = document.find(label, found)
    assert not found.isNull(), f"no link {label!r} is shown"
    cursor = QTextCursor(document)
    cursor.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    return browser.cursorRect(cursor).center()


def show_step_with_links(qtbot: Any, window: Any) -> Any:
    account = window.db.add_account("My Facebook", "facebook", "EU")
    window.reload_accounts(select_id=account.id)
    window.tree.setCurrentIndex(step_index(window, PROC, "open-form"))
    browser = window.details.browser
    qtbot.waitUntil(lambda: browser.isVisible() and browser.viewport().height() > 50)
    return browser


@pytest.mark.parametrize(("label", "url"), [("Objection form", "https://example.org/object"),
                                            ("Write to the privacy team", None)])
def test_a_link_no_program_opens_shows_its_address_to_copy(qtbot: Any, harness: Harness,
                                                           monkeypatch: pytest.MonkeyPatch, label: str,
                                                           url: str | None) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda target: asked.append(target.toString()) and False)
    window = harness.open()
    browser = show_step_with_links(qtbot, window)
    seen: dict[str, Any] = {}

    def copy_and_close(dialog: Any) -> None:
        assert isinstance(dialog, QDialog)
        seen["address"] = dialog.findChild(QLineEdit).text()
        seen["title"] = dialog.windowTitle()
        copy = next(b for b in dialog.findChildren(QPushButton) if b.accessibleName() == "Copy address")
        qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
        dialog.reject()

    when_modal(copy_and_close)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=link_point(browser, label))
    assert len(asked) == 1  # the system was asked first
    assert seen["address"] == asked[0]
    if url:
        assert asked[0] == url
    assert QGuiApplication.clipboard().text() == asked[0]
    assert QApplication.activeModalWidget() is None


def test_a_link_that_opens_shows_nothing_more(qtbot: Any, harness: Harness,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda target: asked.append(target.toString()) or True)
    window = harness.open()
    browser = show_step_with_links(qtbot, window)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=link_point(browser, "Objection form"))
    assert asked == ["https://example.org/object"]
    assert window.findChild(QDialog, "unopenedLink") is None
