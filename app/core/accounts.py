"""What Objector keeps about accounts and their procedure runs, as plain values: no SQLite, no Qt.

The store (app.storage) reads and writes these; the window, the report and the follow-up rules read them.
A status and a visibility are enums whose members are their stored text, so they compare equal to the
plain strings written everywhere (`run.status == "submitted"`) and are stored and exported as that text.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any, Literal

from app.core.records import record


class _Text(str, Enum):
    """An enum of text values that is its text wherever text is made of it (`str()`, f-strings, JSON),
    on Python 3.10 as on 3.12, where a plain `(str, Enum)` would print as `Status.SUBMITTED`."""

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, format_spec: str) -> str:
        return str.__format__(self, format_spec)


class Status(_Text):
    """Where a request stands, as the person last said."""

    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    SUBMITTED = "submitted"
    WAITING = "waiting"
    GRANTED = "granted"
    REFUSED = "refused"
    NO_REPLY = "no-reply"
    NOT_APPLICABLE = "not-applicable"

    @classmethod
    def read(cls, text: str) -> Status:
        """The status stored as `text`; one a damaged file holds that is none of them reads as not started
        (shown, exported and counted as such, so that one bad value stops nothing)."""
        try:
            return cls(text)
        except ValueError:
            return cls.NOT_STARTED


class Visibility(_Text):
    """Whether a procedure is listed for an account: as the library decides, added by hand, or hidden."""

    AUTO = "auto"
    ADDED = "added"
    HIDDEN = "hidden"

    @classmethod
    def read(cls, text: str) -> Visibility:
        try:
            return cls(text)
        except ValueError:
            return cls.AUTO


STATUSES: tuple[str, ...] = tuple(status.value for status in Status)  # in the order the window lists them
VISIBILITIES: tuple[str, ...] = tuple(visibility.value for visibility in Visibility)


@record(frozen=True)
class Account:
    id: int
    uid: str
    label: str
    platform: str
    region: str
    handle: str
    email: str
    full_name: str
    country: str
    group_name: str
    created_at: dt.datetime
    archived_at: dt.datetime | None
    # The language its letters (objection and complaint texts) are written in; "" is the window's.
    letters_language: str = ""

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


@record(frozen=True)
class Run:
    account_id: int
    procedure_id: str
    status: Status = Status.NOT_STARTED
    status_at: dt.datetime | None = None
    submitted_at: dt.datetime | None = None
    reference: str = ""
    visibility: Visibility = Visibility.AUTO
    completed_at: dt.datetime | None = None
    completed_fingerprint: str | None = None
    completed_steps: tuple[str, ...] = ()
    extended_at: dt.datetime | None = None


@record(frozen=True)
class Evidence:
    id: int
    account_id: int
    procedure_id: str
    step_id: str
    sha256: str
    original_name: str  # the name shown; the stored copy is named by its hash
    size: int
    added_at: dt.datetime
    removed_at: dt.datetime | None = None  # removed (undoably): not listed, its stored copy kept

    @property
    def removed(self) -> bool:
        return self.removed_at is not None


@record(frozen=True)
class HistoryEntry:
    id: int
    uid: str
    at: dt.datetime
    account_id: int
    procedure_id: str
    step_id: str
    action: str
    detail: dict[str, Any]


@record(frozen=True)
class DeletionSummary:
    """What deleting an account would remove, for the confirmation question."""

    ticks: int
    notes: int
    evidence: int
    history: int
    runs: int


@record(frozen=True)
class Completion:
    """Whether a procedure is complete once a tick is made, as the caller's checklist worked it out, and
    which version of it (`fingerprint`, its `step_ids`) a completion would record."""

    fingerprint: str
    step_ids: tuple[str, ...]
    complete: bool


CompletionChange = Literal["", "completed", "reopened"]


@record(frozen=True)
class TickResult:
    """What one tick changed: the tick itself (`changed`; also the truth value), and the run's completion
    (`completion`: "completed" when one was recorded, "reopened" when one was cleared, "" when neither),
    with the run as stored after it all."""

    changed: bool
    run: Run
    completion: CompletionChange = ""

    def __bool__(self) -> bool:
        return self.changed
