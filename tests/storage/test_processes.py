"""Crashes, two writers and read-only folders, with real processes."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.storage.database import Database
from app.storage.errors import NotWritable
from tests.conftest import REPO
from tests.killing import ChildLines

TICKER = Path(__file__).with_name("ticker.py")


def start_ticker(path: Path, account: int, prefix: str, count: int) -> ChildLines:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen([sys.executable, str(TICKER), str(path), str(account), prefix, str(count)],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    lines = ChildLines(child)
    assert lines.readline() == "ready"
    return lines


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(5))
def test_every_printed_tick_survives_sigkill(tmp_path: Path, round_: int) -> None:
    path = tmp_path / "objector.sqlite3"
    with Database(path) as db:
        account = db.add_account("a", "facebook", "EU").id
    printed = start_ticker(path, account, "s", 1_000_000).read_then_kill()
    assert len(printed) > 10, "the child did not get going"
    with Database(path) as reopened:
        assert reopened.integrity() == "ok"
        stored = {step for (_, step) in reopened.ticks(account, "proc")}
    missing = [step for step in printed if step not in stored]
    assert missing == []
    # The history written in the same transactions is complete too.
    with Database(path) as reopened:
        ticked = {h.step_id for h in reopened.history(account) if h.action == "tick"}
    assert stored == ticked


@pytest.mark.slow
def test_two_processes_ticking_the_same_run_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "objector.sqlite3"
    with Database(path) as db:
        account = db.add_account("a", "facebook", "EU").id
    first = start_ticker(path, account, "a", 300)
    second = start_ticker(path, account, "b", 300)
    out_a = [first.readline() for _ in range(300)]
    out_b = [second.readline() for _ in range(300)]
    assert first.child.wait(timeout=120) == 0 and second.child.wait(timeout=120) == 0
    first.close()
    second.close()
    with Database(path) as db:
        steps = {step for (_, step) in db.ticks(account, "proc")}
    assert steps == {f"a{i}" for i in range(300)} | {f"b{i}" for i in range(300)}
    assert len(set(out_a)) == len(set(out_b)) == 300


READ_ONLY_CHECK = """
import os
import sys
from pathlib import Path
from app.storage.database import Database
from app.storage.errors import NotWritable
from app.storage.errors import NotWritable
import app.storage.migrations, sqlite3, json, uuid, hashlib, shutil, errno
if os.geteuid() == 0:
    # Root writes anywhere: drop to 'nobody' (after the imports, which may live in root's home).
    os.setgroups([])
    os.setgid(65534)
    os.setuid(65534)
folder = Path(sys.argv[1])
try:
    db = Database(folder / sys.argv[2])
    print("opened")
    db.add_account("a", "facebook", "EU")
except NotWritable as error:
    print("NotWritable:", error)
    sys.exit(3)
print("saved")
"""


def run_as_unprivileged(folder: Path, name: str) -> subprocess.CompletedProcess[str]:
    """Run the check in a child that, under root, drops to 'nobody' to meet a real permission error."""
    env = {"PYTHONPATH": str(REPO), "PATH": os.environ.get("PATH", ""), "HOME": str(folder)}
    return subprocess.run([sys.executable, "-c", READ_ONLY_CHECK, str(folder), name], capture_output=True,
                          text=True, env=env, timeout=60, cwd=folder.parent)


@pytest.fixture
def shared_tmp() -> Path:
    """A temporary folder that another user can reach (pytest's own is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="objector-ro-"))
    folder.chmod(0o755)
    yield folder
    for path in sorted(folder.rglob("*"), reverse=True):
        path.chmod(0o700)
    subprocess.run(["rm", "-rf", str(folder)], check=False)


def test_read_only_folder_is_reported_at_once(shared_tmp: Path) -> None:
    folder = shared_tmp / "data"
    folder.mkdir()
    folder.chmod(0o555)
    result = run_as_unprivileged(folder, "objector.sqlite3")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "NotWritable" in result.stdout and str(folder) in result.stdout
    assert "--data-dir" in result.stdout
    assert list(folder.iterdir()) == []


def store_with_one_account(folder: Path) -> Path:
    """A store in `folder` with one account, its log written into the file itself."""
    with Database(folder / "objector.sqlite3") as db:
        db.add_account("existing", "facebook", "EU")
        db._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder / "objector.sqlite3"


def test_read_only_database_file_is_reported_and_unchanged(shared_tmp: Path) -> None:
    folder = shared_tmp / "data"
    store_with_one_account(folder)
    for path in folder.iterdir():
        path.chmod(0o444)
    folder.chmod(0o555)
    before = (folder / "objector.sqlite3").read_bytes()
    result = run_as_unprivileged(folder, "objector.sqlite3")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "saved" not in result.stdout
    assert (folder / "objector.sqlite3").read_bytes() == before


def test_read_only_database_file_in_a_writable_folder_is_refused_when_opened(shared_tmp: Path) -> None:
    # SQLite would open it read-only without a word, and then every tick and note would fail to save.
    folder = shared_tmp / "data"
    store_with_one_account(folder)
    for path in folder.iterdir():
        path.unlink() if path.name.endswith(("-wal", "-shm")) else path.chmod(0o444)
    folder.chmod(0o777)  # the folder may be written: only the file is read-only
    before = (folder / "objector.sqlite3").read_bytes()
    result = run_as_unprivileged(folder, "objector.sqlite3")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "opened" not in result.stdout  # refused at once, not at the first change
    assert "NotWritable" in result.stdout and str(folder / "objector.sqlite3") in result.stdout
    assert "read-only" in result.stdout and "permission" in result.stdout
    assert (folder / "objector.sqlite3").read_bytes() == before


def test_read_only_write_ahead_log_is_refused_when_opened(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "objector.sqlite3"
    with Database(path) as db:
        db.add_account("existing", "facebook", "EU")
        wal = path.with_name(path.name + "-wal")
        assert wal.exists()
        access = os.access
        monkeypatch.setattr(os, "access", lambda file, mode: Path(file) != wal and access(file, mode))
        with pytest.raises(NotWritable) as raised:
            Database(path)
    assert raised.value.path == wal
