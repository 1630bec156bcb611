"""The main window as tests drive it: opened like the app opens it, read and clicked like a reader."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow
from viewer.ui.reading_view import ReadingView


def shown_window(qtbot: QtBot, path: Path | None = None) -> MainWindow:
    """The main window on ``path`` (without one, the last session's or the bundled briefing),
    shown and active, as `briefing-viewer` opens it."""
    from viewer.ui.app import create_application, create_main_window

    window = create_main_window(create_application(), path)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.show()
        window.activateWindow()
    return window


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def current_tab(window: MainWindow) -> str:
    return window.tabs.tabText(window.tabs.currentIndex())


def view_of_tab(window: MainWindow, index: int) -> ReadingView:
    """Switch to the tab at ``index``, as a click on it does, and return its view."""
    window.tabs.setCurrentIndex(index)
    page = window.tabs.currentWidget()
    view = page if isinstance(page, ReadingView) else page.findChild(ReadingView)
    assert view is not None
    return view


def current_view(window: MainWindow) -> ReadingView:
    section = window.tabs.current_section()
    assert section is not None
    return window.section_view(section)


def click_link(qtbot: QtBot, view: ReadingView, link_text: str, occurrence: int = 0) -> None:
    """Click, with the mouse, on the n-th link whose text is ``link_text`` in a view."""
    # A tab's view is built when first shown and laid out on the next pass of the event loop.
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().width() > 300)
    document = view.document()
    cursor = QTextCursor(document)
    remaining = occurrence + 1
    while remaining:
        cursor = document.find(link_text, cursor)
        assert not cursor.isNull(), f"no link {link_text!r} in the view"
        if cursor.charFormat().isAnchor():
            remaining -= 1
    middle = QTextCursor(document)
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    view.setTextCursor(middle)
    view.ensureCursorVisible()
    point = view.cursorRect(middle).center() + QPoint(1, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
