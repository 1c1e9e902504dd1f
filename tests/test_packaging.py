"""What the bundle and the desktop integration are made of (issue 21). The bundle itself is built and run
by .ci/run (too slow for the suite); here: the lock file pins what pyproject.toml asks for, the desktop
entry, the AppStream file, the window and its About box agree on name, version and icon, the archive is
packed as a person unpacks it, and the README names the one build command."""

from __future__ import annotations

import importlib.util
import re
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.version import Version
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__, desktop_entry
from tests.conftest import FIXTURES, REPO

tomllib = pytest.importorskip("tomllib")  # Python 3.11 and newer


def _load_build_script() -> Any:
    """packaging/build.py as a module; what it adds to sys.path to find packaging/tools.py is taken out
    again, so that no other test imports a module of packaging/ by chance."""
    saved = list(sys.path)
    spec = importlib.util.spec_from_file_location("objector_packaging_build", REPO / "packaging" / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved
        sys.modules.pop("tools", None)
    return module


bundle_build = _load_build_script()  # packaging/build.py

LOCK = REPO / "packaging" / "bundle.lock"
METAINFO = next((REPO / "resources").glob("*.metainfo.xml"))


def locked() -> dict[str, tuple[Version, list[str]]]:
    """name -> (pinned version, hashes) of every package in the lock file."""
    pins: dict[str, tuple[Version, list[str]]] = {}
    text = LOCK.read_text(encoding="utf-8").replace("\\\n", " ")
    for line in text.splitlines():
        if not line or line.startswith(("#", " ")):
            continue
        match = re.match(r"^([A-Za-z0-9_.-]+)==(\S+)((?:\s+--hash=sha256:[0-9a-f]{64})+)\s*$", line)
        assert match, f"not an exact pin with hashes: {line!r}"
        pins[match.group(1).lower().replace("_", "-")] = (
            Version(match.group(2)), re.findall(r"sha256:([0-9a-f]{64})", match.group(3)))
    return pins


def desktop_keys() -> dict[str, str]:
    text = (REPO / "resources" / "objector.desktop").read_text(encoding="utf-8")
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#"))


def test_the_lock_pins_every_dependency_of_pyproject_within_its_range() -> None:
    pins = locked()
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for text in project["dependencies"]:
        requirement = Requirement(text)
        name = requirement.name.lower().replace("_", "-")
        assert name in pins, f"{name} is not in {LOCK.name}: run python3 packaging/lock.py"
        assert requirement.specifier.contains(pins[name][0], prereleases=True), (
            f"{name} {pins[name][0]} is outside {requirement.specifier}: run python3 packaging/lock.py")
    assert "pyinstaller" in pins
    test_only = {Requirement(text).name.lower() for text in project["optional-dependencies"]["test"]}
    assert not test_only & set(pins) - {"setuptools", "wheel"}, "the test extras are not for the bundle"


def test_the_lock_has_hashes_for_windows_and_macos_too() -> None:
    pins = locked()
    # PySide6's wheels differ by system: one hash each for Linux, Windows and macOS at the least.
    assert len(pins["pyside6-essentials"][1]) >= 3
    for needed_elsewhere in ("pefile", "pywin32-ctypes", "macholib", "colorama"):
        assert needed_elsewhere in pins


def test_the_desktop_entry_the_metainfo_and_the_app_agree() -> None:
    keys = desktop_keys()
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("name") == keys["Name"] == "Objector"
    assert component.findtext("launchable") == f"{desktop_entry.DESKTOP_ID}.desktop"
    assert component.findtext("icon") == keys["Icon"] == desktop_entry.ICON_NAME
    assert component.findtext("project_license") == tomllib.loads(
        (REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["license"]["text"]
    releases = [release.get("version") for release in component.iter("release")]
    assert releases and releases[0] == __version__, "the newest release comes first and is this version"
    assert component.find("content_rating") is not None
    assert "objector" in (component.findtext("provides/binary") or "")
    for name in desktop_entry.ICONS.values():
        assert (REPO / "resources" / name).is_file()


def test_the_window_and_its_about_box_show_the_same_name_version_and_icon(qtbot: Any,
                                                                           tmp_path: Path) -> None:
    from tests.ui.conftest import Harness, when_modal

    folder = tmp_path / "procedures" / "example"
    folder.mkdir(parents=True)
    (folder / "example-object.yaml").write_bytes(
        (FIXTURES / "procedures" / "good" / "example-object.yaml").read_bytes())
    harness = Harness(qtbot, tmp_path / "data", tmp_path / "procedures")
    try:
        window = harness.open()
        assert window.windowTitle() == desktop_keys()["Name"]
        icon = window.windowIcon()
        assert not icon.isNull()
        seen: dict[str, Any] = {}

        def read(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            seen["text"], seen["title"] = box.text(), box.windowTitle()
            seen["icon"] = box.iconPixmap().toImage()
            box.accept()

        when_modal(read)
        window.help.about()
        assert f"Objector {__version__}" in seen["text"]
        assert "Objector" in seen["title"]
        size = seen["icon"].size()
        assert seen["icon"] == icon.pixmap(size).toImage().convertToFormat(seen["icon"].format())
    finally:
        harness.shutdown()


def test_the_archive_holds_one_folder_named_objector_with_links_and_modes(tmp_path: Path) -> None:
    bundle = tmp_path / "objector"
    (bundle / "_internal").mkdir(parents=True)
    program = bundle / "objector"
    program.write_bytes(b"\x7fELF")
    program.chmod(0o755)
    (bundle / "_internal" / "libQt6Core.so.6.real").write_bytes(b"lib")
    (bundle / "_internal" / "libQt6Core.so.6").symlink_to("libQt6Core.so.6.real")
    target = tmp_path / "objector-1.0-linux-x86_64.tar.gz"
    bundle_build.archive(bundle, target)
    with tarfile.open(target) as packed:
        names = packed.getnames()
        assert {name.split("/")[0] for name in names} == {"objector"}
        assert packed.getmember("objector/objector").mode & 0o111
        assert packed.getmember("objector/_internal/libQt6Core.so.6").issym()
        assert all(member.uid == 0 and not member.uname for member in packed.getmembers())
    assert bundle_build.folder_size(bundle) == 4 + 3  # the link is not counted twice


def test_the_archive_name_says_version_system_and_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    assert bundle_build.version() == __version__
    monkeypatch.setattr(bundle_build.platform, "machine", lambda: "AMD64")
    monkeypatch.setattr(bundle_build.sys, "platform", "win32")
    assert bundle_build.system_name() == "windows-x86_64"
    monkeypatch.setattr(bundle_build.platform, "machine", lambda: "x86_64")
    monkeypatch.setattr(bundle_build.sys, "platform", "linux")
    assert bundle_build.system_name() == "linux-x86_64"


def test_the_readme_names_the_one_build_command_and_keeps_the_set_up_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    after = readme.split("<!-- bundle-command -->", 1)
    assert len(after) == 2, "the README has no <!-- bundle-command --> line"
    block = re.match(r"\s*```\n(.+?)\n```", after[1], re.DOTALL)
    assert block and block.group(1).strip() == "python3 packaging/build.py"
    assert "python3 -m venv --clear .venv && .venv/bin/pip install . && .venv/bin/objector" in readme
    assert readme.index("## Set up") < readme.index("<!-- bundle-command -->")


def test_dist_and_build_folders_are_not_committed() -> None:
    ignored = (REPO / ".gitignore").read_text(encoding="utf-8").split()
    assert "dist/" in ignored and "build/" in ignored


def _load_prune() -> Any:
    saved = list(sys.path)
    spec = importlib.util.spec_from_file_location("objector_packaging_prune", REPO / "packaging" / "prune.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved
    return module


prune = _load_prune()  # packaging/prune.py, what the spec leaves out


@pytest.mark.parametrize(("system", "dest", "kept"), [
    ("linux", "PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("linux", "PySide6/QtWidgets.abi3.so", True),
    ("linux", "PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("linux", "PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("linux", "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("linux", "PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("linux", "PySide6/Qt/translations/qtbase_de.qm", True),
    ("linux", "libstdc++.so.6", True),
    ("linux", "app/_bundled/resources/translations/objector_de.qm", True),
    ("linux", "PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("linux", "PySide6/Qt/lib/libQt6Network.so.6", False),
    ("linux", "PySide6/QtQml.abi3.so", False),
    ("linux", "PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so", False),
    ("linux", "PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("linux", "PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("linux", "PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("linux", "PySide6/Qt/translations/qt_help_de.qm", False),
    ("linux", "libxcb-cursor.so.0", False),  # the display check names it: it comes from the system
    ("linux", "libglib-2.0.so.0", False),
    ("win32", "PySide6/Qt6Widgets.dll", True),
    ("win32", "PySide6/QtGui.pyd", True),
    ("win32", "PySide6/plugins/platforms/qwindows.dll", True),
    ("win32", "PySide6/Qt6Quick.dll", False),
    ("win32", "PySide6/opengl32sw.dll", False),
    ("darwin", "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
    ("darwin", "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
    ("darwin", "PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
])
def test_the_bundle_keeps_what_objector_loads_and_drops_the_rest(system: str, dest: str, kept: bool) -> None:
    assert prune.kept(dest, system) is kept


def test_every_library_the_display_check_names_is_left_to_the_system() -> None:
    from app.display_check import XCB_LIBRARIES

    assert not any(prune.kept(name, "linux") for name in XCB_LIBRARIES)
    assert all(prune.kept(name, "darwin") for name in XCB_LIBRARIES)  # only Linux leaves them out


def test_the_windows_icon_holds_the_same_pictures_as_the_desktop_icons() -> None:
    import struct

    data = (REPO / "resources" / "objector.ico").read_bytes()
    _reserved, kind, count = struct.unpack_from("<HHH", data)
    assert kind == 1 and count >= 1
    pictures = []
    for index in range(count):
        *_, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        pictures.append(data[offset:offset + size])
    assert (REPO / "resources" / "objector.png").read_bytes() in pictures


@pytest.mark.parametrize(("before", "after"), [
    ({"LD_LIBRARY_PATH": "/bundle/_internal", "LD_LIBRARY_PATH_ORIG": "/opt/mine"},
     {"LD_LIBRARY_PATH": "/opt/mine"}),
    ({"LD_LIBRARY_PATH": "/bundle/_internal"}, {}),
    ({}, {}),
])
def test_programs_the_bundle_starts_get_the_users_library_path_back(
        monkeypatch: pytest.MonkeyPatch, before: dict[str, str], after: dict[str, str]) -> None:
    import os
    import runpy

    for name in ("LD_LIBRARY_PATH", "LD_LIBRARY_PATH_ORIG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in before.items():
        monkeypatch.setenv(name, value)
    runpy.run_path(str(REPO / "packaging" / "runtime_environment.py"))
    assert {name: os.environ[name] for name in ("LD_LIBRARY_PATH", "LD_LIBRARY_PATH_ORIG")
            if name in os.environ} == after
