"""Everything by keyboard: tab switching, Alt+1…9, and a shortcut list generated from the actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from bench.generate import write
from tests.helpers.windows import current_view, shown_window, tab_titles
from viewer.ui.labels import tab_title
from viewer.ui.main_window import MainWindow
from viewer.ui.shortcuts_dialog import ShortcutsDialog, action_label

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focus_text(window: MainWindow) -> None:
    """Put the focus in the current tab's text, where a reader's keys usually land."""
    current_view(window).setFocus()
    QApplication.processEvents()


def test_alt_number_jumps_to_that_tab(qtbot: QtBot, window: MainWindow) -> None:
    focus_text(window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, ALT)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, ALT)
    assert window.tabs.currentIndex() == 0


def test_ctrl_page_keys_and_ctrl_tab_step_through_tabs_and_wrap(
    qtbot: QtBot, window: MainWindow
) -> None:
    focus_text(window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert window.tabs.currentIndex() == window.tabs.count() - 1


def shortcut_actions(window: MainWindow) -> list[QAction]:
    return [a for a in window.findChildren(QAction) if any(not k.isEmpty() for k in a.shortcuts())]


def test_f1_lists_every_action_with_a_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    assert dialog.isVisible()
    rows = dict(dialog.rows())
    actions = shortcut_actions(window)
    assert len(actions) > 20
    for action in actions:
        label = action_label(action)
        assert label in rows, f"{label} is missing from the list"
    assert rows["Open"] == "Ctrl+O"
    assert rows["Reload"] == "F5"
    assert rows["Find"] == "Ctrl+F"
    assert rows["Quit"] == "Ctrl+Q"
    assert rows["Zoom In"] == "Ctrl++, Ctrl+="
    assert rows["Next Tab"] == "Ctrl+PgDown, Ctrl+Tab"
    assert rows["Keyboard Shortcuts"] == "F1"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


#: What a key cap or a mouse says: the words F1's keys column may use.
KEY_WORDS = {"Tab", "Esc", "Enter", "PgUp", "PgDown", "Home", "End", "Del", "Ins", "Space"}
KEY_WORDS |= {"Backspace", "Left", "Right", "Up", "Down", "Wheel"}
MODIFIERS = {"Ctrl", "Shift", "Alt", "Meta"}


def key_parts(key: str) -> list[str]:
    """``"Ctrl+Shift+Tab"`` → modifiers and the key; ``"Ctrl++"``'s key is ``"+"``."""
    parts = [*key[:-1].split("+"), "+"] if key.endswith("++") else key.split("+")
    return [part for part in parts if part]


def test_f1_names_each_key_once_as_the_keyboard_does(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    for what, keys in dialog.rows():
        names = keys.split(", ")
        assert len(names) == len(set(names)), f"{what}: {keys} names a key twice"
        for name in names:
            *modifiers, key = key_parts(name)
            assert set(modifiers) <= MODIFIERS, f"{what}: {name}"
            function_key = key[0] == "F" and key[1:].isdigit()
            assert len(key) == 1 or key in KEY_WORDS or function_key, (
                f"{what}: {keys} names {key!r}, which no ordinary keyboard has"
            )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_ctrl_equals_zooms_in_as_ctrl_plus_does(qtbot: QtBot, window: MainWindow) -> None:
    focus_text(window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Equal, CTRL)
    assert window.zoom.step == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus, CTRL)
    assert window.zoom.step == 2


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    owners: dict[str, str] = {}
    for action in shortcut_actions(window):
        for key in action.shortcuts():
            name = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert name not in owners, f"{name}: {owners.get(name)} and {action_label(action)}"
            owners[name] = action_label(action)


def test_every_menu_is_reachable_with_alt_and_a_letter(window: MainWindow) -> None:
    letters = []
    for action in window.menuBar().actions():
        text = action.text()
        assert "&" in text, f"menu {text} has no mnemonic"
        letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters))


def test_ctrl_w_and_ctrl_f4_close_a_region_tab_of_a_large_briefing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = shown_window(qtbot, write(30, tmp_path))
    for region in (4, 9):
        window.show_region(region)
    names = [tab_title(window.loaded.briefing.regions[i].name) for i in (4, 9)]
    assert tab_titles(window) == ["Overview", *names, "Sources", "Original report"]
    window.tabs.setCurrentIndex(1)
    focus_text(window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, CTRL)
    assert tab_titles(window) == ["Overview", names[1], "Sources", "Original report"]
    window.tabs.setCurrentIndex(1)
    focus_text(window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F4, CTRL)
    assert tab_titles(window) == ["Overview", "Sources", "Original report"]
    for fixed in range(3):  # the fixed tabs stay
        window.tabs.setCurrentIndex(fixed)
        focus_text(window)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, CTRL)
        assert tab_titles(window) == ["Overview", "Sources", "Original report"]
        assert window.tabs.currentIndex() == fixed


def test_ctrl_w_in_a_small_briefing_closes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    before = tab_titles(window)
    window.tabs.setCurrentIndex(2)
    focus_text(window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F4, CTRL)
    assert tab_titles(window) == before
    assert window.tabs.currentIndex() == 2
    assert window.isVisible()


def test_close_tab_is_in_the_go_menu_with_both_keys(window: MainWindow) -> None:
    go_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    assert isinstance(go_menu, QMenu)
    close = next(a for a in go_menu.actions() if a.text() == "&Close Tab")
    keys = [k.toString(QKeySequence.SequenceFormat.PortableText) for k in close.shortcuts()]
    assert "Ctrl+W" in keys
    assert "Ctrl+F4" in keys


def test_close_tab_is_offered_only_where_a_tab_can_close(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The Go menu greys out Close Tab on the fixed tabs and in a small briefing."""
    close = window.menu_actions.close_tab_action
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        assert not close.isEnabled()
    large = shown_window(qtbot, write(30, tmp_path))
    close = large.menu_actions.close_tab_action
    assert not close.isEnabled()  # Overview
    large.show_region(4)
    assert close.isEnabled()
    large.tabs.setCurrentIndex(0)
    assert not close.isEnabled()
    large.tabs.setCurrentIndex(1)
    focus_text(large)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, CTRL)
    assert tab_titles(large) == ["Overview", "Sources", "Original report"]
    assert not close.isEnabled()
