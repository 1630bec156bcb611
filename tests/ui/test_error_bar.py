"""The error bar as a reader uses it: every problem, scrolling, folding, never more than a third."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.helpers.briefings import WriteBriefing
from tests.helpers.contrast import contrast
from tests.helpers.paths import BUNDLED
from tests.helpers.windows import theme_action
from viewer.ui import dialogs
from viewer.ui.error_bar import BACKGROUND, BORDER, ErrorBar
from viewer.ui.main_window import MainWindow


def with_problems(data: dict[str, Any], count: int) -> dict[str, Any]:
    """The briefing with ``count`` extra takeaways, each of an unknown kind: one problem each."""
    for n in range(count):
        data["takeaways"].append(dict(data["takeaways"][0], kind=f"rumour-{n}"))
    return data


def open_refused(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    write_briefing: WriteBriefing,
    data: dict[str, Any],
) -> ErrorBar:
    """File → Open on a file the window refuses; the bar, once it is laid out."""
    path = write_briefing(data)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_: path)
    window.menu_actions.open_action.trigger()
    bar = window.bars.ensure_error_bar()
    qtbot.waitUntil(bar.isVisible)
    settle()
    return bar


def settle() -> None:
    """Layouts that depend on widths (wrapped text) take a few passes of the event loop."""
    for _ in range(3):
        QApplication.processEvents()


def click(qtbot: Any, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


@pytest.fixture
def thirty(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    write_briefing: WriteBriefing,
    briefing_data: dict[str, Any],
) -> ErrorBar:
    return open_refused(
        qtbot, window, monkeypatch, write_briefing, with_problems(briefing_data, 30)
    )


def test_the_first_twenty_are_listed_and_the_rest_on_request(qtbot: Any, thirty: ErrorBar) -> None:
    assert thirty.summary().startswith("Could not open ")
    assert "(30 problems). Still showing “Two-thirds of Russian troops" in thirty.summary()
    assert len(thirty.listed()) == 20
    assert thirty.listed()[0].startswith("Key takeaway ")
    assert thirty.more_button.isVisible()
    assert thirty.more_button.text() == "Show 10 more problems"
    click(qtbot, thirty.more_button)
    assert len(thirty.listed()) == 30
    assert len(set(thirty.listed())) == 30
    assert not thirty.more_button.isVisible()
    assert thirty.problem_list.hasFocus(), "the keyboard stays in the list"


def test_hundreds_of_problems_follow_one_batch_at_a_time(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    write_briefing: WriteBriefing,
    briefing_data: dict[str, Any],
) -> None:
    bar = open_refused(
        qtbot, window, monkeypatch, write_briefing, with_problems(briefing_data, 300)
    )
    assert bar.more_button.text() == "Show 280 more problems"
    qtbot.mouseClick(bar.more_button, Qt.MouseButton.LeftButton)
    assert 20 < len(bar.listed()) < 300, "the next ones at once, the others as the loop runs"
    qtbot.waitUntil(lambda: len(bar.listed()) == 300)
    assert len(set(bar.listed())) == 300


def test_a_new_refusal_stops_the_batches_of_the_last_one(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    write_briefing: WriteBriefing,
    briefing_data: dict[str, Any],
) -> None:
    bar = open_refused(
        qtbot, window, monkeypatch, write_briefing, with_problems(briefing_data, 300)
    )
    qtbot.mouseClick(bar.more_button, Qt.MouseButton.LeftButton)
    data = with_problems(json.loads(BUNDLED.read_text(encoding="utf-8")), 30)
    open_refused(qtbot, window, monkeypatch, write_briefing, data)
    qtbot.wait(300)  # time for any batch still scheduled
    assert len(bar.listed()) == 20, "the new file's other problems wait to be asked for"
    assert bar.more_button.isVisible()
    assert bar.more_button.text() == "Show 10 more problems"


@pytest.mark.parametrize("size", [(600, 400), (1000, 900), (480, 300)])
def test_the_bar_never_takes_more_than_a_third_of_the_window(
    qtbot: Any, window: MainWindow, thirty: ErrorBar, size: tuple[int, int]
) -> None:
    window.resize(*size)
    settle()
    assert window.height() == size[1]
    assert thirty.height() <= window.height() // 3
    assert thirty.problem_list.verticalScrollBar().maximum() > 0, "the rest is a scroll away"
    click(qtbot, thirty.more_button)
    assert thirty.height() <= window.height() // 3
    window.resize(size[0], size[1] // 2 + 100)  # the window shrinks under the bar
    settle()
    assert thirty.height() <= window.height() // 3


@pytest.mark.parametrize("size", [(1000, 900), (600, 600)])
def test_a_short_list_takes_only_the_room_it_needs(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    write_briefing: WriteBriefing,
    briefing_data: dict[str, Any],
    size: tuple[int, int],
) -> None:
    window.resize(*size)
    briefing_data["regions"][0]["quotes"][0]["start"] += 1  # a long message, wrapped when narrow
    briefing_data["regions"][0]["quotes"][0]["end"] += 1
    bar = open_refused(qtbot, window, monkeypatch, write_briefing, briefing_data)
    [problem] = bar.listed()
    assert problem.startswith("Kyiv, quote 1: the text differs from the report at character 216")
    assert not bar.more_button.isVisible()
    assert bar.problem_list.verticalScrollBar().maximum() == 0, "all of it shows, unscrolled"
    # No empty space: the summary, the one problem, the margins.
    summary = bar.findChild(QLabel, "summary")
    label = bar.findChild(QLabel, "problem")
    assert summary is not None
    assert label is not None
    assert bar.height() <= summary.height() + label.height() + 30


def test_the_list_scrolls_from_the_keyboard(
    qtbot: Any, window: MainWindow, thirty: ErrorBar
) -> None:
    window.resize(600, 400)
    settle()
    scroll = thirty.problem_list.verticalScrollBar()
    thirty.toggle_button.setFocus()
    qtbot.keyClick(thirty.toggle_button, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert thirty.problem_list.hasFocus()
    qtbot.keyClick(thirty.problem_list, Qt.Key.Key_PageDown)
    assert scroll.value() > 0
    qtbot.keyClick(thirty.problem_list, Qt.Key.Key_End)
    assert scroll.value() == scroll.maximum()
    qtbot.keyClick(thirty.problem_list, Qt.Key.Key_Tab)
    assert thirty.more_button.hasFocus()
    qtbot.keyClick(thirty.more_button, Qt.Key.Key_Space)
    settle()
    assert len(thirty.listed()) == 30


def test_the_list_folds_to_its_summary_and_unfolds(
    qtbot: Any, window: MainWindow, thirty: ErrorBar
) -> None:
    window.resize(800, 700)
    settle()
    unfolded = thirty.height()
    assert thirty.toggle_button.text() == "Hide problems"
    click(qtbot, thirty.toggle_button)
    assert not thirty.problem_list.isVisible()
    assert thirty.isVisible()
    assert thirty.toggle_button.text() == "Show problems"
    summary = thirty.findChild(QLabel, "summary")
    assert summary is not None
    assert summary.isVisible()
    # Folded, the bar is its summary line (with the buttons beside it) and nothing more.
    assert thirty.height() <= max(summary.height(), thirty.toggle_button.height()) + 20
    assert thirty.height() < unfolded
    qtbot.keyClick(thirty.toggle_button, Qt.Key.Key_Space)  # from the keyboard too
    settle()
    assert thirty.problem_list.isVisible()
    assert thirty.height() == unfolded


def test_controls_have_accessible_names(thirty: ErrorBar) -> None:
    controls = [
        thirty.toggle_button,
        thirty.dismiss_button,
        thirty.problem_list,
        thirty.more_button,
    ]
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control
    assert thirty.more_button.accessibleName() == "Show the other 10 problems"


def test_dismiss_hides_the_bar_and_a_new_refusal_replaces_the_list(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    write_briefing: WriteBriefing,
    thirty: ErrorBar,
) -> None:
    click(qtbot, thirty.dismiss_button)
    assert not thirty.isVisible()
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["title"] = ""
    again = open_refused(qtbot, window, monkeypatch, write_briefing, data)
    assert again is thirty
    assert again.listed() == ["Title: this is empty; expected some text"]
    assert not again.more_button.isVisible()


def test_problems_are_named_as_a_reader_knows_them_and_shown_as_plain_text(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    write_briefing: WriteBriefing,
    briefing_data: dict[str, Any],
) -> None:
    briefing_data["regions"][0]["name"] = "<b>Kyiv</b> &amp;"
    briefing_data["regions"][0]["quotes"][0]["text"] = "“They have <i>about</i> a third”"
    bar = open_refused(qtbot, window, monkeypatch, write_briefing, briefing_data)
    [problem] = bar.listed()
    assert problem.startswith(
        "<b>Kyiv</b> &amp;, quote 1: the text differs from the report at character 226: "
    )
    assert "“…“They have about a third left o…”, the file has ““They have <i>about</i>" in problem
    assert "regions[" not in bar.message()
    labels = bar.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels if label.text())


@pytest.mark.parametrize("theme", ["&Light", "&Dark", "&High contrast"])
def test_the_bar_keeps_its_own_colours_in_every_theme(
    qtbot: Any, window: MainWindow, thirty: ErrorBar, theme: str
) -> None:
    theme_action(window, theme).trigger()
    window.resize(600, 400)
    settle()
    image = thirty.grab().toImage()
    assert QColor(image.pixel(3, image.height() // 2)).name() == BACKGROUND
    scroll_bar = thirty.problem_list.verticalScrollBar()
    bar_image = scroll_bar.grab().toImage()
    colours = {
        QColor(bar_image.pixel(x, y)).name()
        for x in range(bar_image.width())
        for y in range(0, bar_image.height(), 2)
    }
    assert BORDER in colours, "the scroll bar's handle is the bar's red, not the theme's"
    # The first problem's text, as painted on the bar: dark red on the bar's pink.
    first = thirty.findChildren(QLabel, "problem")[0]
    area = first.rect().translated(first.mapTo(thirty, QPoint(0, 0)))
    pixels = [
        QColor(image.pixel(x, y)).name()
        for x in range(area.left(), area.right())
        for y in range(area.top(), min(area.bottom(), image.height()))
    ]
    assert Counter(pixels).most_common(1)[0][0] == BACKGROUND
    darkest = max(contrast(pixel, BACKGROUND) for pixel in set(pixels))
    assert darkest >= 4.5, f"problem text on the pink is {darkest:.2f}:1 in {theme}"
    button = thirty.toggle_button.grab().toImage()
    assert QColor(button.pixel(button.width() // 2, 3)).name() == "#ffffff"
