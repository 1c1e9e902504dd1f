"""Start-up and peak memory of this checkout against another one (the commit before a change), in turn.

Usage: python benchmarks/ab.py OTHER_CHECKOUT [--pairs 15] [--accounts 2] [--library 1000]

    git worktree add /tmp/before HEAD~3 && python benchmarks/ab.py /tmp/before

Each round starts, in turn, the bare window, the Qt floor (the bare window with the Qt classes Objector's
window uses and one line of text), the other checkout's Objector and this one's, each in a fresh process
timed as benchmarks/run.py times it (from launch to the first paint). Both Objectors open copies of the
same data folder (the bundled library, with `--accounts` accounts, and with `--library` synthetic
procedures given as an extra folder), each with its parse cache filled first. Prints the medians and
each one's ratio to the bare window; asserts nothing."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import benchmarks.run as run  # noqa: E402

ACCOUNTS = """
import sys
from pathlib import Path
from app.storage.database import Database
with Database(Path(sys.argv[1])) as db:
    for number in range(int(sys.argv[2])):
        db.add_account(f"Account {number}", "facebook" if number % 2 == 0 else "instagram", "EU")
"""


def first_paint_in(checkout: Path, data_dir: Path, *extra: str) -> tuple[float, float, dict[str, object]]:
    saved = run.CHILD, run.REPO
    run.CHILD, run.REPO = checkout / "benchmarks" / "_first_paint.py", checkout
    try:
        return run.first_paint("objector", str(data_dir), *extra)
    finally:
        run.CHILD, run.REPO = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("other", type=Path, help="the other checkout (a git worktree of the commit before)")
    parser.add_argument("--pairs", type=int, default=15)
    parser.add_argument("--accounts", type=int, default=2)
    parser.add_argument("--library", type=int, default=0, help="synthetic procedures in an extra folder")
    args = parser.parse_args()
    this = HERE.parent
    with tempfile.TemporaryDirectory() as temporary:
        data = {}
        for name in ("other", "this"):
            folder = Path(temporary) / name
            folder.mkdir()
            data[name] = folder
        if args.accounts:
            # Each checkout makes its own store: the other one may use an older schema, which refuses a
            # store a newer Objector made.
            for name, checkout in (("this", this), ("other", args.other)):
                subprocess.run([sys.executable, "-c", ACCOUNTS, str(data[name] / "objector.sqlite3"),
                                str(args.accounts)], cwd=checkout, check=True)
        extra: tuple[str, ...] = ()
        if args.library:
            from benchmarks.synthetic import write_library

            extra = (str(write_library(Path(temporary) / "library", count=args.library)),)
        # Fills the parse cache, as after a first start.
        _, _, warm = first_paint_in(this, data["this"], *extra)
        first_paint_in(args.other, data["other"], *extra)
        classes = [str(name) for name in warm["qt_classes"]]  # type: ignore[attr-defined]
        rows: dict[str, list[tuple[float, float]]] = {"bare": [], "floor": [], "other": [], "this": []}
        for _ in range(args.pairs):
            rows["bare"].append(run.first_paint("bare")[:2])
            rows["floor"].append(run.first_paint("qt-floor", *classes)[:2])
            rows["other"].append(first_paint_in(args.other, data["other"], *extra)[:2])
            rows["this"].append(first_paint_in(this, data["this"], *extra)[:2])
    bare = [t for t, _ in rows["bare"]]
    bare_mib = statistics.median(m for _, m in rows["bare"])
    library = f"bundled library + {args.library} synthetic procedures" if args.library else "bundled library"
    print(f"{args.pairs} rounds, {args.accounts} account(s), {library}; other checkout: {args.other}")
    for name, label in (("bare", "bare window"), ("floor", "Qt floor"), ("other", "Objector, other checkout"),
                        ("this", "Objector, this checkout")):
        times = [t for t, _ in rows[name]]
        ratio = statistics.median(t / b for t, b in zip(times, bare, strict=True))
        mib = statistics.median(m for _, m in rows[name])
        print(f"{label:28s} start-up {statistics.median(times) * 1000:6.1f} ms (ratio {ratio:.3f})   "
              f"peak memory {mib:5.1f} MiB (ratio {mib / bare_mib:.3f})")
    difference = [t - o for (t, _), (o, _) in zip(rows["this"], rows["other"], strict=True)]
    memory = statistics.median(m for _, m in rows["this"]) - statistics.median(m for _, m in rows["other"])
    print(f"this minus other, per round: median {statistics.median(difference) * 1000:+.1f} ms, "
          f"memory {memory:+.2f} MiB")


if __name__ == "__main__":
    main()
