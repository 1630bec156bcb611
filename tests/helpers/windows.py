"""The main window as tests drive it: opened like the app opens it, read and clicked like a reader."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu
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


def anchors(view: ReadingView) -> list[tuple[str, str, int, int]]:
    """(text, href, start, end) of every link in a view's document, in reading order."""
    found: list[tuple[str, str, int, int]] = []
    block = view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            form = fragment.charFormat()
            if fragment.isValid() and form.isAnchor() and form.anchorHref():
                start = fragment.position()
                end = start + fragment.length()
                if found and found[-1][1] == form.anchorHref() and found[-1][3] == start:
                    text, href, first, _ = found.pop()  # one link in several fragments
                    found.append((text + fragment.text(), href, first, end))
                else:
                    found.append((fragment.text(), form.anchorHref(), start, end))
            iterator += 1
        block = block.next()
    return found


def click_at(qtbot: QtBot, view: ReadingView, start: int, end: int) -> None:
    """Click, with the mouse, in the middle of the document positions ``start``–``end``."""
    # A tab's view is built when first shown and laid out on the next pass of the event loop.
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().width() > 300)
    middle = QTextCursor(view.document())
    middle.setPosition((start + end) // 2)
    view.setTextCursor(middle)
    view.ensureCursorVisible()
    point = view.cursorRect(middle).center() + QPoint(1, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def click_link(qtbot: QtBot, view: ReadingView, link_text: str, occurrence: int = 0) -> None:
    """Click, with the mouse, on the n-th link whose text is exactly ``link_text``."""
    matching = [(start, end) for text, _, start, end in anchors(view) if text == link_text]
    assert len(matching) > occurrence, f"no link {link_text!r} (#{occurrence}) in the view"
    click_at(qtbot, view, *matching[occurrence])


def click_href(qtbot: QtBot, view: ReadingView, href: str) -> None:
    """Click, with the mouse, on the link to ``href``."""
    matching = [(start, end) for _, target, start, end in anchors(view) if target == href]
    assert matching, f"no link to {href!r} in the view"
    click_at(qtbot, view, *matching[0])


def theme_action(window: MainWindow, label: str) -> QAction:
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert isinstance(view_menu, QMenu)
    theme_menu = next(a.menu() for a in view_menu.actions() if a.text() == "&Theme")
    assert isinstance(theme_menu, QMenu)
    return next(a for a in theme_menu.actions() if a.text() == label)
