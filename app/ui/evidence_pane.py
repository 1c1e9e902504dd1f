"""The files attached to what the details pane shows: a list (name, size, date attached, a thumbnail for a
picture, the Date, From and Subject of a saved e-mail) and its buttons. It shows and emits; the evidence
controller (app.ui.evidence_controller) reads and writes the store.

Keyboard, in the list: Enter opens, F2 renames, Delete removes (also when the window's menus use the same
keys elsewhere: the list takes them while it has the focus)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImageReader, QKeyEvent, QPixmap
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from app.core.accounts import Evidence
from app.core.records import record
from app.ui.flow_layout import FlowLayout
from app.ui.locale_text import day_text, moment_text
from app.ui.models import shown_literally, tr

AnyIndex = QModelIndex | QPersistentModelIndex

THUMBNAIL_PX = 48  # a thumbnail fits in a square this size
# A picture with more pixels than this gets no thumbnail: decoding it (PNG cannot be decoded scaled) would
# take hundreds of megabytes for a 48-pixel square.
MAX_THUMBNAIL_SOURCE_PIXELS = 40_000_000
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"})
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@record(frozen=True)
class EvidenceItem:
    """One attached file as the list shows it: the record, its stored copy, and a saved e-mail's headers
    (app.core.email_headers.EmailHeaders: date, sender, subject), if it is one."""

    evidence: Evidence
    path: Path
    headers: Any = None


def human_size(size: int) -> str:
    """A size in bytes, KB, MB or GB (of 1,024)."""
    if size < 1024:
        return tr("{size} bytes").format(size=size)
    templates = (tr("{size} KB"), tr("{size} MB"), tr("{size} GB"))
    value, unit = size / 1024, 0
    while value >= 1024 and unit < len(templates) - 1:
        value, unit = value / 1024, unit + 1
    return templates[unit].format(size=f"{value:.1f}" if value < 10 else f"{value:.0f}")


def attached_when(moment: dt.datetime) -> str:
    """When a file was attached, in the computer's time zone, as the window's language writes it."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return moment_text(local)


def _email_date(headers: Any) -> str:
    date = getattr(headers, "date", None)
    if isinstance(date, dt.datetime):
        return attached_when(date)
    return day_text(date) if isinstance(date, dt.date) else str(date or "")


def thumbnail(path: Path, edge: int = THUMBNAIL_PX) -> QPixmap | None:
    """A picture's thumbnail, decoded at (about) its shown size; None for what is not a picture, or one too
    large to decode for a thumbnail."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if not reader.canRead():
        return None
    size = reader.size()
    if not size.isValid() or size.isEmpty() or size.width() * size.height() > MAX_THUMBNAIL_SOURCE_PIXELS:
        return None
    reader.setScaledSize(size.scaled(QSize(edge, edge), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


class EvidenceModel(QAbstractListModel):
    """The attached files; thumbnails are made one per turn of the event loop, when first asked for."""

    EvidenceRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[EvidenceItem] = []
        self._thumbnails: dict[str, QPixmap | None] = {}  # by content hash; None: no thumbnail
        self._waiting: list[EvidenceItem] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._make_thumbnail)

    @property
    def items(self) -> list[EvidenceItem]:
        return list(self._items)

    def set_items(self, items: list[EvidenceItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._waiting = []
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        evidence = item.evidence
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [evidence.original_name, self.facts(item)]
            if item.headers is not None:
                lines.append(self.email_line(item.headers))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown_literally(self.description(item))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.description(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail_of(item)
        if role == self.EvidenceRole:
            return evidence
        return None

    @staticmethod
    def facts(item: EvidenceItem) -> str:
        return tr("{size} · attached {date}").format(size=human_size(item.evidence.size),
                                                    date=attached_when(item.evidence.added_at))

    @staticmethod
    def email_line(headers: Any) -> str:
        return tr("E-mail from {sender}, {date}: {subject}").format(
            sender=getattr(headers, "sender", "") or "", date=_email_date(headers),
            subject=getattr(headers, "subject", "") or "")

    def description(self, item: EvidenceItem) -> str:
        text = item.evidence.original_name + "\n" + self.facts(item)
        if item.headers is not None:
            text += "\n" + tr("Date: {date}\nFrom: {sender}\nSubject: {subject}").format(
                date=_email_date(item.headers), sender=getattr(item.headers, "sender", "") or "",
                subject=getattr(item.headers, "subject", "") or "")
        return text

    # --- thumbnails, on first use ------------------------------------------------------------------------

    def _thumbnail_of(self, item: EvidenceItem) -> QPixmap | None:
        if Path(item.evidence.original_name).suffix.lower() not in IMAGE_SUFFIXES:
            return None
        sha = item.evidence.sha256
        if sha in self._thumbnails:
            return self._thumbnails[sha]
        if item not in self._waiting:
            self._waiting.append(item)
            self._timer.start()
        return None

    def _make_thumbnail(self) -> None:
        if not self._waiting:
            return
        item = self._waiting.pop(0)
        try:
            self._thumbnails[item.evidence.sha256] = thumbnail(item.path)
        except OSError:
            self._thumbnails[item.evidence.sha256] = None
        for row, shown in enumerate(self._items):
            if shown.evidence.sha256 == item.evidence.sha256:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
        if self._waiting:
            self._timer.start()

    def thumbnails_pending(self) -> bool:
        return bool(self._waiting)


class EvidenceList(QListView):
    """The list; Enter, F2 and Delete act on the chosen file while it has the focus."""

    open_key = Signal()
    rename_key = Signal()
    remove_key = Signal()

    def _signal_for(self, event: QKeyEvent) -> Any:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        key = event.key()
        if key in OPEN_KEYS:
            return self.open_key
        if key == Qt.Key.Key_F2:
            return self.rename_key
        if key == Qt.Key.Key_Delete:
            return self.remove_key
        return None

    def event(self, event: QEvent) -> bool:
        # F2 is also the window's shortcut (rename the account): the list has it while it has the focus.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and \
                self._signal_for(event) is not None and self.currentIndex().isValid():
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        signal = self._signal_for(event)
        if signal is not None and self.currentIndex().isValid():
            signal.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class EvidencePane(QWidget):
    """The attached files and the buttons that act on them."""

    attach_requested = Signal()
    open_requested = Signal(object)  # Evidence
    rename_requested = Signal(object)  # Evidence
    remove_requested = Signal(object)  # Evidence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Attached files"))
        self.title = QLabel(tr("Attached files"))
        self.title.setAccessibleName(tr("Attached files"))
        self.hint = QLabel(tr("No files attached. Drop files here, paste a screenshot (Ctrl+V) or use "
                              "“Attach file…”."))
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(tr("No files attached"))
        self.model = EvidenceModel(self)
        self.files = EvidenceList()
        self.files.setModel(self.model)
        self.files.setAccessibleName(tr("Attached files"))
        self.files.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.files.setIconSize(QSize(THUMBNAIL_PX, THUMBNAIL_PX))
        self.files.setUniformItemSizes(False)
        self.files.setWordWrap(True)
        self.files.setMaximumHeight(self.fontMetrics().lineSpacing() * 12)
        self.files.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title.setBuddy(self.files)
        self.attach_button = QPushButton(tr("Attach file…"))
        self.attach_button.setAccessibleName(tr("Attach a file"))
        self.open_button = QPushButton(tr("Open"))
        self.open_button.setAccessibleName(tr("Open the attached file"))
        self.rename_button = QPushButton(tr("Rename…"))
        self.rename_button.setAccessibleName(tr("Rename the attached file"))
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setAccessibleName(tr("Remove the attached file"))
        # In a narrow pane (a German window at 800x600) the buttons go on in a second row.
        buttons = FlowLayout()
        for button in (self.attach_button, self.open_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.files)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

        self.attach_button.clicked.connect(self.attach_requested.emit)
        self.open_button.clicked.connect(lambda: self._emit_for(self.open_requested))
        self.rename_button.clicked.connect(lambda: self._emit_for(self.rename_requested))
        self.remove_button.clicked.connect(lambda: self._emit_for(self.remove_requested))
        self.files.open_key.connect(lambda: self._emit_for(self.open_requested))
        self.files.rename_key.connect(lambda: self._emit_for(self.rename_requested))
        self.files.remove_key.connect(lambda: self._emit_for(self.remove_requested))
        self.files.doubleClicked.connect(lambda _index: self._emit_for(self.open_requested))
        self.files.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        # The same three on the list's context menu.
        from PySide6.QtGui import QAction

        self.files.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, signal in ((tr("Open"), self.open_requested), (tr("Rename…"), self.rename_requested),
                             (tr("Remove"), self.remove_requested)):
            action = QAction(text, self.files)
            action.triggered.connect(lambda _checked=False, signal=signal: self._emit_for(signal))
            self.files.addAction(action)
        self.set_items([])

    def _emit_for(self, signal: Any) -> None:
        evidence = self.current()
        if evidence is not None:
            signal.emit(evidence)

    def current(self) -> Evidence | None:
        index = self.files.currentIndex()
        return index.data(EvidenceModel.EvidenceRole) if index.isValid() else None

    def set_items(self, items: list[EvidenceItem]) -> None:
        """Show these files; the one chosen stays chosen if it is still there."""
        chosen = self.current()
        self.model.set_items(items)
        rows = [row for row, item in enumerate(items) if chosen is not None and item.evidence.id == chosen.id]
        if rows or items:
            self.files.setCurrentIndex(self.model.index(rows[0] if rows else 0))
        self.hint.setVisible(not items)
        self.files.setVisible(bool(items))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.open_button, self.rename_button, self.remove_button):
            button.setEnabled(chosen)

    def focus_chain(self) -> list[QWidget]:
        """The pane's widgets in Tab order."""
        return [self.files, self.attach_button, self.open_button, self.rename_button, self.remove_button]
