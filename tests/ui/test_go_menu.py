"""The Go menu names the tab each Alt+number opens, whatever the briefing and its open tabs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QTabBar
from pytestqt.qtbot import QtBot

from bench.generate import write
from tests.helpers.briefings import WriteBriefing
from tests.helpers.windows import current_tab, shown_window
from viewer.ui.main_window import MainWindow
from viewer.ui.shortcuts_dialog import ShortcutsDialog

ALT = Qt.KeyboardModifier.AltModifier


def go_menu(window: MainWindow) -> QMenu:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    assert isinstance(menu, QMenu)
    return menu


def tab_entries(window: MainWindow) -> list[QAction]:
    """The Go menu's Alt+number entries, in menu order."""
    return [
        a
        for a in go_menu(window).actions()
        if re.fullmatch(r"Alt\+\d", a.shortcut().toString(QKeySequence.SequenceFormat.PortableText))
    ]


def shown_text(action: QAction) -> str:
    """An entry as the menu shows it: ``&&`` is a literal ``&``, a lone ``&`` marks the mnemonic."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def test_each_entry_names_the_tab_its_keys_open(qtbot: QtBot, window: MainWindow) -> None:
    entries = tab_entries(window)
    assert [shown_text(a) for a in entries[:4]] == [
        "Tab 1: Overview",
        "Tab 2: Kyiv",
        "Tab 3: Belarus",
        "Tab 4: Donbas",
    ]
    assert shown_text(entries[8]) == "Tab 9: Sources"
    assert entries[2].text() == "Tab &3: Belarus"  # Alt+G, 3 chooses it in the open menu
    qtbot.keyClick(window, Qt.Key.Key_4, ALT)
    assert current_tab(window) == "Donbas"
    entries[6].trigger()
    assert current_tab(window) == shown_text(entries[6]).removeprefix("Tab 7: ")


def test_names_follow_another_briefing_and_show_hostile_names_literally(
    qtbot: QtBot, window: MainWindow, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["regions"][0]["name"] = "Kyiv & <b>Oblast</b>\u0007"
    briefing_data["regions"][1]["name"] = "North " + "very long " * 30 + "end"
    assert window.open_path(write_briefing(briefing_data))
    entries = tab_entries(window)
    assert shown_text(entries[1]) == "Tab 2: Kyiv & <b>Oblast</b>\u2407"  # BEL as its picture
    long_entry = shown_text(entries[2])
    assert long_entry.startswith("Tab 3: North very long")
    assert long_entry.endswith("…")
    assert len(long_entry) < 60
    assert entries[2].statusTip() == briefing_data["regions"][1]["name"]  # the whole name
    qtbot.keyClick(window, Qt.Key.Key_2, ALT)
    assert window.tabs.current_region() == 0


def test_in_a_large_briefing_entries_follow_the_tabs_opened_and_closed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = shown_window(qtbot, write(120, tmp_path))
    entries = tab_entries(window)
    assert [shown_text(a) for a in entries[:3]] == [
        "Tab 1: Overview",
        "Tab 2: Sources",
        "Tab 3: Original report",
    ]
    assert not entries[3].isEnabled()
    assert shown_text(entries[3]) == "Tab 4"

    window.menu_actions.regions_action.trigger()  # Ctrl+J: the Regions list
    navigator = window.regions_dock.ensure_navigator()
    qtbot.keyClicks(navigator.filter, "41")
    qtbot.keyClick(navigator.filter, Qt.Key.Key_Return)
    assert window.tabs.current_region() == 40
    name = window.loaded.briefing.regions[40].name
    assert [shown_text(a) for a in entries[:4]] == [
        "Tab 1: Overview",
        f"Tab 2: {name}",
        "Tab 3: Sources",
        "Tab 4: Original report",
    ]
    assert entries[3].isEnabled()

    bar = window.tabs.tabBar()
    close = bar.tabButton(1, QTabBar.ButtonPosition.RightSide)
    assert close is not None
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert shown_text(entries[1]) == "Tab 2: Sources"
    assert not entries[3].isEnabled()


def test_f1_names_the_tab_of_each_alt_number(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    rows = dict(dialog.rows())
    assert rows["Tab 2: Kyiv"] == "Alt+2"
    assert rows["Tab 9: Sources"] == "Alt+9"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
