"""Rows of the store's tables as the values of app.core.accounts, read by column name.

Each table's columns are listed once, here: the queries select exactly these (never `SELECT *`, whose
order is whatever the schema's history made it) and the values are read from the row by name.
"""

from __future__ import annotations

import sqlite3

from app.core.accounts import Account, Evidence, HistoryEntry, Run, Status, Visibility
from app.storage.values import from_text, json_or_damaged, required_time, stored_text

ACCOUNT_FIELDS = ("label", "platform", "region", "handle", "email", "full_name", "country", "group_name",
                  "letters_language")

ACCOUNT_COLUMNS = ("id", "uid", *ACCOUNT_FIELDS, "created_at", "archived_at")
RUN_COLUMNS = ("account_id", "procedure_id", "status", "status_at", "submitted_at", "reference", "visibility",
               "completed_at", "completed_fingerprint", "completed_steps", "extended_at")
EVIDENCE_COLUMNS = ("id", "account_id", "procedure_id", "step_id", "sha256", "original_name", "size",
                    "added_at", "removed_at")
HISTORY_COLUMNS = ("id", "uid", "at", "account_id", "procedure_id", "step_id", "action", "detail")


def select(table: str, columns: tuple[str, ...]) -> str:
    """`SELECT` of the named columns of `table`, for a query to go on with WHERE and ORDER BY."""
    return f"SELECT {', '.join(columns)} FROM {table}"


ACCOUNTS = select("accounts", ACCOUNT_COLUMNS)
RUNS = select("runs", RUN_COLUMNS)
EVIDENCE = select("evidence", EVIDENCE_COLUMNS)
HISTORY = select("history", HISTORY_COLUMNS)


def account(row: sqlite3.Row) -> Account:
    text = stored_text
    return Account(row["id"], text(row["uid"]), text(row["label"]), text(row["platform"]),
                   text(row["region"]), text(row["handle"]), text(row["email"]), text(row["full_name"]),
                   text(row["country"]), text(row["group_name"]), required_time(row["created_at"]),
                   from_text(row["archived_at"]), letters_language=text(row["letters_language"]))


def run(row: sqlite3.Row) -> Run:
    completed = json_or_damaged(row["completed_steps"], [])
    fingerprint = row["completed_fingerprint"]
    text = stored_text
    return Run(
        account_id=row["account_id"], procedure_id=text(row["procedure_id"]),
        status=Status.read(text(row["status"])), status_at=from_text(row["status_at"]),
        submitted_at=from_text(row["submitted_at"]), reference=text(row["reference"]),
        visibility=Visibility.read(text(row["visibility"])), completed_at=from_text(row["completed_at"]),
        completed_fingerprint=text(fingerprint) if fingerprint is not None else None,
        completed_steps=tuple(step for step in completed if isinstance(step, str))
        if isinstance(completed, list) else (),
        extended_at=from_text(row["extended_at"]))


def evidence(row: sqlite3.Row) -> Evidence:
    size = row["size"]
    text = stored_text
    return Evidence(row["id"], row["account_id"], text(row["procedure_id"]), text(row["step_id"]),
                    text(row["sha256"]), text(row["original_name"]), size if isinstance(size, int) else 0,
                    required_time(row["added_at"]), from_text(row["removed_at"]))


def history(row: sqlite3.Row) -> HistoryEntry:
    parsed = json_or_damaged(row["detail"], {})
    text = stored_text
    return HistoryEntry(row["id"], text(row["uid"]), required_time(row["at"]), row["account_id"],
                        text(row["procedure_id"]), text(row["step_id"]), text(row["action"]),
                        parsed if isinstance(parsed, dict) else {})
