"""Find across every tab, driven from the keyboard as a reader would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.windows import current_tab, current_view
from viewer.ui.main_window import MainWindow


def selected(window: MainWindow) -> str:
    return current_view(window).textCursor().selectedText()


def test_ctrl_f_finds_a_word_in_another_region_and_f3_cycles(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.search.ensure_bar()
    assert bar.isVisible()
    assert bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "pinched")  # only in Kherson–Mykolaiv, Sources, Original
    assert current_tab(window) == "Kherson–Mykolaiv"
    assert selected(window).lower() == "pinched"
    total = len(bar.matches)
    assert bar.counter.text() == f"1 of {total}"
    tabs_seen = [current_tab(window)]
    for step in range(2, total + 1):
        qtbot.keyClick(window, Qt.Key.Key_F3)
        assert bar.counter.text() == f"{step} of {total}"
        tabs_seen.append(current_tab(window))
    assert tabs_seen[-1] == "Original report"
    qtbot.keyClick(window, Qt.Key.Key_F3)  # wraps
    assert bar.counter.text() == f"1 of {total}"
    assert current_tab(window) == "Kherson–Mykolaiv"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.counter.text() == f"{total} of {total}"


def test_case_toggle_and_counter(qtbot: QtBot, window: MainWindow) -> None:
    window.menu_actions.find_action.trigger()
    bar = window.search.ensure_bar()
    qtbot.keyClicks(bar.edit, "kyiv")
    insensitive = len(bar.matches)
    assert insensitive > 5
    qtbot.mouseClick(bar.case, Qt.MouseButton.LeftButton)
    assert bar.matches == []
    assert bar.counter.text() == "No matches"


def test_all_matches_in_the_current_tab_are_highlighted_and_esc_closes(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.tabs.setCurrentIndex(1)
    window.menu_actions.find_action.trigger()
    bar = window.search.ensure_bar()
    qtbot.keyClicks(bar.edit, "Kyiv")
    view = current_view(window)
    in_tab = [m for m in bar.matches if m.section == window.tabs.current_section()]
    assert len(view.extraSelections()) == len(in_tab) > 1
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert view.extraSelections() == []


def test_closing_find_builds_no_region_tab(qtbot: QtBot, window: MainWindow) -> None:
    from viewer.ui.lazy_tab import LazyTab

    window.menu_actions.find_action.trigger()
    qtbot.keyClick(window.search.ensure_bar().edit, Qt.Key.Key_Escape)
    pages = [window.tabs.widget(i) for i in range(1, window.tabs.count())]
    assert not any(isinstance(p, LazyTab) and p.is_built for p in pages)
