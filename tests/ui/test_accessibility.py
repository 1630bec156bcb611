"""What a screen reader gets: named tabs and controls, pages as documents with headings and links."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface, QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.render.citation import citation
from viewer.render.markup import displayed_quote
from viewer.render.quotes import outlet_words, speaker_line
from viewer.section import ORIGINAL, OVERVIEW, SOURCES, Section
from viewer.theme import SCREEN_THEMES
from viewer.ui import accessibility
from viewer.ui.document_outline import Anchor
from viewer.ui.link_focus import link_rects
from viewer.ui.main_window import MainWindow
from viewer.ui.reading_view import ReadingView

Role = QAccessible.Role
Text = QAccessible.Text


def walk(interface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    yield interface
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None and child.isValid():
            yield from walk(child)


def tree(window: MainWindow) -> list[QAccessibleInterface]:
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    return list(walk(root))


def test_every_tab_is_named_after_its_section(window: MainWindow) -> None:
    tabs = [i.text(Text.Name) for i in tree(window) if i.role() == Role.PageTab]
    regions = [r.name for r in window.loaded.briefing.regions]
    assert tabs == ["Overview", *regions, "Sources", "Original report"]
    descriptions = [i.text(Text.Description) for i in tree(window) if i.role() == Role.PageTab]
    assert not any("<" in d for d in descriptions), "markup would be read out"


def test_buttons_and_fields_have_names(qtbot: QtBot, window: MainWindow) -> None:
    window.menu_actions.find_action.trigger()
    window.menu_actions.regions_action.trigger()
    unnamed = [
        (i.role(), i.object())
        for i in tree(window)
        if i.role() in (Role.PushButton, Role.CheckBox, Role.EditableText, Role.List, Role.PageTab)
        and i.state().invisible is False
        and not i.text(Text.Name).strip()
    ]
    assert unnamed == []


def test_a_region_view_reads_each_quote_with_its_speaker_and_outlet(window: MainWindow) -> None:
    window.show_region(0)
    region = window.loaded.briefing.regions[0]
    views = [
        i
        for i in tree(window)
        if i.text(Text.Name) == f"Region: {region.name}" and i.textInterface()
    ]
    assert len(views) == 1
    view = views[0]
    assert view.text(Text.Description) == "3 key points, 1 quote with their speakers"
    text_interface = view.textInterface()
    assert text_interface is not None
    spoken = text_interface.text(0, text_interface.characterCount())
    for quote in region.quotes:
        at = spoken.index(displayed_quote(quote.text))
        following = spoken[at : at + 400]
        assert speaker_line(quote) in following
        assert outlet_words(quote.outlet) in following
    assert "according to AFP" in spoken


def focus_names(qtbot: QtBot, start: Any, presses: int) -> list[str]:
    start.setFocus()
    names = [start.accessibleName()]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        names.append(focused.accessibleName())
    return names


def test_tab_key_moves_through_the_find_bar_in_reading_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.menu_actions.find_action.trigger()
    names = focus_names(qtbot, window.search.ensure_bar().edit, 4)
    assert names == [
        "Find text",
        "Previous match",
        "Next match",
        "Match case",
        "Close the find bar",
    ]


def test_from_the_tab_bar_tab_goes_into_the_text(qtbot: QtBot, window: MainWindow) -> None:
    names = focus_names(qtbot, window.tabs.tabBar(), 1)
    assert names[1] == "Overview"


# -- reading views as documents: what Orca and other AT-SPI screen readers walk ---------


@pytest.fixture(autouse=True)
def documents() -> None:
    """Reading views are documents from the start, as they are once a window has painted."""
    accessibility.install()


def kyiv(qtbot: Any, window: MainWindow) -> ReadingView:
    """The Kyiv tab's view, shown (a tab's page shows what it built one event later)."""
    window.show_region(0)
    view = window.section_view(Section.of_region(0))
    qtbot.waitUntil(view.isVisible)
    return view


def document_of(view: ReadingView) -> QAccessibleInterface:
    document = QAccessible.queryAccessibleInterface(view)
    assert document is not None
    assert document.role() == Role.Document
    return document


def named(document: QAccessibleInterface, role: QAccessible.Role) -> list[QAccessibleInterface]:
    return [i for i in walk(document) if i.role() == role]


def link(document: QAccessibleInterface, name: str) -> QAccessibleInterface:
    found = [i for i in named(document, Role.Link) if i.text(Text.Name) == name]
    assert found, f"no link {name!r}"
    return found[0]


def press(interface: QAccessibleInterface) -> None:
    actions = interface.actionInterface()
    assert actions is not None
    assert QAccessibleActionInterface.pressAction() in actions.actionNames()
    actions.doAction(QAccessibleActionInterface.pressAction())


def level(heading: QAccessibleInterface) -> object:
    attributes = heading.attributesInterface()
    assert attributes is not None
    return attributes.attributeValue(QAccessible.Attribute.Level)


def test_a_region_view_is_a_document_with_headings_to_move_by(
    qtbot: Any, window: MainWindow
) -> None:
    document = document_of(kyiv(qtbot, window))
    headings = [(h.text(Text.Name), level(h)) for h in named(document, Role.Heading)]
    assert headings == [("Kyiv", 1), ("Points", 2), ("Quotes", 2)]
    quotes = named(document, Role.BlockQuote)
    assert [q.child(0).text(Text.Name) for q in quotes] == [
        displayed_quote(q.text) for q in window.loaded.briefing.regions[0].quotes
    ]
    text = document.textInterface()  # Qt's own: the page still reads as a whole
    assert text is not None
    whole = text.text(0, text.characterCount())
    for part in list(walk(document))[1:]:
        assert part.text(Text.Name).replace("  ", " ") in " ".join(whole.split())


def test_every_page_offers_its_links_by_name(window: MainWindow) -> None:
    briefing = window.loaded.briefing
    overview = document_of(window.section_view(OVERVIEW))
    names = [i.text(Text.Name) for i in named(overview, Role.Link)]
    regions = [r.name for r in briefing.regions]
    assert [name for name in names if name in regions] == regions
    assert names.count("Show in source") == len(briefing.takeaways)
    sources = document_of(window.section_view(SOURCES))
    names = [i.text(Text.Name) for i in named(sources, Role.Link)]
    assert (
        names.count("Show in source") == names.count("Copy with citation") == briefing.quote_count
    )


def test_pressing_show_in_source_selects_the_quote_in_the_original(
    qtbot: Any, window: MainWindow
) -> None:
    (quote_block,) = named(document_of(kyiv(qtbot, window)), Role.BlockQuote)
    press(link(quote_block, "Show in source"))
    qtbot.waitUntil(lambda: window.tabs.current_section() == ORIGINAL)
    quote = window.loaded.briefing.regions[0].quotes[0]
    assert window.section_view(ORIGINAL).textCursor().selectedText() == quote.text
    original = document_of(window.section_view(ORIGINAL)).textInterface()
    assert original is not None
    assert original.selectionCount() == 1


def test_pressing_a_region_link_opens_the_region(qtbot: Any, window: MainWindow) -> None:
    region = window.loaded.briefing.regions[2]
    press(link(document_of(window.section_view(OVERVIEW)), region.name))
    qtbot.waitUntil(lambda: window.tabs.current_section() == Section.of_region(2))


def test_pressing_copy_with_citation_copies_the_citation(qtbot: Any, window: MainWindow) -> None:
    press(link(document_of(kyiv(qtbot, window)), "Copy with citation"))
    clipboard = QApplication.clipboard()
    quote = window.loaded.briefing.regions[0].quotes[0]
    expected = citation(window.loaded, "regions[0].quotes[0]", quote)
    qtbot.waitUntil(lambda: clipboard.text() == expected)


def test_a_link_is_where_a_click_on_it_lands(qtbot: Any, window: MainWindow) -> None:
    view = kyiv(qtbot, window)
    where = link(document_of(view), "Show in source").rect()
    with qtbot.waitSignal(view.anchorClicked) as clicked:
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.viewport().mapFromGlobal(where.center()),
        )
    assert clicked.args[0].toString() == "show:regions[0].summary"


def test_tab_and_shift_tab_move_through_the_links_and_enter_follows(
    qtbot: Any, window: MainWindow
) -> None:
    view = kyiv(qtbot, window)
    view.setFocus()
    document = document_of(view)

    def focused() -> tuple[str, str]:
        child = document.focusChild()
        if child is None:
            return "", ""
        return child.text(Text.Name), child.text(Text.Description)

    steps = []
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        qtbot.keyClick(view, key)
        steps.append((view.textCursor().selectedText(), *focused()))
    assert steps == [
        ("Show in source", "Show in source", "Kyiv, summary"),
        ("Show in source", "Show in source", "Kyiv, point 1"),
        ("Show in source", "Show in source", "Kyiv, summary"),
    ]
    assert link(document, "Show in source").state().focused
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.current_section() == ORIGINAL)
    start, end = window.loaded.briefing.regions[0].summary_evidence[0]
    report = window.loaded.report_text
    assert report is not None
    assert window.section_view(ORIGINAL).textCursor().selectedText() == report[start:end]


def ring_pixels(view: ReadingView, words: QRectF, color: str) -> int:
    """How many pixels of ``color`` lie just around the words at ``words``."""
    image = view.viewport().grab().toImage()
    band = words.adjusted(-5, -3, 5, 3).toAlignedRect()
    inner = words.toAlignedRect()
    wanted = QColor(color)
    return sum(
        1
        for x in range(band.left(), band.right() + 1)
        for y in range(band.top(), band.bottom() + 1)
        if not inner.contains(x, y) and image.pixelColor(x, y) == wanted
    )


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_the_link_tab_is_on_has_a_ring_in_the_link_colour(
    qtbot: Any, window: MainWindow, theme: str
) -> None:
    window.themes.set_theme(theme)
    view = kyiv(qtbot, window)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    cursor = view.textCursor()
    assert cursor.selectedText() == "Show in source"
    (words,) = link_rects(view, Anchor("", "", cursor.selectionStart(), cursor.selectionEnd()))
    color = SCREEN_THEMES[theme].link
    assert ring_pixels(view, words, color) > 100  # 2 pixels wide all round a 90 × 14 word box
    window.tabs.tabBar().setFocus()  # the keyboard leaves the page: no ring stays behind
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert ring_pixels(view, words, color) == 0


def test_a_recoloured_page_is_read_again_and_its_links_still_work(
    qtbot: Any, window: MainWindow
) -> None:
    view = kyiv(qtbot, window)
    before = link(document_of(view), "Show in source")
    window.themes.set_theme("dark")  # shows the page's HTML again
    assert not shiboken6.isValid(before)  # Qt's cache let the old link go
    press(link(document_of(view), "Show in source"))
    qtbot.waitUntil(lambda: window.tabs.current_section() == ORIGINAL)


LATE_INSTALL = """
import json, sys
import PySide6.QtGui
from PySide6.QtTest import QTest
from viewer.ui.app import create_application, create_main_window

def loaded(name):
    return f"viewer.ui.{name}" in sys.modules

app = create_application()
window = create_main_window(app, None)
window.show()
from viewer.section import OVERVIEW
overview = window.section_view(OVERVIEW)
facts = {"before paint": [loaded("accessibility"), loaded("accessible_document")]}
facts["QAccessible before paint"] = "QAccessible" in vars(PySide6.QtGui)
from PySide6.QtGui import QAccessible
early = QAccessible.queryAccessibleInterface(overview)  # a screen reader, before the first paint
facts["early role"] = early.role().name
deadline = 50
while not loaded("accessibility") and deadline:
    QTest.qWait(100)
    deadline -= 1
facts["after paint"] = [loaded("accessibility"), loaded("accessible_document")]
from viewer.ui.accessible_document import adopt
adopt(overview)  # what the first paint does when a screen reader is listening
document = QAccessible.queryAccessibleInterface(overview)
facts["adopted role"] = document.role().name
facts["headings"] = [
    document.child(i).text(QAccessible.Text.Name)
    for i in range(document.childCount())
    if document.child(i).role() == QAccessible.Role.Heading
]
facts["same text"] = document.textInterface().text(0, 40) == early.textInterface().text(0, 40)
from viewer.section import Section
region = window.open_section(Section.of_region(0))
facts["later role"] = QAccessible.queryAccessibleInterface(region).role().name
print(json.dumps(facts))
"""


def test_documents_cost_the_first_picture_nothing_and_cover_views_met_before_it(
    tmp_path: Path,
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", LATE_INSTALL], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout.splitlines()[-1])
    assert facts["before paint"] == [False, False]
    assert not facts["QAccessible before paint"]  # not even QAccessible's Python type (~4 ms)
    assert facts["early role"] == "StaticText"  # Qt's own interface: what Orca met before
    assert facts["after paint"] == [True, False]  # the factory, but no document nobody asked for
    assert facts["adopted role"] == "Document"
    assert facts["headings"] == [
        "Two-thirds of Russian troops withdrawn from Kyiv, senior Pentagon official says",
        "Key takeaways",
        "Regions",
    ]
    assert facts["same text"]
    assert facts["later role"] == "Document"
