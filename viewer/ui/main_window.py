"""The main window: it builds its parts, wires them together, and shows one briefing at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow

from viewer.model.loaded import LoadedBriefing
from viewer.render.links import CopyCitation, GoTo, Link, OpenRegion, ShowInReport, ShowPassage
from viewer.section import Section
from viewer.theme import Colors
from viewer.ui import help
from viewer.ui.bars import WindowBars
from viewer.ui.briefing_file import BriefingFile
from viewer.ui.drafts import DraftMaker
from viewer.ui.history import NavigationHistory
from viewer.ui.labels import window_title
from viewer.ui.opening import DropOpener
from viewer.ui.print_actions import PrintActions
from viewer.ui.reading_options import ReadingOptions
from viewer.ui.reading_view import ReadingView
from viewer.ui.regions_dock import RegionsDock
from viewer.ui.review_panel import ReviewPart
from viewer.ui.search import Search
from viewer.ui.section_tabs import SectionTabs
from viewer.ui.section_views import SectionViews
from viewer.ui.session import SessionController, default_size
from viewer.ui.status_summary import StatusSummary
from viewer.ui.theming import ThemeController
from viewer.ui.window_actions import WindowActions
from viewer.ui.zoom import ZoomController


class MainWindow(QMainWindow):
    """Shows one briefing at a time; a refused file never replaces what is shown.

    Each job is a part of its own (the file, the views, the session, zoom, theme, search,
    review, the bars); the window creates them and connects them in ``_connect``. What
    the first picture does not show is built when first needed, or after the first paint.
    """

    def __init__(self, loaded: LoadedBriefing) -> None:
        super().__init__()
        self.themes = ThemeController(self)
        # Before any widget exists: one polished under another theme's sheet keeps its palette.
        self.themes.apply_palette()
        self.zoom = ZoomController(self)
        self.options = ReadingOptions(self)
        self.file = BriefingFile(loaded, self)
        self.tabs = SectionTabs(self)
        self.session = SessionController(self, self.tabs, lambda: self.views.built())
        self.views = SectionViews(
            self.tabs,
            lambda: self.themes.colors,
            lambda: self.options.font(self.font()),
            lambda: self.options.dim_uncited,
            self.session.take_scroll,
            self,
        )
        self.views.set_zoom(self.zoom.step)
        self.history = NavigationHistory(self.tabs, self.views.view, self)
        self.bars = WindowBars(self, self.tabs)  # the central widget: bars around the tabs
        self.search = Search(
            self.bars.layout,
            self.tabs.current_section,
            self.open_section,
            lambda: self.themes.colors,
            self,
        )
        self.drafts = DraftMaker(self.file, self)
        self.review = ReviewPart(self, self.views, self.search)
        self.regions_dock = RegionsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.regions_dock)
        self.regions_dock.hide()
        self.summary = StatusSummary(self.statusBar())
        self.print_actions = PrintActions(self, lambda: (self.loaded, self.tabs.current_region()))
        self.menu_actions = WindowActions(self, self.print_actions)
        self._drops = DropOpener(self)
        self.installEventFilter(self.views)  # on activation the page takes the keyboard
        self.setAcceptDrops(True)
        self._connect()
        self.resize(default_size(self))
        self.show_briefing(loaded, same_file=False)

    def _connect(self) -> None:
        """Every action and every part's signal, connected in one place."""
        actions, tabs, zoom, find = self.menu_actions, self.tabs, self.zoom, self.search.ensure_bar
        actions.open_action.triggered.connect(self.ask_and_open)
        actions.recent_menu.open_requested.connect(lambda path: self.open_path(Path(path)))
        actions.reload_action.triggered.connect(self.file.reload)
        actions.new_draft_action.triggered.connect(self.drafts.new_from_report)
        actions.save_draft_action.triggered.connect(self.drafts.save_as)
        self.drafts.can_save.connect(actions.save_draft_action.setEnabled)
        self.drafts.said.connect(self.statusBar().showMessage)
        self.review.connect_action(actions.review_action)
        self.review.panel.link_activated.connect(self.follow)
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
        for name, action in actions.font_actions.items():
            action.triggered.connect(lambda _=False, chosen=name: self.options.set_family(chosen))
        actions.check_font(self.options.family)
        actions.dim_action.setChecked(self.options.dim_uncited)
        actions.dim_action.toggled.connect(self.options.set_dim_uncited)
        self.options.changed.connect(self.views.reapply_options)
        self.options.changed.connect(lambda: actions.check_font(self.options.family))
        actions.back_action.triggered.connect(self.history.back)
        actions.forward_action.triggered.connect(self.history.forward)
        self.history.changed.connect(actions.back_action.setEnabled)
        self.history.changed.connect(lambda _, forward: actions.forward_action.setEnabled(forward))
        self.views.history_requested.connect(self.history.go)
        tabs.section_changed.connect(self._on_section_changed)
        actions.regions_action.triggered.connect(self.regions_dock.focus_filter)
        actions.next_tab_action.triggered.connect(lambda: tabs.step(1))
        actions.previous_tab_action.triggered.connect(lambda: tabs.step(-1))
        actions.close_tab_action.triggered.connect(tabs.close_current)
        tabs.current_closable.connect(actions.close_tab_action.setEnabled)
        for tab, action in enumerate(actions.go_to_tab_actions):
            action.triggered.connect(lambda _=False, tab=tab: tabs.go_to(tab))
        tabs.tabs_changed.connect(lambda: actions.name_tabs(tabs.titles()))
        actions.shortcuts_action.triggered.connect(
            lambda: help.show_shortcuts(actions.all_actions(), self)
        )
        actions.about_action.triggered.connect(lambda: help.show_about(self))
        self.themes.colors_changed.connect(self._recolor)
        zoom.changed.connect(self._apply_zoom)
        self.views.zoom_requested.connect(zoom.zoom_by)
        self.views.link_activated.connect(self.follow)
        self.regions_dock.region_chosen.connect(self.show_region)
        self.search.closed.connect(lambda: self.views.focus_unless_typing(None))
        self.search.use_tabs(tabs, self.section_view)
        self.file.shown.connect(self.show_briefing)
        self.file.refused.connect(self.bars.show_refusal)
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
        self.bars.show_draft(loaded.briefing.is_draft, self.file.unsaved)
        if same_file:
            self.session.keep_places_for(self.tabs.order)
        else:
            self.session.forget_places()
        pages = self.views.show_briefing(loaded)
        self.search.show_pages(pages)
        self.review.briefing_shown(loaded)
        briefing = loaded.briefing
        self.regions_dock.set_regions([region.name for region in briefing.regions])
        self.regions_dock.setVisible(not self.tabs.every_region_has_a_tab)
        self.setWindowTitle(window_title(briefing.title))
        self.history.clear()
        self.summary.show_briefing(loaded)
        if same_file and current is not None and current in pages.order:
            self.tabs.show_section(current)
            self.statusBar().showMessage(f"Reloaded {loaded.display_path}", 5000)

    def section_view(self, section: Section) -> ReadingView:
        """The section's reading view, built (not shown) if it was not yet."""
        return self.views.view(section)

    def open_section(self, section: Section) -> ReadingView:
        """Make the section's tab current (adding it if needed) and return its view."""
        return self.views.open(section)

    # -- links, zoom, theme, navigation ---------------------------------------

    @Slot(object)
    def follow(self, link: Link) -> None:
        """Do what a link of ours says (``viewer.render.links``); moves can be gone back on."""
        from viewer.ui.clipboard import copy_citation

        if isinstance(link, CopyCitation):
            self.statusBar().showMessage(copy_citation(self.loaded, link.path), 5000)
            return
        self.history.record()
        if isinstance(link, OpenRegion):
            self.show_region(link.region)
        elif isinstance(link, ShowInReport):
            self.statusBar().showMessage(self.views.show_in_report(link.path))
        elif isinstance(link, GoTo):
            self.views.go_to(link.path)
        elif isinstance(link, ShowPassage):
            self.views.show_passage(link.start, link.end)

    @Slot(int)
    def _apply_zoom(self, step: int) -> None:
        self.views.set_zoom(step)
        self.statusBar().showMessage(f"Text size {self.zoom.percent} %", 3000)

    @Slot(object)
    def _on_section_changed(self, section: Section) -> None:
        """After every switch the page has the keyboard and the region list follows."""
        self.views.focus_unless_typing(section)
        if section.is_region:
            self.regions_dock.follow(section.region)

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
        return self.file.open(path, display_path)

    def restore_session(self) -> None:
        self.session.restore()
        self.regions_dock.setVisible(not self.tabs.every_region_has_a_tab)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.session.save()
        super().closeEvent(event)
