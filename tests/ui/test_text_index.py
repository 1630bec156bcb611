"""The find index agrees with the documents the reader sees, position for position."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from tests.helpers.briefings import WriteBriefing
from viewer.section import OVERVIEW, Section
from viewer.ui.main_window import MainWindow
from viewer.ui.text_index import fold


def document_matches(
    window: MainWindow, section: Section, needle: str, pattern: str | None = None
) -> list[tuple[int, int]]:
    """Where Qt's own find (of ``needle``, or of the regular expression ``pattern``) finds it."""
    document = window.section_view(section).document()
    found, cursor = [], QTextCursor(document)
    what: str | QRegularExpression = needle
    if pattern is not None:
        what = QRegularExpression(pattern, QRegularExpression.PatternOption.CaseInsensitiveOption)
    while not (cursor := document.find(what, cursor)).isNull():
        found.append((cursor.selectionStart(), cursor.selectionEnd()))
    return found


@pytest.mark.parametrize(
    ("needle", "pattern"),
    [
        ("Kyiv", None),
        ("official", None),
        ("characters", None),
        ("e", None),
        # Quotes, apostrophes and dashes are found by the plain ones a keyboard types.
        ('"', '["“”]'),
        ("“", '["“”]'),
        ("they're", "they['’]re"),
        ("kherson-mykolaiv", "kherson[-–]mykolaiv"),
        ("siege, a", "siege,[ \u00a0]a"),
    ],
)
def test_index_positions_are_the_documents_positions(
    window: MainWindow, needle: str, pattern: str | None
) -> None:
    index = window.search.ensure_index()
    found = 0
    for section in window.tabs.order:
        positions = index.positions(section, needle, case_sensitive=False)
        assert positions == document_matches(window, section, needle, pattern), f"{section}"
        found += len(positions)
    assert found, "the bundled briefing has it"


def test_positions_count_utf16_units_after_an_emoji(
    qtbot: QtBot, window: MainWindow, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["regions"][0]["summary"] = "🛰️ Satellite 🛰️ images: Kyiv 🙂 Kyiv"
    window.open_path(write_briefing(briefing_data))
    kyiv = Section.of_region(0)
    spans = window.search.ensure_index().positions(kyiv, "Kyiv", case_sensitive=True)
    expected = document_matches(window, kyiv, "Kyiv")
    assert spans == expected
    summary = window.section_view(kyiv).toPlainText().index("🛰️ Satellite")
    after_emoji = [start for start, _ in spans if start > summary]
    assert len(after_emoji) >= 2, "both names after the emoji are found"
    view = window.section_view(kyiv)
    for start, end in spans:
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == "Kyiv"


def test_find_ignores_accents_and_case_unless_asked(qtbot: QtBot, window: MainWindow) -> None:
    assert fold("Kherson–Mykolaïv CAFÉ") == "kherson-mykolaiv cafe"
    assert fold("“They’re” — «ici»") == '"they\'re" - "ici"'
    assert fold("CAFÉ", case_sensitive=True) == "CAFE"
    assert len(fold("İstanbul")) == len("İstanbul")  # positions stay valid
    window.menu_actions.find_action.trigger()
    # QTest cannot type "ï" (no key for it); an input method commits it as text.
    window.search.ensure_bar().edit.insert("kyïv")
    with_accent = window.search.ensure_bar().total
    window.search.ensure_bar().edit.setText("Kyiv")
    assert with_accent == window.search.ensure_bar().total > 5


def test_index_is_built_in_idle_time_after_opening(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.search.ensure_index().is_complete, timeout=5000)
    built = [window.tabs.page(s).is_built for s in window.tabs.order if s != OVERVIEW]
    assert not any(built), "indexing must not build any tab's widget"
    overview = window.section_view(OVERVIEW).document().toRawText()
    assert window.search.ensure_index().text(OVERVIEW) == overview, (
        "the index holds what the page shows"
    )
