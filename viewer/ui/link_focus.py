"""The link the keyboard is on, and a clear ring around it: Qt marks it with a 1-pixel dotted line only.

In a text browser, Tab and Shift+Tab move the keyboard from link to link by
selecting the link's words; Enter then follows it. ``focused_link`` tells which
link that is, ``link_rects`` where its words are, and ``paint_focus_ring``
draws a 2-pixel ring in the theme's link colour (at least 4.5:1 against every
theme's background) around them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextLine
from PySide6.QtWidgets import QTextEdit

from viewer.ui.document_outline import Anchor, anchors_of

RING_WIDTH = 2


def focused_link(view: QTextEdit) -> Anchor | None:
    """The link whose words are exactly the view's selection, while the view has the focus."""
    cursor = view.textCursor()
    if not view.hasFocus() or not cursor.hasSelection():
        return None
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    block = view.document().findBlock(start)
    return next((a for a in anchors_of(block) if (a.start, a.end) == (start, end)), None)


def link_rects(view: QTextEdit, anchor: Anchor) -> list[QRectF]:
    """Where the link's words are in the view's viewport: one rectangle per line they are on."""
    document = view.document()
    block = document.findBlock(anchor.start)
    layout = block.layout()
    origin = document.documentLayout().blockBoundingRect(block).topLeft()
    origin -= layout.boundingRect().topLeft()
    origin -= QPointF(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    start, end = anchor.start - block.position(), anchor.end - block.position()
    rects = []
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        first, last = max(start, line.textStart()), min(end, line.textStart() + line.textLength())
        if first < last:
            left, right = _x(line, first), _x(line, last)
            rects.append(QRectF(left, line.y(), right - left, line.height()).translated(origin))
    return rects


def _x(line: QTextLine, position: int) -> float:
    answer = line.cursorToX(position)  # PySide6 answers (x, position) for Qt's int * argument
    assert isinstance(answer, tuple)
    return float(answer[0])


def paint_focus_ring(view: QTextEdit, color: str) -> None:
    """Ring the link the keyboard is on, if any; call after the view has painted its viewport."""
    anchor = focused_link(view)
    if anchor is None:
        return
    painter = QPainter(view.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(color), RING_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for rect in link_rects(view, anchor):
        painter.drawRoundedRect(rect.adjusted(-3, -1, 3, 1), 3, 3)
    painter.end()
