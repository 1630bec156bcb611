"""Find's results list: every match, grouped by section, with the words around it.

A search for one letter in a briefing of 1000 regions has 160 000 matches, and a
tree with every group expanded asks Python about every row at each keystroke. This
is a flat list instead: a group's heading is a row, then its matches. Rows are all
one height, and the model makes a row's text only when it is painted (a section's
matches are found when one of its rows is first shown), so a new search costs a
pass over the sections that have matches, not over the matches. No cap: every
match can be opened from the list, and the reader who wants fewer types more.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from viewer.section import Section
from viewer.text import counted, one_line

#: Characters of context shown before and after a match (cut at a word, then elided to fit).
CONTEXT_BEFORE = 40
CONTEXT_AFTER = 90

#: A match row's (before, match, after) text, for the delegate to set the match in bold.
PARTS_ROLE = Qt.ItemDataRole.UserRole + 1

_SPACES = re.compile(r"\s+")
#: What a document's raw text holds besides words: frame marks (U+FDD0, U+FDD1) and objects.
_MARKS = str.maketrans(dict.fromkeys("\ufdd0\ufdd1\ufffc", " "))

Index = QModelIndex | QPersistentModelIndex


def snippet(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The words before ``text[start:end]``, the match, the words after: one line each, with
    "…" where the text goes on. Paragraph breaks and runs of spaces become one space."""
    low, high = max(0, start - CONTEXT_BEFORE), min(len(text), end + CONTEXT_AFTER)
    before, after = text[low:start], text[end:high]
    if low > 0:
        space = before.find(" ")
        before = "…" + (before[space + 1 :] if 0 <= space < len(before) - 1 else before)
    if high < len(text):
        space = after.rfind(" ")
        after = (after[:space] if space > 0 else after) + "…"

    def line(part: str) -> str:
        return _SPACES.sub(" ", part.translate(_MARKS))

    return line(before).lstrip(), line(text[start:end]), line(after).rstrip()


class Matches(Protocol):
    """Where the matches are (``TextIndex``)."""

    @property
    def sections(self) -> Sequence[Section]: ...

    def text(self, section: Section) -> str: ...

    def spans(
        self, section: Section, needle: str, case_sensitive: bool
    ) -> list[tuple[int, int]]: ...


class ResultsModel(QAbstractListModel):
    """One row per section with matches (its title and count), followed by a row per match."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matches: Matches | None = None
        self._needle = ""
        self._case = False
        self._title: Callable[[Section], str] = str
        self._groups: list[int] = []  # section numbers with matches, in reading order
        self._counts: list[int] = []
        self._rows: list[int] = [0]  # the heading row of each group, then the row count
        self._first: list[int] = []  # the number (in the briefing) of each group's first match
        self._spans: dict[int, list[tuple[int, int]]] = {}

    def show_results(
        self,
        matches: Matches,
        needle: str,
        case_sensitive: bool,
        counts: Sequence[int],
        title: Callable[[Section], str],
    ) -> None:
        """A new search: ``counts[n]`` matches in the n-th section (rows are made when painted)."""
        self.beginResetModel()
        self._matches, self._needle, self._title = matches, needle, title
        self._case = case_sensitive
        self._groups = [number for number, count in enumerate(counts) if count]
        self._counts = [counts[number] for number in self._groups]
        self._rows, self._first, self._spans = [0], [], {}
        total = 0
        for count in self._counts:
            self._rows.append(self._rows[-1] + 1 + count)
            self._first.append(total)
            total += count
        self.endResetModel()

    def match_of_row(self, row: int) -> int | None:
        """The number of the match on ``row``; a heading stands for its group's first match."""
        if not 0 <= row < self._rows[-1]:
            return None
        group = bisect.bisect_right(self._rows, row) - 1
        return self._first[group] + max(0, row - self._rows[group] - 1)

    def row_of_match(self, number: int) -> int | None:
        if not self._first or not 0 <= number < self._first[-1] + self._counts[-1]:
            return None
        group = bisect.bisect_right(self._first, number) - 1
        return self._rows[group] + 1 + number - self._first[group]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's names
        return 0 if parent.isValid() else self._rows[-1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._matches is None:
            return None
        row = index.row()
        group = bisect.bisect_right(self._rows, row) - 1
        section = self._matches.sections[self._groups[group]]
        title = one_line(self._title(section))
        count = self._counts[group]
        if row == self._rows[group]:
            return self._heading_data(role, title, count)
        match = row - self._rows[group] - 1
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            PARTS_ROLE,
        ):
            return None
        parts = self._snippet(group, section, match)
        if role == PARTS_ROLE:
            return parts
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{''.join(parts)} (match {match + 1} of {count} in {title})"
        return "".join(parts)

    def _heading_data(self, role: int, title: str, count: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title} ({counted(count, 'match', 'matches')})"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{title}: {counted(count, 'match', 'matches')}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    def _snippet(self, group: int, section: Section, match: int) -> tuple[str, str, str]:
        assert self._matches is not None
        if group not in self._spans:
            self._spans[group] = self._matches.spans(section, self._needle, self._case)
        start, end = self._spans[group][match]
        return snippet(self._matches.text(section), start, end)


class _ResultDelegate(QStyledItemDelegate):
    """Draws a match row indented, the match itself in bold, the words around it elided to fit."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        # Rows elide to the list's width (no sideways scrolling); a little air above and below.
        height = max(super().sizeHint(option, index).height(), option.fontMetrics.height())
        return QSize(1, height + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        parts = index.data(PARTS_ROLE)
        if not isinstance(parts, tuple):
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if isinstance(widget, QWidget) else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        metrics = QFontMetrics(item.font)
        rect = rect.adjusted(int(metrics.height() * 1.2), 0, -2, 0)
        state = item.state
        group = (
            QPalette.ColorGroup.Active
            if state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        selected = bool(state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(item.palette.color(group, role))
        self._draw_parts(painter, rect, item.font, parts)
        painter.restore()

    @staticmethod
    def _draw_parts(painter: QPainter, rect: QRect, font: QFont, parts: tuple[str, ...]) -> None:
        before, match, after = parts
        bold = QFont(font)
        bold.setBold(True)
        normal_metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
        elide = Qt.TextElideMode
        match = bold_metrics.elidedText(match, elide.ElideRight, rect.width())
        room = rect.width() - bold_metrics.horizontalAdvance(match)
        # The words before take at most a third of what is left: the match stays in sight.
        before = normal_metrics.elidedText(before, elide.ElideLeft, room // 3)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        x = rect.x()
        for text, part_font, metrics in (
            (before, font, normal_metrics),
            (match, bold, bold_metrics),
            (after, font, normal_metrics),
        ):
            width = rect.right() - x
            if width <= 0:
                break
            shown = metrics.elidedText(text, elide.ElideRight, width)
            painter.setFont(part_font)
            painter.drawText(QRect(x, rect.y(), width, rect.height()), align, shown)
            x += metrics.horizontalAdvance(shown)


class FindResults(QListView):
    """The results list; Enter or a double-click opens a result, Up on the first row leaves.

    Signals:
        chosen(int): the reader opened the match with this number (in the whole briefing).
        left(): Up on the first row: the focus goes back to the find field.
    """

    chosen = Signal(int)
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findResults")
        self.setAccessibleName("Find results")
        self.setAccessibleDescription(
            "Each section with its number of matches, then its matches; Enter opens one"
        )
        self.results = ResultsModel(self)
        # A list view lays out every row by asking the model for its index, which asks a
        # Python model for its row count: 160 000 calls, half a second. The proxy (it
        # neither sorts nor filters) keeps its rows in C++: 35 ms; the model is asked
        # only for the rows painted.
        rows = QSortFilterProxyModel(self)
        rows.setSourceModel(self.results)
        self.setModel(rows)
        self.setItemDelegate(_ResultDelegate(self))
        self.setUniformItemSizes(True)  # constant-time layout for any number of rows
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.activated.connect(self._on_activated)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Ten rows, or a third of the window if that is less: the text keeps most of it."""
        rows = min(10 * (self.fontMetrics().height() + 6), self.window().height() // 3)
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.window().installEventFilter(self)
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The window was resized: ask the layout again for the list's height."""
        if watched is self.window() and event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def show_match(self, number: int) -> None:
        """Make the row of match ``number`` current (without opening it)."""
        row = self.results.row_of_match(number)
        if row is not None:
            index = self.model().index(row, 0)
            self.setCurrentIndex(index)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def current_match(self) -> int | None:
        return self.results.match_of_row(self.currentIndex().row())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.left.emit()
            return
        super().keyPressEvent(event)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        number = self.results.match_of_row(index.row())
        if number is not None:
            self.chosen.emit(number)
