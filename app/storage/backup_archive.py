"""Backups as one .zip archive: `backup.json` (app.storage.backup's JSON) and `evidence/<sha256>`, the stored
copy of every file an evidence record names (removed records' too), and nothing else.

Export hashes each copy as it writes it, and refuses (naming the file) if one is missing or changed, so that
every archive written imports. Import refuses the whole archive, before anything changes, for: a name other
than those two forms (no folders, no `..`, no absolute path), an entry twice, an encrypted entry, more than
MAX_ARCHIVE_ENTRIES entries, an entry declared larger than MAX_EVIDENCE_BYTES (backup.json: MAX_IMPORT_BYTES)
or all of them together larger than MAX_ARCHIVE_BYTES, an entry that holds more or less than it declares (a
zip bomb is stopped at its declared size), a file whose size or SHA-256 is not the records', a file the
records name that is not there, or one they do not name. Each file is copied into the evidence folder as it
is checked (a temporary file, renamed to its hash only once all are checked); then the records are applied
in one transaction, and if that fails the files that came with them are removed again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import ExitStack
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from app.atomic import write_atomically
from app.storage.backup import (
    _SHOWN_NAME,
    ARCHIVE_DATA,
    ARCHIVE_EVIDENCE,
    MAX_IMPORT_BYTES,
    ImportSummary,
    _parse_backup,
    export_data,
    import_data,
)
from app.storage.database import Database
from app.storage.errors import BackupFileInvalid, StoreError, translate
from app.storage.evidence_tables import MAX_EVIDENCE_BYTES, StagedCopy

MAX_ARCHIVE_BYTES = 64 << 30  # 64 GiB in all, as stored and as unpacked: 32 of the largest files
MAX_ARCHIVE_ENTRIES = 1_000_000
_ENTRY = re.compile(r"evidence/([0-9a-f]{64})")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # entries carry no time of their own: the records say when



def _stored_copies(data: dict[str, Any]) -> dict[str, int]:
    """Each hash the exported records name, with the size its records give."""
    return {item["sha256"]: item["size"] for item in data["evidence"]}


def export_archive(db: Database, target: Path) -> dict[str, Any]:
    """Write `backup.json` and every stored copy the records name (`evidence/<sha256>`) to one .zip.

    Each copy is hashed as it is written: a copy that is missing or no longer has its hash refuses the
    export (StoreError naming it), so that every archive written imports."""
    import hashlib
    import zipfile

    data = export_data(db)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    names = {item["sha256"]: item["original_name"] for item in data["evidence"]}

    def entry(name: str, stored: bool) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        return info

    def refuse(sha: str, what: str) -> StoreError:
        return StoreError(db.evidence_path(sha), f"the stored copy of the attached file “{names[sha]}” "
                          f"{what}",
                          "Export to a .json file instead (it keeps everything but the files), or attach the "
                          "file again. Nothing was written.")

    def write(handle: BinaryIO) -> None:
        from app.files import open_regular

        with zipfile.ZipFile(handle, "w", allowZip64=True) as archive:
            archive.writestr(entry(ARCHIVE_DATA, stored=False), text)
            for sha, size in sorted(_stored_copies(data).items()):
                with ExitStack() as stack:
                    try:
                        opened = open_regular(db.evidence_path(sha), follow_links=False)
                        source, _ = stack.enter_context(opened)
                    except OSError as error:
                        raise refuse(sha, "is missing") from error
                    digest = hashlib.sha256()
                    with archive.open(entry(ARCHIVE_EVIDENCE + sha, stored=True), "w",
                                      force_zip64=size >= 1 << 30) as out:
                        for chunk in iter(partial(source.read, 1 << 20), b""):
                            digest.update(chunk)
                            out.write(chunk)
                if digest.hexdigest() != sha:
                    raise refuse(sha, "was changed or damaged (its SHA-256 is no longer the one recorded)")

    try:
        write_atomically(target, write)
    except OSError as error:
        raise translate(error, target) from error
    return data


def _invalid(source: Path, problem: str,
             advice: str = "Use another copy of the backup.") -> BackupFileInvalid:
    return BackupFileInvalid(source, problem, f"{advice} Nothing was imported.")


def _read_entry(archive: Any, info: Any, source: Path, limit: int) -> Iterator[bytes]:
    """The bytes of one archive entry, refusing more than it declares or than `limit` (a zip bomb)."""
    import zipfile
    import zlib

    read = 0
    try:
        with archive.open(info) as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                read += len(chunk)
                if read > info.file_size or read > limit:
                    raise _invalid(source, f"its entry {info.filename} holds more than it says it does")
                yield chunk
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
        raise _invalid(source, f"its entry {info.filename} is damaged ({error})") from error
    if read != info.file_size:
        raise _invalid(source, f"its entry {info.filename} holds less than it says it does")


def _archive_entries(archive: Any, source: Path) -> tuple[Any, dict[str, Any]]:
    """The archive's `backup.json` entry and its evidence entries by hash, after checking every name and
    declared size: only `backup.json` and `evidence/<64 hex digits>`, each once, none encrypted."""
    infos = archive.infolist()
    if len(infos) > MAX_ARCHIVE_ENTRIES:
        raise _invalid(source, f"the archive has more than {MAX_ARCHIVE_ENTRIES:,} entries")
    data_entry = None
    files: dict[str, Any] = {}
    total = 0
    for info in infos:
        name = info.filename
        shown = name if _SHOWN_NAME.fullmatch(name.replace("/", "-").replace(".", "-")) else ascii(name[:80])
        if info.flag_bits & 0x1:
            raise _invalid(source, f"its entry {shown} is encrypted")
        found = _ENTRY.fullmatch(name)
        if name == ARCHIVE_DATA:
            if data_entry is not None:
                raise _invalid(source, f"it holds {ARCHIVE_DATA} twice")
            if info.file_size > MAX_IMPORT_BYTES:
                raise _invalid(source, f"its {ARCHIVE_DATA} is more than {MAX_IMPORT_BYTES:,} bytes")
            data_entry = info
        elif found:
            if found[1] in files:
                raise _invalid(source, f"it holds the entry {name} twice")
            if info.file_size > MAX_EVIDENCE_BYTES:
                raise _invalid(source, f"its entry {name} is larger than {MAX_EVIDENCE_BYTES:,} bytes, more "
                               "than an attached file can be")
            files[found[1]] = info
        else:
            raise _invalid(source, f"it holds an entry Objector does not write ({shown}); only "
                           f"{ARCHIVE_DATA} and {ARCHIVE_EVIDENCE}<SHA-256> belong in a backup",
                           "Use an archive made by 'objector backup export'.")
        total += info.file_size
        if total > MAX_ARCHIVE_BYTES:
            raise _invalid(source, f"it unpacks to more than {MAX_ARCHIVE_BYTES:,} bytes")
    if data_entry is None:
        raise _invalid(source, f"it holds no {ARCHIVE_DATA}, so it is not an Objector backup",
                       "Use an archive made by 'objector backup export'.")
    return data_entry, files


def import_archive(db: Database, source: Path) -> ImportSummary:
    """Import a .zip backup: check every entry against the records before anything changes, then put the
    files in place and apply the records (in one transaction). Any problem refuses the whole import."""
    import zipfile

    from app.files import open_regular

    staged: dict[str, StagedCopy] = {}
    placed: list[Path] = []
    try:
        with ExitStack() as stack:
            try:
                handle, size = stack.enter_context(open_regular(source))
                if size > MAX_ARCHIVE_BYTES:
                    raise _invalid(source, f"the file is more than {MAX_ARCHIVE_BYTES:,} bytes")
                archive = stack.enter_context(zipfile.ZipFile(handle))
            except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
                raise _invalid(source, f"the archive is damaged ({error})") from error
            except OSError as error:
                raise _invalid(source, f"the file cannot be read ({error.strerror or error})",
                               "Check the file name and its permissions.") from error
            data_entry, files = _archive_entries(archive, source)
            raw = b"".join(_read_entry(archive, data_entry, source, MAX_IMPORT_BYTES))
            data = _parse_backup(raw, source, ARCHIVE_DATA)
            sizes: dict[str, int] = {}
            for index, item in enumerate(data["evidence"]):
                if sizes.setdefault(item["sha256"], item["size"]) != item["size"]:
                    raise _invalid(source, f"evidence[{index}] gives another size for a file listed before "
                                   "with the same SHA-256")
            for sha in sorted(set(sizes) - set(files)):
                raise _invalid(source, f"its entry {ARCHIVE_EVIDENCE}{sha} is missing (the records list a "
                               "file with that SHA-256)")
            for sha in sorted(set(files) - set(sizes)):
                raise _invalid(source, f"its entry {ARCHIVE_EVIDENCE}{sha} is listed in no record")
            for sha, info in sorted(files.items()):
                entry = f"{ARCHIVE_EVIDENCE}{sha}"
                if info.file_size != sizes[sha]:
                    raise _invalid(source, f"its entry {entry} is {info.file_size:,} bytes, but the records "
                                   f"say {sizes[sha]:,}")
                copy = staged[sha] = StagedCopy(db.evidence_dir)
                for chunk in _read_entry(archive, info, source, sizes[sha]):
                    copy.write(chunk)
                if copy.finish() != sha:
                    raise _invalid(source, f"its entry {entry} does not have the SHA-256 its name and the "
                                   "records give: it was changed or damaged")
        for sha, copy in staged.items():
            target = db.evidence_path(sha)
            if copy.keep(target):
                placed.append(target)
        staged.clear()
        summary = import_data(db, data)
    except BaseException as error:
        for copy in staged.values():
            copy.discard()
        for path in placed:  # the records did not come: neither do the files that came for them
            path.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise translate(error, db.evidence_dir) from error
        raise
    return ImportSummary(summary.accounts_added, summary.ticks_added, summary.notes_changed,
                         summary.runs_changed, summary.evidence_listed, summary.evidence_files_missing,
                         summary.history_added, len(placed))


def is_archive(source: Path) -> bool:
    """Whether `source` begins as a .zip archive does (whatever its name); False if it cannot be read."""
    from app.files import open_regular

    try:
        with open_regular(source) as (handle, _size):
            return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError:
        return False  # read_backup_file says what is wrong with it
