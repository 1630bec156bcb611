"""Find's results list: every match by section, opened with Enter, driven as a reader would."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from tests.helpers.windows import current_tab, current_view
from viewer.ui.find_results import FindResults, snippet
from viewer.ui.main_window import MainWindow

HEADING = re.compile(r"^(?P<title>.+) \((?P<count>\d+) match(es)?\)$")


def rows(results: FindResults) -> list[str]:
    model = results.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def search(qtbot: QtBot, window: MainWindow, needle: str) -> FindResults:
    """Ctrl+F, type ``needle``, click "All results": the list as the reader then sees it."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.search.ensure_bar()
    qtbot.keyClicks(bar.edit, needle)
    assert bar.results is None, "the list is built only when the reader asks for it"
    qtbot.mouseClick(bar.results_button, Qt.MouseButton.LeftButton)
    assert bar.results is not None
    assert bar.results.isVisible()
    return bar.results


def counted_in_documents(window: MainWindow, needle: str) -> dict[str, int]:
    """Matches per tab as Qt's own find counts them in each tab's document."""
    found = {}
    for tab in range(window.tabs.count()):
        section = window.tabs.section_of_tab(tab)
        assert section is not None
        document = window.section_view(section).document()
        cursor, count = document.find(needle), 0
        while not cursor.isNull():
            count += 1
            cursor = document.find(needle, cursor)
        if count:
            found[window.tabs.tabText(tab)] = count
    return found


def test_each_section_is_a_group_with_its_count_and_each_match_a_row(
    qtbot: QtBot, window: MainWindow
) -> None:
    results = search(qtbot, window, "Kyiv")
    shown = rows(results)
    groups: dict[str, int] = {}
    listed: dict[str, int] = {}
    title = ""
    for row in shown:
        heading = HEADING.match(row)
        if heading:
            title = heading["title"]
            groups[title] = int(heading["count"])
            listed[title] = 0
        else:
            assert "kyiv" in row.lower(), f"{row!r}: a match's row shows the match"
            # A document's frame and paragraph marks would show as boxes.
            assert not set(row) & set("\ufdd0\ufdd1\ufffc\u2029\u2028"), repr(row)
            listed[title] += 1
    assert groups == counted_in_documents(window, "Kyiv")
    assert listed == groups, "a row for every match under its section"
    assert list(groups) == [t for t in (window.tabs.tabText(i) for i in range(10)) if t in groups]


def test_down_then_enter_opens_that_match_in_its_section(qtbot: QtBot, window: MainWindow) -> None:
    results = search(qtbot, window, "Kyiv")
    bar = window.search.ensure_bar()
    shown = rows(results)
    kyiv = next(i for i, row in enumerate(shown) if row.startswith("Kyiv ("))  # the region
    bar.edit.setFocus()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Down)  # into the list, on the current match
    assert results.hasFocus()
    while results.currentIndex().row() < kyiv + 2:  # the region's second match
        qtbot.keyClick(results, Qt.Key.Key_Down)
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert current_tab(window) == "Kyiv"
    assert current_view(window).textCursor().selectedText() == "Kyiv"
    # It is the region's second match: the counter says which one of all.
    before = sum(int(m["count"]) for r in shown[:kyiv] if (m := HEADING.match(r)))
    assert bar.counter.text() == f"{before + 2} of {bar.total}"
    qtbot.keyClick(window, Qt.Key.Key_F3)  # and find goes on from there
    assert bar.counter.text() == f"{before + 3} of {bar.total}"


def test_enter_on_a_heading_opens_its_first_match(qtbot: QtBot, window: MainWindow) -> None:
    results = search(qtbot, window, "official")
    shown = rows(results)
    sources = next(i for i, row in enumerate(shown) if row.startswith("Sources ("))
    results.setFocus()
    qtbot.keyClick(results, Qt.Key.Key_Home)
    while results.currentIndex().row() < sources:
        qtbot.keyClick(results, Qt.Key.Key_Down)
    qtbot.keyClick(results, Qt.Key.Key_Enter)
    assert current_tab(window) == "Sources"
    assert current_view(window).textCursor().selectedText().lower() == "official"


def test_a_double_click_opens_a_result(qtbot: QtBot, window: MainWindow) -> None:
    results = search(qtbot, window, "pinched")  # in Kherson–Mykolaiv, Sources, Original
    last = results.model().index(results.model().rowCount() - 1, 0)
    results.scrollTo(last)
    point = results.visualRect(last).center()
    # A double-click reaches a widget as a click, then a double-click event (QTest sends the latter).
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert current_tab(window) == "Kherson–Mykolaiv", "a click only selects the row"
    qtbot.mouseDClick(
        results.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    assert current_tab(window) == "Original report"
    assert current_view(window).textCursor().selectedText() == "pinched"


def test_up_from_the_first_row_returns_to_the_field_and_esc_closes(
    qtbot: QtBot, window: MainWindow
) -> None:
    results = search(qtbot, window, "Kyiv")
    bar = window.search.ensure_bar()
    results.setFocus()
    qtbot.keyClick(results, Qt.Key.Key_Home)
    qtbot.keyClick(results, Qt.Key.Key_Up)
    assert bar.edit.hasFocus()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Down)
    assert results.hasFocus()
    qtbot.keyClick(results, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_the_list_follows_the_search_as_the_reader_types(qtbot: QtBot, window: MainWindow) -> None:
    results = search(qtbot, window, "Kyiv")
    bar = window.search.ensure_bar()
    before = rows(results)
    qtbot.keyClicks(bar.edit, " after")  # "Kyiv after": fewer matches
    qtbot.waitUntil(lambda: rows(results) != before)
    assert all("kyiv after" in row.lower() for row in rows(results) if not HEADING.match(row))
    assert sum(not HEADING.match(row) for row in rows(results)) == bar.total
    # The current match (F3) is the current row.
    qtbot.keyClick(window, Qt.Key.Key_F3)
    shown = rows(results)
    current = results.currentIndex().row()
    heading = next(HEADING.match(r) for r in reversed(shown[:current]) if HEADING.match(r))
    assert heading is not None
    assert heading["title"] == current_tab(window)


def test_rows_are_named_for_a_screen_reader(qtbot: QtBot, window: MainWindow) -> None:
    results = search(qtbot, window, "pinched")
    bar = window.search.ensure_bar()
    list_interface = QAccessible.queryAccessibleInterface(results)
    assert list_interface is not None
    assert list_interface.text(QAccessible.Text.Name) == "Find results"
    button = QAccessible.queryAccessibleInterface(bar.results_button)
    assert button is not None
    assert button.text(QAccessible.Text.Name) == "All results"
    assert button.state().checked
    spoken = [
        str(results.model().index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole))
        for row in range(results.model().rowCount())
    ]
    assert spoken[0] == "Kherson–Mykolaiv: 3 matches"
    assert spoken[2].endswith("(match 2 of 3 in Kherson–Mykolaiv)")
    assert "gotten pinched" in spoken[2]
    assert spoken[-2:] == [
        "Original report: 1 match",
        f"{rows(results)[-1]} (match 1 of 1 in Original report)",
    ]


def test_a_snippet_is_the_words_around_the_match_on_one_line() -> None:
    text = "First paragraph.\u2029A \ufdd0 long\u00a0line with the word here and much more text after it"
    start = text.index("word")
    before, match, after = snippet(text, start, start + 4)
    assert (before, match) == ("First paragraph. A long line with the ", "word")
    assert after.startswith(" here and much more")
    long = "x " * 100 + "needle" + " y" * 100
    start = long.index("needle")
    before, _, after = snippet(long, start, start + 6)
    assert before.startswith("…")
    assert after.endswith("…")
    assert len(before) < 45
    assert len(after) < 95
