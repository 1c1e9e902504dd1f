"""One account's checklist as plain Python: which procedures it shows, which steps are done, progress.

The Qt item model is a thin adapter over this; all the rules live here so they are tested without Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from app.core.procedures import Catalog, Procedure, Step
from app.core.records import field, record


@record
class Entry:
    """A procedure as shown for one account, with its ticks."""

    procedure: Procedure
    done: set[str] = field(default_factory=set)
    added_by_hand: bool = False
    # The id of the procedure this one is another way of doing, when the checklist shows that one too (it
    # then comes right before this entry, or before the other alternatives to it): "do one of these".
    alternative_to: str | None = None

    @property
    def done_count(self) -> int:
        return len(self.done.intersection(self.procedure.step_id_set))

    @property
    def total(self) -> int:
        return len(self.procedure.steps)

    @property
    def complete(self) -> bool:
        """Every step that is not optional is ticked."""
        return all(step_id in self.done for step_id in self.procedure.steps.required_ids)

    def orphans(self) -> list[str]:
        """Ticked step ids the procedure no longer has (kept in the store, reported here)."""
        return sorted(self.done - set(self.procedure.step_ids))


@record(frozen=True)
class ChangeSinceCompletion:
    """How a procedure differs from the version a finished run followed."""

    new_steps: tuple[Step, ...]
    removed_steps: tuple[str, ...]


def changes_since_completion(procedure: Procedure, fingerprint: str | None,
                             completed_steps: Iterable[str]) -> ChangeSinceCompletion | None:
    """None when the run was not completed or the procedure is unchanged since."""
    if not fingerprint or fingerprint == procedure.fingerprint:
        return None
    before = set(completed_steps)
    new = tuple(step for step in procedure.steps if step.id not in before)
    removed = tuple(sorted(before - set(procedure.step_ids)))
    return ChangeSinceCompletion(new, removed)


# Objections first (they are what most people come for, and some have deadlines), routes made for the
# account's region before those open to anyone.
KIND_ORDER = {kind: rank for rank, kind in enumerate(
    ("objection", "opt-out", "deletion", "setting", "access", "complaint", "information"))}


def checklist_order(procedure: Procedure) -> tuple[bool, int, bool, str]:
    """Routes on the platform first; what to do when a request goes unanswered (complaints, reminders)
    last."""
    escalation = procedure.kind == "complaint" or procedure.provider == "regulators"
    return (escalation, KIND_ORDER.get(procedure.kind, len(KIND_ORDER)), "any" in procedure.regions,
            procedure.title.casefold())


def entry_order(procedure: Procedure) -> tuple[int, bool, int, bool, str]:
    """The order of a checklist: the procedure's `order` (lower first), then `checklist_order`."""
    return (procedure.order, *checklist_order(procedure))


def with_alternatives(ordered: list[Procedure]) -> list[tuple[Procedure, str | None]]:
    """`ordered` with each alternative moved right after the procedure it is an alternative to (when that
    one is in the list too), paired with that procedure's id (None for the others). Alternatives to the
    same procedure keep their order; an alternative to an alternative follows it. A loop of alternatives
    (a to b, b to a) is broken at the first of them in `ordered`."""
    ids = {procedure.id for procedure in ordered}
    children: dict[str, list[Procedure]] = {}
    for procedure in ordered:
        parent = procedure.alternative_to
        if parent is not None and parent in ids and parent != procedure.id:
            children.setdefault(parent, []).append(procedure)
    if not children:
        return [(procedure, None) for procedure in ordered]
    placed: list[tuple[Procedure, str | None]] = []
    seen: set[str] = set()

    def place(procedure: Procedure, parent: str | None) -> None:
        seen.add(procedure.id)
        placed.append((procedure, parent))
        for child in children.get(procedure.id, ()):
            if child.id not in seen:
                place(child, procedure.id)

    for procedure in ordered:  # first the procedures that are an alternative to none shown
        parent = procedure.alternative_to
        if procedure.id not in seen and (parent is None or parent not in ids or parent == procedure.id):
            place(procedure, None)
    for procedure in ordered:  # then what is left: loops of alternatives
        if procedure.id not in seen:
            place(procedure, None)
    return placed


class Checklist:
    """The procedures one account sees, in order, with progress.

    Ordered by `entry_order`, with alternatives right after the procedure they are an alternative to
    (`with_alternatives`). An archived procedure is left out unless the account used it: `used` names the
    procedures with a run that is not "not-started" or with ticks (`for_account` works it out), and one
    added by hand is shown too. `catalog` is kept, for the rules that read other procedures (coverage).
    """

    def __init__(self, catalog: Catalog, platform: str, region: str,
                 ticks: Iterable[tuple[str, str]], visibility: Mapping[str, str],
                 used: Iterable[str] = ()) -> None:
        self.catalog = catalog
        done: dict[str, set[str]] = {}
        for procedure_id, step_id in ticks:
            done.setdefault(procedure_id, set()).add(step_id)
        applicable = catalog.for_account(platform, region)  # worked out once per catalog, in order
        procedures = catalog.procedures
        added = [procedures[pid] for pid, state in visibility.items()
                 if state == "added" and pid in procedures and (
                     procedures[pid].archived or not procedures[pid].applies_to(platform, region))]
        shown = {procedure.id for procedure in [*applicable, *added]}
        archived = [procedures[pid] for pid in {*used, *done}
                    if pid in procedures and pid not in shown and procedures[pid].archived
                    and procedures[pid].applies_to(platform, region)]
        extra = [*added, *archived]
        ordered = sorted([*applicable, *extra], key=entry_order) if extra else applicable
        self.entries: list[Entry] = []
        self.hidden: list[Procedure] = []
        for procedure, parent in with_alternatives(ordered):
            state = visibility.get(procedure.id, "auto")
            if state == "hidden":
                self.hidden.append(procedure)
            else:
                self.entries.append(Entry(procedure, done.get(procedure.id, set()),
                                          added_by_hand=state == "added" and procedure in added,
                                          alternative_to=parent))
        shown_ids = {entry.procedure.id for entry in self.entries}
        for entry in self.entries:  # an alternative to a hidden procedure stands alone
            if entry.alternative_to is not None and entry.alternative_to not in shown_ids:
                entry.alternative_to = None
        self._index = {entry.procedure.id: row for row, entry in enumerate(self.entries)}

    @classmethod
    def for_account(cls, catalog: Catalog, account: Any, runs: Mapping[str, Any],
                    ticks: Iterable[tuple[str, str]]) -> Checklist:
        """The checklist of `account` (anything with `platform` and `region`) from its runs (for their
        visibility, and whether it used a procedure: a status other than "not-started") and its ticked
        (procedure id, step id) pairs."""
        ticks = list(ticks)
        used = {procedure_id for procedure_id, run in runs.items() if str(run.status) != "not-started"}
        return cls(catalog, account.platform, account.region, ticks,
                   {procedure_id: str(run.visibility) for procedure_id, run in runs.items()}, used)

    def row_of(self, procedure_id: str) -> int | None:
        return self._index.get(procedure_id)

    def entry(self, procedure_id: str) -> Entry | None:
        row = self._index.get(procedure_id)
        return None if row is None else self.entries[row]

    def set_done(self, procedure_id: str, step_id: str, done: bool) -> bool:
        """Record a tick; returns whether the procedure's completion changed."""
        entry = self.entry(procedure_id)
        if entry is None:
            return False
        was_complete = entry.complete
        if done:
            entry.done.add(step_id)
        else:
            entry.done.discard(step_id)
        return entry.complete != was_complete

    def complete_after(self, procedure_id: str, step_id: str, done: bool) -> bool | None:
        """Whether the procedure would be complete with this tick (None: the checklist does not show it);
        nothing changes, so that the tick and its completion are saved together before they are shown."""
        entry = self.entry(procedure_id)
        if entry is None:
            return None
        done_ids = entry.done | {step_id} if done else entry.done - {step_id}
        return all(required in done_ids for required in entry.procedure.steps.required_ids)

    def progress(self) -> tuple[int, int]:
        """Ticked steps and all steps over the account's procedures."""
        return (sum(entry.done_count for entry in self.entries), sum(entry.total for entry in self.entries))


def fill_template(template: str, values: Mapping[str, str], today: dt.date | None = None) -> str:
    """Fill {name}, {email} ... ; a value the account lacks becomes a visible [placeholder] to edit."""
    known = {"date": (today or dt.date.today()).isoformat(), **{k: v for k, v in values.items() if v}}

    class _Fill(dict[str, str]):
        def __missing__(self, key: str) -> str:
            return f"[{key}]"

    return template.format_map(_Fill(known))
