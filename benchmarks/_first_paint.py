"""Child process of the start-up benchmark: start one kind of window, report when it has first painted.

Usage: python _first_paint.py bare|objector [DATA_DIR [EXTRA_PROCEDURES_DIR]]
Objector starts as `objector` does (`cli.cmd_gui`): the store's check begins in a thread, then
`application.start` opens the store, loads the library and shows the window. Prints one JSON line: seconds
since the process started (from the kernel's process start time) and peak RSS.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time


def process_age() -> float:
    """Seconds since this process started, from /proc (counts the interpreter's own start-up)."""
    with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as handle:
        start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime", encoding="ascii") as handle:
        uptime = float(handle.read().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def main() -> None:
    kind = sys.argv[1]
    wall_start = time.time()
    if kind == "bare":
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication(sys.argv[:1])
        window = QWidget()
        window.setWindowTitle("bare")
        window.resize(1200, 760)
        window.show()
    else:
        from pathlib import Path

        from app import paths
        from app.storage.precheck import Precheck

        locations = paths.Locations(Path(sys.argv[2]), tuple(Path(p) for p in sys.argv[3:4]))
        precheck = Precheck(locations.database_path)
        from app.ui.application import start

        started = start(locations, sys.argv[:1], precheck)
        assert started is not None
        app, _db, window = started

    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
                self.done = True
                QTimer.singleShot(0, report)
            return False

    def report() -> None:
        rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"kind": kind, "age": process_age(), "in_python": time.time() - wall_start,
                          "peak_rss_mib": rss_kib / 1024}), flush=True)
        app.quit()

    watcher = FirstPaint()
    window.installEventFilter(watcher)  # shown, but nothing is painted before the event loop runs
    app.exec()


if __name__ == "__main__":
    main()
