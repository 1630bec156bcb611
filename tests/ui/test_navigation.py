"""Moving about as a reader does: Back and Forward, the keyboard on the page, the region list following."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bench.generate import write
from tests.helpers.windows import click_href, current_tab, shown_window, view_of_tab
from viewer.section import ORIGINAL, OVERVIEW, Section
from viewer.ui.main_window import MainWindow
from viewer.ui.reading_view import ReadingView

ALT = Qt.KeyboardModifier.AltModifier


def scroll_down(qtbot: QtBot, view: ReadingView) -> int:
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    return view.verticalScrollBar().value()


def test_alt_left_comes_back_from_show_in_source_to_the_same_place(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(800, 420)
    kyiv = view_of_tab(window, 1)
    place = scroll_down(qtbot, kyiv)
    assert place > 0
    click_href(qtbot, kyiv, "show:regions[0].quotes[0]")
    assert window.tabs.current_section() == ORIGINAL
    assert window.menu_actions.back_action.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, ALT)
    assert current_tab(window) == "Kyiv"
    qtbot.waitUntil(lambda: kyiv.verticalScrollBar().value() == place)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, ALT)
    assert window.tabs.current_section() == ORIGINAL


def test_back_and_forward_over_tab_switches_and_the_mouse_buttons(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert not window.menu_actions.back_action.isEnabled()
    for number in (Qt.Key.Key_3, Qt.Key.Key_5):  # Belarus, then Mariupol
        qtbot.keyClick(QApplication.focusWidget(), number, ALT)
    assert current_tab(window) == "Mariupol"
    view = window.section_view(Section.of_region(3))
    for button in (Qt.MouseButton.BackButton,):
        centre = QPointF(view.viewport().rect().center())
        for kind in (QMouseEvent.Type.MouseButtonPress, QMouseEvent.Type.MouseButtonRelease):
            event = QMouseEvent(
                kind, centre, centre, button, button, Qt.KeyboardModifier.NoModifier
            )
            QApplication.sendEvent(view.viewport(), event)
    assert current_tab(window) == "Belarus"
    window.menu_actions.back_action.trigger()
    assert current_tab(window) == "Overview"
    assert not window.menu_actions.back_action.isEnabled()
    window.menu_actions.forward_action.trigger()
    window.menu_actions.forward_action.trigger()
    assert current_tab(window) == "Mariupol"
    assert not window.menu_actions.forward_action.isEnabled()


def test_the_page_has_the_keyboard_at_launch_and_after_every_tab_switch(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(800, 420)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.section_view(OVERVIEW))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, ALT)
    kyiv = window.section_view(Section.of_region(0))
    assert QApplication.focusWidget() is kyiv
    qtbot.waitUntil(lambda: kyiv.verticalScrollBar().maximum() > 0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert kyiv.verticalScrollBar().value() > 0, "PgDn scrolls at once"
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert QApplication.focusWidget() is window.section_view(Section.of_region(1))


def test_after_a_restart_the_restored_tab_has_the_keyboard(qtbot: QtBot) -> None:
    window = shown_window(qtbot)
    window.tabs.setCurrentIndex(4)
    window.close()
    again = shown_window(qtbot)
    assert current_tab(again) == "Mariupol"
    view = again.section_view(Section.of_region(3))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)


def test_the_region_list_follows_the_tab_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    window = shown_window(qtbot, write(40, tmp_path))
    navigator = window.regions_dock.ensure_navigator()
    window.show_region(17)
    assert navigator.current_region() == 17
    window.show_region(3)
    assert navigator.current_region() == 3
    window.tabs.setCurrentIndex(window.tabs.indexOf(window.tabs.page(Section.of_region(17))))
    assert navigator.current_region() == 17
