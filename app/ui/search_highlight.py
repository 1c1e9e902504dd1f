"""The words a search found, marked in the checklist's rows.

`match_ranges` works out which parts of a row's text contain the search (a pure function, tested alone);
`SearchHighlightDelegate` lets the style paint the row as usual and then paints those parts over it in the
palette's highlight colours, so they follow the system's light or dark theme. Only the rows on screen are
painted (the tree has uniform row heights), and a row without a match costs one substring test more.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

AnyIndex = QModelIndex | QPersistentModelIndex

# Qt's enum members, looked up once: each lookup through the enum classes costs a Python call, and a row
# painted with a match asks for about ten of them.
_ENABLED, _ACTIVE, _SELECTED = (QStyle.StateFlag.State_Enabled, QStyle.StateFlag.State_Active,
                                QStyle.StateFlag.State_Selected)
_DISABLED_GROUP, _ACTIVE_GROUP, _INACTIVE_GROUP = (QPalette.ColorGroup.Disabled, QPalette.ColorGroup.Active,
                                                   QPalette.ColorGroup.Inactive)
_HIGHLIGHT, _HIGHLIGHTED_TEXT = QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText
_TEXT_MARGIN, _TEXT_AREA = QStyle.PixelMetric.PM_FocusFrameHMargin, QStyle.SubElement.SE_ItemViewItemText
_ITEM, _DISPLAY, _RIGHT_TO_LEFT = (QStyle.ControlElement.CE_ItemViewItem, Qt.ItemDataRole.DisplayRole,
                                   Qt.LayoutDirection.RightToLeft)


def match_ranges(text: str, needle: str) -> list[tuple[int, int]]:
    """The (start, end) ranges of `text` that contain `needle`, case-folded, left to right, never
    overlapping; touching ranges are joined. Ranges are positions in `text` itself, also where case folding
    changes a character's length ("ß" folds to "ss")."""
    needle = needle.casefold()
    if not needle or not text:
        return []
    folded = text.casefold()
    if needle not in folded:
        return []
    if len(folded) == len(text):
        owner: list[int] | None = None  # each folded character is the text's character at the same place
    else:
        owner = [position for position, char in enumerate(text) for _ in char.casefold()]
    ranges: list[tuple[int, int]] = []
    found = folded.find(needle)
    while found != -1:
        end = found + len(needle)
        start, stop = (found, end) if owner is None else (owner[found], owner[end - 1] + 1)
        if ranges and ranges[-1][1] >= start:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], stop))
        else:
            ranges.append((start, stop))
        found = folded.find(needle, end)
    return ranges


Span = tuple[int, int, str]  # where a marked part starts (pixels from the text's left), its width, its text


def marked_spans(text: str, needle: str, metrics: QFontMetrics, width: int,
                 elide: Qt.TextElideMode) -> list[Span]:
    """The parts of `text` that contain `needle`, as shown in `width` pixels (elided on the right)."""
    ranges = match_ranges(text, needle)
    if not ranges:
        return []
    elided = metrics.elidedText(text, elide, width)
    shown = len(text) if elided == text else max(0, len(elided) - 1)  # right elision keeps the start
    spans = []
    for start, end in ranges:
        end = min(end, shown)
        if start >= end:
            break
        part = text[start:end]
        spans.append((metrics.horizontalAdvance(text[:start]), metrics.horizontalAdvance(part), part))
    return spans


class SearchHighlightDelegate(QStyledItemDelegate):
    """Paints the parts of column 0's text that contain `needle` (set by whoever owns the search) in the
    palette's highlight colours; inverted on a selected row, whose background already is the highlight.

    Measuring text is what a marked row costs most, so each row's spans are kept until the search changes.
    """

    CACHE_SIZE = 4096

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._spans: dict[tuple[str, int, str], list[Span]] = {}

    @property
    def needle(self) -> str:
        return self._needle

    @needle.setter
    def needle(self, needle: str) -> None:
        if needle != self._needle:
            self._needle = needle
            self._spans.clear()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        needle = self._needle
        if not needle or index.column() != 0:
            super().paint(painter, option, index)
            return
        # What QStyledItemDelegate.paint does, with the option kept: asking the model for a row's data
        # (initStyleOption) costs more than drawing it, so it is asked once.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(_ITEM, opt, painter, widget)
        text = opt.text
        if not text or needle not in text.casefold() or opt.direction == _RIGHT_TO_LEFT:
            return  # (right-to-left text is laid out from the right: left as the style painted it)
        # Where the style put the text (QCommonStyle: the text rectangle less a focus-frame margin).
        margin = style.pixelMetric(_TEXT_MARGIN, None, widget) + 1
        area = style.subElementRect(_TEXT_AREA, opt, widget).adjusted(margin, 0, -margin, 0)
        font = opt.font
        key = (text, area.width(), font.key())
        spans = self._spans.get(key)
        if spans is None:
            if len(self._spans) >= self.CACHE_SIZE:
                self._spans.clear()
            spans = self._spans[key] = marked_spans(text, needle, opt.fontMetrics, area.width(),
                                                    opt.textElideMode)
        if spans:
            paint_spans(painter, opt, area, spans)


def paint_spans(painter: QPainter, opt: QStyleOptionViewItem, area: QRect, spans: list[Span]) -> None:
    """Paint the marked parts over the row the style drew, in the palette's highlight colours."""
    metrics = opt.fontMetrics
    height = metrics.height()
    top = area.top() + (area.height() - height) // 2  # the style centres one line vertically
    baseline = top + metrics.ascent()
    state = opt.state
    group = _DISABLED_GROUP if not state & _ENABLED else _ACTIVE_GROUP if state & _ACTIVE else _INACTIVE_GROUP
    back, fore = (_HIGHLIGHTED_TEXT, _HIGHLIGHT) if state & _SELECTED else (_HIGHLIGHT, _HIGHLIGHTED_TEXT)
    palette = opt.palette
    fill = palette.color(group, back)
    painter.save()
    painter.setClipRect(area)
    painter.setFont(opt.font)
    painter.setPen(palette.color(group, fore))
    left = area.left()
    for x, width, part in spans:
        painter.fillRect(QRect(left + x, top, width, height), fill)
        painter.drawText(QPoint(left + x, baseline), part)
    painter.restore()
