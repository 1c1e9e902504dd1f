"""What the details pane shows for the row chosen: the procedure or step, its request (status, reply clock,
re-check, coverage, the complaint that follows a refusal) and its notes. The pane shows; this works out."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.core.checklist import changes_since_completion
from app.core.followup import ESCALATE_STATUSES, WAITING_STATUSES, recheck_due, reply_clock, run_state
from app.core.procedures import Procedure
from app.storage.database import Account, Run
from app.ui.context import WindowContext
from app.ui.details import DetailsPane, RequestView
from app.ui.locale_text import day_text
from app.ui.models import day_count, platform_label, tr
from app.ui.notes_controller import NotesController
from app.ui.session import AccountSession


class DetailsPresenter(QObject):
    """Fills the details pane (and the procedure and step notes) for one row of the shown account."""

    def __init__(self, context: WindowContext, session: AccountSession, pane: DetailsPane,
                 notes: NotesController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context, self._session, self._pane, self._notes = context, session, pane, notes

    def show(self, procedure_id: str | None, step_id: str, reload_notes: bool = False) -> None:
        """Show one procedure or step of the shown account, with its notes (loaded again when it is not what
        the pane showed, or when `reload_notes`)."""
        account = self._session.account
        catalog = self._context.catalog
        procedure = catalog.get(procedure_id) if procedure_id else None
        if account is None or procedure is None:
            self._notes.show(None, "", "")
            self._pane.show_nothing(tr("Choose a guide or a step to see it here.")
                                    if account else tr("Add an account to begin."))
            return
        if step_id and procedure.step(step_id) is None:
            step_id = ""
        if reload_notes or self._pane.target != (account.id, procedure.id, step_id):
            self._notes.show(account.id, procedure.id, step_id)
        run = self._session.run(procedure.id)
        change = changes_since_completion(procedure, run.completed_fingerprint, run.completed_steps)
        entry = self._session.checklist.entry(procedure.id) if self._session.checklist else None
        orphans = entry.orphans() if entry else []
        today = self._context.today
        step = procedure.step(step_id) if step_id else None
        request = self.request_view(account, procedure, run)
        if step is None:
            self._pane.show_procedure(account.id, procedure, request, today, change, orphans,
                                      catalog.news_for(procedure.provider))
        else:
            from app.core.translations import law_name
            from app.ui.i18n import current_language

            # The text to copy is a letter: in the account's letters language (else the window's), citing the
            # law of the account's region as that language cites it.
            letters = account.letters_language or current_language()
            values = {"name": account.full_name, "email": account.email, "handle": account.handle,
                      "country": account.country, "platform": platform_label(account.platform),
                      "account": account.label, "law": law_name(letters, account.region)}
            state = catalog.translation_status(procedure.id)
            english = catalog.english(procedure.id)
            older = english.step(step.id) if english and state and step.id in state.outdated_steps else None
            self._pane.show_step(account.id, procedure, step, request, today, values, change, orphans,
                                 template=catalog.template_in(procedure.id, step.id, letters), english=older)

    def refresh(self, current: tuple[str, str] | None) -> None:
        """Show again what the pane shows (after a change to it), without reloading its notes; `current` is
        the checklist's row, shown instead when the pane shows another account's."""
        target = self._pane.target
        if target is None or not self._session.shows(target[0]):
            self.show(current[0] if current else None, current[1] if current else "")
            return
        self.show(target[1], target[2])

    def coverage_text(self, procedure_id: str) -> str:
        """Which account's request covers this procedure, and since when ("" when none does)."""
        covered = self._session.coverage_details.get(procedure_id)
        if covered is None:
            return ""
        by = self._session.coverage.get(procedure_id, "")
        covering = self._context.catalog.get(covered.procedure_id or procedure_id)
        what = covering.title if covering is not None else covered.procedure_id
        since = day_text(covered.since) if covered.since else ""
        text = (tr("Covered by “{account}”: {procedure}, sent {date}.").format(
                    account=by, procedure=what, date=since) if since else
                tr("Covered by “{account}”: {procedure}.").format(account=by, procedure=what))
        return text + " " + tr("One request covers all your linked accounts (for Meta, the accounts in the "
                               "same Accounts Center). If that request is refused, this one is no longer "
                               "covered.")

    def escalation_for(self, account: Account) -> str | None:
        """The complaint procedure that follows a refused or unanswered request, as the library says."""
        complaint = self._context.catalog.complaint_for(account.platform, account.region)
        return complaint.id if complaint is not None else None

    def request_view(self, account: Account, procedure: Procedure, run: Run) -> RequestView:
        today = self._context.today
        state = run_state(run)
        clock = reply_clock(procedure, state)
        text = ""
        overdue = False
        if clock is not None and run.status in WAITING_STATUSES:
            days = clock.days_left(today)
            overdue = days < 0
            text = (tr("The reply was due on {due}: {days} overdue.").format(
                        due=day_text(clock.effective_due), days=day_count(-days)) if overdue else
                    tr("A reply is due by {due} ({days} left).").format(
                        due=day_text(clock.effective_due), days=day_count(days)))
            if clock.extended_due and not clock.extended:
                text += " " + tr("If they extend it, by {date} at the latest.").format(
                    date=day_text(clock.extended_due))
        recheck = recheck_due(procedure, state)
        if recheck is not None:
            completed = day_text(run.completed_at.date()) if run.completed_at else ""
            text += (" " if text else "") + (
                tr("Done on {done}; platforms can switch such settings back: check it again now.").format(
                    done=completed) if recheck <= today else
                tr("Check this again on {date}.").format(date=day_text(recheck)))
        coverage = self.coverage_text(procedure.id)
        escalation = self.escalation_for(account)
        suggest = (run.status in ESCALATE_STATUSES or overdue) and escalation is not None and \
            procedure.kind != "complaint"
        self._pane.escalate_button.setText(
            tr("Open the complaint guide") if escalation in self._session.shown_procedures()
            else tr("Add the complaint guide to this account"))
        when = (run.status_at.date() if run.status_at else today)
        return RequestView(str(run.status), when, run.reference,
                           bool(procedure.reply_period and procedure.reply_period.extension_months
                                and run.status in WAITING_STATUSES), run.extended_at is not None, text,
                           coverage, suggest, recheck is not None and recheck <= today, account.region)
