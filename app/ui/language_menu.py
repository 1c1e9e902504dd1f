"""View > Language: the system's language or one chosen, remembered in the settings; the window speaks it
from the next start (it offers to restart now)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.ui import i18n
from app.ui.models import tr


class LanguageMenu:
    """Fills the Language submenu and acts on a choice."""

    def __init__(self, parent: QWidget, settings: QSettings, menu: QMenu) -> None:
        self._parent, self._settings, self.menu = parent, settings, menu
        self.menu.setObjectName("languageMenu")
        group = QActionGroup(menu)
        saved = str(settings.value(i18n.LANGUAGE_KEY, "") or "")
        saved = saved if saved in i18n.LANGUAGES else ""
        system = i18n.LANGUAGES[i18n.system_language()]
        self.actions: dict[str, QAction] = {}
        for code, name in [("", tr("System language ({language})").format(language=system)),
                           *i18n.LANGUAGES.items()]:
            action = QAction(name, menu)
            action.setObjectName(f"language-{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            group.addAction(action)
            menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        """Remember the choice; the window speaks it from the next start, now if the user wants to restart."""
        before = i18n.chosen_language(self._settings)
        self._settings.setValue(i18n.LANGUAGE_KEY, code)
        self._settings.sync()
        after = i18n.chosen_language(self._settings)
        if after == before:
            return
        # Said in the language the window speaks now: the one the user just read to find the menu.
        box = QMessageBox(QMessageBox.Icon.Information, tr("Language"),
                          tr("Objector will speak {language} from its next start.").format(
                              language=i18n.LANGUAGES[after]), parent=self._parent)
        restart = box.addButton(tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.exec()
        if box.clickedButton() is restart:
            self.restart()

    def restart(self) -> None:
        """Close the window (which saves everything, and may ask about unsaved notes); once the data folder
        is let go (app.ui.application.run), Objector starts again."""
        app = QCoreApplication.instance()
        if app is not None and self._parent.close():
            app.setProperty(RESTART_PROPERTY, True)
            app.quit()


RESTART_PROPERTY = "objectorRestart"


def restart_if_asked() -> None:
    """Start Objector again, with the same arguments, if the language menu asked for it."""
    app = QCoreApplication.instance()
    if app is None or not app.property(RESTART_PROPERTY):
        return
    if getattr(sys, "frozen", False):  # the bundle: its executable is the program
        QProcess.startDetached(sys.executable, sys.argv[1:])
    else:
        QProcess.startDetached(sys.executable, ["-m", "app", *sys.argv[1:]])
