"""Check the store file before anything opens it for writing, optionally in a thread.

`check_file` refuses a file that is not SQLite, is from a newer Objector, or fails `PRAGMA quick_check`.
On a large store the quick check takes a noticeable time (80 ms for 50,000 history entries here), and
SQLite releases Python's lock while it reads, so `Precheck` runs it in a thread while the window's code is
imported; `Database` waits for the answer before it opens the file for writing.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from app.storage.errors import DatabaseCorrupt, DatabaseTooNew, translate
from app.storage.migrations import SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
_DAMAGED_ADVICE = ("Objector kept it as it is. Restore the newest automatic backup, or start a new database "
                   "(the damaged file is kept beside it).")


def check_file(path: Path) -> None:
    """Refuse a damaged or newer file (raising a StoreError); a missing or empty file passes."""
    from app.files import NotRegularFile, open_regular

    try:
        with open_regular(path) as (handle, _size):  # never blocks on a FIFO put in the store's place
            header = handle.read(len(SQLITE_HEADER))
    except (FileNotFoundError, NotRegularFile):
        return  # missing: a new store; not a file: opening the store says so
    except OSError as error:
        raise translate(error, path) from error
    if not header:
        return  # an empty file holds nothing to lose
    if header != SQLITE_HEADER:
        raise DatabaseCorrupt(path, "this file is not an Objector database (it is not SQLite)",
                              "Objector kept it as it is. Restore the newest automatic backup, or start a "
                              "new database (the file is kept beside it).")
    try:
        probe = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        probe.text_factory = lambda raw: raw.decode("utf-8", "replace")  # a damaged file's bytes
    except sqlite3.Error:
        return  # cannot open read-only (e.g. WAL without its -shm file): the read-write open checks again
    try:
        version = probe.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise DatabaseTooNew(
                path, f"this database was written by a newer version of Objector (schema {version}; this "
                f"version knows up to {SCHEMA_VERSION})",
                "Update Objector to open it. The file was not changed.")
        result = probe.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise DatabaseCorrupt(path, f"the database file is damaged ({result})", _DAMAGED_ADVICE)
    except sqlite3.OperationalError as error:
        if "unable to open" in str(error):
            return
        raise translate(error, path) from error
    except sqlite3.DatabaseError as error:
        raise DatabaseCorrupt(path, f"the database file is damaged ({error})", _DAMAGED_ADVICE) from error
    finally:
        probe.close()


class Precheck:
    """`check_file(path)` running in a thread; `result()` waits for it and raises what it found."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="objector-precheck", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            check_file(self.path)
        except BaseException as error:  # noqa: BLE001 (handed to the thread that opens the file, raised there)
            self._error = error

    def result(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error
