"""Evidence in the store: files copied into the data folder, named by their content hash, and listed."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from app.core.accounts import Evidence
from app.storage import rows
from app.storage.connection import Connection
from app.storage.copies import ensure_private_dir, remove_quietly
from app.storage.errors import translate

MAX_EVIDENCE_BYTES = 2 << 30  # 2 GiB: a screenshot, a saved e-mail, a PDF; never a disk image


class EvidenceTables(Connection):
    """The evidence table and the files it lists."""

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
        sha, size = self._copy_in(source)
        now = self._now()
        with self._write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO evidence (account_id, procedure_id, step_id, sha256, original_name, "
                "size, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (account_id, procedure_id, step_id, sha, source.name, size, now))
            self._log(conn, account_id, "evidence", procedure_id, step_id, at=now, sha256=sha,
                      name=source.name, size=size)
        found = self._read(f"{rows.EVIDENCE} WHERE account_id = ? AND procedure_id = ? AND step_id = ? "
                           "AND sha256 = ?", (account_id, procedure_id, step_id, sha))
        return rows.evidence(found[0])

    def _copy_in(self, source: Path) -> tuple[str, int]:
        """Copy `source` into the evidence folder under its SHA-256; returns the hash and the size."""
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
                flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                fd = os.open(partial, flags, 0o600)
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
                remove_quietly(partial)
            if error.filename is None:
                error.filename = str(source)
            raise translate(error, Path(error.filename)) from error
        return sha, size

    def evidence(self, account_id: int, procedure_id: str | None = None) -> list[Evidence]:
        sql = f"{rows.EVIDENCE} WHERE account_id = ?"
        params: tuple[Any, ...] = (account_id,)
        if procedure_id is not None:
            sql += " AND procedure_id = ?"
            params += (procedure_id,)
        return [rows.evidence(row) for row in self._read(sql + " ORDER BY id", params)]
