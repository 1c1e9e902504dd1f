"""The progress store: accounts, ticks, statuses, notes, evidence and an append-only history, in SQLite.

Every change is one transaction that is on disk (WAL, synchronous=FULL) when the call returns, and writes its
history entry in the same transaction. A file that is damaged, or from a newer Objector, is never written to.
Files are created readable by their owner only.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.atomic import make_private_dirs
from app.core.records import record
from app.storage.errors import (
    DatabaseCorrupt,
    DatabaseTooNew,
    DiskFull,
    NoteChanged,
    NotWritable,
    StoreError,
    translate,
)
from app.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from app.storage.precheck import Precheck, check_file

STATUSES = (
    "not-started", "in-progress", "submitted", "waiting", "granted", "refused", "no-reply", "not-applicable",
)
VISIBILITIES = ("auto", "added", "hidden")
ACCOUNT_FIELDS = ("label", "platform", "region", "handle", "email", "full_name", "country", "group_name")
AUTO_BACKUPS_KEPT = 5
MAX_EVIDENCE_BYTES = 2 << 30  # 2 GiB: a screenshot, a saved e-mail, a PDF; never a disk image

Clock = Callable[[], dt.datetime]


def decode_text(raw: bytes) -> str:
    """Text from SQLite: a damaged file can hold bytes that are not UTF-8 (in a value, or in what an
    integrity check reports); they are shown as U+FFFD instead of stopping every export and the window."""
    return raw.decode("utf-8", "replace")


def new_uid() -> str:
    """A random id in the form `uuid.uuid4().hex` gives (version 4), without importing uuid at start-up."""
    value = bytearray(os.urandom(16))
    value[6] = value[6] & 0x0F | 0x40
    value[8] = value[8] & 0x3F | 0x80
    return value.hex()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def to_text(moment: dt.datetime) -> str:
    """UTC timestamps as ISO 8601 text with microseconds, so they sort as text."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


def from_text(text: str | None) -> dt.datetime | None:
    """A stored time; None for none, and for one a damaged file made unreadable (a byte changed on disk):
    one bad value must not keep the user from reading and exporting everything else."""
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text if isinstance(text, str) else stored_text(text))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.timezone.utc)
        return moment.astimezone(dt.timezone.utc)  # 0001-01-01T00:00+14:00 has no UTC time: unreadable
    except (ValueError, TypeError, OverflowError):
        return None


def stored_text(value: Any) -> str:
    """A value read from a text column as text, whatever a damaged file holds there (bytes of a BLOB, a
    number): text is what every reader of the row expects."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bytes):
        return decode_text(value)
    return str(value)


DAMAGED_TIME = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)  # shown for a required time that is unreadable


def _required_time(text: str | None) -> dt.datetime:
    return from_text(text) or DAMAGED_TIME


def _json_or_damaged(text: str | None, empty: Any) -> Any:
    import json  # not at start-up: only when a row needs it

    if not text:
        return empty
    try:
        return json.loads(stored_text(text))
    except (ValueError, RecursionError):
        return empty


@record(frozen=True)
class Account:
    id: int
    uid: str
    label: str
    platform: str
    region: str
    handle: str
    email: str
    full_name: str
    country: str
    group_name: str
    created_at: dt.datetime
    archived_at: dt.datetime | None

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


@record(frozen=True)
class Run:
    account_id: int
    procedure_id: str
    status: str = "not-started"
    status_at: dt.datetime | None = None
    submitted_at: dt.datetime | None = None
    reference: str = ""
    visibility: str = "auto"
    completed_at: dt.datetime | None = None
    completed_fingerprint: str | None = None
    completed_steps: tuple[str, ...] = ()
    extended_at: dt.datetime | None = None


@record(frozen=True)
class Evidence:
    id: int
    account_id: int
    procedure_id: str
    step_id: str
    sha256: str
    original_name: str
    size: int
    added_at: dt.datetime


@record(frozen=True)
class HistoryEntry:
    id: int
    uid: str
    at: dt.datetime
    account_id: int
    procedure_id: str
    step_id: str
    action: str
    detail: dict[str, Any]


@record(frozen=True)
class DeletionSummary:
    """What deleting an account would remove, for the confirmation question."""

    ticks: int
    notes: int
    evidence: int
    history: int
    runs: int


def _create_private_file(path: Path, exclusive: bool = False) -> None:
    """Create `path` empty with owner-only permissions, unless it exists (an error if `exclusive`: a
    temporary name that exists was not made by us, even if it is a link)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        if exclusive:
            raise
        return
    os.close(fd)


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
            raise StoreError(companion, "this file beside the database is not a regular file (SQLite keeps its "
                             "journal there)", "Move it out of the way, then start Objector again. Nothing "
                             "was changed.")


def _refuse_empty_where_data_was(path: Path) -> None:
    try:
        empty = not path.exists() or path.stat().st_size == 0
    except OSError:
        return  # opening says what is wrong with it
    if not empty:
        return
    backups = good_backups(path)
    if backups and any(info.size for _path, info in backups):
        what = "empty" if path.exists() else "missing"
        raise DatabaseCorrupt(path, f"the database file is {what}, although Objector kept your data here before "
                              f"(its automatic backups are in {path.parent / 'backups'})",
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
                              "Give yourself permission to change the file (in its Properties or with chmod), "
                              "or start Objector with --data-dir pointing to a folder you can write to. "
                              "Nothing was changed.")


def ensure_private_dir(path: Path) -> None:
    if not path.is_dir():
        make_private_dirs(path)


class Database:
    """One open store. Hand the same object to whoever needs it; close it when done."""

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

    def _open_read_only_on_a_full_disk(self, error: StoreError) -> bool:
        """On a disk with no room left, opening fails (SQLite cannot make its -wal and -shm files), which
        would leave the user unable even to export their data to another disk. Then the store is opened
        read-only, as it is on disk; every change is refused with `DiskFull`, saying what to do."""
        if isinstance(error, (DatabaseCorrupt, DatabaseTooNew)) or not self.path.is_file() or \
                self.path.stat().st_size == 0 or not _disk_is_full(self.path.parent):
            return False
        try:
            self._conn = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro&immutable=1", uri=True,
                                         isolation_level=None, check_same_thread=False)
            self._conn.text_factory = decode_text
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error:
            return False
        if version != SCHEMA_VERSION:
            self._conn.close()
            return False
        self.disk_full = True
        return True

    def _open(self, busy_ms: int, precheck: Precheck | None, allow_empty: bool) -> None:
        try:
            ensure_private_dir(self.path.parent)
            _refuse_what_is_no_store(self.path)
            if not allow_empty:
                _refuse_empty_where_data_was(self.path)
            if precheck is not None and precheck.path == self.path:
                precheck.result()
            else:
                check_file(self.path)
            existed = self.path.exists() and self.path.stat().st_size > 0
            _refuse_read_only_files(self.path)
            _create_private_file(self.path)
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=busy_ms / 1000,
                                         check_same_thread=False)
            self._conn.text_factory = decode_text
        except StoreError:
            raise
        except (OSError, sqlite3.Error) as error:
            raise translate(error, self.path) from error
        try:
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
            self._retry(lambda: self._conn.execute("PRAGMA journal_mode = WAL"))
            self._conn.execute("PRAGMA synchronous = FULL")
            self._migrate(existed)
        except BaseException as error:
            self._conn.close()
            if isinstance(error, (sqlite3.Error, OSError)):
                raise translate(error, self.path) from error
            raise

    # --- opening, checking and migrating -------------------------------------------------------------

    def _migrate(self, existed: bool) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version < 0:
            raise DatabaseCorrupt(self.path, f"the database file is damaged (it gives its schema as {version})",
                                  "Objector kept the file as it is. Restore the newest automatic backup, or "
                                  "start a new database (the damaged file is kept beside it).")
        if version > SCHEMA_VERSION:
            raise DatabaseTooNew(self.path, f"this database was written by a newer version of Objector "
                                 f"(schema {version})", "Update Objector to open it. The file was not changed.")
        if version == SCHEMA_VERSION:
            return
        if existed and version > 0:
            self.copy_to(self.backups_dir / f"before-migration-v{version}-{self._stamp()}.sqlite3")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._write() as conn:
                for statement in _split_sql(MIGRATIONS[target]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target}")

    @property
    def backups_dir(self) -> Path:
        return self.path.parent / "backups"

    def _stamp(self) -> str:
        return self.clock().strftime("%Y%m%dT%H%M%S%fZ")

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions ------------------------------------------------------------------------------------

    def _retry(self, action: Callable[[], Any]) -> Any:
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
        import json  # not at start-up: only when a row needs it

        conn.execute(
            "INSERT INTO history (uid, at, account_id, procedure_id, step_id, action, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (new_uid(), at or to_text(self.clock()), account_id, procedure_id, step_id, action,
             json.dumps(detail, ensure_ascii=False, sort_keys=True)),
        )

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        try:
            cursor = self._retry(lambda: self._conn.execute(sql, params))
            rows: list[Any] = cursor.fetchall()
        except sqlite3.Error as error:
            raise translate(error, self.path) from error
        return rows

    # --- accounts ----------------------------------------------------------------------------------------

    def add_account(self, label: str, platform: str, region: str, **fields: str) -> Account:
        unknown = set(fields) - set(ACCOUNT_FIELDS)
        if unknown:
            raise ValueError(f"unknown account fields: {sorted(unknown)}")
        if not label.strip():
            raise ValueError("an account needs a label")
        values = {name: fields.get(name, "") for name in ACCOUNT_FIELDS}
        values.update(label=label.strip(), platform=platform, region=region)
        now = to_text(self.clock())
        with self._write() as conn:
            cursor = conn.execute(
                f"INSERT INTO accounts (uid, created_at, {', '.join(ACCOUNT_FIELDS)}) "
                f"VALUES (?, ?, {', '.join('?' for _ in ACCOUNT_FIELDS)})",
                (new_uid(), now, *(values[name] for name in ACCOUNT_FIELDS)),
            )
            account_id = int(cursor.lastrowid or 0)
            self._log(conn, account_id, "account-added", at=now, **values)
        return self.account(account_id)

    def update_account(self, account_id: int, **fields: str) -> Account:
        unknown = set(fields) - set(ACCOUNT_FIELDS)
        if unknown:
            raise ValueError(f"unknown account fields: {sorted(unknown)}")
        if "label" in fields and not fields["label"].strip():
            raise ValueError("an account needs a label")
        before = self.account(account_id)
        changes = {name: value for name, value in fields.items() if getattr(before, name) != value}
        if not changes:
            return before
        with self._write() as conn:
            assignments = ", ".join(f"{name} = ?" for name in changes)
            conn.execute(f"UPDATE accounts SET {assignments} WHERE id = ?", (*changes.values(), account_id))
            self._log(conn, account_id, "account-changed",
                      **{name: {"from": getattr(before, name), "to": value} for name, value in changes.items()})
        return self.account(account_id)

    def archive_account(self, account_id: int, archived: bool = True) -> Account:
        now = to_text(self.clock())
        with self._write() as conn:
            conn.execute("UPDATE accounts SET archived_at = ? WHERE id = ?", (now if archived else None,
                                                                             account_id))
            self._log(conn, account_id, "account-archived" if archived else "account-restored", at=now)
        return self.account(account_id)

    def deletion_summary(self, account_id: int) -> DeletionSummary:
        def count(table: str) -> int:
            return int(self._read(f"SELECT count(*) FROM {table} WHERE account_id = ?", (account_id,))[0][0])

        return DeletionSummary(count("ticks"), count("notes"), count("evidence"), count("history"),
                               count("runs"))

    def delete_account(self, account_id: int) -> DeletionSummary:
        """Remove an account and everything recorded for it (the caller has asked the user)."""
        summary = self.deletion_summary(account_id)
        with self._write() as conn:
            conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
            conn.execute("DELETE FROM history WHERE account_id = ?", (account_id,))
        return summary

    def account(self, account_id: int) -> Account:
        rows = self._read("SELECT * FROM accounts WHERE id = ?", (account_id,))
        if not rows:
            raise KeyError(f"no account with id {account_id}")
        return _account(rows[0])

    def accounts(self, include_archived: bool = False) -> list[Account]:
        where = "" if include_archived else "WHERE archived_at IS NULL"
        return [_account(row) for row in self._read(f"SELECT * FROM accounts {where} ORDER BY id")]

    def accounts_in_group(self, group_name: str) -> list[Account]:
        if not group_name:
            return []
        return [_account(row) for row in self._read(
            "SELECT * FROM accounts WHERE group_name = ? AND archived_at IS NULL ORDER BY id", (group_name,))]

    # --- ticks -------------------------------------------------------------------------------------------

    def set_tick(self, account_id: int, procedure_id: str, step_id: str, done: bool,
                 at: dt.datetime | None = None) -> bool:
        """Tick or untick a step; returns whether anything changed. On disk when it returns."""
        when = to_text(at or self.clock())
        with self._write() as conn:
            if done:
                cursor = conn.execute(
                    "INSERT OR IGNORE INTO ticks (account_id, procedure_id, step_id, done_at) VALUES (?, ?, ?, ?)",
                    (account_id, procedure_id, step_id, when))
            else:
                cursor = conn.execute(
                    "DELETE FROM ticks WHERE account_id = ? AND procedure_id = ? AND step_id = ?",
                    (account_id, procedure_id, step_id))
            changed = cursor.rowcount > 0
            if changed:
                self._log(conn, account_id, "tick" if done else "untick", procedure_id, step_id)
        return changed

    def ticks(self, account_id: int, procedure_id: str | None = None) -> dict[tuple[str, str], dt.datetime]:
        """(procedure id, step id) -> when it was ticked."""
        sql = "SELECT procedure_id, step_id, done_at FROM ticks WHERE account_id = ?"
        params: tuple[Any, ...] = (account_id,)
        if procedure_id is not None:
            sql += " AND procedure_id = ?"
            params += (procedure_id,)
        return {(stored_text(row[0]), stored_text(row[1])): _required_time(row[2]) for row in self._read(sql, params)}

    def tick_keys(self) -> dict[int, set[tuple[str, str]]]:
        """Every account's ticked (procedure id, step id) pairs, in one query (for overviews)."""
        result: dict[int, set[tuple[str, str]]] = {}
        for account_id, procedure_id, step_id in self._read("SELECT account_id, procedure_id, step_id FROM ticks"):
            result.setdefault(account_id, set()).add((procedure_id, step_id))
        return result

    def orphan_ticks(self, account_id: int, procedure_id: str, current_steps: tuple[str, ...]) -> list[str]:
        """Ticked steps that the procedure no longer has: kept, and reported rather than dropped."""
        return sorted(step for (_, step) in self.ticks(account_id, procedure_id) if step not in current_steps)

    # --- runs --------------------------------------------------------------------------------------------

    def _ensure_run(self, conn: sqlite3.Connection, account_id: int, procedure_id: str) -> None:
        conn.execute("INSERT OR IGNORE INTO runs (account_id, procedure_id) VALUES (?, ?)",
                     (account_id, procedure_id))

    def run(self, account_id: int, procedure_id: str) -> Run:
        rows = self._read("SELECT * FROM runs WHERE account_id = ? AND procedure_id = ?",
                          (account_id, procedure_id))
        return _run(rows[0]) if rows else Run(account_id, procedure_id)

    def runs(self, account_id: int | None = None) -> list[Run]:
        if account_id is None:
            return [_run(row) for row in self._read("SELECT * FROM runs ORDER BY account_id, procedure_id")]
        return [_run(row) for row in self._read(
            "SELECT * FROM runs WHERE account_id = ? ORDER BY procedure_id", (account_id,))]

    def set_status(self, account_id: int, procedure_id: str, status: str, at: dt.datetime | None = None,
                   reference: str | None = None) -> Run:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
        when = to_text(at or self.clock())
        before = self.run(account_id, procedure_id)
        with self._write() as conn:
            self._ensure_run(conn, account_id, procedure_id)
            conn.execute(
                "UPDATE runs SET status = ?, status_at = ?, reference = COALESCE(?, reference), "
                "submitted_at = CASE WHEN ? = 'submitted' THEN ? ELSE submitted_at END "
                "WHERE account_id = ? AND procedure_id = ?",
                (status, when, reference, status, when, account_id, procedure_id))
            detail: dict[str, Any] = {"from": before.status, "to": status, "status_at": when}
            if reference is not None:
                detail["reference"] = reference
            self._log(conn, account_id, "status", procedure_id, **detail)
        return self.run(account_id, procedure_id)

    def set_extended(self, account_id: int, procedure_id: str, extended: bool) -> Run:
        """Record that the other side said it needs longer to reply (or take that back)."""
        now = to_text(self.clock())
        with self._write() as conn:
            self._ensure_run(conn, account_id, procedure_id)
            conn.execute("UPDATE runs SET extended_at = ? WHERE account_id = ? AND procedure_id = ?",
                         (now if extended else None, account_id, procedure_id))
            self._log(conn, account_id, "extended" if extended else "extension-removed", procedure_id, at=now)
        return self.run(account_id, procedure_id)

    def set_visibility(self, account_id: int, procedure_id: str, visibility: str) -> Run:
        if visibility not in VISIBILITIES:
            raise ValueError(f"unknown visibility {visibility!r}")
        with self._write() as conn:
            self._ensure_run(conn, account_id, procedure_id)
            conn.execute("UPDATE runs SET visibility = ? WHERE account_id = ? AND procedure_id = ?",
                         (visibility, account_id, procedure_id))
            self._log(conn, account_id, "visibility", procedure_id, to=visibility)
        return self.run(account_id, procedure_id)

    def record_completion(self, account_id: int, procedure_id: str, fingerprint: str,
                          step_ids: tuple[str, ...]) -> Run:
        """Remember which version of the procedure a finished run followed."""
        import json  # not at start-up: only when a row needs it

        now = to_text(self.clock())
        with self._write() as conn:
            self._ensure_run(conn, account_id, procedure_id)
            conn.execute(
                "UPDATE runs SET completed_at = ?, completed_fingerprint = ?, completed_steps = ? "
                "WHERE account_id = ? AND procedure_id = ?",
                (now, fingerprint, json.dumps(list(step_ids)), account_id, procedure_id))
            self._log(conn, account_id, "completed", procedure_id, at=now, fingerprint=fingerprint)
        return self.run(account_id, procedure_id)

    def clear_completion(self, account_id: int, procedure_id: str) -> None:
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE runs SET completed_at = NULL, completed_fingerprint = NULL, completed_steps = NULL "
                "WHERE account_id = ? AND procedure_id = ? AND completed_at IS NOT NULL",
                (account_id, procedure_id))
            if cursor.rowcount:
                self._log(conn, account_id, "reopened", procedure_id)

    # --- notes -------------------------------------------------------------------------------------------

    def set_note(self, account_id: int, text: str, procedure_id: str = "", step_id: str = "",
                 expected: str | None = None) -> bool:
        """Save a note (empty text removes it); returns whether it changed.

        `expected`, if given, is the text the editor started from: when the stored text is no longer that
        (another process changed it meanwhile), nothing is written and `NoteChanged` carries the stored
        text, so that the caller can keep both instead of overwriting it blindly."""
        if step_id and not procedure_id:
            raise ValueError("a step note needs its procedure")
        if expected is None and text == self.note(account_id, procedure_id, step_id):
            return False
        now = to_text(self.clock())
        with self._write() as conn:
            if expected is not None:
                # Read inside the write transaction: no other process can change it between check and write.
                rows = conn.execute("SELECT body FROM notes WHERE account_id = ? AND procedure_id = ? AND "
                                    "step_id = ?", (account_id, procedure_id, step_id)).fetchall()
                stored = stored_text(rows[0][0]) if rows else ""
                if stored == text:
                    return False
                if stored != expected:
                    raise NoteChanged(self.path, stored)
            if text:
                conn.execute(
                    "INSERT INTO notes (account_id, procedure_id, step_id, body, updated_at) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (account_id, procedure_id, step_id) DO UPDATE SET body = excluded.body, "
                    "updated_at = excluded.updated_at",
                    (account_id, procedure_id, step_id, text, now))
            else:
                conn.execute("DELETE FROM notes WHERE account_id = ? AND procedure_id = ? AND step_id = ?",
                             (account_id, procedure_id, step_id))
            self._log(conn, account_id, "note", procedure_id, step_id, at=now, text=text)
        return True

    def data_version(self) -> int:
        """A number that changes whenever another connection (another process) commits to the store, and
        never for this connection's own writes (SQLite's PRAGMA data_version)."""
        return int(self._read("PRAGMA data_version")[0][0])

    def note(self, account_id: int, procedure_id: str = "", step_id: str = "") -> str:
        rows = self._read("SELECT body FROM notes WHERE account_id = ? AND procedure_id = ? AND step_id = ?",
                          (account_id, procedure_id, step_id))
        return stored_text(rows[0][0]) if rows else ""

    def notes(self, account_id: int) -> dict[tuple[str, str], str]:
        """(procedure id, step id) -> text, for all of an account's notes ('' ids for account/run notes)."""
        return {(stored_text(row[0]), stored_text(row[1])): stored_text(row[2]) for row in self._read(
            "SELECT procedure_id, step_id, body FROM notes WHERE account_id = ?", (account_id,))}

    # --- evidence ----------------------------------------------------------------------------------------

    @property
    def evidence_dir(self) -> Path:
        return self.path.parent / "evidence"

    def evidence_path(self, sha256: str) -> Path:
        return self.evidence_dir / sha256[:2] / sha256

    def attach_evidence(self, account_id: int, procedure_id: str, step_id: str, source: Path) -> Evidence:
        """Copy a file into the data directory, named by its content hash, and record it.

        The bytes are hashed as they are copied, in one pass, so the hash is always that of the stored copy
        (a file that changes meanwhile cannot be stored under another file's hash). Only a regular file is
        read (links are followed; a FIFO, device or folder is refused), at most MAX_EVIDENCE_BYTES."""
        import hashlib  # not at start-up: it loads OpenSSL

        from app.files import FileTooLarge, open_regular

        partial: Path | None = None
        try:
            ensure_private_dir(self.evidence_dir)
            partial = self.evidence_dir / f".incoming-{os.urandom(8).hex()}.part"
            digest = hashlib.sha256()
            size = 0
            with open_regular(source) as (handle, known_size):
                if known_size > MAX_EVIDENCE_BYTES:  # refused before a byte is copied
                    raise FileTooLarge(source, MAX_EVIDENCE_BYTES)
                fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
                with os.fdopen(fd, "wb") as out:
                    for chunk in iter(lambda: handle.read(1 << 20), b""):
                        size += len(chunk)
                        if size > MAX_EVIDENCE_BYTES:
                            raise FileTooLarge(source, MAX_EVIDENCE_BYTES)
                        digest.update(chunk)
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.evidence_path(sha)
            ensure_private_dir(target.parent)
            if target.exists():
                partial.unlink()
            else:
                os.replace(partial, target)
            partial = None
        except OSError as error:
            if partial is not None:
                _remove_quietly(partial)
            if error.filename is None:
                error.filename = str(source)
            raise translate(error, Path(error.filename)) from error
        now = to_text(self.clock())
        with self._write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO evidence (account_id, procedure_id, step_id, sha256, original_name, size, "
                "added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (account_id, procedure_id, step_id, sha, source.name, size, now))
            self._log(conn, account_id, "evidence", procedure_id, step_id, at=now, sha256=sha,
                      name=source.name, size=size)
        rows = self._read("SELECT * FROM evidence WHERE account_id = ? AND procedure_id = ? AND step_id = ? "
                          "AND sha256 = ?", (account_id, procedure_id, step_id, sha))
        return _evidence(rows[0])

    def evidence(self, account_id: int, procedure_id: str | None = None) -> list[Evidence]:
        sql = "SELECT * FROM evidence WHERE account_id = ?"
        params: tuple[Any, ...] = (account_id,)
        if procedure_id is not None:
            sql += " AND procedure_id = ?"
            params += (procedure_id,)
        return [_evidence(row) for row in self._read(sql + " ORDER BY id", params)]

    # --- history -----------------------------------------------------------------------------------------

    def history(self, account_id: int | None = None, procedure_id: str | None = None) -> list[HistoryEntry]:
        sql = "SELECT * FROM history"
        conditions: list[str] = []
        params: list[Any] = []
        if account_id is not None:
            conditions.append("account_id = ?")
            params.append(account_id)
        if procedure_id is not None:
            conditions.append("procedure_id = ?")
            params.append(procedure_id)
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        return [_history(row) for row in self._read(sql + " ORDER BY id", tuple(params))]

    # --- maintenance -------------------------------------------------------------------------------------

    def integrity(self) -> str:
        return str(self._read("PRAGMA integrity_check")[0][0])

    def copy_to(self, target: Path) -> Path:
        """A consistent copy of the whole database (SQLite's backup API), owner-only. It is written under
        a temporary name and only takes `target`'s name once it is complete and passes SQLite's integrity
        check: a copy that failed (a full disk) leaves no file behind."""
        partial = target.with_name(f".{target.name}.{os.urandom(6).hex()}.partial")
        try:
            ensure_private_dir(target.parent)
            _create_private_file(partial, exclusive=True)
            destination = sqlite3.connect(partial)
            try:
                self._conn.backup(destination)
                destination.text_factory = decode_text
                verdict = destination.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                destination.close()
            if verdict != "ok":
                raise sqlite3.DatabaseError(f"the copy failed its integrity check: {verdict}")
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as error:
            _remove_quietly(partial)
            raise translate(error, target) from error
        return target

    def take_automatic_backup(self, keep: int = AUTO_BACKUPS_KEPT) -> Path:
        """Back up at start-up, keeping the newest `keep` good automatic backups, and always the good one
        that holds the most, so that newer backups of a store that lost its data never push out the last
        one that had it. Each copy was verified when it was made; rotation only counts what each holds
        (an integrity check of every backup at every start took 0.3 s and more on a large store)."""
        target = self.copy_to(self.backups_dir / f"auto-{self._stamp()}.sqlite3")
        _remove_stale_partials(self.backups_dir)
        good = good_backups(self.path, verify=False)
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
    store = Database.__new__(Database)  # the methods below need only these
    store.path, store.clock, store._retries, store.disk_full = Path(database_path), clock, 8, False
    store._conn = sqlite3.connect(f"{Path(database_path).absolute().as_uri()}?mode=ro", uri=True,
                                  check_same_thread=False)
    try:
        store._conn.text_factory = decode_text
        return store.take_automatic_backup(keep)
    except sqlite3.Error as error:
        raise translate(error, Path(database_path)) from error
    finally:
        store._conn.close()


def _remove_quietly(path: Path) -> None:
    """Remove a file of our own that may not exist, or whose folder is not one (a file in the way)."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _remove_stale_partials(folder: Path, older_than_s: float = 3600) -> None:
    """Copies a process did not finish (it was killed while copying) are removed after an hour."""
    now = time.time()
    try:
        for partial in folder.glob(".*.partial"):
            if now - partial.stat().st_mtime > older_than_s:
                partial.unlink(missing_ok=True)
    except OSError:
        pass


def automatic_backups(database_path: Path) -> list[Path]:
    """Automatic backup files of the database at `database_path`, newest first (good or not)."""
    folder = database_path.parent / "backups"
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
    try:
        if verify and probe.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return None
        accounts = probe.execute("SELECT count(*) FROM accounts").fetchone()[0]
        history, last = probe.execute("SELECT count(*), max(at) FROM history").fetchone()
        return BackupInfo(int(accounts), int(history), str(last) if last is not None else None)
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


def set_aside(database_path: Path, clock: Clock = utc_now) -> Path:
    """Move a damaged database (and its WAL files) out of the way, keeping it; returns where it went."""
    stamp = clock().strftime("%Y%m%dT%H%M%S")
    kept = database_path.with_name(f"{database_path.name}.damaged-{stamp}")
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
    """Put `backup` in place of a damaged database, keeping the damaged one beside it; returns its new name."""
    kept = set_aside(database_path, clock) if database_path.exists() else database_path
    try:
        _create_private_file(database_path)
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


def _account(row: sqlite3.Row | tuple[Any, ...]) -> Account:
    (id_, uid, label, platform, region, handle, email, full_name, country, group_name, created,
     archived) = row
    text = stored_text
    return Account(id_, text(uid), text(label), text(platform), text(region), text(handle), text(email),
                   text(full_name), text(country), text(group_name), _required_time(created), from_text(archived))


def _run(row: sqlite3.Row | tuple[Any, ...]) -> Run:
    (account_id, procedure_id, status, status_at, submitted_at, reference, visibility, completed_at,
     fingerprint, steps, extended_at) = row
    completed = _json_or_damaged(steps, [])
    text = stored_text
    return Run(account_id, text(procedure_id), text(status), from_text(status_at), from_text(submitted_at),
               text(reference), text(visibility), from_text(completed_at),
               text(fingerprint) if fingerprint is not None else None,
               tuple(step for step in completed if isinstance(step, str)) if isinstance(completed, list) else (),
               from_text(extended_at))


def _evidence(row: sqlite3.Row | tuple[Any, ...]) -> Evidence:
    id_, account_id, procedure_id, step_id, sha, name, size, added = row
    text = stored_text
    return Evidence(id_, account_id, text(procedure_id), text(step_id), text(sha), text(name),
                    size if isinstance(size, int) else 0, _required_time(added))


def _history(row: sqlite3.Row | tuple[Any, ...]) -> HistoryEntry:
    id_, uid, at, account_id, procedure_id, step_id, action, detail = row
    parsed = _json_or_damaged(detail, {})
    text = stored_text
    return HistoryEntry(id_, text(uid), _required_time(at), account_id, text(procedure_id), text(step_id),
                        text(action), parsed if isinstance(parsed, dict) else {})
