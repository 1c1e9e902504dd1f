"""Another way of doing a procedure is folded under the recommended one ("do one of these"): a row under
the recommended procedure opens to show the alternatives right after it, and closes to fold them away;
an alternative already begun, a search, or the overview choosing it shows it anyway."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.ui.main_window import MainWindow
from app.ui.models import ChecklistModel
from tests.conftest import FIXTURES
from tests.ui.conftest import Harness, click_check_box

UNFOLDED = ["Object through the form", "or: Object from the About page", "Write a letter"]
GOOD = (FIXTURES / "procedures" / "good" / "example-object.yaml").read_text(encoding="utf-8")


def procedure(procedure_id: str, title: str, extra: str = "") -> str:
    text = GOOD.replace("id: example-object", f"id: {procedure_id}", 1).replace(
        "title: Object to an example platform training AI on your posts", f"title: {title}", 1)
    return text.replace("\nsteps:\n", f"\n{extra}steps:\n", 1) if extra else text


@pytest.fixture
def folded(qtbot: Any, tmp_path: Path) -> Any:
    folder = tmp_path / "procedures" / "example"
    folder.mkdir(parents=True)
    (folder / "main-form.yaml").write_text(procedure("main-form", "Object through the form", "order: 10\n"),
                                           encoding="utf-8")
    (folder / "via-about.yaml").write_text(procedure(
        "via-about", "Object from the About page", "order: 20\nalternative_to: main-form\n"),
        encoding="utf-8")
    (folder / "by-letter.yaml").write_text(procedure("by-letter", "Write a letter", "order: 30\n"),
                                           encoding="utf-8")
    h = Harness(qtbot, tmp_path / "data", tmp_path / "procedures")
    yield h
    h.shutdown()


def shown_titles(window: MainWindow) -> list[str]:
    return [str(window.filter.index(row, 0).data()) for row in range(window.filter.rowCount())]


def fold_row(window: MainWindow, procedure_id: str = "main-form") -> QModelIndex:
    return window.filter.mapFromSource(window.checklist_model.fold_index(procedure_id))


def test_the_alternative_is_folded_under_the_recommended_route_and_opens_with_its_row(
        qtbot: Any, folded: Harness) -> None:
    window = folded.open()
    account = window.db.add_account("My Instagram", "instagram", "EU", email="kim@example.org")
    window.reload_accounts(select_id=account.id)
    assert shown_titles(window) == ["Object through the form", "Write a letter"]

    # The recommended route has, after its steps, one more row that says there is another way.
    main = window.filter.mapFromSource(window.checklist_model.index_for("main-form"))
    window.tree.setExpanded(main, True)
    row = fold_row(window)
    assert row.isValid() and row.parent() == main
    assert "Another way to do this" in str(row.data())
    assert not row.data(Qt.ItemDataRole.CheckStateRole)  # not a step to tick
    assert not window.filter.hasChildren(row)  # no branch of its own: its arrow is its icon
    folded_icon = row.data(Qt.ItemDataRole.DecorationRole).cacheKey()

    # Enter on that row opens it: the alternative appears right after the recommended route.
    window.tree.setFocus()
    window.tree.setCurrentIndex(row)
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert shown_titles(window) == UNFOLDED
    row = fold_row(window)
    assert "shown below" in str(row.data())
    assert row.data(Qt.ItemDataRole.DecorationRole).cacheKey() != folded_icon  # its arrow turned
    assert window.tree.currentIndex() == row  # the user's place is kept

    # Enter again folds the alternative away again.
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert shown_titles(window) == ["Object through the form", "Write a letter"]

    # A click on the row opens it; a double click opens and closes it once each, never twice.
    rect = window.tree.visualRect(fold_row(window))
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown_titles(window) == UNFOLDED
    rect = window.tree.visualRect(fold_row(window))
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown_titles(window) == ["Object through the form", "Write a letter"]
    rect = window.tree.visualRect(fold_row(window))
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click:
    qtbot.mouseDClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # its second half
    assert shown_titles(window) == UNFOLDED  # opened by the first press; the second half did not close it
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    window.tree.setCurrentIndex(fold_row(window))

    # Space on the row toggles it too, as it ticks a step.
    window.tree.setCurrentIndex(fold_row(window))
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    assert "or: Object from the About page" in shown_titles(window)

    # An alternative the account has begun is never folded away.
    alternative = window.filter.mapFromSource(window.checklist_model.index_for("via-about"))
    window.tree.setExpanded(alternative, True)
    step = window.checklist_model.entries()[1].procedure.step_ids[0]
    click_check_box(qtbot, window, "via-about", step)
    window.tree.setCurrentIndex(fold_row(window))
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    window.reload_accounts(select_id=account.id)
    assert shown_titles(window) == UNFOLDED


def test_a_search_and_choosing_the_alternative_show_it(qtbot: Any, folded: Harness) -> None:
    window = folded.open()
    account = window.db.add_account("My Instagram", "instagram", "EU", email="kim@example.org")
    window.reload_accounts(select_id=account.id)
    window.search_edit.setText("about page")
    assert shown_titles(window) == ["or: Object from the About page"]
    window.search_edit.clear()
    assert shown_titles(window) == ["Object through the form", "Write a letter"]

    # The overview (or a link) choosing the folded alternative unfolds it and selects it.
    assert window.checklist_pane.choose("via-about")
    assert "or: Object from the About page" in shown_titles(window)
    current = window.filter.mapToSource(window.tree.currentIndex())
    assert current.data(ChecklistModel.ProcedureIdRole) == "via-about"
    assert "shown below" in str(fold_row(window).data())

    # Another account starts folded; coming back to this one keeps it unfolded.
    other = window.db.add_account("Art", "instagram", "EU", email="art@example.org")
    window.reload_accounts(select_id=other.id)
    assert shown_titles(window) == ["Object through the form", "Write a letter"]


def test_without_alternatives_no_fold_row(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "procedures" / "example"
    folder.mkdir(parents=True)
    shutil.copy(FIXTURES / "procedures" / "good" / "example-object.yaml", folder)
    h = Harness(qtbot, tmp_path / "data", tmp_path / "procedures")
    try:
        window = h.open()
        account = window.db.add_account("Mine", "facebook", "EU", email="kim@example.org")
        window.reload_accounts(select_id=account.id)
        entry = window.checklist_model.entries()[0]
        parent = window.checklist_model.index_for(entry.procedure.id)
        assert window.checklist_model.rowCount(parent) == len(entry.procedure.steps)
        assert not window.checklist_model.fold_index(entry.procedure.id).isValid()
    finally:
        h.shutdown()
