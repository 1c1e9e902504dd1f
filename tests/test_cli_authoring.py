"""Writing procedures without code: the starter file and the Markdown import from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.core.procedures import load_procedure_file


def test_new_procedure_writes_a_valid_commented_starter(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "new-procedure", "my-check", "--platform", "linkedin"]) == 0
    target = tmp_path / "procedures" / "mine" / "my-check.yaml"
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# A new Objector procedure") and "TODO" in text
    result = load_procedure_file(target)
    assert result.problems == [] and result.procedure is not None
    assert result.procedure.id == "my-check" and result.procedure.platforms == ("linkedin",)
    assert main(["--data-dir", str(tmp_path), "validate"]) == 0
    assert main(["--data-dir", str(tmp_path), "new-procedure", "my-check"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path), "new-procedure", "Bad Id"]) == 2


def test_import_markdown_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "list.md"
    source.write_text("# My list\n\n- [ ] Open [settings](https://example.org/s)\n- [x] Switch it off\n",
                      encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "d"), "import-markdown", str(source), "--platform", "x"]) == 0
    target = tmp_path / "d" / "procedures" / "imported" / "my-list.yaml"
    procedure = load_procedure_file(target).procedure
    assert procedure is not None and len(procedure.steps) == 2 and procedure.platforms == ("x",)
    assert "2 step(s) (1 were ticked" in capsys.readouterr().err
    empty = tmp_path / "empty.md"
    empty.write_text("nothing here\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "d"), "import-markdown", str(empty)]) == 1
    assert "no checklist items" in capsys.readouterr().err
    latin = tmp_path / "latin.md"
    latin.write_bytes(b"- [ ] caf\xe9\n")
    assert main(["--data-dir", str(tmp_path / "d"), "import-markdown", str(latin)]) == 2
