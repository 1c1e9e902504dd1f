"""What the account dialog stores is one line of text, as a backup of it must be to import again."""

from __future__ import annotations

from typing import Any

from app.ui.dialogs import AccountDialog


def test_pasted_control_characters_are_dropped(qtbot: Any) -> None:
    dialog = AccountDialog(None, groups=[], platforms=["facebook"])
    qtbot.addWidget(dialog)
    dialog.label_edit.insert("My\x00 Face\tbook\x1b ")  # as a paste would put it there
    dialog.email_edit.insert("kim@example.org\r")
    values = dialog.values()
    assert values["label"] == "My Facebook" and values["email"] == "kim@example.org"
