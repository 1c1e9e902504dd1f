"""Export the whole store to one versioned JSON file, and import it back, all or nothing.

Accounts are identified by their `uid` so that importing into a store that already has them merges rather
than duplicates: what is missing is added, ticks and history entries are united, and for a note or a run's
status the newer one wins, times compared as moments (all stored in UTC). Import checks the whole file
first, every value by the rules the window applies to what a person enters; a damaged, foreign or hostile file
changes nothing.

Two forms, chosen by the file name when exporting (`export_file`) and by the content when importing
(`import_file`):

- a `.zip` archive (the default the window offers): `backup.json` (the JSON below) and one entry
  `evidence/<sha256>` for each stored copy an evidence record names, removed records' too; nothing else.
  Import checks every entry's name, declared and actual size and SHA-256 against the records before it
  changes anything, then puts the copies in the evidence folder (each written whole, then renamed) and
  applies the records in one transaction.
- a `.json` file: the records only. Evidence files are listed (name, hash, size), not embedded.
The export never reads outside the data folder.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic import write_atomically
from app.core.translations import LANGUAGES
from app.storage.database import (
    ACCOUNT_FIELDS,
    DAMAGED_TIME,
    STATUSES,
    VISIBILITIES,
    Database,
    from_text,
    stored_text,
    to_text,
)
from app.storage.errors import BackupFileInvalid, translate

FORMAT = "objector-backup"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 512 * 1024 * 1024

ARCHIVE_SUFFIX = ".zip"  # what the window offers: the records and the files in one archive
DEFAULT_BACKUP_SUFFIX = ARCHIVE_SUFFIX
JSON_SUFFIX = ".json"  # the records only, as before archives
ARCHIVE_DATA = "backup.json"  # an archive's entries: this, and ARCHIVE_EVIDENCE + each file's SHA-256
ARCHIVE_EVIDENCE = "evidence/"

_TEXT = (str,)
_OPTIONAL_TEXT = (str, type(None))

# Fields added after the first backup format; files written before them may lack them.
_OPTIONAL_FIELDS = {"runs": {"extended_at"}, "evidence": {"removed_at"}, "accounts": {"letters_language"}}

# For each section: field -> accepted types; fields ending in "_at" (or named "at") must be ISO timestamps.
_SECTIONS: dict[str, dict[str, tuple[type, ...]]] = {
    "accounts": {"uid": _TEXT, **dict.fromkeys(ACCOUNT_FIELDS, _TEXT), "created_at": _TEXT,
                 "archived_at": _OPTIONAL_TEXT},
    "runs": {"account": _TEXT, "procedure_id": _TEXT, "status": _TEXT, "status_at": _OPTIONAL_TEXT,
             "submitted_at": _OPTIONAL_TEXT, "reference": _TEXT, "visibility": _TEXT,
             "completed_at": _OPTIONAL_TEXT, "completed_fingerprint": _OPTIONAL_TEXT,
             "completed_steps": (list,), "extended_at": _OPTIONAL_TEXT},
    "ticks": {"account": _TEXT, "procedure_id": _TEXT, "step_id": _TEXT, "done_at": _TEXT},
    "notes": {"account": _TEXT, "procedure_id": _TEXT, "step_id": _TEXT, "body": _TEXT, "updated_at": _TEXT},
    "evidence": {"account": _TEXT, "procedure_id": _TEXT, "step_id": _TEXT, "sha256": _TEXT,
                 "original_name": _TEXT, "size": (int,), "added_at": _TEXT, "removed_at": _OPTIONAL_TEXT},
    "history": {"uid": _TEXT, "at": _TEXT, "account": _TEXT, "procedure_id": _TEXT, "step_id": _TEXT,
                "action": _TEXT, "detail": (dict,)},
}

# What each value must look like, by the rules the window and the store apply to what a person enters.
# Each rule returns what is wrong (a phrase after "accounts[0].region ...") or None; it gets a value of the
# right type (None, where allowed, is not passed to it). No rule repeats the value it refuses: a hostile file
# must not put its text into the message the window or the command line shows.
ID_MAX = 80  # the procedure format's slugs (procedures/procedure.schema.json): procedure, step, platform ids
LINE_MAX = 32_767  # what a one-line field of the window takes (QLineEdit's maximum length)
NOTE_MAX = 1_000_000  # characters in one note
FILE_NAME_MAX = 255  # no file system has longer names
STEPS_MAX = 10_000  # step ids in one run's completion record
SIZE_MAX = 2**53  # the largest whole number every JSON reader keeps exactly
DETAIL_MAX = 4_000_000  # characters (about) in one history entry's detail: a note's text and then some
DETAIL_DEPTH = 10  # levels of objects and lists in one history entry's detail (the store writes 2)
TIMESTAMP_MAX = 64  # characters in an ISO 8601 timestamp, generously
YEARS = (1970, 9999)  # in UTC; later dates cannot be written back as ISO 8601 text
FUTURE_ALLOWED = dt.timedelta(days=2)  # clocks of two computers may disagree; by more is not a real time

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # lowercase letters and digits, single hyphens between
_REGION = re.compile(r"any|other|[A-Z]{2,3}")  # the window's EU, EEA, UK, US, other; a country code; any
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL_IN_LINE = re.compile("[\x00-\x1f]")  # C0 control characters, tab and newline too
_CONTROL_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f]")  # ... all but tab and newline, for several lines
_SHOWN_NAME = re.compile(r"[A-Za-z0-9_ -]{1,40}")  # a field name that may be quoted back as it is

Rule = Callable[[Any], str | None]


def _text_problem(value: str, maximum: int, multiline: bool = False, blank: bool = True) -> str | None:
    if _SURROGATE.search(value):
        return "is not valid Unicode (it holds a lone surrogate)"
    if "\x00" in value:
        return "holds a NUL character"
    if (_CONTROL_IN_TEXT if multiline else _CONTROL_IN_LINE).search(value):
        return "holds a control character" + ("" if multiline else " (one-line text)")
    if len(value) > maximum:
        return f"is longer than {maximum:,} characters"
    if not blank and not value.strip():
        return "is blank"
    return None


def _line(maximum: int = LINE_MAX, blank: bool = True) -> Rule:
    return lambda value: _text_problem(value, maximum, blank=blank)


def _id(empty: bool = False) -> Rule:
    def rule(value: str) -> str | None:
        if empty and value == "":
            return None
        if len(value) > ID_MAX or not _ID.fullmatch(value):
            return f"is not an id (lowercase letters, digits and single hyphens, at most {ID_MAX} characters)"
        return None
    return rule


def _platform(value: str) -> str | None:
    if len(value) > ID_MAX or not _ID.fullmatch(value):
        return "is not a platform name (lowercase letters, digits and hyphens)"
    return None


def _region(value: str) -> str | None:
    return None if _REGION.fullmatch(value) else "is not a region code"


def _sha256(value: str) -> str | None:
    return None if _SHA256.fullmatch(value) else "is not a SHA-256 hash (64 lowercase hexadecimal digits)"


def _size(value: int) -> str | None:
    return None if 0 <= value <= SIZE_MAX else f"is not a whole number from 0 to {SIZE_MAX:,}"


def _file_name(value: str) -> str | None:
    problem = _text_problem(value, FILE_NAME_MAX, blank=False)
    if problem is None and ("/" in value or value in (".", "..")):
        return "is not a file name"
    return problem


def _steps(value: list[Any]) -> str | None:
    if len(value) > STEPS_MAX:
        return f"lists more than {STEPS_MAX:,} steps"
    if not all(isinstance(step, str) and len(step) <= ID_MAX and _ID.fullmatch(step) for step in value):
        return "must list step ids"
    return None


def _read_timestamp(value: str) -> tuple[dt.datetime | None, str | None]:
    """`value` as a moment in UTC, or what keeps it from being one the store can keep."""
    try:
        if len(value) > TIMESTAMP_MAX or not value.isascii():
            raise ValueError
        moment = dt.datetime.fromisoformat(value)
        if moment.utcoffset() is None:
            raise ValueError
    except (ValueError, TypeError):
        return None, "is not a timestamp with a time zone"
    utc: dt.datetime | None
    try:
        utc = moment.astimezone(dt.timezone.utc)
    except OverflowError:  # e.g. 9999-12-31T23:00:00-05:00, which is in the year 10000 in UTC
        utc = None
    if utc is None or not YEARS[0] <= utc.year <= YEARS[1]:
        return None, f"is outside the years {YEARS[0]} to {YEARS[1]} (in UTC)"
    if utc > dt.datetime.now(dt.timezone.utc) + FUTURE_ALLOWED:
        # No backup comes from the future: a time far ahead would win every later merge for good.
        return None, "is in the future"
    return utc, None


def _timestamp(value: str) -> str | None:
    return _read_timestamp(value)[1]


def _stored_moment(value: Any) -> dt.datetime | None:
    """A timestamp as the store holds it (UTC text, or what an older import kept as written), as a moment
    to compare with; None if there is none or it cannot be read (then what is imported replaces it)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
        if moment.utcoffset() is None:
            moment = moment.replace(tzinfo=dt.timezone.utc)
        return moment.astimezone(dt.timezone.utc)
    except (ValueError, OverflowError):
        return None


def _detail(value: dict[str, Any]) -> str | None:
    """A JSON object the store can keep and read back: only what JSON holds, bounded in size and depth."""
    budget = DETAIL_MAX
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        budget -= 2
        if isinstance(item, (dict, list)):
            if depth > DETAIL_DEPTH:
                return f"is nested more than {DETAIL_DEPTH} levels deep"
            if isinstance(item, dict):
                for key, inner in item.items():
                    if not isinstance(key, str) or _text_problem(key, ID_MAX * 4) is not None:
                        return "has a key that is not short one-line text"
                    budget -= len(key)
                    pending.append((inner, depth + 1))
            else:
                pending.extend((inner, depth + 1) for inner in item)
        elif isinstance(item, str):
            problem = _text_problem(item, DETAIL_MAX, multiline=True)
            if problem is not None:
                return "holds text that " + problem
            budget -= len(item)
        elif isinstance(item, bool) or item is None:
            pass
        elif isinstance(item, int):
            if abs(item) > SIZE_MAX:
                return "holds a number that is too large"
        elif isinstance(item, float):
            if not math.isfinite(item):
                return "holds a number that is not finite"
        else:
            return "holds a value that JSON cannot hold"
        if budget < 0:
            return f"is larger than {DETAIL_MAX:,} characters"
    return None


def _letters_language(value: Any) -> str | None:  # '' (the window's) or a language letters are written in
    return None if value in ("", "en", *LANGUAGES) else "is not a language Objector writes letters in"


_ACCOUNT = _id()
_RULES: dict[str, dict[str, Rule]] = {
    "accounts": {"uid": _id(), "label": _line(blank=False), "platform": _platform, "region": _region,
                 **{name: _line() for name in ("handle", "email", "full_name", "country", "group_name")},
                 "letters_language": _letters_language},
    "runs": {"account": _ACCOUNT, "procedure_id": _id(), "reference": _line(),
             "completed_fingerprint": _id(), "completed_steps": _steps},
    "ticks": {"account": _ACCOUNT, "procedure_id": _id(), "step_id": _id()},
    "notes": {"account": _ACCOUNT, "procedure_id": _id(empty=True), "step_id": _id(empty=True),
              "body": lambda value: _text_problem(value, NOTE_MAX, multiline=True)},
    "evidence": {"account": _ACCOUNT, "procedure_id": _id(), "step_id": _id(empty=True), "sha256": _sha256,
                 "original_name": _file_name, "size": _size},
    "history": {"uid": _id(), "account": _id(empty=True), "procedure_id": _id(empty=True),
                "step_id": _id(empty=True), "action": _id(), "detail": _detail},
}


# History entries whose detail the report reads (it looks words up by these values), and the keys that must
# then hold text: what the problem is called, the keys, and those of them that may also be null.
_TEXT_DETAILS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "status": ("a status change", ("from", "to", "reference"), ()),
    "status-date": ("a status date change", ("status", "from", "to"), ("from",)),
    "reference": ("a reference change", ("reference", "from"), ()),
}


def _detail_problem(action: Any, detail: dict[str, Any]) -> str | None:
    """What is wrong with a history entry's detail that the report reads, or None."""
    if not isinstance(action, str) or action not in _TEXT_DETAILS:
        return None
    what, keys, nullable = _TEXT_DETAILS[action]
    for key in keys:
        value = detail.get(key, "")
        if not isinstance(value, str) and not (value is None and key in nullable):
            return f"{what} must give {', '.join(keys[:-1])} and {keys[-1]} as text"
    return None


def _is_timestamp(name: str) -> bool:
    return name.endswith("_at") or name == "at"


def _shown(names: list[str]) -> str:
    return ", ".join(name if _SHOWN_NAME.fullmatch(name) else ascii(name[:40]) for name in names)


@dataclass(frozen=True)
class ImportSummary:
    accounts_added: int
    ticks_added: int
    notes_changed: int
    runs_changed: int
    evidence_listed: int
    evidence_files_missing: int
    history_added: int
    evidence_files_added: int = 0  # stored copies an archive brought that the store did not have


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
            # As text, whatever a damaged file holds there; a time that cannot be read goes out as none.
            updated = from_text(row["updated_at"])
            data["notes"].append({"account": account.uid, "procedure_id": stored_text(row["procedure_id"]),
                                  "step_id": stored_text(row["step_id"]), "body": stored_text(row["body"]),
                                  "updated_at": to_text(updated) if updated else to_text(DAMAGED_TIME)})
        for item in db.evidence(account.id, include_removed=True):
            listed: dict[str, Any] = {"account": account.uid, "procedure_id": item.procedure_id,
                                      "step_id": item.step_id, "sha256": item.sha256,
                                      "original_name": item.original_name, "size": item.size,
                                      "added_at": to_text(item.added_at)}
            if item.removed_at is not None:  # only then: a file without removed records stays readable by
                listed["removed_at"] = to_text(item.removed_at)  # an Objector from before removal
            data["evidence"].append(listed)
    for entry in db.history():
        data["history"].append({"uid": entry.uid, "at": to_text(entry.at), "account": uid_of.get(
            entry.account_id, ""), "procedure_id": entry.procedure_id, "step_id": entry.step_id,
            "action": entry.action, "detail": entry.detail})
    return data


def export_file(db: Database, target: Path) -> dict[str, Any]:
    """Write the export atomically (a temporary file, then renamed), owner-only: an archive with the
    evidence files if `target` ends in .zip (app.storage.backup_archive), else the JSON of the records."""
    if target.suffix.lower() == ARCHIVE_SUFFIX:
        from app.storage.backup_archive import export_archive

        return export_archive(db, target)
    data = export_data(db)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    try:
        write_atomically(target, text.encode("utf-8"))
    except OSError as error:
        raise translate(error, target) from error
    return data


def read_backup_file(source: Path) -> dict[str, Any]:
    """Read and check a backup JSON file completely; raises BackupFileInvalid naming what is wrong."""
    from app.files import FileTooLarge, NotRegularFile, read_regular

    try:
        raw = read_regular(source, MAX_IMPORT_BYTES)  # a FIFO or /dev/zero never hangs or fills the memory
    except FileTooLarge as error:
        raise BackupFileInvalid(source, f"the file is more than {MAX_IMPORT_BYTES:,} bytes, more than a "
                                "backup can be", "Check that you chose an Objector backup file. Nothing was "
                                "imported.") from error
    except NotRegularFile as error:
        raise BackupFileInvalid(source, f"the file cannot be read ({error.strerror})",
                                "Choose the backup file itself. Nothing was imported.") from error
    except OSError as error:
        raise BackupFileInvalid(source, f"the file cannot be read ({error.strerror or error})",
                                "Check the file name and its permissions. Nothing was imported.") from error
    return _parse_backup(raw, source)


def _parse_backup(raw: bytes, source: Path, where_in: str = "") -> dict[str, Any]:
    """The checked backup data of the JSON text `raw` (of `source`, in its entry `where_in`)."""
    the_file = f"its {where_in}" if where_in else "the file"
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:  # ValueError: JSON, or an integer of
        # more digits than Python converts (4,300)
        where = f" at line {error.lineno}, column {error.colno}" \
            if isinstance(error, json.JSONDecodeError) else ""
        raise BackupFileInvalid(source, f"{the_file} is damaged: it is not valid JSON{where}",
                                "Use another copy of the backup. Nothing was imported.") from error
    problems = check_backup_data(data)
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        raise BackupFileInvalid(source, f"this is not a usable Objector backup: {shown}",
                                "Use a file made by 'objector backup export'. Nothing was imported.")
    return data  # type: ignore[no-any-return]


def check_backup_data(data: Any) -> list[str]:
    """Every problem with a backup's content, as short sentences naming the record and field."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return ["it does not say it is an Objector backup (no \"format\": \"objector-backup\")"]
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        return ["it has no format version"]
    if version > FORMAT_VERSION:
        return [f"it was made by a newer Objector (backup format {version}); update Objector to import it"]
    if version < 1:
        return ["it has a format version no Objector wrote"]
    problems: list[str] = []
    exported_at = data.get("exported_at")
    if exported_at is not None:
        problem = _timestamp(exported_at) if isinstance(exported_at, str) else "has the wrong type"
        if problem:
            problems.append(f"exported_at {problem}")
    account_uids: set[str] = set()
    for section, fields in _SECTIONS.items():
        records = data.get(section)
        if not isinstance(records, list):
            problems.append(f"'{section}' is missing or is not a list")
            continue
        rules = _RULES[section]
        for index, record in enumerate(records):
            where = f"{section}[{index}]"
            if not isinstance(record, dict):
                problems.append(f"{where} is not an object")
                continue
            missing = sorted(set(fields) - set(record) - _OPTIONAL_FIELDS.get(section, set()))
            extra = sorted(str(name) for name in set(record) - set(fields))
            if missing:
                problems.append(f"{where} lacks {', '.join(missing)}")
            if extra:
                problems.append(f"{where} has unknown field(s) {_shown(extra)}")
            for name, types in fields.items():
                value = record.get(name)
                if name not in record:
                    continue
                if not isinstance(value, types) or isinstance(value, bool):
                    problems.append(f"{where}.{name} has the wrong type")
                    continue
                if value is None:
                    continue
                rule: Rule | None = _timestamp if _is_timestamp(name) else rules.get(name)
                problem = rule(value) if rule is not None else None
                if problem:
                    problems.append(f"{where}.{name} {problem}")
            if section == "accounts" and isinstance(record.get("uid"), str):
                if record["uid"] in account_uids:
                    problems.append(f"{where}: the account uid appears twice")
                account_uids.add(record["uid"])
            if section == "runs":
                if record.get("status") not in STATUSES:
                    problems.append(f"{where}.status is not a known status")
                if record.get("visibility") not in VISIBILITIES:
                    problems.append(f"{where}.visibility is not known")
            if section == "notes" and record.get("step_id") and record.get("procedure_id") == "":
                problems.append(f"{where}.step_id is set without a procedure_id (a step note needs one)")
            detail = record.get("detail")
            if section == "history" and isinstance(detail, dict):
                problem = _detail_problem(record.get("action"), detail)
                if problem:
                    problems.append(f"{where}.detail of {problem}")
            if section != "accounts" and isinstance(record.get("account"), str) \
                    and record["account"] not in account_uids and not (section == "history"
                                                                       and record["account"] == ""):
                problems.append(f"{where} names an account that is not in the file")
    return problems


def import_file(db: Database, source: Path) -> ImportSummary:
    """Check `source` completely, then apply it in one transaction: a .zip archive (recognised by its
    content) with its evidence files, or a JSON backup (any version Objector wrote)."""
    from app.storage.backup_archive import import_archive, is_archive

    if is_archive(source):
        return import_archive(db, source)
    data = read_backup_file(source)
    return import_data(db, data)


def _normalised(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The checked sections with every timestamp in the store's own form (UTC, `to_text`), so that they are
    stored, and compared, as moments: 12:00+05:00 is 07:00 UTC, earlier than 10:00 UTC. The caller's data is
    not changed."""
    result: dict[str, list[dict[str, Any]]] = {}
    for section, fields in _SECTIONS.items():
        times = [name for name in fields if _is_timestamp(name)]
        records = []
        for record in data[section]:
            copy = dict(record)
            for name in times:
                if copy.get(name) is not None:
                    moment, problem = _read_timestamp(copy[name])
                    if moment is None:  # not reached: the data was checked
                        raise ValueError(f"{section}.{name} {problem}")
                    copy[name] = to_text(moment)
            records.append(copy)
        result[section] = records
    return result


def import_data(db: Database, data: dict[str, Any]) -> ImportSummary:
    problems = check_backup_data(data)
    if problems:
        raise BackupFileInvalid(db.path, "the backup data is not usable: " + "; ".join(problems[:5]),
                                "Nothing was imported.")
    sections = _normalised(data)
    counts = dict.fromkeys(("accounts", "ticks", "notes", "runs", "history"), 0)
    with db._write() as conn:
        ids: dict[str, int] = {}
        for record in sections["accounts"]:
            row = conn.execute("SELECT id FROM accounts WHERE uid = ?", (record["uid"],)).fetchone()
            if row is None:
                cursor = conn.execute(
                    f"INSERT INTO accounts (uid, created_at, archived_at, {', '.join(ACCOUNT_FIELDS)}) "
                    f"VALUES (?, ?, ?, {', '.join('?' for _ in ACCOUNT_FIELDS)})",
                    (record["uid"], record["created_at"], record["archived_at"],
                     *(record.get(name, "") for name in ACCOUNT_FIELDS)))
                ids[record["uid"]] = int(cursor.lastrowid or 0)
                counts["accounts"] += 1
            else:
                ids[record["uid"]] = int(row["id"])
        for record in sections["runs"]:
            account_id = ids[record["account"]]
            existing = conn.execute("SELECT status_at FROM runs WHERE account_id = ? AND procedure_id = ?",
                                    (account_id, record["procedure_id"])).fetchone()
            if existing is not None:
                theirs, ours = _stored_moment(record["status_at"]), _stored_moment(existing["status_at"])
                if theirs is None or (ours is not None and ours >= theirs):
                    continue  # the store's status is as new or newer
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
        for record in sections["ticks"]:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO ticks (account_id, procedure_id, step_id, done_at) "
                "VALUES (?, ?, ?, ?)",
                (ids[record["account"]], record["procedure_id"], record["step_id"], record["done_at"]))
            counts["ticks"] += cursor.rowcount
        for record in sections["notes"]:
            key = (ids[record["account"]], record["procedure_id"], record["step_id"])
            existing = conn.execute("SELECT updated_at FROM notes WHERE account_id = ? AND procedure_id = ? "
                                    "AND step_id = ?", key).fetchone()
            if existing is None:
                conn.execute("INSERT INTO notes (account_id, procedure_id, step_id, body, updated_at) "
                             "VALUES (?, ?, ?, ?, ?)", (*key, record["body"], record["updated_at"]))
            else:
                theirs, ours = _stored_moment(record["updated_at"]), _stored_moment(existing["updated_at"])
                if theirs is None or (ours is not None and ours >= theirs):
                    continue  # the store's note is as new or newer
                conn.execute("UPDATE notes SET body = ?, updated_at = ? "
                             "WHERE account_id = ? AND procedure_id = ? AND step_id = ?",
                             (record["body"], record["updated_at"], *key))
            counts["notes"] += 1
        missing_files = 0
        for record in sections["evidence"]:
            conn.execute(
                "INSERT OR IGNORE INTO evidence (account_id, procedure_id, step_id, sha256, original_name, "
                "size, added_at, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (ids[record["account"]], record["procedure_id"], record["step_id"], record["sha256"],
                 record["original_name"], record["size"], record["added_at"], record.get("removed_at")))
            if not db.evidence_path(record["sha256"]).exists():
                missing_files += 1
        for record in sections["history"]:
            if record["account"] not in ids:
                continue
            cursor = conn.execute(
                "INSERT OR IGNORE INTO history (uid, at, account_id, procedure_id, step_id, action, detail) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (record["uid"], record["at"], ids[record["account"]], record["procedure_id"],
                 record["step_id"], record["action"],
                 json.dumps(record["detail"], ensure_ascii=False, sort_keys=True)))
            counts["history"] += cursor.rowcount
    return ImportSummary(counts["accounts"], counts["ticks"], counts["notes"], counts["runs"],
                         len(data["evidence"]), missing_files, counts["history"])
