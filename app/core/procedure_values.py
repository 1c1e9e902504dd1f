"""What a procedure is once loaded: plain frozen values (records), with no knowledge of files or caches.

`Procedure` holds every field it has from the moment it is made. A procedure read from the parse cache is
the same value: only its steps and its sources may still be encoded, inside the cache's own sequences
(`app.core.parse_cache.EncodedSteps`, a `Steps`, and `EncodedTuple`), which a reader cannot tell from a
parse's `Steps` and tuple.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import overload

from app.core.records import record

STALE_AFTER_DAYS = 183  # six months: older reviews are flagged "may be out of date"
# Regions an account can be in. EU and EEA are treated as one for matching: the GDPR applies in both.
EEA_COUNTRIES_AND_EU = frozenset({"EU", "EEA"})
DEFAULT_ORDER = 100  # a procedure's `order` when its file gives none


@record(frozen=True)
class Link:
    label: str
    url: str


@record(frozen=True)
class Source:
    url: str
    title: str
    publisher: str = ""
    published: dt.date | None = None
    accessed: dt.date | None = None
    supports: str = ""

    @property
    def date_text(self) -> str:
        """The date to show beside the source: its publication date, else when it was read."""
        if self.published:
            return self.published.isoformat()
        if self.accessed:
            return f"undated, read {self.accessed.isoformat()}"
        return "undated"


@record(frozen=True)
class Deadline:
    date: dt.date
    description: str
    after: str = ""
    regions: tuple[str, ...] = ()  # the regions it applies to; () for every region of the procedure

    def applies_in(self, region: str) -> bool:
        """Whether this date is the one for an account in `region` (EU and EEA as one)."""
        return not self.regions or _region_named(region, self.regions)


# How a procedure was checked (`checked.how`).
CHECK_METHODS = ("in-app", "official-pages", "secondary")
NOTE_AFTER_MONTHS = 12  # a check more than this long after the newest dated source needs a note


@record(frozen=True)
class Checked:
    """How and when a person last checked a procedure (`checked:` in its file)."""

    how: str  # one of CHECK_METHODS
    on: dt.date
    note: str = ""


def _region_named(region: str, regions: Sequence[str]) -> bool:
    return region in regions or (region in EEA_COUNTRIES_AND_EU and ("EU" in regions or "EEA" in regions))


def months_after(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day when it has fewer days)."""
    import calendar

    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


@record(frozen=True)
class Period:
    months: int = 0
    days: int = 0


@record(frozen=True)
class ReplyPeriod:
    months: int = 0
    days: int = 0
    extension_months: int = 0
    basis: str = ""


@record(frozen=True)
class Step:
    id: str
    title: str
    section: str = ""
    details: str = ""
    links: tuple[Link, ...] = ()
    template: str = ""
    expect: str = ""
    optional: bool = False

    @functools.cached_property
    def search_text(self) -> str:
        """All of the step's words, lower-cased, for the search box (worked out once)."""
        parts = [self.title, self.section, self.details, self.template, self.expect]
        parts.extend(link.label for link in self.links)
        return "\n".join(parts).casefold()


class Steps(Sequence[Step]):
    """A procedure's steps, in order: a read-only sequence, equal to the tuple of the same steps.

    Also gives the steps' ids, and the ids of those that are not optional, without going through the steps
    (the counts of progress read them for every procedure). The parse cache's `EncodedSteps` is a `Steps`
    that keeps the steps themselves encoded until first read; it overrides `ids`, `required_ids` and
    `as_tuple`, through which every other method goes.
    """

    __slots__ = ("_ids", "_items", "_required_ids")

    def __init__(self, items: Iterable[Step] = ()) -> None:
        self._items = tuple(items)
        self._ids = tuple(step.id for step in self._items)
        self._required_ids = tuple(step.id for step in self._items if not step.optional)

    @property
    def ids(self) -> tuple[str, ...]:
        return self._ids

    @property
    def required_ids(self) -> tuple[str, ...]:
        """The ids of the steps that are not optional: all of them done completes the procedure."""
        return self._required_ids

    def as_tuple(self) -> tuple[Step, ...]:
        """The steps as a tuple."""
        return self._items

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> Step: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Step, ...]: ...

    def __getitem__(self, index: int | slice) -> Step | tuple[Step, ...]:
        return self.as_tuple()[index]

    def __iter__(self) -> Iterator[Step]:
        return iter(self.as_tuple())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Steps):
            return self.ids == other.ids and self.as_tuple() == other.as_tuple()
        if isinstance(other, tuple):
            return self.as_tuple() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.as_tuple())

    def __repr__(self) -> str:
        return f"Steps({self.ids!r})"


@record(frozen=True)
class Procedure:
    id: str
    title: str
    summary: str
    provider: str
    platforms: tuple[str, ...]
    regions: tuple[str, ...]
    kind: str
    sources: Sequence[Source]  # a tuple, or from the parse cache a sequence equal to one
    reviewed: dt.date
    steps: Steps
    file: str  # the file it was read from, as the loader named it (see `path`)
    fingerprint: str
    deadline: Deadline | None = None
    caveats: tuple[str, ...] = ()
    disagreements: tuple[str, ...] = ()
    outcome: str = ""
    covers_account_group: bool = False
    reply_period: ReplyPeriod | None = None
    recheck_after: Period | None = None
    # `request:` in the file: the step that sends the request, and the step that waits for the reply.
    sends_step: str | None = None
    reply_step: str | None = None
    # Procedures that one submission of this one also covers, for the accounts of the same group.
    covers: tuple[str, ...] = ()
    order: int = DEFAULT_ORDER  # lower first in a checklist; then `checklist_order`
    alternative_to: str | None = None  # another way to do what that procedure does
    archived: bool = False  # obsolete: not offered to new accounts, still shown where it was used
    # How and when it was checked (`checked:`); None for an older file with only `reviewed:`, whose date
    # `reviewed` holds (it holds `checked.on` otherwise).
    checked: Checked | None = None
    important: str = ""  # the one thing to know, shown first
    region_notes: tuple[tuple[str, str], ...] = ()  # (region, text) for facts that differ there
    # Every date that matters, each for its regions; `deadline` is the one for every region (the one
    # without regions, else the first), for what does not know the account's region.
    deadlines: tuple[Deadline, ...] = ()

    @property
    def path(self) -> Path:
        """The file it was read from. (Kept as text: a thousand `Path` objects took a good part of the time
        taken to read a large library from the parse cache.)"""
        return Path(self.file)

    def step(self, step_id: str) -> Step | None:
        return next((step for step in self.steps if step.id == step_id), None)

    @functools.cached_property
    def search_text(self) -> str:
        """The procedure's own words (not its steps'), lower-cased, for the search box."""
        return "\n".join([self.title, self.summary, self.provider, *self.platforms]).casefold()

    @property
    def step_ids(self) -> tuple[str, ...]:
        return self.steps.ids

    @functools.cached_property
    def step_id_set(self) -> frozenset[str]:
        return frozenset(self.steps.ids)

    def is_stale(self, today: dt.date | None = None) -> bool:
        """True when the last review is more than six months old."""
        today = today or dt.date.today()
        return (today - self.reviewed).days > STALE_AFTER_DAYS

    def newest_published(self) -> dt.date | None:
        """The newest `published` date among the sources (None when no source shows a date)."""
        return max((source.published for source in self.sources if source.published), default=None)

    def deadline_for(self, region: str) -> Deadline | None:
        """The date that matters for an account in `region`: the deadline naming it (EU and EEA as one),
        else the one without regions, else None."""
        deadlines = self.deadlines or ((self.deadline,) if self.deadline else ())
        named = [deadline for deadline in deadlines if deadline.regions and deadline.applies_in(region)]
        if named:
            return named[0]
        return next((deadline for deadline in deadlines if not deadline.regions), None)

    def region_notes_for(self, region: str) -> list[str]:
        """The region notes for an account in `region`: the one naming it, and for an EU or EEA account
        also the one for the other of the two."""
        return [text for name, text in self.region_notes if _region_named(region, (name,))]

    def applies_to(self, platform: str, region: str) -> bool:
        """Whether this procedure is offered to an account on `platform` in `region`."""
        if platform not in self.platforms:
            return False
        return "any" in self.regions or region in self.regions or (
            region in EEA_COUNTRIES_AND_EU and ("EU" in self.regions or "EEA" in self.regions)
        )

    def region_match(self, region: str) -> int:
        """How closely the procedure's regions name `region`: 0 by name, 1 as part of the EU and EEA
        (treated as one), 2 through "any", 3 not at all."""
        if region in self.regions:
            return 0
        if region in EEA_COUNTRIES_AND_EU and ("EU" in self.regions or "EEA" in self.regions):
            return 1
        return 2 if "any" in self.regions else 3
