"""Every statement leads to the passages it rests on, and every passage back to what rests on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.briefings import WriteBriefing
from tests.helpers.windows import anchors, click_href, shown_window, view_of_tab
from viewer.section import ORIGINAL, OVERVIEW, Section
from viewer.theme import LIGHT
from viewer.ui.main_window import MainWindow


def original_tab(window: MainWindow) -> int:
    return window.tabs.indexOf(window.tabs.page(ORIGINAL))


def test_show_in_source_on_a_takeaway_marks_all_its_passages_and_selects_the_first(
    qtbot: QtBot, window: MainWindow, seed_text: str
) -> None:
    click_href(qtbot, view_of_tab(window, 0), "show:takeaways[0]")
    assert window.tabs.current_section() == ORIGINAL
    view = window.section_view(ORIGINAL)
    first = seed_text[0:115].replace("\xa0", " ")
    assert view.textCursor().selectedText().replace("\xa0", " ") == first
    marked = [s.cursor.selectedText() for s in view.extraSelections()]
    assert marked == [seed_text[215:295]], "the second passage is marked too"
    colours = {s.format.background().color().name() for s in view.extraSelections()}
    assert colours == {LIGHT.mark_background}
    assert window.statusBar().currentMessage() == (
        "Passage selected: characters 0–115 and 1 more marked"
    )


def test_a_passage_of_the_report_lists_what_rests_on_it_and_leads_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = view_of_tab(window, original_tab(window))
    assert window.views.original is not None
    line = window.views.original.passage
    assert not line.isVisible()
    click_href(qtbot, view, "passage:215-295")  # the Kyiv quote
    assert line.isVisible()
    text = line.text()
    for name in ("Key takeaway 1", "Kyiv, summary", "Kyiv, quote 1"):
        assert name in text, f"{name} rests on the quote"
    assert "Belarus" not in text
    line.linkActivated.emit("go:regions[0].quotes[0]")  # as a click on "Kyiv, quote 1" does
    assert window.tabs.current_section() == Section.of_region(0)
    kyiv = window.section_view(Section.of_region(0))
    marked = [s.cursor.selectedText() for s in kyiv.extraSelections()]
    assert marked
    assert marked[0].startswith("“They have about a third left")


def test_a_takeaway_leads_to_the_region_point_it_comes_from(
    qtbot: QtBot, window: MainWindow
) -> None:
    overview = view_of_tab(window, 0)
    links = {text: target for text, target, _, _ in anchors(overview)}
    assert links["Mariupol, point 2"] == "go:regions[3].points[1]"
    click_href(qtbot, overview, "go:regions[3].points[1]")
    mariupol = window.section_view(Section.of_region(3))
    assert window.tabs.current_section() == Section.of_region(3)
    marked = [s.cursor.selectedText() for s in mariupol.extraSelections()]
    assert any("no indications that the Russians" in m for m in marked), marked


def test_without_the_report_nothing_offers_to_show_it(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["source"]["path"] = "gone.txt"
    window = shown_window(qtbot, write_briefing(briefing_data))
    for section in [OVERVIEW, *window.tabs.order.regions()]:
        texts = [text for text, _, _, _ in anchors(window.open_section(section))]
        assert "Show in source" not in texts, section
    kyiv = [text for text, _, _, _ in anchors(window.open_section(Section.of_region(0)))]
    assert "Copy with citation" in kyiv, "what needs no report stays"


def dim_action(window: MainWindow) -> QAction:
    return window.menu_actions.dim_action


def test_view_dims_what_the_briefing_leaves_out_and_remembers_it(
    qtbot: QtBot, window: MainWindow, seed_text: str
) -> None:
    view = view_of_tab(window, original_tab(window))
    also_read = view.document().find("Also Read")
    assert also_read.charFormat().foreground().color() != QColor(LIGHT.muted)
    dim_action(window).trigger()
    QApplication.processEvents()
    also_read = view.document().find("Also Read")
    cited = view.document().find("The move comes as")
    assert also_read.charFormat().foreground().color() == QColor(LIGHT.muted)
    assert cited.charFormat().foreground().color() == QColor(LIGHT.text)
    window.close()
    again = shown_window(qtbot)
    assert dim_action(again).isChecked()
    view = view_of_tab(again, original_tab(again))
    assert view.document().find("Also Read").charFormat().foreground().color() == QColor(
        LIGHT.muted
    )


def test_passages_are_marked_by_line_style_not_colour_alone(window: MainWindow) -> None:
    view = view_of_tab(window, original_tab(window))
    quoted = view.document().find("They have about a third").charFormat()
    cited = view.document().find("The move comes as").charFormat()
    left_out = view.document().find("Also Read").charFormat()
    assert quoted.underlineStyle() == quoted.UnderlineStyle.SingleUnderline
    assert cited.underlineStyle() == cited.UnderlineStyle.DotLine
    assert left_out.underlineStyle() == left_out.UnderlineStyle.NoUnderline


def test_the_keyboard_reaches_a_passage_and_enter_says_what_rests_on_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = view_of_tab(window, original_tab(window))
    assert window.views.original is not None
    qtbot.waitUntil(view.isVisible)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    cursor = view.textCursor()
    assert cursor.hasSelection()
    assert cursor.charFormat().anchorHref().startswith("passage:0-")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.views.original.passage.isVisible()
    assert "Kyiv, point 1" in window.views.original.passage.text()
