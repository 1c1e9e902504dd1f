"""The evidence report and the calendar export, built from the store and the procedure library.

A report is what a person hands to a data protection authority: for each account, each procedure run with
its status and dates, the timeline of what was done when (from the append-only history), notes, attached
files with their SHA-256 hashes, and which version of each procedure was followed, with its sources.
Markdown and HTML are rendered here; PDF is made from the HTML by Qt (app.ui.pdf).

Every time is printed in the user's local time zone (or the one `build_report` is given), with the zone's
name after it ("2026-12-01 14:03 CET"; "1 Dez. 2026, 14:03 CET" from a German window), so that a reader
abroad knows which clock it is; days are written out ("1 December 2026"). A run with a final
outcome (granted, refused, not applicable) shows no reply due date: nothing is awaited any more. A
procedure covered by a request made on another account of the same group (Accounts Center) says so, by the
rule the window uses (`coverage_details_in_group`; a refused request covers nothing), also when the account
has no run of its own for it.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from app import __version__
from app.core.accounts import Status
from app.core.checklist import Checklist
from app.core.followup import DONE_STATUSES, recheck_due, reply_clock, run_state
from app.core.followup_count import coverage_details_in_group
from app.core.procedures import Catalog, Procedure, Source
from app.core.verification import english_day, english_month, verification_words
from app.core.words import QT_TRANSLATE_NOOP, Words
from app.storage.database import Account, Database, Evidence, HistoryEntry, Run, from_text

Translate = Callable[[str, "str | None", int], str]
_PLURAL = re.compile(r"\((\w*)\)")  # "file(s)": the English plural ending, in brackets


def english(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English of `text`: itself, with `%n` replaced by `n` and, for a count, "file(s)" made
    "file" (n == 1) or "files"."""
    if n < 0:
        return text
    return _PLURAL.sub(lambda match: "" if n == 1 else match[1], text).replace("%n", str(n))


def iso_minute(moment: dt.datetime) -> str:
    """"2026-12-01 14:03": how the English report writes a time (the window's language has its own)."""
    return moment.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class Speaker:
    """How the report writes its words, days ("2 December 2026"), months ("March 2025") and times of day."""

    translate: Translate
    day: Callable[[dt.date], str]
    month: Callable[[dt.date], str] = english_month
    moment: Callable[[dt.datetime], str] = iso_minute


_speaking: list[Speaker] = [Speaker(english, english_day)]


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the language being spoken (English unless inside `speaking`). Call it with a literal, as
    the window's tr: pyside6-lupdate extracts it under the context "" the window translates in."""
    return _speaking[-1].translate(text, disambiguation, n)


def day(value: dt.date) -> str:
    """A day in the language being spoken ("2 December 2026" in English)."""
    return _speaking[-1].day(value)


def labelled(label: str, value: str) -> str:
    """"Status: submitted"; French puts a space before the colon."""
    return tr("{label}: {value}").format(label=label, value=value)


@contextmanager
def speaking(translate: Translate, day_text: Callable[[dt.date], str],
             month_text: Callable[[dt.date], str] = english_month,
             moment_text: Callable[[dt.datetime], str] = iso_minute) -> Iterator[None]:
    """Render in another language for the time of the `with`: the window gives its tr, and how its
    language writes a day, a month and a time of day (app.ui.locale_text)."""
    _speaking.append(Speaker(translate, day_text, month_text, moment_text))
    try:
        yield
    finally:
        _speaking.pop()


def _words(value: Words) -> str:
    """Words from the core, translated (the English if a translation does not fit its values)."""
    try:
        return value.filled(tr(value.template))
    except (KeyError, IndexError, ValueError):
        return str(value)


STATUS_WORDS = {
    "not-started": QT_TRANSLATE_NOOP("", "not started"), "in-progress": QT_TRANSLATE_NOOP("", "in progress"),
    "submitted": QT_TRANSLATE_NOOP("", "submitted"), "waiting": QT_TRANSLATE_NOOP("", "waiting for a reply"),
    "granted": QT_TRANSLATE_NOOP("", "granted"), "refused": QT_TRANSLATE_NOOP("", "refused"),
    "no-reply": QT_TRANSLATE_NOOP("", "no reply"), "not-applicable": QT_TRANSLATE_NOOP("", "not applicable"),
}
ACTION_WORDS = {
    "account-added": QT_TRANSLATE_NOOP("", "Account added"),
    "account-changed": QT_TRANSLATE_NOOP("", "Account details changed"),
    "account-archived": QT_TRANSLATE_NOOP("", "Account archived"),
    "account-restored": QT_TRANSLATE_NOOP("", "Account restored"),
    "tick": QT_TRANSLATE_NOOP("", "Step done"), "untick": QT_TRANSLATE_NOOP("", "Step marked not done"),
    "status": QT_TRANSLATE_NOOP("", "Status changed"),
    "status-date": QT_TRANSLATE_NOOP("", "Status date changed"),
    "reference": QT_TRANSLATE_NOOP("", "Reference changed"), "note": QT_TRANSLATE_NOOP("", "Note saved"),
    "evidence": QT_TRANSLATE_NOOP("", "File attached"),
    "evidence-renamed": QT_TRANSLATE_NOOP("", "Attached file renamed"),
    "evidence-removed": QT_TRANSLATE_NOOP("", "Attached file removed"),
    "evidence-restored": QT_TRANSLATE_NOOP("", "Attached file restored"),
    "completed": QT_TRANSLATE_NOOP("", "Procedure completed"),
    "reopened": QT_TRANSLATE_NOOP("", "Procedure reopened"),
    "visibility": QT_TRANSLATE_NOOP("", "Procedure shown or hidden"),
    "extended": QT_TRANSLATE_NOOP("", "Reply period extended by the other side"),
    "extension-removed": QT_TRANSLATE_NOOP("", "Reply period extension removed"),
}


def _status(status: str) -> str:
    value = STATUS_WORDS.get(status)
    return tr(value) if value else status


def _action(action: str) -> str:
    value = ACTION_WORDS.get(action)
    return tr(value) if value else action


FINAL_STATUSES = (*DONE_STATUSES, Status.REFUSED)  # an answer came (or none is needed): no reply is due


@dataclass
class CoveredBy:
    """A request on another account of the same group that covers a procedure of this one."""

    account_label: str  # the covering account
    procedure_id: str  # the covering procedure
    procedure_title: str
    since: dt.date | None  # the day it was sent (`coverage_since`)

    def line(self) -> str:
        """What the report prints: "Covered by “Mein Facebook”: <procedure>, sent 2026-11-20" (or no date)."""
        if self.since:
            return tr("Covered by “{account}”: {guide}, sent {day}").format(
                account=self.account_label, guide=self.procedure_title, day=day(self.since))
        return tr("Covered by “{account}”: {guide}").format(account=self.account_label,
                                                           guide=self.procedure_title)


@dataclass
class RunReport:
    procedure_id: str
    procedure: Procedure | None
    run: Run
    steps_done: list[tuple[str, str, dt.datetime]]  # step id, title, when
    notes: list[tuple[str, str]]  # label, text
    evidence: list[Evidence]
    reply_due: dt.date | None = None
    recheck_due: dt.date | None = None
    covered_by: CoveredBy | None = None


@dataclass
class AccountReport:
    account: Account
    note: str
    runs: list[RunReport] = field(default_factory=list)
    timeline: list[HistoryEntry] = field(default_factory=list)


@dataclass
class Report:
    generated_at: dt.datetime
    accounts: list[AccountReport]
    catalog: Catalog
    zone: dt.tzinfo | None = None  # the time zone every time is printed in; None: the computer's own


def build_report(db: Database, catalog: Catalog, account_ids: list[int] | None = None,
                 zone: dt.tzinfo | None = None) -> Report:
    """The report of the accounts `account_ids` (all, archived too, if None), with its times to be printed
    in `zone` (the computer's local time zone if None)."""
    accounts = [a for a in db.accounts(include_archived=True) if account_ids is None or a.id in account_ids]
    result: list[AccountReport] = []
    for account in accounts:
        ticks = db.ticks(account.id)
        notes = db.notes(account.id)
        runs = {run.procedure_id: run for run in db.runs(account.id)}
        attached = db.evidence(account.id)
        covered = _coverage(db, catalog, account, runs, ticks)
        procedure_ids = sorted(set(runs) | {p for p, _ in ticks} | {p for p, _ in notes if p}
                               | {item.procedure_id for item in attached} | set(covered))
        entry = AccountReport(account, notes.get(("", ""), ""), timeline=db.history(account.id))
        for procedure_id in procedure_ids:
            procedure = catalog.get(procedure_id)
            run = runs.get(procedure_id, Run(account.id, procedure_id))
            done = sorted(((step, when) for (p, step), when in ticks.items() if p == procedure_id),
                          key=lambda item: item[1])
            titled = [(step, _step_title(procedure, step), when) for step, when in done]
            run_notes: list[tuple[str, str]] = []
            if notes.get((procedure_id, "")):
                run_notes.append((tr("Procedure"), notes[(procedure_id, "")]))
            for (p, step), text in sorted(notes.items()):
                if p == procedure_id and step:
                    run_notes.append((tr("Step “{step}”").format(step=_step_title(procedure, step)), text))
            state = run_state(run, len(done))
            final = run.status in FINAL_STATUSES
            clock = reply_clock(procedure, state) if procedure and not final else None
            entry.runs.append(RunReport(
                procedure_id, procedure, run, titled, run_notes,
                [item for item in attached if item.procedure_id == procedure_id],
                clock.effective_due if clock else None,
                recheck_due(procedure, state) if procedure else None, covered.get(procedure_id)))
        result.append(entry)
    return Report(db.clock(), result, catalog, zone)


def _coverage(db: Database, catalog: Catalog, account: Account, runs: dict[str, Run],
              ticks: dict[tuple[str, str], dt.datetime]) -> dict[str, CoveredBy]:
    """The procedures of `account` covered by a request on another account of its group, as the window
    says (`coverage_details_in_group`)."""
    if not account.group_name:
        return {}
    others = [other for other in db.accounts_in_group(account.group_name) if other.id != account.id]
    if not others:
        return {}
    checklist = Checklist.for_account(catalog, account, runs, ticks.keys())
    runs_by_account = {other.id: {run.procedure_id: run for run in db.runs(other.id)} for other in others}
    labels = {other.id: other.label for other in others}
    result: dict[str, CoveredBy] = {}
    for procedure_id, coverage in coverage_details_in_group(account, checklist, others, runs_by_account,
                                                            catalog).items():
        covering_id = coverage.procedure_id or procedure_id
        covering = catalog.get(covering_id)
        result[procedure_id] = CoveredBy(labels.get(coverage.by_account_id, str(coverage.by_account_id)),
                                         covering_id, covering.title if covering else covering_id,
                                         coverage.since)
    return result


def _step_title(procedure: Procedure | None, step_id: str) -> str:
    step = procedure.step(step_id) if procedure else None
    return step.title if step else tr("{step} (no longer in the guide)").format(step=step_id)


def _when(moment: dt.datetime | None, zone: dt.tzinfo | None = None) -> str:
    """`moment` in `zone` (the computer's own if None), with the zone's name: "2026-12-01 14:03 CET" in
    English, "1. Dez. 2026, 14:03 CET" in German."""
    if moment is None:
        return "—"
    try:
        local = moment.astimezone(zone)
    except (OverflowError, ValueError, OSError):  # a time at the very end of 9999, past what the zone knows
        local = moment.astimezone(dt.timezone.utc)
    name = local.strftime("%Z") or local.strftime("%z") or "UTC"
    return f"{_speaking[-1].moment(local)} {name}"


def _zone_name(report: Report) -> str:
    return _when(report.generated_at, report.zone).rsplit(" ", 1)[-1]


def _size(size: int) -> str:
    return tr("%n byte(s)", "", size)


def _history_line(entry: HistoryEntry, catalog: Catalog, zone: dt.tzinfo | None = None) -> str:
    procedure = catalog.get(entry.procedure_id) if entry.procedure_id else None
    parts = [_action(entry.action)]
    if entry.procedure_id:
        parts.append(f"“{procedure.title}”" if procedure else entry.procedure_id)
    if entry.step_id:
        parts.append(tr("step “{step}”").format(step=_step_title(procedure, entry.step_id)))
    detail = entry.detail
    if entry.action == "status":
        before, after = str(detail.get("from", "")), str(detail.get("to", ""))
        if before == after:  # how a date or a reference was saved before they had entries of their own
            parts[0] = tr("Status date or reference saved")
            parts.append(tr("status {status}").format(status=_status(after)))
        else:
            parts.append(tr("from {before} to {after}").format(before=_status(before), after=_status(after)))
        if detail.get("reference"):
            parts.append(tr("reference {reference}").format(reference=detail["reference"]))
    if entry.action == "status-date":
        status = str(detail.get("status", ""))
        since = tr("{status} since {when}").format(status=_status(status),
                                                   when=_when(from_text(detail.get("to")), zone))
        if detail.get("from"):
            since += " " + tr("(was {before})").format(before=_when(from_text(detail["from"]), zone))
        parts.append(since)
    if entry.action == "reference":
        reference, previous = str(detail.get("reference", "")), str(detail.get("from", ""))
        text = tr("to {reference}").format(reference=reference) if reference else tr("removed")
        if previous:
            text += " " + tr("(was {before})").format(before=previous)
        parts.append(text)
    if entry.action in ("evidence", "evidence-removed", "evidence-restored"):
        parts.append(f"{detail.get('name', '')} (SHA-256 {detail.get('sha256', '')})")
    if entry.action == "evidence-renamed":
        parts.append(tr("from {before} to {after}").format(before=detail.get("from", ""),
                                                           after=detail.get("name", ""))
                     + f" (SHA-256 {detail.get('sha256', '')})")
    if entry.action == "note":
        text = str(detail.get("text", ""))
        parts.append(tr("(%n character(s))", "", len(text)) if text else tr("(emptied)"))
    return ", ".join(parts)


def _guide_lines(procedure: Procedure | None, region: str) -> list[tuple[str, str]]:
    """What the guide says first (its most important thing) and, for the account's region, its notes and
    the date that matters there."""
    if procedure is None:
        return []
    rows: list[tuple[str, str]] = []
    if procedure.important:
        rows.append((tr("Most important"), procedure.important))
    rows += [(tr("For the account's region ({region})").format(region=region), note)
             for note in procedure.region_notes_for(region)]
    deadline = procedure.deadline_for(region)
    if deadline is not None:
        rows.append((tr("Date that matters"), labelled(day(deadline.date), deadline.description)))
    return rows


def _procedure_lines(procedure: Procedure | None, run: Run, zone: dt.tzinfo | None = None
                     ) -> list[tuple[str, str]]:
    status = _status(run.status)
    if run.status_at:
        status += " " + tr("(since {when})").format(when=_when(run.status_at, zone))
    rows: list[tuple[str, str]] = [(tr("Status"), status), (tr("Submitted"), _when(run.submitted_at, zone))]
    if run.reference:
        rows.append((tr("Reference"), run.reference))
    if run.extended_at:
        rows.append((tr("Reply period extended"), _when(run.extended_at, zone)))
    if run.completed_at:
        rows.append((tr("Completed"), _when(run.completed_at, zone)))
    if procedure is not None:
        version = run.completed_fingerprint or procedure.fingerprint
        changed = run.completed_fingerprint and run.completed_fingerprint != procedure.fingerprint
        rows.append((tr("Version of the guide followed"),
                     version + (" " + tr("(the guide has changed since)") if changed else "")))
        note = procedure.checked.note if procedure.checked is not None else ""
        checked = _words(verification_words(procedure, day, _speaking[-1].month))
        rows.append((tr("How the guide was checked"), checked + (f" {note}" if note else "")))
    return rows


def _source_dates(source: Source) -> str:
    """"dated 2025-05-21, read 2026-12-02": the page's own date apart from the day it was read."""
    dates = ([tr("dated {day}").format(day=day(source.published))] if source.published
             else [tr("undated")]) + (
        [tr("read {day}").format(day=day(source.accessed))] if source.accessed else [])
    return ", ".join(dates)


def _generated(report: Report) -> str:
    return tr("Generated {when} by Objector {version}. All times are in the time zone {zone}.").format(
        when=_when(report.generated_at, report.zone), version=__version__, zone=_zone_name(report))


def _account_rows(account: Account, zone: dt.tzinfo | None) -> list[tuple[str, str]]:
    rows = [(tr("Platform"), account.platform), (tr("Region"), account.region),
            (tr("Handle"), account.handle), (tr("Email"), account.email),
            (tr("Linked accounts"), account.group_name),
            (tr("Added to Objector"), _when(account.created_at, zone))]
    if account.archived_at:
        rows.append((tr("Archived"), _when(account.archived_at, zone)))
    return [(label, value) for label, value in rows if value]


def _run_title(run: RunReport) -> str:
    if run.procedure:
        return run.procedure.title
    return tr("{guide} (no longer in the library)").format(guide=run.procedure_id)


def _attached(item: Evidence, zone: dt.tzinfo | None, sha256: str) -> str:
    return tr("{name}, {size}, SHA-256 {sha256}, attached {when}").format(
        name=item.original_name, size=_size(item.size), sha256=sha256, when=_when(item.added_at, zone))


def render_markdown(report: Report) -> str:
    zone = report.zone
    lines = ["# " + tr("Objector evidence report"), "", _generated(report), ""]
    guide_id, reply_due, check_again = tr("Guide id"), tr("Reply due"), tr("Check again on")
    for entry in report.accounts:
        account = entry.account
        lines += ["## " + tr("Account: {account}").format(account=account.label), ""]
        lines += ["- " + labelled(label, value) for label, value in _account_rows(account, zone)]
        if entry.note:
            lines += ["", tr("Account notes:"), "", *[f"> {line}" for line in entry.note.splitlines()]]
        lines.append("")
        for run in entry.runs:
            lines += [f"### {_run_title(run)}", "", "- " + labelled(guide_id, run.procedure_id)]
            rows = [*_guide_lines(run.procedure, account.region),
                    *_procedure_lines(run.procedure, run.run, zone)]
            lines += ["- " + labelled(label, value) for label, value in rows]
            if run.covered_by:
                lines.append(f"- {run.covered_by.line()}")
            if run.reply_due:
                lines.append("- " + labelled(reply_due, day(run.reply_due)))
            if run.recheck_due:
                lines.append("- " + labelled(check_again, day(run.recheck_due)))
            if run.steps_done:
                lines += ["", tr("Steps done:"), ""]
                lines += ["- " + labelled(_when(when, zone), title_) for _, title_, when in run.steps_done]
            if run.notes:
                lines += ["", tr("Notes:"), ""]
                for label, text in run.notes:
                    lines.append("- " + labelled(label, "").rstrip())
                    lines += [f"  > {line}" for line in text.splitlines()]
            if run.evidence:
                lines += ["", tr("Attached files:"), ""]
                lines += [f"- {_attached(item, zone, item.sha256)}" for item in run.evidence]
            if run.procedure and run.procedure.sources:
                lines += ["", tr("Sources of the guide:"), ""]
                lines += ["- " + labelled(source.title, f"{source.url} ({_source_dates(source)})")
                          for source in run.procedure.sources]
            lines.append("")
        lines += ["### " + tr("Timeline"), ""]
        lines += ["- " + labelled(_when(item.at, zone), _history_line(item, report.catalog, zone))
                  for item in entry.timeline]
        lines.append("")
    return "\n".join(lines)


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def render_html(report: Report) -> str:
    """Well-formed XHTML-compatible HTML, with its own small stylesheet and nothing loaded from elsewhere."""
    title = tr("Objector evidence report")
    language = tr("en")  # the language code of the report's HTML, translated as "de", "fr", ...
    out = ['<!DOCTYPE html>', f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{_e(language)}">', "<head>",
           '<meta charset="utf-8"/>', f"<title>{_e(title)}</title>",
           "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:left;"
           "vertical-align:top}code{font-size:90%}blockquote{margin:.3em 1em;color:#444}</style>",
           "</head>", "<body>", f"<h1>{_e(title)}</h1>", f"<p>{_e(_generated(report))}</p>"]
    zone = report.zone
    guide_id, reply_due, check_again = _e(tr("Guide id")), _e(tr("Reply due")), _e(tr("Check again on"))
    linked = _e(tr("Linked accounts"))
    for entry in report.accounts:
        account = entry.account
        out.append("<h2>" + _e(tr("Account: {account}").format(account=account.label)) + "</h2>")
        out.append("<table>")
        out += [f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in _account_rows(account, zone)]
        out.append("</table>")
        if entry.note:
            out.append(_p(tr("Account notes:")) + f"<blockquote>{_paragraphs(entry.note)}</blockquote>")
        for run in entry.runs:
            out.append(f"<h3>{_e(_run_title(run))}</h3>")
            out.append("<table>")
            out.append(f"<tr><th>{guide_id}</th><td><code>{_e(run.procedure_id)}</code></td></tr>")
            shown = [*_guide_lines(run.procedure, account.region),
                     *_procedure_lines(run.procedure, run.run, zone)]
            out += [f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in shown]
            if run.covered_by:
                out.append(f"<tr><th>{linked}</th><td>{_e(run.covered_by.line())}</td></tr>")
            if run.reply_due:
                out.append(f"<tr><th>{reply_due}</th><td>{_e(day(run.reply_due))}</td></tr>")
            if run.recheck_due:
                out.append(f"<tr><th>{check_again}</th>"
                           f"<td>{_e(day(run.recheck_due))}</td></tr>")
            out.append("</table>")
            if run.steps_done:
                out.append(_p(tr("Steps done:")) + "<ul>")
                out += [f"<li>{_e(labelled(_when(when, zone), t))}</li>" for _, t, when in run.steps_done]
                out.append("</ul>")
            if run.notes:
                out.append(_p(tr("Notes:")) + "<ul>")
                out += [f"<li>{_e(labelled(label, '').rstrip())}<blockquote>{_paragraphs(text)}"
                        "</blockquote></li>" for label, text in run.notes]
                out.append("</ul>")
            if run.evidence:
                out.append(_p(tr("Attached files:")) + "<ul>")
                marker = "\x00"  # the hash goes in <code>, after the rest is escaped
                out += ["<li>" + _e(_attached(item, zone, marker)).replace(
                    marker, f"<code>{_e(item.sha256)}</code>") + "</li>" for item in run.evidence]
                out.append("</ul>")
            if run.procedure and run.procedure.sources:
                out.append(_p(tr("Sources of the guide:")) + "<ul>")
                out += [f"<li>{_e(labelled(s.title, f'{s.url} ({_source_dates(s)})'))}</li>"
                        for s in run.procedure.sources]
                out.append("</ul>")
        out.append("<h3>" + _e(tr("Timeline")) + "</h3><ul>")
        out += [f"<li>{_e(labelled(_when(item.at, zone), _history_line(item, report.catalog, zone)))}</li>"
                for item in entry.timeline]
        out.append("</ul>")
    out += ["</body>", "</html>"]
    return "\n".join(out)


def _p(text: str) -> str:
    return f"<p>{_e(text)}</p>"


def _paragraphs(text: str) -> str:
    return "<br/>".join(_e(line) for line in text.splitlines())


# --- calendar -----------------------------------------------------------------------------------------


def _ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """RFC 5545 line folding: at most 75 octets a line, continuation lines start with a space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return [line]
    parts: list[str] = []
    current = ""
    for char in line:
        limit = 75 if not parts else 74
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current = char
        else:
            current += char
    parts.append(current)
    return [parts[0], *(" " + part for part in parts[1:])]


def calendar_events(db: Database, catalog: Catalog, today: dt.date) -> list[tuple[str, dt.date, str, str]]:
    """(uid, date, summary, description) for reply due dates, coming deadlines and re-checks."""
    events: list[tuple[str, dt.date, str, str]] = []
    for account in db.accounts():
        ticks = db.ticks(account.id)
        for run in db.runs(account.id):
            procedure = catalog.get(run.procedure_id)
            if procedure is None:
                continue
            state = run_state(run, sum(1 for p, _ in ticks if p == run.procedure_id))
            clock = reply_clock(procedure, state)
            base = f"{account.uid}-{procedure.id}"
            if clock and run.status in ("submitted", "waiting"):
                events.append((f"{base}-reply@objector", clock.effective_due,
                               tr("Reply due: {guide} ({account})").format(guide=procedure.title,
                                                                          account=account.label),
                               tr("Submitted on {day}. If there is no reply by this date, you can send a "
                                  "reminder or complain to a data protection authority.").format(
                                   day=day(clock.submitted_on))))
            recheck = recheck_due(procedure, state)
            if recheck:
                events.append((f"{base}-recheck@objector", recheck,
                               tr("Check again: {guide} ({account})").format(guide=procedure.title,
                                                                            account=account.label),
                               tr("Platforms can switch settings back on; check it is still as you left "
                                  "it.")))
            deadline = procedure.deadline_for(account.region)  # the date that matters in its region
            if deadline and deadline.date >= today and run.completed_at is None:
                events.append((f"{base}-deadline@objector", deadline.date,
                               tr("Deadline: {guide} ({account})").format(guide=procedure.title,
                                                                         account=account.label),
                               deadline.description))
    return sorted(events, key=lambda event: (event[1], event[0]))


def render_ics(events: list[tuple[str, dt.date, str, str]], now: dt.datetime) -> str:
    stamp = now.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//Objector//Objector {__version__}//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for uid, day, summary, description in events:
        end = day + dt.timedelta(days=1) if day < dt.date.max else day
        lines += ["BEGIN:VEVENT", f"UID:{_ics_escape(uid)}", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
                  f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}",
                  f"SUMMARY:{_ics_escape(summary)}", f"DESCRIPTION:{_ics_escape(description)}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    folded = [part for line in lines for part in _fold(line)]
    return "\r\n".join(folded) + "\r\n"
