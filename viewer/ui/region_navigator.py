"""A filterable list of regions, for briefings with more regions than a tab bar can hold."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

from viewer.text import one_line


def entry(number: int, name: str) -> str:
    """ "734 · Name": the number lets a reader jump by typing it."""
    return f"{number} · {one_line(name)}"


class RegionNavigator(QWidget):
    """Type to filter (by number or by any part of the name); Enter or a click opens the region.

    Signals:
        region_chosen(int): the region with this index (0-based) was chosen.
    """

    region_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionNavigator")
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter regions (name or number)")
        self.filter.setAccessibleName("Filter regions")
        self.filter.setAccessibleDescription(
            "Type part of a region's name or its number; Enter opens it"
        )
        self.filter.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setModel(self._proxy)
        self.list.setAccessibleName("Regions")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)  # constant-time layout for thousands of rows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self.open_selected)
        self.filter.installEventFilter(self)
        self.list.activated.connect(self._open_index)
        self.setFocusProxy(self.filter)

    def set_regions(self, names: list[str]) -> None:
        self._model.setStringList([entry(number, name) for number, name in enumerate(names, 1)])
        self.filter.clear()
        self._select_first()

    def select_region(self, region: int) -> None:
        """Make ``region`` (0-based) the current row if the filter shows it."""
        row = self._proxy.mapFromSource(self._model.index(region, 0))
        if row.isValid():
            self.list.setCurrentIndex(row)
            self.list.scrollTo(row)

    def current_region(self) -> int | None:
        current = self.list.currentIndex()
        return self._proxy.mapToSource(current).row() if current.isValid() else None

    def visible_entries(self) -> list[str]:
        return [str(self._proxy.index(row, 0).data()) for row in range(self._proxy.rowCount())]

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        stripped = text.strip()
        if stripped.isdigit():
            # A number finds that region first, then names containing it.
            self._proxy.setFilterRegularExpression(f"^{stripped} ·|· .*{stripped}")
        else:
            self._proxy.setFilterFixedString(stripped)
        self._select_first()

    def _select_first(self) -> None:
        if self._proxy.rowCount():
            self.list.setCurrentIndex(self._proxy.index(0, 0))

    @Slot()
    def open_selected(self) -> None:
        current = self.list.currentIndex()
        if current.isValid():
            self._open_index(current)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        self.region_chosen.emit(self._proxy.mapToSource(index).row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Up and Down in the filter move through the list, as in a completer."""
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self._proxy.rowCount() - 1, self.list.currentIndex().row() + step))
            if self._proxy.rowCount():
                self.list.setCurrentIndex(self._proxy.index(row, 0))
            return True
        return super().eventFilter(watched, event)
