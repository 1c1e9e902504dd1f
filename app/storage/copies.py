"""Whole copies of the store: made at start-up and before a migration, rotated, described, put back.

Also the owner-only files and folders every copy (and the store itself) is made as, and setting a damaged
store aside so that it is kept. Nothing here needs an open `Database`: a copy is taken through any SQLite
connection to the store, so the automatic backup can run in a thread of its own.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

from app.atomic import make_private_dirs
from app.core.records import record
from app.storage.errors import translate
from app.storage.values import Clock, decode_text, utc_now

AUTO_BACKUPS_KEPT = 5


# --- owner-only files -----------------------------------------------------------------------------------


def ensure_private_dir(path: Path) -> None:
    if not path.is_dir():
        make_private_dirs(path)


def create_private_file(path: Path, exclusive: bool = False) -> None:
    """Create `path` empty with owner-only permissions, unless it exists (an error if `exclusive`: a
    temporary name that exists was not made by us, even if it is a link)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        if exclusive:
            raise
        return
    os.close(fd)


def remove_quietly(path: Path) -> None:
    """Remove a file of our own that may not exist, or whose folder is not one (a file in the way)."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _remove_stale_partials(folder: Path, older_than_s: float = 3600) -> None:
    """Copies a process did not finish (it was killed while copying) are removed after an hour."""
    now = time.time()
    try:
        for partial in folder.glob(".*.partial"):
            if now - partial.stat().st_mtime > older_than_s:
                partial.unlink(missing_ok=True)
    except OSError:
        pass


# --- making copies --------------------------------------------------------------------------------------


def backups_dir(database_path: Path) -> Path:
    return database_path.parent / "backups"


def stamp(clock: Clock) -> str:
    """The time in a copy's name: sorts as text, newest last."""
    return clock().strftime("%Y%m%dT%H%M%S%fZ")


def copy_store(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the whole database `conn` is open on (SQLite's backup API), owner-only. It is
    written under a temporary name and only takes `target`'s name once it is complete and passes SQLite's
    integrity check: a copy that failed (a full disk) leaves no file behind."""
    partial = target.with_name(f".{target.name}.{os.urandom(6).hex()}.partial")
    try:
        ensure_private_dir(target.parent)
        create_private_file(partial, exclusive=True)
        destination = sqlite3.connect(partial)
        try:
            conn.backup(destination)
            destination.text_factory = decode_text
            verdict = destination.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            destination.close()
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"the copy failed its integrity check: {verdict}")
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        remove_quietly(partial)
        raise translate(error, target) from error
    return target


def take_automatic_backup(conn: sqlite3.Connection, database_path: Path, keep: int = AUTO_BACKUPS_KEPT,
                          clock: Clock = utc_now) -> Path:
    """Back up at start-up, keeping the newest `keep` good automatic backups, and always the good one
    that holds the most, so that newer backups of a store that lost its data never push out the last
    one that had it. Each copy was verified when it was made; rotation only counts what each holds
    (an integrity check of every backup at every start took 0.3 s and more on a large store)."""
    folder = backups_dir(database_path)
    target = copy_store(conn, folder / f"auto-{stamp(clock)}.sqlite3")
    _remove_stale_partials(folder)
    good = good_backups(database_path, verify=False)
    if len(good) > keep:
        fullest = max(good, key=lambda item: (item[1].size, item[1].last_change or ""))[0]
        for old, _info in good[keep:]:
            if old != fullest and old != target:
                old.unlink(missing_ok=True)
    return target


def take_automatic_backup_apart(database_path: Path, keep: int = AUTO_BACKUPS_KEPT,
                                clock: Clock = utc_now) -> Path:
    """The automatic backup through a connection of its own, for a thread of its own: the window's
    connection goes on saving meanwhile (WAL lets a reader copy while another connection writes)."""
    path = Path(database_path)
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as error:
        raise translate(error, path) from error
    try:
        conn.text_factory = decode_text
        return take_automatic_backup(conn, path, keep, clock)
    except sqlite3.Error as error:
        raise translate(error, path) from error
    finally:
        conn.close()


# --- finding and describing them ------------------------------------------------------------------------


def automatic_backups(database_path: Path) -> list[Path]:
    """Automatic backup files of the database at `database_path`, newest first (good or not)."""
    folder = backups_dir(database_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("auto-*.sqlite3"), reverse=True)


@record(frozen=True)
class BackupInfo:
    """What a good backup holds, to say before restoring it."""

    accounts: int
    history: int  # history entries: the history is append-only, so more entries hold more
    last_change: str | None  # the newest history entry's time, as stored (UTC)

    @property
    def size(self) -> int:
        return self.history + self.accounts


def describe_backup(path: Path, verify: bool = True) -> BackupInfo | None:
    """What the backup at `path` holds, or None if it is not a complete, undamaged Objector store
    (`verify`: with SQLite's full integrity check; without it, only that its tables can be read)."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        probe = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    probe.text_factory = decode_text
    probe.row_factory = sqlite3.Row
    try:
        if verify and probe.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return None
        accounts = probe.execute("SELECT count(*) AS accounts FROM accounts").fetchone()["accounts"]
        history = probe.execute("SELECT count(*) AS entries, max(at) AS last FROM history").fetchone()
        last = history["last"]
        return BackupInfo(int(accounts), int(history["entries"]), str(last) if last is not None else None)
    except sqlite3.Error:
        return None
    finally:
        probe.close()


def good_backups(database_path: Path, verify: bool = True) -> list[tuple[Path, BackupInfo]]:
    """The automatic backups that are complete and undamaged, newest first, with what each holds."""
    found = []
    for path in automatic_backups(database_path):
        info = describe_backup(path, verify)
        if info is not None:
            found.append((path, info))
    return found


# --- setting a damaged store aside, putting a copy back ---------------------------------------------------


def set_aside(database_path: Path, clock: Clock = utc_now) -> Path:
    """Move a damaged database (and its WAL files) out of the way, keeping it; returns where it went."""
    moment = clock().strftime("%Y%m%dT%H%M%S")
    kept = database_path.with_name(f"{database_path.name}.damaged-{moment}")
    try:
        os.replace(database_path, kept)
        for suffix in ("-wal", "-shm"):
            companion = database_path.with_name(database_path.name + suffix)
            if companion.exists():
                os.replace(companion, kept.with_name(kept.name + suffix))
    except OSError as error:
        raise translate(error, database_path) from error
    return kept


def restore_backup(database_path: Path, backup: Path, clock: Clock = utc_now) -> Path:
    """Put `backup` in place of a damaged database, keeping the damaged one beside it; returns the name the
    damaged one has now."""
    kept = set_aside(database_path, clock) if database_path.exists() else database_path
    try:
        create_private_file(database_path)
        source = sqlite3.connect(f"{backup.absolute().as_uri()}?mode=ro", uri=True)
        destination = sqlite3.connect(database_path)
        try:
            source.backup(destination)
        finally:
            destination.close()
            source.close()
    except (OSError, sqlite3.Error) as error:
        raise translate(error, database_path) from error
    return kept
