"""The status bar always says which file is shown, how big it is and whether its source checked out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.helpers.briefings import WriteBriefing
from tests.helpers.windows import click_link, view_of_tab
from viewer.ui.main_window import MainWindow

BUNDLED_SUMMARY = "bundled briefing · 7 regions, 8 quotes · source verified"


def summary(window: MainWindow) -> QLabel:
    """The status bar's label that shows the summary, visible now."""
    shown = [
        label
        for label in window.statusBar().findChildren(QLabel)
        if label.isVisible() and " · source " in label.text()
    ]
    assert len(shown) == 1, "no summary in the status bar"
    return shown[0]


def test_the_summary_stays_through_passing_messages(qtbot: QtBot, window: MainWindow) -> None:
    assert summary(window).text() == BUNDLED_SUMMARY
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Text size 110 %"
    assert summary(window).text() == BUNDLED_SUMMARY
    click_link(qtbot, view_of_tab(window, 1), "Copy with citation")
    assert window.statusBar().currentMessage() == "Quote copied with its citation."
    assert summary(window).text() == BUNDLED_SUMMARY
    window.statusBar().clearMessage()  # as when the message times out
    assert summary(window).text() == BUNDLED_SUMMARY


def test_the_summary_follows_the_file_opened(
    window: MainWindow, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    del briefing_data["regions"][1:]
    path = write_briefing(briefing_data, "one <b>region<i>.json")
    assert window.open_path(path)
    assert len(briefing_data["regions"][0]["quotes"]) == 1
    assert summary(window).text() == f"{path} · 1 region, 1 quote · source verified"
    assert summary(window).textFormat() == Qt.TextFormat.PlainText


def test_a_long_path_leaves_room_for_messages(
    qtbot: QtBot, window: MainWindow, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    path = write_briefing(briefing_data, "a" * 200 + ".json")
    assert window.open_path(path)
    window.resize(900, 600)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    label = summary(window)
    assert label.text().startswith(str(path))  # the whole text, for tooltips and screen readers
    message = window.statusBar().currentMessage()
    assert message == "Text size 110 %"
    # Messages are drawn left of the permanent summary: there must be room for one.
    assert label.geometry().left() > label.fontMetrics().horizontalAdvance(message) + 20
    assert label.width() > 200  # and the summary still shows a good part of itself
