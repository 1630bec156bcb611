"""The Help menu's windows: Keyboard Shortcuts and About, imported only when asked for."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def show_shortcuts(actions: Iterable[QAction], parent: QWidget) -> None:
    from viewer.ui.shortcuts_dialog import show_shortcuts as show

    show(actions, parent)


def show_about(parent: QWidget) -> None:
    from viewer.ui import dialogs

    dialogs.about_box(parent)
