"""The store's errors: each names the file and says what to do, so the window and CLI can show it as is."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path


class StoreError(Exception):
    """Something kept the store from reading or saving. Nothing was saved by the call that raised it."""

    def __init__(self, path: Path, problem: str, advice: str) -> None:
        super().__init__(f"{path}: {problem}. {advice}")
        self.path = path
        self.problem = problem
        self.advice = advice


class DatabaseCorrupt(StoreError):
    """The file is not a readable Objector database. It is kept exactly as found."""


class DatabaseTooNew(StoreError):
    """The file was written by a newer Objector. It is left untouched."""


class DatabaseBusy(StoreError):
    """Another program held the database locked for longer than the retries allow."""


class NotWritable(StoreError):
    """The data folder or file cannot be written (read-only folder, permissions)."""


class DiskFull(StoreError):
    """The disk is full; the change was not saved."""


class BackupFileInvalid(StoreError):
    """A backup JSON file is damaged or is not an Objector backup; nothing was imported."""


class NoteChanged(Exception):
    """A note was changed by another process since the editor loaded it; nothing was written.

    Not a failure of the store: the caller decides how to keep both texts."""

    def __init__(self, path: Path, stored: str) -> None:
        super().__init__(f"{path}: the note was changed elsewhere")
        self.path = path
        self.stored = stored


def translate(error: BaseException, path: Path) -> StoreError:
    """Turn a sqlite3 or OS error into the store error a person can act on."""
    if isinstance(error, StoreError):
        return error
    from app.atomic import NotRegularTarget
    from app.files import FileTooLarge, NotRegularFile

    if isinstance(error, NotRegularTarget):
        return StoreError(path, f"it was not written: {error.strerror}", "Nothing was changed.")

    if isinstance(error, NotRegularFile):
        return StoreError(path, f"it was not read: {error.strerror}",
                          "Choose the file itself (a picture, a saved e-mail, a PDF). Nothing was changed.")
    if isinstance(error, FileTooLarge):
        return StoreError(path, f"it was not read: {error.strerror}",
                          "Choose a smaller file, or keep a note of where it is instead. "
                          "Nothing was changed.")
    text = str(error).lower()
    code = getattr(error, "errno", None)
    if isinstance(error, (NotADirectoryError, FileExistsError, IsADirectoryError)):
        return StoreError(path, "something is in the way: a file where Objector keeps a folder, or a folder "
                          "where it keeps a file",
                          "Move it out of the way, then try again. Nothing was changed.")
    if isinstance(error, FileNotFoundError):
        return StoreError(path, "the file or its folder does not exist (or is a link to nothing)",
                          "Check the name and that the folder exists. Nothing was changed.")
    if "disk is full" in text or "database or disk is full" in text or code == errno.ENOSPC:
        return DiskFull(path, "the disk is full, so the last change was not saved",
                        "Free some space on the disk, then try again; everything saved before is still "
                        "there.")
    if ("readonly" in text or "read-only" in text or code in (errno.EACCES, errno.EPERM, errno.EROFS)
            or "unable to open database file" in text):
        return NotWritable(path, "Objector cannot write here (the folder or file is read-only or not yours)",
                           "Make the folder and the file writable, or start Objector with --data-dir "
                           "pointing to a folder you can write to. Nothing was changed.")
    if "locked" in text or "busy" in text:
        return DatabaseBusy(path, "the database is locked by another program (perhaps a second Objector "
                            "window) and stayed locked", "Close the other window or wait a moment, then try "
                            "again. The change was not saved.")
    if isinstance(error, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text or "corrupt" in text
    ):
        return DatabaseCorrupt(path, "the database file is damaged",
                               "Objector kept the file as it is. Restore the newest automatic backup, or "
                               "start a new database (the damaged file is kept beside it).")
    return StoreError(path, f"the database could not be used ({error})",
                      "Nothing was changed. If this keeps happening, restore a backup.")
