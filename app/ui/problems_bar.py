"""The notice above the checklist (and the welcome page) that some procedure files were skipped."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.procedures import Catalog
from app.ui.models import tr


class ProblemsBar(QFrame):
    """Says how many files have problems; "Show problems" asks for the list (`show_requested`)."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.show_button = QPushButton(tr("Show problems"))
        self.show_button.setAccessibleName(tr("Show the problems in guide files"))
        self.show_button.clicked.connect(self.show_requested)
        self.hide_button = QPushButton(tr("Dismiss"))
        self.hide_button.setAccessibleName(tr("Dismiss the notice of problems in guide files"))
        self.hide_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.hide_button)
        self.hide()

    def show_for(self, catalog: Catalog) -> None:
        problems = catalog.problems
        if not problems:
            self.hide()
            return
        files = len({problem.path for problem in problems})
        self.label.setText(tr("%n guide file(s) have problems and were skipped; everything else loaded.",
                              "", files))
        self.show()
