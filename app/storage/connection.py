"""Opening the store: checking the file first, migrating it, and the transactions every change runs in.

A file that is damaged, or from a newer Objector, is never written to. Every change is one transaction
(BEGIN IMMEDIATE, retried while another process holds the store) that is on disk (WAL, synchronous=FULL)
when it returns, with its history entry written in the same transaction. Rows are read by column name.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from app.storage import copies
from app.storage.errors import DatabaseCorrupt, DatabaseTooNew, DiskFull, NotWritable, StoreError, translate
from app.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from app.storage.precheck import Precheck, check_file
from app.storage.values import Clock, decode_text, new_uid, to_text, utc_now

_Result = TypeVar("_Result")
_Self = TypeVar("_Self", bound="Connection")


def _disk_is_full(folder: Path) -> bool:
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs (Windows): not known to be full
        return False
    return info.f_bavail * info.f_frsize < 256 * 1024


def _refuse_what_is_no_store(path: Path) -> None:
    """A store that is a link to nothing would be made where the link points, outside the data folder; one
    that is a FIFO, a device or a folder would hang or fail deep inside SQLite."""
    import stat

    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    except OSError as error:
        raise translate(error, path) from error
    if stat.S_ISLNK(info.st_mode) and not path.exists():
        raise StoreError(path, "the database file is a link to a file that does not exist",
                         "Remove the link, or point it at your database file. Nothing was changed.")
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise translate(error, path) from error
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "a pipe (FIFO)" if stat.S_ISFIFO(mode) else "not a file"
        raise StoreError(path, f"the database file is {kind}, not a regular file",
                         "Move it out of the way; Objector then starts a new database, or offers a backup. "
                         "Nothing was changed.")
    for suffix in ("-journal", "-wal", "-shm"):  # SQLite opens these itself: a FIFO there hangs it
        companion = path.with_name(path.name + suffix)
        try:
            companion_mode = companion.lstat().st_mode
        except OSError:
            continue
        if not stat.S_ISREG(companion_mode):
            raise StoreError(companion, "this file beside the database is not a regular file (SQLite keeps "
                             "its journal there)", "Move it out of the way, then start Objector again. "
                             "Nothing was changed.")


def _refuse_empty_where_data_was(path: Path) -> None:
    try:
        empty = not path.exists() or path.stat().st_size == 0
    except OSError:
        return  # opening says what is wrong with it
    if not empty:
        return
    backups = copies.good_backups(path)
    if backups and any(info.size for _path, info in backups):
        what = "empty" if path.exists() else "missing"
        raise DatabaseCorrupt(path, f"the database file is {what}, although Objector kept your data here "
                              f"before (its automatic backups are in {copies.backups_dir(path)})",
                              "Restore the newest backup (the window offers it when it starts), or start a "
                              "new, empty database. Nothing was changed.")


def _refuse_read_only_files(path: Path) -> None:
    """Raise NotWritable if the store file, or its write-ahead log, exists but may not be written.

    SQLite opens such a file read-only without a word, and every change after that fails: each tick and
    note would say "not saved" while the window looked normal. `os.access` answers as the system would for
    a write (permissions, ACLs, a read-only disk; root may write anyway), without writing anything."""
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if file.exists() and not os.access(file, os.W_OK):
            raise NotWritable(file, "this file is read-only, so Objector could not save anything in it",
                              "Give yourself permission to change the file (in its Properties or with "
                              "chmod), or start Objector with --data-dir pointing to a folder you can write "
                              "to. Nothing was changed.")


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (triggers contain semicolons inside BEGIN ... END)."""
    statements: list[str] = []
    current: list[str] = []
    for line in script.splitlines():
        if not line.strip() or line.strip().startswith("--"):
            continue
        current.append(line)
        candidate = "\n".join(current)
        if sqlite3.complete_statement(candidate):
            statements.append(candidate.strip())
            current = []
    if current:
        raise ValueError(f"incomplete statement in migration: {' '.join(current)[:80]}")
    return statements


class Connection:
    """The open store file: opened after checking it, migrated, and read and written in transactions.
    The tables' operations are in the classes `Database` is made of."""

    def __init__(self, path: Path, *, clock: Clock = utc_now, retries: int = 8, busy_ms: int = 1500,
                 precheck: Precheck | None = None, allow_empty: bool = False) -> None:
        """Open (creating if needed) the store at `path`, after checking it (`precheck`: a check of the
        same file already started, whose answer is awaited instead of checking again).

        An empty or missing file where good automatic backups show that data was kept is damage, not a
        new store (`DatabaseCorrupt`), unless `allow_empty` (the user chose to start anew)."""
        self.path = Path(path)
        self.clock = clock
        self._retries = retries
        self.disk_full = False  # opened read-only because the disk had no room: reading and export work
        try:
            self._open(busy_ms, precheck, allow_empty)
        except StoreError as error:
            if not self._open_read_only_on_a_full_disk(error):
                raise

    def _connected(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        conn.text_factory = decode_text
        conn.row_factory = sqlite3.Row
        self._conn = conn
        return conn

    def _open_read_only_on_a_full_disk(self, error: StoreError) -> bool:
        """On a disk with no room left, opening fails (SQLite cannot make its -wal and -shm files), which
        would leave the user unable even to export their data to another disk. Then the store is opened
        read-only, as it is on disk; every change is refused with `DiskFull`, saying what to do."""
        if isinstance(error, (DatabaseCorrupt, DatabaseTooNew)) or not self.path.is_file() or \
                self.path.stat().st_size == 0 or not _disk_is_full(self.path.parent):
            return False
        try:
            conn = self._connected(sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro&immutable=1",
                                                   uri=True, isolation_level=None, check_same_thread=False))
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error:
            return False
        if version != SCHEMA_VERSION:
            conn.close()
            return False
        self.disk_full = True
        return True

    def _open(self, busy_ms: int, precheck: Precheck | None, allow_empty: bool) -> None:
        try:
            copies.ensure_private_dir(self.path.parent)
            _refuse_what_is_no_store(self.path)
            if not allow_empty:
                _refuse_empty_where_data_was(self.path)
            if precheck is not None and precheck.path == self.path:
                precheck.result()
            else:
                check_file(self.path)
            existed = self.path.exists() and self.path.stat().st_size > 0
            _refuse_read_only_files(self.path)
            copies.create_private_file(self.path)
            conn = self._connected(sqlite3.connect(self.path, isolation_level=None, timeout=busy_ms / 1000,
                                                   check_same_thread=False))
        except StoreError:
            raise
        except (OSError, sqlite3.Error) as error:
            raise translate(error, self.path) from error
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
            self._retry(lambda: conn.execute("PRAGMA journal_mode = WAL"))
            conn.execute("PRAGMA synchronous = FULL")
            self._migrate(existed)
        except BaseException as error:
            conn.close()
            if isinstance(error, (sqlite3.Error, OSError)):
                raise translate(error, self.path) from error
            raise

    def _migrate(self, existed: bool) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version < 0:
            raise DatabaseCorrupt(self.path,
                                  f"the database file is damaged (it gives its schema as {version})",
                                  "Objector kept the file as it is. Restore the newest automatic backup, "
                                  "or start a new database (the damaged file is kept beside it).")
        if version > SCHEMA_VERSION:
            raise DatabaseTooNew(self.path, f"this database was written by a newer version of Objector "
                                 f"(schema {version})",
                                 "Update Objector to open it. The file was not changed.")
        if version == SCHEMA_VERSION:
            return
        if existed and version > 0:
            self.copy_to(self.backups_dir / f"before-migration-v{version}-{copies.stamp(self.clock)}.sqlite3")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._write() as conn:
                for statement in _split_sql(MIGRATIONS[target]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target}")

    def close(self) -> None:
        self._conn.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions ------------------------------------------------------------------------------------

    def _retry(self, action: Callable[[], _Result]) -> _Result:
        delay = 0.01
        for attempt in range(self._retries):
            try:
                return action()
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) and "busy" not in str(error):
                    raise
                if attempt == self._retries - 1:
                    raise translate(error, self.path) from error
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
        raise AssertionError("unreachable")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) and retried while another holds it."""
        if self.disk_full:
            raise DiskFull(self.path, "the disk is full, so Objector opened your data read-only and the last "
                           "change was not saved", "Free some space on the disk, then start Objector again. "
                           "You can still read everything and export it (a backup) to another disk.")
        try:
            self._retry(lambda: self._conn.execute("BEGIN IMMEDIATE"))
        except sqlite3.Error as error:
            raise translate(error, self.path) from error
        try:
            yield self._conn
            self._retry(lambda: self._conn.execute("COMMIT"))
        except BaseException as error:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(error, (sqlite3.Error, OSError)):
                raise translate(error, self.path) from error
            raise

    def _log(self, conn: sqlite3.Connection, account_id: int, action: str, procedure_id: str = "",
             step_id: str = "", at: str | None = None, **detail: Any) -> None:
        """Append a history entry, in the transaction `conn` is in."""
        self._log_entry(conn, account_id, action, procedure_id, step_id, at, detail)

    def _log_entry(self, conn: sqlite3.Connection, account_id: int, action: str, procedure_id: str,
                   step_id: str, at: str | None, detail: Mapping[str, Any]) -> None:
        import json  # not at start-up: only when a row needs it

        conn.execute(
            "INSERT INTO history (uid, at, account_id, procedure_id, step_id, action, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (new_uid(), at or to_text(self.clock()), account_id, procedure_id, step_id, action,
             json.dumps(detail, ensure_ascii=False, sort_keys=True)),
        )

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        """The rows a query finds (read by column name: `row["status"]`)."""
        try:
            cursor = self._retry(lambda: self._conn.execute(sql, params))
            rows: list[sqlite3.Row] = cursor.fetchall()
        except sqlite3.Error as error:
            raise translate(error, self.path) from error
        return rows

    def _now(self, at: dt.datetime | None = None) -> str:
        """`at`, or the clock's time, as stored."""
        return to_text(at or self.clock())

    # --- the file ----------------------------------------------------------------------------------------

    @property
    def backups_dir(self) -> Path:
        return copies.backups_dir(self.path)

    def data_version(self) -> int:
        """A number that changes whenever another connection (another process) commits to the store, and
        never for this connection's own writes (SQLite's PRAGMA data_version)."""
        return int(self._read("PRAGMA data_version")[0]["data_version"])

    def integrity(self) -> str:
        return str(self._read("PRAGMA integrity_check")[0]["integrity_check"])

    def copy_to(self, target: Path) -> Path:
        """A consistent copy of the whole database, owner-only, that takes `target`'s name only once it is
        complete and passes SQLite's integrity check."""
        return copies.copy_store(self._conn, target)

    def take_automatic_backup(self, keep: int = copies.AUTO_BACKUPS_KEPT) -> Path:
        """Back up now, keeping the newest `keep` good automatic backups and the one that holds the most."""
        return copies.take_automatic_backup(self._conn, self.path, keep, self.clock)

