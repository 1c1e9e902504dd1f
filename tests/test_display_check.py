"""Before the window opens: a missing system library is named, with the package and the command.

Found on a fresh desktop: without libxcb-cursor0 the README's first command ended in Qt's "no Qt platform
plugin could be initialized ... Reinstalling the application may fix this problem", which says neither what
is missing nor what to do, and is not even seen when Objector is started from a desktop menu."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import display_check
from tests.conftest import REPO


def folders_with(tmp_path: Path, present: list[str]) -> list[str]:
    folder = tmp_path / "lib"
    folder.mkdir(exist_ok=True)
    for name in present:
        (folder / name).write_bytes(b"\x7fELF not really")
    return [str(folder)]


def test_every_library_present_is_found_without_loading_anything(tmp_path: Path) -> None:
    folders = folders_with(tmp_path, list(display_check.XCB_LIBRARIES))
    looked_up: list[str] = []

    def loadable(name: str) -> bool:
        looked_up.append(name)
        return False

    assert display_check.missing_libraries(folders=folders, loadable=loadable) == []
    assert looked_up == []  # the quick look sufficed: nothing was loaded


def test_a_missing_library_is_named_with_its_package_and_the_command(tmp_path: Path) -> None:
    names = [n for n in display_check.XCB_LIBRARIES if n not in ("libxcb-cursor.so.0", "libxcb-icccm.so.4")]
    folders = folders_with(tmp_path, names)
    text = display_check.problem({"DISPLAY": ":0"}, folders=folders, loadable=lambda name: False)
    assert text is not None
    assert "libxcb-cursor.so.0" in text and "libxcb-icccm.so.4" in text
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in text
    assert "Reinstalling" not in text
    assert max(len(line) for line in text.splitlines()) <= 80  # readable in a plain message window


def test_a_library_the_loader_finds_elsewhere_counts_as_present(tmp_path: Path) -> None:
    folders = folders_with(tmp_path, [])  # e.g. only ld.so.cache knows its folder
    assert display_check.problem({"DISPLAY": ":0"}, folders=folders, loadable=lambda name: True) is None


def test_an_empty_file_or_a_device_in_its_place_is_not_a_library(tmp_path: Path) -> None:
    folders = folders_with(tmp_path, [])
    (Path(folders[0]) / "libxcb.so.1").write_bytes(b"")
    os.symlink("/dev/null", Path(folders[0]) / "libX11.so.6")
    missing = display_check.missing_libraries(["libxcb.so.1", "libX11.so.6"], folders,
                                              loadable=lambda n: False)
    assert missing == ["libxcb.so.1", "libX11.so.6"]


@pytest.mark.parametrize(("environ", "x11"), [
    ({"DISPLAY": ":0"}, True),
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, True),
    ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, False),
    ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, True),
])
def test_only_a_window_through_x11_is_checked(environ: dict[str, str], x11: bool) -> None:
    assert display_check.uses_x11(environ) is x11


def test_no_display_at_all_says_so() -> None:
    text = display_check.problem({}, folders=[], loadable=lambda name: True)
    assert text is not None and "DISPLAY" in text


def test_commands_never_pay_for_the_check() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)  # the window could not open here: the commands must not care
    script = ("import sys, app.cli as c; code = c.main(['list']); "
              "print(code, 'app.display_check' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "0 False"


# --- the real window on Xvfb, with a library hidden in a mount namespace --------------------------------

def _can_hide_libraries() -> bool:
    return (sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("unshare") is not None
            and shutil.which("Xvfb") is not None)


@pytest.fixture
def xvfb() -> Iterator[str]:
    if not _can_hide_libraries():
        pytest.skip("needs root, unshare and Xvfb (CI has them)")
    display = f":{os.getpid() % 500 + 100}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
        assert time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield display
    server.terminate()
    server.wait(timeout=10)


def library_path(name: str) -> Path:
    for folder in display_check.library_folders():
        candidate = Path(folder) / name
        if candidate.exists():
            return candidate.resolve()
    pytest.fail(f"{name} is not installed here: .ci/run installs the desktop libraries")


WINDOW_THEN_QUIT = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication
    import app.ui.main_window as main_window

    shown_init = main_window.MainWindow.__init__

    def init(self, *args, **kwargs):
        shown_init(self, *args, **kwargs)
        def painted():
            print("window shown on", QApplication.platformName(), flush=True)
            QApplication.quit()
        self.first_painted.connect(painted)

    main_window.MainWindow.__init__ = init
    from app.cli import main
    sys.exit(main(["--data-dir", sys.argv[1]]))
""")


def run_window(display: str, data: Path, hide: Path | None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update({"DISPLAY": display, "PYTHONPATH": str(REPO), "OBJECTOR_NO_DIALOG": "1"})
    command = [sys.executable, "-c", WINDOW_THEN_QUIT, str(data)]
    if hide is not None:  # in a mount namespace of its own: /dev/null over the library, for this child only
        script = f'mount --bind /dev/null "{hide}" && exec "$@"'
        command = ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", *command]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def test_the_real_window_opens_on_x11_and_a_hidden_library_is_named(xvfb: str, tmp_path: Path) -> None:
    shown = run_window(xvfb, tmp_path / "data", hide=None)
    assert shown.returncode == 0, shown.stderr[-2000:]
    assert "window shown on xcb" in shown.stdout

    hidden = run_window(xvfb, tmp_path / "data", hide=library_path("libxcb-cursor.so.0"))
    assert hidden.returncode == 1
    assert "libxcb-cursor.so.0" in hidden.stderr and "sudo apt install libxcb-cursor0" in hidden.stderr
    assert "window shown" not in hidden.stdout
    assert "Reinstalling the application" not in hidden.stderr  # Qt never got as far as its own abort
