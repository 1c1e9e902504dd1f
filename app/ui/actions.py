"""The window's menus, actions and toolbar, in one table: each action's name, text, shortcut and the
handler it calls. Texts are marked for translation here and translated when the menus are built."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QToolBar

from app.ui.models import tr

Key = QKeySequence.StandardKey
SEPARATOR = None


class Submenu:
    """A submenu in the table, filled by the handler of its name (which is given the menu)."""

    def __init__(self, name: str, title: object) -> None:  # QT_TRANSLATE_NOOP's text, typed as object
        self.name, self.title = name, title


LANGUAGE_MENU = Submenu("languageMenu", QT_TRANSLATE_NOOP("", "&Language"))  # filled by app.ui.language_menu

# (object name, text, shortcut(s), checkable); None is a separator; a name alone repeats an action built
# in an earlier menu. The name is what the handler table and tests know the action by.
MENUS: tuple[tuple[object, tuple[Any, ...]], ...] = (
    (QT_TRANSLATE_NOOP("", "&File"), (
        ("addAccount", QT_TRANSLATE_NOOP("", "&Add account…"), Key.New, False),
        SEPARATOR,
        ("exportReport", QT_TRANSLATE_NOOP("", "Export &report…"), "Ctrl+P", False),
        ("exportCalendar", QT_TRANSLATE_NOOP("", "Export due dates to a &calendar file…"),
         "Ctrl+Shift+D", False),
        ("importChecklist", QT_TRANSLATE_NOOP("", "&Import a Markdown checklist as a procedure…"),
         "Ctrl+I", False),
        SEPARATOR,
        ("exportBackup", QT_TRANSLATE_NOOP("", "&Back up everything to a file…"), "Ctrl+Shift+B",
         False),
        ("importBackup", QT_TRANSLATE_NOOP("", "Import a backup &file…"), "Ctrl+Shift+O", False),
        SEPARATOR,
        ("quit", QT_TRANSLATE_NOOP("", "&Quit"), "Ctrl+Q", False),
    )),
    (QT_TRANSLATE_NOOP("", "&Edit"), (
        "undo",
        "redo",
        SEPARATOR,
        ("find", QT_TRANSLATE_NOOP("", "&Find…"), Key.Find, False),
        ("copyTemplate", QT_TRANSLATE_NOOP("", "&Copy text to fill in"), "Ctrl+Shift+C", False),
    )),
    (QT_TRANSLATE_NOOP("", "&View"), (
        ("viewChecklist", QT_TRANSLATE_NOOP("", "&Checklist"), "Ctrl+1", False),
        ("viewOverview", QT_TRANSLATE_NOOP("", "&Overview and next actions"), "Ctrl+2", False),
        SEPARATOR,
        LANGUAGE_MENU,
    )),
    (QT_TRANSLATE_NOOP("", "&Account"), (
        "addAccount",
        ("editAccount", QT_TRANSLATE_NOOP("", "&Rename or edit…"), "F2", False),
        ("archiveAccount", QT_TRANSLATE_NOOP("", "&Archive"), "Ctrl+Shift+A", False),
        ("deleteAccount", QT_TRANSLATE_NOOP("", "&Delete…"), "Ctrl+Shift+Delete", False),
        SEPARATOR,
        ("showArchived", QT_TRANSLATE_NOOP("", "Show a&rchived accounts"), "Ctrl+Shift+R", True),
    )),
    (QT_TRANSLATE_NOOP("", "&Guide"), (
        ("toggleStep", QT_TRANSLATE_NOOP("", "&Tick or untick step"), "Ctrl+D", False),
        ("addProcedure", QT_TRANSLATE_NOOP("", "&Add a guide to this account…"), "Ctrl+Shift+P",
         False),
        ("hideProcedure", QT_TRANSLATE_NOOP("", "&Hide this guide for this account"),
         "Ctrl+Shift+H", False),
        ("showHidden", QT_TRANSLATE_NOOP("", "Show a &hidden guide again…"), "Ctrl+Shift+U",
         False),
        ("attachEvidence", QT_TRANSLATE_NOOP("", "Attach &file to this step or guide…"), "Ctrl+Shift+F",
         False),
        SEPARATOR,
        ("hideComplete", QT_TRANSLATE_NOOP("", "Hide &completed guides"), "Ctrl+Shift+K", True),
        ("expandAll", QT_TRANSLATE_NOOP("", "&Expand all"), "Ctrl+Shift+Right", False),
        ("collapseAll", QT_TRANSLATE_NOOP("", "C&ollapse all"), "Ctrl+Shift+Left", False),
        SEPARATOR,
        ("reportProblem", QT_TRANSLATE_NOOP("", "&Report a problem with this guide…"),
         "Ctrl+Shift+M", False),
    )),
    (QT_TRANSLATE_NOOP("", "&Help"), (
        ("showProblems", QT_TRANSLATE_NOOP("", "Guide file &problems…"), "Ctrl+Shift+E", False),
        ("about", QT_TRANSLATE_NOOP("", "&About Objector"), "F1", False),
    )),
)
TOOLBAR = ("addAccount", "undo", "redo")


def build_actions(window: QMainWindow, undo_stack: QUndoStack,
                  handlers: Mapping[str, Callable[..., Any]]) -> dict[str, QAction]:
    """Build the menus and the toolbar from the table; every action is also the window's (so that its
    shortcut works wherever the focus is). Returns the actions by name."""
    actions: dict[str, QAction] = {}
    undo = undo_stack.createUndoAction(window, tr("&Undo"))
    undo.setObjectName("undo")
    undo.setShortcuts([QKeySequence(Key.Undo)])
    redo = undo_stack.createRedoAction(window, tr("&Redo"))
    redo.setObjectName("redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    actions.update(undo=undo, redo=redo)
    window.addActions([undo, redo])
    bar = window.menuBar()
    for title, entries in MENUS:
        menu = bar.addMenu(tr(str(title)))  # a str: QT_TRANSLATE_NOOP returns its text, typed as object
        for entry in entries:
            if entry is SEPARATOR:
                menu.addSeparator()
            elif isinstance(entry, Submenu):
                handlers[entry.name](menu.addMenu(tr(str(entry.title))))
            elif isinstance(entry, str):
                menu.addAction(actions[entry])
            else:
                name, text, shortcut, checkable = entry
                action = QAction(tr(text), window)
                action.setObjectName(name)
                shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
                action.setShortcuts([QKeySequence(s) for s in shortcuts])
                action.setCheckable(checkable)
                action.triggered.connect(handlers[name])
                menu.addAction(action)
                window.addAction(action)
                actions[name] = action
    toolbar = QToolBar(tr("Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName(tr("Main toolbar"))
    for name in TOOLBAR:
        toolbar.addAction(actions[name])
    window.addToolBar(toolbar)
    return actions
