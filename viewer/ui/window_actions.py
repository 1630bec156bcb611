"""The main window's actions and menus, created once; the window connects them to what they do.

Shortcuts come from ``QKeySequence.StandardKey`` where Qt has one, so they follow
the platform; the Help → Keyboard Shortcuts table is generated from these actions.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from viewer.ui.print_actions import PrintActions
from viewer.ui.recent_files import RecentFilesMenu
from viewer.ui.theming import THEME_LABELS

#: Alt+1 … Alt+9 jump to the first nine tabs.
GO_TO_TAB_KEYS = 9

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
        self.reload_action = _action(window, "&Reload", key.Refresh)
        self.reload_action.setStatusTip("Read the open file again from disk")
        self.quit_action = _action(window, "&Quit", key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.find_action = _action(window, "&Find…", key.Find)
        self.find_next_action = _action(window, "Find &Next", key.FindNext)
        self.find_previous_action = _action(window, "Find Pre&vious", key.FindPrevious)

        self.zoom_in_action = _action(window, "Zoom &In", key.ZoomIn)
        self.zoom_out_action = _action(window, "Zoom &Out", key.ZoomOut)
        self.zoom_reset_action = _action(window, "&Actual Size", "Ctrl+0")
        self.theme_actions: dict[str, QAction] = {}
        themes = QActionGroup(window)
        for name, label in THEME_LABELS.items():
            action = QAction(label, window, checkable=True)
            action.setData(name)
            themes.addAction(action)
            self.theme_actions[name] = action
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

        self.shortcuts_action = _action(window, "&Keyboard Shortcuts", key.HelpContents)
        self.about_action = QAction("&About briefing-viewer", window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._build_menus()

    def check_theme(self, theme: str) -> None:
        for name, action in self.theme_actions.items():
            action.setChecked(name == theme)

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.reload_action)
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
        go_menu = bar.addMenu("&Go")
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
