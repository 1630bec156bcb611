"""The main window's actions and menus, created once; the window holds the behaviour they trigger.

Shortcuts come from ``QKeySequence.StandardKey`` where Qt has one, so they follow
the platform; the Help → Keyboard Shortcuts table is generated from these actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from viewer.ui.recent_files import RecentFilesMenu
from viewer.ui.theming import THEME_LABELS

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow
    from viewer.ui.shortcuts_dialog import ShortcutsDialog

#: Alt+1 … Alt+9 jump to the first nine tabs.
GO_TO_TAB_KEYS = 9


def _action(
    window: MainWindow, text: str, *keys: QKeySequence | QKeySequence.StandardKey | str
) -> QAction:
    action = QAction(text, window)
    sequences: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences += QKeySequence.keyBindings(key)
        else:
            sequences.append(QKeySequence(key))
    action.setShortcuts(sequences)
    return action


class WindowActions:
    """Every action of the main window, and the menu bar built from them."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        key = QKeySequence.StandardKey
        self.open_action = _action(window, "&Open…", key.Open)
        self.open_action.setStatusTip("Open a briefing file")
        self.open_action.triggered.connect(window.ask_and_open)
        self.recent_menu = RecentFilesMenu(window)
        self.recent_menu.open_requested.connect(window.open_recent)
        self.reload_action = _action(window, "&Reload", key.Refresh)
        self.reload_action.setStatusTip("Read the open file again from disk")
        self.reload_action.triggered.connect(window.reload)
        self.quit_action = _action(window, "&Quit", key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(window.close)

        self.find_action = _action(window, "&Find…", key.Find)
        self.find_action.triggered.connect(lambda: window.find_bar.open_bar())
        self.find_next_action = _action(window, "Find &Next", key.FindNext)
        self.find_next_action.triggered.connect(lambda: window.find_bar.next())
        self.find_previous_action = _action(window, "Find Pre&vious", key.FindPrevious)
        self.find_previous_action.triggered.connect(lambda: window.find_bar.previous())

        self.zoom_in_action = _action(window, "Zoom &In", key.ZoomIn)
        self.zoom_in_action.triggered.connect(lambda: window.zoom_by(1))
        self.zoom_out_action = _action(window, "Zoom &Out", key.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: window.zoom_by(-1))
        self.zoom_reset_action = _action(window, "&Actual Size", "Ctrl+0")
        self.zoom_reset_action.triggered.connect(lambda: window.set_zoom(0))
        self.theme_actions: dict[str, QAction] = {}
        themes = QActionGroup(window)
        for name, label in THEME_LABELS.items():
            action = QAction(label, window, checkable=True)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, chosen=name: window.set_theme(chosen))
            themes.addAction(action)
            self.theme_actions[name] = action
        self.regions_action = _action(window, "&Regions List", "Ctrl+J")
        self.regions_action.setStatusTip("Filter the regions by name or number and open one")
        self.regions_action.triggered.connect(window.focus_region_list)

        self.next_tab_action = _action(window, "&Next Tab", "Ctrl+PgDown", "Ctrl+Tab")
        self.next_tab_action.triggered.connect(lambda: window.tabs.step(1))
        self.previous_tab_action = _action(window, "&Previous Tab", "Ctrl+PgUp", "Ctrl+Shift+Tab")
        self.previous_tab_action.triggered.connect(lambda: window.tabs.step(-1))
        self.go_to_tab_actions = []
        for number in range(1, GO_TO_TAB_KEYS + 1):
            action = _action(window, f"Tab &{number}", f"Alt+{number}")
            action.triggered.connect(lambda _checked=False, tab=number - 1: window.tabs.go_to(tab))
            self.go_to_tab_actions.append(action)

        self.shortcuts_action = _action(window, "&Keyboard Shortcuts", key.HelpContents)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction("&About briefing-viewer", window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def build_menus(self) -> None:
        window = self._window
        bar = window.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        window.printing.add_to(file_menu)
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

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help → Keyboard Shortcuts: a table generated from the actions above."""
        from viewer.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.all_actions(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        from viewer.ui import dialogs

        dialogs.about_box(self._window)
