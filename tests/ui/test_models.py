"""The item models pass Qt's model tester, and say the right things directly."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.core.checklist import Checklist
from app.core.procedures import load_catalog
from app.storage.database import Account
from app.ui.checklist_filter import ChecklistFilter
from app.ui.models import AccountListModel, ChecklistModel
from tests.conftest import FIXTURES

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


@pytest.fixture
def model() -> ChecklistModel:
    catalog = load_catalog([FIXTURES / "procedures" / "good"])
    checklist = Checklist(catalog, "facebook", "EU", [("example-object", "explain")], {})
    model = ChecklistModel()
    model.set_checklist(checklist, {("example-object", "confirm"): "Waiting since March"},
                        {"example-object": "submitted"})
    return model


def test_checklist_model_passes_the_model_tester(qtmodeltester: Any, model: ChecklistModel) -> None:
    qtmodeltester.check(model)


def test_checklist_model_data(model: ChecklistModel) -> None:
    procedure = model.index(0, 0)
    assert procedure.data() == "Object to an example platform training AI on your posts"
    assert model.index(0, 1).data() == "1 of 3 · submitted"
    assert model.rowCount(procedure) == 3 and model.rowCount(model.index(0, 1)) == 0
    explain = model.index(1, 0, procedure)
    assert explain.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(0, 0, procedure).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert explain.parent() == procedure
    assert bool(model.flags(explain) & Qt.ItemFlag.ItemIsUserCheckable)
    assert not model.flags(procedure) & Qt.ItemFlag.ItemIsUserCheckable
    assert "waiting since march" in model.index(2, 0, procedure).data(ChecklistModel.SearchTextRole)
    assert model.data(procedure, ChecklistModel.ProgressRole) == (1, 3)


def test_ticking_changes_only_the_step_and_its_procedure(qtbot: Any, model: ChecklistModel) -> None:
    changes: list[tuple[int, int, int, int, bool]] = []
    model.dataChanged.connect(lambda first, last, roles: changes.append(
        (first.row(), first.column(), last.row(), last.column(), first.parent().isValid())))
    procedure = model.index(0, 0)
    assert model.setData(model.index(0, 0, procedure), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert changes == [(0, 0, 0, 1, True), (0, 0, 0, 1, False)]
    assert model.index(0, 1).data() == "2 of 3 · submitted"
    assert not model.setData(model.index(0, 0, procedure), Qt.CheckState.Checked,
                             Qt.ItemDataRole.CheckStateRole)


def test_filter_passes_the_model_tester_while_filtering(qtmodeltester: Any, model: ChecklistModel) -> None:
    proxy = ChecklistFilter()
    proxy.setSourceModel(model)
    proxy.set_text("march")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1 and proxy.rowCount(proxy.index(0, 0)) == 1
    proxy.set_text("")
    proxy.set_hide_complete(True)
    assert proxy.rowCount() == 1
    for step in ("open-form", "confirm"):
        model.apply_tick("example-object", step, True)
    assert proxy.rowCount() == 1  # filtering is not redone on every change ...
    proxy.refilter()  # ... but when the window says a procedure was completed
    assert proxy.rowCount() == 0
    qtmodeltester.check(proxy)


def account(id_: int, label: str, platform: str) -> Account:
    return Account(id_, f"uid{id_}", label, platform, "EU", "", "", "", "", "", NOW, None)


def test_account_model(qtmodeltester: Any) -> None:
    model = AccountListModel()
    model.set_accounts([account(1, "My Facebook", "facebook"), account(2, "Art", "instagram")],
                       {1: (2, 10), 2: (0, 5)})
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "My Facebook"
    assert model.index(1, 0).data(AccountListModel.ProgressRole) == (0, 5)
    assert "2 of 10 steps done" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


class CountingFilter(ChecklistFilter):
    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:  # noqa: N802 (Qt's name)
        self.asked += 1
        return super().filterAcceptsRow(source_row, source_parent)


def test_searching_asks_about_each_procedure_not_each_step(qtmodeltester: Any, tmp_path: Any) -> None:
    from benchmarks.synthetic import write_library

    catalog = load_catalog([write_library(tmp_path / "library", count=30, steps=10)])
    model = ChecklistModel()
    model.set_checklist(Checklist(catalog, "facebook", "EU", [], {}))
    procedures = model.rowCount()
    assert procedures == 6
    proxy = CountingFilter()
    proxy.setSourceModel(model)
    proxy.asked = 0
    proxy.set_text("thing number 3")  # in the details of step 3 of every procedure
    assert proxy.rowCount() == procedures
    assert all(proxy.hasChildren(proxy.index(row, 0)) for row in range(procedures))
    # Each procedure once or twice (Qt's filter change filters the top level twice), never the 60 steps:
    # Qt's recursive filtering asked about every step as well.
    asked = proxy.asked
    assert procedures <= asked <= 2 * procedures
    first = proxy.index(0, 0)
    assert proxy.rowCount(first) == 1 and "thing number 3" in proxy.index(0, 0, first).data(
        ChecklistModel.SearchTextRole)
    assert proxy.asked == asked + 10  # the steps of the one procedure opened
    proxy.set_text("synthetic procedure number 5 for")  # a procedure's own title: all of its steps
    assert proxy.rowCount() == 1 and proxy.rowCount(proxy.index(0, 0)) == 10
    proxy.set_text("zzz")
    assert proxy.rowCount() == 0 and not proxy.hasChildren()
    proxy.set_text("thing number 3")
    qtmodeltester.check(proxy)


def test_steps_matching_agrees_with_each_steps_search_text(tmp_path: Any) -> None:
    # A search tests all of a procedure's steps at once; the answer must be what asking step by step gives,
    # notes included (a note's words find its step).
    from benchmarks.synthetic import write_library

    catalog = load_catalog([write_library(tmp_path / "library", count=12, steps=8)])
    model = ChecklistModel()
    notes: dict[tuple[str, str], str] = {}  # the account session's, which the model reads
    model.set_checklist(Checklist(catalog, "facebook", "EU", [], {}), notes)
    first = model.index(0, 0).data(ChecklistModel.ProcedureIdRole)
    step = model.index(2, 0, model.index(0, 0)).data(ChecklistModel.StepIdRole)
    notes[(first, step)] = "Asked my Sister Ruth"
    model.show_note(first, step)
    notes[(first, "")] = "whole procedure note"
    model.show_note(first, "")
    needles = ["thing number 3", "sister ruth", "ruth", "step", "zzz", "synthetic procedure", "note", "8"]
    found = 0
    for row in range(model.rowCount()):
        for needle in needles:
            expected = {s for s in range(model.step_count_at(row)) if needle in model.search_text_at(row, s)}
            assert model.steps_matching(row, needle) == expected, (row, needle)
            found += len(expected)
    assert model.steps_matching(0, "sister ruth") == {2} and model.steps_matching(1, "sister ruth") == set()
    assert found > 0 and model.steps_matching(99, "step") == set()
