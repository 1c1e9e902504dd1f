"""Keep the window's translations current: `python -m app.ui.i18n` (this module does the work).

- update: run Qt's lupdate over Objector's code, so that every .ts file under resources/translations lists
  every string the window shows (new ones unfinished, vanished ones dropped), then lrelease, which builds
  each .qm file from its .ts file;
- `--check`: change nothing; exit 1 and say what is out of date (a string in the code that a .ts file lacks
  or has in excess, a .qm file that is not what lrelease builds from its .ts file). The tests run it.

objector_en.ts holds only the strings with a count (lupdate's -pluralonly): English's own plural forms.
Translators edit the .ts files (Qt Linguist, `pyside6-linguist`, or any editor) and run this again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET  # parses only Objector's own .ts files
from collections.abc import Sequence
from pathlib import Path

import PySide6

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl")


def tool(name: str) -> str:
    """Qt's lupdate or lrelease, from the PySide6 wheel."""
    path = Path(PySide6.__file__).parent / name
    found = path if path.exists() else shutil.which(name) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"{name} not found: it comes with the PySide6 wheel (pip install PySide6)")
    return str(found)


def sources(repo: Path = REPO) -> list[str]:
    return sorted(str(path.relative_to(repo)) for path in (repo / "app").rglob("*.py"))


def ts_path(language: str, folder: Path) -> Path:
    return folder / f"objector_{language}.ts"


def update(folder: Path, repo: Path = REPO, quiet: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    files = sources(repo)
    for language in LANGUAGES:
        target = ts_path(language, folder)
        extra = ["-pluralonly"] if language == "en" else []
        subprocess.run([tool("lupdate"), *files, "-no-obsolete", "-locations", "none", "-target-language",
                        language, *extra, "-ts", str(target)], cwd=repo, check=True,
                       stdout=subprocess.DEVNULL if quiet else None)
        subprocess.run([tool("lrelease"), "-silent", str(target), "-qm", str(target.with_suffix(".qm"))],
                       check=True)


def messages(ts: Path) -> dict[tuple[str, bool], ET.Element]:
    """The messages of a .ts file by (source text, whether it has plural forms)."""
    found = {}
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        found[(source, message.get("numerus") == "yes")] = message
    return found


def check(folder: Path, repo: Path = REPO) -> list[str]:
    """What is out of date, in words (nothing: all current)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        for language in LANGUAGES:  # lupdate merges into what is there: start from the committed files
            if ts_path(language, folder).exists():
                shutil.copy(ts_path(language, folder), ts_path(language, fresh))
        update(fresh, repo, quiet=True)
        for language in LANGUAGES:
            committed = ts_path(language, folder)
            if not committed.exists():
                problems.append(f"{committed.name} is missing")
                continue
            wanted, have = set(messages(ts_path(language, fresh))), set(messages(committed))
            for source, _numerus in sorted(wanted - have):
                problems.append(f"{committed.name} lacks {source!r}")
            for source, _numerus in sorted(have - wanted):
                problems.append(f"{committed.name} has {source!r}, which the code no longer shows")
            built = committed.with_suffix(".qm")
            subprocess.run([tool("lrelease"), "-silent", str(committed), "-qm", str(fresh / built.name)],
                           check=True)
            if not built.exists() or built.read_bytes() != (fresh / built.name).read_bytes():
                problems.append(f"{built.name} is not what lrelease builds from {committed.name}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.ui.i18n", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; say what is out of date")
    args = parser.parse_args(argv)
    folder = REPO / "resources" / "translations"
    if args.check:
        problems = check(folder)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    update(folder)
    return 0
