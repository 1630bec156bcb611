"""Find across every tab, driven from the keyboard as a reader would."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.briefings import WriteBriefing, replace_atomically
from tests.helpers.windows import current_tab, current_view
from viewer.section import SOURCES
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


def step_until(qtbot: QtBot, window: MainWindow, tab: str) -> None:
    """Press Enter in the find field until the current match is on the tab called ``tab``."""
    bar = window.search.ensure_bar()
    for _ in range(bar.total):
        if current_tab(window) == tab:
            return
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert current_tab(window) == tab, f"no match on {tab}"


def test_a_straight_apostrophe_finds_the_curly_one(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.ensure_bar().edit, "they're")
    step_until(qtbot, window, "Belarus")  # the Pentagon official's quote
    assert selected(window) == "they’re"


def test_a_hyphen_finds_an_en_dash(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.ensure_bar().edit, "kherson-mykolaiv")
    assert window.search.ensure_bar().total >= 2  # the region's name, in the overview and its tab
    step_until(qtbot, window, "Kherson–Mykolaiv")
    assert selected(window) == "Kherson–Mykolaiv"


def test_a_match_is_scrolled_to_the_middle_of_the_view(qtbot: QtBot, window: MainWindow) -> None:
    """Each step puts the match in the middle, where the text lets it (not on the first or
    the last screen of a tab)."""
    window.resize(800, 380)  # Sources is then several screens long
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.search.ensure_bar()
    qtbot.keyClicks(bar.edit, "Pentagon")
    centred, seen = 0, set()
    for _ in range(bar.total):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
        view = current_view(window)
        seen.add(current_tab(window))
        qtbot.waitUntil(view.isVisible)
        qtbot.wait(10)  # a tab built just now is laid out, then centred, on the event loop
        scroll = view.verticalScrollBar()
        if not 0 < scroll.value() < scroll.maximum():
            continue  # the first or last screen: the text cannot be scrolled further
        middle = view.viewport().height() / 2
        line = view.fontMetrics().height()
        assert abs(view.cursorRect().center().y() - middle) <= line, bar.counter.text()
        centred += 1
    assert centred >= 10
    assert "Sources" in seen


def test_the_first_match_in_a_tab_built_by_the_step_is_centred(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(800, 380)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)  # wraps
    assert current_tab(window) == "Original report"  # the search starts here
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.search.ensure_bar()
    qtbot.keyClicks(bar.edit, "Pentagon")
    assert current_tab(window) == "Original report"
    # Back from the report's first match: the last match in Sources, deep in a tab not built yet.
    assert not window.tabs.page(SOURCES).is_built
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert current_tab(window) == "Sources"
    view = current_view(window)
    scroll = view.verticalScrollBar()
    qtbot.waitUntil(lambda: 0 < scroll.value() < scroll.maximum())
    middle = view.viewport().height() / 2
    assert abs(view.cursorRect().center().y() - middle) <= view.fontMetrics().height()


def test_after_a_reload_find_steps_through_the_new_version(
    qtbot: QtBot, window: MainWindow, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    path = write_briefing(briefing_data)
    assert window.open_path(path)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.search.ensure_bar()
    qtbot.keyClicks(bar.edit, "Kyiv")
    for _ in range(bar.total - 1):  # on to the last match, in the original report
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.counter.text() == f"{bar.total} of {bar.total}"
    del briefing_data["regions"][0]  # the Kyiv region: fewer matches
    replace_atomically(path, briefing_data)
    assert window.file.reload()
    assert bar.counter.text() == "", "no count of the old version stays"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    total = len(bar.matches)
    assert bar.counter.text().endswith(f" of {total}")
    assert selected(window).lower() == "kyiv"
