"""A regular (not editable) install carries the procedures and resources and works from any folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.mark.slow
def test_regular_install_runs_from_any_folder(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(
        ".git", ".venv*", "build", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis"))
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(source)],
        check=True, capture_output=True, text=True, timeout=300,
    )
    assert (target / "app" / "_bundled" / "procedures" / "procedure.schema.json").is_file()
    assert (target / "app" / "_bundled" / "resources").is_dir()
    script = target / "bin" / "objector"
    assert script.is_file()

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "OBJECTOR_DATA_DIR": str(tmp_path / "data")}
    listed = subprocess.run([sys.executable, "-m", "app", "list", "--json"], cwd=elsewhere, env=env,
                            capture_output=True, text=True, timeout=60, check=True)
    rows = json.loads(listed.stdout)
    assert rows, "the installed copy found no procedures"
    assert all(row["file"].startswith(str(target)) for row in rows)
    checked = subprocess.run([sys.executable, str(script), "validate"], cwd=elsewhere, env=env,
                             capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # Every file of the installed library: the guides, their translations and the providers' news.
    library = Path(rows[0]["file"]).parents[1]
    files = len([path for path in library.rglob("*") if path.suffix in (".yaml", ".yml")])
    assert files > len(rows) and f"{files} file(s) checked: all valid" in checked.stderr
