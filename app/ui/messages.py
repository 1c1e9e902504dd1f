"""Message boxes whose text is always shown as plain text.

QMessageBox's static functions guess the text's format: a first line holding something like `<img src=...>`
(an account label, a file name, a value from an imported backup) is taken as rich text, and Qt then loads
the image it names, from any local path, or hangs on a FIFO there. Every box built here shows its text as
written. Objector's own formatting in a box (the About box) escapes every value it quotes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.models import escaped  # noqa: F401 (for the About box and callers of this module)

Button = QMessageBox.StandardButton


def box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
        buttons: Button = Button.NoButton, default: Button = Button.NoButton) -> QMessageBox:
    """A message box showing `text` literally, with no buttons but those the caller adds (a default OK
    beside the caller's own choices would be a choice nobody meant)."""
    message = QMessageBox(icon, title, text, buttons, parent)
    message.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        message.setDefaultButton(default)
    return message


def _show(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, buttons: Button,
          default: Button) -> Button:
    return Button(box(parent, icon, title, text, buttons, default).exec())


def warning(parent: QWidget | None, title: str, text: str) -> Button:
    return _show(parent, QMessageBox.Icon.Warning, title, text, Button.Ok, Button.Ok)


def critical(parent: QWidget | None, title: str, text: str) -> Button:
    return _show(parent, QMessageBox.Icon.Critical, title, text, Button.Ok, Button.Ok)


def information(parent: QWidget | None, title: str, text: str) -> Button:
    return _show(parent, QMessageBox.Icon.Information, title, text, Button.Ok, Button.Ok)


def question(parent: QWidget | None, title: str, text: str, buttons: Button, default: Button) -> Button:
    return _show(parent, QMessageBox.Icon.Question, title, text, buttons, default)
