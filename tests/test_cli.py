"""The command line: validate, list, global options and exit codes."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main
from tests.conftest import FIXTURES, REPO

GOOD = FIXTURES / "procedures" / "good"
LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<column>\d+): (?P<message>.+)$")


def run_module(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          cwd=cwd or REPO, env=env, timeout=60)


def test_validate_good_folder_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(GOOD)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "all valid" in err


def test_validate_bad_files_prints_path_line_column_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "typo.yaml").write_text((GOOD / "example-object.yaml").read_text().replace(
        "\nsteps:\n", "\nstpes:\n"), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("id: [oops\n", encoding="utf-8")
    (tmp_path / "latin1.yaml").write_bytes(b"title: caf\xe9\n")
    (tmp_path / "evil.yaml").write_text("x: !!python/object/apply:os.system ['echo hi']\n", encoding="utf-8")
    result = run_module("validate", str(tmp_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stdout.splitlines()
    assert lines and all(LINE.match(line) for line in lines), lines
    named = {Path(LINE.match(line)["path"]).name for line in lines}  # type: ignore[index]
    assert named == {"typo.yaml", "broken.yaml", "latin1.yaml", "evil.yaml"}
    typo = next(line for line in lines if "stpes" in line)
    assert LINE.match(typo)["line"] != "0"  # type: ignore[index]


def test_validate_missing_path_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "/nonexistent/folder"]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_unknown_command_is_usage_error() -> None:
    result = run_module("frobnicate")
    assert result.returncode == 2
    # Objector's contract, not argparse's wording (which changes between Python versions and translates).
    assert "frobnicate" in result.stderr and "Traceback" not in result.stderr


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"objector {__version__}"


def test_help_mentions_global_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "--data-dir" in out and "--procedures" in out and "validate" in out


def test_validate_without_paths_checks_bundled_and_user_folder(tmp_path: Path) -> None:
    user = tmp_path / "data" / "procedures"
    user.mkdir(parents=True)
    (user / "mine.yaml").write_text("id: [broken\n", encoding="utf-8")
    result = run_module("--data-dir", str(tmp_path / "data"), "validate")
    assert result.returncode == 1
    named = [Path(LINE.match(line)["path"]).name  # type: ignore[index]
             for line in result.stdout.splitlines()]
    assert named == ["mine.yaml"]


def test_bundled_library_validates() -> None:
    result = run_module("validate")
    assert result.returncode == 0, result.stdout
    assert "all valid" in result.stderr


def test_list_json_reports_the_winning_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    mine = data / "procedures"
    mine.mkdir(parents=True)
    (mine / "copy.yaml").write_text((GOOD / "example-object.yaml").read_text(), encoding="utf-8")
    code = main(["--data-dir", str(data), "--procedures", str(GOOD), "list", "--json"])
    assert code == 0
    rows = json.loads(capsys.readouterr().out)
    row = next(r for r in rows if r["id"] == "example-object")
    assert row["file"] == str(GOOD / "example-object.yaml")
    assert row["replaces"] == [str(mine / "copy.yaml")]
    assert row["steps"] == 3 and row["platforms"] == ["facebook", "instagram"]
    assert row["regions"] == ["EU", "EEA", "UK"]
    assert row["stale"] is True


def test_list_text_marks_stale(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["list", "--procedures", str(GOOD), "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "example-object: Object to an example platform" in out
    assert "may be out of date" in out


def test_data_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "envdata"
    (data / "procedures").mkdir(parents=True)
    (data / "procedures" / "p.yaml").write_text((GOOD / "example-object.yaml").read_text(), encoding="utf-8")
    monkeypatch.setenv("OBJECTOR_DATA_DIR", str(data))
    assert main(["list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert any(r["file"] == str(data / "procedures" / "p.yaml") for r in rows)


def test_missing_extra_procedures_folder_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--procedures", "/nonexistent", "list"]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_validate_and_list_do_not_create_the_data_dir(tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path / "never"), "validate", str(GOOD)]) == 0
    assert not (tmp_path / "never").exists()


@pytest.mark.parametrize(("words", "read_directly"), [
    ([], True),
    (["--data-dir", "/tmp/somewhere"], True),
    (["--data-dir=/tmp/a", "--procedures", "one", "--procedures=two", "--data-dir", "/tmp/b"], True),
    (["--procedures", "list"], True),  # a folder named like a command
    (["--data", "/tmp/somewhere"], False),  # abbreviated: the full parser reads it
    (["--procedures", "one", "list"], False),  # a command after the options
])
def test_window_options_read_as_the_full_parser_reads_them(words: list[str], read_directly: bool,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from app import cli

    expected = vars(cli.build_parser().parse_args(words))
    built: list[bool] = []
    full_parser = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", lambda: built.append(True) or full_parser())
    assert vars(cli.parse_arguments(words)) == expected
    assert built == ([] if read_directly else [True])


@pytest.mark.parametrize("words", [["--data-dir"], ["--colour"], ["stray"]])
def test_window_options_misused_get_the_full_usage_message(words: list[str],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(words) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: objector") and "COMMAND" in err and err.count("usage:") == 1


# --- evidence and backups with files (issue 18) ------------------------------------------------------------


@pytest.fixture
def evidence_data(tmp_path: Path) -> Path:
    from app.storage.database import Database

    data = tmp_path / "data"
    (data / "procedures").mkdir(parents=True)
    (data / "procedures" / "example.yaml").write_bytes((GOOD / "example-object.yaml").read_bytes())
    with Database(data / "objector.sqlite3") as db:
        db.add_account("My Facebook", "facebook", "EU")
        db.add_account("Art Instagram", "instagram", "UK")
    return data


def test_evidence_attach_then_list(evidence_data: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    mail = tmp_path / "confirmation.eml"
    mail.write_bytes(b"From: Meta\r\nSubject: received\r\n\r\nYour objection was received.")
    digest = hashlib.sha256(mail.read_bytes()).hexdigest()
    assert main(["--data-dir", str(evidence_data), "evidence", "attach", "--account", "my facebook",
                 "--procedure", "example-object", "--step", "open-form", str(mail)]) == 0
    out = capsys.readouterr().out
    assert f"Attached confirmation.eml ({len(mail.read_bytes())} bytes, SHA-256 {digest})" in out
    assert "step open-form of example-object for My Facebook" in out
    assert main(["--data-dir", str(evidence_data), "evidence", "attach", "--account", "2",
                 "--procedure", "example-object", str(mail)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(evidence_data), "evidence", "list"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 2 and "2 attached file(s)." in err
    assert lines[0].startswith("1: My Facebook: example-object/open-form: confirmation.eml, ")
    assert digest in lines[0] and re.search(r"attached \d{4}-\d\d-\d\d \d\d:\d\d \S+$", lines[0])
    assert lines[1].startswith("2: Art Instagram: example-object: confirmation.eml")
    assert main(["--data-dir", str(evidence_data), "evidence", "list", "--account", "Art Instagram"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_evidence_list_shows_removed_files_only_when_asked(evidence_data: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from app.storage.database import Database

    with Database(evidence_data / "objector.sqlite3") as db:
        item = db.attach_evidence_bytes(1, "example-object", "", b"png", "shot.png")
        db.remove_evidence(item.id)
    assert main(["--data-dir", str(evidence_data), "evidence", "list"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["--data-dir", str(evidence_data), "evidence", "list", "--removed"]) == 0
    assert "shot.png" in capsys.readouterr().out.split("(removed ")[0]


@pytest.mark.parametrize(("words", "message"), [
    (["--account", "nobody", "--procedure", "example-object"], "no account is called 'nobody'"),
    (["--account", "My Facebook", "--procedure", "no-such-thing"], "no procedure has the id"),
    (["--account", "My Facebook", "--procedure", "Bad Id"], "is not an id"),
    (["--account", "My Facebook", "--procedure", "example-object", "--step", "nope"], "has no step 'nope'"),
])
def test_evidence_attach_usage_errors_exit_2(evidence_data: Path, tmp_path: Path, words: list[str],
                                             message: str, capsys: pytest.CaptureFixture[str]) -> None:
    mail = tmp_path / "mail.eml"
    mail.write_bytes(b"x")
    assert main(["--data-dir", str(evidence_data), "evidence", "attach", *words, str(mail)]) == 2
    assert message in capsys.readouterr().err


def test_evidence_attach_of_a_missing_file_or_a_folder(evidence_data: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    words = ["--data-dir", str(evidence_data), "evidence", "attach", "--account", "My Facebook",
             "--procedure", "example-object"]
    assert main([*words, str(tmp_path / "missing.png")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main([*words, str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "a folder" in err and "Choose the file itself" in err and "Traceback" not in err


def test_evidence_without_an_action_is_a_usage_error(evidence_data: Path) -> None:
    result = run_module("--data-dir", str(evidence_data), "evidence")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_backup_export_zip_carries_the_files_and_json_says_it_does_not(
        evidence_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import zipfile

    from app.storage.database import Database

    with Database(evidence_data / "objector.sqlite3") as db:
        item = db.attach_evidence_bytes(1, "example-object", "", b"\x89PNG", "shot.png")
    archive = tmp_path / "backup.zip"
    assert main(["--data-dir", str(evidence_data), "backup", "export", str(archive)]) == 0
    assert "with 1 attached file(s)" in capsys.readouterr().out
    assert f"evidence/{item.sha256}" in zipfile.ZipFile(archive).namelist()
    assert main(["--data-dir", str(evidence_data), "backup", "export", str(tmp_path / "b.json")]) == 0
    assert "listed, not included" in capsys.readouterr().out
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "backup", "import", str(archive)]) == 0
    out, err = capsys.readouterr()
    assert "1 attached file(s) were copied" in out and "not in" not in err
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(archive) as old, zipfile.ZipFile(tampered, "w") as new:
        for info in old.infolist():
            new.writestr(info.filename, b"\x89PNH" if info.filename.startswith("evidence/") else
                         old.read(info))
    assert main(["--data-dir", str(tmp_path / "third"), "backup", "import", str(tampered)]) == 1
    assert f"evidence/{item.sha256}" in capsys.readouterr().err


def test_backup_help_says_what_each_form_holds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert ".zip" in out and ".json" in out and "not included" in out
