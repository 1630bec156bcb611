"""Tells the window when the open briefing changes on disk, however the editor saved it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

#: Editors save in bursts (write, rename, chmod); one reload follows the last event.
DEBOUNCE_MS = 150


class FileWatcher(QObject):
    """Watches one file and its folder.

    ``QFileSystemWatcher`` drops a file's path when the file is renamed over or
    deleted, which is how most editors save (write a temporary file, rename it
    over the original). The folder is watched as well, and the file's path is
    added again after every change, so the next save is seen too.

    Signals:
        changed(): the file was written, replaced or (re)created; bursts of
            events within ``DEBOUNCE_MS`` give one signal.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._settle)

    @property
    def path(self) -> Path | None:
        return self._path

    def watch(self, path: Path | None) -> None:
        """Watch ``path`` (and its folder) instead of whatever was watched; ``None`` stops."""
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._timer.stop()
        self._path = path
        if path is not None:
            self._watcher.addPath(str(path.parent))
            self._rewatch_file()

    def _rewatch_file(self) -> None:
        if (
            self._path is not None
            and self._path.is_file()
            and str(self._path) not in self._watcher.files()
        ):
            self._watcher.addPath(str(self._path))

    @Slot(str)
    def _on_event(self, _changed: str) -> None:
        self._timer.start()

    @Slot()
    def _settle(self) -> None:
        self._rewatch_file()
        if self._path is not None and self._path.is_file():
            self.changed.emit()
