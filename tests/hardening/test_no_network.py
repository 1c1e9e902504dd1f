"""Objector never opens a network connection of its own; links go to the system, which is watched too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

SCRIPT = r"""
import json, os, socket, sys
from pathlib import Path

attempts = []
RealSocket = socket.socket

class WatchedSocket(RealSocket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        attempts.append(["socket", int(family)])
        super().__init__(family, type, proto, fileno)

    def connect(self, address):
        attempts.append(["connect", str(address)])
        raise OSError("blocked by the test")

def refuse(name):
    def blocked(*args, **kwargs):
        attempts.append([name, str(args[:1])])
        raise OSError("blocked by the test")
    return blocked

socket.socket = WatchedSocket
socket.create_connection = refuse("create_connection")
socket.getaddrinfo = refuse("getaddrinfo")
socket.gethostbyname = refuse("gethostbyname")

from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

opened = []
QDesktopServices.openUrl = staticmethod(lambda url: opened.append(url.toString()) or True)

from app import paths
from app.storage.database import Database
from app.ui.application import create_window
from app.report import build_report, render_html
from app.ui.pdf import write_pdf

app = QApplication([])
data = Path(sys.argv[1])
locations = paths.Locations(data)
db = Database(locations.database_path)
account = db.add_account("My Facebook", "facebook", "EU", email="a@example.org")
window = create_window(locations, db)
window.progress.ask_outcome = lambda *_: None  # ticking the reply step asks what came back: unanswered
window.show()
app.processEvents()
model = window.checklist_model
procedure = model.index(0, 0)
window.tree.setCurrentIndex(window.filter.mapFromSource(procedure))
for row in range(model.rowCount(procedure)):
    step = model.index(row, 0, procedure)
    model.setData(step, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    window.tree.setCurrentIndex(window.filter.mapFromSource(step))
    app.processEvents()
window.details.browser.set_markdown("![remote](https://example.org/tracker.png) [link](https://example.org/)")
window.details.browser.anchorClicked.emit(QUrl("https://example.org/form"))
window.details.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
window.tabs.setCurrentIndex(1)
window.followup.refresh()
window.library.reload()
write_pdf(render_html(build_report(db, window.catalog)), data / "report.pdf")
app.processEvents()
window.close()
db.close()
print(json.dumps({"attempts": attempts, "opened": opened,
                  "qtnetwork": sorted(m for m in sys.modules
                                      if "QtNetwork" in m or m in ("http.client", "urllib.request", "ssl"))}))
"""


def test_the_app_makes_no_connection_and_hands_links_to_the_system(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data")], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["attempts"] == []
    assert report["qtnetwork"] == []
    assert report["opened"] == ["https://example.org/form"]
    assert (tmp_path / "data" / "report.pdf").stat().st_size > 1000
