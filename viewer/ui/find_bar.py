"""Find in every tab: a bar under the tabs, matches counted across the whole briefing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from viewer.ui.reading_view import ReadingView

ALL_MATCHES_BACKGROUND = QColor("#ffe08a")


@dataclass(frozen=True)
class Match:
    tab: int
    start: int
    end: int


class FindBar(QWidget):
    """Searches every tab's text, switching tabs as the reader steps through matches.

    ``views`` returns each tab's index with its reading view, building lazy tabs
    when needed, so a match in a region never opened is found too.
    """

    def __init__(
        self,
        tabs: QTabWidget,
        views: Callable[[], list[tuple[int, ReadingView]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self._views = views
        self._matches: list[Match] = []
        self._current = -1
        self._highlighted: list[ReadingView] = []  # views whose match highlights must be cleared
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Find in the whole briefing")
        self.edit.setAccessibleName("Find text")
        self.edit.setClearButtonEnabled(True)
        self.counter = QLabel(self)
        self.counter.setAccessibleName("Matches")
        self.case = QCheckBox("Match &case", self)
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
    def matches(self) -> list[Match]:
        return self._matches

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
        current = self._tabs.currentWidget()
        if current is not None:
            current.setFocus()

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
        """Find every match again (the text or the case option changed); go to the first."""
        needle = self.edit.text()
        flags = (
            QTextDocument.FindFlag.FindCaseSensitively
            if self.case.isChecked()
            else QTextDocument.FindFlag(0)
        )
        self._matches = []
        if needle:
            for tab, view in self._views():
                document = view.document()
                cursor = QTextCursor(document)
                while True:
                    cursor = document.find(needle, cursor, flags)
                    if cursor.isNull():
                        break
                    self._matches.append(Match(tab, cursor.selectionStart(), cursor.selectionEnd()))
        here = self._tabs.currentIndex()
        self._current = next(
            (i for i, match in enumerate(self._matches) if match.tab >= here),
            0 if self._matches else -1,
        )
        self._show_current()

    @Slot()
    def next(self) -> None:
        if self._matches:
            self._current = (self._current + 1) % len(self._matches)
        self._show_current()

    @Slot()
    def previous(self) -> None:
        if self._matches:
            self._current = (self._current - 1) % len(self._matches)
        self._show_current()

    def _clear_highlights(self) -> None:
        """Clear only the views this bar highlighted: never build a lazy tab just to clear it."""
        for view in self._highlighted:
            view.setExtraSelections([])
        self._highlighted = []

    def _show_current(self) -> None:
        self._clear_highlights()
        if not self._matches:
            self.counter.setText("No matches" if self.edit.text() else "")
            return
        match = self._matches[self._current]
        self.counter.setText(f"{self._current + 1} of {len(self._matches)}")
        self._tabs.setCurrentIndex(match.tab)
        view = dict(self._views())[match.tab]
        cursor = QTextCursor(view.document())
        cursor.setPosition(match.start)
        cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        view.setExtraSelections(self._highlights(match.tab, view))
        self._highlighted = [view]

    def _highlights(self, tab: int, view: ReadingView) -> list[QTextEdit.ExtraSelection]:
        selections = []
        for match in self._matches:
            if match.tab != tab:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(view.document())
            cursor.setPosition(match.start)
            cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(ALL_MATCHES_BACKGROUND)
            selection.format.setForeground(QColor("#000000"))
            selections.append(selection)
        return selections
