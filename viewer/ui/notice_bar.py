"""A quiet bar above the tabs for what the reader should know but need not fix (the file is gone)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QFrame):
    """A notice in plain text, with a Dismiss button; hidden until ``show_notice``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Its own colours in every theme, as the error bar keeps its own.
        self.setStyleSheet(
            "#noticeBar { background-color: #fff4ce; border: 1px solid #8a6d00; }"
            "#noticeBar QLabel { color: #3d3000; }"
            "#noticeBar QPushButton { color: #3d3000; background-color: #ffffff;"
            " border: 1px solid #8a6d00; padding: 3px 10px; }"
            "#noticeBar QPushButton:focus { border: 2px solid #3d3000; padding: 2px 9px; }"
        )
        self._message = QLabel(self)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setWordWrap(True)
        self._message.setAccessibleName("Notice")
        close = QPushButton("Dismiss", self)
        close.setAccessibleName("Dismiss the notice")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self._message, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def message(self) -> str:
        return self._message.text()

    def show_notice(self, text: str) -> None:
        self._message.setText(text)
        self.show()
