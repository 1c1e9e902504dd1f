"""A tick and the completion it brings about are one transaction; a status kept while its date or reference
changes is logged as that change, and nothing at all is written when nothing changes; statuses are an enum
that is its text."""

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
from app.storage.database import STATUSES, Completion, Database, Run, Status, TickResult
from app.storage.errors import StoreError
from tests.conftest import REPO

UTC = dt.timezone.utc
DONE = Completion("v1", ("one", "two"), complete=True)
NOT_DONE = Completion("v1", ("one", "two"), complete=False)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    moments = iter(dt.datetime(2026, 9, 1, 10, tzinfo=UTC) + dt.timedelta(seconds=s) for s in range(10_000))
    database = Database(tmp_path / "data" / "objector.sqlite3", clock=lambda: next(moments))
    yield database
    database.close()


def actions(db: Database, account_id: int) -> list[str]:
    return [entry.action for entry in db.history(account_id) if entry.procedure_id]


def fail_every_run_update(db: Database) -> None:
    """What a failure half-way through the transaction looks like: the run's update is refused."""
    db._conn.execute("CREATE TRIGGER refuse_runs BEFORE UPDATE ON runs "
                     "BEGIN SELECT RAISE(ABORT, 'refused'); END")


# --- domain types ---------------------------------------------------------------------------------------


def test_the_domain_types_live_in_core_and_are_still_importable_from_the_store() -> None:
    from app.storage import database

    for name in ("Account", "Run", "Evidence", "HistoryEntry", "DeletionSummary", "Status", "Visibility",
                 "Completion", "TickResult"):
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


# --- a tick and its completion --------------------------------------------------------------------------


def test_the_tick_that_completes_a_procedure_records_its_completion_with_it(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    first = db.set_tick(a.id, "p", "one", True, completion=NOT_DONE)
    assert isinstance(first, TickResult) and first.changed and first.completion == ""
    assert db.runs(a.id) == []  # nothing to record: no run row is made for it
    result = db.set_tick(a.id, "p", "two", True, completion=DONE)
    assert result and result.changed and result.completion == "completed"
    assert result.run == db.run(a.id, "p")
    assert (result.run.completed_fingerprint, result.run.completed_steps) == ("v1", ("one", "two"))
    assert result.run.completed_at is not None
    assert actions(db, a.id) == ["tick", "tick", "completed"]
    [completed] = [entry for entry in db.history(a.id) if entry.action == "completed"]
    assert completed.detail == {"fingerprint": "v1"} and completed.at == result.run.completed_at


def test_a_completion_already_recorded_for_this_version_is_not_recorded_again(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    db.set_tick(a.id, "p", "one", True)
    db.set_tick(a.id, "p", "two", True, completion=DONE)
    again = db.set_tick(a.id, "p", "two", True, completion=DONE)
    assert not again and again.completion == "" and again.run.completed_fingerprint == "v1"
    assert actions(db, a.id) == ["tick", "tick", "completed"]


def test_a_changed_procedure_completed_again_records_the_new_version(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    db.set_tick(a.id, "p", "one", True, completion=Completion("v1", ("one",), complete=True))
    changed = Completion("v2", ("one", "three"), complete=True)
    result = db.set_tick(a.id, "p", "three", True, completion=changed)
    assert result.completion == "completed"
    assert (result.run.completed_fingerprint, result.run.completed_steps) == ("v2", ("one", "three"))
    completed = [entry.detail["fingerprint"] for entry in db.history(a.id) if entry.action == "completed"]
    assert completed == ["v1", "v2"]


def test_unticking_a_step_of_a_completed_procedure_reopens_it(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    db.set_tick(a.id, "p", "one", True)
    db.set_tick(a.id, "p", "two", True, completion=DONE)
    reopened = db.set_tick(a.id, "p", "two", False, completion=NOT_DONE)
    assert reopened.changed and reopened.completion == "reopened"
    assert reopened.run.completed_at is None and reopened.run.completed_fingerprint is None
    assert reopened.run.completed_steps == ()
    still = db.set_tick(a.id, "p", "one", False, completion=NOT_DONE)
    assert still.changed and still.completion == ""
    assert actions(db, a.id) == ["tick", "tick", "completed", "untick", "reopened", "untick"]


def test_without_a_completion_set_tick_still_answers_whether_the_tick_changed(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    assert db.set_tick(a.id, "p", "one", True) is True
    assert db.set_tick(a.id, "p", "one", True) is False
    assert db.runs(a.id) == []


def test_with_no_completion_known_only_the_tick_is_written_and_the_run_comes_back(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    db.set_tick(a.id, "p", "one", True, completion=DONE)
    result = db.set_tick(a.id, "p", "one", False, completion=None)  # a procedure the checklist does not show
    assert isinstance(result, TickResult) and result.changed and result.completion == ""
    assert result.run == db.run(a.id, "p") and result.run.completed_fingerprint == "v1"  # left as it was
    assert actions(db, a.id) == ["tick", "completed", "untick"]


@pytest.mark.parametrize(("done", "completion"), [(True, DONE), (False, NOT_DONE)])
def test_a_tick_whose_completion_cannot_be_written_is_not_stored_either(db: Database, done: bool,
                                                                        completion: Completion) -> None:
    a = db.add_account("a", "facebook", "EU")
    db.set_tick(a.id, "p", "one", True)
    if not done:
        db.set_tick(a.id, "p", "two", True, completion=DONE)
    before = (db.ticks(a.id), db.run(a.id, "p"), db.history(a.id))
    fail_every_run_update(db)
    with pytest.raises(StoreError, match="refused"):
        db.set_tick(a.id, "p", "two", done, completion=completion)
    assert (db.ticks(a.id), db.run(a.id, "p"), db.history(a.id)) == before  # the tick went with it
    assert not db._conn.in_transaction
    db._conn.execute("DROP TRIGGER refuse_runs")
    assert db.set_tick(a.id, "p", "two", done, completion=completion).completion in ("completed", "reopened")


# --- a status kept while its date or its reference changes --------------------------------------------------


def test_changing_the_reference_logs_a_reference_not_a_status_change(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    when = dt.datetime(2026, 8, 20, 12, tzinfo=UTC)
    run = db.set_status(a.id, "p", "submitted", at=when, reference="CASE-1")
    # as the window saves a reference: the status and its date as they are
    changed = db.set_status(a.id, "p", "submitted", at=run.status_at, reference="CASE-2")
    assert (changed.status, changed.status_at, changed.submitted_at, changed.reference) == \
        ("submitted", when, when, "CASE-2")
    entries = [entry for entry in db.history(a.id) if entry.procedure_id]
    assert [entry.action for entry in entries] == ["status", "reference"]
    assert entries[1].detail == {"reference": "CASE-2", "from": "CASE-1"}
    assert db.set_reference(a.id, "p", "").reference == ""
    assert db.history(a.id)[-1].detail == {"reference": "", "from": "CASE-2"}


def test_changing_the_date_logs_a_status_date_change(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    first = dt.datetime(2026, 8, 20, 12, tzinfo=UTC)
    later = dt.datetime(2026, 8, 22, 12, tzinfo=UTC)
    db.set_status(a.id, "p", "submitted", at=first)
    run = db.set_status(a.id, "p", "submitted", at=later)
    assert (run.status_at, run.submitted_at) == (later, later)  # the submission date is the one picked
    entry = db.history(a.id)[-1]
    assert entry.action == "status-date"
    assert entry.detail == {"status": "submitted", "from": "2026-08-20T12:00:00.000000+00:00",
                            "to": "2026-08-22T12:00:00.000000+00:00"}
    waiting = db.set_status(a.id, "p", "waiting", at=later)
    moved = db.set_status_date(a.id, "p", first)
    assert (moved.status, moved.status_at, moved.submitted_at) == ("waiting", first, waiting.submitted_at)


def test_a_date_and_a_reference_changed_together_are_two_entries(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    db.set_status(a.id, "p", "waiting", at=dt.datetime(2026, 8, 20, 12, tzinfo=UTC))
    db.set_status(a.id, "p", "waiting", at=dt.datetime(2026, 8, 21, 12, tzinfo=UTC), reference="R")
    assert actions(db, a.id) == ["status", "status-date", "reference"]


def test_nothing_is_written_when_nothing_changes(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    run = db.set_status(a.id, "p", "submitted", at=dt.datetime(2026, 8, 20, 12, tzinfo=UTC), reference="R")
    writes, entries = db._conn.total_changes, len(db.history())
    assert db.set_status(a.id, "p", "submitted", at=run.status_at, reference="R") == run
    assert db.set_status(a.id, "p", "submitted") == run
    assert db.set_reference(a.id, "p", "R") == run
    assert db.set_status_date(a.id, "p", run.status_at.astimezone(dt.timezone(dt.timedelta(hours=5)))) == run
    assert db.set_reference(a.id, "never", "") == Run(a.id, "never")
    assert (db._conn.total_changes, len(db.history())) == (writes, entries)


def test_no_status_entry_ever_goes_from_a_status_to_itself(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    for status, day, reference in [("submitted", 1, None), ("submitted", 1, "A"), ("submitted", 2, "A"),
                                   ("waiting", 2, None), ("waiting", 3, "B"), ("waiting", 3, "B"),
                                   ("not-started", 4, None), ("not-started", 4, "C")]:
        db.set_status(a.id, "p", status, at=dt.datetime(2026, 8, day, 12, tzinfo=UTC), reference=reference)
    statuses = [entry.detail for entry in db.history(a.id) if entry.action == "status"]
    assert [(detail["from"], detail["to"]) for detail in statuses] == [
        ("not-started", "submitted"), ("submitted", "waiting"), ("waiting", "not-started")]
    assert actions(db, a.id) == ["status", "reference", "status-date", "status", "status-date", "reference",
                                 "status", "reference"]


def test_an_unknown_status_is_refused(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    with pytest.raises(ValueError, match="unknown status 'maybe'"):
        db.set_status(a.id, "p", "maybe")
    assert db.runs(a.id) == []


def test_the_new_entries_survive_a_backup_round_trip(db: Database, tmp_path: Path) -> None:
    a = db.add_account("a", "facebook", "EU")
    db.set_status(a.id, "p", "submitted", at=dt.datetime(2026, 8, 20, 12, tzinfo=UTC))
    db.set_status_date(a.id, "p", dt.datetime(2026, 8, 21, 12, tzinfo=UTC))
    db.set_reference(a.id, "p", "CASE-9")
    data = export_data(db)
    with Database(tmp_path / "other" / "objector.sqlite3") as other:
        assert import_data(other, data).history_added == len(data["history"])
        assert [entry.action for entry in other.history()][-2:] == ["status-date", "reference"]
        assert other.run(other.accounts()[0].id, "p").reference == "CASE-9"
