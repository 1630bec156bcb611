"""The page reads like a page: a centred column of comfortable lines, a typeface of the reader's choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.windows import shown_window, view_of_tab
from viewer.section import ORIGINAL
from viewer.ui.main_window import MainWindow
from viewer.ui.reading_view import ReadingView


def full_lines(view: ReadingView) -> list[str]:
    """The rendered lines of running text that the column broke (not a paragraph's last)."""
    lines = []
    block = view.document().begin()
    while block.isValid():
        layout = block.layout()
        for index in range(layout.lineCount() - 1):
            line = layout.lineAt(index)
            lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return [line.rstrip() for line in lines if line.strip()]


def line_lengths(qtbot: QtBot, window: MainWindow, width: int) -> tuple[int, int]:
    window.resize(width, 700)
    view = window.section_view(ORIGINAL)
    qtbot.waitUntil(lambda: view.viewport().width() > width - 60)
    QApplication.processEvents()
    lengths = sorted(len(line) for line in full_lines(view))
    return lengths[len(lengths) // 2], lengths[-1]


def test_report_lines_hold_66_to_75_characters_at_any_window_width(
    qtbot: QtBot, window: MainWindow
) -> None:
    view_of_tab(window, window.tabs.indexOf(window.tabs.page(ORIGINAL)))
    for width in (1000, 1600):
        median, longest = line_lengths(qtbot, window, width)
        assert 60 <= median <= 75, f"at {width} px a median line has {median} characters"
        assert longest <= 78, f"at {width} px the longest line has {longest} characters"
    view = window.section_view(ORIGINAL)
    margin = view.document().rootFrame().frameFormat().leftMargin()
    assert margin > 300, "at 1600 px the column stays centred, the margins grow"


def test_the_column_follows_the_text_size(qtbot: QtBot, window: MainWindow) -> None:
    view_of_tab(window, window.tabs.indexOf(window.tabs.page(ORIGINAL)))
    window.resize(1600, 700)
    view = window.section_view(ORIGINAL)
    qtbot.waitUntil(lambda: view.viewport().width() > 1500)
    before = view.document().rootFrame().frameFormat().leftMargin()
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    after = view.document().rootFrame().frameFormat().leftMargin()
    assert after < before, "bigger text, a wider column"
    median, longest = line_lengths(qtbot, window, 1600)
    assert 60 <= median <= 75
    assert longest <= 78


def test_view_font_serif_is_used_and_remembered(qtbot: QtBot, window: MainWindow) -> None:
    kyiv = view_of_tab(window, 1)
    window.menu_actions.font_actions["serif"].trigger()
    assert "Serif" in QFontInfo(kyiv.document().defaultFont()).family()
    sources = view_of_tab(window, window.tabs.count() - 2)  # built after the choice
    assert "Serif" in QFontInfo(sources.document().defaultFont()).family()
    window.close()
    again = shown_window(qtbot)
    assert again.menu_actions.font_actions["serif"].isChecked()
    assert "Serif" in QFontInfo(view_of_tab(again, 1).document().defaultFont()).family()
    again.menu_actions.font_actions["sans"].trigger()
    assert "Serif" not in QFontInfo(view_of_tab(again, 1).document().defaultFont()).family()


def test_sources_names_each_speaker_once_then_their_quotes(window: MainWindow) -> None:
    text = view_of_tab(window, window.tabs.count() - 2).toPlainText()
    assert text.count("senior Pentagon official (unnamed)") == 1
    assert "8 quotes" in text
    assert text.count("Copy with citation") == 8
