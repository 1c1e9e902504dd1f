"""Before Qt opens a window on Linux: are the system libraries its X11 display plugin needs there?

Without them Qt prints "no Qt platform plugin could be initialized ... Reinstalling the application may fix
this problem" and aborts: wrong advice, and invisible when Objector is started from a desktop menu. This
check names the missing library and the Debian/Ubuntu package that brings it, with the command.

It costs a few dozen `stat` calls when everything is there (the usual case); only a library not found in
the usual folders is looked up again the way the dynamic loader does (ctypes), which also finds libraries
in folders only `ld.so.cache` knows. It imports no Qt and runs only when the window is about to open."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterable, Mapping

# What Qt's xcb platform plugin links against (`ldd libqxcb.so`, PySide6 6.11) beyond what every Linux
# desktop has, and the Debian/Ubuntu package of each. libxcb-cursor0 is the one most often missing (Qt 6.5
# and later need it); libxcb-icccm4 and libxcb-keysyms1 follow.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def library_folders(environ: Mapping[str, str] = os.environ) -> list[str]:
    """Where the dynamic loader looks first: LD_LIBRARY_PATH, then the system's usual folders."""
    arch = getattr(sys.implementation, "_multiarch", "") or f"{os.uname().machine}-linux-gnu"
    folders = [part for part in environ.get("LD_LIBRARY_PATH", "").split(":") if part]
    folders += [f"/lib/{arch}", f"/usr/lib/{arch}", "/lib64", "/usr/lib64", "/lib", "/usr/lib",
                "/usr/local/lib"]
    return folders


def _present(path: str) -> bool:
    try:
        info = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size > 0


def _loadable(name: str) -> bool:
    import ctypes  # only for a library the quick look did not find

    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_libraries(names: Iterable[str] = XCB_LIBRARIES, folders: list[str] | None = None,
                      loadable: Callable[[str], bool] = _loadable) -> list[str]:
    """The libraries of `names` that the dynamic loader cannot load."""
    folders = library_folders() if folders is None else folders
    missing = []
    for name in names:
        if any(_present(os.path.join(folder, name)) for folder in folders):
            continue
        if not loadable(name):
            missing.append(name)
    return missing


def uses_x11(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether Qt will open its window through X11 (xcb): asked for, or the default outside Wayland."""
    if not sys.platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    return not (environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"))


def problem(environ: Mapping[str, str] = os.environ, folders: list[str] | None = None,
            loadable: Callable[[str], bool] = _loadable) -> str | None:
    """What keeps the window from opening on this desktop, in words and with the command that fixes it;
    None when nothing does (or when the window does not go through X11)."""
    if not uses_x11(environ):
        return None
    if not environ.get("DISPLAY"):
        return ("Objector cannot open its window: no desktop display was found (DISPLAY is not set).\n"
                "Start it from your desktop, not from a text console or an SSH session\n"
                "without X forwarding. The commands (objector --help) work without a display.")
    missing = missing_libraries(folders=folders, loadable=loadable)
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(XCB_LIBRARIES[name] for name in missing))
    names = ", ".join(missing)
    one = len(missing) == 1
    return (f"Objector cannot open its window.\n"
            f"{'This system library is' if one else 'These system libraries are'} missing: {names}.\n"
            f"Qt needs {'it' if one else 'them'} to draw windows on this desktop.\n\n"
            f"On Debian or Ubuntu, install {'it' if one else 'them'} with:\n\n"
            f"    sudo apt install {packages}\n\n"
            "Then start Objector again.\n"
            f"On other systems, install the package that provides {'it' if one else 'each'}.\n"
            "Nothing needs to be reinstalled, and your data was not touched.")


def tell(text: str) -> None:
    """Say it on standard error and, for a start from a desktop menu (where nobody reads standard error),
    in a dialog of the desktop's own, where one of the usual tools is installed."""
    import shutil
    import subprocess

    print(f"objector: {text}", file=sys.stderr)
    if not os.environ.get("DISPLAY") or os.environ.get("OBJECTOR_NO_DIALOG"):
        return
    for command in (["zenity", "--error", "--no-markup", "--title=Objector", f"--text={text}"],
                    ["kdialog", "--title", "Objector", "--error", text],
                    ["xmessage", "-center", text]):
        if shutil.which(command[0]):
            try:
                subprocess.run(command, check=False, timeout=600, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            except (OSError, subprocess.SubprocessError):
                continue
            return
