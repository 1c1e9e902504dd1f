"""The values the store reads and writes are app.core.accounts': a status is an enum that is its text, and
rows are read by column name."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import accounts
from app.storage.backup import export_data, import_data
from app.storage.database import STATUSES, Database, Run, Status
from tests.conftest import REPO

UTC = dt.timezone.utc


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    moments = iter(dt.datetime(2026, 9, 1, 10, tzinfo=UTC) + dt.timedelta(seconds=s) for s in range(10_000))
    database = Database(tmp_path / "data" / "objector.sqlite3", clock=lambda: next(moments))
    yield database
    database.close()


# --- domain types ---------------------------------------------------------------------------------------


def test_the_domain_types_live_in_core_and_are_still_importable_from_the_store() -> None:
    from app.storage import database

    for name in ("Account", "Run", "Evidence", "HistoryEntry", "DeletionSummary", "Status", "Visibility"):
        assert getattr(database, name) is getattr(accounts, name)
    script = ("import sys, app.core.accounts, app.core.followup; print(sorted(m for m in sys.modules "
              "if m.startswith(('app.storage', 'PySide6'))))")
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO,
                           timeout=60, check=True)
    assert found.stdout.strip() == "[]"


def test_a_status_is_its_text() -> None:
    assert STATUSES == ("not-started", "in-progress", "submitted", "waiting", "granted", "refused",
                        "no-reply", "not-applicable")
    assert all(type(status) is str for status in STATUSES)  # what the window lists and stores
    assert [status.value for status in Status] == list(STATUSES)
    assert Status.SUBMITTED == "submitted" and Status("submitted") is Status.SUBMITTED
    assert {"submitted": 1}[Status.SUBMITTED] == 1
    assert (str(Status.NO_REPLY), f"{Status.NO_REPLY}", json.dumps(Status.NO_REPLY)) == \
        ("no-reply", "no-reply", '"no-reply"')
    assert Run(1, "p").status == "not-started" and Run(1, "p").status is Status.NOT_STARTED
    assert Run(1, "p") == Run(1, "p", status=Status.NOT_STARTED)


def test_runs_are_read_with_their_status_and_visibility_as_enums(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    db.set_status(a.id, "p", "waiting")
    db.set_visibility(a.id, "p", "hidden")
    run = db.run(a.id, "p")
    assert run.status is Status.WAITING and run.status == "waiting"
    assert run.visibility is accounts.Visibility.HIDDEN and run.visibility == "hidden"
    assert db._conn.execute("SELECT typeof(status), status FROM runs").fetchone()[:] == ("text", "waiting")


def test_a_status_a_damaged_file_holds_reads_as_not_started_and_exports_as_a_usable_backup(
        db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    db.set_status(a.id, "p", "submitted")
    db._conn.execute("UPDATE runs SET status = 'sub\ufffdmitted'")
    assert db.run(a.id, "p").status is Status.NOT_STARTED
    data = export_data(db)
    assert data["runs"][0]["status"] == "not-started"
    with Database(db.path.parent.parent / "other" / "objector.sqlite3") as other:
        import_data(other, data)  # accepted: every status in it is one Objector knows


def test_rows_are_read_by_column_name_whatever_order_the_table_has(tmp_path: Path) -> None:
    """A table rebuilt with its columns in another order (as a migration may leave it) reads the same."""
    path = tmp_path / "objector.sqlite3"
    with Database(path) as db:
        a = db.add_account("a", "facebook", "EU", email="me@example.org")
        db.set_status(a.id, "p", "submitted", reference="R-1")
        before = (db.account(a.id), db.run(a.id, "p"), db.history(a.id))
    raw = sqlite3.connect(path)
    for table in ("runs", "accounts"):
        columns = [row[1] for row in raw.execute(f"PRAGMA table_info({table})")][::-1]
        raw.executescript(f"PRAGMA legacy_alter_table = ON; CREATE TABLE {table}_reversed AS SELECT "
                          f"{', '.join(columns)} FROM {table}; DROP TABLE {table}; "
                          f"ALTER TABLE {table}_reversed RENAME TO {table};")
    raw.close()
    with Database(path) as db:
        assert (db.account(a.id), db.run(a.id, "p"), db.history(a.id)) == before
