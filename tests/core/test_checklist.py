"""Checklist rules without Qt: what an account sees, progress, completion, changes, templates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.core.checklist import Checklist, changes_since_completion, fill_template
from app.core.procedures import load_catalog, load_procedure_bytes
from tests.conftest import FIXTURES

CATALOG = load_catalog([FIXTURES / "procedures" / "good"])


def test_applicable_procedures_are_shown_and_hidden_ones_listed() -> None:
    shown = Checklist(CATALOG, "facebook", "UK", [], {})
    assert [e.procedure.id for e in shown.entries] == ["example-object"]
    hidden = Checklist(CATALOG, "facebook", "UK", [], {"example-object": "hidden"})
    assert hidden.entries == [] and [p.id for p in hidden.hidden] == ["example-object"]
    elsewhere = Checklist(CATALOG, "facebook", "US", [], {})
    assert elsewhere.entries == []
    added = Checklist(CATALOG, "threads", "US", [], {"example-object": "added"})
    assert added.entries[0].added_by_hand


def test_progress_and_completion_ignore_optional_steps(good_procedure_text: str, tmp_path: Path) -> None:
    text = good_procedure_text.replace("    optional: false\n", "    optional: true\n")
    (tmp_path / "p.yaml").write_text(text, encoding="utf-8")
    catalog = load_catalog([tmp_path])
    checklist = Checklist(catalog, "facebook", "EU", [("example-object", "open-form")], {})
    entry = checklist.entries[0]
    assert (entry.done_count, entry.total, entry.complete) == (1, 3, False)
    assert checklist.set_done("example-object", "explain", True) is True
    assert entry.complete and checklist.progress() == (2, 3)
    assert checklist.set_done("example-object", "explain", False) is True
    assert checklist.set_done("missing", "x", True) is False


def test_orphan_ticks_are_reported() -> None:
    ticks = [("example-object", "gone"), ("example-object", "explain")]
    checklist = Checklist(CATALOG, "facebook", "EU", ticks, {})
    assert checklist.entries[0].orphans() == ["gone"]
    assert checklist.entries[0].done_count == 1


def test_changes_since_completion(good_procedure_text: str) -> None:
    procedure = load_procedure_bytes(good_procedure_text.encode(), Path("p.yaml")).procedure
    assert procedure is not None
    assert changes_since_completion(procedure, None, []) is None
    assert changes_since_completion(procedure, procedure.fingerprint, procedure.step_ids) is None
    change = changes_since_completion(procedure, "old", ["open-form", "explain", "removed"])
    assert change is not None
    assert [s.id for s in change.new_steps] == ["confirm"] and change.removed_steps == ("removed",)


def test_fill_template_marks_missing_values() -> None:
    text = fill_template("I am {name} <{email}> from {country}, on {date}.", {"name": "Sam", "email": ""},
                         today=dt.date(2026, 11, 22))
    assert text == "I am Sam <[email]> from [country], on 2026-11-22."
