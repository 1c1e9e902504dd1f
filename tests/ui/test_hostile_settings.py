"""A settings file edited by hand or damaged never keeps the window shut: a bad value is reset, the rest kept.

Seen: `geometry=garbage` (or a bad `state` or splitter value) in settings.ini stopped the window from
opening at every start (a TypeError in restoreGeometry)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings

from tests.ui.conftest import Harness

BAD = {
    "window/geometry": "garbage",
    "window/state": "12",
    "splitter/main": "not a splitter",
    "splitter/right": b"zz",
    "last_account": 42,
    "view/hide_complete": ["x"],
}


@pytest.mark.parametrize("key", sorted(BAD))
def test_a_bad_value_is_reset_and_the_rest_kept(qtbot: Any, harness: Harness, key: str) -> None:
    window = harness.open()
    account = window.db.add_account("My Facebook", "facebook", "EU")
    window.reload_accounts(select_id=account.id)
    window.resize(700, 520)  # within the offscreen screen (800x600)
    harness.close(window)
    settings = QSettings(str(harness.locations.settings_path), QSettings.Format.IniFormat)
    kept = {name: settings.value(name) for name in settings.allKeys() if name != key}
    settings.setValue(key, BAD[key])
    if "expanded" not in key:
        settings.setValue(f"expanded/{account.uid}", 7)  # not a list of ids either
    settings.sync()
    del settings

    reopened = harness.open()  # opens, whatever the value
    assert reopened.isVisible() and reopened.current_account is not None
    reopened.save_settings()
    after = QSettings(str(harness.locations.settings_path), QSettings.Format.IniFormat)
    if key in ("window/geometry", "window/state", "splitter/main", "splitter/right"):
        assert after.value(key) != BAD[key]  # reset: saved anew from the window as it is
    if key != "window/geometry":
        assert reopened.size().width() == 700  # the size was kept
    for name in kept:
        if name.startswith(("window/", "splitter/")) and name != key:
            assert after.value(name) is not None, name
