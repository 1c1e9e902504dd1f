"""Reply clocks, deadlines, re-checks, group coverage and the order of next actions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.core.followup import (
    RunState,
    add_months,
    deadline_text,
    group_coverage,
    next_actions,
    recheck_due,
    reply_clock,
)
from app.core.procedures import Catalog, Procedure, load_procedure_bytes
from app.core.records import replace
from tests.conftest import FIXTURES

D = dt.date


def procedure(**changes: object) -> Procedure:
    text = (FIXTURES / "procedures" / "good" / "example-object.yaml").read_text(encoding="utf-8")
    loaded = load_procedure_bytes(text.encode(), Path("p.yaml")).procedure
    assert loaded is not None
    return replace(loaded, **changes)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2025, 1, 31), 1, D(2025, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2024, 2, 29), 48, D(2028, 2, 29)),
        (D(2025, 3, 31), 1, D(2025, 4, 30)),
        (D(2025, 12, 15), 1, D(2026, 1, 15)),
        (D(2025, 11, 30), 3, D(2026, 2, 28)),
        (D(2025, 5, 27), 0, D(2025, 5, 27)),
    ],
)
def test_add_months_at_month_ends_and_leap_years(start: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(start, months) == expected


def test_reply_clock_one_month_and_extension() -> None:
    p = procedure()
    run = RunState(1, p.id, "submitted", submitted_on=D(2025, 1, 31))
    clock = reply_clock(p, run)
    assert clock is not None
    assert clock.due == D(2025, 2, 28) and clock.extended_due == D(2025, 4, 28)
    assert not clock.overdue(D(2025, 2, 28)) and clock.overdue(D(2025, 3, 1))
    assert clock.days_left(D(2025, 2, 20)) == 8
    extended = reply_clock(p, replace(run, extended=True))
    assert extended is not None and extended.effective_due == D(2025, 4, 28)
    assert not extended.overdue(D(2025, 3, 1)) and extended.overdue(D(2025, 4, 29))
    assert reply_clock(procedure(reply_period=None), run) is None
    assert reply_clock(p, replace(run, submitted_on=None)) is None


def test_recheck_comes_back_due() -> None:
    p = procedure()
    assert recheck_due(p, RunState(1, p.id, completed_on=D(2025, 8, 31))) == D(2026, 2, 28)
    assert recheck_due(p, RunState(1, p.id)) is None
    actions = next_actions(Catalog({p.id: p}), [RunState(1, p.id, "granted", completed_on=D(2025, 8, 31))],
                           today=D(2026, 3, 1))
    recheck = [a for a in actions if a.kind == "recheck"]
    assert len(recheck) == 1 and recheck[0].due(D(2026, 3, 1)) and not recheck[0].due(D(2026, 2, 27))


def test_group_coverage() -> None:
    p = procedure()
    runs = {(1, p.id): RunState(1, p.id, "submitted", submitted_on=D(2025, 5, 1)),
            (3, p.id): RunState(3, p.id)}
    coverage = group_coverage(p, 2, [1, 2, 3], runs)
    assert coverage is not None and coverage.by_account_id == 1
    assert group_coverage(p, 3, [3], runs) is None
    assert group_coverage(procedure(covers_account_group=False), 2, [1, 2], runs) is None
    untouched = {(1, p.id): RunState(1, p.id, "in-progress")}
    assert group_coverage(p, 2, [1, 2], untouched) is None


def test_next_actions_order_and_kinds() -> None:
    overdue = procedure(id="a-overdue")
    waiting = procedure(id="b-waiting")
    future_deadline = procedure(id="c-deadline", deadline=replace(procedure().deadline,
                                                                              date=D(2026, 12, 1)))
    refused = procedure(id="d-refused")
    catalog = Catalog({p.id: p for p in (overdue, waiting, future_deadline, refused)})
    runs = [
        RunState(1, "b-waiting", "waiting", submitted_on=D(2026, 11, 1)),
        RunState(1, "a-overdue", "submitted", submitted_on=D(2026, 9, 1)),
        RunState(2, "d-refused", "refused", submitted_on=D(2026, 10, 1)),
        RunState(2, "c-deadline", "in-progress", steps_done=1),
    ]
    actions = next_actions(catalog, runs, today=D(2026, 11, 22), shown={3: {"c-deadline"}})
    kinds = [(a.kind, a.procedure_id, a.account_id) for a in actions]
    assert kinds == [
        ("overdue", "a-overdue", 1),
        ("escalate", "d-refused", 2),
        ("in-progress", "c-deadline", 2),
        ("deadline", "c-deadline", 2),
        ("deadline", "c-deadline", 3),
        ("reply", "b-waiting", 1),
    ]
    assert [a.when for a in actions] == sorted(a.when for a in actions)
    assert actions[0].due(D(2026, 11, 22)) and not actions[-1].due(D(2026, 11, 22))


def test_deadline_text_counts_down_then_explains() -> None:
    p = procedure()
    assert deadline_text(p, D(2025, 5, 20)).startswith("7 days left until 2025-05-27")
    assert deadline_text(p, D(2025, 5, 26)).startswith("Tomorrow")
    assert deadline_text(p, D(2025, 5, 27)).startswith("Today")
    passed = deadline_text(p, D(2025, 5, 28))
    assert passed.startswith("The date 2025-05-27 has passed") and "only for what you post" in passed
    assert deadline_text(procedure(deadline=None), D(2025, 1, 1)) is None


def test_a_reply_period_past_the_last_year_ends_on_the_last_day() -> None:
    from app.core.followup import add_months

    assert add_months(dt.date(9999, 11, 30), 3) == dt.date.max
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)


def test_each_account_is_given_the_date_of_its_own_region() -> None:
    """Seen in issue 19's note: the next actions and the count of coming dates used the guide's first
    date whatever the account's region; a UK account was told the EU's date."""
    from app.core.followup import upcoming_deadlines
    from app.core.procedures import Deadline

    eu = Deadline(D(2026, 12, 10), "EU posts go in", regions=("EU", "EEA"))
    uk = Deadline(D(2027, 1, 20), "UK posts go in", regions=("UK",))
    guide = procedure(id="two-dates", deadline=eu, deadlines=(eu, uk))
    catalog = Catalog({guide.id: guide})
    assert upcoming_deadlines(catalog, D(2026, 12, 15)) == {"two-dates"}  # the UK date is still to come
    runs = [RunState(1, guide.id, "in-progress", steps_done=1)]
    actions = next_actions(catalog, runs, today=D(2026, 12, 1), shown={1: {guide.id}, 2: {guide.id}},
                           regions={1: "EU", 2: "UK"})
    dates = {(a.account_id, a.when, str(a.words)) for a in actions if a.kind == "deadline"}
    assert dates == {(1, D(2026, 12, 10), "Deadline 2026-12-10: EU posts go in"),
                     (2, D(2027, 1, 20), "Deadline 2027-01-20: UK posts go in")}
    later = next_actions(catalog, runs, today=D(2026, 12, 15), shown={1: {guide.id}, 2: {guide.id}},
                         regions={1: "EU", 2: "UK"})
    assert [(a.account_id, a.kind) for a in later if a.kind == "deadline"] == [(2, "deadline")]
