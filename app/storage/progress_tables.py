"""Progress through procedures, in the store: ticked steps, and each run's status, reference, dates,
visibility and completion.

A tick and the completion it brings about (or takes back) are written in one transaction (`set_tick` with
a `Completion`): no crash can leave a finished checklist without its completion record, or the reverse.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any, overload

from app.core.accounts import (
    STATUSES,
    VISIBILITIES,
    Completion,
    CompletionChange,
    Run,
    Status,
    TickResult,
    Visibility,
)
from app.storage import rows
from app.storage.connection import Connection
from app.storage.values import required_time, stored_text, to_text

_WHERE_RUN = "WHERE account_id = ? AND procedure_id = ?"
_NOT_GIVEN: Any = object()  # set_tick without a completion: it answers with a bool, as it always did


def _known_status(status: str) -> Status:
    try:
        return Status(status)
    except ValueError:
        raise ValueError(f"unknown status {status!r}; one of {', '.join(STATUSES)}") from None


def _same_moment(moment: dt.datetime, stored: dt.datetime | None) -> bool:
    return stored is not None and to_text(moment) == to_text(stored)


class ProgressTables(Connection):
    """The ticks and runs tables."""

    # --- ticks -------------------------------------------------------------------------------------------

    @overload
    def set_tick(self, account_id: int, procedure_id: str, step_id: str, done: bool,
                 at: dt.datetime | None = None) -> bool: ...

    @overload
    def set_tick(self, account_id: int, procedure_id: str, step_id: str, done: bool,
                 at: dt.datetime | None = None, *, completion: Completion | None) -> TickResult: ...

    def set_tick(self, account_id: int, procedure_id: str, step_id: str, done: bool,
                 at: dt.datetime | None = None, *, completion: Any = _NOT_GIVEN) -> bool | TickResult:
        """Tick or untick a step; on disk when it returns. Without `completion`, returns whether the tick
        changed (as it always did).

        Given a `completion` (whether the procedure is complete after this tick, and which version of it),
        the run's completion follows in the same transaction: recorded when the procedure is complete and
        its completion is not yet recorded for this version (`fingerprint`), cleared when it is not
        complete but was. Given `completion=None` (nothing known about the procedure), only the tick is
        written. Either way the answer is then a `TickResult`: what changed, the run as stored after it,
        and true when the tick changed."""
        when = self._now(at)
        with self._write() as conn:
            if done:
                cursor = conn.execute("INSERT OR IGNORE INTO ticks (account_id, procedure_id, step_id, "
                                      "done_at) VALUES (?, ?, ?, ?)",
                                      (account_id, procedure_id, step_id, when))
            else:
                cursor = conn.execute(f"DELETE FROM ticks {_WHERE_RUN} AND step_id = ?",
                                      (account_id, procedure_id, step_id))
            changed = cursor.rowcount > 0
            if changed:
                self._log(conn, account_id, "tick" if done else "untick", procedure_id, step_id)
            if completion is _NOT_GIVEN:
                return changed
            change: CompletionChange = ""
            if completion is not None:
                change = self._follow_completion(conn, account_id, procedure_id, completion)
            run = self._run_in(conn, account_id, procedure_id)
        return TickResult(changed, run, change)

    def ticks(self, account_id: int, procedure_id: str | None = None) -> dict[tuple[str, str], dt.datetime]:
        """(procedure id, step id) -> when it was ticked."""
        sql = "SELECT procedure_id, step_id, done_at FROM ticks WHERE account_id = ?"
        params: tuple[Any, ...] = (account_id,)
        if procedure_id is not None:
            sql += " AND procedure_id = ?"
            params += (procedure_id,)
        return {(stored_text(row["procedure_id"]), stored_text(row["step_id"])): required_time(row["done_at"])
                for row in self._read(sql, params)}

    def tick_keys(self) -> dict[int, set[tuple[str, str]]]:
        """Every account's ticked (procedure id, step id) pairs, in one query (for overviews)."""
        result: dict[int, set[tuple[str, str]]] = {}
        for row in self._read("SELECT account_id, procedure_id, step_id FROM ticks"):
            result.setdefault(row["account_id"], set()).add((row["procedure_id"], row["step_id"]))
        return result

    def orphan_ticks(self, account_id: int, procedure_id: str, current_steps: tuple[str, ...]) -> list[str]:
        """Ticked steps that the procedure no longer has: kept, and reported rather than dropped."""
        return sorted(step for (_, step) in self.ticks(account_id, procedure_id) if step not in current_steps)

    # --- runs --------------------------------------------------------------------------------------------

    def _ensure_run(self, conn: sqlite3.Connection, account_id: int, procedure_id: str) -> None:
        conn.execute("INSERT OR IGNORE INTO runs (account_id, procedure_id) VALUES (?, ?)",
                     (account_id, procedure_id))

    def _run_in(self, conn: sqlite3.Connection, account_id: int, procedure_id: str) -> Run:
        """The run as the transaction `conn` is in sees it."""
        found = conn.execute(f"{rows.RUNS} {_WHERE_RUN}", (account_id, procedure_id)).fetchone()
        return rows.run(found) if found is not None else Run(account_id, procedure_id)

    def run(self, account_id: int, procedure_id: str) -> Run:
        found = self._read(f"{rows.RUNS} {_WHERE_RUN}", (account_id, procedure_id))
        return rows.run(found[0]) if found else Run(account_id, procedure_id)

    def runs(self, account_id: int | None = None) -> list[Run]:
        if account_id is None:
            return [rows.run(row) for row in self._read(f"{rows.RUNS} ORDER BY account_id, procedure_id")]
        return [rows.run(row) for row in self._read(
            f"{rows.RUNS} WHERE account_id = ? ORDER BY procedure_id", (account_id,))]

    # --- status, its date and the reference ----------------------------------------------------------------

    def set_status(self, account_id: int, procedure_id: str, status: str, at: dt.datetime | None = None,
                   reference: str | None = None) -> Run:
        """Set a run's status, as of `at` (now if not given), and its reference if one is given.

        Setting the status it already has changes only the date (if `at` is given) and the reference (if
        given), each logged as what it is ("status-date", "reference"), and writes nothing at all when
        neither differs from what is stored."""
        chosen = _known_status(status)
        stored = self.run(account_id, procedure_id)
        if self._details_unchanged(stored, chosen, at, reference):
            return stored
        with self._write() as conn:
            before = self._run_in(conn, account_id, procedure_id)
            if before.status == chosen:
                self._change_details(conn, before, at, reference)
            else:
                when = self._now(at)
                self._ensure_run(conn, account_id, procedure_id)
                conn.execute(
                    "UPDATE runs SET status = ?, status_at = ?, reference = COALESCE(?, reference), "
                    f"submitted_at = CASE WHEN ? = 'submitted' THEN ? ELSE submitted_at END {_WHERE_RUN}",
                    (chosen.value, when, reference, chosen.value, when, account_id, procedure_id))
                detail: dict[str, Any] = {"from": before.status.value, "to": chosen.value, "status_at": when}
                if reference is not None:
                    detail["reference"] = reference
                self._log_entry(conn, account_id, "status", procedure_id, "", None, detail)
        return self.run(account_id, procedure_id)

    def set_status_date(self, account_id: int, procedure_id: str, at: dt.datetime) -> Run:
        """Change when the run's status was reached (a submission date picked afterwards), keeping the
        status; logged as "status-date", and nothing is written when it is the stored date."""
        return self._set_details(account_id, procedure_id, at, None)

    def set_reference(self, account_id: int, procedure_id: str, reference: str) -> Run:
        """Change the other side's reference for the run (a case number; '' removes it), keeping the
        status; logged as "reference", and nothing is written when it is the stored reference."""
        return self._set_details(account_id, procedure_id, None, reference)

    def _set_details(self, account_id: int, procedure_id: str, at: dt.datetime | None,
                     reference: str | None) -> Run:
        before = self.run(account_id, procedure_id)
        if self._details_unchanged(before, before.status, at, reference):
            return before
        with self._write() as conn:
            self._change_details(conn, self._run_in(conn, account_id, procedure_id), at, reference)
        return self.run(account_id, procedure_id)

    @staticmethod
    def _details_unchanged(before: Run, status: Status, at: dt.datetime | None,
                           reference: str | None) -> bool:
        return (status == before.status and (at is None or _same_moment(at, before.status_at))
                and (reference is None or reference == before.reference))

    def _change_details(self, conn: sqlite3.Connection, before: Run, at: dt.datetime | None,
                        reference: str | None) -> None:
        """Write the date and the reference that differ from `before`, each with its own history entry."""
        account_id, procedure_id = before.account_id, before.procedure_id
        if at is not None and not _same_moment(at, before.status_at):
            when = to_text(at)
            self._ensure_run(conn, account_id, procedure_id)
            conn.execute("UPDATE runs SET status_at = ?, submitted_at = CASE WHEN status = 'submitted' "
                         f"THEN ? ELSE submitted_at END {_WHERE_RUN}", (when, when, account_id, procedure_id))
            self._log_entry(conn, account_id, "status-date", procedure_id, "", None, {
                "status": before.status.value, "to": when,
                "from": to_text(before.status_at) if before.status_at else None})
        if reference is not None and reference != before.reference:
            self._ensure_run(conn, account_id, procedure_id)
            conn.execute(f"UPDATE runs SET reference = ? {_WHERE_RUN}", (reference, account_id, procedure_id))
            self._log_entry(conn, account_id, "reference", procedure_id, "", None,
                            {"reference": reference, "from": before.reference})

    # --- extension, visibility, completion -----------------------------------------------------------------

    def set_extended(self, account_id: int, procedure_id: str, extended: bool) -> Run:
        """Record that the other side said it needs longer to reply (or take that back)."""
        now = self._now()
        with self._write() as conn:
            self._ensure_run(conn, account_id, procedure_id)
            conn.execute(f"UPDATE runs SET extended_at = ? {_WHERE_RUN}",
                         (now if extended else None, account_id, procedure_id))
            self._log(conn, account_id, "extended" if extended else "extension-removed", procedure_id, at=now)
        return self.run(account_id, procedure_id)

    def set_visibility(self, account_id: int, procedure_id: str, visibility: str) -> Run:
        if visibility not in VISIBILITIES:
            raise ValueError(f"unknown visibility {visibility!r}")
        with self._write() as conn:
            self._ensure_run(conn, account_id, procedure_id)
            conn.execute(f"UPDATE runs SET visibility = ? {_WHERE_RUN}",
                         (Visibility(visibility).value, account_id, procedure_id))
            self._log(conn, account_id, "visibility", procedure_id, to=Visibility(visibility).value)
        return self.run(account_id, procedure_id)

    def record_completion(self, account_id: int, procedure_id: str, fingerprint: str,
                          step_ids: tuple[str, ...]) -> Run:
        """Remember which version of the procedure a finished run followed."""
        with self._write() as conn:
            self._complete(conn, account_id, procedure_id, fingerprint, step_ids)
        return self.run(account_id, procedure_id)

    def clear_completion(self, account_id: int, procedure_id: str) -> None:
        with self._write() as conn:
            self._reopen(conn, account_id, procedure_id)

    def _complete(self, conn: sqlite3.Connection, account_id: int, procedure_id: str, fingerprint: str,
                  step_ids: tuple[str, ...]) -> None:
        import json  # not at start-up: only when a row needs it

        now = self._now()
        self._ensure_run(conn, account_id, procedure_id)
        conn.execute("UPDATE runs SET completed_at = ?, completed_fingerprint = ?, completed_steps = ? "
                     f"{_WHERE_RUN}", (now, fingerprint, json.dumps(list(step_ids)), account_id,
                                       procedure_id))
        self._log(conn, account_id, "completed", procedure_id, at=now, fingerprint=fingerprint)

    def _reopen(self, conn: sqlite3.Connection, account_id: int, procedure_id: str) -> bool:
        cursor = conn.execute("UPDATE runs SET completed_at = NULL, completed_fingerprint = NULL, "
                              f"completed_steps = NULL {_WHERE_RUN} AND completed_at IS NOT NULL",
                              (account_id, procedure_id))
        if cursor.rowcount:
            self._log(conn, account_id, "reopened", procedure_id)
        return bool(cursor.rowcount)

    def _follow_completion(self, conn: sqlite3.Connection, account_id: int, procedure_id: str,
                           completion: Completion) -> CompletionChange:
        """Record or clear the run's completion as `completion` says the procedure now is."""
        before = self._run_in(conn, account_id, procedure_id)
        if completion.complete:
            if before.completed_fingerprint != completion.fingerprint:
                self._complete(conn, account_id, procedure_id, completion.fingerprint, completion.step_ids)
                return "completed"
        elif self._reopen(conn, account_id, procedure_id):  # only if it was completed
            return "reopened"
        return ""
