"""What a second adversarial run found after the first round of fixes, one test each (P1 to P13 of its
report): each failed before its fix."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.storage.backup import export_data
from app.storage.database import Database
from app.storage.errors import StoreError
from tests.conftest import FIXTURES, REPO


def objector(*words: str, data: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), *words], capture_output=True,
                          text=True, env=env, timeout=timeout, cwd=REPO)


def store(data: Path) -> int:
    with Database(data / "objector.sqlite3") as db:
        account = db.add_account("My Facebook", "facebook", "EU")
        db.set_note(account.id, "kept")
        db.set_status(account.id, "meta-facebook-object-privacy-center", "submitted")
        return int(account.id)


WINDOW = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from app import paths
    from app.ui.application import create_window, open_database
    app = QApplication([])
    locations = paths.Locations(Path(sys.argv[1]))
    db = open_database(locations)
    window = create_window(locations, db)
    window.show()
    app.processEvents()
    window.save_settings()
    print("opened", window.current_account.label if window.current_account else "-")
    window.close()
    db.close()
""")


def open_window(data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", WINDOW, str(data)], capture_output=True, text=True, env=env,
                          timeout=60, cwd=REPO)


def test_p1_one_damaged_time_or_detail_never_stops_export_report_calendar_or_the_window(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    store(data)
    raw = sqlite3.connect(data / "objector.sqlite3")
    for (trigger,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        raw.execute(f"DROP TRIGGER {trigger}")  # a changed byte on disk asks no trigger first
    raw.execute("UPDATE accounts SET created_at = '2026x12-01T22:29:44.000000+00:00'")
    raw.execute("UPDATE history SET detail = '{\"text\": \"ke' WHERE action = 'note'")
    raw.execute("UPDATE runs SET status_at = 'not a time'")
    raw.commit()
    raw.close()
    for words in (["backup", "export", str(tmp_path / "b.json")], ["report", "-o", str(tmp_path / "r.md")],
                  ["calendar", "-o", str(tmp_path / "c.ics")]):
        result = objector(*words, data=data)
        assert result.returncode == 0 and "Traceback" not in result.stderr, (words, result.stderr[-2000:])
    assert open_window(data).stdout.startswith("opened My Facebook")
    assert json.loads((tmp_path / "b.json").read_text())["notes"][0]["body"] == "kept"


def test_p2_a_negative_schema_version_is_damage(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store(data)
    raw = sqlite3.connect(data / "objector.sqlite3")
    raw.execute("PRAGMA user_version = -5")
    raw.commit()
    raw.close()
    result = objector("backup", "export", str(tmp_path / "b.json"), data=data)
    assert result.returncode == 1 and "damaged" in result.stderr and "Traceback" not in result.stderr


def test_p3_a_store_that_is_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / "objector.sqlite3")
    started = time.monotonic()
    result = objector("report", "-o", str(tmp_path / "r.md"), data=data, timeout=30)
    assert time.monotonic() - started < 20
    assert result.returncode == 1 and "not a regular file" in result.stderr


def test_p4_an_integer_of_5000_digits_in_a_backup_is_refused_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store(data)
    with Database(data / "objector.sqlite3") as db:
        text = json.dumps(export_data(db)).replace('"version": 1', '"version": 1' + "0" * 5000)
    (tmp_path / "big.json").write_text(text)
    result = objector("backup", "import", str(tmp_path / "big.json"), data=data)
    assert result.returncode == 1 and "Nothing was imported" in result.stderr
    assert "Traceback" not in result.stderr


def test_p5_a_date_late_in_9999_never_stops_the_report_or_the_calendar(tmp_path: Path) -> None:
    data = tmp_path / "data"
    account = store(data)
    with Database(data / "objector.sqlite3") as db:
        db.set_status(account, "meta-facebook-object-privacy-center", "submitted",
                      at=dt.datetime(9999, 12, 15, 12, tzinfo=dt.timezone.utc))
    for words in (["report", "-o", str(tmp_path / "r.md")], ["calendar", "-o", str(tmp_path / "c.ics")]):
        result = objector(*words, data=data)
        assert result.returncode == 0, (words, result.stderr[-2000:])


def test_p6_a_huge_hex_schema_version_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    text = (FIXTURES / "procedures" / "good" / "example-object.yaml").read_text()
    (folder / "big.yaml").write_text(text.replace("schema_version: 1", "schema_version: 0x" + "f" * 5000))
    result = objector("validate", str(folder), data=tmp_path / "data")
    assert result.returncode == 1 and "format version a very large number" in result.stdout
    assert "Traceback" not in result.stderr


def test_p7_a_link_in_a_procedure_folder_is_not_followed_nor_quoted(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("root:hunter2:20228:0:99999:7:::\n")
    folder = tmp_path / "p"
    folder.mkdir()
    os.symlink(secret, folder / "shadow.yaml")
    result = objector("validate", str(folder), data=tmp_path / "data")
    assert result.returncode == 1 and "hunter2" not in result.stdout + result.stderr
    assert "shadow.yaml" in result.stdout and "does not follow links" in result.stdout
    listed = objector("--procedures", str(folder), "list", data=tmp_path / "data")
    assert "hunter2" not in listed.stdout + listed.stderr


@pytest.mark.parametrize("what", ["settings-fifo", "cache-fifo"])
def test_p8_p9_a_fifo_as_settings_or_cache_never_keeps_the_window_shut(tmp_path: Path, what: str) -> None:
    data = tmp_path / "data"
    store(data)
    if what == "settings-fifo":
        os.mkfifo(data / "settings.ini")
    else:
        (data / "cache").mkdir()
        os.mkfifo(data / "cache" / "procedures.pickle")
    result = open_window(data)
    assert result.stdout.startswith("opened My Facebook"), result.stderr[-2000:]
    if what == "settings-fifo":
        assert (data / "settings.ini").is_file() and list(data.glob("settings.ini.set-aside-*"))


def test_p10_a_linked_settings_file_or_a_dangling_store_link_writes_nothing_elsewhere(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store(data)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    victim.chmod(0o644)
    os.symlink(victim, data / "settings.ini")
    assert open_window(data).stdout.startswith("opened")
    assert victim.read_text() == "keep me" and victim.stat().st_mode & 0o777 == 0o644
    elsewhere = tmp_path / "elsewhere" / "objector.sqlite3"
    elsewhere.parent.mkdir()
    other = tmp_path / "other"
    other.mkdir()
    os.symlink(elsewhere, other / "objector.sqlite3")
    result = objector("backup", "export", str(tmp_path / "b.json"), data=other)
    assert result.returncode == 1 and "link to a file that does not exist" in result.stderr
    assert not elsewhere.exists()


def test_p11_huge_evidence_is_refused_before_anything_is_copied(tmp_path: Path) -> None:
    from app.storage.database import MAX_EVIDENCE_BYTES

    huge = tmp_path / "disk-image.iso"
    with huge.open("wb") as handle:
        handle.truncate(MAX_EVIDENCE_BYTES + 1)  # sparse: no disk used
    with Database(tmp_path / "data" / "objector.sqlite3") as db:
        account = db.add_account("a", "facebook", "EU")
        started = time.monotonic()
        with pytest.raises(StoreError) as raised:
            db.attach_evidence(account.id, "p", "", huge)
        assert time.monotonic() - started < 2
        assert "larger than" in raised.value.problem
        assert not any(path.is_file() for path in db.evidence_dir.rglob("*"))


def test_p12_a_missing_folder_is_named_as_such(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store(data)
    result = objector("backup", "export", str(tmp_path / "no-such-folder" / "b.json"), data=data)
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert "restore a backup" not in result.stderr


def test_p13_a_time_from_the_future_cannot_win_every_later_merge(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store(data)
    with Database(data / "objector.sqlite3") as db:
        exported = export_data(db)
    exported["notes"][0]["body"] = "REPLACED"
    exported["notes"][0]["updated_at"] = "9999-12-31T00:00:00+00:00"
    (tmp_path / "future.json").write_text(json.dumps(exported))
    result = objector("backup", "import", str(tmp_path / "future.json"), data=data)
    assert result.returncode == 1 and "in the future" in result.stderr
    with Database(data / "objector.sqlite3") as db:
        assert db.note(db.accounts()[0].id) == "kept"


# --- a third pass, at the neighbours of those fixes (Q1 to Q6 of its report) --------------------------------

def test_q1_a_fifo_as_the_stores_journal_is_refused_at_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store(data)
    os.mkfifo(data / "objector.sqlite3-journal")
    started = time.monotonic()
    result = objector("report", "-o", str(tmp_path / "r.md"), data=data, timeout=30)
    assert time.monotonic() - started < 20
    assert result.returncode == 1 and "objector.sqlite3-journal" in result.stderr


@pytest.mark.parametrize(("table", "column", "value"), [
    ("ticks", "done_at", "0001-01-01T00:00:00+14:00"),
    ("accounts", "created_at", "9999-12-31T23:59:59-14:00"),
    ("runs", "completed_steps", "[" * 50_000 + "]" * 50_000),
    ("history", "detail", "[" * 50_000 + "]" * 50_000),
    ("notes", "body", b"\xff\xd8"),
    ("notes", "updated_at", b"\xff\xfe\x00"),
    ("accounts", "email", b"\xff\x00"),
])
def test_q2_to_q5_odd_values_in_any_column_never_stop_export_report_or_the_window(
        tmp_path: Path, table: str, column: str, value: object) -> None:
    data = tmp_path / "data"
    store(data)
    with Database(data / "objector.sqlite3") as db:
        db.set_tick(db.accounts()[0].id, "meta-facebook-object-privacy-center", "open-menu", True)
    raw = sqlite3.connect(data / "objector.sqlite3")
    for (trigger,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        raw.execute(f"DROP TRIGGER {trigger}")
    if table == "runs":
        raw.execute("UPDATE runs SET completed_steps = ?", (value,))
    else:
        raw.execute(f"UPDATE {table} SET {column} = ?", (value,))
    raw.commit()
    raw.close()
    for words in (["backup", "export", str(tmp_path / "b.json")], ["report", "-o", str(tmp_path / "r.md")],
                  ["calendar", "-o", str(tmp_path / "c.ics")]):
        result = objector(*words, data=data)
        assert result.returncode == 0 and "Traceback" not in result.stderr, (words, result.stderr[-2000:])
    window = open_window(data)  # and no false "changed elsewhere" question holds it at start
    assert window.stdout.startswith("opened") and "Traceback" not in window.stderr, window.stderr[-2000:]


@pytest.mark.parametrize("folder", ["backups", "evidence"])
def test_q6_a_file_where_a_folder_belongs_is_said_plainly(tmp_path: Path, folder: str) -> None:
    data = tmp_path / "data"
    store(data)
    (data / folder).write_text("in the way")
    source = tmp_path / "shot.png"
    source.write_bytes(b"png")
    with Database(data / "objector.sqlite3") as db:
        account = db.accounts()[0].id

        def keep_something() -> object:
            if folder == "backups":
                return db.take_automatic_backup()
            return db.attach_evidence(account, "p", "", source)

        with pytest.raises(StoreError) as raised:
            keep_something()
    assert "in the way" in raised.value.problem
