"""The main window, driven with real clicks and keys (offscreen)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

import app.ui.messages as message_boxes
from app import paths
from app.core.procedures import load_catalog
from app.storage.database import Database
from app.storage.errors import DiskFull
from app.ui.dialogs import AccountDialog
from app.ui.main_window import NOTE_SAVE_DELAY_MS, MainWindow
from app.ui.models import ChecklistModel
from tests.ui.conftest import (
    TODAY,
    Harness,
    as_qt_shows,
    click_check_box,
    if_modal_soon,
    step_index,
    when_modal,
)

PROC = "example-object"


def add_account_via_dialog(qtbot: Any, window: MainWindow, label: str, platform: str = "facebook",
                           region: str = "EU", button: QAbstractButton | None = None,
                           same_accounts_center: bool | None = None) -> None:
    """Add an account through the dialog; asked whether it shares an Accounts Center with another account
    of Meta's, answer yes, no or (None) "I'll check later"."""

    def answer(box: QWidget) -> None:
        if isinstance(box, AccountDialog):  # still closing: the question comes next, if at all
            if_modal_soon(answer)
            return
        assert isinstance(box, QMessageBox) and box.windowTitle() == "Same Accounts Center?"
        wanted = {True: "&Yes, the same", False: "&No", None: "I'll &check later"}[same_accounts_center]
        next(button for button in box.buttons() if button.text() == wanted).click()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountDialog)
        qtbot.keyClicks(dialog.label_edit, label)
        dialog.platform_box.setCurrentIndex(dialog.platform_box.findData(platform))
        dialog.region_box.setCurrentIndex(dialog.region_box.findData(region))
        qtbot.keyClicks(dialog.name_edit, "Sam Rivera")
        qtbot.keyClicks(dialog.email_edit, "sam@example.org")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if_modal_soon(answer)  # asked only when another account of Meta's exists
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(fill)
    qtbot.mouseClick(button or window.add_account_button, Qt.MouseButton.LeftButton)
    activate(qtbot, window)


def activate(qtbot: Any, window: MainWindow) -> None:
    """After a modal dialog closes, the offscreen platform does not give focus back by itself."""
    with qtbot.waitActive(window):
        window.activateWindow()


def test_first_run_offers_to_add_an_account(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    assert window.windowTitle() == "Objector"
    assert window.centre.currentIndex() == 0
    assert window.welcome_button.isVisible()
    add_account_via_dialog(qtbot, window, "My Facebook", button=window.welcome_button)
    assert window.centre.currentIndex() == 1
    [account] = window.db.accounts()
    assert (account.label, account.platform, account.region, account.full_name) == (
        "My Facebook", "facebook", "EU", "Sam Rivera")
    assert window.accounts_model.data(window.accounts_model.index(0, 0)) == "My Facebook"
    assert window.checklist_model.rowCount() == 1


def test_account_dialog_requires_a_label(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    seen: dict[str, Any] = {}

    def submit_empty(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountDialog)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        seen["error"] = dialog.error_label.text()
        seen["still_open"] = dialog.isVisible()
        dialog.reject()

    when_modal(submit_empty)
    qtbot.mouseClick(window.add_account_button, Qt.MouseButton.LeftButton)
    assert seen["still_open"] and "label" in seen["error"]
    assert window.db.accounts() == []


def test_ticks_and_notes_survive_closing_and_reopening(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "My Facebook")
    account = window.db.accounts()[0]
    click_check_box(qtbot, window, PROC, "open-form")
    click_check_box(qtbot, window, PROC, "explain")
    assert set(window.db.ticks(account.id)) == {(PROC, "open-form"), (PROC, "explain")}
    assert window.account_progress.value() == 2

    window.tree.setCurrentIndex(step_index(window, PROC, "explain"))
    window.step_note.setFocus()
    qtbot.keyClicks(window.step_note, "Used the template")
    window.step_note.insertPlainText(" — ünïcode ✓")  # as an input method commits text QTest cannot type
    qtbot.keyClicks(window.account_note, "Main account")  # moving focus saves the step note at once
    harness.close(window)  # closing saves the account note that was still being typed

    again = harness.open()
    assert again.current_account is not None and again.current_account.id == account.id
    assert again.account_note.toPlainText() == "Main account"
    index = step_index(again, PROC, "explain")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    again.tree.setCurrentIndex(index)
    assert again.step_note.toPlainText() == "Used the template — ünïcode ✓"
    assert again.tree.isExpanded(index.parent())


def test_note_saves_after_typing_stops(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "A")
    account = window.db.accounts()[0]
    window.account_note.setFocus()
    qtbot.keyClicks(window.account_note, "typed")
    assert window.db.note(account.id) == ""
    qtbot.waitUntil(lambda: window.db.note(account.id) == "typed", timeout=NOTE_SAVE_DELAY_MS * 5)


def test_switching_account_saves_the_note_being_typed(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "First")
    add_account_via_dialog(qtbot, window, "Second", platform="instagram")
    first, second = window.db.accounts()
    window.select_account(first.id)
    qtbot.keyClicks(window.account_note, "about the first")
    window.account_view.setFocus()
    qtbot.keyClick(window.account_view, Qt.Key.Key_Down)
    assert window.current_account is not None and window.current_account.id == second.id
    assert window.db.note(first.id) == "about the first"
    assert window.account_note.toPlainText() == ""


def test_undo_and_redo_ticks_status_and_notes(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "A")
    account = window.db.accounts()[0]
    click_check_box(qtbot, window, PROC, "open-form")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.db.ticks(account.id) == {}
    state = step_index(window, PROC, "open-form").data(Qt.ItemDataRole.CheckStateRole)
    assert state == Qt.CheckState.Unchecked
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, redo)
    assert set(window.db.ticks(account.id)) == {(PROC, "open-form")}

    window.tree.setCurrentIndex(step_index(window, PROC, "open-form"))
    box = window.details.status_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # not started -> in progress
    qtbot.keyClick(box, Qt.Key.Key_Down)  # -> submitted
    assert window.db.run(account.id, PROC).status == "submitted"
    window.undo_action.trigger()
    assert window.db.run(account.id, PROC).status == "in-progress"
    assert box.currentData() == "in-progress"

    window.procedure_note.setFocus()
    qtbot.keyClicks(window.procedure_note, "ref 123")
    window.tree.setFocus()
    assert window.db.note(account.id, PROC) == "ref 123"
    window.undo_action.trigger()
    assert window.db.note(account.id, PROC) == ""
    assert window.procedure_note.toPlainText() == ""
    window.redo_action.trigger()
    assert window.db.note(account.id, PROC) == "ref 123"


def test_keyboard_arrows_space_and_enter(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "A")
    account = window.db.accounts()[0]
    tree = window.tree
    tree.collapseAll()
    tree.setFocus()
    tree.setCurrentIndex(window.filter.index(0, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert tree.isExpanded(window.filter.index(0, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert set(window.db.ticks(account.id)) == {(PROC, "open-form")}
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert set(window.db.ticks(account.id)) == {(PROC, "open-form"), (PROC, "explain")}
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert set(window.db.ticks(account.id)) == {(PROC, "open-form")}


def test_search_filters_by_text_and_notes(qtbot: Any, harness: Harness, tmp_path: Path) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "A")
    account = window.db.accounts()[0]
    window.db.set_note(account.id, "remember the zebra", PROC, "confirm")
    window.show_account(None)
    window.reload_accounts(select_id=account.id)
    qtbot.keyClick(window.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()
    qtbot.keyClicks(window.search_edit, "zebra")
    parent = window.filter.index(0, 0)
    assert window.filter.rowCount() == 1 and window.filter.rowCount(parent) == 1
    assert window.filter.index(0, 0, parent).data(ChecklistModel.StepIdRole) == "confirm"
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "explain how")
    assert window.filter.rowCount(window.filter.index(0, 0)) == 1
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "nothing matches this")
    assert window.filter.rowCount() == 0
    window.search_edit.clear()
    assert window.filter.rowCount(window.filter.index(0, 0)) == 3


def test_deadline_banner_and_sources(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "A")
    window.tree.setCurrentIndex(window.filter.index(0, 0))
    assert window.details.banner.isVisible()
    text = window.details.banner.text()
    assert "27 May 2025 has passed" in text and "only for what you post from then on" in text
    assert "Sources (2)" in window.details.browser.toPlainText()  # folded first (issue 18), then opened
    for name in ("disagreements", "sources"):
        window.details.set_section_open(name, True)
    shown = window.details.browser.toPlainText()
    assert "How to object (example guide)" in shown and "15 Apr 2025" in shown
    assert "undated, read 1 May 2025" in shown
    assert "One guide gives 26 May" in shown
    assert "may be out of date" in shown


def test_copy_text_fills_the_template(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "A")
    window.tree.setCurrentIndex(step_index(window, PROC, "explain"))
    assert window.details.copy_button.isVisible()
    qtbot.mouseClick(window.details.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("I am Sam Rivera (sam@example.org), living in [country].")


def test_a_broken_procedure_file_is_listed_while_the_rest_load(qtbot: Any, harness: Harness,
                                                              procedure_dir: Path) -> None:
    (procedure_dir / "example" / "broken.yaml").write_text("id: [oops\n", encoding="utf-8")
    window = harness.open()
    assert window.centre.currentIndex() == 0 and window.problems_bar.isVisible()  # first run: welcome page
    add_account_via_dialog(qtbot, window, "A")
    assert window.problems_bar.isVisible()
    assert "1 guide file has problems and was skipped" in window.problems_label.text()
    assert window.checklist_model.rowCount() == 1
    qtbot.mouseClick(window.problems_show, Qt.MouseButton.LeftButton)
    dialog = window.problems_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    broken = re.escape(str(procedure_dir / "example" / "broken.yaml"))
    assert re.search(broken + r":\d+:\d+: YAML syntax error", dialog.text.toPlainText())


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x",
                                 "data:text/html,hi", "https:", "mailto:"])
def test_other_link_schemes_are_refused(qtbot: Any, harness: Harness, monkeypatch: pytest.MonkeyPatch,
                                        url: str) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda target: opened.append(target.toString()) or True)
    window = harness.open()
    window.details.browser.anchorClicked.emit(QUrl(url))
    assert opened == []
    assert "not opened" in window.statusBar().currentMessage()


def test_allowed_links_go_to_the_system(qtbot: Any, harness: Harness,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda target: opened.append(target.toString()) or True)
    window = harness.open()
    for url in ("https://example.org/object", "http://example.org", "mailto:privacy@example.org"):
        window.details.browser.anchorClicked.emit(QUrl(url))
    assert opened == ["https://example.org/object", "http://example.org", "mailto:privacy@example.org"]


def test_rich_text_never_loads_resources(harness: Harness) -> None:
    window = harness.open()
    browser = window.details.browser
    assert not browser.openLinks() and not browser.openExternalLinks()  # a click goes through its own check
    browser.set_markdown("![x](https://evil.test/x.png) <img src='file:///etc/hostname'> text")
    assert browser.loadResource(2, QUrl("https://evil.test/x.png")) is None
    assert browser.loadResource(2, QUrl("file:///etc/hostname")) is None
    assert "<img" in browser.toPlainText()  # HTML is shown as text, never interpreted


def test_html_in_a_procedure_file_is_shown_as_written_in_tooltips_and_warnings(
        harness: Harness, procedure_dir: Path) -> None:
    image = paths.resources_dir() / "objector.png"
    tag = f'<img src="{image.as_uri()}">'
    path = procedure_dir / "example" / "example-object.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("summary: Send the example", f"summary: '{tag} Send the example").replace(
        "privacy form.\n", "privacy form.'\n", 1)
    text = text.replace("expect: A form with", f"expect: '{tag} A form with").replace(
        "already filled in.\n", "already filled in.'\n", 1)
    path.write_text(text, encoding="utf-8")
    window = harness.open()
    window.db.add_account("A", "facebook", "EU")
    window.reload_accounts()
    procedure = window.checklist_model.index_for(PROC)
    summary = procedure.data(Qt.ItemDataRole.ToolTipRole)
    assert as_qt_shows(summary).startswith(tag + " Send the example")  # the tag as text: no image loaded
    expect = step_index(window, PROC, "open-form").data(Qt.ItemDataRole.ToolTipRole)
    assert as_qt_shows(expect) == tag + " A form with your email address already filled in."
    description = step_index(window, PROC, "open-form").data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert description.startswith(tag)
    window.details._set_banner([f"New steps: {tag}"])  # the banner quotes step titles
    assert window.details.banner.textFormat() == Qt.TextFormat.PlainText


def test_a_failed_save_says_so_and_shows_nothing_saved(qtbot: Any, harness: Harness,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "A")
    account = window.db.accounts()[0]
    warnings: list[str] = []
    monkeypatch.setattr(message_boxes, "warning", lambda _parent, title, text, *a: warnings.append(text))

    def full(*_args: Any, **_kwargs: Any) -> bool:
        raise DiskFull(window.db.path, "the disk is full, so the last change was not saved",
                       "Free some space.")

    monkeypatch.setattr(window.db, "set_tick", full)
    click_check_box(qtbot, window, PROC, "open-form")
    assert warnings and "disk is full" in warnings[0] and str(window.db.path) in warnings[0]
    state = step_index(window, PROC, "open-form").data(Qt.ItemDataRole.CheckStateRole)
    assert state == Qt.CheckState.Unchecked
    assert window.undo_stack.count() == 0
    monkeypatch.undo()
    assert window.db.ticks(account.id) == {}


def test_a_note_that_could_not_be_saved_is_kept_retried_and_guarded_at_close(
        qtbot: Any, harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "A")
    add_account_via_dialog(qtbot, window, "B")
    first, second = window.db.accounts()
    window.select_account(second.id)
    warnings: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(message_boxes, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    monkeypatch.setattr(message_boxes, "question",
                        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Cancel)
    set_note = window.db.set_note

    def full(*_args: Any, **_kwargs: Any) -> bool:
        raise DiskFull(window.db.path, "the disk is full, so the last change was not saved",
                       "Free some space.")

    monkeypatch.setattr(window.db, "set_note", full)
    window.account_note.setFocus()
    qtbot.keyClicks(window.account_note, "Reply ref 123")
    window.notes.flush()
    assert len(warnings) == 1 and "disk is full" in warnings[0]

    window.select_account(first.id)  # tries again on leaving: said in the status bar, not a second box
    assert len(warnings) == 1
    assert "Still not saved" in window.statusBar().currentMessage()
    assert window.account_note.toPlainText() == ""
    window.select_account(second.id)  # the typed text is shown again, still waiting to be saved
    assert window.account_note.toPlainText() == "Reply ref 123" and window.account_note.pending()

    window.select_account(first.id)
    assert not window.close()  # the store still refuses: asked, and "Cancel" keeps the window open
    assert window.isVisible() and "1 note you typed" in asked[0] and str(window.db.path) in asked[0]

    monkeypatch.setattr(window.db, "set_note", set_note)  # the disk has room again
    assert window.close()
    assert len(asked) == 1
    assert window.db.note(second.id) == "Reply ref 123" and window.unsaved_notes == {}


def test_hide_completed_hides_a_procedure_when_its_last_step_is_ticked(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "A")
    window.hide_complete_action.trigger()
    click_check_box(qtbot, window, PROC, "open-form")
    click_check_box(qtbot, window, PROC, "explain")
    assert window.filter.rowCount() == 1
    click_check_box(qtbot, window, PROC, "confirm")
    assert window.filter.rowCount() == 0
    window.undo_action.trigger()
    assert window.filter.rowCount() == 1


def test_delete_asks_and_says_what_is_lost(qtbot: Any, harness: Harness,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "Doomed")
    click_check_box(qtbot, window, PROC, "open-form")
    asked: list[str] = []
    answer = {"value": QMessageBox.StandardButton.Cancel}

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer["value"]

    monkeypatch.setattr(message_boxes, "question", question)
    window.delete_account_action.trigger()
    assert "1 ticked step, 0 notes, 0 attached files" in asked[0] and "cannot be undone" in asked[0]
    assert len(window.db.accounts()) == 1
    answer["value"] = QMessageBox.StandardButton.Yes
    window.delete_account_action.trigger()
    assert window.db.accounts() == []
    assert window.centre.currentIndex() == 0


def test_rename_and_archive(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "Old name")

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountDialog)
        dialog.label_edit.clear()
        qtbot.keyClicks(dialog.label_edit, "New name")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_modal(rename)
    window.edit_account_action.trigger()
    assert window.db.accounts()[0].label == "New name"
    assert "New name" in window.account_header.text()
    window.archive_account_action.trigger()
    assert window.db.accounts() == [] and window.accounts_model.rowCount() == 0
    window.show_archived_action.trigger()
    assert window.accounts_model.rowCount() == 1


def test_hide_and_add_a_procedure_by_hand(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "Threads", platform="threads")
    account = window.db.accounts()[0]
    assert window.checklist_model.rowCount() == 0

    def choose(dialog: QWidget) -> None:
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(choose)
    window.findChild(type(window.undo_action), "addProcedure").trigger()
    assert window.checklist_model.rowCount() == 1
    assert window.db.run(account.id, PROC).visibility == "added"
    window.tree.setCurrentIndex(window.filter.index(0, 0))
    window.findChild(type(window.undo_action), "hideProcedure").trigger()
    assert window.checklist_model.rowCount() == 0
    assert window.db.run(account.id, PROC).visibility == "hidden"


def test_finished_procedure_that_changed_shows_new_steps(qtbot: Any, harness: Harness,
                                                         procedure_dir: Path) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "A")
    account = window.db.accounts()[0]
    for step in ("open-form", "explain", "confirm"):
        click_check_box(qtbot, window, PROC, step)
    run = window.db.run(account.id, PROC)
    assert run.completed_steps == ("open-form", "explain", "confirm")
    harness.close(window)
    path = procedure_dir / "example" / "example-object.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "  - id: confirm\n", "  - id: keep-proof\n    title: Save the reply as a PDF\n  - id: confirm\n")
    path.write_text(text.replace("  - id: explain\n    title: Explain how the processing affects you\n",
                                 "  - id: explain2\n    title: Explain\n"), encoding="utf-8")
    again = harness.open()
    again.tree.setCurrentIndex(again.filter.index(0, 0))
    banner = again.details.banner.text()
    assert "changed since you finished it" in banner and "Save the reply as a PDF" in banner
    assert "no longer in this guide" in banner and "explain" in banner
    assert (PROC, "explain") in again.db.ticks(account.id)


def test_every_control_has_an_accessible_name(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    add_account_via_dialog(qtbot, window, "A")
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QTextBrowser)
    unnamed = []
    for widget in window.findChildren(QWidget):
        # A combo box's or date field's inner editor is described by its owner's name.
        inside_combo = any(isinstance(w, (QComboBox, QAbstractSpinBox)) for w in _ancestors(widget))
        if isinstance(widget, kinds) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not inside_combo:
            name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
            if not name.strip():
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def _ancestors(widget: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def test_every_menu_action_has_a_shortcut(harness: Harness) -> None:
    window = harness.open()
    missing = []
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            # A submenu (View > Language) opens with its letter, as menus do; its entries are a choice.
            if not action.isSeparator() and action.menu() is None and action.shortcut().isEmpty():
                missing.append(action.text())
    assert missing == []


def test_window_size_and_splitters_are_remembered(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    window.resize(760, 540)  # the offscreen screen is 800 x 600
    window.splitter.setSizes([200, 300, 250])
    sizes = window.splitter.sizes()
    harness.close(window)
    again = harness.open()
    assert (again.width(), again.height()) == (760, 540)
    assert again.splitter.sizes() == sizes
    assert harness.locations.settings_path.is_file()


def test_the_progress_bar_has_room_for_its_text_in_a_narrow_window(qtbot: Any, tmp_path: Path) -> None:
    # Qt sizes a progress bar for "100%"; "59 of 2683 steps" was cut off in a window 840 pixels wide.
    from benchmarks.synthetic import write_library

    locations = paths.Locations(tmp_path / "data")
    with Database(locations.database_path) as db:
        account = db.add_account("Many", "facebook", "EU")
        catalog = load_catalog([write_library(tmp_path / "library", count=200, steps=20)])
        for procedure in [p for p in catalog if p.applies_to("facebook", "EU")][:12]:
            for step_id in procedure.step_ids:
                db.set_tick(account.id, procedure.id, step_id, True)
        window = MainWindow(db, catalog, QSettings(str(locations.settings_path), QSettings.Format.IniFormat),
                            locations, today=TODAY)
        qtbot.addWidget(window)
        window.resize(840, 530)
        window.show()
        window.reload_accounts(select_id=account.id)
        bar = window.account_progress
        text = bar.text()
        assert text.endswith(" steps") and len(text) >= len("100 of 600 steps")
        qtbot.waitUntil(lambda: bar.width() >= bar.fontMetrics().horizontalAdvance(text) + 8)
        window.close()
