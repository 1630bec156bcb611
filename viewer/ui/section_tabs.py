"""The tab widget as a view of a briefing's sections, whether or not each section has a tab.

A briefing has ``n + 3`` sections, numbered as their tabs are in a small briefing:
0 is the Overview, 1…n the regions, n + 1 Sources and n + 2 the original report.
A small briefing shows every section as a tab. A large one (more regions than a
tab bar can usefully hold) starts with the Overview, Sources and the original
report only; a region gets its tab, in region order, when the reader opens it
from the region list, a link or a find result, and loses it when they close it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QTabBar, QTabWidget, QToolButton, QToolTip, QWidget

from viewer.render import visible
from viewer.ui.labels import plain_tooltip, tab_title
from viewer.ui.lazy_tab import LazyTab

#: Up to this many regions every region has a tab; above it, the region list takes over.
MAX_REGION_TABS = 20


class SectionTabs(QTabWidget):
    """Tabs for sections, built lazily.

    Signals:
        section_changed(int): the current tab now shows this section.
    """

    section_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: dict[int, LazyTab] = {}
        self._builders: list[Callable[[], QWidget]] = []
        self._titles: list[str] = []
        self._region_count = 0
        self._all_tabs = True
        self.tabCloseRequested.connect(self.close_tab)
        self.tabBar().installEventFilter(self)
        # The bar's scroll arrows would sit in the Tab chain between the tabs and the
        # text; keyboard users switch tabs with Ctrl+PgUp/PgDn and Alt+number instead.
        for arrow in self.tabBar().findChildren(QToolButton):
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.currentChanged.connect(self._on_current_changed)

    @property
    def section_count(self) -> int:
        return len(self._builders)

    @property
    def region_count(self) -> int:
        return self._region_count

    @property
    def every_region_has_a_tab(self) -> bool:
        return self._all_tabs

    def reset(self, titles: list[str], builders: list[Callable[[], QWidget]]) -> None:
        """Show new sections: ``titles[i]`` and ``builders[i]`` for section ``i``."""
        self._clear()
        self._titles = titles
        self._builders = builders
        self._region_count = len(builders) - 3
        self._all_tabs = self._region_count <= MAX_REGION_TABS
        self.setTabsClosable(not self._all_tabs)
        for section in range(len(builders)):
            if self._all_tabs or not self.is_region(section):
                self._add_page(section)
        self.setCurrentIndex(0)

    def is_region(self, section: int) -> bool:
        return 1 <= section <= self._region_count

    def section_of_tab(self, tab: int) -> int:
        page = self.widget(tab)
        return self._section_of_page(page) if page is not None else -1

    def tab_of_section(self, section: int) -> int | None:
        page = self._pages.get(section)
        return self.indexOf(page) if page is not None else None

    def current_section(self) -> int:
        return self.section_of_tab(self.currentIndex())

    def page(self, section: int) -> LazyTab:
        """The section's tab page, added (not shown) if it has none yet."""
        if section not in self._pages:
            self._add_page(section)
        return self._pages[section]

    def content(self, section: int) -> QWidget:
        """The section's widget, built now if it has not been yet."""
        return self.page(section).content()

    def show_section(self, section: int) -> None:
        if 0 <= section < self.section_count:
            self.setCurrentWidget(self.page(section))

    def step(self, step: int) -> None:
        """Move ``step`` tabs right (left if negative), wrapping around."""
        if self.count():
            self.setCurrentIndex((self.currentIndex() + step) % self.count())

    def go_to(self, tab: int) -> None:
        if 0 <= tab < self.count():
            self.setCurrentIndex(tab)

    def built_sections(self) -> list[int]:
        """The sections whose page has been built, with or without a tab shown now."""
        return [section for section, page in self._pages.items() if page.is_built]

    @Slot(int)
    def close_tab(self, tab: int) -> None:
        """Close a region's tab (only large briefings offer this); the fixed tabs stay."""
        section = self.section_of_tab(tab)
        if self._all_tabs or not self.is_region(section):
            return
        page = self._pages.pop(section)
        self.removeTab(tab)
        page.deleteLater()

    def _add_page(self, section: int) -> None:
        page = LazyTab(self._builders[section])
        page.setProperty("section", section)
        self._pages[section] = page
        position = sum(1 for other in self._pages if other < section)
        tab = self.insertTab(position, page, tab_title(self._titles[section]))
        # Not setTabToolTip: a tab's tooltip is also its accessible description, and
        # a screen reader would read the escaping markup. See tab_tooltip().
        self.tabBar().setAccessibleTabName(tab, visible(self._titles[section]))
        page.setAccessibleName(visible(self._titles[section]))
        if self.tabsClosable() and not self.is_region(section):
            # Overview, Sources and the original report cannot be closed.
            self.tabBar().setTabButton(tab, QTabBar.ButtonPosition.RightSide, None)

    def tab_tooltip(self, tab: int) -> str:
        """The tab's whole title as a tooltip that shows literally (see ``plain_tooltip``)."""
        section = self.section_of_tab(tab)
        return plain_tooltip(self._titles[section]) if 0 <= section < len(self._titles) else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.tabBar()
            and event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
        ):
            tab = self.tabBar().tabAt(event.pos())
            if tab >= 0:
                QToolTip.showText(event.globalPos(), self.tab_tooltip(tab), self.tabBar())
                return True
        return super().eventFilter(watched, event)

    def _section_of_page(self, page: QWidget) -> int:
        section = page.property("section")
        return section if isinstance(section, int) else -1

    def _clear(self) -> None:
        """Remove every page without showing (and so building) any lazy one on the way."""
        self.blockSignals(True)
        try:
            self.setCurrentIndex(0)
            for index in reversed(range(self.count())):
                page = self.widget(index)
                self.removeTab(index)
                if page is not None:
                    page.deleteLater()
        finally:
            self.blockSignals(False)
        self._pages = {}

    @Slot(int)
    def _on_current_changed(self, tab: int) -> None:
        if tab >= 0:
            self.section_changed.emit(self.section_of_tab(tab))
