#!/usr/bin/env python3
"""Write packaging/bundle.lock, or check that it is current.

    python3 packaging/lock.py            # (re)write the lock file from pyproject.toml and build-tools.in
    python3 packaging/lock.py --check    # exit 1 when the lock file is not what that would write
    python3 packaging/lock.py --upgrade  # take the newest releases that pyproject.toml allows

The lock file pins, with their SHA-256 hashes, Objector's dependencies (pyproject.toml's `dependencies`)
and what builds the bundle (packaging/build-tools.in: PyInstaller, pip-tools), for every system the
bundle is built on. pip-compile (pip-tools) writes it, run from the build's own virtual environment.

The check runs pip-compile again on a copy of the lock file. pip-compile keeps every pin that still meets
pyproject.toml's ranges and only changes what no longer does, so the copy comes out different exactly when
pyproject.toml (or build-tools.in) asks for something the lock file does not pin: a new dependency, a
dropped one, or a range its pin is outside of. A new upstream release alone never fails the check (that
is what --upgrade is for), while a plain comparison of pins with ranges would miss a dependency that
was added or dropped. It needs the package index, as the build does.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tools import LOCK, ROOT, prepared_venv, run

INPUTS = ["pyproject.toml", "packaging/build-tools.in"]
COMMAND = "python3 packaging/lock.py"


def compile_lock(python: Path, output: Path, upgrade: bool = False) -> None:
    arguments = [str(python), "-m", "piptools", "compile", "--quiet", "--generate-hashes", "--allow-unsafe",
                 "--strip-extras", "--no-emit-index-url", "--no-emit-find-links", "--resolver=backtracking",
                 f"--output-file={output}", *INPUTS]
    if upgrade:
        arguments.append("--upgrade")
    # The header names the documented command, whatever file this run writes.
    run(arguments, cwd=ROOT, env={**os.environ, "CUSTOM_COMPILE_COMMAND": COMMAND})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that the lock file is current")
    parser.add_argument("--upgrade", action="store_true", help="take the newest allowed releases")
    parser.add_argument("--venv", type=Path, help="the build's virtual environment (default: "
                        "$OBJECTOR_BUNDLE_VENV, else build/bundle-venv)")
    args = parser.parse_args(argv)
    python = prepared_venv(args.venv, need="piptools")
    if not args.check:
        compile_lock(python, LOCK, upgrade=args.upgrade)
        print(f"Wrote {LOCK.relative_to(ROOT)}.")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / LOCK.name
        shutil.copyfile(LOCK, copy)
        compile_lock(python, copy)
        wanted, have = copy.read_text().splitlines(), LOCK.read_text().splitlines()
    if wanted == have:
        print(f"{LOCK.relative_to(ROOT)} is current: it pins what {' and '.join(INPUTS)} ask for.")
        return 0
    sys.stdout.writelines(f"{line}\n" for line in difflib.unified_diff(
        have, wanted, str(LOCK.relative_to(ROOT)), "what pip-compile writes now", lineterm=""))
    print(f"{LOCK.relative_to(ROOT)} is not current: run {COMMAND} and commit it.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
