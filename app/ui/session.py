"""The shown account's state, with one owner: the account, its checklist (ticks and visibility), its runs,
notes and group coverage. The checklist model, the header and the details observe it; the controllers
change it through its methods, after the store accepted the change."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QObject, Signal

from app.core.checklist import Checklist
from app.core.followup import Coverage
from app.core.followup_count import coverage_details_in_group
from app.storage.database import Account, Database, Run
from app.ui.context import WindowContext
from app.ui.store_errors import StoreErrors


def load_checklist(db: Database, context: WindowContext,
                  account: Account) -> tuple[Checklist, dict[str, Run]]:
    """The one place a shown account's checklist is built from the store."""
    runs = {run.procedure_id: run for run in db.runs(account.id)}
    return Checklist.for_account(context.catalog, account, runs, db.ticks(account.id).keys()), runs


class Statuses(Mapping[str, str]):
    """The runs' statuses by procedure, read from the session's runs (a view, not a copy)."""

    def __init__(self, runs: dict[str, Run]) -> None:
        self._runs = runs

    def __getitem__(self, procedure_id: str) -> str:
        return str(self._runs[procedure_id].status)

    def __iter__(self) -> Iterator[str]:
        return iter(self._runs)

    def __len__(self) -> int:
        return len(self._runs)


class AccountSession(QObject):
    """One account's state while it is shown."""

    reset = Signal(bool)  # another account (False) or the same one read again from the store (True)
    tick_changed = Signal(str, str)  # procedure id, step id: its tick and its procedure's progress
    run_changed = Signal(str)  # procedure id: its status, date, reference, completion
    note_changed = Signal(str, str)  # procedure id, step id ("" for the procedure's own note)

    def __init__(self, context: WindowContext, errors: StoreErrors, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._errors = errors
        self.account: Account | None = None
        self.checklist: Checklist | None = None
        self.runs: dict[str, Run] = {}
        self.statuses = Statuses(self.runs)
        self.notes: dict[tuple[str, str], str] = {}
        self.coverage: dict[str, str] = {}  # procedure id -> the label of the account whose run covers it
        self.coverage_details: dict[str, Coverage] = {}  # the same, with which run and since when

    # --- what is shown -----------------------------------------------------------------------------------

    def load(self, account: Account | None) -> bool:
        """Show `account` (None: none), read afresh from the store; False if the store refused (then
        nothing changes and the error was shown)."""
        same = account is not None and self.account is not None and self.account.id == account.id
        if account is None:
            self.account, self.checklist, self.coverage, self.coverage_details = None, None, {}, {}
            self.runs.clear()
            self.notes.clear()
            self.reset.emit(False)
            return True
        db = self._context.db
        with self._errors.shown() as attempt:
            checklist, runs = load_checklist(db, self._context, account)
            notes = db.notes(account.id)
            coverage, labels = self._coverage_for(account, checklist)
        if attempt.failed:
            return False
        self.account, self.checklist, self.coverage_details = account, checklist, coverage
        self.coverage = {pid: labels[covered.by_account_id] for pid, covered in coverage.items()}
        self.runs.clear()
        self.runs.update(runs)
        self.notes.clear()
        self.notes.update(notes)
        self.reset.emit(same)
        return True

    def _coverage_for(self, account: Account,
                      checklist: Checklist) -> tuple[dict[str, Coverage], dict[int, str]]:
        """Procedures done on another account of the same group (the same Accounts Center) that cover this
        one's, and the other accounts' labels."""
        db = self._context.db
        others = [a for a in db.accounts_in_group(account.group_name) if a.id != account.id]
        runs = {other.id: {run.procedure_id: run for run in db.runs(other.id)} for other in others}
        coverage = coverage_details_in_group(account, checklist, others, runs, self._context.catalog)
        return coverage, {other.id: other.label for other in others}

    def shows(self, account_id: int) -> bool:
        return self.account is not None and self.account.id == account_id

    def shown_procedures(self) -> set[str]:
        return {entry.procedure.id for entry in self.checklist.entries} if self.checklist else set()

    def complete(self, procedure_id: str) -> bool:
        entry = self.checklist.entry(procedure_id) if self.checklist else None
        return bool(entry and entry.complete)

    def run(self, procedure_id: str) -> Run:
        """The run as last read (the shown account's)."""
        assert self.account is not None
        return self.runs.get(procedure_id) or Run(self.account.id, procedure_id)

    # --- changes the store accepted ------------------------------------------------------------------------

    def tick_saved(self, procedure_id: str, step_id: str, done: bool, run: Run | None) -> None:
        """A tick (and the completion it caused, in `run`) was saved for the shown account."""
        if self.checklist is not None:
            self.checklist.set_done(procedure_id, step_id, done)
        if run is not None:
            self.runs[procedure_id] = run
        self.tick_changed.emit(procedure_id, step_id)
        if run is not None:
            self.run_changed.emit(procedure_id)

    def run_saved(self, run: Run) -> None:
        if self.shows(run.account_id):
            self.runs[run.procedure_id] = run
            self.run_changed.emit(run.procedure_id)

    def notes_read(self, account_id: int, notes: dict[tuple[str, str], str]) -> None:
        """The account's notes as just read from the store (before a row's notes are shown)."""
        if self.shows(account_id):
            self.notes.clear()
            self.notes.update(notes)

    def note_saved(self, account_id: int, procedure_id: str, step_id: str, text: str) -> None:
        if self.shows(account_id):
            self.notes[(procedure_id, step_id)] = text
            if procedure_id:  # the account's own note is in no row of the checklist
                self.note_changed.emit(procedure_id, step_id)
