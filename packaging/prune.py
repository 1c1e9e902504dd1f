"""What the bundle leaves out (packaging/objector.spec uses it; tests/test_packaging.py tests it).

Objector uses QtCore, QtGui and QtWidgets only, so the rest of Qt is left out: QML and Quick, WebEngine,
Network, Svg (but its icon engine, for the desktop's icon themes), the other Qt modules, the embedded-device
platforms (eglfs, linuxfb, vnc), the GTK theme, the image formats the evidence thumbnails do not read (PNG
and BMP are built into QtGui; JPEG, GIF, WebP and ICO are kept), Windows' software OpenGL, and the
translations of Qt's other modules. On Linux, the system libraries that app/display_check.py names (X11,
xcb, xkbcommon, GL, fontconfig) and those every desktop has (GLib, D-Bus, Wayland) come from the system, as
Qt's own wheels expect: a desktop that lacks one is told what to install. What no kept library needs is
dropped too.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from app.display_check import XCB_LIBRARIES

# Python modules Objector never imports (the test extras are not even in the build environment).
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "unittest", "pydoc", "pydoc_data", "doctest", "lib2to3", "idlelib", "ensurepip",
    "venv", "distutils", "setuptools", "pkg_resources", "pip", "PyInstaller", "ssl", "_ssl", "asyncio",
    "multiprocessing", "xmlrpc", "http.server", "curses", "readline", "sqlite3.test",
    *(f"PySide6.{name}" for name in (
        "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtSvg", "QtSvgWidgets",
        "QtOpenGL", "QtOpenGLWidgets", "QtDBus", "QtPrintSupport", "QtSql", "QtTest", "QtXml", "QtConcurrent",
        "QtWebEngineCore", "QtWebEngineWidgets", "QtWebChannel", "QtWebSockets", "QtDesigner", "QtUiTools",
        "QtHelp", "QtMultimedia", "QtNetworkAuth", "QtPdf", "QtPdfWidgets", "QtStateMachine", "QtCharts",
        "QtGraphs", "Qt3DCore", "QtBluetooth", "QtPositioning", "QtSerialPort", "QtRemoteObjects",
        "QtScxml", "QtSensors", "QtSpatialAudio", "QtTextToSpeech", "QtHttpServer", "QtAxContainer")),
]

# The Qt libraries kept, by module (libQt6Gui.so.6, Qt6Gui.dll, QtGui.framework). The wayland, xcb and
# OpenGL ones are what the platform plugins below link against.
KEPT_QT_MODULES = {"Core", "Gui", "Widgets", "DBus", "Svg", "XcbQpa", "WaylandClient", "WlShellIntegration",
                   "WaylandEglClientHwIntegration", "OpenGL"}
KEPT_PLUGINS = {
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa", "qminimal"),
    "platformthemes": ("qxdgdesktopportal",),
    "platforminputcontexts": ("",),  # compose and IBus: typing accents and other scripts
    "imageformats": ("qjpeg", "qgif", "qwebp", "qico"),
    "iconengines": ("qsvgicon",),
    "xcbglintegrations": ("",),
    "wayland-decoration-client": ("",),
    "wayland-graphics-integration-client": ("qt-plugin-wayland-egl", "shm-emulation-server", "dmabuf-server",
                                            "drm-egl-server"),
    "wayland-shell-integration": ("xdg-shell", "wl-shell", "qt-shell"),
    "styles": ("",),
    "tls": (),
    "networkinformation": (),
}
# System libraries never bundled on Linux: the X and GL libraries the display check names, what they pull
# in, and what every desktop has and must match the running system (GLib, D-Bus, fontconfig).
FROM_THE_SYSTEM = (*XCB_LIBRARIES, "libxcb", "libX", "libGL", "libEGL", "libOpenGL", "libGLX",
                   "libGLdispatch", "libdbus-1", "libglib-2.0", "libgio-2.0", "libgobject-2.0",
                   "libgmodule-2.0", "libgthread-2.0", "libfontconfig", "libfreetype", "libwayland-",
                   "libdrm", "libgbm")


def _qt_module(leaf: str, system: str) -> str | None:
    """`Gui` for libQt6Gui.so.6, Qt6Gui.dll or QtGui; None for what is not a Qt library."""
    base = leaf.split(".")[0]
    for prefix in ("libQt6", "Qt6"):
        if base.startswith(prefix):
            return base[len(prefix):]
    return base[2:] if system == "darwin" and base.startswith("Qt") and not base.startswith("Qt6") else None


def kept(dest: str, system: str = sys.platform) -> bool:
    """Whether one file of the analysis, by its path inside the bundle, goes into the bundle built on
    `system` (a sys.platform value)."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    leaf = parts[-1]
    if system.startswith("linux") and len(parts) == 1 and leaf.startswith(FROM_THE_SYSTEM):
        return False
    if "PySide6" not in parts:
        module = _qt_module(leaf, system)
        return module is None or module in KEPT_QT_MODULES
    inside = parts[parts.index("PySide6") + 1:]
    if inside and inside[0] == "Qt":
        inside = inside[1:]
    if not inside:
        return True
    if inside[0] in ("qml", "resources", "examples", "include", "typesystems", "glue", "metatypes",
                     "libexec"):
        return False
    if inside[0] == "plugins":
        if len(inside) < 3:
            return True
        wanted = KEPT_PLUGINS.get(inside[1], ())
        name = leaf[3:] if leaf.startswith("lib") else leaf
        return any(name.startswith(start) for start in wanted)
    if inside[0] == "translations":
        return leaf.startswith(("qtbase_", "qt_")) and not leaf.startswith("qt_help")
    if leaf == "opengl32sw.dll":  # Windows' software OpenGL, for Qt Quick: widgets draw without OpenGL
        return False
    if len(inside) == 1 and leaf.startswith("Qt") and not leaf.startswith("Qt6") and ".pyi" not in leaf:
        return leaf.split(".")[0][2:] in ("Core", "Gui", "Widgets")  # QtCore.abi3.so, QtGui.pyd
    frameworks = [part[2:].removesuffix(".framework") for part in inside
                  if system == "darwin" and part.startswith("Qt") and part.endswith(".framework")]
    module = _qt_module(leaf, system) or next(iter(frameworks), None)
    return module is None or module in KEPT_QT_MODULES


def _direct_needs(path: str) -> list[str]:
    """The libraries an ELF file names itself (DT_NEEDED), as `readelf -d` lists them; not what those
    need in turn, which is what PyInstaller's own look-up (ldd) would add."""
    import re
    import subprocess

    try:
        text = subprocess.run(["readelf", "-d", path], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return []
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", text)


def needed_only(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """On Linux, the system libraries PyInstaller found, less those that no kept library or module needs
    (those that only the libraries left to the system needed). Without readelf, all of them."""
    import shutil

    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        return binaries
    by_name = {dest: source for dest, source, _kind in binaries if "/" not in dest}
    roots = [entry for entry in binaries if "/" in entry[0] or not entry[0].startswith("lib")
             or entry[0].startswith(("libpython", "libpyside", "libshiboken", "libQt6"))]
    wanted: set[str] = set()
    queue = [source for _dest, source, _kind in roots]
    while queue:
        for name in _direct_needs(queue.pop()):
            if name in by_name and name not in wanted:
                wanted.add(name)
                queue.append(by_name[name])
    return [entry for entry in binaries if entry in roots or entry[0] in wanted]
