"""The bars above the tabs, each built the first time it is needed: problems and notices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from viewer.problems import BriefingError

if TYPE_CHECKING:
    from viewer.ui.error_bar import ErrorBar
    from viewer.ui.notice_bar import NoticeBar


class WindowBars:
    """The window's central widget: the tabs, the error and notice bars above them.

    Neither is in the first picture, so neither is built before it is needed: the
    error bar's icon alone initialises QStyle's enums (see docs/performance.md).
    """

    def __init__(self, window: QMainWindow, tabs: QWidget) -> None:
        central = QWidget(window)
        self.layout = QVBoxLayout(central)
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.layout.setSpacing(0)
        self.layout.addWidget(tabs, 1)
        window.setCentralWidget(central)
        self._parent: QWidget = window
        self._error: ErrorBar | None = None
        self._notice: NoticeBar | None = None

    def ensure_error_bar(self) -> ErrorBar:
        if self._error is None:
            from viewer.ui.error_bar import ErrorBar

            self._error = ErrorBar(self._parent)
            self.layout.insertWidget(0, self._error)
        return self._error

    def ensure_notice_bar(self) -> NoticeBar:
        if self._notice is None:
            from viewer.ui.notice_bar import NoticeBar

            self._notice = NoticeBar(self._parent)
            self.layout.insertWidget(0, self._notice)
        return self._notice

    def show_refusal(self, error: BriefingError, kept: str) -> None:
        """List why a file was refused, and say what stays on screen."""
        self.ensure_error_bar().show_error(error, kept)

    @property
    def refusal_shown(self) -> bool:
        return self._error is not None and self._error.isVisible()

    def hide_messages(self) -> None:
        """A briefing was shown: what was said about the last attempt no longer holds."""
        for bar in (self._error, self._notice):
            if bar is not None:
                bar.hide()
