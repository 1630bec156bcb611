"""The Original report tab: whether the report was verified, what rests on a passage, the report."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from viewer.model.briefing import Quote
from viewer.model.loaded import LoadedBriefing
from viewer.model.statements import find, spans_of
from viewer.render.links import parse_link
from viewer.render.report import report_position, resting_html
from viewer.theme import Colors
from viewer.ui.reading_view import ReadingView

NO_REPORT = "The source report is not available; quotes are unverified."
#: The views' highlight layer for the passages a statement rests on.
MARK_LAYER = "evidence"


def report_status_text(loaded: LoadedBriefing) -> str:
    report = loaded.report
    if report.verified:
        name = report.path.name if report.path else loaded.briefing.source.path
        return (
            f"The report the briefing was made from ({name}), verbatim. Quoted passages are "
            "shaded with a solid underline, passages statements rest on have a dotted one; "
            "activate a passage to see what rests on it."
        )
    return (
        f"The source report is not shown: it is {report.state} ({report.detail}). "
        "Quotes in this briefing are unverified."
    )


class OriginalPage(QWidget):
    """``view`` (the report) under a line saying what it is, and what rests on a passage.

    Signals:
        link_activated(object): a link in the passage line was activated (a links value).
    """

    link_activated = Signal(object)

    def __init__(self, loaded: LoadedBriefing, view: ReadingView) -> None:
        super().__init__()
        self._loaded = loaded
        self.view = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(self)
        self.status.setObjectName("sourceStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setContentsMargins(18, 8, 18, 0)
        self.status.setText(report_status_text(loaded))
        self.passage = QLabel(self)
        self.passage.setObjectName("passageLine")
        # Our own HTML, every briefing string escaped by the render path: never guessed.
        self.passage.setTextFormat(Qt.TextFormat.RichText)
        self.passage.setWordWrap(True)
        self.passage.setContentsMargins(18, 4, 18, 4)
        self.passage.setAccessibleName("What rests on the passage")
        self.passage.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.passage.linkActivated.connect(self._on_link)
        self.passage.hide()
        layout.addWidget(self.status)
        layout.addWidget(self.passage)
        view.setAccessibleDescription(self.status.text())
        layout.addWidget(view, 1)
        self.setFocusProxy(view)

    def show_passage(self, start: int, end: int) -> None:
        """Say what rests on characters ``start``–``end``, with links to each."""
        self.passage.setText(resting_html(self._loaded, start, end))
        self.passage.show()

    @Slot(str)
    def _on_link(self, url: str) -> None:
        link = parse_link(url)
        if link is not None:
            self.link_activated.emit(link)


def select_in_report(view: ReadingView, loaded: LoadedBriefing, path: str, colors: Colors) -> str:
    """Mark in the report's ``view`` every passage the quote or statement at ``path`` rests on,
    and select the first. Returns what to tell the reader (the status bar's message)."""
    text = loaded.report_text
    target = find(loaded.briefing, path)
    if text is None:
        return NO_REPORT
    if target is None:
        return "That statement is no longer in the briefing."
    spans = [(target.start, target.end)] if isinstance(target, Quote) else spans_of(target)
    if not spans:
        return "This statement names no passage of the report."
    positions = [(report_position(text, s), report_position(text, e)) for s, e in spans]
    view.set_highlights(MARK_LAYER, positions[1:], colors.mark_background, colors.mark_text)
    view.select_span(*positions[0], centre=True)
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    start, end = spans[0]
    if isinstance(target, Quote):
        return f"Quote selected: characters {start}–{end}"
    more = f" and {len(spans) - 1} more marked" if len(spans) > 1 else ""
    return f"Passage selected: characters {start}–{end}{more}"
