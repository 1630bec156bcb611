"""The status bar's lasting summary of the briefing shown: its file, its size, its source's state."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStatusBar

from viewer.model.loaded import LoadedBriefing
from viewer.text import counted, one_line
from viewer.ui.labels import plain_tooltip

#: The summary asks for at most about this many characters' width: the rest of the
#: bar stays free for passing messages (text size, copied quotes…).
MAX_SUMMARY_CHARS = 60


def summary_text(loaded: LoadedBriefing) -> str:
    """ "briefing.json · 7 regions, 8 quotes · source verified" (plain text)."""
    briefing = loaded.briefing
    return (
        f"{one_line(loaded.display_path)} · {counted(len(briefing.regions), 'region')}, "
        f"{counted(briefing.quote_count, 'quote')} · source {loaded.report.state}"
    )


class StatusSummary(QLabel):
    """A permanent widget of the status bar: passing messages show beside it, never instead.

    The text is plain. When the bar is short of room the middle of the file's path gives
    way to "…", so the counts and the source's state stay readable; the whole text is
    the label's ``text()`` (what screen readers read) and its tooltip.
    """

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.setObjectName("briefingSummary")
        self.setTextFormat(Qt.TextFormat.PlainText)
        bar.addPermanentWidget(self)

    def show_briefing(self, loaded: LoadedBriefing) -> None:
        text = summary_text(loaded)
        self.setText(text)
        self.setToolTip(plain_tooltip(text))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        widest = self.fontMetrics().averageCharWidth() * MAX_SUMMARY_CHARS
        return QSize(min(hint.width(), widest), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().horizontalAdvance("…"), super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        rect = self.contentsRect()
        metrics = self.fontMetrics()
        # The file's path gives way first (its middle), then, if need be, the rest.
        path, separator, rest = self.text().partition(" · ")
        room = rect.width() - metrics.horizontalAdvance(separator + rest)
        if separator and room > metrics.horizontalAdvance("…/…"):
            path = metrics.elidedText(path, Qt.TextElideMode.ElideMiddle, room)
        shown = metrics.elidedText(
            path + separator + rest, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, self.alignment(), shown)
