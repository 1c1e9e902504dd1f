"""Dates as the window's language writes them ("27 May 2025", "27. Mai 2025" is QLocale's to choose): through
QLocale's default, which app.ui.i18n sets to the window's language. Day, short month name and year, in
that order in every language Objector speaks: never ambiguous the way 05/06/2025 is."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def day_text(day: dt.date | str) -> str:
    """A day ("2026-12-01" or a date) in the window's language; other text as it is."""
    if isinstance(day, str):
        match = _ISO_DAY.match(day)
        if match is None:
            return day
        try:
            return day_text(dt.date(int(match[1]), int(match[2]), int(match[3])))
        except ValueError:
            return day
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
