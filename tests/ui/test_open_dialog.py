"""File → Open: Qt's own dialog, in the folder last used, offering briefings and not the schema."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
)
from pytestqt.qtbot import QtBot

from tests.helpers.briefings import WriteBriefing
from tests.helpers.windows import shown_window
from viewer.ui import dialogs
from viewer.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def file_view(dialog: QFileDialog) -> QAbstractItemView:
    """The dialog's list of files, in the view it shows (a list or details)."""
    views = [dialog.findChild(QAbstractItemView, name) for name in ("listView", "treeView")]
    shown = [view for view in views if view is not None and view.isVisible()]
    assert len(shown) == 1
    return shown[0]


def listed(qtbot: QtBot, dialog: QFileDialog, expected: str) -> list[str]:
    """The names the dialog's file list shows, once ``expected`` is among them."""
    view = file_view(dialog)

    def names() -> list[str]:
        model, root = view.model(), view.rootIndex()
        return [model.index(row, 0, root).data() for row in range(model.rowCount(root))]

    qtbot.waitUntil(lambda: expected in names())  # the folder is read in the background
    return names()


def test_the_dialog_lists_briefings_and_folders_but_not_the_schema(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    for name in ("a.json", "briefing.schema.json", "notes.txt"):
        (tmp_path / name).write_text("{}")
    (tmp_path / "more").mkdir()
    (tmp_path / "drafts.schema.json").mkdir()  # a folder, whatever its name, can be entered
    dialog = dialogs.open_dialog(window, str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.open()
    assert sorted(listed(qtbot, dialog, "a.json")) == ["a.json", "drafts.schema.json", "more"]

    types = dialog.findChild(QComboBox, "fileTypeCombo")
    assert types is not None
    qtbot.keyClicks(types, "All")  # the reader chooses "All files (*)"
    assert types.currentText() == "All files (*)"
    assert sorted(listed(qtbot, dialog, "notes.txt")) == [
        "a.json",
        "briefing.schema.json",
        "drafts.schema.json",
        "more",
        "notes.txt",
    ]

    view = file_view(dialog)
    row = next(i for i, shown in enumerate(listed(qtbot, dialog, "a.json")) if shown == "a.json")
    place = view.visualRect(view.model().index(row, 0, view.rootIndex())).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=place)
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert buttons is not None
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == QFileDialog.DialogCode.Accepted
    assert dialog.selectedFiles() == [str(tmp_path / "a.json")]


def answer_next_dialog(qtbot: QtBot, answer: Callable[[QFileDialog], None]) -> list[str]:
    """When the next file dialog is up, note its folder and let ``answer`` act in it."""
    folders: list[str] = []
    tries = iter(range(100))

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            if next(tries, None) is not None:
                QTimer.singleShot(20, act)  # not up yet
            return
        try:
            folders.append(dialog.directory().absolutePath())
            answer(dialog)
        finally:
            if dialog.isVisible():  # never leave a test waiting on a dialog
                dialog.reject()

    QTimer.singleShot(0, act)
    return folders


def paste_path(qtbot: QtBot, path: Path) -> Callable[[QFileDialog], None]:
    """Paste ``path`` into the file name field and press Enter."""

    def answer(dialog: QFileDialog) -> None:
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.setText(str(path))  # typed, each "/" would move the dialog through folders
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    return answer


def cancel(dialog: QFileDialog) -> None:
    dialog.reject()


def test_open_starts_in_the_folder_last_used_even_after_a_restart(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing, tmp_path: Path
) -> None:
    (tmp_path / "shown").mkdir()
    first = write_briefing(briefing_data, "shown/first.json")
    other = tmp_path / "elsewhere" / "other.json"
    other.parent.mkdir()
    shutil.copy(first, other)
    window = shown_window(qtbot, first)

    folders = answer_next_dialog(qtbot, paste_path(qtbot, other))
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
    assert folders == [str(first.parent)]  # nothing remembered yet: the briefing's own folder
    assert window.loaded.path == other

    assert window.open_path(first)  # as from Open Recent: the dialog's folder stays
    folders = answer_next_dialog(qtbot, cancel)
    window.menu_actions.open_action.trigger()  # File → Open
    assert folders == [str(other.parent)]
    assert window.loaded.path == first  # cancelled: nothing else opened
    window.close()

    again = shown_window(qtbot)
    folders = answer_next_dialog(qtbot, cancel)
    qtbot.keyClick(again, Qt.Key.Key_O, CTRL)
    assert folders == [str(other.parent)]

    shutil.rmtree(other.parent)  # a folder that has gone is forgotten
    folders = answer_next_dialog(qtbot, cancel)
    again.menu_actions.open_action.trigger()
    assert again.loaded.path == first
    assert folders == [str(first.parent)]
