"""Find in every tab: a bar under the tabs, matches counted across the whole briefing."""

from __future__ import annotations

import bisect
from collections.abc import Callable

import msgspec
from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from viewer.section import Section
from viewer.theme import Colors
from viewer.ui.reading_view import ReadingView
from viewer.ui.text_index import TextIndex

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
    opened. Matching ignores accents, and case unless "Match case" is on.

    Signals:
        closed(): the bar was closed; the window gives the focus back to the text.
    """

    closed = Signal()

    def __init__(
        self,
        index: Callable[[], TextIndex],
        current_section: Callable[[], Section | None],
        open_section: Callable[[Section], ReadingView],
        colors: Callable[[], Colors],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._index = index
        self._current_section = current_section
        self._open_section = open_section
        self._colors = colors
        self._counts: list[int] = []
        self._before: list[int] = []  # matches in the sections before each section
        self._total = 0
        self._current = -1
        self._highlighted: list[ReadingView] = []  # views whose match highlights must be cleared
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Find in the whole briefing")
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
        close = QToolButton(self)
        close.setText("Close")
        close.setAccessibleName("Close the find bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.counter)
        layout.addWidget(previous)
        layout.addWidget(next_button)
        layout.addWidget(self.case)
        layout.addWidget(close)
        # Tab moves through the controls in the order they are laid out.
        for before, after in (
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
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.hide()

    @property
    def total(self) -> int:
        return self._total

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
        """Shift+Enter in the text field steps back; the field would treat it as Enter."""
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.previous()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def refresh(self) -> None:
        """Count the matches again (the text or the case option changed); go to the first from here."""
        index = self._index()
        self._counts = index.counts(self.edit.text(), self.case.isChecked())
        self._before = [0]
        for count in self._counts:
            self._before.append(self._before[-1] + count)
        self._total = self._before[-1]
        here = index.number(self._current_section()) or 0
        first_here = self._before[here]
        self._current = first_here if first_here < self._total else (0 if self._total else -1)
        self._show_current()

    @Slot()
    def next(self) -> None:
        if self._total:
            self._current = (self._current + 1) % self._total
        self._show_current()

    @Slot()
    def previous(self) -> None:
        if self._total:
            self._current = (self._current - 1) % self._total
        self._show_current()

    def _clear_highlights(self) -> None:
        """Clear only the views this bar highlighted: never build a lazy tab just to clear it."""
        for view in self._highlighted:
            view.set_highlights(FIND_LAYER, [], "", "")
        self._highlighted = []

    def _show_current(self) -> None:
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
        view = self._open_section(section)
        view.select_span(start, end)
        colors = self._colors()
        view.set_highlights(FIND_LAYER, spans, colors.match_background, colors.match_text)
        self._highlighted = [view]
