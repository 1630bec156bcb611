"""View → Review Findings: what an editor would question in the briefing shown, kept current.

The reviewer (viewer/review) runs after the window has painted and again after every
reload, so an author editing the JSON in their own editor sees findings appear and
disappear as they save. Each finding leads to its statement, or to its passage.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from viewer.model.loaded import LoadedBriefing
from viewer.model.statements import is_path, reader_name
from viewer.render.links import GoTo, Link, ShowPassage
from viewer.text import counted, one_line
from viewer.ui.first_paint import AfterFirstPaint
from viewer.ui.search import Search
from viewer.ui.section_views import SectionViews

if TYPE_CHECKING:
    from viewer.review.findings import Finding

#: How each code is named for a reader (the marker on a statement, the list's rows).
CODE_WORDS: Final = {
    "report-unverified": "report not checked",
    "draft": "still to do",
    "no-evidence": "no evidence",
    "dropped-hedge": "dropped hedge",
    "unsupported-detail": "unsupported detail",
    "voice": "voice",
    "inconsistent": "inconsistent",
    "uncited": "left out",
}
_PASSAGE: Final = re.compile(r"source\[(\d+):(\d+)\]")

#: Findings by field path, as the pages' markers show them.
Flags = dict[str, list[str]]


class Reviewer(QObject):
    """Reviews the briefing shown, once the event loop is free (never before the first paint).

    Signals:
        reviewed(list): the findings (``viewer.review.Finding``) on the briefing given last.
    """

    reviewed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loaded: LoadedBriefing | None = None
        self._started = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)

    def start(self) -> None:
        """The window has painted: review now, and after every later briefing."""
        self._started = True
        self._timer.start(0)

    def review(self, loaded: LoadedBriefing) -> None:
        self._loaded = loaded
        if self._started:
            self._timer.start(0)

    @Slot()
    def _run(self) -> None:
        from viewer.review import review  # its lexicon and rules are not needed to start

        if self._loaded is not None:
            self.reviewed.emit(review(self._loaded))


def flags_of(findings: list[Finding]) -> Flags:
    """The markers statements and quotes carry: their findings' codes, in words."""
    flags: Flags = {}
    for finding in findings:
        if is_path(finding.field):
            words = CODE_WORDS.get(finding.code, finding.code)
            flags.setdefault(finding.field, [])
            if words not in flags[finding.field]:
                flags[finding.field].append(words)
    return flags


class ReviewPanel(QDockWidget):
    """The findings as a list; Enter, or a double-click, goes to the one chosen.

    Signals:
        link_activated(object): go where the finding is (a ``viewer.render.links`` value).
    """

    link_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Review", parent)
        self.setObjectName("reviewDock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(body)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Review summary")
        self.list = QListWidget(body)
        self.list.setAccessibleName("Review findings")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)  # rows wrap; none is cut short
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-wrapped to the width
        self.list.setStyleSheet("QListView::item { padding: 4px 0px; }")
        self.list.itemActivated.connect(self._activate)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.setFocusProxy(self.list)
        self.summary.setText("Reviewing…")

    def show_findings(self, loaded: LoadedBriefing, findings: list[Finding]) -> None:
        """List ``findings`` on ``loaded``, those that fail a review first, then the left-out."""
        self.list.clear()
        serious = [f for f in findings if f.severity != "info"]
        left_out = len(findings) - len(serious)
        if not findings:
            self.summary.setText(
                "Nothing an editor would catch: every passage is used or set aside."
            )
        elif not serious:
            self.summary.setText(f"Nothing to fix; {counted(left_out, 'passage')} left out.")
        else:
            left = f", {counted(left_out, 'passage')} left out" if left_out else ""
            self.summary.setText(f"{counted(len(serious), 'finding')} to look at{left}.")
        for finding in [*serious, *(f for f in findings if f.severity == "info")]:
            item = QListWidgetItem(self._row(loaded, finding))
            item.setData(Qt.ItemDataRole.UserRole, finding.field)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    @staticmethod
    def _row(loaded: LoadedBriefing, finding: Finding) -> str:
        field, code = finding.field, finding.code
        passage = _PASSAGE.fullmatch(field)
        where = (
            f"Characters {passage[1]}–{passage[2]}"
            if passage
            else reader_name(loaded.briefing, field)
            if is_path(field)
            else "The briefing"
        )
        message = one_line(finding.message)
        return f"{where} — {CODE_WORDS.get(code, code)}: {message}"

    @Slot(QListWidgetItem)
    def _activate(self, item: QListWidgetItem) -> None:
        field = str(item.data(Qt.ItemDataRole.UserRole))
        link: Link | None = None
        passage = _PASSAGE.fullmatch(field)
        if passage:
            link = ShowPassage(int(passage[1]), int(passage[2]))
        elif is_path(field):
            link = GoTo(field)
        if link is not None:
            self.link_activated.emit(link)


class ReviewPart(QObject):
    """The reviewer, its panel (docked right, hidden until asked for) and the pages' markers."""

    def __init__(self, window: QMainWindow, views: SectionViews, search: Search) -> None:
        super().__init__(window)
        self._views = views
        self._search = search
        self._loaded: LoadedBriefing | None = None
        self.reviewer = Reviewer(self)
        self.panel = ReviewPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        window.resizeDocks([self.panel], [380], Qt.Orientation.Horizontal)
        self.panel.hide()
        self.reviewer.reviewed.connect(self._show)
        AfterFirstPaint(window, self.reviewer.start)

    def connect_action(self, action: QAction) -> None:
        """View → Review Findings shows and hides the panel, and follows it."""
        action.toggled.connect(self.panel.setVisible)
        self.panel.visibilityChanged.connect(action.setChecked)

    def briefing_shown(self, loaded: LoadedBriefing) -> None:
        self._loaded = loaded
        self.reviewer.review(loaded)

    @Slot(list)
    def _show(self, findings: list[Finding]) -> None:
        assert self._loaded is not None
        self.panel.show_findings(self._loaded, findings)
        if self._views.set_flags(flags_of(findings)) and self._views.html is not None:
            self._search.show_pages(self._views.html)  # the markers are text find searches
