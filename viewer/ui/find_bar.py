"""Find in every tab: a bar under the tabs, matches counted across the whole briefing."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

import msgspec
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.section import Section
from viewer.theme import Colors
from viewer.ui.reading_view import ReadingView
from viewer.ui.text_index import TextIndex

if TYPE_CHECKING:
    from viewer.ui.find_results import FindResults


#: The results list is filled this long after the last keystroke.
RESULTS_DELAY_MS = 150

#: The views' highlight layer for find's matches.
FIND_LAYER = "find"


class Match(msgspec.Struct, frozen=True):
    """A match as document positions (UTF-16 units) in one section's view."""

    section: Section
    start: int
    end: int


class FindBar(QWidget):
    """Searches every section of the briefing, opening sections as the reader steps through matches.

    Matches are counted in the briefing's ``TextIndex``, not in the views, so no
    view is built to be searched; only the section with the current match is
    opened, as a preview (``preview_section``): stepping on does not leave a tab
    behind in each region passed. A result opened from the list is opened for
    real (``open_section``). Matching ignores accents, the kind of quotes and
    dashes, and case unless "Match case" is on.

    Args:
        index: the find index of the briefing shown.
        current_section: the section on screen, where a new search starts.
        open_section: shows a section as the reader's choice and returns its view.
        preview_section: shows a section for a glance (a preview tab) and returns its view.
        title: a section's title, for the results list.
        colors: the screen colours, for the match highlights.

    Signals:
        closed(): the bar was closed; the window gives the focus back to the text.
    """

    closed = Signal()

    def __init__(
        self,
        index: Callable[[], TextIndex],
        current_section: Callable[[], Section | None],
        open_section: Callable[[Section], ReadingView],
        preview_section: Callable[[Section], ReadingView],
        title: Callable[[Section], str],
        colors: Callable[[], Colors],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._index = index
        self._current_section = current_section
        self._open_section = open_section
        self._preview_section = preview_section
        self._title = title
        self._colors = colors
        self._results: FindResults | None = None  # built when first shown
        self._results_stale = True
        # While the reader types, the list follows once they pause: each keystroke stays
        # as fast as without it (one letter lists 160 000 matches in a large briefing).
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(RESULTS_DELAY_MS)
        self._fill_timer.timeout.connect(self._fill_results)
        self._counted: TextIndex | None = None  # the index ``_counts`` were counted in
        self._counts: list[int] = []
        self._before: list[int] = []  # matches in the sections before each section
        self._total = 0
        self._current = -1
        self._highlighted: list[ReadingView] = []  # views whose match highlights must be cleared
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Find in the whole briefing (Down: every match)")
        self.edit.setAccessibleName("Find text")
        self.edit.setClearButtonEnabled(True)
        self.counter = QLabel(self)
        self.counter.setAccessibleName("Matches")
        self.case = QCheckBox("Match &case", self)
        self.case.setAccessibleName("Match case")
        previous = QToolButton(self)
        previous.setText("Previous")
        previous.setAccessibleName("Previous match")
        next_button = QToolButton(self)
        next_button.setText("Next")
        next_button.setAccessibleName("Next match")
        close = self._close = QToolButton(self)
        close.setText("Close")
        close.setAccessibleName("Close the find bar")
        # A disclosure arrow, as VS Code's find widget has: words would widen the bar past
        # a narrow window's middle (beside the Regions list), and the window would give
        # it the list's width, and lay every page out again.
        self.results_button = QToolButton(self)
        self.results_button.setAccessibleName("All results")
        self.results_button.setToolTip("All results: every match, by section (Down in the field)")
        self.results_button.setCheckable(True)
        self.results_button.setArrowType(Qt.ArrowType.RightArrow)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(8, 4, 8, 4)
        self._rows.setSpacing(4)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        self._rows.addLayout(layout)
        layout.addWidget(self.results_button)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.counter)
        layout.addWidget(previous)
        layout.addWidget(next_button)
        layout.addWidget(self.case)
        layout.addWidget(close)
        # Tab moves through the controls in the order they are laid out.
        for before, after in (
            (self.results_button, self.edit),
            (self.edit, previous),
            (previous, next_button),
            (next_button, self.case),
            (self.case, close),
        ):
            QWidget.setTabOrder(before, after)
        self.edit.textChanged.connect(self.refresh)
        self.case.toggled.connect(self.refresh)
        self.edit.returnPressed.connect(self.next)
        self.edit.installEventFilter(self)
        previous.clicked.connect(self.previous)
        next_button.clicked.connect(self.next)
        close.clicked.connect(self.close_bar)
        self.results_button.toggled.connect(self._show_results)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.hide()

    @property
    def total(self) -> int:
        return self._total

    @property
    def results(self) -> FindResults | None:
        """The results list, once the reader has asked for it."""
        return self._results

    @property
    def matches(self) -> list[Match]:
        """Every match, in reading order (computed on demand: for tests and small briefings)."""
        needle, case = self.edit.text(), self.case.isChecked()
        index = self._index()
        return [
            Match(section, start, end)
            for section, count in zip(index.sections, self._counts, strict=True)
            if count
            for start, end in index.positions(section, needle, case)
        ]

    @Slot()
    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if self.edit.text():
            self.refresh()

    @Slot()
    def close_bar(self) -> None:
        self._clear_highlights()
        self.hide()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Shift+Enter in the field steps back (the field would take it as Enter); Down goes
        into the results list, showing it."""
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key, shift = event.key(), event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shift:
                self.previous()
                return True
            if key == Qt.Key.Key_Down and self._total:
                self.results_button.setChecked(True)
                assert self._results is not None
                if self._results_stale:
                    self._fill_results()
                self._results.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def refresh(self) -> None:
        """Count the matches again (the text or the case option changed); go to the first from here."""
        self._count()
        self._follow_in_list()
        here = self._index().number(self._current_section()) or 0
        first_here = self._before[here]
        self._current = first_here if first_here < self._total else (0 if self._total else -1)
        self._show_current()

    def briefing_changed(self) -> None:
        """Another briefing, or a new version, is shown: what was counted is of the old text."""
        self._counted = None
        self._results_stale = True
        self.counter.clear()  # counted again at the next step
        self._follow_in_list()

    def _follow_in_list(self) -> None:
        """The list shows other results than the bar counts now: it follows once typing pauses."""
        if self._results is not None and self._results.isVisible():
            self._fill_timer.start()

    def _count(self) -> None:
        index = self._index()
        self._counts = index.counts(self.edit.text(), self.case.isChecked())
        self._counted = index
        self._before = [0]
        for count in self._counts:
            self._before.append(self._before[-1] + count)
        self._total = self._before[-1]
        self._results_stale = True

    def _count_if_changed(self) -> None:
        """After a reload, count in the new text before stepping; the place is kept where it can be."""
        if self._counted is not self._index():
            self._count()
            self._current = min(self._current, self._total - 1)
            self._follow_in_list()

    @Slot()
    def next(self) -> None:
        self._count_if_changed()
        if self._total:
            self._current = (self._current + 1) % self._total
        self._show_current()

    @Slot()
    def previous(self) -> None:
        self._count_if_changed()
        if self._total:
            self._current = (self._current - 1) % self._total
        self._show_current()

    @Slot(int)
    def open_match(self, number: int) -> None:
        """Open match ``number`` (in the whole briefing) as the reader's choice, not a preview."""
        self._count_if_changed()
        if 0 <= number < self._total:
            self._current = number
            self._show_current(for_real=True)

    @Slot(int)
    def _open_listed(self, number: int) -> None:
        """A row of the list was opened; a list about to follow a new search opens nothing."""
        if not self._results_stale:
            self.open_match(number)

    @Slot(bool)
    def _show_results(self, shown: bool) -> None:
        """Show or hide the results list; it is built the first time it is shown."""
        self.results_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        if self._results is None:
            if not shown:
                return
            from viewer.ui.find_results import FindResults

            self._results = FindResults(self)
            self._results.chosen.connect(self._open_listed)
            self._results.left.connect(lambda: self.edit.setFocus(Qt.FocusReason.OtherFocusReason))
            self._rows.addWidget(self._results)
            QWidget.setTabOrder(self._close, self._results)
        self._results.setVisible(shown)
        if shown and self._results_stale:
            self._fill_results()

    @Slot()
    def _fill_results(self) -> None:
        self._fill_timer.stop()
        assert self._results is not None
        index = self._index()
        if self._counted is not index:
            self._count()
            self._current = min(self._current, self._total - 1)
        self._results.results.show_results(
            index, self.edit.text(), self.case.isChecked(), self._counts, self._title
        )
        self._results_stale = False
        if self._total:
            self._results.show_match(self._current)

    def _clear_highlights(self) -> None:
        """Clear only the views this bar highlighted: never build a lazy tab just to clear it."""
        for view in self._highlighted:
            if shiboken6.isValid(view):  # its tab may have been closed since
                view.set_highlights(FIND_LAYER, [], "", "")
        self._highlighted = []

    def _show_current(self, for_real: bool = False) -> None:
        self._clear_highlights()
        if not self._total:
            self.counter.setText("No matches" if self.edit.text() else "")
            return
        number = bisect.bisect_right(self._before, self._current) - 1
        index = self._index()
        section = index.sections[number]
        spans = index.positions(section, self.edit.text(), self.case.isChecked())
        start, end = spans[self._current - self._before[number]]
        self.counter.setText(f"{self._current + 1} of {self._total}")
        view = (self._open_section if for_real else self._preview_section)(section)
        view.select_span(start, end, centre=True)
        colors = self._colors()
        view.set_highlights(FIND_LAYER, spans, colors.match_background, colors.match_text)
        self._highlighted = [view]
        if self._results is not None and self._results.isVisible() and not self._results_stale:
            self._results.show_match(self._current)
