"""Rich text that never loads anything: Markdown with HTML off, no resources, links only to the system.

`loadResource` refuses every image, stylesheet and file, and a clicked link is handed to the system browser
only when it is https, http or mailto.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.procedures import ALLOWED_LINK_SCHEMES
from app.ui.models import tr

MARKDOWN_FEATURES = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                     | QTextDocument.MarkdownFeature.MarkdownNoHTML)


def link_allowed(url: QUrl) -> bool:
    """https and http with a host, or mailto with an address; nothing else."""
    scheme = url.scheme().lower()
    if not url.isValid() or scheme not in ALLOWED_LINK_SCHEMES:
        return False
    return "@" in url.path() if scheme == "mailto" else bool(url.host())


def open_external(url: QUrl, refused: Callable[[str], None] | None = None) -> bool:
    """Hand a link to the system (browser or mail program); refuse anything but https, http and mailto."""
    if not link_allowed(url):
        if refused is not None:
            refused(tr("That link was not opened: only web (https, http) and e-mail links are allowed."))
        return False
    return bool(QDesktopServices.openUrl(url))


class SafeBrowser(QTextBrowser):
    """A text browser that never loads anything and never follows links itself."""

    link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(lambda url: open_external(url, self.link_refused.emit))

    def loadResource(self, kind: int, name: QUrl) -> Any:  # noqa: N802 (Qt's name)
        return None

    def set_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, MARKDOWN_FEATURES)
