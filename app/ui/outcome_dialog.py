"""The question a ticked reply step asks: what came back, in plain words."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.ui.locale_text import day_text
from app.ui.models import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def ask_outcome(parent: QWidget | None, procedure_title: str,
                reply_date: dt.date | None = None) -> str | None:
    """One of app.core.request_flow.OUTCOMES, or None when the question was closed (nothing is recorded).
    `reply_date`: the date of a reply the user attached (a saved e-mail), recorded as the outcome's."""
    from PySide6.QtWidgets import QMessageBox

    from app.ui import messages

    text = tr("You attached their reply for “{title}”, dated {date}. What did they answer?\n\nObjector "
              "records it with that date; you can change it in the details.").format(
                  title=procedure_title, date=day_text(reply_date)) if reply_date else tr(
        "You ticked the reply for “{title}”. What did they answer?\n\nObjector records it with today's "
        "date; you can change the date in the details.").format(title=procedure_title)
    box = messages.box(parent, QMessageBox.Icon.Question, tr("What came back?"), text)
    choices = {
        box.addButton(tr("They &agreed"), QMessageBox.ButtonRole.AcceptRole): "granted",
        box.addButton(tr("They &refused"), QMessageBox.ButtonRole.AcceptRole): "refused",
        box.addButton(tr("They need &more time"), QMessageBox.ButtonRole.AcceptRole): "extended",
        box.addButton(tr("&Nothing yet"), QMessageBox.ButtonRole.RejectRole): "nothing-yet",
    }
    box.setEscapeButton(next(button for button, outcome in choices.items() if outcome == "nothing-yet"))
    box.exec()
    return choices.get(box.clickedButton())  # type: ignore[call-overload]
