"""Open Recent, drag and drop, and reloading when the open file changes on disk."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu

from tests.conftest import WriteBriefing
from tests.ui.test_session import start
from viewer.ui.main_window import MainWindow


def briefing_titled(data: dict[str, Any], title: str) -> dict[str, Any]:
    return {**copy.deepcopy(data), "title": title}


def recent_menu(window: MainWindow) -> QMenu:
    menu = window.menu_actions.recent_menu
    menu.aboutToShow.emit()  # as when the reader opens File → Open Recent
    return menu


def recent_entries(window: MainWindow) -> list[str]:
    return [a.statusTip() for a in recent_menu(window).actions() if a.statusTip()]


def test_open_recent_lists_files_newest_first_and_forgets_missing_ones(
    qtbot: Any, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    window = start(qtbot)
    first = write_briefing(briefing_titled(briefing_data, "First"), "first.json")
    second = write_briefing(briefing_titled(briefing_data, "Second"), "second.json")
    assert window.open_path(first)
    assert window.open_path(second)
    assert recent_entries(window) == [str(second.resolve()), str(first.resolve())]

    first_entry = next(
        a for a in recent_menu(window).actions() if a.statusTip() == str(first.resolve())
    )
    first_entry.trigger()
    assert window.windowTitle() == "First"
    assert recent_entries(window)[0] == str(first.resolve())

    second.unlink()
    assert recent_entries(window) == [str(first.resolve())]
    window.close()
    assert recent_entries(start(qtbot)) == [str(first.resolve())]  # kept across runs


def test_open_recent_keeps_ten(
    qtbot: Any, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    window = start(qtbot)
    paths = [write_briefing(briefing_data, f"b{n}.json") for n in range(12)]
    for path in paths:
        window.open_path(path)
    assert recent_entries(window) == [str(p.resolve()) for p in reversed(paths[2:])]
    clear = next(a for a in recent_menu(window).actions() if a.text() == "&Clear Menu")
    clear.trigger()
    assert recent_entries(window) == []


def drop(window: MainWindow, path: Path) -> bool:
    """Drag ``path`` over the window and drop it, as a file manager does; True if accepted."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    centre = QPoint(window.width() // 2, window.height() // 2)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        centre, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(
        QPointF(centre), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, dropped)
    return dropped.isAccepted()


def test_dropping_a_json_file_opens_it(
    qtbot: Any, window: MainWindow, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    path = write_briefing(briefing_titled(briefing_data, "Dropped"), "dropped.json")
    assert drop(window, path)
    assert window.windowTitle() == "Dropped"


def test_dropping_other_files_is_refused(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("not a briefing")
    assert not drop(window, other)
    assert window.windowTitle() != "notes.txt"


def replace_atomically(path: Path, data: dict[str, Any] | str) -> None:
    """Save as most editors do: write a temporary file, then rename it over the original."""
    temporary = path.with_name(path.name + ".tmp")
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def test_an_edit_saved_by_renaming_shows_within_a_second_and_the_next_one_too(
    qtbot: Any, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    path = write_briefing(briefing_titled(briefing_data, "Version 1"), "live.json")
    window = start(qtbot)
    window.open_path(path)
    window.tabs.setCurrentIndex(2)
    replace_atomically(path, briefing_titled(briefing_data, "Version 2"))
    qtbot.waitUntil(lambda: window.windowTitle() == "Version 2", timeout=1000)
    assert window.tabs.currentIndex() == 2  # the reader stays where they were
    # The watcher lost the replaced file; it must have picked the new one up again.
    replace_atomically(path, briefing_titled(briefing_data, "Version 3"))
    qtbot.waitUntil(lambda: window.windowTitle() == "Version 3", timeout=1000)


def test_an_invalid_new_version_keeps_the_last_good_one_and_names_the_problem(
    qtbot: Any, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    path = write_briefing(briefing_titled(briefing_data, "Good"), "live.json")
    window = start(qtbot)
    window.open_path(path)
    broken = briefing_titled(briefing_data, "Broken")
    broken["regions"][0]["quotes"][0]["end"] = 10
    replace_atomically(path, broken)
    qtbot.waitUntil(window.error_bar.isVisible, timeout=1000)
    assert "regions[0].quotes[0]" in window.error_bar.message()
    assert "last version" in window.error_bar.message()
    assert window.windowTitle() == "Good"
    assert window.section_view(0).toPlainText().startswith("Good")

    replace_atomically(path, briefing_titled(briefing_data, "Fixed"))
    qtbot.waitUntil(lambda: window.windowTitle() == "Fixed", timeout=1000)
    assert not window.error_bar.isVisible()


def test_f5_reloads_by_hand(
    qtbot: Any, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    path = write_briefing(briefing_titled(briefing_data, "Before"), "manual.json")
    window = start(qtbot)
    window.open_path(path)
    path.write_text(json.dumps(briefing_titled(briefing_data, "After")), encoding="utf-8")
    # At once: the watcher waits for the burst of events to settle before it reloads.
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.windowTitle() == "After"


def test_reload_never_writes_the_file(
    qtbot: Any, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    path = write_briefing(briefing_data, "readonly.json")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    window = start(qtbot)
    window.open_path(path)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    window.close()
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
