"""Run something once a widget has painted for the first time.

Work the reader does not see at once (the find index, say) waits until the
window is on screen, so it does not delay the first picture.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, from the event loop, after ``widget``'s first paint event.

    A child of ``widget``: if the widget goes away first, nothing is called.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # The paint event is being delivered now; call back once it has been handled.
            QTimer.singleShot(0, self, self._callback)
        return False
