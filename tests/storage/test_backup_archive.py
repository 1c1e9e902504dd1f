"""Backups as one .zip archive that carries the evidence files, checked whole before anything changes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from app.storage.backup import (
    ARCHIVE_DATA,
    DEFAULT_BACKUP_SUFFIX,
    MAX_IMPORT_BYTES,
    export_data,
    export_file,
    import_file,
)
from app.storage.database import MAX_EVIDENCE_BYTES, Database
from app.storage.errors import BackupFileInvalid, StoreError

SHOT = b"\x89PNG\r\n\x1a\n" + b"pixels" * 1000
MAIL = b"From: Meta <n@facebookmail.com>\r\nSubject: received\r\n\r\nYour objection was received."
OLD = b"an old screenshot, removed"


def comparable(data: dict[str, object]) -> dict[str, object]:
    return {key: value for key, value in data.items() if key != "exported_at"}


@pytest.fixture
def filled(tmp_path: Path) -> Database:
    start = dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)
    moments = iter(start + dt.timedelta(seconds=s) for s in range(10_000))
    db = Database(tmp_path / "a" / "objector.sqlite3", clock=lambda: next(moments))
    fb = db.add_account("My Facebook", "facebook", "EU")
    db.set_tick(fb.id, "p1", "s1", True)
    mail = tmp_path / "confirmation.eml"
    mail.write_bytes(MAIL)
    db.attach_evidence(fb.id, "p1", "s1", mail)
    db.attach_evidence_bytes(fb.id, "p1", "", SHOT, "pasted.png")
    db.attach_evidence_bytes(fb.id, "p1", "s2", SHOT, "the same picture, another step.png")
    old = db.attach_evidence_bytes(fb.id, "p1", "", OLD, "old.png")
    db.remove_evidence(old.id)
    yield db
    db.close()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_zip_is_the_default_offered() -> None:
    assert DEFAULT_BACKUP_SUFFIX == ".zip"


def test_archive_round_trip_brings_the_files(filled: Database, tmp_path: Path) -> None:
    target = tmp_path / "backup.zip"
    exported = export_file(filled, target)
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        assert names == sorted([ARCHIVE_DATA, *(f"evidence/{sha(b)}" for b in (SHOT, MAIL, OLD))])
        assert json.loads(archive.read(ARCHIVE_DATA)) == exported
        assert archive.read(f"evidence/{sha(MAIL)}") == MAIL
    assert target.stat().st_mode & 0o077 == 0
    with Database(tmp_path / "b" / "objector.sqlite3") as empty:
        summary = import_file(empty, target)
        assert summary.evidence_files_added == 3 and summary.evidence_files_missing == 0
        assert comparable(export_data(empty)) == comparable(exported)
        account = empty.accounts()[0]
        listed = empty.evidence(account.id)
        assert sorted(item.original_name for item in listed) == ["confirmation.eml", "pasted.png",
                                                                 "the same picture, another step.png"]
        for item in empty.evidence(account.id, include_removed=True):
            stored = empty.evidence_file(item)
            assert sha(stored.read_bytes()) == item.sha256 and stored.stat().st_mode & 0o077 == 0
        [removed] = [item for item in empty.evidence(account.id, include_removed=True) if item.removed]
        assert empty.restore_evidence(removed.id).original_name == "old.png"  # the undo still has its file
        again = import_file(empty, target)
        assert again.evidence_files_added == 0 and again.history_added == 0
        assert list(empty.evidence_dir.rglob("*.part")) == []


def test_json_still_writes_the_records_alone_and_imports(filled: Database, tmp_path: Path) -> None:
    exported = export_file(filled, tmp_path / "backup.json")
    assert json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))["format"] == "objector-backup"
    assert [item.get("removed_at") is not None for item in exported["evidence"]].count(True) == 1
    with Database(tmp_path / "b" / "objector.sqlite3") as empty:
        summary = import_file(empty, tmp_path / "backup.json")
        assert summary.evidence_files_missing == 4 and summary.evidence_files_added == 0
        assert comparable(export_data(empty)) == comparable(exported)


def test_an_old_json_backup_without_removed_at_still_imports(filled: Database, tmp_path: Path) -> None:
    data = export_data(filled)
    data["evidence"] = [{k: v for k, v in item.items() if k != "removed_at"} for item in data["evidence"]]
    (tmp_path / "old.json").write_text(json.dumps(data), encoding="utf-8")
    with Database(tmp_path / "b" / "objector.sqlite3") as empty:
        assert import_file(empty, tmp_path / "old.json").evidence_listed == 4
        assert len(empty.evidence(empty.accounts()[0].id)) == 4


def rewrite(source: Path, target: Path, change: dict[str, bytes | None],
            add: dict[str, bytes] | None = None) -> Path:
    """A copy of the archive `source` with entries changed (None: left out) and others added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    new.writestr(info.filename, change[info.filename])  # type: ignore[arg-type]
            else:
                new.writestr(info.filename, old.read(info))
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return target


def assert_refused(db: Database, archive: Path, *words: str) -> None:
    before = export_data(db)
    files_before = sorted(path.name for path in db.evidence_dir.rglob("*") if path.is_file())
    with pytest.raises(BackupFileInvalid) as raised:
        import_file(db, archive)
    for word in words:
        assert word in str(raised.value)
    assert "Nothing was imported" in raised.value.advice
    assert comparable(export_data(db)) == comparable(before)
    assert sorted(path.name for path in db.evidence_dir.rglob("*") if path.is_file()) == files_before


@pytest.fixture
def archive(filled: Database, tmp_path: Path) -> Path:
    target = tmp_path / "backup.zip"
    export_file(filled, target)
    return target


@pytest.fixture
def empty(tmp_path: Path) -> Database:
    db = Database(tmp_path / "c" / "objector.sqlite3")
    yield db
    db.close()


def test_a_tampered_file_refuses_the_whole_import(archive: Path, empty: Database, tmp_path: Path) -> None:
    name = f"evidence/{sha(MAIL)}"
    tampered = rewrite(archive, tmp_path / "t.zip", {name: MAIL.replace(b"received", b"rejected")})
    assert_refused(empty, tampered, name, "SHA-256")


def test_a_file_of_another_size_is_refused(archive: Path, empty: Database, tmp_path: Path) -> None:
    name = f"evidence/{sha(MAIL)}"
    assert_refused(empty, rewrite(archive, tmp_path / "t.zip", {name: MAIL + b"!"}), name, "bytes")


def test_a_missing_file_refuses_the_whole_import(archive: Path, empty: Database, tmp_path: Path) -> None:
    name = f"evidence/{sha(SHOT)}"
    assert_refused(empty, rewrite(archive, tmp_path / "t.zip", {name: None}), name, "missing")


def test_a_missing_backup_json_is_refused(archive: Path, empty: Database, tmp_path: Path) -> None:
    assert_refused(empty, rewrite(archive, tmp_path / "t.zip", {ARCHIVE_DATA: None}), "no backup.json")


@pytest.mark.parametrize("name", ["../../outside.txt", "/etc/passwd", "evidence/../../x",
                                  f"evidence/{'A' * 64}", "evidence/aa/" + "a" * 64, "notes.txt",
                                  "backup.json/", "evidence/"])
def test_names_other_than_those_objector_writes_are_refused(archive: Path, empty: Database, tmp_path: Path,
                                                           name: str) -> None:
    forged = rewrite(archive, tmp_path / "t.zip", {}, {name: b"x"})
    assert_refused(empty, forged, "an entry Objector does not")
    assert not (tmp_path / "outside.txt").exists()


def test_an_unlisted_file_is_refused(archive: Path, empty: Database, tmp_path: Path) -> None:
    extra = sha(b"something else")
    assert_refused(empty, rewrite(archive, tmp_path / "t.zip", {}, {f"evidence/{extra}": b"something else"}),
                   extra, "listed in no record")


def test_an_entry_twice_is_refused(archive: Path, empty: Database, tmp_path: Path) -> None:
    name = f"evidence/{sha(MAIL)}"
    with pytest.warns(UserWarning, match="Duplicate name"):  # zipfile warns of the duplicate name
        twice = rewrite(archive, tmp_path / "t.zip", {}, {name: MAIL})
    assert_refused(empty, twice, "twice")


def test_a_damaged_archive_is_refused(archive: Path, empty: Database, tmp_path: Path) -> None:
    broken = tmp_path / "broken.zip"
    raw = bytearray(archive.read_bytes())
    broken.write_bytes(bytes(raw[: len(raw) // 2]))
    assert_refused(empty, broken, "damaged")


def test_a_file_whose_bytes_fail_the_crc_is_refused(archive: Path, empty: Database, tmp_path: Path) -> None:
    raw = archive.read_bytes()
    at = raw.index(b"pixels")  # evidence is stored, not compressed: its bytes are in the file as they are
    changed = tmp_path / "crc.zip"
    changed.write_bytes(raw[:at] + b"PIXELS" + raw[at + 6:])
    assert_refused(empty, changed, f"evidence/{sha(SHOT)}")


def patch_declared_size(path: Path, name: str, size: int) -> None:
    """Make the central directory say `name` unpacks to `size` bytes (as a forged archive would)."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    raw = bytearray(path.read_bytes())
    offset = 0
    while True:
        offset = raw.index(b"PK\x01\x02", offset)
        name_length = int.from_bytes(raw[offset + 28: offset + 30], "little")
        if raw[offset + 46: offset + 46 + name_length].decode() == info.filename:
            raw[offset + 24: offset + 28] = size.to_bytes(4, "little")
            break
        offset += 4
    path.write_bytes(bytes(raw))


def test_an_entry_declared_over_the_bound_is_refused_before_reading(archive: Path, empty: Database,
                                                                   tmp_path: Path) -> None:
    name = f"evidence/{sha(SHOT)}"
    forged = rewrite(archive, tmp_path / "t.zip", {})
    patch_declared_size(forged, name, min(MAX_EVIDENCE_BYTES + 1, 2**32 - 1))
    assert_refused(empty, forged, name, "larger than")


def test_a_zip_bomb_backup_json_is_refused_by_its_declared_size(empty: Database, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive, \
            archive.open(ARCHIVE_DATA, "w", force_zip64=True) as out:
        for _ in range(MAX_IMPORT_BYTES // len(chunk) + 1):
            out.write(chunk)
    assert bomb.stat().st_size < 2 << 20
    assert_refused(empty, bomb, "more than")


def test_an_entry_that_holds_more_than_it_declares_is_refused(archive: Path, empty: Database,
                                                              tmp_path: Path) -> None:
    name = f"evidence/{sha(MAIL)}"
    forged = rewrite(archive, tmp_path / "t.zip", {})
    patch_declared_size(forged, name, len(MAIL) - 10)
    assert_refused(empty, forged, name)


def test_export_refuses_when_a_stored_copy_is_gone_or_changed(filled: Database, tmp_path: Path) -> None:
    item = filled.evidence(filled.accounts()[0].id)[0]
    stored = filled.evidence_file(item)
    stored.write_bytes(b"changed on disk")
    with pytest.raises(StoreError, match="SHA-256"):
        export_file(filled, tmp_path / "backup.zip")
    stored.unlink()
    with pytest.raises(StoreError, match="is missing") as raised:
        export_file(filled, tmp_path / "backup.zip")
    assert ".json" in raised.value.advice
    assert not (tmp_path / "backup.zip").exists() and list(tmp_path.glob(".backup.zip.*")) == []
    export_file(filled, tmp_path / "backup.json")  # the records alone can still be saved
