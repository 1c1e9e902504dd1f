"""Backups that can be trusted, and a damaged store that never stops the way to recovery.

Seen in an adversarial run: a store truncated to 0 bytes was taken as a new, empty store, and five later
starts each backed up the empty store and rotated every good backup out; a backup that failed on a full disk
left a 0-byte file, the newest, which "Restore" then restored; bytes that are not UTF-8 in the store made
`backup export`, `report`, `calendar` and the window die before any recovery was offered."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from app import paths
from app.storage.database import Database, describe_backup, good_backups
from app.storage.errors import DatabaseCorrupt
from tests.conftest import REPO


def store_with_backup(path: Path, accounts: int = 2) -> None:
    with Database(path) as db:
        for number in range(accounts):
            account = db.add_account(f"Account {number}", "facebook", "EU")
            db.set_tick(account.id, "p", "s", True)
        db.take_automatic_backup()


def test_an_emptied_store_is_damage_not_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "objector.sqlite3"
    store_with_backup(path)
    path.write_bytes(b"")  # truncated to 0 bytes
    with pytest.raises(DatabaseCorrupt) as raised:
        Database(path)
    assert "empty" in raised.value.problem and str(path.parent / "backups") in raised.value.problem
    assert path.read_bytes() == b""  # nothing was changed
    path.unlink()  # and a missing one, where backups show data was kept
    with pytest.raises(DatabaseCorrupt):
        Database(path)


def test_starting_anew_many_times_never_rotates_the_last_good_backup_out(tmp_path: Path) -> None:
    path = tmp_path / "objector.sqlite3"
    store_with_backup(path, accounts=3)
    (full,) = good_backups(path)
    path.write_bytes(b"")
    for _start in range(7):  # each start backs up the (now empty, chosen anew) store
        with Database(path, allow_empty=True) as db:
            db.take_automatic_backup(keep=5)
    kept = good_backups(path)
    assert len(kept) == 6  # the five newest, and the one that holds the most
    assert full[0] in [backup for backup, _ in kept]
    assert describe_backup(full[0]) == full[1] and full[1].accounts == 3


def test_a_backup_that_fails_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "objector.sqlite3"
    store_with_backup(path, accounts=1)
    with Database(path) as db:
        db.set_note(db.accounts()[0].id, "x" * 300_000)  # a store larger than the room left below
    before = sorted(p.name for p in (tmp_path / "backups").iterdir())
    # A child process whose files may not grow past 64 KiB: the disk is "full" for it.
    script = textwrap.dedent("""
        import resource, signal, sys
        from pathlib import Path
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        from app.storage.database import Database
        from app.storage.errors import StoreError
        db = Database(Path(sys.argv[1]))
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
        try:
            db.take_automatic_backup()
        except StoreError as error:
            print("refused:", error.problem)
        else:
            print("made")
    """)
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)
    assert result.stdout.startswith("refused:"), result.stdout + result.stderr[-2000:]
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == before  # no partial file, no new one


def test_restore_offers_the_newest_good_backup_and_says_what_it_holds(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.ui.application import open_database
    from tests.ui.conftest import when_modal

    locations = paths.Locations(tmp_path / "data")
    store_with_backup(locations.database_path, accounts=2)
    backups = locations.database_path.parent / "backups"
    (backups / "auto-29991231T000000000000Z.sqlite3").write_bytes(b"")  # newer, but empty
    (backups / "auto-29991230T000000000000Z.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    locations.database_path.write_bytes(b"")
    seen: dict[str, str] = {}

    def restore(box: Any) -> None:
        assert isinstance(box, QMessageBox)
        seen["what"] = box.informativeText()
        next(b for b in box.buttons() if "Restore" in b.text()).click()

    when_modal(restore)
    db = open_database(locations)
    assert db is not None
    try:
        assert [a.label for a in db.accounts()] == ["Account 0", "Account 1"]
    finally:
        db.close()
    assert "2 account(s)" in seen["what"] and "2999" not in seen["what"]


BAD_TEXT = textwrap.dedent("""
    import sqlite3, sys
    from pathlib import Path
    from app.storage.database import Database
    path = Path(sys.argv[1])
    with Database(path) as db:
        account = db.add_account("a", "facebook", "EU")
        db.set_note(account.id, "hello")
        db.set_status(account.id, "p", "submitted")
    raw = sqlite3.connect(path)
    raw.execute("UPDATE notes SET body = CAST(x'68ff6c' AS TEXT)")
    raw.execute("UPDATE accounts SET label = CAST(x'41ff42' AS TEXT)")
    raw.commit()
    raw.close()
""")


def test_bytes_that_are_not_utf8_never_stop_export_report_calendar_or_the_window(qtbot: Any,
                                                                                  tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", BAD_TEXT, str(data / "objector.sqlite3")], check=True, env=env,
                   timeout=60)
    for words in (["backup", "export", str(tmp_path / "b.json")], ["report", "-o", str(tmp_path / "r.md")],
                  ["calendar", "-o", str(tmp_path / "c.ics")]):
        result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), *words],
                                capture_output=True, text=True, env=env, timeout=60, cwd=REPO)
        assert result.returncode == 0, (words, result.stderr)
        assert "Traceback" not in result.stderr
    assert "A\ufffdB" in (tmp_path / "b.json").read_text(encoding="utf-8")  # kept, shown as U+FFFD
    from app.ui.application import create_window

    with Database(data / "objector.sqlite3") as db:
        window = create_window(paths.Locations(data), db)
        qtbot.addWidget(window)
        assert window.current_account is not None and window.current_account.label == "A\ufffdB"
        assert window.account_note.toPlainText() == "h\ufffdl"
        window.close()


def test_the_automatic_backup_copies_beside_a_connection_that_keeps_writing(tmp_path: Path) -> None:
    import threading

    from app.storage.database import take_automatic_backup_apart

    path = tmp_path / "objector.sqlite3"
    store_with_backup(path, accounts=1)
    with Database(path) as db:
        account = db.accounts()[0].id
        copy = threading.Thread(target=take_automatic_backup_apart, args=(path,))
        copy.start()
        ticked = 0
        while copy.is_alive() or ticked < 20:
            db.set_tick(account, "p", f"step-{ticked}", True)  # never refused while the copy runs
            ticked += 1
        copy.join()
        assert len(db.ticks(account)) == ticked + 1  # and the tick store_with_backup made
    newest = good_backups(path)[0][1]
    assert newest.accounts == 1 and newest.history >= 1


def test_the_window_takes_its_automatic_backup_in_another_thread(qtbot: Any, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import app.ui.application as application

    threads: list[str] = []
    monkeypatch.setattr(application, "take_automatic_backup_apart",
                        lambda path: threads.append(threading.current_thread().name))
    started = application.start(paths.Locations(tmp_path / "data"), ["objector"])
    assert not isinstance(started, int)
    _app, db, window = started
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    assert threads == ["automatic backup"] and threading.current_thread().name != "automatic backup"
    window.close()
    db.close()
    window.instance_lock.release()
