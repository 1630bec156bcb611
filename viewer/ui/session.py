"""The reader's place across runs: window geometry, the current tab, each section's scroll position."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMainWindow, QWidget

from viewer import settings
from viewer.section import Section, SectionOrder
from viewer.ui.reading_view import ReadingView
from viewer.ui.section_tabs import SectionTabs


def default_size(widget: QWidget) -> QSize:
    """1000 × 760, or less where the screen is smaller: the window never starts past its edge."""
    screen = widget.screen().availableGeometry()
    return QSize(min(1000, int(screen.width() * 0.9)), min(760, int(screen.height() * 0.9)))


class SessionController:
    """Saves and restores the reader's place, and keeps scroll positions across a reload.

    Positions are stored by a section's place in reading order. A view not built
    yet takes its position when it is built (``take_scroll``).
    """

    def __init__(
        self,
        window: QMainWindow,
        tabs: SectionTabs,
        built_views: Callable[[], dict[Section, ReadingView]],
    ) -> None:
        self._window = window
        self._tabs = tabs
        self._built_views = built_views
        self._pending: dict[Section, int] = {}

    def restore(self) -> None:
        """Geometry, window state, scroll positions and tab of the last run; bad values are ignored."""
        self._window.restoreGeometry(settings.read("window/geometry"))
        self._window.restoreState(settings.read("window/state"))
        order = self._tabs.order
        stored = {order.at(number): value for number, value in settings.read_scroll().items()}
        self._pending = {section: value for section, value in stored.items() if section}
        self._apply_to_built()
        tab = order.at(settings.read("session/tab"))
        if tab is not None:
            self._tabs.show_section(tab)

    def save(self) -> None:
        order = self._tabs.order
        settings.write("window/geometry", self._window.saveGeometry())
        settings.write("window/state", self._window.saveState())
        current = self._tabs.current_section()
        settings.write("session/tab", order.position(current) if current else 0)
        settings.write_scroll(
            {order.position(section): value for section, value in self.scroll_positions().items()}
        )
        settings.sync()

    def scroll_positions(self) -> dict[Section, int]:
        """Where each opened section is scrolled to; sections not opened keep their last place."""
        positions = dict(self._pending)
        for section, view in self._built_views().items():
            positions[section] = view.verticalScrollBar().value()
        return {section: value for section, value in positions.items() if value > 0}

    def keep_places_for(self, order: SectionOrder) -> None:
        """Before a reload: every section keeps its place in the new version (where it exists)."""
        self._pending = {s: v for s, v in self.scroll_positions().items() if s in order}

    def forget_places(self) -> None:
        """Before another file is shown: its sections start at the top."""
        self._pending = {}

    def take_scroll(self, section: Section) -> int | None:
        """The position a section's new view should scroll to, once."""
        return self._pending.pop(section, None)

    def _apply_to_built(self) -> None:
        for section, view in self._built_views().items():
            position = self.take_scroll(section)
            if position is not None:
                view.scroll_to(position)
