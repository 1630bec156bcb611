"""File → Open Recent: the last ten briefings opened, files that are gone left out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QMenu, QWidget

from viewer import settings
from viewer.ui.labels import menu_text


class RecentFilesMenu(QMenu):
    """Rebuilt each time it opens, so a file deleted meanwhile never shows up.

    Signals:
        open_requested(str): the reader chose this path.
    """

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Open &Recent", parent)
        self.setObjectName("recentFilesMenu")
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    @staticmethod
    def existing_paths() -> list[str]:
        """The remembered paths that are still files; the others are forgotten."""
        recent = settings.read("session/recent")
        existing = [path for path in recent if Path(path).is_file()]
        if existing != recent:
            settings.write("session/recent", existing)
        return existing

    @Slot()
    def rebuild(self) -> None:
        self.clear()
        paths = self.existing_paths()
        for number, path in enumerate(paths, start=1):
            prefix = f"&{number % 10} " if number <= 10 else ""
            action = self.addAction(prefix + menu_text(path))
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(
                lambda _checked=False, chosen=path: self.open_requested.emit(chosen)
            )
        if not paths:
            self.addAction("No recent files").setEnabled(False)
        self.addSeparator()
        clear = self.addAction("&Clear Menu")
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear_recent)

    @Slot()
    def clear_recent(self) -> None:
        settings.write("session/recent", [])
        self.rebuild()
