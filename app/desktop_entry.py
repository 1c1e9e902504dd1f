"""Put Objector into the desktop's application menu, and take it out again (Linux and other desktops that
follow freedesktop.org's Desktop Entry and Icon Theme specifications).

`install` writes `$XDG_DATA_HOME/applications/objector.desktop` (by default `~/.local/share/...`), whose
`Exec` names the executable that ran it, by its absolute path: the bundle's own executable, or the
`objector` script of the virtual environment (a venv, pipx) whose Python runs. Beside it go the icons, in
`$XDG_DATA_HOME/icons/hicolor/<size>/apps/`. The desktop entry lists, under `X-Objector-Installed`, every
icon it wrote; `uninstall` removes exactly those and the entry, nothing else, and never a desktop entry
that Objector did not write. No Qt here: the commands run without a display.
"""

from __future__ import annotations

import os
import re
import sys
import sysconfig
from collections.abc import Mapping
from pathlib import Path

from app import paths
from app.atomic import write_atomically

DESKTOP_ID = "objector"  # objector.desktop, the name the window gives Qt (application.py)
ICON_NAME = "objector"
# The icon theme's folder for each icon of resources/, as the Icon Theme specification names them.
ICONS = {"scalable": "objector.svg", "64x64": "objector.png", "128x128": "objector@2x.png"}
MARK = "X-Objector-Installed"
# Characters that make the Desktop Entry specification quote an argument of Exec.
_RESERVED = set(" \t\"'\\><~|&;$*?#()`")


class DesktopEntryError(Exception):
    """The entry cannot be written or removed; the message says why and what to do."""


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_DATA_HOME when it is an absolute path (the specification ignores any other), else
    ~/.local/share."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    home = environ.get("HOME") or os.path.expanduser("~")
    return Path(home) / ".local" / "share"


def running_executable() -> Path:
    """The program a desktop entry should start: this bundle's executable, or the `objector` script of the
    environment whose Python runs now (absolute). DesktopEntryError when there is none (`python -m app`
    from a source checkout without an install)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).absolute()
    scripts = Path(sysconfig.get_path("scripts")).absolute()
    for name in ("objector", "objector.exe"):
        if (scripts / name).is_file():
            return scripts / name
    raise DesktopEntryError(
        f"there is no 'objector' program in {scripts}, so a menu entry would start nothing. Install "
        "Objector first (pip install . in a virtual environment, pipx, or the bundle), then run that "
        "program's install-desktop-entry.")


def exec_value(program: Path) -> str:
    """`program` as the desktop entry's Exec key must say it: quoted if needed, then escaped."""
    text = str(program)
    if any(ord(character) < 32 or ord(character) == 127 for character in text):
        raise DesktopEntryError(f"the path {text!r} has a control character, which a desktop entry cannot "
                                "hold; move Objector to a folder without one")
    if any(character in _RESERVED for character in text):
        text = '"' + re.sub(r'(["`$\\])', r"\\\1", text) + '"'
    return string_value(text.replace("%", "%%"))


def string_value(text: str) -> str:
    """A value of the string type: a backslash is written as two."""
    return text.replace("\\", "\\\\")


def icon_paths(home: Path) -> list[Path]:
    """Where `install` puts the icons."""
    return [home / "icons" / "hicolor" / size / "apps" / f"{ICON_NAME}{Path(name).suffix}"
            for size, name in ICONS.items()]


def entry_path(home: Path) -> Path:
    return home / "applications" / f"{DESKTOP_ID}.desktop"


def entry_text(template: str, program: Path, icons: list[Path], home: Path) -> str:
    """The shipped desktop entry (resources/objector.desktop) with Exec and TryExec naming `program`, and
    the list of the icons written beside it."""
    lines = [line for line in template.splitlines()
             if not line.startswith(("Exec=", "TryExec=", f"{MARK}="))]
    try:
        at = lines.index("[Desktop Entry]") + 1
    except ValueError as error:
        raise DesktopEntryError("the shipped objector.desktop has no [Desktop Entry] group") from error
    written = ";".join(string_value(str(icon.relative_to(home))).replace(";", "\\;") for icon in icons)
    lines[at:at] = [f"TryExec={string_value(str(program))}", f"Exec={exec_value(program)}"]
    end = next((i for i in range(at, len(lines)) if lines[i].startswith("[")), len(lines))
    lines.insert(end, f"{MARK}={written};")
    return "\n".join(lines) + "\n"


def install(home: Path | None = None, program: Path | None = None) -> list[Path]:
    """Write the desktop entry and the icons; the files written, the entry first."""
    if not (sys.platform.startswith("linux") or "bsd" in sys.platform):
        raise DesktopEntryError("menu entries are written for Linux and BSD desktops only; on this system, "
                                "start Objector from its folder or make a shortcut to it")
    home = data_home() if home is None else home
    program = running_executable() if program is None else program
    resources = paths.resources_dir()
    icons = icon_paths(home)
    text = entry_text((resources / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8"), program, icons,
                      home)
    try:
        for icon, name in zip(icons, ICONS.values(), strict=True):
            icon.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(icon, (resources / name).read_bytes(), mode=0o644)
        target = entry_path(home)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, text.encode("utf-8"), mode=0o644)
        os.utime(home / "icons" / "hicolor")  # tells the desktop's icon cache to look again
    except OSError as error:
        raise DesktopEntryError(f"cannot write into {home}: {error.strerror or error}") from error
    return [target, *icons]


def installed_files(home: Path) -> list[Path]:
    """What an earlier `install` wrote, as its desktop entry lists it (the entry last); [] when there is no
    entry, DesktopEntryError when the entry there is not Objector's."""
    target = entry_path(home)
    try:
        text = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        raise DesktopEntryError(f"cannot read {target}: {error}") from error
    listed = next((line.partition("=")[2] for line in text.splitlines() if line.startswith(f"{MARK}=")), None)
    if listed is None:
        raise DesktopEntryError(f"{target} was not written by objector install-desktop-entry, so it is left "
                                "as it is; remove it yourself if it is no longer wanted")
    icons = []
    for item in re.split(r"(?<!\\);", listed):
        relative = item.replace("\\;", ";").replace("\\\\", "\\")
        if relative:
            candidate = home / relative
            if candidate in icon_paths(home):  # never a file outside the ones install writes
                icons.append(candidate)
    return [*icons, target]


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what `install` wrote; the files removed."""
    home = data_home() if home is None else home
    removed = []
    for path in installed_files(home):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise DesktopEntryError(f"cannot remove {path}: {error.strerror or error}") from error
        removed.append(path)
    return removed
