"""The Regions dock: a filterable list of regions, built the first time the dock is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDockWidget, QWidget

from viewer.ui.region_navigator import RegionNavigator


class RegionsDock(QDockWidget):
    """Exists from the start so that window state saves and restores its place; the list
    inside (``navigator``) is built on first show, since small briefings never need it.

    Signals:
        region_chosen(int): the reader chose the region with this index.
    """

    region_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Regions", parent)
        self.setObjectName("regionsDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self._names: list[str] = []
        self._navigator: RegionNavigator | None = None
        self.visibilityChanged.connect(self._build_if_shown)

    def set_regions(self, names: list[str]) -> None:
        self._names = names
        if self._navigator is not None:
            self._navigator.set_regions(names)

    def ensure_navigator(self) -> RegionNavigator:
        """The list, built now if it was not yet."""
        if self._navigator is None:
            self._navigator = RegionNavigator(self)
            self._navigator.region_chosen.connect(self.region_chosen)
            self._navigator.set_regions(self._names)
            self.setWidget(self._navigator)
        return self._navigator

    def follow(self, region: int) -> None:
        """Show ``region`` as the current row (the tab on screen), without opening anything."""
        if self._navigator is not None:
            self._navigator.select_region(region)

    @Slot()
    def focus_filter(self) -> None:
        """Show the list (any briefing size) and put the cursor in its filter."""
        self.show()
        navigator = self.ensure_navigator()
        navigator.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        navigator.filter.selectAll()

    @Slot(bool)
    def _build_if_shown(self, visible: bool) -> None:
        if visible:
            self.ensure_navigator()
