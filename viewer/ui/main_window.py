"""The main window: one tab for the overview, one per region, then Sources and the original report."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from viewer import settings
from viewer.loading import LoadedBriefing, load_briefing
from viewer.problems import BriefingError
from viewer.render import (
    citation,
    citation_html,
    original_html,
    overview_html,
    region_html,
    source_position,
    sources_html,
    visible,
)
from viewer.theme import LIGHT, Colors
from viewer.ui import dialogs
from viewer.ui.error_bar import ErrorBar
from viewer.ui.find_bar import FindBar
from viewer.ui.lazy_tab import LazyTab
from viewer.ui.print_actions import PrintActions
from viewer.ui.reading_view import ReadingView

APP_NAME = "briefing-viewer"


#: Longer region names are shortened on their tab; the tooltip has the whole name.
MAX_TAB_TITLE = 32


def tab_title(text: str) -> str:
    """Tab bars read ``&`` as a mnemonic marker; briefing text shows it literally."""
    shown = visible(text).replace("\n", " ")
    if len(shown) > MAX_TAB_TITLE:
        shown = shown[: MAX_TAB_TITLE - 1].rstrip() + "…"
    return shown.replace("&", "&&")


def plain_tooltip(text: str) -> str:
    """Tooltips guess rich text; escaped text inside a paragraph always shows literally."""
    return f"<p style='white-space: pre-wrap'>{html.escape(visible(text))}</p>"


def window_title(title: str) -> str:
    """The briefing's title; Qt appends the application's display name itself."""
    # "[*]" is Qt's placeholder for the modified marker and would vanish from a title.
    return visible(title).replace("\n", " ").replace("[*]", "[ * ]")


def source_status_text(loaded: LoadedBriefing) -> str:
    source = loaded.source
    if source.verified:
        name = source.path.name if source.path else loaded.briefing.source.path
        return (
            f"The report the briefing was made from ({name}), verbatim. "
            f"The {loaded.briefing.quote_count} quoted passages are highlighted and underlined."
        )
    return (
        f"The source report is not shown: it is {source.state} ({source.detail}). "
        "Quotes in this briefing are unverified."
    )


def default_size(widget: QWidget) -> QSize:
    """1000 × 760, or less where the screen is smaller: the window never starts past its edge."""
    screen = widget.screen().availableGeometry()
    return QSize(min(1000, int(screen.width() * 0.9)), min(760, int(screen.height() * 0.9)))


class MainWindow(QMainWindow):
    """Shows one briefing at a time; a refused file never replaces what is shown."""

    def __init__(self, loaded: LoadedBriefing, colors: Colors = LIGHT) -> None:
        super().__init__()
        self._colors = colors
        self._loaded = loaded
        self._zoom = settings.read_zoom()
        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("briefingTabs")
        self._tabs.setDocumentMode(True)
        self._tabs.setUsesScrollButtons(True)
        # Qt would elide every tab, "Overview" too, before scrolling; long names are
        # shortened in tab_title instead, and the bar scrolls.
        self._tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self._error_bar = ErrorBar(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._error_bar)
        layout.addWidget(self._tabs, 1)
        self.find_bar = FindBar(self._tabs, self.reading_views, central)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self._create_actions()
        self._create_menus()
        self.resize(default_size(self))
        self.show_briefing(loaded)

    # -- actions and menus ----------------------------------------------------

    def _create_actions(self) -> None:
        self.open_action = QAction("&Open…", self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setStatusTip("Open a briefing file")
        self.open_action.triggered.connect(self.ask_and_open)
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction("&About briefing-viewer", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.printing = PrintActions(self, lambda: (self._loaded, self.current_region_index()))
        self.find_action = QAction("&Find…", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(lambda: self.find_bar.open_bar())
        self.find_next_action = QAction("Find &Next", self)
        self.find_next_action.setShortcut(QKeySequence.StandardKey.FindNext)
        self.find_next_action.triggered.connect(lambda: self.find_bar.next())
        self.find_previous_action = QAction("Find Pre&vious", self)
        self.find_previous_action.setShortcut(QKeySequence.StandardKey.FindPrevious)
        self.find_previous_action.triggered.connect(lambda: self.find_bar.previous())
        self.zoom_in_action = QAction("Zoom &In", self)
        self.zoom_in_action.setShortcuts(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.triggered.connect(lambda: self.zoom_by(1))
        self.zoom_out_action = QAction("Zoom &Out", self)
        self.zoom_out_action.setShortcuts(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self.zoom_by(-1))
        self.zoom_reset_action = QAction("&Actual Size", self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(lambda: self.set_zoom(0))

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        self.printing.add_to(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.find_next_action)
        edit_menu.addAction(self.find_previous_action)
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.zoom_reset_action)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.about_action)

    # -- what is shown --------------------------------------------------------

    @property
    def loaded(self) -> LoadedBriefing:
        return self._loaded

    @property
    def tabs(self) -> QTabWidget:
        return self._tabs

    @property
    def error_bar(self) -> ErrorBar:
        return self._error_bar

    def show_briefing(self, loaded: LoadedBriefing) -> None:
        """Replace every tab with the given briefing's."""
        self._clear_tabs()
        self._loaded = loaded
        self._original: ReadingView | None = None
        briefing = loaded.briefing
        self._tabs.addTab(self._view(overview_html(loaded)), "Overview")
        for index, region in enumerate(briefing.regions):
            page = LazyTab(partial(self._region_view, loaded, index))
            tab = self._tabs.addTab(page, tab_title(region.name))
            self._tabs.setTabToolTip(tab, plain_tooltip(region.name))
        self._tabs.addTab(LazyTab(lambda: self._view(sources_html(loaded))), "Sources")
        self._tabs.addTab(LazyTab(lambda: self._build_original(loaded)), "Original report")
        self._tabs.setCurrentIndex(0)
        self.setWindowTitle(window_title(briefing.title))
        self.statusBar().showMessage(
            f"{loaded.display_path} · {len(briefing.regions)} regions, "
            f"{briefing.quote_count} quotes · source {loaded.source.state}"
        )

    def _clear_tabs(self) -> None:
        """Remove every page without showing (and so building) any lazy one on the way."""
        self._tabs.setCurrentIndex(0)
        for index in reversed(range(self._tabs.count())):
            page = self._tabs.widget(index)
            self._tabs.removeTab(index)
            if page is not None:
                page.deleteLater()

    def _region_view(self, loaded: LoadedBriefing, index: int) -> ReadingView:
        return self._view(region_html(loaded, index))

    def _view(self, html_text: str) -> ReadingView:
        view = ReadingView(self._colors)
        view.set_zoom(self._zoom, self.font())
        view.show_html(html_text)
        view.anchorClicked.connect(self._follow_link)
        view.zoom_requested.connect(self.zoom_by)
        return view

    # -- zoom -----------------------------------------------------------------

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

    # -- session --------------------------------------------------------------

    def restore_session(self) -> None:
        """Geometry, window state and the tab from the last run; bad values are ignored."""
        self.restoreGeometry(settings.read("window/geometry"))
        self.restoreState(settings.read("window/state"))
        tab = settings.read("session/tab")
        if 0 <= tab < self._tabs.count():
            self._tabs.setCurrentIndex(tab)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        settings.write("window/geometry", self.saveGeometry())
        settings.write("window/state", self.saveState())
        settings.write("session/tab", self._tabs.currentIndex())
        settings.sync()
        super().closeEvent(event)

    def _build_original(self, loaded: LoadedBriefing) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        status = QLabel(page)
        status.setObjectName("sourceStatus")
        status.setTextFormat(Qt.TextFormat.PlainText)
        status.setWordWrap(True)
        status.setContentsMargins(18, 8, 18, 0)
        status.setText(source_status_text(loaded))
        layout.addWidget(status)
        self._original = self._view(original_html(loaded))
        self._original.setAccessibleName("Original report")
        layout.addWidget(self._original, 1)
        return page

    def reading_views(self) -> list[tuple[int, ReadingView]]:
        """Every tab's reading view with its tab index, building lazy tabs as needed."""
        views = []
        for index in range(self._tabs.count()):
            page = self._tabs.widget(index)
            content = page.content() if isinstance(page, LazyTab) else page
            if content is None:
                continue
            view = content if isinstance(content, ReadingView) else content.findChild(ReadingView)
            if view is not None:
                views.append((index, view))
        return views

    def original_view(self) -> ReadingView:
        """The view of the original report, built now if it has not been shown yet."""
        page = self._tabs.widget(self._tabs.count() - 1)
        assert isinstance(page, LazyTab)
        page.content()
        assert self._original is not None
        return self._original

    # -- navigation -----------------------------------------------------------

    @Slot(QUrl)
    def _follow_link(self, url: QUrl) -> None:
        scheme, _, target = url.toString().partition(":")
        if scheme == "region" and target.isdigit():
            self.show_region(int(target))
        elif scheme in ("quote", "copy"):
            region, _, quote = target.partition("/")
            if region.isdigit() and quote.isdigit():
                if scheme == "quote":
                    self.show_in_source(int(region), int(quote))
                else:
                    self.copy_citation(int(region), int(quote))

    def current_region_index(self) -> int | None:
        """The region whose tab is current, or ``None`` on the other tabs."""
        index = self._tabs.currentIndex() - 1
        return index if 0 <= index < len(self._loaded.briefing.regions) else None

    def show_region(self, region_index: int) -> None:
        self._tabs.setCurrentIndex(1 + region_index)

    def show_in_source(self, region_index: int, quote_index: int) -> None:
        """Switch to the original report and select exactly the quote's span."""
        quote = self._loaded.briefing.regions[region_index].quotes[quote_index]
        view = self.original_view()
        self._tabs.setCurrentIndex(self._tabs.count() - 1)
        text = self._loaded.source.text
        if text is None or not self._loaded.source.verified:
            self.statusBar().showMessage(
                "The source report is not available; quotes are unverified."
            )
            return
        cursor = QTextCursor(view.document())
        cursor.setPosition(source_position(text, quote.start))
        cursor.setPosition(source_position(text, quote.end), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.statusBar().showMessage(f"Quote selected: characters {quote.start}–{quote.end}")

    def copy_citation(self, region_index: int, quote_index: int) -> None:
        """Put the quote with its citation on the clipboard, as plain text and as HTML."""
        data = QMimeData()
        data.setText(citation(self._loaded, region_index, quote_index))
        data.setHtml(citation_html(self._loaded, region_index, quote_index))
        QGuiApplication.clipboard().setMimeData(data)
        self.statusBar().showMessage("Quote copied with its citation.", 5000)

    # -- files ----------------------------------------------------------------

    @Slot()
    def ask_and_open(self) -> None:
        start = str(self._loaded.path.parent)
        path = dialogs.ask_open_path(self, start)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path, display_path: str | None = None) -> bool:
        """Show the briefing at ``path``; on any problem keep what is shown and list why."""
        try:
            loaded = load_briefing(path, display_path)
        except BriefingError as error:
            self.show_refusal(error, f"Still showing “{self._loaded.briefing.title}”.")
            return False
        self._error_bar.hide()
        self.show_briefing(loaded)
        settings.write("session/last_file", str(path.resolve()))
        return True

    def show_refusal(self, error: BriefingError, kept: str) -> None:
        self._error_bar.show_error(error, kept)

    @Slot()
    def show_about(self) -> None:
        dialogs.about_box(self)
