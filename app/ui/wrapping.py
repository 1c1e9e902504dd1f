"""A button and a check box whose text goes on in a second line where the pane is narrow, and the status
row that puts its date on a second line. Qt's own buttons and check boxes never wrap: "Die
Beschwerde-Anleitung zu diesem Konto hinzufügen" or a German check box's 527 pixels would otherwise set the
narrowest the details pane can be, wider than an 800-pixel window leaves it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

# Room between a button's edge and its text, each side (Fusion's and the Windows style's are about this).
TEXT_MARGIN = QSize(8, 4)


def _longest_word(label: QLabel) -> int:
    metrics = label.fontMetrics()
    return max((metrics.horizontalAdvance(word) for word in label.text().replace("&", "").split()), default=0)


class WrapButton(QPushButton):
    """A push button whose label wraps. `text()` and `setText()` are the label's; the mnemonic (`&`) still
    presses the button."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._label.setBuddy(self)  # its `&` letter clicks the button
        self._label.setForegroundRole(QPalette.ColorRole.ButtonText)  # a button's text colour, light or dark
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._label.setText(text)
        self._line_size: QSize | None = None
        self.updateGeometry()

    def text(self) -> str:
        return self._label.text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._line_size = None
        super().changeEvent(event)

    def _one_line(self) -> QSize:
        """Qt's own size for this text on one line (worked out once per text, font and style)."""
        if self._line_size is None:
            probe = QPushButton(self._label.text())
            probe.setFont(self.font())
            probe.setStyle(self.style())
            self._line_size = probe.sizeHint()
        return self._line_size

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._one_line()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = min(self._one_line().width(), _longest_word(self._label) + 2 * TEXT_MARGIN.width())
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        one_line = self._one_line()
        if width >= one_line.width():
            return one_line.height()
        text_height = self._label.heightForWidth(max(1, width - 2 * TEXT_MARGIN.width()))
        return max(one_line.height(), text_height + 2 * TEXT_MARGIN.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._label.setGeometry(self.rect().adjusted(TEXT_MARGIN.width(), TEXT_MARGIN.height(),
                                                     -TEXT_MARGIN.width(), -TEXT_MARGIN.height()))


class WrapCheckBox(QCheckBox):
    """A check box whose text wraps beside its box; a click anywhere on it, or its `&` letter, ticks it."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._label.setBuddy(self)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # Qt's is Minimum: never below one line
        self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._label.setText(text)
        self.updateGeometry()

    def text(self) -> str:
        return self._label.text()

    def _indent(self) -> int:
        """Where the text starts: after the box and the style's gap."""
        style = self.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self) + \
            style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)

    def _box_height(self) -> int:
        """The height of Qt's own check box, with no text: the first line's."""
        style = self.style()
        return max(style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self),
                   self.fontMetrics().height()) + 2

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = self._label.sizeHint()
        return QSize(self._indent() + hint.width(), max(self._box_height(), hint.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = self._indent() + min(self._label.sizeHint().width(), _longest_word(self._label))
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return max(self._box_height(), self._label.heightForWidth(max(1, width - self._indent())))

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt's name)
        return self.rect().contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """The box beside the first line of the text (Qt's own centres it on the whole height)."""
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        option.rect = QRect(0, 0, self.width(), self._box_height())
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._label.setGeometry(self.rect().adjusted(self._indent(), 0, 0, 0))


class StatusRow(QWidget):
    """"Status: [list] on [date]" on one line where the pane is wide enough for the list's longest status,
    else the date on a second line: the list is never cut to "nicht begon"."""

    def __init__(self, status_label: QLabel, status_box: QWidget, date_label: QLabel,
                 date_edit: QWidget) -> None:
        super().__init__()
        self._parts = (status_label, status_box, date_label, date_edit)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # no more than its lines
        self._one_line: bool | None = None
        self._arrange(True)

    def _one_line_width(self) -> int:
        spacing = max(self._grid.horizontalSpacing(), 0)
        return sum(part.sizeHint().width() for part in self._parts) + spacing * (len(self._parts) - 1)

    def _arrange(self, one_line: bool) -> None:
        if one_line == self._one_line:
            return
        self._one_line = one_line
        status_label, status_box, date_label, date_edit = self._parts
        for part in self._parts:
            self._grid.removeWidget(part)
        self._grid.addWidget(status_label, 0, 0)
        if one_line:
            self._grid.addWidget(status_box, 0, 1)
            self._grid.addWidget(date_label, 0, 2)
            self._grid.addWidget(date_edit, 0, 3)
            self._grid.setColumnStretch(1, 1)
            self._grid.setColumnStretch(2, 0)
        else:
            self._grid.addWidget(status_box, 0, 1, 1, 2)
            self._grid.addWidget(date_label, 1, 0)
            self._grid.addWidget(date_edit, 1, 1, Qt.AlignmentFlag.AlignLeft)
            self._grid.setColumnStretch(1, 0)
            self._grid.setColumnStretch(2, 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        status_label, status_box, date_label, date_edit = self._parts
        spacing = max(self._grid.horizontalSpacing(), 0)
        width = max(status_label.sizeHint().width(), date_label.sizeHint().width()) + spacing + \
            max(status_box.minimumSizeHint().width(), date_edit.sizeHint().width())
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._arrange(event.size().width() >= self._one_line_width())
        super().resizeEvent(event)
