"""Accounts, their notes and the history of everything done for them, in the store."""

from __future__ import annotations

from typing import Any

from app.core.accounts import Account, DeletionSummary, HistoryEntry
from app.storage import rows
from app.storage.connection import Connection
from app.storage.errors import NoteChanged
from app.storage.rows import ACCOUNT_FIELDS
from app.storage.values import new_uid, stored_text


class AccountTables(Connection):
    """The accounts, notes and history tables."""

    # --- accounts ----------------------------------------------------------------------------------------

    def add_account(self, label: str, platform: str, region: str, **fields: str) -> Account:
        unknown = set(fields) - set(ACCOUNT_FIELDS)
        if unknown:
            raise ValueError(f"unknown account fields: {sorted(unknown)}")
        if not label.strip():
            raise ValueError("an account needs a label")
        values = {name: fields.get(name, "") for name in ACCOUNT_FIELDS}
        values.update(label=label.strip(), platform=platform, region=region)
        now = self._now()
        with self._write() as conn:
            cursor = conn.execute(
                f"INSERT INTO accounts (uid, created_at, {', '.join(ACCOUNT_FIELDS)}) "
                f"VALUES (?, ?, {', '.join('?' for _ in ACCOUNT_FIELDS)})",
                (new_uid(), now, *(values[name] for name in ACCOUNT_FIELDS)),
            )
            account_id = int(cursor.lastrowid or 0)
            self._log_entry(conn, account_id, "account-added", "", "", now, values)
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
            detail = {name: {"from": getattr(before, name), "to": value} for name, value in changes.items()}
            self._log_entry(conn, account_id, "account-changed", "", "", None, detail)
        return self.account(account_id)

    def archive_account(self, account_id: int, archived: bool = True) -> Account:
        now = self._now()
        with self._write() as conn:
            conn.execute("UPDATE accounts SET archived_at = ? WHERE id = ?", (now if archived else None,
                                                                             account_id))
            self._log(conn, account_id, "account-archived" if archived else "account-restored", at=now)
        return self.account(account_id)

    def deletion_summary(self, account_id: int) -> DeletionSummary:
        def count(table: str) -> int:
            found = self._read(f"SELECT count(*) AS found FROM {table} WHERE account_id = ?", (account_id,))
            return int(found[0]["found"])

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
        found = self._read(f"{rows.ACCOUNTS} WHERE id = ?", (account_id,))
        if not found:
            raise KeyError(f"no account with id {account_id}")
        return rows.account(found[0])

    def accounts(self, include_archived: bool = False) -> list[Account]:
        where = "" if include_archived else "WHERE archived_at IS NULL"
        return [rows.account(row) for row in self._read(f"{rows.ACCOUNTS} {where} ORDER BY id")]

    def accounts_in_group(self, group_name: str) -> list[Account]:
        if not group_name:
            return []
        return [rows.account(row) for row in self._read(
            f"{rows.ACCOUNTS} WHERE group_name = ? AND archived_at IS NULL ORDER BY id", (group_name,))]

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
        now = self._now()
        with self._write() as conn:
            if expected is not None:
                # Read inside the write transaction: no other process can change it between check and write.
                found = conn.execute("SELECT body FROM notes WHERE account_id = ? AND procedure_id = ? AND "
                                     "step_id = ?", (account_id, procedure_id, step_id)).fetchall()
                stored = stored_text(found[0]["body"]) if found else ""
                if stored == text:
                    return False
                if stored != expected:
                    raise NoteChanged(self.path, stored)
            if text:
                conn.execute(
                    "INSERT INTO notes (account_id, procedure_id, step_id, body, updated_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, procedure_id, step_id) "
                    "DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
                    (account_id, procedure_id, step_id, text, now))
            else:
                conn.execute("DELETE FROM notes WHERE account_id = ? AND procedure_id = ? AND step_id = ?",
                             (account_id, procedure_id, step_id))
            self._log(conn, account_id, "note", procedure_id, step_id, at=now, text=text)
        return True

    def note(self, account_id: int, procedure_id: str = "", step_id: str = "") -> str:
        found = self._read("SELECT body FROM notes WHERE account_id = ? AND procedure_id = ? AND step_id = ?",
                           (account_id, procedure_id, step_id))
        return stored_text(found[0]["body"]) if found else ""

    def notes(self, account_id: int) -> dict[tuple[str, str], str]:
        """(procedure id, step id) -> text, for all of an account's notes ('' ids for account/run notes)."""
        return {(stored_text(row["procedure_id"]), stored_text(row["step_id"])): stored_text(row["body"])
                for row in self._read("SELECT procedure_id, step_id, body FROM notes WHERE account_id = ?",
                                      (account_id,))}

    # --- history -----------------------------------------------------------------------------------------

    def history(self, account_id: int | None = None, procedure_id: str | None = None) -> list[HistoryEntry]:
        conditions: list[str] = []
        params: list[Any] = []
        if account_id is not None:
            conditions.append("account_id = ?")
            params.append(account_id)
        if procedure_id is not None:
            conditions.append("procedure_id = ?")
            params.append(procedure_id)
        where = " WHERE " + " AND ".join(conditions) if conditions else ""
        return [rows.history(row) for row in self._read(f"{rows.HISTORY}{where} ORDER BY id", tuple(params))]
