"""A read-only rich-text view that loads nothing and follows no link by itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QFont, QShowEvent, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from viewer.render.style import stylesheet
from viewer.theme import Colors
from viewer.ui.first_paint import AfterFirstPaint
from viewer.ui.zoom import STEP_FACTOR


class ReadingView(QTextBrowser):
    """Shows one rendered section of a briefing.

    Links are reported through ``anchorClicked`` and never followed by Qt, and
    ``loadResource`` refuses everything: a document from a briefing cannot make
    the view read a local file, a ``data:`` URL or anything from the network.

    Signals:
        zoom_requested(int): Ctrl+wheel asked for one step in (+1) or out (-1); the
            window applies zoom to every view, so this view does not zoom alone.
    """

    zoom_requested = Signal(int)

    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._colors = colors
        self._html = ""
        self._pending_scroll: int | None = None
        self._centre_when_shown = False
        self._shown = False
        self.document().setDefaultStyleSheet(stylesheet(colors))
        self.document().setDocumentMargin(18)
        # A drop on the text goes to the window, which opens dropped briefings.
        self.setAcceptDrops(False)
        self.verticalScrollBar().rangeChanged.connect(self._apply_pending_scroll)
        # Scrolling by hand cancels a position still waiting to be applied.
        self.verticalScrollBar().actionTriggered.connect(self._forget_pending_scroll)

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: N802 - Qt's names
        return None

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def set_zoom(self, step: int, base: QFont) -> None:
        """Text size ``base`` × 1.1^step; the document reflows to the new size."""
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * STEP_FACTOR**step)
        self.document().setDefaultFont(font)

    def show_html(self, html: str) -> None:
        self._html = html
        self.document().setDefaultStyleSheet(stylesheet(self._colors))
        self.setHtml(html)

    def show_in_two_steps(self, first_screen: str, whole: Callable[[], str]) -> None:
        """Show ``first_screen`` now and ``whole`` once the view has painted.

        Parsing the overview of a thousand regions takes longer than a frame; its
        top is all the first picture needs, and the rest follows unseen.
        """
        if self._shown:
            self.show_html(whole())
            return
        self.show_html(first_screen)
        AfterFirstPaint(self, lambda: self._replace_keeping_place(whole()))

    def _replace_keeping_place(self, html: str) -> None:
        """Parse ``html`` again and stay where the reader was (a place still waiting wins)."""
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
        self._replace_keeping_place(self._html)

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
