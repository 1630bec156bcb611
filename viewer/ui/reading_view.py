"""A read-only rich-text view that loads nothing and follows no link by itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip, QWidget

from viewer.render.style import stylesheet
from viewer.theme import Colors
from viewer.ui.first_paint import AfterFirstPaint
from viewer.ui.labels import plain_tooltip
from viewer.ui.zoom import STEP_FACTOR

#: The reading column is as wide as this many average characters, whatever the window's
#: width or the text size, so that running text breaks into lines of 66–75 characters
#: (they read best): lines break between words, a few characters short of the column.
COLUMN_CHARACTERS = 76
#: Margins never narrower than this (pixels), however narrow the window.
MIN_MARGIN = 18
#: What an average line of a briefing looks like, for measuring the column.
_SAMPLE = "The fight over the country continues in Mariupol, but there are no indications"

Span = tuple[int, int]
#: The highlight layer marking the statement a link went to.
GO_TO_LAYER = "go-to"


class ReadingView(QTextBrowser):
    """Shows one rendered section of a briefing, in a centred reading column.

    Links are reported through ``anchorClicked`` and never followed by Qt, and
    ``loadResource`` refuses everything: a document from a briefing cannot make
    the view read a local file, a ``data:`` URL or anything from the network.

    Highlights are kept in named layers (find's matches, the passages a statement
    rests on), so one feature clearing its own never clears another's.

    Signals:
        zoom_requested(int): Ctrl+wheel asked for one step in (+1) or out (-1); the
            window applies zoom to every view, so this view does not zoom alone.
        history_requested(int): the mouse's back (-1) or forward (+1) button.
    """

    zoom_requested = Signal(int)
    history_requested = Signal(int)

    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._colors = colors
        self._html = ""
        self._pending_scroll: int | None = None
        self._centre_when_shown = False
        self._centred = False  # the cursor was put in the middle, and the reader has not scrolled
        self._shown = False
        self._dim_uncited = False
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self.document().setDefaultStyleSheet(stylesheet(colors))
        self.document().setDocumentMargin(MIN_MARGIN)
        # A drop on the text goes to the window, which opens dropped briefings.
        self.setAcceptDrops(False)
        self.verticalScrollBar().rangeChanged.connect(self._apply_pending_scroll)
        # Scrolling by hand cancels a position still waiting to be applied.
        self.verticalScrollBar().actionTriggered.connect(self._forget_pending_scroll)

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: N802 - Qt's names
        return None

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A link's title as a tooltip, always plain text: Qt would guess rich text in it, and
        titles carry briefing text (a region's name)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            title = self.cursorForPosition(event.pos()).charFormat().toolTip()
            if title:
                QToolTip.showText(event.globalPos(), plain_tooltip(title), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """The mouse's back and forward buttons step through the window's history."""
        steps = {Qt.MouseButton.BackButton: -1, Qt.MouseButton.ForwardButton: 1}
        if event.button() in steps:
            self.history_requested.emit(steps[event.button()])
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.hasFocus() and self.textCursor().hasSelection():  # Tab selects a link's words
            from viewer.ui.link_focus import paint_focus_ring  # not needed for a first picture

            paint_focus_ring(self, self._colors.link)

    def set_zoom(self, step: int, base: QFont) -> None:
        """Text size ``base`` × 1.1^step (and its family); the document reflows to the new size."""
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * STEP_FACTOR**step)
        self.document().setDefaultFont(font)
        self._fit_column()

    def show_html(self, html: str) -> None:
        self._html = html
        self.document().setDefaultStyleSheet(stylesheet(self._colors, self._dim_uncited))
        self.setHtml(html)
        self._layers = {}
        self._fit_column()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_column()

    def column_width(self) -> float:
        """The width of the reading column, in pixels, for the document's font now."""
        metrics = QFontMetricsF(self.document().defaultFont())
        return metrics.horizontalAdvance(_SAMPLE) / len(_SAMPLE) * COLUMN_CHARACTERS

    def _fit_column(self) -> None:
        """Centre a column of about ``COLUMN_CHARACTERS`` characters in the view's width."""
        # Not viewport(): see _centre_now. Without a scroll bar's width, a few pixels' error.
        width = self.maximumViewportSize().width()
        side = max(MIN_MARGIN, (width - self.column_width()) / 2)
        root = self.document().rootFrame()
        form = root.frameFormat()
        if abs(form.leftMargin() - side) >= 1:
            form.setLeftMargin(side)
            form.setRightMargin(side)
            root.setFrameFormat(form)
            if self._centred:  # the text reflowed under a match put in the middle: again
                QTimer.singleShot(0, self._centre_now)

    def set_dim_uncited(self, dim: bool) -> None:
        """Grey the report's passages nothing rests on (or not), keeping the reader's place."""
        if dim != self._dim_uncited:
            self._dim_uncited = dim
            self.replace_keeping_place(self._html)

    def set_highlights(self, layer: str, spans: list[Span], background: str, text: str) -> None:
        """Highlight document positions in one layer, replacing that layer's earlier ones."""
        selections = []
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.span_cursor(start, end)
            selection.format.setBackground(QColor(background))
            selection.format.setForeground(QColor(text))
            selections.append(selection)
        if selections:
            self._layers[layer] = selections
        else:
            self._layers.pop(layer, None)
        self.setExtraSelections([s for layer in self._layers.values() for s in layer])

    def go_to_anchor(self, name: str, colors: Colors) -> bool:
        """Bring the named place to the middle of the view and mark its paragraph."""
        position = self.anchor_position(name)
        if position is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        block = cursor.block()
        end = block.position() + max(0, block.length() - 1)
        self.set_highlights(
            GO_TO_LAYER, [(block.position(), end)], colors.mark_background, colors.mark_text
        )
        self.setTextCursor(cursor)
        self.centre_on_cursor()
        return True

    def anchor_position(self, name: str) -> int | None:
        """The document position of the named anchor (``<a name=…>``), if the page has it."""
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and name in fragment.charFormat().anchorNames():
                    return int(fragment.position())
                iterator += 1
            block = block.next()
        return None

    def show_in_two_steps(self, first_screen: str, whole: Callable[[], str]) -> None:
        """Show ``first_screen`` now and ``whole`` once the view has painted.

        Parsing the overview of a thousand regions takes longer than a frame; its
        top is all the first picture needs, and the rest follows unseen.
        """
        if self._shown:
            self.show_html(whole())
            return
        self.show_html(first_screen)
        AfterFirstPaint(self, lambda: self.replace_keeping_place(whole()))

    def replace_keeping_place(self, html: str) -> None:
        """Show ``html`` (a new version of the page) and stay where the reader was (a place
        still waiting wins)."""
        position = self.verticalScrollBar().value()
        self.show_html(html)
        if position and self._pending_scroll is None:
            self.scroll_to(position)

    def set_colors(self, colors: Colors) -> None:
        """Show the same document in other colours, at the same place.

        A default stylesheet applies only when HTML is parsed, so the document is
        parsed again; the selection does not survive, the scroll position does.
        """
        if colors == self._colors:
            return
        self._colors = colors
        self.replace_keeping_place(self._html)

    def span_cursor(self, start: int, end: int) -> QTextCursor:
        """A cursor over the document positions ``start``–``end`` (UTF-16 units)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def select_span(self, start: int, end: int, centre: bool = False) -> None:
        """Select the document positions ``start``–``end`` and scroll them into view:
        to the middle of it with ``centre``, else as little as will do."""
        self._pending_scroll = None  # a place chosen now wins over one still waiting
        self._centre_when_shown = False
        self._centred = False
        self.setTextCursor(self.span_cursor(start, end))
        if centre:
            self.centre_on_cursor()
        else:
            self.ensureCursorVisible()

    def centre_on_cursor(self) -> None:
        """Scroll the text cursor to the vertical middle of the view, as far as the text allows.

        A view not shown yet has no real size: it is centred once shown and laid out.
        """
        if self._shown:
            self._centre_now()
        else:
            self._centre_when_shown = True

    @Slot()
    def _centre_now(self) -> None:
        # The viewport's height without asking for the viewport: the first Python call
        # returning it has shiboken set up every QWidget subclass (18 ms, once).
        height = self.maximumViewportSize().height()
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect().center().y() - height // 2)
        self._centred = True

    def scroll_to(self, position: int) -> None:
        """Scroll to ``position`` now if shown, else once shown and laid out at its real width.

        A view that is not shown yet lays its document out at a provisional width;
        a position applied then would be off once the real width reflows the text.
        """
        self._pending_scroll = position
        if self._shown:
            self._apply_pending_scroll()

    @Slot()
    def _forget_pending_scroll(self) -> None:
        self._pending_scroll = None
        self._centred = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # QTextEdit scrolls to the text cursor on its first show; a position is applied after.
        super().showEvent(event)
        self._shown = True
        if self._pending_scroll is not None:
            QTimer.singleShot(0, self._apply_pending_scroll)
        if self._centre_when_shown:
            self._centre_when_shown = False
            QTimer.singleShot(0, self._centre_now)

    @Slot()
    def _apply_pending_scroll(self) -> None:
        bar = self.verticalScrollBar()
        if (
            self._pending_scroll is not None
            and self._shown
            and self._pending_scroll <= bar.maximum()
        ):
            bar.setValue(self._pending_scroll)
            self._pending_scroll = None
