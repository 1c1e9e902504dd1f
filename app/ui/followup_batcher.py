"""Counting follow-up off the path of the click that changed it: after a burst of changes, a few accounts
per turn of the event loop, then the totals (the status bar's "actions due", each account's progress, and
the overview when it is on screen). The counting itself is `app.core.followup_count`."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from app.core.followup import action_order, upcoming_deadlines
from app.core.followup_count import (
    AccountFollowup,
    count_account,
    forget_changed,
    group_members,
    stale_accounts,
)
from app.core.procedures import Catalog
from app.storage.database import Account, Run
from app.ui.context import WindowContext
from app.ui.models import cell_text, tr
from app.ui.store_errors import StoreErrors

FOLLOWUP_BATCH_SECONDS = 0.015  # counting in the background: at most this long between events
FOLLOWUP_DELAY_MS = 200  # after a burst of ticks, count once
BULK_FROM = 6  # counting this many accounts or more reads every run and tick in one query each


class FollowupBatcher(QObject):
    """Keeps each account's count until its data or the day changes."""

    progress_counted = Signal(int, object)  # account id, (done, total)

    def __init__(self, context: WindowContext, errors: StoreErrors, group_of: Callable[[int], str],
                 overview_shown: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context, self._errors, self._group_of, self._overview_shown = context, errors, group_of, \
            overview_shown
        self.cache: dict[int, AccountFollowup] = {}
        self._coming: tuple[Catalog | None, dt.date | None, frozenset[str]] = (None, None, frozenset())
        self.show_overview: Callable[..., None] = lambda *_args: None  # set by the window
        self.due_label = QLabel()
        self.due_label.setAccessibleName(tr("Actions due"))
        self.due_label.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FOLLOWUP_DELAY_MS)
        self._timer.timeout.connect(self._count_in_batches)
        self._batch = QTimer(self)  # the next few accounts, once the window has answered input
        self._batch.setSingleShot(True)
        self._batch.setInterval(0)
        self._batch.timeout.connect(self._count_in_batches)

    def schedule(self) -> None:
        """Recount soon."""
        self._timer.start()

    def invalidate(self, account_id: int | None = None) -> None:
        """Mark what changed: one account (and its group, whose coverage it may change), or everything."""
        forget_changed(self.cache, account_id, self._group_of(account_id) if account_id is not None else "")
        self.schedule()

    def pending(self) -> bool:
        """Whether a recount is waiting or under way in the background."""
        return self._timer.isActive() or self._batch.isActive()

    def stop(self) -> None:
        self._timer.stop()
        self._batch.stop()

    def _upcoming_deadlines(self, today: dt.date) -> frozenset[str]:
        """`upcoming_deadlines` of the catalog, worked out once per catalog and day, not once per account."""
        catalog, day, coming = self._coming
        if catalog is not self._context.catalog or day != today:
            coming = upcoming_deadlines(self._context.catalog, today)
            self._coming = (self._context.catalog, today, coming)
        return coming

    def _count_in_batches(self) -> None:
        """The timer's recount: accounts a few at a time (100 accounts take about 0.3 s in all), letting the
        window answer input between batches; then the totals, as `refresh` shows them."""
        if self._overview_shown():  # the overview on screen waits for nothing
            self.refresh()
            return
        with self._errors.shown(quiet=True) as attempt:
            accounts = self._context.db.accounts()
            today = self._context.today
            stale = stale_accounts(self.cache, accounts, today)
            started = time.perf_counter()
            for number, account in enumerate(stale, start=1):
                self.count(accounts, [account], today)
                if number < len(stale) and time.perf_counter() - started > FOLLOWUP_BATCH_SECONDS:
                    self._batch.start()
                    return
        if not attempt.failed:
            self.refresh()

    def refresh(self) -> None:
        """Recount what is due and each account's progress, and rebuild the overview when it is on screen.
        Accounts whose data did not change since the last count are not read again."""
        self._batch.stop()
        today = self._context.today  # once: date.today() imports `time` each call, through PySide6's hook
        with self._errors.shown(quiet=True) as attempt:
            accounts = self._context.db.accounts()
            stale = stale_accounts(self.cache, accounts, today)
            if stale:
                self.count(accounts, stale, today)
        if attempt.failed:
            return
        known = {account.id for account in accounts}
        for gone in set(self.cache) - known:
            del self.cache[gone]
        counted = [self.cache[account.id] for account in accounts]
        due = sum(snapshot.due for snapshot in counted)
        self.due_label.setText(tr("%n action(s) due: see the Overview (Ctrl+2)", "", due)
                               if due else "")
        self.due_label.setVisible(bool(due))
        if self._overview_shown():
            # Each account's actions were worked out when it was counted: merging them is all that is left.
            catalog = self._context.catalog
            actions = sorted((action for snapshot in counted for action in snapshot.actions),
                             key=action_order)
            cells = {key: cell_text(cell.status, cell.done, cell.total, cell.covered_by)
                     for snapshot in counted for key, cell in snapshot.cells.items()}
            columns = {pid: catalog.procedures[pid].title for snapshot in counted for pid in snapshot.shown}
            ordered = sorted(columns.items(), key=lambda item: item[1].casefold())
            self.show_overview(actions, accounts, catalog, today, ordered, cells)

    def count(self, accounts: list[Account], stale: list[Account], today: dt.date) -> None:
        """Count `stale` accounts (reading what they need from the store, in bulk when there are many)."""
        db, catalog = self._context.db, self._context.catalog
        coming = self._upcoming_deadlines(today)
        bulk = len(stale) >= BULK_FROM
        all_runs: dict[int, dict[str, Any]] = {}
        ticks: dict[int, set[tuple[str, str]]] = {}
        if bulk:
            for run in db.runs():
                all_runs.setdefault(run.account_id, {})[run.procedure_id] = run
            ticks = db.tick_keys()
        groups = group_members(accounts)
        for account in stale:
            others = [a for a in groups.get(account.group_name, []) if a.id != account.id]
            if not bulk:
                for who in (account, *others):
                    all_runs[who.id] = {run.procedure_id: run for run in db.runs(who.id)}
                ticks = {account.id: set(db.ticks(account.id))}
            snapshot = count_account(catalog, account, others, all_runs, ticks.get(account.id, ()), today,
                                     coming, Run)
            self.cache[account.id] = snapshot
            self.progress_counted.emit(account.id, snapshot.progress)
