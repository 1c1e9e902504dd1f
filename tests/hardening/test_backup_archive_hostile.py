"""Hostile backup archives: a pipe or a device named .zip, entries marked as links, and an archive import
whose records fail after the files were checked. None hangs, writes outside the data folder, or leaves
anything behind."""

from __future__ import annotations

import os
import stat
import time
import zipfile
from pathlib import Path

import pytest

from app.storage import backup
from app.storage.backup import export_file, import_file
from app.storage.database import Database
from app.storage.errors import BackupFileInvalid, StoreError


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, str]:
    with Database(tmp_path / "a" / "objector.sqlite3") as db:
        account = db.add_account("a", "facebook", "EU")
        item = db.attach_evidence_bytes(account.id, "p", "", b"/etc/passwd", "shot.png")
        export_file(db, tmp_path / "backup.zip")
    return tmp_path / "backup.zip", item.sha256


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_pipe_or_a_device_named_zip_is_refused_at_once(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.zip")
    (tmp_path / "zero.zip").symlink_to("/dev/zero")
    with Database(tmp_path / "b" / "objector.sqlite3") as db:
        for name in ("pipe.zip", "zero.zip"):
            started = time.monotonic()
            with pytest.raises(BackupFileInvalid, match="cannot be read"):
                import_file(db, tmp_path / name)
            assert time.monotonic() - started < 5


def test_an_entry_marked_as_a_link_is_stored_as_a_plain_file(archive: tuple[Path, str],
                                                            tmp_path: Path) -> None:
    source, sha = archive
    linked = tmp_path / "linked.zip"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(linked, "w") as new:
        for info in old.infolist():
            if info.filename.startswith("evidence/"):
                info.external_attr = (stat.S_IFLNK | 0o777) << 16  # "a link to /etc/passwd"
            new.writestr(info, old.read(info))
    with Database(tmp_path / "b" / "objector.sqlite3") as db:
        assert import_file(db, linked).evidence_files_added == 1
        stored = db.evidence_path(sha)
        assert not stored.is_symlink() and stored.read_bytes() == b"/etc/passwd"
        assert stat.S_IMODE(stored.stat().st_mode) == 0o600


def test_files_placed_for_records_that_fail_are_removed_again(archive: tuple[Path, str], tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    source, sha = archive

    def fail(*_args: object) -> None:
        raise StoreError(tmp_path, "the disk went away", "Nothing was imported.")

    monkeypatch.setattr(backup, "import_data", fail)
    from app.storage import backup_archive

    monkeypatch.setattr(backup_archive, "import_data", fail)
    with Database(tmp_path / "b" / "objector.sqlite3") as db:
        with pytest.raises(StoreError, match="went away"):
            import_file(db, source)
        assert not db.evidence_path(sha).exists()
        assert [path for path in db.evidence_dir.rglob("*") if path.is_file()] == []
        assert db.accounts(include_archived=True) == []


def test_a_file_already_in_the_store_is_kept_when_the_records_fail(archive: tuple[Path, str], tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    source, sha = archive
    from app.storage import backup_archive

    with Database(tmp_path / "b" / "objector.sqlite3") as db:
        account = db.add_account("mine", "facebook", "EU")
        db.attach_evidence_bytes(account.id, "p", "", b"/etc/passwd", "my own copy.png")

        def fail(*_args: object) -> None:
            raise StoreError(tmp_path, "the disk went away", "Nothing was imported.")

        monkeypatch.setattr(backup_archive, "import_data", fail)
        with pytest.raises(StoreError):
            import_file(db, source)
        assert db.evidence_path(sha).read_bytes() == b"/etc/passwd"  # it was ours before: never removed
