"""The Original report tab: whether the report was verified, above its text; selecting a passage in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from viewer.model.briefing import Quote
from viewer.model.loaded import LoadedBriefing
from viewer.model.statements import find
from viewer.render.report import report_position
from viewer.ui.reading_view import ReadingView

NO_REPORT = "The source report is not available; quotes are unverified."


def report_status_text(loaded: LoadedBriefing) -> str:
    report = loaded.report
    if report.verified:
        name = report.path.name if report.path else loaded.briefing.source.path
        return (
            f"The report the briefing was made from ({name}), verbatim. "
            f"The {loaded.briefing.quote_count} quoted passages are highlighted and underlined."
        )
    return (
        f"The source report is not shown: it is {report.state} ({report.detail}). "
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
    status.setText(report_status_text(loaded))
    layout.addWidget(status)
    view.setAccessibleDescription(status.text())
    layout.addWidget(view, 1)
    return page


def select_in_report(view: ReadingView, loaded: LoadedBriefing, path: str) -> str:
    """Select in the report's ``view`` what the quote or statement at ``path`` rests on.

    Returns what to tell the reader (the status bar's message).
    """
    text = loaded.report_text
    target = find(loaded.briefing, path)
    if text is None:
        return NO_REPORT
    if isinstance(target, Quote):
        start, end = target.start, target.end
        what = "Quote"
    elif target is not None and target.evidence:
        start, end = target.evidence[0]
        what = "Passage"
    else:
        return "This statement names no passage of the report."
    view.select_span(report_position(text, start), report_position(text, end))
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    return f"{what} selected: characters {start}–{end}"
