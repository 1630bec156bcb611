"""What a screen reader gets: named tabs, views and controls, quotes read with their speaker."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.render.markup import displayed_quote
from viewer.render.quotes import outlet_words, speaker_line
from viewer.ui.main_window import MainWindow

Role = QAccessible.Role
Text = QAccessible.Text


def walk(interface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    yield interface
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None and child.isValid():
            yield from walk(child)


def tree(window: MainWindow) -> list[QAccessibleInterface]:
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    return list(walk(root))


def test_every_tab_is_named_after_its_section(window: MainWindow) -> None:
    tabs = [i.text(Text.Name) for i in tree(window) if i.role() == Role.PageTab]
    regions = [r.name for r in window.loaded.briefing.regions]
    assert tabs == ["Overview", *regions, "Sources", "Original report"]
    descriptions = [i.text(Text.Description) for i in tree(window) if i.role() == Role.PageTab]
    assert not any("<" in d for d in descriptions), "markup would be read out"


def test_buttons_and_fields_have_names(qtbot: QtBot, window: MainWindow) -> None:
    window.menu_actions.find_action.trigger()
    window.menu_actions.regions_action.trigger()
    unnamed = [
        (i.role(), i.object())
        for i in tree(window)
        if i.role() in (Role.PushButton, Role.CheckBox, Role.EditableText, Role.List, Role.PageTab)
        and i.state().invisible is False
        and not i.text(Text.Name).strip()
    ]
    assert unnamed == []


def test_a_region_view_reads_each_quote_with_its_speaker_and_outlet(window: MainWindow) -> None:
    window.show_region(0)
    region = window.loaded.briefing.regions[0]
    views = [
        i
        for i in tree(window)
        if i.text(Text.Name) == f"Region: {region.name}" and i.textInterface()
    ]
    assert len(views) == 1
    view = views[0]
    assert view.text(Text.Description) == "3 key points, 1 quote with their speakers"
    text_interface = view.textInterface()
    assert text_interface is not None
    spoken = text_interface.text(0, text_interface.characterCount())
    for quote in region.quotes:
        at = spoken.index(displayed_quote(quote.text))
        following = spoken[at : at + 400]
        assert speaker_line(quote) in following
        assert outlet_words(quote.outlet) in following
    assert "according to AFP" in spoken


def focus_names(qtbot: QtBot, start: Any, presses: int) -> list[str]:
    start.setFocus()
    names = [start.accessibleName()]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        names.append(focused.accessibleName())
    return names


def test_tab_key_moves_through_the_find_bar_in_reading_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.menu_actions.find_action.trigger()
    names = focus_names(qtbot, window.search.ensure_bar().edit, 4)
    assert names == [
        "Find text",
        "Previous match",
        "Next match",
        "Match case",
        "Close the find bar",
    ]


def test_from_the_tab_bar_tab_goes_into_the_text(qtbot: QtBot, window: MainWindow) -> None:
    names = focus_names(qtbot, window.tabs.tabBar(), 1)
    assert names[1] == "Overview"
