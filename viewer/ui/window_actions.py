"""The main window's actions and menus, created once; the window connects them to what they do.

Shortcuts come from ``QKeySequence.StandardKey`` where Qt has one, so they follow
the platform; the Help → Keyboard Shortcuts table is generated from these actions.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from viewer.text import one_line
from viewer.ui.labels import menu_text
from viewer.ui.print_actions import PrintActions
from viewer.ui.reading_options import FONT_LABELS
from viewer.ui.recent_files import RecentFilesMenu
from viewer.ui.theming import THEME_LABELS

#: Alt+1 … Alt+9 jump to the first nine tabs.
GO_TO_TAB_KEYS = 9
#: Longer tab names are elided in the Go menu, to about this many average characters.
GO_MENU_NAME_CHARS = 40

Key = QKeySequence | QKeySequence.StandardKey | str


def _action(parent: QMainWindow, text: str, *keys: Key) -> QAction:
    action = QAction(text, parent)
    sequences: list[QKeySequence] = []
    for key in keys:
        found = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        # A platform's standard key may already be one of the keys added to it.
        sequences += [sequence for sequence in found if sequence not in sequences]
    action.setShortcuts(sequences)
    return action


class WindowActions:
    """Every action of the main window, and the menu bar built from them."""

    def __init__(self, window: QMainWindow, print_actions: PrintActions) -> None:
        self._window = window
        self.print_actions = print_actions
        key = QKeySequence.StandardKey
        self.open_action = _action(window, "&Open…", key.Open)
        self.open_action.setStatusTip("Open a briefing file")
        self.recent_menu = RecentFilesMenu(window)
        self.new_draft_action = _action(window, "&New Briefing from Report…", key.New)
        self.new_draft_action.setStatusTip(
            "Make a draft from a report (.txt) or a saved web page: every quote found"
        )
        self.save_draft_action = _action(window, "Save Dra&ft As…", key.SaveAs)
        self.save_draft_action.setEnabled(False)
        self.reload_action = _action(window, "&Reload", key.Refresh)
        self.reload_action.setStatusTip("Read the open file again from disk")
        # Some platforms have no standard Quit key (Windows, Qt's offscreen platform).
        self.quit_action = _action(window, "&Quit", key.Quit, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.find_action = _action(window, "&Find…", key.Find)
        self.find_next_action = _action(window, "Find &Next", key.FindNext)
        self.find_previous_action = _action(window, "Find Pre&vious", key.FindPrevious)

        # Ctrl++ needs Shift on most keyboards; the + key's unshifted = does it too.
        self.zoom_in_action = _action(window, "Zoom &In", key.ZoomIn, "Ctrl+=")
        self.zoom_out_action = _action(window, "Zoom &Out", key.ZoomOut)
        self.zoom_reset_action = _action(window, "&Actual Size", "Ctrl+0")
        self.theme_actions = self._choices(THEME_LABELS)
        self.font_actions = self._choices(FONT_LABELS)
        self.dim_action = QAction("&Dim What the Briefing Leaves Out", window, checkable=True)
        self.dim_action.setStatusTip(
            "In the original report, grey the passages no statement or quote rests on"
        )
        self.review_action = _action(window, "Re&view Findings", "Ctrl+Shift+R")
        self.review_action.setCheckable(True)
        self.review_action.setStatusTip("What an editor would question in this briefing")
        self.back_action = _action(window, "&Back", key.Back)
        self.back_action.setEnabled(False)
        self.forward_action = _action(window, "&Forward", key.Forward)
        self.forward_action.setEnabled(False)
        self.regions_action = _action(window, "&Regions List", "Ctrl+J")
        self.regions_action.setStatusTip("Filter the regions by name or number and open one")

        self.next_tab_action = _action(window, "&Next Tab", "Ctrl+PgDown", "Ctrl+Tab")
        self.previous_tab_action = _action(window, "&Previous Tab", "Ctrl+PgUp", "Ctrl+Shift+Tab")
        # Ctrl+F4 as well where the platform's Close has no such key (macOS: Cmd+W only).
        self.close_tab_action = _action(window, "&Close Tab", key.Close, "Ctrl+F4")
        self.close_tab_action.setStatusTip("Close the region's tab (the fixed tabs stay)")
        self.go_to_tab_actions = [
            _action(window, f"Tab &{number}", f"Alt+{number}")
            for number in range(1, GO_TO_TAB_KEYS + 1)
        ]
        self._go_menu: QMenu | None = None

        self.shortcuts_action = _action(window, "&Keyboard Shortcuts", key.HelpContents)
        self.about_action = QAction("&About briefing-viewer", window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._build_menus()

    def _choices(self, labels: dict[str, str]) -> dict[str, QAction]:
        """One checkable action per choice, one of them checked at a time."""
        group = QActionGroup(self._window)
        actions = {}
        for name, label in labels.items():
            action = QAction(label, self._window, checkable=True)
            action.setData(name)
            group.addAction(action)
            actions[name] = action
        return actions

    def name_tabs(self, titles: Sequence[str]) -> None:
        """Name the tab each Alt+number goes to ("Tab 2: Kyiv"); numbers without a tab are disabled.

        ``titles`` are the tabs' titles in order, briefing text: shown literally, and
        elided when long (the whole name is the action's status tip).
        """
        metrics = (self._go_menu or self._window).fontMetrics()
        width = metrics.averageCharWidth() * GO_MENU_NAME_CHARS
        for tab, action in enumerate(self.go_to_tab_actions):
            text = f"Tab &{tab + 1}"
            if tab < len(titles):
                name = one_line(titles[tab])
                shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
                text += ": " + menu_text(shown)
                action.setStatusTip(name)
            else:
                action.setStatusTip("")
            action.setText(text)
            action.setEnabled(tab < len(titles))

    def check_theme(self, theme: str) -> None:
        for name, action in self.theme_actions.items():
            action.setChecked(name == theme)

    def check_font(self, family: str) -> None:
        for name, action in self.font_actions.items():
            action.setChecked(name == family)

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        file_menu.addActions([self.new_draft_action, self.save_draft_action])
        file_menu.addSeparator()
        self.print_actions.add_to(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.find_action, self.find_next_action, self.find_previous_action])
        view_menu = bar.addMenu("&View")
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view_menu.addSeparator()
        theme_menu = QMenu("&Theme", view_menu)
        theme_menu.addActions(list(self.theme_actions.values()))
        view_menu.addMenu(theme_menu)
        font_menu = QMenu("&Font", view_menu)
        font_menu.addActions(list(self.font_actions.values()))
        view_menu.addMenu(font_menu)
        view_menu.addSeparator()
        view_menu.addActions([self.dim_action, self.review_action])
        go_menu = self._go_menu = bar.addMenu("&Go")
        go_menu.addActions([self.back_action, self.forward_action])
        go_menu.addSeparator()
        go_menu.addActions([self.regions_action, self.next_tab_action, self.previous_tab_action])
        go_menu.addAction(self.close_tab_action)
        go_menu.addSeparator()
        go_menu.addActions(self.go_to_tab_actions)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def all_actions(self) -> list[QAction]:
        """Every action in menu order, the printing ones included."""
        found: list[QAction] = []

        def walk(menu: QMenu) -> None:
            for action in menu.actions():
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    walk(submenu)
                elif not action.isSeparator():
                    found.append(action)

        for top in self._window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                walk(menu)
        return found
