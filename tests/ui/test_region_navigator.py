"""A briefing with many regions: a region list instead of a tab per region."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bench.generate import write
from tests.helpers.windows import current_view, shown_window
from viewer.ui.labels import tab_title
from viewer.ui.main_window import MainWindow
from viewer.ui.section_tabs import MAX_REGION_TABS


@pytest.fixture
def large_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, write(120, tmp_path))


def tab_texts(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_many_regions_get_a_list_and_only_the_fixed_tabs(large_window: MainWindow) -> None:
    assert large_window.loaded.briefing.regions.__len__() > MAX_REGION_TABS
    assert tab_texts(large_window) == ["Overview", "Sources", "Original report"]
    assert large_window.regions_dock.ensure_navigator().isVisible()
    assert len(large_window.regions_dock.ensure_navigator().visible_entries()) == 120


def test_ctrl_j_then_a_number_and_enter_opens_that_region(
    qtbot: QtBot, large_window: MainWindow
) -> None:
    window = large_window
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.regions_dock.ensure_navigator().filter.hasFocus()
    qtbot.keyClicks(window.regions_dock.ensure_navigator().filter, "73")
    assert (
        window.regions_dock.ensure_navigator().visible_entries()[0].startswith("73 · District 73:")
    )
    qtbot.keyClick(window.regions_dock.ensure_navigator().filter, Qt.Key.Key_Return)
    name = tab_title(window.loaded.briefing.regions[72].name)
    assert window.tabs.tabText(window.tabs.currentIndex()) == name
    assert tab_texts(window) == ["Overview", name, "Sources", "Original report"]
    assert window.tabs.current_region() == 72


def test_typing_part_of_a_name_filters_and_arrows_choose(
    qtbot: QtBot, large_window: MainWindow
) -> None:
    window = large_window
    window.menu_actions.regions_action.trigger()
    qtbot.keyClicks(window.regions_dock.ensure_navigator().filter, "harrow coast")
    entries = window.regions_dock.ensure_navigator().visible_entries()
    assert entries
    assert all("Harrow Coast" in entry for entry in entries)
    qtbot.keyClick(window.regions_dock.ensure_navigator().filter, Qt.Key.Key_Down)
    qtbot.keyClick(window.regions_dock.ensure_navigator().filter, Qt.Key.Key_Return)
    opened = window.tabs.tabText(window.tabs.currentIndex())
    assert entries[min(1, len(entries) - 1)].endswith(opened)


def test_opened_region_tabs_stay_in_region_order_and_close(
    qtbot: QtBot, large_window: MainWindow
) -> None:
    window = large_window
    for region in (50, 10, 99):
        window.show_region(region)
    names = [tab_title(window.loaded.briefing.regions[i].name) for i in (10, 50, 99)]
    assert tab_texts(window) == ["Overview", *names, "Sources", "Original report"]
    window.tabs.tabCloseRequested.emit(2)  # the close button on region 51's tab
    assert tab_texts(window) == ["Overview", names[0], names[2], "Sources", "Original report"]
    window.tabs.tabCloseRequested.emit(0)  # the Overview cannot be closed
    assert tab_texts(window)[0] == "Overview"


def test_find_reaches_a_region_that_has_no_tab_yet(qtbot: QtBot, large_window: MainWindow) -> None:
    window = large_window
    name = tab_title(window.loaded.briefing.regions[87].name)
    window.menu_actions.find_action.trigger()
    qtbot.keyClicks(window.search.ensure_bar().edit, "District 88:")
    assert window.tabs.tabText(window.tabs.currentIndex()) in (name, "Overview", "Sources")
    while window.tabs.tabText(window.tabs.currentIndex()) != name:
        qtbot.keyClick(window.search.ensure_bar().edit, Qt.Key.Key_Return)
    view = current_view(window)
    assert view.textCursor().selectedText() == "District 88:"


def test_a_lazily_built_region_shows_what_an_eager_render_shows(
    qtbot: QtBot, large_window: MainWindow
) -> None:
    from PySide6.QtGui import QTextDocument

    from viewer.render.pages import region_html
    from viewer.render.style import stylesheet
    from viewer.review import review
    from viewer.section import Section
    from viewer.theme import LIGHT
    from viewer.ui.review_panel import flags_of

    window = large_window
    # The reviewer's markers come after the first paint; wait for them, as a reader would.
    qtbot.waitUntil(lambda: window.review.panel.summary.text() != "Reviewing…")
    region = Section.of_region(40)
    assert not window.tabs.has_tab(region)
    window.show_region(40)
    eager = QTextDocument()
    eager.setDefaultStyleSheet(stylesheet(LIGHT))
    flags = flags_of(review(window.loaded))
    eager.setHtml(region_html(window.loaded, 40, flags=flags))
    assert window.section_view(region).toPlainText() == eager.toPlainText()
