"""The window as a reader uses it: tabs, region content, links, Show in source, opening files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers.briefings import WriteBriefing
from tests.helpers.windows import click_href, click_link, tab_titles, view_of_tab
from viewer import __version__
from viewer.render.links import ShowInReport
from viewer.section import ORIGINAL
from viewer.ui import dialogs
from viewer.ui.main_window import MainWindow


def test_tabs_are_overview_then_regions_in_order_then_sources_and_original(
    window: MainWindow, briefing_data: dict[str, Any]
) -> None:
    regions = [region["name"] for region in briefing_data["regions"]]
    assert tab_titles(window) == ["Overview", *regions, "Sources", "Original report"]
    assert window.tabs.currentIndex() == 0
    assert window.windowTitle().startswith(briefing_data["title"])


def test_overview_shows_takeaways_and_what_the_source_does_not_state(
    window: MainWindow, briefing_data: dict[str, Any]
) -> None:
    text = view_of_tab(window, 0).toPlainText()
    assert briefing_data["title"] in text
    assert "Publisher: not stated" in text
    assert "Published: not stated" in text
    for takeaway in briefing_data["takeaways"]:
        assert takeaway["text"] in text


def test_region_link_on_the_overview_switches_to_its_tab(qtbot: QtBot, window: MainWindow) -> None:
    click_link(qtbot, view_of_tab(window, 0), "Mariupol")
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Mariupol"


def test_region_tab_shows_summary_points_with_kind_and_quotes_with_attribution(
    window: MainWindow, briefing_data: dict[str, Any]
) -> None:
    region = briefing_data["regions"][0]
    text = view_of_tab(window, 1).toPlainText()
    assert region["summary"] in text
    for point in region["points"]:
        assert point["text"] in text
        assert point["attribution"] in text
    view = view_of_tab(window, 1)
    label = view.document().find("Official assessment")
    assert not label.isNull(), "kinds read as words"
    assert label.charFormat().fontCapitalization() == QFont.Capitalization.SmallCaps
    assert "Reported" in text
    quote = region["quotes"][0]
    assert quote["text"] in text
    attribution = f"— {quote['speaker']} (unnamed) · {quote['role']} · according to AFP"
    assert attribution in text
    assert "Report’s words: “the official said on grounds of anonymity, according to AFP”" in text


def test_show_in_source_selects_exactly_the_quote(qtbot: QtBot, window: MainWindow) -> None:
    donbas = 1 + [r.id for r in window.loaded.briefing.regions].index("donbas")
    quote = window.loaded.briefing.regions[donbas - 1].quotes[1]
    click_href(qtbot, view_of_tab(window, donbas), f"show:regions[{donbas - 1}].quotes[1]")
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Original report"
    selected = window.section_view(ORIGINAL).textCursor().selectedText()
    assert selected == quote.text == "“become more aggressive”"


def test_every_quote_selects_its_own_span(window: MainWindow) -> None:
    for r, region in enumerate(window.loaded.briefing.regions):
        for q, quote in enumerate(region.quotes):
            window.follow(ShowInReport(f"regions[{r}].quotes[{q}]"))
            assert window.tabs.current_section() == ORIGINAL
            selected = window.section_view(ORIGINAL).textCursor().selectedText()
            assert selected.replace("\u2029", "\n") == quote.text


def test_sources_lists_each_outlet_with_its_quotes(window: MainWindow) -> None:
    text = view_of_tab(window, window.tabs.count() - 2).toPlainText()
    assert "senior Pentagon official (unnamed)" in text
    assert "AFP — 1 quote" in text
    assert "CNN — 1 quote" in text
    assert "Outlet not stated — 6 quotes" in text


def test_original_report_highlights_quotes(window: MainWindow, seed_text: str) -> None:
    view = view_of_tab(window, window.tabs.count() - 1)
    assert view.document().toRawText().replace("\u2029", "\n") == seed_text
    cursor = QTextCursor(view.document())
    cursor.setPosition(seed_text.index("They have about") + 1)
    highlighted = cursor.charFormat()
    cursor.setPosition(seed_text.index("the official said on grounds") + 1)
    plain = cursor.charFormat()
    assert highlighted.fontUnderline()
    assert not plain.fontUnderline()
    assert highlighted.background() != plain.background()


def test_open_a_bad_file_keeps_the_briefing_and_lists_the_problems(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    briefing_data: dict[str, Any],
    write_briefing: WriteBriefing,
) -> None:
    briefing_data["regions"][0]["quotes"][0]["start"] = 0
    bad = write_briefing(briefing_data)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_: bad)
    before = tab_titles(window)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.bars.ensure_error_bar().isVisible()
    message = window.bars.ensure_error_bar().message()
    assert "Kyiv, quote 1: the text differs from the report at character" in message
    assert tab_titles(window) == before


def test_open_a_good_file_replaces_the_briefing(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    briefing_data: dict[str, Any],
    write_briefing: WriteBriefing,
) -> None:
    briefing_data["title"] = "Another <b>briefing</b> & more"
    briefing_data["regions"] = briefing_data["regions"][:2]
    briefing_data["regions"][1]["name"] = "Rock & Roll"
    path = write_briefing(briefing_data)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_: path)
    window.menu_actions.open_action.trigger()
    assert not window.bars.ensure_error_bar().isVisible()
    assert tab_titles(window) == ["Overview", "Kyiv", "Rock && Roll", "Sources", "Original report"]
    assert window.windowTitle().startswith("Another <b>briefing</b> & more")
    assert "Another <b>briefing</b> & more" in view_of_tab(window, 0).toPlainText()


def test_a_bad_file_on_the_command_line_opens_the_bundled_briefing_with_the_problem(
    qtbot: QtBot, write_briefing: WriteBriefing
) -> None:
    from viewer.ui.app import create_application, create_main_window

    bad = write_briefing('{"format": "briefing/1",}')
    window = create_main_window(create_application(), bad, "given.json")
    qtbot.addWidget(window)
    window.show()
    assert window.bars.ensure_error_bar().isVisible()
    assert "Could not open given.json" in window.bars.ensure_error_bar().message()
    assert "1:25:" in window.bars.ensure_error_bar().message()
    assert window.loaded.display_path == "bundled briefing"


def test_about_shows_the_version(qtbot: QtBot, window: MainWindow) -> None:
    window.menu_actions.about_action.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None
    assert box.isVisible()
    assert f"briefing-viewer {__version__}" in box.text()
    box.close()


def test_unverified_source_is_said_in_every_quote(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    from viewer.ui.app import create_application, create_main_window

    briefing_data["source"]["path"] = "missing.txt"
    window = create_main_window(create_application(), write_briefing(briefing_data))
    qtbot.addWidget(window)
    window.show()
    text = view_of_tab(window, 1).toPlainText()
    assert "Unverified: the source text is not available" in text
    status = view_of_tab(window, window.tabs.count() - 1)
    assert status.toPlainText() == ""
    label = window.tabs.currentWidget().findChild(QLabel, "sourceStatus")
    assert label is not None
    assert "Quotes in this briefing are unverified" in label.text()


def test_the_bundled_file_is_never_written(window: MainWindow, tmp_path: Path) -> None:
    path = window.loaded.path
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    window.close()
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_window_title_names_the_app_once(window: MainWindow, briefing_data: dict[str, Any]) -> None:
    # The platform adds " — Briefing Viewer" (the display name) to what the window sets:
    # the window must not add it itself, or the title bar would name the app twice.
    display_name = QApplication.applicationDisplayName()
    assert display_name == "Briefing Viewer"
    assert display_name not in window.windowTitle()
    assert window.windowTitle() == briefing_data["title"]
