"""The text of the details pane: a procedure or step as Markdown, and the notices above it (issue 19: the
most important thing first, the rest folded; how it was checked, in plain words; the account's region
picks its date and its notes; the provider's news folded at the end).

Nothing here is ever loaded from elsewhere: the Markdown is shown by app.ui.browser.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale

from app.core.checklist import ChangeSinceCompletion
from app.core.followup import deadline_words
from app.core.news import News, NewsItem
from app.core.procedures import Procedure, Step
from app.core.records import replace
from app.core.verification import verification_words
from app.ui.locale_text import day_text, month_text
from app.ui.models import tr, words_text


def _md_escape(text: str) -> str:
    return "".join("\\" + char if char in "\\`*_[]<>#|" else char for char in text)


def _md_url(url: str) -> str:
    """An address inside Markdown's (...): characters that could end it, or start an image or a tag after
    it, are percent-encoded, so that an address can only ever be the one link it is."""
    return "".join(f"%{ord(char):02X}" if char in "()<>[]\\ \t\r\n\"" else char for char in url)


def _bullets(items: list[str]) -> str:
    return "\n".join(f"- {_md_escape(item)}" for item in items)


def _bold(text: str) -> str:
    """Objector's own words in bold. (Translated outside f-strings: lupdate misses a tr() inside one.)"""
    return "**" + _md_escape(text) + "**"


def shown_day(day: dt.date) -> str:
    """A day as the user's language writes it in full ("2 December 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


shown_month = month_text  # a month and year as the user's language writes them ("März 2025")


# The long parts of a procedure's text, folded until the user opens them (issue 18: at a small window the
# summary and the steps' own words come first; issue 19: the most important thing first, the rest folded).
# Each is opened and closed by an internal link, `#open:<name>` or `#close:<name>`, that the pane handles
# itself (DetailsPane._link_clicked); none ever reaches the system.
FOLDED_SECTIONS = ("caveats", "disagreements", "sources", "news")
OPEN_PREFIX = "open:"
CLOSE_PREFIX = "close:"


def fold_anchor(url: Any) -> tuple[str, bool] | None:
    """(section, open it?) for an internal fold link (`#open:sources`, `#close:sources`), else None. Only a
    bare fragment naming a known section counts: anything with a scheme, a host or a path is a real link."""
    if url.scheme() or url.host() or url.path() or not url.hasFragment():
        return None
    fragment = url.fragment()
    for prefix, opened in ((OPEN_PREFIX, True), (CLOSE_PREFIX, False)):
        if fragment.startswith(prefix) and fragment[len(prefix):] in FOLDED_SECTIONS:
            return fragment[len(prefix):], opened
    return None


def _section(name: str, heading: str, body: str, count: int | None, open_sections: frozenset[str] | None
             ) -> str:
    """A foldable section: its heading as a link that opens it (with how many items it holds, when
    `count` is given), or, open, the heading as a link that folds it again, then its text. `open_sections`
    None: everything open, no links."""
    if open_sections is None:
        return _bold(heading) + "\n\n" + body
    if name not in open_sections:
        shown = f"{heading} ({count})" if count is not None else heading
        return f"[\u25b8 {_md_escape(shown)}](#{OPEN_PREFIX}{name})"
    return f"[\u25be {_md_escape(heading)}](#{CLOSE_PREFIX}{name})\n\n" + body


def for_region(procedure: Procedure, region: str) -> Procedure:
    """The procedure as an account in `region` sees it: with the date that matters there as its deadline
    (what reads `deadline`, such as the countdown, then tells that date)."""
    if not region:
        return procedure
    deadline = procedure.deadline_for(region)
    return procedure if deadline == procedure.deadline else replace(procedure, deadline=deadline)


def verification_text(procedure: Procedure) -> str:
    """How the procedure was checked, in plain words, then its note (what the check could not confirm)."""
    sentence = words_text(verification_words(procedure, shown_day, shown_month))
    note = procedure.checked.note if procedure.checked is not None else ""
    return sentence + (" " + note if note else "")


def _news_body(news: News) -> str:
    def line(item: NewsItem) -> str:
        links = ", ".join(f"[{_md_escape(source.publisher or source.title)}]({_md_url(source.url)})"
                          for source in item.sources)
        return f"- {_bold(shown_day(item.date))}: {_md_escape(item.text)}" + (f" ({links})" if links else "")

    parts = [_md_escape(news.summary)]
    if news.items:
        parts.append("\n".join(line(item) for item in news.items))
    if news.proposed:
        parts.append(_bold(tr("Proposed, not in force:")))
        parts.append("\n".join(line(item) for item in news.proposed))
    return "\n\n".join(parts)


def procedure_markdown(procedure: Procedure, today: dt.date, open_sections: frozenset[str] | None = None,
                       region: str = "", news: News | None = None) -> str:
    """The guide's text: the most important thing first, then what it does, the notes for the account's
    `region`, what you get, the date that matters there; then, folded, more to know, where the sources
    disagree (for reviewers), the sources and the provider's `news`; last, how it was checked.

    The pane passes the sections the user opened (`open_sections`): the others are folded into one link
    each. None (the default) shows every section open, with plain headings."""
    parts = [f"## {_md_escape(procedure.title)}"]
    if procedure.important:
        parts.append(_bold(tr("Most important:")) + " " + _md_escape(procedure.important))
    parts.append(_md_escape(procedure.summary))
    if region:
        for note in procedure.region_notes_for(region):
            label = tr("For your region ({region}):").format(region=region)
            parts.append(_bold(label) + " " + _md_escape(note))
    if procedure.outcome:
        parts.append(_bold(tr("What you get:")) + " " + _md_escape(procedure.outcome))
    deadline = procedure.deadline_for(region) if region else procedure.deadline
    if deadline:
        parts.append(_bold(tr("Date that matters:")) + f" {shown_day(deadline.date)}: "
                     f"{_md_escape(deadline.description)}")
    if procedure.caveats:
        parts.append(_section("caveats", tr("More to know"), _bullets(list(procedure.caveats)),
                              len(procedure.caveats), open_sections))
    if procedure.disagreements:
        parts.append(_section("disagreements", tr("Where sources disagree, for reviewers"),
                              _bullets(list(procedure.disagreements)), len(procedure.disagreements),
                              open_sections))
    sources = []
    for source in procedure.sources:
        by = f", {_md_escape(source.publisher)}" if source.publisher else ""
        sources.append(f"- [{_md_escape(source.title)}]({_md_url(source.url)}){by} ({_source_dates(source)})")
    parts.append(_section("sources", tr("Sources"), "\n".join(sources), len(sources), open_sections))
    if news is not None:
        heading = tr("What is happening (updated {date})").format(date=shown_day(news.updated))
        parts.append(_section("news", heading, _news_body(news), None, open_sections))
    checked = verification_text(procedure)
    if procedure.is_stale(today):
        checked += " " + tr("It may be out of date.")
    parts.append(f"*{_md_escape(checked)}*")
    parts.append("*" + _md_escape(tr("Its name for problem reports: {id}").format(id=procedure.id)) + "*")
    return "\n\n".join(parts)


def _source_dates(source: Any) -> str:
    if source.published and source.accessed:
        return tr("dated {published}, read {accessed}").format(published=day_text(source.published),
                                                               accessed=day_text(source.accessed))
    if source.published:
        return tr("dated {published}").format(published=day_text(source.published))
    if source.accessed:
        return tr("undated, read {accessed}").format(accessed=day_text(source.accessed))
    return tr("undated")


def step_markdown(procedure: Procedure, step: Step, english: Step | None = None) -> str:
    """A step's text; with `english` (the English step, when its translation is older), that below it."""
    if english is not None:
        older = _bold(tr("This step's translation is older than the English text, which says:"))
        return step_markdown(procedure, step) + f"\n\n---\n\n{older}\n\n" + step_markdown(procedure, english)
    parts = [f"*{_md_escape(procedure.title)}*", f"## {_md_escape(step.title)}"]
    if step.details:
        parts.append(step.details)  # the procedure's own Markdown, validated on load
    if step.links:
        parts.append("\n".join(f"- [{_md_escape(link.label)}]({_md_url(link.url)})" for link in step.links))
    if step.expect:
        parts.append(_bold(tr("What to expect:")) + " " + _md_escape(step.expect))
    return "\n\n".join(parts)


def banners(procedure: Procedure, today: dt.date, change: ChangeSinceCompletion | None,
            orphans: list[str], coverage: str = "", region: str = "") -> list[str]:
    """The notices above a guide or step: its date (the one for the account's `region`), coverage, changes,
    orphan ticks, age."""
    lines: list[str] = []
    countdown = deadline_words(for_region(procedure, region), today)
    if countdown is not None:
        lines.append(words_text(countdown))
    if coverage:
        lines.append(coverage)
    if change is not None:
        if change.new_steps:
            titles = "; ".join(step.title for step in change.new_steps)
            lines.append(tr("This guide changed since you finished it. New steps: {titles}").format(
                titles=titles))
        else:
            lines.append(tr("This guide changed since you finished it; check it again."))
    if orphans:
        lines.append(tr("You ticked steps that are no longer in this guide (kept in your history): "
                        "{steps}").format(steps=", ".join(orphans)))
    if procedure.is_stale(today):
        lines.append(tr("Last checked on {date}: it may be out of date.").format(
            date=shown_day(procedure.reviewed)))
    return lines
