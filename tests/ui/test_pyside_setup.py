"""PySide6 no longer reads the source of each module imported after it, and its features still work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO


def run_child(script: str, cwd: Path = REPO) -> dict[str, object]:
    # A fresh interpreter: in the test process, PySide6 and every module are already imported.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(cwd)]), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True,
                            timeout=120, cwd=cwd, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def _private_table() -> bool:
    """PySide6's table of modules (shibokensupport.feature.pyside_feature_dict) is private: a release
    without it leaves the app scanning as PySide6 always did (skip_source_scan returns False), and these
    tests of what the table holds then have nothing to look at."""
    from app.ui.pyside_setup import feature_table

    return feature_table() is not None


needs_table = pytest.mark.skipif(not _private_table(), reason="this PySide6 has no module feature table")


@needs_table
def test_starting_the_window_modules_reads_no_module_source() -> None:
    found = run_child("""
        import json, linecache, sys
        import app.ui.application  # as `objector` does: every module the window needs
        import shibokensupport.feature as feature
        read = sorted(name for name in linecache.cache if name.endswith(".py"))
        table = feature.pyside_feature_dict
        print(json.dumps({"read": read, "window": table.get("app.ui.main_window"),
                          "store": table.get("app.storage.database"), "datetime": table.get("datetime")}))
    """)
    ours = [name for name in found["read"] if "/app/" in name]  # type: ignore[union-attr]
    assert ours == [], f"PySide6 read the source of {ours}"
    assert found["window"] == 0  # uses Qt: PySide6's own answer for such a module
    assert found["store"] == -1 and found["datetime"] == -1  # no Qt: PySide6's answer too


@needs_table
def test_other_modules_are_still_read_by_pyside() -> None:
    found = run_child("""
        import json, linecache
        import app.ui.application
        import yaml  # neither Objector's nor the standard library's: only its source can tell
        import shibokensupport.feature as feature
        print(json.dumps({"entry": feature.pyside_feature_dict.get("yaml"),
                          "read": any(name.endswith("yaml/__init__.py") for name in linecache.cache)}))
    """)
    assert found == {"entry": -1, "read": True}


def test_a_module_that_selects_a_pyside_feature_still_gets_it(tmp_path: Path) -> None:
    (tmp_path / "snake_module.py").write_text(textwrap.dedent("""
        from __feature__ import snake_case
        from PySide6.QtWidgets import QApplication, QWidget

        def title() -> str:
            app = QApplication.instance() or QApplication([])
            widget = QWidget()
            widget.set_window_title("snake")
            return widget.window_title()
    """), encoding="utf-8")
    found = run_child("""
        import json
        from app.ui import models  # skip_source_scan runs first
        import snake_module
        title = snake_module.title()
        # Objector's modules still see Qt's own names (addPixmap, drawEllipse) after another module
        # switched to snake_case.
        models._letter_icon("a")
        print(json.dumps({"title": title, "drawn": True}))
    """, cwd=tmp_path)
    assert found == {"title": "snake", "drawn": True}
