"""Qt item models over the plain-Python accounts and checklist.

The checklist is a two-level tree (procedure -> steps). Index internal ids encode the level: 0 for a
procedure row, procedure row + 1 for a step row, so no Python object has to outlive Qt's pointers.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from app import paths
from app.core.checklist import Checklist, Entry
from app.core.words import PLATFORM_NAMES, STATUS_LABELS, Words
from app.storage.database import Account
from app.ui.locale_text import day_text

AnyIndex = QModelIndex | QPersistentModelIndex

PLATFORMS = ("facebook", "instagram", "threads", "whatsapp", "messenger", "meta-ai")


# The translation context of every string Objector shows. pyside6-lupdate files each `tr("...")` call of a
# .py file under the empty context, whatever function or class it is in, so the window looks strings up
# there too. A table of strings translated where they are shown marks each with `QT_TRANSLATE_NOOP("", ...)`
# (app.core.words' marker, typed as returning str; Qt's own works as well): lupdate only extracts a call whose
# context is a literal, so write "" itself there, never this name. tests/ui/test_translatable.py checks both.
TR_CONTEXT = ""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language. Call it with a string literal (a template with `{names}`, filled by
    `.format` afterwards), so that lupdate extracts it; or with a value from a table whose entries are marked
    with `QT_TRANSLATE_NOOP("", ...)`. Never with text built at run time: no translation would match it.

    A count goes in `n`, with `%n` in the text where the number goes: `tr("%n day(s)", "", days)`. lupdate
    then files the string with a form per plural of the language (Polish has three), and English's own
    forms ("1 day", "8 days") come from resources/translations/objector_en.ts."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def words_text(words: Words) -> str:
    """Words from the core (an English template and its values), translated and filled in. A translation
    whose `{names}` do not match the template's is not used: the English is shown instead of an error."""
    values = {name: day_text(value) for name, value in words.values}  # days as the language writes them
    try:
        return tr(words.template).format_map(values)
    except (KeyError, IndexError, ValueError):
        return words.template.format_map(values)


def day_count(days: int) -> str:
    """"1 day", "8 days": a count of days in plain words, not "day(s)"."""
    return tr("%n day(s)", "", days)


def platform_label(platform: str) -> str:
    """A platform's name; one Objector has no name for (from a procedure file) as its id, capitalised."""
    name = PLATFORM_NAMES.get(platform)
    return tr(name) if name is not None else platform.replace("-", " ").title()


def platform_choices(catalog_platforms: set[str]) -> list[str]:
    """Meta's platforms first (the most common reason to come), then the rest by name, then "other"."""
    rest = sorted((set(catalog_platforms) | set(PLATFORM_NAMES)) - set(PLATFORMS) - {"other"},
                  key=lambda p: platform_label(p).casefold())
    return [*PLATFORMS, *rest, "other"]


_icons: dict[str, QIcon] = {}


def escaped(text: object) -> str:
    """A value for Objector's own rich text (escaped by hand: the `html` module's table costs start-up)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def shown_literally(text: str) -> str:
    """Text from a procedure file, for a tooltip: Qt takes a tooltip that looks like HTML as rich text, which
    would load an image a file names (`<img src="file:...">`). Escaped into rich text of our own, it is shown
    exactly as written."""
    if not text:
        return text
    return "<qt>" + escaped(text).replace("\n", "<br>") + "</qt>"


def platform_icon(platform: str) -> QIcon:
    """The platform's own badge where there is one, else a neutral letter badge drawn here."""
    if platform not in _icons:
        path = paths.resources_dir() / "icons" / f"{platform}.png"
        _icons[platform] = png_icon(path) if path.exists() else _letter_icon(platform_label(platform)[:1])
    return _icons[platform]


def png_icon(path: Path) -> QIcon:
    """An icon from a PNG and its @2x sibling (PNG needs no image plugin, unlike SVG)."""
    icon = QIcon()
    icon.addFile(str(path))
    double = path.with_name(f"{path.stem}@2x.png")
    if double.exists():
        icon.addFile(str(double))
    return icon


def _letter_icon(letter: str) -> QIcon:
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

    icon = QIcon()
    for size in (16, 32, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#6b6b6b"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(0, 0, size - 1, size - 1)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.55))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, letter.upper() or "?")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class AccountListModel(QAbstractListModel):
    """The accounts on the left, with an icon by platform and their progress."""

    AccountIdRole = Qt.ItemDataRole.UserRole + 1
    ProgressRole = Qt.ItemDataRole.UserRole + 2
    ArchivedRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._accounts: list[Account] = []
        self._progress: dict[int, tuple[int, int]] = {}

    def set_accounts(self, accounts: list[Account], progress: dict[int, tuple[int, int]]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self._progress = dict(progress)
        self.endResetModel()

    def accounts(self) -> list[Account]:
        return list(self._accounts)

    def account_at(self, row: int) -> Account | None:
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def row_of(self, account_id: int) -> int | None:
        return next((row for row, a in enumerate(self._accounts) if a.id == account_id), None)

    def update_progress(self, account_id: int, progress: tuple[int, int]) -> None:
        row = self.row_of(account_id)
        if row is None or self._progress.get(account_id) == progress:
            return
        self._progress[account_id] = progress
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [self.ProgressRole, Qt.ItemDataRole.ToolTipRole,
                                             Qt.ItemDataRole.AccessibleDescriptionRole])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self._accounts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._accounts):
            return None
        account = self._accounts[index.row()]
        done, total = self._progress.get(account.id, (0, 0))
        if role == Qt.ItemDataRole.DisplayRole:
            return account.label
        if role == Qt.ItemDataRole.DecorationRole:
            return platform_icon(account.platform)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            archived = tr(" (archived)") if account.archived else ""
            text = tr("{platform}, {region}: {done} of %n step(s) done{archived}", "", total).format(
                platform=platform_label(account.platform), region=account.region, done=done,
                archived=archived)
            return shown_literally(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == self.AccountIdRole:
            return account.id
        if role == self.ProgressRole:
            return (done, total)
        if role == self.ArchivedRole:
            return account.archived
        return None


class ChecklistModel(QAbstractItemModel):
    """Procedures and their steps for one account; steps are checkable.

    Ticking goes through `on_tick(procedure_id, step_id, done)`: `ProgressController` (app.ui.progress)
    saves the tick, the account session records it in the checklist, and `show_tick` shows it; the model
    itself never writes to the store. Without `on_tick` (a model on its own), a click is applied at once
    (`apply_tick`).
    """

    ProcedureIdRole = Qt.ItemDataRole.UserRole + 1
    StepIdRole = Qt.ItemDataRole.UserRole + 2
    ProgressRole = Qt.ItemDataRole.UserRole + 3
    SearchTextRole = Qt.ItemDataRole.UserRole + 4
    CompleteRole = Qt.ItemDataRole.UserRole + 5
    IsStepRole = Qt.ItemDataRole.UserRole + 6
    # On the row under a procedure that folds its alternatives away: that procedure's id.
    FoldRole = Qt.ItemDataRole.UserRole + 7

    COLUMNS = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._checklist: Checklist | None = None
        self._notes: Mapping[tuple[str, str], str] = {}
        self._statuses: Mapping[str, str] = {}
        self._covered_by: Mapping[str, str] = {}
        # procedure id -> the ids of the alternatives to it that the checklist shows ("do one of these")
        self._alternatives: dict[str, list[str]] = {}
        self._unfolded: set[str] = set()  # the procedures whose alternatives the user asked to see
        self.on_tick: Callable[[str, str, bool], None] | None = None

    # --- content -----------------------------------------------------------------------------------------

    def set_checklist(self, checklist: Checklist | None, notes: Mapping[tuple[str, str], str] | None = None,
                      statuses: Mapping[str, str] | None = None,
                      covered_by: Mapping[str, str] | None = None) -> None:
        """Show a checklist with its notes, statuses and coverage. The mappings are read, never copied: they
        belong to whoever owns the account's state (the window's account session), which calls the `show_*`
        methods after it changed one of them."""
        self.beginResetModel()
        self._checklist = checklist
        self._notes = notes if notes is not None else {}
        self._statuses = statuses if statuses is not None else {}
        self._covered_by = covered_by if covered_by is not None else {}
        self._alternatives = {}
        for entry in checklist.entries if checklist else ():
            if entry.alternative_to is not None:
                self._alternatives.setdefault(entry.alternative_to, []).append(entry.procedure.id)
        self.endResetModel()

    @property
    def checklist(self) -> Checklist | None:
        return self._checklist

    def show_note(self, procedure_id: str, step_id: str) -> None:
        """A note changed: its row's search text with it (notes are searchable)."""
        index = self.index_for(procedure_id, step_id or None)
        if index.isValid():
            self.dataChanged.emit(index, index, [self.SearchTextRole])

    def show_status(self, procedure_id: str) -> None:
        index = self.index_for(procedure_id, None, column=1)
        if index.isValid():
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def entries(self) -> list[Entry]:
        return self._checklist.entries if self._checklist else []

    def alternatives_to(self, procedure_id: str) -> list[str]:
        """The ids of the other ways of doing `procedure_id` that the checklist shows."""
        return self._alternatives.get(procedure_id, [])

    def folds_alternatives(self) -> bool:
        return bool(self._alternatives)

    def folded_procedures(self) -> list[str]:
        """The procedures that have alternatives folded under them (or shown, when unfolded)."""
        return list(self._alternatives)

    def unfolded(self, procedure_id: str) -> bool:
        return procedure_id in self._unfolded

    def set_unfolded(self, procedure_id: str, unfolded: bool) -> bool:
        """Show or fold away the alternatives to a procedure (the filter then shows or hides their rows);
        whether there are any."""
        if unfolded:
            self._unfolded.add(procedure_id)
        else:
            self._unfolded.discard(procedure_id)
        index = self.fold_index(procedure_id)
        if index.isValid():
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole])
        return index.isValid()

    def fold_all(self) -> None:
        """Another account is shown: its alternatives start folded away."""
        self._unfolded.clear()

    def alternative_parent_at(self, procedure_row: int) -> str | None:
        """The procedure the one at `procedure_row` is another way of doing, while nothing of it is done
        (an alternative the account has begun is never folded away); None otherwise."""
        entries = self.entries()
        if not 0 <= procedure_row < len(entries):
            return None
        entry = entries[procedure_row]
        if entry.alternative_to is None or entry.done_count or \
                self._statuses.get(entry.procedure.id, "not-started") != "not-started":
            return None
        return entry.alternative_to

    def fold_index(self, procedure_id: str) -> QModelIndex:
        """The row under a procedure that shows or hides its alternatives (invalid if it has none)."""
        parent = self.index_for(procedure_id)
        if not parent.isValid() or procedure_id not in self._alternatives:
            return QModelIndex()
        return self.index(len(self._checklist.entries[parent.row()].procedure.steps), 0, parent)  # type: ignore[union-attr]

    def index_for(self, procedure_id: str, step_id: str | None = None, column: int = 0) -> QModelIndex:
        if self._checklist is None:
            return QModelIndex()
        row = self._checklist.row_of(procedure_id)
        if row is None:
            return QModelIndex()
        if step_id is None:
            return self.index(row, column)
        steps = self._checklist.entries[row].procedure.step_ids
        if step_id not in steps:
            return QModelIndex()
        return self.index(steps.index(step_id), column, self.index(row, 0))

    def apply_tick(self, procedure_id: str, step_id: str, done: bool) -> None:
        """Record and show a tick, for a model used on its own (no account session owns the checklist)."""
        if self._checklist is not None:
            self._checklist.set_done(procedure_id, step_id, done)
            self.show_tick(procedure_id, step_id)

    def show_tick(self, procedure_id: str, step_id: str) -> None:
        """A tick changed in the checklist: only the step's check box and its procedure's progress change."""
        if self._checklist is None:
            return
        step_index = self.index_for(procedure_id, step_id)
        if step_index.isValid():
            self.dataChanged.emit(step_index, step_index.siblingAtColumn(1),
                                  [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DisplayRole])
        first = self.index_for(procedure_id)
        last = self.index_for(procedure_id, column=1)
        self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole, self.ProgressRole, self.CompleteRole,
                                            Qt.ItemDataRole.ToolTipRole])

    # --- structure ---------------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than with hasIndex(), which calls back into rowCount() and columnCount():
        # the proxy asks for an index of every row and column on each account switch.
        checklist = self._checklist
        if checklist is None or row < 0 or not 0 <= column < self.COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(checklist.entries) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        procedure_row = parent.row()
        if row >= self._child_count(checklist.entries[procedure_row]):
            return QModelIndex()
        return self.createIndex(row, column, procedure_row + 1)

    def _child_count(self, entry: Entry) -> int:
        """A procedure's steps, and after them the row that folds its alternatives, if it has any."""
        steps = len(entry.procedure.steps)
        return steps + 1 if entry.procedure.id in self._alternatives else steps

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        if self._checklist is None:
            return 0
        if not parent.isValid():
            return len(self._checklist.entries)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return self._child_count(self._checklist.entries[parent.row()])

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt's name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Guide and steps"), tr("Progress"))[section]
        return None

    def _entry_and_step(self, index: AnyIndex) -> tuple[Entry, int | None]:
        assert self._checklist is not None
        if index.internalId() == 0:
            return self._checklist.entries[index.row()], None
        return self._checklist.entries[index.internalId() - 1], index.row()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # The view asks for every row it lays out; the combinations are worked out once (see _flag_sets).
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        procedure_row, step_cell, step_check = self._flag_sets()
        if index.internalId() == 0:
            return procedure_row
        if index.row() >= len(self._checklist.entries[index.internalId() - 1].procedure.steps):  # type: ignore[union-attr]
            return step_cell  # the row that folds the alternatives: opened by a click, Enter or Space
        return step_check if index.column() == 0 else step_cell

    @staticmethod
    @functools.cache
    def _flag_sets() -> tuple[Qt.ItemFlag, Qt.ItemFlag, Qt.ItemFlag]:
        """Flags of a procedure row, a step's progress cell and a step's check box (combining Qt's flags
        costs a few microseconds each time, and a large checklist asks hundreds of times)."""
        row = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        cell = row | Qt.ItemFlag.ItemNeverHasChildren
        return row, cell, cell | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._checklist is None:
            return None
        entry, step_row = self._entry_and_step(index)
        procedure = entry.procedure
        if step_row is None:
            return self._procedure_data(entry, index.column(), role)
        if step_row >= len(procedure.steps):
            return self._fold_data(procedure.id, index.column(), role)
        step = procedure.steps[step_row]
        done = step.id in entry.done
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                optional = step.optional and "optional" not in step.title.casefold()
                return step.title + (tr(" (optional)") if optional else "")
            return tr("done") if done else ""
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown_literally(step.expect) or None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return step.expect or None
        if role == self.ProcedureIdRole:
            return procedure.id
        if role == self.StepIdRole:
            return step.id
        if role == self.IsStepRole:
            return True
        if role == self.CompleteRole:
            return done
        if role == self.SearchTextRole:
            return self.search_text_at(index.internalId() - 1, step_row)
        return None

    def _procedure_data(self, entry: Entry, column: int, role: int) -> Any:
        procedure = entry.procedure
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                # Another way to do what the procedure above it does: one of the two is enough.
                title = tr("or: {title}").format(title=procedure.title) if entry.alternative_to else \
                    procedure.title
                return tr("{title} (in English)").format(title=title) if self._untranslated(procedure.id) \
                    else title
            status = self._statuses.get(procedure.id, "not-started")
            progress = tr("{done} of {total}").format(done=entry.done_count, total=entry.total)
            if status in ("not-started", "in-progress"):
                covered = self._covered_by.get(procedure.id)
                if covered and not entry.done_count:
                    return tr("{progress} · covered").format(progress=progress)
                return progress
            return tr("{progress} · {status}").format(progress=progress, status=status_label(status))
        if role == Qt.ItemDataRole.ToolTipRole:
            covered = self._covered_by.get(procedure.id)
            stale = tr("\n\nLast checked {date}: may be out of date.").format(
                date=day_text(procedure.reviewed)) if procedure.is_stale() else ""
            alternative = tr("\n\nDo one of these: this route or the one above it. One is enough.") \
                if entry.alternative_to else ""
            if self._untranslated(procedure.id):
                alternative += tr("\n\nThis guide is not yet translated into your language: it is shown in "
                                  "English.")
            return shown_literally(procedure.summary + stale + alternative + (
                tr("\n\nCovered by what you did on “{account}” (linked accounts: one request covers them "
                   "all).").format(account=covered)
                if covered else ""))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return tr("{done} of %n step(s) done", "", entry.total).format(done=entry.done_count)
        if role == self.ProcedureIdRole:
            return procedure.id
        if role == self.StepIdRole:
            return None
        if role == self.IsStepRole:
            return False
        if role == self.ProgressRole:
            return (entry.done_count, entry.total)
        if role == self.CompleteRole:
            return entry.complete
        if role == self.SearchTextRole:
            return self.search_text_at(self.entries().index(entry), None)
        return None

    def _fold_data(self, procedure_id: str, column: int, role: int) -> Any:
        """The row under a procedure that shows or hides the other ways of doing it."""
        count = len(self._alternatives[procedure_id])
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            if procedure_id in self._unfolded:
                return tr("%n other way(s) to do this, shown below: one route is enough", "", count)
            return tr("%n other way(s) to do this (one route is enough)", "", count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("The route above is the one recommended. Open this row (its arrow, or Enter) to show "
                      "the other ways right below it; you need only one of them.")
        if role == Qt.ItemDataRole.DecorationRole and column == 0:  # an arrow, as a folded section has
            from PySide6.QtWidgets import QApplication, QStyle

            shown = QStyle.StandardPixmap.SP_ArrowDown if procedure_id in self._unfolded else \
                QStyle.StandardPixmap.SP_ArrowRight
            return QApplication.style().standardIcon(shown)
        if role == self.FoldRole:
            return procedure_id
        if role == self.ProcedureIdRole:
            return procedure_id
        if role == self.IsStepRole:
            return False
        return None

    def _untranslated(self, procedure_id: str) -> bool:
        catalog = getattr(self._checklist, "catalog", None)
        return bool(catalog is not None and catalog.untranslated(procedure_id))

    def complete_at(self, procedure_row: int) -> bool:
        entries = self.entries()
        return 0 <= procedure_row < len(entries) and entries[procedure_row].complete

    def step_count_at(self, procedure_row: int) -> int:
        entries = self.entries()
        return len(entries[procedure_row].procedure.steps) if 0 <= procedure_row < len(entries) else 0

    def search_text_at(self, procedure_row: int, step_row: int | None) -> str:
        """The searchable text of a procedure row or of one of its steps, including the user's notes."""
        entries = self.entries()
        if not 0 <= procedure_row < len(entries):
            return ""
        procedure = entries[procedure_row].procedure
        if step_row is None:
            note = self._notes.get((procedure.id, ""))
            return f"{procedure.search_text}\n{note.casefold()}" if note else procedure.search_text
        step = procedure.steps[step_row]
        note = self._notes.get((procedure.id, step.id))
        return f"{step.search_text}\n{note.casefold()}" if note else step.search_text

    def steps_matching(self, procedure_row: int, needle: str) -> frozenset[int]:
        """The rows of a procedure's steps whose searchable text contains `needle` (one line, lower-cased):
        `search_text_at` for all the steps of a procedure at once, as a search asks."""
        entries = self.entries()
        if not 0 <= procedure_row < len(entries):
            return frozenset()
        procedure = entries[procedure_row].procedure
        notes = self._notes
        if not notes:
            return frozenset(row for row, step in enumerate(procedure.steps) if needle in step.search_text)
        return frozenset(row for row, step in enumerate(procedure.steps) if needle in step.search_text
                         or needle in notes.get((procedure.id, step.id), "").casefold())

    def setData(self, index: AnyIndex, value: Any,  # noqa: N802 (Qt's name)
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.internalId() == 0:
            return False
        entry, step_row = self._entry_and_step(index)
        assert step_row is not None
        if step_row >= len(entry.procedure.steps):
            return False
        step = entry.procedure.steps[step_row]
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        done = state == Qt.CheckState.Checked
        if (step.id in entry.done) == done:
            return False
        if self.on_tick is None:
            self.apply_tick(entry.procedure.id, step.id, done)
        else:
            self.on_tick(entry.procedure.id, step.id, done)
        return True


def status_label(status: str) -> str:
    """A status in words; one Objector does not know (a newer version's, from a backup) as it is stored."""
    label = STATUS_LABELS.get(status)
    return tr(label) if label is not None else status


def cell_text(status: str, done: int, total: int, covered_by: str = "") -> str:
    if status not in ("not-started", "in-progress"):
        return status_label(status)
    if covered_by and done == 0:
        return tr("covered by {account}").format(account=covered_by)
    return tr("{done} of {total}").format(done=done, total=total) if done else ""
