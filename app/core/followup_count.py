"""Counting each account's follow-up: its runs' states, its next actions and the overview's cells.

Plain Python over plain values, so the rules are tested without Qt or SQLite; `app.ui.followup_batcher`
reads the store and drives this a few accounts at a time. Accounts and runs are duck-typed (anything with
the fields of `app.core.accounts.Account` and `Run`), since core never imports the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from app.core.checklist import Checklist
from app.core.followup import Action, Coverage, RunState, group_coverage, next_actions, run_state
from app.core.procedures import Catalog
from app.core.records import field, record


@record(frozen=True)
class Cell:
    """One account's run of one procedure in the overview's table, as data (the UI words it)."""

    status: str
    done: int
    total: int
    covered_by: str = ""


@record
class AccountFollowup:
    """One account's part of the overview, kept until that account's data changes or the day does."""

    account: Any
    group: str
    today: dt.date
    states: list[RunState] = field(default_factory=list)
    shown: set[str] = field(default_factory=set)
    cells: dict[tuple[int, str], Cell] = field(default_factory=dict)
    actions: list[Action] = field(default_factory=list)  # sorted by action_order
    due: int = 0  # how many of `actions` are due on `today`
    progress: tuple[int, int] = (0, 0)  # ticked steps, all steps


def coverage_in_group(account: Any, checklist: Checklist, others: Sequence[Any],
                      runs_by_account: Mapping[int, Mapping[str, Any]],
                      catalog: Catalog | None = None) -> dict[str, str]:
    """For each procedure of `account` covered by a run on another account of its group: that account's
    label (`coverage_details_in_group` says which procedure and since when)."""
    if not others:
        return {}
    labels = {other.id: other.label for other in others}
    details = coverage_details_in_group(account, checklist, others, runs_by_account, catalog)
    return {procedure_id: labels[coverage.by_account_id] for procedure_id, coverage in details.items()}


def coverage_details_in_group(account: Any, checklist: Checklist, others: Sequence[Any],
                              runs_by_account: Mapping[int, Mapping[str, Any]],
                              catalog: Catalog | None = None) -> dict[str, Coverage]:
    """For each procedure of `account` covered by a run on another account of its group (`group_coverage`):
    by which account, which procedure, with what status and since when. `catalog` (by default the one the
    checklist was made from) tells which procedures cover which (`Procedure.covers`)."""
    if not others:
        return {}
    states = {(other.id, pid): run_state(run) for other in others
              for pid, run in runs_by_account.get(other.id, {}).items()}
    ids = [other.id for other in others]
    known = getattr(checklist, "catalog", None) if catalog is None else catalog
    covered: dict[str, Coverage] = {}
    for entry in checklist.entries:
        coverage = group_coverage(entry.procedure, account.id, ids, states, known)
        if coverage is not None:
            covered[entry.procedure.id] = coverage
    return covered


def count_account(catalog: Catalog, account: Any, others: Sequence[Any],
                  runs_by_account: Mapping[int, Mapping[str, Any]], ticks: Iterable[tuple[str, str]],
                  today: dt.date, coming: frozenset[str], new_run: Any) -> AccountFollowup:
    """One account's follow-up. `runs_by_account` holds the account's runs and its group's; `new_run(account
    id, procedure id)` makes the run of a procedure never started."""
    runs = runs_by_account.get(account.id, {})
    checklist = Checklist.for_account(catalog, account, runs, ticks)
    coverage = coverage_in_group(account, checklist, others, runs_by_account, catalog) if others else {}
    snapshot = AccountFollowup(account, account.group_name, today)
    for entry in checklist.entries:
        run = runs.get(entry.procedure.id) or new_run(account.id, entry.procedure.id)
        snapshot.states.append(run_state(run, entry.done_count))
        snapshot.shown.add(entry.procedure.id)
        snapshot.cells[(account.id, entry.procedure.id)] = Cell(
            str(run.status), entry.done_count, entry.total, coverage.get(entry.procedure.id, ""))
    snapshot.actions = next_actions(catalog, snapshot.states, today, {account.id: snapshot.shown}, coming,
                                    {account.id: account.region})
    snapshot.due = sum(1 for action in snapshot.actions if action.due(today))
    snapshot.progress = checklist.progress()
    return snapshot


def group_members(accounts: Iterable[Any]) -> dict[str, list[Any]]:
    """Accounts by group name (accounts in no group are in none)."""
    groups: dict[str, list[Any]] = {}
    for account in accounts:
        if account.group_name:
            groups.setdefault(account.group_name, []).append(account)
    return groups


def stale_accounts(cache: Mapping[int, AccountFollowup], accounts: Iterable[Any],
                   today: dt.date) -> list[Any]:
    """The accounts whose count is missing or out of date (the account changed, or the day did)."""
    return [a for a in accounts
            if a.id not in cache or cache[a.id].account != a or cache[a.id].today != today]


def forget_changed(cache: dict[int, AccountFollowup], account_id: int | None, group: str) -> None:
    """Drop what a change made out of date: one account and its group (whose coverage it may change), or
    everything when `account_id` is None."""
    if account_id is None:
        cache.clear()
        return
    for cached_id in list(cache):
        if cached_id == account_id or (group and cache[cached_id].group == group):
            del cache[cached_id]
