"""What the first picture waits for: only what it shows. The rest follows unseen, and works."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bench.generate import write
from tests.helpers.windows import shown_window
from viewer.section import OVERVIEW
from viewer.ui.find_bar import FindBar
from viewer.ui.main_window import MainWindow
from viewer.ui.region_navigator import RegionNavigator
from viewer.ui.section_html import FIRST_SCREEN_REGIONS
from viewer.ui.text_index import TextIndex


def test_find_index_is_built_after_the_first_paint_without_a_search(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: window.findChild(TextIndex) is not None)
    index = window.findChild(TextIndex)
    assert index is not None
    qtbot.waitUntil(lambda: index.is_complete)
    # Nobody asked to find anything: the bar itself is not built yet.
    assert window.findChild(FindBar) is None


def test_find_bar_is_built_on_ctrl_f_and_finds_at_once(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.findChild(FindBar)
    assert bar is not None
    assert bar.isVisible()
    qtbot.keyClicks(bar.edit, "AFP")
    qtbot.waitUntil(lambda: bar.total > 0)
    assert "of" in bar.counter.text()


def test_region_list_of_a_small_briefing_is_built_on_ctrl_j(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.findChild(RegionNavigator) is None
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    navigator = window.findChild(RegionNavigator)
    assert navigator is not None
    assert navigator.isVisible()
    assert len(navigator.visible_entries()) == len(window.loaded.briefing.regions)


def test_a_long_overview_shows_its_top_first_then_every_region(
    qtbot: QtBot, tmp_path: Path
) -> None:
    regions = FIRST_SCREEN_REGIONS * 2
    window = shown_window(qtbot, write(regions, tmp_path))
    overview = window.section_view(OVERVIEW)
    last = window.loaded.briefing.regions[-1].name
    qtbot.waitUntil(lambda: last in overview.toPlainText())
    for region in window.loaded.briefing.regions:
        assert region.name in overview.toPlainText()
