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
    bar = window.search.ensure_bar()
    qtbot.keyClicks(bar.edit, "District 88:")
    for _ in range(bar.total):
        if window.tabs.current_region() == 87:
            break
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert window.tabs.tabText(window.tabs.currentIndex()) == f"Preview: {name}"
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


FIXED_TABS = ["Overview", "Sources", "Original report"]


def find_harrow(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.ensure_bar().edit, "Harrow")  # in some regions' names


def step_to_next_region(qtbot: QtBot, window: MainWindow) -> int:
    """Enter in the find field until the current match is in another region; that region."""
    bar = window.search.ensure_bar()
    start = window.tabs.current_region()
    for _ in range(bar.total):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
        region = window.tabs.current_region()
        if region is not None and region != start:
            return region
    raise AssertionError("no match in another region")


def name_of(window: MainWindow, region: int) -> str:
    return tab_title(window.loaded.briefing.regions[region].name)


def test_stepping_through_five_regions_leaves_one_preview_tab(
    qtbot: QtBot, large_window: MainWindow
) -> None:
    window = large_window
    find_harrow(qtbot, window)
    bar = window.search.ensure_bar()
    regions = set()
    for _ in range(bar.total):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
        tabs = tab_texts(window)
        others = [tab for tab in tabs if tab not in FIXED_TABS]
        assert len(others) <= 1, tabs
        region = window.tabs.current_region()
        if region is not None:
            assert others == [f"Preview: {name_of(window, region)}"]
            assert current_view(window).textCursor().selectedText() == "Harrow"
            regions.add(region)
        if len(regions) == 5:
            break
    assert len(regions) == 5


def test_opening_the_previewed_region_from_the_list_keeps_its_tab(
    qtbot: QtBot, large_window: MainWindow
) -> None:
    window = large_window
    find_harrow(qtbot, window)
    kept = step_to_next_region(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    navigator = window.regions_dock.ensure_navigator()
    qtbot.keyClicks(navigator.filter, str(kept + 1))
    qtbot.keyClick(navigator.filter, Qt.Key.Key_Return)
    assert window.tabs.tabText(window.tabs.currentIndex()) == name_of(window, kept)
    window.search.ensure_bar().edit.setFocus()
    after = step_to_next_region(qtbot, window)
    assert tab_texts(window) == [
        "Overview",
        name_of(window, kept),
        f"Preview: {name_of(window, after)}",
        "Sources",
        "Original report",
    ]


def test_a_double_click_on_the_preview_tab_keeps_it(qtbot: QtBot, large_window: MainWindow) -> None:
    window = large_window
    find_harrow(qtbot, window)
    kept = step_to_next_region(qtbot, window)
    bar = window.tabs.tabBar()
    tab = window.tabs.currentIndex()
    assert window.tabs.tabText(tab) == f"Preview: {name_of(window, kept)}"
    point = bar.tabRect(tab).center()
    qtbot.mouseDClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert window.tabs.tabText(tab) == name_of(window, kept)
    after = step_to_next_region(qtbot, window)
    assert f"Preview: {name_of(window, after)}" in tab_texts(window)
    assert name_of(window, kept) in tab_texts(window)


def test_enter_on_a_result_opens_its_region_for_real(
    qtbot: QtBot, large_window: MainWindow
) -> None:
    window = large_window
    find_harrow(qtbot, window)
    bar = window.search.ensure_bar()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Down)  # shows the list, on the current match
    results = bar.results
    assert results is not None
    assert results.hasFocus()
    model = results.model()
    region_heading = next(
        row
        for row in range(model.rowCount())
        if str(model.index(row, 0).data()).startswith("District")
    )
    while results.currentIndex().row() < region_heading + 1:
        qtbot.keyClick(results, Qt.Key.Key_Down)
    qtbot.keyClick(results, Qt.Key.Key_Return)
    region = window.tabs.current_region()
    assert region is not None
    assert str(model.index(region_heading, 0).data()).startswith(name_of(window, region))
    assert window.tabs.tabText(window.tabs.currentIndex()) == name_of(window, region)
    assert current_view(window).textCursor().selectedText() == "Harrow"


def test_a_closed_preview_tab_is_not_missed(qtbot: QtBot, large_window: MainWindow) -> None:
    """Closing the preview with its button, then stepping on, brings back one preview tab."""
    window = large_window
    find_harrow(qtbot, window)
    step_to_next_region(qtbot, window)
    window.tabs.tabCloseRequested.emit(window.tabs.currentIndex())
    assert tab_texts(window) == FIXED_TABS
    after = step_to_next_region(qtbot, window)
    assert tab_texts(window) == [
        "Overview",
        f"Preview: {name_of(window, after)}",
        "Sources",
        "Original report",
    ]


def test_closing_the_tab_of_the_current_match_then_the_find_bar(
    qtbot: QtBot, large_window: MainWindow
) -> None:
    """Ctrl+W on the tab find is showing, then Esc: the bar closes, the other tabs stay."""
    window = large_window
    find_harrow(qtbot, window)
    step_to_next_region(qtbot, window)
    current_view(window).setFocus()
    qtbot.keyClick(current_view(window), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert tab_texts(window) == FIXED_TABS
    qtbot.wait(10)  # the closed tab's page is deleted on the event loop
    bar = window.search.ensure_bar()
    bar.edit.setFocus()  # the page had the keyboard after the switch: back to the field
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert tab_texts(window) == FIXED_TABS
