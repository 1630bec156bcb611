"""The bars above the tabs, each built the first time it is needed: problems and notices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

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
        self._draft: QLabel | None = None

    def show_draft(self, draft: bool, unsaved: bool) -> None:
        """The DRAFT banner over a draft's tabs: what it is and how to go on with it."""
        if not draft and self._draft is None:
            return
        if self._draft is None:
            self._draft = QLabel(self._parent)
            self._draft.setObjectName("draftBanner")
            self._draft.setTextFormat(Qt.TextFormat.PlainText)
            self._draft.setWordWrap(True)
            self._draft.setAccessibleName("Draft")
            # Its own colours in every theme: dark on a pale yellow, 12:1.
            self._draft.setStyleSheet(
                "#draftBanner { background-color: #fff4ce; color: #3d3000;"
                " border-bottom: 2px solid #8a6d00; padding: 6px 12px; font-weight: 600; }"
            )
            self.layout.insertWidget(0, self._draft)
        how = (
            "Not saved yet: File → Save Draft As… writes it; then edit it in your own editor "
            "and this window follows every save."
            if unsaved
            else "Edit it in your own editor: this window follows every save, and View → "
            "Review Findings lists what it still lacks."
        )
        self._draft.setText(f"DRAFT — this briefing is still being written. {how}")
        self._draft.setVisible(draft)

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
