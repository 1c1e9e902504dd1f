"""Issue 18, smaller things seen on the same walk: a search that finds nothing says so, Escape clears it, the
words found are marked in the rows; a click on a check box also chooses its row; the details open at the top
of each new step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette

from app.ui.browser import SafeBrowser
from app.ui.main_window import MainWindow
from app.ui.models import ChecklistModel
from app.ui.search_highlight import SearchHighlightDelegate, match_ranges
from tests.conftest import REPO
from tests.ui.conftest import Harness, click_check_box


@pytest.fixture
def bundled(qtbot: Any, tmp_path: Path) -> Iterator[Harness]:
    h = Harness(qtbot, tmp_path / "data", REPO / "procedures")
    yield h
    h.shutdown()


def add(window: MainWindow, label: str = "My Facebook") -> int:
    account = window.db.add_account(label, "facebook", "EU", email="kim@example.org", full_name="Kim Berger")
    window.reload_accounts(select_id=account.id)
    return int(account.id)


def row_of(window: MainWindow, procedure_id: str, step_id: str = "") -> QModelIndex:
    return window.filter.mapFromSource(window.checklist_model.index_for(procedure_id, step_id or None))


def click_row(qtbot: Any, window: MainWindow, index: QModelIndex) -> None:
    if index.parent().isValid():
        window.tree.setExpanded(index.parent(), True)
    window.tree.scrollTo(index)
    center = window.tree.visualRect(index).center()
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=center)


def selected_ids(window: MainWindow) -> tuple[str, str] | None:
    rows = window.tree.selectionModel().selectedRows()
    if not rows:
        return None
    source = window.filter.mapToSource(rows[0])
    return (source.data(ChecklistModel.ProcedureIdRole), source.data(ChecklistModel.StepIdRole) or "")


def two_steps(window: MainWindow) -> tuple[tuple[str, str], tuple[str, str]]:
    """A step of the account's first procedure and one of its second (whatever the library lists)."""
    entries = window.checklist_model.entries()
    assert len(entries) >= 2 and entries[0].procedure.steps and entries[1].procedure.steps
    return ((entries[0].procedure.id, entries[0].procedure.step_ids[-1]),
            (entries[1].procedure.id, entries[1].procedure.step_ids[0]))


def step_title(window: MainWindow, ids: tuple[str, str]) -> str:
    procedure = window.catalog.get(ids[0])
    assert procedure is not None
    return procedure.step(ids[1]).title


# --- nothing found, and Escape ------------------------------------------------------------------------------


def test_a_search_that_finds_nothing_says_so_and_escape_clears_it(qtbot: Any, bundled: Harness) -> None:
    window = bundled.open()
    add(window)
    pane = window.checklist_pane
    chosen, _other = two_steps(window)
    click_row(qtbot, window, row_of(window, *chosen))
    assert pane.no_matches.isHidden()

    qtbot.keyClicks(window.search_edit, "privacy")  # finds something: no notice
    assert window.filter.rowCount() > 0 and pane.no_matches.isHidden()
    qtbot.keyClicks(window.search_edit, "xylophone")
    assert window.filter.rowCount() == 0
    assert pane.no_matches.isVisibleTo(window)
    assert "No matches" in pane.no_matches.text()
    assert "privacyxylophone" in pane.no_matches.text() and "Esc" in pane.no_matches.text()

    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.search_edit.text() == ""
    assert pane.no_matches.isHidden()
    assert selected_ids(window) == chosen  # the chosen row comes back
    assert window.details.target is not None and window.details.target[1:] == chosen


def test_the_notice_escapes_what_was_typed(qtbot: Any, bundled: Harness) -> None:
    window = bundled.open()
    add(window)
    qtbot.keyClicks(window.search_edit, "<b>zq</b>")
    text = window.checklist_pane.no_matches.text()
    assert "&lt;b&gt;zq&lt;/b&gt;" in text and "<b>zq" not in text


def test_escape_in_the_tree_clears_the_search_and_keeps_the_focus_there(qtbot: Any, bundled: Harness) -> None:
    window = bundled.open()
    add(window)
    chosen, _other = two_steps(window)
    click_row(qtbot, window, row_of(window, *chosen))
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, step_title(window, chosen))
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Tab)
    assert window.tree.hasFocus()
    assert window.filter.text and selected_ids(window) == chosen
    qtbot.keyClick(window.tree, Qt.Key.Key_Escape)
    assert window.search_edit.text() == "" and window.filter.text == ""
    assert window.tree.hasFocus()
    assert selected_ids(window) == chosen
    qtbot.keyClick(window.tree, Qt.Key.Key_Escape)  # no search: nothing happens
    assert selected_ids(window) == chosen and window.tree.hasFocus()


# --- the words found, highlighted ---------------------------------------------------------------------------


def test_match_ranges() -> None:
    assert match_ranges("Open the objection form", "form") == [(19, 23)]
    assert match_ranges("Open the objection FORM", "Form") == [(19, 23)]
    assert match_ranges("form a form, reform", "form") == [(0, 4), (7, 11), (15, 19)]
    assert match_ranges("aaaa", "aa") == [(0, 4)]  # touching matches are one range
    assert match_ranges("aaa", "aa") == [(0, 2)]  # never overlapping
    assert match_ranges("Straße offen", "sse") == [(4, 6)]  # "ß" folds to "ss": ranges in the text itself
    assert match_ranges("Straße offen", "offen") == [(7, 12)]
    assert match_ranges("anything", "") == []
    assert match_ranges("", "x") == []
    assert match_ranges("Open the form", "xylophone") == []


def test_the_tree_paints_the_search_with_the_palettes_highlight(qtbot: Any, bundled: Harness) -> None:
    window = bundled.open()
    window.resize(1200, 760)  # wide enough for the whole title: a word cut off by "…" is not painted
    add(window)
    tree = window.tree
    delegate = tree.itemDelegate()
    assert isinstance(delegate, SearchHighlightDelegate) and delegate is window.checklist_pane.delegate
    assert delegate.needle == ""
    palette = tree.palette()
    marker = QColor(255, 0, 255)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, marker)
    tree.setPalette(palette)
    window.tree.selectionModel().clear()  # no selected row: only the matches use the highlight

    def marked_rows() -> set[int]:
        image = tree.viewport().grab().toImage()
        return {y for y in range(image.height()) for x in range(0, image.width(), 2)
                if image.pixelColor(x, y) == marker}

    assert not marked_rows()
    _chosen, other = two_steps(window)
    word = max(step_title(window, other).split(), key=len)
    qtbot.keyClicks(window.search_edit, word)
    assert delegate.needle == word.casefold()
    window.tree.selectionModel().clear()
    marked = marked_rows()
    row = row_of(window, *other)
    assert row.isValid()
    tree.scrollTo(row)
    rect = tree.visualRect(row)
    marked = marked_rows()
    assert any(rect.top() <= y <= rect.bottom() for y in marked)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert delegate.needle == ""
    window.tree.selectionModel().clear()
    assert not marked_rows()


# --- a click on a check box chooses its row -----------------------------------------------------------------


def test_a_click_on_a_check_box_ticks_it_once_and_chooses_its_row(qtbot: Any, bundled: Harness) -> None:
    window = bundled.open()
    account = add(window)
    chosen, other = two_steps(window)
    click_row(qtbot, window, row_of(window, *chosen))

    click_check_box(qtbot, window, *other)
    assert set(window.db.ticks(account)) == {other}  # ticked, once
    assert row_of(window, *other).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert selected_ids(window) == other
    assert window.details.target == (account, *other)
    assert step_title(window, other) in window.details.browser.toPlainText()
    assert window.undo_stack.count() == 1

    # The keyboard still ticks the current row: Space unticks it, Ctrl+D ticks it again.
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    assert window.db.ticks(account) == {}
    qtbot.keyClick(window.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert set(window.db.ticks(account)) == {other}
    assert selected_ids(window) == other


# --- the details open at the top ----------------------------------------------------------------------------


def test_the_browser_opens_new_text_at_the_top_and_keeps_its_place_for_the_same(qtbot: Any) -> None:
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.resize(300, 120)
    browser.show()
    long_text = "\n\n".join(f"Paragraph {n} of a long step." for n in range(60))
    browser.set_markdown(long_text)
    bar = browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    place = bar.value()
    browser.set_markdown(long_text)  # the same step refreshed after a tick
    assert bar.value() == place > 0
    browser.set_markdown(long_text + "\n\nAnother step.")
    assert bar.value() == 0


def test_the_details_open_at_the_top_of_another_step_and_stay_put_on_a_tick(qtbot: Any,
                                                                           bundled: Harness) -> None:
    window = bundled.open()
    add(window)
    chosen, other = two_steps(window)
    click_row(qtbot, window, row_of(window, *chosen))
    browser = window.details.browser
    browser.setFixedHeight(40)  # a short pane: the step's text scrolls
    bar = browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    place = bar.value()
    click_check_box(qtbot, window, *chosen)  # the shown step, ticked: the pane is refreshed
    assert row_of(window, *chosen).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert bar.value() == place > 0
    click_row(qtbot, window, row_of(window, *other))
    assert window.details.target is not None and window.details.target[1:] == other
    assert bar.value() == 0
