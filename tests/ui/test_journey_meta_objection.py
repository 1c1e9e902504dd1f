"""Issue 18's story, through the window: an artist in Germany with a Facebook, a personal and an "art"
Instagram, all in one Accounts Center. Adding the Instagram accounts asks whether they share the Accounts
Center; she says yes. The Privacy Center form is the first route shown (the 2024 notification route is
no longer offered). She ticks the form through: ticking "Submit" records the objection as sent and starts
the reply clock, so the overview, the status bar and the calendar have something due. She attaches Meta's
confirmation email to the confirmation step and ticks it: asked what came back, she says they agreed. Her
Instagram accounts show the objection as covered by the Facebook one, with its date. Undo takes the outcome
back with its tick. She quits and opens Objector again; the report lists the email with its hash, and the
backup carries it."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from app.ui.locale_text import day_text
from app.ui.models import ChecklistModel
from tests.ui.conftest import Harness, click_check_box, step_index
from tests.ui.test_edits_follow_screen import bundled, click_row  # noqa: F401 (the fixture)
from tests.ui.test_main_window import add_account_via_dialog

FACEBOOK = "meta-facebook-object-privacy-center"
INSTAGRAM = "meta-instagram-object-privacy-center"
NOTIFICATION = "meta-facebook-object-2024-notification"
CONFIRMATION_EMAIL = (
    b"From: Meta Privacy <noreply@facebookmail.com>\r\n"
    b"To: kim@example.org\r\n"
    b"Subject: =?utf-8?q?Wir_werden_deinem_Widerspruch_nachkommen?=\r\n"
    b"Date: Mon, 30 Nov 2026 10:15:00 +0100\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"We'll honour your objection.\r\n")


def test_her_meta_objection_from_start_to_finish(qtbot: Any, bundled: Harness,  # noqa: F811
                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = bundled.open()
    add_account_via_dialog(qtbot, window, "Mein Facebook", "facebook", button=window.welcome_button)
    add_account_via_dialog(qtbot, window, "Privat-Instagram", "instagram", same_accounts_center=True)
    add_account_via_dialog(qtbot, window, "Kunst-Instagram", "instagram", same_accounts_center=True)
    accounts = {a.label: a for a in window.db.accounts()}
    assert len({a.group_name for a in accounts.values()}) == 1 and accounts["Mein Facebook"].group_name
    facebook = accounts["Mein Facebook"].id
    window.select_account(facebook)

    # The recommended route first; the 2024 route is not offered to a new account.
    entries = [entry.procedure.id for entry in window.checklist_model.checklist.entries]
    assert entries[0] == FACEBOOK and NOTIFICATION not in entries

    # Ticked through to "Submit": sent today, the reply clock runs, something is due.
    procedure = window.catalog.get(FACEBOOK)
    for step in procedure.step_ids[: procedure.step_ids.index("submit") + 1]:
        click_check_box(qtbot, window, FACEBOOK, step)
    run = window.db.run(facebook, FACEBOOK)
    assert run.status == "submitted" and run.submitted_at is not None
    click_row(qtbot, window, step_index(window, FACEBOOK, "submit"))
    assert "A reply is due by" in window.details.clock_label.text()
    window.followup.refresh()
    window.tabs.setCurrentIndex(1)
    kinds = {(action.account_id, action.kind) for action in window.overview.actions_model.actions()}
    assert (facebook, "reply") in kinds
    window.tabs.setCurrentIndex(0)
    ics = tmp_path / "dates.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(ics), ""))
    window.window_actions["exportCalendar"].trigger()
    assert "BEGIN:VEVENT" in ics.read_text(encoding="utf-8")

    # The confirmation email, attached to the confirmation step (the reply): asked what came back, she says
    # they agreed, recorded on the email's date, and the step is ticked with it.
    email = tmp_path / "Meta confirmation.eml"
    email.write_bytes(CONFIRMATION_EMAIL)
    click_row(qtbot, window, step_index(window, FACEBOOK, "confirmation"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(email), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(email)], ""))
    asked: list[tuple[str, object]] = []
    window.progress.ask_outcome = lambda title, day=None: asked.append((title, day)) or "granted"
    window.window_actions["attachEvidence"].trigger()
    stored = window.db.evidence(facebook, FACEBOOK)
    assert [(item.step_id, item.original_name) for item in stored] == [("confirmation", email.name)]
    assert asked == [(procedure.title, dt.date(2026, 11, 30))]
    outcome = window.db.run(facebook, FACEBOOK)
    assert outcome.status == "granted" and outcome.status_at.date() == dt.date(2026, 11, 30)
    assert (FACEBOOK, "confirmation") in window.db.ticks(facebook)

    # Undo takes the outcome and its tick back together; redo brings both again.
    window.undo_action.trigger()
    assert window.db.run(facebook, FACEBOOK).status == "submitted"
    assert (FACEBOOK, "confirmation") not in window.db.ticks(facebook)
    window.redo_action.trigger()
    assert window.db.run(facebook, FACEBOOK).status == "granted"
    assert (FACEBOOK, "confirmation") in window.db.ticks(facebook)

    # Her Instagram accounts: covered by the Facebook objection, with its date.
    for label in ("Privat-Instagram", "Kunst-Instagram"):
        window.select_account(accounts[label].id)
        index = window.checklist_model.index_for(INSTAGRAM, column=1)
        assert index.data().endswith("covered")
        click_row(qtbot, window, window.filter.mapFromSource(window.checklist_model.index_for(INSTAGRAM)))
        sent = day_text(run.submitted_at.astimezone(dt.timezone.utc).date())
        assert f"Covered by “Mein Facebook”: {procedure.title}, sent {sent}." in window.details.banner.text()

    # Quit, open again: all there. The report lists the email with its hash; the backup carries it.
    bundled.close(window)
    again = bundled.open()
    again.select_account(facebook)
    assert again.db.run(facebook, FACEBOOK).status == "granted"
    done = again.checklist_model.index_for(FACEBOOK, "confirmation").data(ChecklistModel.ProgressRole)
    assert done is None or done  # a step row has no progress of its own
    digest = hashlib.sha256(CONFIRMATION_EMAIL).hexdigest()
    report = tmp_path / "report.md"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][-1], True))  # all accounts
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    again.window_actions["exportReport"].trigger()
    text = report.read_text(encoding="utf-8")
    assert email.name in text and digest in text
    archive = tmp_path / "backup.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(archive), ""))
    again.window_actions["exportBackup"].trigger()
    with zipfile.ZipFile(archive) as opened:
        assert f"evidence/{digest}" in opened.namelist()
        assert opened.read(f"evidence/{digest}") == CONFIRMATION_EMAIL


@pytest.mark.parametrize(("region", "law"), [("EU", "of the GDPR"), ("UK", "of the UK GDPR")])
def test_the_objection_text_cites_the_law_of_the_accounts_region(qtbot: Any, bundled: Harness,  # noqa: F811
                                                                 region: str, law: str) -> None:
    window = bundled.open()
    account = window.db.add_account("Mein Facebook", "facebook", region, full_name="Kim Berger").id
    window.reload_accounts(select_id=account)
    click_row(qtbot, window, step_index(window, FACEBOOK, "add-reason"))
    text = window.details.template_view.toPlainText()
    assert f"Article 21(1) {law} to Meta" in text and "(UK:" not in text and "Kim Berger" in text
