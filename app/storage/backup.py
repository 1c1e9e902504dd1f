"""Export the whole store to one versioned JSON file, and import it back, all or nothing.

Accounts are identified by their `uid` so that importing into a store that already has them merges rather
than duplicates: what is missing is added, ticks and history entries are united, and for a note or a run's
status the newer one wins. Import checks the whole file first; a damaged or foreign file changes nothing.
Evidence files are listed (name, hash, size), not embedded: the export never reads outside the data folder.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic import write_atomically
from app.storage.database import ACCOUNT_FIELDS, STATUSES, VISIBILITIES, Database, to_text
from app.storage.errors import BackupFileInvalid, translate

FORMAT = "objector-backup"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 512 * 1024 * 1024

_TEXT = (str,)
_OPTIONAL_TEXT = (str, type(None))

# Fields added after the first backup format; files written before them may lack them.
_OPTIONAL_FIELDS = {"runs": {"extended_at"}}

# For each section: field -> accepted types; fields ending in "_at" (or named "at") must be ISO timestamps.
_SECTIONS: dict[str, dict[str, tuple[type, ...]]] = {
    "accounts": {"uid": _TEXT, **{name: _TEXT for name in ACCOUNT_FIELDS}, "created_at": _TEXT,
                 "archived_at": _OPTIONAL_TEXT},
    "runs": {"account": _TEXT, "procedure_id": _TEXT, "status": _TEXT, "status_at": _OPTIONAL_TEXT,
             "submitted_at": _OPTIONAL_TEXT, "reference": _TEXT, "visibility": _TEXT,
             "completed_at": _OPTIONAL_TEXT, "completed_fingerprint": _OPTIONAL_TEXT,
             "completed_steps": (list,), "extended_at": _OPTIONAL_TEXT},
    "ticks": {"account": _TEXT, "procedure_id": _TEXT, "step_id": _TEXT, "done_at": _TEXT},
    "notes": {"account": _TEXT, "procedure_id": _TEXT, "step_id": _TEXT, "body": _TEXT, "updated_at": _TEXT},
    "evidence": {"account": _TEXT, "procedure_id": _TEXT, "step_id": _TEXT, "sha256": _TEXT,
                 "original_name": _TEXT, "size": (int,), "added_at": _TEXT},
    "history": {"uid": _TEXT, "at": _TEXT, "account": _TEXT, "procedure_id": _TEXT, "step_id": _TEXT,
                "action": _TEXT, "detail": (dict,)},
}


@dataclass(frozen=True)
class ImportSummary:
    accounts_added: int
    ticks_added: int
    notes_changed: int
    runs_changed: int
    evidence_listed: int
    evidence_files_missing: int
    history_added: int


def export_data(db: Database) -> dict[str, Any]:
    """Everything in the store as plain JSON data."""
    accounts = db.accounts(include_archived=True)
    uid_of = {account.id: account.uid for account in accounts}

    def stamp(value: dt.datetime | None) -> str | None:
        return to_text(value) if value else None

    data: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported_at": to_text(db.clock()),
        "accounts": [
            {"uid": a.uid, **{name: getattr(a, name) for name in ACCOUNT_FIELDS},
             "created_at": stamp(a.created_at), "archived_at": stamp(a.archived_at)}
            for a in accounts
        ],
        "runs": [
            {"account": uid_of[r.account_id], "procedure_id": r.procedure_id, "status": r.status,
             "status_at": stamp(r.status_at), "submitted_at": stamp(r.submitted_at), "reference": r.reference,
             "visibility": r.visibility, "completed_at": stamp(r.completed_at),
             "completed_fingerprint": r.completed_fingerprint, "completed_steps": list(r.completed_steps),
             "extended_at": stamp(r.extended_at)}
            for r in db.runs()
        ],
        "ticks": [],
        "notes": [],
        "evidence": [],
        "history": [],
    }
    for account in accounts:
        for (procedure_id, step_id), when in sorted(db.ticks(account.id).items()):
            data["ticks"].append({"account": account.uid, "procedure_id": procedure_id, "step_id": step_id,
                                  "done_at": to_text(when)})
        for row in db._read("SELECT procedure_id, step_id, body, updated_at FROM notes WHERE account_id = ? "
                            "ORDER BY procedure_id, step_id", (account.id,)):
            data["notes"].append({"account": account.uid, "procedure_id": row[0], "step_id": row[1],
                                  "body": row[2], "updated_at": row[3]})
        for item in db.evidence(account.id):
            data["evidence"].append({"account": account.uid, "procedure_id": item.procedure_id,
                                     "step_id": item.step_id, "sha256": item.sha256,
                                     "original_name": item.original_name, "size": item.size,
                                     "added_at": to_text(item.added_at)})
    for entry in db.history():
        data["history"].append({"uid": entry.uid, "at": to_text(entry.at), "account": uid_of.get(
            entry.account_id, ""), "procedure_id": entry.procedure_id, "step_id": entry.step_id,
            "action": entry.action, "detail": entry.detail})
    return data


def export_file(db: Database, target: Path) -> dict[str, Any]:
    """Write the export atomically (a temporary file, then renamed), owner-only."""
    data = export_data(db)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    try:
        write_atomically(target, text.encode("utf-8"))
    except OSError as error:
        raise translate(error, target) from error
    return data


def read_backup_file(source: Path) -> dict[str, Any]:
    """Read and check a backup file completely; raises BackupFileInvalid naming what is wrong."""
    try:
        size = source.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise BackupFileInvalid(source, f"the file is {size:,} bytes, more than a backup can be",
                                    "Check that you chose an Objector backup file. Nothing was imported.")
        raw = source.read_bytes()
    except OSError as error:
        raise BackupFileInvalid(source, f"the file cannot be read ({error.strerror or error})",
                                "Check the file name and its permissions. Nothing was imported.") from error
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        where = f" at line {error.lineno}, column {error.colno}" if isinstance(error, json.JSONDecodeError) else ""
        raise BackupFileInvalid(source, f"the file is damaged: it is not valid JSON{where}",
                                "Use another copy of the backup. Nothing was imported.") from error
    problems = check_backup_data(data)
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        raise BackupFileInvalid(source, f"this is not a usable Objector backup: {shown}",
                                "Use a file made by 'objector backup export'. Nothing was imported.")
    return data  # type: ignore[no-any-return]


def check_backup_data(data: Any) -> list[str]:
    """Every problem with a backup's content, as short sentences."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return ["it does not say it is an Objector backup (no \"format\": \"objector-backup\")"]
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        return ["it has no format version"]
    if version > FORMAT_VERSION:
        return [f"it was made by a newer Objector (backup format {version}); update Objector to import it"]
    problems: list[str] = []
    account_uids: set[str] = set()
    for section, fields in _SECTIONS.items():
        records = data.get(section)
        if not isinstance(records, list):
            problems.append(f"'{section}' is missing or is not a list")
            continue
        for index, record in enumerate(records):
            where = f"{section}[{index}]"
            if not isinstance(record, dict):
                problems.append(f"{where} is not an object")
                continue
            missing = sorted(set(fields) - set(record) - _OPTIONAL_FIELDS.get(section, set()))
            extra = sorted(set(record) - set(fields))
            if missing:
                problems.append(f"{where} lacks {', '.join(missing)}")
            if extra:
                problems.append(f"{where} has unknown field(s) {', '.join(extra)}")
            for name, types in fields.items():
                value = record.get(name)
                if name not in record:
                    continue
                if not isinstance(value, types) or isinstance(value, bool):
                    problems.append(f"{where}.{name} has the wrong type")
                elif (name.endswith("_at") or name == "at") and value is not None:
                    try:
                        moment = dt.datetime.fromisoformat(value)
                        if moment.tzinfo is None:
                            raise ValueError
                    except ValueError:
                        problems.append(f"{where}.{name} is not a timestamp with a time zone")
            if section == "accounts" and isinstance(record.get("uid"), str):
                if record["uid"] in account_uids:
                    problems.append(f"{where}: the account uid appears twice")
                account_uids.add(record["uid"])
            if section == "runs":
                if record.get("status") not in STATUSES:
                    problems.append(f"{where}.status is not a known status")
                if record.get("visibility") not in VISIBILITIES:
                    problems.append(f"{where}.visibility is not known")
                if isinstance(record.get("completed_steps"), list) and not all(
                        isinstance(step, str) for step in record["completed_steps"]):
                    problems.append(f"{where}.completed_steps must list step ids")
            if section != "accounts" and isinstance(record.get("account"), str) \
                    and record["account"] not in account_uids and not (section == "history"
                                                                       and record["account"] == ""):
                problems.append(f"{where} names an account that is not in the file")
    return problems


def import_file(db: Database, source: Path) -> ImportSummary:
    """Check `source` completely, then apply it in one transaction."""
    data = read_backup_file(source)
    return import_data(db, data)


def import_data(db: Database, data: dict[str, Any]) -> ImportSummary:
    problems = check_backup_data(data)
    if problems:
        raise BackupFileInvalid(db.path, "the backup data is not usable: " + "; ".join(problems[:5]),
                                "Nothing was imported.")
    counts = dict.fromkeys(("accounts", "ticks", "notes", "runs", "history"), 0)
    with db._write() as conn:
        ids: dict[str, int] = {}
        for record in data["accounts"]:
            row = conn.execute("SELECT id FROM accounts WHERE uid = ?", (record["uid"],)).fetchone()
            if row is None:
                cursor = conn.execute(
                    f"INSERT INTO accounts (uid, created_at, archived_at, {', '.join(ACCOUNT_FIELDS)}) "
                    f"VALUES (?, ?, ?, {', '.join('?' for _ in ACCOUNT_FIELDS)})",
                    (record["uid"], record["created_at"], record["archived_at"],
                     *(record[name] for name in ACCOUNT_FIELDS)))
                ids[record["uid"]] = int(cursor.lastrowid or 0)
                counts["accounts"] += 1
            else:
                ids[record["uid"]] = int(row[0])
        for record in data["runs"]:
            account_id = ids[record["account"]]
            existing = conn.execute("SELECT status_at FROM runs WHERE account_id = ? AND procedure_id = ?",
                                    (account_id, record["procedure_id"])).fetchone()
            if existing is not None and (existing[0] or "") >= (record["status_at"] or ""):
                continue
            conn.execute(
                "INSERT OR REPLACE INTO runs (account_id, procedure_id, status, status_at, submitted_at, "
                "reference, visibility, completed_at, completed_fingerprint, completed_steps, extended_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (account_id, record["procedure_id"], record["status"], record["status_at"],
                 record["submitted_at"], record["reference"], record["visibility"], record["completed_at"],
                 record["completed_fingerprint"],
                 json.dumps(record["completed_steps"]) if record["completed_steps"] else None,
                 record.get("extended_at")))
            counts["runs"] += 1
        for record in data["ticks"]:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO ticks (account_id, procedure_id, step_id, done_at) VALUES (?, ?, ?, ?)",
                (ids[record["account"]], record["procedure_id"], record["step_id"], record["done_at"]))
            counts["ticks"] += cursor.rowcount
        for record in data["notes"]:
            cursor = conn.execute(
                "INSERT INTO notes (account_id, procedure_id, step_id, body, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (account_id, procedure_id, step_id) DO UPDATE SET body = excluded.body, "
                "updated_at = excluded.updated_at WHERE excluded.updated_at > notes.updated_at",
                (ids[record["account"]], record["procedure_id"], record["step_id"], record["body"],
                 record["updated_at"]))
            counts["notes"] += cursor.rowcount
        missing_files = 0
        for record in data["evidence"]:
            conn.execute(
                "INSERT OR IGNORE INTO evidence (account_id, procedure_id, step_id, sha256, original_name, size, "
                "added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (ids[record["account"]], record["procedure_id"], record["step_id"], record["sha256"],
                 record["original_name"], record["size"], record["added_at"]))
            if not db.evidence_path(record["sha256"]).exists():
                missing_files += 1
        for record in data["history"]:
            if record["account"] not in ids:
                continue
            cursor = conn.execute(
                "INSERT OR IGNORE INTO history (uid, at, account_id, procedure_id, step_id, action, detail) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (record["uid"], record["at"], ids[record["account"]], record["procedure_id"], record["step_id"],
                 record["action"], json.dumps(record["detail"], ensure_ascii=False, sort_keys=True)))
            counts["history"] += cursor.rowcount
    return ImportSummary(counts["accounts"], counts["ticks"], counts["notes"], counts["runs"],
                         len(data["evidence"]), missing_files, counts["history"])
