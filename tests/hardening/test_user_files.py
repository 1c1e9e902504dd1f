"""Every file Objector reads on the user's behalf is a regular file read with a bound, and every file it
writes goes where the user said and only there.

Seen: a FIFO named `*.yaml` or a link to /dev/zero in a procedure folder, an evidence file or a Markdown
file hung the command or the window, or ran out of memory (the size check came after reading); evidence was
hashed and copied in two reads; the PDF report wrote a fixed `.NAME.pdf.part` and followed a link planted
there, and `-o` onto a link or a device node replaced it with a regular file."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage.database import Database
from app.storage.errors import StoreError
from tests.conftest import FIXTURES, REPO


def objector(*words: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), *words], capture_output=True,
                          text=True, env=env, timeout=60, cwd=REPO)


@pytest.fixture
def traps(tmp_path: Path) -> Path:
    """A folder with a FIFO, a link to /dev/zero and a folder, each named like a file Objector reads."""
    folder = tmp_path / "traps"
    folder.mkdir()
    os.mkfifo(folder / "pipe.yaml")
    os.symlink("/dev/zero", folder / "zero.yaml")
    (folder / "folder.yaml").mkdir()
    return folder


def test_a_procedure_folder_with_a_fifo_and_dev_zero_is_checked_without_hanging(tmp_path: Path,
                                                                                 traps: Path) -> None:
    (traps / "good.yaml").write_bytes((FIXTURES / "procedures" / "good" / "example-object.yaml").read_bytes())
    result = objector("validate", str(traps), data=tmp_path / "data")
    assert result.returncode == 1
    assert "pipe.yaml" in result.stdout and "not a regular file" in result.stdout
    assert "zero.yaml" in result.stdout
    listed = objector("--procedures", str(traps), "list", data=tmp_path / "data")
    assert listed.returncode == 0 and "example-object" in listed.stdout


@pytest.mark.parametrize("name", ["pipe.yaml", "zero.yaml", "folder.yaml"])
def test_evidence_that_is_not_a_regular_file_is_refused(tmp_path: Path, traps: Path, name: str) -> None:
    with Database(tmp_path / "data" / "objector.sqlite3") as db:
        account = db.add_account("a", "facebook", "EU")
        with pytest.raises(StoreError) as raised:
            db.attach_evidence(account.id, "p", "", traps / name)
        assert str(traps / name) in str(raised.value) and "not a regular file" in raised.value.problem
        assert db.evidence(account.id) == []
        assert not any(path.is_file() for path in db.evidence_dir.rglob("*"))  # nothing half-written


def test_evidence_is_stored_under_the_hash_of_the_bytes_stored(tmp_path: Path) -> None:
    source = tmp_path / "screenshot.png"
    source.write_bytes(os.urandom(3 << 20))
    with Database(tmp_path / "data" / "objector.sqlite3") as db:
        account = db.add_account("a", "facebook", "EU")
        evidence = db.attach_evidence(account.id, "p", "", source)
        stored = db.evidence_path(evidence.sha256)
        source.unlink()  # the store keeps its own copy
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == evidence.sha256
        assert evidence.size == 3 << 20 and stored.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("name", ["pipe.yaml", "zero.yaml", "folder.yaml"])
def test_a_markdown_checklist_that_is_not_a_regular_file_is_refused_at_once(tmp_path: Path, traps: Path,
                                                                           name: str) -> None:
    result = objector("import-markdown", str(traps / name), data=tmp_path / "data")
    assert result.returncode == 2 and "not a regular file" in result.stderr


@pytest.mark.parametrize("words", [["report", "--format", "md", "-o"], ["report", "--format", "pdf", "-o"],
                                   ["calendar", "-o"], ["backup", "export"]])
def test_writing_onto_a_link_or_a_device_is_refused(tmp_path: Path, words: list[str]) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "out.file"
    os.symlink(victim, link)
    result = objector(*words, str(link), data=tmp_path / "data")
    assert result.returncode == 1, result.stderr
    assert "not a regular file" in result.stderr
    assert link.is_symlink() and victim.read_text() == "keep me"
    device = objector(*words, "/dev/null", data=tmp_path / "data")
    assert device.returncode == 1 and Path("/dev/null").is_char_device()


def test_the_pdf_never_follows_a_link_planted_where_its_temporary_file_was(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    victim.chmod(0o644)
    os.symlink(victim, tmp_path / ".report.pdf.part")  # the old fixed temporary name
    result = objector("report", "-o", str(tmp_path / "report.pdf"), data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert victim.read_text() == "keep me" and victim.stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part") and not p.is_symlink()] == []


@pytest.mark.parametrize("name", ["pipe.yaml", "zero.yaml", "folder.yaml"])
def test_a_backup_file_that_is_not_a_regular_file_is_refused_at_once(tmp_path: Path, traps: Path,
                                                                     name: str) -> None:
    result = objector("backup", "import", str(traps / name), data=tmp_path / "data")
    assert result.returncode == 1 and "Nothing was imported" in result.stderr
    assert str(traps / name) in result.stderr
