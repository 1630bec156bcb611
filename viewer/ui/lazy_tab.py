"""A tab page whose content is built the first time it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    """Holds a builder until the page is first shown (or ``content()`` is asked for).

    A briefing with hundreds of regions then costs one empty widget per tab at
    start-up, and each region is rendered once, when the reader opens it.
    """

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build: Callable[[], QWidget] | None = build
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        if self._content is None:
            assert self._build is not None
            self._content = self._build()
            self._build = None
            self._layout.addWidget(self._content)
            # The tab widget focuses its page on a switch: the keyboard goes to the text.
            self.setFocusProxy(self._content)
            if self.isVisible():  # shown now, not by the layout's queued show, so it can take focus
                self._content.show()
        return self._content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.content()
        super().showEvent(event)
