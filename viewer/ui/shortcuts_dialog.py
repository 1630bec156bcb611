"""Help → Keyboard Shortcuts: a table generated from the window's actions, so it cannot go stale."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: Keys handled by widgets rather than actions; listed so the table is complete.
WIDGET_KEYS = (
    ("Find bar: next match", "Enter"),
    ("Find bar: previous match", "Shift+Enter"),
    ("Find bar: close", "Esc"),
    ("Region list: open the selected region", "Enter"),
    ("Zoom with the mouse", "Ctrl+Wheel"),
)


def action_label(action: QAction) -> str:
    """The action's text as a reader sees it in the menu: no mnemonic markers, no ellipsis."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…")


def on_usual_keyboard(sequence: QKeySequence) -> bool:
    """Whether every key of ``sequence`` is on an ordinary keyboard.

    Qt's standard keys add dedicated keys few keyboards have (Open, Refresh, Find,
    Zoom In, Help, Exit…). They keep working where they exist, but a list that names
    them sends a reader looking for a key labelled "Refresh". In Qt's key codes those
    come after the function, Super, Menu and Hyper keys, from ``Key_Help`` on.
    """
    # PySide6's stubs lack QKeySequence.__getitem__.
    keys = (sequence[index] for index in range(sequence.count()))  # type: ignore[index]
    return all(key.key().value < Qt.Key.Key_Help.value for key in keys)


def key_names(action: QAction) -> list[str]:
    """The action's keys as the keyboard names them, each once, in the action's order."""
    names: list[str] = []
    for sequence in action.shortcuts():
        if sequence.isEmpty() or not on_usual_keyboard(sequence):
            continue
        name = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if name not in names:
            names.append(name)
    return names


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action that has a key on an ordinary keyboard, in the order given."""
    rows = []
    for action in actions:
        keys = key_names(action)
        if keys:
            rows.append((action_label(action), ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        rows = shortcut_rows(actions) + list(WIDGET_KEYS)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Action", "Keys"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(row, 0), text(row, 1)) for row in range(self.table.rowCount())]


def show_shortcuts(actions: Iterable[QAction], parent: QWidget) -> ShortcutsDialog:
    """Help → Keyboard Shortcuts, opened without blocking (``open()``) so tests can read it."""
    dialog = ShortcutsDialog(actions, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
