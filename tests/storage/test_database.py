"""The progress store keeps what people recorded, exactly, whatever happens."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.storage.database import (
    Database,
    automatic_backups,
    restore_backup,
    set_aside,
)
from app.storage.errors import DatabaseBusy, DatabaseCorrupt, DatabaseTooNew, DiskFull, StoreError
from app.storage.migrations import SCHEMA_VERSION
from app.storage.precheck import Precheck


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(tmp_path / "data" / "objector.sqlite3")
    yield database
    database.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_wal_owner_only_and_current(db: Database) -> None:
    assert db._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.add_account("x", "facebook", "EU")
    for path in db.path.parent.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(db.path.parent.stat().st_mode) == 0o700


def test_accounts_round_trip_and_archive(db: Database) -> None:
    a = db.add_account("My Facebook", "facebook", "EU", handle="me", email="me@example.org",
                       group_name="Accounts Center 1", full_name="Ana Ñúñez", country="Spain")
    b = db.add_account("Art Instagram", "instagram", "UK", group_name="Accounts Center 1")
    assert db.account(a.id).full_name == "Ana Ñúñez"
    assert [x.id for x in db.accounts_in_group("Accounts Center 1")] == [a.id, b.id]
    renamed = db.update_account(a.id, label="Main Facebook")
    assert renamed.label == "Main Facebook"
    db.archive_account(b.id)
    assert [x.id for x in db.accounts()] == [a.id]
    assert db.account(b.id).archived
    assert [x.id for x in db.accounts(include_archived=True)] == [a.id, b.id]
    db.archive_account(b.id, archived=False)
    assert not db.account(b.id).archived
    with pytest.raises(ValueError, match="needs a label"):
        db.add_account("  ", "facebook", "EU")


def test_ticks_are_keyed_by_step_and_logged(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    assert db.set_tick(a.id, "p", "one", True) is True
    assert db.set_tick(a.id, "p", "one", True) is False
    db.set_tick(a.id, "p", "two", True)
    assert set(db.ticks(a.id)) == {("p", "one"), ("p", "two")}
    assert db.set_tick(a.id, "p", "one", False) is True
    assert set(db.ticks(a.id, "p")) == {("p", "two")}
    actions = [(h.action, h.step_id) for h in db.history(a.id) if h.procedure_id == "p"]
    assert actions == [("tick", "one"), ("tick", "two"), ("untick", "one")]
    assert all(h.at.tzinfo == dt.timezone.utc for h in db.history())


def test_removed_step_keeps_its_tick_and_is_reported(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    db.set_tick(a.id, "p", "old-step", True)
    db.set_tick(a.id, "p", "kept", True)
    assert db.orphan_ticks(a.id, "p", ("kept", "new")) == ["old-step"]
    assert ("p", "old-step") in db.ticks(a.id)


def test_status_visibility_completion(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    when = dt.datetime(2025, 6, 1, 12, tzinfo=dt.timezone.utc)
    run = db.set_status(a.id, "p", "submitted", at=when, reference="CASE-42")
    assert (run.status, run.submitted_at, run.reference) == ("submitted", when, "CASE-42")
    run = db.set_status(a.id, "p", "waiting")
    assert run.submitted_at == when and run.reference == "CASE-42"
    with pytest.raises(ValueError, match="unknown status"):
        db.set_status(a.id, "p", "maybe")
    assert db.set_visibility(a.id, "q", "hidden").visibility == "hidden"
    done = db.record_completion(a.id, "p", "abc123", ("s1", "s2"))
    assert done.completed_fingerprint == "abc123" and done.completed_steps == ("s1", "s2")
    db.clear_completion(a.id, "p")
    assert db.run(a.id, "p").completed_at is None
    assert db.run(a.id, "never").status == "not-started"


def test_notes_any_unicode_and_long(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    long_text = "Zażółć gęślą jaźń 🐉 " * 20_000 + "\x00 end"
    assert db.set_note(a.id, long_text) is True
    assert db.set_note(a.id, "run note", "p") is True
    assert db.set_note(a.id, "step note", "p", "s") is True
    assert db.set_note(a.id, "step note", "p", "s") is False
    assert db.note(a.id) == long_text
    assert db.notes(a.id) == {("", ""): long_text, ("p", ""): "run note", ("p", "s"): "step note"}
    db.set_note(a.id, "", "p", "s")
    assert ("p", "s") not in db.notes(a.id)
    with pytest.raises(ValueError, match="needs its procedure"):
        db.set_note(a.id, "x", "", "s")


def test_evidence_is_copied_by_hash_owner_only(db: Database, tmp_path: Path) -> None:
    a = db.add_account("a", "facebook", "EU")
    original = tmp_path / "confirmation email.eml"
    original.write_bytes(b"From: Meta\n\nYour objection was received.")
    item = db.attach_evidence(a.id, "p", "confirm", original)
    stored = db.evidence_path(item.sha256)
    assert stored.read_bytes() == original.read_bytes()
    assert item.sha256 == hashlib.sha256(original.read_bytes()).hexdigest()
    assert item.original_name == "confirmation email.eml" and item.size == original.stat().st_size
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    original.unlink()
    assert stored.exists()
    assert [h.action for h in db.history(a.id)][-1] == "evidence"


def test_history_is_append_only(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    db.set_tick(a.id, "p", "s", True)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db._conn.execute("UPDATE history SET action = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db._conn.execute("DELETE FROM history")
    assert len(db.history(a.id)) == 2


def test_delete_account_says_what_is_lost_then_removes_it(db: Database, tmp_path: Path) -> None:
    a = db.add_account("a", "facebook", "EU")
    keep = db.add_account("b", "instagram", "EU")
    db.set_tick(a.id, "p", "s", True)
    db.set_note(a.id, "hello")
    db.set_tick(keep.id, "p", "s", True)
    summary = db.deletion_summary(a.id)
    assert (summary.ticks, summary.notes, summary.evidence) == (1, 1, 0)
    assert summary.history == 3
    db.delete_account(a.id)
    assert [x.id for x in db.accounts(include_archived=True)] == [keep.id]
    assert db.history(a.id) == [] and db.ticks(a.id) == {}
    assert len(db.history(keep.id)) == 2


def test_reopening_finds_everything(tmp_path: Path) -> None:
    path = tmp_path / "objector.sqlite3"
    with Database(path) as first:
        a = first.add_account("a", "facebook", "EU")
        first.set_tick(a.id, "p", "s", True)
        first.set_note(a.id, "kept", "p", "s")
    with Database(path) as second:
        assert set(second.ticks(a.id)) == {("p", "s")}
        assert second.note(a.id, "p", "s") == "kept"


# --- damaged, newer and unwritable files ---------------------------------------------------------------


def test_random_bytes_are_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "objector.sqlite3"
    path.write_bytes(os.urandom(8192))
    before = digest(path)
    with pytest.raises(DatabaseCorrupt) as caught:
        Database(path)
    assert str(path) in str(caught.value) and "Restore" in caught.value.advice
    assert digest(path) == before


@pytest.mark.parametrize("checked_in_a_thread", [False, True],
                         ids=["checked-on-opening", "checked-in-a-thread"])
def test_truncated_database_is_refused_and_kept(tmp_path: Path, checked_in_a_thread: bool) -> None:
    # `objector` starts the check in a thread while Qt loads (Precheck); opening waits for its answer.
    path = tmp_path / "objector.sqlite3"
    with Database(path) as db:
        a = db.add_account("a", "facebook", "EU")
        for index in range(400):
            db.set_note(a.id, f"note {index} " + "x" * 500, "p", f"s{index}")
        db._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(size // 2)
    before = digest(path)
    with pytest.raises(DatabaseCorrupt) as caught:
        Database(path, precheck=Precheck(path) if checked_in_a_thread else None)
    assert str(path) in str(caught.value)
    assert digest(path) == before


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "objector.sqlite3"
    with Database(path) as db:
        db.add_account("a", "facebook", "EU")
        db._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
        db._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(path)
    with pytest.raises(DatabaseTooNew) as caught:
        Database(path)
    assert "newer version of Objector" in str(caught.value)
    assert digest(path) == before


def test_full_disk_is_reported_and_nothing_pretends(db: Database) -> None:
    a = db.add_account("a", "facebook", "EU")
    db.set_tick(a.id, "p", "before", True)
    pages = db._conn.execute("PRAGMA page_count").fetchone()[0]
    db._conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull) as caught:
        db.set_note(a.id, "y" * 200_000)
    assert "disk is full" in str(caught.value) and str(db.path) in str(caught.value)
    assert db.note(a.id) == ""
    assert set(db.ticks(a.id)) == {("p", "before")}
    db._conn.execute("PRAGMA max_page_count = 1073741823")
    db.set_note(a.id, "fits now")
    assert db.note(a.id) == "fits now"


def test_locked_database_is_retried_then_reported(tmp_path: Path) -> None:
    path = tmp_path / "objector.sqlite3"
    with Database(path) as setup:
        account = setup.add_account("a", "facebook", "EU").id
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    impatient = Database(path, retries=3, busy_ms=50)
    try:
        with pytest.raises(DatabaseBusy) as caught:
            impatient.set_tick(account, "p", "s", True)
        assert "locked" in str(caught.value)
        holder.execute("ROLLBACK")
        assert impatient.set_tick(account, "p", "s", True) is True
    finally:
        holder.close()
        impatient.close()


# --- migrations and fixtures -----------------------------------------------------------------------------

FIXTURE_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "db"


def build_fixture(version: int, target: Path) -> Path:
    script = (FIXTURE_DIR / f"schema-v{version}.sql").read_text(encoding="utf-8")
    connection = sqlite3.connect(target)
    connection.executescript(script)
    connection.close()
    return target


def test_there_is_a_fixture_for_every_schema_version() -> None:
    for version in range(1, SCHEMA_VERSION + 1):
        assert (FIXTURE_DIR / f"schema-v{version}.sql").is_file(), f"no fixture for schema version {version}"


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_every_fixture_opens_at_the_current_version_with_its_data(tmp_path: Path, version: int) -> None:
    path = build_fixture(version, tmp_path / "objector.sqlite3")
    with Database(path) as db:
        assert db._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        labels = [a.label for a in db.accounts(include_archived=True)]
        assert labels == ["My Facebook", "Art Instagram"]
        first = db.accounts()[0]
        assert ("meta-facebook-object-privacy-center", "submit") in db.ticks(first.id)
        assert db.note(first.id) == "Account note ✓ ünïcode"
        run = db.run(first.id, "meta-facebook-object-privacy-center")
        assert run.reference == "REF-123"
        assert (run.extended_at is not None) == (version >= 2)  # recorded from version 2 on
        assert first.letters_language == ("de" if version >= 4 else "")  # a choice from version 4 on
        assert db.integrity() == "ok"


def test_migration_copies_the_file_first_and_runs_in_one_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.storage import connection as database_module  # where the store is opened and migrated

    path = build_fixture(SCHEMA_VERSION, tmp_path / "objector.sqlite3")
    extra = {**database_module.MIGRATIONS,
             SCHEMA_VERSION + 1: "ALTER TABLE accounts ADD COLUMN colour TEXT NOT NULL DEFAULT '';"}
    monkeypatch.setattr(database_module, "MIGRATIONS", extra)
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Database(path) as db:
        assert db._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        columns = [row[1] for row in db._conn.execute("PRAGMA table_info(accounts)")]
        assert "colour" in columns
    [copy] = list((tmp_path / "backups").glob(f"before-migration-v{SCHEMA_VERSION}-*.sqlite3"))
    old = sqlite3.connect(copy)
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    old.close()


def test_failed_migration_leaves_the_old_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.storage import connection as database_module  # where the store is opened and migrated

    path = build_fixture(SCHEMA_VERSION, tmp_path / "objector.sqlite3")
    broken = {**database_module.MIGRATIONS, SCHEMA_VERSION + 1:
              "ALTER TABLE accounts ADD COLUMN colour TEXT;\nALTER TABLE nonexistent ADD COLUMN x TEXT;"}
    monkeypatch.setattr(database_module, "MIGRATIONS", broken)
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError):
        Database(path)
    monkeypatch.undo()
    with Database(path) as db:
        assert db._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert "colour" not in [row[1] for row in db._conn.execute("PRAGMA table_info(accounts)")]
        assert len(db.accounts(include_archived=True)) == 2


# --- backups ---------------------------------------------------------------------------------------------


def test_automatic_backups_keep_the_newest_few(tmp_path: Path) -> None:
    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    moments = iter(start + dt.timedelta(minutes=m) for m in range(100))
    with Database(tmp_path / "objector.sqlite3", clock=lambda: next(moments)) as db:
        db.add_account("a", "facebook", "EU")
        made = [db.take_automatic_backup(keep=5) for _ in range(7)]
    kept = automatic_backups(tmp_path / "objector.sqlite3")
    assert kept == sorted(made[-5:], reverse=True)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in kept)


def test_restore_newest_backup_keeps_the_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "objector.sqlite3"
    with Database(path) as db:
        a = db.add_account("a", "facebook", "EU")
        db.set_tick(a.id, "p", "s", True)
        db.take_automatic_backup()
    path.write_bytes(b"garbage" * 100)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    with pytest.raises(DatabaseCorrupt):
        Database(path)
    kept = restore_backup(path, automatic_backups(path)[0])
    assert kept.read_bytes() == b"garbage" * 100
    with Database(path) as restored:
        assert set(restored.ticks(a.id)) == {("p", "s")}


def test_relative_paths_open_check_and_restore(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The checks open the file read-only through an SQLite URI, which needs an absolute path: a relative
    # one (as a script or a test may pass) must work the same.
    monkeypatch.chdir(tmp_path)
    path = Path("objector.sqlite3")
    with Database(path) as db:
        account = db.add_account("a", "facebook", "EU")
        db.set_tick(account.id, "p", "s", True)
        backup = db.take_automatic_backup()
    with Database(path) as db:  # the existing file goes through the read-only check
        assert set(db.ticks(account.id)) == {("p", "s")}
    path.write_bytes(b"garbage" * 100)
    with pytest.raises(DatabaseCorrupt):
        Database(path)
    assert not backup.is_absolute()
    restore_backup(path, backup)
    with Database(path) as restored:
        assert set(restored.ticks(account.id)) == {("p", "s")}


def test_start_new_sets_the_damaged_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "objector.sqlite3"
    path.write_bytes(b"not a database at all" * 50)
    kept = set_aside(path)
    assert kept.read_bytes() == b"not a database at all" * 50 and not path.exists()
    with Database(path) as fresh:
        assert fresh.accounts() == []


def test_a_check_of_another_file_is_not_trusted(tmp_path: Path) -> None:
    good = tmp_path / "good.sqlite3"
    Database(good).close()
    damaged = tmp_path / "objector.sqlite3"
    damaged.write_bytes(os.urandom(8192))
    with pytest.raises(DatabaseCorrupt):
        Database(damaged, precheck=Precheck(good))


def test_a_good_file_checked_in_a_thread_opens(tmp_path: Path) -> None:
    path = tmp_path / "objector.sqlite3"
    with Database(path) as db:
        db.add_account("a", "facebook", "EU")
    with Database(path, precheck=Precheck(path)) as db:
        assert [account.label for account in db.accounts()] == ["a"]
