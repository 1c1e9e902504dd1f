#!/usr/bin/env python3
"""Build Objector's self-contained bundle: `python3 packaging/build.py` from a checkout.

It makes its own virtual environment (build/bundle-venv, or $OBJECTOR_BUNDLE_VENV, or --venv) with exactly
the versions of packaging/bundle.lock, checked by their hashes, and runs PyInstaller with
packaging/objector.spec. The result:

    dist/objector/                        the folder to run from: objector (objector.exe and
                                          objector-cli.exe on Windows), README.txt, _internal/
    dist/objector-VERSION-SYSTEM-MACHINE.tar.gz   (.zip on Windows) that folder, to hand out

The same command builds the Windows bundle on Windows and the macOS bundle on macOS (each only there: a
bundle holds the Qt of the system it is built on). The last line says the sizes, unpacked and packed,
and how long the build took; `--goals` fails the build when it is larger than the goals of issue 21.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import stat
import sys
import tarfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tools import ROOT, prepared_venv, run

SPEC = ROOT / "packaging" / "objector.spec"
GOALS_MIB = (120.0, 50.0)  # unpacked, packed
MIB = 1024 * 1024


def version() -> str:
    match = re.search(r'^__version__ = "([^"]+)"', (ROOT / "app" / "__init__.py").read_text(), re.MULTILINE)
    if match is None:
        raise SystemExit("packaging: app/__init__.py has no __version__")
    return match.group(1)


def system_name() -> str:
    """linux-x86_64, windows-x86_64, macos-arm64 ..."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def folder_size(folder: Path) -> int:
    """The bytes of every file under `folder`, links counted as links (as the archive holds them)."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            info = os.lstat(os.path.join(root, name))
            total += info.st_size if stat.S_ISREG(info.st_mode) else 0
    return total


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def archive(folder: Path, target: Path) -> None:
    """`folder` packed into `target` under the folder's own name, files in a fixed order."""
    target.unlink(missing_ok=True)
    paths = sorted(path for path in folder.rglob("*"))
    if target.suffix == ".zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as packed:
            for path in paths:
                packed.write(path, Path(folder.name) / path.relative_to(folder))
        return
    with tarfile.open(target, "w:gz", compresslevel=9) as packed:
        packed.add(folder, folder.name, recursive=False, filter=_normalised)
        for path in paths:
            packed.add(path, str(Path(folder.name) / path.relative_to(folder)), recursive=False,
                       filter=_normalised)


def write_readme(bundle: Path, the_version: str) -> None:
    text = (ROOT / "packaging" / "README-bundle.txt").read_text(encoding="utf-8")
    title, _underline, rest = text.replace("@VERSION@", the_version).split("\n", 2)
    text = f"{title}\n{'=' * len(title)}\n{rest}"
    (bundle / "README.txt").write_text(text, encoding="utf-8", newline="\r\n" if sys.platform == "win32"
                                       else "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", type=Path, help="the build's virtual environment (default: "
                        "$OBJECTOR_BUNDLE_VENV, else build/bundle-venv)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (dist/)")
    parser.add_argument("--goals", action="store_true",
                        help=f"fail when the bundle is over {GOALS_MIB[0]:.0f} MiB unpacked or "
                             f"{GOALS_MIB[1]:.0f} MiB packed")
    args = parser.parse_args(argv)
    started = time.monotonic()
    the_version = version()
    python = prepared_venv(args.venv)
    dist, work = args.dist.absolute(), ROOT / "build" / "pyinstaller"
    bundle = dist / "objector"
    shutil.rmtree(bundle, ignore_errors=True)
    shutil.rmtree(work, ignore_errors=True)
    # PYTHONNOUSERSITE and no PYTHONPATH: nothing from outside the build's environment gets in.
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONNOUSERSITE"] = "1"
    run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level=WARN", f"--distpath={dist}",
         f"--workpath={work}", str(SPEC)], env=env)
    write_readme(bundle, the_version)
    suffix = ".zip" if sys.platform == "win32" else ".tar.gz"
    packed = dist / f"objector-{the_version}-{system_name()}{suffix}"
    archive(bundle, packed)
    unpacked_mib, packed_mib = folder_size(bundle) / MIB, packed.stat().st_size / MIB
    executable = bundle / ("objector.exe" if sys.platform == "win32" else "objector")
    over = [f"{what} {size:.1f} MiB is over the goal of {goal:.0f} MiB"
            for what, size, goal in (("unpacked", unpacked_mib, GOALS_MIB[0]), ("packed", packed_mib,
                                                                                 GOALS_MIB[1]))
            if size > goal]
    for problem in over:
        print(f"packaging: {problem}", file=sys.stderr)
    print(f"Built {executable.relative_to(ROOT) if executable.is_relative_to(ROOT) else executable}: "
          f"{unpacked_mib:.1f} MiB unpacked, {packed.name} {packed_mib:.1f} MiB packed, "
          f"in {time.monotonic() - started:.0f} s.")
    return 1 if over and args.goals else 0


if __name__ == "__main__":
    sys.exit(main())
