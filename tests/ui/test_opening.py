"""Open Recent, drag and drop, and reloading when the open file changes on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from tests.helpers.briefings import WriteBriefing, briefing_titled, replace_atomically
from tests.helpers.windows import shown_window as start
from viewer.section import OVERVIEW
from viewer.ui.main_window import MainWindow


def recent_menu(window: MainWindow) -> QMenu:
    menu = window.menu_actions.recent_menu
    menu.aboutToShow.emit()  # as when the reader opens File → Open Recent
    return menu


def recent_entries(window: MainWindow) -> list[str]:
    return [a.statusTip() for a in recent_menu(window).actions() if a.statusTip()]


def test_open_recent_lists_files_newest_first_and_forgets_missing_ones(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
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
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
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
    qtbot: QtBot, window: MainWindow, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    path = write_briefing(briefing_titled(briefing_data, "Dropped"), "dropped.json")
    assert drop(window, path)
    assert window.windowTitle() == "Dropped"


def test_dropping_other_files_is_refused(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("not a briefing")
    before = window.windowTitle()
    assert not drop(window, other)
    assert window.windowTitle() == before
    assert not window.bars.refusal_shown, "a file that is not a briefing is not even tried"


def test_an_edit_saved_by_renaming_shows_within_a_second_and_the_next_one_too(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
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
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    path = write_briefing(briefing_titled(briefing_data, "Good"), "live.json")
    window = start(qtbot)
    window.open_path(path)
    broken = briefing_titled(briefing_data, "Broken")
    broken["regions"][0]["quotes"][0]["end"] = 10
    replace_atomically(path, broken)
    qtbot.waitUntil(window.bars.ensure_error_bar().isVisible, timeout=1000)
    assert "Kyiv, quote 1, end:" in window.bars.ensure_error_bar().message()
    assert "last version" in window.bars.ensure_error_bar().message()
    assert window.windowTitle() == "Good"
    assert window.section_view(OVERVIEW).toPlainText().startswith("Good")

    replace_atomically(path, briefing_titled(briefing_data, "Fixed"))
    qtbot.waitUntil(lambda: window.windowTitle() == "Fixed", timeout=1000)
    assert not window.bars.ensure_error_bar().isVisible()


def test_f5_reloads_by_hand(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    path = write_briefing(briefing_titled(briefing_data, "Before"), "manual.json")
    window = start(qtbot)
    window.open_path(path)
    path.write_text(json.dumps(briefing_titled(briefing_data, "After")), encoding="utf-8")
    # At once: the watcher waits for the burst of events to settle before it reloads.
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.windowTitle() == "After"


def test_reload_never_writes_the_file(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    path = write_briefing(briefing_data, "readonly.json")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    window = start(qtbot)
    window.open_path(path)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    window.close()
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_file_restored_byte_for_byte_after_a_bad_save_clears_the_problems(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    path = write_briefing(briefing_titled(briefing_data, "Good"), "live.json")
    good = path.read_bytes()
    window = start(qtbot)
    window.open_path(path)
    replace_atomically(path, "{ this is not JSON")
    qtbot.waitUntil(lambda: window.bars.refusal_shown, timeout=2000)
    temporary = path.with_name("undo.tmp")
    temporary.write_bytes(good)  # an undo, a `git checkout`: the very bytes shown before
    os.replace(temporary, path)
    qtbot.waitUntil(lambda: not window.bars.refusal_shown, timeout=2000)
    assert window.windowTitle() == "Good"


def test_a_deleted_file_is_said_to_be_gone_until_it_comes_back(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    path = write_briefing(briefing_titled(briefing_data, "Here"), "moving.json")
    window = start(qtbot)
    window.open_path(path)
    moved = path.with_name("moved.json")
    os.rename(path, moved)
    notice = window.bars.ensure_notice_bar()
    qtbot.waitUntil(notice.isVisible, timeout=2000)
    assert "moving.json is no longer there" in notice.message()
    assert window.windowTitle() == "Here", "the last version read stays on screen"
    notice.hide()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert notice.isVisible(), "F5 says the file is gone"
    assert "no longer there" in notice.message()
    replace_atomically(path, briefing_titled(briefing_data, "Back again"))
    qtbot.waitUntil(lambda: window.windowTitle() == "Back again", timeout=2000)
    assert not notice.isVisible()


def test_a_change_to_the_report_is_checked_again_at_once(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing, seed_text: str
) -> None:
    report = write_briefing(seed_text, "report.txt")
    briefing_data["source"]["path"] = "report.txt"
    window = start(qtbot)
    window.open_path(write_briefing(briefing_data))
    assert window.loaded.report.verified
    report.write_text(seed_text.replace("Kyiv", "Kiev"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.loaded.report.state == "changed", timeout=2000)
    overview = window.section_view(OVERVIEW).toPlainText()
    assert "changed since the briefing was made: quotes are unverified" in overview
    report.write_text(seed_text, encoding="utf-8")
    qtbot.waitUntil(lambda: window.loaded.report.verified, timeout=2000)
