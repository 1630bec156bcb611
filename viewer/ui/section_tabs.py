"""The tab widget as a view of a briefing's sections, whether or not each section has a tab.

A small briefing shows every section as a tab, in reading order. A large one (more
regions than a tab bar can usefully hold) starts with the Overview, Sources and the
original report only; a region gets its tab, in reading order, when the reader opens
it from the region list, a link or a find result, and loses it when they close it.
Find, stepping through matches, shows a region without a tab in one *preview* tab
("Preview: …"), which the next region it passes replaces; opening that region for
real (or double-clicking the preview tab) keeps it as a tab of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QTabBar, QTabWidget, QToolButton, QToolTip, QWidget

from viewer.section import Section, SectionOrder
from viewer.text import visible
from viewer.ui.labels import plain_tooltip, tab_title
from viewer.ui.lazy_tab import LazyTab

#: Up to this many regions every region has a tab; above it, the region list takes over.
MAX_REGION_TABS = 20

#: Before the title of the tab that find replaces as it steps on.
PREVIEW_PREFIX = "Preview: "


class SectionTabs(QTabWidget):
    """Tabs for sections, built lazily.

    Signals:
        section_changed(object): the current tab now shows this ``Section``.
        tabs_changed(): a tab was added or removed (see ``titles``).
    """

    section_changed = Signal(object)
    tabs_changed = Signal()
    #: Whether the current tab can be closed (Ctrl+W), each time that may have changed.
    current_closable = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefingTabs")
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        # Qt would elide every tab, "Overview" too, before scrolling; long names are
        # shortened in tab_title instead, and the bar scrolls.
        self.setElideMode(Qt.TextElideMode.ElideNone)
        self._pages: dict[Section, LazyTab] = {}
        self._order = SectionOrder(0)
        self._build: Callable[[Section], QWidget] = lambda section: QWidget()
        self._title: Callable[[Section], str] = lambda section: ""
        self._all_tabs = True
        self._preview: Section | None = None
        self.tabCloseRequested.connect(self.close_tab)
        self.tabBarDoubleClicked.connect(self._keep_tab)
        self.tabBar().installEventFilter(self)
        # The bar's scroll arrows would sit in the Tab chain between the tabs and the
        # text; keyboard users switch tabs with Ctrl+PgUp/PgDn and Alt+number instead.
        for arrow in self.tabBar().findChildren(QToolButton):
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.currentChanged.connect(self._on_current_changed)
        self.currentChanged.connect(self._announce_closable)
        self.tabs_changed.connect(self._announce_closable)

    @property
    def order(self) -> SectionOrder:
        return self._order

    @property
    def every_region_has_a_tab(self) -> bool:
        return self._all_tabs

    @property
    def preview(self) -> Section | None:
        """The section in the preview tab, if there is one."""
        return self._preview

    def reset(
        self,
        order: SectionOrder,
        title: Callable[[Section], str],
        build: Callable[[Section], QWidget],
    ) -> None:
        """Show new sections: ``title(section)`` on its tab, ``build(section)`` when first shown.

        Emits no ``section_changed``: whoever resets the tabs knows what is shown now.
        """
        self._clear()
        self._order, self._title, self._build = order, title, build
        self._all_tabs = order.region_count <= MAX_REGION_TABS
        self.blockSignals(True)
        try:
            self.setTabsClosable(not self._all_tabs)
            for section in order:
                if self._all_tabs or not section.is_region:
                    self._add_page(section)
            self.setCurrentIndex(0)
        finally:
            self.blockSignals(False)
        self.tabs_changed.emit()

    def titles(self) -> list[str]:
        """Each tab's whole title, in tab order (briefing text, not escaped)."""
        sections = (self.section_of_tab(tab) for tab in range(self.count()))
        return [self._title(section) for section in sections if section is not None]

    def section_of_tab(self, tab: int) -> Section | None:
        page = self.widget(tab)
        section = page.property("section") if page is not None else None
        return section if isinstance(section, Section) else None

    def current_section(self) -> Section | None:
        return self.section_of_tab(self.currentIndex())

    def current_region(self) -> int | None:
        """The index of the region whose tab is current, or ``None`` on the other tabs."""
        section = self.current_section()
        return section.region if section is not None and section.is_region else None

    def has_tab(self, section: Section) -> bool:
        return section in self._pages

    def page(self, section: Section) -> LazyTab:
        """The section's tab page, added (not shown) if it has none yet."""
        if section not in self._pages:
            self._add_page(section)
            self.tabs_changed.emit()
        return self._pages[section]

    def content(self, section: Section) -> QWidget:
        """The section's widget, built now if it has not been yet."""
        return self.page(section).content()

    def title(self, section: Section) -> str:
        """The section's whole title (its tab may show it shortened)."""
        return self._title(section)

    def show_section(self, section: Section) -> None:
        """Make the section current as the reader's choice: a preview of it becomes its own tab."""
        if section in self._order:
            if section == self._preview:
                self._keep_preview()
            self.setCurrentWidget(self.page(section))

    def preview_section(self, section: Section) -> None:
        """Make the section current for a glance: in its tab if it has one, else in the preview tab."""
        if section not in self._order:
            return
        if section in self._pages:
            self.setCurrentWidget(self._pages[section])
            return
        previous, self._preview = self._preview, section
        self._add_page(section)
        self.setCurrentWidget(self._pages[section])
        # Removed once the new page is current, so that no other page is shown (and built).
        if previous is not None:
            self._remove(previous)

    def step(self, step: int) -> None:
        """Move ``step`` tabs right (left if negative), wrapping around."""
        if self.count():
            self.setCurrentIndex((self.currentIndex() + step) % self.count())

    def go_to(self, tab: int) -> None:
        if 0 <= tab < self.count():
            self.setCurrentIndex(tab)

    def built_sections(self) -> list[Section]:
        """The sections whose page has been built, with or without a tab shown now."""
        return [section for section, page in self._pages.items() if page.is_built]

    def is_closable(self, tab: int) -> bool:
        """Only a region's tab in a large briefing can be closed; the fixed tabs stay."""
        section = self.section_of_tab(tab)
        return not self._all_tabs and section is not None and section.is_region

    @Slot(int)
    def close_tab(self, tab: int) -> None:
        section = self.section_of_tab(tab)
        if section is not None and self.is_closable(tab):
            self._remove(section)

    @Slot()
    def close_current(self) -> None:
        """Close the current tab if it can be closed (Ctrl+W); else do nothing."""
        self.close_tab(self.currentIndex())

    def _remove(self, section: Section) -> None:
        page = self._pages.pop(section)
        if section == self._preview:
            self._preview = None
        self.removeTab(self.indexOf(page))
        page.deleteLater()
        self.tabs_changed.emit()

    @Slot(int)
    def _keep_tab(self, tab: int) -> None:
        """A double-click on the preview tab keeps it."""
        if tab >= 0 and self.section_of_tab(tab) == self._preview:
            self._keep_preview()

    def _keep_preview(self) -> None:
        section, self._preview = self._preview, None
        if section is not None:
            self._label(section)

    def _label(self, section: Section) -> None:
        """The tab's title, its accessible name and its page's: marked while it is the preview."""
        page = self._pages[section]
        tab = self.indexOf(page)
        title = self._title(section)
        prefix = PREVIEW_PREFIX if section == self._preview else ""
        self.setTabText(tab, prefix + tab_title(title))
        # Not setTabToolTip: a tab's tooltip is also its accessible description, and
        # a screen reader would read the escaping markup. See tab_tooltip().
        self.tabBar().setAccessibleTabName(tab, prefix + visible(title))
        page.setAccessibleName(prefix + visible(title))

    def _add_page(self, section: Section) -> None:
        page = LazyTab(lambda: self._build(section))
        page.setProperty("section", section)
        self._pages[section] = page
        position = sum(
            1
            for other in self._pages
            if self._order.position(other) < self._order.position(section)
        )
        tab = self.insertTab(position, page, "")
        self._label(section)
        if self.tabsClosable() and not section.is_region:
            # Overview, Sources and the original report cannot be closed.
            self.tabBar().setTabButton(tab, QTabBar.ButtonPosition.RightSide, None)

    def tab_tooltip(self, tab: int) -> str:
        """The tab's whole title as a tooltip that shows literally (see ``plain_tooltip``)."""
        section = self.section_of_tab(tab)
        if section is None:
            return ""
        if section == self._preview:
            return plain_tooltip(f"{self._title(section)}\n(preview: double-click to keep the tab)")
        return plain_tooltip(self._title(section))

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
        self._preview = None

    @Slot()
    def _announce_closable(self) -> None:
        self.current_closable.emit(self.is_closable(self.currentIndex()))

    @Slot(int)
    def _on_current_changed(self, tab: int) -> None:
        section = self.section_of_tab(tab)
        if section is not None:
            self.section_changed.emit(section)
