"""Property-based tests: whatever the input, the loader and the backup import answer with their own clear
errors, never another exception and never a hang."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.procedures import FileResult, load_procedure_bytes
from app.storage.backup import check_backup_data, import_data, read_backup_file
from app.storage.database import Database
from app.storage.errors import BackupFileInvalid

PATH = Path("fuzz.yaml")
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                         st.text(max_size=40), st.dates().map(str))
yaml_values = st.recursive(yaml_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=12), inner, max_size=6)), max_leaves=40)


def check_result(result: FileResult, started: float) -> None:
    assert isinstance(result, FileResult)
    assert (result.procedure is None) == bool(result.problems)
    for problem in result.problems:
        assert problem.line >= 0 and problem.column >= 0 and problem.message
    assert time.perf_counter() - started < 2.0


@FAST
@given(st.binary(max_size=2000))
def test_loader_takes_any_bytes(raw: bytes) -> None:
    started = time.perf_counter()
    check_result(load_procedure_bytes(raw, PATH), started)


@FAST
@given(st.text(max_size=2000))
def test_loader_takes_any_text(text: str) -> None:
    started = time.perf_counter()
    check_result(load_procedure_bytes(text.encode("utf-8", "surrogatepass"), PATH), started)


@FAST
@given(yaml_values)
def test_loader_takes_any_yaml_structure(value: Any) -> None:
    text = json.dumps(value)  # JSON is YAML: arbitrary nesting, types and Unicode
    started = time.perf_counter()
    check_result(load_procedure_bytes(text.encode("utf-8"), PATH), started)


@FAST
@given(st.integers(min_value=1, max_value=50_000), st.sampled_from(["[", "{a: ", "- ", "&a [*a, "]))
def test_deep_nesting_is_rejected_quickly(depth: int, opener: str) -> None:
    started = time.perf_counter()
    check_result(load_procedure_bytes((opener * depth).encode(), PATH), started)


@FAST
@given(st.integers(min_value=2, max_value=12), st.integers(min_value=2, max_value=12))
def test_alias_expansion_is_bounded(levels: int, width: int) -> None:
    lines = [f"a0: &a0 [{', '.join(['x'] * width)}]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * width)}]" for n in range(1, levels)]
    started = time.perf_counter()
    check_result(load_procedure_bytes("\n".join(lines).encode(), PATH), started)


GOOD = (Path(__file__).resolve().parents[1] / "fixtures" / "procedures" / "good"
        / "example-object.yaml").read_text(encoding="utf-8")


def test_aliases_the_checker_walks_are_bounded_too() -> None:
    # 1,000 steps, each an alias of one step holding 1,000 aliased links: 12 KB that expands to a million
    # links inside `steps`, which the checker walks (the test above puts its aliases where it does not).
    head = GOOD.split("\nsteps:\n")[0]
    first = "  - id: first\n    title: First\n    links:\n      - &k {label: L, url: 'https://example.org/'}\n"
    big = "  - &s\n    id: big\n    title: Big\n    links: [" + ", ".join(["*k"] * 1000) + "]\n"
    document = head + "\nsteps:\n" + first + big + "\n".join(["  - *s"] * 1000) + "\n"
    started = time.perf_counter()
    result = load_procedure_bytes(document.encode(), PATH)
    assert time.perf_counter() - started < 1.0
    assert result.procedure is None and any("expands to more than" in p.message for p in result.problems)


@FAST
@given(st.sampled_from(["title", "summary", "template", "url", "id"]),
       st.one_of(st.text(max_size=30),
                 st.sampled_from(["0x_", "{", "}", "{name", "{0}", "{!r}", "{email:>{x}}", "1e999", ".nan",
                                  "!!binary AA", "&a *a", "2025-13-45"])))
def test_a_procedure_with_one_odd_value_gets_a_clear_answer(field: str, value: str) -> None:
    # Odd values where the checker looks: in the procedure's own fields, not only in random documents.
    lines = [f"{line.split(':')[0]}: {value}" if line.strip().startswith(f"{field}:") else line
             for line in GOOD.splitlines()]
    started = time.perf_counter()
    check_result(load_procedure_bytes("\n".join(lines).encode(), PATH), started)


def test_a_scalar_python_cannot_read_is_a_problem_not_a_crash() -> None:
    result = load_procedure_bytes(GOOD.replace("summary:", "extra: 0x_\nsummary:", 1).encode(), PATH)
    assert result.procedure is None and result.problems


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=10), inner, max_size=5)),
    max_leaves=30)
backup_like = st.fixed_dictionaries(
    {"format": st.just("objector-backup"), "version": st.integers(min_value=0, max_value=2)},
    optional={section: st.lists(st.dictionaries(st.sampled_from(
        ["uid", "account", "label", "platform", "region", "procedure_id", "step_id", "status", "at",
         "done_at", "created_at", "detail", "body", "updated_at", "visibility", "completed_steps"]),
        json_values, max_size=8),
        max_size=3) for section in ("accounts", "runs", "ticks", "notes", "evidence", "history")})


@FAST
@given(st.one_of(json_values, backup_like))
def test_backup_checks_take_any_json(value: Any) -> None:
    problems = check_backup_data(value)
    assert isinstance(problems, list) and all(isinstance(p, str) for p in problems)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(json_values, backup_like))
def test_backup_import_is_all_or_nothing(tmp_path: Path, value: Any) -> None:
    with Database(tmp_path / "objector.sqlite3") as db:
        before = (len(db.accounts(include_archived=True)), len(db.history()))
        try:
            import_data(db, value)
        except BackupFileInvalid as error:  # or imported: either, but never half
            assert "Nothing was imported" in str(error)  # noqa: PT017
            assert (len(db.accounts(include_archived=True)), len(db.history())) == before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000))
def test_backup_file_reader_takes_any_bytes(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "backup.json"
    path.write_bytes(raw)
    try:
        read_backup_file(path)
    except BackupFileInvalid as error:  # or read: any bytes get one of the two answers
        assert str(path) in str(error)  # noqa: PT017


def test_a_backup_whose_records_are_not_objects_is_refused(tmp_path: Path) -> None:
    assert check_backup_data({"format": "objector-backup", "version": 1, "ticks": [1]})
    path = tmp_path / "backup.json"
    path.write_text(json.dumps({"format": "objector-backup", "version": 1, "ticks": [1]}), encoding="utf-8")
    with Database(tmp_path / "objector.sqlite3") as db, \
            pytest.raises(BackupFileInvalid, match="Nothing was imported"):
        import_data(db, json.loads(path.read_text(encoding="utf-8")))


def test_a_deeply_nested_backup_file_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "backup.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(BackupFileInvalid) as refused:
        read_backup_file(path)
    assert str(path) in str(refused.value)
    assert time.perf_counter() - started < 2.0
