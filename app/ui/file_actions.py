"""What the File menu writes and reads: the report, the calendar file, backups, a Markdown checklist made
into a procedure, and a problem report about a procedure. Each says what it did in the status bar and what
went wrong in a box that names the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from app.atomic import make_private_dirs, write_atomically
from app.core.procedures import Procedure, Step
from app.storage.errors import StoreError
from app.ui.context import WindowContext
from app.ui.models import tr
from app.ui.session import AccountSession
from app.ui.store_errors import StoreErrors


def problem_report_text(procedure: Procedure, step: Step | None, today: dt.date) -> str:
    """What a volunteer needs to find and fix the procedure: its id, version and the step."""
    lines = [
        f"Procedure: {procedure.title}",
        f"Id: {procedure.id}",
        f"Version: {procedure.fingerprint} (reviewed {procedure.reviewed.isoformat()})",
        f"File: {procedure.path.name if procedure.path else ''}",
    ]
    if step is not None:
        lines.append(f"Step: {step.title} (id {step.id})")
    from app import __version__

    lines += [f"Objector: {__version__}, {today.isoformat()}", "",
              "What is wrong (what you saw instead):", ""]
    return "\n".join(lines)


class FileActions(QObject):
    """The File menu's actions and "Report a problem"."""

    backup_imported = Signal()  # the store holds more now: show it again
    checklist_imported = Signal(str)  # the id of the procedure written into the user's library
    message = Signal(str, int)  # status bar text, milliseconds

    def __init__(self, window: QMainWindow, context: WindowContext, session: AccountSession,
                 errors: StoreErrors, flush_notes: Callable[[], None],
                 current_ids: Callable[[], tuple[str, str] | None]) -> None:
        super().__init__(window)
        self._window, self._context, self._session, self._errors = window, context, session, errors
        self._flush_notes, self._current_ids = flush_notes, current_ids

    def _save_path(self, title: str, name: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(self._window, title, str(Path.home() / name), filters)
        return Path(chosen) if chosen else None

    def _not_written(self, title: str, target: Path, error: OSError, advice: str = "") -> None:
        from app.ui import messages

        messages.warning(self._window, title, tr("{path} could not be written: {reason}.{advice}").format(
            path=target, reason=error.strerror or error, advice=f"\n\n{advice}" if advice else ""))

    # --- the report and the calendar ------------------------------------------------------------------------

    def export_report(self) -> None:
        self._errors.guarded(self._export_report, tr("The report was not written"))

    def _export_report(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        account = self._session.account
        scope = [tr("All accounts")]
        if account is not None:
            scope.insert(0, tr("Only “{label}”").format(label=account.label))
        choice, ok = QInputDialog.getItem(self._window, tr("Export report"), tr("Which accounts?"), scope, 0,
                                          False)
        if not ok:
            return
        target = self._save_path(tr("Export report"), "objector-report.pdf",
                                 tr("PDF (*.pdf);;Web page (*.html);;Markdown (*.md)"))
        if target is None:
            return
        from app.report import build_report, render_html, render_markdown, speaking
        from app.ui.locale_text import day_text, moment_text, month_text
        from app.ui.pdf import write_pdf

        ids = [account.id] if account is not None and choice == scope[0] and len(scope) == 2 else None
        self._flush_notes()
        try:
            # In the window's language (the command line's report is English).
            with speaking(tr, day_text, month_text, moment_text):
                with self._errors.shown() as attempt:
                    report = build_report(self._context.db, self._context.catalog, ids)
                if attempt.failed:
                    return
                suffix = target.suffix.lower()
                text = render_markdown(report) if suffix == ".md" else render_html(report)
            if suffix in (".md", ".html", ".htm"):
                write_atomically(target, text.encode("utf-8"))
            else:
                target = target if suffix == ".pdf" else target.with_suffix(".pdf")
                write_pdf(text, target)
        except OSError as error:
            self._not_written(tr("Report not written"), target, error,
                              tr("Choose another folder, or free some space, and try again."))
            return
        self.message.emit(tr("Report written to {path}.").format(path=target), 8000)

    def export_calendar(self) -> None:
        self._errors.guarded(self._export_calendar, tr("The calendar file was not written"))

    def _export_calendar(self) -> None:
        from app.report import calendar_events, render_ics, speaking
        from app.ui import messages
        from app.ui.locale_text import day_text, moment_text, month_text

        db = self._context.db
        with self._errors.shown() as attempt, speaking(tr, day_text, month_text, moment_text):  # its language
            events = calendar_events(db, self._context.catalog, self._context.today)
        if attempt.failed:
            return
        if not events:  # an empty file would only look like a calendar
            messages.information(self._window, tr("No dates yet"), tr(
                "There is nothing to put in a calendar yet: no reply is due, no deadline is coming and no "
                "setting needs checking again.\n\nWhen you tick the step that sends a request (or set its "
                "status to submitted), its reply date comes here."))
            return
        target = self._save_path(tr("Export due dates"), "objector-dates.ics", tr("Calendar (*.ics)"))
        if target is None:
            return
        try:
            write_atomically(target, render_ics(events, db.clock()).encode("utf-8"))
        except OSError as error:
            self._not_written(tr("Calendar file not written"), target, error)
            return
        self.message.emit(tr("%n date(s) written to {path}. Open it with your calendar.", "",
                             len(events)).format(path=target), 8000)

    # --- backups -------------------------------------------------------------------------------------------

    def export_backup(self) -> None:
        self._errors.guarded(self._export_backup, tr("The backup was not written"))

    def _export_backup(self) -> None:
        # An archive carries the attached files too; a .json file holds the records only.
        target = self._save_path(tr("Back up everything"), "objector-backup.zip",
                                 tr("Objector backup with attached files (*.zip);;Records only (*.json)"))
        if target is None:
            return
        from app.storage.backup import export_file

        self._flush_notes()
        with self._errors.shown() as attempt:
            export_file(self._context.db, target)
        if not attempt.failed:
            self.message.emit(tr("Backup written to {path}.").format(path=target), 8000)

    def import_backup(self) -> None:
        self._errors.guarded(self._import_backup, tr("Nothing was imported"))

    def _import_backup(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from app.ui import messages

        chosen, _ = QFileDialog.getOpenFileName(self._window, tr("Import a backup"), str(Path.home()),
                                                tr("Objector backup (*.zip *.json)"))
        if not chosen:
            return
        from app.storage.backup import import_file

        self._flush_notes()
        try:
            summary = import_file(self._context.db, Path(chosen))
        except StoreError as error:  # not a refusal to save: the file's own problem, said as such
            self._errors.not_done(tr("Nothing was imported"), error)
            return
        self.backup_imported.emit()
        messages.information(self._window, tr("Backup imported"), tr(
            "Added {accounts} account(s), {ticks} ticked step(s), {notes} note(s) and {history} history "
            "entries.").format(accounts=summary.accounts_added, ticks=summary.ticks_added,
                               notes=summary.notes_changed, history=summary.history_added))

    # --- a Markdown checklist made into a procedure --------------------------------------------------------

    def import_checklist(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        from app.core.markdown_import import MAX_MARKDOWN_CHARS, import_markdown
        from app.files import read_regular
        from app.ui import messages

        window = self._window
        chosen, _ = QFileDialog.getOpenFileName(window, tr("Import a Markdown checklist"), str(Path.home()),
                                                tr("Markdown (*.md *.markdown *.txt)"))
        if not chosen:
            return
        source = Path(chosen)
        try:
            markdown = read_regular(source, 4 * MAX_MARKDOWN_CHARS).decode("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            messages.warning(window, tr("Not imported"),
                             tr("{path} could not be read as UTF-8 text: {reason}").format(
                                 path=source, reason=getattr(error, "strerror", None) or error))
            return
        account = self._session.account
        platform = account.platform if account else "other"
        source_url: str | None = None
        try:
            result = import_markdown(markdown, source_name=source.name, platforms=(platform,))
        except ValueError as error:
            if "web address" not in str(error):
                messages.warning(window, tr("Not imported"),
                                 tr("{path}: {problem}").format(path=source, problem=error))
                return
            url, ok = QInputDialog.getText(window, tr("Where is this checklist from?"), tr(
                "The checklist names no web page. Give the address it comes from (https://…):"))
            if not ok or not url.strip():
                return
            source_url = url.strip()
            try:
                result = import_markdown(markdown, source_name=source.name, source_url=source_url,
                                         platforms=(platform,))
            except ValueError as again:
                messages.warning(window, tr("Not imported"),
                                 tr("{path}: {problem}").format(path=source, problem=again))
                return
        target = self._context.locations.user_procedures_dir / "imported" / f"{result.procedure_id}.yaml"
        number = 2
        while target.exists():
            target = target.with_name(f"{result.procedure_id}-{number}.yaml")
            number += 1
        if target.stem != result.procedure_id:  # written again by the YAML emitter with the free id
            result = import_markdown(markdown, source_name=source.name, procedure_id=target.stem,
                                     source_url=source_url, platforms=(platform,))
        try:
            make_private_dirs(target.parent)
            write_atomically(target, result.yaml_text.encode("utf-8"))
        except OSError as error:
            messages.warning(window, tr("Not imported"), tr("{path} could not be written: {reason}").format(
                path=target, reason=error.strerror or error))
            return
        self.checklist_imported.emit(target.stem)
        dropped = tr(" %n link(s) that were not web or e-mail links were left out.", "",
                     len(result.dropped_links)) if result.dropped_links else ""
        messages.information(window, tr("Checklist imported"), tr(
            "{steps} step(s) imported into {path}.{dropped}\n\nOpen the file to check its platforms, regions "
            "and sources; Objector reloads it whenever you save it.").format(steps=result.steps, path=target,
                                                                             dropped=dropped))

    # --- a problem report ----------------------------------------------------------------------------------

    def report_problem(self) -> None:
        """Prepare a problem report (never sent by Objector): copied to the clipboard, optionally opened as
        e-mail."""
        from PySide6.QtWidgets import QMessageBox

        from app.ui import messages

        ids = self._current_ids()
        procedure = self._context.catalog.get(ids[0]) if ids else None
        if ids is None or procedure is None:
            self.message.emit(tr("Choose a guide or a step first."), 5000)
            return
        step = procedure.step(ids[1]) if ids[1] else None
        text = problem_report_text(procedure, step, self._context.today)
        QGuiApplication.clipboard().setText(text)
        box = messages.box(self._window, QMessageBox.Icon.Information, tr("Report a problem"), tr(
            "A report about this procedure is on the clipboard. Paste it into an e-mail or an issue for the "
            "people who keep the procedures, and add what you saw. Objector sends nothing itself."))
        box.setDetailedText(text)
        mail = box.addButton(tr("Open in my e-mail program"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is mail:
            from PySide6.QtCore import QUrl, QUrlQuery
            from PySide6.QtGui import QDesktopServices

            query = QUrlQuery()
            query.addQueryItem("subject", f"Objector procedure {procedure.id}: problem")
            query.addQueryItem("body", text)
            url = QUrl("mailto:")
            url.setQuery(query)
            if not QDesktopServices.openUrl(url):
                messages.information(self._window, tr("Report a problem"), tr(
                    "No e-mail program answered. The report is on the clipboard: paste it into an e-mail or "
                    "an issue for the people who keep the procedures."))
