"""Tells the window when the open briefing or its report changes on disk, however it was saved."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

#: Editors save in bursts (write, rename, chmod); one signal follows the last event.
DEBOUNCE_MS = 150


class FileWatcher(QObject):
    """Watches some files and their folders.

    ``QFileSystemWatcher`` drops a file's path when the file is renamed over or
    deleted, which is how most editors save (write a temporary file, rename it
    over the original). The folders are watched as well, and each file's path is
    added again after every change, so the next save is seen too, and so is a
    file that comes back after it was deleted.

    Signals:
        changed(): a watched file was written, replaced, deleted or (re)created;
            bursts of events within ``DEBOUNCE_MS`` give one signal.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths: list[Path] = []
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._settle)

    @property
    def paths(self) -> list[Path]:
        return list(self._paths)

    def watch(self, paths: Iterable[Path]) -> None:
        """Watch these files (and their folders) instead of whatever was watched."""
        wanted = list(dict.fromkeys(paths))
        if wanted == self._paths:
            return
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._timer.stop()
        self._paths = wanted
        folders = [str(folder) for folder in dict.fromkeys(p.parent for p in wanted)]
        existing = [folder for folder in folders if Path(folder).is_dir()]
        if existing:
            self._watcher.addPaths(existing)
        self._rewatch_files()

    def _rewatch_files(self) -> None:
        watched = set(self._watcher.files())
        missing = [str(p) for p in self._paths if p.is_file() and str(p) not in watched]
        if missing:
            self._watcher.addPaths(missing)

    @Slot(str)
    def _on_event(self, _changed: str) -> None:
        self._timer.start()

    @Slot()
    def _settle(self) -> None:
        self._rewatch_files()
        if self._paths:
            self.changed.emit()
