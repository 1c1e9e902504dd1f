"""objector install-desktop-entry and uninstall-desktop-entry (issue 21): the entry and the icons go into
the XDG data folder (a temporary one here: conftest points XDG_DATA_HOME at it), Exec names the program
that ran the command, and uninstall removes exactly what install wrote."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from app import desktop_entry, paths
from app.cli import main

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop.org desktops")


def data_home() -> Path:
    return Path(os.environ["XDG_DATA_HOME"])


def read_entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] group's keys, as written (values not unescaped)."""
    group, keys = "", {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line
        elif group == "[Desktop Entry]" and "=" in line:
            key, _, value = line.partition("=")
            assert key not in keys, f"{key} written twice"
            keys[key] = value
    return keys


def exec_program(value: str) -> str:
    """The program an Exec value starts, read back as the Desktop Entry specification says: the string
    type's escapes first, then the quoting of the first argument."""
    text = value.replace("\\\\", "\\")
    if text.startswith('"'):
        match = re.match(r'"((?:[^"\\]|\\.)*)"', text)
        assert match, value
        return re.sub(r"\\(.)", r"\1", match.group(1)).replace("%%", "%")
    return text.split(" ")[0].replace("%%", "%")


@pytest.fixture
def fake_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A venv's scripts folder with an `objector` script in it, as the running environment's."""
    scripts = tmp_path / "venv" / "bin"
    scripts.mkdir(parents=True)
    program = scripts / "objector"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    real = sysconfig.get_path
    monkeypatch.setattr(sysconfig, "get_path", lambda name, *a, **k: str(scripts) if name == "scripts"
                        else real(name, *a, **k))
    return program


def test_install_writes_the_entry_and_icons_naming_the_running_program(
        fake_program: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["install-desktop-entry"]) == 0
    entry = data_home() / "applications" / "objector.desktop"
    keys = read_entry(entry)
    assert exec_program(keys["Exec"]) == str(fake_program)
    assert keys["TryExec"] == str(fake_program)
    assert keys["Icon"] == "objector"
    assert keys["Name"] == "Objector"
    for size, name in desktop_entry.ICONS.items():
        icon = data_home() / "icons" / "hicolor" / size / "apps" / f"objector{Path(name).suffix}"
        assert icon.read_bytes() == (paths.resources_dir() / name).read_bytes()
    assert str(fake_program) in capsys.readouterr().out


def test_the_written_entry_passes_the_validator(fake_program: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (.ci/run installs desktop-file-utils)")
    assert main(["install-desktop-entry"]) == 0
    checked = subprocess.run([validator, str(data_home() / "applications" / "objector.desktop")],
                             capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout + checked.stderr


def test_a_bundle_names_its_own_executable_quoted_when_its_path_needs_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = tmp_path / "My Apps" / "objector $1 100%" / "objector"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert desktop_entry.running_executable() == program
    written = desktop_entry.install()
    keys = read_entry(written[0])
    assert keys["Exec"].startswith('"')
    assert exec_program(keys["Exec"]) == str(program)


def test_a_path_with_a_backslash_survives_both_escapes() -> None:
    program = Path("/opt/odd\\name/objector")
    assert exec_program(desktop_entry.exec_value(program)) == str(program)


def test_a_path_with_a_newline_is_refused() -> None:
    with pytest.raises(desktop_entry.DesktopEntryError):
        desktop_entry.exec_value(Path("/opt/two\nlines/objector"))


def test_installing_twice_leaves_one_entry_with_one_exec(fake_program: Path) -> None:
    first = desktop_entry.install()
    second = desktop_entry.install()
    assert first == second
    text = first[0].read_text(encoding="utf-8")
    assert text.count("\nExec=") == 1 and text.count(f"\n{desktop_entry.MARK}=") == 1


def test_uninstall_removes_exactly_what_install_wrote(fake_program: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    neighbour = data_home() / "applications" / "other-app.desktop"
    neighbour.parent.mkdir(parents=True)
    neighbour.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    other_icon = data_home() / "icons" / "hicolor" / "64x64" / "apps" / "other-app.png"
    other_icon.parent.mkdir(parents=True)
    other_icon.write_bytes(b"png")
    written = desktop_entry.install()
    assert main(["uninstall-desktop-entry"]) == 0
    assert not any(path.exists() for path in written)
    assert neighbour.exists() and other_icon.exists()
    assert sorted([*desktop_entry.icon_paths(data_home()), written[0]]) == sorted(written)
    capsys.readouterr()
    assert main(["uninstall-desktop-entry"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_uninstall_leaves_an_entry_objector_did_not_write(capsys: pytest.CaptureFixture[str]) -> None:
    entry = data_home() / "applications" / "objector.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nType=Application\nName=Objector\nExec=/usr/bin/objector\n")
    assert main(["uninstall-desktop-entry"]) == 1
    assert entry.exists()
    assert str(entry) in capsys.readouterr().err


def test_uninstall_never_removes_a_file_the_entry_lists_beyond_its_own_icons(fake_program: Path,
                                                                             tmp_path: Path) -> None:
    written = desktop_entry.install()
    precious = data_home() / "precious.txt"
    precious.write_text("keep me")
    text = written[0].read_text(encoding="utf-8").replace(
        f"{desktop_entry.MARK}=", f"{desktop_entry.MARK}=precious.txt;../outside.txt;")
    written[0].write_text(text, encoding="utf-8")
    outside = data_home().parent / "outside.txt"
    outside.write_text("keep me too")
    removed = desktop_entry.uninstall()
    assert precious.exists() and outside.exists()
    assert sorted(removed) == sorted(written)


def test_without_an_objector_program_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "no-scripts"
    empty.mkdir()
    monkeypatch.setattr(sysconfig, "get_path", lambda name, *a, **k: str(empty))
    assert main(["install-desktop-entry"]) == 1
    assert "objector" in capsys.readouterr().err
    assert not (data_home() / "applications").exists()


def test_a_relative_xdg_data_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert desktop_entry.data_home() == Path(os.environ["HOME"]) / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert desktop_entry.data_home() == Path(os.environ["HOME"]) / ".local" / "share"
