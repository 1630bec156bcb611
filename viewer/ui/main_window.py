"""The main window: a tab per section (Overview, regions, Sources, original report) and the bars around them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import QDockWidget, QMainWindow, QVBoxLayout, QWidget

from viewer import settings
from viewer.loading import LoadedBriefing, load_briefing
from viewer.problems import BriefingError
from viewer.render import stylesheet
from viewer.theme import LIGHT, Colors
from viewer.ui.file_watcher import FileWatcher
from viewer.ui.first_paint import AfterFirstPaint
from viewer.ui.labels import window_title
from viewer.ui.opening import changed_on_disk, dropped_briefing, remember_opened
from viewer.ui.original_page import original_page
from viewer.ui.print_actions import PrintActions
from viewer.ui.quote_links import QuoteLinks
from viewer.ui.reading_view import ReadingView
from viewer.ui.section_tabs import SectionTabs
from viewer.ui.sections import SectionSources, counted, default_size
from viewer.ui.theming import ThemeController
from viewer.ui.window_actions import WindowActions

if TYPE_CHECKING:
    from viewer.ui.error_bar import ErrorBar
    from viewer.ui.find_bar import FindBar
    from viewer.ui.region_navigator import RegionNavigator
    from viewer.ui.text_index import TextIndex

APP_NAME = "briefing-viewer"


class MainWindow(QMainWindow):
    """Shows one briefing at a time; a refused file never replaces what is shown.

    What the first picture does not show is built when first needed (the find bar,
    the error bar, the region list) or after the first paint (the find index): the
    window appears as fast as a bare one would, and the rest follows unseen.
    """

    def __init__(self, loaded: LoadedBriefing) -> None:
        super().__init__()
        self._loaded = loaded
        self.themes = ThemeController(self)
        # Before any widget exists: one polished under another theme's sheet keeps its palette.
        self.themes.apply_palette()
        self.themes.colors_changed.connect(self._recolor)
        self.links = QuoteLinks(self)
        self._zoom = settings.read_zoom()
        self._pending_scroll: dict[int, int] = {}
        self._tabs = SectionTabs(self)
        self._tabs.setObjectName("briefingTabs")
        self._tabs.setDocumentMode(True)
        self._tabs.setUsesScrollButtons(True)
        # Qt would elide every tab, "Overview" too, before scrolling; long names are
        # shortened in tab_title instead, and the bar scrolls.
        self._tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self._error_bar: ErrorBar | None = None
        self._find_bar: FindBar | None = None
        self._navigator: RegionNavigator | None = None
        self._index: TextIndex | None = None
        self._painted = False
        central = QWidget(self)
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self._tabs, 1)
        self.setCentralWidget(central)
        # The dock exists from the start so that window state saves and restores its
        # place; the list inside is built the first time the dock is shown.
        self._regions_dock = QDockWidget("Regions", self)
        self._regions_dock.setObjectName("regionsDock")
        self._regions_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self._regions_dock.visibilityChanged.connect(self._build_navigator_if_shown)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self._regions_dock)
        self._regions_dock.hide()
        self._watcher = FileWatcher(self)
        self._watcher.changed.connect(self.reload_if_changed)
        self.printing = PrintActions(self, lambda: (self._loaded, self.current_region_index()))
        self.menu_actions = WindowActions(self)
        self.menu_actions.build_menus()
        self.setAcceptDrops(True)
        self.resize(default_size(self))
        self._check_theme_action()
        self.show_briefing(loaded)
        AfterFirstPaint(self, self._after_first_paint)

    # -- what is shown --------------------------------------------------------

    @property
    def loaded(self) -> LoadedBriefing:
        return self._loaded

    @property
    def tabs(self) -> SectionTabs:
        return self._tabs

    @property
    def error_bar(self) -> ErrorBar:
        if self._error_bar is None:
            from viewer.ui.error_bar import ErrorBar

            self._error_bar = ErrorBar(self)
            self._layout.insertWidget(0, self._error_bar)
        return self._error_bar

    @property
    def find_bar(self) -> FindBar:
        if self._find_bar is None:
            from viewer.ui.find_bar import FindBar

            self._find_bar = FindBar(
                lambda: self.text_index,
                self._tabs.current_section,
                self.open_section,
                lambda: self.themes.colors,
            )
            self._find_bar.closed.connect(self._focus_current)
            self._layout.addWidget(self._find_bar)
        return self._find_bar

    @property
    def navigator(self) -> RegionNavigator:
        if self._navigator is None:
            from viewer.ui.region_navigator import RegionNavigator

            self._navigator = RegionNavigator(self)
            self._navigator.region_chosen.connect(self.show_region)
            self._navigator.set_regions([region.name for region in self._loaded.briefing.regions])
            self._regions_dock.setWidget(self._navigator)
        return self._navigator

    @Slot(bool)
    def _build_navigator_if_shown(self, visible: bool) -> None:
        if visible:
            self.navigator  # noqa: B018 - built on first show

    @property
    def text_index(self) -> TextIndex:
        """The find index of the shown briefing; built on first use or after the first paint."""
        if self._index is None:
            from viewer.ui.text_index import TextIndex

            # The index's documents use the light stylesheet: colours never change the text.
            self._index = TextIndex(self._sources, stylesheet(LIGHT), self)
            self._index.start()
        return self._index

    @Slot()
    def _after_first_paint(self) -> None:
        self._painted = True
        self.text_index  # noqa: B018 - starts building in idle slices

    def show_briefing(self, loaded: LoadedBriefing) -> None:
        """Replace every section with the given briefing's."""
        self._loaded = loaded
        briefing = loaded.briefing
        self._sources = SectionSources(loaded)
        count = len(briefing.regions)
        titles = [
            "Overview",
            *(region.name for region in briefing.regions),
            "Sources",
            "Original report",
        ]
        builders: list[Callable[[], QWidget]] = [partial(self._view, 0, "Overview")]
        builders += [partial(self._region_view, i) for i in range(1, count + 1)]
        builders += [partial(self._view, count + 1, "Sources"), self._build_original]
        self._tabs.reset(titles, builders)
        if self._index is not None:
            self._index.deleteLater()
            self._index = None
        if self._painted:
            self.text_index  # noqa: B018 - a reload starts the new index at once
        if self._navigator is not None:
            self._navigator.set_regions([region.name for region in briefing.regions])
        self._regions_dock.setVisible(not self._tabs.every_region_has_a_tab)
        self._watcher.watch(loaded.path)
        self.setWindowTitle(window_title(briefing.title))
        self.statusBar().showMessage(
            f"{loaded.display_path} · {count} regions, "
            f"{briefing.quote_count} quotes · source {loaded.source.state}"
        )

    def _region_view(self, section: int) -> ReadingView:
        region = self._loaded.briefing.regions[section - 1]
        view = self._view(section, f"Region: {region.name}")
        view.setAccessibleDescription(
            f"{counted(len(region.points), 'key point')}, "
            f"{counted(len(region.quotes), 'quote')} with their speakers"
        )
        return view

    def _view(self, section: int, name: str) -> ReadingView:
        view = ReadingView(self.themes.colors)
        view.setAccessibleName(name)
        view.set_zoom(self._zoom, self.font())
        sources = self._sources
        first_screen = sources.first_screen(section)
        if first_screen is None:
            view.show_html(sources.html(section))
        else:
            view.show_in_two_steps(first_screen, partial(sources.html, section))
        view.anchorClicked.connect(self.links.follow)
        view.zoom_requested.connect(self.zoom_by)
        if section in self._pending_scroll:
            view.scroll_to(self._pending_scroll.pop(section))
        return view

    def _build_original(self) -> QWidget:
        view = self._view(self._tabs.section_count - 1, "Original report")
        return original_page(self._loaded, view)

    def section_view(self, section: int) -> ReadingView:
        """The section's reading view, built (not shown) if it was not yet."""
        content = self._tabs.content(section)
        view = content if isinstance(content, ReadingView) else content.findChild(ReadingView)
        assert view is not None
        return view

    def open_section(self, section: int) -> ReadingView:
        """Make the section's tab current (adding it if needed) and return its view."""
        self._tabs.show_section(section)
        return self.section_view(section)

    def built_views(self) -> dict[int, ReadingView]:
        """The views built so far, by section."""
        return {section: self.section_view(section) for section in self._tabs.built_sections()}

    def original_view(self) -> ReadingView:
        """The view of the original report, built now if it has not been shown yet."""
        return self.section_view(self._tabs.section_count - 1)

    # -- zoom and theme -------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    @Slot(int)
    def zoom_by(self, steps: int) -> None:
        self.set_zoom(self._zoom + steps)

    def set_zoom(self, step: int) -> None:
        """Apply one text size to every reading view, built or not yet, and remember it."""
        self._zoom = max(settings.ZOOM_MIN, min(settings.ZOOM_MAX, step))
        for view in self.findChildren(ReadingView):
            view.set_zoom(self._zoom, self.font())
        settings.write("view/zoom", self._zoom)
        self.statusBar().showMessage(f"Text size {round(100 * 1.1**self._zoom)} %", 3000)

    @property
    def theme(self) -> str:
        return self.themes.theme

    def set_theme(self, theme: str) -> None:
        self.themes.set_theme(theme)

    @Slot(object)
    def _recolor(self, colors: Colors) -> None:
        """Recolour every built view (later ones are built in the new colours) and the menu."""
        for view in self.findChildren(ReadingView):
            view.set_colors(colors)
        self._check_theme_action()
        if self._find_bar is not None and self._find_bar.isVisible() and self._find_bar.total:
            self._find_bar.refresh()

    def _check_theme_action(self) -> None:
        for name, action in self.menu_actions.theme_actions.items():
            action.setChecked(name == self.themes.theme)

    # -- session --------------------------------------------------------------

    def restore_session(self) -> None:
        """Geometry, window state, tab and scroll positions from the last run; bad values are ignored."""
        self.restoreGeometry(settings.read("window/geometry"))
        self.restoreState(settings.read("window/state"))
        self._regions_dock.setVisible(not self._tabs.every_region_has_a_tab)
        self._pending_scroll = settings.read_scroll()
        for section, view in self.built_views().items():
            if section in self._pending_scroll:
                view.scroll_to(self._pending_scroll.pop(section))
        self._tabs.show_section(settings.read("session/tab"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        settings.write("window/geometry", self.saveGeometry())
        settings.write("window/state", self.saveState())
        settings.write("session/tab", self._tabs.current_section())
        settings.write_scroll(self._scroll_positions())
        settings.sync()
        super().closeEvent(event)

    def _scroll_positions(self) -> dict[int, int]:
        """Where each opened section is scrolled to; sections not opened keep their last place."""
        positions = dict(self._pending_scroll)
        for section, view in self.built_views().items():
            positions[section] = view.verticalScrollBar().value()
        return {section: value for section, value in positions.items() if value > 0}

    # -- navigation -----------------------------------------------------------

    def current_region_index(self) -> int | None:
        """The region whose tab is current, or ``None`` on the other tabs."""
        section = self._tabs.current_section()
        return section - 1 if self._tabs.is_region(section) else None

    @Slot(int)
    def show_region(self, region_index: int) -> None:
        if 0 <= region_index < self._tabs.region_count:
            self.open_section(1 + region_index).setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def focus_region_list(self) -> None:
        """Show the region list (any briefing size) and put the cursor in its filter."""
        self._regions_dock.show()
        self.navigator.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.navigator.filter.selectAll()

    @Slot()
    def _focus_current(self) -> None:
        page = self._tabs.currentWidget()
        view = page.findChild(ReadingView) if page is not None else None
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- files ----------------------------------------------------------------

    @Slot()
    def ask_and_open(self) -> None:
        from viewer.ui import dialogs  # file dialogs are not needed to start

        start = str(self._loaded.path.parent)
        path = dialogs.ask_open_path(self, start)
        if path is not None:
            self.open_path(path)

    @Slot(str)
    def open_recent(self, path: str) -> None:
        self.open_path(Path(path))

    def open_path(self, path: Path, display_path: str | None = None) -> bool:
        """Show the briefing at ``path``; on any problem keep what is shown and list why."""
        try:
            loaded = load_briefing(path, display_path)
        except BriefingError as error:
            self.show_refusal(error, f"Still showing “{self._loaded.briefing.title}”.")
            return False
        if self._error_bar is not None:
            self._error_bar.hide()
        self._pending_scroll = {}
        self.show_briefing(loaded)
        remember_opened(path)
        return True

    @Slot()
    def reload(self) -> bool:
        """Read the open file again; an invalid new version leaves the last good one on screen."""
        try:
            loaded = load_briefing(self._loaded.path, self._loaded.display_path)
        except BriefingError as error:
            self.show_refusal(error, "Still showing the last version that could be read.")
            return False
        if self._error_bar is not None:
            self._error_bar.hide()
        section = self._tabs.current_section()
        self._pending_scroll = self._scroll_positions()
        self.show_briefing(loaded)
        self._tabs.show_section(section)
        self.statusBar().showMessage(f"Reloaded {loaded.display_path}", 5000)
        return True

    @Slot()
    def reload_if_changed(self) -> None:
        """The watcher saw the file or its folder change: reload if the file's bytes did."""
        if changed_on_disk(self._loaded):
            self.reload()

    def show_refusal(self, error: BriefingError, kept: str) -> None:
        self.error_bar.show_error(error, kept)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if dropped_briefing(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = dropped_briefing(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)
