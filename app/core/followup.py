"""Follow-through rules: reply clocks, deadlines, re-checks, account-group coverage and the next actions.

Plain Python over plain values (procedures, and run records as `RunState`), so every rule is tested without
Qt or SQLite. "One month" follows the EU rule for periods in months (Regulation 1182/71, Art. 3(2)(c)): the
period ends on the same day of the month, or on the month's last day when that day does not exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from app.core.accounts import Run, Status
from app.core.procedures import Catalog, Deadline, Procedure
from app.core.records import record
from app.core.words import QT_TRANSLATE_NOOP, Words, words

WAITING_STATUSES = (Status.SUBMITTED, Status.WAITING)
DONE_STATUSES = (Status.GRANTED, Status.NOT_APPLICABLE)
ESCALATE_STATUSES = (Status.REFUSED, Status.NO_REPLY)
DUE_SOON_DAYS = 7


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31  # December (and computing January of the next year would fail in 9999)
    return (dt.date(year, month + 1, 1) - dt.date(year, month, 1)).days


def _plus_days(day: dt.date, days: int) -> dt.date:
    """`day` plus `days`, or the last day there is when that would pass the year 9999."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole months, clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    if year > dt.MAXYEAR:  # a date late in 9999 plus a reply period: the last day there is, not a crash
        return dt.date.max
    return dt.date(year, month, min(day.day, _days_in_month(year, month)))


@record(frozen=True)
class RunState:
    """What the follow-up rules need to know about one account's run of one procedure."""

    account_id: int
    procedure_id: str
    status: str = "not-started"
    submitted_on: dt.date | None = None
    extended: bool = False
    completed_on: dt.date | None = None
    steps_done: int = 0
    status_on: dt.date | None = None  # when the status was last set


@record(frozen=True)
class ReplyClock:
    submitted_on: dt.date
    due: dt.date
    extended_due: dt.date | None
    extended: bool

    @property
    def effective_due(self) -> dt.date:
        return self.extended_due if self.extended and self.extended_due else self.due

    def overdue(self, today: dt.date) -> bool:
        return today > self.effective_due

    def days_left(self, today: dt.date) -> int:
        return (self.effective_due - today).days


def run_state(run: Run, steps_done: int = 0) -> RunState:
    """The follow-up view of a stored run. A request marked "waiting" without a
    submission date counts from the date it was marked so."""
    sent = run.submitted_at or (run.status_at if run.status in WAITING_STATUSES else None)
    return RunState(run.account_id, run.procedure_id, run.status, sent.date() if sent else None,
                    run.extended_at is not None, run.completed_at.date() if run.completed_at else None,
                    steps_done, run.status_at.date() if run.status_at else None)


def reply_clock(procedure: Procedure, run: RunState) -> ReplyClock | None:
    """When a reply is due for a submitted request; None when the procedure sets no reply period."""
    period = procedure.reply_period
    if period is None or run.submitted_on is None:
        return None
    due = _plus_days(add_months(run.submitted_on, period.months), period.days)
    extended_due = add_months(due, period.extension_months) if period.extension_months else None
    return ReplyClock(run.submitted_on, due, extended_due, run.extended and extended_due is not None)


def recheck_due(procedure: Procedure, run: RunState) -> dt.date | None:
    """When a finished setting should be checked again (platforms switch some back on)."""
    period = procedure.recheck_after
    if period is None or run.completed_on is None:
        return None
    return _plus_days(add_months(run.completed_on, period.months), period.days)


@record(frozen=True)
class Coverage:
    """A run done on another account of the same group that covers this one: on which account, of which
    procedure (this one, or one whose `covers` names it), with its status, and since when
    (`coverage_since`)."""

    by_account_id: int
    status: str
    procedure_id: str = ""
    since: dt.date | None = None


COVERING_STATUSES = (*WAITING_STATUSES, Status.GRANTED)


def covers_group(run: RunState) -> bool:
    """Whether a run counts for the other accounts of its group: submitted, waiting (also after an
    extension), granted, or completed; never when refused (a refused objection covers nothing)."""
    if run.status == Status.REFUSED:
        return False
    return run.completed_on is not None or run.status in COVERING_STATUSES


def group_coverage(procedure: Procedure, account_id: int, group_account_ids: Iterable[int],
                   runs: Mapping[tuple[int, str], RunState],
                   catalog: Catalog | None = None) -> Coverage | None:
    """Whether another account of the group covers `procedure` for `account_id`: by a run of the procedure
    itself, when one submission covers the group (`covers_account_group`: Meta's Accounts Center), or by a
    run of a procedure whose `covers` names it (found in `catalog`; without one, only the first way
    counts). A run counts as `covers_group` says. The first account in `group_account_ids` with such a run
    wins; on one account, the procedure itself before the others, which go by id."""
    candidates = [procedure.id] if procedure.covers_account_group else []
    if catalog is not None:
        candidates.extend(other for other in catalog.covering(procedure.id) if other != procedure.id)
    if not candidates:
        return None
    for other in group_account_ids:
        if other == account_id:
            continue
        for candidate in candidates:
            run = runs.get((other, candidate))
            if run is not None and covers_group(run):
                return Coverage(other, run.status, candidate, coverage_since(run))
    return None


def coverage_since(run: RunState) -> dt.date | None:
    """Since when a covering run covers: the day it was sent (what the window says: "sent ..."), else the
    date of its status (submitted, waiting, granted); for a run only completed (ticked through), its
    completion."""
    if run.status in COVERING_STATUSES:
        return run.submitted_on or run.status_on or run.completed_on
    return run.completed_on


@record(frozen=True)
class Action:
    """One thing the user should look at, with the date that makes it due."""

    when: dt.date
    kind: str  # "overdue", "reply", "deadline", "recheck", "escalate", "in-progress"
    account_id: int
    procedure_id: str
    words: Words  # what to do, for the window to translate (`str(words)` is the English)

    def due(self, today: dt.date) -> bool:
        return (self.kind in ("overdue", "escalate", "recheck") and self.when <= today) or (
            self.kind == "deadline" and 0 <= (self.when - today).days <= DUE_SOON_DAYS)


def upcoming_deadlines(catalog: Catalog, today: dt.date) -> frozenset[str]:
    """The procedures with a deadline today or later, in any region."""
    return frozenset(p.id for p in catalog if any(deadline.date >= today for deadline in _all_deadlines(p)))


def _all_deadlines(procedure: Procedure) -> tuple[Deadline, ...]:
    """Every region's date, and the guide's own (the first, or the only one)."""
    return (*procedure.deadlines, *((procedure.deadline,) if procedure.deadline else ()))


def _deadline_in(procedure: Procedure, regions: Mapping[int, str] | None, account_id: int) -> Deadline | None:
    """The date that matters for the account: its region's (`Procedure.deadline_for`), where the caller
    gave the account's region, else the guide's own."""
    if regions is not None and account_id in regions:
        return procedure.deadline_for(regions[account_id])
    return procedure.deadline


ACTION_ORDER = {"overdue": 0, "escalate": 1, "deadline": 2, "recheck": 3, "reply": 4, "in-progress": 5}


def action_order(action: Action) -> tuple[dt.date, int, int, str]:
    """The order of `next_actions`: soonest first, then the most urgent kind."""
    return action.when, ACTION_ORDER[action.kind], action.account_id, action.procedure_id


def next_actions(catalog: Catalog, runs: Iterable[RunState], today: dt.date,
                 shown: Mapping[int, set[str]] | None = None,
                 coming: frozenset[str] | None = None,
                 regions: Mapping[int, str] | None = None) -> list[Action]:
    """Everything worth doing next, soonest first: overdue replies, deadlines, re-checks, runs in progress.

    `shown` maps an account to the procedures its checklist shows, so that deadlines are listed for the
    procedures an account has, even before anything was ticked. `coming` is `upcoming_deadlines(catalog,
    today)`, for a caller that asks about one account at a time. Each account's actions depend only on its
    own runs, so the actions of several accounts, worked out separately and sorted by `action_order`, are
    the actions of all of them. `regions` maps an account to its region: a deadline is the one for its
    region (a UK account's date is not the EU's).
    """
    actions: list[Action] = []
    seen: set[tuple[int, str]] = set()
    for run in runs:
        if run.status == "not-started" and not run.steps_done and run.completed_on is None:
            continue  # nothing done yet: only a deadline can make it due, and the loop below sees those
        procedure = catalog.get(run.procedure_id)
        if procedure is None:
            continue
        seen.add((run.account_id, run.procedure_id))
        clock = reply_clock(procedure, run)
        if run.status in WAITING_STATUSES and clock is not None:
            if clock.overdue(today):
                actions.append(Action(clock.effective_due, "overdue", run.account_id, procedure.id, words(
                    QT_TRANSLATE_NOOP("", "No reply since {submitted}: the reply was due on {due}"),
                    submitted=clock.submitted_on.isoformat(), due=clock.effective_due.isoformat())))
            else:
                actions.append(Action(clock.effective_due, "reply", run.account_id, procedure.id, words(
                    QT_TRANSLATE_NOOP("", "Reply due by {due}"), due=clock.effective_due.isoformat())))
        elif run.status in ESCALATE_STATUSES:
            actions.append(Action(run.submitted_on or today, "escalate", run.account_id, procedure.id, words(
                QT_TRANSLATE_NOOP("", "Refused or unanswered: you can complain to a data protection "
                                      "authority"))))
        recheck = recheck_due(procedure, run)
        if recheck is not None and run.status not in ESCALATE_STATUSES:
            actions.append(Action(recheck, "recheck", run.account_id, procedure.id, words(
                QT_TRANSLATE_NOOP("", "Check this setting again (due {due})"), due=recheck.isoformat())))
        if run.status == "in-progress" or (run.status == "not-started" and run.steps_done and
                                           run.completed_on is None):
            actions.append(Action(today, "in-progress", run.account_id, procedure.id,
                                  words(QT_TRANSLATE_NOOP("", "Started, not finished"))))
        deadline = _deadline_in(procedure, regions, run.account_id)
        if (deadline and deadline.date >= today and run.completed_on is None
                and run.status not in (*WAITING_STATUSES, *DONE_STATUSES, *ESCALATE_STATUSES)):
            actions.append(_deadline_action(procedure, run.account_id, deadline))
    if coming is None:
        coming = upcoming_deadlines(catalog, today)
    for account_id, procedure_ids in (shown or {}).items():
        for procedure_id in coming.intersection(procedure_ids):
            if (account_id, procedure_id) in seen:
                continue
            procedure = catalog.procedures[procedure_id]
            deadline = _deadline_in(procedure, regions, account_id)
            if deadline is not None and deadline.date >= today:
                actions.append(_deadline_action(procedure, account_id, deadline))
    return sorted(actions, key=action_order)


def _deadline_action(procedure: Procedure, account_id: int, deadline: Deadline) -> Action:
    return Action(deadline.date, "deadline", account_id, procedure.id, words(
        QT_TRANSLATE_NOOP("", "Deadline {date}: {description}"), date=deadline.date.isoformat(),
        description=deadline.description))


def deadline_words(procedure: Procedure, today: dt.date) -> Words | None:
    """A countdown before the date; what it means after it."""
    deadline = procedure.deadline
    if deadline is None:
        return None
    days = (deadline.date - today).days
    date, about = deadline.date.isoformat(), deadline.description
    if days > 1:
        return words(QT_TRANSLATE_NOOP("", "{days} days left until {date}: {description}"), days=days,
                     date=date, description=about)
    if days == 1:
        return words(QT_TRANSLATE_NOOP("", "Tomorrow ({date}): {description}"), date=date, description=about)
    if days == 0:
        return words(QT_TRANSLATE_NOOP("", "Today ({date}): {description}"), date=date, description=about)
    if deadline.after:
        return words(QT_TRANSLATE_NOOP("", "The date {date} has passed: {description} {after}"), date=date,
                     description=about, after=deadline.after)
    return words(QT_TRANSLATE_NOOP("", "The date {date} has passed: {description}"), date=date,
                 description=about)


def deadline_text(procedure: Procedure, today: dt.date) -> str | None:
    """`deadline_words` in English."""
    countdown = deadline_words(procedure, today)
    return None if countdown is None else str(countdown)
