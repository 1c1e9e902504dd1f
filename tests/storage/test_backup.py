"""Export to JSON and import back: round trips exactly, merges, and rejects bad files changing nothing."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.storage.backup import export_data, export_file, import_data, import_file
from app.storage.database import Database
from app.storage.errors import BackupFileInvalid


def comparable(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key != "exported_at"}


@pytest.fixture
def filled(tmp_path: Path) -> Database:
    start = dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)
    moments = iter(start + dt.timedelta(seconds=s) for s in range(10_000))
    db = Database(tmp_path / "a" / "objector.sqlite3", clock=lambda: next(moments))
    fb = db.add_account("My Facebook", "facebook", "EU", email="me@example.org", group_name="g1",
                        letters_language="de")
    ig = db.add_account("Art Instagram", "instagram", "UK", handle="@art", group_name="g1")
    db.set_tick(fb.id, "p1", "s1", True)
    db.set_tick(fb.id, "p1", "s2", True)
    db.set_tick(fb.id, "p1", "s2", False)
    db.set_tick(ig.id, "p2", "s1", True)
    db.set_status(fb.id, "p1", "submitted", reference="REF 1")
    db.set_visibility(ig.id, "p3", "hidden")
    db.record_completion(fb.id, "p1", "feedbeef", ("s1",))
    db.set_note(fb.id, "Compte principal — 日本語 ✓")
    db.set_note(fb.id, "run", "p1")
    db.set_note(fb.id, "step", "p1", "s1")
    evidence = tmp_path / "shot.png"
    evidence.write_bytes(b"\x89PNG fake")
    db.attach_evidence(fb.id, "p1", "s1", evidence)
    db.archive_account(ig.id)
    yield db
    db.close()


def test_round_trip_into_an_empty_store_is_equal(filled: Database, tmp_path: Path) -> None:
    exported = export_file(filled, tmp_path / "backup.json")
    with Database(tmp_path / "b" / "objector.sqlite3") as empty:
        summary = import_file(empty, tmp_path / "backup.json")
        assert summary.accounts_added == 2 and summary.ticks_added == 2
        assert summary.evidence_files_missing == 1
        assert comparable(export_data(empty)) == comparable(exported)
    assert len(exported["history"]) == len(filled.history())
    assert json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))["format"] == "objector-backup"


def test_the_letters_language_travels_and_older_backups_without_it_import(filled: Database,
                                                                           tmp_path: Path) -> None:
    exported = export_data(filled)
    assert [account["letters_language"] for account in exported["accounts"]] == ["de", ""]
    older = copy.deepcopy(exported)
    for account in older["accounts"]:
        del account["letters_language"]  # a backup made before the field existed
    with Database(tmp_path / "c" / "objector.sqlite3") as empty:
        import_data(empty, older)
        assert [account.letters_language for account in empty.accounts(include_archived=True)] == ["", ""]
    wrong = copy.deepcopy(exported)
    wrong["accounts"][0]["letters_language"] = "klingon"
    with Database(tmp_path / "d" / "objector.sqlite3") as empty:
        with pytest.raises(BackupFileInvalid) as caught:
            import_data(empty, wrong)
        assert "letters_language is not a language" in str(caught.value) and empty.accounts() == []


def test_importing_twice_adds_nothing(filled: Database, tmp_path: Path) -> None:
    export_file(filled, tmp_path / "backup.json")
    before = comparable(export_data(filled))
    summary = import_file(filled, tmp_path / "backup.json")
    assert (summary.accounts_added, summary.ticks_added, summary.history_added) == (0, 0, 0)
    assert comparable(export_data(filled)) == before


def test_import_merges_into_an_existing_store(filled: Database, tmp_path: Path) -> None:
    export_file(filled, tmp_path / "backup.json")
    with Database(tmp_path / "c" / "objector.sqlite3") as other:
        own = other.add_account("Threads", "threads", "EU")
        other.set_tick(own.id, "p9", "x", True)
        import_file(other, tmp_path / "backup.json")
        labels = sorted(a.label for a in other.accounts(include_archived=True))
        assert labels == ["Art Instagram", "My Facebook", "Threads"]
        assert ("p9", "x") in other.ticks(own.id)


def damaged_variants(data: dict[str, Any]) -> list[Any]:
    variants: list[Any] = []
    bad_status = copy.deepcopy(data)
    bad_status["runs"][0]["status"] = "bogus"
    variants.append(bad_status)
    dangling = copy.deepcopy(data)
    dangling["ticks"][0]["account"] = "no-such-account"
    variants.append(dangling)
    wrong_type = copy.deepcopy(data)
    wrong_type["notes"][0]["body"] = 12
    variants.append(wrong_type)
    naive_time = copy.deepcopy(data)
    naive_time["history"][0]["at"] = "2025-06-01T00:00:00"
    variants.append(naive_time)
    newer = copy.deepcopy(data)
    newer["version"] = 99
    variants.append(newer)
    missing = copy.deepcopy(data)
    del missing["accounts"]
    variants.append(missing)
    variants.append({"name": "some-package", "version": "1.0.0"})
    variants.append([1, 2, 3])
    return variants


def test_damaged_or_foreign_files_change_nothing(filled: Database, tmp_path: Path) -> None:
    exported = export_data(filled)
    before = comparable(export_data(filled))
    files: list[Path] = []
    for index, variant in enumerate(damaged_variants(exported)):
        path = tmp_path / f"bad{index}.json"
        path.write_text(json.dumps(variant), encoding="utf-8")
        files.append(path)
    truncated = tmp_path / "truncated.json"
    truncated.write_text(json.dumps(exported)[: 500], encoding="utf-8")
    files.append(truncated)
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    files.append(binary)
    for path in files:
        with pytest.raises(BackupFileInvalid) as caught:
            import_file(filled, path)
        assert str(path) in str(caught.value) and "Nothing was imported" in str(caught.value)
        assert comparable(export_data(filled)) == before, path


def test_a_failure_halfway_rolls_everything_back(filled: Database, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    exported = export_data(filled)
    with Database(tmp_path / "d" / "objector.sqlite3") as target:
        target.add_account("Mine", "facebook", "EU")
        before = comparable(export_data(target))
        monkeypatch.setattr(json, "dumps", _failing_dumps_after(3))
        with pytest.raises(ValueError, match="simulated failure"):
            import_data(target, exported)
        monkeypatch.undo()
        assert comparable(export_data(target)) == before


def _failing_dumps_after(count: int) -> Any:
    real = json.JSONEncoder
    calls = {"n": 0}

    def dumps(value: Any, **kwargs: Any) -> str:
        calls["n"] += 1
        if calls["n"] > count:
            raise ValueError("simulated failure while importing")
        return real(**{k: v for k, v in kwargs.items() if k in ("ensure_ascii", "sort_keys")}).encode(value)

    return dumps


def test_cli_round_trip(filled: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source_dir = filled.path.parent
    expected = comparable(export_data(filled))
    filled.close()
    out = tmp_path / "cli-backup.json"
    assert main(["--data-dir", str(source_dir), "backup", "export", str(out)]) == 0
    assert "Exported 2 account(s)" in capsys.readouterr().out
    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), "backup", "import", str(out)]) == 0
    assert "2 new account(s)" in capsys.readouterr().out
    with Database(fresh / "objector.sqlite3") as db:
        assert comparable(export_data(db)) == expected
    (tmp_path / "foreign.json").write_text('{"hello": 1}', encoding="utf-8")
    assert main(["--data-dir", str(fresh), "backup", "import", str(tmp_path / "foreign.json")]) == 1
    assert "not a usable Objector backup" in capsys.readouterr().err
