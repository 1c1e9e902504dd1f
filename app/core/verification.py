"""How a procedure was checked, in plain words: "Compiled from news reports and guides published up to March
2025; not checked in the app (checked 2 December 2026)." Worked out from its `checked:` and its sources, for
the window (which translates the words) and the report (which prints them in English).

Dates are given to the caller's own formatting (`day` for a day, `month` for a month and year): the window
writes them in the user's language, the report in English (`english_day`, `english_month`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.core.procedure_values import Procedure
from app.core.words import QT_TRANSLATE_NOOP, Words, words

# The companies' own names, for "Checked against Meta's own help pages". A provider not named here is
# "the company" (a procedure file may name a provider Objector does not know).
PROVIDER_NAMES = {
    "adobe": "Adobe", "amazon": "Amazon", "anthropic": "Anthropic", "apple": "Apple",
    "atlassian": "Atlassian",
    "automattic": "Automattic", "bluesky": "Bluesky", "canva": "Canva", "capcut": "CapCut",
    "characterai": "Character.AI", "cursor": "Cursor", "deepseek": "DeepSeek", "deviantart": "DeviantArt",
    "discord": "Discord", "dropbox": "Dropbox", "figma": "Figma", "github": "GitHub", "google": "Google",
    "grammarly": "Grammarly", "jetbrains": "JetBrains", "linkedin": "LinkedIn", "medium": "Medium",
    "meta": "Meta", "microsoft": "Microsoft", "mistral": "Mistral AI", "notion": "Notion", "openai": "OpenAI",
    "otter": "Otter.ai", "perplexity": "Perplexity", "pinterest": "Pinterest", "quora": "Quora",
    "reddit": "Reddit", "samsung": "Samsung", "slack": "Slack", "snapchat": "Snap",
    "soundcloud": "SoundCloud",
    "squarespace": "Squarespace", "substack": "Substack", "udemy": "Udemy", "wetransfer": "WeTransfer",
    "windsurf": "Windsurf", "x": "X", "xai": "xAI", "youtube": "YouTube", "zoom": "Zoom",
}
REGULATORS = "regulators"  # the provider of the complaint procedures: their pages are the regulators' own

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def english_day(day: dt.date) -> str:
    """"2 December 2026"."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def english_month(day: dt.date) -> str:
    """"March 2025"."""
    return f"{_MONTHS[day.month - 1]} {day.year}"


def verification_words(procedure: Procedure, day: Callable[[dt.date], str] = english_day,
                       month: Callable[[dt.date], str] = english_month) -> Words:
    """One sentence: how the procedure was checked and when (its note, if any, is said apart)."""
    checked = procedure.checked
    if checked is None:  # an older file, with only `reviewed:`
        return words(QT_TRANSLATE_NOOP("", "Last checked on {day}; the file does not say how."),
                     day=day(procedure.reviewed))
    on = day(checked.on)
    if checked.how == "in-app":
        return words(QT_TRANSLATE_NOOP("", "Followed in the live app or website on {day}."), day=on)
    if checked.how == "official-pages":
        if procedure.provider == REGULATORS:
            return words(QT_TRANSLATE_NOOP("", "Checked against the regulators' own pages on {day}; not "
                                               "tried out."), day=on)
        name = PROVIDER_NAMES.get(procedure.provider)
        if name is None:
            return words(QT_TRANSLATE_NOOP("", "Checked against the company's own help pages on {day}; not "
                                               "checked in the app."), day=on)
        return words(QT_TRANSLATE_NOOP("", "Checked against {company}'s own help pages on {day}; not checked "
                                           "in the app."), company=name, day=on)
    newest = procedure.newest_published()
    if newest is None:
        return words(QT_TRANSLATE_NOOP("", "Compiled from news reports and guides, none of them dated; not "
                                           "checked in the app (checked {day})."), day=on)
    return words(QT_TRANSLATE_NOOP("", "Compiled from news reports and guides published up to {month}; not "
                                       "checked in the app (checked {day})."), month=month(newest), day=on)
