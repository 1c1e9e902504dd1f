"""Evidence from the window (issue 18): files attached to the step or procedure the details pane shows,
by the button, the menu, a drop, or Ctrl+V of a screenshot; listed with name, size, date and a thumbnail;
opened, renamed and removed, with undo."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

import app.ui.messages as message_boxes
from app.ui.evidence_pane import EvidenceModel, human_size
from app.ui.main_window import MainWindow
from tests.ui.conftest import Harness, step_index

PROC = "example-object"


def open_step(harness: Harness, step_id: str = "explain") -> tuple[MainWindow, int]:
    """A window showing one account's step (or, with "", the procedure itself) in the details."""
    window = harness.open()
    account = window.db.add_account("Sam", "facebook", "EU")
    window.reload_accounts(select_id=account.id)
    show(window, step_id)
    harness.qtbot.waitUntil(lambda: window.details.evidence.attach_button.width() > 0)  # laid out
    return window, account.id


def show(window: MainWindow, step_id: str) -> None:
    if step_id:
        window.tree.setCurrentIndex(step_index(window, PROC, step_id))
    else:
        window.checklist_pane.choose(PROC)
    assert window.details.target is not None and window.details.target[1:] == (PROC, step_id)


def listed(window: MainWindow) -> list[str]:
    model = window.details.evidence.model
    return [model.index(row).data() for row in range(model.rowCount())]


def stored(window: MainWindow, account_id: int, step_id: str = "explain") -> list[str]:
    return [item.original_name for item in window.db.evidence(account_id, PROC) if item.step_id == step_id]


def drop(window: MainWindow, mime: QMimeData) -> QDropEvent:
    """What a drag and drop from a file manager sends: the drag enters, then the files are dropped."""
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.details, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.details, event)
    QApplication.processEvents()  # the files are attached once the drop has returned
    return event


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(message_boxes, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


def test_the_button_attaches_a_chosen_file_and_the_list_shows_name_size_and_date(
        harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    window, account_id = open_step(harness)
    letter = tmp_path / "letter.txt"
    letter.write_bytes(b"x" * 3000)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(letter)], ""))
    pane = window.details.evidence
    assert pane.isVisible() and pane.hint.isVisible()
    qtbot.mouseClick(pane.attach_button, Qt.MouseButton.LeftButton)
    assert stored(window, account_id) == ["letter.txt"]
    [entry] = listed(window)
    added_at = window.db.evidence(account_id, PROC)[0].added_at.astimezone()
    added = f"{added_at.day} {added_at:%b %Y}, {added_at:%H:%M}"  # "2 Dec 2026, 14:03" in English
    assert entry.splitlines()[0] == "letter.txt"
    assert human_size(3000) == "2.9 KB" and "2.9 KB" in entry and added in entry
    assert pane.files.isVisible() and not pane.hint.isVisible()
    # The Procedure menu's entry (Ctrl+Shift+F) does the same for what is shown: the procedure itself here.
    show(window, "")
    assert listed(window) == []  # the step's file is not the procedure's
    action = window.window_actions["attachEvidence"]
    assert action.shortcut().toString() == "Ctrl+Shift+F"
    action.trigger()
    assert stored(window, account_id, "") == ["letter.txt"] and len(listed(window)) == 1
    # Undo of an attach removes it from the list; redo brings it back.
    window.undo_stack.undo()
    assert stored(window, account_id, "") == [] and listed(window) == []
    window.undo_stack.redo()
    assert stored(window, account_id, "") == ["letter.txt"]


def test_files_dropped_on_the_details_pane_are_attached(harness: Harness, tmp_path: Path) -> None:
    window, account_id = open_step(harness)
    first, second = tmp_path / "a.pdf", tmp_path / "b.txt"
    first.write_bytes(b"%PDF-1.4 a")
    second.write_bytes(b"b")
    assert drop(window, file_mime(first, second)).isAccepted()
    assert sorted(stored(window, account_id)) == ["a.pdf", "b.txt"]
    assert [line.splitlines()[0] for line in listed(window)] == ["a.pdf", "b.txt"]


def test_a_pasted_screenshot_is_stored_as_png_with_a_thumbnail(harness: Harness, qtbot: Any) -> None:
    window, account_id = open_step(harness)
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    QGuiApplication.clipboard().setImage(image)
    window.details.browser.setFocus()
    qtbot.keyClick(window.details.browser, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    [evidence] = window.db.evidence(account_id, PROC)
    assert evidence.original_name.endswith(".png") and evidence.step_id == "explain"
    assert window.db.evidence_file(evidence).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    model = window.details.evidence.model
    model.index(0).data(Qt.ItemDataRole.DecorationRole)  # asked for: made on a later turn
    qtbot.waitUntil(lambda: model.index(0).data(Qt.ItemDataRole.DecorationRole) is not None)
    thumbnail = model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert max(thumbnail.width(), thumbnail.height()) <= 48 and thumbnail.width() == 2 * thumbnail.height()
    # Text on the clipboard: nothing to attach (said in the status bar); a text field keeps its own Ctrl+V.
    QGuiApplication.clipboard().setText("REF-123")
    files = window.details.evidence.files
    files.setFocus()
    qtbot.keyClick(files, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.db.evidence(account_id, PROC)) == 1
    assert "Nothing to attach" in window.statusBar().currentMessage()
    window.details.reference_edit.setFocus()
    qtbot.keyClick(window.details.reference_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.details.reference_edit.text() == "REF-123"
    assert len(window.db.evidence(account_id, PROC)) == 1


def test_rename_and_remove_are_undoable(harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        qtbot: Any) -> None:
    window, account_id = open_step(harness)
    source = tmp_path / "reply.txt"
    source.write_text("no", encoding="utf-8")
    window.evidence.attach_files(window.details.target, [source])
    files = window.details.evidence.files
    files.setFocus()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("their answer.txt", True))
    qtbot.keyClick(files, Qt.Key.Key_F2)  # also the window's "rename the account": the list has it here
    assert stored(window, account_id) == ["their answer.txt"]
    assert listed(window)[0].startswith("their answer.txt\n")
    window.undo_stack.undo()
    assert stored(window, account_id) == ["reply.txt"] and listed(window)[0].startswith("reply.txt\n")
    window.undo_stack.redo()
    assert stored(window, account_id) == ["their answer.txt"]
    qtbot.keyClick(files, Qt.Key.Key_Delete)
    assert stored(window, account_id) == [] and listed(window) == []
    window.undo_stack.undo()
    assert stored(window, account_id) == ["their answer.txt"] and len(listed(window)) == 1
    window.undo_stack.redo()
    assert stored(window, account_id) == []
    window.undo_stack.undo()
    remove = window.details.evidence.files.actions()[2]  # the context menu's "Remove"
    remove.trigger()
    assert stored(window, account_id) == [] and window.undo_stack.undoText() == "Remove “their answer.txt”"


def test_enter_opens_the_stored_copy(harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     qtbot: Any) -> None:
    window, _account_id = open_step(harness)
    source = tmp_path / "proof.txt"
    source.write_text("proof", encoding="utf-8")
    window.evidence.attach_files(window.details.target, [source])
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    files = window.details.evidence.files
    files.setFocus()
    qtbot.keyClick(files, Qt.Key.Key_Return)
    [evidence] = window.db.evidence(_account_id, PROC)
    # What is opened ends like the original (Windows picks the program by the extension alone) and holds
    # the stored bytes: a second name for the stored copy, not a copy left outside the data folder.
    named = window.db.evidence_file(evidence).with_name(evidence.sha256 + ".txt")
    assert opened == [QUrl.fromLocalFile(str(named)).toString()]
    assert named.read_bytes() == b"proof" and named.samefile(window.db.evidence_file(evidence))
    qtbot.keyClick(files, Qt.Key.Key_Return)  # a second time: the same name, nothing made twice
    assert opened[1] == opened[0] and sorted(p.name for p in named.parent.iterdir()) == [
        evidence.sha256, evidence.sha256 + ".txt"]


def test_the_list_is_reached_by_tab_from_the_details(harness: Harness, tmp_path: Path) -> None:
    window, _account_id = open_step(harness)
    source = tmp_path / "proof.txt"
    source.write_text("proof", encoding="utf-8")
    window.evidence.attach_files(window.details.target, [source])
    pane = window.details.evidence
    # Tab from the details' fields reaches the list and its buttons, then the notes.
    chain, widget = [], window.details.reference_edit
    for _ in range(12):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain.index(window.details.browser) < chain.index(pane.files) < chain.index(pane.attach_button) \
        < chain.index(pane.remove_button) < chain.index(window.account_note)
    # The context menu has the same actions as the keys.
    assert [action.text() for action in pane.files.actions()] == ["Open", "Rename…", "Remove"]
    for widget in (pane.files, pane.attach_button, pane.open_button, pane.rename_button, pane.remove_button,
                   pane.hint, pane.title):
        assert widget.accessibleName()


def test_a_fifo_is_refused_with_a_message_naming_it(harness: Harness, tmp_path: Path,
                                                    warnings: list[str]) -> None:
    window, account_id = open_step(harness)
    fifo = tmp_path / "not-a-file.eml"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text("ok", encoding="utf-8")
    drop(window, file_mime(fifo, good))
    assert len(warnings) == 1 and str(fifo) in warnings[0]
    assert stored(window, account_id) == ["good.txt"]  # the other file still went in


def test_a_large_file_asks_first(harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window, account_id = open_step(harness)
    monkeypatch.setattr("app.storage.database.LARGE_EVIDENCE_BYTES", 100)
    big = tmp_path / "video.mp4"
    big.write_bytes(b"v" * 5000)
    asked: list[str] = []
    answer = [message_boxes.Button.No]
    monkeypatch.setattr(message_boxes, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or answer[0])
    window.evidence.attach_files(window.details.target, [big])
    assert "Attach a copy anyway?" in asked[0] and "4.9 KB" in asked[0]
    assert stored(window, account_id) == []
    answer[0] = message_boxes.Button.Yes
    window.evidence.attach_files(window.details.target, [big])
    assert len(asked) == 2 and stored(window, account_id) == ["video.mp4"]
    small = tmp_path / "small.txt"
    small.write_bytes(b"s" * 50)
    window.evidence.attach_files(window.details.target, [small])
    assert len(asked) == 2  # not asked for a small one


EMAIL = (b"Date: Tue, 17 Nov 2026 09:30:00 +0000\r\nFrom: Privacy Team <privacy@example.com>\r\n"
         b"Subject: Your objection request 4821\r\nTo: sam@example.org\r\n\r\nWe received your request.\r\n")


def test_a_saved_email_shows_its_subject_and_sender(harness: Harness, tmp_path: Path) -> None:
    window, _account_id = open_step(harness)
    mail = tmp_path / "reply.eml"
    mail.write_bytes(EMAIL)
    offered: list[Any] = []
    window.evidence.outcome_offered.connect(lambda target, date: offered.append((target, date)))
    window.evidence.attach_files(window.details.target, [mail])
    [entry] = listed(window)
    assert "Your objection request 4821" in entry and "privacy@example.com" in entry
    tooltip = window.details.evidence.model.index(0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Subject: Your objection request 4821" in tooltip and "Date: 17 Nov 2026" in tooltip
    assert offered == []  # "explain" is not the reply step


def test_an_email_on_the_reply_step_offers_the_outcome(qtbot: Any, tmp_path: Path,
                                                       procedure_dir: Path) -> None:
    path = procedure_dir / "example" / "example-object.yaml"
    text = path.read_text(encoding="utf-8")
    request = "\nrequest:\n  sends: open-form\n  reply: confirm\nsteps:\n"
    path.write_text(text.replace("\nsteps:\n", request, 1), encoding="utf-8")
    harness = Harness(qtbot, tmp_path / "data2", procedure_dir)
    try:
        window, account_id = open_step(harness, "confirm")
        assert getattr(window.catalog.get(PROC), "reply_step", None) == "confirm"
        mail = tmp_path / "reply.eml"
        mail.write_bytes(EMAIL)
        offered: list[Any] = []
        window.evidence.outcome_offered.connect(lambda target, date: offered.append((target, date)))
        asked: list[str] = []  # the window asks what came back (app.ui.progress.record_outcome)
        window.progress.ask_outcome = lambda title, *_: asked.append(title) or None
        window.evidence.attach_files(window.details.target, [mail])
        assert asked == [window.catalog.get(PROC).title]
        [(target, date)] = offered
        assert target == (account_id, PROC, "confirm")
        assert str(date).startswith("2026-11-17")
    finally:
        harness.shutdown()


def test_the_list_follows_the_row_shown(harness: Harness, tmp_path: Path) -> None:
    window, account_id = open_step(harness, "explain")
    source = tmp_path / "for-explain.txt"
    source.write_text("e", encoding="utf-8")
    window.evidence.attach_files(window.details.target, [source])
    assert len(listed(window)) == 1
    show(window, "open-form")
    assert listed(window) == []
    other = tmp_path / "for-open-form.txt"
    other.write_text("o", encoding="utf-8")
    window.evidence.attach_files(window.details.target, [other])
    assert [line.splitlines()[0] for line in listed(window)] == ["for-open-form.txt"]
    show(window, "explain")
    assert [line.splitlines()[0] for line in listed(window)] == ["for-explain.txt"]
    show(window, "")
    assert listed(window) == []
    # Another account shows its own (none).
    second = window.db.add_account("Alex", "facebook", "EU")
    window.reload_accounts(select_id=second.id)
    show(window, "explain")
    assert window.details.target == (second.id, PROC, "explain") and listed(window) == []
    assert stored(window, account_id) == ["for-explain.txt"]


def test_human_sizes() -> None:
    assert human_size(0) == "0 bytes"
    assert human_size(1023) == "1023 bytes"
    assert human_size(50 * 1024 * 1024) == "50 MB"
    assert human_size(3 * 1024 ** 3) == "3.0 GB"
    assert EvidenceModel().rowCount() == 0


def test_a_thumbnail_is_decoded_small_and_never_for_a_huge_picture(qapp: Any, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui import evidence_pane

    picture = tmp_path / "stored-copy"  # stored copies have no suffix: the format is read from the bytes
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    assert image.save(str(picture), "PNG")
    small = evidence_pane.thumbnail(picture)
    assert small is not None and (small.width(), small.height()) == (48, 16)
    monkeypatch.setattr(evidence_pane, "MAX_THUMBNAIL_SOURCE_PIXELS", 300 * 100 - 1)
    assert evidence_pane.thumbnail(picture) is None  # too many pixels to decode for a thumbnail
    text = tmp_path / "notes.png"
    text.write_text("not a picture", encoding="utf-8")
    assert evidence_pane.thumbnail(text) is None
