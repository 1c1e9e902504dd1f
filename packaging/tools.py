"""What packaging/build.py and packaging/lock.py share: the build's virtual environment, made from the lock
file, and running a command so that its failure stops the build with the command's own output."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "packaging" / "bundle.lock"
STAMP = "objector-bundle.lock.sha256"


def run(arguments: Sequence[str], cwd: Path = ROOT, env: Mapping[str, str] | None = None) -> None:
    print("+", " ".join(str(part) for part in arguments), flush=True)
    completed = subprocess.run(list(arguments), cwd=cwd, env=dict(env) if env is not None else None)
    if completed.returncode != 0:
        raise SystemExit(f"packaging: the command above failed (exit {completed.returncode})")


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def prepared_venv(folder: Path | None = None, need: str = "PyInstaller") -> Path:
    """The Python of the build's virtual environment, with exactly the lock file's versions installed
    (checked by their hashes). Made the first time, installed again whenever the lock file changes.
    `folder` defaults to $OBJECTOR_BUNDLE_VENV, else build/bundle-venv."""
    folder = folder or Path(os.environ.get("OBJECTOR_BUNDLE_VENV") or ROOT / "build" / "bundle-venv")
    python = venv_python(folder)
    if not python.exists():
        print(f"packaging: making the build's virtual environment in {folder}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    stamp = folder / STAMP
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest() if LOCK.exists() else ""
    if not digest:  # the very first lock file is written by pip-tools, which then comes unpinned
        run([str(python), "-m", "pip", "install", "--quiet", "pip-tools"])
    elif not stamp.exists() or stamp.read_text().strip() != digest:
        run([str(python), "-m", "pip", "install", "--quiet", "--require-hashes", "--only-binary=:all:",
             "-r", str(LOCK)])
        stamp.write_text(digest + "\n")
    check = subprocess.run([str(python), "-c", f"import {need}"], capture_output=True)
    if check.returncode != 0:
        raise SystemExit(f"packaging: {need} is not in {folder}; remove that folder and run this again")
    return python
