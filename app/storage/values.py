"""How values are stored as text in SQLite and read back, tolerating what a damaged file holds.

One bad value (a changed byte on disk, a BLOB or a number in a text column, a time that cannot be read)
must not keep the user from reading and exporting everything else: it is read as text, or as no time, or as
DAMAGED_TIME where a time is required.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import Any

Clock = Callable[[], dt.datetime]

DAMAGED_TIME = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)  # shown for a required time that is unreadable


def decode_text(raw: bytes) -> str:
    """Text from SQLite: a damaged file can hold bytes that are not UTF-8 (in a value, or in what an
    integrity check reports); they are shown as U+FFFD instead of stopping every export and the window."""
    return raw.decode("utf-8", "replace")


def new_uid() -> str:
    """A random id in the form `uuid.uuid4().hex` gives (version 4), without importing uuid at start-up."""
    value = bytearray(os.urandom(16))
    value[6] = value[6] & 0x0F | 0x40
    value[8] = value[8] & 0x3F | 0x80
    return value.hex()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def to_text(moment: dt.datetime) -> str:
    """UTC timestamps as ISO 8601 text with microseconds, so they sort as text."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


def from_text(text: str | None) -> dt.datetime | None:
    """A stored time; None for none, and for one a damaged file made unreadable (a byte changed on disk):
    one bad value must not keep the user from reading and exporting everything else."""
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text if isinstance(text, str) else stored_text(text))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.timezone.utc)
        return moment.astimezone(dt.timezone.utc)  # 0001-01-01T00:00+14:00 has no UTC time: unreadable
    except (ValueError, TypeError, OverflowError):
        return None


def stored_text(value: Any) -> str:
    """A value read from a text column as text, whatever a damaged file holds there (bytes of a BLOB, a
    number): text is what every reader of the row expects."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bytes):
        return decode_text(value)
    return str(value)


def required_time(text: str | None) -> dt.datetime:
    return from_text(text) or DAMAGED_TIME


def json_or_damaged(text: str | None, empty: Any) -> Any:
    """The JSON stored as `text`, or `empty` for none and for JSON a damaged file made unreadable."""
    import json  # not at start-up: only when a row needs it

    if not text:
        return empty
    try:
        return json.loads(stored_text(text))
    except (ValueError, RecursionError):
        return empty
