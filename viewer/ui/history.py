"""Back and Forward over the reader's places: tab switches, Show in source, link clicks."""

from __future__ import annotations

from collections.abc import Callable

import msgspec
from PySide6.QtCore import QObject, Signal, Slot

from viewer.section import Section
from viewer.ui.reading_view import ReadingView
from viewer.ui.section_tabs import SectionTabs

#: Places kept behind the reader; older ones are forgotten.
MAX_PLACES = 100


class Place(msgspec.Struct, frozen=True):
    """A section and how far down it the reader was."""

    section: Section
    scroll: int


class NavigationHistory(QObject):
    """Remembers where the reader was before each move, as a browser does.

    Every tab switch is a move; so is a link that moves within a page (``record``
    before it). Going back or forward restores the section and its scroll position.

    Signals:
        changed(bool, bool): whether Back and Forward can do anything now.
    """

    changed = Signal(bool, bool)

    def __init__(
        self, tabs: SectionTabs, view: Callable[[Section], ReadingView], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self._view = view
        self._back: list[Place] = []
        self._forward: list[Place] = []
        self._current = tabs.current_section()
        self._restoring = False
        tabs.section_changed.connect(self._on_section_changed)

    def clear(self) -> None:
        """Another briefing: its sections are not the places of the last one."""
        self._back, self._forward = [], []
        self._current = self._tabs.current_section()
        self._emit()

    def record(self) -> None:
        """The reader is about to be moved by a link: remember where they are."""
        place = self._here()
        if place is not None:
            self._push(place)

    @Slot()
    def back(self) -> None:
        self._step(self._back, self._forward)

    @Slot()
    def forward(self) -> None:
        self._step(self._forward, self._back)

    @Slot(int)
    def go(self, steps: int) -> None:
        """Back for a negative ``steps``, forward for a positive one (the mouse's buttons)."""
        for _ in range(abs(steps)):
            self.back() if steps < 0 else self.forward()

    def _here(self) -> Place | None:
        section = self._tabs.current_section()
        if section is None or section not in self._tabs.order:
            return None
        return Place(section, self._view(section).verticalScrollBar().value())

    def _push(self, place: Place) -> None:
        if not self._back or self._back[-1] != place:
            self._back = [*self._back, place][-MAX_PLACES:]
        self._forward = []
        self._emit()

    def _step(self, source: list[Place], target: list[Place]) -> None:
        if not source:
            return
        here = self._here()
        place = source.pop()
        if here is not None:
            target.append(here)
        self._restoring = True
        try:
            self._tabs.show_section(place.section)
        finally:
            self._restoring = False
        self._current = place.section
        self._view(place.section).scroll_to(place.scroll)
        self._emit()

    @Slot(object)
    def _on_section_changed(self, section: Section) -> None:
        left, self._current = self._current, section
        if self._restoring or left is None or left == section or left not in self._tabs.order:
            return
        if self._tabs.has_tab(left):
            self._push(Place(left, self._view(left).verticalScrollBar().value()))
        else:  # its tab was closed: nothing to go back to
            self._emit()

    def _emit(self) -> None:
        self.changed.emit(bool(self._back), bool(self._forward))
