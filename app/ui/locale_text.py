"""Dates as the window's language writes them ("27 May 2025", "27. Mai 2025" is QLocale's to choose): through
QLocale's default, which app.ui.i18n sets to the window's language. Day, short month name and year, in
that order in every language Objector speaks: never ambiguous the way 05/06/2025 is."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QTime

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


def date_edit_format() -> str:
    """How a date field shows a day in the window's language, with the year in four digits: QLocale's short
    format ("dd.MM.yy" in German, "dd/MM/yyyy" in French) with "yy" made "yyyy". A format with the month
    first (American English, "M/d/yy") reads the wrong way round in Europe: the field then shows
    2026-12-01."""
    written = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if written.startswith("M"):
        return "yyyy-MM-dd"
    if "yyyy" not in written:
        written = written.replace("yy", "yyyy")
    return written


def month_text(day: dt.date) -> str:
    """A month and year in the window's language: "März 2025"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMMM yyyy")


def moment_text(moment: dt.datetime) -> str:
    """A day and a time of day (24 hours) in the window's language: "1 Dez. 2026, 14:03"."""
    from app.ui.models import tr

    time = QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")
    return tr("{day}, {time}").format(day=day_text(moment.date()), time=time)
