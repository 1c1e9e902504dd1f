"""Rich text that never loads anything: Markdown with HTML off, no resources, links only to the system.

`loadResource` refuses every image, stylesheet and file, and a clicked link is handed to the system browser
only when it is https, http or mailto.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.procedures import ALLOWED_LINK_SCHEMES, mailto_allowed
from app.ui.models import tr

MARKDOWN_FEATURES = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                     | QTextDocument.MarkdownFeature.MarkdownNoHTML)


def link_allowed(url: QUrl) -> bool:
    """https and http with a host, or mailto with one address and at most a subject and a body; nothing
    else."""
    scheme = url.scheme().lower()
    if not url.isValid() or scheme not in ALLOWED_LINK_SCHEMES:
        return False
    return mailto_allowed(url.toString()) if scheme == "mailto" else bool(url.host())


def open_external(url: QUrl, refused: Callable[[str], None] | None = None) -> bool:
    """Hand a link to the system (browser or mail program); refuse anything but https, http and mailto."""
    if not link_allowed(url):
        if refused is not None:
            refused(tr("That link was not opened: only web (https, http) and e-mail links are allowed."))
        return False
    return bool(QDesktopServices.openUrl(url))


def open_or_show(url: QUrl, parent: QWidget | None, refused: Callable[[str], None] | None = None) -> bool:
    """Open an allowed link in the system's browser or mail program; when the system says nothing opened
    it (no browser set up), show the address with a Copy button instead of doing nothing visible."""
    if not link_allowed(url):
        open_external(url, refused)
        return False
    if open_external(url, refused):
        return True
    show_unopened_link(parent, url)
    return False


def show_unopened_link(parent: QWidget | None, url: QUrl) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setObjectName("unopenedLink")
    dialog.setWindowTitle(tr("The link did not open"))
    is_mail = url.scheme().lower() == "mailto"
    label = QLabel(tr("No e-mail program answered. Copy the address and paste it into your e-mail:")
                   if is_mail
                   else tr("No web browser answered. Copy the address and paste it into your browser:"))
    label.setWordWrap(True)
    address = QLineEdit(url.toString())
    address.setReadOnly(True)
    address.setAccessibleName(tr("Address of the link"))
    address.setMinimumWidth(min(720, address.fontMetrics().horizontalAdvance(address.text()) + 24))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    copy = buttons.addButton(tr("&Copy address"), QDialogButtonBox.ButtonRole.ActionRole)
    copy.setAccessibleName(tr("Copy address"))
    copy.setDefault(True)

    def copied() -> None:
        QGuiApplication.clipboard().setText(address.text())
        label.setText(tr("Copied. Paste it into your e-mail program.") if is_mail
                      else tr("Copied. Paste it into your browser's address bar."))

    copy.clicked.connect(copied)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(address)
    layout.addWidget(buttons)
    address.selectAll()
    copy.setFocus()
    if QApplication.instance() is not None:
        dialog.exec()


class SafeDocument(QTextDocument):
    """A document that never loads a resource. The browser's `loadResource` returning nothing is not
    enough: QTextDocument then opens a local file named by an image itself (a FIFO there hangs the window,
    /dev/zero fills the memory)."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QByteArray
        from PySide6.QtGui import QImage

        return QImage() if kind == QTextDocument.ResourceType.ImageResource.value else QByteArray()


def without_images(document: QTextDocument) -> None:
    """Replace every image in `document` by its name in brackets, so nothing is ever drawn or loaded."""
    from PySide6.QtGui import QTextCharFormat, QTextCursor

    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                found.append((fragment.position(), fragment.length()))
            iterator += 1
        block = block.next()
    for position, length in reversed(found):
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(tr("[image not shown]"), QTextCharFormat())


class SafeBrowser(QTextBrowser):
    """A text browser that never loads anything and never follows links itself.

    New text opens at its top; the same text set again (the details pane refreshes after each tick) is left
    as it is, scrolled where the reader had it."""

    link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(SafeDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(lambda url: open_or_show(url, self.window(), self.link_refused.emit))
        self._markdown: str | None = None  # the text last set, while the document still holds it
        self._revision = -1

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 (Qt's name)
        return None

    def set_markdown(self, text: str) -> None:
        document = self.document()
        if text == self._markdown and document.revision() == self._revision:
            return  # the same step or procedure again: keep where the reader scrolled to, and the selection
        document.setMarkdown(text, MARKDOWN_FEATURES)
        if "![" in text:  # the validator refuses images; text from elsewhere may still hold one
            without_images(document)
        self._markdown, self._revision = text, document.revision()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
