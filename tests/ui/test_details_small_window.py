"""Issue 18: at 800x600 the step's own text stays readable. The long parts of a procedure's text (more to
know, where sources disagree, sources) are folded into links that open them; the user's choice lasts the
session; a fold link is the pane's own business and never reaches the system, a real link still does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor

from tests.ui.conftest import Harness, step_index
from tests.ui.test_links import link_point

PROC = "example-object"
OPEN_SOURCES = "#open:sources"


def small_window(qtbot: Any, harness: Harness) -> Any:
    window = harness.open()
    window.resize(800, 600)
    account = window.db.add_account("My Facebook", "facebook", "EU")
    window.reload_accounts(select_id=account.id)
    qtbot.waitUntil(lambda: window.height() == 600 and window.width() == 800)
    return window


def show_procedure(qtbot: Any, window: Any) -> Any:
    window.tree.setCurrentIndex(window.filter.index(0, 0))
    browser = window.details.browser
    qtbot.waitUntil(lambda: browser.isVisible() and "Object to an example platform" in browser.toPlainText())
    return browser


def bottom_in_viewport(browser: Any, text: str) -> int:
    """Where the last line of `text` ends, in the browser's viewport (before any scrolling)."""
    found = browser.document().find(text)
    assert not found.isNull(), f"{text!r} is not shown"
    end = QTextCursor(browser.document())
    end.setPosition(found.selectionEnd())
    return browser.cursorRect(end).bottom()


def test_the_step_title_and_first_lines_are_visible_at_800x600(qtbot: Any, harness: Harness) -> None:
    window = small_window(qtbot, harness)
    window.tree.setCurrentIndex(step_index(window, PROC, "open-form"))
    browser = window.details.browser
    qtbot.waitUntil(lambda: browser.isVisible() and "Open the objection form" in browser.toPlainText())
    assert window.details.banner.isVisible() and window.details.evidence.isVisible()  # all share the pane
    # ...with no need to scroll the pane, once it is laid out (it scrolls only where they do not fit)
    qtbot.waitUntil(lambda: not window.details.scroll_area.verticalScrollBar().isVisible())
    assert browser.verticalScrollBar().value() == 0
    height = browser.viewport().height()
    assert bottom_in_viewport(browser, "Open the objection form") < height
    assert bottom_in_viewport(browser, "look for the privacy page.") <= height  # the step's first line


def test_the_procedure_summary_comes_first_and_the_long_parts_are_folded(qtbot: Any,
                                                                       harness: Harness) -> None:
    window = small_window(qtbot, harness)
    browser = show_procedure(qtbot, window)
    qtbot.waitUntil(lambda: not window.details.scroll_area.verticalScrollBar().isVisible())  # laid out, fits
    shown = browser.toPlainText()
    assert "Send the example platform an objection" in shown
    assert bottom_in_viewport(browser, "Send the example platform an objection through its privacy form.") \
        <= browser.viewport().height()
    for folded in ("The platform reviews each objection", "One guide gives 26 May", "Example News",
                   "undated, read 1 May 2025"):
        assert folded not in shown
    assert "More to know (1)" in shown and "Where sources disagree, for reviewers (1)" in shown
    assert "Sources (2)" in shown
    # Left open: how and when it was checked, which says how far to trust it.
    assert "Checked against the company's own help pages on" in shown and "2025" in shown


def test_a_click_on_sources_opens_them_and_the_choice_lasts_the_session(
        qtbot: Any, harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda target: opened.append(target.toString()) or True)
    window = small_window(qtbot, harness)
    browser = show_procedure(qtbot, window)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=link_point(browser, "Sources (2)"))
    shown = browser.toPlainText()
    assert "How to object (example guide), Example News" in shown and "undated, read 1 May 2025" in shown
    assert "The platform reviews each objection" not in shown  # only the section clicked
    assert opened == [] and window.statusBar().currentMessage() == ""  # handled in the pane, nothing refused
    # Another row and back: still open.
    window.tree.setCurrentIndex(step_index(window, PROC, "open-form"))
    qtbot.waitUntil(lambda: "Open the objection form" in browser.toPlainText())
    show_procedure(qtbot, window)
    assert "undated, read 1 May 2025" in browser.toPlainText()
    # Folded again by its heading, now a link that closes it.
    browser.anchorClicked.emit(QUrl("#close:sources"))
    assert "undated, read 1 May 2025" not in browser.toPlainText() and opened == []


def test_links_in_the_sources_go_to_the_system_and_fold_links_never_do(
        qtbot: Any, harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda target: opened.append(target.toString()) or True)
    window = small_window(qtbot, harness)
    browser = show_procedure(qtbot, window)
    browser.anchorClicked.emit(QUrl(OPEN_SOURCES))
    assert opened == []
    assert "Example help page" in browser.toPlainText()
    help_page = link_point(browser, "Example help page")
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=help_page)
    assert opened == ["https://example.org/help"]
    # Only a bare fragment naming a section is a fold link: anything else is a link like any other, under
    # the browser's rules (refused unless https, http or mailto).
    for url in ("#open:nothing", "file:///etc/passwd#open:sources", "https://example.org/#open:sources"):
        browser.anchorClicked.emit(QUrl(url))
    assert opened == ["https://example.org/help", "https://example.org/#open:sources"]
    assert "not opened" in window.statusBar().currentMessage()


def test_tab_reaches_a_fold_link_and_enter_opens_it(qtbot: Any, harness: Harness,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda target: opened.append(target.toString()) or True)
    window = small_window(qtbot, harness)
    browser = show_procedure(qtbot, window)
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    for _ in range(5):
        if browser.textCursor().charFormat().anchorHref() == OPEN_SOURCES:
            break
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert browser.hasFocus() and browser.textCursor().charFormat().anchorHref() == OPEN_SOURCES
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert "undated, read 1 May 2025" in browser.toPlainText()
    assert browser.hasFocus() and browser.textCursor().charFormat().anchorHref() == "#close:sources"
    qtbot.keyClick(browser, Qt.Key.Key_Return)  # Enter again folds it
    assert "undated, read 1 May 2025" not in browser.toPlainText()
    assert opened == []


def test_the_notes_fold_away_in_a_low_window_and_the_choice_is_remembered(qtbot: Any,
                                                                          harness: Harness) -> None:
    window = harness.open()
    account = window.db.add_account("My Facebook", "facebook", "EU")
    window.db.set_note(account.id, "Case number 123")
    window.reload_accounts(select_id=account.id)
    notes = window.notes_pane
    assert window.height() >= 700 and notes.is_open and window.account_note.isVisible()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.height() == 600)
    harness.close(window)

    # Reopened at 800x600 with no choice made: the note boxes are folded away, the details get the room,
    # and the folded header says a note has text.
    window = harness.open()
    notes = window.notes_pane
    assert window.height() == 600
    assert not notes.is_open and not window.account_note.isVisible() and notes.fold_button.isVisible()
    assert notes.height() <= notes.fold_button.sizeHint().height() + 6
    assert notes.fold_button.text() == "Notes (1 with text)"

    # Tab reaches the header; Space opens it, and the boxes get their share of the height back.
    notes.fold_button.setFocus()
    qtbot.keyClick(notes.fold_button, Qt.Key.Key_Space)
    assert notes.is_open and window.account_note.isVisible()
    assert window.account_note.toPlainText() == "Case number 123"
    qtbot.waitUntil(lambda: notes.height() > 150)
    harness.close(window)

    # The choice lasts: reopened at 800x600, the notes are open.
    window = harness.open()
    assert window.notes_pane.is_open and window.height() == 600 and window.account_note.isVisible()
