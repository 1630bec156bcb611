"""Reading views as documents for screen readers: Qt's own text, plus headings, lists, quotes and links.

Over AT-SPI, Qt exports a QTextBrowser as one label holding the page's text: no
headings to move by, no links to find or press. The factory of
``viewer.ui.accessibility`` calls ``document_for``, which gives every
``ReadingView`` a ``DocumentAccessible`` instead: role Document, the
Text interface Qt computes for the view (text, caret, selection, attributes:
what screen readers read today, unchanged), and as children the parts of the
page (``document_outline``) with their links, which a screen reader presses to
do what a click does.

Why Qt's own Text interface: PySide6 6.11 does not bind ``selection()``,
``attributes()`` and ``textAtOffset()`` of QAccessibleTextInterface (they answer
through int pointers), so a text interface written in Python would answer
AT-SPI's GetSelection with uninitialised numbers. The factory therefore asks Qt
for its own interface of the view first (a nested query that this factory
declines), keeps it, and hands out its text interface. Qt's cache then holds two
interfaces for the view; it returns the one inserted last, ours, and deletes
both with the view. A debug build of Qt asserts on that second insertion;
release builds, which PySide6 ships, do not check.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, QTimer, QUrl
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QTextCursor
from PySide6.QtWidgets import QAccessibleWidget

from viewer.ui.accessible_nodes import NULL, LinkNode, PartNode
from viewer.ui.document_outline import Anchor, outline
from viewer.ui.link_focus import focused_link, link_rects
from viewer.ui.reading_view import ReadingView

InterfaceType = QAccessible.InterfaceType

#: While true, ``document_for`` declines, so that Qt builds its own interface of a view.
_declining = False
#: The documents handed to Qt: their Python owners must outlive Qt's pointers to them.
_documents: list[DocumentAccessible] = []


def document_for(obj: QObject) -> QAccessibleInterface | None:
    """The accessible document of a reading view, for Qt's factory; None for anything else.

    Qt's own interface of the view is made first, by a nested query that this
    function declines; its text interface becomes the document's.
    """
    global _declining
    if _declining or not isinstance(obj, ReadingView):
        return None
    _declining = True
    try:
        qt_own = QAccessible.queryAccessibleInterface(obj)
    finally:
        _declining = False
    if qt_own is None or qt_own.textInterface() is None:
        return None
    document = DocumentAccessible(obj, qt_own)
    _documents[:] = [*(d for d in _documents if shiboken6.isValid(d)), document]
    return document


def adopt(view: ReadingView) -> None:
    """Make ``view`` a document now, also if Qt made its own interface for it before the factory.

    Ours is then registered on top of Qt's, which the cache keeps and which still
    serves the text; screen readers are told the view's parent has new children.
    """
    existing = QAccessible.queryAccessibleInterface(view)
    if existing is None or isinstance(existing, DocumentAccessible):
        return
    document = DocumentAccessible(view, existing)
    _documents.append(document)
    QAccessible.registerAccessibleInterface(document)
    parent = document.parent()
    if parent is not None:
        QAccessible.updateAccessibility(QAccessibleEvent(parent, QAccessible.Event.ObjectReorder))
    if view.hasFocus():
        QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.Focus))


def _pointer(answer: object) -> shiboken6.VoidPtr:
    """Qt's ``interface_cast`` answer, passed on: PySide6 gives None for null, which must go back as NULL."""
    return answer if isinstance(answer, shiboken6.VoidPtr) else NULL


class DocumentAccessible(QAccessibleWidget):
    """A reading view for assistive technology: its parts as children, Qt's text as its text.

    The parts are read from the view's document on first use and again after the
    view shows new HTML; the old ones are retired then, and screen readers told.
    """

    def __init__(self, view: ReadingView, qt_own: QAccessibleInterface) -> None:
        super().__init__(view, QAccessible.Role.Document)
        self._view = view
        self._qt_own = qt_own
        self._parts: list[PartNode] | None = None
        self._focused: Anchor | None = None
        view.textChanged.connect(self._content_changed)
        view.cursorPositionChanged.connect(self._cursor_moved)
        view.destroyed.connect(self._view_gone)
        _KeyboardWatch(view, self._cursor_moved)

    # -- what the nodes ask (accessible_nodes.Host) ---------------------------

    def alive(self) -> bool:
        return shiboken6.isValid(self) and self.isValid()

    def block_rect(self, start: int, end: int) -> QRect:
        """Screen rectangle of the blocks from ``start`` to ``end``."""
        document = self._view.document()
        layout = document.documentLayout()
        area = QRectF()
        block = document.findBlock(start)
        while block.isValid() and block.position() <= end:
            area = area.united(layout.blockBoundingRect(block))
            block = block.next()
        return self._on_screen(area.toAlignedRect())

    def link_rect(self, anchor: Anchor) -> QRect:
        """Screen rectangle of a link's words."""
        area = QRectF()
        for line in link_rects(self._view, anchor):
            area = area.united(line)
        rect = area.toAlignedRect()
        return QRect(self._view.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def link_focused(self, anchor: Anchor) -> bool:
        return anchor == focused_link(self._view)

    def press(self, anchor: Anchor) -> None:
        """Do what a click on the link does: the view reports it; the window decides."""
        QTimer.singleShot(0, self._view, partial(self._view.anchorClicked.emit, QUrl(anchor.href)))

    def focus_link(self, anchor: Anchor) -> None:
        """Put the keyboard on the link, as Tab does: Enter then follows it."""
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(anchor.start)
        cursor.setPosition(anchor.end, QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- QAccessibleInterface -------------------------------------------------

    def interface_cast(self, t: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        if t == InterfaceType.TextInterface:
            return _pointer(self._qt_own.interface_cast(t))
        if t == InterfaceType.EditableTextInterface:
            return NULL  # a reading view is read-only
        return _pointer(super().interface_cast(t))

    def state(self) -> QAccessible.State:
        return self._qt_own.state()

    def text(self, t: QAccessible.Text) -> str:
        return self._qt_own.text(t)

    def childCount(self) -> int:  # noqa: N802 - Qt's name
        return len(self._nodes())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        parts = self._nodes()
        return parts[index] if 0 <= index < len(parts) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt's name
        return next((i for i, part in enumerate(self._nodes()) if part is child), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return next((part for part in self._nodes() if part.rect().contains(x, y)), None)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return self._link_node(focused_link(self._view))

    # -- keeping up with the view ---------------------------------------------

    def _nodes(self) -> list[PartNode]:
        if self._parts is None:
            self._parts = [PartNode(self, self, part) for part in outline(self._view.document())]
        return self._parts

    def _link_node(self, anchor: Anchor | None) -> LinkNode | None:
        for part in self._nodes():
            for node in part.nodes():
                if isinstance(node, LinkNode) and node.anchor == anchor:
                    return node
        return None

    def _on_screen(self, area: QRect) -> QRect:
        """A rectangle in document coordinates, on the screen."""
        scrolled = area.translated(
            -self._view.horizontalScrollBar().value(), -self._view.verticalScrollBar().value()
        )
        return QRect(self._view.viewport().mapToGlobal(scrolled.topLeft()), scrolled.size())

    def _view_gone(self) -> None:
        """Retire the parts; forget Qt's interface, which its cache deletes with the view.

        Its Python wrapper does not own it and would outlive it: shiboken would then
        hand that stale wrapper out for whatever Qt makes next at the same address.
        """
        self._retire_parts()
        shiboken6.invalidate(self._qt_own)

    def _retire_parts(self) -> None:
        for part in self._parts or []:
            for node in list(part.nodes()):
                node.retire()
        self._parts = None

    def _content_changed(self) -> None:
        had_parts = self._parts is not None
        self._retire_parts()
        self._focused = None
        if had_parts and QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self._view, QAccessible.Event.ObjectReorder)
            )

    def _cursor_moved(self) -> None:
        """Tab selects a link's words: tell screen readers that link has the focus."""
        anchor = focused_link(self._view)
        if anchor == self._focused:
            return
        self._focused = anchor
        node = self._link_node(anchor)
        if node is not None and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(node, QAccessible.Event.Focus))


class _KeyboardWatch(QObject):
    """Calls back after each key and focus change of a view: Tab to a link emits no signal of Qt's."""

    def __init__(self, view: ReadingView, changed: Callable[[], None]) -> None:
        super().__init__(view)
        self._changed = changed
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            QTimer.singleShot(0, self, self._changed)  # once the view has handled it
        return False
