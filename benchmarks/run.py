"""Objector's speed and memory, each against a bare PySide6 window measured in the same run.

Usage: python benchmarks/run.py [--pairs 7] [--ticks 400]

Start-up is timed from the parent starting the child process to the moment the child's window paints for
the first time (the child compares the parent's clock reading, passed in its environment, with its own at
that paint), so the interpreter's own start-up counts for both. Bare and Objector runs
alternate, and each ratio is the median over the pairs. Between them runs a third window, the "Qt floor":
the bare window that also loads every Qt class Objector's window used and shows one line of text. It does
none of Objector's work, so its ratio is what PySide6 itself costs a window built from those classes (it
makes each class's enums as Python enums when the class is first used, about 1,200 members for the `Qt`
namespace alone). A fourth run is the same floor without the `Qt` namespace, to show what is left of that
cost when the namespace is not built. Peak memory is the child's maximum resident set size at first paint.
Interaction timings run in this process, on the large synthetic library and store. Prints figures;
asserts nothing (the goals are in the README and the issue).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from benchmarks.synthetic import fill_store, write_library  # noqa: E402

CHILD = HERE / "_first_paint.py"


def first_paint(kind: str, *args: str) -> tuple[float, float, dict[str, object]]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(REPO)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed Objector has its bytecode compiled
    env["BENCHMARK_LAUNCHED_AT"] = repr(time.time())
    child = subprocess.Popen([sys.executable, str(CHILD), kind, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    assert child.stdout is not None
    line = child.stdout.readline()
    child.wait(timeout=60)
    report = json.loads(line)
    return float(report["since_launch"]), float(report["peak_rss_mib"]), report


def compare(label: str, pairs: int, *args: str) -> dict[str, float]:
    """Bare window, the Qt floor for the classes Objector's window used, and Objector, in turn."""
    _, _, warm_up = first_paint("objector", *args)  # let the parse cache fill, as after the first start
    classes = [str(name) for name in warm_up["qt_classes"]]  # type: ignore[attr-defined]
    # The same floor without the `Qt` namespace: what a window would cost if no Qt enum of the namespace
    # ever reached Python (a Python item model's `flags()` must return one, so Objector's window cannot).
    without_namespace = [name for name in classes if name != "Qt"]
    bare_times, bare_memory, floor_ratios, floor_memory, times, memory = [], [], [], [], [], []
    bare_floor_ratios, bare_floor_memory, namespace_loaded = [], [], False
    for _ in range(pairs):
        bare, bare_mib, _ = first_paint("bare")
        floor, floor_mib, _ = first_paint("qt-floor", *classes)
        bare_floor, bare_floor_mib, report = first_paint("qt-floor", *without_namespace)
        namespace_loaded = namespace_loaded or "Qt" in report["qt_classes"]  # type: ignore[operator]
        t, m, _ = first_paint("objector", *args)
        bare_times.append(bare)
        bare_memory.append(bare_mib)
        floor_ratios.append(floor / bare)
        floor_memory.append(floor_mib)
        bare_floor_ratios.append(bare_floor / bare)
        bare_floor_memory.append(bare_floor_mib)
        times.append(t)
        memory.append(m)
    ratios = [o / b for o, b in zip(times, bare_times, strict=True)]
    row = {
        "bare_ms": statistics.median(bare_times) * 1000, "objector_ms": statistics.median(times) * 1000,
        "time_ratio": statistics.median(ratios), "bare_mib": statistics.median(bare_memory),
        "objector_mib": statistics.median(memory), "floor_ratio": statistics.median(floor_ratios),
        "floor_mib": statistics.median(floor_memory),
        "floor_without_qt_ratio": statistics.median(bare_floor_ratios),
        "floor_without_qt_mib": statistics.median(bare_floor_memory),
    }
    row["memory_ratio"] = row["objector_mib"] / row["bare_mib"]
    print(f"{label:44s} bare {row['bare_ms']:6.0f} ms  objector {row['objector_ms']:6.0f} ms  "
          f"ratio {row['time_ratio']:.2f}   memory bare {row['bare_mib']:5.1f} MiB  objector "
          f"{row['objector_mib']:5.1f} MiB  ratio {row['memory_ratio']:.2f}", flush=True)
    print(f"{'':44s} Qt floor ({len(classes)} Qt classes, one label): time ratio {row['floor_ratio']:.2f}, "
          f"memory ratio {row['floor_mib'] / row['bare_mib']:.2f}", flush=True)
    note = " (but the namespace was loaded)" if namespace_loaded else ""
    print(f"{'':44s} the same without the Qt namespace{note}: "
          f"time ratio {row['floor_without_qt_ratio']:.2f}, "
          f"memory ratio {row['floor_without_qt_mib'] / row['bare_mib']:.2f}", flush=True)
    return row


def cold_start(label: str, data_dir: Path, *args: str) -> None:
    shutil.rmtree(data_dir / "cache", ignore_errors=True)
    t, m, _ = first_paint("objector", str(data_dir), *args)
    print(f"{label:44s} {t * 1000:6.0f} ms, {m:5.1f} MiB (no parse cache yet)", flush=True)


def interactions(data_dir: Path, library: Path, ticks: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from app import paths
    from app.core.procedures import ParseCache, load_catalog
    from app.storage.database import Database
    from app.ui.application import freeze_start_up_objects
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    locations = paths.Locations(data_dir, (library,))
    db = Database(locations.database_path)
    catalog = load_catalog(locations.procedure_dirs(), ParseCache(locations.cache_dir / "procedures.pickle"))
    settings = QSettings(str(locations.settings_path), QSettings.Format.IniFormat)
    window = MainWindow(db, catalog, settings, locations)
    freeze_start_up_objects(window)  # as application.start() does
    window.show()
    app.processEvents()
    # After start-up the window counts every account's progress and follow-up in the background, a few
    # accounts per turn of the event loop: measure how long it takes and the longest time the window does
    # not answer input meanwhile (one turn of the loop), then the interactions on an idle window.
    started = time.perf_counter()
    longest = 0.0
    while window.followup.pending():
        turn = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - turn)
        time.sleep(0.001)
    done = (time.perf_counter() - started) * 1000
    print(f"{'background count, 100 accounts (ms)':44s} done {done:6.0f} after "
          f"the first paint (of which 200 waiting), longest pause {longest * 1000:5.1f}", flush=True)
    accounts = db.accounts()

    # A tick: from the check box's setData (what a click or Space does) to the change committed on disk.
    window.select_account(accounts[0].id)
    model = window.checklist_model
    steps = [(row, step) for row in range(model.rowCount())
             for step in range(model.rowCount(model.index(row, 0)))]
    latencies = []
    for number in range(ticks):
        row, step = steps[number % len(steps)]
        index = model.index(step, 0, model.index(row, 0))
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        target = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
        started = time.perf_counter()
        model.setData(index, target, Qt.ItemDataRole.CheckStateRole)
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"{'tick, click to committed (ms)':44s} median {statistics.median(latencies):6.2f}  "
          f"p99 {p99:6.2f}  over {len(latencies)} ticks (each on disk with fsync; includes updating the "
          "window)", flush=True)

    switches = []
    for number in range(1, 41):
        started = time.perf_counter()
        window.select_account(accounts[number % len(accounts)].id)
        app.processEvents()
        switches.append((time.perf_counter() - started) * 1000)
    print(f"{'switch account (ms)':44s} median {statistics.median(switches):6.1f}  max {max(switches):6.1f}  "
          f"({model.rowCount()} procedures shown)", flush=True)

    filters = []
    searches = ("synthetic", "step 7", "number 42", "zzz-nothing", "", "privacy", "of synthetic procedure 9")
    for text in searches:
        started = time.perf_counter()
        window.search_edit.setText(text)
        app.processEvents()
        filters.append((time.perf_counter() - started) * 1000)
    print(f"{'filter the list (ms)':44s} median {statistics.median(filters):6.1f}  max {max(filters):6.1f}",
          flush=True)
    window.close()
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument("--ticks", type=int, default=400)
    args = parser.parse_args()
    print(f"Objector benchmarks: Python {platform.python_version()}, {os.cpu_count()} cores, "
          f"{platform.machine()}, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")
    # Compile Objector's modules as an install does (pip writes .pyc files); from a source checkout,
    # start-up would otherwise include compiling every module.
    import compileall

    compileall.compile_dir(str(REPO / "app"), quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        small = root / "small"
        from app.storage.database import Database

        with Database(small / "objector.sqlite3") as db:
            account = db.add_account("My Facebook", "facebook", "EU")
            db.add_account("Art Instagram", "instagram", "EU")
            db.set_tick(account.id, "meta-facebook-object-privacy-center", "open-menu", True)
        first_run = root / "first-run"
        library = write_library(root / "library")
        large = root / "large"
        fill_store(large / "objector.sqlite3")
        print("\nStart-up to the first painted window, median of pairs (bare PySide6 window alternated):")
        compare("first run, bundled library", args.pairs, str(first_run))
        compare("two accounts, bundled library", args.pairs, str(small))
        compare("two accounts, + 1,000 procedures of 20 steps", args.pairs, str(small), str(library))
        compare("100 accounts, 50,000 history, + 1,000 procs", args.pairs, str(large), str(library))
        cold_start("the same, first start after a library change", large, str(library))
        print("\nInteractions (in process, 100 accounts, 50,000 history entries, 1,000 extra procedures):")
        interactions(large, library, args.ticks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
