"""The find index agrees with the documents the reader sees, position for position."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from tests.conftest import WriteBriefing
from viewer.ui.main_window import MainWindow
from viewer.ui.text_index import fold


def document_matches(window: MainWindow, section: int, needle: str) -> list[tuple[int, int]]:
    document = window.section_view(section).document()
    found, cursor = [], QTextCursor(document)
    while not (cursor := document.find(needle, cursor)).isNull():
        found.append((cursor.selectionStart(), cursor.selectionEnd()))
    return found


@pytest.mark.parametrize("needle", ["Kyiv", "official", "“", "characters", "e"])
def test_index_positions_are_the_documents_positions(window: MainWindow, needle: str) -> None:
    index = window.text_index
    for section in range(window.tabs.section_count):
        assert index.positions(section, needle, case_sensitive=False) == document_matches(
            window, section, needle
        ), f"section {section}"


def test_positions_count_utf16_units_after_an_emoji(
    qtbot: Any, window: MainWindow, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["regions"][0]["summary"] = "🛰️ Satellite 🛰️ images: Kyiv 🙂 Kyiv"
    window.open_path(write_briefing(briefing_data))
    spans = window.text_index.positions(1, "Kyiv", case_sensitive=True)
    assert spans == document_matches(window, 1, "Kyiv")[: len(spans)]
    view = window.section_view(1)
    for start, end in spans:
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == "Kyiv"


def test_find_ignores_accents_and_case_unless_asked(qtbot: Any, window: MainWindow) -> None:
    assert fold("Kherson–Mykolaïv CAFÉ") == "kherson–mykolaiv cafe"
    assert fold("CAFÉ", case_sensitive=True) == "CAFE"
    assert len(fold("İstanbul")) == len("İstanbul")  # positions stay valid
    window.menu_actions.find_action.trigger()
    # QTest cannot type "ï" (no key for it); an input method commits it as text.
    window.find_bar.edit.insert("kyïv")
    with_accent = window.find_bar.total
    window.find_bar.edit.setText("Kyiv")
    assert with_accent == window.find_bar.total > 5


def test_index_is_built_in_idle_time_after_opening(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.text_index.is_complete, timeout=5000)
    built = [window.tabs.page(s).is_built for s in range(1, window.tabs.section_count)]
    assert not any(built), "indexing must not build any tab's widget"
    assert isinstance(window.section_view(0).document(), QTextDocument)
