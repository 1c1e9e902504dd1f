"""One window per data folder; what other processes write is seen, and a note is never overwritten blindly.

Found in a hands-on walk: a second `objector` on the same folder opened without a word, each window showed
stale data, and a note typed in one was silently overwritten by the other."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.storage.backup import export_file
from app.storage.database import Database
from tests.conftest import REPO
from tests.killing import ChildLines
from tests.ui.conftest import Harness, when_modal

PROC = "example-object"

WINDOW = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from app import paths
    from app.ui.application import start

    started = start(paths.Locations(Path(sys.argv[1])), ["objector"])
    if isinstance(started, int):
        print("exit", started, flush=True)
        sys.exit(started)
    app, db, window = started
    window.first_painted.connect(lambda: print("ready", flush=True))
    original = window.come_forward

    def come_forward():
        original()
        print("forward", flush=True)

    window.come_forward = come_forward  # before the first paint, when second starts begin to be answered
    app.exec()
""")


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}


STARTED: list[subprocess.Popen[bytes]] = []


@pytest.fixture(autouse=True)
def no_window_left_behind() -> Iterator[None]:
    """A window child a failing test did not end is ended here, so it never outlives the test."""
    yield
    while STARTED:
        child = STARTED.pop()
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)


def start_window(data: Path) -> ChildLines:
    child = subprocess.Popen([sys.executable, "-c", WINDOW, str(data)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, env=env())
    STARTED.append(child)
    return ChildLines(child)


def objector(*words: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *words], capture_output=True, text=True, env=env(),
                          timeout=timeout, cwd=REPO)


@pytest.mark.slow
def test_a_second_start_brings_the_first_window_forward_and_a_killed_ones_lock_is_taken_over(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start_window(data)
    assert first.readline() == "ready"
    second = objector("--data-dir", str(data))
    assert second.returncode == 0
    assert "already open" in second.stderr and str(data) in second.stderr
    assert first.readline() == "forward"
    assert not any((data / "window-requests").iterdir())  # the request was taken away

    os.kill(first.child.pid, signal.SIGKILL)  # a crash: the lock file stays behind
    first.child.wait(timeout=30)
    first.close()
    assert (data / "objector.lock").exists()
    third = start_window(data)
    assert third.readline() == "ready"  # the stale lock was taken over
    third.child.terminate()
    third.child.wait(timeout=30)
    third.close()


@pytest.mark.slow
def test_a_start_whose_first_window_does_not_answer_says_so_and_exits(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start_window(data)
    assert first.readline() == "ready"
    os.kill(first.child.pid, signal.SIGSTOP)  # hung: alive, holding the lock, not answering
    try:
        script = textwrap.dedent("""
            import sys
            from pathlib import Path
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QApplication, QMessageBox
            from app import paths
            from app.ui.application import start

            app = QApplication([])
            seen = []
            def look():
                box = QApplication.activeModalWidget()
                if isinstance(box, QMessageBox):
                    seen.append(box.text())
                    box.accept()
                else:
                    QTimer.singleShot(20, look)
            QTimer.singleShot(0, look)
            code = start(paths.Locations(Path(sys.argv[1])), ["objector"])
            print(code, "|", seen[0].replace(chr(10), " ") if seen else "no message")
        """)
        result = subprocess.run([sys.executable, "-c", script, str(data)], capture_output=True, text=True,
                                env=env(), timeout=60)
    finally:
        os.kill(first.child.pid, signal.SIGCONT)
        first.child.terminate()
        first.child.wait(timeout=30)
        first.close()
    code, message = result.stdout.strip().splitlines()[-1].split(" | ")
    assert code == "1"
    assert "already open" in message and str(data) in message and str(first.child.pid) in message


def test_a_backup_imported_from_the_command_line_shows_in_the_open_window(qtbot: Any, harness: Harness,
                                                                           tmp_path: Path) -> None:
    window = harness.open()
    qtbot.waitUntil(window.watching_store)
    other = tmp_path / "other.sqlite3"
    with Database(other) as db:
        account = db.add_account("Art Instagram", "instagram", "EU")
        db.set_note(account.id, "made on the laptop")
    backup = tmp_path / "backup.json"
    with Database(other) as db:
        export_file(db, backup)
    result = objector("--data-dir", str(harness.locations.data_dir), "backup", "import", str(backup))
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: window.accounts_model.rowCount() == 1, timeout=5000)
    assert window.current_account is not None and window.current_account.label == "Art Instagram"
    assert window.account_note.toPlainText() == "made on the laptop"


def test_a_note_changed_by_another_process_while_typed_keeps_both(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    account = window.db.add_account("My Facebook", "facebook", "EU")
    window.db.set_note(account.id, "first words")
    window.reload_accounts(select_id=account.id)
    qtbot.waitUntil(window.watching_store)
    window.account_note.setFocus()
    window.account_note.moveCursor(window.account_note.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.account_note, " typed here")
    # Another process writes the same note before this one is saved.
    script = ("import sys; from pathlib import Path; from app.storage.database import Database\n"
              "db = Database(Path(sys.argv[1]))\n"
              "db.set_note(int(sys.argv[2]), 'first words, then the laptop')")
    subprocess.run([sys.executable, "-c", script, str(harness.locations.database_path), str(account.id)],
                   check=True, env=env(), timeout=60)
    asked: list[str] = []

    def keep_both(box: Any) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.defaultButton().click()

    when_modal(keep_both)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)  # noticed by the window, or at the save: either asks
    qtbot.waitUntil(lambda: window.db.note(account.id) != "first words, then the laptop", timeout=5000)
    stored = window.db.note(account.id)
    assert "first words, then the laptop" in stored and "first words typed here" in stored
    assert window.account_note.toPlainText() == stored
    assert "changed outside this window" in asked[0]


def test_keep_mine_and_keep_the_other(qtbot: Any, harness: Harness) -> None:
    window = harness.open()
    account = window.db.add_account("My Facebook", "facebook", "EU")
    window.reload_accounts(select_id=account.id)
    for choice, expected in (("mine", "typed 1"), ("other", "from elsewhere 2")):
        window.account_note.setFocus()
        window.account_note.selectAll()
        qtbot.keyClicks(window.account_note, f"typed {1 if choice == 'mine' else 2}")
        with Database(harness.locations.database_path) as elsewhere:
            elsewhere.set_note(account.id, f"from elsewhere {1 if choice == 'mine' else 2}")

        def answer(box: Any, choice: str = choice) -> None:
            wanted = "Keep &mine" if choice == "mine" else "Keep the &other"
            next(button for button in box.buttons() if button.text() == wanted).click()

        when_modal(answer)
        window.notes.flush()
        assert window.db.note(account.id) == expected
        assert window.account_note.toPlainText() == expected
        time.sleep(0.01)


def test_a_request_left_by_a_crashed_start_does_not_bring_the_window_forward(qtbot: Any,
                                                                             tmp_path: Path) -> None:
    from app.ui.instance import ANSWER_WAIT_S, ComeForwardRequests

    folder = tmp_path / "window-requests"
    folder.mkdir()
    old = folder / "123-old"
    old.write_bytes(b"")
    os.utime(old, (time.time() - ANSWER_WAIT_S - 60,) * 2)
    requests = ComeForwardRequests(folder)
    seen: list[bool] = []
    requests.requested.connect(lambda: seen.append(True))
    requests.check()
    assert seen == [] and not old.exists()
    (folder / "456-new").write_bytes(b"")
    requests.check()
    assert seen == [True] and not any(folder.iterdir())
    requests.stop()


def test_a_procedure_written_by_the_command_line_shows_in_the_open_window(qtbot: Any,
                                                                          harness: Harness) -> None:
    window = harness.open()
    account = window.db.add_account("My Facebook", "facebook", "EU")
    window.reload_accounts(select_id=account.id)
    qtbot.waitUntil(window.watching_store)
    result = objector("--data-dir", str(harness.locations.data_dir), "new-procedure", "my-own-check",
                      "--platform", "facebook")
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: window.catalog.get("my-own-check") is not None, timeout=5000)
    assert "my-own-check" in {entry.procedure.id for entry in window.checklist_model.checklist.entries}
