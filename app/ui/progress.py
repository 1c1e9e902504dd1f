"""Progress: ticks (with the completion they cause, saved together), statuses and their dates and
references, reply extensions, re-checks and which procedures an account shows. Each change is saved first
and then shown through the account session; ticks and statuses are undoable (this is their writer).
Another program holding the store: the change is kept and tried again (`PendingWrites`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.accounts import Completion, Status
from app.core.checklist import Checklist
from app.core.request_flow import OUTCOME_STATUS, move_for_tick
from app.storage.database import Run
from app.ui.commands import ExtendedCommand, RequestDetailCommand, StatusCommand, TickCommand, Together
from app.ui.context import WindowContext
from app.ui.details import Target
from app.ui.locale_text import day_text
from app.ui.models import tr
from app.ui.session import AccountSession, load_checklist
from app.ui.store_errors import PendingKey, PendingWrites, StoreErrors

Later = tuple[PendingKey, Callable[[], None]]


def status_moment(day: dt.date) -> dt.datetime:
    """A date the user picked, stored at noon UTC so that it stays the same day in every time zone."""
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.timezone.utc)


class ProgressController(QObject):
    """Writes progress for the ids each request names; never for "whatever is selected now"."""

    changed = Signal(int)  # an account's progress or follow-up changed
    details_stale = Signal()  # what the details show changed: show it again
    visibility_changed = Signal(int, str, str)  # account id, procedure id, visibility
    message = Signal(str)

    def __init__(self, context: WindowContext, session: AccountSession, errors: StoreErrors,
                 pending: PendingWrites, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context, self._session, self._errors = context, session, errors
        self._pending, self._undo = pending, undo_stack
        self.select_account: Callable[[int], object] = lambda _account_id: None  # set by the window
        # Asks what came back when a reply step is ticked (app.ui.outcome_dialog); set by the window.
        self.ask_outcome: Callable[..., str | None] = lambda _title, _reply_date=None: None

    # --- ticks ---------------------------------------------------------------------------------------------

    def request_tick(self, procedure_id: str, step_id: str, done: bool,
                     account_id: int | None = None) -> None:
        """A check box was clicked: save, show, and make it undoable."""
        if account_id is None:
            account_id = self._session.account.id if self._session.account is not None else None
        if account_id is None:
            return
        key = ("tick", account_id, procedure_id, step_id)
        retry = (key, lambda: self.request_tick(procedure_id, step_id, done, account_id))
        if not self.write_tick(account_id, procedure_id, step_id, done, later=retry):
            return
        procedure = self._context.catalog.get(procedure_id)
        step = procedure.step(step_id) if procedure else None
        tick = TickCommand(self, account_id, procedure_id, step_id, done, step.title if step else step_id)
        moved = self._move_request_on(account_id, procedure_id, step_id, done) if procedure else []
        self._undo.push(Together([tick, *moved]) if moved else tick)

    def _move_request_on(self, account_id: int, procedure_id: str, step_id: str,
                         done: bool) -> list[QUndoCommand]:
        """The status a tick of the sending or the reply step moves the request to (app.core.request_flow),
        saved; the commands that undo it with the tick."""
        procedure = self._context.catalog.get(procedure_id)
        checklist = self._session.checklist if self._session.shows(account_id) else None
        entry = checklist.entry(procedure_id) if checklist else None
        with self._errors.shown() as attempt:
            run = self._run_of(account_id, procedure_id)
        if attempt.failed or procedure is None:
            return []
        move = move_for_tick(procedure, step_id, done, run.status, bool(entry and entry.done - {step_id}))
        status, extended = move.status, False
        if move.ask_outcome:
            outcome = self.ask_outcome(procedure.title)
            if outcome is None:
                return []
            status, extended = OUTCOME_STATUS[outcome], outcome == "extended"
        commands = self._record(run, status, extended)
        if commands and status == Status.SUBMITTED:
            self.message.emit(tr("Recorded as sent today: the reply clock has started."))
        return commands

    def _record(self, run: Run, status: str | None, extended: bool,
                at: dt.datetime | None = None) -> list[QUndoCommand]:
        """Save a new status (and an extension) for `run`'s request; the commands that undo them."""
        commands: list[QUndoCommand] = []
        if status is not None and status != run.status:
            if not self.write_status(run.account_id, run.procedure_id, status, at=at):
                return commands
            commands.append(StatusCommand(self, run.account_id, run.procedure_id, str(run.status), status))
        extend = extended and run.extended_at is None
        if extend and self.write_extended(run.account_id, run.procedure_id, True):
            commands.append(ExtendedCommand(self, run.account_id, run.procedure_id, True))
        return commands

    def record_outcome(self, target: Target, day: dt.date) -> None:
        """A reply (a saved e-mail) was attached to the step that waits for it: ask what came back and
        record it on the reply's date, undoable as one step."""
        account_id, procedure_id, _step = target
        procedure = self._context.catalog.get(procedure_id)
        if procedure is None:
            return
        day = day.date() if isinstance(day, dt.datetime) else day
        outcome = self.ask_outcome(procedure.title, day)
        if outcome is None or outcome == "nothing-yet":
            return
        with self._errors.shown() as attempt:
            before = self._run_of(account_id, procedure_id)
        if attempt.failed:
            return
        commands = self._record(before, OUTCOME_STATUS[outcome], outcome == "extended", status_moment(day))
        step = procedure.step(target[2]) if target[2] else None
        if step is not None and not self._ticked(account_id, procedure_id, step.id) and \
                self.write_tick(account_id, procedure_id, step.id, True):
            commands.append(TickCommand(self, account_id, procedure_id, step.id, True, step.title))  # it came
        if not commands:
            return
        self._undo.push(Together(commands) if len(commands) > 1 else commands[0])
        self.details_stale.emit()
        self.changed.emit(account_id)
        self.message.emit(tr("Recorded what came back, on {date}.").format(date=day_text(day)))

    def _ticked(self, account_id: int, procedure_id: str, step_id: str) -> bool:
        checklist = self._session.checklist if self._session.shows(account_id) else None
        entry = checklist.entry(procedure_id) if checklist else None
        if entry is not None:
            return step_id in entry.done
        return (procedure_id, step_id) in self._context.db.ticks(account_id, procedure_id)

    def write_extended(self, account_id: int, procedure_id: str, extended: bool) -> bool:
        """The undo stack's writer for an extension of the reply period."""
        with self._errors.shown() as attempt:
            run = self._context.db.set_extended(account_id, procedure_id, extended)
        if attempt.failed:
            return False
        self._session.run_saved(run)
        self.details_stale.emit()
        self.changed.emit(account_id)
        return True

    def _checklist_of(self, account_id: int) -> Checklist | None:
        """The checklist the tick's completion is worked out on: the shown one, or the account's own."""
        if self._session.shows(account_id):
            return self._session.checklist
        db = self._context.db
        return load_checklist(db, self._context, db.account(account_id))[0]

    def write_tick(self, account_id: int, procedure_id: str, step_id: str, done: bool,
                   later: Later | None = None) -> bool:
        """Save a tick and the completion it causes, in one transaction, then show both."""
        if not self._session.shows(account_id):
            self.select_account(account_id)  # an undo of a tick on another account shows that account
        db = self._context.db
        with self._errors.shown(later) as attempt:
            checklist = self._checklist_of(account_id)
            entry = checklist.entry(procedure_id) if checklist else None
            complete = checklist.complete_after(procedure_id, step_id, done) if checklist else None
            completion = None if entry is None or complete is None else Completion(
                entry.procedure.fingerprint, entry.procedure.step_ids, complete)
            result = db.set_tick(account_id, procedure_id, step_id, done, completion=completion)
        if attempt.failed:
            return False
        self._pending.saved(("tick", account_id, procedure_id, step_id))
        if self._session.shows(account_id):
            self._session.tick_saved(procedure_id, step_id, done, result.run)
            self.details_stale.emit()
        self.changed.emit(account_id)
        return True

    # --- the request's status -----------------------------------------------------------------------------

    def _run_of(self, account_id: int, procedure_id: str) -> Run:
        """The run as last read: the shown account's, or from the store for another account."""
        if self._session.shows(account_id):
            return self._session.run(procedure_id)
        return self._context.db.run(account_id, procedure_id)

    def request_status(self, target: Target, status: str) -> None:
        account_id, procedure_id, _step = target
        with self._errors.shown() as attempt:
            before = self._run_of(account_id, procedure_id).status
        if attempt.failed or before == status:
            return
        key = ("status", account_id, procedure_id)
        if self.write_status(account_id, procedure_id, status,
                             later=(key, lambda: self.request_status(target, status))):
            self._undo.push(StatusCommand(self, account_id, procedure_id, str(before), status))

    def write_status(self, account_id: int, procedure_id: str, status: str,
                     later: Later | None = None, at: dt.datetime | None = None) -> bool:
        """The undo stack's writer for a status (`at`: when it was reached, else now)."""
        if not self._session.shows(account_id):
            self.select_account(account_id)
        with self._errors.shown(later) as attempt:
            run = self._context.db.set_status(account_id, procedure_id, status, at=at)
        if attempt.failed:
            self.details_stale.emit()  # the status list shows the stored status again
            return False
        self._pending.saved(("status", account_id, procedure_id))
        self._session.run_saved(run)
        self.details_stale.emit()
        self.changed.emit(account_id)
        return True

    def _saved_or_kept(self, key: PendingKey, write: Callable[[], Run | None],
                       retry: Callable[[], None]) -> Run | None:
        """Run one edit of a run (`write` returns the run saved, or None when nothing was to change); the
        run saved, if it was."""
        with self._errors.shown(later=(key, retry)) as attempt:
            run = write()
        if attempt.failed:
            return None
        self._pending.saved(key)  # a newer edit was saved (or there was nothing to save)
        if run is not None:
            self._session.run_saved(run)
        return run

    def change_status_date(self, target: Target, day: dt.date) -> None:
        account_id, procedure_id, _step = target
        before: list[dt.datetime | None] = []

        def write() -> Run | None:
            run = self._run_of(account_id, procedure_id)
            if run.status == "not-started" or (run.status_at and run.status_at.date() == day):
                return None
            before.append(run.status_at)
            return self._context.db.set_status_date(account_id, procedure_id, status_moment(day))

        saved = self._saved_or_kept(("date", account_id, procedure_id), write,
                                    lambda: self.change_status_date(target, day))
        if saved is not None and before and before[-1] is not None:
            self._undo.push(RequestDetailCommand(self, account_id, procedure_id, "date", before[-1],
                                                 saved.status_at))
        self.details_stale.emit()
        self.changed.emit(account_id)

    def change_reference(self, target: Target, text: str) -> None:
        account_id, procedure_id, _step = target
        before: list[str] = []

        def write() -> Run | None:
            reference = self._run_of(account_id, procedure_id).reference
            if text.strip() == reference:
                return None
            before.append(reference)
            return self._context.db.set_reference(account_id, procedure_id, text.strip())

        saved = self._saved_or_kept(("reference", account_id, procedure_id), write,
                                    lambda: self.change_reference(target, text))
        if saved is not None and before:
            self._undo.push(RequestDetailCommand(self, account_id, procedure_id, "reference", before[-1],
                                                 text.strip()))

    def write_request_detail(self, account_id: int, procedure_id: str, field: str, value: object) -> bool:
        """The undo stack's writer for a request's reference or status date."""
        db = self._context.db
        with self._errors.shown() as attempt:
            if field == "reference":
                run = db.set_reference(account_id, procedure_id, str(value))
            else:
                assert isinstance(value, dt.datetime)
                run = db.set_status_date(account_id, procedure_id, value)
        if attempt.failed:
            return False
        self._session.run_saved(run)
        self.details_stale.emit()
        self.changed.emit(account_id)
        return True

    def change_extended(self, target: Target, extended: bool) -> None:
        """The "they need longer" box: saved, and undoable (a click on it is easily a mistake)."""
        account_id, procedure_id, _step = target

        def write() -> Run | None:
            if (self._run_of(account_id, procedure_id).extended_at is not None) == extended:
                return None
            return self._context.db.set_extended(account_id, procedure_id, extended)

        if self._saved_or_kept(("extended", account_id, procedure_id), write,
                               lambda: self.change_extended(target, extended)) is not None:
            self._undo.push(ExtendedCommand(self, account_id, procedure_id, extended))
        self.details_stale.emit()
        self.changed.emit(account_id)

    def mark_rechecked(self, target: Target) -> None:
        """The user looked again and the setting is still as they left it: the re-check clock starts anew."""
        account_id, procedure_id, _step = target
        procedure = self._context.catalog.get(procedure_id)
        if procedure is None:
            return
        with self._errors.shown() as attempt:
            run = self._context.db.record_completion(account_id, procedure.id, procedure.fingerprint,
                                                     procedure.step_ids)
        if attempt.failed:
            return
        self._session.run_saved(run)
        self.details_stale.emit()
        self.changed.emit(account_id)
        self.message.emit(tr("Noted. Objector will remind you again later."))

    # --- which procedures an account shows ------------------------------------------------------------------

    def set_visibility(self, procedure_id: str, visibility: str) -> bool:
        account = self._session.account
        if account is None:
            return False
        with self._errors.shown() as attempt:
            self._context.db.set_visibility(account.id, procedure_id, visibility)
        if attempt.failed:
            return False
        self.changed.emit(account.id)
        self.visibility_changed.emit(account.id, procedure_id, visibility)
        return True
