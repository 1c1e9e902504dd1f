"""Evidence in the store: files copied into the data folder, named by their content hash, and listed.

A record names a stored copy by its SHA-256; the name shown (`original_name`) can change, the copy does not
move. Removing a record is undoable: it is marked removed (`removed_at`) and no longer listed, and its stored
copy is kept. Stored copies are never deleted automatically, not even when no record names them any more:
a copy is what a person may have to show an authority, and the disk it takes is the person's to reclaim,
by hand, in the data folder's `evidence` folder. Backups carry removed records and
their copies too, so that an undo after a restore still finds its file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, BinaryIO

from app.core.accounts import Evidence
from app.storage import rows
from app.storage.connection import Connection
from app.storage.copies import ensure_private_dir, remove_quietly
from app.storage.errors import StoreError, translate

MAX_EVIDENCE_BYTES = 2 << 30  # 2 GiB: a screenshot, a saved e-mail, a PDF; never a disk image
LARGE_EVIDENCE_BYTES = 50 * 1024 * 1024  # the window asks before attaching a file larger than this
NAME_MAX = 255  # no file system has longer names
_CHUNK = 1 << 20


def _shown_name(name: str) -> str:
    """`name` as a file name to show: its last part, without control characters, at most NAME_MAX long;
    ValueError if nothing is left."""
    cleaned = "".join(char for char in name.replace("\\", "/").rsplit("/", 1)[-1]
                      if char >= " " and char != "\x7f" and not "\ud800" <= char <= "\udfff").strip()
    if not cleaned or cleaned in (".", ".."):
        raise ValueError("an attached file needs a name")
    return cleaned[:NAME_MAX]


def openable_suffix(name: str) -> str:
    """The extension of an attached file's name, lower-cased, if it is a plain one (".png", ".eml");
    else ""."""
    suffix = Path(name).suffix.lower()
    return suffix if 2 <= len(suffix) <= 10 and suffix[1:].isascii() and suffix[1:].isalnum() else ""


class StagedCopy:
    """A file being copied into the evidence folder: written to a temporary file there, hashed as it is
    written, and given its hash's name only by `keep` (or removed by `discard`)."""

    def __init__(self, folder: Path) -> None:
        import hashlib  # not at start-up: it loads OpenSSL

        ensure_private_dir(folder)
        self.path = folder / f".incoming-{os.urandom(8).hex()}.part"
        self.size = 0
        self._digest = hashlib.sha256()
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        self._out = os.fdopen(os.open(self.path, flags, 0o600), "wb")

    def write(self, chunk: bytes, limit: int = MAX_EVIDENCE_BYTES) -> None:
        self.size += len(chunk)
        if self.size > limit:
            from app.files import FileTooLarge

            raise FileTooLarge(self.path, limit)
        self._digest.update(chunk)
        self._out.write(chunk)

    def finish(self) -> str:
        """Flush the copy to disk; its SHA-256."""
        self._out.flush()
        os.fsync(self._out.fileno())
        self._out.close()
        return self._digest.hexdigest()

    def keep(self, target: Path) -> bool:
        """Give the finished copy its name (True), or drop it if a copy of the same bytes is there (False)."""
        ensure_private_dir(target.parent)
        if target.exists():
            self.path.unlink()
            return False
        os.replace(self.path, target)
        return True

    def discard(self) -> None:
        self._out.close()
        remove_quietly(self.path)


class EvidenceTables(Connection):
    """The evidence table and the files it lists."""

    @property
    def evidence_dir(self) -> Path:
        return self.path.parent / "evidence"

    def evidence_path(self, sha256: str) -> Path:
        return self.evidence_dir / sha256[:2] / sha256

    def evidence_file(self, evidence: Evidence) -> Path:
        """The stored copy of `evidence`, to open (it may be missing if someone deleted it by hand)."""
        return self.evidence_path(evidence.sha256)

    def openable_file(self, evidence: Evidence) -> Path:
        """The stored copy under a name that ends like the original's (`<hash>.png`), so that the desktop
        picks the right program (Windows goes by the extension alone): a second link to the same bytes,
        made the first time it is asked for (a private copy where the file system has no links). Without
        an extension in the original name, the stored copy itself. OSError if it cannot be made."""
        stored = self.evidence_file(evidence)
        suffix = openable_suffix(evidence.original_name)
        if not suffix:
            return stored
        named = stored.with_name(stored.name + suffix)
        try:
            if os.path.samefile(named, stored):
                return named
            named.unlink()  # not the same bytes (replaced by hand): made again below
        except FileNotFoundError:
            pass
        try:
            os.link(stored, named)
        except OSError:
            import shutil

            shutil.copyfile(stored, named)
            os.chmod(named, 0o600)
        return named

    def attach_evidence(self, account_id: int, procedure_id: str, step_id: str, source: Path) -> Evidence:
        """Copy a file into the data directory, named by its content hash, and record it.

        The bytes are hashed as they are copied, in one pass, so the hash is always that of the stored copy
        (a file that changes meanwhile cannot be stored under another file's hash). Only a regular file is
        read (links are followed to the file they point at; a FIFO, device or folder is refused), at most
        MAX_EVIDENCE_BYTES. The copy is written to a temporary file and renamed, so a disk that fills
        leaves nothing half-written. The same file attached again to the same step is one record (one
        that was removed is listed again)."""
        from app.files import FileTooLarge, open_regular

        def copy(staged: StagedCopy) -> None:
            with open_regular(source) as (handle, known_size):
                if known_size > MAX_EVIDENCE_BYTES:  # refused before a byte is copied
                    raise FileTooLarge(source, MAX_EVIDENCE_BYTES)
                self._pour(handle, staged, source)

        return self._attach(account_id, procedure_id, step_id, source.name, copy, source)

    def attach_evidence_bytes(self, account_id: int, procedure_id: str, step_id: str, data: bytes,
                              name: str) -> Evidence:
        """Store `data` (a pasted screenshot's PNG bytes) as a file called `name`, as attach_evidence
        stores a file."""
        from app.files import FileTooLarge

        where = self.evidence_dir / "pasted"
        if len(data) > MAX_EVIDENCE_BYTES:
            raise translate(FileTooLarge(where, MAX_EVIDENCE_BYTES), where)

        def copy(staged: StagedCopy) -> None:
            for start in range(0, len(data), _CHUNK):
                staged.write(data[start:start + _CHUNK])

        return self._attach(account_id, procedure_id, step_id, name, copy, where)

    @staticmethod
    def _pour(handle: BinaryIO, staged: StagedCopy, source: Path) -> None:
        from app.files import FileTooLarge

        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            if staged.size + len(chunk) > MAX_EVIDENCE_BYTES:
                raise FileTooLarge(source, MAX_EVIDENCE_BYTES)
            staged.write(chunk)

    def _attach(self, account_id: int, procedure_id: str, step_id: str, name: str, copy: Any,
                source: Path) -> Evidence:
        try:
            shown = _shown_name(name)
        except ValueError as error:
            raise StoreError(source, "the file has no name Objector can show",
                             "Give it a name and try again. Nothing was changed.") from error
        sha, size = self._copy_in(copy, source)
        now = self._now()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO evidence (account_id, procedure_id, step_id, sha256, original_name, size, "
                "added_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, procedure_id, step_id, "
                "sha256) DO UPDATE SET removed_at = NULL",
                (account_id, procedure_id, step_id, sha, shown, size, now))
            self._log(conn, account_id, "evidence", procedure_id, step_id, at=now, sha256=sha,
                      name=shown, size=size)
        found = self._read(f"{rows.EVIDENCE} WHERE account_id = ? AND procedure_id = ? AND step_id = ? "
                           "AND sha256 = ?", (account_id, procedure_id, step_id, sha))
        return rows.evidence(found[0])

    def _copy_in(self, copy: Any, source: Path) -> tuple[str, int]:
        """Run `copy(staged)` into a new temporary file in the evidence folder, then name it by its SHA-256;
        the hash and the size. On any failure the temporary file is removed."""
        staged: StagedCopy | None = None
        try:
            staged = StagedCopy(self.evidence_dir)
            copy(staged)
            sha = staged.finish()
            staged.keep(self.evidence_path(sha))
            size = staged.size
            staged = None
        except OSError as error:
            if staged is not None:
                staged.discard()
            if error.filename is None:
                error.filename = str(source)
            raise translate(error, Path(error.filename)) from error
        except BaseException:
            if staged is not None:
                staged.discard()
            raise
        return sha, size

    def _one_evidence(self, evidence_id: int) -> Evidence:
        found = self._read(f"{rows.EVIDENCE} WHERE id = ?", (evidence_id,))
        if not found:
            raise StoreError(self.path, "that attached file is not in the store (perhaps its account was "
                             "deleted meanwhile)", "Nothing was changed.")
        return rows.evidence(found[0])

    def rename_evidence(self, evidence_id: int, name: str) -> Evidence:
        """Change the name an attached file is shown by; the stored copy keeps its name (its hash)."""
        before = self._one_evidence(evidence_id)
        try:
            shown = _shown_name(name)
        except ValueError as error:
            raise StoreError(self.path, "an attached file needs a name",
                             "Type a name. Nothing was changed.") from error
        if shown == before.original_name:
            return before
        with self._write() as conn:
            conn.execute("UPDATE evidence SET original_name = ? WHERE id = ?", (shown, evidence_id))
            self._log(conn, before.account_id, "evidence-renamed", before.procedure_id, before.step_id,
                      sha256=before.sha256, name=shown, **{"from": before.original_name})
        return self._one_evidence(evidence_id)

    def remove_evidence(self, evidence_id: int) -> Evidence:
        """Mark an attached file removed (it is no longer listed); its stored copy is kept, so that
        restore_evidence undoes this. Removing one already removed changes nothing."""
        return self._set_removed(evidence_id, True)

    def restore_evidence(self, evidence_id: int) -> Evidence:
        """List a removed attached file again (the undo of remove_evidence)."""
        return self._set_removed(evidence_id, False)

    def _set_removed(self, evidence_id: int, removed: bool) -> Evidence:
        before = self._one_evidence(evidence_id)
        if before.removed == removed:
            return before
        now = self._now()
        with self._write() as conn:
            conn.execute("UPDATE evidence SET removed_at = ? WHERE id = ?", (now if removed else None,
                                                                            evidence_id))
            self._log(conn, before.account_id, "evidence-removed" if removed else "evidence-restored",
                      before.procedure_id, before.step_id, at=now, sha256=before.sha256,
                      name=before.original_name)
        return self._one_evidence(evidence_id)

    def evidence(self, account_id: int, procedure_id: str | None = None, *,
                 include_removed: bool = False) -> list[Evidence]:
        """The files attached for an account (and procedure), oldest first; removed ones only if asked."""
        sql = f"{rows.EVIDENCE} WHERE account_id = ?"
        params: tuple[Any, ...] = (account_id,)
        if procedure_id is not None:
            sql += " AND procedure_id = ?"
            params += (procedure_id,)
        if not include_removed:
            sql += " AND removed_at IS NULL"
        return [rows.evidence(row) for row in self._read(sql + " ORDER BY id", params)]

    def stored_hashes(self) -> set[str]:
        """The hashes every record names, removed or not: the stored copies a backup carries."""
        return {str(row["sha256"]) for row in self._read("SELECT DISTINCT sha256 FROM evidence")}
