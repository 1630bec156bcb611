"""The Original report tab: whether the source was verified, above the report's text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from viewer.loading import LoadedBriefing
from viewer.ui.reading_view import ReadingView


def source_status_text(loaded: LoadedBriefing) -> str:
    source = loaded.source
    if source.verified:
        name = source.path.name if source.path else loaded.briefing.source.path
        return (
            f"The report the briefing was made from ({name}), verbatim. "
            f"The {loaded.briefing.quote_count} quoted passages are highlighted and underlined."
        )
    return (
        f"The source report is not shown: it is {source.state} ({source.detail}). "
        "Quotes in this briefing are unverified."
    )


def original_page(loaded: LoadedBriefing, view: ReadingView) -> QWidget:
    """``view`` (the report) under a line saying what it is, or why it is not shown."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    status = QLabel(page)
    status.setObjectName("sourceStatus")
    status.setTextFormat(Qt.TextFormat.PlainText)
    status.setWordWrap(True)
    status.setContentsMargins(18, 8, 18, 0)
    status.setText(source_status_text(loaded))
    layout.addWidget(status)
    view.setAccessibleDescription(status.text())
    layout.addWidget(view, 1)
    return page
