"""Which file to open: dropped files, and remembering what was opened for the next run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from viewer import settings


def dropped_briefing(data: QMimeData) -> Path | None:
    """The one local ``.json`` file being dragged, if that is what it is."""
    urls = data.urls() if data.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() == ".json" else None


def remember_opened(path: Path) -> None:
    absolute = str(path.resolve())
    settings.write("session/last_file", absolute)
    settings.remember_recent(absolute)


class DropOpener(QObject):
    """Lets a window accept one dragged ``.json`` file and says which was dropped.

    Signals:
        dropped(object): the ``Path`` of the briefing dropped on the window.
    """

    dropped = Signal(object)

    def __init__(self, target: QObject) -> None:
        super().__init__(target)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, QDragEnterEvent | QDropEvent):
            path = dropped_briefing(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                    self.dropped.emit(path)
                return True
        return super().eventFilter(watched, event)
