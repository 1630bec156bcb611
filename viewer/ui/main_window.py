"""The main window: it builds its parts, wires them together, and shows one briefing at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from viewer.model.loaded import LoadedBriefing
from viewer.problems import BriefingError
from viewer.render.links import CopyCitation, Link, OpenRegion, ShowInReport
from viewer.section import ORIGINAL, Section
from viewer.theme import Colors
from viewer.ui.bars import WindowBars
from viewer.ui.briefing_file import BriefingFile
from viewer.ui.first_paint import AfterFirstPaint
from viewer.ui.labels import window_title
from viewer.ui.opening import DropOpener, remember_opened
from viewer.ui.print_actions import PrintActions
from viewer.ui.reading_view import ReadingView
from viewer.ui.regions_dock import RegionsDock
from viewer.ui.search import Search
from viewer.ui.section_tabs import SectionTabs
from viewer.ui.section_views import SectionViews
from viewer.ui.session import SessionController, default_size
from viewer.ui.theming import ThemeController
from viewer.ui.window_actions import WindowActions
from viewer.ui.zoom import ZoomController

APP_NAME = "briefing-viewer"


class MainWindow(QMainWindow):
    """Shows one briefing at a time; a refused file never replaces what is shown.

    Each job is a part of its own (the file, the views, the session, zoom, theme,
    search, the bars); the window creates them and connects them in ``_connect``.
    What the first picture does not show is built when first needed, or after the
    first paint (the find index): the window appears as fast as a bare one would.
    """

    def __init__(self, loaded: LoadedBriefing) -> None:
        super().__init__()
        self.themes = ThemeController(self)
        # Before any widget exists: one polished under another theme's sheet keeps its palette.
        self.themes.apply_palette()
        self.zoom = ZoomController(self)
        self.file = BriefingFile(loaded, self)
        self.tabs = SectionTabs(self)
        self.views = SectionViews(self.tabs, lambda: self.themes.colors, self.font, self._scroll_of)
        self.views.set_zoom(self.zoom.step)
        self.session = SessionController(self, self.tabs, self.views.built)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.bars = WindowBars(layout, self)
        self.search = Search(
            layout, self.tabs.current_section, self.open_section, lambda: self.themes.colors, self
        )
        self.regions_dock = RegionsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.regions_dock)
        self.regions_dock.hide()
        self.print_actions = PrintActions(self, lambda: (self.loaded, self.current_region_index()))
        self.menu_actions = WindowActions(self, self.print_actions)
        self._drops = DropOpener(self)
        self.setAcceptDrops(True)
        self._connect()
        self.resize(default_size(self))
        self.show_briefing(loaded, same_file=False)
        AfterFirstPaint(self, self.search.start)

    def _connect(self) -> None:
        """Every action and every part's signal, connected in one place."""
        actions, tabs, zoom, find = self.menu_actions, self.tabs, self.zoom, self.search.ensure_bar
        actions.open_action.triggered.connect(self.ask_and_open)
        actions.recent_menu.open_requested.connect(lambda path: self.open_path(Path(path)))
        actions.reload_action.triggered.connect(self.reload)
        actions.quit_action.triggered.connect(self.close)
        actions.find_action.triggered.connect(lambda: find().open_bar())
        actions.find_next_action.triggered.connect(lambda: find().next())
        actions.find_previous_action.triggered.connect(lambda: find().previous())
        actions.zoom_in_action.triggered.connect(lambda: zoom.zoom_by(1))
        actions.zoom_out_action.triggered.connect(lambda: zoom.zoom_by(-1))
        actions.zoom_reset_action.triggered.connect(zoom.reset)
        for name, action in actions.theme_actions.items():
            action.triggered.connect(lambda _=False, chosen=name: self.themes.set_theme(chosen))
        actions.check_theme(self.themes.theme)
        actions.regions_action.triggered.connect(self.regions_dock.focus_filter)
        actions.next_tab_action.triggered.connect(lambda: tabs.step(1))
        actions.previous_tab_action.triggered.connect(lambda: tabs.step(-1))
        actions.close_tab_action.triggered.connect(tabs.close_current)
        for tab, action in enumerate(actions.go_to_tab_actions):
            action.triggered.connect(lambda _=False, tab=tab: tabs.go_to(tab))
        actions.shortcuts_action.triggered.connect(self._show_shortcuts)
        actions.about_action.triggered.connect(self._show_about)
        self.themes.colors_changed.connect(self._recolor)
        zoom.changed.connect(self._apply_zoom)
        self.views.zoom_requested.connect(zoom.zoom_by)
        self.views.link_activated.connect(self.follow)
        self.regions_dock.region_chosen.connect(self.show_region)
        self.search.closed.connect(self._focus_current)
        self.search.use_tabs(tabs, self.section_view)
        self.file.shown.connect(self.show_briefing)
        self.file.refused.connect(self.show_refusal)
        self.file.gone.connect(lambda message: self.bars.ensure_notice_bar().show_notice(message))
        self._drops.dropped.connect(self.open_path)

    # -- what is shown --------------------------------------------------------

    @property
    def loaded(self) -> LoadedBriefing:
        return self.file.loaded

    @Slot(object, bool)
    def show_briefing(self, loaded: LoadedBriefing, same_file: bool = True) -> None:
        """Replace every section with the given briefing's; a new version keeps the reader's place."""
        current = self.tabs.current_section()
        self.bars.hide_messages()
        if same_file:
            self.session.keep_places_for(self.tabs.order)
        else:
            self.session.forget_places()
        pages = self.views.show_briefing(loaded)
        self.search.show_pages(pages)
        briefing = loaded.briefing
        self.regions_dock.set_regions([region.name for region in briefing.regions])
        self.regions_dock.setVisible(not self.tabs.every_region_has_a_tab)
        self.setWindowTitle(window_title(briefing.title))
        if same_file and current is not None and current in pages.order:
            self.tabs.show_section(current)
            self.statusBar().showMessage(f"Reloaded {loaded.display_path}", 5000)
        else:
            self.statusBar().showMessage(
                f"{loaded.display_path} · {len(briefing.regions)} regions, "
                f"{briefing.quote_count} quotes · source {loaded.report.state}"
            )

    def section_view(self, section: Section) -> ReadingView:
        """The section's reading view, built (not shown) if it was not yet."""
        return self.views.view(section)

    def open_section(self, section: Section) -> ReadingView:
        """Make the section's tab current (adding it if needed) and return its view."""
        self.tabs.show_section(section)
        return self.views.view(section)

    def original_view(self) -> ReadingView:
        return self.views.view(ORIGINAL)

    def current_region_index(self) -> int | None:
        """The region whose tab is current, or ``None`` on the other tabs."""
        section = self.tabs.current_section()
        return section.region if section is not None and section.is_region else None

    # -- links, zoom, theme, navigation ---------------------------------------

    @Slot(object)
    def follow(self, link: Link) -> None:
        """Do what a link of ours says (``viewer.render.links``)."""
        from viewer.ui.clipboard import copy_citation
        from viewer.ui.original_page import select_in_report

        if isinstance(link, OpenRegion):
            self.show_region(link.region)
        elif isinstance(link, ShowInReport):
            message = select_in_report(self.open_section(ORIGINAL), self.loaded, link.path)
            self.statusBar().showMessage(message)
        elif isinstance(link, CopyCitation):
            self.statusBar().showMessage(copy_citation(self.loaded, link.path), 5000)

    @Slot(int)
    def _apply_zoom(self, step: int) -> None:
        self.views.set_zoom(step)
        self.statusBar().showMessage(f"Text size {self.zoom.percent} %", 3000)

    @Slot(object)
    def _recolor(self, colors: Colors) -> None:
        """Recolour every built view (later ones are built in the new colours) and the menu."""
        self.views.set_colors(colors)
        self.menu_actions.check_theme(self.themes.theme)
        self.search.refresh_highlights()

    @Slot(int)
    def show_region(self, region_index: int) -> None:
        if 0 <= region_index < self.tabs.order.region_count:
            view = self.open_section(Section.of_region(region_index))
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _focus_current(self) -> None:
        section = self.tabs.current_section()
        if section is not None:
            self.views.view(section).setFocus(Qt.FocusReason.OtherFocusReason)

    def _scroll_of(self, section: Section) -> int | None:
        return self.session.take_scroll(section)

    # -- files, session, dialogs ----------------------------------------------

    @Slot()
    def ask_and_open(self) -> None:
        from viewer.ui import dialogs  # file dialogs are not needed to start

        path = dialogs.ask_open_path(self, str(self.loaded.path.parent))
        if path is not None:
            self.open_path(path)

    @Slot(object)
    def open_path(self, path: Path, display_path: str | None = None) -> bool:
        """Show the briefing at ``path``; on any problem keep what is shown and list why."""
        opened = self.file.open(path, display_path)
        if opened:
            remember_opened(path)
        return opened

    @Slot()
    def reload(self) -> bool:
        """Read the open file again; an invalid new version leaves the last good one on screen."""
        return self.file.reload()

    @Slot(object, str)
    def show_refusal(self, error: BriefingError, kept: str) -> None:
        self.bars.ensure_error_bar().show_error(error, kept)

    def restore_session(self) -> None:
        self.session.restore()
        self.regions_dock.setVisible(not self.tabs.every_region_has_a_tab)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.session.save()
        super().closeEvent(event)

    @Slot()
    def _show_shortcuts(self) -> None:
        from viewer.ui.shortcuts_dialog import show_shortcuts

        show_shortcuts(self.menu_actions.all_actions(), self)

    @Slot()
    def _show_about(self) -> None:
        from viewer.ui import dialogs

        dialogs.about_box(self)
