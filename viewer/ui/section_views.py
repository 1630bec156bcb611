"""A reading view for each section, built when its tab is first shown, kept in the reader's colours and size."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from viewer.model.loaded import LoadedBriefing
from viewer.model.statements import region_of
from viewer.render.links import parse_link
from viewer.render.pages import section_title
from viewer.render.report import report_position
from viewer.render.statements import Flags
from viewer.section import ORIGINAL, OVERVIEW, Section
from viewer.text import counted
from viewer.theme import Colors
from viewer.ui.original_page import OriginalPage, select_in_report
from viewer.ui.reading_view import ReadingView
from viewer.ui.section_html import SectionHtml
from viewer.ui.section_tabs import SectionTabs


class SectionViews(QObject):
    """The views of the briefing shown, one per section, inside the tabs.

    Signals:
        link_activated(object): a link of ours was clicked (a ``viewer.render.links`` value).
        zoom_requested(int): Ctrl+wheel over a view asked for one step in or out.
    """

    link_activated = Signal(object)
    zoom_requested = Signal(int)
    history_requested = Signal(int)

    def __init__(
        self,
        tabs: SectionTabs,
        colors: Callable[[], Colors],
        font: Callable[[], QFont],
        dim_uncited: Callable[[], bool],
        take_scroll: Callable[[Section], int | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self._colors = colors
        self._font = font
        self._dim_uncited = dim_uncited
        self._take_scroll = take_scroll
        self._zoom = 0
        self._views: dict[Section, ReadingView] = {}
        self._loaded: LoadedBriefing | None = None
        self.html: SectionHtml | None = None
        self.original: OriginalPage | None = None  # the Original report's page, once built

    def show_briefing(self, loaded: LoadedBriefing) -> SectionHtml:
        """Replace every section with the given briefing's (views are built on first show)."""
        self._loaded = loaded
        self._views = {}
        self.original = None
        self.html = SectionHtml(loaded)
        self._tabs.reset(self.html.order, lambda s: section_title(loaded, s), self._build)
        return self.html

    def view(self, section: Section) -> ReadingView:
        """The section's view, built (not shown) if it was not yet."""
        self._tabs.content(section)
        return self._views[section]

    def open(self, section: Section) -> ReadingView:
        """Make the section's tab current (adding it if needed) and return its view."""
        self._tabs.show_section(section)
        return self.view(section)

    def go_to(self, path: str) -> None:
        """Show the statement or quote at ``path`` where it stands in its section."""
        region = region_of(path)
        section = OVERVIEW if region is None else Section.of_region(region)
        self.open(section).go_to_anchor(path, self._colors())

    def show_in_report(self, path: str) -> str:
        """Mark in the original report what ``path`` rests on; what to tell the reader."""
        assert self._loaded is not None
        return select_in_report(self.open(ORIGINAL), self._loaded, path, self._colors())

    def show_passage(self, start: int, end: int) -> None:
        """Select characters ``start``–``end`` of the report and say what rests on them."""
        assert self._loaded is not None
        view = self.open(ORIGINAL)
        text = self._loaded.report_text
        if text is not None and self.original is not None:
            view.select_span(report_position(text, start), report_position(text, end), centre=True)
            self.original.show_passage(start, end)

    def set_flags(self, flags: Flags) -> bool:
        """Mark the reviewer's findings: pages built so far are drawn again, in place."""
        if self.html is None or not self.html.set_flags(flags):
            return False
        for section, view in self.built().items():
            view.replace_keeping_place(self.html.html(section))
        return True

    def built(self) -> dict[Section, ReadingView]:
        """The views built so far whose tab still exists, by section (a closed tab's view is
        forgotten: Qt deletes it)."""
        alive = set(self._tabs.built_sections())
        self._views = {s: v for s, v in self._views.items() if s in alive}
        return dict(self._views)

    def set_zoom(self, step: int) -> None:
        self._zoom = step
        for view in self.built().values():
            view.set_zoom(step, self._font())

    def set_colors(self, colors: Colors) -> None:
        for view in self.built().values():
            view.set_colors(colors)

    @Slot()
    def reapply_options(self) -> None:
        """The reader changed the typeface or the dimming: every built view follows."""
        for section, view in self.built().items():
            view.set_zoom(self._zoom, self._font())
            if section.kind == "original":
                view.set_dim_uncited(self._dim_uncited())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Installed on the window: when it becomes active, the keyboard goes to the page
        (Qt would give it to the first widget in the Tab chain, the tab bar)."""
        if event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self, lambda: self.focus_unless_typing(None))
        return False

    def focus_unless_typing(self, section: Section | None) -> None:
        """Give a page (the current one by default) the keyboard, so it scrolls at once,
        unless the reader is typing in a field (the find bar, the region filter)."""
        section = section or self._tabs.current_section()
        focused = QApplication.focusWidget()
        typing = focused is not None and not isinstance(focused, ReadingView | QTabBar)
        if section is not None and not typing:
            self.view(section).setFocus(Qt.FocusReason.OtherFocusReason)

    def _build(self, section: Section) -> QWidget:
        assert self._loaded is not None
        assert self.html is not None
        loaded, html = self._loaded, self.html
        view = ReadingView(self._colors())
        view.setAccessibleName(_accessible_name(loaded, section))
        if section.is_region:
            region = loaded.briefing.regions[section.region]
            view.setAccessibleDescription(
                f"{counted(len(region.points), 'key point')}, "
                f"{counted(len(region.quotes), 'quote')} with their speakers"
            )
        view.set_zoom(self._zoom, self._font())
        if section.kind == "original":
            view.set_dim_uncited(self._dim_uncited())
        first_screen = html.first_screen(section)
        if first_screen is None:
            view.show_html(html.html(section))
        else:
            view.show_in_two_steps(first_screen, lambda: html.html(section))
        view.anchorClicked.connect(self._on_anchor)
        view.zoom_requested.connect(self.zoom_requested)
        view.history_requested.connect(self.history_requested)
        position = self._take_scroll(section)
        if position is not None:
            view.scroll_to(position)
        self._views[section] = view
        if section.kind != "original":
            return view
        self.original = OriginalPage(loaded, view)
        self.original.link_activated.connect(self.link_activated)
        return self.original

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        link = parse_link(url.toString())
        if link is not None:
            self.link_activated.emit(link)


def _accessible_name(loaded: LoadedBriefing, section: Section) -> str:
    title = section_title(loaded, section)
    return f"Region: {title}" if section.is_region else title
