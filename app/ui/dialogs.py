"""Dialogs: adding or editing an account, the list of procedure file problems, choosing a procedure."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.words import QT_TRANSLATE_NOOP
from app.storage.database import Account
from app.ui.models import PLATFORMS, platform_icon, platform_label, tr

# Meta's apps whose accounts can share one Accounts Center: there the group is the Accounts Center.
ACCOUNTS_CENTER_PLATFORMS = frozenset({"facebook", "instagram", "threads", "messenger", "whatsapp"})

# Translated where they are shown (AccountDialog).
REGIONS = (
    ("EU", QT_TRANSLATE_NOOP("", "European Union")),
    ("EEA", QT_TRANSLATE_NOOP("", "Iceland, Liechtenstein or Norway (EEA)")),
    ("UK", QT_TRANSLATE_NOOP("", "United Kingdom")),
    ("US", QT_TRANSLATE_NOOP("", "United States")),
    ("other", QT_TRANSLATE_NOOP("", "Somewhere else")),
)


class AccountDialog(QDialog):
    """Label, platform, region, and the optional details used to fill templates."""

    def __init__(self, parent: QWidget | None = None, account: Account | None = None,
                 groups: list[str] | None = None, platforms: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit account") if account else tr("Add account"))
        self.setAccessibleName(self.windowTitle())
        form = QFormLayout()

        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(tr("for example: my art Instagram"))
        self.platform_box = QComboBox()
        for platform in platforms or list(PLATFORMS):
            self.platform_box.addItem(platform_icon(platform), platform_label(platform), platform)
        self.region_box = QComboBox()
        for code, name in REGIONS:
            self.region_box.addItem(tr(name), code)
        self.handle_edit = QLineEdit()
        self.handle_edit.setPlaceholderText(tr("optional, e.g. @myname"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(tr("optional: the account's email address"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("optional: your name, for the objection text"))
        self.country_edit = QLineEdit()
        self.country_edit.setPlaceholderText(tr("optional: the country you live in"))
        self.group_box = QComboBox()
        self.group_box.setEditable(True)
        self.group_box.addItem("")
        for group in groups or []:
            self.group_box.addItem(group)
        group_line = self.group_box.lineEdit()
        assert group_line is not None  # an editable combo box has one
        group_line.setPlaceholderText(tr("optional: one name for your accounts that are linked"))

        # The language of the account's letters (objection and complaint texts): the window's by default; a
        # Dutch user may write to the Dutch regulator in Dutch and to Meta in English.
        from app.ui.i18n import LANGUAGES, current_language

        self.letters_box = QComboBox()
        self.letters_box.addItem(tr("The window's language ({language})").format(
            language=LANGUAGES[current_language()]), "")
        for code, name in LANGUAGES.items():
            self.letters_box.addItem(name, code)
        self.letters_box.setToolTip(tr("The language of the texts you copy and send (objections, "
                                       "complaints). A guide not translated into it gives them in English."))

        rows: list[tuple[str, QWidget]] = [
            (tr("&Label:"), self.label_edit),
            (tr("&Platform:"), self.platform_box),
            (tr("&Where you live:"), self.region_box),
            (tr("&Handle:"), self.handle_edit),
            (tr("&Email:"), self.email_edit),
            (tr("&Your name:"), self.name_edit),
            (tr("&Country:"), self.country_edit),
            (tr("&Linked accounts:"), self.group_box),
            (tr("Letters &in:"), self.letters_box),
        ]
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            if widget is self.group_box:
                self.group_label = label
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.platform_box.currentIndexChanged.connect(self._platform_changed)
        self._platform_changed()

        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setAccessibleName(tr("Problem"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save") if account else tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        if account is not None:
            self.label_edit.setText(account.label)
            self.platform_box.setCurrentIndex(max(0, self.platform_box.findData(account.platform)))
            self.region_box.setCurrentIndex(max(0, self.region_box.findData(account.region)))
            self.handle_edit.setText(account.handle)
            self.email_edit.setText(account.email)
            self.name_edit.setText(account.full_name)
            self.country_edit.setText(account.country)
            self.group_box.setCurrentText(account.group_name)
            self.letters_box.setCurrentIndex(max(0, self.letters_box.findData(account.letters_language)))
        self.label_edit.setFocus()

    def _platform_changed(self) -> None:
        """For Meta's apps the group is their Accounts Center (one objection covers the accounts in it)."""
        meta = self.platform_box.currentData() in ACCOUNTS_CENTER_PLATFORMS
        self.group_label.setText(tr("&Accounts Center:") if meta else tr("&Linked accounts:"))
        self.group_box.setAccessibleName(tr("Accounts Center") if meta else tr("Linked accounts"))
        line = self.group_box.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                tr("optional: a name for the Accounts Center these accounts share") if meta
                else tr("optional: one name for your linked accounts, so one request can cover them"))

    def accept(self) -> None:
        if not self.label_edit.text().strip():
            self.error_label.setText(tr("Give the account a label, so you can tell it from your others."))
            self.error_label.show()
            self.label_edit.setFocus()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        """What was typed, one line each: control characters pasted in (a tab, a NUL) are dropped, so that
        what the window stores is what a backup of it may import again."""
        return {
            "label": one_line(self.label_edit.text()),
            "platform": self.platform_box.currentData(),
            "region": self.region_box.currentData(),
            "handle": one_line(self.handle_edit.text()),
            "email": one_line(self.email_edit.text()),
            "full_name": one_line(self.name_edit.text()),
            "country": one_line(self.country_edit.text()),
            "group_name": one_line(self.group_box.currentText()),
            "letters_language": str(self.letters_box.currentData() or ""),
        }


def one_line(text: str) -> str:
    return "".join(char for char in text if char >= " " and not 0xD800 <= ord(char) <= 0xDFFF).strip()


class ProblemsDialog(QDialog):
    """A non-modal list of procedure files that could not be loaded, one `file:line: message` per line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Guide files with problems"))
        self.setModal(False)
        self.intro = QLabel(tr("These files were skipped; every other guide loaded. Fix each problem "
                               "in the file and save it, or check it with 'objector validate FILE'."))
        self.intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(tr("Problems"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 320)

    def set_problems(self, lines: list[str]) -> None:
        self.text.setPlainText("\n".join(lines))


class ChooseProcedureDialog(QDialog):
    """Pick one procedure from a list (adding one to an account, or showing a hidden one again)."""

    def __init__(self, parent: QWidget | None, title: str, choices: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        for procedure_id, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, procedure_id)
            self.list.addItem(item)
        if choices:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))
