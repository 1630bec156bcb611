"""Zoom, geometry, tab and last file come back after a restart; bad settings never get in the way."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from pytestqt.qtbot import QtBot

from tests.helpers.briefings import WriteBriefing
from tests.helpers.windows import shown_window as start
from viewer.section import ORIGINAL, OVERVIEW
from viewer.ui.main_window import MainWindow
from viewer.ui.reading_view import ReadingView


def text_size(window: MainWindow) -> float:
    view = window.section_view(OVERVIEW)
    return view.document().defaultFont().pointSizeF()


def test_zoom_keys_resize_all_views_and_survive_a_restart(qtbot: QtBot) -> None:
    window = start(qtbot)
    before = text_size(window)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    zoomed = text_size(window)
    assert zoomed > before * 1.15
    window.tabs.setCurrentIndex(3)  # a region built after the zoom gets it too
    region = window.tabs.currentWidget().findChild(ReadingView)
    assert region is not None
    assert region.document().defaultFont().pointSizeF() == zoomed
    window.close()

    again = start(qtbot)
    assert text_size(again) == zoomed
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert text_size(again) == before


def test_ctrl_wheel_zooms_every_view(qtbot: QtBot) -> None:
    window = start(qtbot)
    view = window.section_view(OVERVIEW)
    before = text_size(window)
    event = QWheelEvent(
        QPointF(50, 50),
        QPointF(view.mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    view.wheelEvent(event)
    assert text_size(window) > before
    assert window.zoom.step == 1


def test_geometry_tab_and_last_file_are_restored(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["title"] = "Edited briefing"
    path = write_briefing(briefing_data)
    window = start(qtbot)
    assert window.open_path(path)
    window.resize(720, 540)
    window.tabs.setCurrentIndex(2)
    window.close()

    again = start(qtbot)
    assert again.loaded.briefing.title == "Edited briefing"
    assert again.tabs.currentIndex() == 2
    assert (again.width(), again.height()) == (720, 540)


def test_a_last_file_that_is_gone_falls_back_to_the_bundled_briefing(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    path = write_briefing(briefing_data)
    window = start(qtbot)
    assert window.open_path(path)
    window.close()
    path.unlink()
    again = start(qtbot)
    assert again.loaded.display_path == "bundled briefing"
    assert again.statusBar().currentMessage().startswith(f"Could not reopen {path.resolve()}")


def test_corrupt_settings_start_with_defaults(qtbot: QtBot, isolated_settings: Path) -> None:
    settings_file = isolated_settings / "briefing-viewer" / "briefing-viewer.ini"
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_bytes(os.urandom(4096) + b"\n[view]\nzoom=lots\n[session]\ntab=-7\n")
    window = start(qtbot)  # qt_log_level_fail makes any Qt warning fail this test
    assert window.zoom.step == 0
    assert window.tabs.currentIndex() == 0
    assert window.loaded.display_path == "bundled briefing"


def test_scroll_position_of_each_tab_comes_back(qtbot: QtBot) -> None:
    window = start(qtbot)
    window.resize(700, 400)  # short enough that every section scrolls
    positions = {}
    for section in (OVERVIEW, ORIGINAL):
        bar = window.open_section(section).verticalScrollBar()
        qtbot.waitUntil(partial(lambda bar: bar.maximum() > 100, bar))
        bar.setValue(bar.maximum() // 2)
        positions[section] = bar.value()
    window.close()

    again = start(qtbot)
    again.resize(700, 400)
    assert again.tabs.current_section() == ORIGINAL
    for section, position in positions.items():
        bar = again.open_section(section).verticalScrollBar()
        qtbot.waitUntil(partial(lambda bar, p: bar.value() == p, bar, position))
