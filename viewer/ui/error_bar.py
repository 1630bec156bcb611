"""A non-modal bar that lists why a file was refused, above the content it leaves untouched."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from viewer.problems import BriefingError


class ErrorBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The bar keeps its own colours in every theme; its button too, so that a
        # theme's button colours (white text in high contrast) never land on its pink.
        self.setStyleSheet(
            "#errorBar { background-color: #fdecea; border: 1px solid #b3261e; }"
            "#errorBar QLabel { color: #5f1410; }"
            "#errorBar QPushButton { color: #5f1410; background-color: #ffffff;"
            " border: 1px solid #b3261e; padding: 3px 10px; }"
            "#errorBar QPushButton:focus { border: 2px solid #5f1410; padding: 2px 9px; }"
        )
        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._message = QLabel(self)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message.setAccessibleName("Problems with the file")
        close = QPushButton("Dismiss", self)
        close.setAccessibleName("Dismiss the problems")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self._message, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def message(self) -> str:
        return self._message.text()

    def show_error(self, error: BriefingError, kept: str) -> None:
        """List up to 20 problems of a refused file and say what stays on screen."""
        count = f"{error.total} problem{'s' if error.total != 1 else ''}"
        lines = [f"Could not open {error.display_path} ({count}):"]
        lines += [f"• {problem}" for problem in error.problems]
        if error.total > len(error.problems):
            lines.append(f"… and {error.total - len(error.problems)} more.")
        lines.append(kept)
        self._message.setText("\n".join(lines))
        self.show()
