"""View → Review Findings: what an editor would catch, kept current while the author edits the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.briefings import WriteBriefing, replace_atomically
from tests.helpers.windows import current_view, shown_window
from viewer.section import Section
from viewer.ui.main_window import MainWindow


def rows(window: MainWindow) -> list[str]:
    panel = window.review.panel
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_the_panel_says_the_bundled_briefing_has_nothing_to_catch(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.menu_actions.review_action.trigger()
    panel = window.review.panel
    assert panel.isVisible()
    qtbot.waitUntil(lambda: panel.summary.text() != "Reviewing…")
    assert panel.summary.text().startswith("Nothing an editor would catch")
    assert rows(window) == []
    window.menu_actions.review_action.trigger()
    assert not panel.isVisible()


def test_findings_appear_and_go_as_the_author_saves(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing, tmp_path: Path
) -> None:
    path = write_briefing(briefing_data, "live.json")
    window = shown_window(qtbot, path)
    window.menu_actions.review_action.trigger()
    panel = window.review.panel
    qtbot.waitUntil(lambda: panel.summary.text().startswith("Nothing"))

    point = briefing_data["regions"][4]["points"][0]
    good = point["text"]
    point["text"] = "The official says the Russians have been pinched between Kherson and Mykolaiv."
    replace_atomically(path, briefing_data)
    qtbot.waitUntil(lambda: any("dropped hedge" in row for row in rows(window)), timeout=3000)
    assert panel.summary.text() == "2 findings to look at."  # “assess”, “kind of”
    assert rows(window)[0].startswith("Kherson–Mykolaiv, point 1 — dropped hedge: ")
    kherson = window.section_view(Section.of_region(4))
    assert "⚑ Review: dropped hedge" in kherson.toPlainText(), "the statement carries a marker"

    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.tabs.current_section() == Section.of_region(4)
    marked = [s.cursor.selectedText() for s in kherson.extraSelections()]
    assert any("have been pinched" in text for text in marked)

    point["text"] = good
    replace_atomically(path, briefing_data)
    qtbot.waitUntil(lambda: panel.summary.text().startswith("Nothing"), timeout=3000)
    assert "⚑ Review" not in window.section_view(Section.of_region(4)).toPlainText()


def test_a_left_out_passage_leads_to_the_report(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["not_content"] = briefing_data["not_content"][:1]  # the second Also Read
    window = shown_window(qtbot, write_briefing(briefing_data))
    window.menu_actions.review_action.trigger()
    panel = window.review.panel
    qtbot.waitUntil(lambda: rows(window) != [])
    assert panel.summary.text() == "Nothing to fix; 2 passages left out."
    assert rows(window)[0].startswith("Characters 1947–")
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Original report"
    selected = current_view(window).textCursor().selectedText()
    assert selected.startswith("Also Read")


def test_the_findings_wrap_to_the_panel_without_a_sideways_scroll(
    qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    """A draft's long findings (left-out passages, quotes still to place) read top to
    bottom: every row fits the panel's width, and there is no horizontal scroll bar."""
    from viewer.authoring.scaffold import scaffold

    report = tmp_path / "report.txt"
    report.write_bytes(seed_text.encode("utf-8"))
    draft = tmp_path / "draft.json"
    assert scaffold(str(report), str(draft), False) == 0
    window = shown_window(qtbot, draft)
    window.resize(1200, 800)
    window.menu_actions.review_action.trigger()
    panel = window.review.panel
    qtbot.waitUntil(lambda: panel.list.count() > 10)
    qtbot.wait(50)  # the rows are laid out to the panel's width
    width = panel.list.viewport().width()
    assert all(
        panel.list.visualItemRect(panel.list.item(i)).right() <= width
        for i in range(panel.list.count())
    )
    assert not panel.list.horizontalScrollBar().isVisible()
