"""Child process of the start-up benchmark: start one kind of window, report when it has first painted.

Usage: python _first_paint.py bare
       python _first_paint.py objector [DATA_DIR [EXTRA_PROCEDURES_DIR]]
       python _first_paint.py qt-floor QT_CLASS...

bare: a PySide6 window that does nothing. objector: starts as `objector` does (`cli.main`, `cli.cmd_gui`):
it reads the command line, begins the store's check in a thread, then `application.start` opens the store,
loads the library and shows the window.
qt-floor: the bare window plus what any window built from the same Qt classes pays and a bare one does not:
it loads the Qt classes named (with their enums, which PySide6 creates as Python enums when a class is first
used; the parent passes the classes Objector's window used) and shows one line of text (loading fonts).

Prints one JSON line: when the window first painted (seconds since the parent launched this process, if it
passed BENCHMARK_LAUNCHED_AT, and since `main` began), the peak RSS read once that paint is over (after any
work the window queued for right after it), and for objector and qt-floor the Qt classes used.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time


def peak_rss_kib() -> int:
    """This program's peak resident memory. Linux's `VmHWM` counts only since `exec`, while `ru_maxrss`
    keeps the peak of the process before it, which for a child of `subprocess` is the parent's memory
    (the benchmark's parent holds a library and a store, more than a bare window uses)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def qt_classes_loaded() -> list[str]:
    """The Qt classes (and the Qt namespace) this process has used so far: PySide6 puts a class in its
    module's namespace only when it is first used."""
    names = set()
    for module_name in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"):
        module = sys.modules.get(module_name)
        if module is not None:
            names.update(name for name, value in vars(module).items()
                         if name.startswith("Q") and isinstance(value, type))
    return sorted(names)


def main() -> None:
    kind = sys.argv[1]
    wall_start = time.time()
    painted_at: list[float] = []
    if kind in ("bare", "qt-floor"):
        from PySide6.QtWidgets import QApplication, QWidget

        class Window(QWidget):
            def paintEvent(self, event: object) -> None:  # noqa: N802
                super().paintEvent(event)  # type: ignore[arg-type]
                first_paint()

        app = QApplication(sys.argv[:1])
        window = Window()
        window.setWindowTitle("bare")
        window.resize(1200, 760)
        if kind == "qt-floor":
            import PySide6.QtCore
            import PySide6.QtGui
            import PySide6.QtWidgets
            from PySide6.QtWidgets import QLabel, QVBoxLayout

            modules = (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
            for name in sys.argv[2:]:
                next(getattr(module, name) for module in modules if hasattr(module, name))
            QVBoxLayout(window).addWidget(QLabel("Accounts"))
        window.show()
    else:
        from app import cli

        words = ["--data-dir", sys.argv[2], *(["--procedures", sys.argv[3]] if len(sys.argv) > 3 else [])]
        args = cli.parse_arguments(words)  # as `objector` reads its command line
        assert args.command is None
        locations = cli.locations_for(args)
        from app.storage.precheck import Precheck

        precheck = Precheck(locations.database_path)
        from app.ui.application import start

        started = start(locations, sys.argv[:1], precheck)
        assert not isinstance(started, int), started
        app, _db, window = started

    from PySide6.QtCore import QTimer

    def first_paint() -> None:
        # Called from the window's paintEvent: a Python event filter would cost both windows the
        # conversion of every event, and the first one loads some fifty event classes (about 5 ms).
        # The time is taken now: Objector's own work after the first paint is queued before `report`.
        if not painted_at:
            painted_at.append(time.time())
            QTimer.singleShot(0, report)

    def report() -> None:
        rss_kib = peak_rss_kib()
        report = {"kind": kind, "in_python": painted_at[0] - wall_start,
                  "peak_rss_mib": rss_kib / 1024}
        launched = os.environ.get("BENCHMARK_LAUNCHED_AT")  # the parent's clock when it started this process
        if launched:
            report["since_launch"] = painted_at[0] - float(launched)
        if kind != "bare":
            report["qt_classes"] = qt_classes_loaded()
        print(json.dumps(report), flush=True)
        app.quit()

    if kind == "objector":
        window.first_painted.connect(first_paint)
    app.exec()  # shown, but nothing is painted before the event loop runs


if __name__ == "__main__":
    main()
