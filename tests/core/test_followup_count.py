"""Counting each account's follow-up without Qt or SQLite: what the background batcher does per account, and
the checklist rules the window's tick relies on (built in one place, completion worked out beforehand)."""

from __future__ import annotations

import datetime as dt

from app.core.accounts import Account, Run
from app.core.checklist import Checklist
from app.core.followup_count import (
    AccountFollowup,
    Cell,
    count_account,
    coverage_in_group,
    forget_changed,
    group_members,
    stale_accounts,
)
from app.core.procedures import load_catalog
from tests.conftest import FIXTURES

CATALOG = load_catalog([FIXTURES / "procedures" / "good"])
PROC = "example-object"
TODAY = dt.date(2026, 11, 22)
NOW = dt.datetime(2026, 11, 1, 12, tzinfo=dt.timezone.utc)


def account(id_: int, label: str, group: str = "", region: str = "EU") -> Account:
    return Account(id_, f"uid{id_}", label, "facebook", region, "", "", "", "", group, NOW, None)


def test_checklist_for_an_account_uses_its_runs_visibility_and_ticks() -> None:
    kim = account(1, "Kim")
    shown = Checklist.for_account(CATALOG, kim, {}, [(PROC, "open-form")])
    assert [entry.procedure.id for entry in shown.entries] == [PROC]
    assert shown.entry(PROC) is not None and shown.entry(PROC).done == {"open-form"}
    hidden = Checklist.for_account(CATALOG, kim, {PROC: Run(1, PROC, visibility="hidden")}, [])
    assert hidden.entries == [] and [p.id for p in hidden.hidden] == [PROC]


def test_complete_after_says_what_a_tick_would_do_and_changes_nothing() -> None:
    checklist = Checklist.for_account(CATALOG, account(1, "Kim"), {},
                                      [(PROC, "open-form"), (PROC, "explain")])
    entry = checklist.entry(PROC)
    assert entry is not None
    assert checklist.complete_after(PROC, "confirm", True) is True
    assert entry.done == {"open-form", "explain"} and not entry.complete  # nothing changed
    assert checklist.complete_after(PROC, "open-form", False) is False
    assert checklist.complete_after("not-shown", "x", True) is None
    assert checklist.set_done(PROC, "confirm", True) is True  # the same answer, now made
    assert checklist.complete_after(PROC, "confirm", False) is False


def test_count_account_gives_cells_actions_due_and_progress() -> None:
    kim = account(1, "Kim")
    submitted = Run(1, PROC, status="submitted",
                    status_at=dt.datetime(2026, 9, 1, 12, tzinfo=dt.timezone.utc))
    counted = count_account(CATALOG, kim, [], {1: {PROC: submitted}}, [(PROC, "open-form")], TODAY,
                            frozenset(), Run)
    assert counted.cells == {(1, PROC): Cell("submitted", 1, 3, "")}
    assert counted.progress == (1, 3) and counted.shown == {PROC}
    assert [action.kind for action in counted.actions] == ["overdue"]  # a month passed on 1 October
    assert counted.due == 1
    never = count_account(CATALOG, kim, [], {}, [], TODAY, frozenset(), Run)
    assert never.cells == {(1, PROC): Cell("not-started", 0, 3, "")} and never.due == 0


def test_a_request_on_one_account_covers_the_others_in_its_group() -> None:
    kim, art = account(1, "Kim", "me"), account(2, "Art", "me")
    done = {1: {PROC: Run(1, PROC, status="submitted", status_at=NOW)}}
    checklist = Checklist.for_account(CATALOG, art, {}, [])
    assert coverage_in_group(art, checklist, [kim], done) == {PROC: "Kim"}
    assert coverage_in_group(art, checklist, [], done) == {}
    counted = count_account(CATALOG, art, [kim], done, [], TODAY, frozenset(), Run)
    assert counted.cells[(2, PROC)].covered_by == "Kim"


def test_stale_and_forgotten_counts() -> None:
    kim, art, solo = account(1, "Kim", "me"), account(2, "Art", "me"), account(3, "Solo")
    cache = {a.id: AccountFollowup(a, a.group_name, TODAY) for a in (kim, art, solo)}
    assert stale_accounts(cache, [kim, art, solo], TODAY) == []
    renamed = account(3, "Solo renamed")
    assert stale_accounts(cache, [kim, art, renamed], TODAY) == [renamed]
    assert stale_accounts(cache, [kim], TODAY + dt.timedelta(days=1)) == [kim]  # a new day
    forget_changed(cache, 1, "me")  # Kim changed: her group's coverage may have too
    assert set(cache) == {3}
    forget_changed(cache, None, "")
    assert cache == {}
    assert group_members([kim, art, solo]) == {"me": [kim, art]}
