"""The checklist's filter: the search (titles, details, templates and notes), "hide completed", and the
alternatives folded away under the procedure they are another way of doing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel

from app.ui.models import AnyIndex, ChecklistModel


class ChecklistFilter(QSortFilterProxyModel):
    """Filters the checklist by text (titles, details, templates and notes) and can hide finished ones.

    Which rows pass is worked out in Python a procedure at a time, when the proxy first asks about that
    procedure, and kept until the filter or the data changes. Qt's recursive filtering would instead ask
    about every step of every procedure, one call from C++ each: some 4,000 calls per keystroke on a large
    library, most of the time spent filtering.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._hide_complete = False
        # procedure row -> None: shown with all its steps; a set of step rows: shown with those (none: hidden)
        self._shown: dict[int, frozenset[int] | None] = {}
        # Filtering is redone when the search text or "hide completed" changes, and by refilter() when a tick
        # completes a procedure or a note changes; not on every dataChanged, which on a large library
        # would re-test hundreds of rows for each tick.
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: Any) -> None:  # noqa: N802 (Qt's name)
        previous = self.sourceModel()
        if previous is not None:
            previous.modelAboutToBeReset.disconnect(self._shown.clear)
        super().setSourceModel(model)
        if model is not None:
            model.modelAboutToBeReset.connect(self._shown.clear)

    def refilter(self) -> None:
        """Apply the filter again after the data it looks at changed."""
        if self._needle or self._hide_complete:
            self._change_filter(lambda: None)

    def set_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._change_filter(lambda: setattr(self, "_needle", needle))

    def set_hide_complete(self, hide: bool) -> None:
        if hide != self._hide_complete:
            self._change_filter(lambda: setattr(self, "_hide_complete", hide))

    def _change_filter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self._shown.clear()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self._shown.clear()
            self.invalidateRowsFilter()

    @property
    def text(self) -> str:
        return self._needle

    @property
    def hide_complete(self) -> bool:
        return self._hide_complete

    def _filtering(self) -> bool:
        return bool(self._needle) or self._hide_complete

    def _steps_shown(self, procedure_row: int) -> frozenset[int] | None:
        """Which steps of a procedure pass: None for all of them; an empty set hides the procedure."""
        if procedure_row in self._shown:
            return self._shown[procedure_row]
        model: ChecklistModel = self.sourceModel()  # type: ignore[assignment]
        needle = self._needle
        shown: frozenset[int] | None
        if self._hide_complete and model.complete_at(procedure_row):
            shown = frozenset()
        elif not needle or needle in model.search_text_at(procedure_row, None):
            shown = None  # a matching procedure keeps all its steps
        else:
            shown = model.steps_matching(procedure_row, needle)
        self._shown[procedure_row] = shown
        return shown

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802 (Qt's name)
        # The view asks this for every procedure row it lays out. The proxy's own answer would map (filter)
        # all of that procedure's steps; the answer is known without that.
        source = self.sourceModel()
        if source is None:
            return False
        if not parent.isValid():
            return self.rowCount() > 0
        source_parent = self.mapToSource(parent)
        if not self._filtering() or source_parent.parent().isValid() or source_parent.column() != 0:
            return source.hasChildren(source_parent)
        shown = self._steps_shown(source_parent.row())
        if shown is None:
            return source.hasChildren(source_parent)
        # A hidden procedure is only asked about while the proxy is removing it: its own answer agrees with
        # the rows it still has.
        return True if shown else super().hasChildren(parent)

    def refold(self, _done: object = None) -> None:
        """Apply the filter again after alternatives were shown or folded away (`_done`: what did it)."""
        self._change_filter(lambda: None)

    def _folded_away(self, source_row: int) -> bool:
        """An alternative not begun, to a procedure whose alternatives are folded (a search shows it)."""
        model: ChecklistModel = self.sourceModel()  # type: ignore[assignment]
        if self._needle or not model.folds_alternatives():
            return False
        parent = model.alternative_parent_at(source_row)
        return parent is not None and not model.unfolded(parent)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802 (Qt's name)
        if not self._needle and not self._hide_complete:
            return source_parent.isValid() or not self._folded_away(source_row)
        if source_parent.isValid():  # a step
            shown = self._steps_shown(source_parent.row())
            return shown is None or source_row in shown
        return not self._folded_away(source_row) and self._steps_shown(source_row) != frozenset()
