"""The right-hand pane: the selected procedure or step in full, rendered so that nothing is ever loaded
(see app.ui.browser), with the request's status, dates and reply clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, QUrl, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.core.checklist import ChangeSinceCompletion, fill_template
from app.core.news import News
from app.core.procedures import Procedure, Step
from app.core.records import record
from app.storage.database import STATUSES
from app.ui.locale_text import date_edit_format
from app.ui.models import status_label, tr
from app.ui.procedure_text import (
    CLOSE_PREFIX,
    FOLDED_SECTIONS,
    OPEN_PREFIX,
    banners,
    fold_anchor,
    procedure_markdown,
    step_markdown,
)

__all__ = ["FOLDED_SECTIONS", "DetailsPane", "RequestView", "banners", "fold_anchor", "procedure_markdown",
           "step_markdown"]

Target = tuple[int, str, str]  # account id, procedure id, step id ("" for the procedure itself)

_LAZY_PARTS = frozenset({
    "banner", "browser", "status_label", "status_box", "date_label", "date_edit", "reference_edit",
    "extended_box", "clock_label", "escalate_button", "recheck_button", "request_box", "template_label",
    "template_view", "copy_button", "evidence", "scroll_area",
})


@record(frozen=True)
class RequestView:
    """What the request part of the pane shows for one run."""

    status: str
    status_date: dt.date
    reference: str = ""
    can_extend: bool = False
    extended: bool = False
    clock_text: str = ""
    coverage: str = ""
    suggest_escalation: bool = False
    recheck_due: bool = False
    region: str = ""  # the account's: it picks the date that matters and the notes for that region


MIN_TEXT_LINES = 7  # the least room the procedure's or step's text gets, in lines of the pane's font


def droppable(mime: Any) -> bool:
    return mime is not None and (mime.hasImage() or any(url.isLocalFile() for url in mime.urls()))


def dropped_content(mime: Any) -> tuple[list[Path], Any]:
    """The local files a drop or paste holds, else its picture (a QImage), else nothing."""
    urls = mime.urls() if mime.hasUrls() else []
    files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    if files or not mime.hasImage():
        return files, None
    from PySide6.QtGui import QImage

    image = QImage(mime.imageData())
    return [], None if image.isNull() else image


class _Parts(QWidget):
    """What the details' scroll area holds. Asked its height for a width, it gives the least it needs (every
    wrapped line shown, the text at its smallest), not its preferred height: where that fits, the scroll
    area makes it as tall as the pane and the text takes what is left; where not, it scrolls."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        layout = self.layout()
        return layout.minimumHeightForWidth(width) if layout is not None else super().heightForWidth(width)


class DetailsScroll(QScrollArea):
    """The details' parts, scrolled as one where the pane is short; as narrow as the narrowest they can be
    (their buttons and labels wrap), never narrower: the main splitter keeps that room for them."""

    def __init__(self, parts: list[QWidget], stretch: QWidget) -> None:
        """Everything scrolls up and down together where the window is too short for it (800x600 with a
        warning, a letter and files); nothing scrolls sideways: the parts wrap to the pane's width. The
        `stretch` part takes the height left over."""
        super().__init__()
        inner = _Parts()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in parts:
            layout.addWidget(part, 1 if part is stretch else 0)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        inner = self.widget()
        hint = inner.sizeHint() if inner is not None else QSize(0, 0)
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        return QSize(width + self._bar(), self.fontMetrics().lineSpacing() * MIN_TEXT_LINES)


class DetailsPane(QWidget):
    """Shows a procedure or a step: banners, rendered text, template with "Copy text", status."""

    # Each edit names what it edits: the (account id, procedure id, step id) that the pane showed when the
    # user made it (`target`), never whatever the checklist's current row is by the time it is saved.
    status_chosen = Signal(object, str)
    status_date_changed = Signal(object, object)
    reference_changed = Signal(object, str)
    extended_changed = Signal(object, bool)
    escalate_requested = Signal(object)
    rechecked = Signal(object)
    message = Signal(str)
    built = Signal()
    # Attached files (app.ui.evidence_pane is part of this pane). `target_changed`: sent each time the pane
    # shows something (the same thing again too); the others name the target the files are for.
    target_changed = Signal(object)  # Target or None
    attach_requested = Signal(object)  # Target: "Attach file…"
    files_dropped = Signal(object, list)  # Target, [Path]: dropped or pasted files
    image_pasted = Signal(object, object)  # Target, QImage: a picture dropped or pasted (a screenshot)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._built = False
        # The folded sections (FOLDED_SECTIONS) the user opened: open for every guide until the window closes.
        self.open_sections: set[str] = set()
        self._procedure_shown: tuple[Procedure, dt.date, str, News | None] | None = None  # the guide shown
        self.target: Target | None = None  # what the pane shows: (account id, procedure id, step id or "")
        self._shown_date: dt.date | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # Until something is selected, a label is all the pane needs: the rest is built on first use.
        self.placeholder = QLabel(tr("Choose a guide or a step to see it here."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.placeholder.setMargin(6)
        self._layout.addWidget(self.placeholder, 1)
        self.setAcceptDrops(True)

    def __getattr__(self, name: str) -> Any:
        if name in _LAZY_PARTS and not self.__dict__.get("_built", True):
            self._build()
            return getattr(self, name)
        raise AttributeError(name)

    def _build(self) -> None:
        # The classes only this part uses are imported here, with it: each costs start-up time in PySide.
        from PySide6.QtWidgets import (
            QComboBox,
            QDateEdit,
            QLineEdit,
            QPlainTextEdit,
            QPushButton,
        )

        from app.ui.browser import SafeBrowser
        from app.ui.evidence_pane import EvidencePane
        from app.ui.wrapping import StatusRow, WrapButton, WrapCheckBox

        self._built = True
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # it quotes step titles from procedure files
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(tr("Warning"))
        self.banner.setAutoFillBackground(True)
        self.banner.setMargin(8)
        self.banner.hide()

        self.browser = SafeBrowser()
        self.browser.setAccessibleName(tr("Guide details"))
        self.browser.link_refused.connect(self.message.emit)
        # The browser's own link handling (its one connection: open_or_show) is replaced by `_link_clicked`,
        # which opens and folds sections on the internal fold links and hands every other link, unchanged,
        # to open_or_show: only https, http and mailto ever reach the system.
        self.browser.anchorClicked.disconnect()
        self.browser.anchorClicked.connect(self._link_clicked)
        # However small the window, the text keeps room for a few lines (the status row, the warnings and
        # the attached files share the pane with it).
        self.browser.setMinimumHeight(self.fontMetrics().lineSpacing() * MIN_TEXT_LINES)

        self.status_label = QLabel(tr("&Status:"))
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(tr("Status of this request"))
        for status in STATUSES:
            self.status_box.addItem(status_label(status), status)
        self.status_label.setBuddy(self.status_box)
        self.status_box.activated.connect(self._status_activated)
        self.date_label = QLabel(tr("&on"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_edit_format())
        self.date_edit.setAccessibleName(tr("Date of this status"))
        self.date_label.setBuddy(self.date_edit)
        self.date_edit.editingFinished.connect(self._commit_date)
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(tr("Reference number or confirmation text (optional)"))
        self.reference_edit.setAccessibleName(tr("Reference number"))
        self.reference_edit.editingFinished.connect(self._commit_reference)
        self.extended_box = WrapCheckBox(tr("They said they need longer to reply (e&xtension)"))
        self.extended_box.setAccessibleName(tr("The other side extended the reply period"))
        self.extended_box.clicked.connect(self._extended_clicked)
        self.clock_label = QLabel()
        self.clock_label.setTextFormat(Qt.TextFormat.PlainText)
        self.clock_label.setWordWrap(True)
        self.clock_label.setAccessibleName(tr("Reply clock"))
        self.recheck_button = WrapButton(tr("I checked it &again today"))
        self.recheck_button.setAccessibleName(tr("I checked it again today"))
        self.recheck_button.clicked.connect(self._recheck_clicked)
        self.escalate_button = WrapButton(tr("Add the complaint guide to this account"))
        self.escalate_button.setAccessibleName(tr("Add the complaint guide to this account"))
        self.escalate_button.clicked.connect(self._escalate_clicked)
        status_row = StatusRow(self.status_label, self.status_box, self.date_label, self.date_edit)
        self.request_box = QWidget()
        request_layout = QVBoxLayout(self.request_box)
        request_layout.setContentsMargins(0, 0, 0, 0)
        request_layout.addWidget(status_row)
        request_layout.addWidget(self.reference_edit)
        request_layout.addWidget(self.extended_box)
        request_layout.addWidget(self.clock_label)
        request_layout.addWidget(self.recheck_button)
        request_layout.addWidget(self.escalate_button)

        self.template_label = QLabel(tr("Text to copy, with your details filled in:"))
        self.template_label.setWordWrap(True)
        self.template_view = QPlainTextEdit()
        self.template_view.setReadOnly(True)
        self.template_view.setAccessibleName(tr("Text to copy"))
        self.template_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.copy_button = QPushButton(tr("&Copy text"))
        self.copy_button.setAccessibleName(tr("Copy text"))
        self.copy_button.clicked.connect(self.copy_template)

        self.evidence = EvidencePane()
        self.evidence.attach_requested.connect(self._attach_clicked)
        # Files dropped on the text go to the pane (the views show text; they take nothing dropped).
        for view in (self.browser, self.template_view):
            view.setAcceptDrops(False)
            view.viewport().setAcceptDrops(False)
        # Ctrl+V of a screenshot or of copied files, while the focus is in the pane (a text field in it
        # takes its own Ctrl+V first).
        from PySide6.QtGui import QKeySequence, QShortcut

        self.paste_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        self.paste_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_shortcut.activated.connect(self.paste)

        self.placeholder.hide()
        parts = [self.banner, self.request_box, self.browser, self.template_label, self.template_view,
                 self.copy_button, self.evidence]
        self.scroll_area = DetailsScroll(parts, stretch=self.browser)
        self._layout.addWidget(self.scroll_area, 1)
        if self.isVisible():
            self.scroll_area.show()  # now, not on the next turn of the event loop
        self._set_template("")
        self._set_status_visible(False)
        self.evidence.hide()
        self.built.emit()

    def _set_template(self, text: str) -> None:
        for widget in (self.template_label, self.template_view, self.copy_button):
            widget.setVisible(bool(text))
        self.template_view.setPlainText(text)

    def _set_status_visible(self, visible: bool) -> None:
        self.request_box.setVisible(visible)

    def _set_banner(self, lines: list[str]) -> None:
        if not lines:
            self.banner.hide()
            return
        from PySide6.QtGui import QColor, QPalette

        # Amber mixed into the palette's base colour: light on a light theme, dark on a dark one.
        palette = self.banner.palette()
        base = self.palette().color(QPalette.ColorRole.Base)
        palette.setColor(QPalette.ColorRole.Window, QColor((base.red() * 2 + 255) // 3,
                                                           (base.green() * 2 + 190) // 3,
                                                           (base.blue() * 2 + 40) // 3))
        self.banner.setPalette(palette)
        self.banner.setText("\n\n".join(lines))
        self.banner.show()

    # --- edits, each sent with the ids of what the pane shows -------------------------------------------

    def _status_activated(self, row: int) -> None:
        if self.target is not None:
            self.status_chosen.emit(self.target, self.status_box.itemData(row))

    def _extended_clicked(self) -> None:
        if self.target is not None:
            self.extended_changed.emit(self.target, self.extended_box.isChecked())

    def _recheck_clicked(self) -> None:
        if self.target is not None:
            self.rechecked.emit(self.target)

    def _escalate_clicked(self) -> None:
        if self.target is not None:
            self.escalate_requested.emit(self.target)

    def _attach_clicked(self) -> None:
        if self.target is not None:
            self.attach_requested.emit(self.target)

    def _commit_reference(self) -> None:
        if self.target is not None and self.reference_edit.isModified():
            self.reference_edit.setModified(False)
            self.reference_changed.emit(self.target, self.reference_edit.text())

    def _commit_date(self) -> None:
        shown = self.date_edit.date()
        day = dt.date(shown.year(), shown.month(), shown.day())
        if self.target is not None and self.date_edit.isEnabled() and day != self._shown_date:
            self._shown_date = day
            self.status_date_changed.emit(self.target, day)

    def commit_pending(self) -> None:
        """Send a reference or date still being typed, for what the pane shows now: called before the pane
        shows something else, so that it can never land on the next thing shown."""
        if self._built:
            self._commit_reference()
            self._commit_date()

    # --- what is shown ----------------------------------------------------------------------------------

    def show_nothing(self, text: str) -> None:
        self.commit_pending()
        self.target = None
        if not self._built:
            self.placeholder.setText(text)
            self.target_changed.emit(None)
            return
        self._set_banner([])
        self._set_template("")
        self._set_status_visible(False)
        self.evidence.hide()
        self._procedure_shown = None
        self.browser.set_markdown(text)
        self.target_changed.emit(None)

    # --- the folded sections of a procedure's text ------------------------------------------------------

    def _link_clicked(self, url: Any) -> None:
        """A fold link opens or folds its section; any other goes to open_or_show (https, http, mailto)."""
        fold = fold_anchor(url)
        if fold is None:
            from app.ui.browser import open_or_show

            open_or_show(url, self.window(), self.browser.link_refused.emit)
            return
        name, opened = fold
        if opened:
            self.open_sections.add(name)
        else:
            self.open_sections.discard(name)
        self._render_procedure(name)

    def set_section_open(self, name: str, opened: bool) -> None:
        """Open or fold one of FOLDED_SECTIONS, as its link does."""
        self._link_clicked(QUrl("#" + (OPEN_PREFIX if opened else CLOSE_PREFIX) + name))

    def _render_procedure(self, toggled: str) -> None:
        """The shown procedure's text again, with the sections open now; where the reader was, with the
        link just used selected (Enter folds it again, Tab goes on to the next link)."""
        if self._procedure_shown is None:
            return
        from PySide6.QtGui import QTextCursor

        procedure, today, region, news = self._procedure_shown
        browser = self.browser
        scrolled = browser.verticalScrollBar().value()
        browser.set_markdown(procedure_markdown(procedure, today, frozenset(self.open_sections), region,
                                                news))
        document = browser.document()
        wanted = {"#" + OPEN_PREFIX + toggled, "#" + CLOSE_PREFIX + toggled}
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().anchorHref() in wanted:
                    cursor = QTextCursor(document)
                    start = fragment.position()
                    cursor.setPosition(start)
                    cursor.setPosition(start + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    browser.setTextCursor(cursor)
                    browser.verticalScrollBar().setValue(scrolled)
                    browser.ensureCursorVisible()
                    return
                iterator += 1
            block = block.next()
        browser.verticalScrollBar().setValue(scrolled)

    def show_procedure(self, account_id: int, procedure: Procedure, request: RequestView, today: dt.date,
                       change: ChangeSinceCompletion | None, orphans: list[str], news: News | None = None,
                       ) -> None:
        """Show a guide: `news` is its provider's ("what is happening"), if the library has any."""
        self.commit_pending()
        self.target = (account_id, procedure.id, "")
        self._set_banner(banners(procedure, today, change, orphans, request.coverage, request.region))
        self._procedure_shown = (procedure, today, request.region, news)
        self.browser.set_markdown(procedure_markdown(procedure, today, frozenset(self.open_sections),
                                                     request.region, news))
        self._set_template("")
        self._show_request(request)
        self.evidence.show()
        self.target_changed.emit(self.target)

    def show_step(self, account_id: int, procedure: Procedure, step: Step, request: RequestView,
                  today: dt.date, values: dict[str, str], change: ChangeSinceCompletion | None,
                  orphans: list[str], template: str | None = None, english: Step | None = None) -> None:
        self.commit_pending()
        self.target = (account_id, procedure.id, step.id)
        self._set_banner(banners(procedure, today, change, orphans, request.coverage, request.region))
        self._procedure_shown = None
        self.browser.set_markdown(step_markdown(procedure, step, english))
        letter = step.template if template is None else template
        self._set_template(fill_template(letter, values, today) if letter else "")
        self._show_request(request)
        self.evidence.show()
        self.target_changed.emit(self.target)

    def _show_request(self, request: RequestView) -> None:
        self._set_status_visible(True)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(request.status)))
        day = request.status_date
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self._shown_date = request.status_date
        self.date_edit.setEnabled(request.status != "not-started")
        if self.reference_edit.text() != request.reference:
            self.reference_edit.setText(request.reference)  # also clears isModified()
        self.extended_box.setVisible(request.can_extend)
        self.extended_box.setChecked(request.extended)
        self.clock_label.setText(request.clock_text)
        self.clock_label.setVisible(bool(request.clock_text))
        self.escalate_button.setVisible(request.suggest_escalation)
        self.recheck_button.setVisible(request.recheck_due)

    def copy_template(self) -> None:
        if not self._built:
            return
        text = self.template_view.toPlainText()
        if text:
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.clipboard().setText(text)
            self.message.emit(tr("Copied. Paste it into the form."))

    # --- files dropped or pasted: attached to what the pane shows ---------------------------------------

    def _take(self, mime: Any, later: bool = False) -> bool:
        """Send what `mime` holds (local files, else a picture) for the target; False if nothing. `later`:
        on the next turn of the event loop (a drop: the program it came from waits until the drop returns,
        and attaching may ask a question first)."""
        target = self.target
        if target is None or mime is None:
            return False
        from PySide6.QtCore import QTimer

        files, image = dropped_content(mime)
        send: Any = None
        if files:
            send = lambda: self.files_dropped.emit(target, files)  # noqa: E731
        elif image is not None:
            send = lambda: self.image_pasted.emit(target, image)  # noqa: E731
        if send is None:
            return False
        if later:
            QTimer.singleShot(0, self, send)
        else:
            send()
        return True

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        if self.target is not None and droppable(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        if self._take(event.mimeData(), later=True):
            event.acceptProposedAction()
        else:
            event.ignore()

    def paste(self) -> None:
        """Ctrl+V in the pane: a screenshot, or files copied in a file manager, is attached."""
        from PySide6.QtGui import QGuiApplication

        if self.target is not None and not self._take(QGuiApplication.clipboard().mimeData()):
            self.message.emit(tr("Nothing to attach: copy a picture or a file first."))
