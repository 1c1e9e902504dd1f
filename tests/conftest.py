"""Test-wide set-up: offscreen Qt, and no test ever touches the real user's files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data dir, HOME and the XDG folders at a fresh temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    data_dir = home / "objector-data"
    monkeypatch.setenv("OBJECTOR_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture
def good_procedure_text() -> str:
    return (FIXTURES / "procedures" / "good" / "example-object.yaml").read_text(encoding="utf-8")
