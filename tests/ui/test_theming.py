"""View → Theme: the documents and the widgets change colour together, live and across restarts."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.contrast import contrast
from tests.helpers.windows import current_view, theme_action
from tests.helpers.windows import shown_window as start
from viewer.section import OVERVIEW, Section
from viewer.theme import DARK, HIGH_CONTRAST, LIGHT
from viewer.ui.main_window import MainWindow


def page_colour(window: MainWindow, section: Section) -> str:
    """The background the reader sees: a rendered pixel from the page's bottom margin."""
    view = window.open_section(section)
    QApplication.processEvents()  # palette changes reach widgets as events
    image = view.viewport().grab().toImage()
    background = QColor(image.pixel(4, image.height() - 4)).name()
    # Attributions and labels are coloured by the document's stylesheet, not the
    # palette: check the document was recoloured along with the page.
    cursor = view.document().find("OFFICIAL ASSESSMENT")
    assert not cursor.isNull()
    label = cursor.charFormat().foreground().color().name()
    expected = {c.background: c.kind_text for c in (LIGHT, DARK, HIGH_CONTRAST)}[background]
    assert label == expected, f"kind label {label} on a {background} page"
    return background


def test_choosing_dark_recolours_open_and_later_views_and_persists(qtbot: QtBot) -> None:
    window = start(qtbot)
    assert page_colour(window, OVERVIEW) == LIGHT.background
    theme_action(window, "&Dark").trigger()
    assert page_colour(window, OVERVIEW) == DARK.background  # already built: recoloured
    assert page_colour(window, Section.of_region(2)) == DARK.background  # built after the change
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == DARK.chrome
    window.close()

    again = start(qtbot)
    assert again.themes.theme == "dark"
    assert theme_action(again, "&Dark").isChecked()
    assert page_colour(again, OVERVIEW) == DARK.background


def test_system_theme_follows_the_colour_scheme_live(qtbot: QtBot) -> None:
    window = start(qtbot)
    assert window.themes.theme == "system"
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what the platform sends on a switch
    assert page_colour(window, OVERVIEW) == DARK.background
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert page_colour(window, OVERVIEW) == LIGHT.background

    theme_action(window, "&High contrast").trigger()  # an explicit choice ignores the system
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert page_colour(window, OVERVIEW) == HIGH_CONTRAST.background


@pytest.mark.parametrize("label", ["&Light", "&Dark", "&High contrast"])
def test_widget_palette_keeps_aa_contrast(qtbot: QtBot, label: str) -> None:
    window = start(qtbot)
    theme_action(window, label).trigger()
    palette = QApplication.palette()
    role = QPalette.ColorRole
    for foreground, background in (
        (role.WindowText, role.Window),
        (role.ButtonText, role.Button),
        (role.Text, role.Base),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
        (role.PlaceholderText, role.Base),
        (role.Link, role.Base),
    ):
        ratio = contrast(palette.color(foreground).name(), palette.color(background).name())
        assert ratio >= 4.5, f"{label}: {foreground.name} on {background.name} is {ratio:.2f}:1"


def test_find_highlights_stay_readable_in_high_contrast(qtbot: QtBot) -> None:
    window = start(qtbot)
    theme_action(window, "&High contrast").trigger()
    window.menu_actions.find_action.trigger()
    qtbot.keyClicks(window.search.ensure_bar().edit, "Kyiv")
    view = current_view(window)
    others = view.extraSelections()
    assert others
    background = others[0].format.background().color().name()
    assert background == HIGH_CONTRAST.match_background
    # The current match (the selection) and the other matches differ.
    assert contrast(background, HIGH_CONTRAST.selection_background) > 1.5


def outline_contrast(widget: Any, background: str, columns: range) -> float:
    """The best contrast against ``background`` among the widget's pixels in ``columns``."""
    image = widget.grab().toImage()
    return max(
        contrast(QColor(image.pixel(x, y)).name(), background)
        for x in columns
        for y in range(image.height())
    )


def test_high_contrast_draws_visible_field_and_check_box_outlines(qtbot: QtBot) -> None:
    window = start(qtbot)
    theme_action(window, "&High contrast").trigger()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.search.ensure_bar()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Tab)  # on to Previous: the field shows its resting frame
    assert not bar.edit.hasFocus()
    QApplication.processEvents()
    # WCAG 1.4.11: a control's boundary needs 3:1 against what is around it.
    # The field's frame is its outermost column (its text starts further in);
    # the check box's square lies within its first 14 pixels, left of its label.
    assert outline_contrast(bar.edit, HIGH_CONTRAST.chrome, range(1)) >= 3.0
    assert outline_contrast(bar.case, HIGH_CONTRAST.chrome, range(14)) >= 3.0
    theme_action(window, "&Light").trigger()
    # Other themes keep the style's own drawing: no application style sheet.
    assert QApplication.instance().styleSheet() == ""  # type: ignore[union-attr]


def main_colour(image: QImage, rect: QRect) -> str:
    """The colour most pixels in ``rect`` have: a tab's fill, not its text."""
    pixels = Counter(
        QColor(image.pixel(x, y)).name()
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )
    return pixels.most_common(1)[0][0]


def test_high_contrast_shows_which_tab_is_current(qtbot: QtBot) -> None:
    window = start(qtbot)
    theme_action(window, "&High contrast").trigger()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    bar = window.tabs.tabBar()
    image = bar.grab().toImage()
    current = main_colour(image, bar.tabRect(bar.currentIndex()))
    # WCAG 1.4.11: what shows the state needs 3:1 against what is around it,
    # the black chrome and the tabs that are not current.
    assert contrast(current, HIGH_CONTRAST.chrome) >= 3.0
    for other in (0, 1, 3):
        assert contrast(current, main_colour(image, bar.tabRect(other))) >= 3.0
        # and every tab's boundary shows: its left edge, against the chrome
        edge = bar.tabRect(other)
        edge.setWidth(1)
        assert contrast(main_colour(image, edge), HIGH_CONTRAST.chrome) >= 3.0


def test_switching_theme_keeps_the_reader_where_they_were(qtbot: QtBot) -> None:
    window = start(qtbot)
    window.resize(700, 400)  # short enough that the overview scrolls
    view = window.open_section(OVERVIEW)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    place = bar.value()
    assert place > 0
    theme_action(window, "&Dark").trigger()
    assert page_colour(window, OVERVIEW) == DARK.background  # the page was parsed again
    assert bar.value() == place
