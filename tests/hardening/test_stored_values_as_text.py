"""No stored value is ever shown as rich text: a label, platform or region from an imported backup that
looks like HTML is shown as written, and Qt never reads the file it names.

Seen: a backup's account region `<img src="PATH">` was stored, and the account header (rich text that
escaped only the label) read PATH at every start; with a FIFO there, the window hung at every start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO

CHILD = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from app import paths
    from app.storage.database import Database
    from app.ui.application import create_window
    from tests.ui.conftest import as_qt_shows

    app = QApplication([])
    data, fifo = Path(sys.argv[1]), sys.argv[2]
    hostile = f'<img src="{fifo}">'
    db = Database(paths.Locations(data).database_path)
    db.add_account(hostile, "facebook", hostile)
    window = create_window(paths.Locations(data), db)
    window.show()
    app.processEvents()
    seen = {"header": window.account_header.text()}
    tooltip = window.accounts_model.data(window.accounts_model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    seen["tooltip"] = as_qt_shows(tooltip)
    boxes = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append((box.textFormat() == Qt.TextFormat.PlainText, box.text()))
            box.reject()
        else:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    window.account_actions.delete()  # its question quotes the label
    app.processEvents()
    seen["boxes"] = boxes
    window.close()
    db.close()
    print(json.dumps(seen))
""")


def test_hostile_values_are_shown_as_written_and_nothing_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "trap"
    os.mkfifo(fifo)  # reading it blocks until someone writes: a hang if Qt ever tried
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "data"), str(fifo)],
                            capture_output=True, text=True, env=env, timeout=60, cwd=REPO)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    hostile = f'<img src="{fifo}">'
    from tests.ui.conftest import as_qt_shows

    assert hostile in as_qt_shows(seen["header"])  # Objector's own rich text, the values escaped
    assert hostile in seen["tooltip"]
    assert seen["boxes"] and all(plain for plain, _ in seen["boxes"])
    assert any(hostile in text for _, text in seen["boxes"])
