"""The progress store: accounts, ticks, statuses, notes, evidence and an append-only history, in SQLite.

Every change is one transaction that is on disk (WAL, synchronous=FULL) when the call returns, and writes its
history entry in the same transaction. A file that is damaged, or from a newer Objector, is never written to.
Files are created readable by their owner only.

`Database` is made of one class per group of tables (app.storage.account_tables, .progress_tables,
.evidence_tables) over the open file (app.storage.connection); whole copies of the store are made and put
back by app.storage.copies. The values it reads and writes are app.core.accounts'. Every name that was
defined here before that split is still importable from here.
"""

from __future__ import annotations

from app.core.accounts import (
    STATUSES,
    VISIBILITIES,
    Account,
    Completion,
    DeletionSummary,
    Evidence,
    HistoryEntry,
    Run,
    Status,
    TickResult,
    Visibility,
)
from app.storage.account_tables import AccountTables
from app.storage.copies import (
    AUTO_BACKUPS_KEPT,
    BackupInfo,
    automatic_backups,
    describe_backup,
    ensure_private_dir,
    good_backups,
    restore_backup,
    set_aside,
    take_automatic_backup_apart,
)
from app.storage.evidence_tables import LARGE_EVIDENCE_BYTES, MAX_EVIDENCE_BYTES, EvidenceTables
from app.storage.progress_tables import ProgressTables
from app.storage.rows import ACCOUNT_FIELDS
from app.storage.values import (
    DAMAGED_TIME,
    Clock,
    decode_text,
    from_text,
    new_uid,
    stored_text,
    to_text,
    utc_now,
)

__all__ = [
    "ACCOUNT_FIELDS", "AUTO_BACKUPS_KEPT", "DAMAGED_TIME", "LARGE_EVIDENCE_BYTES",
    "MAX_EVIDENCE_BYTES", "STATUSES", "VISIBILITIES",
    "Account", "BackupInfo", "Clock", "Completion", "Database", "DeletionSummary", "Evidence",
    "HistoryEntry", "Run", "Status", "TickResult", "Visibility", "automatic_backups", "decode_text",
    "describe_backup", "ensure_private_dir", "from_text", "good_backups", "new_uid", "restore_backup",
    "set_aside", "stored_text", "take_automatic_backup_apart", "to_text", "utc_now",
]


class Database(AccountTables, ProgressTables, EvidenceTables):
    """One open store. Hand the same object to whoever needs it; close it when done.

    Opened as `Database(path, clock=..., retries=..., busy_ms=..., precheck=..., allow_empty=...)`
    (app.storage.connection.Connection); its operations are those of the accounts, notes and history
    tables, the ticks and runs tables, and the evidence table."""
