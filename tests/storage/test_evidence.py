"""Attached files in the store: attach (a file or pasted bytes), rename, remove and restore, by hash."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.storage.database import LARGE_EVIDENCE_BYTES, MAX_EVIDENCE_BYTES, Database
from app.storage.errors import DiskFull, StoreError
from app.storage.migrations import SCHEMA_VERSION
from tests.storage.test_database import build_fixture

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(tmp_path / "data" / "objector.sqlite3")
    yield database
    database.close()


def leftovers(db: Database) -> list[Path]:
    return [path for path in db.evidence_dir.rglob("*") if path.is_file() and path.name.endswith(".part")]


def test_large_is_below_max_and_exported() -> None:
    assert LARGE_EVIDENCE_BYTES == 50 * 1024 * 1024 < MAX_EVIDENCE_BYTES


def test_pasted_bytes_are_stored_like_a_file(db: Database) -> None:
    account = db.add_account("a", "facebook", "EU")
    item = db.attach_evidence_bytes(account.id, "p", "confirm", PNG, "Screenshot 2026-12-01.png")
    assert item.sha256 == hashlib.sha256(PNG).hexdigest() and item.size == len(PNG)
    assert item.original_name == "Screenshot 2026-12-01.png" and item.removed_at is None
    stored = db.evidence_file(item)
    assert stored == db.evidence_path(item.sha256) and stored.read_bytes() == PNG
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    [entry] = [h for h in db.history(account.id) if h.action == "evidence"]
    assert entry.detail == {"sha256": item.sha256, "name": item.original_name, "size": len(PNG)}
    assert db.evidence(account.id) == [item]
    assert leftovers(db) == []


def test_the_copy_to_open_ends_like_the_original(db: Database) -> None:
    account = db.add_account("a", "facebook", "EU")
    item = db.attach_evidence_bytes(account.id, "p", "confirm", PNG, "Screenshot.PNG")
    stored = db.evidence_file(item)
    named = db.openable_file(item)
    assert named == stored.with_name(item.sha256 + ".png") and named.samefile(stored)
    assert stat.S_IMODE(named.stat().st_mode) == 0o600
    # Replaced by hand with other bytes: made again from the stored copy.
    named.unlink()
    named.write_bytes(b"not the evidence")
    assert db.openable_file(item).read_bytes() == PNG
    # No extension, or one that is not a plain one: the stored copy itself.
    plain = db.attach_evidence_bytes(account.id, "p", "confirm", b"abc", "their reply")
    odd = db.attach_evidence_bytes(account.id, "p", "confirm", b"abcd", "reply.tar.g z")
    assert db.openable_file(plain) == db.evidence_file(plain)
    assert db.openable_file(odd) == db.evidence_file(odd)
    # The stored copies are still what the store counts and backs up.
    assert db.stored_hashes() == {item.sha256, plain.sha256, odd.sha256}


def test_a_pasted_name_is_only_a_file_name(db: Database) -> None:
    account = db.add_account("a", "facebook", "EU")
    item = db.attach_evidence_bytes(account.id, "p", "", PNG, "../../etc/shot\x00\n.png")
    assert item.original_name == "shot.png"
    with pytest.raises(StoreError, match="no name"):
        db.attach_evidence_bytes(account.id, "p", "", PNG, " / ")


def test_rename_changes_the_name_shown_not_the_stored_copy(db: Database) -> None:
    account = db.add_account("a", "facebook", "EU")
    item = db.attach_evidence_bytes(account.id, "p", "", PNG, "shot.png")
    renamed = db.rename_evidence(item.id, "Meta confirmation.png")
    assert renamed.original_name == "Meta confirmation.png" and renamed.sha256 == item.sha256
    assert db.evidence_file(renamed) == db.evidence_file(item) and db.evidence_file(item).exists()
    entry = db.history(account.id)[-1]
    assert entry.action == "evidence-renamed"
    assert entry.detail == {"sha256": item.sha256, "name": "Meta confirmation.png", "from": "shot.png"}
    count = len(db.history(account.id))
    assert db.rename_evidence(item.id, "Meta confirmation.png") == renamed  # no change, no entry
    assert len(db.history(account.id)) == count
    with pytest.raises(StoreError, match="needs a name"):
        db.rename_evidence(item.id, "   ")


def test_remove_is_undoable_and_keeps_the_copy(db: Database) -> None:
    account = db.add_account("a", "facebook", "EU")
    item = db.attach_evidence_bytes(account.id, "p", "s", PNG, "shot.png")
    removed = db.remove_evidence(item.id)
    assert removed.removed_at is not None and removed.removed
    assert db.evidence(account.id) == [] and db.evidence(account.id, "p") == []
    assert db.evidence(account.id, include_removed=True) == [removed]
    assert db.evidence_file(item).read_bytes() == PNG  # kept: the undo needs it
    assert db.history(account.id)[-1].action == "evidence-removed"
    assert db.remove_evidence(item.id) == removed  # twice: no change
    restored = db.restore_evidence(item.id)
    assert restored.removed_at is None and db.evidence(account.id) == [restored]
    assert db.history(account.id)[-1].action == "evidence-restored"
    assert db.deletion_summary(account.id).evidence == 1


def test_attaching_a_removed_file_again_lists_it_again(db: Database) -> None:
    account = db.add_account("a", "facebook", "EU")
    item = db.attach_evidence_bytes(account.id, "p", "s", PNG, "shot.png")
    db.remove_evidence(item.id)
    again = db.attach_evidence_bytes(account.id, "p", "s", PNG, "shot again.png")
    assert again.id == item.id and again.removed_at is None and db.evidence(account.id) == [again]


def test_unknown_evidence_is_a_store_error(db: Database) -> None:
    for action in (db.remove_evidence, db.restore_evidence):
        with pytest.raises(StoreError, match="not in the store"):
            action(12345)
    with pytest.raises(StoreError, match="not in the store"):
        db.rename_evidence(12345, "x")


def test_a_link_is_resolved_to_the_file_it_points_at(db: Database, tmp_path: Path) -> None:
    account = db.add_account("a", "facebook", "EU")
    target = tmp_path / "real.pdf"
    target.write_bytes(b"%PDF-1.7 reply")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    item = db.attach_evidence(account.id, "p", "", link)
    assert db.evidence_file(item).read_bytes() == b"%PDF-1.7 reply"
    assert not db.evidence_file(item).is_symlink()


def test_a_folder_is_refused_saying_what_it_is(db: Database, tmp_path: Path) -> None:
    account = db.add_account("a", "facebook", "EU")
    with pytest.raises(StoreError) as raised:
        db.attach_evidence(account.id, "p", "", tmp_path)
    assert "a folder" in raised.value.problem and "Choose the file itself" in raised.value.advice
    assert db.evidence(account.id) == [] and leftovers(db) == []


def test_a_disk_that_fills_mid_copy_leaves_nothing(db: Database, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    account = db.add_account("a", "facebook", "EU")
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(3 << 20))
    from app.storage import evidence_tables

    real_write = evidence_tables.StagedCopy.write
    calls = []

    def failing(self: evidence_tables.StagedCopy, chunk: bytes, limit: int = MAX_EVIDENCE_BYTES) -> None:
        calls.append(len(chunk))
        if len(calls) % 2 == 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(self, chunk, limit)

    monkeypatch.setattr(evidence_tables.StagedCopy, "write", failing)
    with pytest.raises(DiskFull):
        db.attach_evidence(account.id, "p", "", source)
    with pytest.raises(DiskFull):
        db.attach_evidence_bytes(account.id, "p", "", os.urandom(3 << 20), "x.png")
    assert db.evidence(account.id, include_removed=True) == []
    assert [path for path in db.evidence_dir.rglob("*") if path.is_file()] == []
    assert [h.action for h in db.history(account.id)] == ["account-added"]


def test_migration_from_version_2_adds_removed_at(tmp_path: Path) -> None:
    path = build_fixture(2, tmp_path / "objector.sqlite3")
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO evidence (account_id, procedure_id, step_id, sha256, original_name, "
                       "size, added_at) VALUES (1, 'p', '', ?, 'old.png', 3, ?)",
                       ("a" * 64, "2025-05-01T10:00:00.000000+00:00"))
    connection.commit()
    connection.close()
    with Database(path) as db:
        assert SCHEMA_VERSION >= 3
        columns = [row[1] for row in db._conn.execute("PRAGMA table_info(evidence)")]
        assert "removed_at" in columns
        [item] = db.evidence(1)
        assert item.original_name == "old.png" and item.removed_at is None
        assert db.remove_evidence(item.id).removed_at is not None
    assert list((tmp_path / "backups").glob("before-migration-v2-*.sqlite3"))


def test_the_version_3_fixture_lists_only_what_was_not_removed(tmp_path: Path) -> None:
    with Database(build_fixture(3, tmp_path / "objector.sqlite3")) as db:
        assert [item.original_name for item in db.evidence(1)] == ["confirmation.eml"]
        listed = db.evidence(1, include_removed=True)
        assert [item.removed for item in listed] == [False, True]
