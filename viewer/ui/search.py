"""Find in the whole briefing: the text index of the briefing shown and the find bar over it.

Neither is in the first picture: the index is built in idle slices after the first
paint (or at once, when a search comes first), the bar when the reader first asks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from viewer.render.style import stylesheet
from viewer.section import Section
from viewer.theme import LIGHT, Colors
from viewer.ui.first_paint import AfterFirstPaint
from viewer.ui.reading_view import ReadingView
from viewer.ui.section_html import SectionHtml

if TYPE_CHECKING:
    from viewer.ui.find_bar import FindBar
    from viewer.ui.text_index import TextIndex


class Tabs(Protocol):
    """Where find shows a section for a glance, and what each is called (``SectionTabs``)."""

    def preview_section(self, section: Section) -> None: ...

    def title(self, section: Section) -> str: ...


class Search(QObject):
    """The find index and bar of one window.

    Signals:
        closed(): the find bar was closed; the window gives the focus back to the page.
    """

    closed = Signal()

    def __init__(
        self,
        layout: QVBoxLayout,
        current_section: Callable[[], Section | None],
        open_section: Callable[[Section], ReadingView],
        colors: Callable[[], Colors],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._layout = layout
        self._parent = parent
        self._current_section = current_section
        self._open_section = open_section
        self._colors = colors
        self._pages: SectionHtml | None = None
        self._index: TextIndex | None = None
        self._bar: FindBar | None = None
        self._started = False
        AfterFirstPaint(parent, self.start)
        self._tabs: Tabs | None = None
        self._view: Callable[[Section], ReadingView] | None = None

    def use_tabs(self, tabs: Tabs, view: Callable[[Section], ReadingView]) -> None:
        """Step through matches in ``tabs``' preview tab, ``view(section)`` giving its view;
        without tabs, every section find passes is opened for real."""
        self._tabs, self._view = tabs, view

    def show_pages(self, pages: SectionHtml) -> None:
        """Search these pages from now on; once the window has painted, index them at once."""
        self._pages = pages
        if self._index is not None:
            self._index.deleteLater()
            self._index = None
        if self._bar is not None:
            self._bar.briefing_changed()
        if self._started:
            self.ensure_index()

    def start(self) -> None:
        """The window has painted: build the index in idle slices from now on."""
        self._started = True
        self.ensure_index()

    def ensure_index(self) -> TextIndex:
        if self._index is None:
            from viewer.ui.text_index import TextIndex

            assert self._pages is not None
            # The index's documents use the light stylesheet: colours never change the text.
            self._index = TextIndex(self._pages, stylesheet(LIGHT), self)
            self._index.start()
        return self._index

    def ensure_bar(self) -> FindBar:
        if self._bar is None:
            from viewer.ui.find_bar import FindBar

            self._bar = FindBar(
                self.ensure_index,
                self._current_section,
                self._open_section,
                self._preview_section,
                self._title,
                self._colors,
                self._parent,
            )
            self._bar.closed.connect(self.closed)
            self._layout.addWidget(self._bar)
        return self._bar

    def _preview_section(self, section: Section) -> ReadingView:
        if self._tabs is None or self._view is None:
            return self._open_section(section)
        self._tabs.preview_section(section)
        return self._view(section)

    def _title(self, section: Section) -> str:
        return self._tabs.title(section) if self._tabs is not None else section.kind.title()

    def refresh_highlights(self) -> None:
        """Colours changed: draw the open bar's highlights again in the new ones."""
        if self._bar is not None and self._bar.isVisible() and self._bar.total:
            self._bar.refresh()
